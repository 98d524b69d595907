"""Reliability guarantees held over real loopback sockets, sync and async.

Each section holds one guarantee of ``docs/reliability.md``: headers and credentials are
checked before anything is sent and never echoed; a stream left early releases its
connection without waiting for the garbage collector; the idle limit holds whatever bytes
arrive; what a server can make the client hold is bounded; the caller's own httpx client
keeps its timeout.
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import socket
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from _dual import Await
from _loopback import (
    SSE_HEAD,
    Conn,
    Request,
    Server,
    json_answer,
    message_json,
    sse_event,
    sse_message,
)
from claude_messages import (
    DEFAULT_MAX_EVENT_SIZE,
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_TIMEOUT,
    APIConnectionError,
    APITimeoutError,
    AsyncClient,
    Client,
    IncompleteStreamError,
    InternalServerError,
    OverloadedError,
    ResponseTooLargeError,
    RetryPolicy,
)

KEY = "sk-ant-test-SECRET-0123456789"
PARAMS: dict[str, Any] = {
    "max_tokens": 10,
    "model": "claude-test",
    "messages": [{"role": "user", "content": "Hello"}],
}


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "ANTHROPIC_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def serve() -> Iterator[Callable[[Callable[[Conn, Request], bool]], Server]]:
    servers: list[Server] = []

    def start(handler: Callable[[Conn, Request], bool]) -> Server:
        server = Server(handler)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()
    for server in servers:
        assert not server.errors, server.errors


def answer_ok(conn: Conn, request: Request) -> bool:
    return conn.send(json_answer(message_json()))


def run(mode: str, body: Callable[[Any, Await], Any], **options: Any) -> Any:
    """Run ``body(client, aw)`` with a ``Client`` or an ``AsyncClient`` made from ``options``.

    An ``http_client`` among the options is closed afterwards, in the same event loop.
    """
    aw = Await(mode)
    sleeps: list[float] = []
    http_client = options.get("http_client")

    retries = options.pop("max_retries", 2)

    async def main() -> Any:
        if mode == "sync":
            try:
                policy = RetryPolicy(retries, sleep=sleeps.append)
                with Client(retry_policy=policy, **options) as client:
                    return await body(client, aw)
            finally:
                if http_client is not None:
                    http_client.close()
        try:

            async def no_wait(seconds: float) -> None:
                sleeps.append(seconds)

            async with AsyncClient(
                retry_policy=RetryPolicy(retries, sleep=no_wait), **options
            ) as client:
                return await body(client, aw)
        finally:
            if http_client is not None:
                await http_client.aclose()

    result = asyncio.run(main())
    assert sleeps == [], "a request was retried"
    return result


def client_class(mode: str) -> type[Client] | type[AsyncClient]:
    return Client if mode == "sync" else AsyncClient


# --- headers: CR, LF and other control characters are refused before sending ----------


@pytest.mark.parametrize(
    ("headers", "named"),
    [
        ({"x-trace": "ok\r\nx-injected: yes"}, "'x-trace'"),
        ({"x-trace": "ok\nx-injected: yes"}, "'x-trace'"),
        ({"x-trace": "nul\x00byte"}, "'x-trace'"),
        ({"x-trace": "ok "}, "'x-trace'"),
        ({"x-api-key": KEY + "\r\n"}, "'x-api-key'"),
        ({"x-trace\r\nx-injected": "yes"}, "'x-trace\\r\\nx-injected'"),
        ({"x trace": "yes"}, "'x trace'"),
    ],
    ids=["crlf", "lf", "nul", "trailing-space", "secret-value", "crlf-in-name", "space-in-name"],
)
def test_bad_extra_header_is_refused_before_sending(
    mode: str, serve: Callable[..., Server], headers: dict[str, str], named: str
) -> None:
    server = serve(answer_ok)

    async def body(client: Any, aw: Await) -> None:
        with pytest.raises(ValueError) as info:
            await aw(client.messages.create(**PARAMS, extra_headers=headers))
        message = str(info.value)
        assert "extra_headers" in message and named in message
        assert "x-injected: yes" not in message and KEY not in message
        # The client still works: a good call goes through on a fresh connection.
        message_ = await aw(client.messages.create(**PARAMS, extra_headers={"x-trace": "ok"}))
        assert message_.id == "msg_loop"

    run(mode, body, api_key=KEY, base_url=server.url)
    assert len(server.requests) == 1  # only the good call reached the server
    assert server.requests[0].header("x-trace") == "ok"
    assert server.requests[0].header("x-injected") is None


@pytest.mark.parametrize(
    ("kwargs", "where", "named"),
    [
        ({"default_headers": {"x-team": "a\r\nx-injected: yes"}}, "default_headers", "'x-team'"),
        ({"default_headers": {"x-team\n": "a"}}, "default_headers", "'x-team\\n'"),
        (
            {"default_headers": {"authorization": "Bearer t\r\n"}},
            "default_headers",
            "'authorization'",
        ),
    ],
    ids=["value", "name", "secret"],
)
def test_bad_default_header_is_refused_at_construction(
    mode: str, kwargs: dict[str, Any], where: str, named: str
) -> None:
    with pytest.raises(ValueError) as info:
        client_class(mode)(api_key=KEY, base_url="http://127.0.0.1:9", **kwargs)
    assert where in str(info.value) and named in str(info.value)
    assert "injected" not in str(info.value) and "Bearer" not in str(info.value)


def test_bad_header_of_the_callers_http_client_is_refused_at_construction() -> None:
    http_client = httpx.Client(headers={"x-gateway": "a\r\nx-injected: yes"})
    with pytest.raises(ValueError, match=r"http_client\.headers: .*'x-gateway'"):
        Client(api_key=KEY, http_client=http_client)
    http_client.close()


def test_header_added_by_an_http_client_hook_is_not_retried_and_not_echoed(
    serve: Callable[..., Server],
) -> None:
    # A header this package never saw (set by the caller's httpx auth flow) that httpx
    # refuses to write: one attempt, an error naming the header, no value anywhere.
    server = serve(answer_ok)

    class BadAuth(httpx.Auth):
        def auth_flow(self, request: httpx.Request) -> Iterator[httpx.Request]:
            request.headers["x-signature"] = "SECRET-SIGNATURE\r\nx-injected: yes"
            yield request

    async def body(client: Any, aw: Await) -> None:
        with pytest.raises(APIConnectionError) as info:
            await aw(client.messages.create(**PARAMS))
        shown = "".join(traceback.format_exception(info.value))
        assert "'x-signature'" in str(info.value)
        assert "SECRET-SIGNATURE" not in shown
        assert info.value.retries_taken == 0

    http_client = httpx.Client(auth=BadAuth())
    run("sync", body, api_key=KEY, base_url=server.url, http_client=http_client)
    assert server.requests == []


# --- credentials: refused at construction, never echoed -------------------------------


@pytest.mark.parametrize("name", ["api_key", "auth_token"])
@pytest.mark.parametrize(
    "bad",
    [KEY + "\r\nx-injected: yes", KEY + "\n", "\t" + KEY, KEY[:10] + "\u2019" + KEY[10:]],
    ids=["crlf", "trailing-newline", "leading-tab", "non-ascii"],
)
def test_credential_with_a_bad_character_is_refused_without_echo(
    mode: str, name: str, bad: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG), pytest.raises(ValueError) as info:
        client_class(mode)(**{name: bad}, base_url="http://127.0.0.1:9")
    shown = "".join(traceback.format_exception(info.value))
    assert name in str(info.value) and "position" in str(info.value)
    assert "SECRET" not in shown and "SECRET" not in caplog.text


def test_credential_from_the_environment_names_the_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", KEY + "\n")
    with pytest.raises(ValueError, match="ANTHROPIC_API_KEY") as info:
        Client()
    assert "SECRET" not in str(info.value)
    monkeypatch.setenv("ANTHROPIC_AUTH_TOKEN", "tok-SECRET\r\n")
    monkeypatch.setenv("ANTHROPIC_API_KEY", KEY)
    with pytest.raises(ValueError, match="ANTHROPIC_AUTH_TOKEN"):
        AsyncClient()


def test_with_options_checks_a_new_credential() -> None:
    client = Client(api_key=KEY, base_url="http://127.0.0.1:9")
    with pytest.raises(ValueError, match="api_key") as info:
        client.with_options(api_key="sk-SECRET\r\n")
    assert "SECRET" not in str(info.value)
    client.close()


class _Failing(httpx.SyncByteStream):
    """A body that sends ``first`` and then fails with ``error``."""

    def __init__(self, first: bytes, error: Exception) -> None:
        self.first = first
        self.error = error

    def __iter__(self) -> Iterator[bytes]:
        yield self.first
        raise self.error


@pytest.mark.parametrize("where", ["request", "stream", "batch-results", "file-download"])
def test_protocol_error_text_is_not_copied_into_messages(where: str) -> None:
    # httpx's protocol errors may quote header lines; only their class is named.
    leak = httpx.RemoteProtocolError("illegal header line: b'x-api-key: SECRET'")
    start = b'event: message_start\ndata: {"type": "message_start", "message": ' + (
        json.dumps({**message_json(), "content": []}).encode() + b"}\n\n"
    )

    def handler(request: httpx.Request) -> httpx.Response:
        if where == "request":
            raise leak
        return httpx.Response(200, stream=_Failing(start if where == "stream" else b"", leak))

    client = Client(
        api_key=KEY,
        base_url="http://127.0.0.1:9",
        max_retries=0,
        transport=httpx.MockTransport(handler),
    )
    with pytest.raises(APIConnectionError) as info:
        if where == "batch-results":
            list(client.messages.batches.results("msgbatch_1"))
        elif where == "file-download":
            client.files.download("file_1").read()
        else:
            list(client.messages.create(**PARAMS, stream=where == "stream") or ())
    assert "RemoteProtocolError" in str(info.value)
    assert "SECRET" not in str(info.value)
    assert info.value.__cause__ is leak  # the detail stays reachable on purpose


def test_operating_system_text_is_still_quoted() -> None:
    # A refused connection's text comes from the OS and helps: it is kept.
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    client = Client(api_key=KEY, base_url=f"http://127.0.0.1:{port}", max_retries=0)
    with pytest.raises(APIConnectionError, match=r"ConnectError: .*refused"):
        client.messages.create(**PARAMS)
    client.close()


# --- timeouts: the caller's httpx client keeps its own; a read timeout is APITimeoutError --

STALL = 2.5  # seconds a stalling handler waits before closing (bounded; never reached)


def stall_before_headers(conn: Conn, request: Request) -> bool:
    conn.wait_for_close(STALL)
    return False


def stall_mid_body(conn: Conn, request: Request) -> bool:
    conn.send(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 500\r\n\r\n{")
    conn.wait_for_close(STALL)
    return False


def stall_mid_stream(conn: Conn, request: Request) -> bool:
    conn.send(SSE_HEAD)
    conn.chunk(sse_message("hi")[0])
    conn.wait_for_close(STALL)
    return False


def user_http_client(mode: str, timeout: float) -> httpx.Client | httpx.AsyncClient:
    return httpx.Client(timeout=timeout) if mode == "sync" else httpx.AsyncClient(timeout=timeout)


@pytest.mark.parametrize("where", ["before-headers", "mid-body", "mid-stream"])
def test_the_callers_http_client_timeout_applies(
    mode: str, serve: Callable[..., Server], where: str
) -> None:
    handler = {
        "before-headers": stall_before_headers,
        "mid-body": stall_mid_body,
        "mid-stream": stall_mid_stream,
    }[where]
    server = serve(handler)
    http_client = user_http_client(mode, 0.3)

    async def body(client: Any, aw: Await) -> None:
        with pytest.raises(APITimeoutError) as info:
            if where == "mid-stream":
                await aw.list(await aw(client.messages.create(**PARAMS, stream=True)))
            else:
                await aw(client.messages.create(**PARAMS))
        assert isinstance(info.value.__cause__, httpx.ReadTimeout)
        assert info.value.retries_taken == 0
        assert client.timeout == httpx.Timeout(0.3)

    run(mode, body, api_key=KEY, base_url=server.url, max_retries=0, http_client=http_client)


def answer_after(seconds: float) -> Callable[[Conn, Request], bool]:
    def handler(conn: Conn, request: Request) -> bool:
        conn.pause(seconds)
        return conn.send(json_answer(message_json()))

    return handler


@pytest.mark.parametrize("where", ["client", "call"])
def test_an_explicit_timeout_wins_over_the_http_clients(
    mode: str, serve: Callable[..., Server], where: str
) -> None:
    server = serve(answer_after(0.6))
    http_client = user_http_client(mode, 0.2)
    client_timeout = {"timeout": 10.0} if where == "client" else {}
    call_timeout = {"timeout": 10.0} if where == "call" else {}

    async def body(client: Any, aw: Await) -> None:
        message = await aw(client.messages.create(**PARAMS, **call_timeout))
        assert message.id == "msg_loop"

    options = {"api_key": KEY, "base_url": server.url, "max_retries": 0, **client_timeout}
    run(mode, body, http_client=http_client, **options)


def test_an_http_client_left_at_httpx_default_gets_ours() -> None:
    # httpx.Client() times out after 5 s, too short for a long answer: DEFAULT_TIMEOUT.
    with httpx.Client() as http_client:
        client = Client(api_key=KEY, http_client=http_client)
        assert client.timeout == DEFAULT_TIMEOUT
        assert client.with_options(max_retries=0).timeout == DEFAULT_TIMEOUT
    with httpx.Client(timeout=42.0) as http_client:
        client = Client(api_key=KEY, http_client=http_client)
        assert client.timeout == httpx.Timeout(42.0)
        assert client.with_options(max_retries=0).timeout == httpx.Timeout(42.0)
        assert client.with_options(timeout=7.0).timeout == httpx.Timeout(7.0)


# --- connections: a stream left early is released at once, without the cyclic GC --------


def result_line(custom_id: str) -> bytes:
    result = {"type": "succeeded", "message": message_json(custom_id)}
    return json.dumps({"custom_id": custom_id, "result": result}).encode() + b"\n"


def hold_stream(conn: Conn, request: Request) -> bool:
    """Start a stream (SSE, or JSON Lines for batch results), then hold it open."""
    if b"/results" in request.head.split(b"\r\n")[0]:
        conn.send(SSE_HEAD.replace(b"text/event-stream", b"application/binary"))
        parts = [result_line(f"r{i}") for i in range(3)]
    else:
        conn.send(SSE_HEAD)
        parts = sse_message("one two three")[:3]
    for part in parts:
        conn.chunk(part)
    conn.wait_for_close(10.0)
    return False


async def eventually(predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Poll ``predicate`` while letting the event loop run, at most ``timeout`` seconds."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            return False
        await asyncio.sleep(0.01)
    return True


def pool_connections(client: Client | AsyncClient) -> int:
    """Connections the client's own pool holds (idle or in use)."""
    transport = client._pool._transport
    if transport is None:
        return 0
    return len(transport.connections)  # type: ignore[attr-defined]


@pytest.fixture
def no_gc() -> Iterator[None]:
    """Only reference counting frees objects: a cycle would keep its connection."""
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@pytest.mark.usefixtures("no_gc")
@pytest.mark.parametrize("what", ["stream", "batch-results"])
@pytest.mark.parametrize("how", ["break", "next-then-drop", "never-iterated", "close"])
def test_a_stream_left_early_releases_its_connection(
    mode: str, serve: Callable[..., Server], what: str, how: str
) -> None:
    server = serve(hold_stream)

    async def body(client: Any, aw: Await) -> None:
        def open_stream() -> Any:
            if what == "stream":
                return client.messages.create(**PARAMS, stream=True)
            return client.messages.batches.results("msgbatch_1")

        if how == "break":
            if mode == "sync":
                for _item in open_stream():
                    break
            else:
                async for _item in await open_stream():
                    break
        else:
            stream = await aw(open_stream())
            if how == "next-then-drop":
                await aw(stream.__next__() if mode == "sync" else stream.__anext__())
            if how == "close":
                await aw(stream.close())
                assert stream.response.is_closed  # at once, not eventually
            del stream
        assert await eventually(lambda: server.closed_by_client == 1)
        assert pool_connections(client) == 0
        # The client goes on working.
        async for item in aw_iter(aw, await aw(open_stream())):
            del item
        assert len(server.requests) == 2

    run(mode, body, api_key=KEY, base_url=server.url)
    assert gc.garbage == []


async def aw_iter(aw: Await, stream: Any, limit: int = 2) -> Any:
    """The first ``limit`` items of a sync or async stream, then close it."""
    for item in await aw.list(stream, limit):
        yield item
    await aw(stream.close())


@pytest.mark.parametrize("how", ["async-for", "async-with", "message-stream"])
def test_a_task_cancelled_mid_stream_releases_its_connection(
    serve: Callable[..., Server], how: str
) -> None:
    server = serve(hold_stream)

    async def body(client: Any, aw: Await) -> None:
        first = asyncio.Event()

        async def read() -> None:
            if how == "async-for":
                async for _event in await client.messages.create(**PARAMS, stream=True):
                    first.set()
            elif how == "async-with":
                async with await client.messages.create(**PARAMS, stream=True) as stream:
                    async for _event in stream:
                        first.set()
            else:
                async with client.messages.stream(**PARAMS) as message_stream:
                    async for _text in message_stream.text_stream:
                        first.set()

        task = asyncio.create_task(read())
        await asyncio.wait_for(first.wait(), 5.0)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert await eventually(lambda: server.closed_by_client == 1)
        assert pool_connections(client) == 0
        async for item in aw_iter(aw, await client.messages.create(**PARAMS, stream=True)):
            del item
        assert len(server.requests) == 2

    run("async", body, api_key=KEY, base_url=server.url)


# --- the idle limit: counts from the last event other than ping, whatever bytes arrive ---


def drip(conn: Conn, request: Request) -> bool:
    """One event, then one byte every 0.15 s that never ends a line (at most 6 s)."""
    conn.send(SSE_HEAD)
    conn.chunk(sse_message("hi")[0])
    for _ in range(40):
        if not conn.chunk(b"x") or not conn.pause(0.15):
            return False
    conn.end_chunks()
    return False


def test_the_idle_limit_fires_on_a_byte_drip(mode: str, serve: Callable[..., Server]) -> None:
    server = serve(drip)

    async def body(client: Any, aw: Await) -> None:
        events: list[Any] = []
        with pytest.raises(APITimeoutError, match="idle limit") as info:
            stream = await aw(client.messages.create(**PARAMS, stream=True, idle_timeout=1.0))
            if mode == "sync":
                for event in stream:
                    events.append(event)
            else:
                async for event in stream:
                    events.append(event)
        assert [event.type_ for event in events] == ["message_start"]
        assert info.value.__cause__ is None  # our limit, not a read timeout
        assert await eventually(lambda: server.closed_by_client == 1)

    run(mode, body, api_key=KEY, base_url=server.url)


# --- size limits: what a server can make the client hold is bounded -------------------

MIB = 1 << 20


def endless_line(conn: Conn, request: Request) -> bool:
    """One event, then up to 40 MiB of a single line that never ends (64 KiB chunks)."""
    conn.send(SSE_HEAD)
    conn.chunk(sse_message("hi")[0])
    piece = b"data: " + b"a" * (64 * 1024 - 6)
    for _ in range(40 * 16):
        if not conn.chunk(piece):
            return False
        piece = b"a" * (64 * 1024)
    conn.end_chunks()
    return False


def many_data_lines(conn: Conn, request: Request) -> bool:
    """One event, then up to 40 MiB of short data lines that never reach the blank line."""
    conn.send(SSE_HEAD)
    conn.chunk(sse_message("hi")[0])
    block = b"data: xxxxxxxxx\n" * 4096  # 64 KiB
    for _ in range(40 * 16):
        if not conn.chunk(block):
            return False
    conn.end_chunks()
    return False


@pytest.mark.parametrize(
    ("handler", "limit"),
    [(endless_line, None), (endless_line, MIB), (many_data_lines, MIB)],
    ids=["endless-line-default-limit", "endless-line", "many-data-lines"],
)
def test_a_stream_event_over_max_event_size_raises(
    mode: str, serve: Callable[..., Server], handler: Callable[..., bool], limit: int | None
) -> None:
    server = serve(handler)
    options: dict[str, Any] = {} if limit is None else {"max_event_size": limit}

    async def body(client: Any, aw: Await) -> None:
        events: list[Any] = []
        with pytest.raises(ResponseTooLargeError) as info:
            stream = await aw(client.messages.create(**PARAMS, stream=True))
            if mode == "sync":
                for event in stream:
                    events.append(event)
            else:
                async for event in stream:
                    events.append(event)
        assert [event.type_ for event in events] == ["message_start"]
        error = info.value
        assert error.option == "max_event_size"
        assert error.limit == (limit or DEFAULT_MAX_EVENT_SIZE)
        assert "max_event_size" in str(error) and "with_options" in str(error)
        assert await eventually(lambda: server.closed_by_client == 1)  # released, not drained

    run(mode, body, api_key=KEY, base_url=server.url, **options)


def test_message_stream_obeys_max_event_size(serve: Callable[..., Server]) -> None:
    server = serve(endless_line)
    with (
        Client(api_key=KEY, base_url=server.url, max_event_size=MIB) as client,
        pytest.raises(ResponseTooLargeError),
        client.messages.stream(**PARAMS) as stream,
    ):
        stream.until_done()


def test_no_event_limit_when_turned_off(mode: str, serve: Callable[..., Server]) -> None:
    def big_event(conn: Conn, request: Request) -> bool:
        events = sse_message("x" * (3 * MIB))  # one 3 MiB delta
        conn.send(SSE_HEAD)
        for event in events:
            conn.chunk(event)
        conn.end_chunks()
        return True

    server = serve(big_event)

    async def body(client: Any, aw: Await) -> None:
        small = client.with_options(max_event_size=MIB)
        with pytest.raises(ResponseTooLargeError):
            await aw.list(await aw(small.messages.create(**PARAMS, stream=True)))
        events = await aw.list(await aw(client.messages.create(**PARAMS, stream=True)))
        assert len(events[2].delta.text) == 3 * MIB + 1
        assert client.max_event_size is None and small.max_event_size == MIB

    run(mode, body, api_key=KEY, base_url=server.url, max_event_size=None)


def json_of_size(size: int, chunked: bool) -> Callable[[Conn, Request], bool]:
    """A 2xx JSON answer of ``size`` bytes, with a content-length or chunked."""

    def handler(conn: Conn, request: Request) -> bool:
        head, tail = json.dumps(message_json("@")).encode().split(b"@")
        payload = head + b"a" * (size - len(head) - len(tail)) + tail
        length = b"content-length: %d" % len(payload)
        conn.send(
            b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n%s\r\n\r\n"
            % (b"transfer-encoding: chunked" if chunked else length)
        )
        if not chunked:
            return conn.send(payload)
        for start in range(0, len(payload), 64 * 1024):
            if not conn.chunk(payload[start : start + 64 * 1024]):
                return False
        return conn.end_chunks()

    return handler


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_a_50_mb_answer_is_refused_by_default(
    mode: str, serve: Callable[..., Server], chunked: bool
) -> None:
    server = serve(json_of_size(50 * MIB, chunked))

    async def body(client: Any, aw: Await) -> None:
        with pytest.raises(ResponseTooLargeError) as info:
            await aw(client.messages.create(**PARAMS))
        assert info.value.option == "max_response_size"
        assert info.value.limit == DEFAULT_MAX_RESPONSE_SIZE
        assert "200 answer" in str(info.value) and "max_response_size=" in str(info.value)
        assert info.value.retries_taken == 0

    run(mode, body, api_key=KEY, base_url=server.url)
    assert len(server.requests) == 1  # not retried


def test_an_answer_under_the_limit_is_read(mode: str, serve: Callable[..., Server]) -> None:
    server = serve(json_of_size(MIB, True))

    async def body(client: Any, aw: Await) -> None:
        message = await aw(client.messages.create(**PARAMS))
        assert len(message.content[0].text) > MIB - 1000
        raw = await aw(client.messages.with_raw_response.create(**PARAMS))
        assert len(raw.content) == MIB
        small = client.with_options(max_response_size=MIB - 1)
        with pytest.raises(ResponseTooLargeError):
            await aw(small.messages.create(**PARAMS))

    run(mode, body, api_key=KEY, base_url=server.url)


def test_an_error_answer_over_the_limit_keeps_its_status(
    mode: str, serve: Callable[..., Server]
) -> None:
    page = b"<html>" + b"x" * (2 * MIB) + b"</html>"

    def bad_gateway(conn: Conn, request: Request) -> bool:
        return conn.send(
            b"HTTP/1.1 502 Bad Gateway\r\ncontent-type: text/html\r\n"
            b"content-length: %d\r\n\r\n" % len(page) + page
        )

    server = serve(bad_gateway)

    async def body(client: Any, aw: Await) -> None:
        with pytest.raises(InternalServerError) as info:
            await aw(client.messages.create(**PARAMS))
        assert info.value.status_code == 502
        assert isinstance(info.value.body, str) and info.value.body.startswith("<html>xxx")
        assert len(info.value.body) <= MIB

    run(mode, body, api_key=KEY, base_url=server.url, max_retries=0, max_response_size=MIB)


def results_with_a_long_line(conn: Conn, request: Request) -> bool:
    conn.send(SSE_HEAD.replace(b"text/event-stream", b"application/binary"))
    conn.chunk(result_line("r1") + result_line("r2"))
    long_line = result_line("r3" + "x" * (2 * MIB))
    for start in range(0, len(long_line), 64 * 1024):
        if not conn.chunk(long_line[start : start + 64 * 1024]):
            return False
    conn.end_chunks()
    return False


def test_a_batch_results_line_over_max_event_size_raises(
    mode: str, serve: Callable[..., Server]
) -> None:
    server = serve(results_with_a_long_line)

    async def body(client: Any, aw: Await) -> None:
        seen: list[str] = []
        with pytest.raises(ResponseTooLargeError, match="Line 3 of the batch results") as info:
            results = await aw(client.messages.batches.results("msgbatch_1"))
            if mode == "sync":
                for item in results:
                    seen.append(item.custom_id)
            else:
                async for item in results:
                    seen.append(item.custom_id)
        assert seen == ["r1", "r2"]
        assert info.value.option == "max_event_size" and info.value.limit == MIB

    run(mode, body, api_key=KEY, base_url=server.url, max_event_size=MIB)


@pytest.mark.parametrize("name", ["max_event_size", "max_response_size"])
@pytest.mark.parametrize(
    ("value", "error"), [(0, ValueError), (-1, ValueError), (1.5, TypeError), (True, TypeError)]
)
def test_size_limits_are_checked(mode: str, name: str, value: object, error: type) -> None:
    with pytest.raises(error, match=name):
        client_class(mode)(api_key=KEY, **{name: value})
    client = client_class(mode)(api_key=KEY)
    assert getattr(client, name) in (DEFAULT_MAX_EVENT_SIZE, DEFAULT_MAX_RESPONSE_SIZE)
    with pytest.raises(error, match=name):
        client.with_options(**{name: value})


# --- retries: never once output began -------------------------------------------------


@pytest.mark.parametrize("fault", ["reset", "error-event", "truncated"])
def test_no_retry_once_output_began(mode: str, serve: Callable[..., Server], fault: str) -> None:
    def handler(conn: Conn, request: Request) -> bool:
        conn.send(SSE_HEAD)
        for event in sse_message("one two three")[:3]:
            conn.chunk(event)
        if fault == "reset":
            conn.reset()
            return False
        if fault == "error-event":
            error = {"type": "error", "error": {"type": "overloaded_error", "message": "x"}}
            conn.chunk(sse_event(error))
        conn.end_chunks()
        return False

    server = serve(handler)
    expected = {
        "reset": APIConnectionError,
        "error-event": OverloadedError,
        "truncated": IncompleteStreamError,
    }[fault]

    async def body(client: Any, aw: Await) -> None:
        seen: list[Any] = []
        with pytest.raises(expected):
            stream = await aw(client.messages.create(**PARAMS, stream=True))
            if mode == "sync":
                for event in stream:
                    seen.append(event)
            else:
                async for event in stream:
                    seen.append(event)
        assert len(seen) == 3  # what arrived was delivered, once

    run(mode, body, api_key=KEY, base_url=server.url, max_retries=2)
    assert len(server.requests) == 1
