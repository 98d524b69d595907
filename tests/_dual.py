"""One test body for the sync and the async client (used by the batches and models tests).

A body is an ``async def body(client, aw)``: it calls the client as usual and passes every
result through ``await aw(...)`` (a no-op for the sync client, an ``await`` for the async
one) and every iterable through ``await aw.list(...)`` (``list`` or ``async for``). So the
very same lines run against ``Client`` and ``AsyncClient``.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable
from typing import Any

from claude_messages import AsyncClient, Client
from claude_messages.testing import Emulator


class Await:
    """``await aw(x)``: ``x`` itself (sync) or ``await x`` (async)."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.is_async = mode == "async"

    async def __call__(self, value: Any) -> Any:
        if self.is_async:
            assert inspect.isawaitable(value), f"the async client returned {value!r}"
            return await value
        assert not inspect.isawaitable(value), f"the sync client returned {value!r}"
        return value

    async def list(self, iterable: Any, limit: int | None = None) -> list[Any]:
        """The items of a sync or async iterable (the first ``limit`` ones)."""
        items: list[Any] = []
        if self.is_async:
            async for item in iterable:
                items.append(item)
                if limit is not None and len(items) == limit:
                    break
        else:
            for item in iterable:
                items.append(item)
                if limit is not None and len(items) == limit:
                    break
        return items


Body = Callable[[Any, Await], Awaitable[Any]]


class Dual:
    """Runs a body with a ``Client`` (mode ``sync``) or an ``AsyncClient`` (``async``)."""

    def __init__(self, mode: str, api: Emulator) -> None:
        self.mode = mode
        self.api = api

    def __call__(self, body: Body, **client_options: Any) -> Any:
        options = {"api_key": self.api.api_key, "base_url": self.api.url, **client_options}
        aw = Await(self.mode)

        async def main() -> Any:
            if self.mode == "sync":
                with Client(**options) as client:
                    return await body(client, aw)
            async with AsyncClient(**options) as client:
                return await body(client, aw)

        return asyncio.run(main())
