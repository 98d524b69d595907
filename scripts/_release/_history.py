"""What the git history says: a clean tree, the last release tag, files as they were then.

Example::

    base = last_release(root)            # Base(ref='v0.1.0', ...) or the root commit
    changed_files(root, base.ref)        # ['openapi.yaml', 'generated/...']
"""

from __future__ import annotations

import io
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path

from ._common import Refusal, git
from ._semver import Version

__all__ = [
    "Base",
    "changed_files",
    "commit_subjects",
    "extract",
    "file_at",
    "last_release",
    "require_clean",
    "tag_exists",
]


@dataclass(frozen=True)
class Base:
    """What a release is compared with: the last ``vX.Y.Z`` tag, or the first commit.

    Example::

        Base(ref="v0.1.0", version=Version(0, 1, 0), label="v0.1.0")
    """

    ref: str
    version: Version | None
    label: str


def require_clean(root: Path) -> None:
    """Refuse when tracked files are modified or untracked files are present."""
    status = git(root, "status", "--porcelain", "--untracked-files=normal")
    if status:
        shown = "\n".join(f"  {line}" for line in status.splitlines()[:20])
        raise Refusal(f"the work tree is not clean; commit or remove these first:\n{shown}")


def last_release(root: Path) -> Base:
    """The nearest ``vX.Y.Z`` tag reachable from HEAD, else the repository's first commit."""
    tags = git(root, "tag", "--merged", "HEAD", "--list", "v*").split()
    versions: list[tuple[Version, str]] = []
    for tag in tags:
        try:
            versions.append((Version.parse(tag), tag))
        except ValueError:
            continue  # not a release tag
    if versions:
        version, tag = max(versions)
        return Base(ref=tag, version=version, label=tag)
    first = git(root, "rev-list", "--max-parents=0", "HEAD").split()[-1]
    return Base(ref=first, version=None, label=f"the first commit {first[:12]}")


def tag_exists(root: Path, tag: str) -> bool:
    """Whether the repository has a tag of this name."""
    return bool(git(root, "tag", "--list", tag))


def changed_files(root: Path, ref: str) -> list[str]:
    """Files that differ between ``ref`` and HEAD."""
    return git(root, "diff", "--name-only", ref, "HEAD").splitlines()


def commit_subjects(root: Path, ref: str) -> list[str]:
    """Subjects of the commits after ``ref`` up to HEAD, oldest first."""
    out = git(root, "log", "--reverse", "--format=%s", f"{ref}..HEAD")
    return [line for line in out.splitlines() if line]


def file_at(root: Path, ref: str, path: str) -> str | None:
    """The text of ``path`` at ``ref``, or None when it did not exist then."""
    proc = subprocess.run(
        ["git", "show", f"{ref}:{path}"], cwd=root, capture_output=True, check=False
    )
    return proc.stdout.decode("utf-8") if proc.returncode == 0 else None


def extract(root: Path, ref: str, path: str, dest: Path) -> bool:
    """Write the folder ``path`` as it was at ``ref`` under ``dest``; False if it was absent.

    ``git archive`` reads the object store only, so no worktree is added to the repository.
    """
    if not git(root, "ls-tree", "--name-only", ref, path):
        return False
    proc = subprocess.run(
        ["git", "archive", "--format=tar", ref, path], cwd=root, capture_output=True, check=False
    )
    if proc.returncode != 0:
        raise Refusal(f"git archive {ref} {path} failed: {proc.stderr.decode()}")
    with tarfile.open(fileobj=io.BytesIO(proc.stdout)) as archive:
        archive.extractall(dest, filter="data")
    return True
