"""The tolerant parser behind partial tool-input snapshots."""

from __future__ import annotations

import json
from typing import Any

import pytest
from claude_messages._partial_json import parse_partial_json
from hypothesis import given
from hypothesis import strategies as st

CASES: list[tuple[str, Any]] = [
    ("", None),
    ("   ", None),
    ("{", {}),
    ('{"a"', {}),
    ('{"a":', {}),
    ('{"a": ', {}),
    ('{"a": 1', {"a": 1}),
    ('{"a": 1,', {"a": 1}),
    ('{"a": 1, "b', {"a": 1}),
    ('{"city": "San Fr', {"city": "San Fr"}),
    ('{"a": "x\\', {"a": "x"}),
    ('{"a": "x\\u00', {"a": "x"}),
    ('{"a": "x\\u00e9', {"a": "xé"}),
    ('{"a": "q\\"', {"a": 'q"'}),
    ("[1, 2.", [1, 2]),
    ("[1, 2.5e", [1, 2.5]),
    ("[-", []),
    ('[1, {"a": tr', [1, {}]),
    ("[true, fals", [True]),
    ('{"a": [1, [2, {"b": null}]], "c": -', {"a": [1, [2, {"b": None}]]}),
    ('"abc', "abc"),
    ("tru", None),
    ("true", True),
    ("12", 12),
    ('{"a": 1} trailing', {"a": 1}),
    ('{"a": 1 "b": 2}', {"a": 1}),
    ("not json", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_prefixes(text: str, expected: Any) -> None:
    assert parse_partial_json(text) == expected


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4)
    ),
    max_leaves=12,
)


@given(json_values, st.booleans())
def test_every_prefix_parses_and_the_whole_is_exact(value: Any, ascii_only: bool) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only)
    assert parse_partial_json(text) == value
    for cut in range(len(text)):
        partial = parse_partial_json(text[:cut])
        json.dumps(partial)  # always plain JSON data
        if isinstance(value, dict) and cut > 0:
            assert isinstance(partial, dict)
            assert set(partial) <= set(value)
        if isinstance(value, list) and cut > 0:
            assert isinstance(partial, list)
            assert len(partial) <= len(value)
