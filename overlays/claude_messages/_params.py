"""The parameters of ``messages.create`` and ``messages.stream``, declared once.

``create``, ``stream`` and ``with_raw_response.create``, sync and async, all take
``**params: Unpack[MessageCreateParams]``, so the six signatures cannot drift apart and
type checkers (and editors) still see every argument with its type. Unknown or missing
arguments raise ``TypeError`` at run time too, before any I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol, Required, TypedDict

import httpx

__all__ = [
    "MESSAGE_BODY_PARAMS",
    "REQUEST_OPTIONS",
    "JSONObjectParam",
    "MessageCreateParams",
    "RequestOptions",
    "SupportsToDict",
]


class SupportsToDict(Protocol):
    """Anything with ``to_dict()``: every generated model (``TextBlockParam``, ``Tool``, ...).

    Example::

        from claude_messages_generated.models import TextBlockParam
        client.messages.create(..., system=[TextBlockParam(text="Be brief.")])
    """

    def to_dict(self) -> dict[str, Any]: ...


JSONObjectParam = Mapping[str, Any] | SupportsToDict
"""A JSON object argument: a plain dict (as in the API reference) or a generated model."""


class RequestOptions(TypedDict, total=False):
    """Per-call options, accepted by every API method.

    - ``extra_headers``: merged over the client's headers; a ``None`` value removes one.
    - ``extra_query``: merged into the query string.
    - ``extra_body``: merged into the JSON body (its keys win), for inputs the API gained
      after this release.
    - ``timeout``: seconds or an ``httpx.Timeout``, replacing the client's for this call.
    - ``idle_timeout``: this package's extension: seconds a stream may go without a
      non-ping event before ``APITimeoutError``; it also caps the read timeout of the call.

    Example::

        client.messages.create(..., extra_headers={"anthropic-beta": "beta-1"}, timeout=30)
    """

    extra_headers: Mapping[str, str | None] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    timeout: float | httpx.Timeout | None
    idle_timeout: float | None


class MessageCreateParams(RequestOptions, total=False):
    """The arguments of ``messages.create`` (bar ``stream``) and ``messages.stream``.

    Required: ``max_tokens``, ``messages``, ``model``. Optional arguments left out (or
    ``None``) are not sent. Blocks, tools, tool choices and thinking configurations may
    be plain dicts or generated model instances.

    Example::

        params: MessageCreateParams = {
            "max_tokens": 100,
            "model": "claude-3-haiku-20240307",
            "messages": [{"role": "user", "content": "Hello, Claude!"}],
        }
        message = client.messages.create(**params)
    """

    max_tokens: Required[int]
    messages: Required[Iterable[JSONObjectParam]]
    model: Required[str]
    metadata: JSONObjectParam | None
    stop_sequences: Sequence[str] | None
    system: str | Iterable[JSONObjectParam] | None
    temperature: float | None
    top_k: int | None
    top_p: float | None
    tools: Iterable[JSONObjectParam] | None
    tool_choice: JSONObjectParam | None
    thinking: JSONObjectParam | None
    service_tier: str | None


REQUEST_OPTIONS = frozenset(RequestOptions.__annotations__)
"""The names of the per-call options (``extra_headers``, ``timeout``, ...)."""

MESSAGE_BODY_PARAMS = frozenset(MessageCreateParams.__annotations__) - REQUEST_OPTIONS
"""The names of the ``messages.create`` arguments that go into the JSON body."""
