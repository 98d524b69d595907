"""Many concurrent streams on one event loop, in a process of their own (for its peak RSS).

``python -m bench.many_streams IMPL BASE_URL STREAMS [CONNECT_TIMEOUT]`` makes one async
client of ``IMPL`` (``ours`` or ``sdk``; its connect timeout in seconds, if given), opens
``STREAMS`` ``create(stream=True)`` calls at once against ``bench.server`` (its short
stream, under ``/small/``), reads every event of every stream, checks the counts, and
prints one JSON line: client CPU seconds and wall seconds for the streams, the events
read, the process's RSS before the streams and its peak RSS (both from
``/proc/self/status``, kB), so that one client's memory is never mixed with the
other's.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from typing import Any

from . import peers, streams
from .server import SMALL_DELTAS

__all__ = ["main"]


def _status_kb(field: str) -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


async def _run(
    impl: peers.Impl, base_url: str, count: int, connect_timeout: float | None
) -> dict[str, Any]:
    case = streams.text_stream(SMALL_DELTAS)
    params = peers.request_params(case)
    client = impl.async_http_client(base_url + "/small", connect_timeout)

    async def one() -> int:
        n = 0
        stream = await client.messages.create(stream=True, **params)
        async for event in stream:
            if impl._event_type(event) != "ping":
                n += 1
        return n

    try:
        if await one() != case.events:  # checked first; also opens the client's pool
            raise AssertionError(f"{impl.name}: the stream's events differ from the served ones")
        rss_before = _status_kb("VmRSS")
        c0, w0 = time.process_time(), time.perf_counter()
        counts = await asyncio.gather(*(one() for _ in range(count)))
        cpu, wall = time.process_time() - c0, time.perf_counter() - w0
    finally:
        await impl.aclose(client)
    if any(n != case.events for n in counts):
        raise AssertionError(f"{impl.name}: a stream ended early: {sorted(set(counts))}")
    return {
        "cpu": cpu,
        "wall": wall,
        "events": sum(counts),
        "rss_before_kb": rss_before,
        "peak_rss_kb": _status_kb("VmHWM"),
    }


def main() -> None:
    import warnings

    warnings.simplefilter("ignore")
    name, base_url, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    connect = float(sys.argv[4]) if len(sys.argv) > 4 else None
    result = asyncio.run(_run(peers.make_impl(name), base_url, count, connect))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
