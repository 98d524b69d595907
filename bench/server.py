"""A minimal, fast HTTP/1.1 server on 127.0.0.1 for the loopback suite, run as its own process.

``python -m bench.server`` binds an ephemeral port, prints ``PORT <n>`` and serves until
killed (or after ``--max-seconds``, so it can never outlive a run by long). Every request is
answered with a fixed reply prepared once: a ``POST`` whose JSON body has ``"stream": true``
gets the text SSE stream (chunked transfer encoding, 1-4 KiB chunks, as the API streams;
a short one of 100 deltas when the path starts with ``/small/``, for many streams at once);
any other request gets a fixed Message JSON. Keep-alive, pipelining-safe, no parsing beyond
the head and ``content-length``: the server must cost far less than the clients measured.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import re
import sys

from . import streams

__all__ = ["LENGTH_RE", "main"]

_STREAM_RE = re.compile(rb'"stream"\s*:\s*true')
SMALL_DELTAS = 100
# The content-length field of a head (its first line excluded); the floor clients read it too.
LENGTH_RE = re.compile(rb"\r\ncontent-length:[ \t]*(\d+)", re.IGNORECASE)


def _json_reply() -> bytes:
    body = streams.message_json()
    head = (
        "HTTP/1.1 200 OK\r\n"
        "content-type: application/json\r\n"
        "request-id: req_bench_loopback\r\n"
        f"content-length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


def _sse_reply(deltas: int) -> bytes:
    case = streams.text_stream(deltas)
    parts = [
        b"HTTP/1.1 200 OK\r\n"
        b"content-type: text/event-stream\r\n"
        b"cache-control: no-cache\r\n"
        b"request-id: req_bench_loopback\r\n"
        b"transfer-encoding: chunked\r\n\r\n"
    ]
    for chunk in streams.chunk_kib(case.body):
        parts.append(b"%x\r\n%s\r\n" % (len(chunk), chunk))
    parts.append(b"0\r\n\r\n")
    return b"".join(parts)


JSON_REPLY = _json_reply()
SSE_REPLY = _sse_reply(2000)
SMALL_SSE_REPLY = _sse_reply(SMALL_DELTAS)


class _Conn(asyncio.Protocol):
    def __init__(self) -> None:
        self.buf = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        buf = self.buf + data
        while True:
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                break
            m = LENGTH_RE.search(buf, 0, end + 2)
            total = end + 4 + (int(m.group(1)) if m else 0)
            if len(buf) < total:
                break
            body = buf[end + 4 : total]
            small = buf.startswith(b"POST /small/")
            buf = buf[total:]
            assert self.transport is not None
            if not _STREAM_RE.search(body):
                self.transport.write(JSON_REPLY)
            elif small:
                self.transport.write(SMALL_SSE_REPLY)
            else:
                self.transport.write(SSE_REPLY)
        self.buf = buf


async def _serve(max_seconds: float) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Conn, "127.0.0.1", 0, backlog=4096)
    port = server.sockets[0].getsockname()[1]
    sys.stdout.write(f"PORT {port}\n")
    sys.stdout.flush()
    async with server:
        await asyncio.sleep(max_seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--max-seconds", type=float, default=900.0)
    args = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args.max_seconds))


if __name__ == "__main__":
    main()
