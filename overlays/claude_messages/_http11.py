"""HTTP/1.1 for the client's own transports, without I/O: request heads, response heads, bodies.

Request heads are written here and response heads parsed here, with the checks of RFC 9112
that keep a request from being split or a response from being misread: method, target,
header names and values are checked before anything is written (a header that could
split the request raises ``httpx.LocalProtocolError``), and a response head with a
malformed status line or field, a field name followed by whitespace, conflicting
``content-length`` values, a ``transfer-encoding`` other than ``chunked``, or more than
``MAX_HEAD_SIZE`` bytes raises ``httpx.RemoteProtocolError``. Interim (1xx) responses
are skipped. (These are the rules h11 applies; ``tests/test_http11.py`` holds this code to
h11's results on generated heads. Parsing a JSON answer's head here takes about a third of
h11's time, measured by ``scripts/bench --suite transports``.)

The body is framed here too, from the bytes after the head: ``content-length``,
``transfer-encoding: chunked`` or read-until-close. A socket read becomes at most one body
chunk, whatever the number of HTTP chunks in it, so the layers above see a few large
pieces instead of one per 1-4 KiB HTTP chunk.

``Exchange`` is one request/response on a connection; the transports (``_async_transport``
and ``_sync_transport``) do the reading and writing.
"""

from __future__ import annotations

import re
from typing import Any

import httpx

__all__ = ["MAX_HEAD_SIZE", "READ_SIZE", "BodyDecoder", "Exchange", "ResponseHead"]

READ_SIZE = 64 * 1024
"""Bytes asked of the socket per read."""

MAX_HEAD_SIZE = 64 * 1024
"""Bytes a response head (status line and fields) may take, at most."""

_HEX = re.compile(rb"[0-9A-Fa-f]{1,16}")
_TOKEN = re.compile(rb"[-!#$%&'*+.^_`|~0-9A-Za-z]+")
# A field value: visible characters, obs-text, and spaces or tabs between them.
_VALUE = re.compile(rb"[\t\x20-\x7e\x80-\xff]*")
# A received field value: what h11 accepts (after the surrounding spaces and tabs).
_RECEIVED_VALUE = re.compile(rb"[^\x00\x0b\x0c\r\n]*")
_TARGET = re.compile(rb"[\x21-\x7e\x80-\xff]+")
_STATUS_LINE = re.compile(rb"HTTP/(\d\.\d) ([0-9]{3})(?: ([\t\x20-\x7e\x80-\xff]*))?")
_DIGITS = re.compile(rb"[0-9]+")
_HEAD_END = re.compile(rb"\r?\n\r?\n")
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


def _local_error(message: str) -> httpx.LocalProtocolError:
    return httpx.LocalProtocolError(message)


def _check_fields(headers: list[tuple[bytes, bytes]]) -> None:
    """Raise for the first header whose name is not a token or whose value holds a control
    character other than tab (it could split the request)."""
    for name, value in headers:
        if not _TOKEN.fullmatch(name):
            raise _local_error(f"Illegal header name {name!r}.")
        if not _VALUE.fullmatch(value):
            # Never echoed: the value may be a credential.
            raise _local_error(f"Illegal header value for {name.decode('ascii')!r}.")


class ResponseHead:
    """A response's status line and fields (names lowercased, values stripped), and what
    they say of the body's framing and the connection."""

    __slots__ = (
        "ascii",
        "chunked",
        "close",
        "headers",
        "http_version",
        "length",
        "reason",
        "status_code",
    )

    def __init__(
        self,
        http_version: bytes,
        status_code: int,
        reason: bytes,
        headers: list[tuple[bytes, bytes]],
    ) -> None:
        self.http_version = http_version
        self.status_code = status_code
        self.reason = reason
        self.headers = headers
        self.chunked = False  # transfer-encoding: chunked
        self.length: int | None = None  # content-length
        self.close = False  # connection: close
        self.ascii = False  # every byte of the head is ASCII


def _parse_fields(lines: list[bytes]) -> list[tuple[bytes, bytes]]:
    fields: list[tuple[bytes, bytes]] = []
    for line in lines:
        if line[:1] in (b" ", b"\t"):  # obs-fold: a continuation of the previous field
            if not fields:
                raise _protocol_error("Malformed response head: a continuation line first.")
            name, value = fields[-1]
            more = line.strip(b" \t")
            fields[-1] = (name, value + b" " + more if value else more)
            continue
        name, colon, value = line.partition(b":")
        if not colon or not _TOKEN.fullmatch(name):
            # Also a name followed by whitespace, which RFC 9112 says must be refused.
            raise _protocol_error("Malformed response head: a bad header line.")
        fields.append((name.lower(), value.strip(b" \t")))
    for _, value in fields:
        if not _RECEIVED_VALUE.fullmatch(value):
            raise _protocol_error("Malformed response head: a bad header value.")
    return fields


def parse_head(head: bytes) -> ResponseHead:
    """The status line and fields of ``head`` (without its blank line); raises
    ``httpx.RemoteProtocolError`` where it is malformed."""
    normal = head.replace(b"\r\n", b"\n")
    if 13 in normal:  # CR
        raise _protocol_error("Malformed response head: a bare CR.")
    lines = normal.split(b"\n")
    match = _STATUS_LINE.fullmatch(lines[0])
    if match is None:
        raise _protocol_error("Malformed response head: a bad status line.")
    version, status, reason = match.groups()
    fields = _parse_fields(lines[1:])
    result = ResponseHead(version, int(status), reason or b"", fields)
    result.ascii = head.isascii()
    lengths: set[bytes] = set()
    codings: list[bytes] = []
    for name, value in fields:
        if name == b"content-length":
            lengths.update(item.strip(b" \t") for item in value.split(b","))
        elif name == b"transfer-encoding":
            codings += (item.strip(b" \t").lower() for item in value.split(b","))
        elif name == b"connection":
            result.close = result.close or _close_token(value)
    if len(lengths) > 1 or any(not _DIGITS.fullmatch(n) for n in lengths):
        raise _protocol_error("Malformed response head: a bad content-length.")
    if codings:
        if codings != [b"chunked"]:
            raise _protocol_error("Unsupported transfer-encoding: only chunked is.")
        result.chunked = True
    if lengths:  # one number, however many times it was sent: kept once
        (length,) = lengths
        first = next(i for i, (name, _) in enumerate(fields) if name == b"content-length")
        result.headers = [f for f in fields if f[0] != b"content-length"]
        result.headers.insert(first, (b"content-length", length))
        result.length = int(length)
    return result


def _close_token(value: bytes) -> bool:
    return b"close" in [token.strip(b" \t") for token in value.lower().split(b",")]


class Exchange:
    """One request and its response head on a connection.

    Example::

        exchange = Exchange(request)
        wire = exchange.head()  # then exchange.body_part(part) per part, exchange.end()
        response = exchange.feed(data)  # None until the head is in
        decoder = exchange.decoder()  # the body, from exchange.rest on
    """

    __slots__ = ("_buf", "_chunked", "_close", "_left", "_request", "response", "rest")

    def __init__(self, request: httpx.Request) -> None:
        self._request = request
        self._buf = b""
        self._chunked = False
        self._close = False  # the request asked for connection: close
        self._left = 0  # request body bytes still due under its content-length
        self.response: ResponseHead | None = None
        self.rest = b""

    def head(self) -> bytes:
        """The request line and fields; raises ``httpx.LocalProtocolError`` for a method,
        target, field name or value that could not be sent as it is."""
        request = self._request
        method = request.method.encode("ascii")
        target = request.url.raw_path
        if not _TOKEN.fullmatch(method):
            raise _local_error(f"Illegal request method {request.method!r}.")
        if not _TARGET.fullmatch(target):
            raise _local_error("Illegal request target.")
        headers = request.headers.raw
        parts = [method, b" ", target, b" HTTP/1.1\r\n"]
        has_host = False
        length: bytes | None = None
        _check_fields(headers)
        for name, value in headers:
            lower = name.lower()
            if lower == b"host":
                has_host = True
            elif lower == b"content-length":
                length = value
            elif lower == b"transfer-encoding":
                if value.strip().lower() != b"chunked":
                    raise _local_error("Only transfer-encoding: chunked can be sent.")
                self._chunked = True
            elif lower == b"connection":
                self._close = self._close or _close_token(value)
            parts += (name, b": ", value, b"\r\n")
        if not has_host:
            parts[4:4] = (b"Host: ", request.url.netloc, b"\r\n")
        if length is not None and not self._chunked:
            if not _DIGITS.fullmatch(length.strip()):
                raise _local_error("Illegal content-length.")
            self._left = int(length)
        parts.append(b"\r\n")
        return b"".join(parts)

    def body_part(self, part: bytes) -> bytes:
        if self._chunked:
            return b"%x\r\n%s\r\n" % (len(part), part)
        self._left -= len(part)
        if self._left < 0:
            raise _local_error("Too much data for declared Content-Length.")
        return part

    def end(self) -> bytes:
        if self._chunked:
            return b"0\r\n\r\n"
        if self._left:
            raise _local_error("Too little data for declared Content-Length.")
        return b""

    def feed(self, data: bytes) -> ResponseHead | None:
        """Bytes from the server (``b""``: it closed); the response head once complete
        (1xx heads skipped)."""
        if not data:
            raise _protocol_error("Server disconnected without sending a response.")
        buf = self._buf + data if self._buf else data
        while True:
            buf = buf.lstrip(b"\r\n")  # blank lines before a status line are ignored
            found = _HEAD_END.search(buf)
            if found is None:
                if len(buf) > MAX_HEAD_SIZE:
                    raise _protocol_error("Response head too large.")
                self._buf = buf
                return None
            if found.start() > MAX_HEAD_SIZE:
                raise _protocol_error("Response head too large.")
            head = parse_head(buf[: found.start()])
            buf = buf[found.end() :]
            if 100 <= head.status_code < 200:
                if head.status_code == 101:
                    raise _protocol_error("Unexpected 101 Switching Protocols response.")
                continue  # an interim response: the final one follows
            self._buf = b""
            self.response = head
            self.rest = buf
            return head

    def decoder(self) -> BodyDecoder:
        response = self.response
        assert response is not None
        status = response.status_code
        if self._request.method == "HEAD" or status in (204, 304):
            return BodyDecoder(0, chunked=False)
        if response.chunked:
            return BodyDecoder(None, chunked=True)
        return BodyDecoder(response.length, chunked=False)  # None: until the server closes

    def reusable(self, decoder: BodyDecoder) -> bool:
        """Whether the connection may carry another request once this body is read."""
        response = self.response
        if response is None or not decoder.done or decoder.leftover:
            return False
        if decoder._remaining < 0 and not decoder._chunked:  # read until close
            return False
        if response.http_version != b"1.1":
            return False
        return not (response.close or self._close)

    def extensions(self) -> dict[str, Any]:
        response = self.response
        assert response is not None
        return {
            "http_version": b"HTTP/" + response.http_version,
            "reason_phrase": response.reason,
        }

    def http_response(self, stream: httpx.SyncByteStream | httpx.AsyncByteStream) -> httpx.Response:
        """The ``httpx.Response`` of the head read, its body to come from ``stream``."""
        head = self.response
        assert head is not None
        response = httpx.Response(head.status_code, stream=stream, extensions=self.extensions())
        # Set, not passed, with their encoding when the head is all ASCII: httpx would
        # otherwise try to decode every field on the first lookup to find one out.
        response.headers = httpx.Headers(head.headers, encoding="ascii" if head.ascii else None)
        return response
