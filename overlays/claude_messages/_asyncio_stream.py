"""One TCP (or TLS) connection on asyncio's own transport, for ``AsyncCoreTransport``.

Why (measured with ``scripts/bench``): through httpcore's anyio backend every read and
write opens a cancel scope, asks sniffio for the running library and looks the current
task up; at 50 requests in flight that was about a third of the client's CPU. Here a
protocol gathers what the socket delivers, and a read takes what it holds (at most the
size asked, as a socket read), or waits on one future with one timer for its timeout.
Under asyncio only; other event loops (trio) keep httpcore's backend.

The socket is read all the time the connection is open (up to ``_HIGH_WATER`` bytes
held, then reading pauses until a read takes them), so an idle connection knows by
itself when its server hung up or sent something unasked: ``readable()`` says so
without a system call. Errors are httpx's: ``ConnectError``/``ConnectTimeout`` on
connect, ``ReadTimeout``/``ReadError`` and ``WriteTimeout``/``WriteError`` after.
"""

from __future__ import annotations

import asyncio
import ssl

import httpx

__all__ = ["AsyncioStream", "connect"]

_HIGH_WATER = 1 << 18  # bytes held before reading pauses


def _expire(waiter: asyncio.Future[bool]) -> None:
    if not waiter.done():
        waiter.set_result(False)


class AsyncioStream(asyncio.Protocol):
    """The connection's protocol and the stream its requests read and write.

    Example::

        stream = await connect("api.anthropic.com", 443, ssl_context, timeout=5.0)
        await stream.write(b"GET / HTTP/1.1\\r\\n...", timeout=5.0)
        data = await stream.read(65536, timeout=600.0)  # b"": the server closed
    """

    def __init__(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._transport: asyncio.Transport | None = None
        self._chunks: list[bytes] = []
        self._size = 0
        self._eof = False  # the server closed, or the connection was lost
        self._error: BaseException | None = None  # why it was lost, if it broke
        self._read_paused = False
        self._write_paused = False
        self._waiter: asyncio.Future[bool] | None = None  # a read (or a drain) waiting

    # -- asyncio.Protocol -----------------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self._chunks.append(data)
        self._size += len(data)
        if self._size > _HIGH_WATER and not self._read_paused and self._transport is not None:
            self._read_paused = True
            self._transport.pause_reading()
        self._wake()

    def eof_received(self) -> bool:
        self._eof = True
        self._wake()
        return False  # the transport closes itself

    def connection_lost(self, exc: Exception | None) -> None:
        self._eof = True
        if exc is not None and self._error is None:
            self._error = exc
        self._write_paused = False
        self._wake()

    def pause_writing(self) -> None:
        self._write_paused = True

    def resume_writing(self) -> None:
        self._write_paused = False
        self._wake()

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(True)

    async def _wait(self, timeout: float | None) -> bool:
        """Until the protocol has news (``True``) or ``timeout`` passes (``False``)."""
        waiter: asyncio.Future[bool] = self._loop.create_future()
        self._waiter = waiter
        timer = None if timeout is None else self._loop.call_later(timeout, _expire, waiter)
        try:
            return await waiter
        finally:
            self._waiter = None
            if timer is not None:
                timer.cancel()

    # -- the stream -------------------------------------------------------------------
    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        """What has arrived, at most ``max_bytes`` of it (waiting for something first);
        ``b""`` once the server closed.

        At most ``max_bytes``, as a socket read would: the stream readers above count the
        bytes of a line still arriving only every so many reads, relying on that bound.
        """
        while not self._chunks:
            if self._eof:
                if self._error is not None:
                    raise httpx.ReadError(str(self._error) or type(self._error).__name__)
                return b""
            if not await self._wait(timeout):
                raise httpx.ReadTimeout("timed out")
        chunks = self._chunks
        data = chunks[0] if len(chunks) == 1 else b"".join(chunks)
        if len(data) > max_bytes:
            # More than asked (a burst while the reader was busy): the rest waits. Held
            # bytes stay under the high-water mark plus one socket read, so copying the
            # rest each time stays cheap.
            self._chunks = [data[max_bytes:]]
            self._size = len(data) - max_bytes
            data = data[:max_bytes]
        else:
            self._chunks = []
            self._size = 0
        if self._read_paused and self._size <= _HIGH_WATER and self._transport is not None:
            self._read_paused = False
            self._transport.resume_reading()
        return data

    async def write(self, data: bytes, timeout: float | None = None) -> None:
        """Hand ``data`` to the socket; wait (``timeout`` at most) while its buffer is full."""
        transport = self._transport
        if transport is None or transport.is_closing():
            raise httpx.WriteError(self._lost_reason())
        transport.write(data)
        while self._write_paused:
            if not await self._wait(timeout):
                raise httpx.WriteTimeout("timed out")
            if transport.is_closing():
                raise httpx.WriteError(self._lost_reason())

    def _lost_reason(self) -> str:
        if self._error is not None:
            return str(self._error) or type(self._error).__name__
        return "The connection was closed."

    async def aclose(self) -> None:
        """Close at once (a connection is only closed when its exchanges are over)."""
        if self._transport is not None:
            self._transport.abort()

    def readable(self) -> bool:
        """Whether the server sent something or hung up: such a connection is not reused."""
        return bool(self._chunks) or self._eof


async def connect(
    host: str, port: int, ssl_context: ssl.SSLContext | None, *, timeout: float | None
) -> AsyncioStream:
    """Open a connection (TLS with ``ssl_context``, verifying ``host``) within ``timeout``."""
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(timeout):
            _, stream = await loop.create_connection(
                AsyncioStream,
                host,
                port,
                ssl=ssl_context,
                server_hostname=host if ssl_context is not None else None,
            )
    except TimeoutError as exc:
        raise httpx.ConnectTimeout(str(exc) or "timed out") from exc
    except OSError as exc:  # refused, unreachable, unknown host, a certificate refused
        raise httpx.ConnectError(str(exc)) from exc
    return stream
