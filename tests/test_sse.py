"""The SSE decoder against the WHATWG event-stream rules, chunked every way."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

import pytest
from claude_messages._sse import ServerSentEvent, SSEDecoder
from hypothesis import given, settings
from hypothesis import strategies as st


def decode(chunks: Iterable[bytes]) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    events: list[ServerSentEvent] = []
    for chunk in chunks:
        events += decoder.feed(chunk)
    events += decoder.flush()
    return events


def bytewise(data: bytes) -> list[bytes]:
    return [data[i : i + 1] for i in range(len(data))]


def datas(events: list[ServerSentEvent]) -> list[str]:
    return [e.data for e in events]


def reference(stream: bytes) -> list[ServerSentEvent]:
    """A deliberately naive reading of the spec, on the whole stream at once: the oracle."""
    text = stream.decode("utf-8", "replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = re.split(r"\r\n|\r|\n", text)
    lines.pop()  # the text after the last line end is not a complete line
    events = []
    data = ""
    event_type = ""
    last_id: str | None = None
    retry: int | None = None
    for line in lines:
        if line == "":
            if data:
                events.append(ServerSentEvent(event_type or "message", data[:-1], last_id, retry))
            data, event_type, retry = "", "", None
            continue
        if line.startswith(":"):
            continue
        if ":" in line:
            name, value = line.split(":", 1)
            if value.startswith(" "):
                value = value[1:]
        else:
            name, value = line, ""
        if name == "event":
            event_type = value
        elif name == "data":
            data += value + "\n"
        elif name == "id":
            if "\0" not in value:
                last_id = value
        elif name == "retry" and value and all(c in "0123456789" for c in value):
            retry = int(value)
    return events


# -- The examples of the WHATWG spec, section "Event stream interpretation" ----------------


def test_spec_example_three_messages() -> None:
    stream = (
        b"data: This is the first message.\n\n"
        b"data: This is the second message, it\n"
        b"data: has two lines.\n\n"
        b"data: This is the third message.\n\n"
    )
    assert datas(decode([stream])) == [
        "This is the first message.",
        "This is the second message, it\nhas two lines.",
        "This is the third message.",
    ]


def test_spec_example_event_types() -> None:
    stream = (
        b"event: add\ndata: 73857293\n\nevent: remove\ndata: 2153\n\nevent: add\ndata: 113411\n\n"
    )
    assert decode([stream]) == [
        ServerSentEvent("add", "73857293"),
        ServerSentEvent("remove", "2153"),
        ServerSentEvent("add", "113411"),
    ]


def test_spec_example_multiline_data() -> None:
    assert datas(decode([b"data: YHOO\ndata: +2\ndata: 10\n\n"])) == ["YHOO\n+2\n10"]


def test_spec_example_comment_and_ids() -> None:
    stream = (
        b": test stream\n\n"
        b"data: first event\nid: 1\n\n"
        b"data:second event\nid\n\n"
        b"data:  third event\n\n"
    )
    assert decode([stream]) == [
        ServerSentEvent("message", "first event", "1"),
        ServerSentEvent("message", "second event", ""),
        # Only one leading space is dropped; the empty id persists.
        ServerSentEvent("message", " third event", ""),
    ]


def test_spec_example_empty_data_and_unterminated_tail() -> None:
    assert datas(decode([b"data\n\ndata\ndata\n\ndata:"])) == ["", "\n"]


def test_spec_example_space_after_colon_is_optional() -> None:
    assert datas(decode([b"data:test\n\ndata: test\n\n"])) == ["test", "test"]


# -- Line ends ---------------------------------------------------------------------------


@pytest.mark.parametrize("eol", [b"\n", b"\r\n", b"\r"])
def test_every_line_end(eol: bytes) -> None:
    stream = eol.join([b"event: a", b"data: 1", b"data: 2", b"", b"data: 3", b"", b""])
    expected = [ServerSentEvent("a", "1\n2"), ServerSentEvent("message", "3")]
    assert decode([stream]) == expected
    assert decode(bytewise(stream)) == expected


def test_mixed_line_ends() -> None:
    assert datas(decode([b"data: a\rdata: b\r\ndata: c\n\r\n"])) == ["a\nb\nc"]


def test_crlf_split_across_chunks_is_one_line_end() -> None:
    # Were the LF taken as a second line end, "a" would be dispatched alone.
    assert datas(decode([b"data: a\r", b"\ndata: b\r", b"\n\r", b"\n"])) == ["a\nb"]


def test_cr_at_chunk_end_then_empty_chunks_then_lf() -> None:
    assert datas(decode([b"data: a\r", b"", b"", b"\ndata: b\n\n"])) == ["a\nb"]


def test_lone_cr_at_chunk_end_then_other_bytes() -> None:
    assert datas(decode([b"data: a\r", b"data: b\r", b"\r"])) == ["a\nb"]


def test_cr_cr_is_a_blank_line() -> None:
    assert datas(decode([b"data: a\r\rdata: b\r\r"])) == ["a", "b"]


@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\u0085", "\x0b", "\x0c", "\x1c", "\x1d"])
def test_unicode_line_separators_are_data(sep: str) -> None:
    data = f"one{sep}two"
    stream = f"data: {data}\n\n".encode()
    assert datas(decode([stream])) == [data]
    assert datas(decode(bytewise(stream))) == [data]


# -- Fields ------------------------------------------------------------------------------


def test_comments_are_ignored() -> None:
    stream = b":\n: keep-alive\ndata: x\n:another\n\n:\n\n"
    assert decode([stream]) == [ServerSentEvent("message", "x")]


def test_only_one_leading_space_is_dropped_and_no_other_whitespace() -> None:
    stream = b"data:  two\ndata:\ttab\ndata: trailing \n\n"
    assert datas(decode([stream])) == [" two\n\ttab\ntrailing "]


def test_field_without_colon_has_empty_value() -> None:
    assert datas(decode([b"data\ndata\n\n"])) == ["\n"]


def test_value_may_contain_colons() -> None:
    assert datas(decode([b'data: {"a": "b:c"}\n\n'])) == ['{"a": "b:c"}']


def test_unknown_fields_are_ignored() -> None:
    stream = b"foo: bar\nDATA: x\ndata : y\nevent: e\ndata: z\n\n"
    assert decode([stream]) == [ServerSentEvent("e", "z")]


def test_event_name_defaults_to_message_and_resets_after_dispatch() -> None:
    stream = b"event: a\ndata: 1\n\ndata: 2\n\nevent:\ndata: 3\n\nevent: b\nevent: c\ndata: 4\n\n"
    assert [(e.event, e.data) for e in decode([stream])] == [
        ("a", "1"),
        ("message", "2"),
        ("message", "3"),
        ("c", "4"),
    ]


def test_blank_line_without_data_dispatches_nothing_and_resets_event_name() -> None:
    stream = b"event: ping\n\nid: 7\n\ndata: x\n\n"
    assert decode([stream]) == [ServerSentEvent("message", "x", "7")]


def test_empty_data_field_dispatches_empty_string() -> None:
    assert decode([b"event: e\ndata:\n\n"]) == [ServerSentEvent("e", "")]


def test_id_persists_and_ignores_nul() -> None:
    stream = b"id: 1\ndata: a\n\ndata: b\n\nid: 2\x003\ndata: c\n\nid\ndata: d\n\n"
    decoder = SSEDecoder()
    events = decoder.feed(stream)
    assert [(e.data, e.id) for e in events] == [("a", "1"), ("b", "1"), ("c", "1"), ("d", "")]
    assert decoder.last_event_id == ""


def test_id_absent_is_none() -> None:
    assert decode([b"data: a\n\n"])[0].id is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [(b"3000", 3000), (b"0", 0), (b"12a", None), (b"", None), (b"-1", None), (b" 5", None)],
)
def test_retry_digits_only(value: bytes, expected: int | None) -> None:
    decoder = SSEDecoder()
    [event] = decoder.feed(b"retry: " + value + b"\ndata: x\n\n")
    assert event.retry == expected
    assert decoder.retry == expected


def test_retry_belongs_to_its_event_but_persists_on_the_decoder() -> None:
    decoder = SSEDecoder()
    events = decoder.feed(b"retry: 10\n\ndata: a\n\nretry: 20\ndata: b\n\n")
    assert [(e.data, e.retry) for e in events] == [("a", None), ("b", 20)]
    assert decoder.retry == 20


# -- Encoding ----------------------------------------------------------------------------


def test_bom_at_start_is_dropped() -> None:
    stream = b"\xef\xbb\xbfdata: x\n\n"
    assert datas(decode([stream])) == ["x"]
    assert datas(decode(bytewise(stream))) == ["x"]


def test_only_one_bom_is_dropped() -> None:
    # The second BOM is part of the field name, which is then unknown.
    assert decode([b"\xef\xbb\xbf\xef\xbb\xbfdata: x\n\ndata: y\n\n"]) == [
        ServerSentEvent("message", "y")
    ]


def test_bom_inside_the_stream_is_data() -> None:
    assert datas(decode([b"data: a\n\n", b"\xef\xbb\xbfdata: b\n\ndata: \xef\xbb\xbfc\n\n"])) == [
        "a",
        "\ufeffc",
    ]


def test_short_first_chunks_that_are_not_a_bom() -> None:
    assert datas(decode([b"d", b"a", b"ta: x\n\n"])) == ["x"]
    assert datas(decode([b"\n", b"data: x\n\n"])) == ["x"]


def test_bom_prefix_alone_gives_nothing() -> None:
    assert decode([b"\xef\xbb"]) == []


@pytest.mark.parametrize("char", ["\u00e9", "\u20ac", "\U0001f642"])
def test_utf8_sequences_split_across_chunks(char: str) -> None:
    encoded = char.encode()
    for cut in range(1, len(encoded)):
        stream = [b"event: " + encoded[:cut], encoded[cut:] + b"\ndata: a" + encoded[:cut]]
        stream += [encoded[cut:] + b"b\n\n"]
        assert decode(stream) == [ServerSentEvent(char, f"a{char}b")]


def test_invalid_utf8_becomes_replacement_character() -> None:
    assert datas(decode([b"data: a\xffb\xe2\x82\n\n"])) == ["a\ufffdb\ufffd"]


# -- End of stream -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "tail", [b"data: x", b"data: x\n", b"data: x\r", b"data: x\r\n", b"event: e\ndata: x\n"]
)
def test_unterminated_last_event_is_discarded(tail: bytes) -> None:
    assert datas(decode([b"data: first\n\n" + tail])) == ["first"]


def test_end_resets_the_decoder() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"\xef\xbb\xbfevent: e\ndata: half") == []
    assert decoder.flush() == []
    assert decoder.feed(b"\xef\xbb\xbfdata: new\n\n") == [ServerSentEvent("message", "new")]


def test_long_line_fed_byte_by_byte() -> None:
    data = "x" * 5000 + "\u00e9" * 100
    assert datas(decode(bytewise(f"data: {data}\n\n".encode()))) == [data]


def test_events_come_out_as_soon_as_their_blank_line_arrives() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: 1\n") == []
    assert decoder.feed(b"\ndata: 2\n\ndata: 3") == [
        ServerSentEvent("message", "1"),
        ServerSentEvent("message", "2"),
    ]
    assert decoder.feed(b"\n\n") == [ServerSentEvent("message", "3")]


# -- ServerSentEvent ---------------------------------------------------------------------


def test_server_sent_event_value_semantics() -> None:
    sse = ServerSentEvent("ping", '{"type": "ping"}', "4", 10)
    assert sse == ServerSentEvent("ping", '{"type": "ping"}', "4", 10)
    assert sse != ServerSentEvent("ping", '{"type": "ping"}', "5", 10)
    assert sse != "ping"
    assert sse.json() == {"type": "ping"}
    assert repr(sse) == (
        "ServerSentEvent(event='ping', data='{\"type\": \"ping\"}', id='4', retry=10)"
    )
    assert not hasattr(sse, "__dict__")
    assert ServerSentEvent() == ServerSentEvent("message", "", None, None)


# -- Properties --------------------------------------------------------------------------

_values = st.text(
    alphabet=st.characters(
        blacklist_characters="\r\n", blacklist_categories=["Cs"], min_codepoint=0
    ),
    max_size=12,
)
_line = st.one_of(
    st.builds(lambda v: f"data:{v}", _values),
    st.builds(lambda v: f"data: {v}", _values),
    st.builds(lambda v: f"event: {v}", _values),
    st.builds(lambda v: f"id: {v}", _values),
    st.builds(lambda v: f"retry: {v}", st.one_of(_values, st.integers(0, 10**6).map(str))),
    st.builds(lambda v: f":{v}", _values),
    st.builds(lambda v: f"{v}:{v}", _values),
    st.just("data"),
    st.just(""),
)
_eol = st.sampled_from(["\n", "\r\n", "\r"])


@st.composite
def sse_streams(draw: st.DrawFn) -> bytes:
    """A stream of SSE lines with random fields, values and line ends (and maybe a BOM)."""
    parts = [draw(_line) + draw(_eol) for _ in range(draw(st.integers(0, 30)))]
    bom = "\ufeff" if draw(st.booleans()) else ""
    return (bom + "".join(parts)).encode("utf-8")


@st.composite
def chunkings(draw: st.DrawFn, stream: bytes) -> list[bytes]:
    cuts = sorted(draw(st.lists(st.integers(0, len(stream)), max_size=40)))
    bounds = [0, *cuts, len(stream)]
    return [stream[a:b] for a, b in itertools.pairwise(bounds)]


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_any_chunking_gives_the_events_of_the_uncut_stream(data: st.DataObject) -> None:
    stream = data.draw(sse_streams())
    chunks = data.draw(chunkings(stream))
    whole = decode([stream])
    assert decode(chunks) == whole
    assert whole == reference(stream)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_arbitrary_bytes_match_the_reference_reading(data: st.DataObject) -> None:
    pieces = [b"\r", b"\n", b":", b" ", b"data", b"event", b"id", b"retry", b"x", b"\x00"]
    pieces += [
        b"\xef\xbb\xbf",
        b"\xe2\x80\xa8",
        b"\xc3",
        b"\xa9",
        b"\xff",
    ]  # BOM, U+2028, bad UTF-8
    alphabet = st.sampled_from(pieces)
    stream = b"".join(data.draw(st.lists(alphabet, max_size=60)))
    chunks = data.draw(chunkings(stream))
    assert decode(chunks) == reference(stream)


# -- max_event_size: what the decoder holds for one event is bounded ----------------------


def decode_limited(chunks: Iterable[bytes], limit: int) -> tuple[list[ServerSentEvent], bool]:
    decoder = SSEDecoder(max_event_size=limit)
    events: list[ServerSentEvent] = []
    for chunk in chunks:
        events += decoder.feed(chunk)
    return events, decoder.too_large


@pytest.mark.parametrize("size", [1, 3, 7, 1000])
def test_an_event_at_the_limit_passes_one_byte_more_stops(size: int) -> None:
    # The limit counts the event's data.
    small = b"data: a\n\n"
    at_limit = b"data: " + b"x" * 100 + b"\n\n"
    over = b"data: " + b"x" * 101 + b"\n\n"
    stream = small + at_limit + small
    events, too_large = decode_limited(chunked_every(stream, size), 100)
    assert datas(events) == ["a", "x" * 100, "a"] and not too_large
    events, too_large = decode_limited(chunked_every(small + over + small, size), 100)
    assert datas(events) == ["a"] and too_large


@pytest.mark.parametrize("size", [1, 5, 64, 10_000])
def test_many_data_lines_of_one_event_count_together(size: int) -> None:
    stream = b"data: a\n\n" + b"data: xxxx\n" * 50 + b"\n" + b"data: b\n\n"
    events, too_large = decode_limited(chunked_every(stream, size), 200)
    assert datas(events) == ["a"] and too_large
    events, too_large = decode_limited(chunked_every(stream, size), 500)
    assert len(events) == 3 and not too_large


def test_an_unterminated_line_over_the_limit_stops_before_it_ends() -> None:
    decoder = SSEDecoder(max_event_size=1000)
    assert decoder.feed(b"data: ok\n\n") == [ServerSentEvent("message", "ok")]
    for _ in range(20):
        assert decoder.feed(b"y" * 100) == []
    assert decoder.too_large
    assert decoder.feed(b"\n\ndata: later\n\n") == []  # everything after is ignored
    assert decoder._pending == [] and decoder._data == []  # nothing is held


def test_no_limit_by_default() -> None:
    assert datas(decode([b"data: " + b"z" * 100_000 + b"\n\n"])) == ["z" * 100_000]


def chunked_every(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def test_feed_raw_leaves_the_data_as_bytes() -> None:
    # What a JSON reader of the data gets: the bytes as sent; feed decodes them (U+FFFD).
    decoder = SSEDecoder()
    chunk = b"id: 7\nretry: 10\nevent: x\ndata: caf\xc3\xa9 \xff\n\n"
    assert decoder.feed_raw(chunk) == [("x", b"caf\xc3\xa9 \xff", "7", 10)]
    again = SSEDecoder()
    assert again.feed(chunk) == [ServerSentEvent("x", "café \ufffd", "7", 10)]
