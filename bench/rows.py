"""Result rows: measured values per implementation, the ratio, the target and its status.

A row is a plain dict (it goes straight into the JSON):

- ``values``: per implementation (``ours``, ``sdk``, ``floor``, ...), the median in the
  row's ``unit`` plus quartiles, min, max and the sample count;
- ``ratio``: ours against the SDK, in the direction the target reads (a speed-up for
  throughput rows, a fraction for cost rows);
- ``target``: ``{"op": ">=" | "<=", "value": x}`` or ``None`` (reported, no target);
- ``status``: ``met``, ``missed``, ``info`` (no target) or ``error`` (a check failed).
"""

from __future__ import annotations

from typing import Any

from .timing import summarize

__all__ = ["cost_row", "error_row", "status_of", "throughput_row", "value_row"]


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
        # Time taken as a multiple of the floor's (1.0 would be as cheap as the floor).
        row["vs_floor"] = _ratio(values["floor"]["median"], values["ours"]["median"])
        row["sdk_vs_floor"] = _ratio(values["floor"]["median"], values["sdk"]["median"])
        if "ours_stdlib" in values:  # claude-messages without orjson, same round robin
            row["stdlib_vs_floor"] = _ratio(
                values["floor"]["median"], values["ours_stdlib"]["median"]
            )
            row["stdlib_ratio"] = _ratio(values["ours_stdlib"]["median"], values["sdk"]["median"])
        if floor_target is not None:
            row["floor_target"] = floor_target
            worst = max(row["vs_floor"] or 0.0, row.get("stdlib_vs_floor") or 0.0)
            row["floor_status"] = "met" if worst <= floor_target else "missed"
    return row


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
) -> dict[str, Any]:
    """``samples`` are costs in ``unit`` (lower is better); ratio is ours / SDK."""
    values = {name: summarize(s) for name, s in samples.items()}
    ratio = _ratio(values["ours"]["median"], values["sdk"]["median"])
    return {
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
