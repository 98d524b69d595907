"""What a call returns: the ``Message`` with its request id, and the answer before parsing.

``create()`` returns a ``ReceivedMessage``: the generated ``Message`` (a subclass, so
``isinstance(m, Message)`` holds and every field is the same) that also carries the
answer's metadata, under the official SDK's names: ``message._request_id`` (the
``request-id`` header) and ``message._retries_taken``. The generated classes are slotted
attrs classes, so the two values live in two extra slots of the subclass rather than in
the model's fields: they never reach ``to_dict()`` and a ``ReceivedMessage`` compares equal
to a plain ``Message`` with the same fields (e.g. the final message of a stream).

Every resource method also has two other forms, under the official SDK's names:

- ``<resource>.with_raw_response.<method>(...)`` returns a ``RawResponse`` (an
  ``AsyncRawResponse`` from an ``AsyncClient``): status, headers, request id, retries
  taken, the body, and ``parse()`` for the typed result the plain call returns. A
  non-streaming answer's body is already read.
- ``<resource>.with_streaming_response.<method>(...)`` returns a context manager
  (``ResponseContextManager`` / ``AsyncResponseContextManager``): the request is sent
  when the block is entered, which gives the same kind of response with its body not
  read yet (``read()``, ``text()``, ``json()``, ``iter_bytes()``, ``iter_text()``,
  ``iter_lines()`` or ``parse()`` read it); leaving the block releases the connection.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import TracebackType
from typing import Any, Generic, NoReturn, TypeVar

import attrs
import httpx
from claude_messages_generated.models import Message

from ._exceptions import raise_transport_error
from ._limits import aread_body, read_body
from ._parse import parse_json_model

__all__ = [
    "AsyncRawResponse",
    "AsyncResponseContextManager",
    "RawResponse",
    "ReceivedMessage",
    "ResponseContextManager",
    "parse_message",
]

_T = TypeVar("_T")
_R = TypeVar("_R", bound="RawResponse[Any]")
_AR = TypeVar("_AR", bound="AsyncRawResponse[Any]")

_MESSAGE_FIELDS = tuple(field.name for field in attrs.fields(Message))


class ReceivedMessage(Message):
    """A ``Message`` as received from the API, with the answer's request id.

    ``_request_id`` and ``_retries_taken`` use the official SDK's names, so code that logs
    ``message._request_id`` keeps working after migration.

    Example::

        message = client.messages.create(max_tokens=100, model="claude-3-haiku-20240307",
                                         messages=[{"role": "user", "content": "Hi"}])
        print(message.content[0].text, message._request_id, message._retries_taken)
    """

    __slots__ = ("_request_id", "_retries_taken")

    _request_id: str | None
    _retries_taken: int

    def __getattr__(self, name: str) -> Any:
        # Only reached when a slot was never set (a copy made by attrs.evolve or pickle).
        if name == "_request_id":
            return None
        if name == "_retries_taken":
            return 0
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __eq__(self, other: object) -> bool:
        # attrs compares only instances of the very same class; the metadata is not part
        # of the message, so compare fields with any generated Message.
        if not isinstance(other, Message):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in _MESSAGE_FIELDS)

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None  # mutable, like the generated class


def parse_message(response: httpx.Response, retries_taken: int = 0) -> ReceivedMessage:
    """Decode a non-streaming 2xx answer (its body already read) into a ``ReceivedMessage``.

    A body that is not JSON, or JSON that is not a Message, raises
    ``APIResponseValidationError`` (with the cause chained).
    """
    message = parse_json_model(response, ReceivedMessage.from_dict, "Message")
    message._request_id = response.headers.get("request-id")
    message._retries_taken = retries_taken
    return message


_CONSUMED = (
    "The body was already streamed (by parse() of a stream, or an iter_*() call) and not "
    "kept: call read() first to keep it."
)


def _lost(exc: httpx.RequestError, response: httpx.Response, retries: int) -> NoReturn:
    """The connection failed while the body was read: this package's error, chained."""
    raise_transport_error(exc, response.request, reading="the body", retries_taken=retries)


class _ResponseBase(Generic[_T]):
    """What the sync and async forms share: the answer's status line, headers and metadata."""

    __slots__ = ("_decode", "_limit", "_parsed", "_read_first", "http_response", "retries_taken")

    http_response: httpx.Response
    """The underlying ``httpx.Response``."""
    retries_taken: int
    """How many retries preceded this answer (``0``: the first attempt answered)."""

    def __init__(
        self,
        http_response: httpx.Response,
        retries_taken: int,
        parse: Callable[[httpx.Response, int], _T],
        *,
        read_first: bool = False,
        max_size: int | None = None,
    ) -> None:
        # read_first: parse() reads the body (up to max_size bytes) before decoding it,
        # for a call whose plain form decodes a whole body but whose body was left unread.
        self.http_response = http_response
        self.retries_taken = retries_taken
        self._decode = parse
        self._read_first = read_first
        self._limit = max_size
        self._parsed: list[_T] = []

    @property
    def status_code(self) -> int:
        """The HTTP status (a 2xx: error answers raise instead)."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The answer's headers (case-insensitive)."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The ``request-id`` header, to quote when reporting a problem."""
        value: str | None = self.http_response.headers.get("request-id")
        return value

    @property
    def url(self) -> httpx.URL:
        """The URL the request went to."""
        return self.http_response.url

    @property
    def http_request(self) -> httpx.Request:
        """The ``httpx.Request`` that was sent (its headers hide the credentials)."""
        return self.http_response.request

    @property
    def method(self) -> str:
        """The request's HTTP method."""
        return self.http_response.request.method

    @property
    def http_version(self) -> str:
        """The HTTP version of the answer, e.g. ``HTTP/1.1``."""
        return self.http_response.http_version

    @property
    def elapsed(self) -> datetime.timedelta:
        """The time from sending the request to the end of the body (once it is read)."""
        return self.http_response.elapsed

    @property
    def is_closed(self) -> bool:
        """Whether the connection is released (the body read whole, or ``close()`` called)."""
        return self.http_response.is_closed

    @property
    def content(self) -> bytes:
        """The body, once read (``read()`` reads it; a non-streaming raw answer has it)."""
        return self.http_response.content

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} [{self.status_code}] {self.method} {self.url.path} "
            f"request_id={self.request_id!r}>"
        )


class RawResponse(_ResponseBase[_T]):
    """An answer before parsing: status, headers and request id, the body, and ``parse()``.

    Returned by ``<resource>.with_raw_response.<method>(...)`` (the body of a non-streaming
    answer already read; a stream's left for ``parse()``) and, inside its ``with`` block,
    by ``<resource>.with_streaming_response.<method>(...)`` (the body not read until
    asked). ``parse()`` gives what the plain call returns: a ``Message``, a ``Stream``, a
    ``Page``, ... A connection lost while reading raises ``APIConnectionError``.

    Example::

        raw = client.messages.with_raw_response.create(max_tokens=100, model=MODEL,
                                                       messages=[...])
        print(raw.status_code, raw.request_id, raw.headers["anthropic-ratelimit-requests-limit"])
        message = raw.parse()
    """

    __slots__ = ()

    def parse(self) -> _T:
        """The typed result the plain call returns; built once, then the same object."""
        if not self._parsed:
            if self._read_first:
                self.read()
            self._parsed.append(self._decode(self.http_response, self.retries_taken))
        return self._parsed[0]

    def read(self) -> bytes:
        """The whole body (read now, then kept); the connection is released."""
        response = self.http_response
        try:
            if self._read_first:
                read_body(response, self._limit)
            else:
                response.read()
        except httpx.StreamConsumed as exc:
            raise RuntimeError(_CONSUMED) from exc
        except httpx.RequestError as exc:
            _lost(exc, response, self.retries_taken)
        return response.content

    def text(self) -> str:
        """The body decoded as text (read first if need be)."""
        self.read()
        return self.http_response.text

    def json(self) -> Any:
        """The body decoded as JSON, untyped (read first if need be)."""
        return json.loads(self.read())

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks as they arrive (of ``chunk_size`` bytes when given)."""
        response = self.http_response
        try:
            yield from response.iter_bytes(chunk_size)
        except httpx.StreamConsumed as exc:
            raise RuntimeError(_CONSUMED) from exc
        except httpx.RequestError as exc:
            _lost(exc, response, self.retries_taken)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        """The body decoded as text, in pieces as they arrive."""
        response = self.http_response
        try:
            yield from response.iter_text(chunk_size)
        except httpx.StreamConsumed as exc:
            raise RuntimeError(_CONSUMED) from exc
        except httpx.RequestError as exc:
            _lost(exc, response, self.retries_taken)

    def iter_lines(self) -> Iterator[str]:
        """The body decoded as text, one line at a time (without the line ending)."""
        response = self.http_response
        try:
            yield from response.iter_lines()
        except httpx.StreamConsumed as exc:
            raise RuntimeError(_CONSUMED) from exc
        except httpx.RequestError as exc:
            _lost(exc, response, self.retries_taken)

    def close(self) -> None:
        """Release the connection without reading the rest. Safe to call more than once."""
        self.http_response.close()


class AsyncRawResponse(_ResponseBase[_T]):
    """The async twin of ``RawResponse``: ``parse()``, ``read()``, ``text()``, ``json()``
    and ``close()`` are awaited, ``iter_*()`` iterated with ``async for``.

    Example::

        raw = await client.messages.with_raw_response.create(max_tokens=100, model=MODEL,
                                                             messages=[...])
        message = await raw.parse()
    """

    __slots__ = ()

    async def parse(self) -> _T:
        """The typed result the plain call returns; built once, then the same object."""
        if not self._parsed:
            if self._read_first:
                await self.read()
            self._parsed.append(self._decode(self.http_response, self.retries_taken))
        return self._parsed[0]

    async def read(self) -> bytes:
        """The whole body (read now, then kept); the connection is released."""
        response = self.http_response
        try:
            if self._read_first:
                await aread_body(response, self._limit)
            else:
                await response.aread()
        except httpx.StreamConsumed as exc:
            raise RuntimeError(_CONSUMED) from exc
        except httpx.RequestError as exc:
            _lost(exc, response, self.retries_taken)
        return response.content

    async def text(self) -> str:
        """The body decoded as text (read first if need be)."""
        await self.read()
        return self.http_response.text

    async def json(self) -> Any:
        """The body decoded as JSON, untyped (read first if need be)."""
        return json.loads(await self.read())

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body in chunks as they arrive (of ``chunk_size`` bytes when given)."""
        response = self.http_response
        try:
            async for chunk in response.aiter_bytes(chunk_size):
                yield chunk
        except httpx.StreamConsumed as exc:
            raise RuntimeError(_CONSUMED) from exc
        except httpx.RequestError as exc:
            _lost(exc, response, self.retries_taken)

    async def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        """The body decoded as text, in pieces as they arrive."""
        response = self.http_response
        try:
            async for piece in response.aiter_text(chunk_size):
                yield piece
        except httpx.StreamConsumed as exc:
            raise RuntimeError(_CONSUMED) from exc
        except httpx.RequestError as exc:
            _lost(exc, response, self.retries_taken)

    async def iter_lines(self) -> AsyncIterator[str]:
        """The body decoded as text, one line at a time (without the line ending)."""
        response = self.http_response
        try:
            async for line in response.aiter_lines():
                yield line
        except httpx.StreamConsumed as exc:
            raise RuntimeError(_CONSUMED) from exc
        except httpx.RequestError as exc:
            _lost(exc, response, self.retries_taken)

    async def close(self) -> None:
        """Release the connection without reading the rest. Safe to call more than once."""
        await self.http_response.aclose()


class ResponseContextManager(Generic[_R]):
    """What ``with_streaming_response.<method>(...)`` returns: sends on entering the block.

    ``with`` gives the ``RawResponse``, its body unread; leaving the block (even by an
    exception) closes it, so the connection goes back to the pool or is dropped.

    Example::

        with client.messages.with_streaming_response.create(**params) as response:
            print(response.headers["request-id"])
            for line in response.iter_lines():
                print(line)
    """

    __slots__ = ("_response", "_send")

    def __init__(self, send: Callable[[], _R]) -> None:
        self._send = send
        self._response: _R | None = None

    def __enter__(self) -> _R:
        if self._response is not None:
            raise RuntimeError("this response manager was already entered; call the method again")
        self._response = self._send()
        return self._response

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContextManager(Generic[_AR]):
    """The async twin of ``ResponseContextManager`` (``async with``).

    Example::

        async with client.messages.with_streaming_response.create(**params) as response:
            message = await response.parse()
    """

    __slots__ = ("_response", "_send")

    def __init__(self, send: Callable[[], Awaitable[_AR]]) -> None:
        self._send = send
        self._response: _AR | None = None

    async def __aenter__(self) -> _AR:
        if self._response is not None:
            raise RuntimeError("this response manager was already entered; call the method again")
        self._response = await self._send()
        return self._response

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            await self._response.close()
