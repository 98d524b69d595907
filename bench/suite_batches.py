"""Suite 4: reading a Message Batch's results file: 100,000 results, JSON Lines.

The local emulator (``python -m claude_messages.testing``) runs in its own process and
serves a synthetic ended batch: each line a succeeded result with a short Message, about
510 bytes, 51 MB for 100,000 lines. Each client reads the whole file through its own
``client.messages.batches.results(batch_id)`` (the SDK first retrieves the batch for its
``results_url``, as it always does), counting the typed results.

Every read runs in a fresh child process (``python -m bench.suite_batches --child ...``),
clients interleaved round by round, so that one client's garbage and imports never weigh
on the other's figures. The child warms up on a 50-result batch (imports, connection),
then reports wall time, its own CPU time, its peak RSS and how much the read grew it.
Checked in every read: the count, the first and last ``custom_id`` and a message's text.
Our reader must also stay under 50 MB of growth, else the row is an error.

Run alone: ``.bench-venv/bin/python -m bench.suite_batches [--quick]``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import traceback
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .rows import cost_row, error_row, selected, throughput_row
from .timing import summarize

__all__ = ["run"]

SUITE = "batches"
ROOT = Path(__file__).resolve().parent.parent
API_KEY = "bench-key-not-a-secret"
RSS_LIMIT_MB = 50.0
WARMUP = 50


class Emulator:
    """The emulator in a child process; ``base_url`` once it listens."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "claude_messages.testing", "--port", "0", "--no-validate"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        if not line.startswith("http://127.0.0.1:"):
            self.close()
            raise RuntimeError(f"emulator did not start: {line!r}")
        self.base_url = line

    def synthetic_batch(self, count: int) -> str:
        request = urllib.request.Request(
            f"{self.base_url}/_emulator/batches/synthetic",
            data=json.dumps({"count": count}).encode(),
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=30) as answer:
            return str(json.loads(answer.read())["id"])

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


# --- the child: one read by one client --------------------------------------------------


def _reader(name: str, base_url: str) -> Callable[[str], tuple[int, str, str, str]]:
    """A function reading a batch's results: (count, first id, last id, a message text)."""
    if name == "ours":
        import claude_messages

        client: Any = claude_messages.Client(api_key=API_KEY, base_url=base_url)
    else:
        import anthropic

        client = anthropic.Anthropic(api_key=API_KEY, base_url=base_url)

    def read(batch_id: str) -> tuple[int, str, str, str]:
        count, first, last, text = 0, "", "", ""
        for item in client.messages.batches.results(batch_id):
            if not count:
                first = item.custom_id
                text = item.result.message.content[0].text
            last = item.custom_id
            count += 1
        return count, first, last, text

    return read


def _peak_kib() -> int:
    """This process's peak RSS in KiB (VmHWM). Not ru_maxrss: Linux carries that over an
    exec, so a child started by a large parent would report the parent's peak."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


def _child(name: str, base_url: str, warmup_id: str, batch_id: str, expected: int) -> None:
    read = _reader(name, base_url)
    read(warmup_id)
    peak_before = _peak_kib()
    c0, w0 = time.process_time(), time.perf_counter()
    count, first, last, text = read(batch_id)
    seconds, cpu = time.perf_counter() - w0, time.process_time() - c0
    peak_after = _peak_kib()
    growth_mb = (peak_after - peak_before) / 1024
    ok = (
        count == expected
        and first == "req-0000000"
        and last == f"req-{expected - 1:07d}"
        and text.startswith("You said: Summarise the request numbered 0000000")
    )
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu": cpu,
                "rss_mb": growth_mb,
                "peak_mb": peak_after / 1024,
                "ok": ok,
                "count": count,
                "first": first,
                "last": last,
            }
        )
    )


def _measure(name: str, base_url: str, warmup_id: str, batch_id: str, count: int) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONTRACEMALLOC")}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.suite_batches",
            "--child",
            name,
            base_url,
            warmup_id,
            batch_id,
            str(count),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{name}: child failed:\n{proc.stderr[-2000:]}")
    figures: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    if not figures["ok"]:
        raise AssertionError(f"{name}: wrong results: {figures}")
    return figures


# --- the suite ------------------------------------------------------------------------------


def run(quick: bool, log: Callable[[str], None]) -> list[dict[str, Any]]:
    if not selected("batch_results_rate"):
        return []
    count, rounds = (20_000, 1) if quick else (100_000, 3)
    names = ["ours", "sdk"]
    title = f"batch `results()`: {count:,} results read"
    try:
        server = Emulator()
    except Exception as exc:
        log(traceback.format_exc())
        return [error_row(suite=SUITE, id="batch_results_rate", title=title, error=repr(exc))]
    try:
        warmup_id, batch_id = server.synthetic_batch(WARMUP), server.synthetic_batch(count)
        seconds: dict[str, list[float]] = {n: [] for n in names}
        cpu: dict[str, list[float]] = {n: [] for n in names}
        rss: dict[str, list[float]] = {n: [] for n in names}
        peak: dict[str, list[float]] = {n: [] for n in names}
        for r in range(rounds):
            for name in names[r % 2 :] + names[: r % 2]:
                log(f"  {SUITE}: round {r + 1}/{rounds}, {name}")
                figures = _measure(name, server.base_url, warmup_id, batch_id, count)
                seconds[name].append(figures["seconds"])
                cpu[name].append(1e6 * figures["cpu"] / count)
                rss[name].append(figures["rss_mb"])
                peak[name].append(figures["peak_mb"])
        worst = max(rss["ours"])
        if worst >= RSS_LIMIT_MB:
            raise AssertionError(f"ours: RSS grew {worst:.1f} MB reading {count} results")
    except Exception as exc:
        log(traceback.format_exc())
        return [error_row(suite=SUITE, id="batch_results_rate", title=title, error=repr(exc)[:500])]
    finally:
        server.close()
    note = f"{count:,} lines, emulator in its own process, a fresh child per read, {rounds} rounds"
    return [
        throughput_row(
            suite=SUITE,
            id="batch_results_rate",
            title=f"{title}: results/s",
            count=count,
            unit="results/s",
            samples=seconds,
            target=(">=", 1.0),
            note=note,
        ),
        cost_row(
            suite=SUITE,
            id="batch_results_cpu",
            title=f"{title}: client CPU per result",
            unit="µs CPU/result",
            samples=cpu,
            target=None,
            note=note,
        ),
        cost_row(
            suite=SUITE,
            id="batch_results_rss",
            title=f"{title}: peak RSS of the reading process",
            unit="MB",
            samples=peak,
            target=None,
            note=(
                f"growth over the read (after warm-up): ours {max(rss['ours']):.1f} MB "
                f"(must stay under {RSS_LIMIT_MB:g}, checked), anthropic "
                f"{max(rss['sdk']):.1f} MB; {note}"
            ),
            extra={"rss_growth_mb": {n: summarize(v) for n, v in rss.items()}},
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.suite_batches")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--child", nargs=5, metavar=("IMPL", "URL", "WARMUP", "BATCH", "N"))
    args = parser.parse_args(argv)
    if args.child:
        name, url, warmup_id, batch_id, expected = args.child
        _child(name, url, warmup_id, batch_id, int(expected))
        return 0
    rows = run(args.quick, lambda message: print(message, file=sys.stderr, flush=True))
    print(json.dumps(rows, indent=1))
    return 1 if any(row["status"] == "error" for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
