"""``messages.stream()``: ``MessageStream`` / ``AsyncMessageStream`` and their managers.

A message stream wraps the events of one streaming response (their JSON objects, as the
``Stream`` decodes them), feeds each to a ``MessageAccumulator`` and hands them out three
ways: as typed events (``for event in stream``), as text (``stream.text_stream``), or not
at all (``until_done()`` / ``get_final_message()``). All three share one pass over the
events, so a stream can be read partly one way and finished another.

Only I/O differs between the twins: the accumulation, the typed events, the derived events
and which hooks to call are computed by ``_MessageStreamBase`` for both; the twins iterate
and call (sync) or await (async).

Work per event is kept to what the reader asked for: ``text_stream``
and ``get_final_message()`` never build a typed event; typed events are built only while
iterating events or when ``on_stream_event`` is overridden; snapshots are built only when
read.
"""

from __future__ import annotations

from collections.abc import (
    AsyncGenerator,
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterable,
    Iterator,
    Mapping,
)
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx
from claude_messages_generated.models import Message, TextBlock

from ._accumulate import MessageAccumulator
from ._closing import AsyncClosing, Closing

if TYPE_CHECKING:
    from claude_messages_generated.sdk_types import ContentBlock
from ._exceptions import APITimeoutError, IncompleteStreamError, request_of
from ._limits import DEFAULT_MAX_EVENT_SIZE
from ._message_stream_events import (
    ContentBlockStopEvent,
    DerivedEvent,
    InputJsonEvent,
    MessageStopEvent,
    RawEvent,
    StreamEvent,
    TextEvent,
    derive_event,
    raw_event,
)
from ._params import SupportsToDict
from ._streaming import AsyncStream, Stream

__all__ = [
    "AsyncMessageStream",
    "AsyncMessageStreamManager",
    "MessageStream",
    "MessageStreamManager",
]


_HOOKS = (
    "on_stream_event",
    "on_text",
    "on_input_json",
    "on_content_block",
    "on_message",
    "on_exception",
    "on_timeout",
    "on_end",
)
# The hooks called per event; when a handler overrides none of them, events take the
# fast path with no hook bookkeeping at all.
_EVENT_HOOKS = frozenset(_HOOKS[:5])


_HOOK_CACHE: dict[type, frozenset[str]] = {}


def _overridden_hooks(cls: type, root: type) -> frozenset[str]:
    hooks = _HOOK_CACHE.get(cls)
    if hooks is None:
        hooks = frozenset(n for n in _HOOKS if getattr(cls, n) is not getattr(root, n))
        _HOOK_CACHE[cls] = hooks
    return hooks


def _as_dict(event: Any) -> dict[str, Any]:
    # Sources normally yield the events' JSON objects; typed events are accepted too.
    if type(event) is dict:
        return event
    if isinstance(event, Mapping):
        return dict(event)
    data: dict[str, Any] = event.to_dict()
    return data


class _MessageStreamBase:
    """What both twins share: accumulation, typed and derived events, hook planning."""

    _acc: MessageAccumulator
    _response: httpx.Response | None
    _error: Exception | None
    _hooks: frozenset[str]
    _event_hooks: bool
    _memo_data: object
    _memo: tuple[RawEvent | None, DerivedEvent | None]
    _pending: DerivedEvent | None
    _ended: bool
    _closed: bool

    def _setup(self, response: httpx.Response | None, root: type) -> None:
        self._acc = MessageAccumulator()
        self._response = response
        self._error = None
        self._hooks = _overridden_hooks(type(self), root)
        self._event_hooks = not self._hooks.isdisjoint(_EVENT_HOOKS)
        self._memo_data = None
        self._memo = (None, None)
        # A derived event not handed out yet because the reader stopped right after its
        # raw event; whoever reads on (events, text_stream, until_done) takes it.
        self._pending = None
        self._ended = False
        self._closed = False

    @property
    def response(self) -> httpx.Response:
        """The ``httpx.Response`` being streamed (headers, status).

        Example::

            print(stream.response.headers["content-type"])
        """
        if self._response is None:
            raise RuntimeError("this MessageStream was built without a response")
        return self._response

    @property
    def request_id(self) -> str | None:
        """The ``request-id`` header of the response (quote it when reporting a problem).

        Example::

            log.info("streaming %s", stream.request_id)
        """
        if self._response is None:
            return None
        value: str | None = self._response.headers.get("request-id")
        return value

    @property
    def current_message_snapshot(self) -> Message:
        """The message as received so far: built on demand, cached until the next event.

        Still reachable after a stream error, so a partial answer is not lost. Raises
        ``StreamError`` if not even ``message_start`` arrived.

        Example::

            try:
                stream.until_done()
            except APIError:
                partial = stream.current_message_snapshot
        """
        return self._acc.snapshot()

    def _events_for(self, data: dict[str, Any]) -> tuple[RawEvent | None, DerivedEvent | None]:
        """The typed event for ``data`` and its derived event, once per event.

        Called right after ``data`` was accumulated (the pass over the events is paused
        there), so a derived event captures its block exactly as this delta left it.
        """
        if data is self._memo_data:
            return self._memo
        raw = raw_event(data)
        derived: DerivedEvent | None = None
        finish = _FINISH.get(data["type"])
        if finish is not None and raw is not None:
            derived = finish(self._acc, data, raw)
        self._memo_data = data
        self._memo = (raw, derived)
        return raw, derived

    def _take_pending(self) -> DerivedEvent | None:
        pending = self._pending
        self._pending = None
        return pending

    def _hook_calls(self, data: dict[str, Any]) -> list[tuple[str, tuple[Any, ...]]]:
        """The per-event hooks to call for ``data``, in order, with their arguments."""
        hooks = self._hooks
        calls: list[tuple[str, tuple[Any, ...]]] = []
        kind = data["type"]
        # Typed events are built only for the hooks that take them; the stop events (one
        # per block or message) carry the finished block or message, so the hook and the
        # iterated event share the same object.
        if kind in _STOP_EVENTS or not hooks.isdisjoint(_EVENTS_NEEDED):
            raw, derived = self._events_for(data)
            if raw is not None and "on_stream_event" in hooks:
                calls.append(("on_stream_event", (raw,)))
            if type(derived) is TextEvent and "on_text" in hooks:
                calls.append(("on_text", (derived.text, derived.snapshot)))
            elif type(derived) is InputJsonEvent and "on_input_json" in hooks:
                calls.append(("on_input_json", (derived.partial_json, derived.snapshot)))
            elif type(raw) is ContentBlockStopEvent and "on_content_block" in hooks:
                calls.append(("on_content_block", (raw.content_block,)))
            elif type(raw) is MessageStopEvent and "on_message" in hooks:
                calls.append(("on_message", (raw.message,)))
        return calls

    def _error_hooks(self, exc: Exception) -> list[tuple[str, tuple[Any, ...]]]:
        self._error = exc
        if isinstance(exc, APITimeoutError):
            return [("on_timeout", ()), ("on_exception", (exc,))]
        return [("on_exception", (exc,))]

    def _check_complete(self) -> None:
        # The Stream raises this itself; checked again so that any source is held to it.
        if not self._acc.stopped:
            raise IncompleteStreamError(
                "The stream ended before message_stop; "
                "the partial message is in current_message_snapshot",
                request_of(self._response) if self._response is not None else None,
            )

    def _final_text(self) -> str:
        message = self._acc.final_message()
        return "".join(block.text for block in message.content if isinstance(block, TextBlock))


_EVENTS_NEEDED = frozenset({"on_stream_event", "on_text", "on_input_json"})
_STOP_EVENTS = frozenset({"content_block_stop", "message_stop"})


def _finish_delta(
    acc: MessageAccumulator, data: dict[str, Any], raw: RawEvent
) -> DerivedEvent | None:
    return derive_event(acc.block(data["index"]), data["delta"])


def _finish_block_stop(acc: MessageAccumulator, data: dict[str, Any], raw: RawEvent) -> None:
    raw.content_block = acc.content_block(data["index"])  # type: ignore[union-attr]


def _finish_message_stop(acc: MessageAccumulator, data: dict[str, Any], raw: RawEvent) -> None:
    raw.message = acc.final_message()  # type: ignore[union-attr]


_FINISH: dict[
    object, Callable[[MessageAccumulator, dict[str, Any], RawEvent], DerivedEvent | None]
] = {
    "content_block_delta": _finish_delta,
    "content_block_stop": _finish_block_stop,
    "message_stop": _finish_message_stop,
}


class MessageStream(_MessageStreamBase, Closing):
    """The stream ``client.messages.stream(...)`` yields: events, text, and the final message.

    Iterating yields the raw events (the generated models) and, after each delta, a derived
    event: ``TextEvent`` (``type == "text"``), ``InputJsonEvent`` (``"input_json"``),
    ``ThinkingEvent``, ``SignatureEvent``, ``CitationEvent``. Every event has ``text``:
    the new text on a ``TextEvent``, ``""`` on all others, so printing ``event.text`` for
    every event prints the answer exactly once. Raw events are thin subclasses of the
    generated classes that add ``text`` and ``type`` as class attributes (no per-event cost).

    The events are read once, in one pass shared by ``for event in stream``,
    ``text_stream``, ``until_done()`` and ``get_final_message()``; leaving the ``with``
    block (or ``close()``) closes the connection.

    ``event_handler``: pass a subclass to ``messages.stream(..., event_handler=...)`` and
    override any of the ``on_*`` hooks; they run as the stream is read, whichever way it is
    read (``until_done()`` is enough).

    Example::

        with client.messages.stream(max_tokens=100, messages=msgs, model=model) as stream:
            for event in stream:
                print(event.text, end="", flush=True)
            message = stream.get_final_message()
    """

    def __init__(
        self,
        events: Iterable[Mapping[str, Any] | SupportsToDict],
        *,
        response: httpx.Response | None = None,
        close: Callable[[], object] | None = None,
    ) -> None:
        """Wrap ``events`` (the events' JSON objects, in order); ``close`` releases them."""
        self._setup(response, MessageStream)
        self._source = events
        self._close_source = close
        self._iterator = self._pump()
        self._events = self._iter_events()

    def __iter__(self) -> Iterator[StreamEvent]:
        return self._events

    def __next__(self) -> StreamEvent:
        return next(self._events)

    @property
    def text_stream(self) -> Iterator[str]:
        """The text as it arrives, piece by piece (text deltas only).

        Example::

            for text in stream.text_stream:
                print(text, end="", flush=True)
        """
        return self._iter_text()

    def until_done(self) -> None:
        """Read the stream to its end (hooks run); raise the stream's error if it failed.

        Example::

            stream.until_done()
        """
        self._take_pending()
        for _ in self._iterator:
            pass
        if self._error is not None:
            raise self._error

    def get_final_message(self) -> Message:
        """Read to the end and return the complete ``Message``.

        Equal, field for field, to what ``create()`` returns for the same answer.

        Example::

            message = stream.get_final_message()
            print(message.stop_reason, message.usage.output_tokens)
        """
        self.until_done()
        return self._acc.final_message()

    def get_final_text(self) -> str:
        """Read to the end and return the text of all text blocks, joined (``""`` if none).

        Example::

            print(stream.get_final_text())
        """
        self.until_done()
        return self._final_text()

    def close(self) -> None:
        """Stop reading and release the connection (``on_end`` runs if it has not yet).

        Example::

            stream.close()
        """
        if self._closed:
            return
        self._closed = True
        try:
            self._iterator.close()
        finally:
            if self._close_source is not None:
                self._close_source()
            self._end()

    # -- hooks (override in an event_handler subclass) ---------------------------------------

    def on_stream_event(self, event: RawEvent) -> None:
        """Called for every raw event (``message_start``, ``content_block_delta``, ...)."""

    def on_text(self, text: str, snapshot: str) -> None:
        """Called for new text: the piece and the block's text so far."""

    def on_input_json(self, partial_json: str, snapshot: object) -> None:
        """Called for a piece of tool input JSON and the input parsed so far."""

    def on_content_block(self, block: ContentBlock) -> None:
        """Called when a content block is complete."""

    def on_message(self, message: Message) -> None:
        """Called with the final message at ``message_stop``."""

    def on_exception(self, exception: Exception) -> None:
        """Called when the stream fails (the exception is raised after this returns)."""

    def on_timeout(self) -> None:
        """Called when the stream times out (before ``on_exception``)."""

    def on_end(self) -> None:
        """Called once when the stream is over: complete, failed or closed."""

    # -- the pass over the events -----------------------------------------------------------

    def _pump(self) -> Generator[dict[str, Any], None, None]:
        add = self._acc.add
        try:
            for item in self._source:
                data = item if type(item) is dict else _as_dict(item)
                add(data)
                if self._event_hooks:
                    self._memo_data = None
                    for name, args in self._hook_calls(data):
                        getattr(self, name)(*args)
                yield data
            self._check_complete()
        except Exception as exc:
            for name, args in self._error_hooks(exc):
                getattr(self, name)(*args)
            self._end()
            raise
        self._end()

    def _iter_events(self) -> Generator[StreamEvent, None, None]:
        events_for = self._events_for
        for data in self._iterator:
            raw, derived = events_for(data)
            self._memo_data = None
            self._pending = derived
            if raw is not None:
                yield raw
            derived = self._pending  # text_stream or until_done may have taken it meanwhile
            if derived is not None:
                self._pending = None
                yield derived

    def _iter_text(self) -> Iterator[str]:
        pending = self._take_pending()
        if type(pending) is TextEvent:
            yield pending.text
        for data in self._iterator:
            if data["type"] == "content_block_delta":
                delta = data["delta"]
                if delta["type"] == "text_delta":
                    yield delta["text"]

    def _end(self) -> None:
        if not self._ended:
            self._ended = True
            self.on_end()


class AsyncMessageStream(_MessageStreamBase, AsyncClosing):
    """The async twin of ``MessageStream``: ``async for``, ``await``, async hooks.

    Everything ``MessageStream`` says holds; hooks are ``async def`` and are awaited.

    Example::

        async with client.messages.stream(max_tokens=100, messages=msgs, model=model) as stream:
            async for text in stream.text_stream:
                print(text, end="", flush=True)
            message = await stream.get_final_message()
    """

    def __init__(
        self,
        events: AsyncIterable[Mapping[str, Any] | SupportsToDict],
        *,
        response: httpx.Response | None = None,
        close: Callable[[], Awaitable[object]] | None = None,
    ) -> None:
        """Wrap ``events`` (the events' JSON objects, in order); ``close`` releases them."""
        self._setup(response, AsyncMessageStream)
        self._source = events
        self._close_source = close
        self._iterator = self._pump()
        self._events = self._iter_events()

    def __aiter__(self) -> AsyncIterator[StreamEvent]:
        return self._events

    async def __anext__(self) -> StreamEvent:
        return await self._events.__anext__()

    @property
    def text_stream(self) -> AsyncIterator[str]:
        """The text as it arrives, piece by piece (text deltas only).

        Example::

            async for text in stream.text_stream:
                print(text, end="", flush=True)
        """
        return self._iter_text()

    async def until_done(self) -> None:
        """Read the stream to its end (hooks run); raise the stream's error if it failed.

        Example::

            await stream.until_done()
        """
        self._take_pending()
        async for _ in self._iterator:
            pass
        if self._error is not None:
            raise self._error

    async def get_final_message(self) -> Message:
        """Read to the end and return the complete ``Message``.

        Example::

            message = await stream.get_final_message()
        """
        await self.until_done()
        return self._acc.final_message()

    async def get_final_text(self) -> str:
        """Read to the end and return the text of all text blocks, joined (``""`` if none).

        Example::

            print(await stream.get_final_text())
        """
        await self.until_done()
        return self._final_text()

    async def aclose(self) -> None:
        """Stop reading and release the connection (``on_end`` runs if it has not yet).

        Example::

            await stream.aclose()
        """
        if self._closed:
            return
        self._closed = True
        try:
            await self._iterator.aclose()
        finally:
            if self._close_source is not None:
                await self._close_source()
            await self._end()

    close = aclose
    """The official SDK's name for ``aclose``."""

    # -- hooks (override with ``async def`` in an event_handler subclass) --------------------

    async def on_stream_event(self, event: RawEvent) -> None:
        """Called for every raw event (``message_start``, ``content_block_delta``, ...)."""

    async def on_text(self, text: str, snapshot: str) -> None:
        """Called for new text: the piece and the block's text so far."""

    async def on_input_json(self, partial_json: str, snapshot: object) -> None:
        """Called for a piece of tool input JSON and the input parsed so far."""

    async def on_content_block(self, block: ContentBlock) -> None:
        """Called when a content block is complete."""

    async def on_message(self, message: Message) -> None:
        """Called with the final message at ``message_stop``."""

    async def on_exception(self, exception: Exception) -> None:
        """Called when the stream fails (the exception is raised after this returns)."""

    async def on_timeout(self) -> None:
        """Called when the stream times out (before ``on_exception``)."""

    async def on_end(self) -> None:
        """Called once when the stream is over: complete, failed or closed."""

    # -- the pass over the events -----------------------------------------------------------

    async def _pump(self) -> AsyncGenerator[dict[str, Any], None]:
        add = self._acc.add
        try:
            async for item in self._source:
                data = item if type(item) is dict else _as_dict(item)
                add(data)
                if self._event_hooks:
                    self._memo_data = None
                    for name, args in self._hook_calls(data):
                        await getattr(self, name)(*args)
                yield data
            self._check_complete()
        except Exception as exc:
            for name, args in self._error_hooks(exc):
                await getattr(self, name)(*args)
            await self._end()
            raise
        await self._end()

    async def _iter_events(self) -> AsyncGenerator[StreamEvent, None]:
        events_for = self._events_for
        async for data in self._iterator:
            raw, derived = events_for(data)
            self._memo_data = None
            self._pending = derived
            if raw is not None:
                yield raw
            derived = self._pending  # text_stream or until_done may have taken it meanwhile
            if derived is not None:
                self._pending = None
                yield derived

    async def _iter_text(self) -> AsyncIterator[str]:
        pending = self._take_pending()
        if type(pending) is TextEvent:
            yield pending.text
        async for data in self._iterator:
            if data["type"] == "content_block_delta":
                delta = data["delta"]
                if delta["type"] == "text_delta":
                    yield delta["text"]

    async def _end(self) -> None:
        if not self._ended:
            self._ended = True
            await self.on_end()


class MessageStreamManager:
    """What ``client.messages.stream(...)`` returns: ``with`` it to send and stream.

    The request is sent on ``__enter__`` (error answers raise there, after the client's
    retries); ``__enter__`` returns the ``MessageStream`` (or the ``event_handler``
    subclass); ``__exit__`` closes it and releases the connection.

    Example::

        with client.messages.stream(max_tokens=100, messages=msgs, model=model) as stream:
            print(stream.get_final_text())
    """

    def __init__(
        self,
        make_response: Callable[[], httpx.Response],
        *,
        event_handler: type[MessageStream] | None = None,
        idle_timeout: float | None = None,
        max_event_size: int | None = DEFAULT_MAX_EVENT_SIZE,
    ) -> None:
        self._make_response = make_response
        self._event_handler: type[MessageStream] = event_handler or MessageStream
        self._idle_timeout = idle_timeout
        self._max_event_size = max_event_size
        self._stream: MessageStream | None = None

    def __enter__(self) -> MessageStream:
        response = self._make_response()
        try:
            # The events' JSON objects: the accumulator reads them directly, and typed
            # events are built only for those who iterate events.
            raw = Stream(
                response,
                idle_timeout=self._idle_timeout,
                as_dicts=True,
                max_event_size=self._max_event_size,
            )
            self._stream = self._event_handler(raw, response=response, close=raw.close)
        except BaseException:
            response.close()
            raise
        return self._stream

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._stream is not None:
            self._stream.close()


class AsyncMessageStreamManager:
    """What ``AsyncClient.messages.stream(...)`` returns: ``async with`` it to stream.

    Example::

        async with client.messages.stream(max_tokens=100, messages=msgs, model=model) as stream:
            print(await stream.get_final_text())
    """

    def __init__(
        self,
        make_response: Callable[[], Awaitable[httpx.Response]],
        *,
        event_handler: type[AsyncMessageStream] | None = None,
        idle_timeout: float | None = None,
        max_event_size: int | None = DEFAULT_MAX_EVENT_SIZE,
    ) -> None:
        self._make_response = make_response
        self._event_handler: type[AsyncMessageStream] = event_handler or AsyncMessageStream
        self._idle_timeout = idle_timeout
        self._max_event_size = max_event_size
        self._stream: AsyncMessageStream | None = None

    async def __aenter__(self) -> AsyncMessageStream:
        response = await self._make_response()
        try:
            raw = AsyncStream(
                response,
                idle_timeout=self._idle_timeout,
                as_dicts=True,
                max_event_size=self._max_event_size,
            )
            self._stream = self._event_handler(raw, response=response, close=raw.aclose)
        except BaseException:
            await response.aclose()
            raise
        return self._stream

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._stream is not None:
            await self._stream.aclose()
