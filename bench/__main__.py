"""``python -m bench [--quick] [--suite NAME ...] [--out DIR]``: run, check, time, report.

Run it through ``scripts/bench``, which prepares the peers' environment first. Exits 1 if
any path failed its correctness check (a missed speed target is reported, not an error).
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
import warnings
from pathlib import Path
from typing import Any

from . import report, suite_batches, suite_http, suite_import, suite_sse
from .rows import error_row
from .timing import Settings

SUITES = ("sse", "http", "import", "batches")


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
        "--out",
        type=Path,
        default=report.ROOT / "bench-results",
        help="where latest.json and latest.md go (default: bench-results/)",
    )
    args = parser.parse_args(argv)
    # The SDK warns about some models and parameters; the bench is not the place for that.
    warnings.simplefilter("ignore")

    settings = (
        Settings(rounds=3, min_time=0.005, budget=0.5)
        if args.quick
        else Settings(rounds=9, min_time=0.05, budget=25.0)
    )
    chosen = args.suite or list(SUITES)
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
    json_path, md_path = report.write(results, args.out)
    print(report.markdown(results))
    _log(f"bench: wrote {json_path} and {md_path} in {results['seconds']['total']} s")
    errors = [row["id"] for row in rows if row["status"] == "error"]
    if errors:
        _log(f"bench: failed checks: {', '.join(errors)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
