"""The async client's own transport: a connection pool with O(1) assignment, over HTTP/1.1.

Why (measured with ``scripts/bench``): httpcore 1.0's pool re-scans every connection for
every queued request on each change (``is_idle()`` thousands of times per assignment at 50
in flight), so a fresh client opening its connections ran at 0.4-0.6x the official SDK's
requests/s. Here a request takes the most recently used idle connection of its origin
(a stack), or a free slot under ``max_connections`` to open one, or waits in a queue;
a finished response hands its connection (or its slot) straight to the first waiter.

What it keeps of httpx's transport: the connect, read, write and pool timeouts of
``request.extensions["timeout"]``; ``max_connections``, ``max_keepalive_connections`` and
``keepalive_expiry`` from ``httpx.Limits``; an idle connection the server closed (or that
expired) is never reused; a response closed before its end (or a request cancelled)
closes its connection and frees its slot. Errors are httpx's (``httpx.ConnectError``,
``httpx.ReadTimeout``, ``httpx.PoolTimeout``, ...). Under asyncio, connections run on
asyncio's own transports (``_asyncio_stream``); under another event loop (trio), on
httpcore's anyio backend. The wire format comes from ``_http11``. HTTP/1.1 only, no
proxy: with proxies in the environment the client uses an ``httpx.AsyncClient``.
"""

from __future__ import annotations

import collections
import contextlib
import select
import socket
import ssl
import time
from collections.abc import AsyncIterator, Callable
from types import TracebackType
from typing import Any, Protocol, TypeVar

import anyio
import httpcore
import httpx
import sniffio

from ._asyncio_stream import AsyncioStream, connect
from ._http11 import READ_SIZE, BodyDecoder, Exchange

__all__ = [
    "AsyncCoreTransport",
    "HttpxErrors",
    "IdleConnection",
    "oldest_idle_stack",
    "origin_of",
    "readable",
    "reusable_idle",
]

# httpcore error -> the httpx error of the same meaning (subclasses before their bases).
_ERRORS: tuple[tuple[type[Exception], type[httpx.TransportError]], ...] = (
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.ProxyError, httpx.ProxyError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
)

_DEFAULT_PORTS = {b"http": 80, b"https": 443}

Origin = tuple[bytes, bytes, int]


class HttpxErrors:
    """httpcore's errors become httpx's; httpx errors raised without a request get it.

    A class rather than a generator-based context manager: it wraps every request and
    every body read, and costs less than half as much.

    Example::

        with HttpxErrors(request):
            ...  # an httpcore.ReadTimeout raised here leaves as httpx.ReadTimeout
    """

    __slots__ = ("_request",)

    def __init__(self, request: httpx.Request) -> None:
        self._request = request

    def __enter__(self) -> None:
        return None

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc is None:
            return
        request = self._request
        if isinstance(exc, httpx.RequestError):
            try:
                exc.request  # noqa: B018 (httpx raises RuntimeError when it was never set)
            except RuntimeError:
                exc.request = request
            return  # raised on as it is
        if isinstance(exc, Exception):
            for core, mapped in _ERRORS:
                if isinstance(exc, core):
                    raise mapped(str(exc), request=request) from exc


def origin_of(request: httpx.Request) -> Origin:
    """(scheme, host, port) of a request; ``httpx.UnsupportedProtocol`` for other schemes."""
    url = request.url
    scheme = url.raw_scheme
    default = _DEFAULT_PORTS.get(scheme)
    if default is None:
        raise httpx.UnsupportedProtocol(
            f"Request URL has an unsupported protocol '{url.scheme}://'.", request=request
        )
    if not url.raw_host:
        raise httpx.UnsupportedProtocol("Request URL is missing a host.", request=request)
    return scheme, url.raw_host, url.port or default


def readable(sock: socket.socket | None) -> bool:
    """Whether a read would return at once (data, or the EOF of a server that hung up).

    An idle connection that is readable is not reused. A missing or closed socket counts
    as readable, so the pool drops the connection.
    """
    if sock is None:
        return True
    fd = sock.fileno()
    if fd < 0:
        return True
    # poll, not select: select refuses descriptors >= FD_SETSIZE (1024), which a busy
    # process reaches.
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    return bool(poller.poll(0))


class IdleConnection(Protocol):
    """What the pool decisions below read of a connection (both transports' ``_Conn``)."""

    idle_since: float

    def readable(self) -> bool:
        """Whether the server sent something or hung up (see ``readable``)."""
        ...


_C = TypeVar("_C", bound=IdleConnection)


def reusable_idle(conn: IdleConnection, expiry: float | None, now: float) -> bool:
    """Whether an idle connection may carry a request: not expired, and nothing to read
    (neither stray data nor the EOF of a server that hung up)."""
    if expiry is not None and now - conn.idle_since > expiry:
        return False
    return not conn.readable()


def oldest_idle_stack(idle: dict[Origin, list[_C]]) -> list[_C] | None:
    """The origin stack whose first (longest idle) connection has been idle longest."""
    oldest: list[_C] | None = None
    for stack in idle.values():
        if stack and (oldest is None or stack[0].idle_since < oldest[0].idle_since):
            oldest = stack
    return oldest


class _Conn:
    """One open connection: its network stream and when it became idle."""

    __slots__ = ("idle", "idle_since", "origin", "readable", "stream")

    def __init__(self, stream: httpcore.AsyncNetworkStream | AsyncioStream, origin: Origin) -> None:
        self.stream = stream
        self.origin = origin
        self.idle_since = 0.0
        self.idle = False
        # An asyncio connection reads all the time and knows; another is polled.
        self.readable: Callable[[], bool]
        if isinstance(stream, AsyncioStream):
            self.readable = stream.readable
        else:
            sock: socket.socket | None = stream.get_extra_info("socket")
            self.readable = lambda: readable(sock)

    def is_idle(self) -> bool:
        return self.idle


class _Waiter:
    """A request waiting for a connection: handed an idle one, or a slot to open one."""

    __slots__ = ("conn", "event", "granted", "origin")

    def __init__(self, origin: Origin) -> None:
        self.origin = origin
        self.event = anyio.Event()
        self.conn: _Conn | None = None
        self.granted = False  # a slot (or ``conn``) was given


async def _close_stream(stream: httpcore.AsyncNetworkStream | AsyncioStream) -> None:
    with anyio.CancelScope(shield=True), contextlib.suppress(Exception):
        await stream.aclose()


class AsyncCoreTransport(httpx.AsyncBaseTransport):
    """An async HTTP/1.1 transport with its own connection pool (see module doc).

    Example::

        transport = AsyncCoreTransport(httpx.Limits(max_connections=100))
        response = await transport.handle_async_request(request)
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
        self._backend = httpcore.AnyIOBackend()
        self._idle: dict[Origin, list[_Conn]] = {}
        self._idle_count = 0
        self._open = 0  # connections open or being opened (idle ones included)
        self._waiters: collections.deque[_Waiter] = collections.deque()
        self._busy: set[_Conn] = set()
        self._closed = False

    @property
    def connections(self) -> list[_Conn]:
        """The open connections, idle and in use (each has ``is_idle()``)."""
        return [*self._busy, *(conn for stack in self._idle.values() for conn in stack)]

    # -- the pool ---------------------------------------------------------------------
    def _fresh(self, conn: _Conn, now: float) -> bool:
        return reusable_idle(conn, self._expiry, now)

    async def _acquire(self, origin: Origin, timeout: float | None) -> _Conn | None:
        """An idle connection to ``origin``, or ``None``: a slot is reserved, connect."""
        if self._closed:
            raise RuntimeError("Cannot send a request: the transport has been closed.")
        stack = self._idle.get(origin)
        if stack:
            now = time.monotonic()
            while stack:
                conn = stack.pop()
                self._idle_count -= 1
                conn.idle = False
                if self._fresh(conn, now):
                    self._busy.add(conn)
                    return conn
                await self._drop(conn)
        if self._open < self._max and not self._waiters:
            self._open += 1
            return None
        if self._open >= self._max and self._idle_count:
            # At the limit with idle connections to other origins: close the oldest one.
            for other in self._idle.values():
                if other:
                    conn = other.pop(0)
                    self._idle_count -= 1
                    conn.idle = False
                    await _close_stream(conn.stream)
                    return None  # its slot is ours
        waiter = _Waiter(origin)
        self._waiters.append(waiter)
        try:
            with anyio.fail_after(timeout):
                await waiter.event.wait()
        except BaseException as exc:
            if waiter.granted:
                await self._give_back(waiter)
            else:
                with contextlib.suppress(ValueError):
                    self._waiters.remove(waiter)
            if isinstance(exc, TimeoutError):
                raise httpx.PoolTimeout(
                    "Timed out waiting for a connection from the pool."
                ) from None
            raise
        if self._closed:
            await self._give_back(waiter)
            raise RuntimeError("Cannot send a request: the transport has been closed.")
        return waiter.conn

    async def _give_back(self, waiter: _Waiter) -> None:
        if waiter.conn is not None:
            await self._release(waiter.conn, True)
        else:
            self._open -= 1
            self._grant()

    def _grant(self) -> None:
        """Give a free slot (``_open < max``) to the first waiter, if any."""
        if self._waiters and self._open < self._max:
            waiter = self._waiters.popleft()
            self._open += 1
            waiter.granted = True
            waiter.event.set()

    async def _drop(self, conn: _Conn) -> None:
        """Close a connection and free its slot."""
        self._busy.discard(conn)
        await _close_stream(conn.stream)
        self._open -= 1
        self._grant()

    async def _release(self, conn: _Conn, reusable: bool) -> None:
        """A response is done with ``conn``: hand it on, keep it idle, or close it."""
        if not reusable or self._closed:
            await self._drop(conn)
            return
        waiters = self._waiters
        if waiters:
            waiter = waiters[0]
            if waiter.origin == conn.origin:  # stays busy, with its new request
                waiters.popleft()
                waiter.conn = conn
                waiter.granted = True
                waiter.event.set()
                return
            await self._drop(conn)  # its slot goes to that waiter
            return
        self._busy.discard(conn)
        conn.idle = True
        conn.idle_since = time.monotonic()
        self._idle.setdefault(conn.origin, []).append(conn)
        self._idle_count += 1
        if self._idle_count > self._max_idle:
            await self._drop_oldest_idle()
        elif self._expiry is not None:
            stack = self._idle[conn.origin]
            if conn.idle_since - stack[0].idle_since > self._expiry:
                oldest = stack.pop(0)
                self._idle_count -= 1
                oldest.idle = False
                await self._drop(oldest)

    async def _drop_oldest_idle(self) -> None:
        oldest = oldest_idle_stack(self._idle)
        if oldest:
            conn = oldest.pop(0)
            self._idle_count -= 1
            conn.idle = False
            await self._drop(conn)

    # -- one request ----------------------------------------------------------------------
    def _ssl(self) -> ssl.SSLContext:
        if self._ssl_context is None:
            self._ssl_context = httpx.create_ssl_context()
        return self._ssl_context

    async def _connect(self, origin: Origin, timeout: float | None) -> _Conn:
        scheme, host, port = origin
        name = host.decode("ascii")
        if sniffio.current_async_library() == "asyncio":
            context = self._ssl() if scheme == b"https" else None
            return _Conn(await connect(name, port, context, timeout=timeout), origin)
        stream = await self._backend.connect_tcp(name, port, timeout=timeout)
        if scheme == b"https":
            try:
                stream = await stream.start_tls(self._ssl(), server_hostname=name, timeout=timeout)
            except BaseException:
                await _close_stream(stream)
                raise
        return _Conn(stream, origin)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        timeouts = request.extensions.get("timeout") or {}
        origin = origin_of(request)
        conn: _Conn | None = None
        with HttpxErrors(request):
            conn = await self._acquire(origin, timeouts.get("pool"))
            try:
                if conn is None:
                    conn = await self._connect(origin, timeouts.get("connect"))
                    self._busy.add(conn)
                exchange = await _send(conn.stream, request, timeouts)
                decoder = exchange.decoder()
                rest = decoder.feed(exchange.rest)
            except BaseException:
                if conn is None:  # the connect failed: free the slot
                    self._open -= 1
                    self._grant()
                else:
                    await self._drop(conn)
                raise
        body = _Body(self, conn, exchange, decoder, rest, timeouts.get("read"), request)
        if decoder.done:
            await body.finish()
        return exchange.http_response(body)

    async def aclose(self) -> None:
        self._closed = True
        idle = [conn for stack in self._idle.values() for conn in stack]
        self._idle.clear()
        self._idle_count = 0
        for conn in idle:
            conn.idle = False
            await self._drop(conn)
        while self._waiters:  # they find the transport closed
            waiter = self._waiters.popleft()
            self._open += 1
            waiter.granted = True
            waiter.event.set()


async def _send(
    stream: httpcore.AsyncNetworkStream | AsyncioStream,
    request: httpx.Request,
    timeouts: dict[str, Any],
) -> Exchange:
    """Write the request, read the response head; return the exchange."""
    write_timeout = timeouts.get("write")
    exchange = Exchange(request)
    pending = [exchange.head()]
    size = len(pending[0])
    body = request.stream
    if isinstance(body, httpx.ByteStream):
        parts: Any = [bytes(body._stream)]  # bytes content: no iteration needed
    else:
        parts = body
    if isinstance(parts, list):
        for part in parts:
            if part:
                pending.append(exchange.body_part(part))
    else:
        async for part in parts:
            if part:
                pending.append(exchange.body_part(part))
                size += len(part)
                if size >= READ_SIZE:
                    await stream.write(b"".join(pending), write_timeout)
                    pending, size = [], 0
    pending.append(exchange.end())
    await stream.write(b"".join(pending), write_timeout)
    read_timeout = timeouts.get("read")
    while exchange.feed(await stream.read(READ_SIZE, read_timeout)) is None:
        pass
    return exchange


class _Body(httpx.AsyncByteStream):
    """A response body: read until framed complete, then the connection goes back."""

    __slots__ = ("_conn", "_decoder", "_exchange", "_first", "_pool", "_request", "_timeout")

    def __init__(
        self,
        pool: AsyncCoreTransport,
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

    async def __aiter__(self) -> AsyncIterator[bytes]:
        conn = self._conn
        first, self._first = self._first, b""
        if first:
            yield first
        if conn is None:
            return
        decoder = self._decoder
        read = conn.stream.read
        timeout = self._timeout
        try:
            with HttpxErrors(self._request):
                while not decoder.done:
                    data = await read(READ_SIZE, timeout)
                    if not data:
                        decoder.eof()
                        break
                    data = decoder.feed(data)
                    if data:
                        yield data
        except BaseException:
            await self.aclose()
            raise
        await self.finish()

    async def finish(self) -> None:
        """The body was read to its end: the connection is reused when it may be."""
        conn, self._conn = self._conn, None
        if conn is not None:
            await self._pool._release(conn, self._exchange.reusable(self._decoder))

    async def aclose(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            await self._pool._drop(conn)
