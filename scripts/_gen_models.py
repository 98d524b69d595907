"""A pass over the generated models: the API's field names, clean reprs, JSON helpers.

openapi-python-client names the fields ``type`` and ``input`` ``type_`` and ``input_`` and
gives no way to change that; its attrs classes repr every field, ``Unset`` sentinels
included. This pass (part of scripts/generate, so the drift check covers it) adds to each
generated attrs model, at the end of its class body:

- a read-only property under the API's name for each field the generator renamed
  (``block.type``, ``tool_use.input``), typed as the field;
- ``__repr__`` showing the fields that are set, by their API names;
- ``to_json(indent=2)``, and ``model_dump`` / ``model_dump_json`` under the names that
  code written for pydantic models calls.

It also moves the generator's function-level imports (``from_dict`` and ``to_dict`` import
the models they build on every call, to avoid circular imports at module level: about a
microsecond per import, 19 of them in ``Message.from_dict``) into one function per module,
``_bind_models``, run by the first call that needs them: the names become module globals
(the type checker already sees them, imported under ``TYPE_CHECKING``) and later calls pay
one boolean test. And it writes the type of each ``cast(...)`` as a string: the generator's
``cast(int | None | Unset, data)`` builds that union at run time on every call.

The helpers live in ``_model_support.py``, written beside the models.
"""

from __future__ import annotations

import ast
from pathlib import Path

SUPPORT = '''"""Helpers shared by the generated models: repr, JSON. Written by scripts/generate."""

from __future__ import annotations

import json
from typing import Any, Literal

import attrs

from .types import Unset


def model_repr(model: attrs.AttrsInstance) -> str:
    """``Name(field=value, ...)``: the fields that are set, by their API names."""
    parts: list[str] = []
    for field in attrs.fields(type(model)):
        value = getattr(model, field.name)
        if field.name == "additional_properties":
            parts.extend(f"{key}={item!r}" for key, item in value.items())
        elif not isinstance(value, Unset):
            name = field.name[:-1] if field.name.endswith("_") else field.name
            parts.append(f"{name}={value!r}")
    return f"{type(model).__name__}({', '.join(parts)})"


def _drop_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _drop_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_drop_none(v) for v in value]
    return value


def model_dump(
    data: dict[str, Any], mode: Literal["python", "json"] = "python", exclude_none: bool = False
) -> dict[str, Any]:
    """The JSON object of a model (``to_dict()``), without ``None`` values if asked."""
    if mode not in ("python", "json"):
        raise ValueError(f"mode must be 'python' or 'json', got {mode!r}")
    return _drop_none(data) if exclude_none else data


def model_json(data: dict[str, Any], indent: int | None, exclude_none: bool = False) -> str:
    """The JSON text of a model's ``to_dict()``."""
    return json.dumps(_drop_none(data) if exclude_none else data, indent=indent, ensure_ascii=False)
'''

_METHODS = '''
    def __repr__(self) -> str:
        return model_repr(self)

    def to_json(self, indent: int | None = 2) -> str:
        """The model as JSON text, with the API's field names (``indent=None``: compact)."""
        return model_json(self.to_dict(), indent)

    def model_dump(
        self, *, mode: Literal["python", "json"] = "python", exclude_none: bool = False
    ) -> dict[str, Any]:
        """Compatibility name: ``to_dict()``, without ``None`` values if ``exclude_none``."""
        return model_dump(self.to_dict(), mode, exclude_none)

    def model_dump_json(self, *, indent: int | None = None, exclude_none: bool = False) -> str:
        """Compatibility name: ``to_json(indent)``, without ``None`` values if asked."""
        return model_json(self.to_dict(), indent, exclude_none)
'''

_IMPORT = "from .._model_support import model_dump, model_json, model_repr\n"


def _attrs_class(tree: ast.Module) -> ast.ClassDef | None:
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and any(
            isinstance(d, ast.Name) and d.id == "_attrs_define" for d in node.decorator_list
        ):
            return node
    return None


def _renamed_fields(source: str, cls: ast.ClassDef) -> list[tuple[str, str, str]]:
    """(API name, attribute, annotation) of each field the generator renamed."""
    out = []
    for node in cls.body:
        if not (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)):
            continue
        attribute = node.target.id
        if not attribute.endswith("_") or attribute.startswith("_"):
            continue
        api_name = attribute[:-1]
        # A required field is written as `"type": type_`, an optional one as
        # `field_dict["type"] = type_`.
        written = (f'"{api_name}": {attribute}', f'field_dict["{api_name}"] = {attribute}')
        if not any(form in source for form in written):
            continue  # not a rename of an API field
        annotation = ast.get_source_segment(source, node.annotation)
        assert annotation is not None
        out.append((api_name, attribute, annotation))
    return out


_CATCH_ALL_TYPE = "unknown"
"""The static type of a catch-all's ``type``: ``Literal['unknown']``.

A catch-all member (``UnknownContentBlock``, ``UnknownDelta``, ...) holds whatever ``type``
the API sent that the spec does not list, so at run time its ``type`` is any string. Typed
``str``, it would stop ``if block.type == "text":`` from narrowing the union for type
checkers (a ``str`` might equal ``"text"``); typed as a literal no known member uses, the
known members narrow as they should and the catch-all stays reachable by ``isinstance``.
"""


def process_model(path: Path, catch_all: bool = False) -> None:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    cls = _attrs_class(tree)
    if cls is None:
        return  # an enum or a type alias
    lines = source.splitlines(keepends=True)
    end = cls.end_lineno
    assert end is not None
    added = []
    for api_name, attribute, annotation in _renamed_fields(source, cls):
        if catch_all and api_name == "type":
            added.append(
                "\n    @property\n"
                f'    def type(self) -> Literal["{_CATCH_ALL_TYPE}"]:\n'
                '        """The ``type`` the API sent: any string at run time, typed as a\n'
                "        literal of its own so that comparing ``.type`` narrows the union.\n"
                '        """\n'
                "        return self.type_  # type: ignore[return-value]\n"
            )
            continue
        added.append(
            f"\n    @property\n    def {api_name}(self) -> {annotation}:\n"
            f'        """The API\'s ``{api_name}`` (the attribute ``{attribute}``)."""\n'
            f"        return self.{attribute}\n"
        )
    added.append(_METHODS)
    lines[end:end] = added
    text = "".join(lines)
    # After the last top-level import: the helpers, and Literal for model_dump's mode.
    first_def = min(
        node.lineno for node in tree.body if not isinstance(node, ast.Import | ast.ImportFrom)
    )
    all_lines = text.splitlines(keepends=True)
    head, tail = all_lines[: first_def - 1], all_lines[first_def - 1 :]
    extra = _IMPORT + "from typing import Any, Literal\n"
    path.write_text("".join(head) + extra + "".join(tail), encoding="utf-8")


_BIND_GUARD = "if _models_unbound:\n    _bind_models()\n"


def _bind_models_once(path: Path) -> None:
    """Replace the function-level model imports of ``path`` by one ``_bind_models``."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    imports: dict[tuple[str, str], None] = {}  # (module, name), in order of appearance
    edits: list[tuple[int, int, str]] = []  # (first line, last line, indentation) replaced
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef):
            continue
        leading = []
        for statement in node.body:
            if not (isinstance(statement, ast.ImportFrom) and statement.level > 0):
                break
            leading.append(statement)
        if not leading:
            continue
        for statement in leading:
            for alias in statement.names:
                assert alias.asname is None, f"{path.name}: aliased import"
                imports[("." * statement.level + (statement.module or ""), alias.name)] = None
        last = leading[-1].end_lineno
        assert last is not None
        edits.append((leading[0].lineno, last, " " * leading[0].col_offset))
    if not imports:
        return
    for first, last, indent in sorted(edits, reverse=True):
        guard = "".join(indent + line + "\n" for line in _BIND_GUARD.splitlines())
        lines[first - 1 : last] = [guard]
    names = ", ".join(f"{name}={name}" for _, name in imports)
    body = "".join(f"    from {module} import {name}\n" for module, name in imports)
    lines.append(
        "\n\n_models_unbound = True\n\n\n"
        "def _bind_models() -> None:\n"
        '    """Import the models this module\'s methods build (not at the top: the imports\n'
        '    would be circular) and keep them as module globals."""\n'
        "    global _models_unbound\n"
        f"{body}"
        f"    globals().update({names})\n"
        "    _models_unbound = False\n"
    )
    path.write_text("".join(lines), encoding="utf-8")


def _quote_casts(path: Path) -> None:
    """``cast(T, value)`` -> ``cast("T", value)``: the same for type checkers, and no type
    expression evaluated at run time."""
    source = path.read_bytes()  # ast's column offsets count UTF-8 bytes
    tree = ast.parse(source)
    offsets = [0]
    for line in source.splitlines(keepends=True):
        offsets.append(offsets[-1] + len(line))
    spans = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "cast"
            and len(node.args) == 2
            and not isinstance(node.args[0], ast.Constant)
        ):
            target = node.args[0]
            assert target.end_lineno is not None and target.end_col_offset is not None
            start = offsets[target.lineno - 1] + target.col_offset
            end = offsets[target.end_lineno - 1] + target.end_col_offset
            spans.append((start, end))
    if not spans:
        return
    for start, end in sorted(spans, reverse=True):
        text = " ".join(source[start:end].decode("utf-8").split())
        source = source[:start] + repr(text).encode("utf-8") + source[end:]
    path.write_bytes(source)


def process(package: Path, catch_alls: frozenset[str] = frozenset()) -> list[Path]:
    """Rewrite every model module of ``package``; return the files written.

    ``catch_alls`` names the classes that are the catch-all member of a union."""
    (package / "_model_support.py").write_text(SUPPORT, encoding="utf-8")
    written = [package / "_model_support.py"]
    for path in sorted((package / "models").glob("*.py")):
        if path.name == "__init__.py":
            continue
        before = path.read_text(encoding="utf-8")
        tree = ast.parse(before)
        cls = _attrs_class(tree)
        process_model(path, cls is not None and cls.name in catch_alls)
        _bind_models_once(path)
        _quote_casts(path)
        if path.read_text(encoding="utf-8") != before:
            written.append(path)
    return written
