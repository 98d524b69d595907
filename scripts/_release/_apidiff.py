"""Breaking changes in the public Python API since a git ref, found with griffe.

The hand-written package ``claude_messages`` is always compared. The generated package is
compared only when ``generated/`` changed without the spec changing (a template or
generator-config change): changes that come from the spec are described by the spec diff
in user words, and griffe would only repeat them.

Example::

    breaks = api_breaks(root, "v0.1.0", packages=[OVERLAY])
    # ['`claude_messages._client.Client.create`: parameter `model` was removed']
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ._common import Refusal
from ._history import extract

__all__ = ["GENERATED", "OVERLAY", "Package", "api_breaks"]

Package = tuple[str, str]  # (import name, folder that holds it)
OVERLAY: Package = ("claude_messages", "overlays")
GENERATED: Package = ("claude_messages_generated", "generated")


def _load(name: str, search: Path) -> Any:
    import griffe  # dev dependency, imported late: only `release` needs it

    return griffe.load(
        name,
        search_paths=[search],
        allow_inspection=False,  # never import the code under comparison
        modules_collection=griffe.ModulesCollection(),
        lines_collection=griffe.LinesCollection(),
    )


def _describe(breakage: Any) -> str:
    """One line in words: the object, what happened, the parameter or values involved."""
    import griffe

    kind = breakage.kind.value.lower().rstrip(".")
    where = f"`{breakage.obj.path}`"
    old, new = breakage.old_value, breakage.new_value
    param = getattr(old, "name", None) or getattr(new, "name", None)
    if param and isinstance(old or new, griffe.Parameter):
        where = f"{where} (parameter `{param}`)"
        if breakage.kind is griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT:
            kind = f"{kind}: {old.default} -> {new.default}"
    elif breakage.kind is griffe.BreakageKind.OBJECT_CHANGED_KIND:
        kind = f"{kind}: {old.value} -> {new.value}"
    return f"{where}: {kind}"


def api_breaks(root: Path, ref: str, packages: Sequence[Package] = (OVERLAY,)) -> list[str]:
    """Breaking changes from ``ref`` to the work tree in each package, described in words."""
    import griffe

    # The value of a module attribute (say `__version__`) changes without breaking anyone.
    ignored = {griffe.BreakageKind.ATTRIBUTE_CHANGED_VALUE}
    found: list[str] = []
    with tempfile.TemporaryDirectory(prefix="cm-release-api-") as tmp:
        for name, folder in packages:
            if not extract(root, ref, f"{folder}/{name}", Path(tmp)):
                continue  # the package did not exist yet: nothing to break
            try:
                old = _load(name, Path(tmp) / folder)
                new = _load(name, root / folder)
                breakages = list(griffe.find_breaking_changes(old, new))
            except Exception as exc:  # griffe's errors have no common base worth naming
                raise Refusal(
                    f"could not compare the Python API of {name} with {ref}: {exc!r}; "
                    "choose the bump yourself (scripts/release major|minor|patch)"
                ) from exc
            found += [_describe(b) for b in breakages if b.kind not in ignored]
    return sorted(set(found))
