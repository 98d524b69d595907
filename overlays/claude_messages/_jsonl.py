"""Batch results as JSON Lines, read in constant memory: ``BatchResults``, ``AsyncBatchResults``.

A batch's results file may hold 100,000 lines and hundreds of megabytes, so it
is never read whole: the body's chunks go through ``LineSplitter`` (bytes in, complete
lines out) and ``ResultDecoder`` (lines in, typed ``MessageBatchIndividualResponse`` out),
both pure and shared by the sync and async readers, which only differ in how they read
chunks. Memory is bounded by one network chunk plus the longest line, and a line longer
than the client's ``max_event_size`` raises ``ResponseTooLargeError`` (after the results
before it) instead of being held.

Lines are split on ``\\n`` only (a trailing ``\\r`` is JSON whitespace): unlike
``str.splitlines``, a U+2028 inside a JSON string cannot split a line. Lines are parsed as
bytes, with no decoding pass of their own.
"""

from __future__ import annotations

import json
import sys
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, cast

import httpx

from ._exceptions import (
    APIResponseValidationError,
    ResponseTooLargeError,
    raise_transport_error,
    request_of,
)
from ._limits import DEFAULT_MAX_EVENT_SIZE, check_size_limit, event_too_large
from ._release import AsyncRelease, Release

if TYPE_CHECKING:
    from claude_messages_generated.models import MessageBatchIndividualResponse

__all__ = ["AsyncBatchResults", "BatchResults", "LineSplitter", "ResultDecoder"]

_SHOWN = 200  # characters of a bad line quoted in the error


class LineSplitter:
    """Chunks of bytes in, complete ``\\n``-terminated lines out (without the ``\\n``).

    A line split over many chunks is joined once, when its end arrives, so a long line
    costs linear time.

    Example::

        splitter = LineSplitter()
        splitter.feed(b'{"a": 1}\\n{"b"')   # [b'{"a": 1}']
        splitter.feed(b": 2}\\n")           # [b'{"b": 2}']
        splitter.end()                     # None (nothing left over)
    """

    __slots__ = ("_limit", "_pending", "_pending_size", "too_long")

    too_long: bool
    """A line went over ``max_line_size``: the lines before it were returned, and the
    rest of the input is ignored."""

    def __init__(self, max_line_size: int | None = None) -> None:
        self._pending: list[bytes] = []
        self._pending_size = 0
        self._limit = sys.maxsize if max_line_size is None else max_line_size
        self.too_long = False

    def feed(self, chunk: bytes) -> list[bytes]:
        """The lines that ``chunk`` completes."""
        if self.too_long:
            return []
        if b"\n" not in chunk:
            if chunk:
                self._pending.append(chunk)
                self._pending_size += len(chunk)
                if self._pending_size > self._limit:
                    self._overflow([], 0)
            return []
        lines = chunk.split(b"\n")
        if self._pending:
            self._pending.append(lines[0])
            lines[0] = b"".join(self._pending)
            self._pending.clear()
        tail = lines.pop()
        if tail:
            self._pending.append(tail)
        self._pending_size = len(tail)
        limit = self._limit
        # Only the first line can be longer than the chunk; the others only in a big chunk.
        if len(lines[0]) > limit or len(tail) > limit or len(chunk) > limit:
            for number, line in enumerate(lines):
                if len(line) > limit:
                    self._overflow(lines, number)
                    break
            else:
                if len(tail) > limit:
                    self._overflow(lines, len(lines))
        return lines

    def _overflow(self, lines: list[bytes], at: int) -> None:
        del lines[at:]
        self._pending.clear()
        self._pending_size = 0
        self.too_long = True

    def end(self) -> bytes | None:
        """The last line, when the body did not end with ``\\n`` (else ``None``)."""
        if not self._pending:
            return None
        line = b"".join(self._pending)
        self._pending.clear()
        return line


class ResultDecoder:
    """Lines of a results file in, ``MessageBatchIndividualResponse`` models out; no I/O.

    Blank lines are skipped. A line that is not a JSON object with a ``custom_id`` and a
    ``result`` raises ``APIResponseValidationError`` naming the line number. Results of a
    type this release does not know come as ``UnknownBatchResult`` with all their fields.

    Example::

        decoder = ResultDecoder()
        [r.custom_id for r in decoder.feed(b'{"custom_id":"a","result":{"type":"expired"}}\\n')]
    """

    __slots__ = ("_from_dict", "_limit", "_splitter", "error", "lines", "request")

    lines: int
    """Lines read so far, blank ones included."""
    error: ResponseTooLargeError | None
    """Set when a line went over ``max_line_size``; raise it after the results returned."""

    def __init__(
        self, request: httpx.Request | None = None, max_line_size: int | None = None
    ) -> None:
        from claude_messages_generated.models import MessageBatchIndividualResponse

        self._from_dict = MessageBatchIndividualResponse.from_dict
        self._limit = check_size_limit("max_line_size", max_line_size)
        self._splitter = LineSplitter(self._limit)
        self.request = request
        self.lines = 0
        self.error = None

    def feed(self, chunk: bytes) -> list[MessageBatchIndividualResponse]:
        """The results completed by ``chunk``."""
        splitter = self._splitter
        lines = splitter.feed(chunk)
        if splitter.too_long and self.error is None:
            assert self._limit is not None
            what = f"Line {self.lines + len(lines) + 1} of the batch results"
            self.error = event_too_large(self._limit, self.request, what)
        if not lines:
            return []
        first = self.lines
        self.lines += len(lines)
        from_dict, loads = self._from_dict, json.loads
        try:  # the fast path: every line a result
            return [from_dict(loads(line)) for line in lines]
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
        # Some line is blank or broken: go again line by line, to skip or to explain.
        return [
            self._decode(line, number)
            for number, line in enumerate(lines, first + 1)
            if line and not line.isspace()
        ]

    def finish(self) -> list[MessageBatchIndividualResponse]:
        """The result on a last line without ``\\n``, if any."""
        line = self._splitter.end()
        if line is None:
            return []
        self.lines += 1
        return [] if line.isspace() else [self._decode(line, self.lines)]

    def _decode(self, line: bytes, number: int) -> MessageBatchIndividualResponse:
        try:
            data = json.loads(line)
        except ValueError as exc:
            raise self._error("is not JSON", line, number) from exc
        if not isinstance(data, dict):
            raise self._error("is not a JSON object", line, number)
        try:
            return self._from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            problem = f"is not a batch result ({type(exc).__name__}: {exc})"
            raise self._error(problem, line, number) from exc

    def _error(self, problem: str, line: bytes, number: int) -> APIResponseValidationError:
        text = line.decode("utf-8", "replace")
        shown = text if len(text) <= _SHOWN else text[:_SHOWN] + "..."
        return APIResponseValidationError(
            f"Line {number} of the batch results {problem}: {shown}", self.request, body=text
        )


class BatchResults:
    """The results of a batch, one ``MessageBatchIndividualResponse`` per line, streamed.

    Returned by ``client.messages.batches.results(batch_id)`` once the answer's status
    arrived. Iterate it once; leave it with ``with`` (or ``close()``) to release the
    connection when stopping early. Each item has ``custom_id`` and ``result``:
    ``MessageBatchSucceededResult`` (``.message``), ``MessageBatchErroredResult``
    (``.error``), ``MessageBatchCanceledResult``, ``MessageBatchExpiredResult``, or
    ``UnknownBatchResult`` for a newer type. A connection lost midway raises
    ``APIConnectionError``; a line that is not a result, ``APIResponseValidationError``.

    Example::

        with client.messages.batches.results(batch.id) as results:
            for item in results:
                if item.result.type_ == "succeeded":
                    print(item.custom_id, item.result.message.content[0].text)
                else:
                    print(item.custom_id, item.result.type_)
    """

    response: httpx.Response
    request_id: str | None

    def __init__(
        self, response: httpx.Response, *, max_line_size: int | None = DEFAULT_MAX_EVENT_SIZE
    ) -> None:
        self.response = response
        self.request_id = response.headers.get("request-id")
        self._decoder = ResultDecoder(request_of(response), max_line_size)
        self._release = Release(response)
        # The generator never refers to this object: no reference cycle (see _release).
        self._iterator = _iter_results(self._decoder, response, self._release)

    def __iter__(self) -> Iterator[MessageBatchIndividualResponse]:
        return self._iterator

    def __next__(self) -> MessageBatchIndividualResponse:
        return self._iterator.__next__()

    def __enter__(self) -> BatchResults:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop reading and release the connection. Safe to call more than once."""
        self._iterator.close()
        self._release.close()


def _iter_results(
    decoder: ResultDecoder, response: httpx.Response, release: Release
) -> Generator[MessageBatchIndividualResponse, None, None]:
    chunks = cast(Generator[bytes, None, None], response.iter_bytes())
    try:
        for chunk in chunks:
            results = decoder.feed(chunk)
            if results:
                yield from results
            if decoder.error is not None:
                raise decoder.error
        yield from decoder.finish()
    except httpx.TransportError as exc:
        raise_transport_error(exc, decoder.request, reading="the batch results")
    finally:
        chunks.close()
        release.close()


class AsyncBatchResults:
    """The async twin of ``BatchResults``: ``async for``, ``async with``, ``await aclose()``.

    Example::

        async with await client.messages.batches.results(batch.id) as results:
            async for item in results:
                print(item.custom_id, item.result.type_)
    """

    response: httpx.Response
    request_id: str | None

    def __init__(
        self, response: httpx.Response, *, max_line_size: int | None = DEFAULT_MAX_EVENT_SIZE
    ) -> None:
        self.response = response
        self.request_id = response.headers.get("request-id")
        self._decoder = ResultDecoder(request_of(response), max_line_size)
        self._release = AsyncRelease(response)
        self._iterator = _aiter_results(self._decoder, response, self._release)

    def __aiter__(self) -> AsyncIterator[MessageBatchIndividualResponse]:
        return self._iterator

    async def __anext__(self) -> MessageBatchIndividualResponse:
        return await self._iterator.__anext__()

    async def __aenter__(self) -> AsyncBatchResults:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Stop reading and release the connection. Safe to call more than once."""
        await self._iterator.aclose()
        await self._release.aclose()

    async def close(self) -> None:
        """The official SDK's name for ``aclose`` (``await results.close()``)."""
        await self.aclose()


async def _aiter_results(
    decoder: ResultDecoder, response: httpx.Response, release: AsyncRelease
) -> AsyncGenerator[MessageBatchIndividualResponse, None]:
    chunks = cast(AsyncGenerator[bytes, None], response.aiter_bytes())
    try:
        async for chunk in chunks:
            for result in decoder.feed(chunk):
                yield result
            if decoder.error is not None:
                raise decoder.error
        for result in decoder.finish():
            yield result
    except httpx.TransportError as exc:
        raise_transport_error(exc, decoder.request, reading="the batch results")
    finally:
        await chunks.aclose()
        await release.aclose()
