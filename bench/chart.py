"""The chart of a run: every row's time per unit, per implementation, on one log axis.

``draw(results, path)`` writes one SVG figure from a run's results (the dict that goes to
latest.json): per row, a horizontal bar for claude-messages (and claude-messages without
orjson where the row timed both), the official SDK and the floor (where the row has one),
in microseconds per unit, lower is better. Rates are turned into times (events/s into µs
per event, requests/s into µs per request), so that every row shares the axis. Rows whose
figure is not a time (peak RSS, linearity ratios) and rows that failed are left out: the
tables have them.

matplotlib is imported here only, when drawing, and only its SVG backend is used (no
display needed). Each bar is an SVG element with the id ``bar-<row id>-<implementation>``.
Without matplotlib, ``draw`` raises ``ChartUnavailable`` with a one-line
reason; the run's tables stand without the chart.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

__all__ = ["SERIES", "ChartUnavailable", "draw", "per_unit"]

# The implementations drawn, in bar order (top to bottom within a row), with their colours.
SERIES = {
    "ours": ("claude-messages", "#c8553d"),
    "ours_stdlib": ("claude-messages without orjson", "#eba48f"),
    "sdk": ("anthropic (official SDK)", "#3d6fa8"),
    "floor": ("floor", "#8c8c8c"),
}
_BAR = 0.22  # bar height, in row units
_GAP = 0.5  # between two rows' bar groups
_WRAP = 58  # characters per line of a row label


class ChartUnavailable(RuntimeError):
    """The chart cannot be drawn here (matplotlib is not installed)."""


def per_unit(row: dict[str, Any]) -> tuple[str, dict[str, float]] | None:
    """The row's median time per unit in µs per drawn implementation, and what the unit
    is ("µs CPU per request", ...); ``None`` for a row with no time per unit."""
    if row.get("status") == "error" or not row.get("values"):
        return None
    unit: str = row["unit"]
    values = {name: v for name, v in row["values"].items() if name in SERIES}
    times: dict[str, float] = {}
    if "/s" in unit:  # events/s, events/s of CPU, requests/s, results/s
        thing = unit.split("/", 1)[0].removesuffix("s")
        per = f"µs{' CPU' if 'CPU' in unit else ''} per {thing}"
        for name, v in values.items():
            if "us_per_item" in v:
                times[name] = float(v["us_per_item"])
            elif v["median"]:
                times[name] = 1e6 / float(v["median"])
    elif unit.startswith("µs"):  # µs CPU/request, µs CPU/event, µs CPU/result
        per = unit.replace("/", " per ")
        times = {name: float(v["median"]) for name, v in values.items()}
    elif unit == "ms":  # a whole import, in a fresh interpreter
        per = "µs per run"
        times = {name: 1e3 * float(v["median"]) for name, v in values.items()}
    else:  # MiB, MB, x: not a time
        return None
    times = {name: t for name, t in times.items() if t > 0}
    if not times:
        return None
    return per, times


def _fmt_us(us: float) -> str:
    if us >= 1e6:
        return f"{us / 1e6:.3g} s"
    if us >= 1e3:
        return f"{us / 1e3:.3g} ms"
    return f"{us:.3g} µs"


def _tick(us: float, _pos: object = None) -> str:
    # Decades only (the major ticks of the log axis): 1 µs, 10 µs, ..., 1 ms, ..., 1 s.
    return _fmt_us(us)


def _caption(results: dict[str, Any]) -> str:
    m = results.get("machine", {})
    start = (m.get("loadavg") or ["?"])[0]
    end = (m.get("loadavg_end") or ["?"])[0]
    text = (
        f"Commit {m.get('commit', '?')}, {m.get('date', '?')}, `{results.get('command', '')}`. "
        f"{m.get('cpu', '?')}, {m.get('cores', '?')} cores, {m.get('os', '?')}; "
        f"{m.get('python', '?')}. Load average (1 min) at start / end: {start} / {end}. "
        "Medians; rates are drawn as their inverse (µs per event, per request). Not drawn: "
        "rows that are not a time (peak RSS, linearity ratios)."
    )
    return "\n".join(textwrap.wrap(text, 150))


def draw(results: dict[str, Any], path: Path) -> Path:
    """Write the chart of ``results`` to ``path`` (SVG); returns ``path``."""
    try:
        import matplotlib
        from matplotlib.figure import Figure
        from matplotlib.patches import Patch
        from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter
    except ImportError as exc:
        raise ChartUnavailable(
            f"matplotlib is not installed ({exc.name or exc}); scripts/bench installs it "
            "from bench/requirements.txt"
        ) from None

    drawn = [(row, got) for row in results["rows"] if (got := per_unit(row)) is not None]
    if not drawn:
        raise ValueError("no row with a time per unit to draw")
    present = [name for name in SERIES if any(name in times for _, (_, times) in drawn)]

    # Top to bottom: each row's bars, then a gap. y grows downwards (the axis is inverted).
    ys: list[float] = []
    bars: list[tuple[float, str, float, str]] = []  # (y, series, µs, row id)
    separators: list[tuple[float, str]] = []  # (y, suite) where a suite begins
    y = 0.0
    suite = None
    for row, (_, times) in drawn:
        if row["suite"] != suite:
            suite = row["suite"]
            separators.append((y - _GAP / 2, suite))
        names = [name for name in SERIES if name in times]
        for i, name in enumerate(names):
            bars.append((y + i * _BAR, name, times[name], row["id"]))
        ys.append(y + (len(names) - 1) * _BAR / 2)
        y += len(names) * _BAR + _GAP
    labels = ["\n".join(textwrap.wrap(f"{row['title']} ({per})", _WRAP)) for row, (per, _) in drawn]

    fig = Figure(figsize=(12.0, 2.2 + 0.42 * y), layout="constrained")
    ax = fig.add_subplot()
    for name in present:
        mine = [(b, t, row_id) for b, n, t, row_id in bars if n == name]
        drawn_bars = ax.barh(
            [b for b, _, _ in mine],
            [t for _, t, _ in mine],
            height=_BAR * 0.9,
            color=SERIES[name][1],
            label=SERIES[name][0],
        )
        for patch, (_, _, row_id) in zip(drawn_bars, mine, strict=True):
            patch.set_gid(f"bar-{row_id}-{name}")  # the SVG element's id: row and series
    for b, _, t, _ in bars:
        ax.text(t * 1.06, b, _fmt_us(t), va="center", ha="left", fontsize=6.5)
    ax.set_xscale("log")
    low = min(t for _, _, t, _ in bars)
    high = max(t for _, _, t, _ in bars)
    ax.set_xlim(low / 2, high * 6)
    ax.xaxis.set_major_locator(LogLocator(base=10))
    ax.xaxis.set_major_formatter(FuncFormatter(_tick))
    ax.xaxis.set_minor_formatter(NullFormatter())
    ax.tick_params(axis="x", labeltop=True, top=True)
    ax.set_yticks(ys, labels, fontsize=7)
    ax.set_ylim(y - _GAP / 2, -_GAP / 2)
    ax.grid(axis="x", which="major", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    for sep, name in separators:
        if sep > 0:
            ax.axhline(sep, color="#999999", linewidth=0.6)
        ax.text(
            0.995,
            sep + 0.08,
            f"suite {name}",
            transform=ax.get_yaxis_transform(),
            ha="right",
            va="top",
            fontsize=8,
            fontweight="bold",
            color="#666666",
        )
    ax.set_xlabel("time per unit (log scale; lower is better)")
    versions = results.get("machine", {}).get("versions", {})
    kind = "quick" if results.get("quick") else "full"
    fig.suptitle(
        f"claude-messages {versions.get('claude-messages', '?')} vs anthropic "
        f"{versions.get('anthropic', '?')}: time per unit ({kind} run)",
        fontsize=11,
    )
    ax.set_title(_caption(results), fontsize=7, loc="left")
    fig.legend(
        handles=[Patch(color=SERIES[n][1], label=SERIES[n][0]) for n in present],
        loc="outside lower center",
        ncols=len(present),
        fontsize=8,
        frameon=False,
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    # Text stays text (searchable, small); ids and metadata do not change from run to run.
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "bench"}):
        fig.savefig(path, format="svg", metadata={"Date": None})
    return path
