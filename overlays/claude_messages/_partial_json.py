"""A tolerant parser for a prefix of a JSON document.

A tool's input arrives as ``input_json_delta`` pieces; while the
block is open, the stream offers a best-effort view of the input so far. The accumulator
never calls this on a delta: only when someone asks for a partial snapshot, so the cost is
paid on demand, once per request, and never re-paid per delta.

What a prefix becomes:

- a complete value is itself: ``parse_partial_json('{"a": 1}') == {"a": 1}``;
- open objects and arrays are closed: ``'{"a": [1, 2'`` -> ``{"a": [1, 2]}``;
- an open string keeps what it has: ``'{"city": "San Fr'`` -> ``{"city": "San Fr"}``;
- a key without a (started) value is dropped: ``'{"a": 1, "b": '`` -> ``{"a": 1}``;
- an unfinished ``true``/``false``/``null`` is dropped; a number keeps its digits so far
  (``'[1, 2.'`` -> ``[1, 2]``);
- nothing usable gives ``None``; so does text that is not JSON at all (the parser stops at
  the first character that cannot start or continue a value and returns what it has).
"""

from __future__ import annotations

import json
import json.decoder
import re
from collections.abc import Callable
from typing import Any

__all__ = ["parse_partial_json"]

# The C string scanner the json module itself uses (typeshed does not declare it).
scanstring: Callable[[str, int], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]
_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
_LITERALS: dict[str, tuple[str, object]] = {
    "t": ("true", True),
    "f": ("false", False),
    "n": ("null", None),
}
# The longest tail an unfinished escape can leave in an open string: a backslash, "u" and
# three hex digits.
_MAX_ESCAPE_TAIL = 5


class _Stop(Exception):
    """The text ran out (or stopped being JSON) inside a value.

    ``value`` is the usable part of that value, or ``_MISSING`` when there is none.
    """

    def __init__(self, value: object) -> None:
        super().__init__()
        self.value = value


_MISSING = object()


def parse_partial_json(text: str) -> Any:
    """Parse the beginning of a JSON document, closing whatever is still open.

    Example::

        assert parse_partial_json('{"location": "San Fr') == {"location": "San Fr"}
        assert parse_partial_json('[1, {"a": tr') == [1, {}]
        assert parse_partial_json("") is None
    """
    try:
        value, _ = _value(text, _skip(text, 0))
    except _Stop as stop:
        return None if stop.value is _MISSING else stop.value
    return value


def _skip(text: str, pos: int) -> int:
    match = _WS.match(text, pos)
    return match.end() if match else pos


def _value(text: str, pos: int) -> tuple[Any, int]:
    """Parse one value at ``pos`` (whitespace already skipped)."""
    if pos >= len(text):
        raise _Stop(_MISSING)
    char = text[pos]
    if char == "{":
        return _object(text, pos + 1)
    if char == "[":
        return _array(text, pos + 1)
    if char == '"':
        return _string(text, pos + 1)
    literal = _LITERALS.get(char)
    if literal is not None:
        word, value = literal
        if text.startswith(word, pos):
            return value, pos + len(word)
        raise _Stop(_MISSING)
    match = _NUMBER.match(text, pos)
    if match is None:
        raise _Stop(_MISSING)
    number = json.loads(match.group())
    end = match.end()
    if end >= len(text) or text[end] in ".eE":
        # The digits may go on (or a fraction/exponent is half written): keep what there is.
        raise _Stop(number)
    return number, end


def _string(text: str, pos: int) -> tuple[str, int]:
    """Parse a string whose opening quote ends just before ``pos``."""
    try:
        return scanstring(text, pos)
    except json.JSONDecodeError:
        pass
    # Unterminated (or broken): keep the longest prefix that decodes, dropping a half
    # written escape sequence at the end.
    body = text[pos:]
    for cut in range(len(body), max(len(body) - _MAX_ESCAPE_TAIL, 0) - 1, -1):
        try:
            value, _ = scanstring(body[:cut] + '"', 0)
        except json.JSONDecodeError:
            continue
        raise _Stop(value)
    raise _Stop(_MISSING)


def _object(text: str, pos: int) -> tuple[dict[str, Any], int]:
    result: dict[str, Any] = {}
    pos = _skip(text, pos)
    if text.startswith("}", pos):
        return result, pos + 1
    while True:
        if not text.startswith('"', pos):
            raise _Stop(result)
        try:
            key, pos = _string(text, pos + 1)
        except _Stop:
            raise _Stop(result) from None
        pos = _skip(text, pos)
        if not text.startswith(":", pos):
            raise _Stop(result)
        try:
            result[key], pos = _value(text, _skip(text, pos + 1))
        except _Stop as stop:
            if stop.value is not _MISSING:
                result[key] = stop.value
            raise _Stop(result) from None
        pos = _skip(text, pos)
        if text.startswith("}", pos):
            return result, pos + 1
        if not text.startswith(",", pos):
            raise _Stop(result)
        pos = _skip(text, pos + 1)


def _array(text: str, pos: int) -> tuple[list[Any], int]:
    result: list[Any] = []
    pos = _skip(text, pos)
    if text.startswith("]", pos):
        return result, pos + 1
    while True:
        try:
            item, pos = _value(text, pos)
        except _Stop as stop:
            if stop.value is not _MISSING:
                result.append(stop.value)
            raise _Stop(result) from None
        result.append(item)
        pos = _skip(text, pos)
        if text.startswith("]", pos):
            return result, pos + 1
        if not text.startswith(",", pos):
            raise _Stop(result)
        pos = _skip(text, pos + 1)
