"""The raw stream events: the JSON ``type`` of each event picks its generated model class.

One JSON decode per event (``_loads``: ``json.loads``' results, at less cost), one dict
lookup by ``type`` (``PARSERS``), one ``from_dict``; no trying of union members.
``content_block_delta``, by far the most frequent event, is built here with its delta
dispatched by the delta's own ``type`` (the generated ``from_dict`` costs about four times
as much per event); the result is the same generated classes, equal field for field to
what ``ContentBlockDeltaEvent.from_dict`` builds (a test checks it).

Which event and delta types exist, and their classes, is read from the spec's unions
(``claude_messages_generated.unions``). Unknown event types (the API adds new ones within a
version) are not errors: ``parse_event`` returns ``None`` for them and streams skip them,
counting them by type in ``Stream.unknown_events`` and logging them at DEBUG level on the
``claude_messages`` logger, so nothing vanishes without a trace.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from claude_messages_generated import models as _models
from claude_messages_generated.models import (
    ContentBlockDeltaEvent,
    ContentBlockStartEvent,
    ContentBlockStopEvent,
    ErrorEvent,
    InputJSONDelta,
    MessageDeltaEvent,
    MessageStartEvent,
    MessageStopEvent,
    PingEvent,
    SignatureDelta,
    TextDelta,
    ThinkingDelta,
)
from claude_messages_generated.unions import CATCH_ALL, MEMBERS

from ._exceptions import StreamDecodeError
from ._loads import loads_text
from ._sse import ServerSentEvent

__all__ = [
    "EVENT_TYPES",
    "PARSERS",
    "MessageStreamEvent",
    "RawStreamEvent",
    "bad_json_error",
    "build_event",
    "delta_event_parser",
    "event_from_data",
    "event_parsers",
    "load_event_data",
    "not_an_event_error",
    "parse_event",
    "schema_error",
]

MessageStreamEvent: TypeAlias = (
    MessageStartEvent
    | ContentBlockStartEvent
    | ContentBlockDeltaEvent
    | ContentBlockStopEvent
    | MessageDeltaEvent
    | MessageStopEvent
)
"""The events a ``Stream`` yields: the six that make up a message.

Example::

    def show(event: MessageStreamEvent) -> None:
        if isinstance(event, ContentBlockDeltaEvent) and isinstance(event.delta, TextDelta):
            print(event.delta.text, end="")
"""

RawStreamEvent: TypeAlias = MessageStreamEvent | PingEvent | ErrorEvent
"""Every known event, including ``ping`` and ``error`` (which a ``Stream`` never yields)."""

EVENT_TYPES: Mapping[str, type[RawStreamEvent]] = {
    tag: getattr(_models, name) for tag, name in MEMBERS["MessageStreamEvent"].items()
}
"""The JSON ``type`` of each known event and its model class.

Example::

    assert EVENT_TYPES["content_block_delta"] is ContentBlockDeltaEvent
"""

if TYPE_CHECKING:
    # Every delta of the spec's ``ContentBlockDelta`` union, its catch-all included.
    from claude_messages_generated.sdk_types import RawContentBlockDelta as _Delta


_D = TypeVar("_D")


def _positional(cls: type[Any], *names: str) -> bool:
    """Whether ``cls(...)`` takes ``names`` as its first positional parameters, in order.

    Positional calls cost ~100 ns less than keyword ones; the order is checked on the
    generated ``__init__`` itself, so a regenerated model with other fields falls back to
    keywords rather than mixing fields up.
    """
    code = getattr(cls.__init__, "__code__", None)
    if code is None:
        return False
    return tuple(code.co_varnames[1 : code.co_argcount])[: len(names)] == names


def _one_string_delta(cls: type[_D], field: str) -> Callable[[Mapping[str, Any]], _D]:
    """A parser for a delta that carries one string ``field`` (and its ``type``).

    With exactly those two keys it builds ``cls`` directly, skipping ``from_dict``'s
    copy-and-pop (~0.8 us of ~4 us per event); any other shape goes through ``from_dict``.
    Both give equal models: ``from_dict`` copies the field as it is.
    """
    from_dict = cls.from_dict  # type: ignore[attr-defined]

    if _positional(cls, field):

        def parse(data: Mapping[str, Any]) -> _D:
            return cls(data[field]) if len(data) == 2 else from_dict(data)  # type: ignore[call-arg]

    else:

        def parse(data: Mapping[str, Any]) -> _D:
            return cls(**{field: data[field]}) if len(data) == 2 else from_dict(data)

    return parse


_text_delta = _one_string_delta(TextDelta, "text")


# Every delta type of the spec, parsed by its own model (the generated union would try each
# member in turn); the string deltas get the fast path above.
_DELTAS: dict[object, Callable[[Mapping[str, Any]], _Delta]] = {
    tag: getattr(_models, name).from_dict for tag, name in MEMBERS["ContentBlockDelta"].items()
}
_DELTAS.update(
    {
        "text_delta": _text_delta,
        "input_json_delta": _one_string_delta(InputJSONDelta, "partial_json"),
        "thinking_delta": _one_string_delta(ThinkingDelta, "thinking"),
        "signature_delta": _one_string_delta(SignatureDelta, "signature"),
    }
)
_unknown_delta = getattr(_models, CATCH_ALL["ContentBlockDelta"]).from_dict
_DELTA_EVENT_KEYS = frozenset({"type", "index", "delta"})
_E = TypeVar("_E")


def delta_event_parser(
    cls: type[ContentBlockDeltaEvent],
) -> Callable[[dict[str, Any]], ContentBlockDeltaEvent]:
    """A parser for ``content_block_delta`` that builds ``cls`` (the generated class or a
    subclass), dispatching the delta on its ``type`` here: the generated union parse costs
    several times as much."""
    deltas = _DELTAS
    unknown = _unknown_delta
    text_delta = _text_delta
    keys = _DELTA_EVENT_KEYS
    by_position = _positional(cls, "index", "delta")

    def parse(data: dict[str, Any]) -> ContentBlockDeltaEvent:
        delta = data["delta"]
        if type(delta) is not dict and not isinstance(delta, dict):
            raise TypeError(f"delta: expected an object, got {type(delta).__name__}")
        kind = delta.get("type")
        built = text_delta(delta) if kind == "text_delta" else deltas.get(kind, unknown)(delta)
        event = cls(data["index"], built) if by_position else cls(index=data["index"], delta=built)
        if len(data) > 3:  # keys the schema does not know yet are kept, as from_dict does
            event.additional_properties = {k: v for k, v in data.items() if k not in keys}
        return event

    return parse


def event_parsers(
    classes: Mapping[str, type[Any]],
) -> dict[object, Callable[[dict[str, Any]], Any]]:
    """JSON ``type`` -> parser, for a table of event classes (generated ones or subclasses)."""
    parsers: dict[object, Callable[[dict[str, Any]], Any]] = {
        name: cls.from_dict for name, cls in classes.items()
    }
    if "content_block_delta" in classes:
        parsers["content_block_delta"] = delta_event_parser(classes["content_block_delta"])
    return parsers


def build_event(
    parsers: Mapping[object, Callable[[dict[str, Any]], _E]],
    data: dict[str, Any],
    event: str,
    text: Callable[[], str],
) -> _E | None:
    """Build the event for decoded ``data`` with ``parsers``; ``None`` for an unknown type.

    Data that does not fit its type's model (a required field missing or of the wrong
    kind) raises ``StreamDecodeError`` naming the SSE ``event``; ``text()`` gives the raw
    data for the message, computed only then.
    """
    parse = parsers.get(data["type"])
    if parse is None:
        return None
    try:
        return parse(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # What the generated from_dict raises on a missing key or a value of the wrong shape.
        raise schema_error(event, data["type"], text(), exc) from exc


def schema_error(event: str, kind: object, text: str, exc: Exception) -> StreamDecodeError:
    """The error for event data that does not fit the model of its ``type``."""
    return StreamDecodeError(
        f"Stream event {event!r} does not match the {kind!r} schema "
        f"({type(exc).__name__}: {exc}): {_snippet(text)}",
        event=event,
        body=text,
    )


def bad_json_error(event: str, text: str, exc: Exception) -> StreamDecodeError:
    """The error for event data that is not JSON."""
    return StreamDecodeError(
        f"Stream event {event!r} carries invalid JSON ({exc}): {_snippet(text)}",
        event=event,
        body=text,
    )


def not_an_event_error(event: str, text: str) -> StreamDecodeError:
    """The error for event data that is JSON but not an object with a string ``type``."""
    return StreamDecodeError(
        f"Stream event {event!r} is not a JSON object with a string 'type': {_snippet(text)}",
        event=event,
        body=text,
    )


PARSERS: Mapping[object, Callable[[dict[str, Any]], RawStreamEvent]] = event_parsers(EVENT_TYPES)
"""JSON ``type`` -> the function building its model from the event's decoded data."""
_PARSERS = PARSERS


def load_event_data(sse: ServerSentEvent) -> dict[str, Any]:
    """Decode an event's ``data``: a JSON object with a string ``type``.

    Raises ``StreamDecodeError`` (naming the SSE event) for anything else.

    Example::

        data = load_event_data(ServerSentEvent("ping", '{"type": "ping"}'))
        assert data["type"] == "ping"
    """
    try:
        data = loads_text(sse.data)
    except ValueError as exc:
        raise bad_json_error(sse.event, sse.data, exc) from exc
    if type(data) is not dict or type(data.get("type")) is not str:
        raise not_an_event_error(sse.event, sse.data)
    return data


def event_from_data(data: dict[str, Any], sse: ServerSentEvent) -> RawStreamEvent | None:
    """Build the model for already decoded event data; ``None`` for an unknown ``type``.

    ``sse`` only names the event in a ``StreamDecodeError`` when the data does not fit the
    model of its type (a required field missing or of the wrong kind).
    """
    event: RawStreamEvent | None = build_event(_PARSERS, data, sse.event, lambda: sse.data)
    return event


def parse_event(sse: ServerSentEvent) -> RawStreamEvent | None:
    """Turn one SSE event into its typed model, or ``None`` if its type is unknown.

    Raises ``StreamDecodeError`` when the data is not JSON, not an object with a string
    ``type``, or does not fit the model of its type. ``error`` events come back as an
    ``ErrorEvent``; raising them is the stream's job.

    Example::

        event = parse_event(ServerSentEvent("message_stop", '{"type": "message_stop"}'))
        assert isinstance(event, MessageStopEvent)
    """
    return event_from_data(load_event_data(sse), sse)


def _snippet(text: str, limit: int = 200) -> str:
    return repr(text) if len(text) <= limit else repr(text[:limit]) + "..."
