"""Batch results as JSON Lines, read in constant memory: ``BatchResults``, ``AsyncBatchResults``.

A batch's results file may hold 100,000 lines and hundreds of megabytes, so it
is never read whole: the body's chunks go through ``ResultDecoder`` (bytes in, typed
``MessageBatchIndividualResponse`` out, its lines cut by the shared ``LineDecoder``), pure
and shared by the sync and async readers, which only differ in how they read chunks.
Memory is bounded by one network chunk plus the longest line, and a line longer than the
client's ``max_event_size`` raises ``ResponseTooLargeError`` (after the results before it)
instead of being held.

Lines are split on ``\\n`` only (a trailing ``\\r`` is JSON whitespace): unlike
``str.splitlines``, a U+2028 inside a JSON string cannot split a line. Lines are parsed as
bytes, with no decoding pass of their own.
"""

from __future__ import annotations

import json
import sys
from collections.abc import AsyncGenerator, Generator
from functools import partial
from typing import TYPE_CHECKING, cast

import httpx

from ._exceptions import (
    APIResponseValidationError,
    ResponseTooLargeError,
    raise_transport_error,
    request_of,
)
from ._limits import DEFAULT_MAX_EVENT_SIZE, check_size_limit, event_too_large
from ._lines import LineDecoder
from ._release import AsyncRelease, AsyncStreamedBody, Release, StreamedBody

if TYPE_CHECKING:
    from claude_messages_generated.models import MessageBatchIndividualResponse

__all__ = ["AsyncBatchResults", "BatchResults", "ResultDecoder"]

_SHOWN = 200  # characters of a bad line quoted in the error


class ResultDecoder:
    """The bytes of a results file in, ``MessageBatchIndividualResponse`` models out; no I/O.

    Blank lines are skipped. A line that is not a JSON object with a ``custom_id`` and a
    ``result`` raises ``APIResponseValidationError`` naming the line number. Results of a
    type this release does not know come as ``UnknownBatchResult`` with all their fields.

    Example::

        decoder = ResultDecoder()
        [r.custom_id for r in decoder.feed(b'{"custom_id":"a","result":{"type":"expired"}}\\n')]
    """

    __slots__ = ("_from_dict", "_limit", "_max", "_split", "error", "lines", "request")

    lines: int
    """Lines read so far, blank ones included."""
    error: ResponseTooLargeError | None
    """Set when a line went over ``max_line_size``; raise it after the results returned (the
    rest of the input is ignored)."""

    def __init__(
        self, request: httpx.Request | None = None, max_line_size: int | None = None
    ) -> None:
        from claude_messages_generated.models import MessageBatchIndividualResponse

        self._from_dict = MessageBatchIndividualResponse.from_dict
        self._limit = check_size_limit("max_line_size", max_line_size)
        self._max = sys.maxsize if self._limit is None else self._limit
        self._split = LineDecoder()
        self.request = request
        self.lines = 0
        self.error = None

    def feed(self, chunk: bytes) -> list[MessageBatchIndividualResponse]:
        """The results completed by ``chunk``."""
        if self.error is not None:
            return []
        split, limit = self._split, self._max
        lines = split.feed(chunk)
        # Only the first line can be longer than the chunk; the others only in a big chunk.
        if split.pending_size > limit or (lines and (len(lines[0]) > limit or len(chunk) > limit)):
            self._stop_at_long_line(lines)
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

    def flush(self) -> list[MessageBatchIndividualResponse]:
        """The end of the input: the result on a last line without ``\\n``, if any."""
        last = self._split.flush()
        if not last:
            return []
        self.lines += 1
        return [] if last[0].isspace() else [self._decode(last[0], self.lines)]

    def _stop_at_long_line(self, lines: list[bytes]) -> None:
        """Keep the lines before the first one over the limit, if any; drop it and all after."""
        limit = self._max
        at = next((n for n, line in enumerate(lines) if len(line) > limit), None)
        if at is None:
            if self._split.pending_size <= limit:
                return  # a big chunk of short lines
            at = len(lines)  # the line still arriving is over
        del lines[at:]
        self._split.clear()
        assert self._limit is not None
        what = f"Line {self.lines + at + 1} of the batch results"
        self.error = event_too_large(self._limit, self.request, what)

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


class BatchResults(StreamedBody["MessageBatchIndividualResponse"]):
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

    def __init__(
        self, response: httpx.Response, *, max_line_size: int | None = DEFAULT_MAX_EVENT_SIZE
    ) -> None:
        decoder = ResultDecoder(request_of(response), max_line_size)
        super().__init__(response, partial(_iter_results, decoder, response))


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
        yield from decoder.flush()
    except httpx.TransportError as exc:
        raise_transport_error(exc, decoder.request, reading="the batch results")
    finally:
        chunks.close()
        release.close()


class AsyncBatchResults(AsyncStreamedBody["MessageBatchIndividualResponse"]):
    """The async twin of ``BatchResults``: ``async for``, ``async with``, ``await aclose()``.

    Example::

        async with await client.messages.batches.results(batch.id) as results:
            async for item in results:
                print(item.custom_id, item.result.type_)
    """

    def __init__(
        self, response: httpx.Response, *, max_line_size: int | None = DEFAULT_MAX_EVENT_SIZE
    ) -> None:
        decoder = ResultDecoder(request_of(response), max_line_size)
        super().__init__(response, partial(_aiter_results, decoder, response))


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
        for result in decoder.flush():
            yield result
    except httpx.TransportError as exc:
        raise_transport_error(exc, decoder.request, reading="the batch results")
    finally:
        await chunks.aclose()
        await release.aclose()
