"""The emulator's server tools, structured outputs and the stop reasons faults ask for.

Driven with plain httpx; every answer is also validated against the spec's ``Message``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
from claude_messages import Client
from claude_messages.testing import FAULT_HEADER, Emulator, Fault

ROOT = Path(__file__).resolve().parent.parent
MODEL = "claude-sonnet-4-5-20250929"
HEADERS = {"x-api-key": "sk-test", "anthropic-version": "2023-06-01"}
SEARCH = {"type": "web_search_20250305", "name": "web_search"}
FETCH = {"type": "web_fetch_20250910", "name": "web_fetch"}
CODE = {"type": "code_execution_20250825", "name": "code_execution"}
LEGACY_CODE = {"type": "code_execution_20250522", "name": "code_execution"}


@pytest.fixture(scope="module")
def api() -> Iterator[Emulator]:
    with Emulator() as emulator:
        yield emulator


@pytest.fixture
def http(api: Emulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=api.url, headers=HEADERS, timeout=10) as client:
        yield client


@pytest.fixture(scope="module")
def message_schema() -> jsonschema.Draft202012Validator:
    spec = json.loads((ROOT / "generated/claude_messages_generated/openapi.json").read_text())
    schema = {"components": spec["components"], "$ref": "#/components/schemas/Message"}
    return jsonschema.Draft202012Validator(schema)


def body(text: str, **extra: Any) -> dict[str, Any]:
    return {
        "model": MODEL,
        "max_tokens": 300,
        "messages": [{"role": "user", "content": text}],
        **extra,
    }


def create(
    http: httpx.Client, schema: jsonschema.Draft202012Validator, payload: dict[str, Any]
) -> dict[str, Any]:
    answer = http.post("/v1/messages", json=payload)
    assert answer.status_code == 200, answer.text
    message: dict[str, Any] = answer.json()
    schema.validate(message)
    return message


def kinds(message: dict[str, Any]) -> list[str]:
    return [block["type"] for block in message["content"]]


def events(http: httpx.Client, payload: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    answer = http.post("/v1/messages", json={**payload, "stream": True})
    assert answer.status_code == 200
    out = []
    for chunk in answer.text.split("\n\n"):
        if chunk.strip():
            fields = dict(line.split(": ", 1) for line in chunk.split("\n"))
            out.append((fields["event"], json.loads(fields["data"])))
    return out


# -- web search ------------------------------------------------------------------------------


def test_web_search_calls_then_results_then_cited_text(
    http: httpx.Client, message_schema: jsonschema.Draft202012Validator
) -> None:
    message = create(http, message_schema, body("Weather in  Oslo", tools=[SEARCH]))
    assert kinds(message) == ["server_tool_use", "web_search_tool_result", "text", "text"]
    call, result, cited, answer = message["content"]
    assert call["name"] == "web_search" and call["input"] == {"query": "Weather in Oslo"}
    assert call["id"].startswith("srvtoolu_01") and result["tool_use_id"] == call["id"]
    urls = [item["url"] for item in result["content"]]
    assert urls == [f"https://search.example.com/weather-in-oslo/{i}" for i in (1, 2, 3)]
    assert result["content"][0]["title"] == "Result 1 for Weather in Oslo"
    assert all(item["encrypted_content"] for item in result["content"])
    (citation,) = cited["citations"]
    assert citation["type"] == "web_search_result_location"
    assert citation["url"] == urls[0] and citation["cited_text"] in cited["text"]
    assert answer["text"] == "You said: Weather in  Oslo"
    assert message["usage"]["server_tool_use"] == {
        "web_search_requests": 1,
        "web_fetch_requests": 0,
    }
    # The same request, the same answer.
    assert create(http, message_schema, body("Weather in  Oslo", tools=[SEARCH])) == message


def test_web_search_follows_the_domain_rules(
    http: httpx.Client, message_schema: jsonschema.Draft202012Validator
) -> None:
    only = create(http, message_schema, body("q", tools=[{**SEARCH, "allowed_domains": ["n.no"]}]))
    assert only["content"][1]["content"][0]["url"] == "https://n.no/q/1"
    blocked = {**SEARCH, "blocked_domains": ["example.com"]}
    moved = create(http, message_schema, body("q", tools=[blocked]))
    assert moved["content"][1]["content"][0]["url"] == "https://results.example.org/q/1"


def test_tool_choice_none_uses_no_server_tool(
    http: httpx.Client, message_schema: jsonschema.Draft202012Validator
) -> None:
    message = create(http, message_schema, body("hi", tools=[SEARCH], tool_choice={"type": "none"}))
    assert kinds(message) == ["text"] and "server_tool_use" not in message["usage"]


# -- web fetch -------------------------------------------------------------------------------


def test_web_fetch_fetches_the_url_of_the_prompt(
    http: httpx.Client, message_schema: jsonschema.Draft202012Validator
) -> None:
    tool = {**FETCH, "citations": {"enabled": True}}
    message = create(
        http, message_schema, body("Read https://docs.example.com/a.html.", tools=[tool])
    )
    assert kinds(message) == ["server_tool_use", "web_fetch_tool_result", "text"]
    call, result, _ = message["content"]
    assert call["input"] == {"url": "https://docs.example.com/a.html"}
    fetched = result["content"]
    assert fetched["type"] == "web_fetch_result"
    assert fetched["content"]["source"]["data"] == (
        "The emulated content of https://docs.example.com/a.html."
    )
    assert fetched["content"]["citations"] == {"enabled": True}
    assert message["usage"]["server_tool_use"]["web_fetch_requests"] == 1
    # No URL: nothing to fetch. A domain the tool does not allow: an error result.
    assert kinds(create(http, message_schema, body("no link", tools=[FETCH]))) == ["text"]
    denied = {**FETCH, "allowed_domains": ["other.example"]}
    refused = create(http, message_schema, body("see https://docs.example.com/", tools=[denied]))
    assert refused["content"][1]["content"] == {
        "type": "web_fetch_tool_result_error",
        "error_code": "url_not_allowed",
    }


# -- code execution --------------------------------------------------------------------------


def test_code_execution_echoes_the_code_in_a_container(
    http: httpx.Client, message_schema: jsonschema.Draft202012Validator
) -> None:
    prompt = "Run this:\n```python\nprint(6 * 7)\n```"
    legacy = create(http, message_schema, body(prompt, tools=[LEGACY_CODE]))
    assert kinds(legacy)[:2] == ["server_tool_use", "code_execution_tool_result"]
    assert legacy["content"][0]["input"] == {"code": "print(6 * 7)"}
    assert legacy["content"][1]["content"] == {
        "type": "code_execution_result",
        "stdout": "print(6 * 7)\n",
        "stderr": "",
        "return_code": 0,
        "content": [],
    }
    assert legacy["container"]["id"].startswith("container_01")
    skills = [{"skill_id": "xlsx", "type": "anthropic"}]
    current = create(
        http, message_schema, body(prompt, tools=[CODE], container={"id": "c_1", "skills": skills})
    )
    assert kinds(current)[:4] == [
        "server_tool_use",
        "bash_code_execution_tool_result",
        "server_tool_use",
        "text_editor_code_execution_tool_result",
    ]
    assert current["content"][0]["name"] == "bash_code_execution"
    assert current["content"][1]["content"]["stdout"] == "print(6 * 7)\n"
    assert current["content"][2]["input"]["command"] == "create"
    assert current["content"][3]["content"]["type"] == ("text_editor_code_execution_create_result")
    assert current["container"] == {
        "id": "c_1",
        "expires_at": current["container"]["expires_at"],
        "skills": [{"skill_id": "xlsx", "type": "anthropic", "version": "latest"}],
    }
    named = create(http, message_schema, body(prompt, tools=[CODE], container="c_2"))
    assert named["container"]["id"] == "c_2" and named["container"]["skills"] is None


# -- streaming -------------------------------------------------------------------------------


def test_server_tools_stream_in_the_api_order(http: httpx.Client) -> None:
    payload = body("Oslo https://x.example/ ```ls```", tools=[SEARCH, FETCH, CODE])
    stream = events(http, payload)
    names = [name for name, _ in stream]
    assert names[:2] == ["message_start", "ping"] and names[-2:] == [
        "message_delta",
        "message_stop",
    ]
    start = stream[0][1]["message"]
    assert start["container"] is None and "server_tool_use" not in start["usage"]
    starts = {
        data["index"]: data["content_block"]
        for name, data in stream
        if name == "content_block_start"
    }
    deltas: dict[int, list[str]] = {}
    for name, data in stream:
        if name == "content_block_delta":
            deltas.setdefault(data["index"], []).append(data["delta"]["type"])
    for index, block in starts.items():
        if block["type"] == "server_tool_use":
            assert block["input"] == {} and set(deltas[index]) == {"input_json_delta"}
        elif block["type"].endswith("_tool_result"):
            assert index not in deltas  # whole in content_block_start
        elif block.get("citations") == []:
            # Citations first, then the text they cite.
            assert deltas[index][0] == "citations_delta" and deltas[index][-1] == "text_delta"
    final = stream[-2][1]
    assert final["delta"]["container"]["id"].startswith("container_01")
    assert final["usage"]["server_tool_use"] == {"web_search_requests": 1, "web_fetch_requests": 1}


@pytest.mark.parametrize(
    "extra",
    [
        {"tools": [SEARCH, FETCH, CODE]},
        {"tools": [LEGACY_CODE]},
        {"output_config": {"format": {"type": "json_schema", "schema": {"type": "object"}}}},
    ],
    ids=["server_tools", "legacy_code", "structured"],
)
def test_stream_final_message_equals_create(api: Emulator, extra: dict[str, Any]) -> None:
    client = Client(api_key=api.api_key, base_url=api.url)
    params: dict[str, Any] = {**body("Oslo https://x.example/ ```ls```"), **extra}
    with client:
        whole = client.messages.create(**params)
        with client.messages.stream(**params) as stream:
            streamed = stream.get_final_message()
    assert streamed.to_dict() == whole.to_dict()


# -- structured outputs ----------------------------------------------------------------------


def test_structured_output_is_json_valid_against_the_schema(
    http: httpx.Client, message_schema: jsonschema.Draft202012Validator
) -> None:
    schema = {
        "type": "object",
        "properties": {
            "city": {"type": "string", "minLength": 2},
            "rank": {"type": "integer", "minimum": 3},
            "tags": {"type": "array", "items": {"enum": ["a", "b"]}, "minItems": 2},
        },
        "required": ["city", "rank", "tags"],
        "additionalProperties": False,
    }
    form = {"format": {"type": "json_schema", "schema": schema}}
    message = create(http, message_schema, body("A city?", output_config=form))
    (block,) = message["content"]
    jsonschema.validate(json.loads(block["text"]), schema)


# -- stop reasons on demand ------------------------------------------------------------------


def test_refusal_on_demand_with_its_details(
    api: Emulator, http: httpx.Client, message_schema: jsonschema.Draft202012Validator
) -> None:
    api.inject(Fault.refusal(category="cyber", explanation="Not that."))
    refused = create(http, message_schema, body("one two three four"))
    assert refused["stop_reason"] == "refusal"
    assert refused["stop_details"] == {
        "type": "refusal",
        "category": "cyber",
        "explanation": "Not that.",
    }
    assert refused["content"] == [{"type": "text", "text": "You said: one"}]
    # By header, streamed: the details come in message_delta.
    answer = http.post(
        "/v1/messages", json={**body("hi"), "stream": True}, headers={FAULT_HEADER: "refusal"}
    )
    final = [json.loads(line[6:]) for line in answer.text.splitlines() if '"message_delta"' in line]
    assert final[0]["delta"]["stop_reason"] == "refusal"
    assert final[0]["delta"]["stop_details"] == {
        "type": "refusal",
        "category": None,
        "explanation": None,
    }


def test_pause_turn_stops_after_the_server_tools(
    api: Emulator, http: httpx.Client, message_schema: jsonschema.Draft202012Validator
) -> None:
    api.inject(Fault.pause_turn())
    paused = create(http, message_schema, body("Oslo", tools=[SEARCH]))
    assert paused["stop_reason"] == "pause_turn"
    assert kinds(paused) == ["server_tool_use", "web_search_tool_result"]


def test_context_window_exceeded_on_demand(
    http: httpx.Client, message_schema: jsonschema.Draft202012Validator
) -> None:
    fault = {FAULT_HEADER: "model_context_window_exceeded"}
    answer = http.post("/v1/messages", json=body("one two three four"), headers=fault)
    message_schema.validate(answer.json())
    assert answer.json()["stop_reason"] == "model_context_window_exceeded"
    assert answer.json()["content"] == [{"type": "text", "text": "You said: one"}]


# -- validation of the new shapes ------------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            {"tools": [{**SEARCH, "max_uses": 0}]},
            "tools.0.max_uses: Input should be greater than or equal to 1",
        ),
        ({"tools": [{"name": "t"}]}, "tools.0.input_schema: Field required"),
        ({"speed": "warp"}, "speed: Input should be 'standard' or 'fast'"),
        ({"output_config": {"effort": "huge"}}, "output_config.effort: Input should be"),
        ({"container": 5}, "container: Input should be a valid string"),
        (
            {"messages": [{"role": "user", "content": [{"type": "search_result"}]}]},
            "messages.0.content.0.source: Field required",
        ),
        (
            {
                "messages": [
                    {"role": "user", "content": [{"type": "container_upload", "file_id": ""}]}
                ]
            },
            "messages.0.content.0.file_id: String should have at least 1 character",
        ),
    ],
)
def test_new_request_shapes_are_validated(
    http: httpx.Client, extra: dict[str, Any], message: str
) -> None:
    answer = http.post("/v1/messages", json={**body("hi"), **extra})
    assert answer.status_code == 400
    error = answer.json()
    assert error["type"] == "error" and error["error"]["type"] == "invalid_request_error"
    assert error["error"]["message"].startswith(message), error["error"]["message"]


def test_count_tokens_takes_server_tools(http: httpx.Client) -> None:
    counted = http.post(
        "/v1/messages/count_tokens",
        json={"model": MODEL, "messages": [{"role": "user", "content": "hi"}], "tools": [SEARCH]},
    )
    assert counted.status_code == 200 and counted.json()["input_tokens"] > 1
