"""MessageStream / AsyncMessageStream and their managers.

Each behaviour is written once: ``Driver`` gives the sync and the async stream the same
awaitable surface, and the ``mode`` fixture runs every test both ways.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from claude_messages import _message_stream, _message_stream_events
from claude_messages._events import EVENT_TYPES
from claude_messages._exceptions import (
    APITimeoutError,
    IncompleteStreamError,
    OverloadedError,
    StreamDecodeError,
    StreamError,
    make_event_error,
)
from claude_messages._message_stream import (
    AsyncMessageStream,
    AsyncMessageStreamManager,
    MessageStream,
    MessageStreamManager,
)
from claude_messages._message_stream_events import (
    CitationEvent,
    InputJsonEvent,
    SignatureEvent,
    TextEvent,
    ThinkingEvent,
)
from claude_messages._sse import SSEDecoder
from claude_messages_generated import models

FIXTURES = Path(__file__).parent / "fixtures" / "sse"
# Every complete stream: a fixture with its non-streamed twin (``<name>.message.json``).
COMPLETE = sorted(p.name.removesuffix(".message.json") for p in FIXTURES.glob("*.message.json"))

pytestmark = pytest.mark.anyio


def fixture_events(name: str) -> list[dict[str, Any]]:
    decoder = SSEDecoder()
    events = decoder.feed((FIXTURES / f"{name}.sse").read_bytes()) + decoder.flush()
    return [json.loads(event.data) for event in events]


def expected_message(name: str) -> models.Message:
    return models.Message.from_dict(
        json.loads((FIXTURES / f"{name}.message.json").read_text("utf-8"))
    )


def expected_text(name: str) -> str:
    message = expected_message(name)
    return "".join(b.text for b in message.content if isinstance(b, models.TextBlock))


# -- one surface over both twins -------------------------------------------------------------


class Source:
    """Events for a stream; an ``Exception`` item is raised when reached. Records closing."""

    def __init__(self, items: list[Any]) -> None:
        self.items = items
        self.closed = 0

    def _items(self) -> Iterator[Any]:
        for item in self.items:
            if isinstance(item, Exception):
                raise item
            yield item

    def __iter__(self) -> Iterator[Any]:
        return self._items()

    async def __aiter__(self) -> AsyncIterator[Any]:
        for item in self._items():
            yield item

    def close(self) -> None:
        self.closed += 1

    async def aclose(self) -> None:
        self.closed += 1


class Driver:
    def __init__(self, stream: MessageStream | AsyncMessageStream) -> None:
        self.stream = stream

    @property
    def is_async(self) -> bool:
        return isinstance(self.stream, AsyncMessageStream)

    async def events(self, limit: int | None = None) -> list[Any]:
        out: list[Any] = []
        if isinstance(self.stream, AsyncMessageStream):
            async for event in self.stream:
                out.append(event)
                if limit is not None and len(out) >= limit:
                    break
        else:
            for event in self.stream:
                out.append(event)
                if limit is not None and len(out) >= limit:
                    break
        return out

    async def texts(self) -> list[str]:
        if isinstance(self.stream, AsyncMessageStream):
            return [text async for text in self.stream.text_stream]
        return list(self.stream.text_stream)

    async def final_message(self) -> models.Message:
        if isinstance(self.stream, AsyncMessageStream):
            return await self.stream.get_final_message()
        return self.stream.get_final_message()

    async def final_text(self) -> str:
        if isinstance(self.stream, AsyncMessageStream):
            return await self.stream.get_final_text()
        return self.stream.get_final_text()

    async def until_done(self) -> None:
        if isinstance(self.stream, AsyncMessageStream):
            await self.stream.until_done()
        else:
            self.stream.until_done()

    async def close(self) -> None:
        if isinstance(self.stream, AsyncMessageStream):
            await self.stream.aclose()
        else:
            self.stream.close()


class Recorder(MessageStream):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.calls: list[tuple[Any, ...]] = []

    def on_stream_event(self, event: Any) -> None:
        self.calls.append(("stream_event", event))

    def on_text(self, text: str, snapshot: str) -> None:
        self.calls.append(("text", text, snapshot))

    def on_input_json(self, partial_json: str, snapshot: object) -> None:
        self.calls.append(("input_json", partial_json, snapshot))

    def on_content_block(self, block: Any) -> None:
        self.calls.append(("content_block", block))

    def on_message(self, message: models.Message) -> None:
        self.calls.append(("message", message))

    def on_exception(self, exception: Exception) -> None:
        self.calls.append(("exception", exception))

    def on_timeout(self) -> None:
        self.calls.append(("timeout",))

    def on_end(self) -> None:
        self.calls.append(("end",))


class AsyncRecorder(AsyncMessageStream):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.calls: list[tuple[Any, ...]] = []

    async def on_stream_event(self, event: Any) -> None:
        self.calls.append(("stream_event", event))

    async def on_text(self, text: str, snapshot: str) -> None:
        self.calls.append(("text", text, snapshot))

    async def on_input_json(self, partial_json: str, snapshot: object) -> None:
        self.calls.append(("input_json", partial_json, snapshot))

    async def on_content_block(self, block: Any) -> None:
        self.calls.append(("content_block", block))

    async def on_message(self, message: models.Message) -> None:
        self.calls.append(("message", message))

    async def on_exception(self, exception: Exception) -> None:
        self.calls.append(("exception", exception))

    async def on_timeout(self) -> None:
        self.calls.append(("timeout",))

    async def on_end(self) -> None:
        self.calls.append(("end",))


class OnlyEnd(MessageStream):
    ends: int = 0

    def on_end(self) -> None:
        self.ends += 1


class AsyncOnlyEnd(AsyncMessageStream):
    ends: int = 0

    async def on_end(self) -> None:
        self.ends += 1


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def make(
    mode: str, items: list[Any], *, handler: str = "plain", response: httpx.Response | None = None
) -> tuple[Driver, Source]:
    source = Source(items)
    classes: dict[str, tuple[type[MessageStream], type[AsyncMessageStream]]] = {
        "plain": (MessageStream, AsyncMessageStream),
        "recorder": (Recorder, AsyncRecorder),
        "only_end": (OnlyEnd, AsyncOnlyEnd),
    }
    sync_cls, async_cls = classes[handler]
    stream: MessageStream | AsyncMessageStream
    if mode == "sync":
        stream = sync_cls(source, response=response, close=source.close)
    else:
        stream = async_cls(source, response=response, close=source.aclose)
    return Driver(stream), source


# -- the documented print(event.text) loop ---------------------------------------------------


@pytest.mark.parametrize("name", COMPLETE)
async def test_printing_event_text_prints_the_answer_once(
    mode: str, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    driver, _ = make(mode, fixture_events(name))
    stream = driver.stream
    # The documented loop, as written (async: the same with ``async for``).
    if isinstance(stream, AsyncMessageStream):
        async for event in stream:
            print(event.text, end="", flush=True)
    else:
        for event in stream:
            print(event.text, end="", flush=True)
    assert capsys.readouterr().out == expected_text(name)


# -- events, text, final message -------------------------------------------------------------


@pytest.mark.parametrize("name", COMPLETE)
async def test_final_message_equals_non_streaming(mode: str, name: str) -> None:
    driver, _ = make(mode, fixture_events(name))
    message = await driver.final_message()
    assert message.to_dict() == expected_message(name).to_dict()
    assert await driver.final_text() == expected_text(name)
    assert driver.stream.current_message_snapshot is message


@pytest.mark.parametrize("name", COMPLETE)
async def test_text_stream_is_the_text_deltas(mode: str, name: str) -> None:
    driver, _ = make(mode, fixture_events(name))
    texts = await driver.texts()
    deltas = [
        e["delta"]["text"]
        for e in fixture_events(name)
        if e["type"] == "content_block_delta" and e["delta"]["type"] == "text_delta"
    ]
    assert texts == deltas
    assert "".join(texts) == expected_text(name)


# -- server tools: inputs stream like tool_use, results arrive whole ---------------------------


async def test_server_tool_input_streams_as_input_json_events(mode: str) -> None:
    driver, _ = make(mode, fixture_events("web_search"), handler="recorder")
    events = await driver.events()
    final = await driver.final_message()
    call = final.content[1]
    assert isinstance(call, models.ServerToolUseBlock)
    assert call.input == {"query": "weather in Oslo today"}
    assert isinstance(call.caller, models.DirectCaller)
    # One input_json event per input_json_delta, each with the input parsed so far.
    pieces = [e for e in events if isinstance(e, InputJsonEvent)]
    assert "".join(e.partial_json for e in pieces) == '{"query": "weather in Oslo today"}'
    assert [e.snapshot for e in pieces] == [
        {},
        {},
        {"query": "weather in"},
        {"query": "weather in Oslo today"},
    ]
    hooked = [c[1:] for c in driver.stream.calls if c[0] == "input_json"]  # type: ignore[union-attr]
    assert hooked == [(e.partial_json, e.snapshot) for e in pieces]


async def test_web_search_results_arrive_whole_and_citations_as_events(mode: str) -> None:
    driver, _ = make(mode, fixture_events("web_search"), handler="recorder")
    events = await driver.events()
    stops = [e for e in events if isinstance(e, _message_stream_events.ContentBlockStopEvent)]
    kinds = [type(e.content_block).__name__ for e in stops]
    assert kinds == [
        "TextBlock",
        "ServerToolUseBlock",
        "WebSearchToolResultBlock",
        "TextBlock",
        "TextBlock",
    ]
    result = stops[2].content_block
    assert isinstance(result, models.WebSearchToolResultBlock)
    assert isinstance(result.content, list)
    assert [r.url for r in result.content] == [
        "https://weather.example.com/oslo",
        "https://forecast.example.org/no/oslo",
    ]
    (citation,) = [e for e in events if isinstance(e, CitationEvent)]
    assert isinstance(citation.citation, models.CitationWebSearchResultLocation)
    assert citation.citation.url == "https://weather.example.com/oslo"
    assert [type(c).__name__ for c in citation.snapshot] == ["CitationWebSearchResultLocation"]
    blocks = [c[1] for c in driver.stream.calls if c[0] == "content_block"]  # type: ignore[union-attr]
    assert [type(b).__name__ for b in blocks] == kinds


async def test_every_server_tool_result_is_its_own_class(mode: str) -> None:
    expected = {
        "web_fetch": {"WebFetchResultBlock", "WebFetchToolResultError"},
        "code_execution": {
            "CodeExecutionResultBlock",
            "CodeExecutionToolResultError",
            "EncryptedCodeExecutionResultBlock",
        },
        "bash_code_execution": {"BashCodeExecutionResultBlock", "BashCodeExecutionToolResultError"},
        "text_editor_code_execution": {
            "TextEditorCodeExecutionViewResultBlock",
            "TextEditorCodeExecutionCreateResultBlock",
            "TextEditorCodeExecutionStrReplaceResultBlock",
            "TextEditorCodeExecutionToolResultError",
        },
        "tool_search": {"ToolSearchToolSearchResultBlock", "ToolSearchToolResultError"},
    }
    for name, kinds in expected.items():
        driver, _ = make(mode, fixture_events(name))
        final = await driver.final_message()
        results = {
            type(block.content).__name__
            for block in final.content
            if block.type.endswith("_tool_result")
        }
        assert results == kinds, name


async def test_raw_events_then_derived_events(mode: str) -> None:
    driver, _ = make(mode, fixture_events("tool_use"))
    events = await driver.events()
    final = await driver.final_message()
    raw_types = [e["type"] for e in fixture_events("tool_use") if e["type"] != "ping"]
    raw = [e for e in events if not isinstance(e, TextEvent | InputJsonEvent)]
    assert [e.type for e in raw if e.type != "ping"] == raw_types
    for event in raw:
        # The generated classes, with the same JSON; ``type`` mirrors ``type_``.
        assert isinstance(event, EVENT_TYPES[event.type])
        assert event.type == event.type_
        assert event.text == ""
    # Every delta is followed by its derived event.
    for i, event in enumerate(events):
        if isinstance(event, models.ContentBlockDeltaEvent):
            follower = events[i + 1]
            if isinstance(event.delta, models.TextDelta):
                assert isinstance(follower, TextEvent)
                assert follower.text == event.delta.text
            else:
                assert isinstance(event.delta, models.InputJSONDelta)
                assert isinstance(follower, InputJsonEvent)
                assert follower.partial_json == event.delta.partial_json
                assert follower.text == ""
    texts = [e for e in events if isinstance(e, TextEvent)]
    assert [e.snapshot for e in texts] == [
        "I'll check",
        "I'll check the weather in San Francisco for you.",
    ]
    snapshots = [e.snapshot for e in events if isinstance(e, InputJsonEvent)]
    assert snapshots[0] == {}
    assert snapshots[2] == {"location": "San Francisco, C"}
    assert snapshots[-1] == {"location": "San Francisco, CA", "unit": "fahrenheit",
                             "days": [1, 2, 3]}  # fmt: skip
    stops = [e for e in events if isinstance(e, models.ContentBlockStopEvent)]
    assert [s.content_block.to_dict() for s in stops] == [b.to_dict() for b in final.content]
    (message_stop,) = [e for e in events if isinstance(e, models.MessageStopEvent)]
    assert message_stop.message is final


async def test_thinking_signature_and_citation_events(mode: str) -> None:
    driver, _ = make(mode, fixture_events("thinking"))
    events = await driver.events()
    thinking = [e for e in events if isinstance(e, ThinkingEvent)]
    assert thinking[-1].snapshot == "".join(e.thinking for e in thinking)
    assert thinking[0].snapshot == thinking[0].thinking
    (signature,) = [e for e in events if isinstance(e, SignatureEvent)]
    assert signature.type == signature.type_ == "signature"
    assert signature.signature.startswith("EqQB")

    driver, _ = make(mode, fixture_events("citations"))
    citations = [e for e in await driver.events() if isinstance(e, CitationEvent)]
    assert [c.citation.to_dict()["cited_text"] for c in citations] == [
        "The grass is green. ",
        "The sky is blue.",
    ]
    assert all(len(c.snapshot) == 1 for c in citations)
    assert all(c.text == "" for c in citations)


async def test_unknown_event_types_are_skipped_and_unknown_deltas_pass(mode: str) -> None:
    events = fixture_events("text")
    stop_at = next(i for i, e in enumerate(events) if e["type"] == "content_block_stop")
    events[stop_at:stop_at] = [
        {"type": "content_block_delta", "index": 0, "delta": {"type": "aura_delta", "aura": 1}},
        {"type": "message_progress", "stage": "warm"},
    ]
    driver, _ = make(mode, events)
    out = await driver.events()
    assert "message_progress" not in [e.type for e in out]
    unknown = [e for e in out if isinstance(e, models.ContentBlockDeltaEvent)
               and isinstance(e.delta, models.UnknownDelta)]  # fmt: skip
    assert len(unknown) == 1
    following = out[out.index(unknown[0]) + 1]
    assert isinstance(following, models.ContentBlockStopEvent)  # no derived event for it
    final = await driver.final_message()
    assert final.content[0].to_dict()["aura"] == 1  # merged into the block, not lost


async def test_reading_some_events_then_the_rest(mode: str) -> None:
    driver, _ = make(mode, fixture_events("text"))
    first = await driver.events(limit=4)
    assert [e.type for e in first][:2] == ["message_start", "content_block_start"]
    partial = driver.stream.current_message_snapshot
    assert partial.stop_reason is None
    message = await driver.final_message()
    assert message.to_dict() == expected_message("text").to_dict()
    assert await driver.events() == []  # one pass: nothing is read twice


async def test_switching_from_events_to_text_stream_loses_no_text(mode: str) -> None:
    driver, _ = make(mode, fixture_events("text"))
    first = await driver.events(limit=4)
    assert isinstance(first[-1], models.ContentBlockDeltaEvent)  # its TextEvent is pending
    rest = await driver.texts()
    assert "".join(rest) == expected_text("text")


async def test_no_typed_events_for_text_stream(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[object] = []
    real = _message_stream_events.raw_event

    def counting(data: Any) -> Any:
        built.append(data)
        return real(data)

    monkeypatch.setattr(_message_stream, "raw_event", counting)
    driver, _ = make(mode, fixture_events("text"))
    await driver.texts()
    await driver.final_message()
    assert built == []
    driver, _ = make(mode, fixture_events("text"))
    await driver.events()
    assert len(built) == len(fixture_events("text"))


async def test_get_final_text_without_text_blocks_is_empty(mode: str) -> None:
    events = [e for e in fixture_events("tool_use")]
    events = [e for e in events if e.get("index") != 0]
    for e in events:
        if "index" in e:
            e["index"] = 0
    driver, _ = make(mode, events)
    assert await driver.final_text() == ""


# -- hooks -----------------------------------------------------------------------------------


async def test_hooks_run_in_order_while_the_stream_is_read(mode: str) -> None:
    driver, _ = make(mode, fixture_events("tool_use"), handler="recorder")
    await driver.until_done()
    calls: list[tuple[Any, ...]] = driver.stream.calls  # type: ignore[union-attr]
    kinds = [c[0] for c in calls]
    raw = [e for e in fixture_events("tool_use") if e["type"] != "ping"]
    assert kinds.count("stream_event") == len(raw) + 1  # the source here includes its ping
    assert [c[1:] for c in calls if c[0] == "text"] == [
        ("I'll check", "I'll check"),
        (" the weather in San Francisco for you.",
         "I'll check the weather in San Francisco for you."),
    ]  # fmt: skip
    json_calls = [c for c in calls if c[0] == "input_json"]
    assert json_calls[-1][2] == {"location": "San Francisco, CA", "unit": "fahrenheit",
                                 "days": [1, 2, 3]}  # fmt: skip
    blocks = [c[1] for c in calls if c[0] == "content_block"]
    final = await driver.final_message()
    assert [b.to_dict() for b in blocks] == [b.to_dict() for b in final.content]
    assert [c[1] for c in calls if c[0] == "message"] == [final]
    assert kinds[-2:] == ["message", "end"]
    assert kinds.count("end") == 1
    assert "exception" not in kinds
    # The hook saw each event right after it was accumulated, before the next one.
    first_text = kinds.index("text")
    assert calls[first_text - 1][0] == "stream_event"
    assert isinstance(calls[first_text - 1][1], models.ContentBlockDeltaEvent)


async def test_hook_events_are_the_iterated_events(mode: str) -> None:
    driver, _ = make(mode, fixture_events("text"), handler="recorder")
    events = await driver.events()
    hooked = [c[1] for c in driver.stream.calls if c[0] == "stream_event"]  # type: ignore[union-attr]
    iterated = [e for e in events if not isinstance(e, TextEvent)]
    assert len(hooked) == len(iterated)
    assert all(a is b for a, b in zip(hooked, iterated, strict=True))


# -- errors ----------------------------------------------------------------------------------


def overloaded() -> OverloadedError:
    request = httpx.Request("POST", "http://127.0.0.1/v1/messages")
    response = httpx.Response(200, request=request, headers={"request-id": "req_1"})
    body = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    exc = make_event_error(response, body)
    assert isinstance(exc, OverloadedError)
    return exc


async def test_error_mid_stream_raises_after_on_exception_and_keeps_the_partial(
    mode: str,
) -> None:
    events = fixture_events("error_mid_stream")
    error = overloaded()
    items: list[Any] = [e for e in events if e["type"] != "error"] + [error]
    driver, source = make(mode, items, handler="recorder")
    seen: list[str] = []
    with pytest.raises(OverloadedError) as info:
        if isinstance(driver.stream, AsyncMessageStream):
            async for text in driver.stream.text_stream:
                seen.append(text)
        else:
            seen.extend(driver.stream.text_stream)
    assert info.value is error
    calls: list[tuple[Any, ...]] = driver.stream.calls  # type: ignore[union-attr]
    assert calls[-2:] == [("exception", error), ("end",)]
    partial = driver.stream.current_message_snapshot
    assert partial.content[0].to_dict()["text"] == "".join(seen) != ""
    # Asking for the final message again raises the same error, not a vaguer one.
    with pytest.raises(OverloadedError):
        await driver.final_message()
    await driver.close()
    assert source.closed == 1
    assert [c[0] for c in calls].count("end") == 1


async def test_timeout_calls_on_timeout_then_on_exception(mode: str) -> None:
    error = APITimeoutError("Stream idle limit reached")
    items: list[Any] = [*fixture_events("text")[:3], error]
    driver, _ = make(mode, items, handler="recorder")
    with pytest.raises(APITimeoutError):
        await driver.until_done()
    calls: list[tuple[Any, ...]] = driver.stream.calls  # type: ignore[union-attr]
    assert calls[-3:] == [("timeout",), ("exception", error), ("end",)]


async def test_truncated_source_raises_incomplete(mode: str) -> None:
    events = fixture_events("text")
    items = [e for e in events if e["type"] not in ("message_stop", "message_delta")]
    driver, _ = make(mode, items, handler="recorder")
    with pytest.raises(IncompleteStreamError):
        await driver.final_message()
    assert driver.stream.current_message_snapshot.content[0].to_dict()["text"]


async def test_out_of_order_events_raise_stream_error(mode: str) -> None:
    items = [fixture_events("text")[0],
             {"type": "content_block_delta", "index": 5,
              "delta": {"type": "text_delta", "text": "x"}}]  # fmt: skip
    driver, _ = make(mode, items)
    with pytest.raises(StreamError, match="block 5"):
        await driver.events()


async def test_hook_errors_propagate(mode: str) -> None:
    class Boom(Exception):
        pass

    class Failing(MessageStream):
        def on_text(self, text: str, snapshot: str) -> None:
            raise Boom

    class AsyncFailing(AsyncMessageStream):
        async def on_text(self, text: str, snapshot: str) -> None:
            raise Boom

    source = Source(fixture_events("text"))
    stream = (
        Failing(source, close=source.close)
        if mode == "sync"
        else AsyncFailing(source, close=source.aclose)
    )
    with pytest.raises(Boom):
        await Driver(stream).until_done()


# -- closing ---------------------------------------------------------------------------------


async def test_close_early_releases_the_source_and_ends_once(mode: str) -> None:
    driver, source = make(mode, fixture_events("text"), handler="only_end")
    await driver.events(limit=3)
    await driver.close()
    await driver.close()
    assert source.closed == 1
    assert driver.stream.ends == 1  # type: ignore[union-attr]
    with pytest.raises(IncompleteStreamError):
        await driver.final_message()
    assert await driver.events() == []


async def test_close_before_reading_ends_once(mode: str) -> None:
    driver, source = make(mode, fixture_events("text"), handler="only_end")
    await driver.close()
    assert source.closed == 1
    assert driver.stream.ends == 1  # type: ignore[union-attr]


async def test_response_and_request_id(mode: str) -> None:
    response = httpx.Response(200, headers={"request-id": "req_42"})
    driver, _ = make(mode, fixture_events("text"), response=response)
    assert driver.stream.response is response
    assert driver.stream.request_id == "req_42"
    bare, _ = make(mode, fixture_events("text"))
    assert bare.stream.request_id is None
    with pytest.raises(RuntimeError):
        _ = bare.stream.response


# -- managers over a real Stream -------------------------------------------------------------


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, data: bytes, size: int = 37) -> None:
        self.chunks = [data[i : i + size] for i in range(0, len(data), size)]
        self.sent = 0
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.sent += 1
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            self.sent += 1
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


class Server:
    """An in-process transport answering one fixture; remembers the body it sent."""

    def __init__(self, name: str, status: int = 200) -> None:
        self.data = (FIXTURES / f"{name}.sse").read_bytes()
        self.status = status
        self.body: Body | None = None
        self.requests = 0

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        self.body = Body(self.data)
        return httpx.Response(
            self.status,
            headers={"content-type": "text/event-stream", "request-id": "req_7"},
            stream=self.body,
        )


async def enter_and(mode: str, server: Server, action: str, handler: type | None = None) -> Any:
    """Enter a manager for ``server`` and do ``action`` ("message", "break", "raise")."""
    url = "http://127.0.0.1/v1/messages"
    transport = httpx.MockTransport(server.handler)
    if mode == "sync":
        client = httpx.Client(transport=transport)

        def send() -> httpx.Response:
            return client.send(client.build_request("POST", url), stream=True)

        manager = MessageStreamManager(send, event_handler=handler)
        assert server.requests == 0  # nothing is sent before the with block
        with manager as stream:
            assert server.requests == 1
            if action == "break":
                next(iter(stream))
                return stream
            if action == "raise":
                raise KeyError("user code failed")
            return stream, stream.get_final_message()
    aclient = httpx.AsyncClient(transport=transport)

    async def asend() -> httpx.Response:
        return await aclient.send(aclient.build_request("POST", url), stream=True)

    amanager = AsyncMessageStreamManager(asend, event_handler=handler)
    assert server.requests == 0
    async with amanager as astream:
        assert server.requests == 1
        if action == "break":
            await astream.__anext__()
            return astream
        if action == "raise":
            raise KeyError("user code failed")
        return astream, await astream.get_final_message()


async def test_manager_streams_a_message(mode: str) -> None:
    server = Server("tool_use")
    stream, message = await enter_and(mode, server, "message")
    assert message.to_dict() == expected_message("tool_use").to_dict()
    assert stream.request_id == "req_7"
    assert server.body is not None and server.body.closed


@pytest.mark.parametrize("action", ["break", "raise"])
async def test_manager_exit_releases_the_connection(mode: str, action: str) -> None:
    server = Server("text")
    if action == "raise":
        with pytest.raises(KeyError):
            await enter_and(mode, server, action)
    else:
        stream = await enter_and(mode, server, action)
        assert stream.response.is_closed
    assert server.body is not None
    assert server.body.closed
    assert server.body.sent < len(server.body.chunks)


async def test_manager_error_event_raises_typed_error_with_partial(mode: str) -> None:
    server = Server("error_mid_stream")
    with pytest.raises(OverloadedError) as info:
        await enter_and(mode, server, "message")
    assert info.value.request_id == "req_7"
    assert server.body is not None and server.body.closed


async def test_manager_uses_the_event_handler(mode: str) -> None:
    server = Server("text")
    handler = Recorder if mode == "sync" else AsyncRecorder
    stream, message = await enter_and(mode, server, "message", handler)
    assert type(stream) is handler
    assert [c[1] for c in stream.calls if c[0] == "message"] == [message]


async def test_manager_http_error_raises_on_enter(mode: str) -> None:
    def fail() -> httpx.Response:
        raise OverloadedError(
            "Error code: 529",
            response=httpx.Response(529, request=httpx.Request("POST", "http://127.0.0.1/")),
            body=None,
        )

    async def afail() -> httpx.Response:
        return fail()

    if mode == "sync":
        with pytest.raises(OverloadedError), MessageStreamManager(fail):
            pytest.fail("the body must not run")
    else:
        with pytest.raises(OverloadedError):
            async with AsyncMessageStreamManager(afail):
                pytest.fail("the body must not run")


async def test_event_that_does_not_fit_its_schema_raises_stream_decode_error(mode: str) -> None:
    # The MessageStream reads the events' JSON; its typed events must still hold it to the
    # schema with the stream's own error, not a bare KeyError from the model.
    events = fixture_events("text")
    broken = [
        {**e, "delta": {"stop_reason": "end_turn"}} if e["type"] == "message_delta" else e
        for e in events
    ]
    driver, _ = make(mode, broken, handler="recorder")
    with pytest.raises(StreamDecodeError, match="message_delta"):
        await driver.events()


async def test_truncated_stream_over_a_response_built_by_hand_is_incomplete(mode: str) -> None:
    # A response without a request (as tests and proxies build them) must not turn the
    # stream's own error into httpx's RuntimeError.
    items = [e for e in fixture_events("text") if e["type"] != "message_stop"]
    driver, _ = make(mode, items, response=httpx.Response(200))
    with pytest.raises(IncompleteStreamError):
        await driver.final_message()
