"""The cassette's loopback server: a recording proxy in front of the API, or a player.

Both run on one asyncio loop in a daemon thread (like the emulator), over the HTTP/1.1 code
of ``_server``, so any client, sync or async, reaches them over real loopback HTTP.

- ``RecordingProxy`` forwards each request to the upstream API, relays the answer as it
  arrives (a stream event by event, with the time of each) and records it. The client's
  ``x-api-key`` is replaced by the upstream key when one is configured.
- ``play`` writes a recorded answer back: whole bodies, streams event by event (paced
  as asked), and the same endings: a dropped connection, or a server that says nothing
  more until the client leaves.
"""

from __future__ import annotations

import asyncio
import functools
import http
import json
import ssl
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Mapping
from dataclasses import dataclass
from typing import Any, Final, TypeVar

import httpx

from .._lines import LineDecoder
from .._sse import SSEDecoder
from ._cassette_format import (
    Redactor,
    body_bytes,
    body_fields,
    body_kind,
    event_record,
    lines_chunks,
    lines_fields,
    request_record,
    response_headers,
    sse_bytes,
)
from ._server import HTTPRequest, ProtocolError, ResponseWriter, read_request

__all__ = ["Connection", "LoopbackServer", "Pace", "RecordingProxy", "play"]

_T = TypeVar("_T")
Pace = float | str | None
"""Seconds between replayed events, ``"recorded"`` (the recorded timing), or ``None``."""

_SERVER: Final = ("server", "claude-messages-cassette")
_POLL: Final = 0.05  # seconds between two looks at whether the client left
# Headers that describe one connection or one body's framing, never forwarded as they are.
_HOP_BY_HOP: Final = frozenset(
    {
        "connection",
        "content-encoding",
        "content-length",
        "keep-alive",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    }
)
_NOT_FORWARDED: Final = _HOP_BY_HOP | {"host", "accept-encoding"}


class _ClientGone(Exception):
    """The client closed its connection while an answer was still being made."""


@dataclass(slots=True)
class Connection:
    """One client connection: the stream pair and the writer of answers."""

    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    out: ResponseWriter

    def gone(self) -> bool:
        """Whether the client has closed its side (it sends nothing while it waits)."""
        return self.reader.at_eof() or self.writer.transport.is_closing()

    async def wait_gone(self) -> None:
        """Return once the client has left (looked at without reading what it sends)."""
        while not self.gone():
            await asyncio.sleep(_POLL)

    async def until_gone(self, awaitable: Awaitable[_T]) -> _T:
        """``await awaitable``, or raise ``_ClientGone`` if the client leaves first."""
        task = asyncio.ensure_future(awaitable)
        watcher = asyncio.ensure_future(self.wait_gone())
        try:
            await asyncio.wait({task, watcher}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            watcher.cancel()
            if not task.done():
                task.cancel()
                await asyncio.wait({task})
        if task.cancelled():
            raise _ClientGone
        return task.result()

    def send_incomplete(self, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
        """Announce more than ``body`` and send ``body`` only (the end never comes)."""
        reason = _reason(status)
        lines = [f"HTTP/1.1 {status} {reason}", *(f"{k}: {v}" for k, v in headers)]
        lines += [f"content-length: {len(body) + 1}", "connection: keep-alive"]
        self.writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)


def _reason(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return "Overloaded" if status == 529 else "Unknown"


Handler = Callable[[HTTPRequest, Connection], Awaitable[bool]]


class LoopbackServer:
    """An HTTP/1.1 server on 127.0.0.1 calling ``handler(request, connection)`` per request.

    The handler answers through ``connection.out`` and returns whether the connection may
    be reused. ``on_stop`` coroutines run on the loop before it stops.
    """

    def __init__(self, handler: Handler, *, name: str) -> None:
        self._handler = handler
        self._name = name
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._port = 0
        self.on_stop: list[Callable[[], Coroutine[Any, Any, None]]] = []

    @property
    def port(self) -> int:
        return self._port

    def start(self) -> None:
        loop = asyncio.new_event_loop()
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            asyncio.set_event_loop(loop)
            try:
                self._server = loop.run_until_complete(
                    asyncio.start_server(self._on_connection, "127.0.0.1", 0, limit=1 << 16)
                )
                self._port = self._server.sockets[0].getsockname()[1]
            except BaseException as exc:
                failure.append(exc)
                ready.set()
                loop.close()
                return
            ready.set()
            loop.run_forever()
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

        self._loop = loop
        self._thread = threading.Thread(target=run, name=self._name, daemon=True)
        self._thread.start()
        ready.wait()
        if failure:
            self._thread.join()
            self._thread = self._loop = None
            raise failure[0]

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(timeout=30)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=30)
        self._loop = self._thread = None
        self._port = 0

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for hook in self.on_stop:
            await hook()
        if self._server is not None:
            await self._server.wait_closed()
            self._server = None

    async def _on_connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        connection = Connection(reader, writer, ResponseWriter(reader, writer))
        try:
            while True:
                try:
                    request = await read_request(reader)
                except ProtocolError as exc:
                    error = {"type": "invalid_request_error", "message": str(exc)}
                    body = json.dumps({"type": "error", "error": error}).encode()
                    headers = [_SERVER, ("content-type", "application/json")]
                    await connection.out.send(exc.status, headers, body, keep_alive=False)
                    break
                if request is None or not await self._handler(request, connection):
                    break
                if not request.keep_alive:
                    break
        except (ConnectionError, asyncio.IncompleteReadError):
            pass  # the client went away; nothing more to answer
        except asyncio.CancelledError:
            pass  # stop() cancels every connection
        finally:
            writer.close()
            self._tasks.discard(task)


# --- replaying ---------------------------------------------------------------------------


def _answer_headers(response: Mapping[str, Any]) -> list[tuple[str, str]]:
    headers = response.get("headers") or {}
    kept = [(str(k), str(v)) for k, v in headers.items() if str(k).lower() not in _HOP_BY_HOP]
    return [*kept, _SERVER]


async def _finish_chunked(end: object, connection: Connection) -> bool:
    out = connection.out
    if end == "dropped":
        await out.flush()
        out.drop()
        return False
    if end == "client_closed":
        await out.flush()
        await connection.wait_gone()
        return False
    await out.end_chunked()
    return True


def _delay(pace: Pace, index: int, event: Mapping[str, Any], elapsed: float) -> float:
    if pace == "recorded":
        at = event.get("t")
        return float(at) - elapsed if isinstance(at, int | float) else 0.0
    if isinstance(pace, int | float) and index:
        return float(pace)
    return 0.0


async def play(
    response: Mapping[str, Any], connection: Connection, *, pace: Pace, keep_alive: bool
) -> bool:
    """Write a recorded answer; whether the connection may be reused afterwards."""
    out = connection.out
    status = response.get("status")
    end = response.get("end")
    if not isinstance(status, int):  # the client left before any answer came
        await connection.wait_gone()
        return False
    headers = _answer_headers(response)
    if "events" in response:
        loop = asyncio.get_running_loop()
        await out.start_chunked(status, headers)
        start = loop.time()
        for index, event in enumerate(response["events"]):
            delay = _delay(pace, index, event, loop.time() - start)
            if delay > 0:
                await out.flush()
                await asyncio.sleep(delay)
            out.chunk(sse_bytes(event))
        return await _finish_chunked(end, connection)
    if "lines" in response:
        await out.start_chunked(status, headers)
        for chunk in lines_chunks(response["lines"]):
            out.chunk(chunk)
            await out.flush()
        return await _finish_chunked(end, connection)
    body = body_bytes(response)
    if end is not None:
        connection.send_incomplete(status, headers, body)
        await out.flush()
        if end == "dropped":
            out.drop()
        else:
            await connection.wait_gone()
        return False
    await out.send(status, headers, body, keep_alive=keep_alive)
    return keep_alive


# --- recording ---------------------------------------------------------------------------


@functools.cache
def _tls_context() -> ssl.SSLContext:
    # Made once per process: building one (loading the CA bundle) costs tens of ms.
    return httpx.create_ssl_context()


async def _next_chunk(chunks: AsyncIterator[bytes]) -> bytes | None:
    try:
        return await chunks.__anext__()
    except StopAsyncIteration:
        return None


class RecordingProxy:
    """Forwards requests to ``upstream`` and records each exchange as it goes.

    ``reserve(request_record)`` gives the exchange (a dict) whose ``response`` the proxy
    fills in; exchanges keep the order in which their requests arrived.
    """

    def __init__(
        self,
        upstream: str,
        *,
        api_key: str | None,
        redactor: Redactor,
        timing: bool,
        reserve: Callable[[dict[str, Any]], dict[str, Any]],
    ) -> None:
        self._upstream = upstream.rstrip("/")
        self._api_key = api_key
        self._redactor = redactor
        self._timing = timing
        self._reserve = reserve
        self._http: httpx.AsyncClient | None = None

    async def aclose(self) -> None:
        if self._http is not None:
            await self._http.aclose()
            self._http = None

    def _headers(self, incoming: Mapping[str, str]) -> dict[str, str]:
        headers = {k: v for k, v in incoming.items() if k not in _NOT_FORWARDED}
        self._redactor.add(headers.get("x-api-key"))
        authorization = headers.get("authorization", "")
        self._redactor.add(authorization.partition(" ")[2] or authorization)
        if self._api_key is not None:
            headers["x-api-key"] = self._api_key
        return headers

    async def handle(self, request: HTTPRequest, connection: Connection) -> bool:
        headers = self._headers(request.headers)  # learns the client's key, to mask it
        exchange = self._reserve(request_record(request, self._redactor))
        if self._http is None:
            self._http = httpx.AsyncClient(
                timeout=httpx.Timeout(None, connect=30.0),
                follow_redirects=False,
                verify=_tls_context() if self._upstream.startswith("https:") else False,
            )
        upstream_request = self._http.build_request(
            request.method,
            self._upstream + request.target,
            headers=headers,
            content=request.body,
        )
        try:
            response = await connection.until_gone(self._http.send(upstream_request, stream=True))
        except (_ClientGone, asyncio.CancelledError) as exc:
            exchange["response"] = {"end": "client_closed"}
            if isinstance(exc, asyncio.CancelledError):
                raise
            return False
        except httpx.HTTPError:
            # No answer to record: the client sees the connection fail, as it would have.
            connection.out.drop()
            return False
        try:
            return await self._relay(request, response, exchange, connection)
        except asyncio.CancelledError:
            # Stopped while relaying (the client had left, or the cassette stops): the
            # answer did not end, and replaying it must not end it either.
            exchange["response"].setdefault("end", "client_closed")
            raise
        finally:
            await response.aclose()

    async def _relay(
        self,
        request: HTTPRequest,
        response: httpx.Response,
        exchange: dict[str, Any],
        connection: Connection,
    ) -> bool:
        all_headers = list(response.headers.multi_items())
        recorded: dict[str, Any] = {
            "status": response.status_code,
            "headers": response_headers(all_headers, self._redactor),
        }
        exchange["response"] = recorded
        to_client = [(k, v) for k, v in all_headers if k.lower() not in _HOP_BY_HOP]
        content_type = response.headers.get("content-type", "")
        kind = body_kind(content_type)
        chunks = response.aiter_bytes()
        if kind == "events":
            return await self._relay_events(response, chunks, recorded, to_client, connection)
        if kind == "lines":
            return await self._relay_lines(response, chunks, recorded, to_client, connection)
        body: list[bytes] = []
        try:
            while (chunk := await connection.until_gone(_next_chunk(chunks))) is not None:
                body.append(chunk)
        except _ClientGone:
            recorded["end"] = "client_closed"
        except httpx.HTTPError:
            recorded["end"] = "dropped"
        finally:
            data = b"".join(body)
            recorded.update(body_fields(content_type, data, self._redactor))
        if recorded.get("end") == "client_closed":
            return False
        if recorded.get("end") == "dropped":
            connection.send_incomplete(response.status_code, to_client, data)
            await connection.out.flush()
            connection.out.drop()
            return False
        await connection.out.send(
            response.status_code, to_client, data, keep_alive=request.keep_alive
        )
        return request.keep_alive

    async def _relay_events(
        self,
        response: httpx.Response,
        chunks: AsyncIterator[bytes],
        recorded: dict[str, Any],
        to_client: list[tuple[str, str]],
        connection: Connection,
    ) -> bool:
        out = connection.out
        loop = asyncio.get_running_loop()
        await out.start_chunked(response.status_code, to_client)
        start = loop.time()
        events: list[dict[str, Any]] = []
        recorded["events"] = events
        decoder = SSEDecoder()
        try:
            while (chunk := await connection.until_gone(_next_chunk(chunks))) is not None:
                for sse in decoder.feed(chunk):
                    at = loop.time() - start if self._timing else None
                    events.append(event_record(sse, at, self._redactor))
                    out.chunk(sse_bytes({"event": sse.event, "text": sse.data}))
                await out.flush()
        except (_ClientGone, ConnectionError):
            recorded["end"] = "client_closed"
            return False
        except httpx.HTTPError:
            recorded["end"] = "dropped"
        decoder.flush()
        return await _finish_chunked(recorded.get("end"), connection)

    async def _relay_lines(
        self,
        response: httpx.Response,
        chunks: AsyncIterator[bytes],
        recorded: dict[str, Any],
        to_client: list[tuple[str, str]],
        connection: Connection,
    ) -> bool:
        out = connection.out
        await out.start_chunked(response.status_code, to_client)
        splitter = LineDecoder()
        lines: list[bytes] = []
        end: str | None = None
        try:
            while (chunk := await connection.until_gone(_next_chunk(chunks))) is not None:
                lines += splitter.feed(chunk)
                out.chunk(chunk)
                await out.flush()
            lines += splitter.flush()
        except (_ClientGone, ConnectionError):
            end = "client_closed"
        except httpx.HTTPError:
            end = "dropped"
        finally:
            recorded.update(lines_fields(lines, self._redactor))
        if end is not None:
            recorded["end"] = end
        if end == "client_closed":
            return False
        return await _finish_chunked(end, connection)
