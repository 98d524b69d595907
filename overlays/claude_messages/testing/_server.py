"""A small HTTP/1.1 server on asyncio streams: request parsing and response writing.

Just what the emulator needs, with the stdlib only: keep-alive, ``Content-Length`` and
chunked request bodies, ``Content-Length`` and chunked (``text/event-stream``) answers,
and the means to misbehave on purpose (close the connection before or during an answer).
"""

from __future__ import annotations

import asyncio
import http
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit

__all__ = ["HTTPRequest", "ProtocolError", "ResponseWriter", "read_request"]

MAX_HEADER_BYTES = 64 * 1024
# The API refuses bodies over 32 MB with 413 request_too_large; so does the emulator.
MAX_BODY_BYTES = 32 * 1024 * 1024
# Except for file uploads, which may carry a file of up to 500 MB.
MAX_UPLOAD_BYTES = 500 * 1024 * 1024
_UPLOAD_PATH = "/v1/files"

_REASONS = {status.value: status.phrase for status in http.HTTPStatus}
_REASONS[529] = "Overloaded"


class ProtocolError(Exception):
    """The peer did not speak HTTP/1.1 well enough to answer it (``status`` to send)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(slots=True)
class HTTPRequest:
    """One parsed request. Header names are lower case; repeated headers are joined."""

    method: str
    target: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    keep_alive: bool
    too_large: bool = field(default=False)


async def _read_chunked(reader: asyncio.StreamReader, limit: int) -> bytes:
    parts: list[bytes] = []
    total = 0
    while True:
        line = await reader.readuntil(b"\r\n")
        size_text = line.split(b";", 1)[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            raise ProtocolError(400, "bad chunk size") from None
        if size == 0:
            while await reader.readuntil(b"\r\n") != b"\r\n":  # trailers
                pass
            return b"".join(parts)
        total += size
        if total > limit:
            raise ProtocolError(413, "request body too large")
        parts.append(await reader.readexactly(size))
        await reader.readexactly(2)


async def read_request(reader: asyncio.StreamReader) -> HTTPRequest | None:
    """Read one request; ``None`` when the peer closed the connection between requests."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as exc:
        if exc.partial.strip():
            raise ProtocolError(400, "incomplete request head") from None
        return None
    except asyncio.LimitOverrunError:
        raise ProtocolError(431, "request head too large") from None
    lines = head.decode("latin-1").split("\r\n")
    try:
        method, target, version = lines[0].split(" ")
    except ValueError:
        raise ProtocolError(400, "malformed request line") from None
    if not version.startswith("HTTP/1."):
        raise ProtocolError(505, "only HTTP/1.x is served")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if not line:
            continue
        name, sep, value = line.partition(":")
        if not sep:
            raise ProtocolError(400, "malformed header line")
        key = name.strip().lower()
        value = value.strip()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    connection = headers.get("connection", "").lower()
    keep_alive = "close" not in connection if version == "HTTP/1.1" else "keep-alive" in connection
    if headers.get("expect", "").lower() == "100-continue":
        raise ProtocolError(417, "expectations are not supported")
    split = urlsplit(target)
    limit = MAX_UPLOAD_BYTES if split.path.rstrip("/") == _UPLOAD_PATH else MAX_BODY_BYTES
    body = b""
    too_large = False
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = await _read_chunked(reader, limit)
    elif "content-length" in headers:
        try:
            length = int(headers["content-length"])
        except ValueError:
            raise ProtocolError(400, "bad content-length") from None
        if length > limit:
            # Read and drop it so the connection stays usable for the 413 answer.
            too_large = True
            remaining = length
            while remaining:
                remaining -= len(await reader.readexactly(min(remaining, 1 << 20)))
        else:
            body = await reader.readexactly(length)
    query = dict(parse_qsl(split.query, keep_blank_values=True))
    return HTTPRequest(method, target, split.path, query, headers, body, keep_alive, too_large)


def _head(status: int, headers: list[tuple[str, str]]) -> bytes:
    lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Unknown')}"]
    lines.extend(f"{name}: {value}" for name, value in headers)
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


class ResponseWriter:
    """Writes answers on one connection, and breaks it on purpose when asked."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader = reader
        self._writer = writer

    async def send(
        self, status: int, headers: list[tuple[str, str]], body: bytes, *, keep_alive: bool
    ) -> None:
        """A whole answer with ``Content-Length``."""
        all_headers = [
            *headers,
            ("content-length", str(len(body))),
            ("connection", "keep-alive" if keep_alive else "close"),
        ]
        self._writer.write(_head(status, all_headers) + body)
        await self._writer.drain()

    async def send_partial(self, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
        """Announce ``body`` in full, send its first half, then drop the connection."""
        all_headers = [*headers, ("content-length", str(len(body))), ("connection", "keep-alive")]
        self._writer.write(_head(status, all_headers) + body[: len(body) // 2])
        await self._writer.drain()
        self.drop()

    async def start_chunked(self, status: int, headers: list[tuple[str, str]]) -> None:
        """Send the head of a chunked answer; chunks follow with :meth:`chunk`."""
        all_headers = [*headers, ("transfer-encoding", "chunked"), ("connection", "keep-alive")]
        self._writer.write(_head(status, all_headers))

    def chunk(self, data: bytes) -> None:
        """Queue one chunk (written by the next :meth:`flush`)."""
        if self._writer.transport.is_closing():
            # The peer left; stop here rather than write into a dead transport.
            raise ConnectionResetError("the client closed the connection")
        self._writer.write(b"%x\r\n%s\r\n" % (len(data), data))

    async def flush(self) -> None:
        await self._writer.drain()

    async def end_chunked(self) -> None:
        self._writer.write(b"0\r\n\r\n")
        await self._writer.drain()

    def drop(self) -> None:
        """Close the connection now; what was written still reaches the peer, then EOF."""
        self._writer.close()

    async def wait_peer_gone(self) -> None:
        """Block until the peer closes the connection (a server that never answers)."""
        while await self._reader.read(65536):
            pass
