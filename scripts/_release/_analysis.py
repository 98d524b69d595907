"""What changed since the last release, and which bump that calls for.

Example::

    found = analyse(root, last_release(root))
    found.breaking, found.additive     # drive required_bump()
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ._apidiff import GENERATED, OVERLAY, Package, api_breaks
from ._history import Base, changed_files, file_at
from ._specdiff import Change, diff_specs

__all__ = ["SPEC", "Analysis", "analyse"]

SPEC = "openapi.yaml"


@dataclass
class Analysis:
    """The spec changes, Python API breaks and notes found between a base and HEAD.

    Example::

        Analysis(spec_changes=[Change(False, "New model `Foo`.")]).additive   # True
    """

    spec_changes: list[Change] = field(default_factory=list)
    api_breaks: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def breaking(self) -> bool:
        """Whether anything breaks users: a breaking spec change or a Python API break."""
        return bool(self.api_breaks) or any(c.breaking for c in self.spec_changes)

    @property
    def additive(self) -> bool:
        """Whether the spec gained something (endpoint, model, field, enum value, ...)."""
        return any(not c.breaking for c in self.spec_changes)


def _load_yaml(text: str) -> dict[str, object]:
    import yaml  # type: ignore[import-untyped]  # dev dependency

    loaded = yaml.safe_load(text)
    return loaded if isinstance(loaded, dict) else {}


def analyse(root: Path, base: Base) -> Analysis:
    """Compare the work tree (clean, so HEAD) with ``base``."""
    found = Analysis()
    files = changed_files(root, base.ref)
    spec_changed = SPEC in files
    if spec_changed:
        before = file_at(root, base.ref, SPEC)
        if before is None:
            found.notes.append(f"{SPEC} did not exist in {base.label}; all of it is new.")
        after = _load_yaml((root / SPEC).read_text(encoding="utf-8"))
        found.spec_changes = diff_specs(_load_yaml(before or "{}"), after)
        if not found.spec_changes:
            found.notes.append(f"{SPEC} changed in descriptions or examples only.")
    packages: list[Package] = []
    if any(f.startswith(f"{OVERLAY[1]}/") for f in files):
        packages.append(OVERLAY)
    if not spec_changed and any(f.startswith(f"{GENERATED[1]}/") for f in files):
        packages.append(GENERATED)
        found.notes.append("generated/ changed without a spec change (templates or config).")
    if packages:
        found.api_breaks = api_breaks(root, base.ref, packages)
    return found
