"""``with`` and ``async with`` for the package's objects that hold a connection or a pool.

``with obj:`` returns ``obj`` and calls ``obj.close()`` on the way out, whatever happened;
``async with obj:`` awaits ``obj.aclose()``. Written once here for clients, streams,
binary answers and tool runners.
"""

from __future__ import annotations

from typing import Self

__all__ = ["AsyncClosing", "Closing"]


class Closing:
    """``with`` support for a class with a ``close()`` method."""

    __slots__ = ()

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncClosing:
    """``async with`` support for a class with an ``aclose()`` coroutine method."""

    __slots__ = ()

    async def aclose(self) -> None:
        raise NotImplementedError

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
