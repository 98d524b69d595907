"""The incremental line decoder shared by the SSE and JSON Lines readers: bytes in, lines out.

Every incremental decoder of the package speaks the same two verbs: ``feed(chunk)`` returns
what the chunk completes, ``flush()`` returns what is left when the input ends (and starts
over).

Lines end in ``\\n`` only: the SSE decoder turns CR and CRLF into LF before feeding, and in
JSON Lines a trailing ``\\r`` is JSON whitespace. Unlike ``str.splitlines``, no other
character (U+2028, U+0085) ends a line, and no decoding pass happens here.
"""

from __future__ import annotations

__all__ = ["LineDecoder"]


class LineDecoder:
    """Chunks of bytes cut anywhere in, complete lines out (without their ``\\n``).

    A line split over many chunks is joined once, when its end arrives, so a long line
    costs linear time. ``pending_size`` is the length of the line still being received, for
    callers that bound it.

    Example::

        lines = LineDecoder()
        lines.feed(b'{"a": 1}\\n{"b"')   # [b'{"a": 1}']
        lines.feed(b": 2}\\nrest")       # [b'{"b": 2}']
        lines.flush()                   # [b"rest"]: the last line had no "\\n"
    """

    __slots__ = ("_pending", "pending_size")

    pending_size: int
    """Bytes of the unterminated line held so far."""

    def __init__(self) -> None:
        self._pending: list[bytes] = []
        self.pending_size = 0

    def feed(self, chunk: bytes) -> list[bytes]:
        """The lines that ``chunk`` completes (often none)."""
        pending = self._pending
        if 10 not in chunk:  # LF
            if chunk:
                pending.append(chunk)
                self.pending_size += len(chunk)
            return []
        lines = chunk.split(b"\n")
        if pending:
            pending.append(lines[0])
            lines[0] = b"".join(pending)
            pending.clear()
        tail = lines.pop()
        if tail:
            pending.append(tail)
        self.pending_size = len(tail)
        return lines

    def flush(self) -> list[bytes]:
        """The end of the input: the last line if it had no ``\\n`` (else nothing)."""
        if not self._pending:
            return []
        line = b"".join(self._pending)
        self.clear()
        return [line]

    def clear(self) -> None:
        """Drop the unterminated line, if any."""
        self._pending.clear()
        self.pending_size = 0
