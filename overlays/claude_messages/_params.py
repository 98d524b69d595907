"""The per-call options every API method takes (``RequestOptions``), and what a JSON
object argument may be (a dict or a generated model).

The API's own arguments are generated from the spec (``claude_messages_generated.params``)
and joined with these options in ``_arguments``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, TypedDict

import httpx

__all__ = [
    "REQUEST_OPTIONS",
    "JSONObjectParam",
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


REQUEST_OPTIONS = frozenset(RequestOptions.__annotations__)
"""The names of the per-call options (``extra_headers``, ``timeout``, ...)."""
