"""Run ``mypy --strict`` on user-style code against this checkout's packages."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_mypy(
    paths: Iterable[Path], *, search: Iterable[Path] = (ROOT / "overlays", ROOT / "generated")
) -> subprocess.CompletedProcess[str]:
    """``mypy --strict`` over ``paths`` (no cache), finding the packages in ``search``."""
    return subprocess.run(
        [
            *(sys.executable, "-m", "mypy", "--strict", "--no-incremental"),
            *("--cache-dir", os.devnull, *map(str, paths)),
        ],
        env={**os.environ, "MYPYPATH": os.pathsep.join(map(str, search))},
        capture_output=True,
        text=True,
        check=False,
    )
