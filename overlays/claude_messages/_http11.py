"""HTTP/1.1 for the client's own transports, without I/O: request heads, response heads, bodies.

h11 writes the request (so its checks of header names and values apply: a header that
could split the request is refused with ``httpx.LocalProtocolError``) and reads the
response's status line and headers. The body is then framed here, from the bytes h11 has
not consumed: ``content-length``, ``transfer-encoding: chunked`` or read-until-close.
A socket read becomes at most one body chunk, whatever the number of HTTP chunks in it,
so the layers above see a few large pieces instead of one per 1-4 KiB HTTP chunk.

``Exchange`` is one request/response on a connection; the transports (``_async_transport``
and ``_sync_transport``) do the reading and writing.
"""

from __future__ import annotations

import re
from typing import Any

import h11
import httpx

__all__ = ["READ_SIZE", "BodyDecoder", "Exchange"]

READ_SIZE = 64 * 1024
"""Bytes asked of the socket per read."""

_HEX = re.compile(rb"[0-9A-Fa-f]{1,16}")
_MAX_CHUNK_LINE = 4096  # a chunk-size line (with extensions) or a trailer line, at most


def _protocol_error(message: str) -> httpx.RemoteProtocolError:
    return httpx.RemoteProtocolError(message)


class BodyDecoder:
    """Turns the bytes after a response head into body bytes.

    ``feed(data)`` returns the body bytes found in ``data`` (maybe ``b""``); ``done`` is set
    once the body is complete; ``leftover`` holds bytes past its end (a server that sent
    more than it framed: the connection is then not reused). ``eof()`` is called when the
    server closes the connection and raises if the body was not complete.
    """

    __slots__ = ("_buf", "_chunked", "_remaining", "_trailer", "done", "leftover")

    def __init__(self, length: int | None, chunked: bool) -> None:
        # length None and not chunked: the body runs until the server closes.
        self._chunked = chunked
        self._remaining = -1 if length is None and not chunked else (length or 0)
        self._buf = b""
        self._trailer = False
        self.done = length == 0 and not chunked
        self.leftover = b""

    def feed(self, data: bytes) -> bytes:
        if self.done:
            self.leftover += data
            return b""
        if not self._chunked:
            if self._remaining < 0:
                return data
            if len(data) < self._remaining:
                self._remaining -= len(data)
                return data
            body, self.leftover = data[: self._remaining], data[self._remaining :]
            self._remaining = 0
            self.done = True
            return body
        return self._feed_chunked(self._buf + data if self._buf else data)

    def _feed_chunked(self, buf: bytes) -> bytes:
        parts: list[bytes] = []
        pos = 0
        end = len(buf)
        remaining = self._remaining
        while pos < end:
            if remaining > 0:  # inside a chunk's data
                take = min(remaining, end - pos)
                parts.append(buf[pos : pos + take])
                pos += take
                remaining -= take
                if remaining == 0:
                    remaining = -2  # the CRLF after the data is due
                continue
            if remaining == -2:
                if end - pos < 2:
                    break
                if buf[pos : pos + 2] != b"\r\n":
                    raise _protocol_error("Malformed chunked body: no CRLF after a chunk.")
                pos += 2
                remaining = 0
                continue
            eol = buf.find(b"\r\n", pos)
            if eol < 0:
                if end - pos > _MAX_CHUNK_LINE:
                    raise _protocol_error("Malformed chunked body: a chunk-size line too long.")
                break
            line = buf[pos:eol]
            pos = eol + 2
            if self._trailer:
                if not line:  # the blank line after the trailers: the body is complete
                    self.done = True
                    self.leftover = buf[pos:]
                    pos = end
                    break
                continue  # trailer fields are not used
            size = line.split(b";", 1)[0].strip(b" \t")
            if not _HEX.fullmatch(size):
                raise _protocol_error("Malformed chunked body: a bad chunk size.")
            remaining = int(size, 16)
            if remaining == 0:
                self._trailer = True
        self._remaining = remaining
        self._buf = buf[pos:] if pos < end and not self.done else b""
        return parts[0] if len(parts) == 1 else b"".join(parts)

    def eof(self) -> None:
        """The server closed the connection; complete only when the body was unframed."""
        if self.done:
            return
        if not self._chunked and self._remaining < 0:
            self.done = True
            return
        raise _protocol_error("Server disconnected without sending the complete response body.")


def _has_token(headers: Any, name: bytes, token: bytes) -> bool:
    for key, value in headers:
        if key.lower() == name and token in [t.strip() for t in value.lower().split(b",")]:
            return True
    return False


class Exchange:
    """One request and its response head on a connection (h11 does the head parsing).

    Example::

        exchange = Exchange(request)
        wire = exchange.head()  # then exchange.body_part(part) per part, exchange.end()
        response = exchange.feed(data)  # None until the head is in
        decoder = exchange.decoder()  # the body, from exchange.rest on
    """

    __slots__ = ("_conn", "_request", "response", "rest")

    def __init__(self, request: httpx.Request) -> None:
        self._request = request
        self._conn = h11.Connection(h11.CLIENT)
        self.response: h11.Response | None = None
        self.rest = b""

    def head(self) -> bytes:
        request = self._request
        headers = request.headers.raw
        if not any(k.lower() == b"host" for k, _ in headers):
            headers = [(b"Host", request.url.netloc), *headers]
        return self._send(
            h11.Request(method=request.method, target=request.url.raw_path, headers=headers)
        )

    def body_part(self, part: bytes) -> bytes:
        return self._send(h11.Data(data=part))

    def end(self) -> bytes:
        return self._send(h11.EndOfMessage())

    def _send(self, event: h11.Request | h11.Data | h11.EndOfMessage) -> bytes:
        """h11's refusal to write the request becomes httpx's ``LocalProtocolError``."""
        try:
            return self._conn.send(event) or b""
        except h11.LocalProtocolError as exc:
            raise httpx.LocalProtocolError(str(exc)) from exc

    def feed(self, data: bytes) -> h11.Response | None:
        """Bytes from the server; the response head once complete (1xx heads skipped)."""
        conn = self._conn
        try:
            conn.receive_data(data)
            while True:
                event = conn.next_event()
                if event is h11.NEED_DATA:
                    if not data:
                        raise _protocol_error("Server disconnected without sending a response.")
                    return None
                if isinstance(event, h11.Response):
                    self.response = event
                    self.rest = conn.trailing_data[0]
                    return event
                if isinstance(event, h11.InformationalResponse):
                    continue
                if isinstance(event, h11.ConnectionClosed):
                    raise _protocol_error("Server disconnected without sending a response.")
                raise _protocol_error(f"Unexpected data from the server ({type(event).__name__}).")
        except h11.RemoteProtocolError as exc:
            raise _protocol_error(str(exc)) from exc

    def decoder(self) -> BodyDecoder:
        response = self.response
        assert response is not None
        status = response.status_code
        if self._request.method == "HEAD" or status in (204, 304):
            return BodyDecoder(0, chunked=False)
        headers = response.headers
        if _has_token(headers, b"transfer-encoding", b"chunked"):
            return BodyDecoder(None, chunked=True)
        for key, value in headers:
            if key == b"content-length":
                return BodyDecoder(int(value), chunked=False)  # h11 checked it is one number
        return BodyDecoder(None, chunked=False)

    def reusable(self, decoder: BodyDecoder) -> bool:
        """Whether the connection may carry another request once this body is read."""
        response = self.response
        if response is None or not decoder.done or decoder.leftover:
            return False
        if decoder._remaining < 0 and not decoder._chunked:  # read until close
            return False
        if response.http_version != b"1.1":
            return False
        if _has_token(response.headers, b"connection", b"close"):
            return False
        return not _has_token(self._request.headers.raw, b"connection", b"close")

    def extensions(self) -> dict[str, Any]:
        response = self.response
        assert response is not None
        return {
            "http_version": b"HTTP/" + response.http_version,
            "reason_phrase": response.reason,
        }
