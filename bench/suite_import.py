"""Suite 3: import wall time and memory, each in a fresh interpreter.

Wall time: ``python -c pass`` (the bare interpreter), ``python -c "import X"`` and
``python -c "<import X and make a client>"``, interleaved over many runs; the cost of a
library is its median minus the bare interpreter's median. Memory: VmRSS from
``/proc/self/status`` before the import, after it and after making a client, read inside
the child itself; the cost is the growth over the interpreter's own RSS.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from typing import Any

from . import peers
from .rows import cost_row, error_row, selected

__all__ = ["run"]

SUITE = "import"

_RSS = """
def rss():
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('VmRSS:'):
                return int(line.split()[1])
r0 = rss()
{imp}
r1 = rss()
{client}
r2 = rss()
print(r0, r1, r2)
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    for name in ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONPROFILEIMPORTTIME", "PYTHONTRACEMALLOC"):
        env.pop(name, None)
    return env


def _run(code: str, env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
    ).stdout
    return time.perf_counter() - start, out


def _rows(impls: dict[str, peers.Impl], runs: int, warm: bool) -> list[dict[str, Any]]:
    env = _env()
    # "name:client" programs import, make a client and print their RSS at each step, so
    # the same runs give the wall time of import + client and the memory figures.
    programs = {"bare": "pass"}
    for name, impl in impls.items():
        programs[f"{name}:import"] = impl.import_stmt
        programs[f"{name}:client"] = _RSS.format(imp=impl.import_stmt, client=impl.client_stmt)
    if warm:
        for code in programs.values():  # bytecode caches written, files in the page cache
            _run(code, env)
    times: dict[str, list[float]] = {key: [] for key in programs}
    rss: dict[str, list[tuple[int, int, int]]] = {name: [] for name in impls}
    keys = list(programs)
    for r in range(runs):
        for key in keys[r % len(keys) :] + keys[: r % len(keys)]:
            seconds, out = _run(programs[key], env)
            times[key].append(seconds)
            if key.endswith(":client"):
                r0, r1, r2 = (int(x) for x in out.split())
                rss[key.split(":")[0]].append((r0, r1, r2))
    bare = statistics.median(times["bare"])
    note = f"{runs} runs each; bare interpreter {1e3 * bare:.1f} ms"
    rows = []
    for kind, title, target in (
        ("import", "`import` wall time over a bare interpreter", ("<=", 0.12)),
        ("client", "`import` + make a client, wall time over a bare interpreter", None),
    ):
        samples = {name: [1e3 * (t - bare) for t in times[f"{name}:{kind}"]] for name in impls}
        rows.append(
            cost_row(
                suite=SUITE,
                id=f"{kind}_wall",
                title=title,
                unit="ms",
                samples=samples,
                target=target,
                note=note,
                extra={"bare_ms": 1e3 * bare},
            )
        )
    abs_mib = {
        name: [round(statistics.median(v[i] for v in vals) / 1024, 1) for i in range(3)]
        for name, vals in rss.items()
    }
    extra = {"absolute_mib": abs_mib}  # [bare, after import, after client]
    mib = f"absolute MiB (bare, import, client): {abs_mib}"
    for step, row_id, title, target in (
        (1, "import_rss", "RSS after `import`, over a bare interpreter", ("<=", 0.5)),
        (2, "client_rss", "RSS after `import` + make a client, over a bare interpreter", None),
    ):
        samples = {name: [(v[step] - v[0]) / 1024 for v in vals] for name, vals in rss.items()}
        rows.append(
            cost_row(
                suite=SUITE,
                id=row_id,
                title=title,
                unit="MiB",
                samples=samples,
                target=target,
                note=mib,
                extra=extra,
            )
        )
    return rows


def run(quick: bool, log: Callable[[str], None]) -> list[dict[str, Any]]:
    impls = {name: peers.make_impl(name) for name in ("ours", "sdk")}
    rows: list[dict[str, Any]] = []
    if not selected("import_wall"):
        return rows
    log(f"  {SUITE}: import_wall, import_rss")
    try:
        rows.extend(_rows(impls, runs=3 if quick else 30, warm=not quick))
    except Exception as exc:
        log(traceback.format_exc())
        rows.append(
            error_row(
                suite=SUITE,
                id="import_wall",
                title="import wall time and RSS",
                error=repr(exc)[:500],
            )
        )
    return rows
