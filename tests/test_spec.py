"""openapi.yaml: valid OpenAPI 3.1, documented everywhere, says what 2026-10-21 refuses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi.yaml"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    document = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document


def test_spec_validates_as_openapi_31() -> None:
    document, _ = read_from_filename(str(SPEC_PATH))
    assert document["openapi"].startswith("3.1")
    validate(document)  # raises OpenAPIValidationError with the path of the problem


def _walk_properties(name: str, schema: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for prop, sub in (schema.get("properties") or {}).items():
        found.append((f"{name}.{prop}", sub))
    return found


def test_every_schema_and_field_has_a_description(spec: dict[str, Any]) -> None:
    missing = []
    for name, schema in spec["components"]["schemas"].items():
        if not schema.get("description"):
            missing.append(name)
        for where, sub in _walk_properties(name, schema):
            if not sub.get("description"):
                # A bare $ref borrows the description of the schema it names.
                ref = sub.get("$ref")
                target = ref.rsplit("/", 1)[-1] if ref else None
                if not (target and spec["components"]["schemas"][target].get("description")):
                    missing.append(where)
    assert missing == []


def test_every_operation_has_an_id_summary_description_and_example(spec: dict[str, Any]) -> None:
    problems = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            label = f"{method.upper()} {path}"
            for key in ("operationId", "summary", "description"):
                if not op.get(key):
                    problems.append(f"{label}: no {key}")
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
            ok = op["responses"]["200"]
            has_example = bool(body.get("examples") or body.get("example")) or any(
                media.get("example") or media.get("examples")
                for media in ok.get("content", {}).values()
            )
            params = [p for p in op.get("parameters", []) if "example" in p]
            if not (has_example or params):
                problems.append(f"{label}: no example")
    assert problems == []


def test_messages_200_is_json_first_and_documents_the_event_stream(
    spec: dict[str, Any],
) -> None:
    content = spec["paths"]["/v1/messages"]["post"]["responses"]["200"]["content"]
    # The generator uses only the first content type, so JSON must come first.
    assert list(content) == ["application/json", "text/event-stream"]
    assert content["text/event-stream"]["schema"]["$ref"].endswith("/MessageStreamEvent")


def test_every_stream_event_is_a_named_member_of_the_union(spec: dict[str, Any]) -> None:
    union = spec["components"]["schemas"]["MessageStreamEvent"]
    mapping = union["discriminator"]["mapping"]
    assert set(mapping) == {
        "message_start",
        "content_block_start",
        "content_block_delta",
        "content_block_stop",
        "message_delta",
        "message_stop",
        "ping",
        "error",
    }
    schemas = spec["components"]["schemas"]
    for event_type, ref in mapping.items():
        member = schemas[ref.rsplit("/", 1)[-1]]
        assert member["properties"]["type"]["const"] == event_type
        assert "type" in member["required"]


def test_the_refusals_of_2026_10_21_are_marked(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    params = schemas["CreateMessageParams"]["properties"]
    for name in ("temperature", "top_k", "top_p"):
        assert params[name]["x-refused-in-versions"] == ["2026-10-21"]
    assert schemas["DocumentBlockParam"]["x-refused-in-versions"] == ["2026-10-21"]
    assert schemas["TextBlockParam"]["properties"]["citations"]["x-refused-in-versions"] == [
        "2026-10-21"
    ]
    assert schemas["ApiVersion"]["enum"] == ["2023-06-01", "2026-10-21"]


def test_both_credentials_are_declared(spec: dict[str, Any]) -> None:
    schemes = spec["components"]["securitySchemes"]
    assert schemes["ApiKeyAuth"] == {
        "type": "apiKey",
        "in": "header",
        "name": "x-api-key",
        "description": schemes["ApiKeyAuth"]["description"],
    }
    assert schemes["BearerAuth"]["scheme"] == "bearer"
    assert spec["security"] == [{"ApiKeyAuth": []}, {"BearerAuth": []}]


def _response_nodes(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any], bool]]:
    """Every schema node reachable from a response or a stream event: (where, node, open),
    where open says the node is a member of an anyOf that also takes any string."""
    schemas = spec["components"]["schemas"]
    roots = ["MessageStreamEvent", "MessageBatchIndividualResponse"]
    for item in spec["paths"].values():
        for op in item.values():
            for answer in op["responses"].values():
                for media in answer.get("content", {}).values():
                    ref = media.get("schema", {}).get("$ref")
                    if ref:
                        roots.append(ref.rsplit("/", 1)[-1])
    seen: set[str] = set()
    found: list[tuple[str, dict[str, Any], bool]] = []

    def walk(node: Any, where: str, is_open: bool) -> None:
        if isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}[{i}]", is_open)
            return
        if not isinstance(node, dict):
            return
        found.append((where, node, is_open))
        ref = node.get("$ref")
        if ref:
            name = ref.rsplit("/", 1)[-1]
            if name not in seen:
                seen.add(name)
                walk(schemas[name], name, False)
            return
        members = node.get("anyOf", [])
        takes_strings = any(m.get("type") == "string" and "enum" not in m for m in members)
        for key, value in node.items():
            if key in ("properties",):
                for prop, sub in value.items():
                    walk(sub, f"{where}.{prop}", False)
            elif key in ("items", "additionalProperties"):
                walk(value, f"{where}.{key}", False)
            elif key in ("anyOf", "oneOf"):
                walk(value, where, takes_strings)

    for root in roots:
        walk({"$ref": f"#/components/schemas/{root}"}, root, False)
    return found


def test_response_unions_end_with_a_catch_all(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    unions = set()
    for _, node, _ in _response_nodes(spec):
        ref = node.get("$ref", "")
        name = ref.rsplit("/", 1)[-1]
        if ref and ({"anyOf", "oneOf"} & set(schemas[name])):
            unions.add(name)
    unions.discard("MessageStreamEvent")  # unknown event types are skipped, not parsed
    assert {"ContentBlock", "ToolCaller", "WebFetchToolResultContent", "StopDetails"} <= unions
    for union in sorted(unions):
        # anyOf, not oneOf: a known block also matches the catch-all, and oneOf would then
        # reject every real response under strict JSON Schema validation.
        assert "oneOf" not in schemas[union], union
        members = schemas[union]["anyOf"]
        if any(m.get("type") == "string" for m in members):
            continue  # an open enum: a known value or any string
        last = members[-1]["$ref"].rsplit("/", 1)[-1]
        catch_all = schemas[last]
        assert catch_all["properties"]["type"] == {
            "type": "string",
            "description": catch_all["properties"]["type"]["description"],
        }, union
        assert catch_all.get("additionalProperties") is True, union


def test_response_enums_are_open(spec: dict[str, Any]) -> None:
    # An enum in a response sits in an anyOf next to `type: string`, so a value the API adds
    # (a stop reason, an error code, a refusal category) still parses.
    schemas = spec["components"]["schemas"]
    closed = []
    for where, node, is_open in _response_nodes(spec):
        if node is schemas.get(where):
            continue  # a component itself; what counts is where it is used
        ref = node.get("$ref", "")
        target = schemas[ref.rsplit("/", 1)[-1]] if ref else node
        if "enum" in target and not is_open:
            closed.append(where)
    assert closed == []


def test_no_response_schema_drops_unknown_fields(spec: dict[str, Any]) -> None:
    # additionalProperties: false would make the generated models drop unknown keys silently.
    text = SPEC_PATH.read_text(encoding="utf-8")
    assert "additionalProperties: false" not in text
