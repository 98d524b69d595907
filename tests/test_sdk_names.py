"""The official SDK's names work here: ``Anthropic``, ``NOT_GIVEN``/``omit``, and the type
names of ``claude_messages.types``, at run time and for mypy."""

from __future__ import annotations

import json
from pathlib import Path

import claude_messages
import httpx
import pytest
from _mypy import run_mypy
from claude_messages import NOT_GIVEN, Anthropic, AsyncAnthropic, AsyncClient, Client, omit
from claude_messages import types as cm_types

ROOT = Path(__file__).resolve().parent.parent
HELLO = [{"role": "user", "content": "Hello"}]
MESSAGE = {
    "id": "msg_1",
    "type": "message",
    "role": "assistant",
    "model": "m",
    "content": [{"type": "text", "text": "Hi"}],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 1, "output_tokens": 1},
}


def test_the_client_names_of_the_sdk() -> None:
    assert Anthropic is Client and AsyncAnthropic is AsyncClient
    assert not NOT_GIVEN and not omit
    assert repr(NOT_GIVEN) == "NOT_GIVEN"
    for name in ("DEFAULT_TIMEOUT", "DEFAULT_MAX_RETRIES", "NotGiven", "Omit", "not_given"):
        assert name in claude_messages.__all__


def test_not_given_and_omit_leave_arguments_and_headers_out() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/v1/models":
            return httpx.Response(
                200, json={"data": [], "has_more": False, "first_id": None, "last_id": None}
            )
        return httpx.Response(200, json=MESSAGE)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = Anthropic(api_key="sk-test", http_client=http, default_headers={"x-team": "a"})
    client.messages.create(
        model="m",
        max_tokens=5,
        messages=HELLO,  # type: ignore[arg-type]
        temperature=NOT_GIVEN,  # type: ignore[typeddict-item]
        system=omit,  # type: ignore[typeddict-item]
        timeout=NOT_GIVEN,  # type: ignore[typeddict-item]
        extra_headers={"x-team": omit},  # type: ignore[dict-item]
    )
    body = json.loads(seen[0].content)
    assert body == {"model": "m", "max_tokens": 5, "messages": HELLO}
    assert "x-team" not in seen[0].headers
    client.models.list(limit=NOT_GIVEN)  # type: ignore[typeddict-item]
    assert "limit" not in str(seen[1].url)


SDK_NAMES = [
    "MessageParam",
    "TextBlockParam",
    "ImageBlockParam",
    "DocumentBlockParam",
    "ToolParam",
    "ToolChoiceParam",
    "ToolChoiceAutoParam",
    "ThinkingConfigParam",
    "ThinkingConfigEnabledParam",
    "MessageCreateParams",
    "MessageCountTokensParams",
    "Base64ImageSourceParam",
    "CacheControlEphemeralParam",
    "MetadataParam",
    "ToolResultBlockParam",
    "ToolUseBlockParam",
    "Message",
    "TextBlock",
    "ToolUseBlock",
    "ThinkingBlock",
    "ContentBlock",
    "Usage",
    "MessageDeltaUsage",
    "StopReason",
    "TextDelta",
    "InputJSONDelta",
    "RawMessageStreamEvent",
    "RawMessageStartEvent",
    "RawContentBlockDeltaEvent",
    "RawContentBlockDelta",
    "RawMessageStopEvent",
    "MessageTokensCount",
    "ModelInfo",
    "TextCitation",
    "CitationCharLocation",
    "CitationCharLocationParam",
]


@pytest.mark.parametrize("name", SDK_NAMES)
def test_types_has_the_sdk_name(name: str) -> None:
    assert name in cm_types.__all__
    assert getattr(cm_types, name) is not None


def test_types_are_the_generated_classes_and_typed_dicts() -> None:
    from claude_messages_generated import models, params

    assert cm_types.Message is models.Message
    assert cm_types.RawMessageStartEvent is models.MessageStartEvent
    assert cm_types.ToolParam is params.Tool
    assert cm_types.MessageCreateParams is params.CreateMessageParams


USER_CODE = """
from claude_messages import Anthropic
from claude_messages.types import MessageParam, TextBlock, ToolParam

client = Anthropic()
tools: list[ToolParam] = [{"name": "weather", "input_schema": {"type": "object"}}]
history: list[MessageParam] = [{"role": "user", "content": "Weather in Paris?"}]
message = client.messages.create(model="m", max_tokens=100, tools=tools, messages=history)
first = message.content[0]
if isinstance(first, TextBlock):
    print(first.text.upper())
print(message.to_json(indent=2), message.type)
bad: list[ToolParam] = [{"nme": "weather", "input_schema": {}}]
from claude_messages import Anthropc
"""


def test_mypy_sees_the_sdk_names_and_refuses_misspelt_ones(tmp_path: Path) -> None:
    snippet = tmp_path / "user_code.py"
    snippet.write_text(USER_CODE, encoding="utf-8")
    run = run_mypy([snippet])
    errors = [line for line in run.stdout.splitlines() if ": error:" in line]
    lines = sorted({line.split(":")[1] for line in errors})
    # Only the misspelt key (line 13) and the misspelt import (line 14).
    assert lines == ["13", "14"], run.stdout
    assert any("Anthropc" in line for line in errors), run.stdout


def test_betas_travel_as_the_beta_header_and_the_beta_namespace_is_the_same_api() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/v1/messages/batches":
            return httpx.Response(200, json=BATCH)
        return httpx.Response(200, json=MESSAGE)

    client = Anthropic(api_key="sk-test", transport=httpx.MockTransport(handler))
    assert client.beta.messages is client.messages and client.beta.models is client.models
    client.beta.messages.create(
        model="m",
        max_tokens=5,
        messages=HELLO,
        betas=["one-2025-01-01", "two"],  # type: ignore[arg-type]
    )
    assert seen[-1].headers["anthropic-beta"] == "one-2025-01-01,two"
    assert "betas" not in json.loads(seen[-1].content)
    with pytest.raises(TypeError, match="betas must be a list"):
        client.messages.create(model="m", max_tokens=5, messages=HELLO, betas="one")  # type: ignore[arg-type]
    entry = {"custom_id": "a", "params": {"model": "m", "max_tokens": 5, "messages": HELLO}}
    client.messages.batches.create(requests=[entry], betas=["three"])  # type: ignore[list-item]
    assert seen[-1].headers["anthropic-beta"] == "three"
    with pytest.raises(TypeError, match="header of the whole request"):
        bad = {**entry, "params": {**entry["params"], "betas": ["x"]}}  # type: ignore[dict-item]
        client.messages.batches.create(requests=[bad])  # type: ignore[list-item]
    sent = len(seen)
    assert sent == 2


BATCH = {
    "id": "msgbatch_1",
    "type": "message_batch",
    "processing_status": "in_progress",
    "request_counts": {"processing": 1, "succeeded": 0, "errored": 0, "canceled": 0, "expired": 0},
    "created_at": "2026-01-01T00:00:00Z",
    "expires_at": "2026-01-02T00:00:00Z",
    "ended_at": None,
    "cancel_initiated_at": None,
    "archived_at": None,
    "results_url": None,
}


def test_an_sdk_name_never_hides_the_request_shape_of_that_name() -> None:
    # A response schema used in requests too is exported as <Name>Param, unless a request
    # schema already has that name: `CitationsConfigParam` is the request shape, not the
    # request form of the response's `CitationsConfig`. Each name is bound once.
    import ast

    from claude_messages_generated import sdk_types

    tree = ast.parse(Path(sdk_types.__file__).read_text(encoding="utf-8"))
    bound = [
        alias.asname or alias.name
        for node in tree.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    ]
    assert sorted(n for n in set(bound) if bound.count(n) > 1) == []
