"""claude-messages: a fast, typed client for the Claude Messages API.

Example::

    from claude_messages import Client

    client = Client()  # reads ANTHROPIC_API_KEY
    message = client.messages.create(
        max_tokens=100,
        messages=[{"role": "user", "content": "Hello, Claude!"}],
        model="claude-3-haiku-20240307",
    )
    print(message.content[0].text)

Names whose modules load the generated models are imported on first access (PEP 562),
so ``import claude_messages`` stays fast; they behave as ordinary attributes.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._client import (
    DEFAULT_MAX_EVENT_SIZE,
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncClient,
    Client,
)
from ._exceptions import (
    AnthropicError,
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BatchWaitTimeoutError,
    ClaudeMessagesError,
    ConflictError,
    IncompleteStreamError,
    InternalServerError,
    NotFoundError,
    OverloadedError,
    PermissionDeniedError,
    RateLimitError,
    RequestTooLargeError,
    ResponseTooLargeError,
    StreamDecodeError,
    StreamError,
    UnprocessableEntityError,
)
from ._jsonl import AsyncBatchResults, BatchResults
from ._pagination import AsyncPage, AsyncPager, ListParams, Page
from ._params import MessageCountTokensParams, MessageCreateParams, RequestOptions, SupportsToDict
from ._version import __version__

if TYPE_CHECKING:
    from ._accumulate import MessageAccumulator, accumulate
    from ._events import MessageStreamEvent
    from ._message_stream import (
        AsyncMessageStream,
        AsyncMessageStreamManager,
        MessageStream,
        MessageStreamManager,
    )
    from ._message_stream_events import (
        CitationEvent,
        InputJsonEvent,
        SignatureEvent,
        TextEvent,
        ThinkingEvent,
    )
    from ._response import RawResponse, ReceivedMessage
    from ._streaming import AsyncStream, Stream

__all__ = [
    "DEFAULT_MAX_EVENT_SIZE",
    "DEFAULT_MAX_RESPONSE_SIZE",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AnthropicError",
    "AsyncBatchResults",
    "AsyncClient",
    "AsyncMessageStream",
    "AsyncMessageStreamManager",
    "AsyncPage",
    "AsyncPager",
    "AsyncStream",
    "AuthenticationError",
    "BadRequestError",
    "BatchResults",
    "BatchWaitTimeoutError",
    "CitationEvent",
    "ClaudeMessagesError",
    "Client",
    "ConflictError",
    "IncompleteStreamError",
    "InputJsonEvent",
    "InternalServerError",
    "ListParams",
    "MessageAccumulator",
    "MessageCountTokensParams",
    "MessageCreateParams",
    "MessageStream",
    "MessageStreamEvent",
    "MessageStreamManager",
    "NotFoundError",
    "OverloadedError",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "ReceivedMessage",
    "RequestOptions",
    "RequestTooLargeError",
    "ResponseTooLargeError",
    "SignatureEvent",
    "Stream",
    "StreamDecodeError",
    "StreamError",
    "SupportsToDict",
    "TextEvent",
    "ThinkingEvent",
    "UnprocessableEntityError",
    "__version__",
    "accumulate",
]

# Public name -> private module that defines it, imported on first access.
_LAZY: dict[str, str] = {
    "AsyncMessageStream": "._message_stream",
    "AsyncMessageStreamManager": "._message_stream",
    "AsyncStream": "._streaming",
    "CitationEvent": "._message_stream_events",
    "InputJsonEvent": "._message_stream_events",
    "MessageAccumulator": "._accumulate",
    "MessageStream": "._message_stream",
    "MessageStreamEvent": "._events",
    "MessageStreamManager": "._message_stream",
    "RawResponse": "._response",
    "ReceivedMessage": "._response",
    "SignatureEvent": "._message_stream_events",
    "Stream": "._streaming",
    "TextEvent": "._message_stream_events",
    "ThinkingEvent": "._message_stream_events",
    "accumulate": "._accumulate",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
