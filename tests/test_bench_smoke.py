"""Smoke test of the benchmarks: ``scripts/bench --quick`` runs and reports every suite.

No speed assertions (timings depend on the machine); what is asserted is that the run
completes, that every path passed its correctness check (the bench exits 1 otherwise), and
that the JSON and markdown results hold every suite and row with real measurements.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

# Tests of the repository's own scripts: run once, on the main Python (scripts/test).
pytestmark = pytest.mark.tooling

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
}


STATUS_CELL = {"met": "met", "missed": "**missed**", "info": "—"}


# The bench runs on the Python running these tests, in a bench venv of its own.
MINOR = f"{sys.version_info.major}.{sys.version_info.minor}"
PYTHON = Path(sys.base_prefix) / "bin" / f"python{MINOR}"


@pytest.fixture(scope="module")
def bench_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str]:
    out = tmp_path_factory.mktemp("bench-results")
    proc = subprocess.run(
        [str(ROOT / "scripts" / "bench"), "--quick", "--out", str(out)],
        cwd=ROOT,
        env={**os.environ, "PYTHON": str(PYTHON), "BENCH_VENV": f".bench-venv-{MINOR}"},
        capture_output=True,
        text=True,
        timeout=900,  # the first run also creates .bench-venv-3.N/
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    results = json.loads((out / "latest.json").read_text())
    return results, (out / "latest.md").read_text()


@pytest.mark.slow
def test_every_suite_and_row_is_measured(bench_run: tuple[dict[str, Any], str]) -> None:
    results, _ = bench_run
    rows = results["rows"]
    found: dict[str, set[str]] = {}
    for row in rows:
        found.setdefault(row["suite"], set()).add(row["id"])
        assert row["status"] in {"met", "missed", "info"}, row
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
    assert (
        create["vs_floor"]
        == create["values"]["ours"]["median"] / create["values"]["floor"]["median"]
    )
    assert results["quick"] is True


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
    for row in results["rows"]:
        line = next(line for line in md.splitlines() if line.startswith(f"| {row['title']} |"))
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        assert cells[5] == STATUS_CELL[row["status"]], line
