"""The last parts of the live Messages surface in the emulator, each read from the spec.

Tool search (``tool_search_tool_regex`` / ``tool_search_tool_bm25`` with deferred tools),
the model catalogue (every ``ModelInfo`` field), 405 with ``allow`` for a method a path does
not have, and the header patterns the spec gives. Driven with plain httpx over loopback.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
from claude_messages import Client
from claude_messages.testing import Emulator

ROOT = Path(__file__).resolve().parent.parent
SPEC: dict[str, Any] = json.loads(
    (ROOT / "generated/claude_messages_generated/openapi.json").read_text("utf-8")
)
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
HEADERS = {"x-api-key": "sk-test", "anthropic-version": "2023-06-01"}
MODEL = "claude-sonnet-4-5-20250929"
WEATHER = {
    "name": "get_weather",
    "description": "The weather at a place.",
    "input_schema": {"type": "object", "properties": {"location": {"type": "string"}}},
    "defer_loading": True,
}
STOCK = {
    "name": "get_stock_price",
    "description": "A share's last traded price.",
    "input_schema": {"type": "object", "properties": {"ticker": {"type": "string"}}},
    "defer_loading": True,
}
CLOCK = {
    "name": "get_time",
    "description": "The time of day.",
    "input_schema": {"type": "object", "properties": {}},
}
SEARCH_TOOLS = {
    "tool_search_tool_regex_20251119": "tool_search_tool_regex",
    "tool_search_tool_regex": "tool_search_tool_regex",
    "tool_search_tool_bm25_20251119": "tool_search_tool_bm25",
    "tool_search_tool_bm25": "tool_search_tool_bm25",
}


@pytest.fixture(scope="module")
def api() -> Iterator[Emulator]:
    with Emulator() as emulator:
        yield emulator


@pytest.fixture
def http(api: Emulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=api.url, headers=HEADERS, timeout=10) as client:
        yield client


def _validator(name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        {"components": SPEC["components"], "$ref": f"#/components/schemas/{name}"}
    )


def _search_body(tool_type: str, text: str, *tools: dict[str, Any]) -> dict[str, Any]:
    return {
        "model": MODEL,
        "max_tokens": 400,
        "messages": [{"role": "user", "content": text}],
        "tools": [{"type": tool_type, "name": SEARCH_TOOLS[tool_type]}, *tools],
    }


def _events(answer: httpx.Response) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for chunk in answer.text.split("\n\n"):
        if chunk.strip():
            fields = dict(line.split(": ", 1) for line in chunk.split("\n"))
            out.append((fields["event"], json.loads(fields["data"])))
    return out


# --- tool search ------------------------------------------------------------------------


@pytest.mark.parametrize("tool_type", sorted(SEARCH_TOOLS))
def test_tool_search_finds_the_deferred_tools_then_calls_the_named_one(
    http: httpx.Client, tool_type: str
) -> None:
    payload = _search_body(tool_type, "What is the weather in Oslo? Use get_weather.", CLOCK)
    payload["tools"] += [STOCK, WEATHER]
    answer = http.post("/v1/messages", json=payload)
    assert answer.status_code == 200, answer.text
    message = answer.json()
    _validator("Message").validate(message)
    call, result, text, tool_use = message["content"]
    assert call["type"] == "server_tool_use"
    assert call["name"] == SEARCH_TOOLS[tool_type]
    assert call["id"].startswith("srvtoolu_01")
    words = ["what", "the", "weather", "oslo", "use", "get_weather"]
    expected_query = "(?i)" + "|".join(words) if "regex" in tool_type else " ".join(words)
    assert call["input"] == {"query": expected_query}
    assert result == {
        "type": "tool_search_tool_result",
        "tool_use_id": call["id"],
        "content": {
            "type": "tool_search_tool_search_result",
            # Only deferred tools are searched; the best match first.
            "tool_references": [{"type": "tool_reference", "tool_name": "get_weather"}],
        },
    }
    assert text["type"] == "text"
    assert tool_use["type"] == "tool_use"
    assert tool_use["name"] == "get_weather"
    assert message["stop_reason"] == "tool_use"
    # Deterministic: the same request, the same answer.
    assert http.post("/v1/messages", json=payload).json() == message


def test_tool_search_ranks_by_matches_and_lists_several(http: httpx.Client) -> None:
    payload = _search_body(
        "tool_search_tool_bm25", "the price of a share, or the weather?", STOCK, WEATHER
    )
    content = http.post("/v1/messages", json=payload).json()["content"]
    names = [ref["tool_name"] for ref in content[1]["content"]["tool_references"]]
    # get_stock_price holds "price" and "share"; get_weather "the" and "weather" too, but
    # the stock tool comes first in the request.
    assert names == ["get_stock_price", "get_weather"]
    # Both found, neither named: no tool is called.
    assert [block["type"] for block in content] == [
        "server_tool_use",
        "tool_search_tool_result",
        "text",
    ]


def test_regex_search_matches_the_pattern_against_names_and_descriptions(
    http: httpx.Client,
) -> None:
    payload = _search_body("tool_search_tool_regex", "ticker please", STOCK, WEATHER)
    content = http.post("/v1/messages", json=payload).json()["content"]
    assert content[0]["input"] == {"query": "(?i)ticker|please"}
    refs = content[1]["content"]["tool_references"]
    assert refs == [{"type": "tool_reference", "tool_name": "get_stock_price"}]
    assert re.search(content[0]["input"]["query"], "TICKER")


def test_no_deferred_tool_means_no_search(http: httpx.Client) -> None:
    payload = _search_body("tool_search_tool_regex", "What time is it? get_time", CLOCK)
    content = http.post("/v1/messages", json=payload).json()["content"]
    assert [block["type"] for block in content] == ["text", "tool_use"]


def test_a_deferred_tool_is_not_used_unless_a_search_found_it(http: httpx.Client) -> None:
    # Without a tool search tool the deferred tool is never loaded, even when named.
    payload = {
        "model": MODEL,
        "max_tokens": 400,
        "messages": [{"role": "user", "content": "Use get_weather for Oslo."}],
        "tools": [WEATHER],
    }
    message = http.post("/v1/messages", json=payload).json()
    assert [block["type"] for block in message["content"]] == ["text"]
    assert message["stop_reason"] == "end_turn"


def test_tool_search_streams_in_the_api_order(api: Emulator, http: httpx.Client) -> None:
    payload = _search_body("tool_search_tool_bm25_20251119", "weather in Oslo", WEATHER)
    events = _events(http.post("/v1/messages", json={**payload, "stream": True}))
    names = [name for name, _ in events]
    assert names[:2] == ["message_start", "ping"]
    assert names[-2:] == ["message_delta", "message_stop"]
    starts = [data["content_block"] for name, data in events if name == "content_block_start"]
    assert [block["type"] for block in starts] == [
        "server_tool_use",
        "tool_search_tool_result",
        "text",
    ]
    # The call's input streams as JSON pieces; the result block comes whole, no deltas.
    assert starts[0]["input"] == {}
    deltas = [d["delta"] for n, d in events if n == "content_block_delta" and d["index"] == 0]
    assert {delta["type"] for delta in deltas} == {"input_json_delta"}
    query = json.loads("".join(delta["partial_json"] for delta in deltas))
    assert query == {"query": "weather oslo"}
    assert not [d for n, d in events if n == "content_block_delta" and d["index"] == 1]
    # Accumulated by the client, the stream gives the non-streamed message.
    with Client(api_key=api.api_key, base_url=api.url) as client:
        with client.messages.stream(**payload) as stream:
            final = stream.get_final_message()
        created = client.messages.create(**payload)
    assert final.to_dict() == created.to_dict()
    assert created.content[1].type_ == "tool_search_tool_result"


# --- the model catalogue ----------------------------------------------------------------


def _missing(schema: Any, value: Any, where: str) -> list[str]:
    """Every property the schema lists (optional ones too) that ``value`` lacks, at any
    depth: references followed, and of a union the member that the value matches."""
    if isinstance(schema, dict) and "$ref" in schema:
        return _missing(SCHEMAS[schema["$ref"].rsplit("/", 1)[1]], value, where)
    if not isinstance(schema, dict):
        return []
    for key in ("anyOf", "oneOf"):
        if key in schema:
            for member in schema[key]:
                resolved = {"components": SPEC["components"], **member}
                if value is not None and member.get("type") == "null":
                    continue
                if jsonschema.Draft202012Validator(resolved).is_valid(value):
                    return _missing(member, value, where)
            return [f"{where}: matches no member"]
    missing: list[str] = []
    if isinstance(value, dict):
        for name, sub in (schema.get("properties") or {}).items():
            if name not in value:
                missing.append(f"{where}.{name}")
            elif value[name] is not None:
                missing += _missing(sub, value[name], f"{where}.{name}")
    return missing


def test_every_model_carries_every_model_info_field(http: httpx.Client) -> None:
    page = http.get("/v1/models", params={"limit": 100}).json()
    _validator("ModelList").validate(page)
    assert page["data"]
    fields = set(SCHEMAS["ModelInfo"]["properties"])
    for model in page["data"]:
        assert fields <= set(model), (model["id"], fields - set(model))
        assert _missing({"$ref": "#/components/schemas/ModelInfo"}, model, model["id"]) == []
        one = http.get(f"/v1/models/{model['id']}").json()
        assert one == model


def test_catalogue_values_are_consistent(http: httpx.Client) -> None:
    models = http.get("/v1/models", params={"limit": 100}).json()["data"]
    for model in models:
        assert model["line"] in model["id"]
        assert model["max_tokens"] <= model["max_input_tokens"]
        deprecated = model["lifecycle"] == "deprecated"
        assert (model["deprecated_at"] is not None) == deprecated
        assert (model["retires_at"] is not None) == deprecated
    assert {m["lifecycle"] for m in models} == {"active", "deprecated"}


def test_models_given_with_few_fields_get_the_rest() -> None:
    mine = [
        {
            "id": "claude-sonnet-9-20990101",
            "display_name": "S9",
            "created_at": "2099-01-01T00:00:00Z",
        }
    ]
    with Emulator(models=mine) as api, httpx.Client(base_url=api.url, headers=HEADERS) as http:
        model = http.get("/v1/models/claude-sonnet-9").json()
    assert model["id"] == "claude-sonnet-9-20990101"
    assert model["display_name"] == "S9"
    assert model["line"] == "sonnet"
    assert model["lifecycle"] == "active"
    assert _missing({"$ref": "#/components/schemas/ModelInfo"}, model, "model") == []


# --- methods and headers ----------------------------------------------------------------

_METHODS = ["GET", "POST", "DELETE", "PUT", "PATCH"]


def _concrete(template: str) -> str:
    return re.sub(r"\{[^}]+\}", "x_01", template)


PATH_METHODS = [
    (template, method)
    for template, item in SPEC["paths"].items()
    for method in _METHODS
    if method.lower() not in item
]


@pytest.mark.parametrize(("template", "method"), PATH_METHODS)
def test_a_method_the_path_lacks_is_405_with_allow(
    api: Emulator, template: str, method: str
) -> None:
    allowed = [m for m in _METHODS if m.lower() in SPEC["paths"][template]]
    # No credential and no version: the method is answered first.
    answer = httpx.request(method, api.url + _concrete(template), timeout=10)
    assert answer.status_code == 405, answer.text
    assert answer.headers["allow"] == ", ".join(allowed)
    assert answer.json()["error"]["type"] == "invalid_request_error"


@pytest.mark.parametrize("header", ["anthropic-workspace-id", "anthropic-user-profile-id"])
@pytest.mark.parametrize("value", ["", "has space", "caf\u00e9"])
def test_a_header_off_its_pattern_is_refused(http: httpx.Client, header: str, value: str) -> None:
    body = {"model": MODEL, "max_tokens": 10, "messages": [{"role": "user", "content": "Hi"}]}
    answer = http.post("/v1/messages", json=body, headers={header: value.encode()})
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert error["type"] == "invalid_request_error"
    assert error["message"].startswith(f"{header}: ")
    ok = http.post("/v1/messages", json=body, headers={header: "wrkspc_01"})
    assert ok.status_code == 200
