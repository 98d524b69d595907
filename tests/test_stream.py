"""Stream and AsyncStream over in-process byte streams (and one real loopback socket).

Each behaviour is written once and run in both modes: ``consume`` drives a ``Stream`` or an
``AsyncStream`` over the same body and reports what came out.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import logging
import threading
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from claude_messages._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    IncompleteStreamError,
    InternalServerError,
    OverloadedError,
    RateLimitError,
    ResponseTooLargeError,
    StreamDecodeError,
)
from claude_messages._loads import use_orjson
from claude_messages._streaming import AsyncStream, Stream
from claude_messages_generated.models import (
    CacheCreation,
    ContentBlockDeltaEvent,
    ContentBlockStartEvent,
    ContentBlockStopEvent,
    MessageDeltaEvent,
    MessageStartEvent,
    MessageStopEvent,
    PingEvent,
    TextDelta,
)

FIXTURES = Path(__file__).parent / "fixtures" / "sse"
URL = "http://127.0.0.1/v1/messages"
MODES = ["sync", "async"]


def fixture(name: str) -> bytes:
    return (FIXTURES / f"{name}.sse").read_bytes()


def chunked(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def sse(payload: dict[str, object], name: str | None = None) -> bytes:
    return f"event: {name or payload['type']}\ndata: {json.dumps(payload)}\n\n".encode()


START = sse(
    {
        "type": "message_start",
        "message": {
            "id": "msg_1",
            "type": "message",
            "role": "assistant",
            "model": "m",
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": 1, "output_tokens": 1},
        },
    }
)
PING = sse({"type": "ping"})
STOP = sse({"type": "message_stop"})


def delta(text: str) -> bytes:
    return sse(
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": text}}
    )


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body from a list of items: bytes are sent, a float advances the fake clock
    by that many seconds (time spent waiting for the next chunk), an exception is raised."""

    def __init__(self, items: list[bytes | float | Exception], clock: FakeClock) -> None:
        self.items = items
        self.clock = clock
        self.sent = 0
        self.closed = False

    def _next_items(self) -> Iterator[bytes]:
        for item in self.items:
            if isinstance(item, float):
                self.clock.now += item
            elif isinstance(item, Exception):
                raise item
            else:
                self.sent += 1
                yield item

    def __iter__(self) -> Iterator[bytes]:
        yield from self._next_items()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for item in self._next_items():
            yield item

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


@dataclass
class Outcome:
    events: list[object] = field(default_factory=list)
    error: Exception | None = None
    stream: Stream[object] | AsyncStream[object] | None = None
    body: Body | None = None
    response_closed: bool = False


def _handler(body: Body, headers: dict[str, str]) -> httpx.MockTransport:
    base = {"content-type": "text/event-stream", "request-id": "req_0123"}

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={**base, **headers}, stream=body)

    return httpx.MockTransport(handle)


def consume(
    mode: str,
    items: list[bytes | float | Exception],
    *,
    limit: int | None = None,
    headers: dict[str, str] | None = None,
    idle_timeout: float | None = None,
    managed: bool = True,
    as_dicts: bool = False,
    max_event_size: int | None = None,
) -> Outcome:
    """Read a stream over ``items`` in ``mode`` inside its context manager (unless not
    ``managed``), stopping after ``limit`` events if given; collect the events and the
    exception that ended it."""
    clock = FakeClock()
    body = Body(items, clock)
    transport = _handler(body, headers or {})
    out = Outcome(body=body)
    if mode == "sync":
        with httpx.Client(transport=transport) as client:
            response = client.send(client.build_request("POST", URL), stream=True)
            stream = Stream(
                response,
                idle_timeout=idle_timeout,
                clock=clock,
                as_dicts=as_dicts,
                max_event_size=max_event_size,
            )
            out.stream = stream
            with contextlib.ExitStack() as stack:
                if managed:
                    stack.enter_context(stream)
                try:
                    for event in stream:
                        out.events.append(event)
                        if limit is not None and len(out.events) >= limit:
                            break
                except Exception as exc:
                    out.error = exc
            out.response_closed = response.is_closed
        return out

    async def main() -> None:
        async with httpx.AsyncClient(transport=transport) as client:
            response = await client.send(client.build_request("POST", URL), stream=True)
            stream = AsyncStream(
                response,
                idle_timeout=idle_timeout,
                clock=clock,
                as_dicts=as_dicts,
                max_event_size=max_event_size,
            )
            out.stream = stream
            async with contextlib.AsyncExitStack() as stack:
                if managed:
                    await stack.enter_async_context(stream)
                try:
                    async for event in stream:
                        out.events.append(event)
                        if limit is not None and len(out.events) >= limit:
                            break
                except Exception as exc:
                    out.error = exc
            out.response_closed = response.is_closed

    asyncio.run(main())
    return out


def expected_count(data: bytes) -> int:
    """The number of message events (not ping, not unknown) in a fixture."""
    six = {
        "message_start",
        "content_block_start",
        "content_block_delta",
        "content_block_stop",
        "message_delta",
        "message_stop",
    }
    return sum(line[7:].decode() in six for line in data.split(b"\n") if line[:7] == b"event: ")


# -- Complete streams --------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("size", [1, 7, 2048, 1 << 20])
def test_text_fixture_yields_typed_events(mode: str, size: int) -> None:
    out = consume(mode, list(chunked(fixture("text"), size)))
    assert out.error is None
    kinds = [type(e) for e in out.events]
    assert kinds[:2] == [MessageStartEvent, ContentBlockStartEvent]
    assert kinds[-3:] == [ContentBlockStopEvent, MessageDeltaEvent, MessageStopEvent]
    assert set(kinds[2:-3]) == {ContentBlockDeltaEvent}
    text = "".join(
        e.delta.text
        for e in out.events
        if isinstance(e, ContentBlockDeltaEvent) and isinstance(e.delta, TextDelta)
    )
    expected = json.loads((FIXTURES / "text.message.json").read_text("utf-8"))
    assert text == expected["content"][0]["text"]
    assert "\u2028" in text
    assert isinstance(out.events[0], MessageStartEvent)
    usage = out.events[0].message.usage
    assert usage.service_tier == "standard"
    assert isinstance(usage.cache_creation, CacheCreation)
    assert usage.cache_creation.to_dict() == {
        "ephemeral_5m_input_tokens": 0,
        "ephemeral_1h_input_tokens": 0,
    }
    assert out.stream is not None
    assert out.stream.request_id == "req_0123"
    assert out.stream.unknown_events == {}
    assert out.response_closed


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("size", [1, 7, 2048])
@pytest.mark.parametrize("line_end", [b"\r", b"\r\n"])
def test_cr_and_crlf_line_ends_in_tiny_chunks(mode: str, size: int, line_end: bytes) -> None:
    # Chunks without a line end are held back until one arrives; a lone CR must count.
    data = fixture("text")
    out = consume(mode, chunked(data.replace(b"\n", line_end), size))
    assert out.error is None
    assert len(out.events) == expected_count(data)


@pytest.mark.parametrize("mode", MODES)
def test_gzip_encoded_stream_is_decoded(mode: str) -> None:
    # With a content-encoding the body goes through httpx's decoders, not the raw stream.
    data = fixture("text")
    out = consume(mode, chunked(gzip.compress(data), 7), headers={"content-encoding": "gzip"})
    assert out.error is None
    assert len(out.events) == expected_count(data)
    assert out.response_closed


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "name", ["text", "tool_use", "thinking", "citations", "ping", "unknown_event"]
)
def test_complete_fixtures_end_cleanly_without_pings(mode: str, name: str) -> None:
    data = fixture(name)
    out = consume(mode, chunked(data, 64))
    assert out.error is None
    assert len(out.events) == expected_count(data)
    assert not any(isinstance(e, PingEvent) for e in out.events)
    assert isinstance(out.events[-1], MessageStopEvent)


@pytest.mark.parametrize("mode", MODES)
def test_only_pings_between_events_change_nothing(mode: str) -> None:
    with_pings = consume(mode, [fixture("ping")])
    without = consume(mode, [fixture("ping").replace(PING, b"")])
    assert PING in fixture("ping")
    assert with_pings.events == without.events
    assert with_pings.stream is not None and with_pings.stream.unknown_events == {}


@pytest.mark.parametrize("mode", MODES)
def test_unknown_events_are_skipped_counted_and_logged(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="claude_messages"):
        out = consume(mode, [fixture("unknown_event")])
    assert out.error is None
    assert out.stream is not None
    assert out.stream.unknown_events == {"message_progress": 1, "content_block_annotation": 1}
    assert [type(e) for e in out.events] == [
        MessageStartEvent,
        ContentBlockStartEvent,
        ContentBlockDeltaEvent,
        ContentBlockDeltaEvent,
        ContentBlockStopEvent,
        MessageDeltaEvent,
        MessageStopEvent,
    ]
    logged = [r.getMessage() for r in caplog.records if r.name == "claude_messages"]
    assert len(logged) == 2
    assert "'message_progress'" in logged[0]


@pytest.mark.parametrize("mode", MODES)
def test_request_id_is_none_without_the_header(mode: str) -> None:
    clock = FakeClock()
    body = Body([fixture("text")], clock)

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=body)

    with httpx.Client(transport=httpx.MockTransport(handle)) as client:
        response = client.send(client.build_request("POST", URL), stream=True)
        with Stream(response) as stream:
            assert stream.request_id is None
            assert stream.response is response


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", ["text", "unknown_event", "ping", "tool_use"])
def test_as_dicts_yields_the_events_json_with_the_same_checks(mode: str, name: str) -> None:
    data = fixture(name)
    out = consume(mode, chunked(data, 100), as_dicts=True)
    assert out.error is None
    wanted = [
        json.loads(line[6:])
        for line in data.split(b"\n")
        if line.startswith(b"data: ")
        and json.loads(line[6:])["type"]
        not in {"ping", "message_progress", "content_block_annotation"}
    ]
    assert out.events == wanted
    typed = consume(mode, chunked(data, 100))
    assert [e.to_dict() for e in typed.events] == wanted


@pytest.mark.parametrize("mode", MODES)
def test_as_dicts_still_raises_stream_errors(mode: str) -> None:
    assert isinstance(
        consume(mode, [fixture("error_mid_stream")], as_dicts=True).error, OverloadedError
    )
    assert isinstance(
        consume(mode, [fixture("truncated")], as_dicts=True).error, IncompleteStreamError
    )
    bad = consume(mode, [START, b"data: [1]\n\n"], as_dicts=True)
    assert isinstance(bad.error, StreamDecodeError)


# -- Errors ------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_error_event_raises_its_class_after_the_events_before_it(mode: str) -> None:
    out = consume(mode, chunked(fixture("error_mid_stream"), 100))
    assert [type(e) for e in out.events] == [
        MessageStartEvent,
        ContentBlockStartEvent,
        ContentBlockDeltaEvent,
        ContentBlockDeltaEvent,
    ]
    assert isinstance(out.error, OverloadedError)
    assert out.error.request_id == "req_0123"
    assert out.error.type == "overloaded_error"
    assert out.error.status_code == 529
    assert out.error.body == {
        "type": "error",
        "error": {"type": "overloaded_error", "message": "Overloaded"},
    }
    assert "req_0123" in str(out.error)
    assert out.response_closed


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("error_type", "cls"),
    [
        ("rate_limit_error", RateLimitError),
        ("api_error", InternalServerError),
        ("overloaded_error", OverloadedError),
        ("some_new_error", APIStatusError),
    ],
)
def test_error_event_class_follows_its_type(mode: str, error_type: str, cls: type) -> None:
    error = sse({"type": "error", "error": {"type": error_type, "message": "no"}})
    # In one chunk with events before and after it: those before are delivered, none after.
    out = consume(mode, [START + delta("a") + error + delta("b") + STOP])
    assert type(out.error) is cls
    assert len(out.events) == 2


@pytest.mark.parametrize("mode", MODES)
def test_invalid_json_raises_stream_decode_error_naming_the_event(mode: str) -> None:
    bad = b'event: content_block_delta\ndata: {"type": "content_block_delta", \n\n'
    out = consume(mode, [START, bad, STOP])
    assert len(out.events) == 1
    assert isinstance(out.error, StreamDecodeError)
    assert out.error.event == "content_block_delta"
    assert out.error.request is not None
    assert isinstance(out.error.__cause__, json.JSONDecodeError)
    assert out.response_closed


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("size", [1, 50, 4096])
def test_truncated_stream_raises_incomplete_stream_error(mode: str, size: int) -> None:
    out = consume(mode, chunked(fixture("truncated"), size))
    assert isinstance(out.error, IncompleteStreamError)
    assert [type(e) for e in out.events] == [
        MessageStartEvent,
        ContentBlockStartEvent,
        ContentBlockDeltaEvent,
        ContentBlockDeltaEvent,
    ]
    assert "4 events" in str(out.error)


@pytest.mark.parametrize("mode", MODES)
def test_well_framed_stream_without_message_stop_is_incomplete(mode: str) -> None:
    out = consume(mode, [START, delta("x")])
    assert isinstance(out.error, IncompleteStreamError)
    assert len(out.events) == 2


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("failure", "cls"),
    [
        (httpx.ReadTimeout("timed out"), APITimeoutError),
        (httpx.RemoteProtocolError("peer closed connection"), APIConnectionError),
        (httpx.ReadError("connection reset"), APIConnectionError),
    ],
)
def test_transport_failure_mid_stream_is_translated_once(
    mode: str, failure: Exception, cls: type
) -> None:
    out = consume(mode, [START, delta("a"), failure])
    assert type(out.error) is cls
    assert out.error.__cause__ is failure
    assert out.error.request is not None
    assert len(out.events) == 2
    assert out.response_closed


# -- Leaving early -----------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_break_inside_the_context_manager_closes_the_response(mode: str) -> None:
    out = consume(mode, [START, delta("a"), delta("b"), delta("c"), STOP], limit=2)
    assert len(out.events) == 2
    assert out.error is None
    assert out.body is not None and out.body.closed
    assert out.body.sent < 5  # the rest was never read
    assert out.response_closed


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "items",
    [
        [START, STOP],
        [START, sse({"type": "error", "error": {"type": "api_error", "message": "x"}})],
        [START, b"data: nope\n\n"],
        [START, delta("a")],
        [START, httpx.ReadError("reset")],
    ],
    ids=["complete", "error-event", "bad-json", "truncated", "transport"],
)
def test_the_end_of_iteration_closes_the_response_without_context_manager(
    mode: str, items: list[bytes | float | Exception]
) -> None:
    out = consume(mode, items, managed=False)
    assert out.body is not None and out.body.closed
    assert out.response_closed


def test_close_after_break_without_context_manager() -> None:
    body = Body([START, delta("a"), STOP], FakeClock())
    transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=body))
    with httpx.Client(transport=transport) as client:
        stream = Stream(client.send(client.build_request("POST", URL), stream=True))
        assert isinstance(next(stream), MessageStartEvent)
        for _event in stream:
            break
        assert not body.closed
        stream.close()
        assert body.closed and stream.response.is_closed
        stream.close()  # idempotent
        assert list(stream) == []


def test_exception_in_the_with_block_closes_the_response() -> None:
    body = Body([START, delta("a"), STOP], FakeClock())
    transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=body))
    with httpx.Client(transport=transport) as client:
        response = client.send(client.build_request("POST", URL), stream=True)
        with pytest.raises(ZeroDivisionError), Stream(response) as stream:
            for _event in stream:
                1 / 0  # noqa: B018
        assert body.closed and response.is_closed


def test_close_before_iterating() -> None:
    body = Body([START, STOP], FakeClock())
    transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=body))
    with httpx.Client(transport=transport) as client:
        stream = Stream(client.send(client.build_request("POST", URL), stream=True))
        stream.close()
        assert body.closed
        assert body.sent == 0


def test_async_close_paths() -> None:
    async def main() -> None:
        body = Body([START, delta("a"), STOP], FakeClock())
        transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=body))
        async with httpx.AsyncClient(transport=transport) as client:
            response = await client.send(client.build_request("POST", URL), stream=True)
            stream = AsyncStream(response)
            assert isinstance(await stream.__anext__(), MessageStartEvent)
            async for _event in stream:
                break
            assert not body.closed
            await stream.close()  # the official SDK's spelling of aclose()
            assert body.closed and response.is_closed
            await stream.aclose()
            assert [e async for e in stream] == []

            body2 = Body([START, STOP], FakeClock())
            transport2 = httpx.MockTransport(lambda request: httpx.Response(200, stream=body2))
            async with httpx.AsyncClient(transport=transport2) as client2:
                response2 = await client2.send(client2.build_request("POST", URL), stream=True)
                with pytest.raises(ZeroDivisionError):
                    async with AsyncStream(response2) as stream2:
                        async for _event in stream2:
                            1 / 0  # noqa: B018
                assert body2.closed and response2.is_closed

    asyncio.run(main())


# -- Idle limit --------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_idle_limit_fires_when_only_pings_arrive(mode: str) -> None:
    items: list[bytes | float | Exception] = [START, delta("a")]
    items += [10.0, PING] * 10 + [STOP]
    out = consume(mode, items, idle_timeout=25.0)
    assert isinstance(out.error, APITimeoutError)
    assert "idle" in str(out.error)
    assert len(out.events) == 2
    assert out.body is not None and out.body.sent == 5  # START, delta, 3 pings: 30 s > 25 s
    assert out.response_closed


@pytest.mark.parametrize("mode", MODES)
def test_idle_limit_is_reset_by_real_events(mode: str) -> None:
    items: list[bytes | float | Exception] = [START]
    for word in "abcdefgh":
        items += [10.0, PING, 10.0, delta(word)]
    out = consume(mode, [*items, STOP], idle_timeout=25.0)
    assert out.error is None
    assert len(out.events) == 10


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("drip", [b"x", b"data: ", b":"])
def test_idle_limit_fires_on_bytes_that_never_end_a_line(mode: str, drip: bytes) -> None:
    # Chunks without a line end are held back from the decoder; their wait still counts.
    items: list[bytes | float | Exception] = [START, delta("a")]
    items += [0.4, drip] * 20 + [b"\n\n", STOP]
    out = consume(mode, items, idle_timeout=1.0)
    assert isinstance(out.error, APITimeoutError)
    assert "idle" in str(out.error)
    assert len(out.events) == 2
    assert out.body is not None and out.body.sent == 5  # 3 drips: 1.2 s > 1 s
    assert out.response_closed


@pytest.mark.parametrize("mode", MODES)
def test_no_idle_limit_by_default(mode: str) -> None:
    out = consume(mode, [START, *([3600.0, PING] * 5), STOP])
    assert out.error is None


@pytest.mark.parametrize("mode", MODES)
def test_idle_limit_counts_waiting_not_the_consumers_time(mode: str) -> None:
    # The consumer is slow (the clock jumps while it handles each event), but the bytes
    # themselves arrive without delay: no timeout.
    clock = FakeClock()
    body = Body([START, PING, delta("a"), PING, STOP], clock)
    transport = _handler(body, {})
    with httpx.Client(transport=transport) as client:
        response = client.send(client.build_request("POST", URL), stream=True)
        with Stream(response, idle_timeout=5.0, clock=clock) as stream:
            for _event in stream:
                clock.now += 60.0
    assert body.sent == 5


# -- Event size limit ------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("size", [1, 7, 4096, 1 << 20])
def test_an_event_at_max_event_size_passes_one_byte_more_raises(mode: str, size: int) -> None:
    at_limit = delta("x" * 1000)
    limit = len(at_limit.split(b"\n")[1]) - len(b"data: ")  # its data, exactly
    body = START + at_limit + STOP
    stream = list(chunked(body, size))
    for max_event_size, ok in ((limit, True), (limit - 1, False)):
        out = consume(mode, stream, max_event_size=max_event_size)
        if ok:
            assert out.error is None and len(out.events) == 3
        else:
            assert isinstance(out.error, ResponseTooLargeError)
            assert out.error.limit == max_event_size
            assert len(out.events) == 1  # the event before it
            assert out.response_closed


@pytest.mark.parametrize("mode", MODES)
def test_a_line_in_large_chunks_stops_at_max_event_size(mode: str) -> None:
    # A transport passed in may hand out chunks far larger than a socket read: the bytes
    # of a line still arriving are then counted at each such chunk, so at most one chunk
    # past the limit is held, not the many a 64 KiB read would allow.
    mib = 1 << 20
    items: list[bytes | float | Exception] = [START, b"data: " + b"a" * (mib - 6)]
    items += [b"a" * mib] * 39  # one 40 MiB line, never ended
    out = consume(mode, items, max_event_size=4 * mib)
    assert isinstance(out.error, ResponseTooLargeError)
    assert len(out.events) == 1
    assert out.body is not None and out.body.sent <= 6  # START, then 5 MiB of the line


@pytest.mark.parametrize("bad", [0, -1.0])
def test_idle_timeout_must_be_positive(bad: float) -> None:
    response = httpx.Response(200, content=STOP)
    with pytest.raises(ValueError, match="idle_timeout"):
        Stream(response, idle_timeout=bad)


# -- A real socket: the connection goes back to the pool ---------------------------------


class _SlowSSE(BaseHTTPRequestHandler):
    """Sends a few events with chunked encoding, then holds the stream open."""

    protocol_version = "HTTP/1.1"
    release = threading.Event()

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", 0)))
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("transfer-encoding", "chunked")
        self.send_header("request-id", "req_live")
        self.end_headers()
        try:
            for part in (START, delta("a"), delta("b")):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.flush()
            self.release.wait(10)
        except OSError:
            pass  # the client went away: that is what the test wants

    def log_message(self, format: str, *args: object) -> None:
        pass


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        # A client that leaves mid-stream is what these tests do on purpose; anything
        # else would fail the test through the client's own assertions.
        pass


@pytest.fixture
def live_url() -> Iterator[str]:
    server = _QuietServer(("127.0.0.1", 0), _SlowSSE)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1/messages"
    finally:
        _SlowSSE.release.set()
        server.shutdown()
        server.server_close()
        _SlowSSE.release.clear()


ONE_CONNECTION = httpx.Limits(max_connections=1, max_keepalive_connections=1)
SHORT_POOL_WAIT = httpx.Timeout(5.0, pool=0.3)


def test_leaving_early_releases_the_pooled_connection(live_url: str) -> None:
    with httpx.Client(limits=ONE_CONNECTION, timeout=SHORT_POOL_WAIT) as client:
        held = client.send(client.build_request("POST", live_url, content=b"{}"), stream=True)
        # The pool's only connection is taken: another request cannot get one.
        with pytest.raises(httpx.PoolTimeout):
            client.post(live_url, content=b"{}")
        with Stream(held) as stream:
            assert stream.request_id == "req_live"
            for _event in stream:
                break
        for _ in range(3):  # each stream left early gives its connection back
            request = client.build_request("POST", live_url, content=b"{}")
            response = client.send(request, stream=True)
            with Stream(response) as stream:
                assert isinstance(next(stream), MessageStartEvent)


def test_async_leaving_early_releases_the_pooled_connection(live_url: str) -> None:
    async def main() -> None:
        async with httpx.AsyncClient(limits=ONE_CONNECTION, timeout=SHORT_POOL_WAIT) as client:
            for _ in range(3):
                request = client.build_request("POST", live_url, content=b"{}")
                response = await client.send(request, stream=True)
                async with AsyncStream(response) as stream:
                    async for _event in stream:
                        break
            with pytest.raises(httpx.PoolTimeout):
                held = await client.send(
                    client.build_request("POST", live_url, content=b"{}"), stream=True
                )
                await client.post(live_url, content=b"{}")
            await held.aclose()

    asyncio.run(main())


# -- Event JSON, with and without orjson ---------------------------------------------------

BLOCK_START = sse(
    {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}
)
BIG = 123456789012345678901234567890  # past 64 bits: orjson alone would make it a float


@pytest.mark.parametrize("orjson", [True, False], ids=["orjson", "stdlib"])
@pytest.mark.parametrize("mode", MODES)
def test_event_json_decodes_alike_with_and_without_orjson(mode: str, orjson: bool) -> None:
    bad_utf8 = (
        b'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,'
        b'"delta":{"type":"text_delta","text":"caf\xc3\xa9 \xff!"}}\n\n'
    )
    usage = {"output_tokens": BIG}
    end = sse({"type": "message_delta", "delta": {"stop_reason": "end_turn"}, "usage": usage})
    use_orjson(orjson)
    try:
        out = consume(mode, [START, BLOCK_START, bad_utf8, end, STOP], as_dicts=True)
    finally:
        use_orjson(True)
    assert out.error is None
    assert [e["type"] for e in out.events] == [
        "message_start",
        "content_block_start",
        "content_block_delta",
        "message_delta",
        "message_stop",
    ]
    assert out.events[2]["delta"]["text"] == "café \ufffd!"
    tokens = out.events[3]["usage"]["output_tokens"]
    assert tokens == BIG and type(tokens) is int


@pytest.mark.parametrize("mode", MODES)
def test_bad_json_fails_alike_with_and_without_orjson(mode: str) -> None:
    bad = b'event: content_block_delta\ndata: {"type": "content_block_delta", \n\n'
    seen = []
    for enabled in (True, False):
        use_orjson(enabled)
        try:
            out = consume(mode, [START, bad])
        finally:
            use_orjson(True)
        error = out.error
        assert isinstance(error, StreamDecodeError)
        seen.append((str(error), error.body, type(error.__cause__), str(error.__cause__)))
    assert seen[0] == seen[1]
    assert "Expecting property name enclosed in double quotes" in seen[0][0]
    assert seen[0][2] is json.JSONDecodeError
