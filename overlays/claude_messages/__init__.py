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
    OutputParseError,
    OverloadedError,
    PermissionDeniedError,
    RateLimitError,
    RequestTooLargeError,
    ResponseTooLargeError,
    StreamDecodeError,
    StreamError,
    UnprocessableEntityError,
)
from ._logs import setup_logging as _setup_logging
from ._params import RequestOptions, SupportsToDict
from ._sentinels import NOT_GIVEN, NotGiven, Omit, not_given, omit
from ._transport import RetryPolicy
from ._version import __version__

_setup_logging()

Anthropic = Client
"""The official SDK's name for ``Client``: ``from claude_messages import Anthropic`` works."""
AsyncAnthropic = AsyncClient
"""The official SDK's name for ``AsyncClient``."""

if TYPE_CHECKING:
    from ._accumulate import MessageAccumulator, accumulate
    from ._arguments import MessageCountTokensParams, MessageCreateParams
    from ._binary import AsyncBinaryResponse, BinaryResponse
    from ._events import MessageStreamEvent
    from ._jsonl import AsyncBatchResults, BatchResults
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
    from ._pagination import AsyncPage, AsyncPager, ListParams, Page
    from ._response import (
        AsyncRawResponse,
        AsyncResponseContextManager,
        RawResponse,
        ReceivedMessage,
        ResponseContextManager,
    )
    from ._streaming import AsyncStream, Stream
    from ._structured import (
        AsyncParsedMessageStream,
        AsyncParsedMessageStreamManager,
        ParsedContentBlock,
        ParsedMessage,
        ParsedMessageStream,
        ParsedMessageStreamManager,
        ParsedTextBlock,
    )
    from ._tool_runner import (
        AsyncStreamingToolRunner,
        AsyncToolRunner,
        StreamingToolRunner,
        ToolRunner,
    )
    from ._tools import (
        AsyncFunctionTool,
        FunctionTool,
        ToolError,
        ToolOptions,
        async_tool,
        beta_async_tool,
        beta_tool,
        tool,
    )
    from ._uploads import FILES_BETA, FileInput

__all__ = [
    "DEFAULT_MAX_EVENT_SIZE",
    "DEFAULT_MAX_RESPONSE_SIZE",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "FILES_BETA",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "Anthropic",
    "AnthropicError",
    "AsyncAnthropic",
    "AsyncBatchResults",
    "AsyncBinaryResponse",
    "AsyncClient",
    "AsyncFunctionTool",
    "AsyncMessageStream",
    "AsyncMessageStreamManager",
    "AsyncPage",
    "AsyncPager",
    "AsyncParsedMessageStream",
    "AsyncParsedMessageStreamManager",
    "AsyncRawResponse",
    "AsyncResponseContextManager",
    "AsyncStream",
    "AsyncStreamingToolRunner",
    "AsyncToolRunner",
    "AuthenticationError",
    "BadRequestError",
    "BatchResults",
    "BatchWaitTimeoutError",
    "BinaryResponse",
    "CitationEvent",
    "ClaudeMessagesError",
    "Client",
    "ConflictError",
    "FileInput",
    "FunctionTool",
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
    "NotGiven",
    "Omit",
    "OutputParseError",
    "OverloadedError",
    "Page",
    "ParsedContentBlock",
    "ParsedMessage",
    "ParsedMessageStream",
    "ParsedMessageStreamManager",
    "ParsedTextBlock",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "ReceivedMessage",
    "RequestOptions",
    "RequestTooLargeError",
    "ResponseContextManager",
    "ResponseTooLargeError",
    "RetryPolicy",
    "SignatureEvent",
    "Stream",
    "StreamDecodeError",
    "StreamError",
    "StreamingToolRunner",
    "SupportsToDict",
    "TextEvent",
    "ThinkingEvent",
    "ToolError",
    "ToolOptions",
    "ToolRunner",
    "UnprocessableEntityError",
    "__version__",
    "accumulate",
    "async_tool",
    "beta_async_tool",
    "beta_tool",
    "not_given",
    "omit",
    "tool",
]

# Public name -> private module that defines it, imported on first access.
_LAZY: dict[str, str] = {
    "AsyncBatchResults": "._jsonl",
    "BatchResults": "._jsonl",
    "AsyncPage": "._pagination",
    "AsyncPager": "._pagination",
    "ListParams": "._pagination",
    "Page": "._pagination",
    "FILES_BETA": "._uploads",
    "FileInput": "._uploads",
    "MessageCountTokensParams": "._arguments",
    "MessageCreateParams": "._arguments",
    "AsyncBinaryResponse": "._binary",
    "AsyncFunctionTool": "._tools",
    "AsyncMessageStream": "._message_stream",
    "AsyncMessageStreamManager": "._message_stream",
    "AsyncParsedMessageStream": "._structured",
    "AsyncParsedMessageStreamManager": "._structured",
    "AsyncStream": "._streaming",
    "BinaryResponse": "._binary",
    "AsyncStreamingToolRunner": "._tool_runner",
    "AsyncToolRunner": "._tool_runner",
    "CitationEvent": "._message_stream_events",
    "FunctionTool": "._tools",
    "InputJsonEvent": "._message_stream_events",
    "MessageAccumulator": "._accumulate",
    "MessageStream": "._message_stream",
    "MessageStreamEvent": "._events",
    "MessageStreamManager": "._message_stream",
    "ParsedContentBlock": "._structured",
    "ParsedMessage": "._structured",
    "ParsedMessageStream": "._structured",
    "ParsedMessageStreamManager": "._structured",
    "ParsedTextBlock": "._structured",
    "RawResponse": "._response",
    "AsyncRawResponse": "._response",
    "AsyncResponseContextManager": "._response",
    "ResponseContextManager": "._response",
    "ReceivedMessage": "._response",
    "SignatureEvent": "._message_stream_events",
    "Stream": "._streaming",
    "StreamingToolRunner": "._tool_runner",
    "TextEvent": "._message_stream_events",
    "ThinkingEvent": "._message_stream_events",
    "ToolError": "._tools",
    "ToolOptions": "._tools",
    "ToolRunner": "._tool_runner",
    "accumulate": "._accumulate",
    "async_tool": "._tools",
    "beta_async_tool": "._tools",
    "beta_tool": "._tools",
    "tool": "._tools",
}


if not TYPE_CHECKING:  # hidden from type checkers: a misspelt name must be an error there

    def __getattr__(name: str) -> Any:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
