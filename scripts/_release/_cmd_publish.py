"""scripts/publish: upload dist/ with twine after every gate has passed.

Refuses, each with its own message and in this order: a dirty tree, a version without its
tag at HEAD, missing credentials for PyPI, a drifted generated/, a dist/ that is missing,
stale or not this version's, a version the index already has, and a failing
``scripts/test`` (unless ``--skip-tests``, for callers that have just run the suite).

Credentials: ``PYPI_TOKEN`` (sent as user ``__token__``), or ``TWINE_USERNAME`` and
``TWINE_PASSWORD``. An index without authentication takes any user and password.

Example::

    PYPI_TOKEN=pypi-... scripts/publish
    scripts/publish --repository-url http://127.0.0.1:8080/ --skip-tests
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from ._checks import require_no_drift, require_tests
from ._cmd_build import require_verified
from ._common import Refusal, git, repo_root, step
from ._dist import DIST_NAME, wheel_and_sdist
from ._history import require_clean
from ._index import PYPI_UPLOAD, files_for_version, simple_url_for
from ._semver import read_version

__all__ = ["main", "publish"]


def _credentials(repository_url: str) -> dict[str, str]:
    env = dict(os.environ)
    token = env.pop("PYPI_TOKEN", "")
    if token:
        env["TWINE_USERNAME"], env["TWINE_PASSWORD"] = "__token__", token
    elif not (env.get("TWINE_USERNAME") and env.get("TWINE_PASSWORD")):
        if repository_url == PYPI_UPLOAD:
            raise Refusal("no credentials: set PYPI_TOKEN (or TWINE_USERNAME and TWINE_PASSWORD)")
        # twine insists on a user even where the index does not check one.
        env.setdefault("TWINE_USERNAME", "anonymous")
        env.setdefault("TWINE_PASSWORD", "anonymous")
    return env


def publish(root: Path, repository_url: str, simple_url: str, *, skip_tests: bool) -> None:
    """Check every gate, then upload ``root/dist`` to ``repository_url``."""
    require_clean(root)
    version = read_version(root)
    head_tags = git(root, "tag", "--points-at", "HEAD").split()
    if version.tag not in head_tags:
        raise Refusal(
            f"HEAD is not tagged {version.tag}; publish what scripts/release tagged "
            f"(or tag this commit: git tag -a {version.tag} -m 'claude-messages {version}')"
        )
    env = _credentials(repository_url)
    require_no_drift(root)
    require_verified(root, root / "dist")
    step(f"asking {simple_url} whether it has {DIST_NAME} {version}")
    existing = files_for_version(simple_url, DIST_NAME, str(version))
    if existing:
        raise Refusal(
            f"{simple_url} already has {DIST_NAME} {version} ({', '.join(existing)}); "
            "versions are never re-uploaded: make a new one with scripts/release"
        )
    if not skip_tests:
        require_tests(root)
    step(f"twine upload to {repository_url}")
    files = [str(root / "dist" / name) for name in wheel_and_sdist(version)]
    command = [
        sys.executable,
        "-m",
        "twine",
        "upload",
        "--non-interactive",
        "--disable-progress-bar",
        "--repository-url",
        repository_url,
        *files,
    ]
    proc = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise Refusal(f"twine upload failed (exit {proc.returncode}):\n{proc.stdout}{proc.stderr}")
    listed = files_for_version(simple_url, DIST_NAME, str(version))
    if sorted(listed) != sorted(wheel_and_sdist(version)):
        # A CDN in front of the index may serve the old page for a while.
        print(f"publish: uploaded; {simple_url} does not list both files yet ({listed})")
    else:
        print(f"publish: {DIST_NAME} {version} is on {simple_url}")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry of scripts/publish."""
    parser = argparse.ArgumentParser(
        prog="scripts/publish", description="Upload the verified dist/ to a package index."
    )
    parser.add_argument(
        "--repository-url", default=PYPI_UPLOAD, help=f"upload URL (default {PYPI_UPLOAD})"
    )
    parser.add_argument(
        "--simple-url", help="the index's simple page (default: derived from the upload URL)"
    )
    parser.add_argument(
        "--skip-tests",
        action="store_true",
        help="do not run scripts/test first (only right after the suite passed)",
    )
    args = parser.parse_args(argv)
    simple = args.simple_url or simple_url_for(args.repository_url)
    publish(repo_root(), args.repository_url, simple, skip_tests=args.skip_tests)
    return 0
