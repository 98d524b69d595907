"""The request side of the client, rendered from openapi.yaml (the second step of generate).

openapi-python-client writes the models and the low-level client; this step writes what the
overlay needs to know about requests, so that a change to the spec reaches every call:

- ``request_schema.py``: the schemas reachable from request bodies, reduced to what a
  check before sending uses (types, required fields, consts, enums, bounds, unions, the
  ``x-refused-*`` version rules), and one entry per operation with a JSON body: its path,
  its body schema, the body property that asks for a stream, its header parameters.
- ``params.py``: ``TypedDict``s for every request shape (``MessageParam``,
  ``TextBlockParam``, ``Tool``, ...), type aliases for the unions and enums, and one
  ``...Arguments`` TypedDict per operation: the keyword arguments of its method, for
  ``Unpack[...]`` in the overlay's signatures.

- ``unions.py``: for every union of the spec whose members are tagged by a ``type`` const,
  the tag of each member and its model class name, and the catch-all member (a last
  member without a const tag), so that the overlay's fast dispatch on ``type`` (events,
  deltas, blocks) follows the spec.

All are plain Python; the drift check compares them like every other generated file.
"""

from __future__ import annotations

import keyword
import pprint
import re
from collections.abc import Iterator
from typing import Any

# Keywords a check before sending uses; descriptions, examples and defaults are dropped.
_KEPT = (
    "type",
    "properties",
    "required",
    "items",
    "enum",
    "const",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "contentEncoding",
    "x-refused-in-versions",
    "x-refused-in-roles",
    "x-refused-rule",
    "x-also-accepts",
)
_REF_PREFIX = "#/components/schemas/"
_PARAM_PREFIX = "#/components/parameters/"


def _ref_name(ref: str) -> str:
    if not ref.startswith(_REF_PREFIX):
        raise SystemExit(f"generate: unsupported $ref {ref!r} in a request schema")
    return ref[len(_REF_PREFIX) :]


def _reduce(schema: dict[str, Any]) -> dict[str, Any]:
    """A schema with only the keywords a check uses; ``$ref`` becomes ``{"ref": Name}``."""
    if "$ref" in schema:
        return {"ref": _ref_name(schema["$ref"])}
    out: dict[str, Any] = {}
    for key in _KEPT:
        if key not in schema:
            continue
        value = schema[key]
        if key == "properties":
            value = {name: _reduce(sub) for name, sub in value.items()}
        elif key == "items":
            value = _reduce(value)
        out[key] = value
    for key in ("oneOf", "anyOf"):
        if key in schema:
            out["union"] = [_reduce(sub) for sub in schema[key]]
    if "discriminator" in schema:
        out["tag"] = schema["discriminator"]["propertyName"]
    if "additionalProperties" in schema and isinstance(schema["additionalProperties"], dict):
        out["values"] = _reduce(schema["additionalProperties"])
    return out


def _refs(schema: dict[str, Any]) -> Iterator[str]:
    if "ref" in schema:
        yield schema["ref"]
    for sub in schema.get("properties", {}).values():
        yield from _refs(sub)
    if "items" in schema:
        yield from _refs(schema["items"])
    if "values" in schema:
        yield from _refs(schema["values"])
    for sub in schema.get("union", ()):
        yield from _refs(sub)


def _operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every operation with a JSON request body, by operationId."""
    parameters = spec.get("components", {}).get("parameters", {})
    out: dict[str, dict[str, Any]] = {}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            body = operation.get("requestBody", {}).get("content", {}).get("application/json")
            if body is None:
                continue
            headers: dict[str, dict[str, Any]] = {}
            for param in operation.get("parameters", ()):
                if "$ref" in param:
                    param = parameters[param["$ref"][len(_PARAM_PREFIX) :]]
                # A header becomes a keyword argument only where the spec names it so.
                python_name = param.get("x-python-name")
                if param.get("in") == "header" and python_name:
                    # The argument may take another shape than the header (a list of
                    # names for a comma-separated header): x-python-schema.
                    headers[python_name] = {
                        "header": param["name"],
                        "schema": _reduce(param.get("x-python-schema", param["schema"])),
                    }
            out[operation["operationId"]] = {
                "method": method.upper(),
                "path": path,
                "body": _ref_name(body["schema"]["$ref"]),
                "stream_flag": operation.get("x-stream-flag"),
                "headers": headers,
            }
    return out


def _reachable(spec: dict[str, Any], operations: dict[str, dict[str, Any]]) -> dict[str, Any]:
    components = spec["components"]["schemas"]
    schemas: dict[str, Any] = {}
    todo = [op["body"] for op in operations.values()]
    for op in operations.values():
        for header in op["headers"].values():
            todo.extend(_refs(header["schema"]))
    while todo:
        name = todo.pop()
        if name in schemas:
            continue
        schemas[name] = _reduce(components[name])
        todo.extend(_refs(schemas[name]))
    return dict(sorted(schemas.items()))


def render_schema_module(spec: dict[str, Any]) -> str:
    operations = _operations(spec)
    schemas = _reachable(spec, operations)
    lines = [
        '"""The request schemas of the API, reduced to what a check before sending uses.',
        "",
        "Written by scripts/generate from openapi.yaml; do not edit. ``SCHEMAS`` maps a",
        "component name to its schema (``ref`` names another component, ``union`` lists the",
        "members of a oneOf/anyOf, ``tag`` is the discriminating property); ``OPERATIONS``",
        "maps an operationId to its path, body schema, stream flag and header parameters.",
        '"""',
        "",
        "from typing import Any",
        "",
        f"SCHEMAS: dict[str, Any] = {pprint.pformat(schemas, width=96, sort_dicts=False)}",
        "",
        f"OPERATIONS: dict[str, Any] = {pprint.pformat(operations, width=96, sort_dicts=False)}",
        "",
    ]
    return "\n".join(lines)


# --- TypedDicts -------------------------------------------------------------------------


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[_\W]+", name) if part)


class _TypedDicts:
    """Renders TypedDicts and aliases for the reduced schemas, in dependency-free order."""

    def __init__(
        self, schemas: dict[str, Any], models: set[str], components: dict[str, Any]
    ) -> None:
        self.schemas = schemas
        self.components = components  # every schema of the spec, for x-also-accepts
        self.models = models  # component names the generated models package has as classes
        self.blocks: list[str] = []
        self.done: set[str] = set()

    def annotation(self, schema: dict[str, Any], owner: str) -> str:
        if "ref" in schema:
            name = schema["ref"]
            self.component(name)
            target = self.schemas[name]
            if name in self.models and target.get("type") == "object" and "union" not in target:
                return f"{name} | _models.{name}"
            return name
        if "const" in schema:
            return f"Literal[{schema['const']!r}]"
        if "enum" in schema:
            return "Literal[" + ", ".join(repr(v) for v in schema["enum"] if v is not None) + "]"
        if "union" in schema:
            members = [self.annotation(sub, owner) for sub in schema["union"]]
            # A response union whose model instances may be sent back as they are.
            also = self.components.get(schema.get("x-also-accepts", ""), {})
            for sub in also.get("oneOf") or also.get("anyOf") or ():
                member = _ref_name(sub["$ref"])
                if member in self.models:
                    members.append(f"_models.{member}")
            return " | ".join(dict.fromkeys(members))
        kind = schema.get("type")
        kinds = kind if isinstance(kind, list) else [kind]
        parts: list[str] = []
        for one in kinds:
            parts.append(self._simple(one, schema, owner))
        return " | ".join(parts) if parts else "Any"

    def _simple(self, kind: str | None, schema: dict[str, Any], owner: str) -> str:
        if kind == "string":
            if schema.get("contentEncoding") == "base64":
                return "str | bytes | PathLike[str] | IO[bytes]"  # raw bytes are encoded
            return "str"
        if kind == "integer":
            return "int"
        if kind == "number":
            return "float"
        if kind == "boolean":
            return "bool"
        if kind == "null":
            return "None"
        if kind == "array":
            item = self.annotation(schema.get("items", {}), owner)
            return f"Sequence[{item}]" if item == "str" else f"Iterable[{item}]"
        if kind == "object":
            if schema.get("properties"):
                self.typed_dict(owner, schema)
                return owner
            return "Mapping[str, Any]"
        return "Any"

    def component(self, name: str) -> None:
        if name in self.done:
            return
        self.done.add(name)
        schema = self.schemas[name]
        if schema.get("type") == "object" and "union" not in schema:
            self.typed_dict(name, schema)
        else:
            self.blocks.append(f'{name}: TypeAlias = "{self.annotation(schema, name)}"')

    def typed_dict(self, name: str, schema: dict[str, Any], *, extra_bases: str = "") -> None:
        required = set(schema.get("required", ()))
        fields: list[str] = []
        for prop, sub in schema.get("properties", {}).items():
            if keyword.iskeyword(prop) or not prop.isidentifier():
                raise SystemExit(f"generate: {name}.{prop} cannot be a TypedDict field")
            annotation = self.annotation(sub, name + _pascal(prop))
            fields.append(
                f"    {prop}: Required[{annotation}]"
                if prop in required
                else f"    {prop}: {annotation}"
            )
        bases = "TypedDict" + extra_bases
        body = "\n".join(fields) if fields else "    pass"
        self.blocks.append(f"class {name}({bases}, total=False):\n{body}")


def render_params_module(spec: dict[str, Any], models: set[str]) -> str:
    operations = _operations(spec)
    schemas = _reachable(spec, operations)
    render = _TypedDicts(schemas, models, spec["components"]["schemas"])
    for name in schemas:
        render.component(name)
    for op_id, op in operations.items():
        body = schemas[op["body"]]
        flag = op["stream_flag"]
        required = set(body.get("required", ()))
        fields: list[str] = []
        for prop, sub in body.get("properties", {}).items():
            if prop == flag:
                continue  # the overlay takes it as its own argument: it picks the return type
            annotation = render.annotation(sub, op["body"] + _pascal(prop))
            fields.append(
                f"    {prop}: Required[{annotation}]"
                if prop in required
                else f"    {prop}: {annotation} | None"
            )
        for python_name, header in op["headers"].items():
            annotation = render.annotation(header["schema"], _pascal(python_name))
            fields.append(f"    {python_name}: {annotation} | None")
        render.blocks.append(
            f"class {_pascal(op_id)}Arguments(TypedDict, total=False):\n" + "\n".join(fields)
        )
    lines = [
        '"""TypedDicts for the request shapes of the API, and the arguments of each operation.',
        "",
        "Written by scripts/generate from openapi.yaml; do not edit. A field typed",
        "``X | _models.X`` takes a plain dict or an instance of the generated model ``X``.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Iterable, Mapping, Sequence",
        "from os import PathLike",
        "from typing import IO, TYPE_CHECKING, Any, Literal, Required, TypeAlias, TypedDict",
        "",
        "if TYPE_CHECKING:",
        "    from . import models as _models",
        "",
        "",
    ]
    exported = sorted(
        b[len("class ") :].split("(")[0] if b.startswith("class ") else b.split(":")[0]
        for b in render.blocks
    )
    lines.append("__all__ = [" + ", ".join(repr(n) for n in exported) + "]")
    lines.append("")
    lines.append("")
    lines.append("\n\n\n".join(render.blocks))
    lines.append("")
    return "\n".join(lines)


# --- tagged unions ---------------------------------------------------------------------------


def catch_all_members(spec: dict[str, Any], classes: set[str]) -> dict[str, str]:
    """Union name -> its catch-all member (a last member without a ``type`` const)."""
    return _tagged_unions(spec, classes)[1]


def _tagged_unions(
    spec: dict[str, Any], classes: set[str]
) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    components = spec["components"]["schemas"]
    members: dict[str, dict[str, str]] = {}
    catch_all: dict[str, str] = {}
    for name, schema in components.items():
        union = schema.get("oneOf") or schema.get("anyOf")
        if not union or not all("$ref" in m for m in union):
            continue
        tags: dict[str, str] = {}
        for i, member in enumerate(union):
            target = _ref_name(member["$ref"])
            prop = components[target].get("properties", {}).get("type", {})
            if "const" in prop:
                tags[prop["const"]] = target
            elif i == len(union) - 1 and target in classes:
                catch_all[name] = target
        if tags and all(target in classes for target in tags.values()):
            members[name] = tags
    return members, catch_all


def render_unions_module(spec: dict[str, Any], classes: set[str]) -> str:
    members, catch_all = _tagged_unions(spec, classes)
    lines = [
        '"""The tagged unions of the API: the ``type`` of each member, its model class name.',
        "",
        "Written by scripts/generate from openapi.yaml; do not edit. ``MEMBERS`` maps a",
        "union's component name to ``{type: class name}``; ``CATCH_ALL`` names the member",
        "that takes a ``type`` the spec does not list.",
        '"""',
        "",
        "MEMBERS: dict[str, dict[str, str]] = "
        + pprint.pformat(members, width=96, sort_dicts=False),
        "",
        f"CATCH_ALL: dict[str, str] = {pprint.pformat(catch_all, width=96, sort_dicts=False)}",
        "",
    ]
    return "\n".join(lines)


# --- the official SDK's type names ------------------------------------------------------------


def _all_refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for value in node.values():
            yield from _all_refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _all_refs(value)


def _response_schemas(spec: dict[str, Any]) -> set[str]:
    """Every component schema an answer of the API can contain."""
    components = spec["components"]
    todo = []
    for item in spec["paths"].values():
        for operation in item.values():
            todo.extend(_all_refs(operation.get("responses", {})))
    seen: set[str] = set()
    while todo:
        ref = todo.pop()
        if ref in seen:
            continue
        seen.add(ref)
        kind, _, name = ref[len("#/components/") :].partition("/")
        todo.extend(_all_refs(components[kind][name]))
    return {ref[len(_REF_PREFIX) :] for ref in seen if ref.startswith(_REF_PREFIX)}


def _sdk_names(schema: dict[str, Any]) -> list[str]:
    """A schema's ``x-sdk-name``: one name, or a list (the SDK keeps older names as aliases)."""
    declared = schema.get("x-sdk-name")
    if declared is None:
        return []
    return [declared] if isinstance(declared, str) else list(declared)


def _is_param_name(name: str) -> bool:
    return name.endswith(("Param", "Params"))


def _request_names(name: str, schema: dict[str, Any], also_answer: bool) -> list[str]:
    """The SDK names of a request schema's TypedDict.

    A schema only sent is exported under its ``x-sdk-name`` (else ``<Name>Param``); one that
    answers contain too is ``<Name>Param``, plus the ``...Param`` names it declares.
    """
    default = name if _is_param_name(name) else name + "Param"
    declared = _sdk_names(schema)
    if also_answer:
        return [default, *(n for n in declared if _is_param_name(n) and n != default)]
    return declared or [default]


def _response_names(name: str, schema: dict[str, Any], also_request: bool) -> list[str]:
    """The SDK names of an answer's model class: its ``x-sdk-name`` (else its own name); a
    schema also sent keeps its own name and adds the declared names not ending in Param."""
    declared = [n for n in _sdk_names(schema) if not _is_param_name(n)]
    if also_request:
        return [name, *(n for n in declared if n != name)]
    return declared or [name]


def _member_ref(member: dict[str, Any]) -> str:
    """A union member's model: ``{$ref}``, or an array of ``{$ref}`` items; else ``""``."""
    if "$ref" in member:
        return str(member["$ref"])
    items = member.get("items")
    if member.get("type") == "array" and isinstance(items, dict) and "$ref" in items:
        return str(items["$ref"])
    return ""


def _sdk_exports(spec: dict[str, Any], models: set[str]) -> tuple[list[str], list[str], list[str]]:
    """The imports, type aliases and exported names of the SDK names module."""
    components = spec["components"]["schemas"]
    request = set(_reachable(spec, _operations(spec)))
    response = _response_schemas(spec)
    imports: list[str] = []
    aliases: list[str] = []
    exported: list[str] = []
    for name in sorted(request):
        for sdk in _request_names(name, components[name], name in response):
            if sdk != name and sdk in request:
                continue  # the name belongs to the request schema of that name
            imports.append(f"from .params import {name} as {sdk}")
            exported.append(sdk)
    for name in sorted(response):
        schema = components[name]
        union = schema.get("oneOf") or schema.get("anyOf")
        names = _response_names(name, schema, name in request)
        if name in models:
            imports.extend(f"from .models import {name} as {sdk}" for sdk in names)
            exported.extend(names)
        elif union and all(_member_ref(m) for m in union):
            members = [_ref_name(_member_ref(m)) for m in union]
            if all(m in models for m in members):
                for member in members:
                    imports.append(f"from .models import {member} as _{member}")
                alias = " | ".join(
                    f"list[_{m}]" if "$ref" not in member else f"_{m}"
                    for m, member in zip(members, union, strict=True)
                )
                aliases.extend(f"{sdk}: TypeAlias = {alias}" for sdk in names)
                exported.extend(names)
    return imports, aliases, sorted(set(exported))


def render_sdk_types_module(spec: dict[str, Any], models: set[str]) -> str:
    """The SDK's names: request shapes as TypedDicts, answers as model classes and unions."""
    imports, aliases, exported = _sdk_exports(spec, models)
    lines = [
        '"""The names the official Python SDK\'s ``types`` module gives the API\'s shapes.',
        "",
        "Written by scripts/generate from openapi.yaml; do not edit. Request shapes are the",
        "TypedDicts of ``params`` (``MessageParam``, ``TextBlockParam``, ``ToolParam``, ...);",
        "answers are the model classes (``Message``, ``TextBlock``, ...) and their unions",
        "(``ContentBlock``, ``RawMessageStreamEvent``, ...). Names come from the schemas, or",
        "their ``x-sdk-name``.",
        '"""',
        "",
        "from typing import TypeAlias",
        "",
        *sorted(set(imports)),
        "",
        *aliases,
        "",
        "__all__ = [" + ", ".join(repr(n) for n in exported) + "]",
        "",
    ]
    return "\n".join(lines)


def render_sdk_beta_types_module(spec: dict[str, Any], models: set[str]) -> str:
    """The SDK's ``types.beta`` names of the same shapes: ``Beta<Name>`` for each name."""
    _, _, exported = _sdk_exports(spec, models)
    lines = [
        '"""The names the official Python SDK\'s ``types.beta`` module gives the API\'s shapes.',
        "",
        "Written by scripts/generate from openapi.yaml; do not edit. Each is ``Beta`` and a",
        "name of ``sdk_types`` (``BetaMessage``, ``BetaTextBlockParam``, ...), bound to the",
        "same class or TypedDict: the beta namespace sends and answers the same shapes.",
        '"""',
        "",
        *(f"from .sdk_types import {name} as Beta{name}" for name in exported),
        "",
        "__all__ = [" + ", ".join(repr("Beta" + n) for n in exported) + "]",
        "",
    ]
    return "\n".join(lines)
