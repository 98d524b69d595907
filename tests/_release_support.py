"""Helpers for the release tests: temporary clones and the release commands run in them.

The commands come from this tree's scripts/ (so the code under test is the working copy);
the repository they act on is the clone, never this work tree.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))

from _release._semver import read_version  # noqa: E402

__all__ = ["ROOT", "clone", "command", "commit", "git", "set_version"]

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Release Test",
    "GIT_AUTHOR_EMAIL": "release-test@example.invalid",
    "GIT_COMMITTER_NAME": "Release Test",
    "GIT_COMMITTER_EMAIL": "release-test@example.invalid",
}
# Credentials a developer may have exported must not reach an index from a test.
_SECRETS = ("PYPI_TOKEN", "TWINE_USERNAME", "TWINE_PASSWORD", "TWINE_REPOSITORY_URL")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _SECRETS}
    return {**env, **GIT_ENV, **extra}


def git(repo: Path, *args: str) -> str:
    """Run git in ``repo`` (with a fixed identity) and return its output."""
    proc = subprocess.run(
        ["git", *args], cwd=repo, env=_env(), capture_output=True, text=True, check=True
    )
    return proc.stdout.strip()


def command(repo: Path, name: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m _release NAME ARGS`` (what scripts/NAME runs) inside ``repo``."""
    return subprocess.run(
        [sys.executable, "-m", "_release", name, *args],
        cwd=repo,
        env=_env(PYTHONPATH=str(ROOT / "scripts"), **env),
        capture_output=True,
        text=True,
        check=False,
    )


def commit(repo: Path, message: str) -> None:
    """Commit everything in ``repo``."""
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


def set_version(repo: Path, version: str) -> None:
    """Write ``version`` into the clone's _version.py (as a hand edit would)."""
    path = repo / "overlays" / "claude_messages" / "_version.py"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(f'"{read_version(repo)}"', f'"{version}"'), encoding="utf-8")


def clone(parent: Path, *, tag: str | None = "v0.1.0") -> Path:
    """A clone of this repository's HEAD under ``parent``; tagged unless ``tag`` is None.

    When the tag's version differs from _version.py, the version is moved first.
    """
    repo = parent / "repo"
    # Without tags: this repository's own releases must not decide what a test compares with.
    subprocess.run(["git", "clone", "-q", "--no-tags", str(ROOT), str(repo)], check=True)
    if tag is not None:
        if str(read_version(repo)) != tag[1:]:
            set_version(repo, tag[1:])
            commit(repo, f"Start from {tag}")
        git(repo, "tag", "-a", tag, "-m", tag)
    return repo
