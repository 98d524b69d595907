"""JSON Schemas from Python types, and Python values built from JSON by those types.

Used by structured outputs (``messages.parse(output_format=T)``) and by tools (a function's
parameters become its ``input_schema``; the model's input becomes its arguments).

Types understood: ``str``, ``int``, ``float``, ``bool``, ``None``; ``list``, ``tuple[X, ...]``,
``set``/``frozenset`` and ``Sequence`` of one item type; ``Literal``, ``enum.Enum``; unions
(``X | None``); ``Annotated[X, "a description"]``; ``datetime``, ``date``, ``time`` and
``uuid.UUID`` (strings with a ``format``); attrs classes, dataclasses and ``TypedDict``; and
pydantic models when pydantic is installed (it is never imported here unless a model of
it is handed over). Objects with arbitrary keys (``dict[str, X]``), ``bytes`` and fixed-length
tuples have no JSON Schema the API's structured outputs accept and are refused, naming
where they occur.

``schema_of(tp)`` is the natural schema: optional fields are not ``required``. Building a
value (``build(tp, data)``) is strict: a missing required key, an unexpected key or a value
of the wrong kind raises ``ValueMismatch`` naming the path; ``null`` for a field that has
a default but does not accept ``None`` means "use the default" (structured outputs fill
every property in, ``null`` for the ones left out).
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import functools
import inspect
import json
import sys
import types
import typing
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final, Literal, NamedTuple, Union

import attrs

__all__ = [
    "MISSING",
    "ValueMismatch",
    "accepts_none",
    "build",
    "check_json",
    "class_description",
    "drop_filled_nulls",
    "is_pydantic_model",
    "parameters_schema",
    "schema_accepts_null",
    "schema_of",
    "type_hints",
    "unwrap_annotated",
]


class ValueMismatch(ValueError):
    """JSON data that does not fit the type it is built into; ``path`` names where."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}" if path else reason)
        self.path = path
        self.reason = reason

    def under(self, head: str) -> ValueMismatch:
        """The same mismatch, its path below ``head`` (a key, or ``[index]``)."""
        if not self.path:
            path = head
        elif self.path.startswith("["):
            path = head + self.path
        else:
            path = f"{head}.{self.path}"
        return ValueMismatch(path, self.reason)


_MISSING: Final = object()

_FORMATS: Final[dict[type, str]] = {
    datetime.datetime: "date-time",
    datetime.date: "date",
    datetime.time: "time",
    uuid.UUID: "uuid",
}

_PRIMITIVES: Final[dict[type, str]] = {
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
    type(None): "null",
}

_SEQUENCES: Final = (list, tuple, set, frozenset, Sequence)


def _where(path: str) -> str:
    return path or "the top level"


def is_pydantic_model(tp: object) -> bool:
    """Whether ``tp`` is a pydantic model class (pydantic is only looked at if imported)."""
    pydantic = sys.modules.get("pydantic")
    base = getattr(pydantic, "BaseModel", None)
    return isinstance(tp, type) and base is not None and issubclass(tp, base)


def _is_typeddict(tp: object) -> bool:
    return isinstance(tp, type) and typing.is_typeddict(tp)


def _is_class_type(tp: object) -> bool:
    return isinstance(tp, type) and (
        attrs.has(tp) or dataclasses.is_dataclass(tp) or _is_typeddict(tp)
    )


def unwrap_annotated(tp: Any) -> tuple[Any, str | None]:
    """``Annotated[X, ...]`` -> (X, its first str metadata as a description); else (tp, None)."""
    description = None
    while typing.get_origin(tp) is typing.Annotated:
        meta = tp.__metadata__
        if description is None:
            description = next((m for m in meta if isinstance(m, str)), None)
        tp = tp.__origin__
    return tp, description


def _strip_qualifiers(tp: Any) -> Any:
    # Required[X], NotRequired[X] and ReadOnly[X] only qualify a TypedDict key.
    while typing.get_origin(tp) in (typing.Required, typing.NotRequired):
        tp = typing.get_args(tp)[0]
    return tp


def class_description(cls: type) -> str | None:
    """The class's own docstring, cleaned; not an inherited one nor a dataclass's signature."""
    doc = cls.__dict__.get("__doc__")
    if not isinstance(doc, str) or not doc.strip():
        return None
    if dataclasses.is_dataclass(cls) and doc.startswith(f"{cls.__name__}("):
        return None  # the signature dataclasses write when there is no docstring
    if _is_typeddict(cls) and doc.startswith(f"{cls.__name__}("):
        return None
    return inspect.cleandoc(doc)


class _Field(NamedTuple):
    key: str  # the JSON key
    argument: str  # the constructor's keyword
    tp: Any
    default: Any  # _MISSING when required
    description: str | None


def caller_namespace() -> dict[str, Any]:
    """The globals and locals of the nearest caller outside this package.

    Postponed annotations (``from __future__ import annotations``) of a class or function
    defined inside a function name things only that function's scope holds; that scope is
    the caller's when the class or function is handed over.
    """
    frame: types.FrameType | None = sys._getframe(1)
    while frame is not None and str(frame.f_globals.get("__name__", "")).startswith(
        "claude_messages."
    ):
        frame = frame.f_back
    if frame is None:
        return {}
    return {**frame.f_globals, **frame.f_locals}


def type_hints(owner: Any, what: str) -> dict[str, Any]:
    """``typing.get_type_hints`` of a class or function, extras kept; names the module
    cannot resolve are looked up in the caller's scope. ``TypeError`` if still unresolved."""
    try:
        return typing.get_type_hints(owner, include_extras=True)
    except NameError:
        pass
    except TypeError as exc:
        raise TypeError(f"the type hints of {what} cannot be resolved: {exc}") from exc
    try:
        return typing.get_type_hints(owner, localns=caller_namespace(), include_extras=True)
    except (NameError, TypeError) as exc:
        raise TypeError(f"the type hints of {what} cannot be resolved: {exc}") from exc


@functools.lru_cache(maxsize=512)
def _fields(cls: type) -> tuple[_Field, ...]:
    """The fields of a class (resolved once: later calls may come from other scopes)."""
    return tuple(_read_fields(cls))


def _read_fields(cls: type) -> list[_Field]:
    hints = type_hints(cls, cls.__qualname__)
    out: list[_Field] = []
    if attrs.has(cls):
        for field in attrs.fields(cls):
            if not field.init:
                continue
            default = _MISSING if field.default is attrs.NOTHING else field.default
            tp = hints.get(field.name, field.type if field.type is not None else Any)
            alias = getattr(field, "alias", None) or field.name.lstrip("_")
            description = field.metadata.get("description")
            out.append(_Field(field.name, alias, tp, default, description))
    elif dataclasses.is_dataclass(cls):
        for dfield in dataclasses.fields(cls):
            if not dfield.init:
                continue
            if dfield.default is not dataclasses.MISSING:
                value: Any = dfield.default
            elif dfield.default_factory is not dataclasses.MISSING:
                value = dfield.default_factory
            else:
                value = _MISSING
            description = dfield.metadata.get("description")
            out.append(_Field(dfield.name, dfield.name, hints[dfield.name], value, description))
    else:  # TypedDict
        required: frozenset[str] = getattr(cls, "__required_keys__", frozenset())
        for key, tp in hints.items():
            # The qualifier decides when the hint has one (postponed annotations can hide
            # it from __required_keys__); else the class's totality does.
            origin = typing.get_origin(tp)
            if origin is typing.NotRequired:
                is_required = False
            elif origin is typing.Required:
                is_required = True
            else:
                is_required = key in required
            default = _MISSING if is_required else None
            out.append(_Field(key, key, _strip_qualifiers(tp), default, None))
    return out


def _json_default(value: Any) -> tuple[bool, Any]:
    """(True, value as JSON) when a default can be shown to the model."""
    if isinstance(value, attrs.Factory) or callable(value):  # type: ignore[arg-type]
        return False, None
    if isinstance(value, enum.Enum):
        value = value.value
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return False, None
    return True, value


def _union_members(tp: Any) -> tuple[Any, ...] | None:
    origin = typing.get_origin(tp)
    if origin is Union or origin is types.UnionType:
        return typing.get_args(tp)
    return None


def accepts_none(tp: Any) -> bool:
    """Whether ``None`` is a value of ``tp``."""
    tp, _ = unwrap_annotated(tp)
    if tp is None or tp is type(None) or tp is Any or tp is object:
        return True
    members = _union_members(tp)
    if members is not None:
        return any(accepts_none(m) for m in members)
    if typing.get_origin(tp) is Literal:
        return None in typing.get_args(tp)
    return False


# --- types to schemas ----------------------------------------------------------------------


class _SchemaBuilder:
    """One schema: nested classes go to ``$defs`` (built once, so recursion works)."""

    def __init__(self, root: Any) -> None:
        self.root = root
        self.defs: dict[str, dict[str, Any]] = {}
        self.names: dict[Any, str] = {}

    def document(self) -> dict[str, Any]:
        if _is_class_type(self.root):
            schema = self.object_schema(self.root, "")
        else:
            schema = self.schema(self.root, "")
        if self.defs:
            schema = {**schema, "$defs": self.defs}
        return schema

    def schema(self, tp: Any, path: str) -> dict[str, Any]:
        tp, description = unwrap_annotated(tp)
        schema = self._schema(tp, path)
        if description is not None:
            schema = {**schema, "description": description}
        return schema

    def _schema(self, tp: Any, path: str) -> dict[str, Any]:
        if tp is None:
            tp = type(None)
        if tp is Any or tp is object:
            return {}
        if isinstance(tp, type) and tp in _PRIMITIVES:
            return {"type": _PRIMITIVES[tp]}
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return {"enum": [member.value for member in tp]}
        for base, fmt in _FORMATS.items():
            if tp is base:
                return {"type": "string", "format": fmt}
        origin = typing.get_origin(tp)
        if origin is Literal:
            return {"enum": list(typing.get_args(tp))}
        members = _union_members(tp)
        if members is not None:
            return {"anyOf": [self.schema(m, path) for m in members]}
        if origin in _SEQUENCES or tp in _SEQUENCES:
            args = typing.get_args(tp)
            if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
                raise TypeError(
                    f"{_where(path)}: a fixed-length tuple ({_name(tp)}) has no JSON Schema "
                    "the API accepts; use tuple[X, ...] or list[X]"
                )
            item = args[0] if args else Any
            schema: dict[str, Any] = {"type": "array", "items": self.schema(item, f"{path}[]")}
            if origin in (set, frozenset) or tp in (set, frozenset):
                schema["uniqueItems"] = True
            return schema
        if origin in (dict, Mapping) or tp in (dict, Mapping):
            raise TypeError(
                f"{_where(path)}: {_name(tp)} has no fixed keys, and the API's JSON Schemas "
                "need every object's properties listed; use an attrs class, a dataclass or a "
                "TypedDict"
            )
        if is_pydantic_model(tp):
            return self.pydantic_schema(tp, path)
        if _is_class_type(tp):
            return self.reference(tp, path)
        raise TypeError(f"{_where(path)}: {_name(tp)} has no JSON Schema here")

    def reference(self, cls: type, path: str) -> dict[str, Any]:
        if cls is self.root:
            return {"$ref": "#"}
        name = self.names.get(cls)
        if name is None:
            name = cls.__name__
            taken = {other for key, other in self.names.items() if key is not cls}
            number = 2
            while name in taken or name in self.defs:
                name = f"{cls.__name__}{number}"
                number += 1
            self.names[cls] = name
            self.defs[name] = {}  # a placeholder, so that a recursive reference stops here
            self.defs[name] = self.object_schema(cls, path)
        return {"$ref": f"#/$defs/{name}"}

    def object_schema(self, cls: type, path: str) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        required: list[str] = []
        for field in _fields(cls):
            here = f"{path}.{field.key}" if path else field.key
            prop = self.schema(field.tp, here)
            if field.description is not None:
                prop = {**prop, "description": field.description}
            if field.default is _MISSING:
                required.append(field.key)
            elif not _is_typeddict(cls):
                shown, value = _json_default(field.default)
                if shown:
                    prop = {**prop, "default": value}
            properties[field.key] = prop
        schema: dict[str, Any] = {"type": "object", "title": cls.__name__}
        description = class_description(cls)
        if description is not None:
            schema["description"] = description
        schema["properties"] = properties
        schema["required"] = required
        schema["additionalProperties"] = False
        return schema

    def pydantic_schema(self, model: Any, path: str) -> dict[str, Any]:
        schema: dict[str, Any] = dict(model.model_json_schema(ref_template="#/$defs/{model}"))
        for name, sub in (schema.pop("$defs", None) or {}).items():
            if name in self.defs and self.defs[name] != sub:
                raise TypeError(
                    f"{_where(path)}: two different classes are named {name!r} in this schema"
                )
            self.defs[name] = sub
        if model is self.root:
            return schema
        name = model.__name__
        if name in self.defs and self.defs[name] != schema:
            raise TypeError(
                f"{_where(path)}: two different classes are named {name!r} in this schema"
            )
        self.defs[name] = schema
        return {"$ref": f"#/$defs/{name}"}


def _name(tp: Any) -> str:
    if isinstance(tp, type) and typing.get_origin(tp) is None:
        return tp.__qualname__
    return repr(tp).replace("typing.", "")


def schema_of(tp: Any) -> dict[str, Any]:
    """The JSON Schema of ``tp`` (a class, a generic alias, a union, ...).

    Raises ``TypeError`` naming the field for a type with no schema the API accepts.

    Example::

        @attrs.define
        class City:
            name: str
            population: int | None = None

        schema_of(City)["required"]  # ["name"]
    """
    if is_pydantic_model(tp):
        return dict(tp.model_json_schema())
    return _SchemaBuilder(tp).document()


def parameters_schema(fields: Sequence[tuple[str, Any, Any, str | None]]) -> dict[str, Any]:
    """The object schema of named parameters: (name, type, default or ``MISSING``, doc)."""
    builder = _SchemaBuilder(None)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for name, tp, default, description in fields:
        prop = builder.schema(tp, name)
        if description is not None and "description" not in prop:
            prop = {**prop, "description": description}
        if default is _MISSING:
            required.append(name)
        else:
            shown, value = _json_default(default)
            if shown:
                prop = {**prop, "default": value}
        properties[name] = prop
    schema: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
    if builder.defs:
        schema["$defs"] = builder.defs
    return schema


MISSING: Final = _MISSING
"""The default of a parameter that has none (for ``parameters_schema``)."""


# --- JSON to values ------------------------------------------------------------------------


def _kind_of(data: object) -> str:
    if data is None:
        return "null"
    if isinstance(data, bool):
        return "a boolean"
    if isinstance(data, int | float):
        return "a number"
    if isinstance(data, str):
        return "a string"
    if isinstance(data, list):
        return "an array"
    if isinstance(data, dict):
        return "an object"
    return type(data).__name__


def build(tp: Any, data: Any, path: str = "") -> Any:
    """The value of type ``tp`` for the decoded JSON ``data``; ``ValueMismatch`` if it does
    not fit (its ``path`` under ``path``).

    The type is read once: the builder made for it is kept.

    Example::

        build(list[int], [1, 2])  # [1, 2]
    """
    try:
        return builder(tp)(data)
    except ValueMismatch as exc:
        if path:
            raise exc.under(path) from exc.__cause__
        raise


_Builder = Callable[[Any], Any]


def builder(tp: Any) -> _Builder:
    """The function that builds ``tp`` from decoded JSON (made once per hashable type)."""
    try:
        return _cached_builder(tp)
    except TypeError as exc:  # an unhashable type argument (Annotated metadata, say)
        if "unhashable" not in str(exc):
            raise
        return _make_builder(tp)


@functools.lru_cache(maxsize=1024)
def _cached_builder(tp: Any) -> _Builder:
    return _make_builder(tp)


def _make_builder(tp: Any) -> _Builder:
    tp, _ = unwrap_annotated(tp)
    if tp is Any or tp is object:
        return _identity
    if tp is None or tp is type(None):
        return _build_null
    simple = _SIMPLE_BUILDERS.get(tp) if isinstance(tp, type) else None
    if simple is not None:
        return simple
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return _enum_builder(tp)
    if tp in _FORMATS:
        return functools.partial(_build_formatted, tp)
    origin = typing.get_origin(tp)
    if origin is Literal:
        return _literal_builder(typing.get_args(tp))
    members = _union_members(tp)
    if members is not None:
        return _union_builder(members)
    if origin in _SEQUENCES or tp in _SEQUENCES:
        args = typing.get_args(tp)
        container = origin or tp
        return _array_builder(
            args[0] if args else Any, container if container in (tuple, set, frozenset) else None
        )
    if is_pydantic_model(tp):
        return functools.partial(_build_pydantic, tp)
    if _is_class_type(tp):
        return _object_builder(tp)

    def unbuildable(data: Any) -> Any:
        raise ValueMismatch("", f"{_name(tp)} cannot be built from JSON")

    return unbuildable


def _identity(data: Any) -> Any:
    return data


def _build_null(data: Any) -> None:
    if data is not None:
        raise ValueMismatch("", f"expected null, got {_kind_of(data)}")


def _build_bool(data: Any) -> bool:
    if not isinstance(data, bool):
        raise ValueMismatch("", f"expected a boolean, got {_kind_of(data)}")
    return data


def _build_int(data: Any) -> int:
    if type(data) is int:
        return data
    if isinstance(data, float) and data.is_integer():
        return int(data)
    if not isinstance(data, int) or isinstance(data, bool):
        raise ValueMismatch("", f"expected an integer, got {_kind_of(data)}")
    return data


def _build_float(data: Any) -> float:
    if not isinstance(data, int | float) or isinstance(data, bool):
        raise ValueMismatch("", f"expected a number, got {_kind_of(data)}")
    return float(data)


def _build_str(data: Any) -> str:
    if type(data) is not str:
        raise ValueMismatch("", f"expected a string, got {_kind_of(data)}")
    return data


_SIMPLE_BUILDERS: Final[dict[type, _Builder]] = {
    bool: _build_bool,
    int: _build_int,
    float: _build_float,
    str: _build_str,
}


def _enum_builder(cls: type[enum.Enum]) -> _Builder:
    members = [(member.value, member) for member in cls]
    allowed = ", ".join(repr(value) for value, _ in members)

    def build_enum(data: Any) -> Any:
        for value, member in members:
            if value == data and type(value) is type(data):
                return member
        raise ValueMismatch("", f"expected one of {allowed}, got {data!r}")

    return build_enum


def _literal_builder(values: tuple[Any, ...]) -> _Builder:
    allowed = ", ".join(map(repr, values))

    def build_literal(data: Any) -> Any:
        for value in values:
            if value == data and type(value) is type(data):
                return value
        raise ValueMismatch("", f"expected one of {allowed}, got {data!r}")

    return build_literal


def _build_formatted(tp: type, data: Any) -> Any:
    if not isinstance(data, str):
        raise ValueMismatch("", f"expected a string ({_FORMATS[tp]}), got {_kind_of(data)}")
    try:
        if tp is uuid.UUID:
            return uuid.UUID(data)
        return tp.fromisoformat(data)  # type: ignore[attr-defined]
    except ValueError:
        raise ValueMismatch("", f"expected a {_FORMATS[tp]} string, got {data!r}") from None


def _union_builder(members: tuple[Any, ...]) -> _Builder:
    nullable = any(accepts_none(m) for m in members)
    others = [m for m in members if m is not type(None)]
    builders: list[_Builder] = []

    def build_union(data: Any) -> Any:
        if data is None and nullable:
            return None
        if not builders:
            builders.extend(builder(m) for m in others)
        reasons = []
        for build_member in builders:
            try:
                return build_member(data)
            except ValueMismatch as exc:
                reasons.append(str(exc))
        raise ValueMismatch("", "fits none of the union's members (" + "; ".join(reasons) + ")")

    return build_union


def _array_builder(item: Any, container: type | None) -> _Builder:
    built: list[_Builder] = []

    def build_array(data: Any) -> Any:
        if not isinstance(data, list):
            raise ValueMismatch("", f"expected an array, got {_kind_of(data)}")
        if not built:
            built.append(builder(item))
        build_item = built[0]
        items = []
        for index, value in enumerate(data):
            try:
                items.append(build_item(value))
            except ValueMismatch as exc:
                raise exc.under(f"[{index}]") from exc.__cause__
        return container(items) if container is not None else items

    return build_array


def _object_builder(cls: type) -> _Builder:
    # The fields are read on first use, so a class that refers to itself can be built.
    plan: list[
        tuple[str, str, _Builder, bool, bool]
    ] = []  # key, argument, build, required, drop null
    known: set[str] = set()
    typeddict = _is_typeddict(cls)

    def build_object(data: Any) -> Any:
        if not isinstance(data, dict):
            raise ValueMismatch("", f"expected an object ({cls.__name__}), got {_kind_of(data)}")
        if not plan:
            for field in _fields(cls):
                required = field.default is _MISSING
                drop_null = not required and not accepts_none(field.tp)
                plan.append((field.key, field.argument, builder(field.tp), required, drop_null))
                known.add(field.key)
        for key in data:
            if key not in known:
                raise ValueMismatch(
                    "", f"unexpected key {key!r} (a {cls.__name__} has {', '.join(known)})"
                )
        arguments: dict[str, Any] = {}
        for key, argument, build_value, required, drop_null in plan:
            if key not in data:
                if required:
                    raise ValueMismatch(key, "missing (required)")
                continue
            value = data[key]
            if value is None and drop_null:
                continue  # left out: structured outputs send null for it
            try:
                arguments[argument] = build_value(value)
            except ValueMismatch as exc:
                raise exc.under(key) from exc.__cause__
        if typeddict:
            return arguments
        try:
            return cls(**arguments)
        except (TypeError, ValueError) as exc:
            raise ValueMismatch("", f"{cls.__name__}(...) refused the data: {exc}") from exc

    return build_object


@functools.lru_cache(maxsize=256)
def _pydantic_schema(model: Any) -> dict[str, Any]:
    return dict(model.model_json_schema())


def _build_pydantic(model: Any, data: Any) -> Any:
    pydantic = sys.modules["pydantic"]
    try:
        return model.model_validate(drop_filled_nulls(data, _pydantic_schema(model)))
    except pydantic.ValidationError as exc:
        reasons = "; ".join(
            f"{'.'.join(str(part) for part in error['loc']) or 'value'}: {error['msg']}"
            for error in exc.errors()
        )
        raise ValueMismatch("", f"{model.__name__} refused the data ({reasons})") from exc


# --- JSON Schema documents: nulls and checks -----------------------------------------------


def _resolve(schema: Mapping[str, Any], root: Mapping[str, Any]) -> Mapping[str, Any]:
    seen = 0
    while "$ref" in schema and seen < 64:
        ref = schema["$ref"]
        node: Any = root
        if not isinstance(ref, str) or not ref.startswith("#"):
            return {}
        for part in ref[1:].split("/"):
            if part:
                node = node.get(part.replace("~1", "/").replace("~0", "~"), {})
        schema = node if isinstance(node, Mapping) else {}
        seen += 1
    return schema


def schema_accepts_null(schema: Any, root: Mapping[str, Any]) -> bool:
    """Whether ``null`` can satisfy ``schema`` (unknown keywords accept anything)."""
    if not isinstance(schema, Mapping):
        return schema is True
    schema = _resolve(schema, root)
    for key in ("anyOf", "oneOf"):
        options = schema.get(key)
        if isinstance(options, list):
            return any(schema_accepts_null(option, root) for option in options)
    if "const" in schema:
        return schema["const"] is None
    enum_values = schema.get("enum")
    if isinstance(enum_values, list):
        return None in enum_values
    kind = schema.get("type")
    if kind is None:
        return True
    return kind == "null" or (isinstance(kind, list) and "null" in kind)


def drop_filled_nulls(data: Any, schema: Mapping[str, Any]) -> Any:
    """``data`` without the ``null`` values that stand for properties left out.

    A property that ``schema`` does not require and whose own schema refuses ``null`` is
    dropped when ``null`` (structured outputs make every property required and the
    optional ones nullable). Returns a copy; ``data`` is left alone.
    """
    return _drop(data, schema, schema, 0)


def _drop(data: Any, schema: Any, root: Mapping[str, Any], depth: int) -> Any:
    if not isinstance(schema, Mapping) or depth > 64:
        return data
    schema = _resolve(schema, root)
    if isinstance(data, dict):
        properties = schema.get("properties")
        if not isinstance(properties, Mapping):
            properties = {}
        required = schema.get("required") or ()
        out = {}
        for key, value in data.items():
            sub = properties.get(key)
            if (
                value is None
                and sub is not None
                and key not in required
                and not schema_accepts_null(sub, root)
            ):
                continue
            out[key] = _drop(value, sub, root, depth + 1) if sub is not None else value
        data = out
    elif isinstance(data, list):
        items = schema.get("items")
        data = [_drop(value, items, root, depth + 1) for value in data]
    for key in ("anyOf", "oneOf"):
        options = schema.get(key)
        if isinstance(options, list):
            usable = [o for o in options if not _is_null_schema(o, root)]
            if len(usable) == 1:
                data = _drop(data, usable[0], root, depth + 1)
    return data


def _is_null_schema(schema: Any, root: Mapping[str, Any]) -> bool:
    return isinstance(schema, Mapping) and _resolve(schema, root).get("type") == "null"


_JSON_KINDS: Final[dict[str, Any]] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: (
        (isinstance(v, int) and not isinstance(v, bool))
        or (isinstance(v, float) and v.is_integer())
    ),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
}


def _same(a: object, b: object) -> bool:
    return a == b and isinstance(a, bool) == isinstance(b, bool)


def check_json(data: Any, schema: Mapping[str, Any]) -> None:
    """Check ``data`` against the structure of ``schema``: ``type``, ``enum``, ``const``,
    ``properties``, ``required``, ``additionalProperties``, ``items``, ``anyOf``/``oneOf``/
    ``allOf`` and local ``$ref``. Other keywords (bounds, patterns) are not checked.

    Raises ``ValueMismatch`` naming the first path that does not fit.
    """
    _check(data, schema, schema, "", 0)


def _check(data: Any, schema: Any, root: Mapping[str, Any], path: str, depth: int) -> None:
    if schema is False:
        raise ValueMismatch(path, "no value is allowed here")
    if not isinstance(schema, Mapping) or depth > 64:
        return
    schema = _resolve(schema, root)
    for key in ("anyOf", "oneOf"):
        options = schema.get(key)
        if isinstance(options, list) and options:
            reasons = []
            for option in options:
                try:
                    _check(data, option, root, path, depth + 1)
                    break
                except ValueMismatch as exc:
                    reasons.append(exc.reason)
            else:
                raise ValueMismatch(path, "fits none of the choices (" + "; ".join(reasons) + ")")
    for part in schema.get("allOf") or ():
        _check(data, part, root, path, depth + 1)
    if "const" in schema and not _same(data, schema["const"]):
        raise ValueMismatch(path, f"expected {schema['const']!r}, got {data!r}")
    enum_values = schema.get("enum")
    if isinstance(enum_values, list) and not any(_same(data, v) for v in enum_values):
        raise ValueMismatch(
            path, f"expected one of {', '.join(map(repr, enum_values))}, got {data!r}"
        )
    kind = schema.get("type")
    if isinstance(kind, str | list):
        kinds = [kind] if isinstance(kind, str) else kind
        if not any(_JSON_KINDS.get(k, lambda v: True)(data) for k in kinds):
            raise ValueMismatch(path, f"expected {' or '.join(kinds)}, got {_kind_of(data)}")
    if isinstance(data, dict):
        _check_object(data, schema, root, path, depth)
    elif isinstance(data, list) and "items" in schema:
        for index, value in enumerate(data):
            _check(value, schema["items"], root, f"{path}[{index}]", depth + 1)


def _check_object(
    data: dict[str, Any], schema: Mapping[str, Any], root: Mapping[str, Any], path: str, depth: int
) -> None:
    properties = schema.get("properties")
    properties = properties if isinstance(properties, Mapping) else {}
    for key in schema.get("required") or ():
        if key not in data:
            raise ValueMismatch(f"{path}.{key}" if path else key, "missing (required)")
    extra = schema.get("additionalProperties", True)
    for key, value in data.items():
        here = f"{path}.{key}" if path else key
        if key in properties:
            _check(value, properties[key], root, here, depth + 1)
        elif extra is False:
            raise ValueMismatch(path, f"unexpected key {key!r}")
        elif isinstance(extra, Mapping):
            _check(value, extra, root, here, depth + 1)
