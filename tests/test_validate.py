"""Checks before sending, compiled from the spec's request schemas: nested shapes, unions,
enums, bounds, and what the checks leave alone on purpose."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from claude_messages._checks import message_body
from claude_messages._request import encode_json
from claude_messages._validate import check_value, format_path, operation, refusals
from claude_messages_generated.models import TextBlockParam

BASE: dict[str, Any] = {"max_tokens": 10, "model": "claude-test"}


def create(*content: Any, **changes: Any) -> dict[str, Any]:
    messages = [{"role": "user", "content": list(content)}]
    return message_body({**BASE, "messages": messages, **changes})


IMAGE = {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "AA=="}}


@pytest.mark.parametrize(
    ("block", "exc", "needle"),
    [
        (
            {"type": "text"},
            ValueError,
            "messages[0].content[0] is missing the required field 'text'",
        ),
        ({"type": "text", "text": 5}, TypeError, "messages[0].content[0].text must be a str"),
        (
            {"text": "no type"},
            ValueError,
            "messages[0].content[0] is missing the required field 'type'",
        ),
        ({"type": 3, "text": "x"}, TypeError, "messages[0].content[0].type must be a str"),
        (
            {**IMAGE, "source": {**IMAGE["source"], "media_type": "image/bmp"}},
            ValueError,
            "messages[0].content[0].source.media_type must be one of 'image/jpeg'",
        ),
        (
            {**IMAGE, "source": {"type": "base64", "media_type": "image/png"}},
            ValueError,
            "messages[0].content[0].source is missing the required field 'data'",
        ),
        (
            {"type": "text", "text": "x", "cache_control": {"type": "ephemeral", "ttl": "2h"}},
            ValueError,
            "messages[0].content[0].cache_control.ttl must be one of '5m', '1h'",
        ),
        (
            {"type": "tool_result", "tool_use_id": "t1", "content": [{"type": "text"}]},
            ValueError,
            "messages[0].content[0].content[0] is missing the required field 'text'",
        ),
        ("just text", TypeError, "messages[0].content[0] must be a dict"),
    ],
)
def test_nested_blocks_are_checked_naming_the_path(
    block: Any, exc: type[Exception], needle: str
) -> None:
    with pytest.raises(exc) as info:
        create(block)
    assert needle in str(info.value)


@pytest.mark.parametrize(
    ("changes", "exc", "needle"),
    [
        (
            {"tool_choice": {"type": "auto", "disable_parallel_tool_use": "yes"}},
            TypeError,
            "tool_choice.disable_parallel_tool_use must be a bool",
        ),
        (
            {"tool_choice": {"type": "tool"}},
            ValueError,
            "tool_choice is missing the required field 'name'",
        ),
        (
            {"thinking": {"type": "enabled", "budget_tokens": 10}},
            ValueError,
            "thinking.budget_tokens must be >= 1024",
        ),
        (
            {"metadata": {"user_id": "u" * 300}},
            ValueError,
            "metadata.user_id must have at most 256 characters",
        ),
        ({"temperature": 1.5}, ValueError, "temperature must be <= 1"),
        (
            {"service_tier": "fastest"},
            ValueError,
            "service_tier must be one of 'auto', 'standard_only'",
        ),
        (
            {"tools": [{"name": "t"}]},
            ValueError,
            "tools[0] is missing the required field 'input_schema'",
        ),
    ],
)
def test_top_level_arguments_are_checked_deeply(
    changes: dict[str, Any], exc: type[Exception], needle: str
) -> None:
    with pytest.raises(exc) as info:
        create({"type": "text", "text": "hi"}, **changes)
    assert needle in str(info.value)


def test_what_the_checks_leave_alone() -> None:
    # A block kind newer than this release goes to the API as it is.
    future = {"type": "hologram", "frames": 3}
    assert create(future)["messages"][0]["content"] == [future]
    # Keys a schema does not list are kept (the API may know them).
    extra = {"type": "text", "text": "x", "sparkle": True}
    assert create(extra)["messages"][0]["content"] == [extra]
    # Model instances are sent as they are (their constructor typed them).
    model = TextBlockParam(text="hi")
    assert create(model)["messages"][0]["content"] == [model]
    # Nullable fields take None inside objects.
    assert create({"type": "text", "text": "x", "citations": None})


def test_iterables_become_lists_once_and_unchanged_values_are_not_copied() -> None:
    gen = ({"type": "text", "text": t} for t in ("a", "b"))
    sent = message_body({**BASE, "messages": [{"role": "user", "content": gen}]})
    assert sent["messages"][0]["content"] == [
        {"type": "text", "text": "a"},
        {"type": "text", "text": "b"},
    ]
    messages = [{"role": "user", "content": "hi"}]
    assert message_body({**BASE, "messages": messages})["messages"] is messages


def test_open_enums_accept_unknown_strings_but_not_other_types() -> None:
    assert check_value("MessageRole", "user", "role") == "user"
    with pytest.raises(ValueError, match="role must be one of 'user', 'assistant'"):
        check_value("MessageRole", "system", "role")


def test_operations_come_from_the_spec() -> None:
    create_op = operation("createMessage")
    assert create_op.path == "/v1/messages" and create_op.method == "POST"
    assert create_op.stream_flag == "stream"
    assert "stream" not in create_op.arguments
    assert {"model", "max_tokens", "messages", "system", "tools"} <= create_op.arguments
    assert create_op.required == ("model", "max_tokens", "messages")
    count = operation("countMessageTokens")
    assert "max_tokens" not in count.arguments and "messages" in count.arguments


def test_refusals_are_read_from_the_spec_marks() -> None:
    rules = {r.pattern: r for r in refusals("CreateMessageParams", "2026-10-21")}
    assert ("temperature",) in rules and ("top_p",) in rules and ("top_k",) in rules
    doc = ("messages", "*", "content", "*", ("tag", "type", "document"))
    assert rules[doc].roles == {"assistant"} and rules[doc].whole
    assert refusals("CreateMessageParams", "2023-06-01") == ()
    # A later version keeps the refusals of the latest listed one.
    assert len(refusals("CreateMessageParams", "2027-01-01")) == len(rules)


def test_format_path() -> None:
    assert format_path(("messages", 1, "content", 0, "source")) == "messages[1].content[0].source"
    assert format_path(("temperature",)) == "temperature"


# --- raw bytes for base64 data ----------------------------------------------------------------

JPEG = Path(__file__).resolve().parent.parent / "examples" / "assets" / "meadow.jpg"


def _image(data: Any, media_type: str = "image/jpeg") -> dict[str, Any]:
    return {"type": "image", "source": {"type": "base64", "media_type": media_type, "data": data}}


@pytest.mark.parametrize("kind", ["path", "bytes", "file"])
def test_base64_data_takes_a_path_bytes_or_a_binary_file(kind: str) -> None:
    raw = JPEG.read_bytes()
    with JPEG.open("rb") as file:
        data = {"path": JPEG, "bytes": raw, "file": file}[kind]
        sent = create(_image(data))["messages"][0]["content"][0]["source"]["data"]
    assert base64.b64decode(sent) == raw
    assert isinstance(sent, str)


def test_base64_data_is_checked_against_its_media_type() -> None:
    with pytest.raises(ValueError, match=r"source.media_type is 'image/png' but .*image/jpeg"):
        create(_image(JPEG, "image/png"))
    with pytest.raises(ValueError, match="cannot read"):
        create(_image(Path("/no/such/picture.jpg")))
    with (
        JPEG.open("r", encoding="latin-1") as text,
        pytest.raises(TypeError, match="binary mode"),
    ):
        create(_image(text))
    with pytest.raises(TypeError, match=r"must be a base64 str, bytes, a pathlib\.Path"):
        create(_image(3.5))
    # A str is sent as it is: it is already base64.
    assert create(_image("AAAA"))["messages"][0]["content"][0]["source"]["data"] == "AAAA"


def test_response_blocks_go_back_as_request_content() -> None:
    from claude_messages_generated.models import Message

    message = Message.from_dict(
        {
            "id": "msg_1",
            "type": "message",
            "role": "assistant",
            "model": "m",
            "content": [
                {"type": "text", "text": "Let me check."},
                {"type": "tool_use", "id": "toolu_1", "name": "weather", "input": {"city": "Oslo"}},
            ],
            "stop_reason": "tool_use",
            "stop_sequence": None,
            "usage": {"input_tokens": 1, "output_tokens": 1},
        }
    )
    history = [
        {"role": "user", "content": "Weather?"},
        {"role": message.role, "content": message.content},
        {
            "role": "user",
            "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "sunny"}],
        },
    ]
    body = message_body({**BASE, "messages": history})
    sent = json.loads(encode_json(body))
    assert sent["messages"][1]["content"][1] == {
        "type": "tool_use",
        "id": "toolu_1",
        "name": "weather",
        "input": {"city": "Oslo"},
    }


# --- the tools union: a custom tool has no tag, the API's own tools have one -------------

CUSTOM = {"name": "get_weather", "input_schema": {"type": "object"}}
HI = {"type": "text", "text": "hi"}


@pytest.mark.parametrize(
    "tool",
    [
        CUSTOM,
        {**CUSTOM, "type": "custom", "strict": True, "defer_loading": False},
        {**CUSTOM, "allowed_callers": ["direct", "code_execution_20250825"]},
        {**CUSTOM, "eager_input_streaming": None, "input_examples": [{"city": "Oslo"}]},
        {
            "type": "web_search_20250305",
            "name": "web_search",
            "max_uses": 3,
            "allowed_domains": ["example.com"],
            "user_location": {"type": "approximate"},
        },
        {
            "type": "web_fetch_20260318",
            "name": "web_fetch",
            "response_inclusion": "excluded",
            "url_sources": {
                "user_input": {"type": "all"},
                "server_tool_results": {
                    "type": "only",
                    "tools": [{"type": "tool_reference", "name": "web_search"}],
                },
            },
        },
        {"type": "code_execution_20250825", "name": "code_execution"},
        {"type": "bash_20250124", "name": "bash", "cache_control": None},
        {
            "type": "text_editor_20250728",
            "name": "str_replace_based_edit_tool",
            "max_characters": 10000,
        },
        {"type": "tool_search_tool_bm25", "name": "tool_search_tool_bm25"},
        {"type": "browser_toolset_20260801", "configs": {"navigate": {"enabled": True}}},
        {"type": "hologram_20990101", "anything": 1},  # newer than this release: the API decides
    ],
)
def test_every_kind_of_tool_is_accepted(tool: dict[str, Any]) -> None:
    assert create(HI, tools=[tool])["tools"] == [tool]


@pytest.mark.parametrize(
    ("tool", "exc", "needle"),
    [
        ({"name": "t"}, ValueError, "tools[0] is missing the required field 'input_schema'"),
        ({**CUSTOM, "strict": "yes"}, TypeError, "tools[0].strict must be a bool"),
        ({**CUSTOM, "type": None}, TypeError, "tools[0].type must be a str"),
        ({**CUSTOM, "allowed_callers": ["robot"]}, ValueError, "tools[0].allowed_callers[0]"),
        ({"type": "web_search_20250305", "name": "search"}, ValueError, "tools[0].name must be"),
        ({"type": "web_search_20250305", "name": "web_search", "max_uses": 0}, ValueError,
         "tools[0].max_uses must be >= 1"),
        ({"type": "web_search_20250305", "name": "web_search",
          "user_location": {"city": "Oslo"}}, ValueError, "tools[0].user_location is missing"),
        ({"type": "web_fetch_20250910", "name": "web_fetch",
          "url_sources": {"server_tool_results": {"type": "only"}}}, ValueError,
         "tools[0].url_sources.server_tool_results is missing the required field 'tools'"),
        ({"type": "computer_toolset_20260801", "configs": {"zoom": {"enabled": "no"}}},
         TypeError, "tools[0].configs.zoom.enabled must be a bool"),
    ],
)  # fmt: skip
def test_bad_tools_are_refused_naming_the_field(
    tool: dict[str, Any], exc: type[Exception], needle: str
) -> None:
    with pytest.raises(exc) as info:
        create(HI, tools=[tool])
    assert needle in str(info.value)


def test_a_refusal_inside_the_untagged_member_matches_untagged_values() -> None:
    from claude_messages._validate import _find

    pattern = ("tools", "*", ("tag_or_absent", "type", "custom"), "strict")
    body = {"tools": [{"name": "a", "strict": 1}, {"type": "custom", "strict": 2},
                      {"type": "bash_20250124", "strict": 3}]}  # fmt: skip
    found = [(path, value) for path, value, _ in _find(body, pattern, (), None)]
    assert found == [(("tools", 0, "strict"), 1), (("tools", 1, "strict"), 2)]
    tagged = ("tools", "*", ("tag", "type", "custom"), "strict")
    assert [value for _, value, _ in _find(body, tagged, (), None)] == [2]
