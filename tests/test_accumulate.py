"""The accumulator: recorded fixtures, table tests, unknown types, errors, linearity."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from claude_messages import _accumulate
from claude_messages._accumulate import MessageAccumulator, accumulate
from claude_messages._exceptions import IncompleteStreamError, StreamDecodeError, StreamError
from claude_messages._sse import SSEDecoder
from claude_messages_generated.models import (
    ContentBlockDeltaEvent,
    Message,
    MessageStopEvent,
    ToolUseBlock,
    UnknownContentBlock,
)

FIXTURES = Path(__file__).parent / "fixtures" / "sse"
# Every complete stream: a fixture with its non-streamed twin (``<name>.message.json``).
COMPLETE = sorted(p.name.removesuffix(".message.json") for p in FIXTURES.glob("*.message.json"))


def fixture_events(name: str) -> list[dict[str, Any]]:
    decoder = SSEDecoder()
    events = decoder.feed((FIXTURES / f"{name}.sse").read_bytes()) + decoder.flush()
    return [json.loads(event.data) for event in events]


def expected_message(name: str) -> Message:
    return Message.from_dict(json.loads((FIXTURES / f"{name}.message.json").read_text("utf-8")))


def run(events: list[dict[str, Any]]) -> MessageAccumulator:
    state = None
    for event in events:
        state = accumulate(state, event)
    assert state is not None
    return state


# -- hand-built events ---------------------------------------------------------------------


def start(**usage: Any) -> dict[str, Any]:
    return {
        "type": "message_start",
        "message": {
            "id": "msg_1",
            "type": "message",
            "role": "assistant",
            "model": "m",
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": 5, "output_tokens": 1, **usage},
        },
    }


def start_with(**fields: Any) -> dict[str, Any]:
    """A message_start whose message has these fields too."""
    event = start()
    event["message"].update(fields)
    return event


def block(index: int, **content: Any) -> dict[str, Any]:
    return {"type": "content_block_start", "index": index, "content_block": content}


def delta(index: int, kind: str, **fields: Any) -> dict[str, Any]:
    return {"type": "content_block_delta", "index": index, "delta": {"type": kind, **fields}}


def stop(index: int) -> dict[str, Any]:
    return {"type": "content_block_stop", "index": index}


def message_delta(usage: dict[str, Any] | None = None, **fields: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "type": "message_delta",
        "delta": {"stop_reason": "end_turn", "stop_sequence": None, **fields},
    }
    if usage is not None:
        event["usage"] = usage
    return event


END = {"type": "message_stop"}
CITE_1 = {"type": "char_location", "cited_text": "a", "document_index": 0,
          "document_title": None, "start_char_index": 0, "end_char_index": 1}  # fmt: skip
CITE_2 = {**CITE_1, "cited_text": "b", "start_char_index": 1, "end_char_index": 2}

# (name, events, expected content, expected message fields)
TABLE: list[tuple[str, list[dict[str, Any]], list[dict[str, Any]], dict[str, Any]]] = [
    (
        "text pieces are appended",
        [start(), block(0, type="text", text=""),
         delta(0, "text_delta", text="Hel"), delta(0, "text_delta", text="lo"),
         delta(0, "text_delta", text=""), stop(0), message_delta({"output_tokens": 3}), END],
        [{"type": "text", "text": "Hello"}],
        {"stop_reason": "end_turn"},
    ),
    (
        "text a block starts with is kept in front",
        [start(), block(0, type="text", text="Pre"), delta(0, "text_delta", text="fix"),
         stop(0), message_delta(), END],
        [{"type": "text", "text": "Prefix"}],
        {},
    ),
    (
        "thinking appended, signature replaced",
        [start(), block(0, type="thinking", thinking="", signature=""),
         delta(0, "thinking_delta", thinking="a"), delta(0, "thinking_delta", thinking="b"),
         delta(0, "signature_delta", signature="s1"), delta(0, "signature_delta", signature="s2"),
         stop(0), message_delta(), END],
        [{"type": "thinking", "thinking": "ab", "signature": "s2"}],
        {},
    ),
    (
        "citations appended, to the start list or to none",
        [start(), block(0, type="text", text="", citations=[CITE_1]),
         delta(0, "citations_delta", citation=CITE_2), delta(0, "text_delta", text="x"), stop(0),
         block(1, type="text", text=""), delta(1, "citations_delta", citation=CITE_1), stop(1),
         message_delta(), END],
        [{"type": "text", "text": "x", "citations": [CITE_1, CITE_2]},
         {"type": "text", "text": "", "citations": [CITE_1]}],
        {},
    ),
    (
        "tool input concatenated and parsed at content_block_stop",
        [start(), block(0, type="tool_use", id="t1", name="f", input={}),
         delta(0, "input_json_delta", partial_json=""),
         delta(0, "input_json_delta", partial_json='{"a": [1, '),
         delta(0, "input_json_delta", partial_json='2], "b": "\\u00e9"}'),
         stop(0), message_delta(stop_reason="tool_use"), END],
        [{"type": "tool_use", "id": "t1", "name": "f", "input": {"a": [1, 2], "b": "é"}}],
        {"stop_reason": "tool_use"},
    ),
    (
        "a tool without input pieces keeps the start's input",
        [start(), block(0, type="tool_use", id="t1", name="f", input={}),
         delta(0, "input_json_delta", partial_json=""), stop(0),
         block(1, type="tool_use", id="t2", name="g", input={"k": 1}), stop(1),
         message_delta(), END],
        [{"type": "tool_use", "id": "t1", "name": "f", "input": {}},
         {"type": "tool_use", "id": "t2", "name": "g", "input": {"k": 1}}],
        {},
    ),
    (
        "message_delta sets stop fields and replaces non-null usage",
        [start(cache_read_input_tokens=7), block(0, type="text", text=""), stop(0),
         message_delta({"output_tokens": 42, "input_tokens": None, "cache_read_input_tokens": 9,
                        "server_tool_use": {"web_search_requests": 1}},
                       stop_reason="stop_sequence", stop_sequence="###"),
         END],
        [{"type": "text", "text": ""}],
        {"stop_reason": "stop_sequence", "stop_sequence": "###",
         "usage": {"input_tokens": 5, "output_tokens": 42, "cache_read_input_tokens": 9,
                   "server_tool_use": {"web_search_requests": 1}}},
    ),
    (
        "fields the API adds to message_delta are kept; unknown stop reasons too",
        [start(), message_delta(stop_reason="brand_new_reason", sandbox={"id": "c1"}), END],
        [],
        {"stop_reason": "brand_new_reason", "sandbox": {"id": "c1"}},
    ),
    (
        "a null in message_delta keeps the value message_start gave; other values replace",
        [start_with(container={"id": "c1", "expires_at": "2026-01-01T00:00:00Z"}),
         message_delta(container=None, stop_details=None), END],
        [],
        {"container": {"id": "c1", "expires_at": "2026-01-01T00:00:00+00:00"},
         "stop_details": None},
    ),
    (
        "message_delta gives the container and the stop details",
        [start_with(container=None),
         message_delta(stop_reason="refusal",
                       container={"id": "c2", "expires_at": "2026-01-01T00:00:00+00:00"},
                       stop_details={"type": "refusal", "category": "bio", "explanation": None}),
         END],
        [],
        {"stop_reason": "refusal",
         "container": {"id": "c2", "expires_at": "2026-01-01T00:00:00+00:00"},
         "stop_details": {"type": "refusal", "category": "bio", "explanation": None}},
    ),
    (
        "a server tool's input accumulates as a tool_use's; an unknown block is kept whole",
        [start(), block(0, type="server_tool_use", id="s1", name="web_search", input={}),
         delta(0, "input_json_delta", partial_json='{"query": "x"}'), stop(0),
         block(1, type="hologram", payload={"k": [1]}), stop(1), message_delta(), END],
        [{"type": "server_tool_use", "id": "s1", "name": "web_search", "input": {"query": "x"}},
         {"type": "hologram", "payload": {"k": [1]}}],
        {},
    ),
    (
        "an unknown delta is merged: strings extend, lists grow, the rest is replaced",
        [start(), block(0, type="hologram", caption="a", frames=[1], mode="x"),
         delta(0, "hologram_delta", caption="b", frames=2, mode=3, fresh="new"),
         delta(0, "hologram_delta", caption="c", fresh="er"), stop(0), message_delta(), END],
        [{"type": "hologram", "caption": "abc", "frames": [1, 2], "mode": 3, "fresh": "er"}],
        {},
    ),
    (
        "ping and unknown event types change nothing",
        [{"type": "ping"}, start(), {"type": "message_progress", "stage": 1},
         block(0, type="text", text=""), {"type": "ping"}, delta(0, "text_delta", text="ok"),
         stop(0), message_delta(), {"type": "ping"}, END],
        [{"type": "text", "text": "ok"}],
        {},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("name", "events", "content", "fields"), TABLE, ids=[t[0] for t in TABLE])
def test_table(
    name: str, events: list[dict[str, Any]], content: list[dict[str, Any]], fields: dict[str, Any]
) -> None:
    message = run(events).final_message()
    data = message.to_dict()
    assert data["content"] == content
    for key, value in fields.items():
        assert data[key] == value, key
    # Whatever was accumulated parses the way a non-streaming answer would.
    assert message.to_dict() == Message.from_dict(data).to_dict()


def test_unknown_block_is_the_generated_catch_all() -> None:
    events = [start(), block(0, type="hologram", payload=1), stop(0), message_delta(), END]
    (only,) = run(events).final_message().content
    assert isinstance(only, UnknownContentBlock)
    assert only.type_ == "hologram"
    assert only.additional_properties == {"payload": 1}


@pytest.mark.parametrize("name", COMPLETE)
def test_fixture_equals_non_streaming_message(name: str) -> None:
    message = run(fixture_events(name)).final_message()
    assert message.to_dict() == expected_message(name).to_dict()


def test_typed_events_are_accepted() -> None:
    acc = MessageAccumulator()
    for data in fixture_events("text"):
        if data["type"] == "content_block_delta":
            acc.add(ContentBlockDeltaEvent.from_dict(data))
        elif data["type"] == "message_stop":
            acc.add(MessageStopEvent())
        else:
            acc.add(data)
    assert acc.final_message().to_dict() == expected_message("text").to_dict()


# -- snapshots -----------------------------------------------------------------------------


def test_snapshot_is_cached_until_the_next_event() -> None:
    acc = run([start(), block(0, type="text", text=""), delta(0, "text_delta", text="a")])
    first = acc.snapshot()
    assert acc.snapshot() is first
    acc.add({"type": "ping"})  # changes nothing: the cache stays
    assert acc.snapshot() is first
    acc.add(delta(0, "text_delta", text="b"))
    second = acc.snapshot()
    assert second is not first
    assert [b.to_dict()["text"] for b in (first.content[0], second.content[0])] == ["a", "ab"]


def test_partial_tool_input_in_snapshot_before_stop() -> None:
    acc = run([
        start(), block(0, type="tool_use", id="t", name="f", input={}),
        delta(0, "input_json_delta", partial_json='{"city": "San Fr'),
    ])  # fmt: skip
    (tool,) = acc.snapshot().content
    assert isinstance(tool, ToolUseBlock)
    assert tool.input_ == {"city": "San Fr"}
    assert acc.snapshot().stop_reason is None


def test_text_upto_keeps_old_views_right() -> None:
    acc = run([start(), block(0, type="text", text="")])
    state = acc.block(0)
    for piece in ["a", "b", "c", "d"]:
        acc.add(delta(0, "text_delta", text=piece))
    assert state.text_upto("text", 4) == "abcd"
    assert state.text_upto("text", 2) == "ab"  # an older event's view, after a newer join
    assert state.text_upto("text", 3) == "abc"
    assert state.text_upto("text", 0) == ""
    assert state.text("text") == "abcd"


# -- linearity: nothing is re-joined or re-parsed per delta --------------------------------


def test_deltas_only_append(monkeypatch: pytest.MonkeyPatch) -> None:
    parses: list[str] = []
    real_loads = json.loads

    class CountingJson:
        JSONDecodeError = json.JSONDecodeError

        @staticmethod
        def loads(text: str) -> Any:
            parses.append(text)
            return real_loads(text)

    partials: list[str] = []
    real_partial = _accumulate.parse_partial_json

    def counting_partial(text: str) -> Any:
        partials.append(text)
        return real_partial(text)

    monkeypatch.setattr(_accumulate, "json", CountingJson)
    monkeypatch.setattr(_accumulate, "parse_partial_json", counting_partial)

    acc = run([start(), block(0, type="text", text=""),
               block(1, type="tool_use", id="t", name="f", input={})])  # fmt: skip
    pieces = ['{"items": ['] + [f'"item {i}", ' for i in range(999)] + ['"last"]}']
    for i, piece in enumerate(pieces):
        acc.add(delta(0, "text_delta", text=str(i % 10)))
        acc.add(delta(1, "input_json_delta", partial_json=piece))
    text_state = acc.block(0)
    # Every piece kept as it came; no join happened yet, no parse of any kind.
    assert len(text_state.parts["text"]) == len(pieces)
    assert text_state._joined == {}
    assert parses == [] and partials == []

    acc.add(stop(0))
    acc.add(stop(1))
    assert parses == ["".join(pieces)]  # one parse, of the whole input, at the stop
    assert partials == []
    tool = acc.content_block(1)
    assert isinstance(tool, ToolUseBlock)
    assert tool.input_["items"][-1] == "last"
    assert len(parses) == 1


# -- errors --------------------------------------------------------------------------------


def test_delta_before_its_block_raises_stream_error() -> None:
    acc = run([start()])
    with pytest.raises(StreamError, match="block 3"):
        acc.add(delta(3, "text_delta", text="x"))


def test_event_before_message_start_raises_stream_error() -> None:
    acc = MessageAccumulator()
    acc.add({"type": "ping"})  # allowed anywhere
    with pytest.raises(StreamError, match="before message_start"):
        acc.add(block(0, type="text", text=""))


def test_event_missing_a_field_raises_stream_decode_error() -> None:
    acc = run([start()])
    with pytest.raises(StreamDecodeError) as info:
        acc.add({"type": "content_block_start", "content_block": {"type": "text"}})
    assert info.value.event == "content_block_start"


def test_invalid_tool_json_raises_and_keeps_the_best_view() -> None:
    acc = run([start(), block(0, type="tool_use", id="t", name="f", input={}),
               delta(0, "input_json_delta", partial_json='{"a": 1, "b": }')])  # fmt: skip
    with pytest.raises(StreamDecodeError, match="content block 0") as info:
        acc.add(stop(0))
    assert info.value.event == "content_block_stop"
    (tool,) = acc.snapshot().content
    assert isinstance(tool, ToolUseBlock)
    assert tool.input_ == {"a": 1}


def test_final_message_before_message_stop_raises_but_snapshot_works() -> None:
    events = fixture_events("error_mid_stream")
    acc = run([e for e in events if e["type"] != "error"])
    with pytest.raises(IncompleteStreamError):
        acc.final_message()
    partial = acc.snapshot()
    assert partial.stop_reason is None
    assert partial.content[0].to_dict()["text"]


def test_snapshot_before_message_start_raises_stream_error() -> None:
    with pytest.raises(StreamError, match="message_start"):
        MessageAccumulator().snapshot()
