"""The arguments of ``messages.create``/``stream``/``count_tokens``, declared once.

``create``, ``stream`` and ``with_raw_response.create``, sync and async, all take
``**params: Unpack[MessageCreateParams]``, so the signatures cannot drift apart and type
checkers (and editors) still see every argument with its type. The API's arguments are
generated from the spec (``claude_messages_generated.params``); ``RequestOptions`` adds
the per-call options. Unknown or missing arguments raise ``TypeError`` at run time too,
before any I/O. Loaded on first use (``import claude_messages`` does not need it).
"""

from __future__ import annotations

from claude_messages_generated.params import (
    CountMessageTokensArguments,
    CreateMessageArguments,
    CreateMessageBatchArguments,
)

from ._params import RequestOptions

__all__ = ["BatchCreateParams", "MessageCountTokensParams", "MessageCreateParams"]


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


class BatchCreateParams(CreateMessageBatchArguments, RequestOptions, total=False):
    """The arguments of ``messages.batches.create``: the spec's ``CreateMessageBatchParams``
    (``requests``) and header arguments (``betas``), plus the per-call options.

    Example::

        batch = client.messages.batches.create(requests=[{"custom_id": "q1", "params": {...}}])
    """
