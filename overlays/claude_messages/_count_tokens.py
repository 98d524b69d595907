"""``messages.count_tokens``: its parameters and its request, pure and shared by both clients.

The arguments and their checks come from the spec's ``CountTokensParams`` (``create``'s
inputs bar the output settings); bad input is refused before sending, and the API
version's rules apply as for ``create``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ._checks import COUNT_TOKENS, check_version_rules, count_tokens_body, with_header_arguments
from ._config import RequestConfig
from ._params import REQUEST_OPTIONS
from ._request import build_request
from ._validate import operation

if TYPE_CHECKING:
    from claude_messages_generated.models import MessageTokensCount

    from ._arguments import MessageCountTokensParams

__all__ = ["parse_tokens_count", "prepare_count_tokens"]


def prepare_count_tokens(config: RequestConfig, params: MessageCountTokensParams) -> httpx.Request:
    """Check the arguments of a count_tokens call and build its request; no I/O."""
    count = operation(COUNT_TOKENS)
    count.check_names("count_tokens", params, REQUEST_OPTIONS)
    body = count_tokens_body(params)
    check_version_rules(config.api_version, body, count.body_schema)
    return build_request(
        config,
        "POST",
        count.path,
        body,
        extra_headers=with_header_arguments(count, params),
        extra_query=params.get("extra_query"),
        timeout=params.get("timeout"),
        idle_timeout=params.get("idle_timeout"),
    )


def parse_tokens_count(response: httpx.Response, retries_taken: int = 0) -> MessageTokensCount:
    """Decode the answer of ``count_tokens`` into the generated ``MessageTokensCount``."""
    from claude_messages_generated.models import MessageTokensCount

    from ._parse import parse_json_model

    return parse_json_model(response, MessageTokensCount.from_dict, "MessageTokensCount")
