"""pytest fixtures for the emulator and for cassettes.

Installed with the package (a ``pytest11`` entry point); ``pytest_plugins =
["claude_messages.testing.pytest_plugin"]`` in a ``conftest.py`` does the same explicitly.

- ``claude_emulator``: a running :class:`Emulator`, fresh for each test.
- ``claude_cassette``: a running :class:`Cassette` named after the test, in
  ``cassettes/<test file name>/<test name>.jsonl`` next to the test file. The marker
  ``@pytest.mark.claude_cassette(mode=..., **options)`` passes options to ``Cassette``
  (``mode``, ``path``, ``upstream``, ``match_on``, ``ignore_fields``, ``pace``, ...);
  ``--claude-record`` records every cassette again (``once`` and ``replay`` ones; ``none``
  ones never record).

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

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from ._cassette import Cassette
from ._emulator import Emulator

__all__ = ["claude_cassette", "claude_emulator"]

_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.getgroup("claude-messages").addoption(
        "--claude-record",
        action="store_true",
        default=False,
        help="record every claude_cassette again (cassettes of mode 'none' excepted)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "claude_cassette(mode='once', **options): options of the test's claude_cassette "
        "(claude_messages.testing.Cassette)",
    )


@pytest.fixture
def claude_emulator() -> Iterator[Emulator]:
    """A running :class:`Emulator` with default options, fresh for each test."""
    with Emulator() as api:
        yield api


def _cassette_path(request: pytest.FixtureRequest) -> Path:
    """Where a test's cassette lives: ``cassettes/<file stem>/<test name>.jsonl``."""
    name = request.node.name
    if request.cls is not None:
        name = f"{request.cls.__name__}.{name}"
    stem = _UNSAFE.sub("-", name).strip("-.") or "cassette"
    test_file = Path(request.node.path)
    return test_file.parent / "cassettes" / test_file.stem / f"{stem}.jsonl"


@pytest.fixture
def claude_cassette(request: pytest.FixtureRequest) -> Iterator[Cassette]:
    """A running :class:`Cassette` named after the test (see the module's docstring).

    Example::

        @pytest.mark.claude_cassette(mode="once")
        def test_hello(claude_cassette):
            client = Client(base_url=claude_cassette.base_url, api_key=claude_cassette.api_key)
            assert client.messages.create(...).stop_reason == "end_turn"
    """
    marker = request.node.get_closest_marker("claude_cassette")
    options = dict(marker.kwargs) if marker is not None else {}
    if marker is not None and marker.args:
        raise pytest.UsageError("claude_cassette takes keyword arguments only, e.g. mode='replay'")
    mode = options.pop("mode", "once")
    path = options.pop("path", None)
    if request.config.getoption("claude_record") and mode in ("once", "replay"):
        mode = "record"
    where = Path(path) if path is not None else _cassette_path(request)
    if not where.is_absolute():
        where = Path(request.node.path).parent / where
    with Cassette(where, mode, **options) as cassette:
        yield cassette
