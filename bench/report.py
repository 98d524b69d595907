"""The machine a run came from, and the results as JSON and as a markdown table."""

from __future__ import annotations

import json
import platform
import subprocess
import sys
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

__all__ = ["command_line", "loadavg", "machine", "markdown", "spread_text", "write"]

ROOT = Path(__file__).resolve().parent.parent


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "absent"


def _commit() -> str:
    try:
        rev = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "overlays", "generated"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        return rev + ("+local changes" if dirty.strip() else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def loadavg() -> list[float]:
    try:
        with open("/proc/loadavg") as f:
            return [float(x) for x in f.read().split()[:3]]
    except OSError:
        return []


def machine() -> dict[str, Any]:
    import os

    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "os": f"{platform.system()} {platform.release()} {platform.machine()}",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "versions": {
            dist: _version(dist)
            for dist in (
                "claude-messages",
                "anthropic",
                "httpx",
                "httpx2",
                "httpx-sse",
                "orjson",
                "attrs",
                "pydantic",
                "httpcore",
                "h11",
                "urllib3",
                "aiohttp",
                "httpx-aiohttp",
                "httptools",
            )
        },
        "commit": _commit(),
        "loadavg": loadavg(),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


_LABELS = {
    "ours": "claude-messages",
    "sdk": "anthropic",
    "floor": "floor",
    "httpx_sse": "httpx-sse",
}


def _load(m: dict[str, Any]) -> str:
    start, end = m.get("loadavg") or [None], m.get("loadavg_end") or [None]
    return f"{start[0]} / {end[0]}"


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit.startswith("events/s"):  # events/s, events/s of CPU
        return f"{value / 1e3:,.0f}k/s" if value >= 1e4 else f"{value:,.0f}/s"
    if unit.endswith("/s"):  # requests/s, results/s
        return f"{value:,.0f}/s"
    if unit.startswith("µs"):
        return f"{value:,.0f} µs"
    if unit == "ms":
        return f"{value:,.1f} ms"
    if unit in ("MiB", "MB"):
        return f"{value:,.1f} {unit}"
    if unit == "x":
        return f"{value:.2f}x"
    return f"{value:.3g}"


def _ratio(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.2f}x" if value < 10 else f"{value:,.0f}x"


def _median(row: dict[str, Any], name: str) -> float | None:
    v = row["values"].get(name)
    return None if v is None else float(v["median"])


def _spread(row: dict[str, Any]) -> str:
    parts = []
    for name in ("ours", "sdk"):
        v = row["values"].get(name)
        if v is None or v.get("n", 1) < 2:
            parts.append("—")
        else:
            parts.append(spread_text(v["iqr_pct"]))
    text = " / ".join(parts)
    spread = row.get("spread")
    if spread:  # a target on the spread, beside the machine's own in the same rounds
        text += f" (machine {spread_text(spread['machine_pct'])})"
    return text


def spread_text(iqr_pct: float) -> str:
    """A spread as the tables show it: half the interquartile range, ``±x%``."""
    half = iqr_pct / 2
    return f"±{half:.1f}%" if half < 1 else f"±{half:.0f}%"


def _status(row: dict[str, Any]) -> str:
    status = _STATUS[row["status"]]
    spread = row.get("spread")
    if spread:
        verdict = "met" if spread["status"] == "met" else "**missed**"
        status += f"; spread < {spread['target_pct']:g}%: {spread['ours_pct']:.0f}%, {verdict}"
    return status


def _target(row: dict[str, Any]) -> str:
    t = row.get("target")
    if not t:
        return "—"
    return f"{t['op']} {t['value']:g}x"


_STATUS = {"met": "met", "missed": "**missed**", "info": "—", "error": "**error**"}


def markdown(results: dict[str, Any]) -> str:
    m = results["machine"]
    v = m["versions"]
    lines = [
        f"### claude-messages {v['claude-messages']} vs anthropic {v['anthropic']}"
        f" ({'quick' if results['quick'] else 'full'} run)",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['os']}; {m['python']}. "
        f"Transports: httpx {v['httpx']} (claude-messages), httpx2 {v['httpx2']} (anthropic). "
        f"Commit {m['commit']}, {m['date']}. Command: `{results['command']}`. "
        f"Load average (1 min) at start / end: {_load(m)}.",
        "",
        "| path | claude-messages | anthropic | ratio | target | status | vs floor | spread |",
        "| --- | ---: | ---: | ---: | ---: | :---: | ---: | ---: |",
    ]
    # The transports suite compares transports beneath claude-messages: a table of its own.
    transports = [row for row in results["rows"] if row["suite"] == "transports"]
    for row in results["rows"]:
        if row["suite"] == "transports":
            continue
        if row["status"] == "error":
            lines.append(
                f"| {row['title']} | error: {row.get('error', '')[:80]} | | | | **error** | | |"
            )
            continue
        unit = row["unit"]
        floor = "—"
        if row.get("vs_floor") and row.get("sdk_vs_floor"):
            floor = f"{row['vs_floor']:.2f}x"
            if row.get("stdlib_vs_floor"):
                floor += f" / {row['stdlib_vs_floor']:.2f}x"
            if row.get("floor_status") == "missed":
                floor = f"**{floor}**"
            floor += f" ({row['sdk_vs_floor']:.1f}x)"
        lines.append(
            "| "
            + " | ".join(
                [
                    row["title"],
                    _fmt(_median(row, "ours"), unit),
                    _fmt(_median(row, "sdk"), unit),
                    _ratio(row["ratio"]),
                    _target(row),
                    _status(row),
                    floor,
                    _spread(row),
                ]
            )
            + " |"
        )
    lines += [
        "",
        "Ratio: claude-messages against anthropic, same run, medians; for speeds higher is "
        "better (3x = three times the events per second), for costs (CPU, time, memory) lower "
        "is better (0.5x = half). The linearity row is claude-messages alone: per-event cost "
        "at 10,000 deltas over the cost at 1,000 (anthropic's own growth in its column). "
        "vs floor: time taken relative to the plain floor (split lines + `json.loads`, no "
        "HTTP, no types) on the same bytes, claude-messages (anthropic); where two figures "
        "stand before the parenthesis, the second is claude-messages without orjson; for sync "
        "`create()` the floor is `http.client` kept alive + `json.dumps` + `json.loads` on the "
        "same server; in bold where over its target (1.5x for typed raw events, 1.3x for "
        "`stream()`, for client CPU when streaming over loopback and per sync `create()`); "
        "the median of the rounds' own ratios (each round runs both back to back). "
        "Spread: half the "
        "interquartile range over the median, claude-messages / anthropic; where a target "
        "is set on it (iqr / median, a fresh client's requests/s), the machine's own beside "
        "it: a fixed CPU-bound task timed in every round, as long as one claude-messages "
        "sample. For a fresh async client the floor is one asyncio connection per worker, "
        "`json.dumps` + `json.loads`.",
        "",
    ]
    if transports:
        from .suite_transports import markdown as transports_markdown

        v = m["versions"]
        lines += [
            "#### claude-messages over other transports",
            "",
            f"httpcore {v['httpcore']}, h11 {v['h11']}, urllib3 {v['urllib3']}, "
            f"aiohttp {v['aiohttp']} (httpx-aiohttp {v['httpx-aiohttp']}), "
            f"httptools {v['httptools']}.",
            "",
            *transports_markdown(transports),
        ]
    return "\n".join(lines)


def write(results: dict[str, Any], out: Path) -> tuple[Path, Path]:
    out.mkdir(parents=True, exist_ok=True)
    json_path, md_path = out / "latest.json", out / "latest.md"
    json_path.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    md_path.write_text(markdown(results))
    return json_path, md_path


def command_line() -> str:
    args = " ".join(sys.argv[1:])
    return f"scripts/bench {args}".strip()
