"""A value that satisfies a JSON Schema, for the emulator's forced ``tool_use`` inputs.

Covers what tool input schemas use in practice: objects (required and optional
properties), arrays with ``minItems``, strings (``enum``, ``const``, ``format``, length
bounds), numbers and integers with bounds, booleans, null, ``anyOf``/``oneOf``/``allOf``
and local ``$ref`` (``#/$defs/...``, ``#/definitions/...``). Deterministic: the same
schema always gives the same value.
"""

from __future__ import annotations

import math
from typing import Any

__all__ = ["example_value"]

_FORMATS = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "00:00:00Z",
    "email": "user@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "ipv4": "127.0.0.1",
    "ipv6": "::1",
    "hostname": "example.com",
}

_MAX_DEPTH = 32


def _resolve(root: dict[str, Any], ref: str) -> dict[str, Any]:
    if not ref.startswith("#"):
        return {}  # remote references are out of scope; any value will do
    node: Any = root
    for part in ref.lstrip("#").split("/"):
        if part:
            node = node.get(part.replace("~1", "/").replace("~0", "~"), {})
    return node if isinstance(node, dict) else {}


def _string(schema: dict[str, Any], name: str) -> str:
    fmt = schema.get("format")
    value = _FORMATS.get(fmt, name or "text") if isinstance(fmt, str) else (name or "text")
    low = int(schema.get("minLength", 0))
    high = schema.get("maxLength")
    if len(value) < low:
        value = value + "x" * (low - len(value))
    if isinstance(high, int) and len(value) > high:
        value = value[:high]
    return value


def _number(schema: dict[str, Any], integer: bool) -> int | float:
    low = schema.get("minimum")
    xlow = schema.get("exclusiveMinimum")
    high = schema.get("maximum")
    xhigh = schema.get("exclusiveMaximum")
    value: float = 1
    if isinstance(low, int | float):
        value = max(value, low)
    if isinstance(xlow, int | float) and value <= xlow:
        value = math.floor(xlow) + 1 if integer else xlow + 1
    if isinstance(high, int | float) and value > high:
        value = high
    if isinstance(xhigh, int | float) and value >= xhigh:
        floor = low if isinstance(low, int | float) else xlow
        if integer:
            value = math.ceil(xhigh) - 1
        else:
            value = (xhigh + floor) / 2 if isinstance(floor, int | float) else xhigh - 1
    multiple = schema.get("multipleOf")
    if isinstance(multiple, int | float) and multiple > 0:
        value = math.ceil(value / multiple) * multiple
    return int(value) if integer else float(value)


def _value(schema: Any, root: dict[str, Any], name: str, depth: int) -> Any:
    if not isinstance(schema, dict) or depth > _MAX_DEPTH:
        return None if schema is False else {}
    if "$ref" in schema:
        siblings = {k: v for k, v in schema.items() if k != "$ref"}
        merged = {**_resolve(root, schema["$ref"]), **siblings}
        return _value(merged, root, name, depth + 1)
    if "const" in schema:
        return schema["const"]
    enum = schema.get("enum")
    if isinstance(enum, list) and enum:
        return enum[0]
    if "default" in schema:
        return schema["default"]
    examples = schema.get("examples")
    if isinstance(examples, list) and examples:
        return examples[0]
    for key in ("anyOf", "oneOf"):
        options = schema.get(key)
        if isinstance(options, list) and options:
            return _value(options[0], root, name, depth + 1)
    all_of = schema.get("allOf")
    if isinstance(all_of, list) and all_of:
        merged = {k: v for k, v in schema.items() if k != "allOf"}
        for part in all_of:
            if isinstance(part, dict):
                part = _resolve(root, part["$ref"]) if "$ref" in part else part
                for key, value in part.items():
                    if key in ("properties",) and isinstance(value, dict):
                        merged["properties"] = {**merged.get("properties", {}), **value}
                    elif key == "required" and isinstance(value, list):
                        merged["required"] = [*merged.get("required", []), *value]
                    else:
                        merged.setdefault(key, value)
        return _value(merged, root, name, depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), kind[0] if kind else None)
    if kind is None:
        kind = "object" if "properties" in schema else ("array" if "items" in schema else None)
    if kind == "object":
        props = schema.get("properties")
        props = props if isinstance(props, dict) else {}
        required = schema.get("required")
        required = required if isinstance(required, list) else []
        # Every declared property: a fuller input shows more of the schema to the caller.
        result = {key: _value(sub, root, key, depth + 1) for key, sub in props.items()}
        for key in required:
            if key not in result:
                result[key] = "text"
        return result
    if kind == "array":
        items = schema.get("items", {})
        count = int(schema.get("minItems", 1))
        max_items = schema.get("maxItems")
        if isinstance(max_items, int):
            count = min(count, max_items)
        prefix = schema.get("prefixItems")
        if isinstance(prefix, list) and prefix:
            values = [_value(sub, root, name, depth + 1) for sub in prefix]
            return values + [_value(items, root, name, depth + 1)] * max(0, count - len(values))
        return [_value(items, root, name, depth + 1) for _ in range(count)]
    if kind == "string":
        return _string(schema, name)
    if kind == "integer":
        return _number(schema, integer=True)
    if kind == "number":
        return _number(schema, integer=False)
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return "text"


def example_value(schema: dict[str, Any]) -> Any:
    """A deterministic value valid against ``schema`` (a tool's ``input_schema``).

    Example::

        example_value({"type": "object", "properties": {"city": {"type": "string"}},
                       "required": ["city"]})   # {"city": "city"}
    """
    return _value(schema, schema, "", 0)
