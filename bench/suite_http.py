"""Suite 2: loopback HTTP against ``bench.server`` running in its own process.

Each client uses its own default transport (the transport is part of what a user gets):
claude-messages on httpx, the SDK on httpx2. Measured:

- sync ``create()``: client CPU per request (``time.process_time``: this process only,
  so the server's work is excluded), sequential requests on one keep-alive connection;
- async ``create()`` with 50 requests in flight: requests per second (wall) and CPU per
  request;
- streaming ``create(stream=True)`` over the socket: events per second.

Rounds interleave the clients (A B A B ...). Every client's answer is checked first.
"""

from __future__ import annotations

import asyncio
import gc
import json
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import peers, streams
from .rows import cost_row, error_row, throughput_row
from .timing import summarize

__all__ = ["run"]

SUITE = "http"
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


def _rotate(names: list[str], r: int) -> list[str]:
    return names[r % len(names) :] + names[: r % len(names)]


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
    try:
        for name, impl in impls.items():
            impl.check_message(clients[name].messages.create(**params), want)
            for _ in range(50):  # connection open, caches warm
                clients[name].messages.create(**params)
        per_round = max(1, requests // rounds)
        cpu: dict[str, list[float]] = {name: [] for name in impls}
        wall: dict[str, list[float]] = {name: [] for name in impls}
        for r in range(rounds):
            for name in _rotate(list(impls), r):
                create = clients[name].messages.create
                gc.collect()
                c0, w0 = time.process_time(), time.perf_counter()
                for _ in range(per_round):
                    create(**params)
                cpu[name].append(1e6 * (time.process_time() - c0) / per_round)
                wall[name].append(1e6 * (time.perf_counter() - w0) / per_round)
    finally:
        for client in clients.values():
            client.close()
    return cost_row(
        suite=SUITE,
        id="sync_create_cpu",
        title="sync `create()` client CPU per request",
        unit="µs CPU/request",
        samples=cpu,
        target=("<=", 0.65),
        note=f"{per_round * rounds} requests per client in {rounds} interleaved rounds",
        extra={"wall_us_per_request": {n: summarize(s) for n, s in wall.items()}},
    )


async def _burst(client: Any, params: dict[str, Any], total: int, concurrency: int) -> None:
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
                loop.run_until_complete(_burst(clients[name], params, 2 * concurrency, concurrency))
            per_round = max(concurrency, requests // rounds)
            seconds: dict[str, list[float]] = {name: [] for name in impls}
            cpu: dict[str, list[float]] = {name: [] for name in impls}
            for r in range(rounds):
                for name in _rotate(list(impls), r):
                    gc.collect()
                    c0, w0 = time.process_time(), time.perf_counter()
                    loop.run_until_complete(_burst(clients[name], params, per_round, concurrency))
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


def _stream(impls: dict[str, peers.Impl], base_url: str, rounds: int) -> dict[str, Any]:
    case = streams.text_stream(2000)
    params = peers.request_params(case)
    clients = {name: impl.http_client(base_url) for name, impl in impls.items()}

    def count(client: Any) -> int:
        n = 0
        for _ in client.messages.create(stream=True, **params):
            n += 1
        return n

    try:
        for name, impl in impls.items():
            stream = clients[name].messages.create(stream=True, **params)
            events = [e for e in stream if impl._event_type(e) != "ping"]
            got = peers.summarize_events(events)
            if got["events"] != case.events or got["text"] != case.text:
                raise AssertionError(f"{name}: loopback stream differs from the served one")
            count(clients[name])
        seconds: dict[str, list[float]] = {name: [] for name in impls}
        for r in range(rounds):
            for name in _rotate(list(impls), r):
                gc.collect()
                w0 = time.perf_counter()
                n = count(clients[name])
                seconds[name].append(time.perf_counter() - w0)
                if n != case.events:
                    raise AssertionError(f"{name}: {n} events, expected {case.events}")
    finally:
        for client in clients.values():
            client.close()
    return throughput_row(
        suite=SUITE,
        id="stream_events",
        title="streaming `create(stream=True)` over loopback",
        count=case.events,
        unit="events/s",
        samples=seconds,
        target=None,
        note=f"{case.events} events, {len(case.body)} bytes, chunked 1-4 KiB",
    )


def run(quick: bool, log: Callable[[str], None]) -> list[dict[str, Any]]:
    impls = {name: peers.make_impl(name) for name in ("ours", "sdk")}
    sync_requests, sync_rounds = (300, 3) if quick else (2000, 5)
    async_requests, async_rounds = (600, 2) if quick else (3000, 5)
    stream_rounds = 3 if quick else 9
    server = Server()
    rows: list[dict[str, Any]] = []
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
            lambda: [_stream(impls, server.base_url, stream_rounds)],
        ),
    ]
    try:
        for row_id, title, job in jobs:
            log(f"  {SUITE}: {row_id}")
            try:
                rows.extend(job())
            except Exception as exc:
                log(traceback.format_exc())
                rows.append(error_row(suite=SUITE, id=row_id, title=title, error=repr(exc)[:500]))
    finally:
        server.close()
    return rows
