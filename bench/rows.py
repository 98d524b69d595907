"""Result rows: measured values per implementation, the ratio, the target and its status.

A row is a plain dict (it goes straight into the JSON):

- ``values``: per implementation (``ours``, ``sdk``, ``floor``, ...), the median in the
  row's ``unit`` plus quartiles, min, max and the sample count;
- ``ratio``: ours against the SDK, in the direction the target reads (a speed-up for
  throughput rows, a fraction for cost rows);
- ``target``: ``{"op": ">=" | "<=", "value": x}`` or ``None`` (reported, no target);
- ``status``: ``met``, ``missed``, ``info`` (no target) or ``error`` (a check failed);
- with a ``floor`` among the values: ``vs_floor`` (and ``sdk_vs_floor``, ``stdlib_vs_floor``),
  the time taken as a multiple of the floor's, and ``floor_status`` against ``floor_target``.
  Where every round measured both (the suites interleave them), it is the median of the
  rounds' own ratios: the two ran back to back, so the machine's speed drifting between
  rounds (a shared machine's does, by a fifth and more) cancels out of each ratio.
"""

from __future__ import annotations

import statistics
import time
import traceback
from collections.abc import Callable, Sequence
from typing import Any

from .timing import summarize

__all__ = [
    "cost_row",
    "error_row",
    "run_jobs",
    "select",
    "selected",
    "status_of",
    "throughput_row",
    "value_row",
]

# Row ids (prefixes) to run; empty: every row (``scripts/bench --only``).
_only: tuple[str, ...] = ()


def select(prefixes: Sequence[str]) -> None:
    """Run only the jobs whose row id starts with one of ``prefixes`` (none: all)."""
    global _only
    _only = tuple(prefixes)


def selected(row_id: str) -> bool:
    return not _only or row_id.startswith(_only)


def _ratio(num: float, den: float) -> float | None:
    # None when the SDK's figure is 0 (e.g. no memory growth measured): no ratio to judge.
    return num / den if den else None


def status_of(ratio: float | None, target: tuple[str, float] | None) -> str:
    if target is None or ratio is None:
        return "info"
    op, value = target
    ok = ratio >= value if op == ">=" else ratio <= value
    return "met" if ok else "missed"


def _target(target: tuple[str, float] | None) -> dict[str, Any] | None:
    return None if target is None else {"op": target[0], "value": target[1]}


def throughput_row(
    *,
    suite: str,
    id: str,
    title: str,
    count: int,
    unit: str,
    samples: dict[str, list[float]],
    target: tuple[str, float] | None,
    note: str = "",
    floor_target: float | None = None,
) -> dict[str, Any]:
    """``samples`` are seconds per call of ``count`` items; values are items per second.

    ``floor_target``: the most time claude-messages may take as a multiple of the floor's
    (``floor_status`` says whether it did, with and without orjson where both ran).
    """
    values = {name: summarize([count / s for s in secs]) for name, secs in samples.items()}
    for name, secs in samples.items():
        values[name]["us_per_item"] = 1e6 * summarize(secs)["median"] / count
    ratio = _ratio(values["ours"]["median"], values["sdk"]["median"])
    row: dict[str, Any] = {
        "suite": suite,
        "id": id,
        "title": title,
        "unit": unit,
        "higher_is_better": True,
        "count": count,
        "values": values,
        "ratio": ratio,
        "target": _target(target),
        "status": status_of(ratio, target),
        "note": note,
    }
    if "floor" in values:
        # Time taken as a multiple of the floor's (samples are seconds: times already).
        _floor_fields(row, samples)
        if "ours_stdlib" in values:
            row["stdlib_ratio"] = _ratio(values["ours_stdlib"]["median"], values["sdk"]["median"])
        _floor_status(row, floor_target)
    return row


def _paired(costs: Sequence[float], floor: Sequence[float]) -> list[float] | None:
    """Each round's cost over the floor's in that round; ``None`` where the rounds do not
    pair up (not as many samples of each)."""
    if len(costs) != len(floor) or not all(floor):
        return None
    return [c / f for c, f in zip(costs, floor, strict=True)]


def _floor_fields(row: dict[str, Any], samples: dict[str, list[float]]) -> None:
    """``vs_floor``, ``sdk_vs_floor`` (and ``stdlib_vs_floor`` for claude-messages without
    orjson, same round robin): time taken as a multiple of the floor's, 1.0 = as cheap.

    ``samples`` are times (per call or per unit): where they pair up by round, each figure
    is the median of the rounds' ratios, kept in ``floor_ratios``; else the ratio of the
    medians."""
    values = row["values"]
    floor = samples["floor"]
    names = {"vs_floor": "ours", "sdk_vs_floor": "sdk", "stdlib_vs_floor": "ours_stdlib"}
    ratios: dict[str, list[float]] = {}
    for key, name in names.items():
        if name in values:
            paired = _paired(samples[name], floor)
            if paired is None:
                row[key] = _ratio(statistics.median(samples[name]), statistics.median(floor))
            else:
                ratios[name] = paired
                row[key] = statistics.median(paired)
    if ratios:
        row["floor_ratios"] = ratios


def _floor_status(row: dict[str, Any], floor_target: float | None) -> None:
    if floor_target is not None:
        row["floor_target"] = floor_target
        worst = max(row["vs_floor"] or 0.0, row.get("stdlib_vs_floor") or 0.0)
        row["floor_status"] = "met" if worst <= floor_target else "missed"


def cost_row(
    *,
    suite: str,
    id: str,
    title: str,
    unit: str,
    samples: dict[str, list[float]],
    target: tuple[str, float] | None,
    note: str = "",
    extra: dict[str, Any] | None = None,
    floor_target: float | None = None,
) -> dict[str, Any]:
    """``samples`` are costs in ``unit`` (lower is better); ratio is ours / SDK.

    With a ``floor`` among the samples: ``vs_floor`` and ``sdk_vs_floor`` (each cost over
    the floor's), and ``floor_status`` against ``floor_target`` as in ``throughput_row``.
    """
    values = {name: summarize(s) for name, s in samples.items()}
    ratio = _ratio(values["ours"]["median"], values["sdk"]["median"])
    row: dict[str, Any] = {
        "suite": suite,
        "id": id,
        "title": title,
        "unit": unit,
        "higher_is_better": False,
        "values": values,
        "ratio": ratio,
        "target": _target(target),
        "status": status_of(ratio, target),
        "note": note,
        **(extra or {}),
    }
    if "floor" in values:
        _floor_fields(row, samples)
        _floor_status(row, floor_target)
    return row


def value_row(
    *,
    suite: str,
    id: str,
    title: str,
    unit: str,
    values: dict[str, float],
    ratio: float | None,
    target: tuple[str, float] | None,
    note: str = "",
) -> dict[str, Any]:
    """A derived row (e.g. linearity): single values, a ratio that is ours alone."""
    return {
        "suite": suite,
        "id": id,
        "title": title,
        "unit": unit,
        "higher_is_better": False,
        "values": {k: {"median": v, "n": 1} for k, v in values.items()},
        "ratio": ratio,
        "target": _target(target),
        "status": status_of(ratio, target),
        "note": note,
    }


def error_row(*, suite: str, id: str, title: str, error: str) -> dict[str, Any]:
    return {
        "suite": suite,
        "id": id,
        "title": title,
        "unit": "",
        "values": {},
        "ratio": None,
        "target": None,
        "status": "error",
        "error": error,
    }


Job = tuple[str, str, Callable[[], list[dict[str, Any]]]]


def run_jobs(suite: str, jobs: Sequence[Job], log: Callable[[str], None]) -> list[dict[str, Any]]:
    """Run each ``(row id, title, job)`` selected: its rows, or an error row when it fails
    (a failed check is reported as such, then the run goes on)."""
    rows: list[dict[str, Any]] = []
    for row_id, title, job in jobs:
        if not selected(row_id):
            continue
        log(f"  {suite}: {row_id}")
        started = time.perf_counter()
        try:
            rows.extend(job())
            log(f"    {time.perf_counter() - started:.1f} s")
        except Exception as exc:
            log(traceback.format_exc())
            rows.append(error_row(suite=suite, id=row_id, title=title, error=repr(exc)[:500]))
    return rows
