"""The sync client's own transport: the thread-safe twin of ``_async_transport``.

The same pool (a stack of idle connections per origin, a queue of waiting requests, a
finished response handing its connection or slot to the first waiter) and the same wire
code (``_http11``). httpcore's sync backend opens the connections (TCP, TLS); reads and
writes then go to the socket itself, with its timeout set only when it changes (a read or
write through httpcore's stream costs two context managers and a ``settimeout`` each).
A socket read becomes at most one body chunk, whatever the number of HTTP chunks in it.
Timeouts (connect, read, write, pool), ``httpx.Limits``, idle checks and httpx's errors
behave as in the async transport.
"""

from __future__ import annotations

import collections
import contextlib
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpcore
import httpx

from ._async_transport import (
    HttpxErrors,
    Origin,
    oldest_idle_stack,
    origin_of,
    readable,
    reusable_idle,
)
from ._http11 import READ_SIZE, BodyDecoder, Exchange

__all__ = ["CoreTransport"]


_UNSET: Any = object()  # no timeout set on the socket yet


class _Conn:
    __slots__ = ("idle", "idle_since", "origin", "sock", "stream", "timeout")

    def __init__(self, stream: httpcore.NetworkStream, origin: Origin) -> None:
        self.stream = stream
        self.origin = origin
        # The socket (a plain or a TLS one) that the stream reads and writes.
        self.sock: socket.socket = stream.get_extra_info("socket")
        self.timeout: float | None = _UNSET
        self.idle_since = 0.0
        self.idle = False

    def is_idle(self) -> bool:
        return self.idle

    def readable(self) -> bool:
        return readable(self.sock)

    def _socket(self, timeout: float | None) -> socket.socket:
        """The socket, its timeout set to ``timeout`` (only when that changes it)."""
        sock = self.sock
        if timeout != self.timeout:
            sock.settimeout(timeout)
            self.timeout = timeout
        return sock

    def recv(self, timeout: float | None) -> bytes:
        """At most ``READ_SIZE`` bytes; ``b""`` at the end of the stream."""
        sock = self._socket(timeout)
        try:
            return sock.recv(READ_SIZE)
        except TimeoutError as exc:  # socket.timeout
            raise httpx.ReadTimeout(str(exc)) from exc
        except OSError as exc:
            raise httpx.ReadError(str(exc)) from exc

    def send(self, data: bytes, timeout: float | None) -> None:
        """All of ``data``; ``timeout`` bounds each wait for the socket to take more."""
        sock = self._socket(timeout)
        try:
            sent = sock.send(data)
            if sent < len(data):
                view = memoryview(data)
                while sent < len(view):
                    sent += sock.send(view[sent:])
        except TimeoutError as exc:
            raise httpx.WriteTimeout(str(exc)) from exc
        except OSError as exc:
            raise httpx.WriteError(str(exc)) from exc


class _Waiter:
    __slots__ = ("conn", "event", "granted", "origin")

    def __init__(self, origin: Origin) -> None:
        self.origin = origin
        self.event = threading.Event()
        self.conn: _Conn | None = None
        self.granted = False


def _close_stream(stream: httpcore.NetworkStream) -> None:
    with contextlib.suppress(Exception):
        stream.close()


class CoreTransport(httpx.BaseTransport):
    """A sync HTTP/1.1 transport with its own thread-safe connection pool.

    Example::

        transport = CoreTransport(httpx.Limits(max_connections=100))
        response = transport.handle_request(request)
    """

    def __init__(self, limits: httpx.Limits, *, ssl_context: ssl.SSLContext | None = None) -> None:
        self._max = limits.max_connections if limits.max_connections is not None else 1 << 30
        self._max_idle = (
            limits.max_keepalive_connections
            if limits.max_keepalive_connections is not None
            else self._max
        )
        self._expiry = limits.keepalive_expiry
        self._ssl_context = ssl_context
        self._backend = httpcore.SyncBackend()
        self._lock = threading.Lock()
        self._idle: dict[Origin, list[_Conn]] = {}
        self._idle_count = 0
        self._open = 0
        self._waiters: collections.deque[_Waiter] = collections.deque()
        self._busy: set[_Conn] = set()
        self._closed = False

    @property
    def connections(self) -> list[_Conn]:
        """The open connections, idle and in use (each has ``is_idle()``)."""
        with self._lock:
            return [*self._busy, *(c for stack in self._idle.values() for c in stack)]

    # -- the pool (every method named _locked_* runs under self._lock) ----------------
    def _locked_grant(self) -> None:
        if self._waiters and self._open < self._max:
            waiter = self._waiters.popleft()
            self._open += 1
            waiter.granted = True
            waiter.event.set()

    def _locked_take_oldest_idle(self) -> _Conn | None:
        oldest = oldest_idle_stack(self._idle)
        if not oldest:
            return None
        conn = oldest.pop(0)
        self._idle_count -= 1
        conn.idle = False
        return conn

    def _acquire(self, origin: Origin, timeout: float | None) -> _Conn | None:
        stale: list[_Conn] = []
        try:
            with self._lock:
                if self._closed:
                    raise RuntimeError("Cannot send a request: the transport has been closed.")
                stack = self._idle.get(origin)
                now = time.monotonic()
                while stack:
                    conn = stack.pop()
                    self._idle_count -= 1
                    conn.idle = False
                    if reusable_idle(conn, self._expiry, now):
                        self._busy.add(conn)
                        return conn
                    stale.append(conn)
                    self._open -= 1
                if self._open < self._max and not self._waiters:
                    self._open += 1
                    return None
                if self._open >= self._max and self._idle_count:
                    other = self._locked_take_oldest_idle()
                    if other is not None:
                        stale.append(other)  # its slot is ours
                        return None
                waiter = _Waiter(origin)
                self._waiters.append(waiter)
                self._locked_grant()  # slots freed by the stale connections above
        finally:
            for conn in stale:
                _close_stream(conn.stream)
        if not waiter.event.wait(timeout):
            with self._lock:
                if not waiter.granted:
                    with contextlib.suppress(ValueError):
                        self._waiters.remove(waiter)
                    raise httpx.PoolTimeout("Timed out waiting for a connection from the pool.")
        if self._closed:
            self._give_back(waiter)
            raise RuntimeError("Cannot send a request: the transport has been closed.")
        return waiter.conn

    def _give_back(self, waiter: _Waiter) -> None:
        if waiter.conn is not None:
            self._drop(waiter.conn)
        else:
            with self._lock:
                self._open -= 1
                self._locked_grant()

    def _drop(self, conn: _Conn) -> None:
        with self._lock:
            self._busy.discard(conn)
            self._open -= 1
            self._locked_grant()
        _close_stream(conn.stream)

    def _release(self, conn: _Conn, reusable: bool) -> None:
        if not reusable or self._closed:
            self._drop(conn)
            return
        close: _Conn | None = None
        with self._lock:
            waiters = self._waiters
            if waiters and waiters[0].origin == conn.origin:
                waiter = waiters.popleft()
                waiter.conn = conn
                waiter.granted = True
                waiter.event.set()
                return
            if waiters:
                close = conn
                self._busy.discard(conn)
                self._open -= 1
                self._locked_grant()
            else:
                self._busy.discard(conn)
                conn.idle = True
                conn.idle_since = now = time.monotonic()
                stack = self._idle.setdefault(conn.origin, [])
                stack.append(conn)
                self._idle_count += 1
                if self._idle_count > self._max_idle:
                    close = self._locked_take_oldest_idle()
                elif self._expiry is not None and now - stack[0].idle_since > self._expiry:
                    close = stack.pop(0)
                    close.idle = False
                    self._idle_count -= 1
                if close is not None:
                    self._open -= 1
        if close is not None:
            _close_stream(close.stream)

    # -- one request ----------------------------------------------------------------------
    def _connect(self, origin: Origin, timeout: float | None) -> _Conn:
        scheme, host, port = origin
        name = host.decode("ascii")
        stream = self._backend.connect_tcp(name, port, timeout=timeout)
        if scheme == b"https":
            try:
                if self._ssl_context is None:
                    self._ssl_context = httpx.create_ssl_context()
                stream = stream.start_tls(self._ssl_context, server_hostname=name, timeout=timeout)
            except BaseException:
                _close_stream(stream)
                raise
        return _Conn(stream, origin)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        timeouts = request.extensions.get("timeout") or {}
        origin = origin_of(request)
        conn: _Conn | None = None
        with HttpxErrors(request):
            conn = self._acquire(origin, timeouts.get("pool"))
            try:
                if conn is None:
                    conn = self._connect(origin, timeouts.get("connect"))
                    with self._lock:
                        self._busy.add(conn)
                exchange = _send(conn, request, timeouts)
                decoder = exchange.decoder()
                rest = decoder.feed(exchange.rest)
            except BaseException:
                if conn is None:
                    with self._lock:
                        self._open -= 1
                        self._locked_grant()
                else:
                    self._drop(conn)
                raise
        body = _Body(self, conn, exchange, decoder, rest, timeouts.get("read"), request)
        if decoder.done:
            body.finish()
        return exchange.http_response(body)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle = [conn for stack in self._idle.values() for conn in stack]
            self._idle.clear()
            self._idle_count = 0
            self._open -= len(idle)
            while self._waiters:  # they find the transport closed
                waiter = self._waiters.popleft()
                self._open += 1
                waiter.granted = True
                waiter.event.set()
        for conn in idle:
            conn.idle = False
            _close_stream(conn.stream)


def _send(conn: _Conn, request: httpx.Request, timeouts: dict[str, Any]) -> Exchange:
    write_timeout = timeouts.get("write")
    exchange = Exchange(request)
    pending = [exchange.head()]
    size = len(pending[0])
    body = request.stream
    parts: Any = [bytes(body._stream)] if isinstance(body, httpx.ByteStream) else body
    for part in parts:
        if part:
            pending.append(exchange.body_part(part))
            size += len(part)
            if size >= READ_SIZE:
                conn.send(b"".join(pending), write_timeout)
                pending, size = [], 0
    pending.append(exchange.end())
    conn.send(b"".join(pending), write_timeout)
    read_timeout = timeouts.get("read")
    while exchange.feed(conn.recv(read_timeout)) is None:
        pass
    return exchange


class _Body(httpx.SyncByteStream):
    __slots__ = ("_conn", "_decoder", "_exchange", "_first", "_pool", "_request", "_timeout")

    def __init__(
        self,
        pool: CoreTransport,
        conn: _Conn,
        exchange: Exchange,
        decoder: BodyDecoder,
        first: bytes,
        timeout: float | None,
        request: httpx.Request,
    ) -> None:
        self._pool = pool
        self._conn: _Conn | None = conn
        self._exchange = exchange
        self._decoder = decoder
        self._first = first
        self._timeout = timeout
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        conn = self._conn
        first, self._first = self._first, b""
        if first:
            yield first
        if conn is None:
            return
        decoder = self._decoder
        read = conn.recv
        timeout = self._timeout
        try:
            with HttpxErrors(self._request):
                while not decoder.done:
                    data = read(timeout)
                    if not data:
                        decoder.eof()
                        break
                    data = decoder.feed(data)
                    if data:
                        yield data
        except BaseException:
            self.close()
            raise
        self.finish()

    def finish(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            self._pool._release(conn, self._exchange.reusable(self._decoder))

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            self._pool._drop(conn)
