"""Compare two OpenAPI documents and say what changed for a user of the client.

Each change is breaking or additive:

- breaking: a removed endpoint, model, field, parameter, enum value or union member; a new
  required request field or parameter; a field that changed type; a request field that
  became required; a response field that may now be absent.
- additive: a new endpoint, model, optional field, response field, enum value or union
  member; a request field that became optional.

Descriptions, examples and ``x-`` extensions are not API and are ignored. Whether a model
is a request or a response model decides some rules (a new required field breaks callers
only in requests), so the models reachable from request bodies and parameters are told
apart from those reachable from responses.

Example::

    changes = diff_specs(old_doc, new_doc)
    [c.text for c in changes if c.breaking]   # ['Removed field `Usage.output_tokens`.']
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["Change", "diff_specs"]

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_SCHEMA_REF = "#/components/schemas/"
_REQUEST, _RESPONSE = "request", "response"

Node = Mapping[str, Any]


@dataclass(frozen=True)
class Change:
    """One user-visible difference between two versions of the spec.

    Example::

        Change(breaking=False, text="New optional field `Usage.reasoning_tokens`.")
    """

    breaking: bool
    text: str


def diff_specs(old: Node, new: Node) -> list[Change]:
    """Return the changes from ``old`` to ``new``: breaking ones first, each group in order.

    Example::

        for change in diff_specs(yaml.safe_load(a), yaml.safe_load(b)):
            print("BREAKING" if change.breaking else "new", change.text)
    """
    differ = _Differ(old, new)
    changes = list(differ.operations()) + list(differ.schemas())
    unique = list(dict.fromkeys(changes))  # a model reached twice reports once
    return [c for c in unique if c.breaking] + [c for c in unique if not c.breaking]


def _breaking(text: str) -> Change:
    return Change(True, text)


def _additive(text: str) -> Change:
    return Change(False, text)


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _type_label(schema: Any) -> str:
    """A short, stable name for a schema's type (``integer``, ``array of Tool``, ...)."""
    if not isinstance(schema, Mapping):
        return "any"
    if "$ref" in schema:
        return _ref_name(str(schema["$ref"]))
    if "const" in schema:
        return json.dumps(schema["const"])
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return " | ".join(_type_label(m) for m in schema[key])
    if "allOf" in schema:
        return " & ".join(_type_label(m) for m in schema["allOf"])
    kind = schema.get("type")
    if isinstance(kind, list):
        return " | ".join(_type_label({**schema, "type": k}) for k in kind)
    if kind == "array":
        return f"array of {_type_label(schema.get('items'))}"
    if kind == "object" or (kind is None and "properties" in schema):
        extra = schema.get("additionalProperties")
        if isinstance(extra, Mapping) and extra and "properties" not in schema:
            return f"map of {_type_label(extra)}"
        return "object"
    if kind is None:
        return "enum" if "enum" in schema else "any"
    fmt = schema.get("format")
    return f"{kind} ({fmt})" if fmt else str(kind)


def _members(schema: Any) -> list[tuple[str, Any]]:
    """The alternatives of a union schema, or the schema itself as the only one."""
    if isinstance(schema, Mapping):
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return [(_type_label(m), m) for m in schema[key]]
        kind = schema.get("type")
        if isinstance(kind, list) and len(kind) > 1:
            parts = [{**schema, "type": k} for k in kind]
            return [(_type_label(p), p) for p in parts]
    return [(_type_label(schema), schema)]


def _collect_refs(node: Any, out: set[str]) -> None:
    if isinstance(node, Mapping):
        ref = node.get("$ref")
        if isinstance(ref, str):
            out.add(ref)
        for value in node.values():
            _collect_refs(value, out)
    elif isinstance(node, list):
        for value in node:
            _collect_refs(value, out)


class _Differ:
    def __init__(self, old: Node, new: Node) -> None:
        self.old, self.new = old, new
        # A model's side comes from the new document, or the old one if it was removed.
        self.sides = {**self._side_map(old), **self._side_map(new)}

    # ------------------------------------------------------------------ document access
    @staticmethod
    def _schemas(doc: Node) -> Mapping[str, Any]:
        return doc.get("components", {}).get("schemas", {}) or {}

    @staticmethod
    def _resolve(doc: Node, node: Any) -> Any:
        """Follow a local ``$ref`` to a parameter, response or request body component."""
        for _ in range(8):
            if not (isinstance(node, Mapping) and isinstance(node.get("$ref"), str)):
                return node
            ref = node["$ref"]
            if ref.startswith(_SCHEMA_REF) or not ref.startswith("#/"):
                return node
            target: Any = doc
            for part in ref[2:].split("/"):
                target = target.get(part, {}) if isinstance(target, Mapping) else {}
            node = target
        return node

    def _operations(self, doc: Node) -> dict[tuple[str, str], Node]:
        ops: dict[tuple[str, str], Node] = {}
        for path, item in (doc.get("paths") or {}).items():
            for method in _METHODS:
                if isinstance(item, Mapping) and isinstance(item.get(method), Mapping):
                    ops[(method.upper(), path)] = item[method]
        return ops

    def _side_map(self, doc: Node) -> dict[str, frozenset[str]]:
        """For each model: used in requests, responses or both (unused ones: responses)."""
        reach = {side: self._reachable(doc, roots) for side, roots in self._roots(doc).items()}
        return {
            name: frozenset(side for side, names in reach.items() if name in names)
            or frozenset({_RESPONSE})
            for name in self._schemas(doc)
        }

    def _roots(self, doc: Node) -> dict[str, list[Any]]:
        roots: dict[str, list[Any]] = {_REQUEST: [], _RESPONSE: []}
        for op in self._operations(doc).values():
            roots[_REQUEST].extend(self._resolve(doc, p) for p in op.get("parameters", []))
            roots[_REQUEST].append(self._resolve(doc, op.get("requestBody")))
            for response in (op.get("responses") or {}).values():
                roots[_RESPONSE].append(self._resolve(doc, response))
        return roots

    def _reachable(self, doc: Node, roots: list[Any]) -> set[str]:
        names: set[str] = set()
        pending: set[str] = set()
        _collect_refs(roots, pending)
        schemas = self._schemas(doc)
        while pending:
            ref = pending.pop()
            name = _ref_name(ref)
            if ref.startswith(_SCHEMA_REF) and name not in names:
                names.add(name)
                _collect_refs(schemas.get(name), pending)
        return names

    # ------------------------------------------------------------------ endpoints
    def operations(self) -> Iterator[Change]:
        old_ops, new_ops = self._operations(self.old), self._operations(self.new)
        for key, op in old_ops.items():
            if key not in new_ops:
                yield _breaking(f"Removed endpoint {self._op_label(key, op)}.")
        for key, op in new_ops.items():
            if key not in old_ops:
                yield _additive(f"New endpoint {self._op_label(key, op)}.")
            else:
                yield from self._operation(self._op_label(key, op), old_ops[key], op)

    @staticmethod
    def _op_label(key: tuple[str, str], op: Node) -> str:
        method, path = key
        op_id = op.get("operationId")
        return f"`{method} {path}`" + (f" ({op_id})" if op_id else "")

    def _params(self, doc: Node, op: Node) -> dict[tuple[str, str], Node]:
        params: dict[tuple[str, str], Node] = {}
        for raw in op.get("parameters", []):
            p = self._resolve(doc, raw)
            if isinstance(p, Mapping) and "name" in p:
                params[(str(p.get("in", "query")), str(p["name"]))] = p
        return params

    def _operation(self, label: str, old: Node, new: Node) -> Iterator[Change]:
        old_params, new_params = self._params(self.old, old), self._params(self.new, new)
        for where, name in old_params:
            if (where, name) not in new_params:
                yield _breaking(f"{label} no longer takes the {where} parameter `{name}`.")
        for (where, name), p in new_params.items():
            before = old_params.get((where, name))
            what = f"{where} parameter `{name}` of {label}"
            if before is None:
                if p.get("required"):
                    yield _breaking(f"New required {what}: existing calls must now send it.")
                else:
                    yield _additive(f"New optional {what}.")
                continue
            if p.get("required") and not before.get("required"):
                yield _breaking(f"The {what} is now required.")
            elif before.get("required") and not p.get("required"):
                yield _additive(f"The {what} is now optional.")
            yield from self._compare(
                before.get("schema"), p.get("schema"), f"{where} parameter `{name}`", {_REQUEST}
            )
        yield from self._body(
            label,
            self._resolve(self.old, old.get("requestBody")),
            self._resolve(self.new, new.get("requestBody")),
        )
        yield from self._responses(label, old, new)

    def _body(self, label: str, old: Any, new: Any) -> Iterator[Change]:
        if not isinstance(new, Mapping):
            if isinstance(old, Mapping):
                yield _breaking(f"{label} no longer takes a request body.")
            return
        if not isinstance(old, Mapping):
            change = _breaking if new.get("required") else _additive
            yield change(f"{label} now takes a request body.")
            return
        if new.get("required") and not old.get("required"):
            yield _breaking(f"{label} now requires a request body.")
        yield from self._content(f"the request body of {label}", old, new, {_REQUEST})

    def _responses(self, label: str, old: Node, new: Node) -> Iterator[Change]:
        old_rs, new_rs = old.get("responses") or {}, new.get("responses") or {}
        for status in new_rs:
            # Error responses map to exceptions by status; only success bodies are API.
            if not str(status).startswith("2") or status not in old_rs:
                continue
            before = self._resolve(self.old, old_rs[status])
            after = self._resolve(self.new, new_rs[status])
            yield from self._content(
                f"the {status} response of {label}", before, after, {_RESPONSE}
            )
        for status in old_rs:
            if str(status).startswith("2") and status not in new_rs:
                yield _breaking(f"{label} no longer answers with status {status}.")

    def _content(self, what: str, old: Node, new: Node, sides: set[str]) -> Iterator[Change]:
        old_c, new_c = old.get("content") or {}, new.get("content") or {}
        for media in old_c:
            if media not in new_c:
                yield _breaking(f"{what[0].upper()}{what[1:]} is no longer `{media}`.")
        for media, body in new_c.items():
            if media not in old_c:
                yield _additive(f"{what[0].upper()}{what[1:]} may now be `{media}`.")
                continue
            yield from self._compare(
                old_c[media].get("schema"), body.get("schema"), f"{what} (`{media}`)", sides
            )

    # ------------------------------------------------------------------ models
    def schemas(self) -> Iterator[Change]:
        old_s, new_s = self._schemas(self.old), self._schemas(self.new)
        for name in old_s:
            if name not in new_s:
                yield _breaking(f"Removed model `{name}`.")
        for name, schema in new_s.items():
            if name not in old_s:
                yield _additive(f"New model `{name}`.")
            else:
                yield from self._compare(old_s[name], schema, f"`{name}`", self.sides[name])

    def _compare(
        self, old: Any, new: Any, where: str, sides: set[str] | frozenset[str]
    ) -> Iterator[Change]:
        """Compare two schemas found at the same place (``where`` names it for users)."""
        old_m, new_m = _members(old), _members(new)
        if len(old_m) == 1 and len(new_m) == 1:
            (old_label, _), (new_label, _) = old_m[0], new_m[0]
            if old_label != new_label:
                yield _breaking(f"{where} changed type from `{old_label}` to `{new_label}`.")
                return
            yield from self._node(old, new, where, sides)
            return
        verb_no, verb_yes = self._union_words(sides)
        old_labels = dict(old_m)
        new_labels = dict(new_m)
        for label in old_labels:
            if label not in new_labels:
                yield _breaking(f"{where} {verb_no} `{label}`.")
        for label in new_labels:
            if label not in old_labels:
                yield _additive(f"{where} {verb_yes} `{label}`.")
        for label, member in new_labels.items():
            if label in old_labels:
                yield from self._node(old_labels[label], member, where, sides)

    @staticmethod
    def _union_words(sides: set[str] | frozenset[str]) -> tuple[str, str]:
        if sides == {_REQUEST}:
            return "no longer accepts", "now also accepts"
        if sides == {_RESPONSE}:
            return "can no longer be", "can now also be"
        return "no longer allows", "now also allows"

    def _node(
        self, old: Any, new: Any, where: str, sides: set[str] | frozenset[str]
    ) -> Iterator[Change]:
        """Compare the insides of two schemas of the same type: enum, fields, items."""
        if not (isinstance(old, Mapping) and isinstance(new, Mapping)):
            return
        if "$ref" in old or "$ref" in new:
            return  # the referenced model is compared once, under its own name
        yield from self._enum(old, new, where)
        yield from self._properties(old, new, where, sides)
        if isinstance(old.get("items"), Mapping) and isinstance(new.get("items"), Mapping):
            yield from self._compare(
                old["items"],
                new["items"],
                f"{where[:-1]}[]`" if where.endswith("`") else f"{where} items",
                sides,
            )
        old_extra, new_extra = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(old_extra, Mapping) and isinstance(new_extra, Mapping):
            yield from self._compare(old_extra, new_extra, f"{where} values", sides)

    @staticmethod
    def _enum(old: Node, new: Node, where: str) -> Iterator[Change]:
        if "enum" not in old and "enum" not in new:
            return
        before, after = list(old.get("enum") or []), list(new.get("enum") or [])
        if "enum" not in new:
            return  # the enum became a plain type of the same kind: it accepts more
        if "enum" not in old:
            yield _breaking(f"{where} is now limited to the values {_values(after)}.")
            return
        for value in before:
            if value not in after:
                yield _breaking(f"Removed enum value {_values([value])} from {where}.")
        for value in after:
            if value not in before:
                yield _additive(f"New enum value {_values([value])} in {where}.")

    def _properties(
        self, old: Node, new: Node, where: str, sides: set[str] | frozenset[str]
    ) -> Iterator[Change]:
        old_p, new_p = old.get("properties") or {}, new.get("properties") or {}
        old_req, new_req = set(old.get("required") or []), set(new.get("required") or [])
        base = where[:-1] if where.endswith("`") else where
        for name in old_p:
            if name not in new_p:
                yield _breaking(f"Removed field {self._field(base, name)}.")
        for name, schema in new_p.items():
            field = self._field(base, name)
            if name not in old_p:
                if name in new_req and _REQUEST in sides:
                    yield _breaking(
                        f"New required request field {field}: existing calls must now send it."
                    )
                elif name in new_req:
                    yield _additive(f"New field {field}.")
                else:
                    yield _additive(f"New optional field {field}.")
                continue
            if name in new_req and name not in old_req:
                if _REQUEST in sides:
                    yield _breaking(f"Request field {field} is now required.")
                else:
                    yield _additive(f"Field {field} is now always present.")
            elif name in old_req and name not in new_req:
                if _RESPONSE in sides:
                    yield _breaking(f"Field {field} may now be absent (it was always present).")
                else:
                    yield _additive(f"Request field {field} is now optional.")
            yield from self._compare(old_p[name], schema, field, sides)

    @staticmethod
    def _field(base: str, name: str) -> str:
        if base.startswith("`"):
            return f"{base}.{name}`"
        return f"`{name}` of {base}"


def _values(values: list[Any]) -> str:
    return ", ".join(f"`{v}`" if isinstance(v, str) else f"`{json.dumps(v)}`" for v in values)
