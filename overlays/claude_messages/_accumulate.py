"""Accumulation of stream events into a ``Message``: pure (no I/O), shared by sync and async.

The accumulator works on the events' JSON objects, the wire form, and builds the final
``Message`` with the very ``Message.from_dict`` a non-streaming ``create`` uses on the same
content, so the two are equal field for field by construction.

Linear in the stream's length:

- string deltas (``text``, ``thinking``, and string fields of unknown deltas) are appended
  to a per-block list of pieces and joined only when someone asks for the value; a join
  is remembered, so the next one only adds the pieces that arrived since;
- ``input_json_delta`` pieces are collected the same way and parsed once, with
  ``json.loads``, at ``content_block_stop``; a partial view of an open tool input (for
  ``input_json`` events) is computed only when asked for, with a tolerant parser;
- a snapshot ``Message`` is built on demand and cached until the next event.

Every block kind is accumulated by the deltas it receives, not by its type: a server tool
call (``server_tool_use``) gets its input from ``input_json_delta`` exactly as a
``tool_use`` does, a text block its web search citations from ``citations_delta``, and the
server tools' result blocks, which arrive whole in ``content_block_start``, stay as they
came. ``message_delta`` sets the message's fields (stop reason and details, container);
a null there leaves a value ``message_start`` gave in place.

Unknown things are kept, not dropped (the API adds block, delta and event types within a
version): an unknown block type becomes the generated catch-all ``UnknownContentBlock``
with all its fields; a known delta type updates whatever block it targets (so a new block
type streamed with ``input_json_delta`` still gets its input);
an unknown delta type is merged field by field: a string extends a string field, a value
joins a list field, anything else replaces the field. Unknown event types are ignored.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from claude_messages_generated.models import (
    ContentBlockStartEvent,
    Message,
)

from ._exceptions import IncompleteStreamError, StreamDecodeError, StreamError
from ._params import SupportsToDict
from ._partial_json import parse_partial_json

__all__ = [
    "BlockState",
    "MessageAccumulator",
    "accumulate",
]

if TYPE_CHECKING:
    # A response content block, as the generated ``Message.content`` holds them: the
    # spec's ``ContentBlock`` union.
    from claude_messages_generated.sdk_types import ContentBlock


class BlockState:
    """The live state of one content block: its start object plus what the deltas added.

    ``get(field)`` gives a field's current value; ``text_upto(field, pieces)`` the value
    of a string field as it was after its first ``pieces`` pieces (what lazy event
    snapshots use); ``to_dict()`` the block's JSON as the API would send it.

    Example::

        block = accumulator.block(0)
        print(block.type, block.get("text"))
    """

    __slots__ = (
        "_joined",
        "_partial",
        "extra",
        "index",
        "input",
        "json_parts",
        "lists",
        "parts",
        "start",
        "stopped",
    )

    def __init__(self, index: int, start: Mapping[str, Any]) -> None:
        self.index = index
        self.start: dict[str, Any] = dict(start)
        # Appended string fields: field -> pieces (never rewritten, so that a piece count
        # taken by an event stays meaningful).
        self.parts: dict[str, list[str]] = {}
        # Cached joins: field -> (number of pieces covered, joined value).
        self._joined: dict[str, tuple[int, str]] = {}
        # Appended list fields (citations): field -> items added after the start's items.
        self.lists: dict[str, list[Any]] = {}
        # Replaced fields (signature; non-string fields of unknown deltas).
        self.extra: dict[str, Any] = {}
        self.json_parts: list[str] = []
        self.input: Any = None  # the parsed tool input, set at content_block_stop
        self._partial: tuple[int, Any] | None = None
        self.stopped = False

    @property
    def type(self) -> str:
        """The block's ``type``: ``"text"``, ``"tool_use"``, ... or one not known here."""
        value = self.start.get("type")
        return value if isinstance(value, str) else ""

    def add_text(self, field: str, piece: str) -> None:
        """Append ``piece`` to the string field ``field``."""
        parts = self.parts.get(field)
        if parts is None:
            parts = self.parts[field] = []
        parts.append(piece)

    def add_item(self, field: str, item: Any) -> None:
        """Append ``item`` to the list field ``field`` (``citations``)."""
        items = self.lists.get(field)
        if items is None:
            items = self.lists[field] = []
        items.append(item)

    def piece_count(self, field: str) -> int:
        """How many pieces the string field ``field`` received so far."""
        parts = self.parts.get(field)
        return 0 if parts is None else len(parts)

    def text_upto(self, field: str, pieces: int) -> str:
        """A string field's value after its first ``pieces`` pieces."""
        base = self.start.get(field)
        head = base if isinstance(base, str) else ""
        parts = self.parts.get(field)
        if not parts or pieces <= 0:
            return head
        cached = self._joined.get(field)
        if cached is not None and cached[0] == pieces:
            return cached[1]
        if cached is not None and cached[0] < pieces:
            # Extend the last join: each piece is copied into a join only once more.
            value = cached[1] + "".join(parts[cached[0] : pieces])
        else:
            value = head + "".join(parts[:pieces])
        if cached is None or cached[0] < pieces:
            self._joined[field] = (pieces, value)
        return value

    def text(self, field: str) -> str:
        """A string field's current value."""
        return self.text_upto(field, self.piece_count(field))

    def json_upto(self, pieces: int) -> Any:
        """The tool input as known after ``pieces`` input_json pieces (tolerant parse)."""
        if self.stopped and pieces >= len(self.json_parts):
            return self.get("input")
        cached = self._partial
        if cached is not None and cached[0] == pieces:
            return cached[1]
        source = "".join(self.json_parts[:pieces])
        value = parse_partial_json(source) if source.strip() else self.start.get("input", {})
        if value is None:
            value = self.start.get("input", {})
        self._partial = (pieces, value)
        return value

    def get(self, field: str) -> Any:
        """A field's current value (``None`` when the block has no such field)."""
        if field in self.extra:
            return self.extra[field]
        if field in self.parts:
            return self.text(field)
        if field in self.lists:
            base = self.start.get(field)
            return [*(base if isinstance(base, list) else ()), *self.lists[field]]
        if field == "input" and self.json_parts:
            return self.input if self.stopped else self.json_upto(len(self.json_parts))
        return self.start.get(field)

    def merge(self, delta: Mapping[str, Any]) -> None:
        """Apply a delta of a type this client does not know, field by field."""
        for field, value in delta.items():
            if field == "type":
                continue
            if field in self.extra:
                self.extra[field] = value
            elif field in self.parts:  # an appended string field: no join needed to know
                if isinstance(value, str):
                    self.add_text(field, value)
                else:
                    self.extra[field] = value
            elif field in self.lists:
                self.add_item(field, value)
            else:  # first delta for this field: look at the start value once
                current = self.start.get(field)
                if isinstance(value, str) and isinstance(current, str):
                    self.add_text(field, value)
                elif isinstance(current, list):
                    self.add_item(field, value)
                else:
                    self.extra[field] = value

    def stop(self) -> None:
        """Close the block: parse the tool input once, from all its pieces."""
        self.stopped = True
        if not self.json_parts:
            return
        source = "".join(self.json_parts)
        if not source.strip():
            self.input = self.start.get("input", {})
            return
        try:
            self.input = json.loads(source)
        except json.JSONDecodeError as exc:
            # Keep the best view of the input; the error names the block.
            self.input = parse_partial_json(source)
            raise StreamDecodeError(
                f"the input of content block {self.index} is not valid JSON: {exc}",
                event="content_block_stop",
                body=source,
            ) from exc

    def to_dict(self) -> dict[str, Any]:
        """The block's JSON, as a non-streaming answer would carry it."""
        data = dict(self.start)
        for field in self.parts:
            data[field] = self.text(field)
        for field in self.lists:
            data[field] = self.get(field)
        if self.json_parts:
            data["input"] = self.get("input")
        data.update(self.extra)
        return data


class MessageAccumulator:
    """Accumulates stream events into a ``Message``, in time linear in the stream's length.

    Feed it the JSON objects of the events (typed events are accepted too, through their
    ``to_dict()``, at some cost); read ``snapshot()`` (the message so far, built on demand
    and cached until the next event) or ``final_message()`` once ``message_stop`` arrived.

    Example::

        acc = MessageAccumulator()
        for data in event_dicts:  # e.g. json.loads of each SSE event's data
            acc.add(data)
        message = acc.final_message()
    """

    __slots__ = ("_blocks", "_message", "_snapshot", "_stopped", "_version")

    def __init__(self) -> None:
        self._message: dict[str, Any] | None = None
        self._blocks: dict[int, BlockState] = {}
        self._stopped = False
        self._version = 0
        self._snapshot: tuple[int, Message] | None = None

    @property
    def started(self) -> bool:
        """Whether ``message_start`` has arrived."""
        return self._message is not None

    @property
    def stopped(self) -> bool:
        """Whether ``message_stop`` has arrived."""
        return self._stopped

    def add(self, event: Mapping[str, Any] | SupportsToDict) -> None:
        """Apply one event (its JSON object, or a typed event).

        Raises ``StreamError`` when events come out of order (a delta for a block that
        never started, anything but ``ping`` before ``message_start``) and
        ``StreamDecodeError`` when an event lacks a field its type requires, or a tool
        input is not valid JSON at its ``content_block_stop``.
        """
        # ``type(...) is dict`` first: the ABC check alone costs more than the rest.
        if type(event) is not dict and not isinstance(event, Mapping):
            event = event.to_dict()
        data: Mapping[str, Any] = event
        kind = data.get("type")
        handler = _EVENT_HANDLERS.get(kind)
        if handler is None:
            return  # ping, and event types this client does not know
        self._version += 1
        try:
            handler(self, data)
        except (KeyError, TypeError, AttributeError) as exc:
            raise StreamDecodeError(
                f"Stream event {kind!r} does not have the fields its type requires "
                f"({type(exc).__name__}: {exc})",
                event=str(kind),
                body=dict(data),
            ) from exc

    def block(self, index: int) -> BlockState:
        """The live state of block ``index`` (raises ``StreamError`` if it never started)."""
        try:
            return self._blocks[index]
        except KeyError:
            raise StreamError(
                f"content block {index} was not started", event="content_block_delta"
            ) from None

    def content_block(self, index: int) -> ContentBlock:
        """Block ``index`` as a generated model (``UnknownContentBlock`` for unknown types)."""
        data = self.block(index).to_dict()
        # ContentBlockStartEvent holds the same content-block union as Message.content;
        # its from_dict is the generated dispatch for one block.
        start = {"type": "content_block_start", "index": index, "content_block": data}
        return ContentBlockStartEvent.from_dict(start).content_block

    def to_dict(self) -> dict[str, Any]:
        """The message so far as the API's JSON (``StreamError`` before ``message_start``)."""
        if self._message is None:
            raise StreamError("no message_start received yet", event=None)
        data = dict(self._message)
        data["usage"] = dict(self._message.get("usage") or {})
        blocks = self._blocks
        data["content"] = [blocks[index].to_dict() for index in sorted(blocks)]
        return data

    def snapshot(self) -> Message:
        """The ``Message`` so far; built on demand, cached until the next event."""
        cached = self._snapshot
        if cached is not None and cached[0] == self._version:
            return cached[1]
        message = Message.from_dict(self.to_dict())
        self._snapshot = (self._version, message)
        return message

    def final_message(self) -> Message:
        """The complete ``Message`` (raises ``IncompleteStreamError`` before ``message_stop``)."""
        if not self._stopped:
            raise IncompleteStreamError(
                "the stream ended before message_stop; the partial message is in the snapshot",
                event=None,
            )
        return self.snapshot()

    # -- event handlers (dispatched by _EVENT_HANDLERS) ------------------------------------

    def _require_start(self, event: Mapping[str, Any]) -> dict[str, Any]:
        if self._message is None:
            raise StreamError(f"{event.get('type')} before message_start", event=event.get("type"))
        return self._message

    def _on_message_start(self, event: Mapping[str, Any]) -> None:
        message = dict(event["message"])
        message["usage"] = dict(message.get("usage") or {})
        # message_start carries an empty content list; anything in it is kept as blocks.
        initial = message.pop("content", None) or []
        self._message = message
        self._blocks = {index: BlockState(index, block) for index, block in enumerate(initial)}
        self._stopped = False

    def _on_block_start(self, event: Mapping[str, Any]) -> None:
        self._require_start(event)
        index = event["index"]
        self._blocks[index] = BlockState(index, event["content_block"])

    def _on_block_delta(self, event: Mapping[str, Any]) -> None:
        try:
            block = self._blocks[event["index"]]
        except KeyError:
            self._require_start(event)
            raise StreamError(
                f"content_block_delta for block {event['index']} before its content_block_start",
                event="content_block_delta",
            ) from None
        delta = event["delta"]
        kind = delta.get("type")
        # The two commonest deltas, inline (_text_delta, _input_json_delta).
        if kind == "text_delta":
            parts = block.parts.get("text")
            if parts is None:
                parts = block.parts["text"] = []
            parts.append(delta["text"])
            return
        if kind == "input_json_delta":
            block.json_parts.append(delta["partial_json"])
            return
        apply = _DELTA_HANDLERS.get(kind)
        if apply is None:
            block.merge(delta)
        else:
            apply(block, delta)

    def _on_block_stop(self, event: Mapping[str, Any]) -> None:
        self._require_start(event)
        block = self._blocks.get(event["index"])
        if block is None:
            raise StreamError(
                f"content_block_stop for block {event['index']} that never started",
                event="content_block_stop",
            )
        block.stop()

    def _on_message_delta(self, event: Mapping[str, Any]) -> None:
        message = self._require_start(event)
        # The delta's fields are set on the message (stop_reason, stop_sequence, stop_details,
        # container, and any the API adds later), but a null never erases a value: a
        # `container: null` here means "unchanged", not "no container".
        for key, value in (event.get("delta") or {}).items():
            if value is not None or message.get(key) is None:
                message[key] = value
        usage = event.get("usage")
        if usage:
            # Counts here are cumulative totals: they replace; an absent or null one leaves
            # the message_start value in place.
            target = message["usage"]
            for key, value in usage.items():
                if value is not None:
                    target[key] = value

    def _on_message_stop(self, event: Mapping[str, Any]) -> None:
        self._require_start(event)
        self._stopped = True


# The two string deltas inline ``BlockState.add_text``: they are most of a stream's events.
def _text_delta(block: BlockState, delta: Mapping[str, Any]) -> None:
    parts = block.parts.get("text")
    if parts is None:
        parts = block.parts["text"] = []
    parts.append(delta["text"])


def _thinking_delta(block: BlockState, delta: Mapping[str, Any]) -> None:
    parts = block.parts.get("thinking")
    if parts is None:
        parts = block.parts["thinking"] = []
    parts.append(delta["thinking"])


def _signature_delta(block: BlockState, delta: Mapping[str, Any]) -> None:
    block.extra["signature"] = delta["signature"]


def _citations_delta(block: BlockState, delta: Mapping[str, Any]) -> None:
    block.add_item("citations", delta["citation"])


def _input_json_delta(block: BlockState, delta: Mapping[str, Any]) -> None:
    block.json_parts.append(delta["partial_json"])


_DELTA_HANDLERS: dict[object, Callable[[BlockState, Mapping[str, Any]], None]] = {
    "text_delta": _text_delta,
    "thinking_delta": _thinking_delta,
    "signature_delta": _signature_delta,
    "citations_delta": _citations_delta,
    "input_json_delta": _input_json_delta,
}

_EVENT_HANDLERS: dict[object, Callable[[MessageAccumulator, Mapping[str, Any]], None]] = {
    "message_start": MessageAccumulator._on_message_start,
    "content_block_start": MessageAccumulator._on_block_start,
    "content_block_delta": MessageAccumulator._on_block_delta,
    "content_block_stop": MessageAccumulator._on_block_stop,
    "message_delta": MessageAccumulator._on_message_delta,
    "message_stop": MessageAccumulator._on_message_stop,
}


def accumulate(
    state: MessageAccumulator | None, event: Mapping[str, Any] | SupportsToDict
) -> MessageAccumulator:
    """The accumulation step as a function: ``(state, event) -> state``.

    ``state`` is ``None`` before the first event. The state is updated in place and
    returned (copying it per event is what would make accumulation quadratic).

    Example::

        state = None
        for data in event_dicts:
            state = accumulate(state, data)
        assert state.final_message().stop_reason == "end_turn"
    """
    if state is None:
        state = MessageAccumulator()
    state.add(event)
    return state
