"""Smoke test of the benchmarks: ``scripts/bench --quick`` runs and reports every suite.

No speed assertions (timings depend on the machine); what is asserted is that the run
completes, that every path passed its correctness check (the bench exits 1 otherwise), that
the JSON and markdown results hold every suite and row with real measurements, and that
the chart of the run (latest.svg) draws every row that has a time per unit. The chart code
is also run on a small made-up result (``scripts/bench --chart-from``), in the same venv.
"""

from __future__ import annotations

import itertools
import json
import os
import platform
import re
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

# Tests of the repository's own scripts: run once, on the main Python (scripts/test).
pytestmark = [pytest.mark.tooling, pytest.mark.bench]

ROOT = Path(__file__).resolve().parent.parent

ROWS = {
    "sse": {
        "raw_events_kib",
        "raw_events_7b",
        "raw_events_event",
        "stream_text_kib",
        "stream_text_7b",
        "stream_text_event",
        "tool_use_1k",
        "tool_use_10k",
        "thinking_kib",
        "tool_use_linearity",
    },
    "http": {
        "sync_create_cpu",
        "async_create_rps",
        "async_create_cpu",
        "async_create_cpu_c1",
        "async_fresh_c50_n300",
        "async_fresh_c500_n300",
        "stream_events",
        "stream_cpu",
        "astream_cpu",
        "many_streams_cpu",
        "many_streams_rss",
    },
    "import": {"import_wall", "client_wall", "import_rss", "client_rss"},
    "batches": {"batch_results_rate", "batch_results_cpu", "batch_results_rss"},
    "transports": {
        "transport_sync_create",
        "transport_sync_stream",
        "transport_async_stream",
        "transport_fresh_c50_n300",
        "transport_fresh_c50_n300_cpu",
        "transport_warm_c50",
        "transport_warm_c50_cpu",
        "parse_sse",
        "parse_json",
        "write_head",
    },
}
# The transports suite compares transports beneath claude-messages (no SDK column).
TRANSPORT_COLUMNS = {
    "transport_sync_create": ["own", "httpcore", "urllib3"],
    "transport_sync_stream": ["own", "httpcore", "urllib3"],
    "transport_async_stream": ["own", "httpcore", "aiohttp"],
    "transport_fresh_c50_n300": ["own", "httpcore", "aiohttp"],
    "transport_fresh_c50_n300_cpu": ["own", "httpcore", "aiohttp"],
    "transport_warm_c50": ["own", "httpcore", "aiohttp"],
    "transport_warm_c50_cpu": ["own", "httpcore", "aiohttp"],
    "parse_sse": ["own", "httpcore", "httptools"],
    "parse_json": ["own", "httpcore", "httptools"],
    "write_head": ["own", "httpcore", "plain"],
}


STATUS_CELL = {"met": "met", "missed": "**missed**", "info": "—"}


# The bench runs on the Python running these tests, in a bench venv of its own.
MINOR = f"{sys.version_info.major}.{sys.version_info.minor}"
PYTHON = Path(sys.base_prefix) / "bin" / f"python{MINOR}"
BENCH_ENV = {**os.environ, "PYTHON": str(PYTHON), "BENCH_VENV": f".bench-venv-{MINOR}"}


def _bench(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(ROOT / "scripts" / "bench"), *args],
        cwd=ROOT,
        env=BENCH_ENV,
        capture_output=True,
        text=True,
        timeout=900,  # the first run also creates .bench-venv-3.N/
    )


@pytest.fixture(scope="module")
def bench_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str]:
    out = tmp_path_factory.mktemp("bench-results")
    proc = _bench("--quick", "--out", str(out))
    assert proc.returncode == 0, proc.stderr[-4000:]
    results = json.loads((out / "latest.json").read_text())
    results["svg"] = (out / "latest.svg").read_text()
    return results, (out / "latest.md").read_text()


@pytest.mark.slow
def test_every_suite_and_row_is_measured(bench_run: tuple[dict[str, Any], str]) -> None:
    results, _ = bench_run
    rows = results["rows"]
    found: dict[str, set[str]] = {}
    for row in rows:
        found.setdefault(row["suite"], set()).add(row["id"])
        assert row["status"] in {"met", "missed", "info"}, row
        if row["suite"] == "transports":
            assert row["columns"] == TRANSPORT_COLUMNS[row["id"]], row
            for name in row["columns"]:
                assert row["values"][name]["median"] > 0, (row["id"], name)
            assert all(lead > 0 for lead in row["lead"].values()), row
            continue
        # A ratio is missing only where the SDK's figure is 0 (a memory growth, say).
        assert row["ratio"] is None or row["ratio"] > 0, row
        for name in ("ours", "sdk"):
            assert row["values"][name]["median"] >= 0, (row["id"], name)
        if row["unit"].endswith("/s") or "µs" in row["unit"]:
            assert row["values"]["ours"]["median"] > 0 < row["values"]["sdk"]["median"], row
    assert found == ROWS
    # Sync create() is timed against its http.client floor in the same round robin.
    create = next(row for row in rows if row["id"] == "sync_create_cpu")
    assert create["values"]["floor"]["median"] > 0
    # Its floor ratio is the median of the rounds' own ratios, one per round, each within
    # what the extremes of the two allow.
    ours, floor = create["values"]["ours"], create["values"]["floor"]
    ratios = create["floor_ratios"]["ours"]
    assert len(ratios) == ours["n"] == floor["n"]
    assert create["vs_floor"] == statistics.median(ratios)
    assert all(ours["min"] / floor["max"] <= r <= ours["max"] / floor["min"] for r in ratios)
    assert results["quick"] is True


@pytest.mark.slow
def test_fresh_client_rows_have_a_floor_and_the_machines_spread(
    bench_run: tuple[dict[str, Any], str],
) -> None:
    results, _ = bench_run
    fresh = [row for row in results["rows"] if row["id"].startswith("async_fresh_")]
    assert {row["id"] for row in fresh} == {"async_fresh_c50_n300", "async_fresh_c500_n300"}
    for row in fresh:
        ours, floor = row["values"]["ours"], row["values"]["floor"]
        assert floor["median"] > 0 and floor["n"] == ours["n"], row
        ratios = row["floor_ratios"]["ours"]
        assert row["vs_floor"] == statistics.median(ratios) and len(ratios) == ours["n"]
        # Time taken over the floor's: the floor's speed over ours, round by round.
        assert all(floor["min"] / ours["max"] <= r <= floor["max"] / ours["min"] for r in ratios)
        spread = row["spread"]
        assert spread["target_pct"] == 10.0
        assert spread["ours_pct"] == ours["iqr_pct"]
        assert spread["status"] == ("met" if ours["iqr_pct"] < 10.0 else "missed")
        assert spread["machine_pct"] >= 0


@pytest.mark.slow
def test_only_runs_the_rows_asked_for(tmp_path: Path) -> None:
    proc = _bench("--quick", "--suite", "http", "--only", "sync_create", "--out", str(tmp_path))
    assert proc.returncode == 0, proc.stderr[-4000:]
    results = json.loads((tmp_path / "latest.json").read_text())
    assert [row["id"] for row in results["rows"]] == ["sync_create_cpu"]
    none = _bench("--quick", "--suite", "import", "--only", "sync_create", "--out", str(tmp_path))
    assert none.returncode == 2
    assert "--only sync_create matched no row of import" in none.stderr


@pytest.mark.slow
def test_targets_are_recorded(bench_run: tuple[dict[str, Any], str]) -> None:
    results, _ = bench_run
    targets = {row["id"]: row["target"] for row in results["rows"]}
    assert targets["raw_events_kib"] == {"op": ">=", "value": 3.0}
    assert targets["stream_text_kib"] == {"op": ">=", "value": 10.0}
    assert targets["tool_use_10k"] == {"op": ">=", "value": 50.0}
    assert targets["tool_use_linearity"] == {"op": "<=", "value": 1.3}
    assert targets["sync_create_cpu"] == {"op": "<=", "value": 0.65}
    assert targets["async_create_rps"] == {"op": ">=", "value": 1.0}
    assert targets["async_fresh_c50_n300"] == {"op": ">=", "value": 2.0}
    assert targets["async_fresh_c500_n300"] == {"op": ">=", "value": 2.0}
    assert targets["import_wall"] == {"op": "<=", "value": 0.12}
    assert targets["import_rss"] == {"op": "<=", "value": 0.5}
    # The most time claude-messages may take as a multiple of the floor's.
    floor = {row["id"]: row.get("floor_target") for row in results["rows"]}
    assert floor["raw_events_event"] == floor["raw_events_7b"] == 1.5
    assert floor["stream_text_event"] == floor["thinking_kib"] == floor["tool_use_10k"] == 1.3
    assert floor["stream_cpu"] == floor["astream_cpu"] == floor["sync_create_cpu"] == 1.3
    for row in results["rows"]:
        if row.get("floor_target") is not None:
            assert row["floor_status"] in {"met", "missed"}, row


@pytest.mark.slow
def test_markdown_table_names_machine_and_rows(bench_run: tuple[dict[str, Any], str]) -> None:
    results, md = bench_run
    machine = results["machine"]
    assert machine["python"] == f"{platform.python_implementation()} {platform.python_version()}"
    assert machine["cpu"] in md
    assert machine["python"] in md
    assert "| path | claude-messages | anthropic | ratio | target | status |" in md
    # The transports table comes after the main one: a value per transport, no status.
    assert "| path | own | httpcore | third | own vs httpcore | own vs third | spread |" in md
    main, _, transports = md.partition("| path | own | httpcore | third |")
    for row in results["rows"]:
        table = transports if row["suite"] == "transports" else main
        line = next(ln for ln in table.splitlines() if ln.startswith(f"| {row['title']} |"))
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if row["suite"] == "transports":
            assert cells[1].endswith(("µs", "/s")) and cells[3].startswith(row["columns"][-1])
            continue
        status = STATUS_CELL[row["status"]]
        spread = row.get("spread")
        if spread:
            verdict = STATUS_CELL[spread["status"]]
            status += f"; spread < 10%: {spread['ours_pct']:.0f}%, {verdict}"
            half = spread["machine_pct"] / 2
            machine = f"±{half:.1f}%" if half < 1 else f"±{half:.0f}%"
            assert cells[7].endswith(f"(machine {machine})"), line
        assert cells[5] == status, line


# Units whose rows are not a time per unit: not drawn.
NOT_A_TIME = {"MiB", "MB", "x"}


@pytest.mark.slow
def test_the_run_draws_a_bar_per_row_and_implementation(
    bench_run: tuple[dict[str, Any], str],
) -> None:
    results, _ = bench_run
    svg = results["svg"]
    assert svg.lstrip().startswith("<?xml") and "</svg>" in svg
    for row in results["rows"]:
        drawn = {name for name in ("ours", "ours_stdlib", "sdk", "floor") if name in row["values"]}
        for name in drawn:
            present = f'id="bar-{row["id"]}-{name}"' in svg
            assert present == (row["unit"] not in NOT_A_TIME), (row["id"], name)
    assert 'id="bar-sync_create_cpu-floor"' in svg
    assert results["machine"]["commit"] in svg


def _svg_texts(svg: str) -> list[tuple[float, str]]:
    """(x, text) of every text element of a matplotlib SVG that keeps text as text."""
    found = re.findall(r'<text\b[^>]*\bx="([-\d.]+)"[^>]*>([^<]*)</text>', svg)
    return [(float(x), text) for x, text in found]


def _made_up_results() -> dict[str, Any]:
    def row(id: str, title: str, unit: str, values: dict[str, dict[str, float]]) -> dict[str, Any]:
        return {
            "suite": "made",
            "id": id,
            "title": title,
            "unit": unit,
            "status": "info",
            "values": values,
        }

    return {
        "quick": True,
        "command": "scripts/bench --made-up",
        "machine": {
            "cpu": "Test CPU 9000",
            "cores": 2,
            "os": "Linux",
            "python": "CPython 3.x",
            "versions": {"claude-messages": "0.0.1", "anthropic": "9.9.9"},
            "commit": "abc1234",
            "date": "2026-01-02 03:04 UTC",
            "loadavg": [0.5, 0.4, 0.3],
            "loadavg_end": [0.7, 0.6, 0.5],
        },
        "rows": [
            # A rate with its time per item: drawn as that time.
            row(
                "rate",
                "stream path",
                "events/s",
                {
                    "ours": {"median": 250_000, "us_per_item": 4.0},
                    "ours_stdlib": {"median": 200_000, "us_per_item": 5.0},
                    "sdk": {"median": 50_000, "us_per_item": 20.0},
                    "floor": {"median": 285_000, "us_per_item": 3.5},
                },
            ),
            # A cost in µs: drawn as it is.
            row(
                "cost",
                "create path",
                "µs CPU/request",
                {
                    "ours": {"median": 516.0},
                    "sdk": {"median": 2220.0},
                    "floor": {"median": 244.0},
                },
            ),
            # A rate alone: drawn as its inverse; one in ms: in µs.
            row(
                "plain_rate",
                "reading path",
                "results/s",
                {
                    "ours": {"median": 25_000.0},
                    "sdk": {"median": 20_000.0},
                },
            ),
            row(
                "import",
                "import path",
                "ms",
                {"ours": {"median": 166.9}, "sdk": {"median": 1808.0}},
            ),
            # Not a time, and a failed check: left out.
            row("rss", "memory path", "MiB", {"ours": {"median": 16.9}, "sdk": {"median": 68.2}}),
            row("ratio", "linearity path", "x", {"ours": {"median": 0.8}, "sdk": {"median": 7.7}}),
            {
                "suite": "made",
                "id": "broken",
                "title": "broken path",
                "unit": "",
                "values": {},
                "status": "error",
                "error": "boom",
            },
        ],
    }


@pytest.mark.slow
def test_the_chart_of_a_made_up_result(tmp_path: Path) -> None:
    source = tmp_path / "results.json"
    source.write_text(json.dumps(_made_up_results()))
    proc = _bench("--chart-from", str(source), "--out", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stderr[-4000:]
    svg = (tmp_path / "out" / "latest.svg").read_text()
    texts = {text for _, text in _svg_texts(svg)}
    # Every row with a time per unit is labelled with what its unit is; the others are not.
    assert {
        "stream path (µs per event)",
        "create path (µs CPU per request)",
        "reading path (µs per result)",
        "import path (µs per run)",
    } <= texts
    for left_out in ("memory path", "linearity path", "broken path"):
        assert left_out not in svg
    # The bars' values, converted to time per unit.
    assert {"4 µs", "5 µs", "20 µs", "3.5 µs", "516 µs", "2.22 ms", "244 µs"} <= texts
    assert {"40 µs", "50 µs", "167 ms", "1.81 s"} <= texts
    assert {
        "claude-messages",
        "claude-messages without orjson",
        "anthropic (official SDK)",
        "floor",
    } <= texts
    assert "abc1234" in svg and "2026-01-02 03:04 UTC" in svg and "Test CPU 9000" in svg
    # A log axis: the decade ticks (1 µs, 10 µs, 100 µs, ...) stand equally far apart.
    ticks = [(x, t) for x, t in _svg_texts(svg) if re.fullmatch(r"1(0{0,2}) (µs|ms)|1 s", t)]
    xs = sorted({x for x, _ in ticks})
    assert len(xs) >= 5, ticks
    steps = [b - a for a, b in itertools.pairwise(xs)]
    assert max(steps) - min(steps) < 0.01 * max(steps), steps
    assert not (tmp_path / "out" / "latest.json").exists()  # --chart-from runs nothing
