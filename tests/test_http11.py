"""Request heads written and response heads read by ``_http11``, without sockets.

The parser is held to h11 (installed with httpx) on generated heads: where h11 reads a
head, this reads the same status, reason and fields; where h11 refuses one, so does this.
"""

from __future__ import annotations

import h11
import httpx
import pytest
from claude_messages._http11 import MAX_HEAD_SIZE, Exchange, parse_head
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


def _exchange(method: str = "POST", **kwargs: object) -> Exchange:
    return Exchange(httpx.Request(method, "https://api.example.test/v1/messages?x=1", **kwargs))


def _head(wire: bytes) -> Exchange:
    exchange = _exchange()
    exchange.head()
    assert exchange.feed(wire) is not None
    return exchange


# -- the request ------------------------------------------------------------------------


def test_request_head_has_the_line_host_and_fields_in_order() -> None:
    exchange = _exchange(content=b'{"a":1}', headers={"X-Api-Key": "sk-1", "Accept": "*/*"})
    wire = exchange.head() + exchange.body_part(b'{"a":1}') + exchange.end()
    head, _, body = wire.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    assert lines[0] == b"POST /v1/messages?x=1 HTTP/1.1"
    assert lines[1] == b"Host: api.example.test"
    assert b"X-Api-Key: sk-1" in lines
    assert b"Content-Length: 7" in lines
    assert body == b'{"a":1}'


def test_request_head_is_what_h11_reads_back() -> None:
    exchange = _exchange(content=b"hello", headers={"A": "1", "B": "x y"})
    wire = exchange.head() + exchange.body_part(b"hello") + exchange.end()
    server = h11.Connection(h11.SERVER)
    server.receive_data(wire)
    request = server.next_event()
    assert isinstance(request, h11.Request)
    assert (request.method, request.target) == (b"POST", b"/v1/messages?x=1")
    assert (b"a", b"1") in list(request.headers) and (b"b", b"x y") in list(request.headers)
    data = server.next_event()
    assert isinstance(data, h11.Data) and data.data == b"hello"
    assert isinstance(server.next_event(), h11.EndOfMessage)


def test_a_streamed_request_body_is_sent_chunked() -> None:
    exchange = _exchange(content=iter([b"ab", b"cde"]))
    wire = exchange.head() + exchange.body_part(b"ab") + exchange.body_part(b"cde")
    wire += exchange.end()
    server = h11.Connection(h11.SERVER)
    server.receive_data(wire)
    assert isinstance(server.next_event(), h11.Request)
    got = b""
    while isinstance(event := server.next_event(), h11.Data):
        got += event.data
    assert got == b"abcde" and isinstance(event, h11.EndOfMessage)


@pytest.mark.parametrize("value", ["a\r\nX-Injected: 1", "a\nb", "a\x00", "a\x7f"])
def test_a_header_value_that_could_split_the_request_is_refused_unechoed(value: str) -> None:
    request = httpx.Request("GET", "https://api.example.test/")
    request.headers["x-secret"] = value
    with pytest.raises(httpx.LocalProtocolError) as info:
        Exchange(request).head()
    assert "x-secret" in str(info.value) and value not in str(info.value)


@pytest.mark.parametrize("name", ["a b", "a:b", "", "é"])
def test_a_bad_header_name_is_refused(name: str) -> None:
    request = httpx.Request("GET", "https://api.example.test/", headers=[(name.encode(), b"v")])
    with pytest.raises(httpx.LocalProtocolError, match="header name"):
        Exchange(request).head()


def test_the_body_must_match_its_content_length() -> None:
    exchange = _exchange(content=b"abc")
    exchange.head()
    with pytest.raises(httpx.LocalProtocolError, match="Too much data"):
        exchange.body_part(b"abcd")
    exchange = _exchange(content=b"abc")
    exchange.head()
    exchange.body_part(b"ab")
    with pytest.raises(httpx.LocalProtocolError, match="Too little data"):
        exchange.end()


# -- the response -----------------------------------------------------------------------


def test_a_head_split_across_reads_is_read_with_the_bytes_after_it() -> None:
    exchange = _exchange()
    exchange.head()
    wire = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello"
    for i in range(len(wire.split(b"\r\n\r\n")[0]) + 3):
        assert exchange.feed(wire[i : i + 1]) is None
    head = exchange.feed(wire[len(wire.split(b"\r\n\r\n")[0]) + 3 :])
    assert head is not None
    assert (head.status_code, head.reason, head.http_version) == (200, b"OK", b"1.1")
    assert head.headers == [(b"content-type", b"text/plain"), (b"content-length", b"5")]
    assert exchange.rest == b"hello"
    decoder = exchange.decoder()
    assert decoder.feed(exchange.rest) == b"hello" and decoder.done
    assert exchange.reusable(decoder)


def test_interim_responses_are_skipped() -> None:
    exchange = _head(
        b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
        b"HTTP/1.1 204 No Content\r\n\r\n"
    )
    assert exchange.response is not None and exchange.response.status_code == 204
    assert exchange.decoder().done


def test_bare_lf_line_ends_and_a_missing_reason_are_read() -> None:
    exchange = _head(b"HTTP/1.0 200\nContent-Length: 0\n\n")
    head = exchange.response
    assert head is not None
    assert (head.status_code, head.reason, head.http_version) == (200, b"", b"1.0")
    assert not exchange.reusable(exchange.decoder())  # HTTP/1.0


def test_a_folded_field_is_joined_with_a_space() -> None:
    exchange = _head(b"HTTP/1.1 200 OK\r\nX-A: one\r\n  two\r\nContent-Length: 0\r\n\r\n")
    assert exchange.response is not None
    assert exchange.response.headers[0] == (b"x-a", b"one two")


def test_connection_close_and_read_until_close_are_not_reused() -> None:
    exchange = _head(b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
    assert not exchange.reusable(exchange.decoder())
    exchange = _head(b"HTTP/1.1 200 OK\r\n\r\nbody")
    decoder = exchange.decoder()
    assert decoder.feed(exchange.rest) == b"body" and not decoder.done
    decoder.eof()
    assert decoder.done and not exchange.reusable(decoder)


def test_a_request_asking_for_close_does_not_reuse_the_connection() -> None:
    for value in ("close", "keep-alive, Close", " CLOSE "):
        exchange = _exchange("GET", headers={"Connection": value})
        exchange.head()
        exchange.feed(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
        assert not exchange.reusable(exchange.decoder()), value
    exchange = _exchange("GET", headers={"Connection": "keep-alive, closed"})
    exchange.head()
    exchange.feed(b"HTTP/1.1 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 0\r\n\r\n")
    assert exchange.reusable(exchange.decoder())


def test_chunked_wins_over_content_length() -> None:
    exchange = _head(
        b"HTTP/1.1 200 OK\r\nContent-Length: 99\r\nTransfer-Encoding: chunked\r\n\r\n"
        b"3\r\nabc\r\n0\r\n\r\n"
    )
    decoder = exchange.decoder()
    assert decoder.feed(exchange.rest) == b"abc" and decoder.done


@pytest.mark.parametrize(
    "wire",
    [
        b"HTTP/1.1 20 OK\r\n\r\n",
        b"HTTP/11 200 OK\r\n\r\n",
        b"ICY 200 OK\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nNo-Colon\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nSpace : before-colon\r\n\r\n",
        b"HTTP/1.1 200 OK\r\n continuation-first\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nX: a\x00b\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nX: a\x0bb\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nX: a\rb\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 1, 2\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n",
        b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\n\r\n",
    ],
)
def test_a_malformed_head_is_refused(wire: bytes) -> None:
    exchange = _exchange()
    exchange.head()
    with pytest.raises(httpx.RemoteProtocolError):
        exchange.feed(wire)


def test_a_head_past_the_size_limit_is_refused_before_its_end() -> None:
    exchange = _exchange()
    exchange.head()
    assert exchange.feed(b"HTTP/1.1 200 OK\r\n") is None
    with pytest.raises(httpx.RemoteProtocolError, match="too large"):
        for _ in range(MAX_HEAD_SIZE // 1000 + 1):
            exchange.feed(b"X-Pad: " + b"a" * 991 + b"\r\n")


def test_eof_before_the_head_is_a_protocol_error() -> None:
    exchange = _exchange()
    exchange.head()
    exchange.feed(b"HTTP/1.1 200 OK\r\n")
    with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
        exchange.feed(b"")


# -- held to h11 ------------------------------------------------------------------------

_NAMES = st.sampled_from(
    [b"content-type", b"Content-Length", b"x-a", b"X-Req_Id", b"set-cookie", b"a b", b"a", b""]
)
_VALUES = st.binary(max_size=12).map(lambda b: b.replace(b"\n", b"").replace(b"\r", b""))
_FIELD_LINES = st.one_of(
    st.tuples(_NAMES, st.sampled_from([b": ", b":", b" : ", b":\t"]), _VALUES).map(b"".join),
    st.sampled_from([b" folded", b"no-colon", b"Content-Length: 12", b"Content-Length: 1,1"]),
)
_STATUS = st.sampled_from(
    [
        b"HTTP/1.1 200 OK",
        b"HTTP/1.0 404 Not Found",
        b"HTTP/1.1 500",
        b"HTTP/1.1 299 x\x80y",
        b"HTTP/1.1 2000 OK",
        b"HTTP/2 200 OK",
        b"http/1.1 200 OK",
    ]
)


def _h11_read(wire: bytes) -> tuple[int, bytes, list[tuple[bytes, bytes]]] | None:
    conn = h11.Connection(h11.CLIENT)
    conn.send(h11.Request(method="GET", target="/", headers=[("Host", "a")]))
    conn.send(h11.EndOfMessage())
    conn.receive_data(wire)
    try:
        event = conn.next_event()
    except h11.RemoteProtocolError:
        return None
    assert isinstance(event, h11.Response), event
    return event.status_code, event.reason, list(event.headers)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(_STATUS, st.lists(_FIELD_LINES, max_size=5))
def test_heads_read_as_h11_reads_them(status: bytes, fields: list[bytes]) -> None:
    head = b"\r\n".join([status, *fields])
    want = _h11_read(head + b"\r\n\r\n")
    try:
        got = parse_head(head)
    except httpx.RemoteProtocolError:
        assert want is None, f"refused what h11 reads: {head!r} -> {want}"
        return
    assert want is not None, f"read what h11 refuses: {head!r}"
    assert (got.status_code, got.reason, got.headers) == want


_HEADER_BYTES = st.binary(max_size=6) | st.sampled_from([b"x-a", b"ok", b"a b", b"v\x00", b""])


@settings(max_examples=300)
@given(st.lists(st.tuples(_HEADER_BYTES, _HEADER_BYTES), min_size=1, max_size=4))
def test_request_headers_are_written_only_when_each_name_and_value_is_sendable(
    pairs: list[tuple[bytes, bytes]],
) -> None:
    # The one-pass check of all headers at once refuses exactly what checking each alone
    # refuses: a name that is not a token, a value with a control character but tab.
    token = set(b"!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    sendable = all(
        name and set(name) <= token and all(b == 9 or 0x20 <= b != 0x7F for b in value)
        for name, value in pairs
    )
    request = httpx.Request("GET", "https://api.example.test/", headers=pairs)
    if sendable:
        head = Exchange(request).head()
        host = 0 if any(name.lower() == b"host" for name, _ in pairs) else 1
        assert head.count(b"\r\n") == len(pairs) + host + 2  # line, Host, fields, blank
    else:
        with pytest.raises(httpx.LocalProtocolError):
            Exchange(request).head()
