"""The gates every release step passes: generated/ matches the spec, the suite is green.

Example::

    require_no_drift(root)
    require_tests(root)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ._common import Refusal, run, step

__all__ = ["require_no_drift", "require_tests"]


def require_no_drift(root: Path) -> None:
    """Refuse when ``generated/`` is not what ``openapi.yaml`` generates."""
    step("drift check (generated/ against openapi.yaml)")
    proc = run(
        [sys.executable, root / "scripts" / "_generate.py", "--check"], cwd=root, check=False
    )
    if proc.returncode != 0:
        raise Refusal(
            f"generated/ does not match openapi.yaml; run scripts/generate and "
            f"commit the result.\n{proc.stdout}{proc.stderr}"
        )


def require_tests(root: Path) -> None:
    """Run ``scripts/test`` (output shown as it runs) and refuse if it fails."""
    step("scripts/test (skip with --skip-tests only when the suite has just passed)")
    code = subprocess.run([str(root / "scripts" / "test")], cwd=root, check=False).returncode
    if code != 0:
        raise Refusal(f"scripts/test failed (exit {code}); fix the suite first")
