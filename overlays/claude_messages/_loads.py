"""JSON decoding for stream events: ``json.loads``' results, at less cost per event.

``loads_text(text)`` is ``json.loads(text)``: it calls the standard library's scanner
directly and falls back to ``json.loads`` itself for anything but one value filling the
whole string, so results and errors are those of ``json.loads``. (``json.loads`` spends
about half its time per small document outside the scanner, in two whitespace passes.)

``loads_bytes(raw)`` is ``json.loads(raw.decode("utf-8", "replace"))``. Where ``orjson``
is installed (the ``speedups`` extra) it decodes with ``orjson`` first, and falls back to
the standard library for every input where the two could differ: whatever ``orjson``
rejects (invalid UTF-8, lone surrogate escapes, ``NaN`` and ``Infinity``, numbers out of
the double range, bad JSON: its error is then the standard library's own) and any input
with a run of 19 or more digits (``orjson`` reads integers beyond 64 bits as floats).

``orjson`` is imported on first use, not when the package is imported. ``use_orjson(False)``
turns it off (benchmarks, tests); ``loader()`` gives the function a stream should use.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json.scanner import make_scanner
from typing import Any, cast

__all__ = ["loader", "loads_bytes", "loads_text", "orjson_in_use", "use_orjson"]

# The scanner json.loads itself uses (the C one where available), with its default settings.
_scan: Callable[[str, int], tuple[Any, int]] = cast(Any, make_scanner)(json.JSONDecoder())
_loads = json.loads

# Every ASCII digit mapped to "0", then a search for 19 zeros: one C pass each, ~0.2 us
# for an event, where a regular expression takes ~1 us.
_DIGITS_TO_ZERO = bytes(0x30 if 0x30 <= i <= 0x39 else i for i in range(256))
_LONG_NUMBER = b"0" * 19


def loads_text(text: str) -> Any:
    """``json.loads(text)``: the same value, or the same error."""
    try:
        value, end = _scan(text, 0)
    except Exception:  # no value at 0 (StopIteration), bad JSON, nesting too deep
        return _loads(text)  # raises as json.loads does
    if end != len(text):
        return _loads(text)  # trailing whitespace (a value), or extra data (an error)
    return value


def _loads_bytes_std(raw: bytes) -> Any:
    text = raw.decode("utf-8", "replace")
    try:  # loads_text, inline: one call less per event
        value, end = _scan(text, 0)
    except Exception:
        return _loads(text)
    if end != len(text):
        return _loads(text)
    return value


_orjson_loads: Callable[[bytes], Any] | None = None
_state = {"enabled": True, "tried": False}


def _load_orjson() -> Callable[[bytes], Any] | None:
    global _orjson_loads
    if not _state["tried"]:
        _state["tried"] = True
        try:
            import orjson
        except ImportError:
            return None
        _orjson_loads = orjson.loads
    return _orjson_loads


def _loads_bytes_orjson(raw: bytes) -> Any:
    fast = _orjson_loads
    if fast is not None and raw.translate(_DIGITS_TO_ZERO).find(_LONG_NUMBER) < 0:
        try:
            return fast(raw)
        except ValueError:  # orjson.JSONDecodeError; the standard library decides
            pass
    return loads_text(raw.decode("utf-8", "replace"))


def loader() -> Callable[[bytes], Any]:
    """The bytes decoder to use now: with ``orjson`` if installed and enabled."""
    if _state["enabled"] and _load_orjson() is not None:
        return _loads_bytes_orjson
    return _loads_bytes_std


def loads_bytes(raw: bytes) -> Any:
    """``json.loads(raw.decode("utf-8", "replace"))``: the same value, or the same error."""
    return loader()(raw)


def use_orjson(enabled: bool) -> None:
    """Use ``orjson`` where installed (the default), or only the standard library."""
    _state["enabled"] = bool(enabled)


def orjson_in_use() -> bool:
    """Whether streams started now decode their events with ``orjson``."""
    return loader() is _loads_bytes_orjson
