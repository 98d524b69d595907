"""Semantic versions, the bump rules, and the single-sourced version file.

Rules for ``auto``: a breaking change (spec or public Python API) is a major bump, or a
minor one while the version is below 1.0 (0.x promises no stability, and a jump to 1.0
should be a decision, made with ``scripts/release major``); an additive spec change is a
minor bump; anything else (overlay fixes, docs) is a patch.

Example::

    required_bump(Version.parse("0.3.1"), breaking=True, additive=False)  # Bump.MINOR
    Version.parse("0.3.1").bump(Bump.MINOR)                               # 0.4.0
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "VERSION_FILE",
    "Bump",
    "Version",
    "read_version",
    "required_bump",
    "version_in",
    "write_version",
]

VERSION_FILE = Path("overlays/claude_messages/_version.py")
_VERSION_LINE = re.compile(r'^__version__ = "([^"]*)"$', re.MULTILINE)
_SEMVER = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")


class Bump(enum.IntEnum):
    """How far a release moves the version; ordered, so ``max`` picks the larger.

    Example::

        Bump["minor"] > Bump.PATCH   # True
    """

    PATCH = 1
    MINOR = 2
    MAJOR = 3

    @property
    def word(self) -> str:
        """The lower-case name used on the command line (``patch``, ``minor``, ``major``)."""
        return self.name.lower()


@dataclass(frozen=True, order=True)
class Version:
    """A ``MAJOR.MINOR.PATCH`` version (no pre-release or local parts).

    Example::

        str(Version.parse("1.2.3").bump(Bump.MAJOR))   # '2.0.0'
    """

    major: int
    minor: int
    patch: int

    @classmethod
    def parse(cls, text: str) -> Version:
        """Parse ``1.2.3`` or ``v1.2.3``; anything else raises ValueError."""
        match = _SEMVER.fullmatch(text.removeprefix("v"))
        if match is None:
            raise ValueError(f"not a MAJOR.MINOR.PATCH version: {text!r}")
        major, minor, patch = (int(g) for g in match.groups())
        return cls(major, minor, patch)

    def bump(self, how: Bump) -> Version:
        """The next version for a bump of kind ``how``."""
        if how is Bump.MAJOR:
            return Version(self.major + 1, 0, 0)
        if how is Bump.MINOR:
            return Version(self.major, self.minor + 1, 0)
        return Version(self.major, self.minor, self.patch + 1)

    @property
    def tag(self) -> str:
        """The git tag of this version (``v1.2.3``)."""
        return f"v{self}"

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


def required_bump(version: Version, *, breaking: bool, additive: bool) -> Bump:
    """The smallest bump that the changes since ``version`` call for."""
    if breaking:
        return Bump.MAJOR if version.major >= 1 else Bump.MINOR
    return Bump.MINOR if additive else Bump.PATCH


def read_version(root: Path) -> Version:
    """The version in ``overlays/claude_messages/_version.py`` under ``root``."""
    return version_in((root / VERSION_FILE).read_text(encoding="utf-8"))


def version_in(text: str) -> Version:
    """The version that the text of a version file sets; ValueError when there is none."""
    match = _VERSION_LINE.search(text)
    if match is None:
        raise ValueError(f'{VERSION_FILE}: no line `__version__ = "X.Y.Z"`')
    return Version.parse(match.group(1))


def write_version(root: Path, version: Version) -> None:
    """Replace the version in the version file, keeping the rest of the file as it is."""
    path = root / VERSION_FILE
    text = path.read_text(encoding="utf-8")
    path.write_text(
        _VERSION_LINE.sub(f'__version__ = "{version}"', text, count=1), encoding="utf-8"
    )
