"""CHANGELOG.md: render one release's entry and put it on top of the existing ones.

Example::

    entry = render_entry(Version(0, 2, 0), date(2026, 11, 25), summary, sections)
    insert_entry(root / "CHANGELOG.md", entry)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

__all__ = ["CHANGELOG", "HEADER", "entry_versions", "insert_entry", "render_entry"]

CHANGELOG = "CHANGELOG.md"
_ENTRY_HEADING = re.compile(r"^## (\S+) \(", re.MULTILINE)

HEADER = """# Changelog

All notable changes to `claude-messages`. Versions follow semantic versioning (while below
1.0, breaking changes raise the minor number). `scripts/release` writes each entry: the
changes to `openapi.yaml` in words, the breaks in the public Python API, and the commits.
"""


def render_entry(
    version: object, day: date, summary: str, sections: Sequence[tuple[str, Sequence[str]]]
) -> str:
    """One ``## X.Y.Z (date)`` entry: a summary line, then each non-empty section."""
    lines = [f"## {version} ({day.isoformat()})", "", summary, ""]
    for title, items in sections:
        if not items:
            continue
        lines += [f"### {title}", ""]
        lines += [f"- {item}" for item in items]
        lines.append("")
    return "\n".join(lines)


def entry_versions(text: str) -> list[str]:
    """The versions that have an entry (a ``## X.Y.Z (date)`` heading), newest first.

    Example::

        entry_versions(Path("CHANGELOG.md").read_text())   # ['0.2.0', '0.1.0']
    """
    return _ENTRY_HEADING.findall(text)


def insert_entry(path: Path, entry: str) -> None:
    """Put ``entry`` above the newest entry (creating the file with its header if needed)."""
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER
    head, marker, rest = text.partition("\n## ")
    if marker:
        text = f"{head.rstrip()}\n\n{entry.rstrip()}\n\n## {rest}"
    else:
        text = f"{text.rstrip()}\n\n{entry.rstrip()}\n"
    path.write_text(text, encoding="utf-8")
