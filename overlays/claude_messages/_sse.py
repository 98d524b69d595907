"""An incremental Server-Sent Events decoder: bytes in, events out, no I/O.

It follows the WHATWG "event stream interpretation" rules
(https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation):

- lines end in CRLF, LF or CR; a CRLF split across two chunks is one line end;
- a line starting with ``:`` is a comment; ``field: value`` drops one leading space;
- several ``data`` lines of one event are joined with ``\\n``; an event without any ``data``
  line is not dispatched (a blank line only resets the buffers);
- ``id`` sets the last event id (ignored when it contains U+0000) and persists across events;
  ``retry`` is kept only when it is all ASCII digits;
- one UTF-8 BOM at the very start is dropped; invalid UTF-8 becomes U+FFFD;
- an unterminated last event is discarded at the end of the stream.

``max_event_size`` bounds what the decoder holds for one event: its data, and the line
still being received. An event over it sets ``too_large``: the events before it are
returned, and the rest of the stream is ignored.

Decoding works on bytes. LF and CR never occur inside a multi-byte UTF-8 sequence, so lines
can be cut on bytes (as ``LineDecoder`` does, once CR and CRLF became LF) and each line decoded
once, whole: a sequence split across chunks is simply joined first. U+2028 and U+0085 are
therefore never mistaken for line ends (which is what ``str.splitlines`` would do).
"""

from __future__ import annotations

import json
import sys
from typing import Any

__all__ = ["SSEDecoder", "ServerSentEvent"]

_BOM = b"\xef\xbb\xbf"
_DATA_PREFIX = len(b"data: ")

# Event names decoded once at import (the API's own); any other name is decoded per event.
_NAMES: dict[bytes, str] = {
    name.encode(): name
    for name in (
        "message_start",
        "content_block_start",
        "content_block_delta",
        "content_block_stop",
        "message_delta",
        "message_stop",
        "ping",
        "error",
    )
}


class ServerSentEvent:
    """One dispatched event: its ``event`` name, ``data``, the last ``id`` and ``retry``.

    ``event`` is ``"message"`` when the stream gave no (or an empty) ``event`` field.
    ``id`` is the last event id seen so far in the stream (``None`` if none was ever set);
    ``retry`` is the reconnection time given inside this event's own lines, if any.

    Example::

        sse = ServerSentEvent("ping", '{"type": "ping"}')
        assert sse.json() == {"type": "ping"}
    """

    __slots__ = ("data", "event", "id", "retry")

    event: str
    data: str
    id: str | None
    retry: int | None

    def __init__(
        self,
        event: str = "message",
        data: str = "",
        id: str | None = None,
        retry: int | None = None,
    ) -> None:
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry

    def json(self) -> Any:
        """The ``data`` decoded as JSON (raises ``json.JSONDecodeError``)."""
        return json.loads(self.data)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServerSentEvent):
            return NotImplemented
        return (
            self.event == other.event
            and self.data == other.data
            and self.id == other.id
            and self.retry == other.retry
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def __repr__(self) -> str:
        return (
            f"ServerSentEvent(event={self.event!r}, data={self.data!r}, "
            f"id={self.id!r}, retry={self.retry!r})"
        )


class SSEDecoder:
    """Turns the bytes of a ``text/event-stream`` body, in chunks cut anywhere, into events.

    ``feed`` returns the events completed by a chunk; ``flush`` closes the stream (an event
    still missing its blank line is dropped, as the spec says). ``last_event_id`` and
    ``retry`` hold the stream-wide values of those fields.

    Example::

        decoder = SSEDecoder()
        events = decoder.feed(b"event: ping\\ndata: {}\\n")
        events += decoder.feed(b"\\n")
        assert events == [ServerSentEvent("ping", "{}")]
        assert decoder.flush() == []
    """

    __slots__ = (
        "_counted",
        "_cr",
        "_data",
        "_event",
        "_event_retry",
        "_head",
        "_limit",
        "_pending",
        "_pending_size",
        "_prelude",
        "_size",
        "_sized",
        "_start",
        "last_event_id",
        "retry",
        "too_large",
    )

    last_event_id: str | None
    retry: int | None
    too_large: bool
    """An event went over ``max_event_size``; the rest of the stream is ignored."""

    def __init__(self, max_event_size: int | None = None) -> None:
        self.last_event_id = None
        self.retry = None
        self.too_large = False
        self._limit = sys.maxsize if max_event_size is None else max_event_size
        self._reset()

    def _reset(self) -> None:
        self._prelude = True  # _start or _cr: the next chunk needs _prelude_chunk
        self._start = True  # still before the first 3 bytes: a BOM may come
        self._head = b""  # bytes held while they could still be the start of a BOM
        self._cr = False  # the last chunk ended in CR: a leading LF of the next one is its pair
        # The current, unterminated line, in pieces, and its length (joined once, when its
        # end arrives, so a long line costs linear time).
        self._pending: list[bytes] = []
        self._pending_size = 0
        self._data: list[bytes] = []  # data lines of the event being built
        # The size of an event still being built, counted only at the end of a chunk
        # (nothing per line): ``_size`` bytes in the first ``_counted`` lines of ``_sized``.
        self._sized: list[bytes] | None = None
        self._counted = 0
        self._size = 0
        self._event: str | None = None
        self._event_retry: int | None = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Decode one chunk; return the events it completes (often none)."""
        return [
            ServerSentEvent(name, data.decode("utf-8", "replace"), last_id, retry)
            for name, data, last_id, retry in self.feed_raw(chunk)
        ]

    def feed_raw(self, chunk: bytes) -> list[tuple[str, bytes, str | None, int | None]]:
        """``feed``, with each event as a tuple ``(event, data, id, retry)``, ``data`` as bytes.

        The data is left undecoded (``feed`` decodes it as UTF-8, invalid bytes becoming
        U+FFFD), so that a caller parsing it as JSON can read the bytes directly.
        """
        if self._prelude:
            chunk = self._prelude_chunk(chunk)
        if 13 in chunk:  # CR
            # Slow path, rare in practice: normalise CRLF and lone CR to LF.
            if chunk[-1] == 0x0D:
                self._cr = self._prelude = True
            chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        pending = self._pending
        if 10 not in chunk:  # LF: no line ends here
            if chunk:
                pending.append(chunk)
                self._pending_size += len(chunk)
                self._check_size(self._pending_size)
            return []
        # The line decoding of ``LineDecoder.feed``, then the lines, all in this one call
        # (it runs for every chunk).
        lines = chunk.split(b"\n")
        if pending:
            pending.append(lines[0])
            lines[0] = b"".join(pending)
            pending.clear()
        tail = lines.pop()
        if tail:
            pending.append(tail)
        self._pending_size = len(tail)
        # The fields of the event being built stay in locals until the end of the chunk.
        events: list[tuple[str, bytes, str | None, int | None]] = []
        data = self._data
        event = self._event
        retry = self._event_retry
        for line in lines:
            if not line:
                # A blank line dispatches the event, if it has data (WHATWG: "dispatch").
                if data:
                    raw = data[0] if len(data) == 1 else b"\n".join(data)
                    if len(raw) > self._limit:
                        self._overflow()
                        return events
                    events.append((event or "message", raw, self.last_event_id, retry))
                    data = self._data = []
                event = retry = None
                continue
            # Fast paths for the two lines every API event has; both give the same result
            # as the general rule below.
            prefix = line[:6]
            if prefix == b"data: ":
                data.append(line[6:])
                continue
            if prefix == b"event:":
                value = line[7:] if line[6:7] == b" " else line[6:]
                event = _NAMES.get(value) or value.decode("utf-8", "replace")
                continue
            if line[0] == 0x3A:  # ":" starts a comment
                continue
            name, _, value = line.partition(b":")
            if value[:1] == b" ":
                value = value[1:]
            if name == b"data":
                data.append(value)
            elif name == b"event":
                event = value.decode("utf-8", "replace")
            elif name == b"id":
                if 0 not in value:  # U+0000
                    self.last_event_id = value.decode("utf-8", "replace")
            elif name == b"retry" and value.isdigit():  # ASCII digits only, not empty
                self.retry = retry = int(value)
            # Any other field name is ignored, as the spec says.
        self._event = event
        self._event_retry = retry
        if data:  # an event is still being built: its data so far must fit
            self._check_size(len(tail))
        return events

    def _check_size(self, receiving: int) -> None:
        """Stop if the event being built and the line being received pass the limit.

        ``receiving`` is the length of the line still arriving; it counts as the data it
        may carry (less a ``data: `` prefix), so an event exactly at the limit passes
        however it is cut into chunks.
        """
        data = self._data
        if data is not self._sized:  # another event than at the last count
            self._sized = data
            self._counted = self._size = 0
        if len(data) > self._counted:
            self._size += sum(map(len, data[self._counted :]))
            self._counted = len(data)
        if self._size + receiving - _DATA_PREFIX > self._limit:
            self._overflow()

    def _overflow(self) -> None:
        """An event went over the limit: drop what is held and ignore all that follows."""
        self._reset()
        self.too_large = True
        self._prelude = True  # every chunk now goes to _prelude_chunk, which drops it

    def _prelude_chunk(self, chunk: bytes) -> bytes:
        """Handle a chunk at the very start (BOM) or right after a chunk ending in CR."""
        if not chunk or self.too_large:
            return b""
        if self._cr:
            self._cr = False
            if chunk[0] == 0x0A:  # the LF of a CRLF cut between two chunks
                chunk = chunk[1:]
        if self._start and chunk:
            head = self._head + chunk
            if len(head) < 3 and _BOM.startswith(head):
                self._head = head  # could still become a BOM: wait for more bytes
                return b""
            self._start = False
            self._head = b""
            chunk = head[3:] if head.startswith(_BOM) else head
        self._prelude = self._start
        return chunk

    def flush(self) -> list[ServerSentEvent]:
        """End of stream: drop any unterminated event and reset; returns no events.

        It returns a list, as ``feed`` does: a caller can treat both alike.
        """
        self._reset()
        return []
