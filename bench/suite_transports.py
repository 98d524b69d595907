"""Suite: claude-messages' own ``Client``/``AsyncClient`` over different transports.

The client is the same in every column; only the ``transport=`` beneath it changes, so the
rows say what the transport costs (or gains) a claude-messages user. Over loopback, against
``bench.server`` in its own process, rounds interleaved (A B C, B C A, ...):

- sync: the client's own ``CoreTransport`` (its default), ``httpx.HTTPTransport``
  (httpcore, httpx's default) and urllib3's ``PoolManager`` through ``Urllib3Transport``,
  a small ``httpx.BaseTransport`` adapter written here (the body streamed with
  ``preload_content=False``);
- async: the own ``AsyncCoreTransport``, ``httpx.AsyncHTTPTransport`` (httpcore) and
  ``httpx_aiohttp.AiohttpTransport`` (aiohttp, what the official SDK offers as
  ``DefaultAioHttpClient``).

Every transport gets the client's default ``httpx.Limits`` (1,000 connections, 100 kept
alive). Rows: sync ``create()`` client CPU per request; sync and async streaming client
CPU per event; async ``create()`` on a fresh client per sample with 50 (and, in a full
run, 500) in flight, wall time from making the client to its last answer. Each
transport's answers are checked before any timing (the same message, the same events and
text). The parse rows read a real server answer (its bytes as the socket returned them)
with the own transports' ``_http11`` (head parser and body framing), with h11 (as httpcore
does) and with httptools; the write row writes a ``create()`` request head with
``_http11``, with h11 and with plain formatting: whether httptools would be worth having.
"""

from __future__ import annotations

import asyncio
import gc
import json
import re
import socket
import time
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

import httpx

from . import peers, streams
from .report import spread_text
from .rows import run_jobs
from .suite_http import CROWD_CONNECT_TIMEOUT, Server, burst
from .timing import rotate, summarize

__all__ = ["Urllib3Transport", "markdown", "run"]

SUITE = "transports"
SYNC = ("own", "httpcore", "urllib3")
ASYNC = ("own", "httpcore", "aiohttp")
PARSERS = ("own", "httpcore", "httptools")
LABELS = {
    "own": "own",
    "httpcore": "httpcore",
    "urllib3": "urllib3",
    "aiohttp": "aiohttp",
    "httptools": "httptools",
    "plain": "plain",
}
READ_SIZE = 64 * 1024  # what the own transports ask of the socket per read


def _limits() -> httpx.Limits:
    from claude_messages._transport import DEFAULT_CONNECTION_LIMITS

    return DEFAULT_CONNECTION_LIMITS


# -- the urllib3 adapter -----------------------------------------------------------------


class _Urllib3Body(httpx.SyncByteStream):
    """A urllib3 response body as httpx's stream; closing it gives the connection back."""

    def __init__(self, response: Any) -> None:
        self._response = response

    def __iter__(self) -> Iterator[bytes]:
        import urllib3

        try:
            # Chunked bodies come one HTTP chunk at a time (urllib3's read_chunked), others
            # in reads of up to READ_SIZE bytes; httpx decodes content-encoding itself.
            yield from self._response.stream(READ_SIZE, decode_content=False)
        except urllib3.exceptions.ReadTimeoutError as exc:
            raise httpx.ReadTimeout(str(exc)) from exc
        except (urllib3.exceptions.ProtocolError, urllib3.exceptions.DecodeError) as exc:
            raise httpx.RemoteProtocolError(str(exc)) from exc

    def close(self) -> None:
        response = self._response
        if response.isclosed() and response.connection is None:
            return  # read to its end: urllib3 put the connection back already
        # Closed early: the connection cannot be reused. urllib3 closes it but only
        # release_conn() gives its place back to the pool (which reconnects on next use).
        response.close()
        response.release_conn()


class Urllib3Transport(httpx.BaseTransport):
    """``httpx.BaseTransport`` over ``urllib3.PoolManager`` (HTTP/1.1, http.client beneath).

    httpx's connect and read timeouts become urllib3's; the pool timeout applies only
    with ``block=True`` (urllib3's limit is per host, ``maxsize`` connections, and without
    ``block`` it opens more and drops the extras). urllib3 has no write timeout of its own:
    the request is written under the connect timeout.
    """

    def __init__(self, maxsize: int = 100, *, block: bool = False) -> None:
        import urllib3

        self._urllib3 = urllib3
        self._pool = urllib3.PoolManager(maxsize=maxsize, block=block, retries=False)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        urllib3 = self._urllib3
        errors = urllib3.exceptions
        timeouts = request.extensions.get("timeout", {})
        try:
            response = self._pool.urlopen(
                request.method,
                str(request.url),
                body=request.read() or None,
                headers=dict(request.headers.multi_items()),
                retries=False,
                redirect=False,
                preload_content=False,
                decode_content=False,
                timeout=urllib3.Timeout(connect=timeouts.get("connect"), read=timeouts.get("read")),
                pool_timeout=timeouts.get("pool"),
            )
        except errors.ProxyError as exc:
            raise httpx.ProxyError(str(exc)) from exc
        except (errors.NewConnectionError, errors.SSLError) as exc:
            # First: urllib3's NewConnectionError (a refused connection, say) is a subclass
            # of its ConnectTimeoutError.
            raise httpx.ConnectError(str(exc)) from exc
        except errors.ConnectTimeoutError as exc:
            raise httpx.ConnectTimeout(str(exc)) from exc
        except errors.ReadTimeoutError as exc:
            raise httpx.ReadTimeout(str(exc)) from exc
        except errors.EmptyPoolError as exc:
            raise httpx.PoolTimeout(str(exc)) from exc
        except errors.ProtocolError as exc:
            raise httpx.RemoteProtocolError(str(exc)) from exc
        return httpx.Response(
            response.status,
            headers=list(response.headers.items()),
            stream=_Urllib3Body(response),
            extensions={
                "http_version": b"HTTP/1.1",
                "reason_phrase": (response.reason or "").encode("latin-1"),
            },
        )

    def close(self) -> None:
        self._pool.clear()


# -- clients -----------------------------------------------------------------------------


def _sync_client(name: str, base_url: str) -> Any:
    import claude_messages

    if name == "own":  # the default: no transport given
        return claude_messages.Client(api_key=peers.API_KEY, base_url=base_url)
    transport: httpx.BaseTransport
    if name == "httpcore":
        transport = httpx.HTTPTransport(limits=_limits())
    else:
        transport = Urllib3Transport(maxsize=_limits().max_keepalive_connections or 100)
    return claude_messages.Client(api_key=peers.API_KEY, base_url=base_url, transport=transport)


def _async_client(name: str, base_url: str, connect: float | None = None) -> Any:
    import claude_messages

    kwargs: dict[str, Any] = {"api_key": peers.API_KEY, "base_url": base_url}
    if connect is not None:
        kwargs["timeout"] = httpx.Timeout(600.0, connect=connect)
    if name == "httpcore":
        kwargs["transport"] = httpx.AsyncHTTPTransport(limits=_limits())
    elif name == "aiohttp":
        import httpx_aiohttp

        kwargs["transport"] = httpx_aiohttp.AiohttpTransport(limits=_limits())
    return claude_messages.AsyncClient(**kwargs)


def _transport_of(client: Any) -> str:
    """The class of the transport a client sent through (checked: the rows' premise)."""
    pool = client._pool
    if pool._http is not None:
        return type(pool._http).__name__
    return type(pool._transport).__name__


_EXPECTED = {
    ("sync", "own"): "CoreTransport",
    ("sync", "httpcore"): "HTTPTransport",
    ("sync", "urllib3"): "Urllib3Transport",
    ("async", "own"): "AsyncCoreTransport",
    ("async", "httpcore"): "AsyncHTTPTransport",
    ("async", "aiohttp"): "AiohttpTransport",
}


def _check_transport(mode: str, name: str, client: Any) -> None:
    got = _transport_of(client)
    if got != _EXPECTED[mode, name]:
        raise AssertionError(f"{mode} {name}: the client sent through {got}")


# -- rows --------------------------------------------------------------------------------


def _row(
    *,
    id: str,
    title: str,
    unit: str,
    samples: dict[str, list[float]],
    higher_is_better: bool,
    note: str,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Values per transport; ``lead[name]``: how many times better ``own`` is than it."""
    values = {name: summarize(s) for name, s in samples.items()}
    own = values["own"]["median"]
    lead: dict[str, float | None] = {}
    for name, v in values.items():
        if name == "own":
            continue
        other = v["median"]
        if higher_is_better:
            lead[name] = own / other if other else None
        else:
            lead[name] = other / own if own else None
    return {
        "suite": SUITE,
        "id": id,
        "title": title,
        "unit": unit,
        "higher_is_better": higher_is_better,
        "columns": list(samples),
        "values": values,
        "lead": lead,
        "ratio": lead.get("httpcore"),
        "target": None,
        "status": "info",
        "note": note,
        **(extra or {}),
    }


def _message_check() -> Callable[[Any, str], None]:
    ours = peers.make_impl("ours")
    want = json.loads(streams.message_json())

    def check(message: Any, name: str) -> None:
        try:
            ours.check_message(message, want)
        except AssertionError as exc:
            raise AssertionError(f"{name}: {exc}") from None

    return check


def _sync_create(base_url: str, requests: int, rounds: int) -> dict[str, Any]:
    params = peers.request_params(None)
    check = _message_check()
    clients = {name: _sync_client(name, base_url) for name in SYNC}
    try:
        for name, client in clients.items():
            check(client.messages.create(**params), name)
            _check_transport("sync", name, client)
            for _ in range(50):
                client.messages.create(**params)
        per_round = max(1, requests // rounds)
        cpu: dict[str, list[float]] = {name: [] for name in SYNC}
        for r in range(rounds):
            for name in rotate(list(SYNC), r):
                create = clients[name].messages.create
                gc.collect()
                c0 = time.process_time()
                for _ in range(per_round):
                    create(**params)
                cpu[name].append(1e6 * (time.process_time() - c0) / per_round)
    finally:
        for client in clients.values():
            client.close()
    return _row(
        id="transport_sync_create",
        title="sync `create()`: client CPU per request",
        unit="µs CPU/request",
        samples=cpu,
        higher_is_better=False,
        note=f"{per_round * rounds} requests per transport, one keep-alive connection",
    )


def _stream_case() -> streams.StreamCase:
    return streams.text_stream(2000)


def _check_events(events: list[Any], case: streams.StreamCase, name: str) -> None:
    events = [e for e in events if str(e.type_) != "ping"]
    got = peers.summarize_events(events)
    if got["events"] != case.events or got["text"] != case.text:
        raise AssertionError(f"{name}: {got['events']} events, the stream differs")


def _sync_stream(base_url: str, rounds: int) -> dict[str, Any]:
    case = _stream_case()
    params = peers.request_params(case)
    clients = {name: _sync_client(name, base_url) for name in SYNC}

    def count(client: Any) -> int:
        n = 0
        for _ in client.messages.create(stream=True, **params):
            n += 1
        return n

    try:
        for name, client in clients.items():
            _check_events(list(client.messages.create(stream=True, **params)), case, name)
            _check_transport("sync", name, client)
            count(client)
        cpu: dict[str, list[float]] = {name: [] for name in SYNC}
        total = 0
        for r in range(rounds):
            for name in rotate(list(SYNC), r):
                gc.collect()
                c0 = time.process_time()
                total = count(clients[name])
                cpu[name].append(1e6 * (time.process_time() - c0) / total)
    finally:
        for client in clients.values():
            client.close()
    return _row(
        id="transport_sync_stream",
        title="sync streaming `create(stream=True)`: client CPU per event",
        unit="µs CPU/event",
        samples=cpu,
        higher_is_better=False,
        note=f"{total} events a stream (pings included), {len(case.body):,} bytes in 1-4 KiB "
        f"HTTP chunks, {rounds} rounds",
    )


def _async_stream(base_url: str, rounds: int) -> dict[str, Any]:
    case = _stream_case()
    params = peers.request_params(case)
    loop = asyncio.new_event_loop()
    clients = {name: _async_client(name, base_url) for name in ASYNC}

    async def events(client: Any) -> list[Any]:
        return [e async for e in await client.messages.create(stream=True, **params)]

    async def count(client: Any) -> int:
        n = 0
        async for _ in await client.messages.create(stream=True, **params):
            n += 1
        return n

    try:
        for name, client in clients.items():
            _check_events(loop.run_until_complete(events(client)), case, name)
            _check_transport("async", name, client)
            loop.run_until_complete(count(client))
        cpu: dict[str, list[float]] = {name: [] for name in ASYNC}
        total = 0
        for r in range(rounds):
            for name in rotate(list(ASYNC), r):
                gc.collect()
                c0 = time.process_time()
                total = loop.run_until_complete(count(clients[name]))
                cpu[name].append(1e6 * (time.process_time() - c0) / total)
    finally:
        for client in clients.values():
            loop.run_until_complete(client.aclose())
        loop.close()
    return _row(
        id="transport_async_stream",
        title="async streaming `create(stream=True)`: client CPU per event",
        unit="µs CPU/event",
        samples=cpu,
        higher_is_better=False,
        note=f"{total} events a stream, one stream at a time on one event loop, {rounds} rounds",
    )


def _fresh_create(
    base_url: str, requests: int, rounds: int, concurrency: int
) -> list[dict[str, Any]]:
    """A new client (and transport) per sample: make it, ``requests`` answers, close it."""
    params = peers.request_params(None)
    check = _message_check()
    connect = CROWD_CONNECT_TIMEOUT if concurrency >= 500 else None
    loop = asyncio.new_event_loop()

    async def sample(name: str) -> tuple[float, float]:
        c0, w0 = time.process_time(), time.perf_counter()
        client = _async_client(name, base_url, connect)
        try:
            await burst(client, params, requests, concurrency)
            return time.perf_counter() - w0, time.process_time() - c0
        finally:
            await client.aclose()

    async def verify(name: str) -> None:
        client = _async_client(name, base_url)
        try:
            check(await client.messages.create(**params), name)
            _check_transport("async", name, client)
        finally:
            await client.aclose()

    try:
        for name in ASYNC:
            loop.run_until_complete(verify(name))
            loop.run_until_complete(sample(name))  # warm-up: imports, caches
        rate: dict[str, list[float]] = {name: [] for name in ASYNC}
        cpu: dict[str, list[float]] = {name: [] for name in ASYNC}
        for r in range(rounds):
            for name in rotate(list(ASYNC), r):
                gc.collect()
                wall, used = loop.run_until_complete(sample(name))
                rate[name].append(requests / wall)
                cpu[name].append(1e6 * used / requests)
    finally:
        loop.close()
    note = f"{rounds} rounds, a new client each (its connections opened anew)"
    if connect is not None:
        note += f"; connect timeout {connect:g} s for every transport"
    row_id = f"transport_fresh_c{concurrency}_n{requests}"
    what = f"async `create()` on a fresh client, {concurrency} in flight, {requests:,} requests"
    return [
        _row(
            id=row_id,
            title=f"{what}: requests/s",
            unit="requests/s",
            samples=rate,
            higher_is_better=True,
            note=note + "; wall time from making the client to its last answer",
        ),
        _row(
            id=row_id + "_cpu",
            title=f"{what}: client CPU per request",
            unit="µs CPU/request",
            samples=cpu,
            higher_is_better=False,
            note=note + "; this process's CPU time over the same samples",
        ),
    ]


def _warm_create(
    base_url: str, requests: int, rounds: int, concurrency: int
) -> list[dict[str, Any]]:
    """One client per transport, its connections open: ``requests`` answers per sample."""
    params = peers.request_params(None)
    check = _message_check()
    loop = asyncio.new_event_loop()
    clients = {name: _async_client(name, base_url) for name in ASYNC}
    try:
        for name, client in clients.items():
            check(loop.run_until_complete(client.messages.create(**params)), name)
            _check_transport("async", name, client)
            loop.run_until_complete(burst(client, params, 2 * concurrency, concurrency))
        rate: dict[str, list[float]] = {name: [] for name in ASYNC}
        cpu: dict[str, list[float]] = {name: [] for name in ASYNC}
        for r in range(rounds):
            for name in rotate(list(ASYNC), r):
                gc.collect()
                c0, w0 = time.process_time(), time.perf_counter()
                loop.run_until_complete(burst(clients[name], params, requests, concurrency))
                rate[name].append(requests / (time.perf_counter() - w0))
                cpu[name].append(1e6 * (time.process_time() - c0) / requests)
    finally:
        for client in clients.values():
            loop.run_until_complete(client.aclose())
        loop.close()
    row_id = f"transport_warm_c{concurrency}"
    what = f"async `create()` on a warm client, {concurrency} in flight"
    note = f"{requests} requests a sample, {rounds} rounds, the connections already open"
    return [
        _row(
            id=row_id,
            title=f"{what}: requests/s",
            unit="requests/s",
            samples=rate,
            higher_is_better=True,
            note=note,
        ),
        _row(
            id=row_id + "_cpu",
            title=f"{what}: client CPU per request",
            unit="µs CPU/request",
            samples=cpu,
            higher_is_better=False,
            note=note + "; this process's CPU time over the same samples",
        ),
    ]


# -- the parsers -------------------------------------------------------------------------


def _server_answer(base_url: str, body: dict[str, Any]) -> list[bytes]:
    """The server's answer to one request, as the socket returned it, read by read."""
    host, port = base_url.removeprefix("http://").split(":")
    payload = json.dumps(body).encode()
    head = (
        f"POST /v1/messages HTTP/1.1\r\nhost: {host}:{port}\r\n"
        f"content-type: application/json\r\ncontent-length: {len(payload)}\r\n\r\n"
    ).encode()
    reads: list[bytes] = []
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(head + payload)
        while data := sock.recv(READ_SIZE):
            reads.append(data)
            whole = b"".join(reads)
            end = whole.find(b"\r\n\r\n")
            if end < 0:
                continue
            fields = whole[:end].lower()
            if b"transfer-encoding: chunked" in fields:
                if whole.endswith(b"\r\n0\r\n\r\n"):
                    break
            elif len(whole) >= end + 4 + int(fields.split(b"content-length:")[1].split(b"\r\n")[0]):
                break
    return reads


def _h11_ready() -> Any:
    """An h11 client connection that has sent its request: ready to read the answer."""
    import h11

    conn = h11.Connection(h11.CLIENT)
    conn.send(
        h11.Request(
            method="POST",
            target="/v1/messages",
            headers=[("host", "127.0.0.1"), ("content-length", "0")],
        )
    )
    conn.send(h11.EndOfMessage())
    return conn


def _parse_h11(conn: Any, reads: list[bytes]) -> tuple[int, int]:
    """h11 for head and body, as httpcore reads a response."""
    import h11

    status = size = 0
    for data in reads:
        conn.receive_data(data)
        while True:
            event = conn.next_event()
            if event is h11.NEED_DATA:
                break
            if isinstance(event, h11.Response):
                status = event.status_code
            elif isinstance(event, h11.Data):
                size += len(event.data)
            elif isinstance(event, h11.EndOfMessage):
                return status, size
    raise AssertionError("h11: the answer ended early")


_REQUEST = httpx.Request("POST", "http://127.0.0.1/v1/messages", content=b"")


def _own_ready() -> Any:
    from claude_messages._http11 import Exchange

    exchange = Exchange(_REQUEST)
    exchange.head()
    exchange.end()
    return exchange


def _parse_own(exchange: Any, reads: list[bytes]) -> tuple[int, int]:
    """``_http11``'s head parser and ``BodyDecoder``: what the own transports do."""
    decoder = None
    size = status = 0
    for data in reads:
        if decoder is None:
            response = exchange.feed(data)
            if response is None:
                continue
            status = response.status_code
            decoder = exchange.decoder()
            data = exchange.rest
        size += len(decoder.feed(data))
        if decoder.done:
            return status, size
    raise AssertionError("own: the answer ended early")


class _Sink:
    """httptools' callbacks: the headers and body pieces a transport would keep."""

    __slots__ = ("body", "done", "headers")

    def __init__(self) -> None:
        self.headers: list[tuple[bytes, bytes]] = []
        self.body: list[bytes] = []
        self.done = False

    def on_header(self, name: bytes, value: bytes) -> None:
        self.headers.append((name, value))

    def on_body(self, body: bytes) -> None:
        self.body.append(body)

    def on_message_complete(self) -> None:
        self.done = True


def _parse_httptools(_: Any, reads: list[bytes]) -> tuple[int, int]:
    """httptools (llhttp) for head and body; its parser is made here, per response."""
    import httptools

    sink = _Sink()
    parser = httptools.HttpResponseParser(sink)
    for data in reads:
        parser.feed_data(data)
        if sink.done:
            return parser.get_status_code(), sum(len(b) for b in sink.body)
    raise AssertionError("httptools: the answer ended early")


_PARSERS: dict[str, tuple[Callable[[], Any], Callable[[Any, list[bytes]], tuple[int, int]]]] = {
    "own": (_own_ready, _parse_own),
    "httpcore": (_h11_ready, _parse_h11),
    "httptools": (lambda: None, _parse_httptools),
}


def _time_prepared(
    ready: Callable[[], Any], fn: Callable[[Any, Any], Any], arg: Any, repeat: int
) -> float:
    """CPU µs per call of ``fn(state, arg)``; each call's ``ready()`` state made untimed."""
    states = [ready() for _ in range(repeat)]
    gc.collect()
    c0 = time.process_time()
    for state in states:
        fn(state, arg)
    return 1e6 * (time.process_time() - c0) / repeat


def _parsers(base_url: str, rounds: int, scale: int) -> list[dict[str, Any]]:
    case = _stream_case()
    answers = {
        "parse_sse": (
            {**peers.request_params(case), "stream": True},
            f"streamed answer ({len(case.body):,} bytes, 1-4 KiB HTTP chunks)",
            len(case.body),
        ),
        "parse_json": (
            peers.request_params(None),
            f"JSON answer ({len(streams.message_json()):,} bytes, content-length)",
            len(streams.message_json()),
        ),
    }
    rows = []
    for row_id, (body, what, size) in answers.items():
        reads = _server_answer(base_url, body)
        for name, (ready, fn) in _PARSERS.items():
            got = fn(ready(), reads)
            if got != (200, size):
                raise AssertionError(f"{name}: parsed {got}, expected (200, {size})")
        repeat = scale * (100 if row_id == "parse_json" else 4)
        cpu: dict[str, list[float]] = {name: [] for name in _PARSERS}
        for r in range(rounds):
            for name in rotate(list(_PARSERS), r):
                ready, fn = _PARSERS[name]
                cpu[name].append(_time_prepared(ready, fn, reads, repeat))
        rows.append(
            _row(
                id=row_id,
                title=f"parse a {what}: CPU per response",
                unit="µs CPU/response",
                samples=cpu,
                higher_is_better=False,
                note=f"{len(reads)} socket reads as the server's answer arrived; no I/O; "
                "the h11 connection and the own exchange that sent the request are made "
                "untimed",
            )
        )
    rows.append(_write_head(base_url, rounds, scale))
    return rows


_BAD_HEADER = re.compile(rb"[\x00\r\n]")


def _plain_head(request: httpx.Request) -> bytes:
    """A request head formatted with the least checking (CR, LF and NUL refused in names
    and values, nothing more): the floor for any request writer."""
    lines = [b"%s %s HTTP/1.1\r\n" % (request.method.encode(), request.url.raw_path)]
    if "host" not in request.headers:
        lines.append(b"Host: %s\r\n" % request.url.netloc)
    for key, value in request.headers.raw:
        if _BAD_HEADER.search(key) or _BAD_HEADER.search(value):
            raise httpx.LocalProtocolError("Illegal header")
        lines.append(b"%s: %s\r\n" % (key, value))
    lines.append(b"\r\n")
    return b"".join(lines)


def _client_request(base_url: str) -> httpx.Request:
    """The request a ``create()`` sends, captured by a transport that answers nothing."""
    import claude_messages

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=json.loads(streams.message_json()))

    with claude_messages.Client(
        api_key=peers.API_KEY, base_url=base_url, transport=httpx.MockTransport(handler)
    ) as client:
        client.messages.create(**peers.request_params(None))
    return seen[0]


def _write_head(base_url: str, rounds: int, scale: int) -> dict[str, Any]:
    from claude_messages._http11 import Exchange

    request = _client_request(base_url)

    def own() -> bytes:
        return Exchange(request).head()

    def with_h11() -> bytes:
        import h11

        conn = h11.Connection(h11.CLIENT)
        target = request.url.raw_path
        return conn.send(h11.Request(method=request.method, target=target, headers=headers))

    def plain() -> bytes:
        return _plain_head(request)

    headers = request.headers.raw
    if "host" not in request.headers:
        headers = [(b"Host", request.url.netloc), *headers]

    def fields(head: bytes) -> set[bytes]:
        return set(head.lower().split(b"\r\n"))

    if not fields(own()) == fields(with_h11()) == fields(plain()):
        raise AssertionError(f"request heads differ: {own()!r} {with_h11()!r} {plain()!r}")
    fns = {"own": own, "httpcore": with_h11, "plain": plain}
    repeat = scale * 400
    cpu: dict[str, list[float]] = {name: [] for name in fns}
    for r in range(rounds):
        for name in rotate(list(fns), r):
            fn = fns[name]
            gc.collect()
            c0 = time.process_time()
            for _ in range(repeat):
                fn()
            cpu[name].append(1e6 * (time.process_time() - c0) / repeat)
    return _row(
        id="write_head",
        title=f"write a `create()` request head ({len(request.headers)} headers): CPU",
        unit="µs CPU/request",
        samples=cpu,
        higher_is_better=False,
        note="own: ``_http11.Exchange(request).head()``, as the own transports write it; "
        "httpcore: a new h11 connection writing it, as httpcore does; plain: bytes "
        "formatting with only a CR/LF/NUL check, the floor",
    )


# -- the table ---------------------------------------------------------------------------


def _fmt(value: float, unit: str) -> str:
    if unit.endswith("/s"):
        return f"{value:,.0f}/s"
    return f"{value:,.1f} µs" if value < 100 else f"{value:,.0f} µs"


def _lead(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}x"


def _half_iqr(v: dict[str, Any]) -> str:
    if v.get("n", 1) < 2:
        return "—"
    return spread_text(v["iqr_pct"])


def markdown(rows: list[dict[str, Any]]) -> list[str]:
    """The transports table: one column per transport, the own one's lead over each."""
    lines = [
        "| path | own | httpcore | third | own vs httpcore | own vs third | spread |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        if row["status"] == "error":
            lines.append(f"| {row['title']} | error: {row.get('error', '')[:80]} | | | | | |")
            continue
        unit, values, cols = row["unit"], row["values"], row["columns"]
        third = cols[-1]
        httpcore = values.get("httpcore")
        lines.append(
            "| "
            + " | ".join(
                [
                    row["title"],
                    _fmt(values["own"]["median"], unit),
                    "—" if httpcore is None else _fmt(httpcore["median"], unit),
                    f"{LABELS[third]} {_fmt(values[third]['median'], unit)}",
                    _lead(row["lead"].get("httpcore")),
                    _lead(row["lead"][third]),
                    " / ".join(_half_iqr(values[c]) for c in cols),
                ]
            )
            + " |"
        )
    lines += [
        "",
        "The same claude-messages client in every column; only its transport differs. own: "
        "the client's own transports (`CoreTransport`, `AsyncCoreTransport`, its default); "
        "httpcore: `httpx.HTTPTransport` / `httpx.AsyncHTTPTransport`; third: urllib3 (sync, "
        "through the bench's adapter) or aiohttp (async, `httpx_aiohttp.AiohttpTransport`). "
        "In the parse and write rows, own is the own transports' `_http11`, httpcore is h11 "
        "(what httpcore uses), third is httptools, or for writing plain bytes formatting. "
        "own vs X: how many "
        "times cheaper (CPU) or faster (requests/s) the own transport is than X, medians of "
        "the same run. Spread: half the interquartile range over the median, per column.",
        "",
    ]
    return lines


# -- the suite ---------------------------------------------------------------------------


def run(quick: bool, log: Callable[[str], None]) -> list[dict[str, Any]]:
    sync_requests, sync_rounds = (150, 3) if quick else (2700, 9)
    stream_rounds = 3 if quick else 9
    fresh_rounds = 2 if quick else 15
    fresh = [(50, 300)] if quick else [(50, 300), (500, 300)]
    parse_rounds, parse_scale = (3, 2) if quick else (9, 10)
    server = Server()
    base_url = server.base_url
    jobs: list[tuple[str, str, Callable[[], list[dict[str, Any]]]]] = [
        (
            "transport_sync_create",
            "sync `create()`",
            lambda: [_sync_create(base_url, sync_requests, sync_rounds)],
        ),
        (
            "transport_sync_stream",
            "sync streaming",
            lambda: [_sync_stream(base_url, stream_rounds)],
        ),
        (
            "transport_async_stream",
            "async streaming",
            lambda: [_async_stream(base_url, stream_rounds)],
        ),
    ]
    for c, n in fresh:
        jobs.append(
            (
                f"transport_fresh_c{c}_n{n}",
                f"async `create()`, fresh client, {c} in flight",
                partial(_fresh_create, base_url, n, fresh_rounds, c),
            )
        )
    jobs.append(
        (
            "transport_warm_c50",
            "async `create()` on a warm client",
            lambda: _warm_create(base_url, 300, fresh_rounds, 50),
        )
    )
    jobs.append(
        ("parse", "parse a response", lambda: _parsers(base_url, parse_rounds, parse_scale))
    )
    try:
        return run_jobs(SUITE, jobs, log)
    finally:
        server.close()
