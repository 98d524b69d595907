"""What a call returns: the ``Message`` with its request id, and the raw-response wrapper.

``create()`` returns a ``ReceivedMessage``: the generated ``Message`` (a subclass, so
``isinstance(m, Message)`` holds and every field is the same) that also carries the
answer's metadata, under the official SDK's names: ``message._request_id`` (the
``request-id`` header) and ``message._retries_taken``. The generated classes are slotted
attrs classes, so the two values live in two extra slots of the subclass rather than in
the model's fields: they never reach ``to_dict()`` and a ``ReceivedMessage`` compares equal
to a plain ``Message`` with the same fields (e.g. the final message of a stream).

``messages.with_raw_response.create(...)`` returns a ``RawResponse``: status, headers,
request id, retries taken, and ``parse()`` for the typed result.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import attrs
import httpx
from claude_messages_generated.models import Message

from ._parse import parse_json_model

__all__ = ["RawResponse", "ReceivedMessage", "parse_message"]

_T = TypeVar("_T")

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


class RawResponse(Generic[_T]):
    """An answer before parsing: status, headers and request id, plus ``parse()``.

    Returned by ``client.messages.with_raw_response.create(...)``. For a non-streaming
    call the body is already read; with ``stream=True`` it is not, and ``parse()`` gives
    the ``Stream`` (call it once).

    Example::

        raw = client.messages.with_raw_response.create(max_tokens=100, model=MODEL,
                                                       messages=[...])
        print(raw.status_code, raw.request_id, raw.headers["retry-after"])
        message = raw.parse()
    """

    __slots__ = ("_parse", "_parsed", "http_response", "retries_taken")

    http_response: httpx.Response
    """The underlying ``httpx.Response``."""
    retries_taken: int
    """How many retries preceded this answer."""

    def __init__(
        self,
        http_response: httpx.Response,
        retries_taken: int,
        parse: Callable[[httpx.Response, int], _T],
    ) -> None:
        self.http_response = http_response
        self.retries_taken = retries_taken
        self._parse = parse
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
    def content(self) -> bytes:
        """The raw body (not available before ``parse()`` reads a stream)."""
        return self.http_response.content

    @property
    def text(self) -> str:
        """The body decoded as text."""
        return self.http_response.text

    def json(self) -> Any:
        """The body decoded as JSON, untyped."""
        return json.loads(self.http_response.content)

    def parse(self) -> _T:
        """The typed result (``Message``, or the ``Stream`` for ``stream=True``); cached."""
        if not self._parsed:
            self._parsed.append(self._parse(self.http_response, self.retries_taken))
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] request_id={self.request_id!r}>"
