"""``client.beta``: the official SDK's beta namespace, for code written against it.

Here every method already takes ``betas=[...]`` (sent as the ``anthropic-beta`` header),
so ``client.beta.messages`` is ``client.messages``, ``client.beta.models`` is
``client.models`` and ``client.beta.files`` is ``client.files``: the same calls, the same
checks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .files import AsyncFiles, Files
    from .messages import AsyncMessages, Messages
    from .models import AsyncModels, Models

__all__ = ["AsyncBeta", "Beta"]


class Beta:
    """``client.beta`` of a ``Client``.

    Example::

        with client.beta.messages.stream(..., betas=["some-beta-2025-01-01"]) as stream:
            print(stream.get_final_message().content)
    """

    __slots__ = ("files", "messages", "models")

    def __init__(self, messages: Messages, models: Models, files: Files) -> None:
        self.messages = messages
        self.models = models
        self.files = files


class AsyncBeta:
    """``client.beta`` of an ``AsyncClient``.

    Example::

        message = await client.beta.messages.create(..., betas=["some-beta-2025-01-01"])
    """

    __slots__ = ("files", "messages", "models")

    def __init__(self, messages: AsyncMessages, models: AsyncModels, files: AsyncFiles) -> None:
        self.messages = messages
        self.models = models
        self.files = files
