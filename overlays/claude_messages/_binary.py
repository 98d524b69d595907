"""A binary answer read on demand: ``BinaryResponse`` (sync) and ``AsyncBinaryResponse``.

``files.download(file_id)`` returns one once the status line and headers are in (error
answers raise before, after the retries). The body is not read yet: ``read()`` gives all
of it, ``iter_bytes()`` streams it in chunks and ``write_to_file(path)`` copies it to disk
in constant memory, the names the official SDK's binary responses use. Each of them closes
the connection when the body is consumed; ``with`` (or ``close()``) releases it when the
body is not wanted after all, and so does dropping the object unread (a release guard,
``_release``, closes the response when its last holder goes). A connection lost midway
raises ``APIConnectionError`` (``APITimeoutError`` on a read timeout).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator

import httpx

from ._closing import AsyncClosing, Closing
from ._exceptions import raise_transport_error, request_of
from ._release import AsyncRelease, Release

__all__ = ["AsyncBinaryResponse", "BinaryResponse"]


class _BinaryBase:
    __slots__ = ("http_response",)

    http_response: httpx.Response
    """The underlying ``httpx.Response`` (its body streamed)."""

    def __init__(self, response: httpx.Response) -> None:
        self.http_response = response

    @property
    def status_code(self) -> int:
        """The HTTP status (a 2xx: error answers raise instead)."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The answer's headers (``content-type`` is the file's type)."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The ``request-id`` header, to quote when reporting a problem."""
        value: str | None = self.http_response.headers.get("request-id")
        return value

    @property
    def content_type(self) -> str | None:
        """The ``content-type`` header, if any."""
        value: str | None = self.http_response.headers.get("content-type")
        return value

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} [{self.status_code}] {self.content_type} "
            f"request_id={self.request_id!r}>"
        )


class BinaryResponse(_BinaryBase, Closing):
    """The bytes of a download, read when asked: ``read()``, ``iter_bytes()``, ``write_to_file()``.

    Read the body once, by one of the three; ``read()`` may be called again afterwards (it
    keeps what it read).

    Example::

        data = client.files.download(file_id).read()

        with client.files.download(file_id) as download:
            download.write_to_file("chart.png")       # streamed to disk
    """

    __slots__ = ("_release",)

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(response)
        self._release = Release(response)

    def read(self) -> bytes:
        """The whole body (read now, then kept); the connection is released."""
        response = self.http_response
        try:
            return response.read()
        except httpx.TransportError as exc:
            raise_transport_error(exc, request_of(response), reading="the file's bytes")
        finally:
            response.close()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks as they arrive (of ``chunk_size`` bytes when given).

        Example::

            digest = hashlib.sha256()
            for chunk in client.files.download(file_id).iter_bytes():
                digest.update(chunk)
        """
        response = self.http_response
        try:
            yield from response.iter_bytes(chunk_size)
        except httpx.TransportError as exc:
            raise_transport_error(exc, request_of(response), reading="the file's bytes")
        finally:
            response.close()

    def write_to_file(self, file: str | os.PathLike[str]) -> None:
        """Stream the body into ``file`` (created or truncated), in constant memory.

        Example::

            client.files.download(file_id).write_to_file("out/report.pdf")
        """
        with open(file, "wb") as out:
            for chunk in self.iter_bytes():
                out.write(chunk)

    def close(self) -> None:
        """Release the connection without reading the rest. Safe to call more than once."""
        self.http_response.close()


class AsyncBinaryResponse(_BinaryBase, AsyncClosing):
    """The async twin of ``BinaryResponse``: ``read()`` and ``write_to_file()`` are awaited.

    Example::

        download = await client.files.download(file_id)
        data = await download.read()

        async with await client.files.download(file_id) as download:
            await download.write_to_file("chart.png")
    """

    __slots__ = ("_release",)

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(response)
        self._release = AsyncRelease(response)

    async def read(self) -> bytes:
        """The whole body (read now, then kept); the connection is released."""
        response = self.http_response
        try:
            return await response.aread()
        except httpx.TransportError as exc:
            raise_transport_error(exc, request_of(response), reading="the file's bytes")
        finally:
            await response.aclose()

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body in chunks as they arrive (``async for chunk in download.iter_bytes()``)."""
        response = self.http_response
        try:
            async for chunk in response.aiter_bytes(chunk_size):
                yield chunk
        except httpx.TransportError as exc:
            raise_transport_error(exc, request_of(response), reading="the file's bytes")
        finally:
            await response.aclose()

    async def write_to_file(self, file: str | os.PathLike[str]) -> None:
        """Stream the body into ``file`` (created or truncated), in constant memory."""
        import anyio  # a dependency of httpx; imported here to keep `import` of the package fast

        async with await anyio.open_file(file, "wb") as out:
            async for chunk in self.iter_bytes():
                await out.write(chunk)

    async def close(self) -> None:
        """Release the connection without reading the rest. Safe to call more than once."""
        await self.http_response.aclose()

    async def aclose(self) -> None:
        """The same as ``close()``."""
        await self.http_response.aclose()
