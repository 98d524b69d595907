"""Every supported Python is tested: the declared versions, how scripts find the Pythons a
machine has (scripts/_pythons.sh), and the runner that runs pytest on each of them
(scripts/_pytest_each). The scripts run against fake interpreters and fake venvs here.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYTHONS_SH = ROOT / "scripts" / "_pythons.sh"
PYTEST_EACH = ROOT / "scripts" / "_pytest_each"
BASH = shutil.which("bash") or "/bin/bash"
CLASSIFIER = re.compile(r"Programming Language :: Python :: 3\.(\d+)$")


def _project() -> dict[str, object]:
    project: dict[str, object] = tomllib.loads(
        (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    )["project"]
    return project


def _declared_minors() -> list[int]:
    classifiers = _project()["classifiers"]
    assert isinstance(classifiers, list)
    return [int(m.group(1)) for c in classifiers if (m := CLASSIFIER.match(c))]


def test_the_running_python_is_a_declared_version() -> None:
    # scripts/test runs the suite on every supported Python it finds: each must be declared.
    declared = _declared_minors()
    assert sys.version_info.minor in declared, (
        f"the suite runs on Python 3.{sys.version_info.minor}; add its classifier "
        f"'Programming Language :: Python :: 3.{sys.version_info.minor}' to pyproject.toml"
    )
    floor = re.fullmatch(r">=\s*3\.(\d+)", str(_project()["requires-python"]))
    assert floor is not None
    # From the oldest supported version up, without gaps.
    assert declared == list(range(int(floor.group(1)), max(declared) + 1))


# ---------------------------------------------------------------------------- _pythons.sh
def _fake_python(path: Path, prints: str | None) -> None:
    """An executable that answers python_info's question like a Python would (or fails)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    body = f"echo '{prints}'" if prints else "echo 'pyenv: command not found' >&2; exit 127"
    path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    path.chmod(0o755)


@pytest.fixture
def machine(tmp_path: Path) -> dict[str, str]:
    """A PATH and PYENV_ROOT holding fake Pythons (and the few tools the functions use).

    On PATH: python3.10 (too old), python3.11, a pyenv-like shim python3.12 that does not
    run, python3.14. Under pyenv: 3.12.1, 3.12.10 (the newest 3.12), a free-threaded 3.12.0t,
    3.13.0 and 3.9.18.
    """
    bin_dir, root = tmp_path / "bin", tmp_path / "pyenv"
    bin_dir.mkdir()
    for tool in ("ls", "grep", "sort", "tail"):
        found = shutil.which(tool)
        assert found, tool
        (bin_dir / tool).symlink_to(found)
    _fake_python(bin_dir / "python3.10", None)
    _fake_python(bin_dir / "python3.11", f"3.11 {bin_dir}/python3.11")
    _fake_python(bin_dir / "python3.12", None)
    _fake_python(bin_dir / "python3.14", f"3.14 {bin_dir}/python3.14")
    for version in ("3.12.1", "3.12.10", "3.12.0t", "3.13.0", "3.9.18"):
        minor = ".".join(version.split(".")[:2])
        exe = root / "versions" / version / "bin" / f"python{minor}"
        _fake_python(exe, f"{minor} {exe}" if minor != "3.9" else None)
    return {"PATH": str(bin_dir), "PYENV_ROOT": str(root), "HOME": str(tmp_path)}


def _sh(env: dict[str, str], script: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [BASH, "-c", f"source {PYTHONS_SH}; {script}"],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def test_supported_pythons_are_found_on_path_and_in_pyenv(machine: dict[str, str]) -> None:
    proc = _sh(machine, "supported_pythons")
    assert proc.returncode == 0, proc.stderr
    bin_dir, root = machine["PATH"], machine["PYENV_ROOT"]
    assert proc.stdout.splitlines() == [
        f"3.11 {bin_dir}/python3.11",
        # The shim on PATH does not run: the newest pyenv install of 3.12 instead.
        f"3.12 {root}/versions/3.12.10/bin/python3.12",
        f"3.13 {root}/versions/3.13.0/bin/python3.13",
        f"3.14 {bin_dir}/python3.14",
    ]


def test_main_python_is_python_env_then_python3_then_the_newest(
    machine: dict[str, str], tmp_path: Path
) -> None:
    bin_dir = Path(machine["PATH"])
    # No python3 on PATH: the newest supported Python.
    assert _sh(machine, "main_python").stdout == f"3.14 {bin_dir}/python3.14\n"
    # python3 (the machine's default) when it is supported.
    _fake_python(bin_dir / "python3", f"3.11 {bin_dir}/python3.11")
    assert _sh(machine, "main_python").stdout == f"3.11 {bin_dir}/python3.11\n"
    # $PYTHON over both.
    chosen = f"{machine['PYENV_ROOT']}/versions/3.13.0/bin/python3.13"
    assert _sh({**machine, "PYTHON": chosen}, "main_python").stdout == f"3.13 {chosen}\n"
    # A $PYTHON that is no supported Python is refused, naming it.
    too_old = _sh({**machine, "PYTHON": str(bin_dir / "python3.10")}, "main_python")
    assert too_old.returncode == 1
    assert f"PYTHON={bin_dir}/python3.10 is not a working Python >= 3.11" in too_old.stderr
    # Neither python3 nor any python3.N: refused.
    (bin_dir / "python3").unlink()
    empty = {**machine, "PYENV_ROOT": str(tmp_path / "none")}
    for name in ("python3.11", "python3.14"):
        (bin_dir / name).unlink()
    nothing = _sh(empty, "main_python")
    assert nothing.returncode == 1 and "Python >= 3.11 is required" in nothing.stderr


def test_test_venvs_are_the_main_venv_and_one_per_other_python(
    machine: dict[str, str], tmp_path: Path
) -> None:
    work = tmp_path / "work"
    _fake_python(work / ".venv" / "bin" / "python", "3.12 /main/python3.12")
    proc = _sh(machine, "test_venvs", cwd=work)
    assert proc.returncode == 0, proc.stderr
    bin_dir, root = machine["PATH"], machine["PYENV_ROOT"]
    assert proc.stdout.splitlines() == [
        ".venv 3.12 /main/python3.12",
        f".venv-3.11 3.11 {bin_dir}/python3.11",
        f".venv-3.13 3.13 {root}/versions/3.13.0/bin/python3.13",
        f".venv-3.14 3.14 {bin_dir}/python3.14",
    ]
    (work / ".venv" / "bin" / "python").unlink()
    broken = _sh(machine, "test_venvs", cwd=work)
    assert broken.returncode == 1 and "run scripts/bootstrap" in broken.stderr


# ---------------------------------------------------------------------------- _pytest_each
def _fake_venv(
    venv: Path,
    summary: str,
    code: int,
    tooling: tuple[str, int] = ("", 0),
    bench: tuple[str, int] = ("", 0),
) -> None:
    """A venv whose pytest prints its arguments and a closing line, then exits with code;
    with ``-m "tooling and not bench"`` it prints and exits with ``tooling`` instead, with
    ``-m "tooling and bench"`` with ``bench``."""
    pytest_exe = venv / "bin" / "pytest"
    pytest_exe.parent.mkdir(parents=True)
    pytest_exe.write_text(
        '#!/bin/sh\necho "args: $*"\n'
        f'if [ "$4" = "tooling and not bench" ]; then echo "{tooling[0]}"; exit {tooling[1]}; fi\n'
        f'if [ "$4" = "tooling and bench" ]; then echo "{bench[0]}"; exit {bench[1]}; fi\n'
        f'echo "{summary}"\nexit {code}\n',
        encoding="utf-8",
    )
    pytest_exe.chmod(0o755)


def _pytest_each(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    return subprocess.run(
        [str(PYTEST_EACH), *args], env=env, capture_output=True, text=True, check=False
    )


def test_pytest_each_runs_every_version_and_fails_when_one_fails(tmp_path: Path) -> None:
    _fake_venv(
        tmp_path / "a",
        "========== 3 passed, 1 skipped in 0.10s ==========",
        0,
        tooling=("===== 2 passed, 5 deselected in 0.40s =====", 0),
        bench=("===== 4 passed, 3 deselected in 2.50s =====", 0),
    )
    _fake_venv(tmp_path / "b", "========== 1 failed, 2 passed in 0.20s ==========", 1)
    _fake_venv(tmp_path / "c", "3 passed in 0.30s", 0)
    proc = _pytest_each(
        f"3.11:{tmp_path}/a", f"3.12:{tmp_path}/b", f"3.13:{tmp_path}/c", "--", "-q", "-k", "x y"
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    out = proc.stdout
    # Each run's output is shown; the arguments reach every run. The first venv runs the
    # tooling tests as two runs of their own (the benchmark smoke test and the rest),
    # beside the rest; the other venvs run the rest only. Each concurrent run keeps its
    # own cache.
    assert f"== pytest on Python 3.11 ({tmp_path}/a)\nargs: -m not tooling -q -k x y\n" in out
    assert (
        f"== pytest on Python 3.11 ({tmp_path}/a), tooling tests, run at the same time\n"
        f"args: -o cache_dir={tmp_path}/a/.pytest_cache_tooling -m tooling and not bench"
        " -q -k x y\n"
    ) in out
    assert (
        f"== pytest on Python 3.11 ({tmp_path}/a), benchmark smoke test, run at the same time\n"
        f"args: -o cache_dir={tmp_path}/a/.pytest_cache_bench -m tooling and bench -q -k x y\n"
    ) in out
    assert f"args: -o cache_dir={tmp_path}/b/.pytest_cache -m not tooling -q -k x y\n" in out
    assert f"args: -o cache_dir={tmp_path}/c/.pytest_cache -m not tooling -q -k x y\n" in out
    summary = out[out.index("== pytest on each Python") :].splitlines()
    assert summary[1:] == [
        f"  Python 3.11 ({tmp_path}/a): ok: 3 passed, 1 skipped in 0.10s",
        f"  Python 3.11 ({tmp_path}/a), tooling tests: ok: 2 passed, 5 deselected in 0.40s",
        f"  Python 3.11 ({tmp_path}/a), benchmark smoke test: ok: 4 passed, 3 deselected in 2.50s",
        f"  Python 3.12 ({tmp_path}/b): FAILED (exit 1): 1 failed, 2 passed in 0.20s",
        f"  Python 3.13 ({tmp_path}/c): ok: 3 passed in 0.30s",
        "tests: 14 passed, 1 failed, 1 skipped",
    ]


def test_pytest_each_passes_when_every_version_passes(tmp_path: Path) -> None:
    # Arguments that select no tooling test leave that run empty (pytest's exit 5): fine.
    _fake_venv(
        tmp_path / "a",
        "2 passed in 0.10s",
        0,
        tooling=("7 deselected in 0.01s", 5),
        bench=("7 deselected in 0.01s", 5),
    )
    _fake_venv(tmp_path / "b", "2 passed in 0.10s", 0)
    proc = _pytest_each(f"3.11:{tmp_path}/a", f"3.12:{tmp_path}/b")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.splitlines()[-1] == "tests: 4 passed, 0 failed"
    # A run of the rest that collects nothing fails the suite.
    _fake_venv(tmp_path / "c", "no tests ran in 0.01s", 5)
    proc = _pytest_each(f"3.11:{tmp_path}/a", f"3.13:{tmp_path}/c")
    assert proc.returncode == 1
    assert f"Python 3.13 ({tmp_path}/c): FAILED (exit 5): no tests ran in 0.01s" in proc.stdout
    # So does a failing tooling run.
    _fake_venv(tmp_path / "d", "2 passed in 0.10s", 0, tooling=("1 failed in 0.01s", 1))
    proc = _pytest_each(f"3.11:{tmp_path}/d")
    assert proc.returncode == 1
    assert f"Python 3.11 ({tmp_path}/d), tooling tests: FAILED (exit 1)" in proc.stdout
    # And a failing benchmark smoke test.
    _fake_venv(tmp_path / "e", "2 passed in 0.10s", 0, bench=("1 failed in 0.01s", 1))
    proc = _pytest_each(f"3.11:{tmp_path}/e")
    assert proc.returncode == 1
    assert f"Python 3.11 ({tmp_path}/e), benchmark smoke test: FAILED (exit 1)" in proc.stdout
