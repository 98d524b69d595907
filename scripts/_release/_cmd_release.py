"""scripts/release [major|minor|patch|auto]: bump the version, write the changelog, tag.

Compares HEAD with the last release: the tag of the current version, or, in a clone
without that tag, the commit that records the version in _version.py and CHANGELOG.md.

Refuses a dirty tree, a drifted generated/, a release with no commits since the last one,
a hand-edited version that no release records, an existing tag, and (without --force) a
bump smaller than the changes call for.

Example::

    scripts/release auto --dry-run   # show the bump and the CHANGELOG entry, change nothing
    scripts/release auto             # commit "Release X.Y.Z" and tag vX.Y.Z
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from ._analysis import Analysis, analyse
from ._changelog import CHANGELOG, insert_entry, render_entry
from ._checks import require_no_drift
from ._common import Refusal, git, repo_root, step
from ._history import Base, commit_subjects, last_release, require_clean, tag_exists
from ._semver import VERSION_FILE, Bump, Version, read_version, required_bump, write_version

__all__ = ["listed_commits", "main", "release"]

_MAX_COMMITS = 30


def listed_commits(subjects: list[str], limit: int = _MAX_COMMITS) -> list[str]:
    """The entry's commit list from ``subjects`` (oldest first): the newest ``limit``, the
    release commits of earlier versions left out, and a line counting the earlier ones cut.

    Example::

        listed_commits([f"c{i}" for i in range(40)], limit=2)
        # ['(38 earlier commits not listed)', 'c38', 'c39']
    """
    commits = [s for s in subjects if not s.startswith("Release ")]
    if len(commits) <= limit:
        return commits
    return [f"({len(commits) - limit} earlier commits not listed)", *commits[-limit:]]


def _reason(analysis: Analysis, current: Version) -> str:
    if analysis.breaking:
        if current.major == 0:
            return "breaking changes (below 1.0 they raise the minor number)"
        return "breaking changes"
    if analysis.additive:
        return "additive API changes"
    return "no API changes"


def _entry(
    new: Version,
    base: Base,
    bump: Bump,
    needed: Bump,
    analysis: Analysis,
    subjects: list[str],
    current: Version,
) -> str:
    summary = (
        f"Changes since {base.label}: a {bump.word} release, for {_reason(analysis, current)}."
    )
    if bump != needed:
        summary += f" The bump was chosen by hand; the changes call for {needed.word}."
    commits = listed_commits(subjects)
    sections = [
        ("Breaking changes", [c.text for c in analysis.spec_changes if c.breaking]),
        ("Python API breaks", analysis.api_breaks),
        ("New", [c.text for c in analysis.spec_changes if not c.breaking]),
        ("Notes", analysis.notes),
        ("Commits", commits),
    ]
    return render_entry(new, datetime.now(UTC).date(), summary, sections)


def _commit_and_tag(root: Path, new: Version, entry: str) -> None:
    """Write the version and the entry, commit, tag; on a failed commit leave no trace."""
    changelog = root / CHANGELOG
    saved = {p: p.read_bytes() if p.exists() else None for p in (root / VERSION_FILE, changelog)}
    write_version(root, new)
    insert_entry(changelog, entry)
    try:
        git(root, "add", str(VERSION_FILE), CHANGELOG)
        git(root, "commit", "--quiet", "-m", f"Release {new}", "-m", entry)
    except Refusal:
        git(root, "reset", "--quiet", "--", str(VERSION_FILE), CHANGELOG, check=False)
        for path, data in saved.items():
            if data is None:
                path.unlink(missing_ok=True)
            else:
                path.write_bytes(data)
        raise
    git(root, "tag", "-a", new.tag, "-m", f"claude-messages {new}")


def release(root: Path, choice: str, *, dry_run: bool, force: bool) -> Version:
    """Do the release in ``root``; return the new version."""
    require_clean(root)
    require_no_drift(root)
    current = read_version(root)
    base = last_release(root, current)
    if base.version is None:
        print(
            f"release: no release recorded yet (no tag, no {CHANGELOG} entry); "
            f"comparing with {base.label}"
        )
    elif not base.tagged:
        print(
            f"release: no tag {current.tag} in this clone (tags do not travel with every "
            f"clone); comparing with commit {base.ref[:12]}, where {VERSION_FILE} and "
            f"{CHANGELOG} record release {current}"
        )
    subjects = commit_subjects(root, base.ref)
    if not subjects:
        raise Refusal(f"nothing to release, HEAD is {base.label}")
    step(f"comparing with {base.label}: openapi.yaml and the public Python API")
    analysis = analyse(root, base)
    needed = required_bump(current, breaking=analysis.breaking, additive=analysis.additive)
    bump = needed if choice == "auto" else Bump[choice.upper()]
    if bump < needed and not force:
        raise Refusal(
            f"a {bump.word} release is too small; the changes since {base.label} "
            f"call for {needed.word} ({_reason(analysis, current)}). Use "
            f"`scripts/release {needed.word}` (or --force if you are sure)."
        )
    new = current.bump(bump)
    if tag_exists(root, new.tag):
        raise Refusal(f"tag {new.tag} already exists")
    entry = _entry(new, base, bump, needed, analysis, subjects, current)
    print(f"release: {current} -> {new} ({bump.word})\n\n{entry}")
    if dry_run:
        print("release: --dry-run, nothing written")
        return new
    _commit_and_tag(root, new, entry)
    print(f"release: committed and tagged {new.tag}; next: scripts/build, scripts/publish")
    return new


def main(argv: list[str] | None = None) -> int:
    """Command-line entry of scripts/release."""
    parser = argparse.ArgumentParser(
        prog="scripts/release",
        description="Bump the version, write CHANGELOG.md, commit and tag vX.Y.Z.",
    )
    parser.add_argument(
        "bump",
        choices=["auto", "major", "minor", "patch"],
        help="auto: derive it from the spec and Python API changes since the last tag",
    )
    parser.add_argument("--dry-run", action="store_true", help="show, do not write")
    parser.add_argument(
        "--force", action="store_true", help="allow a bump smaller than the changes call for"
    )
    args = parser.parse_args(argv)
    release(repo_root(), args.bump, dry_run=args.dry_run, force=args.force)
    return 0
