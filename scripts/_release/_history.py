"""What the git history says: a clean tree, the last release, files as they were then.

A release is recorded twice: by its tag ``vX.Y.Z`` and, in the tracked files, by the
commit that set ``__version__`` in ``_version.py`` and added the version's CHANGELOG.md
entry (``scripts/release`` does both in its ``Release X.Y.Z`` commit). Tags do not travel
with every clone (``git clone --no-tags``, a mirror, a fetch without ``--tags``), so when
the current version's tag is missing the tracked files decide.

Example::

    base = last_release(root, read_version(root))   # Base(ref='v0.1.0', ...)
    changed_files(root, base.ref)                   # ['openapi.yaml', 'generated/...']
"""

from __future__ import annotations

import io
import subprocess
import tarfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ._changelog import CHANGELOG, entry_versions
from ._common import Refusal, git
from ._semver import VERSION_FILE, Version, version_in

__all__ = [
    "Base",
    "changed_files",
    "commit_subjects",
    "extract",
    "file_at",
    "last_release",
    "recorded_release",
    "require_clean",
    "tag_exists",
]


@dataclass(frozen=True)
class Base:
    """What a release is compared with: the last release (its tag or the commit recording
    it), or the first commit when no release has been made yet (``version`` is None).

    Example::

        Base(ref="v0.1.0", version=Version(0, 1, 0), label="v0.1.0")
    """

    ref: str
    version: Version | None
    label: str

    @property
    def tagged(self) -> bool:
        """Whether ``ref`` is the release's tag (not a commit found in the tracked files)."""
        return self.version is not None and self.ref == self.version.tag


def require_clean(root: Path) -> None:
    """Refuse when tracked files are modified or untracked files are present."""
    status = git(root, "status", "--porcelain", "--untracked-files=normal")
    if status:
        shown = "\n".join(f"  {line}" for line in status.splitlines()[:20])
        raise Refusal(f"the work tree is not clean; commit or remove these first:\n{shown}")


def _release_tags(root: Path) -> dict[Version, str]:
    """The ``vX.Y.Z`` tags reachable from HEAD, by version."""
    found: dict[Version, str] = {}
    for tag in git(root, "tag", "--merged", "HEAD", "--list", "v*").split():
        try:
            found[Version.parse(tag)] = tag
        except ValueError:
            continue  # not a release tag
    return found


def _sets_version(version: Version) -> Callable[[str | None], bool]:
    def holds(text: str | None) -> bool:
        try:
            return text is not None and version_in(text) == version
        except ValueError:
            return False

    return holds


def _has_entry(version: Version) -> Callable[[str | None], bool]:
    return lambda text: text is not None and str(version) in entry_versions(text)


def _introduced(root: Path, path: str, holds: Callable[[str | None], bool]) -> str | None:
    """The newest commit reachable from HEAD after which ``holds`` is true of ``path``
    and before which (in its first parent) it was not; None when there is none."""
    for commit in git(root, "log", "--format=%H", "--", path).split():
        if holds(file_at(root, commit, path)) and not holds(file_at(root, f"{commit}^", path)):
            return commit
    return None


def _later(root: Path, one: str, other: str) -> str:
    """Of two commits reachable from HEAD, the one that comes later in the history."""
    if one == other or _is_ancestor(root, other, one):
        return one
    if _is_ancestor(root, one, other):
        return other
    # On two branches merged later: the more recent commit.
    times = {c: int(git(root, "log", "-1", "--format=%ct", c)) for c in (one, other)}
    return max((one, other), key=lambda c: times[c])


def _is_ancestor(root: Path, ancestor: str, descendant: str) -> bool:
    proc = subprocess.run(
        ["git", "merge-base", "--is-ancestor", ancestor, descendant], cwd=root, check=False
    )
    return proc.returncode == 0


def _changelog_at_head(root: Path) -> str | None:
    return file_at(root, "HEAD", CHANGELOG)


def recorded_release(root: Path, version: Version) -> str | None:
    """The commit that records the release of ``version`` in the tracked files, or None.

    That is the later of the commit that set ``__version__`` to ``version`` and the commit
    that added the version's CHANGELOG.md entry, provided HEAD still has both.

    Example::

        recorded_release(root, Version(0, 2, 0))   # the sha of the commit "Release 0.2.0"
    """
    head_version = file_at(root, "HEAD", str(VERSION_FILE))
    if not (_sets_version(version)(head_version) and _has_entry(version)(_changelog_at_head(root))):
        return None
    entry = _introduced(root, CHANGELOG, _has_entry(version))
    setter = _introduced(root, str(VERSION_FILE), _sets_version(version))
    if entry is None or setter is None:
        return None
    return _later(root, entry, setter)


def last_release(root: Path, current: Version) -> Base:
    """The last release, which HEAD's version ``current`` must be.

    It is the tag ``v{current}`` when HEAD reaches it; without that tag, the commit that
    records the release of ``current`` (see ``recorded_release``); when neither a tag nor
    a CHANGELOG.md entry records any release, the repository's first commit. A version
    that no release records (edited by hand) is refused.
    """
    tags = _release_tags(root)
    if current in tags:
        return Base(ref=tags[current], version=current, label=tags[current])
    newest = max(tags, default=None)
    restore = "the version is changed only by scripts/release, so restore it"
    if newest is None or newest < current:
        commit = recorded_release(root, current)
        if commit is not None:
            label = f"release {current} (commit {commit[:12]})"
            return Base(ref=commit, version=current, label=label)
    if newest is not None:
        raise Refusal(
            f"{VERSION_FILE} says {current} but the last release tag is {tags[newest]}; {restore}"
        )
    entries = entry_versions(_changelog_at_head(root) or "")
    if entries:
        raise Refusal(
            f"{VERSION_FILE} says {current} but no release of it is recorded: no tag "
            f"{current.tag}, and the newest {CHANGELOG} entry is {entries[0]}; {restore}"
        )
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
