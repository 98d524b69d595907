"""Releasing a streamed response's connection as soon as nobody can read it any more.

``Stream``, ``AsyncStream`` and the batch results readers iterate with a generator that
they keep. If that generator referred to the stream object, the two would form a
reference cycle, and a stream left with ``break`` (or never iterated) would hold its
connection until the cyclic garbage collector ran, which may be never. So the generators
get what they read and a release guard, never the stream, and the guard closes the
response when the last of its holders goes away.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from typing import TYPE_CHECKING, Generic, TypeVar

import httpx

from ._closing import AsyncClosing, Closing

if TYPE_CHECKING:
    import asyncio

__all__ = ["AsyncRelease", "AsyncStreamedBody", "Release", "StreamedBody"]

_T = TypeVar("_T")


class Release:
    """Closes a response once: when told to, or when the last holder lets it go.

    A stream and the generator it iterates with both hold this guard, and nothing here
    refers back to the stream, so there is no reference cycle: the moment neither is
    reachable (a ``for`` loop left with ``break``, a stream never iterated), ``__del__``
    runs and the connection goes back to the pool, without waiting for the cyclic
    garbage collector.
    """

    __slots__ = ("response",)

    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    def close(self) -> None:
        self.response.close()

    def __del__(self) -> None:
        if not self.response.is_closed:
            with contextlib.suppress(Exception):
                self.response.close()


class AsyncRelease:
    """The async twin of ``Release``.

    Closing an async response needs the event loop: ``__del__`` hands ``aclose()`` to the
    running asyncio loop (a generator that was started is closed by the loop's own
    async-generator finaliser, which runs the generator's ``finally``).
    """

    __slots__ = ("response",)

    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    async def aclose(self) -> None:
        await self.response.aclose()

    def __del__(self) -> None:
        # Not imported here (it is heavy): without asyncio loaded there is no loop to ask.
        running = sys.modules.get("asyncio")
        if self.response.is_closed or running is None:
            return
        with contextlib.suppress(Exception):  # RuntimeError: no running loop
            loop = running.get_running_loop()
            task = loop.create_task(self.response.aclose())
            _CLOSING.add(task)
            task.add_done_callback(_CLOSING.discard)


class StreamedBody(Closing, Generic[_T]):
    """The shell of a reader of a streamed body (``Stream``, ``BatchResults``): the items of
    one generator, iterated once; ``with`` or ``close()`` release the connection.

    ``read(release)`` makes that generator: it gets the release guard, never this object
    (no reference cycle). ``response`` is the ``httpx.Response``, ``request_id`` its
    ``request-id`` header.
    """

    response: httpx.Response
    request_id: str | None

    def __init__(
        self,
        response: httpx.Response,
        read: Callable[[Release], Generator[_T, None, None]],
    ) -> None:
        self.response = response
        self.request_id = response.headers.get("request-id")
        self._release = Release(response)
        self._iterator = read(self._release)

    def __iter__(self) -> Iterator[_T]:
        return self._iterator

    def __next__(self) -> _T:
        return self._iterator.__next__()

    def close(self) -> None:
        """Stop reading and release the connection. Safe to call more than once."""
        self._iterator.close()
        self._release.close()


class AsyncStreamedBody(AsyncClosing, Generic[_T]):
    """The async twin of ``StreamedBody``: ``async for``, ``async with``, ``await aclose()``
    (``await close()``, the official SDK's name, too)."""

    response: httpx.Response
    request_id: str | None

    def __init__(
        self,
        response: httpx.Response,
        read: Callable[[AsyncRelease], AsyncGenerator[_T, None]],
    ) -> None:
        self.response = response
        self.request_id = response.headers.get("request-id")
        self._release = AsyncRelease(response)
        self._iterator = read(self._release)

    def __aiter__(self) -> AsyncIterator[_T]:
        return self._iterator

    async def __anext__(self) -> _T:
        return await self._iterator.__anext__()

    async def aclose(self) -> None:
        """Stop reading and release the connection. Safe to call more than once."""
        await self._iterator.aclose()
        await self._release.aclose()

    async def close(self) -> None:
        """The official SDK's name for ``aclose``."""
        await self.aclose()


# Tasks closing an abandoned async stream, kept until they finish (an event loop holds
# its tasks only weakly).
_CLOSING: set[asyncio.Task[None]] = set()
