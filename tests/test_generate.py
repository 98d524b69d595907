"""scripts/generate: the only writer of generated/, deterministic, with a readable drift check."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# Tests of the repository's own scripts: run once, on the main Python (scripts/test).
pytestmark = pytest.mark.tooling

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "_generate.py"
PACKAGE = ROOT / "generated" / "claude_messages_generated"


def run_generate(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def test_committed_generated_package_matches_the_spec() -> None:
    result = run_generate("--check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_drift_check_names_the_files_that_differ(tmp_path: Path) -> None:
    copy = tmp_path / "claude_messages_generated"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    usage = copy / "models" / "usage.py"
    usage.write_text(usage.read_text().replace("output_tokens", "out_tokens"), encoding="utf-8")
    (copy / "models" / "stale.py").write_text("x = 1\n", encoding="utf-8")
    (copy / "py.typed").unlink()

    result = run_generate("--check", "--output", str(copy))

    assert result.returncode == 1
    report = result.stdout
    assert "differs: models/usage.py" in report
    assert "not produced by the spec (stale): models/stale.py" in report
    assert "missing from generated/: py.typed" in report
    assert "+    output_tokens: int" in report  # a unified diff, spec side marked +


def test_output_ignores_working_directory_and_ruff_config(tmp_path: Path) -> None:
    hostile = tmp_path / "elsewhere"
    hostile.mkdir()
    # A parent ruff configuration that would reformat everything if it were honoured.
    (hostile / "ruff.toml").write_text(
        'line-length = 40\n[format]\nquote-style = "single"\n', encoding="utf-8"
    )
    out = tmp_path / "out" / "claude_messages_generated"
    result = run_generate("--output", str(out), cwd=hostile)
    assert result.returncode == 0, result.stderr
    check = run_generate("--check", "--output", str(out))
    assert check.returncode == 0, check.stdout
    assert (out / "py.typed").exists()
    assert not list(out.rglob(".ruff_cache"))


def test_a_new_optional_field_regenerates_into_the_model(tmp_path: Path) -> None:
    spec = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
    anchor = """        output_tokens:
          type: integer
          description: Output tokens generated.
"""
    assert spec.count(anchor) == 1
    added = (
        anchor
        + """        reasoning_tokens:
          type: integer
          description: Tokens spent reasoning.
"""
    )
    new_spec = tmp_path / "openapi.yaml"
    new_spec.write_text(spec.replace(anchor, added), encoding="utf-8")
    out = tmp_path / "pkg" / "claude_messages_generated"

    result = run_generate("--spec", str(new_spec), "--output", str(out))
    assert result.returncode == 0, result.stderr

    code = (
        "from claude_messages_generated.models import Usage\n"
        "u = Usage.from_dict({'input_tokens': 1, 'output_tokens': 2, 'reasoning_tokens': 3})\n"
        "assert u.reasoning_tokens == 3, u\n"
        "assert u.additional_properties == {}\n"
        "assert u.to_dict() == {'input_tokens': 1, 'output_tokens': 2, 'reasoning_tokens': 3}\n"
        "print('ok')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=out.parent,
        env={"PYTHONPATH": str(out.parent)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.stdout.strip() == "ok", proc.stderr
    # The committed tree is untouched by a generation elsewhere.
    assert "reasoning_tokens" not in (PACKAGE / "models" / "usage.py").read_text()


@pytest.mark.parametrize("name", ["py.typed", "openapi.json"])
def test_package_carries_its_extras(name: str) -> None:
    assert (PACKAGE / name).is_file()
