"""pytest fixtures for the emulator.

Enable in a ``conftest.py`` with ``pytest_plugins = ["claude_messages.testing.pytest_plugin"]``
(or import the fixture by name).

Example::

    from claude_messages import Client

    def test_retry_on_overload(claude_emulator):
        claude_emulator.inject("overloaded")
        client = Client(api_key=claude_emulator.api_key, base_url=claude_emulator.url)
        client.messages.create(model="claude-3-haiku-20240307", max_tokens=10,
                               messages=[{"role": "user", "content": "Hi"}])
        assert len(claude_emulator.requests) == 2
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._emulator import Emulator

__all__ = ["claude_emulator"]


@pytest.fixture
def claude_emulator() -> Iterator[Emulator]:
    """A running :class:`Emulator` with default options, fresh for each test."""
    with Emulator() as api:
        yield api
