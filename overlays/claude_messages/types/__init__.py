"""The type names of the official SDK's ``anthropic.types``, for code written against it.

Request shapes are ``TypedDict``s (``MessageParam``, ``TextBlockParam``, ``ImageBlockParam``,
``ToolParam``, ``ToolChoiceParam``, ``ThinkingConfigParam``, ``MessageCreateParams``, ...);
answers are the generated model classes (``Message``, ``TextBlock``, ``ToolUseBlock``,
``Usage``, ``RawMessageStreamEvent``, ...). All of them are generated from openapi.yaml,
where ``x-sdk-name`` gives a shape the SDK's names for it. ``ParsedMessage``,
``ParsedTextBlock`` and ``ParsedContentBlock`` are what ``messages.parse`` returns.
``claude_messages.types.beta`` has the ``Beta...`` names of the same shapes.

Example::

    from claude_messages.types import MessageParam, ToolParam

    tools: list[ToolParam] = [{"name": "get_weather", "input_schema": {"type": "object"}}]
    history: list[MessageParam] = [{"role": "user", "content": "Weather in Paris?"}]
    message = client.messages.create(model=MODEL, max_tokens=200, tools=tools, messages=history)
"""

from claude_messages_generated.sdk_types import *  # noqa: F403
from claude_messages_generated.sdk_types import __all__ as _generated

from .._structured import ParsedContentBlock, ParsedMessage, ParsedTextBlock

__all__ = [*_generated, "ParsedContentBlock", "ParsedMessage", "ParsedTextBlock"]
