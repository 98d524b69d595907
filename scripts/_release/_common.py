"""Shared plumbing: refusals with a clear message, subprocess calls, the repository root."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

__all__ = ["Refusal", "git", "repo_root", "run", "step"]


class Refusal(Exception):
    """A command declines to go on; the message tells the user why and what to do."""


def step(message: str) -> None:
    """Print one progress line (scripts print their steps, like the test script does)."""
    print(f"== {message}", flush=True)


def run(
    args: Sequence[str | Path], *, cwd: Path, check: bool = True, echo: bool = False
) -> subprocess.CompletedProcess[str]:
    """Run a command, capturing its output; on failure with ``check`` raise a Refusal."""
    proc = subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, check=False
    )
    if echo:
        sys.stdout.write(proc.stdout)
        sys.stderr.write(proc.stderr)
    if check and proc.returncode != 0:
        shown = " ".join(str(a) for a in args)
        raise Refusal(f"`{shown}` failed (exit {proc.returncode}):\n{proc.stdout}{proc.stderr}")
    return proc


def git(root: Path, *args: str, check: bool = True) -> str:
    """Run git in ``root`` and return its stripped standard output."""
    return run(["git", *args], cwd=root, check=check).stdout.strip()


def repo_root(start: Path | None = None) -> Path:
    """The top folder of the git work tree holding ``start`` (default: the current folder)."""
    proc = run(["git", "rev-parse", "--show-toplevel"], cwd=start or Path.cwd(), check=False)
    if proc.returncode != 0:
        raise Refusal(f"not inside a git repository: {start or Path.cwd()}")
    return Path(proc.stdout.strip())
