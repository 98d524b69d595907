"""The parameters of ``messages.create`` and ``messages.stream``, declared once.

``create``, ``stream`` and ``with_raw_response.create``, sync and async, all take
``**params: Unpack[MessageCreateParams]``, so the six signatures cannot drift apart and
type checkers (and editors) still see every argument with its type. The API's arguments
are generated from the spec (``claude_messages_generated.params``); this module adds the
per-call options. Unknown or missing arguments raise ``TypeError`` at run time too, before
any I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, TypedDict

import httpx
from claude_messages_generated.params import CountMessageTokensArguments, CreateMessageArguments

__all__ = [
    "REQUEST_OPTIONS",
    "JSONObjectParam",
    "MessageCountTokensParams",
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


class MessageCreateParams(CreateMessageArguments, RequestOptions, total=False):
    """The arguments of ``messages.create`` (bar ``stream``) and ``messages.stream``.

    The API's part is generated from the spec (``CreateMessageArguments``: every property
    of ``CreateMessageParams`` but ``stream``, typed as the spec describes it); the
    per-call options are ``RequestOptions``. Required: ``max_tokens``, ``messages``,
    ``model``. Optional arguments left out (or ``None``) are not sent. Blocks, tools, tool
    choices and thinking configurations may be plain dicts or generated model instances.

    Example::

        params: MessageCreateParams = {
            "max_tokens": 100,
            "model": "claude-3-haiku-20240307",
            "messages": [{"role": "user", "content": "Hello, Claude!"}],
        }
        message = client.messages.create(**params)
    """


class MessageCountTokensParams(CountMessageTokensArguments, RequestOptions, total=False):
    """The arguments of ``messages.count_tokens``: the spec's ``CountTokensParams``.

    Required: ``messages`` and ``model``; the rest as the spec describes it, plus the
    per-call options.

    Example::

        count = client.messages.count_tokens(
            model="claude-3-haiku-20240307",
            messages=[{"role": "user", "content": "Hello, Claude!"}],
        )
        print(count.input_tokens)
    """


REQUEST_OPTIONS = frozenset(RequestOptions.__annotations__)
"""The names of the per-call options (``extra_headers``, ``timeout``, ...)."""
