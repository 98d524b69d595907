"""Checks before sending, compiled from the request schemas of the spec.

``scripts/generate`` writes ``claude_messages_generated.request_schema`` from openapi.yaml:
every schema a request body can reach, and per operation its body schema, stream flag and
header arguments. This module turns those schemas into check functions (once per schema,
on first use) and applies them to a call's keyword arguments, so a field the spec gains is
accepted, typed and checked with no change here. A wrong type raises ``TypeError``; a
value out of range, outside an enum or a const, or a missing field raises ``ValueError``;
both name the field by its path (``messages[0].content[1].source.media_type``).

What the checks leave alone, on purpose: keys a schema does not list (the API may know
newer ones), members of a discriminated union whose tag this release does not know (newer
block or tool kinds), and generated model instances (their constructors typed them). A
value without the tag of a discriminated union belongs to the one member whose tag is
optional, if there is one (a custom tool, whose ``type`` may be left out).

The version rules (``x-refused-in-versions`` in the spec) are compiled the same way into
path patterns, evaluated only for versions that have rules.
"""

from __future__ import annotations

import base64
import functools
import math
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Final

from ._sentinels import drop_absent, is_absent

__all__ = [
    "Operation",
    "check_value",
    "operation",
    "refusals",
    "version_rule_violation",
]

Check = Callable[[Any, str], Any]
"""A compiled check: ``(value, path) -> value to send`` (iterables become lists)."""


class _Schemas(dict[str, Any]):
    """The spec's request schemas, read from the generated module on first use (so that
    ``import claude_messages`` does not load them)."""

    def __missing__(self, name: str) -> Any:
        if not self:
            from claude_messages_generated import request_schema

            self.update(request_schema.SCHEMAS)
            if name in self:
                return self[name]
        raise KeyError(name)


_SCHEMAS: Final = _Schemas()

_KINDS: Final = {
    "string": "a str",
    "integer": "an int",
    "number": "a number",
    "boolean": "a bool",
    "object": "a dict (or a model instance)",
    "array": "a list",
    "null": "None",
}


def _type_name(value: object) -> str:
    return type(value).__name__


def _is_model(value: object) -> bool:
    return callable(getattr(value, "to_dict", None))


def _quote(values: Iterable[object]) -> str:
    return ", ".join(repr(v) for v in values)


def _matches_kind(kind: str, value: object) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "null":
        return value is None
    if kind == "object":
        return isinstance(value, Mapping) or _is_model(value)
    if kind == "array":
        return not isinstance(value, str | bytes | bytearray | Mapping) and isinstance(
            value, Iterable
        )
    return True


def _kinds_of(schema: Mapping[str, Any]) -> set[str]:
    """The JSON kinds a schema can accept (empty: any)."""
    if "ref" in schema:
        return _kinds_of(_SCHEMAS[schema["ref"]])
    if "union" in schema:
        kinds: set[str] = set()
        for member in schema["union"]:
            member_kinds = _kinds_of(member)
            if not member_kinds:
                return set()
            kinds |= member_kinds
        return kinds
    kind = schema.get("type")
    if kind is None:
        if "const" in schema or "enum" in schema:
            return {"string"}
        return set()
    return set(kind) if isinstance(kind, list) else {kind}


def _describe(kinds: Iterable[str]) -> str:
    names = [_KINDS[k] for k in sorted(kinds) if k in _KINDS]
    return " or ".join(names) if names else "a JSON value"


def _wrong_type(path: str, kinds: Iterable[str], value: object) -> TypeError:
    return TypeError(f"{path} must be {_describe(kinds)}, not {_type_name(value)}")


@functools.cache
def _component(name: str) -> Check:
    return _compile(_SCHEMAS[name])


def _ref(name: str) -> Check:
    def check(value: Any, path: str) -> Any:
        return _component(name)(value, path)

    return check


def _compile_scalar(schema: Mapping[str, Any], kinds: set[str]) -> Check:
    """Checks of one value against type, const, enum, bounds and string rules."""
    const = schema.get("const", ...)
    enum = schema.get("enum")
    minimum, maximum = schema.get("minimum"), schema.get("maximum")
    exclusive_min, exclusive_max = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    min_length, max_length = schema.get("minLength"), schema.get("maxLength")
    pattern = re.compile(schema["pattern"]) if "pattern" in schema else None
    nullable = "null" in kinds
    concrete = kinds - {"null"}
    (only,) = concrete if len(concrete) == 1 else (None,)
    rules = (enum, minimum, maximum, exclusive_min, exclusive_max, min_length, max_length, pattern)
    exact = {"string": str, "boolean": bool}.get(only or "")
    if exact is not None and const is ... and all(rule is None for rule in rules):
        # Only a type to check (most fields): one exact type test on the common path.
        def check_type(value: Any, path: str) -> Any:
            if type(value) is exact or (value is None and nullable):
                return value
            if not isinstance(value, exact):
                raise _wrong_type(path, kinds, value)
            return value  # a subclass of str

        return check_type

    def check(value: Any, path: str) -> Any:
        if value is None and nullable:
            return value
        if only is not None and not _matches_kind(only, value):
            raise _wrong_type(path, kinds, value)
        if only is None and concrete and not any(_matches_kind(k, value) for k in concrete):
            raise _wrong_type(path, kinds, value)
        if const is not ... and value != const:
            raise ValueError(f"{path} must be {const!r}, got {value!r}")
        if enum is not None and value not in enum:
            raise ValueError(f"{path} must be one of {_quote(enum)}, got {value!r}")
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError(f"{path} must be a finite number, got {value}")
        if minimum is not None and value < minimum:
            raise ValueError(f"{path} must be >= {minimum}, got {value}")
        if maximum is not None and value > maximum:
            raise ValueError(f"{path} must be <= {maximum}, got {value}")
        if exclusive_min is not None and value <= exclusive_min:
            raise ValueError(f"{path} must be > {exclusive_min}, got {value}")
        if exclusive_max is not None and value >= exclusive_max:
            raise ValueError(f"{path} must be < {exclusive_max}, got {value}")
        if isinstance(value, str):
            if min_length is not None and len(value) < min_length:
                raise ValueError(f"{path} must have at least {min_length} characters")
            if max_length is not None and len(value) > max_length:
                raise ValueError(f"{path} must have at most {max_length} characters")
            if pattern is not None and pattern.search(value) is None:
                raise ValueError(f"{path} must match {pattern.pattern!r}, got {value!r}")
        return value

    return check


def _compile_array(schema: Mapping[str, Any], nullable: bool) -> Check:
    item = _compile(schema.get("items", {}))
    min_items, max_items = schema.get("minItems"), schema.get("maxItems")

    def check(value: Any, path: str) -> Any:
        if value is None and nullable:
            return value
        if not isinstance(value, list | tuple):
            if not _matches_kind("array", value):
                raise _wrong_type(path, ["array"], value)
            value = list(value)  # a generator is read once, here
        count = len(value)
        if min_items is not None and count < min_items:
            plural = "s" if min_items != 1 else ""
            raise ValueError(f"{path} must contain at least {min_items} item{plural}")
        if max_items is not None and count > max_items:
            raise ValueError(f"{path} must contain at most {max_items} items, got {count}")
        changed = False
        out = []
        for i, element in enumerate(value):
            checked = item(element, f"{path}[{i}]")
            changed = changed or checked is not element
            out.append(checked)
        return out if changed else value

    return check


# What a file's first bytes say it is, for the media types the API takes as base64 data.
_MAGIC: Final = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
)


def _sniff(data: bytes) -> str | None:
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return next((kind for magic, kind in _MAGIC if data.startswith(magic)), None)


def _read_binary(value: object, path: str) -> bytes | None:
    """The bytes of a ``Path``, ``bytes`` or binary file object; ``None`` for a ``str``."""
    if isinstance(value, str):
        return None
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    if isinstance(value, os.PathLike):
        try:
            with open(value, "rb") as file:
                return file.read()
        except OSError as exc:
            raise ValueError(f"{path}: cannot read {os.fspath(value)!r} ({exc.strerror})") from None
    read = getattr(value, "read", None)
    if callable(read):
        data = read()
        if isinstance(data, bytes):
            return data
        raise TypeError(f"{path} must be opened in binary mode ('rb'), not text mode")
    raise TypeError(
        f"{path} must be a base64 str, bytes, a pathlib.Path or a binary file, "
        f"not {_type_name(value)}"
    )


def _encode_base64(
    value: Mapping[str, Any], fields: tuple[str, ...], path: str
) -> dict[str, Any] | None:
    """Base64-encode raw ``data`` given as bytes, a path or a file, checking ``media_type``."""
    replaced: dict[str, Any] | None = None
    for name in fields:
        if name not in value:
            continue
        raw = _read_binary(value[name], f"{path}.{name}")
        if raw is None:
            continue
        declared = value.get("media_type")
        found = _sniff(raw)
        if isinstance(declared, str) and found is not None and found != declared:
            raise ValueError(
                f"{path}.media_type is {declared!r} but {path}.{name} holds {found} data"
            )
        replaced = replaced or {}
        replaced[name] = base64.b64encode(raw).decode("ascii")
    return replaced


def _compile_object(schema: Mapping[str, Any], nullable: bool) -> Check:
    properties = {name: _compile(sub) for name, sub in schema.get("properties", {}).items()}
    required = tuple(schema.get("required", ()))
    values = _compile(schema["values"]) if "values" in schema else None
    # Fields the spec marks as base64 take raw bytes too (a Path, bytes, a binary file).
    encoded = tuple(
        name
        for name, sub in schema.get("properties", {}).items()
        if sub.get("contentEncoding") == "base64"
    )

    def check(value: Any, path: str) -> Any:
        if value is None and nullable:
            return value
        if not isinstance(value, Mapping):
            if _is_model(value):
                return value
            raise _wrong_type(path, ["object"], value)
        for name in required:
            if name not in value:
                raise ValueError(f"{path} is missing the required field {name!r}")
        if encoded:
            raw = _encode_base64(value, encoded, path)
            if raw is not None:
                value = {**value, **raw}
        replaced: dict[str, Any] | None = None
        for name, element in value.items():
            sub = properties.get(name, values)
            if sub is None:
                continue
            checked = sub(element, f"{path}.{name}")
            if checked is not element:
                replaced = replaced or {}
                replaced[name] = checked
        return {**value, **replaced} if replaced else value

    return check


def _target(member: Mapping[str, Any]) -> Mapping[str, Any]:
    target: Mapping[str, Any] = _SCHEMAS[member["ref"]] if "ref" in member else member
    return target


def _tag_of(member: Mapping[str, Any], tag: str) -> str | None:
    prop = _target(member).get("properties", {}).get(tag, {})
    const = prop.get("const")
    return const if isinstance(const, str) else None


def _untagged_tag(schema: Mapping[str, Any]) -> str | None:
    """The tag of the member a value without the tag belongs to: the one member whose tag
    property is optional (a custom tool's ``type``), if there is exactly one."""
    tag = schema["tag"]
    optional = [
        const
        for member in schema["union"]
        if (const := _tag_of(member, tag)) is not None
        and tag not in _target(member).get("required", ())
    ]
    return optional[0] if len(optional) == 1 else None


def _compile_tagged(schema: Mapping[str, Any]) -> Check:
    tag: str = schema["tag"]
    members = {
        const: _compile(member)
        for member in schema["union"]
        if (const := _tag_of(member, tag)) is not None
    }
    known = _quote(members)
    untagged = _untagged_tag(schema)
    default = members[untagged] if untagged is not None else None

    def check(value: Any, path: str) -> Any:
        if not isinstance(value, Mapping):
            if _is_model(value):
                return value
            raise _wrong_type(path, ["object"], value)
        if tag not in value:
            if default is not None:
                return default(value, path)
            raise ValueError(f"{path} is missing the required field {tag!r} (one of {known})")
        kind = value[tag]
        if not isinstance(kind, str):
            raise TypeError(f"{path}.{tag} must be a str, not {_type_name(kind)}")
        member = members.get(kind)
        # A kind this release does not know may be newer than it: the API decides.
        return value if member is None else member(value, path)

    return check


def _compile_union(schema: Mapping[str, Any]) -> Check:
    members = [(_kinds_of(member), _compile(member)) for member in schema["union"]]
    kinds = _kinds_of(schema)

    def check(value: Any, path: str) -> Any:
        first: Exception | None = None
        for member_kinds, member in members:
            if member_kinds and not any(_matches_kind(k, value) for k in member_kinds):
                continue
            try:
                return member(value, path)
            except (TypeError, ValueError) as exc:
                first = first or exc
        if first is not None:
            raise first
        raise _wrong_type(path, kinds, value)

    return check


def _compile(schema: Mapping[str, Any]) -> Check:
    if "ref" in schema:
        return _ref(schema["ref"])
    if "union" in schema:
        return _compile_tagged(schema) if "tag" in schema else _compile_union(schema)
    kinds = _kinds_of(schema)
    nullable = "null" in kinds
    if "array" in kinds:
        return _compile_array(schema, nullable)
    if "object" in kinds or "properties" in schema:
        return _compile_object(schema, nullable)
    if not kinds and not ({"const", "enum"} & schema.keys()):
        return _accept
    return _compile_scalar(schema, kinds)


def _accept(value: Any, path: str) -> Any:
    return value


def check_value(schema_name: str, value: object, path: str) -> Any:
    """Check ``value`` against the component ``schema_name``; return what to send.

    Example::

        check_value("MessageParam", {"role": "user", "content": "Hi"}, "messages[0]")
    """
    return _component(schema_name)(value, path)


# --- operations: keyword arguments to body and headers ------------------------------------


class Operation:
    """One operation with a JSON body, as the spec describes it: its arguments and checks.

    ``arguments`` are the body properties (bar the stream flag) and the header arguments;
    ``build(method, params, options)`` checks a call's keyword arguments and returns the
    body and the headers to send.
    """

    __slots__ = (
        "_checks",
        "_headers",
        "arguments",
        "body_schema",
        "header_arguments",
        "method",
        "path",
        "required",
        "stream_flag",
    )

    def __init__(self, op_id: str) -> None:
        from claude_messages_generated import request_schema

        spec = request_schema.OPERATIONS[op_id]
        self.method: str = spec["method"]
        self.path: str = spec["path"]
        self.body_schema: str = spec["body"]
        self.stream_flag: str | None = spec["stream_flag"]
        body = _SCHEMAS[self.body_schema]
        self._checks = {
            name: _compile(sub)
            for name, sub in body.get("properties", {}).items()
            if name != self.stream_flag
        }
        self._headers = {
            name: (header["header"], _compile(header["schema"]))
            for name, header in spec["headers"].items()
        }
        self.required = tuple(n for n in body.get("required", ()) if n != self.stream_flag)
        self.header_arguments = frozenset(self._headers)
        self.arguments = frozenset(self._checks) | frozenset(self._headers)

    def check_names(
        self, method: str, params: Mapping[str, object], options: frozenset[str]
    ) -> None:
        """``TypeError`` for a misspelt or missing keyword argument, naming it.

        Arguments passed as ``NOT_GIVEN`` or ``omit`` are removed from ``params`` first.
        """
        if isinstance(params, dict):
            drop_absent(params)
        unknown = [name for name in params if name not in self.arguments and name not in options]
        if unknown:
            names = ", ".join(repr(name) for name in sorted(unknown))
            plural = "s" if len(unknown) > 1 else ""
            raise TypeError(f"{method}() got an unexpected keyword argument{plural} {names}")
        for name in self.required:
            if name not in params:
                raise TypeError(f"{method}() missing required keyword argument {name!r}")

    def body(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """The checked JSON body of a call; ``None`` means "not given" and is left out."""
        body: dict[str, Any] = {}
        checks = self._checks
        for name, value in params.items():
            check = checks.get(name)
            if check is not None and value is not None and not is_absent(value):
                body[name] = check(value, name)
        for name in self.required:
            if name not in body:
                raise TypeError(f"{name} must not be None")
        return body

    def headers(self, params: Mapping[str, Any]) -> dict[str, str] | None:
        """The header arguments of a call, as header values (lists joined by commas)."""
        if not self._headers:
            return None
        out: dict[str, str] = {}
        for name, (header, check) in self._headers.items():
            value = params.get(name)
            if is_absent(value):
                continue
            value = check(value, name)
            out[header] = value if isinstance(value, str) else ",".join(str(item) for item in value)
        return out or None


@functools.cache
def operation(op_id: str) -> Operation:
    """The ``Operation`` of an operationId in the spec (built once)."""
    return Operation(op_id)


# --- version rules --------------------------------------------------------------------------

# A pattern step: a property name, "*" (every array item), or ("tag", property, value): only
# a union member whose tag property holds value; ("tag_or_absent", property, value) also
# takes a value without that property (the member whose tag is optional).
_Step = str | tuple[str, str, str]


class Refusal:
    """Where a version refuses something: a path pattern, the roles it applies in, the rule."""

    __slots__ = ("pattern", "roles", "rule", "whole")

    def __init__(
        self, pattern: tuple[_Step, ...], roles: frozenset[str], rule: str, whole: bool
    ) -> None:
        self.pattern = pattern
        self.roles = roles
        self.rule = rule
        self.whole = whole  # a refused schema (any value) rather than a non-empty property


def _refused_in(version: str, versions: Iterable[str]) -> bool:
    """Listed, or later than the latest listed version (ISO dates compare as strings): a
    refusal holds in the versions after it unless the spec says otherwise."""
    listed = tuple(versions)
    return bool(listed) and (version in listed or version > max(listed))


def _walk_refusals(
    schema: Mapping[str, Any], version: str, pattern: tuple[_Step, ...], seen: frozenset[str]
) -> Iterator[Refusal]:
    if "ref" in schema:
        name = schema["ref"]
        if name in seen:
            return
        yield from _walk_refusals(_SCHEMAS[name], version, pattern, seen | {name})
        return
    if _refused_in(version, schema.get("x-refused-in-versions", ())):
        yield Refusal(
            pattern,
            frozenset(schema.get("x-refused-in-roles", ())),
            schema.get("x-refused-rule", "refused in this version"),
            "properties" in schema,
        )
    tag = schema.get("tag")
    untagged = _untagged_tag(schema) if tag else None
    for member in schema.get("union", ()):
        const = _tag_of(member, tag) if tag else None
        kind = "tag_or_absent" if const is not None and const == untagged else "tag"
        step: tuple[_Step, ...] = ((kind, tag, const),) if tag and const else ()
        yield from _walk_refusals(member, version, pattern + step, seen)
    if "items" in schema:
        yield from _walk_refusals(schema["items"], version, (*pattern, "*"), seen)
    for name, sub in schema.get("properties", {}).items():
        yield from _walk_refusals(sub, version, (*pattern, name), seen)


@functools.cache
def refusals(body_schema: str, version: str) -> tuple[Refusal, ...]:
    """What ``version`` refuses in a body of ``body_schema``, as the spec marks it."""
    return tuple(_walk_refusals({"ref": body_schema}, version, (), frozenset()))


def _as_json(value: object) -> object:
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def _find(
    value: object, pattern: tuple[_Step, ...], path: tuple[str | int, ...], role: str | None
) -> Iterator[tuple[tuple[str | int, ...], object, str | None]]:
    value = _as_json(value)
    if isinstance(value, Mapping) and isinstance(value.get("role"), str):
        role = value["role"]
    if not pattern:
        yield path, value, role
        return
    step, rest = pattern[0], pattern[1:]
    if step == "*":
        if isinstance(value, list | tuple):
            for i, item in enumerate(value):
                yield from _find(item, rest, (*path, i), role)
    elif isinstance(step, tuple):
        kind, prop, const = step
        if isinstance(value, Mapping) and (
            value.get(prop) == const or (kind == "tag_or_absent" and prop not in value)
        ):
            yield from _find(value, rest, path, role)
    elif isinstance(value, Mapping) and step in value:
        yield from _find(value[step], rest, (*path, step), role)


def version_rule_violation(
    body_schema: str, version: str, body: Mapping[str, Any]
) -> tuple[tuple[str | int, ...], str] | None:
    """The first place of ``body`` that ``version`` refuses: ``(path, rule)``, or ``None``.

    Example::

        version_rule_violation("CreateMessageParams", "2026-10-21", {"temperature": 1})
        # (("temperature",), "no sampling parameters")
    """
    for refusal in refusals(body_schema, version):
        for path, value, role in _find(body, refusal.pattern, (), None):
            if refusal.roles and role not in refusal.roles:
                continue
            if refusal.whole or (value is not None and value != [] and value != ()):
                return path, refusal.rule
    return None


def format_path(path: Iterable[str | int]) -> str:
    """``("messages", 1, "content", 0)`` as ``messages[1].content[0]``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out
