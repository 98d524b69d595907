"""The scripts in examples/sdk_style run against the emulator with this client, and, with
``claude_messages`` replaced by ``anthropic`` in their imports, with the official SDK: both
clients are held to the same script, and print the same lines (JSON dumps aside)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from _mypy import run_mypy
from claude_messages.testing import Emulator

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = sorted((ROOT / "examples" / "sdk_style").glob("*.py"))

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator() as api:
        yield api


def _run(script: Path, api: Emulator) -> list[str]:
    env = {
        **os.environ,
        "ANTHROPIC_BASE_URL": api.url,
        "ANTHROPIC_API_KEY": api.api_key,
        "PYTHONWARNINGS": "error",
    }
    run = subprocess.run(
        [sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, f"{script.name}:\n{run.stderr}"
    # An unclosed client leaves its sockets to the garbage collector at exit.
    assert "ResourceWarning" not in run.stderr, f"{script.name} left a socket open:\n{run.stderr}"
    assert run.stdout.strip(), f"{script.name} printed nothing"
    # JSON dumps differ between the two clients' models (field order, nulls); the rest
    # of what a script prints must agree.
    return [line for line in run.stdout.splitlines() if not re.search(r"[{}\[\]\"]", line)]


def _as_official(script: Path, folder: Path) -> Path:
    text = script.read_text(encoding="utf-8")
    text = re.sub(
        r"^from claude_messages(\.types)? import", r"from anthropic\1 import", text, flags=re.M
    )
    text = re.sub(r"^import claude_messages\b", "import anthropic", text, flags=re.M)
    assert "claude_messages" not in text, f"{script.name} names claude_messages outside imports"
    target = folder / "sdk_style" / script.name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    if not (folder / "assets").exists():
        shutil.copytree(ROOT / "examples" / "assets", folder / "assets")
    return target


def test_there_are_scripts_for_each_kind() -> None:
    names = {script.stem for script in SCRIPTS}
    assert {"messages", "messages_stream", "images", "tools", "tools_stream", "thinking"} <= names
    assert {"web_search", "web_search_stream", "structured_outputs", "raw_response"} <= names


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_script_runs_the_same_with_both_clients(
    script: Path, emulator: Emulator, tmp_path: Path
) -> None:
    ours = _run(script, emulator)
    official = _run(_as_official(script, tmp_path), emulator)
    assert ours == official


def test_the_scripts_type_check_with_our_types() -> None:
    run = run_mypy(SCRIPTS)
    assert run.returncode == 0, run.stdout
