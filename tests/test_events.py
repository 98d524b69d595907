"""parse_event: one lookup by type, the generated models, typed errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from claude_messages._events import EVENT_TYPES, load_event_data, parse_event
from claude_messages._exceptions import StreamDecodeError
from claude_messages._sse import ServerSentEvent, SSEDecoder
from claude_messages_generated.models import (
    CitationsDelta,
    ContentBlockDeltaEvent,
    ErrorEvent,
    InputJSONDelta,
    MessageStopEvent,
    PingEvent,
    SignatureDelta,
    TextDelta,
    ThinkingDelta,
    UnknownDelta,
)

FIXTURES = Path(__file__).parent / "fixtures" / "sse"


def fixture_events(name: str) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    return decoder.feed((FIXTURES / f"{name}.sse").read_bytes()) + decoder.flush()


@pytest.mark.parametrize(
    "name", ["text", "tool_use", "thinking", "citations", "ping", "error_mid_stream"]
)
def test_every_fixture_event_equals_the_generated_from_dict(name: str) -> None:
    for sse in fixture_events(name):
        data = json.loads(sse.data)
        assert parse_event(sse) == EVENT_TYPES[data["type"]].from_dict(data)


@pytest.mark.parametrize(
    ("delta", "cls"),
    [
        ({"type": "text_delta", "text": "hi"}, TextDelta),
        ({"type": "text_delta", "text": "hi", "new": 1}, TextDelta),
        ({"type": "input_json_delta", "partial_json": '{"a'}, InputJSONDelta),
        ({"type": "input_json_delta", "partial_json": "", "new": [1]}, InputJSONDelta),
        ({"type": "thinking_delta", "thinking": "hm"}, ThinkingDelta),
        ({"type": "signature_delta", "signature": "sig"}, SignatureDelta),
        (
            {
                "type": "citations_delta",
                "citation": {
                    "type": "char_location",
                    "cited_text": "x",
                    "document_index": 0,
                    "document_title": None,
                    "start_char_index": 0,
                    "end_char_index": 1,
                },
            },
            CitationsDelta,
        ),
        ({"type": "shiny_new_delta", "sparkle": True}, UnknownDelta),
    ],
)
def test_delta_dispatch_matches_the_generated_model(delta: dict[str, object], cls: type) -> None:
    data = {"type": "content_block_delta", "index": 2, "delta": delta}
    event = parse_event(ServerSentEvent("content_block_delta", json.dumps(data)))
    assert isinstance(event, ContentBlockDeltaEvent)
    assert isinstance(event.delta, cls)
    assert event == ContentBlockDeltaEvent.from_dict(data)
    assert event.to_dict() == data  # unknown keys survive the round trip


def test_unknown_keys_of_the_delta_event_are_kept() -> None:
    data = {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": ""}}
    data["trace"] = {"id": 7}
    event = parse_event(ServerSentEvent("content_block_delta", json.dumps(data)))
    assert isinstance(event, ContentBlockDeltaEvent)
    assert event.additional_properties == {"trace": {"id": 7}}
    assert event == ContentBlockDeltaEvent.from_dict(data)


def test_ping_stop_and_error_events() -> None:
    assert parse_event(ServerSentEvent("ping", '{"type": "ping"}')) == PingEvent()
    assert parse_event(ServerSentEvent("x", '{"type":"message_stop"}')) == MessageStopEvent()
    error = parse_event(
        ServerSentEvent("error", '{"type":"error","error":{"type":"api_error","message":"m"}}')
    )
    assert isinstance(error, ErrorEvent)
    assert error.error.type_ == "api_error"


def test_the_json_type_decides_not_the_event_name() -> None:
    assert isinstance(
        parse_event(ServerSentEvent("ping", '{"type":"message_stop"}')), MessageStopEvent
    )


def test_unknown_event_type_gives_none() -> None:
    assert parse_event(ServerSentEvent("future", '{"type":"future","x":1}')) is None


@pytest.mark.parametrize(
    ("data", "phrase"),
    [
        ("{not json", "invalid JSON"),
        ("", "invalid JSON"),
        ("[1, 2]", "not a JSON object"),
        ('"text"', "not a JSON object"),
        ('{"index": 0}', "not a JSON object with a string 'type'"),
        ('{"type": 5}', "not a JSON object with a string 'type'"),
        ('{"type":"content_block_delta","delta":{"type":"text_delta","text":""}}', "schema"),
        ('{"type":"content_block_delta","index":0,"delta":"text"}', "schema"),
        ('{"type":"content_block_delta","index":0,"delta":{"type":"text_delta"}}', "schema"),
        ('{"type":"message_start"}', "schema"),
        ('{"type":"content_block_stop"}', "schema"),
    ],
)
def test_bad_data_raises_stream_decode_error_naming_the_event(data: str, phrase: str) -> None:
    with pytest.raises(StreamDecodeError) as info:
        parse_event(ServerSentEvent("content_block_delta", data))
    assert info.value.event == "content_block_delta"
    assert "'content_block_delta'" in str(info.value)
    assert phrase in str(info.value)
    assert info.value.body == data


def test_invalid_json_keeps_its_cause() -> None:
    with pytest.raises(StreamDecodeError) as info:
        load_event_data(ServerSentEvent("message_start", "{"))
    assert isinstance(info.value.__cause__, json.JSONDecodeError)


def test_event_types_table_is_complete() -> None:
    assert set(EVENT_TYPES) == {
        "message_start",
        "content_block_start",
        "content_block_delta",
        "content_block_stop",
        "message_delta",
        "message_stop",
        "ping",
        "error",
    }


def test_a_model_whose_fields_come_in_another_order_is_built_by_keyword() -> None:
    # The generated models are built with positional arguments, but only when their
    # __init__ takes the fields in that order: another order must not mix them up.
    from claude_messages._events import _positional, delta_event_parser

    assert _positional(ContentBlockDeltaEvent, "index", "delta")
    assert _positional(TextDelta, "text")

    class Swapped(ContentBlockDeltaEvent):
        def __init__(self, delta: Any, index: int) -> None:
            super().__init__(index=index, delta=delta)

    assert not _positional(Swapped, "index", "delta")
    data = {"type": "content_block_delta", "index": 3, "delta": {"type": "text_delta", "text": "x"}}
    event = delta_event_parser(Swapped)(data)
    assert (event.index, event.delta) == (3, TextDelta(text="x"))


@pytest.mark.parametrize("kind", ["text_delta", "input_json_delta", "thinking_delta"])
def test_a_string_delta_missing_its_field_is_a_decode_error(kind: str) -> None:
    data = {"type": "content_block_delta", "index": 0, "delta": {"type": kind, "other": "x"}}
    with pytest.raises(StreamDecodeError, match="KeyError"):
        parse_event(ServerSentEvent("content_block_delta", json.dumps(data)))
