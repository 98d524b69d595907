"""Shared fixtures for the test suite."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent

# Property tests check behaviour, never speed: hypothesis's per-example deadline (200 ms by
# default) would fail a correct example on a loaded machine. Speed is for scripts/bench.
settings.register_profile("suite", deadline=None)
settings.load_profile("suite")


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The repository's top folder."""
    return ROOT


@pytest.fixture
def anyio_backend() -> str:
    """Async tests run on asyncio (trio has its own tests, in test_async_transport.py)."""
    return "asyncio"
