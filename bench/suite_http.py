"""Suite 2: loopback HTTP against ``bench.server`` running in its own process.

Each client uses its own default transport (the transport is part of what a user gets):
claude-messages on httpx, the SDK on httpx2. Measured:

- sync ``create()``: client CPU per request (``time.process_time``: this process only,
  so the server's work is excluded), sequential requests on one keep-alive connection,
  against a floor of ``http.client`` + ``json.dumps`` + ``json.loads`` on the same server;
- async ``create()`` with 50 requests in flight: requests per second (wall) and CPU per
  request, on one warmed-up client;
- async ``create()`` on a fresh client per sample (50 and 500 in flight, 300 and 2,000
  requests): requests per second, wall time from making the client to its last answer,
  so opening the pool's connections counts;
- streaming ``create(stream=True)`` over the socket, sync and async: client CPU per event,
  against a floor of ``http.client`` + line split + ``json.loads`` on the same socket;
- 1,000 concurrent streams on one event loop (100 in ``--quick``), each client in a
  process of its own (``bench.many_streams``): client CPU per event and peak RSS.

Rounds interleave the clients (A B A B ...). Every client's answer is checked first.
"""

from __future__ import annotations

import asyncio
import gc
import http.client
import json
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from . import peers, streams
from .rows import cost_row, run_jobs, throughput_row
from .server import LENGTH_RE
from .timing import rotate, summarize

__all__ = ["burst", "run"]

SUITE = "http"
# The connect timeout every client gets where hundreds of connections open at once (500
# in flight, 1,000 streams): the SDK's default 5 s expired there on a loaded machine.
CROWD_CONNECT_TIMEOUT = 60.0
CROWD = 500  # from this many connections at once on
# A fresh client's requests/s: iqr / median under this (percent).
FRESH_SPREAD_TARGET = 10.0
# Streaming client CPU per event, as a multiple of the http.client floor's, at most.
STREAM_CPU_FLOOR_TARGET = 1.3
# Sync create() client CPU per request, as a multiple of the http.client floor's, at most.
CREATE_CPU_FLOOR_TARGET = 1.3
ROOT = Path(__file__).resolve().parent.parent


class Server:
    """``bench.server`` in a child process; ``base_url`` once it listens."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bench.server", "--max-seconds", "900"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line.startswith("PORT "):
            self.close()
            raise RuntimeError(f"bench server did not start: {line!r}")
        self.base_url = f"http://127.0.0.1:{int(line.split()[1])}"

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


class _FloorCreate:
    """The least a sync ``create()`` does: ``json.dumps`` the params, POST them with the
    same headers over a kept-alive ``http.client`` connection, ``json.loads`` the body.
    No types, no retries, no validation. ``create(**params)`` returns the message dict."""

    def __init__(self, base_url: str) -> None:
        host, port = base_url.removeprefix("http://").split(":")
        self._conn = http.client.HTTPConnection(host, int(port))
        self._headers = {
            "x-api-key": peers.API_KEY,
            "anthropic-version": peers.ANTHROPIC_VERSION,
            "content-type": "application/json",
        }

    def create(self, **params: Any) -> Any:
        self._conn.request(
            "POST", "/v1/messages", body=json.dumps(params).encode(), headers=self._headers
        )
        response = self._conn.getresponse()
        body = response.read()
        if response.status != 200:
            raise AssertionError(f"floor: HTTP {response.status}: {body[:200]!r}")
        return json.loads(body)

    def close(self) -> None:
        self._conn.close()


class _FloorConnection(asyncio.Protocol):
    """One kept-alive connection of ``_floor_burst``: a reply is whole at its
    ``content-length``, then its body is handed to the request waiting."""

    def __init__(self) -> None:
        self.buf = b""
        self.waiter: asyncio.Future[bytes] | None = None

    def data_received(self, data: bytes) -> None:
        self.buf += data
        end = self.buf.find(b"\r\n\r\n")
        if end < 0 or self.waiter is None:
            return
        m = LENGTH_RE.search(self.buf, 0, end + 2)
        if m is None or not self.buf.startswith(b"HTTP/1.1 200 "):
            self.waiter.set_exception(AssertionError(f"floor: bad reply {self.buf[:200]!r}"))
            return
        total = end + 4 + int(m.group(1))
        if len(self.buf) >= total:
            body, self.buf = self.buf[end + 4 : total], self.buf[total:]
            self.waiter.set_result(body)
            self.waiter = None

    def connection_lost(self, exc: Exception | None) -> None:
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_exception(ConnectionError("floor: the server closed"))


async def _floor_burst(base_url: str, params: dict[str, Any], total: int, concurrency: int) -> Any:
    """The least an async client does for ``burst``: ``concurrency`` workers, each opening
    one connection (on asyncio's own transport) at its first request and keeping it;
    ``json.dumps`` per request, the same headers, ``json.loads`` per reply. No pool, no
    types, no timeouts. Returns the last message (a dict)."""
    host, port = base_url.removeprefix("http://").split(":")
    loop = asyncio.get_running_loop()
    head = (
        f"POST /v1/messages HTTP/1.1\r\nhost: {host}:{port}\r\n"
        f"x-api-key: {peers.API_KEY}\r\nanthropic-version: {peers.ANTHROPIC_VERSION}\r\n"
        "content-type: application/json\r\ncontent-length: "
    ).encode()
    remaining = total
    last: Any = None

    async def worker() -> None:
        nonlocal remaining, last
        if remaining <= 0:
            return
        transport, conn = await loop.create_connection(_FloorConnection, host, int(port))
        try:
            while remaining > 0:
                remaining -= 1
                body = json.dumps(params).encode()
                conn.waiter = loop.create_future()
                transport.write(b"%s%d\r\n\r\n%s" % (head, len(body), body))
                last = json.loads(await conn.waiter)
        finally:
            transport.close()

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return last


def _machine_task(count: int) -> float:
    """Seconds for a fixed CPU-bound task (``json.loads`` of the message, ``count`` times):
    the machine's own speed, sample by sample."""
    body = streams.message_json()
    loads = json.loads
    w0 = time.perf_counter()
    for _ in range(count):
        loads(body)
    return time.perf_counter() - w0


def _sync_create(
    impls: dict[str, peers.Impl],
    base_url: str,
    requests: int,
    rounds: int,
    log: Callable[[str], None],
) -> dict[str, Any]:
    params = peers.request_params(None)
    want = json.loads(streams.message_json())
    clients = {name: impl.http_client(base_url) for name, impl in impls.items()}
    floor = _FloorCreate(base_url)
    creates = {name: client.messages.create for name, client in clients.items()}
    creates["floor"] = floor.create
    try:
        for name, create in creates.items():
            answer = create(**params)
            if name == "floor":
                if peers.canonical(answer) != peers.canonical(want):
                    raise AssertionError(f"floor: the message differs: {str(answer)[:200]}")
            else:
                impls[name].check_message(answer, want)
            for _ in range(50):  # connection open, caches warm
                create(**params)
        per_round = max(1, requests // rounds)
        cpu: dict[str, list[float]] = {name: [] for name in creates}
        wall: dict[str, list[float]] = {name: [] for name in creates}
        for r in range(rounds):
            for name in rotate(list(creates), r):
                create = creates[name]
                gc.collect()
                c0, w0 = time.process_time(), time.perf_counter()
                for _ in range(per_round):
                    create(**params)
                cpu[name].append(1e6 * (time.process_time() - c0) / per_round)
                wall[name].append(1e6 * (time.perf_counter() - w0) / per_round)
    finally:
        floor.close()
        for client in clients.values():
            client.close()
    return cost_row(
        suite=SUITE,
        id="sync_create_cpu",
        title="sync `create()` client CPU per request",
        unit="µs CPU/request",
        samples=cpu,
        target=("<=", 0.65),
        floor_target=CREATE_CPU_FLOOR_TARGET,
        note=f"{per_round * rounds} requests per client in {rounds} interleaved rounds; "
        "floor: http.client kept alive, json.dumps + json.loads",
        extra={"wall_us_per_request": {n: summarize(s) for n, s in wall.items()}},
    )


async def burst(client: Any, params: dict[str, Any], total: int, concurrency: int) -> None:
    """``total`` ``create()`` calls of ``client``, ``concurrency`` at a time."""
    remaining = total

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await client.messages.create(**params)

    await asyncio.gather(*(worker() for _ in range(concurrency)))


def _async_create(
    impls: dict[str, peers.Impl], base_url: str, requests: int, rounds: int, concurrency: int
) -> list[dict[str, Any]]:
    params = peers.request_params(None)
    want = json.loads(streams.message_json())
    loop = asyncio.new_event_loop()
    try:
        clients = {name: impl.async_http_client(base_url) for name, impl in impls.items()}
        try:
            for name, impl in impls.items():
                impl.check_message(
                    loop.run_until_complete(clients[name].messages.create(**params)), want
                )
                # Open the pool's connections and warm up at full concurrency.
                loop.run_until_complete(burst(clients[name], params, 2 * concurrency, concurrency))
            per_round = max(concurrency, requests // rounds)
            seconds: dict[str, list[float]] = {name: [] for name in impls}
            cpu: dict[str, list[float]] = {name: [] for name in impls}
            for r in range(rounds):
                for name in rotate(list(impls), r):
                    gc.collect()
                    c0, w0 = time.process_time(), time.perf_counter()
                    loop.run_until_complete(burst(clients[name], params, per_round, concurrency))
                    seconds[name].append(time.perf_counter() - w0)
                    cpu[name].append(1e6 * (time.process_time() - c0) / per_round)
        finally:
            for name, impl in impls.items():
                loop.run_until_complete(impl.aclose(clients[name]))
    finally:
        loop.close()
    note = f"{per_round * rounds} requests per client, {concurrency} in flight"
    cpu_row = cost_row(
        suite=SUITE,
        id="async_create_cpu" if concurrency > 1 else "async_create_cpu_c1",
        title=f"async `create()`, {concurrency} in flight: client CPU per request",
        unit="µs CPU/request",
        samples=cpu,
        target=None,
        note=note,
    )
    if concurrency == 1:
        # For reference: the same requests one at a time show what the pool costs at 50.
        return [cpu_row]
    rps_row = throughput_row(
        suite=SUITE,
        id="async_create_rps",
        title=f"async `create()`, {concurrency} in flight: requests/s",
        count=per_round,
        unit="requests/s",
        samples=seconds,
        target=(">=", 1.0),
        note=note,
    )
    return [rps_row, cpu_row]


def _fresh_create(
    impls: dict[str, peers.Impl], base_url: str, requests: int, rounds: int, concurrency: int
) -> dict[str, Any]:
    """A new client per sample: make it, ``requests`` answers at ``concurrency``, close it.

    Each round also times the floor (``_floor_burst``: the same requests on connections of
    its own) and the machine itself: a fixed CPU-bound task sized to last about as long
    as a claude-messages sample. Its spread is what the machine's changing speed alone
    puts into a sample of that length; a client steadier than that cannot be shown here.
    """
    params = peers.request_params(None)
    want = json.loads(streams.message_json())
    loop = asyncio.new_event_loop()
    connect = CROWD_CONNECT_TIMEOUT if concurrency >= CROWD else None

    async def sample(impl: peers.Impl) -> float:
        w0 = time.perf_counter()
        client = impl.async_http_client(base_url, connect)
        try:
            await burst(client, params, requests, concurrency)
            return time.perf_counter() - w0
        finally:
            await impl.aclose(client)

    async def floor() -> float:
        w0 = time.perf_counter()
        await _floor_burst(base_url, params, requests, concurrency)
        return time.perf_counter() - w0

    async def check(impl: peers.Impl) -> None:
        client = impl.async_http_client(base_url)
        try:
            impl.check_message(await client.messages.create(**params), want)
        finally:
            await impl.aclose(client)

    names = [*impls, "floor"]
    try:
        for impl in impls.values():
            loop.run_until_complete(check(impl))
            loop.run_until_complete(sample(impl))  # warm-up: imports, caches
        answer = loop.run_until_complete(_floor_burst(base_url, params, 1, 1))
        if answer != want:
            raise AssertionError(f"floor: the message differs: {str(answer)[:200]}")
        # The machine task, sized to one claude-messages sample.
        once = loop.run_until_complete(sample(impls["ours"]))
        count = max(1, round(1000 * once / max(_machine_task(1000), 1e-9)))
        seconds: dict[str, list[float]] = {name: [] for name in names}
        machine: list[float] = []
        for r in range(rounds):
            for name in rotate(names, r):
                gc.collect()
                run = floor() if name == "floor" else sample(impls[name])
                seconds[name].append(loop.run_until_complete(run))
            gc.collect()
            machine.append(_machine_task(count))
    finally:
        loop.close()
    row = throughput_row(
        suite=SUITE,
        id=f"async_fresh_c{concurrency}_n{requests}",
        title=(
            f"async `create()`, fresh client, {concurrency} in flight, {requests:,} requests:"
            " requests/s"
        ),
        count=requests,
        unit="requests/s",
        samples=seconds,
        target=(">=", 2.0),
        note=f"{rounds} interleaved rounds, a new client each (its connections opened anew)"
        + (
            f"; every client's connect timeout set to {connect:g} s (the SDK's default 5 s "
            "expires while hundreds of connections open at once on a loaded machine)"
            if connect is not None
            else ""
        )
        + "; floor: one asyncio connection per worker, json.dumps + json.loads",
    )
    spread = row["values"]["ours"]["iqr_pct"]
    row["spread"] = {
        "target_pct": FRESH_SPREAD_TARGET,
        "ours_pct": spread,
        "machine_pct": summarize(machine)["iqr_pct"],
        "status": "met" if spread < FRESH_SPREAD_TARGET else "missed",
    }
    return row


def _floor_stream(base_url: str, body: bytes) -> Callable[[], int]:
    """``http.client`` + line split + ``json.loads``: the least a client does on the wire."""
    host, port = base_url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port))
    headers = {"content-type": "application/json", "accept": "text/event-stream"}
    loads = json.loads

    def run() -> int:
        conn.request("POST", "/v1/messages", body=body, headers=headers)
        response = conn.getresponse()
        buf = b""
        n = 0
        while chunk := response.read1(65536):
            buf += chunk
            lines = buf.split(b"\n")
            buf = lines.pop()
            for line in lines:
                if line[:6] == b"data: " and loads(line[6:])["type"] != "ping":
                    n += 1
        return n

    return run


def _stdlib_variant(runs: dict[str, Callable[[], int]]) -> None:
    """Add ``ours_stdlib``: claude-messages with orjson turned off (when it is in use)."""
    switch = peers.ours_json_switch()
    if switch is None:
        return
    ours = runs["ours"]

    def run() -> int:
        switch(False)
        try:
            return ours()
        finally:
            switch(True)

    runs["ours_stdlib"] = run


def _stream(impls: dict[str, peers.Impl], base_url: str, rounds: int) -> list[dict[str, Any]]:
    case = streams.text_stream(2000)
    params = peers.request_params(case)
    clients = {name: impl.http_client(base_url) for name, impl in impls.items()}

    def count(client: Any) -> int:
        n = 0
        for _ in client.messages.create(stream=True, **params):
            n += 1
        return n

    floor = _floor_stream(base_url, json.dumps({**params, "stream": True}).encode())
    runs: dict[str, Callable[[], int]] = {name: partial(count, clients[name]) for name in impls}
    runs["floor"] = floor
    _stdlib_variant(runs)
    try:
        for name, impl in impls.items():
            stream = clients[name].messages.create(stream=True, **params)
            events = [e for e in stream if impl._event_type(e) != "ping"]
            got = peers.summarize_events(events)
            if got["events"] != case.events or got["text"] != case.text:
                raise AssertionError(f"{name}: loopback stream differs from the served one")
            count(clients[name])
        wall, cpu = _interleave(runs, rounds, case.events)
    finally:
        for client in clients.values():
            client.close()
    note = f"{case.events} events, {len(case.body)} bytes, chunked 1-4 KiB"
    return [
        throughput_row(
            suite=SUITE,
            id="stream_events",
            title="streaming `create(stream=True)` over loopback",
            count=case.events,
            unit="events/s",
            samples=wall,
            target=None,
            note=note + "; wall time",
        ),
        throughput_row(
            suite=SUITE,
            id="stream_cpu",
            title="streaming `create(stream=True)` over loopback: client CPU",
            count=case.events,
            unit="events/s of CPU",
            samples=cpu,
            target=None,
            floor_target=STREAM_CPU_FLOOR_TARGET,
            note=note + "; this process's CPU time (the server is another process)",
        ),
    ]


def _interleave(
    runs: dict[str, Callable[[], int]], rounds: int, events: int
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Wall and CPU seconds per run of each stream reader, rounds interleaved."""
    wall: dict[str, list[float]] = {name: [] for name in runs}
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    for r in range(rounds):
        for name in rotate(list(runs), r):
            gc.collect()
            c0, w0 = time.process_time(), time.perf_counter()
            n = runs[name]()
            wall[name].append(time.perf_counter() - w0)
            cpu[name].append(time.process_time() - c0)
            if n != events:
                raise AssertionError(f"{name}: {n} events, expected {events}")
    return wall, cpu


def _astream(impls: dict[str, peers.Impl], base_url: str, rounds: int) -> dict[str, Any]:
    """The async twin of ``_stream``'s CPU row: one stream at a time on one event loop."""
    case = streams.text_stream(2000)
    params = peers.request_params(case)
    loop = asyncio.new_event_loop()
    clients = {name: impl.async_http_client(base_url) for name, impl in impls.items()}

    async def count(client: Any, impl: peers.Impl) -> int:
        n = 0
        stream = await client.messages.create(stream=True, **params)
        async for event in stream:
            if impl._event_type(event) != "ping":
                n += 1
        return n

    def run_count(client: Any, impl: peers.Impl) -> int:
        return loop.run_until_complete(count(client, impl))

    runs: dict[str, Callable[[], int]] = {
        name: partial(run_count, clients[name], impl) for name, impl in impls.items()
    }
    runs["floor"] = _floor_stream(base_url, json.dumps({**params, "stream": True}).encode())
    _stdlib_variant(runs)
    try:
        for run in runs.values():
            if run() != case.events:
                raise AssertionError("async loopback stream differs from the served one")
        _, cpu = _interleave(runs, rounds, case.events)
    finally:
        for name, impl in impls.items():
            loop.run_until_complete(impl.aclose(clients[name]))
        loop.close()
    return throughput_row(
        suite=SUITE,
        id="astream_cpu",
        title="async streaming `create(stream=True)` over loopback: client CPU",
        count=case.events,
        unit="events/s of CPU",
        samples=cpu,
        target=None,
        floor_target=STREAM_CPU_FLOOR_TARGET,
        note=f"{case.events} events; this process's CPU time; the floor is sync",
    )


def _many_streams(base_url: str, count: int, rounds: int) -> list[dict[str, Any]]:
    """``count`` concurrent streams on one loop, each client in its own process."""
    connect = CROWD_CONNECT_TIMEOUT if count >= CROWD else None
    cpu: dict[str, list[float]] = {"ours": [], "sdk": []}
    rss: dict[str, list[float]] = {"ours": [], "sdk": []}
    growth: dict[str, list[float]] = {"ours": [], "sdk": []}
    events = 0
    for r in range(rounds):
        for name in rotate(list(cpu), r):
            proc = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "bench.many_streams",
                    name,
                    base_url,
                    str(count),
                    *([] if connect is None else [str(connect)]),
                ],
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=600,
            )
            if proc.returncode != 0:
                raise AssertionError(f"{name}: many streams failed: {proc.stderr[-2000:]}")
            got = json.loads(proc.stdout)
            events = got["events"]
            cpu[name].append(1e6 * got["cpu"] / events)
            rss[name].append(got["peak_rss_kb"] / 1024)
            growth[name].append((got["peak_rss_kb"] - got["rss_before_kb"]) / 1024)
    note = f"{count:,} streams at once, {events // count} events each, {rounds} rounds"
    if connect is not None:
        note += (
            f"; every client's connect timeout set to {connect:g} s (the SDK's default 5 s "
            "expires while 1,000 connections open at once on a loaded machine)"
        )
    return [
        cost_row(
            suite=SUITE,
            id="many_streams_cpu",
            title=f"{count:,} concurrent streams on one event loop: client CPU per event",
            unit="µs CPU/event",
            samples=cpu,
            target=None,
            note=note,
        ),
        cost_row(
            suite=SUITE,
            id="many_streams_rss",
            title=f"{count:,} concurrent streams on one event loop: peak RSS",
            unit="MiB",
            samples=rss,
            target=None,
            note=note + "; the whole process (import included)",
            extra={"growth_mib": {n: summarize(s) for n, s in growth.items()}},
        ),
    ]


def run(quick: bool, log: Callable[[str], None]) -> list[dict[str, Any]]:
    impls = {name: peers.make_impl(name) for name in ("ours", "sdk")}
    sync_requests, sync_rounds = (300, 3) if quick else (4000, 20)
    async_requests, async_rounds = (600, 2) if quick else (3000, 5)
    stream_rounds = 3 if quick else 9
    fresh_rounds = 3 if quick else 7
    fresh = [(50, 300), (500, 300)] if quick else [(50, 300), (50, 2000), (500, 300), (500, 2000)]
    many, many_rounds = (100, 2) if quick else (1000, 5)
    server = Server()
    jobs: list[tuple[str, str, Callable[[], list[dict[str, Any]]]]] = [
        (
            "sync_create_cpu",
            "sync `create()` client CPU per request",
            lambda: [_sync_create(impls, server.base_url, sync_requests, sync_rounds, log)],
        ),
        (
            "async_create_rps",
            "async `create()`, 50 concurrent",
            lambda: _async_create(impls, server.base_url, async_requests, async_rounds, 50),
        ),
        (
            "async_create_cpu_c1",
            "async `create()`, 1 in flight",
            lambda: _async_create(impls, server.base_url, async_requests // 3, async_rounds, 1),
        ),
        (
            "stream_events",
            "streaming `create(stream=True)` over loopback",
            lambda: _stream(impls, server.base_url, stream_rounds),
        ),
        (
            "astream_cpu",
            "async streaming `create(stream=True)` over loopback",
            lambda: [_astream(impls, server.base_url, stream_rounds)],
        ),
        (
            "many_streams_cpu",
            "many concurrent streams",
            lambda: _many_streams(server.base_url, many, many_rounds),
        ),
    ]

    def fresh_job(c: int, n: int) -> list[dict[str, Any]]:
        return [_fresh_create(impls, server.base_url, n, fresh_rounds, c)]

    for i, (c, n) in enumerate(fresh):
        jobs.insert(
            2 + i,
            (
                f"async_fresh_c{c}_n{n}",
                f"async `create()`, fresh client, {c} in flight, {n} requests",
                partial(fresh_job, c, n),
            ),
        )
    try:
        return run_jobs(SUITE, jobs, log)
    finally:
        server.close()
