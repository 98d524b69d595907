"""The event JSON decoder: json.loads' values and errors, with and without orjson."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from typing import Any

import orjson  # the speedups extra; the dev extra installs it so both paths are tested
import pytest
from claude_messages import _loads
from claude_messages._loads import loader, loads_bytes, loads_text, orjson_in_use, use_orjson
from hypothesis import example, given, settings
from hypothesis import strategies as st


@pytest.fixture(params=["orjson", "stdlib"])
def mode(request: pytest.FixtureRequest) -> Iterator[str]:
    use_orjson(request.param == "orjson")
    try:
        yield request.param
    finally:
        use_orjson(True)


def _outcome(fn: Callable[[], Any]) -> tuple[str, Any]:
    """A value, or an error's type and message, in a form that compares NaN equal."""
    try:
        value = fn()
    except (ValueError, RecursionError) as exc:
        return ("error", (type(exc), str(exc)))
    return ("value", json.dumps(value, sort_keys=False) if _has_nan(value) else value)


def _has_nan(value: Any) -> bool:
    stack = [value]  # iterative: documents may nest deeply
    while stack:
        item = stack.pop()
        if isinstance(item, float) and math.isnan(item):
            return True
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _std(raw: bytes) -> tuple[str, Any]:
    return _outcome(lambda: json.loads(raw.decode("utf-8", "replace")))


# Inputs where orjson and the standard library part ways, or that only the standard
# library accepts: each must come out as json.loads has it.
TRICKY = [
    b'{"a":1,"a":2,"b":3}',  # duplicate keys: the last value, the first position
    b"123456789012345678901234567890",  # orjson: a float; json.loads: an int
    b"18446744073709551616",
    b"-9223372036854775809",
    b'{"usage":{"output_tokens":99999999999999999999999}}',
    b"9223372036854775807",
    b"1e400",  # orjson rejects; json.loads: inf
    b"-1e400",
    b"NaN",
    b"[Infinity,-Infinity]",
    b'"\\ud800"',  # a lone surrogate escape
    b'"\\ud83d\\ude80"',
    b'{"text":"caf\xc3\xa9 \xe6\x9d\xb1"}',
    b'{"text":"bad \xff utf-8 \xe6\x9d"}',  # invalid UTF-8: U+FFFD, as the decoder gives
    b"\xef\xbb\xbf{}",  # a BOM: an error
    b' {"a": 1} ',
    b'{"a":1}\n',
    b'{"type":"x"} x',  # extra data
    b"[1,2",
    b"",
    b"   ",
    b'"a\x01b"',  # a raw control character in a string
    b"0.1000000000000000055511151231257827",
    b"2.2250738585072011e-308",
    b"-0",
    b"-0.0",
    b"1E5",
    b"01",
    b"\x0c{}",  # form feed is not JSON whitespace
    b"[" * 100_000 + b"]" * 100_000,  # nesting too deep for json.loads on every Python
]


@pytest.mark.parametrize("raw", TRICKY, ids=range(len(TRICKY)))
def test_bytes_match_json_loads_on_tricky_input(mode: str, raw: bytes) -> None:
    assert _outcome(lambda: loader()(raw)) == _std(raw)
    assert _outcome(lambda: loads_bytes(raw)) == _std(raw)


@pytest.mark.parametrize("raw", TRICKY, ids=range(len(TRICKY)))
def test_text_matches_json_loads_on_tricky_input(raw: bytes) -> None:
    text = raw.decode("utf-8", "replace")
    assert _outcome(lambda: loads_text(text)) == _outcome(lambda: json.loads(text))


def test_big_integers_stay_integers_with_orjson() -> None:
    use_orjson(True)
    assert orjson_in_use()
    # What orjson alone would make of it: the fallback exists for exactly this.
    assert isinstance(orjson.loads(b"123456789012345678901234567890"), float)
    value = loads_bytes(b'{"n":123456789012345678901234567890}')
    assert value == {"n": 123456789012345678901234567890}
    assert type(value["n"]) is int


def test_use_orjson_switches_the_loader() -> None:
    try:
        use_orjson(False)
        assert not orjson_in_use()
        assert loader() is _loads._loads_bytes_std
        use_orjson(True)
        assert orjson_in_use()
    finally:
        use_orjson(True)


def test_without_orjson_installed_the_stdlib_decodes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_loads, "_orjson_loads", None)
    monkeypatch.setitem(_loads._state, "tried", False)
    monkeypatch.setitem(__import__("sys").modules, "orjson", None)  # import fails
    assert not orjson_in_use()
    assert loads_bytes(b'{"type":"ping"}') == {"type": "ping"}


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(value=json_values, compact=st.booleans())
@example(value={"index": 0, "delta": {"type": "text_delta", "text": " café 🚀"}}, compact=True)
def test_bytes_match_json_loads_on_generated_documents(value: Any, compact: bool) -> None:
    text = json.dumps(value, separators=(",", ":") if compact else None, ensure_ascii=False)
    raw = text.encode("utf-8", "surrogatepass")  # lone surrogates become invalid UTF-8
    for enabled in (True, False):
        use_orjson(enabled)
        try:
            assert _outcome(lambda: loads_bytes(raw)) == _std(raw)
        finally:
            use_orjson(True)


@settings(max_examples=300, deadline=None)
@given(
    raw=st.binary(max_size=40)
    | st.text(alphabet='{}[]",:0123456789.eE-+ \tnulrsfa\\u').map(str.encode)
)
def test_bytes_match_json_loads_on_arbitrary_bytes(raw: bytes) -> None:
    for enabled in (True, False):
        use_orjson(enabled)
        try:
            assert _outcome(lambda: loads_bytes(raw)) == _std(raw)
        finally:
            use_orjson(True)
