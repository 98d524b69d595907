"""Limits on what a server can make the client hold in memory, and reading bodies under them.

Two limits, both set on the client (``Client(max_response_size=..., max_event_size=...)``,
also in ``with_options``); ``None`` turns one off:

- ``max_response_size`` (default 32 MiB): the body of a non-streaming answer. A 2xx body
  over it raises ``ResponseTooLargeError`` (a ``content-length`` over it is refused before
  reading); an error answer's body is cut at the limit instead, so the status still
  raises its own error (and is retried as usual) with the start of the body.
- ``max_event_size`` (default 16 MiB): one event of a stream (its lines up to the blank
  line that ends it, so also any one line) and one line of batch results. Over it, the
  stream raises ``ResponseTooLargeError`` after the events before it.

The limits count decoded bytes (after any ``content-encoding``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Final

import httpx

from ._exceptions import ResponseTooLargeError, request_of

__all__ = [
    "DEFAULT_MAX_EVENT_SIZE",
    "DEFAULT_MAX_RESPONSE_SIZE",
    "abody_chunks",
    "aread_body",
    "body_chunks",
    "check_size_limit",
    "event_too_large",
    "read_body",
]

DEFAULT_MAX_RESPONSE_SIZE: Final = 32 * 1024 * 1024
"""Bytes of a non-streaming answer's body the client holds at most (32 MiB).

The largest answer the API gives without streaming, a message at its output limit, is a
few megabytes of JSON; anything ten times that is not an answer worth holding."""

DEFAULT_MAX_EVENT_SIZE: Final = 16 * 1024 * 1024
"""Bytes of one stream event, or one line of batch results, the client holds at most
(16 MiB; the API's events are deltas of a few bytes, a results line one message)."""


def check_size_limit(name: str, value: object) -> int | None:
    """A size limit argument: a positive number of bytes, or ``None`` for no limit.

    Example::

        check_size_limit("max_event_size", 1 << 20)  # 1048576
    """
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be an int (bytes) or None, not {type(value).__name__}")
    if value < 1:
        raise ValueError(f"{name} must be >= 1 byte (or None for no limit), got {value}")
    return value


def _size(limit: int) -> str:
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if limit >= scale and limit % scale == 0:
            return f"{limit // scale} {unit}"
    return f"{limit} bytes"


def _error(
    what: str, limit: int, option: str, request: httpx.Request | None
) -> ResponseTooLargeError:
    return ResponseTooLargeError(
        f"{what} is larger than {option}={limit} ({_size(limit)}); reading stopped there. "
        f"If such answers are expected, raise the limit: Client({option}=...) or "
        f"client.with_options({option}=...) (None for no limit).",
        request,
        limit=limit,
        option=option,
    )


def event_too_large(limit: int, request: httpx.Request | None, what: str) -> ResponseTooLargeError:
    """The error for one stream event (or batch results line) over ``max_event_size``.

    Example::

        raise event_too_large(1 << 24, request, "A stream event")
    """
    return _error(what, limit, "max_event_size", request)


def _declared_too_large(response: httpx.Response, limit: int) -> bool:
    declared = response.headers.get("content-length")
    return declared is not None and declared.isdigit() and int(declared) > limit


def _body_error(response: httpx.Response, limit: int) -> ResponseTooLargeError:
    what = f"The body of the {response.status_code} answer"
    return _error(what, limit, "max_response_size", request_of(response))


def _keep(response: httpx.Response, parts: list[bytes], limit: int) -> None:
    # What ``response.read()`` itself stores; set here because the body was read in parts,
    # counting as they came.
    content = b"".join(parts)
    response._content = content[:limit]


def _undecoded(response: httpx.Response) -> bool:
    """Whether the body can be read from the transport's own stream: nothing for httpx's
    decoders to undo (``iter_bytes`` adds a decoder and a re-chunker per chunk, which
    dominates the cost of small chunks) and not read before (then ``iter_bytes`` gives what
    was kept)."""
    return not response.is_stream_consumed and "content-encoding" not in response.headers


def body_chunks(response: httpx.Response) -> Iterator[bytes]:
    """The body's chunks as they arrive, with no copy or re-chunking where none is needed.

    Transport errors are httpx errors either way (the transport maps them).
    """
    stream = response.stream
    if _undecoded(response) and isinstance(stream, httpx.SyncByteStream):
        response.is_stream_consumed = True
        return iter(stream)
    return response.iter_bytes()


def abody_chunks(response: httpx.Response) -> AsyncIterator[bytes]:
    """The async twin of ``body_chunks``."""
    stream = response.stream
    if _undecoded(response) and isinstance(stream, httpx.AsyncByteStream):
        response.is_stream_consumed = True
        return stream.__aiter__()
    return response.aiter_bytes()


def read_body(response: httpx.Response, limit: int | None) -> None:
    """Read a non-streaming answer's body, holding at most ``limit`` bytes of it.

    A 2xx body over the limit raises ``ResponseTooLargeError`` (the response is closed);
    an error answer's body is cut at the limit. ``None``: read it whole.

    Example::

        read_body(response, DEFAULT_MAX_RESPONSE_SIZE)
        response.content  # the body
    """
    if limit is None:
        response.read()
        return
    if response.is_success and _declared_too_large(response, limit):
        response.close()
        raise _body_error(response, limit)
    parts: list[bytes] = []
    size = 0
    try:
        for part in body_chunks(response):
            parts.append(part)
            size += len(part)
            if size > limit:
                if response.is_success:
                    raise _body_error(response, limit)
                break
    finally:
        response.close()
    _keep(response, parts, limit)


async def aread_body(response: httpx.Response, limit: int | None) -> None:
    """The async twin of ``read_body``."""
    if limit is None:
        await response.aread()
        return
    if response.is_success and _declared_too_large(response, limit):
        await response.aclose()
        raise _body_error(response, limit)
    parts: list[bytes] = []
    size = 0
    try:
        async for part in abody_chunks(response):
            parts.append(part)
            size += len(part)
            if size > limit:
                if response.is_success:
                    raise _body_error(response, limit)
                break
    finally:
        await response.aclose()
    _keep(response, parts, limit)
