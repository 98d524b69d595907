"""``Stream`` and ``AsyncStream``: the typed raw events of a ``text/event-stream`` answer.

Only the reading of bytes differs between the two. Everything per chunk (SSE decoding,
JSON, model building, ``ping``/``error``/unknown handling, the idle limit, the check for
``message_stop``) lives in ``_EventReader``, which does no I/O.

What a stream yields and raises:

- the six message events (``MessageStreamEvent``), as generated models, in order;
- ``ping`` is never yielded (as in the official SDK's raw streams); it only keeps the
  connection alive, and does not count as activity for the idle limit;
- unknown event types are skipped, counted in ``unknown_events`` and logged at DEBUG;
- an ``error`` event raises the ``APIStatusError`` subclass of its ``error.type``
  (``OverloadedError``, ``RateLimitError``, ...) carrying the ``request-id``, after every
  event that preceded it has been yielded;
- data that is not JSON (or not a typed object) raises ``StreamDecodeError``;
- a transport failure raises ``APITimeoutError``/``APIConnectionError`` (``from`` the
  httpx error); the end of the body before ``message_stop`` raises ``IncompleteStreamError``.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import AsyncGenerator, Callable, Generator
from functools import partial
from typing import Any, Literal, TypeVar, cast, overload

import httpx

from ._events import (
    EVENT_TYPES,
    PARSERS,
    MessageStreamEvent,
    bad_json_error,
    not_an_event_error,
    schema_error,
)
from ._exceptions import (
    APITimeoutError,
    IncompleteStreamError,
    ResponseTooLargeError,
    StreamDecodeError,
    make_event_error,
    raise_transport_error,
    request_of,
)
from ._limits import (
    DEFAULT_MAX_EVENT_SIZE,
    abody_chunks,
    body_chunks,
    check_size_limit,
    event_too_large,
)
from ._loads import loader
from ._release import AsyncRelease, AsyncStreamedBody, Release, StreamedBody
from ._sse import SSEDecoder

__all__ = ["AsyncStream", "Stream"]

_T = TypeVar("_T")

logger = logging.getLogger("claude_messages")


_TRANSPORT_CHUNK = 64 * 1024  # the most httpcore reads from a socket at once
_DATA_PREFIX = len(b"data: ")


def _next_check(counted: int, size: int, limit: int, timed: bool) -> int:
    """After how many held chunks to count their bytes again.

    Counting every tiny chunk would cost the hot path; instead the bytes are added up
    when the number of held chunks reaches a mark set so that, with chunks of at most
    ``_TRANSPORT_CHUNK`` bytes, the held bytes cannot pass ``limit`` before the next
    count; a larger chunk (from a transport passed in) is counted at once. (The decoder
    checks each event's exact size when it gets the line.) With an idle limit every chunk
    is counted: its wait must be too.
    """
    if timed:
        return counted
    return counted + max(1, (limit - size) // _TRANSPORT_CHUNK)


def _text(raw: bytes) -> str:
    """An event's data as text (for errors and logs only: the hot path reads bytes)."""
    return raw.decode("utf-8", "replace")


class _EventReader:
    """Chunks of the body in, typed events out; no I/O. Shared by both stream classes.

    ``feed`` never raises for what it reads: a stream error found in a chunk is stored in
    ``error`` so that the caller first yields the events that came before it, then raises.
    """

    __slots__ = (
        "_clock",
        "_counted",
        "_decoder",
        "_held_limit",
        "_held_size",
        "_idle",
        "_loads",
        "_parsers",
        "_response",
        "_start",
        "count",
        "done",
        "error",
        "first_check",
        "idle_timeout",
        "max_event_size",
        "request",
        "timed",
        "typed",
        "unknown_events",
    )

    def __init__(
        self,
        response: httpx.Response,
        idle_timeout: float | None,
        typed: bool = True,
        max_event_size: int | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if idle_timeout is not None and not idle_timeout > 0:
            raise ValueError(f"idle_timeout must be a positive number or None, not {idle_timeout}")
        self.max_event_size = check_size_limit("max_event_size", max_event_size)
        self._decoder = SSEDecoder(max_event_size)
        self._response = response
        self.request = request_of(response)
        self._idle = 0.0  # time spent waiting for bytes since the last event other than ping
        self.idle_timeout = idle_timeout
        self.typed = typed  # models, or the events' JSON objects (as_dicts=True)
        self._parsers = PARSERS if typed else None
        self._loads = loader()  # json.loads' results, with orjson where installed
        self.count = 0  # events yielded so far
        self.done = False  # message_stop was seen
        self.error: Exception | None = None
        self.unknown_events: dict[str, int] = {}
        self._clock = clock
        self.timed = idle_timeout is not None
        self._start = 0.0  # when the wait for the next bytes began (idle limit set)
        # The bytes of the chunks held back by the loop (they cannot end a line) are counted
        # only every few chunks (see _next_check): the first ``_counted`` are ``_held_size``.
        self._held_size = self._counted = 0
        # A line is held as sent: it may carry max_event_size bytes of data after "data: ".
        self._held_limit = (self.max_event_size or sys.maxsize) + _DATA_PREFIX
        self.first_check = _next_check(0, 0, self._held_limit, self.timed)

    def mark(self) -> None:
        """Start timing the wait for the next bytes (idle limit set)."""
        self._start = self._clock()

    def count_held(self, held: list[bytes]) -> int:
        """Count the held chunks' bytes; return after how many held chunks to count again.

        Raises when they are one line over ``max_event_size``, or when the idle limit
        passed while they came.
        """
        self._held_size += sum(map(len, held[self._counted :]))
        self._counted = len(held)
        if self._held_size > self._held_limit:
            raise self.too_large()
        if self.timed:  # the wait for this chunk counts towards the idle limit
            now = self._clock()
            self.wait(now - self._start)
            if self.error is not None:
                raise self.error
            self._start = now
        return _next_check(self._counted, self._held_size, self._held_limit, self.timed)

    def join_held(self, held: list[bytes], chunk: bytes) -> bytes:
        """The held chunks and ``chunk`` (which may end a line) as one; ``held`` is emptied."""
        held.append(chunk)
        joined = b"".join(held)
        held.clear()
        self._held_size = self._counted = 0
        return joined

    def feed(self, chunk: bytes) -> list[MessageStreamEvent | dict[str, Any]]:
        """Events completed by ``chunk``."""
        out: list[MessageStreamEvent | dict[str, Any]] = []
        active = False
        decoder = self._decoder
        loads = self._loads
        parsers = self._parsers
        for name, raw, _, _ in decoder.feed_raw(chunk):
            try:
                data = loads(raw)
            except ValueError as exc:
                self.error = self._decode_error(bad_json_error(name, _text(raw), exc), exc)
                break
            if type(data) is not dict or type(kind := data.get("type")) is not str:
                self.error = self._decode_error(not_an_event_error(name, _text(raw)))
                break
            if kind == "ping":
                continue
            active = True
            if kind == "error":
                self.error = make_event_error(self._response, data)
                break
            if parsers is None:  # the JSON objects of the known types
                if kind not in EVENT_TYPES:
                    self._skip(kind, raw)
                    continue
                out.append(data)
            else:
                parse = parsers.get(kind)
                if parse is None:
                    self._skip(kind, raw)
                    continue
                try:
                    out.append(parse(data))  # type: ignore[arg-type]  # not ping or error
                except (KeyError, TypeError, ValueError, AttributeError) as exc:
                    # What the generated from_dict raises on a missing key or a wrong shape.
                    error = schema_error(name, kind, _text(raw), exc)
                    self.error = self._decode_error(error, exc)
                    break
            if kind == "message_stop":
                self.done = True
        if decoder.too_large and self.error is None:
            self.error = self.too_large()
        self.count += len(out)
        if self.timed:
            if active:
                self._idle = 0.0
            else:
                self.wait(self._clock() - self._start)
        return out

    def _decode_error(
        self, error: StreamDecodeError, cause: Exception | None = None
    ) -> StreamDecodeError:
        error.request = self.request
        error.__cause__ = cause  # as ``raise error from cause`` would set it
        return error

    def _skip(self, kind: str, raw: bytes) -> None:
        """An event of a type this client does not know: counted, logged, not yielded."""
        self.unknown_events[kind] = self.unknown_events.get(kind, 0) + 1
        logger.debug("Skipped a stream event of unknown type %r: %.200s", kind, _text(raw))

    def wait(self, waited: float) -> None:
        """Count ``waited`` seconds spent on bytes that completed no event (idle limit set).

        Whatever arrives, only an event other than ``ping`` resets the count: a server
        that drips bytes without ever finishing an event still reaches the limit.
        """
        self._idle += waited
        limit = self.idle_timeout
        if limit is not None and self._idle > limit and self.error is None:
            self.error = APITimeoutError(
                f"Stream idle limit reached: no event for {self._idle:.3g} s "
                f"(idle_timeout={limit:g} s; pings and bytes that complete "
                "no event do not count).",
                self.request,
            )

    def too_large(self) -> ResponseTooLargeError:
        """The error for an event over ``max_event_size``."""
        assert self.max_event_size is not None
        return event_too_large(
            self.max_event_size, self.request, f"A stream event (after {self.count} events)"
        )

    def flush(self) -> None:
        """The body ended: raise ``IncompleteStreamError`` unless ``message_stop`` came."""
        self._decoder.flush()
        if not self.done:
            raise IncompleteStreamError(
                f"The stream ended before message_stop, after {self.count} events.",
                self.request,
            )


class Stream(StreamedBody[_T]):
    """The raw events of a streamed message, as typed models (``create(stream=True)``).

    Built by the client from a response opened with ``stream=True`` whose 2xx status was
    checked. Iterate it once; leave it with ``with`` (or call ``close()``) so that the
    connection is released even when you stop early. ``idle_timeout`` (seconds) raises
    ``APITimeoutError`` when that much time is spent waiting without an event other than
    ``ping``, whatever bytes arrive meanwhile; ``clock`` is a monotonic clock (tests may
    pass their own).

    ``response`` is the ``httpx.Response``, ``request_id`` its ``request-id`` header, and
    ``unknown_events`` counts the skipped events of unknown types, by type.

    ``as_dicts=True`` yields each event's JSON object (a ``dict``) instead of its model, with
    the same checks (``ping`` and unknown types skipped, ``error`` raised, valid JSON object
    with a string ``type``, ``message_stop`` required); the fields are not checked against
    the schema. For consumers that work on the JSON anyway, such as ``MessageStream``.

    Example::

        with client.messages.create(..., stream=True) as stream:
            for event in stream:
                if event.type_ == "content_block_delta" and event.delta.type_ == "text_delta":
                    print(event.delta.text, end="", flush=True)
    """

    @overload
    def __init__(
        self: Stream[MessageStreamEvent],
        response: httpx.Response,
        *,
        idle_timeout: float | None = ...,
        clock: Callable[[], float] = ...,
        as_dicts: Literal[False] = ...,
        max_event_size: int | None = ...,
    ) -> None: ...

    @overload
    def __init__(
        self: Stream[dict[str, Any]],
        response: httpx.Response,
        *,
        idle_timeout: float | None = ...,
        clock: Callable[[], float] = ...,
        as_dicts: Literal[True],
        max_event_size: int | None = ...,
    ) -> None: ...

    def __init__(
        self,
        response: httpx.Response,
        *,
        idle_timeout: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        as_dicts: bool = False,
        max_event_size: int | None = DEFAULT_MAX_EVENT_SIZE,
    ) -> None:
        reader = _EventReader(response, idle_timeout, not as_dicts, max_event_size, clock)
        self._reader = reader
        super().__init__(response, cast(Any, partial(_iter_events, reader, response)))

    @property
    def unknown_events(self) -> dict[str, int]:
        """How many events of each unknown type were skipped so far."""
        return self._reader.unknown_events


def _iter_events(
    reader: _EventReader, response: httpx.Response, release: Release
) -> Generator[MessageStreamEvent | dict[str, Any], None, None]:
    """The events of ``Stream``: reads ``response``, closes it through ``release``."""
    timed = reader.timed
    chunks = body_chunks(response)
    held: list[bytes] = []  # chunks that cannot end a line, held back from the decoder
    check_at = first_check = reader.first_check
    try:
        if timed:
            reader.mark()
        for chunk in chunks:
            if 10 not in chunk and 13 not in chunk:  # LF, CR
                held.append(chunk)  # cannot end a line (inline: -20% per tiny chunk, measured)
                if len(held) > check_at or len(chunk) > _TRANSPORT_CHUNK:
                    check_at = reader.count_held(held)
                continue
            if held:
                chunk = reader.join_held(held, chunk)
                check_at = first_check
            events = reader.feed(chunk)
            if events:
                yield from events
            if reader.error is not None:
                raise reader.error
            if timed:
                reader.mark()
        reader.flush()
    except httpx.TransportError as exc:
        raise_transport_error(exc, reader.request, reading="the stream")
    finally:
        close = getattr(chunks, "close", None)
        if close is not None:
            close()
        release.close()


class AsyncStream(AsyncStreamedBody[_T]):
    """The async twin of ``Stream``: ``async for``, ``async with``, ``await aclose()``.

    Example::

        async with await client.messages.create(..., stream=True) as stream:
            async for event in stream:
                print(event.type_)
    """

    @overload
    def __init__(
        self: AsyncStream[MessageStreamEvent],
        response: httpx.Response,
        *,
        idle_timeout: float | None = ...,
        clock: Callable[[], float] = ...,
        as_dicts: Literal[False] = ...,
        max_event_size: int | None = ...,
    ) -> None: ...

    @overload
    def __init__(
        self: AsyncStream[dict[str, Any]],
        response: httpx.Response,
        *,
        idle_timeout: float | None = ...,
        clock: Callable[[], float] = ...,
        as_dicts: Literal[True],
        max_event_size: int | None = ...,
    ) -> None: ...

    def __init__(
        self,
        response: httpx.Response,
        *,
        idle_timeout: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        as_dicts: bool = False,
        max_event_size: int | None = DEFAULT_MAX_EVENT_SIZE,
    ) -> None:
        reader = _EventReader(response, idle_timeout, not as_dicts, max_event_size, clock)
        self._reader = reader
        super().__init__(response, cast(Any, partial(_aiter_events, reader, response)))

    @property
    def unknown_events(self) -> dict[str, int]:
        """How many events of each unknown type were skipped so far."""
        return self._reader.unknown_events


async def _aiter_events(
    reader: _EventReader, response: httpx.Response, release: AsyncRelease
) -> AsyncGenerator[MessageStreamEvent | dict[str, Any], None]:
    """The async twin of ``_iter_events``."""
    timed = reader.timed
    chunks = abody_chunks(response)
    held: list[bytes] = []  # chunks that cannot end a line, held back from the decoder
    check_at = first_check = reader.first_check
    try:
        if timed:
            reader.mark()
        async for chunk in chunks:
            if 10 not in chunk and 13 not in chunk:  # LF, CR
                held.append(chunk)  # cannot end a line (inline: -20% per tiny chunk, measured)
                if len(held) > check_at or len(chunk) > _TRANSPORT_CHUNK:
                    check_at = reader.count_held(held)
                continue
            if held:
                chunk = reader.join_held(held, chunk)
                check_at = first_check
            for event in reader.feed(chunk):
                yield event
            if reader.error is not None:
                raise reader.error
            if timed:
                reader.mark()
        reader.flush()
    except httpx.TransportError as exc:
        raise_transport_error(exc, reader.request, reading="the stream")
    finally:
        aclose = getattr(chunks, "aclose", None)
        if aclose is not None:
            await aclose()
        await release.aclose()
