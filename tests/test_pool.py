"""The client's own transports (``CoreTransport``, ``AsyncCoreTransport``) over real loopback
sockets: keep-alive reuse, connection limits, pool/read timeouts, keep-alive expiry, and
connections released when a response is closed early or a task is cancelled. Plus the
body framing of ``_http11`` on its own (chunked bodies cut anywhere, malformed ones).
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from _loopback import Conn, Request, Server, client_tls_context, json_answer, message_json
from claude_messages._async_transport import AsyncCoreTransport
from claude_messages._http11 import BodyDecoder
from claude_messages._sync_transport import CoreTransport

TIMEOUTS = {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}


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


def answer(conn: Conn, request: Request) -> bool:
    return conn.send(json_answer(message_json()))


def slow_answer(seconds: float) -> Callable[[Conn, Request], bool]:
    def handler(conn: Conn, request: Request) -> bool:
        conn.pause(seconds)
        return conn.send(json_answer(message_json()))

    return handler


def request(server: Server, **timeouts: float) -> httpx.Request:
    return httpx.Request(
        "POST",
        server.url + "/v1/messages",
        content=b'{"x": 1}',
        extensions={"timeout": {**TIMEOUTS, **timeouts}},
    )


def sync_get(transport: CoreTransport, req: httpx.Request) -> bytes:
    response = transport.handle_request(req)
    try:
        return response.read()
    finally:
        response.close()


async def async_get(transport: AsyncCoreTransport, req: httpx.Request) -> bytes:
    response = await transport.handle_async_request(req)
    try:
        return await response.aread()
    finally:
        await response.aclose()


def in_threads(fn: Callable[[], Any], count: int) -> list[Any]:
    results: list[Any] = [None] * count

    def run(i: int) -> None:
        try:
            results[i] = fn()
        except BaseException as exc:  # collected, asserted by the caller
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    return results


# -- keep-alive ------------------------------------------------------------------------


def test_sync_requests_in_turn_reuse_one_connection(serve: Callable[..., Server]) -> None:
    server = serve(answer)
    transport = CoreTransport(httpx.Limits())
    try:
        for _ in range(3):
            assert b'"msg_loop"' in sync_get(transport, request(server))
        assert server.connections == 1
        assert [c.is_idle() for c in transport.connections] == [True]
    finally:
        transport.close()


def test_async_requests_in_turn_reuse_one_connection(serve: Callable[..., Server]) -> None:
    server = serve(answer)

    async def main() -> None:
        transport = AsyncCoreTransport(httpx.Limits())
        try:
            for _ in range(3):
                assert b'"msg_loop"' in await async_get(transport, request(server))
            assert server.connections == 1
        finally:
            await transport.aclose()

    asyncio.run(main())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_expired_idle_connection_is_not_reused(serve: Callable[..., Server], mode: str) -> None:
    server = serve(answer)
    limits = httpx.Limits(keepalive_expiry=0.05)
    if mode == "sync":
        transport = CoreTransport(limits)
        sync_get(transport, request(server))
        threading.Event().wait(0.2)
        sync_get(transport, request(server))
        transport.close()
    else:

        async def main() -> None:
            transport = AsyncCoreTransport(limits)
            await async_get(transport, request(server))
            await asyncio.sleep(0.2)
            await async_get(transport, request(server))
            await transport.aclose()

        asyncio.run(main())
    assert server.connections == 2
    assert server.wait_until(lambda s: s.closed_by_client >= 1)


def test_max_keepalive_connections_bounds_the_idle_ones(serve: Callable[..., Server]) -> None:
    server = serve(slow_answer(0.1))

    async def main() -> None:
        transport = AsyncCoreTransport(httpx.Limits(max_keepalive_connections=1))
        try:
            await asyncio.gather(*(async_get(transport, request(server)) for _ in range(3)))
            assert server.connections == 3
            assert [c.is_idle() for c in transport.connections] == [True]
        finally:
            await transport.aclose()

    asyncio.run(main())
    assert server.wait_until(lambda s: s.closed_by_client == 3)


# -- limits and timeouts ----------------------------------------------------------------


def test_async_max_connections_is_never_exceeded(serve: Callable[..., Server]) -> None:
    server = serve(slow_answer(0.05))

    async def main() -> list[bytes]:
        transport = AsyncCoreTransport(httpx.Limits(max_connections=2))
        try:
            return await asyncio.gather(*(async_get(transport, request(server)) for _ in range(10)))
        finally:
            await transport.aclose()

    bodies = asyncio.run(main())
    assert all(b'"msg_loop"' in body for body in bodies)
    assert server.connections == 2
    assert len(server.requests) == 10


def test_sync_max_connections_is_never_exceeded(serve: Callable[..., Server]) -> None:
    server = serve(slow_answer(0.05))
    transport = CoreTransport(httpx.Limits(max_connections=2))
    try:
        results = in_threads(lambda: sync_get(transport, request(server)), 8)
    finally:
        transport.close()
    assert all(isinstance(r, bytes) and b'"msg_loop"' in r for r in results), results
    assert server.connections == 2


def stream_then_answer() -> Callable[[Conn, Request], bool]:
    """The first request gets an endless stream (its connection stays taken), then JSON."""
    calls = {"n": 0}

    def handler(conn: Conn, req: Request) -> bool:
        calls["n"] += 1
        if calls["n"] == 1:
            return stream_forever(conn, req)
        return conn.send(json_answer(message_json()))

    return handler


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_pool_timeout_when_every_connection_is_taken(
    serve: Callable[..., Server], mode: str
) -> None:
    server = serve(stream_then_answer())
    limits = httpx.Limits(max_connections=1)
    if mode == "sync":
        transport = CoreTransport(limits)
        try:
            held = transport.handle_request(request(server))
            with pytest.raises(httpx.PoolTimeout):
                transport.handle_request(request(server, pool=0.1))
            held.close()
            assert b'"msg_loop"' in sync_get(transport, request(server))  # the slot is free
        finally:
            transport.close()
    else:

        async def main() -> None:
            transport = AsyncCoreTransport(limits)
            try:
                held = await transport.handle_async_request(request(server))
                with pytest.raises(httpx.PoolTimeout):
                    await transport.handle_async_request(request(server, pool=0.1))
                await held.aclose()
                assert b'"msg_loop"' in await async_get(transport, request(server))
            finally:
                await transport.aclose()

        asyncio.run(main())
    assert server.connections == 2


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_read_timeout_closes_the_connection_and_frees_its_slot(
    serve: Callable[..., Server], mode: str
) -> None:
    calls = {"n": 0}

    def handler(conn: Conn, req: Request) -> bool:
        calls["n"] += 1
        if calls["n"] == 1:
            conn.wait_for_close(5.0)  # never answers; waits for the client to give up
            return False
        return conn.send(json_answer(message_json()))

    server = serve(handler)
    limits = httpx.Limits(max_connections=1)
    if mode == "sync":
        transport = CoreTransport(limits)
        with pytest.raises(httpx.ReadTimeout):
            transport.handle_request(request(server, read=0.2))
        assert b'"msg_loop"' in sync_get(transport, request(server, pool=1.0))
        transport.close()
    else:

        async def main() -> None:
            transport = AsyncCoreTransport(limits)
            with pytest.raises(httpx.ReadTimeout):
                await transport.handle_async_request(request(server, read=0.2))
            assert b'"msg_loop"' in await async_get(transport, request(server, pool=1.0))
            await transport.aclose()

        asyncio.run(main())
    assert server.wait_until(lambda s: s.closed_by_client >= 1)
    assert server.connections == 2


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_each_request_on_a_kept_connection_gets_its_own_read_timeout(
    serve: Callable[..., Server], mode: str
) -> None:
    # The sync transport sets a socket's timeout only when it changes: a short read
    # timeout after a long one, then none at all, must each hold on the same connection.
    def handler(conn: Conn, req: Request) -> bool:
        if req.number == 2:
            conn.pause(0.6)
        return conn.send(json_answer(message_json()))

    server = serve(handler)
    limits = httpx.Limits(max_connections=1)
    if mode == "sync":
        transport = CoreTransport(limits)
        assert b'"msg_loop"' in sync_get(transport, request(server, read=5.0))
        with pytest.raises(httpx.ReadTimeout):
            sync_get(transport, request(server, read=0.2))
        slow = request(server)
        slow.extensions["timeout"]["read"] = None
        assert b'"msg_loop"' in sync_get(transport, slow)
        transport.close()
    else:

        async def main() -> None:
            transport = AsyncCoreTransport(limits)
            assert b'"msg_loop"' in await async_get(transport, request(server, read=5.0))
            with pytest.raises(httpx.ReadTimeout):
                await async_get(transport, request(server, read=0.2))
            slow = request(server)
            slow.extensions["timeout"]["read"] = None
            assert b'"msg_loop"' in await async_get(transport, slow)
            await transport.aclose()

        asyncio.run(main())
    # The timed-out connection was closed; the first and the last request had their own.
    assert server.connections == 2
    assert server.request_count == 3


def in_mode(mode: str, run: Callable[[Any], Any]) -> Any:
    """``run(send)``, where ``send(request)`` returns the body of the answer to ``request``
    on one new transport of ``mode`` (one connection at most), closed after."""
    limits = httpx.Limits(max_connections=1)
    if mode == "sync":
        transport = CoreTransport(limits)
        try:
            return run(lambda req: sync_get(transport, req))
        finally:
            transport.close()

    async def main() -> Any:
        transport = AsyncCoreTransport(limits)
        try:
            return await run(lambda req: async_get(transport, req))
        finally:
            await transport.aclose()

    return asyncio.run(main())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_request_body_larger_than_the_socket_buffers_arrives_whole(
    serve: Callable[..., Server], mode: str
) -> None:
    # Sends past the socket's buffer are partial (sync) or wait for the buffer to drain
    # (async); every byte must still go, in order.
    body = bytes(range(256)) * (24 * 1024)  # 6 MiB

    def handler(conn: Conn, req: Request) -> bool:
        return conn.send(json_answer(message_json(text=str(req.body == body))))

    server = serve(handler)
    req = httpx.Request(
        "POST", server.url + "/v1/messages", content=body, extensions={"timeout": TIMEOUTS}
    )
    answer = in_mode(mode, lambda send: send(req))
    assert b'"text":"True"' in answer.replace(b" ", b"")


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_response_body_read_slowly_arrives_whole(serve: Callable[..., Server], mode: str) -> None:
    # A reader slower than the socket: the async connection stops reading the socket
    # while it holds enough, and starts again as the reader takes it.
    body = bytes(range(256)) * (16 * 1024)  # 4 MiB

    def handler(conn: Conn, req: Request) -> bool:
        head = b"HTTP/1.1 200 OK\r\ncontent-length: %d\r\n\r\n" % len(body)
        return conn.send(head + body)

    server = serve(handler)
    req = request(server)
    if mode == "sync":
        transport = CoreTransport(httpx.Limits())
        response = transport.handle_request(req)
        parts = []
        for part in response.stream:
            parts.append(part)
            time.sleep(0.001)
        response.close()
        transport.close()
    else:

        async def main() -> list[bytes]:
            transport = AsyncCoreTransport(httpx.Limits())
            response = await transport.handle_async_request(req)
            got = []
            async for part in response.stream:  # type: ignore[union-attr]
                got.append(part)
                await asyncio.sleep(0.01)
            await response.aclose()
            await transport.aclose()
            return got

        parts = asyncio.run(main())
    assert b"".join(parts) == body


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_server_that_never_reads_is_a_write_timeout(mode: str) -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []
    acceptor = threading.Thread(target=lambda: accepted.append(listener.accept()[0]))
    acceptor.start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/v1/messages"
    req = httpx.Request(
        "POST",
        url,
        content=b"x" * (64 << 20),  # more than any socket buffers hold
        extensions={"timeout": {**TIMEOUTS, "write": 0.3}},
    )
    try:
        if mode == "sync":
            transport = CoreTransport(httpx.Limits(max_connections=1))
            with pytest.raises(httpx.WriteTimeout) as caught:
                transport.handle_request(req)
            assert transport.connections == []  # the connection was dropped
            transport.close()
        else:

            async def main() -> pytest.ExceptionInfo[httpx.WriteTimeout]:
                transport = AsyncCoreTransport(httpx.Limits(max_connections=1))
                with pytest.raises(httpx.WriteTimeout) as caught:
                    await transport.handle_async_request(req)
                assert transport.connections == []
                await transport.aclose()
                return caught

            caught = asyncio.run(main())
        assert caught.value.request is req
    finally:
        acceptor.join(timeout=5)
        for sock in accepted:
            sock.close()
        listener.close()


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_idle_connection_the_server_wrote_on_is_not_reused(
    serve: Callable[..., Server], mode: str
) -> None:
    # Bytes after a complete answer belong to no request: the connection is dropped
    # before the next request, never read as that request's answer.
    def handler(conn: Conn, req: Request) -> bool:
        if not conn.send(json_answer(message_json(msg_id=f"msg_{req.number}"))):
            return False
        if req.number == 1:  # once the client holds the connection idle: unasked bytes
            conn.pause(0.05)
            return conn.send(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n")
        return True

    server = serve(handler)

    def run(send: Callable[[httpx.Request], Any]) -> Any:
        first = send(request(server))
        time.sleep(0.2)  # the stray bytes reach the client
        return first, send(request(server))

    async def arun(send: Callable[[httpx.Request], Any]) -> Any:
        first = await send(request(server))
        await asyncio.sleep(0.2)
        return first, await send(request(server))

    first, second = in_mode(mode, run if mode == "sync" else arun)
    assert b'"msg_1"' in first and b'"msg_2"' in second
    assert server.connections == 2


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_header_values_decode_as_httpx_decodes_them(
    serve: Callable[..., Server], mode: str
) -> None:
    # An all-ASCII head is marked so (no decode pass on first lookup); one with UTF-8 or
    # Latin-1 bytes in a value is left for httpx to find the encoding of, as it would.
    values = [b"plain", "café".encode(), "café".encode("latin-1")]

    def handler(conn: Conn, req: Request) -> bool:
        note = values[req.number - 1]
        return conn.send(b"HTTP/1.1 200 OK\r\nx-note: %s\r\ncontent-length: 2\r\n\r\n{}" % note)

    server = serve(handler)
    seen: list[tuple[str, str]] = []
    if mode == "sync":
        transport = CoreTransport(httpx.Limits())
        for _ in values:
            response = transport.handle_request(request(server))
            response.read()
            seen.append((response.headers["x-note"], response.headers.encoding))
        transport.close()
    else:

        async def main() -> None:
            transport = AsyncCoreTransport(httpx.Limits())
            for _ in values:
                response = await transport.handle_async_request(request(server))
                await response.aread()
                seen.append((response.headers["x-note"], response.headers.encoding))
            await transport.aclose()

        asyncio.run(main())
    assert seen == [("plain", "ascii"), ("café", "utf-8"), ("café", "iso-8859-1")]


# -- TLS --------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_https_verifies_the_server_and_keeps_the_connection(mode: str) -> None:
    with Server(answer, tls=True) as server:
        limits = httpx.Limits(max_connections=1)
        context = client_tls_context()
        if mode == "sync":
            transport = CoreTransport(limits, ssl_context=context)
            bodies = [sync_get(transport, request(server)) for _ in range(3)]
            transport.close()
        else:

            async def main() -> list[bytes]:
                transport = AsyncCoreTransport(limits, ssl_context=context)
                try:
                    return [await async_get(transport, request(server)) for _ in range(3)]
                finally:
                    await transport.aclose()

            bodies = asyncio.run(main())
        assert all(b'"msg_loop"' in body for body in bodies)
        assert server.connections == 1  # one handshake, three requests
        assert server.handshake_failures == 0


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", ["unknown authority", "another name"])
def test_https_refuses_a_server_it_cannot_verify(mode: str, case: str) -> None:
    # The default context trusts the system's authorities, not the test one; the test
    # certificate names localhost, not 127.0.0.1.
    with Server(answer, tls=True) as server:
        if case == "unknown authority":
            context, url = None, server.url
        else:
            context, url = client_tls_context(), server.url.replace("localhost", "127.0.0.1")
        req = httpx.Request("GET", url + "/v1/models", extensions={"timeout": TIMEOUTS})
        if mode == "sync":
            transport = CoreTransport(httpx.Limits(), ssl_context=context)
            with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
                transport.handle_request(req)
            assert transport.connections == []
            transport.close()
        else:

            async def main() -> None:
                transport = AsyncCoreTransport(httpx.Limits(), ssl_context=context)
                with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
                    await transport.handle_async_request(req)
                assert transport.connections == []
                await transport.aclose()

            asyncio.run(main())
        assert server.request_count == 0
        assert server.wait_until(lambda s: s.handshake_failures == 1)


# -- release ----------------------------------------------------------------------------


def stream_forever(conn: Conn, req: Request) -> bool:
    conn.send(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n")
    conn.send(b"transfer-encoding: chunked\r\n\r\n")
    conn.chunk(b"event: ping\ndata: {}\n\n")
    conn.wait_for_close(5.0)
    return False


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_response_closed_early_closes_its_connection(
    serve: Callable[..., Server], mode: str
) -> None:
    server = serve(stream_forever)
    if mode == "sync":
        transport = CoreTransport(httpx.Limits(max_connections=1))
        response = transport.handle_request(request(server))
        assert next(iter(response.stream)) == b"event: ping\ndata: {}\n\n"
        response.close()
        assert transport.connections == []
        transport.close()
    else:

        async def main() -> None:
            transport = AsyncCoreTransport(httpx.Limits(max_connections=1))
            response = await transport.handle_async_request(request(server))
            async for chunk in response.aiter_raw():
                assert chunk == b"event: ping\ndata: {}\n\n"
                break
            await response.aclose()
            assert transport.connections == []
            await transport.aclose()

        asyncio.run(main())
    assert server.wait_until(lambda s: s.closed_by_client == 1)


def test_a_cancelled_request_releases_its_connection_and_slot(
    serve: Callable[..., Server],
) -> None:
    first = threading.Event()

    def handler(conn: Conn, req: Request) -> bool:
        if not first.is_set():
            first.set()
            conn.wait_for_close(5.0)
            return False
        return conn.send(json_answer(message_json()))

    server = serve(handler)

    async def main() -> None:
        transport = AsyncCoreTransport(httpx.Limits(max_connections=1))
        task = asyncio.create_task(transport.handle_async_request(request(server)))
        # A second request queues behind the first, then is cancelled too.
        queued = asyncio.create_task(transport.handle_async_request(request(server)))
        while not first.is_set():
            await asyncio.sleep(0.01)
        task.cancel()
        queued.cancel()
        for t in (task, queued):
            with pytest.raises(asyncio.CancelledError):
                await t
        assert transport.connections == []
        assert b'"msg_loop"' in await async_get(transport, request(server, pool=1.0))
        await transport.aclose()

    asyncio.run(main())
    assert server.wait_until(lambda s: s.closed_by_client >= 1)
    assert server.connections == 2


def test_a_queued_request_gets_the_connection_a_response_gives_back(
    serve: Callable[..., Server],
) -> None:
    server = serve(slow_answer(0.05))

    async def main() -> None:
        transport = AsyncCoreTransport(httpx.Limits(max_connections=1))
        try:
            bodies = await asyncio.gather(
                *(async_get(transport, request(server)) for _ in range(4))
            )
            assert len(bodies) == 4
        finally:
            await transport.aclose()

    asyncio.run(main())
    assert server.connections == 1


def test_a_body_cut_short_is_a_remote_protocol_error(serve: Callable[..., Server]) -> None:
    def handler(conn: Conn, req: Request) -> bool:
        conn.send(b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n" + b"x" * 10)
        return False

    server = serve(handler)
    transport = CoreTransport(httpx.Limits())
    try:
        response = transport.handle_request(request(server))
        with pytest.raises(httpx.RemoteProtocolError):
            response.read()
        assert transport.connections == []
    finally:
        transport.close()


# -- body framing ---------------------------------------------------------------------

CHUNKED = b"5\r\nhello\r\n1;ext=1\r\n \r\n6\r\nworld!\r\n0\r\ntrailer: x\r\n\r\n"


@pytest.mark.parametrize("size", [1, 2, 3, 7, len(CHUNKED)])
def test_a_chunked_body_cut_anywhere_decodes_the_same(size: int) -> None:
    decoder = BodyDecoder(None, chunked=True)
    out = b"".join(decoder.feed(CHUNKED[i : i + size]) for i in range(0, len(CHUNKED), size))
    assert out == b"hello world!"
    assert decoder.done
    assert decoder.leftover == b""


def test_a_socket_read_of_many_chunks_is_one_piece() -> None:
    decoder = BodyDecoder(None, chunked=True)
    assert decoder.feed(b"3\r\nabc\r\n3\r\ndef\r\n") == b"abcdef"
    assert not decoder.done


@pytest.mark.parametrize(
    "body", [b"zz\r\nhello\r\n", b"5\r\nhelloXX", b"-1\r\n", b"0x5\r\nhello\r\n"]
)
def test_a_malformed_chunked_body_is_a_remote_protocol_error(body: bytes) -> None:
    with pytest.raises(httpx.RemoteProtocolError):
        BodyDecoder(None, chunked=True).feed(body)


def test_a_length_framed_body_stops_at_its_length() -> None:
    decoder = BodyDecoder(5, chunked=False)
    assert decoder.feed(b"hel") == b"hel"
    assert decoder.feed(b"loEXTRA") == b"lo"
    assert decoder.done
    assert decoder.leftover == b"EXTRA"


def test_end_of_file_before_the_end_of_a_framed_body_raises() -> None:
    decoder = BodyDecoder(None, chunked=True)
    decoder.feed(b"5\r\nhel")
    with pytest.raises(httpx.RemoteProtocolError):
        decoder.eof()
    unframed = BodyDecoder(None, chunked=False)
    assert unframed.feed(b"anything") == b"anything"
    unframed.eof()
    assert unframed.done
