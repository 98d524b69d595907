"""The events a ``MessageStream`` yields: the raw events, and the derived ``text``,
``input_json``, ``thinking``, ``signature`` and ``citation`` events.

Every event here has ``type`` and ``text``. ``text`` is the new text on a ``TextEvent`` and
``""`` on every other event, so the manual's loop prints the generated text exactly once::

    for event in stream:
        print(event.text, end="", flush=True)

The raw events are the generated models (``isinstance(event, models.ContentBlockDeltaEvent)``
holds, ``to_dict()`` is the wire JSON) through thin subclasses built with the generated
``from_dict``: they add ``text = ""`` and ``type`` (the generated field is ``type_``) as
class-level attributes, so they cost nothing per event. ``ContentBlockStopEvent`` also
carries the finished ``content_block`` and ``MessageStopEvent`` the final ``message``, as in
the official SDK.

The derived events' snapshots are lazy: an event remembers how many pieces its block had
when it was made and joins (or, for tool input, parses) only when ``snapshot`` is read,
so streams that never look at snapshots never pay for them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from claude_messages_generated import models as _models

from ._accumulate import BlockState

if TYPE_CHECKING:
    from claude_messages_generated.sdk_types import ContentBlock, TextCitation
from ._events import event_parsers, schema_error

__all__ = [
    "CitationEvent",
    "ContentBlockDeltaEvent",
    "ContentBlockStartEvent",
    "ContentBlockStopEvent",
    "InputJsonEvent",
    "MessageDeltaEvent",
    "MessageStartEvent",
    "MessageStopEvent",
    "PingEvent",
    "SignatureEvent",
    "StreamEvent",
    "TextEvent",
    "ThinkingEvent",
    "derive_event",
    "raw_event",
]

# -- raw events: the generated classes plus ``text`` and ``type`` ---------------------------


class _RawEvent:
    """What the raw events add to the generated classes: class-level, so free per event."""

    __slots__ = ()
    text: ClassVar[str] = ""


class MessageStartEvent(_RawEvent, _models.MessageStartEvent):
    """``message_start``, as yielded by a ``MessageStream`` (``text`` is ``""``)."""

    __slots__ = ()


class ContentBlockStartEvent(_RawEvent, _models.ContentBlockStartEvent):
    """``content_block_start``, as yielded by a ``MessageStream`` (``text`` is ``""``)."""

    __slots__ = ()


class ContentBlockDeltaEvent(_RawEvent, _models.ContentBlockDeltaEvent):
    """``content_block_delta``, as yielded by a ``MessageStream``.

    ``text`` is ``""`` here even for a text delta: the text comes once, on the
    ``TextEvent`` that follows (read ``event.delta.text`` for it on this event).
    """

    __slots__ = ()


class ContentBlockStopEvent(_RawEvent, _models.ContentBlockStopEvent):
    """``content_block_stop``, with the finished ``content_block`` (``text`` is ``""``)."""

    __slots__ = ("content_block",)
    content_block: ContentBlock


class MessageDeltaEvent(_RawEvent, _models.MessageDeltaEvent):
    """``message_delta``, as yielded by a ``MessageStream`` (``text`` is ``""``)."""

    __slots__ = ()


class MessageStopEvent(_RawEvent, _models.MessageStopEvent):
    """``message_stop``, with the final ``message`` (``text`` is ``""``)."""

    __slots__ = ("message",)
    message: _models.Message


class PingEvent(_RawEvent, _models.PingEvent):
    """``ping``, as yielded by a ``MessageStream`` (``text`` is ``""``)."""

    __slots__ = ()


RawEvent = (
    MessageStartEvent
    | ContentBlockStartEvent
    | ContentBlockDeltaEvent
    | ContentBlockStopEvent
    | MessageDeltaEvent
    | MessageStopEvent
    | PingEvent
)

# JSON ``type`` -> class. Event types missing here are skipped by the MessageStream
# (the API adds event types within a version: unknown ones are skipped); ``error`` never gets here,
# the Stream raises it. The parsers (and their delta dispatch) are those of ``_events``.
_RAW_PARSERS = event_parsers(
    {
        "message_start": MessageStartEvent,
        "content_block_start": ContentBlockStartEvent,
        "content_block_delta": ContentBlockDeltaEvent,
        "content_block_stop": ContentBlockStopEvent,
        "message_delta": MessageDeltaEvent,
        "message_stop": MessageStopEvent,
        "ping": PingEvent,
    }
)


def raw_event(data: dict[str, Any]) -> RawEvent | None:
    """The raw event for an event's JSON, or ``None`` for a type this client does not know.

    Data that does not fit its type's model raises ``StreamDecodeError``.
    """
    kind = data["type"]
    parse = _RAW_PARSERS.get(kind)
    if parse is None:
        return None
    try:
        event: RawEvent = parse(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # What the generated from_dict raises on a missing key or a value of the wrong shape.
        raise schema_error(str(kind), kind, json.dumps(data), exc) from exc
    return event


# -- derived events ---------------------------------------------------------------------


class _Derived:
    __slots__ = ()
    type: ClassVar[str]

    @property
    def type_(self) -> str:
        """The event's type, under the generated models' spelling."""
        return self.type


class _PieceEvent(_Derived):
    """A piece of one field of a block (text, tool input JSON, thinking), and ``snapshot``,
    the field as it stood after this piece.

    A live event (made as the stream is read) keeps its block and the block's piece count
    at that moment, and reads the snapshot from them only when asked; one made by hand
    holds the snapshot it was given. The piece lives in one slot, ``_piece``, which each
    subclass also exposes under its own public name (``text``, ``partial_json``,
    ``thinking``) by binding the slot's descriptor to that name: reading and writing it
    cost what a slot of its own would, and ``_live`` is written once.
    """

    __slots__ = ("_block", "_piece", "_pieces", "_snapshot")
    _piece_name: ClassVar[str]

    def __init__(self, piece: str, snapshot: Any) -> None:
        self._piece = piece
        self._snapshot = snapshot
        self._block: BlockState | None = None
        self._pieces = 0

    @classmethod
    def _live(cls, piece: str, block: BlockState, pieces: int) -> Self:
        event = cls.__new__(cls)
        event._piece = piece
        event._snapshot = None
        event._block = block
        event._pieces = pieces
        return event

    @staticmethod
    def _read(block: BlockState, pieces: int) -> Any:
        """The field's value in ``block`` after its first ``pieces`` pieces."""
        raise NotImplementedError

    def _snapshot_now(self) -> Any:
        block = self._block
        return self._snapshot if block is None else self._read(block, self._pieces)

    @property
    def snapshot(self) -> Any:
        """The field up to and including this piece (computed when first read)."""
        return self._snapshot_now()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({self._piece_name}={self._piece!r}, snapshot={self.snapshot!r})"
        )


_PIECE_SLOT = _PieceEvent.__dict__["_piece"]


class TextEvent(_PieceEvent):
    """New text in a text block: ``text`` is the piece, ``snapshot`` the block's text so far.

    Example::

        for event in stream:
            if event.type == "text":
                print(event.text, end="")
    """

    __slots__ = ()
    type: ClassVar[Literal["text"]] = "text"
    _piece_name = "text"
    if TYPE_CHECKING:
        text: str
    else:
        text = _PIECE_SLOT

    def __init__(self, text: str, snapshot: str) -> None:
        super().__init__(text, snapshot)

    @staticmethod
    def _read(block: BlockState, pieces: int) -> str:
        return block.text_upto("text", pieces)

    @property
    def snapshot(self) -> str:
        """The block's text up to and including this piece (computed when first read)."""
        return self._snapshot_now() or ""


class InputJsonEvent(_PieceEvent):
    """A piece of a tool's input JSON; ``snapshot`` is the input parsed so far (tolerantly).

    Example::

        for event in stream:
            if event.type == "input_json":
                print(event.partial_json, event.snapshot)
    """

    __slots__ = ()
    type: ClassVar[Literal["input_json"]] = "input_json"
    text: ClassVar[str] = ""
    _piece_name = "partial_json"
    if TYPE_CHECKING:
        partial_json: str
    else:
        partial_json = _PIECE_SLOT

    def __init__(self, partial_json: str, snapshot: object) -> None:
        super().__init__(partial_json, snapshot)

    @staticmethod
    def _read(block: BlockState, pieces: int) -> Any:
        return block.json_upto(pieces)

    @property
    def snapshot(self) -> Any:
        """The tool input as known after this piece (parsed when first read)."""
        return self._snapshot_now()


class ThinkingEvent(_PieceEvent):
    """New thinking text: ``thinking`` is the piece, ``snapshot`` the block's thinking so far.

    Example::

        for event in stream:
            if event.type == "thinking":
                print(event.thinking, end="")
    """

    __slots__ = ()
    type: ClassVar[Literal["thinking"]] = "thinking"
    text: ClassVar[str] = ""
    _piece_name = "thinking"
    if TYPE_CHECKING:
        thinking: str
    else:
        thinking = _PIECE_SLOT

    def __init__(self, thinking: str, snapshot: str) -> None:
        super().__init__(thinking, snapshot)

    @staticmethod
    def _read(block: BlockState, pieces: int) -> str:
        return block.text_upto("thinking", pieces)

    @property
    def snapshot(self) -> str:
        """The block's thinking up to and including this piece (computed when first read)."""
        return self._snapshot_now() or ""


class SignatureEvent(_Derived):
    """The signature of a thinking block.

    Example::

        for event in stream:
            if event.type == "signature":
                keep(event.signature)
    """

    __slots__ = ("signature",)
    type: ClassVar[Literal["signature"]] = "signature"
    text: ClassVar[str] = ""

    def __init__(self, signature: str) -> None:
        self.signature = signature

    def __repr__(self) -> str:
        return f"SignatureEvent(signature={self.signature!r})"


class CitationEvent(_Derived):
    """A citation added to a text block; ``snapshot`` is the block's citations so far.

    Example::

        for event in stream:
            if event.type == "citation":
                print(event.citation.to_dict())
    """

    __slots__ = ("_citations", "citation")
    type: ClassVar[Literal["citation"]] = "citation"
    text: ClassVar[str] = ""

    def __init__(self, citation: TextCitation, snapshot: list[TextCitation]) -> None:
        self.citation = citation
        self._citations: list[Any] | list[TextCitation] = snapshot

    @classmethod
    def _live(cls, citation: Mapping[str, Any], items: list[Any]) -> CitationEvent:
        event = cls.__new__(cls)
        event.citation = _citations([citation])[0]
        event._citations = items
        return event

    @property
    def snapshot(self) -> list[TextCitation]:
        """The block's citations up to and including this one."""
        items = self._citations
        if items and isinstance(items[0], dict):
            return _citations(items)
        return list(items)

    def __repr__(self) -> str:
        return f"CitationEvent(citation={self.citation!r})"


DerivedEvent = TextEvent | InputJsonEvent | ThinkingEvent | SignatureEvent | CitationEvent

StreamEvent = RawEvent | DerivedEvent
"""Everything a ``MessageStream`` yields; each has ``type`` and ``text``."""


def _citations(items: list[Any]) -> list[TextCitation]:
    # The generated text block knows the citation union; reuse its parsing.
    block = _models.TextBlock.from_dict({"type": "text", "text": "", "citations": items})
    return list(block.citations or [])


def _text(block: BlockState, delta: Mapping[str, Any]) -> TextEvent:
    return TextEvent._live(delta["text"], block, block.piece_count("text"))


def _input_json(block: BlockState, delta: Mapping[str, Any]) -> InputJsonEvent:
    return InputJsonEvent._live(delta["partial_json"], block, len(block.json_parts))


def _thinking(block: BlockState, delta: Mapping[str, Any]) -> ThinkingEvent:
    return ThinkingEvent._live(delta["thinking"], block, block.piece_count("thinking"))


def _signature(block: BlockState, delta: Mapping[str, Any]) -> SignatureEvent:
    return SignatureEvent(delta["signature"])


def _citation(block: BlockState, delta: Mapping[str, Any]) -> CitationEvent:
    # A copy of the citations so far: later citations must not show in this snapshot.
    return CitationEvent._live(delta["citation"], block.get("citations"))


_DERIVED: dict[object, Callable[[BlockState, Mapping[str, Any]], DerivedEvent]] = {
    "text_delta": _text,
    "input_json_delta": _input_json,
    "thinking_delta": _thinking,
    "signature_delta": _signature,
    "citations_delta": _citation,
}


def derive_event(block: BlockState, delta: Mapping[str, Any]) -> DerivedEvent | None:
    """The derived event for a delta already applied to ``block`` (``None`` if none)."""
    make = _DERIVED.get(delta.get("type"))
    return None if make is None else make(block, delta)
