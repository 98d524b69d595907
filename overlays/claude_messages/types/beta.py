"""The type names of the official SDK's ``anthropic.types.beta``, for code written against it.

``client.beta.messages`` is ``client.messages``: it sends and answers the same shapes, so
each ``Beta<Name>`` here (``BetaMessage``, ``BetaMessageParam``, ``BetaTextBlock``,
``BetaToolParam``, ``BetaRawMessageStreamEvent``, ...) is ``claude_messages.types.<Name>``.
Generated from openapi.yaml with the names of ``claude_messages.types``.

Example::

    from claude_messages.types.beta import BetaMessage, BetaMessageParam

    history: list[BetaMessageParam] = [{"role": "user", "content": "Hello"}]
    message: BetaMessage = client.beta.messages.create(
        model=MODEL, max_tokens=200, messages=history, betas=["some-beta-2025-01-01"]
    )
"""

from claude_messages_generated.sdk_beta_types import *  # noqa: F403
from claude_messages_generated.sdk_beta_types import __all__ as __all__
