"""``python -m bench [--quick] [--suite NAME ...] [--only ID ...] [--out DIR]``: run, check,
time, report.

Run it through ``scripts/bench``, which prepares the peers' environment first. Exits 1 if
any path failed its correctness check (a missed speed target is reported, not an error).
After the tables, the chart of the run goes to latest.svg (``bench.chart``); without
matplotlib it is left out with a one-line message and the run still succeeds.
``--chart-from FILE`` draws the chart of an earlier run's latest.json and runs nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
import warnings
from pathlib import Path
from typing import Any

from . import (
    chart,
    report,
    suite_batches,
    suite_http,
    suite_import,
    suite_sse,
    suite_transports,
)
from .rows import error_row, select
from .timing import Settings

SUITES = ("sse", "http", "import", "batches", "transports")


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/bench", description=__doc__)
    parser.add_argument(
        "--quick",
        action="store_true",
        help="fewer rounds and requests: a smoke run in under a minute",
    )
    parser.add_argument(
        "--suite",
        action="append",
        choices=SUITES,
        help="run only this suite (repeatable); default: all",
    )
    parser.add_argument(
        "--only",
        action="append",
        metavar="ID",
        default=[],
        help="run only the rows whose id starts with ID (repeatable), e.g. async_fresh",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=report.ROOT / "bench-results",
        help="where latest.json, latest.md and latest.svg go (default: bench-results/)",
    )
    parser.add_argument(
        "--chart-from",
        type=Path,
        metavar="FILE",
        help="draw latest.svg in --out from this results file (a latest.json); run nothing",
    )
    args = parser.parse_args(argv)
    if args.chart_from is not None:
        results = json.loads(args.chart_from.read_text())
        return 0 if _chart(results, args.out) else 1
    # The SDK warns about some models and parameters; the bench is not the place for that.
    warnings.simplefilter("ignore")

    settings = (
        Settings(rounds=3, min_time=0.005, budget=0.5)
        if args.quick
        else Settings(rounds=9, min_time=0.05, budget=25.0)
    )
    chosen = args.suite or list(SUITES)
    select(args.only)
    rows: list[dict[str, Any]] = []
    started = time.perf_counter()
    machine = report.machine()  # its load average is the one at the start
    timings: dict[str, float] = {}
    for name in SUITES:
        if name not in chosen:
            continue
        _log(f"bench: suite {name}")
        t0 = time.perf_counter()
        try:
            if name == "sse":
                rows += suite_sse.run(settings, _log, quick=args.quick)
            elif name == "http":
                rows += suite_http.run(args.quick, _log)
            elif name == "batches":
                rows += suite_batches.run(args.quick, _log)
            elif name == "transports":
                rows += suite_transports.run(args.quick, _log)
            else:
                rows += suite_import.run(args.quick, _log)
        except Exception as exc:  # one broken suite must not lose the others' results
            _log(traceback.format_exc())
            rows.append(error_row(suite=name, id=name, title=f"suite {name}", error=repr(exc)))
        timings[name] = round(time.perf_counter() - t0, 1)
    results = {
        "quick": args.quick,
        "command": report.command_line(),
        "suites": chosen,
        "seconds": {"total": round(time.perf_counter() - started, 1), **timings},
        "machine": machine,
        "rows": rows,
    }
    machine["loadavg_end"] = report.loadavg()
    if not rows:
        _log(f"bench: --only {' '.join(args.only)} matched no row of {', '.join(chosen)}")
        return 2
    json_path, md_path = report.write(results, args.out)
    print(report.markdown(results))
    _log(f"bench: wrote {json_path} and {md_path} in {results['seconds']['total']} s")
    _chart(results, args.out)
    errors = [row["id"] for row in rows if row["status"] == "error"]
    if errors:
        _log(f"bench: failed checks: {', '.join(errors)}")
        return 1
    return 0


def _chart(results: dict[str, Any], out: Path) -> bool:
    """Draw out/latest.svg; a chart that cannot be drawn is one line on stderr, not an
    error of the run (the tables are the result). An older latest.svg never stays."""
    path = out / "latest.svg"
    path.unlink(missing_ok=True)
    try:
        chart.draw(results, path)
    except chart.ChartUnavailable as exc:
        _log(f"bench: no chart: {exc}")
        return False
    except Exception as exc:  # a drawing bug must not lose the run's tables
        _log(f"bench: no chart: drawing it failed: {exc!r}")
        return False
    _log(f"bench: wrote {path}")
    return True


if __name__ == "__main__":
    sys.exit(main())
