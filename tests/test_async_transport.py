"""AsyncCoreTransport: the async client's own transport over httpcore (real loopback sockets)."""

from __future__ import annotations

import asyncio
import json
import socket
import ssl
import threading
from collections.abc import Iterator
from typing import Any

import anyio
import httpcore
import httpx
import pytest
from _loopback import (
    SSE_HEAD,
    Conn,
    Request,
    Server,
    client_tls_context,
    json_answer,
    message_json,
    sse_message,
)
from claude_messages import APIConnectionError, AsyncClient
from claude_messages._async_transport import AsyncCoreTransport, HttpxErrors
from claude_messages._asyncio_stream import connect

MESSAGE = {
    "id": "msg_1",
    "type": "message",
    "role": "assistant",
    "model": "m",
    "content": [{"type": "text", "text": "hi"}],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 1, "output_tokens": 1},
}


class HangUpServer:
    """Answers one request per connection (keep-alive promised), then hangs up."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            with conn:
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                head, _, rest = data.partition(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":")[1])
                while len(rest) < length:
                    rest += conn.recv(65536)
                body = json.dumps(MESSAGE).encode()
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                    b"connection: keep-alive\r\nrequest-id: req_x\r\n"
                    b"content-length: %d\r\n\r\n%s" % (len(body), body)
                )
            # leaving the with block closes the socket: the client's idle connection is dead

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def hang_up_server() -> Iterator[HangUpServer]:
    server = HangUpServer()
    try:
        yield server
    finally:
        server.close()


def test_a_connection_the_server_closed_is_not_reused(hang_up_server: HangUpServer) -> None:
    # The idle check (is_readable) must see the server's EOF, so the second request opens
    # a new connection instead of failing on the dead one and being retried.
    async def main() -> list[int]:
        async with AsyncClient(
            api_key="k", base_url=f"http://127.0.0.1:{hang_up_server.port}"
        ) as c:
            taken = []
            for _ in range(3):
                raw = await c.messages.with_raw_response.create(
                    model="m", max_tokens=5, messages=[{"role": "user", "content": "x"}]
                )
                taken.append(raw.retries_taken)
                await asyncio.sleep(0.05)  # let the hang-up reach the client
            return taken

    assert asyncio.run(main()) == [0, 0, 0]
    assert hang_up_server.connections == 3


def test_errors_leave_the_transport_as_httpx_errors_carrying_the_request() -> None:
    request = httpx.Request("GET", "http://127.0.0.1/")
    other = httpx.Request("GET", "http://127.0.0.1/other")
    # An httpx error raised without a request gets this one; one with a request keeps it.
    with pytest.raises(httpx.ConnectError) as bare, HttpxErrors(request):
        raise httpx.ConnectError("refused")
    assert bare.value.request is request
    with pytest.raises(httpx.ReadError) as own, HttpxErrors(request):
        raise httpx.ReadError("reset", request=other)
    assert own.value.request is other
    # httpcore's become httpx's of the same meaning, the original as their cause.
    core = httpcore.ReadTimeout("timed out")
    with pytest.raises(httpx.ReadTimeout) as mapped, HttpxErrors(request):
        raise core
    assert mapped.value.request is request and mapped.value.__cause__ is core
    assert str(mapped.value) == "timed out"
    # Anything else passes unchanged, cancellation included.
    with pytest.raises(KeyError), HttpxErrors(request):
        raise KeyError("k")
    with pytest.raises(asyncio.CancelledError), HttpxErrors(request):
        raise asyncio.CancelledError
    with HttpxErrors(request):
        pass


def test_httpcore_errors_become_httpx_errors() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nothing listens here once closed

    async def main() -> None:
        transport = AsyncCoreTransport(httpx.Limits(max_connections=1))
        try:
            request = httpx.Request("GET", f"http://127.0.0.1:{port}/")
            with pytest.raises(httpx.ConnectError):
                await transport.handle_async_request(request)
        finally:
            await transport.aclose()

    asyncio.run(main())


def test_refused_connection_raises_api_connection_error_after_retries() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    async def main() -> APIConnectionError:
        async with AsyncClient(
            api_key="k", base_url=f"http://127.0.0.1:{port}", max_retries=0
        ) as client:
            with pytest.raises(APIConnectionError) as caught:
                await client.messages.create(
                    model="m", max_tokens=5, messages=[{"role": "user", "content": "x"}]
                )
            return caught.value

    error = asyncio.run(main())
    assert isinstance(error.__cause__, httpx.ConnectError)


def _create_or_stream(conn: Conn, req: Request) -> bool:
    if b'"stream":true' in req.body:
        conn.send(SSE_HEAD)
        for event in sse_message("Hi there"):
            conn.chunk(event)
        return conn.end_chunks()
    return conn.send(json_answer(message_json()))


def test_the_async_client_runs_under_trio() -> None:
    # Under an event loop other than asyncio, connections run on httpcore's anyio backend.
    args: dict[str, Any] = {
        "model": "m",
        "max_tokens": 5,
        "messages": [{"role": "user", "content": "x"}],
    }
    with Server(_create_or_stream) as server:

        async def main() -> tuple[str, str, str]:
            async with AsyncClient(api_key="k", base_url=server.url) as client:
                first = await client.messages.create(**args)
                async with client.messages.stream(**args) as stream:
                    text = "".join([piece async for piece in stream.text_stream])
                second = await client.messages.create(**args)
            return first.content[0].text, text, second.content[0].text  # type: ignore[union-attr]

        assert anyio.run(main, backend="trio") == ("Hello!", "Hi there ", "Hello!")
        assert server.connections == 1  # kept alive across the three calls


def test_https_under_trio_verifies_the_server() -> None:
    with Server(_create_or_stream, tls=True) as server:

        async def main(context: ssl.SSLContext | None) -> bytes:
            transport = AsyncCoreTransport(httpx.Limits(), ssl_context=context)
            try:
                request = httpx.Request("GET", server.url + "/v1/models")
                response = await transport.handle_async_request(request)
                return await response.aread()
            finally:
                await transport.aclose()

        assert b'"msg_loop"' in anyio.run(main, client_tls_context(), backend="trio")
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            anyio.run(main, None, backend="trio")


def test_an_asyncio_read_returns_at_most_the_size_asked() -> None:
    # A burst that arrives while nobody reads is held (reading pauses past the high-water
    # mark) and handed out in reads of at most the size asked, none lost: the stream
    # readers count a line still arriving only every so many reads, relying on the bound.
    payload = bytes(range(256)) * 4096  # 1 MiB
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def serve() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.sendall(payload)

    thread = threading.Thread(target=serve)
    thread.start()

    async def main() -> list[bytes]:
        stream = await connect("127.0.0.1", port, None, timeout=5.0)
        try:
            await asyncio.sleep(0.3)  # the burst arrives, nobody reads
            pieces = []
            while piece := await stream.read(65536, timeout=5.0):
                pieces.append(piece)
            return pieces
        finally:
            await stream.aclose()

    try:
        pieces = asyncio.run(main())
    finally:
        thread.join(timeout=5)
        listener.close()
    assert max(map(len, pieces)) == 65536
    assert b"".join(pieces) == payload
