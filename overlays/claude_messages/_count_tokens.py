"""``messages.count_tokens``: its parameters and its request, pure and shared by both clients.

The body is that of ``create`` minus ``max_tokens``, ``stream`` and the sampling parameters
(WIRE.md, "Other endpoints"); bad input is refused before sending by the same checks as
``create`` (``_request.count_tokens_body``) and the same API version rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Final, Required

import httpx

from ._params import REQUEST_OPTIONS, JSONObjectParam, RequestOptions
from ._request import (
    RequestConfig,
    build_request,
    check_param_names,
    check_version_rules,
    count_tokens_body,
)

if TYPE_CHECKING:
    from claude_messages_generated.models import MessageTokensCount

__all__ = ["MessageCountTokensParams", "parse_tokens_count", "prepare_count_tokens"]


class MessageCountTokensParams(RequestOptions, total=False):
    """The arguments of ``messages.count_tokens``: ``create``'s, bar the output settings.

    Required: ``messages`` and ``model``; optional: ``system``, ``tools``,
    ``tool_choice``, ``thinking``, plus the per-call options.

    Example::

        count = client.messages.count_tokens(
            model="claude-3-haiku-20240307",
            messages=[{"role": "user", "content": "Hello, Claude!"}],
        )
        print(count.input_tokens)
    """

    messages: Required[Iterable[JSONObjectParam]]
    model: Required[str]
    system: str | Iterable[JSONObjectParam] | None
    tools: Iterable[JSONObjectParam] | None
    tool_choice: JSONObjectParam | None
    thinking: JSONObjectParam | None


_ALLOWED: Final = frozenset(MessageCountTokensParams.__annotations__) | REQUEST_OPTIONS
_REQUIRED: Final = ("messages", "model")


def prepare_count_tokens(config: RequestConfig, params: MessageCountTokensParams) -> httpx.Request:
    """Check the arguments of a count_tokens call and build its request; no I/O."""
    check_param_names("count_tokens", params, _ALLOWED, _REQUIRED)
    body = count_tokens_body(params)
    check_version_rules(config.api_version, body)
    return build_request(
        config,
        "POST",
        "/v1/messages/count_tokens",
        body,
        extra_headers=params.get("extra_headers"),
        extra_query=params.get("extra_query"),
        timeout=params.get("timeout"),
        idle_timeout=params.get("idle_timeout"),
    )


def parse_tokens_count(response: httpx.Response, retries_taken: int = 0) -> MessageTokensCount:
    """Decode the answer of ``count_tokens`` into the generated ``MessageTokensCount``."""
    from claude_messages_generated.models import MessageTokensCount

    from ._parse import parse_json_model

    return parse_json_model(response, MessageTokensCount.from_dict, "MessageTokensCount")
