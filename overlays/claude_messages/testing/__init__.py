"""A local Claude Messages API for tests, demos and offline work: ``claude_messages.testing``.

A real HTTP/1.1 server on 127.0.0.1 that speaks the API's wire format, checks requests
like the API does, answers deterministically, and misbehaves on request (faults). Install
with ``pip install 'claude-messages[testing]'``.

Example::

    from claude_messages import Client
    from claude_messages.testing import Emulator, Fault

    with Emulator() as api:
        client = Client(api_key=api.api_key, base_url=api.url)
        api.inject(Fault.rate_limit(retry_after=0.1))   # the next request gets a 429
        message = client.messages.create(
            model="claude-3-haiku-20240307", max_tokens=100,
            messages=[{"role": "user", "content": "Hello, Claude!"}])
        print(message.content[0].text)                   # You said: Hello, Claude!

From the command line: ``python -m claude_messages.testing --port 0`` prints its URL.
In pytest: ``pytest_plugins = ["claude_messages.testing.pytest_plugin"]`` gives the
``claude_emulator`` fixture; :func:`emulator_fixture` makes one with your own options.

:class:`Cassette` records the real API's answers to a file once and replays them over
loopback afterwards, with no network and no key (``claude_cassette`` in pytest).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from ._cassette import Cassette, CassetteError, CassetteMismatchError
from ._emulator import DEFAULT_API_KEY, PACE_HEADER, Emulator, RecordedRequest
from ._faults import FAULT_HEADER, Fault

__all__ = [
    "DEFAULT_API_KEY",
    "FAULT_HEADER",
    "PACE_HEADER",
    "Cassette",
    "CassetteError",
    "CassetteMismatchError",
    "Emulator",
    "Fault",
    "RecordedRequest",
    "emulator_fixture",
]


def emulator_fixture(
    *, scope: str = "function", name: str | None = None, **options: Any
) -> Callable[..., Iterator[Emulator]]:
    """Make a pytest fixture that yields a running :class:`Emulator` built with ``options``.

    pytest is imported only when this is called, so the package works without it.

    Example (in ``conftest.py``)::

        from claude_messages.testing import emulator_fixture

        claude_api = emulator_fixture(api_key="sk-test", pace=0.001)

        def test_hello(claude_api):
            client = Client(api_key="sk-test", base_url=claude_api.url)
            ...
    """
    import pytest

    def fixture() -> Iterator[Emulator]:
        with Emulator(**options) as api:
            yield api

    decorated: Callable[..., Iterator[Emulator]] = pytest.fixture(scope=scope, name=name)(fixture)  # type: ignore[call-overload]
    return decorated
