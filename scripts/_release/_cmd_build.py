"""scripts/build: drift check, sdist and wheel into a fresh dist/, twine check, verify.

Refuses a drifted generated/; fails (listing every problem) when the built files are not
what a release must hold (see _dist.py).

Example::

    scripts/build      # dist/claude_messages-X.Y.Z-py3-none-any.whl and .tar.gz
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from ._checks import require_no_drift
from ._common import Refusal, repo_root, run, step
from ._dist import verify_dist
from ._semver import read_version

__all__ = ["build", "main", "require_verified"]


def require_verified(root: Path, dist: Path) -> None:
    """Refuse unless ``dist`` holds exactly this version's verified wheel and sdist."""
    version = read_version(root)
    step(f"verifying {dist.name}/ for version {version}")
    problems = verify_dist(root, dist, version)
    if problems:
        raise Refusal("the built files are not fit to release:\n  " + "\n  ".join(problems))


def build(root: Path) -> list[Path]:
    """Build and verify; return the two files in ``root/dist``."""
    require_no_drift(root)
    dist = root / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    # `python -m build` makes the sdist, then the wheel from the sdist: a file missing from
    # the sdist would also be missing from the wheel, and verification would see it.
    step("python -m build (sdist, then wheel from it)")
    run([sys.executable, "-m", "build", "--outdir", dist, root], cwd=root)
    files = sorted(dist.iterdir())
    step("twine check --strict")
    run([sys.executable, "-m", "twine", "check", "--strict", *files], cwd=root)
    require_verified(root, dist)
    for path in files:
        print(f"  dist/{path.name}  {path.stat().st_size:,} bytes")
    return files


def main(argv: list[str] | None = None) -> int:
    """Command-line entry of scripts/build."""
    argparse.ArgumentParser(
        prog="scripts/build", description="Build and verify the sdist and wheel in dist/."
    ).parse_args(argv)
    build(repo_root())
    print("build: ok")
    return 0
