"""scripts/publish end to end, against a real package index on loopback (pypiserver).

A clean clone is built and published to a throwaway index; a fresh virtual environment
installs ``claude-messages==X`` from it and talks to the emulator; the same version is
then refused. The refusals of publish are checked in a second clone.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import venv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _release_support import clone, command, commit, git, set_version

# isort: split
# (_release_support has put scripts/ on sys.path.)
from _release._dist import wheel_and_sdist
from _release._semver import read_version

# Tests of the repository's own scripts: run once, on the main Python (scripts/test).
pytestmark = [pytest.mark.slow, pytest.mark.tooling]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


@contextlib.contextmanager
def _pypiserver(packages: Path, log: Path) -> Iterator[str]:
    """A pypiserver without authentication or fallback on a free loopback port."""
    server = Path(sys.executable).with_name("pypi-server")
    for _attempt in range(3):  # the port is free when chosen; another process may take it
        port = _free_port()
        with log.open("ab") as out:
            proc = subprocess.Popen(
                [
                    server,
                    "run",
                    "-p",
                    str(port),
                    "-i",
                    "127.0.0.1",
                    "-a",
                    ".",
                    "-P",
                    ".",
                    "--disable-fallback",
                    "--server",
                    "wsgiref",
                    str(packages),
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        url = f"http://127.0.0.1:{port}/"
        deadline = time.monotonic() + 30
        while proc.poll() is None and time.monotonic() < deadline:
            if _healthy(url + "health"):
                break
            time.sleep(0.05)  # polling a condition (the health endpoint), bounded
        if proc.poll() is None and _healthy(url + "health"):
            try:
                yield url
            finally:
                proc.terminate()
                proc.wait(timeout=10)
            return
        proc.kill()
        proc.wait(timeout=10)
    raise AssertionError(f"pypiserver did not start:\n{log.read_text(errors='replace')}")


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """(upload URL, package folder) of a throwaway index."""
    base = tmp_path_factory.mktemp("index")
    packages = base / "packages"
    packages.mkdir()
    with _pypiserver(packages, base / "server.log") as url:
        yield url, packages


@pytest.fixture(scope="module")
def published(
    tmp_path_factory: pytest.TempPathFactory, index: tuple[str, Path]
) -> tuple[Path, str]:
    """A clean, tagged clone built and published to the index: (clone, version)."""
    repo = clone(tmp_path_factory.mktemp("published"))
    version = str(read_version(repo))
    built = command(repo, "build")
    assert built.returncode == 0, built.stdout + built.stderr
    url, packages = index
    proc = command(repo, "publish", "--repository-url", url, "--skip-tests")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"publish: claude-messages {version} is on {url}simple/" in proc.stdout
    assert sorted(p.name for p in packages.iterdir()) == sorted(wheel_and_sdist(read_version(repo)))
    return repo, version


def _pip_env() -> dict[str, str]:
    """pip without the machine's configuration: only the indexes named on the command line."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env["PIP_CONFIG_FILE"] = os.devnull
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def _install(
    python: Path, url: str, wheelhouse: Path, requirement: str, report: Path
) -> list[dict[str, Any]]:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--quiet",
            "--index-url",
            f"{url}simple/",
            "--find-links",
            str(wheelhouse),
            "--report",
            str(report),
            requirement,
        ],
        env=_pip_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    installed: list[dict[str, Any]] = json.loads(report.read_text())["install"]
    return installed


ALLOWED_RUNTIME = {
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

PROBE = """
import json, importlib.metadata as md, importlib.resources as r
import claude_messages, claude_messages_generated.models
client = claude_messages.Client(api_key="sk-test", base_url="http://127.0.0.1:9")
print(json.dumps({
    "version": claude_messages.__version__,
    "file": claude_messages.__file__,
    "typed": [r.files(p).joinpath("py.typed").is_file()
              for p in ("claude_messages", "claude_messages_generated")],
    "client": type(client).__name__,
    "dists": sorted(d.metadata["Name"].lower() for d in md.distributions()),
}))
"""

SMOKE = """
import json
from claude_messages import Client
from claude_messages.testing import Emulator

with Emulator() as api:
    client = Client(api_key=api.api_key, base_url=api.url)
    message = client.messages.create(
        model="claude-3-haiku-20240307", max_tokens=100,
        messages=[{"role": "user", "content": "Hello, Claude!"}])
    print(json.dumps({"text": message.content[0].text, "stop": message.stop_reason,
                      "requests": len(api.requests)}))
"""


def test_fresh_venv_installs_from_the_index_and_talks_to_the_emulator(
    published: tuple[Path, str], index: tuple[str, Path], tmp_path: Path
) -> None:
    repo, version = published
    url, _ = index
    # Dependencies come from a folder filled by pip with the machine's own configuration;
    # claude-messages itself only from the local index.
    wheelhouse = tmp_path / "wheelhouse"
    wheel = repo / "dist" / wheel_and_sdist(read_version(repo))[0]
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--dest",
            str(wheelhouse),
            f"{wheel}[testing]",
        ],
        capture_output=True,
        check=True,
    )
    for own in wheelhouse.glob("claude_messages-*"):
        own.unlink()
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"

    installed = _install(
        python, url, wheelhouse, f"claude-messages=={version}", tmp_path / "r1.json"
    )
    sources = {i["metadata"]["name"]: i["download_info"]["url"] for i in installed}
    assert sources["claude-messages"] == f"{url}packages/{wheel.name}"
    probe = subprocess.run(
        [str(python), "-c", PROBE], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    info = json.loads(probe.stdout)
    assert info["version"] == version
    assert info["file"].startswith(str(env_dir))  # the installed copy, not the work tree
    assert info["typed"] == [True, True]
    assert info["client"] == "Client"
    # Without extras only the runtime dependencies come along (no dev tool, no jsonschema).
    assert set(info["dists"]) <= ALLOWED_RUNTIME, set(info["dists"]) - ALLOWED_RUNTIME

    _install(python, url, wheelhouse, f"claude-messages[testing]=={version}", tmp_path / "r2.json")
    smoke = subprocess.run(
        [str(python), "-c", SMOKE], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert smoke.returncode == 0, smoke.stderr
    assert json.loads(smoke.stdout) == {
        "text": "You said: Hello, Claude!",
        "stop": "end_turn",
        "requests": 1,
    }


def test_the_same_version_is_refused_the_second_time(
    published: tuple[Path, str], index: tuple[str, Path]
) -> None:
    repo, version = published
    url, packages = index
    before = {p.name: p.stat().st_mtime_ns for p in packages.iterdir()}
    proc = command(repo, "publish", "--repository-url", url, "--skip-tests")
    assert proc.returncode == 1
    assert f"publish refused: {url}simple/ already has claude-messages {version}" in proc.stderr
    assert "make a new one with scripts/release" in proc.stderr
    assert "twine upload" not in proc.stdout
    assert {p.name: p.stat().st_mtime_ns for p in packages.iterdir()} == before


def _refused(repo: Path, *args: str, **env: str) -> str:
    proc = command(repo, "publish", *args, **env)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "publish refused: " in proc.stderr
    return proc.stdout + proc.stderr


def test_publish_refusals(index: tuple[str, Path], tmp_path: Path) -> None:
    url, packages = index
    repo = clone(tmp_path, tag=None)
    # A suite that fails, in a version the index does not have.
    set_version(repo, "0.1.1")
    test_script = repo / "scripts" / "test"
    test_script.write_text("#!/bin/sh\necho '1 failed, 0 passed'\nexit 1\n", encoding="utf-8")
    commit(repo, "A failing suite")
    git(repo, "tag", "-a", "v0.1.1", "-m", "0.1.1")
    built = command(repo, "build")
    assert built.returncode == 0, built.stdout + built.stderr
    target = ("--repository-url", url)

    out = _refused(repo, *target)
    assert "1 failed, 0 passed" in out
    assert "scripts/test failed (exit 1); fix the suite first" in out
    assert not [p for p in packages.iterdir() if "0.1.1" in p.name]  # nothing uploaded

    # PyPI (the default) without credentials: refused before any network use.
    assert "no credentials: set PYPI_TOKEN" in _refused(repo, "--skip-tests")

    readme = repo / "README.md"
    readme.write_text(readme.read_text(encoding="utf-8") + "\nmore\n", encoding="utf-8")
    assert "work tree is not clean" in _refused(repo, *target, "--skip-tests")
    git(repo, "checkout", "README.md")

    git(repo, "commit", "-q", "--allow-empty", "-m", "After the tag")
    untagged = _refused(repo, *target, "--skip-tests")
    assert "HEAD is not tagged v0.1.1; publish what scripts/release tagged" in untagged

    usage = repo / "generated" / "claude_messages_generated" / "models" / "usage.py"
    usage.write_text(usage.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    commit(repo, "Hand edit of generated code")
    git(repo, "tag", "-f", "-a", "v0.1.1", "-m", "0.1.1")
    drifted = _refused(repo, *target, "--skip-tests")
    assert "generated/ does not match openapi.yaml; run scripts/generate" in drifted

    git(repo, "reset", "-q", "--hard", "HEAD~2")
    init = repo / "overlays" / "claude_messages" / "__init__.py"
    init.write_text(init.read_text(encoding="utf-8") + "# changed after the build\n")
    commit(repo, "Change after the build")
    git(repo, "tag", "-f", "-a", "v0.1.1", "-m", "0.1.1")
    stale = _refused(repo, *target, "--skip-tests")
    assert "overlays/claude_messages/__init__.py differs from the work tree" in stale

    shutil.rmtree(repo / "dist")
    missing = _refused(repo, *target, "--skip-tests")
    assert "dist/claude_messages-0.1.1-py3-none-any.whl is missing (run scripts/build)" in missing
    assert not [p for p in packages.iterdir() if "0.1.1" in p.name]
