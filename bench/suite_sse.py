"""Suite 1: in-process SSE. Both clients read the same bytes from a mock transport.

No sockets: the cost measured is the client's own (request building, SSE decoding, typed
events, accumulation) plus its HTTP library's response plumbing. Streams and chunkings
come from ``bench.streams``; every path is checked against the stream's known content
before it is timed.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from . import peers, streams
from .rows import error_row, throughput_row, value_row
from .timing import Settings, compare

__all__ = ["run"]

SUITE = "sse"


def _expect(count: int) -> Callable[[Any], None]:
    def check(result: Any) -> None:
        if result != count:
            raise AssertionError(f"counted {result} events, expected {count}")

    return check


def _raw_row(
    impls: dict[str, peers.Impl],
    case: streams.StreamCase,
    chunks: list[bytes],
    row_id: str,
    title: str,
    settings: Settings,
) -> dict[str, Any]:
    for impl in impls.values():
        impl.feed.set(chunks)
        impl.check_raw_events(case)  # content, not just the count
    ref = peers.Feed()
    ref.set(chunks)
    fns: dict[str, Callable[[], Any]] = {
        name: (lambda impl=impl: impl.raw_events(case)) for name, impl in impls.items()
    }
    fns["floor"] = lambda: peers.floor_events(chunks)
    fns["httpx_sse"] = peers.httpx_sse_events(ref)
    checks = {name: _expect(case.events) for name in fns}
    samples = compare(fns, checks, settings)
    return throughput_row(
        suite=SUITE,
        id=row_id,
        title=title,
        count=case.events,
        unit="events/s",
        samples=samples,
        target=(">=", 3.0),
        note=f"{case.events} events, {len(case.body)} bytes in {len(chunks)} chunks",
    )


def _text_row(
    impls: dict[str, peers.Impl],
    case: streams.StreamCase,
    chunks: list[bytes],
    row_id: str,
    title: str,
    settings: Settings,
) -> dict[str, Any]:
    for impl in impls.values():
        impl.feed.set(chunks)
    fns: dict[str, Callable[[], Any]] = {
        name: (lambda impl=impl: impl.stream_text(case)) for name, impl in impls.items()
    }
    checks: dict[str, Callable[[Any], None]] = {
        name: (lambda result, impl=impl: impl.check_stream_text(result, case))
        for name, impl in impls.items()
    }
    fns["floor"] = lambda: peers.floor_events(chunks)
    checks["floor"] = _expect(case.events)
    samples = compare(fns, checks, settings)
    return throughput_row(
        suite=SUITE,
        id=row_id,
        title=title,
        count=case.events,
        unit="events/s",
        samples=samples,
        target=(">=", 10.0),
        note=f"{case.events} events, {len(chunks)} chunks",
    )


def _final_row(
    impls: dict[str, peers.Impl],
    case: streams.StreamCase,
    chunks: list[bytes],
    row_id: str,
    title: str,
    target: tuple[str, float] | None,
    settings: Settings,
) -> dict[str, Any]:
    for impl in impls.values():
        impl.feed.set(chunks)
    fns: dict[str, Callable[[], Any]] = {
        name: (lambda impl=impl: impl.stream_final(case)) for name, impl in impls.items()
    }
    checks: dict[str, Callable[[Any], None]] = {
        name: (lambda result, impl=impl: impl.check_message(result, case.message))
        for name, impl in impls.items()
    }
    fns["floor"] = lambda: peers.floor_events(chunks)
    checks["floor"] = _expect(case.events)
    samples = compare(fns, checks, settings)
    return throughput_row(
        suite=SUITE,
        id=row_id,
        title=title,
        count=case.events,
        unit="events/s",
        samples=samples,
        target=target,
        note=f"{case.deltas} deltas, {len(case.body)} bytes in {len(chunks)} chunks",
    )


def run(settings: Settings, log: Callable[[str], None]) -> list[dict[str, Any]]:
    impls = {name: peers.make_impl(name) for name in ("ours", "sdk")}
    text = streams.text_stream(2000)
    tool_1k = streams.tool_use_stream(1000)
    tool_10k = streams.tool_use_stream(10_000)
    thinking = streams.thinking_stream()
    kib, tiny = streams.chunk_kib, streams.chunk_fixed

    jobs: list[tuple[str, str, Callable[[str, str], dict[str, Any]]]] = [
        (
            "raw_events_kib",
            "typed raw events, `create(stream=True)`, 1-4 KiB chunks",
            lambda i, t: _raw_row(impls, text, kib(text.body), i, t, settings),
        ),
        (
            "raw_events_7b",
            "typed raw events, `create(stream=True)`, 7-byte chunks",
            lambda i, t: _raw_row(impls, text, tiny(text.body), i, t, settings),
        ),
        (
            "stream_text_kib",
            "`stream()` text_stream + final message, 1-4 KiB chunks",
            lambda i, t: _text_row(impls, text, kib(text.body), i, t, settings),
        ),
        (
            "stream_text_7b",
            "`stream()` text_stream + final message, 7-byte chunks",
            lambda i, t: _text_row(impls, text, tiny(text.body), i, t, settings),
        ),
        (
            "tool_use_1k",
            "tool_use, 1,000 input_json deltas (`stream()` + final message)",
            lambda i, t: _final_row(impls, tool_1k, kib(tool_1k.body), i, t, None, settings),
        ),
        (
            "tool_use_10k",
            "tool_use, 10,000 input_json deltas (`stream()` + final message)",
            lambda i, t: _final_row(
                impls, tool_10k, kib(tool_10k.body), i, t, (">=", 50.0), settings
            ),
        ),
        (
            "thinking_kib",
            "thinking + signature, then text (`stream()` + final message)",
            lambda i, t: _final_row(impls, thinking, kib(thinking.body), i, t, None, settings),
        ),
    ]
    rows: list[dict[str, Any]] = []
    for row_id, title, job in jobs:
        log(f"  {SUITE}: {row_id}")
        try:
            rows.append(job(row_id, title))
        except Exception as exc:  # a failed check is reported as such, then the run goes on
            log(traceback.format_exc())
            rows.append(error_row(suite=SUITE, id=row_id, title=title, error=repr(exc)[:500]))
    rows.append(_linearity(rows))
    return rows


def _linearity(rows: list[dict[str, Any]]) -> dict[str, Any]:
    title = "tool_use linearity: per-event cost at 10k / at 1k"
    by_id = {row["id"]: row for row in rows}
    small, large = by_id.get("tool_use_1k"), by_id.get("tool_use_10k")
    if not small or not large or small["status"] == "error" or large["status"] == "error":
        return error_row(
            suite=SUITE, id="tool_use_linearity", title=title, error="needs both tool_use rows"
        )
    per = {
        name: large["values"][name]["us_per_item"] / small["values"][name]["us_per_item"]
        for name in ("ours", "sdk")
    }
    return value_row(
        suite=SUITE,
        id="tool_use_linearity",
        title=title,
        unit="x",
        values=per,
        ratio=per["ours"],
        target=("<=", 1.3),
        note="ratio column: ours alone (the SDK column shows the SDK's own growth)",
    )
