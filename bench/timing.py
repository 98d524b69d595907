"""Interleaved timing: every implementation is checked, calibrated, then timed in turns.

``compare`` runs each implementation once and checks its result (a wrong answer is never
timed), picks a repeat count so that one sample lasts at least ``min_time``, then takes
samples round by round, A B A B ..., rotating the order each round so that neither side
always runs first (after the other's garbage, on a warmer cache). Paths that are slow for
one side (seconds per call) get fewer rounds for that side, within ``budget`` seconds, and
their checked first call counts as a sample: warm-up is noise at that scale.

The default clock is this process's CPU time: the in-process paths are single-threaded
and never wait, so CPU time equals their wall time on an idle machine, and unlike wall
time it does not grow when other processes share the cores.
"""

from __future__ import annotations

import gc
import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = ["Settings", "compare", "rotate", "summarize"]


@dataclass
class Settings:
    rounds: int = 7
    min_time: float = 0.05  # seconds per sample, at least
    budget: float = 20.0  # seconds per implementation and row, at most (roughly)


def rotate(names: list[str], r: int) -> list[str]:
    """The order of round ``r``: each name goes first in turn."""
    return names[r % len(names) :] + names[: r % len(names)]


def summarize(samples: list[float]) -> dict[str, Any]:
    """Median, quartiles, min and max of a list of samples (seconds or any unit)."""
    s = sorted(samples)
    if len(s) >= 4:
        q1, _, q3 = statistics.quantiles(s, n=4, method="inclusive")
    else:
        q1, q3 = s[0], s[-1]
    median = statistics.median(s)
    return {
        "median": median,
        "q1": q1,
        "q3": q3,
        "min": s[0],
        "max": s[-1],
        "n": len(s),
        "iqr_pct": 100.0 * (q3 - q1) / median if median else 0.0,
    }


def _timed(fn: Callable[[], Any], k: int, timer: Callable[[], float]) -> float:
    gc.collect()
    start = timer()
    for _ in range(k):
        fn()
    return (timer() - start) / k


def compare(
    fns: dict[str, Callable[[], Any]],
    checks: dict[str, Callable[[Any], None]],
    settings: Settings,
    *,
    timer: Callable[[], float] = time.process_time,
) -> dict[str, list[float]]:
    """Seconds per call of each function, interleaved; ``checks[name](result)`` first."""
    repeat: dict[str, int] = {}
    cap: dict[str, int] = {}
    samples: dict[str, list[float]] = {name: [] for name in fns}
    for name, fn in fns.items():
        gc.collect()
        start = timer()
        result = fn()
        first = timer() - start
        checks[name](result)
        if first >= 0.5:
            repeat[name] = 1
            samples[name].append(first)
            cap[name] = max(1, min(settings.rounds, math.floor(settings.budget / first)))
        else:
            # The first call may be cold; time a second one for calibration.
            warm = max(_timed(fn, 1, timer), 1e-9)
            repeat[name] = max(1, math.ceil(settings.min_time / warm))
            per_round = warm * repeat[name]
            cap[name] = max(3, min(settings.rounds, math.floor(settings.budget / per_round)))
    names = list(fns)
    for r in range(max(cap.values())):
        order = names[r % len(names) :] + names[: r % len(names)]
        for name in order:
            if len(samples[name]) < cap[name]:
                samples[name].append(_timed(fns[name], repeat[name], timer))
    return samples
