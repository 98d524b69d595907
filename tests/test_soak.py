"""Soak: many concurrent streams through one client while a loopback server misbehaves.

Waves of streamed calls go through one ``Client`` (from threads) and one ``AsyncClient``
(from tasks) to a server on 127.0.0.1 that, for each call, follows a plan drawn from a
``random.Random`` with a fixed starting value: 529 or 429 answers with ``retry-after-ms``,
connections dropped before the headers, proxy HTML 502 pages, then either a complete
stream or a failure inside it (dropped mid-body, stalled past the idle limit, an ``error``
event, a body that ends before ``message_stop``). Each call's outcome is known from its plan,
and the test holds that:

- nothing is lost or duplicated: every call gets exactly its own text, or the error its
  plan leads to, and the server saw exactly the attempts the plan allows;
- no retry happens once output began (a failure mid-stream is final);
- only this package's typed errors come out;
- nothing hangs (every wave has a deadline);
- no file descriptor or connection is left behind, and memory does not grow across waves.

The normal suite runs a small soak (a few seconds). ``CLAUDE_MESSAGES_SOAK=1`` runs a
larger one (more waves, more calls per wave); ``CLAUDE_MESSAGES_SOAK_START=N`` replays the
plans of another starting value.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import gc
import json
import os
import random
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import claude_messages._message_stream
import claude_messages._streaming
import pytest
from _loopback import SSE_HEAD, Conn, Request, Server, json_answer, sse_event, sse_message
from claude_messages import (
    APIConnectionError,
    APITimeoutError,
    AsyncClient,
    ClaudeMessagesError,
    Client,
    IncompleteStreamError,
    InternalServerError,
    OverloadedError,
    RateLimitError,
    RetryPolicy,
)

# Imported up front: the first stream of a process loads the generated models, which
# takes longer than the idle limit below when tracemalloc runs.
assert claude_messages._message_stream and claude_messages._streaming

LARGE = os.environ.get("CLAUDE_MESSAGES_SOAK") == "1"
WAVES = 8 if LARGE else 3
CALLS = 200 if LARGE else 24  # per wave
THREADS = 32 if LARGE else 8
START = int(os.environ.get("CLAUDE_MESSAGES_SOAK_START", "20261201"))
MAX_RETRIES = 2
IDLE = 1.0  # seconds: the idle limit of every call (it also caps each read's wait)
STALL = 3.0  # seconds a stalling server waits (far past IDLE, bounded)
WAVE_DEADLINE = 120.0 if LARGE else 30.0
KEY = "sk-ant-soak-0123456789"

# Faults before any output: the client retries them.
BEFORE = ("529", "429", "drop-before-headers", "html-502")
# Endings of the attempt that got through: one success, four failures inside the body.
ENDINGS = ("ok", "ok", "ok", "drop-mid-body", "stall", "error-event", "truncated")

FINAL_ERROR: dict[str, type[ClaudeMessagesError]] = {
    "529": OverloadedError,
    "429": RateLimitError,
    "drop-before-headers": APIConnectionError,
    "html-502": InternalServerError,
    "drop-mid-body": APIConnectionError,
    "stall": APITimeoutError,
    "error-event": OverloadedError,
    "truncated": IncompleteStreamError,
}


@dataclass
class Plan:
    """What the server does on each attempt of one call, and what the caller must see."""

    call_id: str
    attempts: list[str]  # one fault or ending per attempt the server will see
    words: int

    @property
    def text(self) -> str:
        return " ".join(f"{self.call_id}-w{i}" for i in range(self.words))

    @property
    def expected(self) -> str | type[ClaudeMessagesError]:
        last = self.attempts[-1]
        return self.text if last == "ok" else FINAL_ERROR[last]


def make_plan(rng: random.Random, call_id: str) -> Plan:
    before = [rng.choice(BEFORE) for _ in range(rng.choice((0, 0, 1, 1, 2, 3)))]
    if len(before) > MAX_RETRIES:  # the retries run out: the last fault is the outcome
        attempts = before[: MAX_RETRIES + 1]
    else:
        attempts = [*before, rng.choice(ENDINGS)]
    return Plan(call_id, attempts, rng.randint(3, 12))


class PlannedServer:
    """Answers each attempt of a call as its plan says; counts attempts per call."""

    def __init__(self) -> None:
        self.plans: dict[str, Plan] = {}
        self.seen: dict[str, int] = {}
        self.lock = threading.Lock()
        self.server = Server(self.handle, keep_requests=False)

    def handle(self, conn: Conn, request: Request) -> bool:
        body = request.json()
        assert isinstance(body, dict)
        call_id = body["messages"][0]["content"]
        with self.lock:
            attempt = self.seen.get(call_id, 0)
            self.seen[call_id] = attempt + 1
            plan = self.plans[call_id]
        what = plan.attempts[attempt]
        if what in ("529", "429"):
            status = "529 Overloaded" if what == "529" else "429 Too Many Requests"
            kind = "overloaded_error" if what == "529" else "rate_limit_error"
            error = {"type": "error", "error": {"type": kind, "message": "soak"}}
            return conn.send(json_answer(error, status, {"retry-after-ms": "20"}))
        if what == "drop-before-headers":
            return False
        if what == "html-502":
            page = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
            return conn.send(
                b"HTTP/1.1 502 Bad Gateway\r\ncontent-type: text/html\r\n"
                b"retry-after-ms: 20\r\ncontent-length: %d\r\n\r\n" % len(page) + page
            )
        events = sse_message(plan.text, msg_id=f"msg_{call_id}")
        conn.send(SSE_HEAD)
        if what == "ok":
            for event in events:
                conn.chunk(event)
            return conn.end_chunks()
        for event in events[:4]:  # some output first: from here on, no retry
            conn.chunk(event)
        if what == "drop-mid-body":
            conn.reset()
            return False
        if what == "stall":
            conn.wait_for_close(STALL)
            return False
        if what == "error-event":
            error = {"type": "error", "error": {"type": "overloaded_error", "message": "soak"}}
            conn.chunk(sse_event(error))
            return conn.end_chunks()
        assert what == "truncated"
        return conn.end_chunks()


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def pool_state(client: Client | AsyncClient) -> tuple[int, int]:
    """(connections, connections in use) of the client's own pool."""
    transport = client._pool._transport
    if transport is None:
        return 0, 0
    connections = transport.connections  # type: ignore[attr-defined]
    return len(connections), sum(not c.is_idle() for c in connections)


def params_of(plan: Plan) -> dict[str, Any]:
    return {
        "max_tokens": 50,
        "model": "claude-test",
        "messages": [{"role": "user", "content": plan.call_id}],
        "idle_timeout": IDLE,
    }


def text_of(events: list[Any]) -> str:
    pieces = [e.delta.text for e in events if e.type_ == "content_block_delta"]
    return "".join(pieces).rstrip(" ")


def check(plan: Plan, outcome: object) -> None:
    expected = plan.expected
    if isinstance(expected, str):
        assert outcome == expected, (plan, outcome)
        return
    assert isinstance(outcome, ClaudeMessagesError), (plan, outcome)
    assert type(outcome) is expected, (plan, outcome)


@pytest.fixture
def planned() -> Iterator[PlannedServer]:
    server = PlannedServer()
    yield server
    server.server.close()
    assert not server.server.errors, server.server.errors


def run_waves(planned: PlannedServer, run_wave: Callable[[list[Plan]], list[object]]) -> None:
    rng = random.Random(START)
    sizes: list[int] = []
    for wave in range(WAVES):
        plans = [make_plan(rng, f"w{wave}c{i}") for i in range(CALLS)]
        with planned.lock:
            planned.plans.update({p.call_id: p for p in plans})
        outcomes = run_wave(plans)
        assert len(outcomes) == len(plans)
        with planned.lock:
            for plan, outcome in zip(plans, outcomes, strict=True):
                check(plan, outcome)
                # Exactly the attempts the plan allows: no retry after output began.
                assert planned.seen.pop(plan.call_id) == len(plan.attempts), plan
                del planned.plans[plan.call_id]
        del outcomes, plans
        gc.collect()
        sizes.append(tracemalloc.get_traced_memory()[0])
    # The first wave warms caches and pools; after it, memory stays flat.
    growth = max(sizes[1:]) - sizes[1]
    assert growth < 512 * 1024, sizes


def test_soak_threads_on_one_client(planned: PlannedServer) -> None:
    fds = open_fds()
    # backoff, scaled down
    policy = RetryPolicy(MAX_RETRIES, sleep=lambda seconds: time.sleep(seconds / 10))
    client = Client(api_key=KEY, base_url=planned.server.url, retry_policy=policy)

    def call(plan: Plan) -> object:
        try:
            params = params_of(plan)
            if plan.words % 2:
                with client.messages.stream(**params) as stream:
                    return "".join(stream.text_stream).rstrip(" ")
            return text_of(list(client.messages.create(**params, stream=True)))
        except Exception as exc:
            return exc

    def wave(plans: list[Plan]) -> list[object]:
        pool = concurrent.futures.ThreadPoolExecutor(THREADS)
        futures = [pool.submit(call, plan) for plan in plans]
        _, pending = concurrent.futures.wait(futures, timeout=WAVE_DEADLINE)
        pool.shutdown(wait=not pending, cancel_futures=True)
        assert not pending, f"{len(pending)} calls hung"
        return [future.result() for future in futures]

    tracemalloc.start()
    try:
        run_waves(planned, wave)
    finally:
        tracemalloc.stop()
    assert pool_state(client)[1] == 0  # no connection left in use
    client.close()
    assert planned.server.wait_until(lambda s: s.open_connections == 0)
    assert open_fds() <= fds


def test_soak_tasks_on_one_async_client(planned: PlannedServer) -> None:
    fds = open_fds()
    loop = asyncio.new_event_loop()

    async def scaled_sleep(seconds: float) -> None:
        await asyncio.sleep(seconds / 10)  # backoff, scaled down

    client = AsyncClient(
        api_key=KEY,
        base_url=planned.server.url,
        retry_policy=RetryPolicy(MAX_RETRIES, sleep=scaled_sleep),
    )

    async def call(plan: Plan) -> object:
        try:
            params = params_of(plan)
            if plan.words % 2:
                async with client.messages.stream(**params) as stream:
                    return "".join([text async for text in stream.text_stream]).rstrip(" ")
            events = await client.messages.create(**params, stream=True)
            return text_of([event async for event in events])
        except Exception as exc:
            return exc

    async def gather(plans: list[Plan]) -> list[object]:
        calls = asyncio.gather(*(call(plan) for plan in plans))
        outcomes = await asyncio.wait_for(calls, WAVE_DEADLINE)  # no hang
        await asyncio.sleep(0)  # let the closing of abandoned streams run
        return outcomes

    def wave(plans: list[Plan]) -> list[object]:
        return loop.run_until_complete(gather(plans))

    tracemalloc.start()
    try:
        run_waves(planned, wave)
        assert pool_state(client)[1] == 0  # no connection left in use
        loop.run_until_complete(client.aclose())
    finally:
        tracemalloc.stop()
        # As asyncio.run ends a loop: the transports' closing callbacks run first.
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.run_until_complete(asyncio.sleep(0))
        loop.close()
    assert planned.server.wait_until(lambda s: s.open_connections == 0)
    assert open_fds() <= fds


def test_plans_cover_every_fault() -> None:
    # The starting value gives a run that exercises each fault and each ending.
    rng = random.Random(START)
    seen = {step for i in range(CALLS * WAVES) for step in make_plan(rng, str(i)).attempts}
    assert seen == set(BEFORE) | set(ENDINGS)
    assert json.dumps(sorted(seen))  # plain data, printable in a failure
