"""Suite 1: in-process SSE. Both clients read the same bytes from a mock transport.

No sockets: the cost measured is the client's own (request building, SSE decoding, typed
events, accumulation) plus its HTTP library's response plumbing. Streams and chunkings
come from ``bench.streams``; every path is checked against the stream's known content
before it is timed.

Every stream kind (text, tool_use, thinking) is read in three chunkings: one chunk per
event, 1-4 KiB (what a socket read returns) and 7 bytes (every line, JSON value and UTF-8
sequence cut apart). Where claude-messages decodes with orjson, each row also times it
with the standard library's JSON only (``ours_stdlib``), in the same round robin.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from . import peers, streams
from .rows import run_jobs, throughput_row, value_row
from .timing import Settings, compare

__all__ = ["run"]

SUITE = "sse"
# Time taken as a multiple of the floor's, at most: typed raw events, and stream().
RAW_FLOOR_TARGET = 1.5
STREAM_FLOOR_TARGET = 1.3


def _expect(count: int) -> Callable[[Any], None]:
    def check(result: Any) -> None:
        if result != count:
            raise AssertionError(f"counted {result} events, expected {count}")

    return check


def _stdlib_variant(
    fns: dict[str, Callable[[], Any]], checks: dict[str, Callable[[Any], None]], suffix: str = ""
) -> None:
    """Add ``ours_stdlib``: claude-messages with orjson turned off (when it is in use)."""
    switch = peers.ours_json_switch()
    if switch is None:
        return
    ours = fns["ours" + suffix]

    def run() -> Any:
        switch(False)
        try:
            return ours()
        finally:
            switch(True)

    fns["ours_stdlib" + suffix] = run
    checks["ours_stdlib" + suffix] = checks["ours" + suffix]


def _checker(check: Callable[[Any, Any], None], expected: Any) -> Callable[[Any], None]:
    """``check(result, expected)`` as a one-argument check."""
    return lambda result: check(result, expected)


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
        name: partial(impl.raw_events, case) for name, impl in impls.items()
    }
    fns["floor"] = lambda: peers.floor_events(chunks)
    fns["httpx_sse"] = peers.httpx_sse_events(ref)
    checks = {name: _expect(case.events) for name in fns}
    _stdlib_variant(fns, checks)
    samples = compare(fns, checks, settings)
    return throughput_row(
        suite=SUITE,
        id=row_id,
        title=title,
        count=case.events,
        unit="events/s",
        samples=samples,
        target=(">=", 3.0) if case.name.startswith("text") else None,
        floor_target=RAW_FLOOR_TARGET,
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
        name: partial(impl.stream_text, case) for name, impl in impls.items()
    }
    checks: dict[str, Callable[[Any], None]] = {
        name: _checker(impl.check_stream_text, case) for name, impl in impls.items()
    }
    fns["floor"] = lambda: peers.floor_events(chunks)
    checks["floor"] = _expect(case.events)
    _stdlib_variant(fns, checks)
    samples = compare(fns, checks, settings)
    return throughput_row(
        suite=SUITE,
        id=row_id,
        title=title,
        count=case.events,
        unit="events/s",
        samples=samples,
        target=(">=", 10.0),
        floor_target=STREAM_FLOOR_TARGET,
        note=f"{case.events} events, {len(chunks)} chunks",
    )


def _final_fns(
    impls: dict[str, peers.Impl], case: streams.StreamCase, chunks: list[bytes], suffix: str = ""
) -> tuple[dict[str, Callable[[], Any]], dict[str, Callable[[Any], None]]]:
    """``stream()`` + ``get_final_message()`` per client, and the floor, on ``chunks``."""

    def final(impl: peers.Impl) -> Any:
        impl.feed.set(chunks)  # a list swap: lets two cases share one round robin
        return impl.stream_final(case)

    fns: dict[str, Callable[[], Any]] = {
        name + suffix: partial(final, impl) for name, impl in impls.items()
    }
    checks: dict[str, Callable[[Any], None]] = {
        name + suffix: _checker(impl.check_message, case.message) for name, impl in impls.items()
    }
    fns["floor" + suffix] = lambda: peers.floor_events(chunks)
    checks["floor" + suffix] = _expect(case.events)
    _stdlib_variant(fns, checks, suffix)
    return fns, checks


def _final_row(
    impls: dict[str, peers.Impl],
    case: streams.StreamCase,
    chunks: list[bytes],
    row_id: str,
    title: str,
    settings: Settings,
) -> dict[str, Any]:
    fns, checks = _final_fns(impls, case, chunks)
    return throughput_row(
        suite=SUITE,
        id=row_id,
        title=title,
        count=case.events,
        unit="events/s",
        samples=compare(fns, checks, settings),
        target=None,
        floor_target=STREAM_FLOOR_TARGET,
        note=f"{case.deltas} deltas, {len(case.body)} bytes in {len(chunks)} chunks",
    )


def _tool_rows(
    impls: dict[str, peers.Impl],
    small: streams.StreamCase,
    large: streams.StreamCase,
    settings: Settings,
) -> list[dict[str, Any]]:
    # Both sizes in one round robin, so that a change in machine load between them cannot
    # pass for (or hide) a non-linear cost.
    fns, checks = _final_fns(impls, small, streams.chunk_kib(small.body), "@small")
    more_fns, more_checks = _final_fns(impls, large, streams.chunk_kib(large.body), "@large")
    samples = compare({**fns, **more_fns}, {**checks, **more_checks}, settings)
    rows = []
    for case, suffix, target in ((small, "@small", None), (large, "@large", (">=", 50.0))):
        mine = {k[: -len(suffix)]: v for k, v in samples.items() if k.endswith(suffix)}
        rows.append(
            throughput_row(
                suite=SUITE,
                id=f"tool_use_{case.deltas // 1000}k",
                title=f"tool_use, {case.deltas - 1:,} input_json deltas "
                "(`stream()` + final message)",
                count=case.events,
                unit="events/s",
                samples=mine,
                target=target,
                floor_target=STREAM_FLOOR_TARGET,
                note=f"{case.deltas} deltas, {len(case.body)} bytes, 1-4 KiB chunks",
            )
        )
    per = {
        name: rows[1]["values"][name]["us_per_item"] / rows[0]["values"][name]["us_per_item"]
        for name in ("ours", "sdk", "floor")
    }
    rows.append(
        value_row(
            suite=SUITE,
            id="tool_use_linearity",
            title="tool_use linearity: per-event cost at 10k / at 1k",
            unit="x",
            values=per,
            ratio=per["ours"],
            target=("<=", 1.3),
            note="ratio: claude-messages alone; the SDK's and the floor's own growth: "
            f"{per['sdk']:.2f}x, {per['floor']:.2f}x",
        )
    )
    return rows


def run(
    settings: Settings, log: Callable[[str], None], quick: bool = False
) -> list[dict[str, Any]]:
    """The suite's rows; ``quick`` leaves out the tool_use and thinking chunking matrix."""
    impls = {name: peers.make_impl(name) for name in ("ours", "sdk")}
    text = streams.text_stream(2000)
    thinking = streams.thinking_stream()
    tool = streams.tool_use_stream(1000)
    kib, tiny, per_event = streams.chunk_kib, streams.chunk_fixed, streams.chunk_events

    def raw(
        case: streams.StreamCase, chunks: list[bytes]
    ) -> Callable[[str, str], list[dict[str, Any]]]:
        return lambda i, t: [_raw_row(impls, case, chunks, i, t, settings)]

    def text_rows(chunks: list[bytes]) -> Callable[[str, str], list[dict[str, Any]]]:
        return lambda i, t: [_text_row(impls, text, chunks, i, t, settings)]

    def final(
        case: streams.StreamCase, chunks: list[bytes]
    ) -> Callable[[str, str], list[dict[str, Any]]]:
        return lambda i, t: [_final_row(impls, case, chunks, i, t, settings)]

    def tools(i: str, t: str) -> list[dict[str, Any]]:
        return _tool_rows(impls, tool, streams.tool_use_stream(10_000), settings)

    raw_title = "typed raw events, `create(stream=True)`"
    jobs: list[tuple[str, str, Callable[[str, str], list[dict[str, Any]]]]] = [
        ("raw_events_kib", f"{raw_title}, 1-4 KiB chunks", raw(text, kib(text.body))),
        ("raw_events_7b", f"{raw_title}, 7-byte chunks", raw(text, tiny(text.body))),
        ("raw_events_event", f"{raw_title}, one chunk per event", raw(text, per_event(text.body))),
        (
            "stream_text_kib",
            "`stream()` text_stream + final message, 1-4 KiB chunks",
            text_rows(kib(text.body)),
        ),
        (
            "stream_text_7b",
            "`stream()` text_stream + final message, 7-byte chunks",
            text_rows(tiny(text.body)),
        ),
        (
            "stream_text_event",
            "`stream()` text_stream + final message, one chunk per event",
            text_rows(per_event(text.body)),
        ),
        ("tool_use_1k", "tool_use, 1,000 and 10,000 input_json deltas, linearity", tools),
        (
            "thinking_kib",
            "thinking + signature, then text (`stream()` + final message)",
            final(thinking, kib(thinking.body)),
        ),
    ]
    # The other stream kinds in the other chunkings, raw and through stream() (full runs).
    matrix = () if quick else ((tool, "tool_use, 1,000 input_json deltas"), (thinking, "thinking"))
    for case, label in matrix:
        short = "tool_use" if case is tool else "thinking"
        for chunking, cut in (("kib", kib), ("7b", tiny), ("event", per_event)):
            where = {
                "kib": "1-4 KiB chunks",
                "7b": "7-byte chunks",
                "event": "one chunk per event",
            }[chunking]
            jobs.append(
                (
                    f"raw_{short}_{chunking}",
                    f"{raw_title}, {label}, {where}",
                    raw(case, cut(case.body)),
                )
            )
            if chunking != "kib":  # stream() at 1-4 KiB: the rows above
                jobs.append(
                    (
                        f"{short}_{chunking}",
                        f"{label} (`stream()` + final message), {where}",
                        final(case, cut(case.body)),
                    )
                )
    return run_jobs(
        SUITE,
        [(r, t, partial(job, r, t)) for r, t, job in jobs],
        log,
    )
