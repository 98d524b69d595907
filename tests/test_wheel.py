"""One wheel holds both packages, is typed, and pulls in only the runtime dependencies."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (found,) = out.glob("claude_messages-*.whl")
    return found


def test_wheel_contents(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/", 1)[0] for n in names}
    assert "claude_messages" in tops and "claude_messages_generated" in tops
    assert "claude_messages/py.typed" in names
    assert "claude_messages_generated/py.typed" in names
    assert not [n for n in names if "__pycache__" in n or n.startswith("tests/")]


@pytest.mark.slow
def test_fresh_venv_installs_only_runtime_dependencies(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)],
        check=True,
        capture_output=True,
    )
    code = (
        "import json, importlib.metadata as md, importlib.resources as r\n"
        "import claude_messages, claude_messages_generated.models\n"
        "dist = {d.metadata['Name'].lower() for d in md.distributions()}\n"
        "print(json.dumps({'version': claude_messages.__version__,\n"
        "  'typed': r.files('claude_messages').joinpath('py.typed').is_file(),\n"
        "  'dists': sorted(dist)}))\n"
    )
    out = subprocess.run([str(python), "-c", code], check=True, capture_output=True, text=True)
    info = json.loads(out.stdout)
    assert info["typed"] is True
    from claude_messages import __version__

    assert info["version"] == __version__
    # httpx and attrs and what they need; no dev tool, no jsonschema, no pydantic.
    allowed = {
        "claude-messages",
        "httpx",
        "httpcore",
        "attrs",
        "anyio",
        "idna",
        "certifi",
        "h11",
        "sniffio",
        "typing-extensions",
        "typing_extensions",
        "pip",
        "setuptools",
    }
    assert set(info["dists"]) <= allowed, set(info["dists"]) - allowed
