"""``client.messages``: ``create``, ``stream``, ``parse``, ``tool_runner``, ``count_tokens``
and ``batches``, sync and async.

The arguments are declared once (``MessageCreateParams``) and turned into a request by
``prepare_create``, pure code shared by both classes; the classes only send and parse.
``create``, ``parse`` and ``count_tokens`` also have their raw and streamed forms
(``with_raw_response``, ``with_streaming_response``; see ``_forms``), as have the batches'
calls (``with_raw_response.batches``).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, TypeVar, Unpack, overload

import httpx

from .._checks import (
    CREATE_MESSAGE,
    check_nonstreaming_duration,
    check_version_rules,
    message_body,
    with_header_arguments,
)
from .._config import RequestConfig
from .._count_tokens import parse_tokens_count, prepare_count_tokens
from .._params import REQUEST_OPTIONS
from .._request import build_request
from .._validate import operation
from ._forms import (
    AsyncResource,
    SyncResource,
    async_raw_form,
    async_streamed_form,
    raw_form,
    streamed_form,
)

if TYPE_CHECKING:
    from claude_messages_generated.models import MessageTokensCount

    from .._arguments import MessageCountTokensParams, MessageCreateParams
    from .._events import MessageStreamEvent
    from .._message_stream import (
        AsyncMessageStream,
        AsyncMessageStreamManager,
        MessageStream,
        MessageStreamManager,
    )
    from .._resource import AsyncAPI, SyncAPI
    from .._response import ReceivedMessage
    from .._streaming import AsyncStream, Stream
    from .._structured import (
        AsyncParsedMessageStreamManager,
        OutputFormat,
        ParsedMessage,
        ParsedMessageStreamManager,
    )
    from .._tool_runner import (
        AsyncStreamingToolRunner,
        AsyncToolRunner,
        StreamingToolRunner,
        ToolRunner,
    )
    from ._forms import Decode
    from .batches import (
        AsyncBatches,
        AsyncBatchesWithRawResponse,
        AsyncBatchesWithStreamingResponse,
        Batches,
        BatchesWithRawResponse,
        BatchesWithStreamingResponse,
    )

_T = TypeVar("_T")

__all__ = [
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "AsyncMessagesWithStreamingResponse",
    "Messages",
    "MessagesWithRawResponse",
    "MessagesWithStreamingResponse",
    "prepare_create",
]


def prepare_create(
    config: RequestConfig,
    params: MessageCreateParams,
    stream: bool | None,
    *,
    method: str = "create",
) -> httpx.Request:
    """Check the arguments of a create/stream call and build its request; no I/O.

    Applies the API version's rules and, for a non-streaming call under the default
    timeout, the 10-minute guard.
    """
    create = operation(CREATE_MESSAGE)
    create.check_names(method, params, REQUEST_OPTIONS)
    body = message_body(params, stream=stream)
    check_version_rules(config.api_version, body, create.body_schema)
    timeout = params.get("timeout")
    max_tokens = body["max_tokens"]  # extra_body may have replaced the checked value
    if not stream and timeout is None and config.timeout_is_default and type(max_tokens) is int:
        check_nonstreaming_duration(max_tokens)
    return build_request(
        config,
        create.method,
        create.path,
        body,
        stream=bool(stream),
        extra_headers=with_header_arguments(create, params),
        extra_query=params.get("extra_query"),
        timeout=timeout,
        idle_timeout=params.get("idle_timeout"),
    )


def _parse_message(response: httpx.Response, retries_taken: int) -> ReceivedMessage:
    # Imported on first use: the generated models are the heaviest import of the package.
    from .._response import parse_message

    return parse_message(response, retries_taken)


def _output(output_format: object) -> OutputFormat[Any] | None:
    # messages.parse / stream(output_format=...): the schema to send and the parser.
    if output_format is None:
        return None
    from .._structured import output_format_of

    return output_format_of(output_format)


def _with_output(params: Mapping[str, Any], output: OutputFormat[Any] | None) -> Any:
    from .._structured import with_output_format

    return with_output_format(params, output)


def _parsed(output: OutputFormat[Any] | None) -> Decode[ParsedMessage[Any]]:
    # messages.parse: the answer decoded as a Message, then its text as output_format.
    from .._structured import parse_message

    def decode(response: httpx.Response, retries_taken: int) -> ParsedMessage[Any]:
        return parse_message(_parse_message(response, retries_taken), output)

    return decode


class Messages(SyncResource):
    """The Messages API, synchronous (``client.messages``).

    Example::

        message = client.messages.create(
            max_tokens=100,
            messages=[{"role": "user", "content": "Hello, Claude!"}],
            model="claude-3-haiku-20240307",
        )
    """

    def __init__(self, api: SyncAPI) -> None:
        self._api = api

    @cached_property
    def batches(self) -> Batches:
        """Message Batches: ``create``, ``retrieve``, ``list``, ``cancel``, ``delete``,
        ``results`` and ``wait``."""
        from .batches import Batches

        return Batches(self._api)

    @cached_property
    def with_raw_response(self) -> MessagesWithRawResponse:
        """``create``, ``parse``, ``count_tokens`` (and ``batches``) answering a
        ``RawResponse`` (``.parse()`` for the result)."""
        return MessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MessagesWithStreamingResponse:
        """The same calls as context managers giving the answer with its body unread."""
        return MessagesWithStreamingResponse(self)

    @overload
    def create(
        self, *, stream: Literal[False] | None = None, **params: Unpack[MessageCreateParams]
    ) -> ReceivedMessage: ...
    @overload
    def create(
        self, *, stream: Literal[True], **params: Unpack[MessageCreateParams]
    ) -> Stream[MessageStreamEvent]: ...
    @overload
    def create(
        self, *, stream: bool | None = None, **params: Unpack[MessageCreateParams]
    ) -> ReceivedMessage | Stream[MessageStreamEvent]: ...
    def create(
        self, *, stream: bool | None = None, **params: Unpack[MessageCreateParams]
    ) -> ReceivedMessage | Stream[MessageStreamEvent]:
        """Send a message; return the ``Message``, or the event ``Stream`` for ``stream=True``.

        Required: ``max_tokens``, ``messages``, ``model``. Optional: ``metadata``,
        ``stop_sequences``, ``system``, ``temperature``, ``top_k``, ``top_p``, ``tools``,
        ``tool_choice``, ``thinking``, ``service_tier``; per call: ``extra_headers``,
        ``extra_query``, ``extra_body``, ``timeout``, ``idle_timeout``
        (see ``MessageCreateParams``). Bad arguments raise ``TypeError``/``ValueError``
        before anything is sent; error answers raise ``APIStatusError`` subclasses after
        the retries.

        Example::

            message = client.messages.create(
                max_tokens=100,
                messages=[{"role": "user", "content": "Hello, Claude!"}],
                model="claude-3-haiku-20240307",
            )
            print(message.content[0].text, message._request_id)
        """
        api = self._api
        request = prepare_create(api.config, params, stream)
        if stream:
            decode = _stream_of(params.get("idle_timeout"), api.max_event_size)
            return self._call(request, decode, stream=True)
        return self._call(request, _parse_message)

    @overload
    def stream(
        self,
        *,
        event_handler: type[MessageStream] | None = None,
        output_format: None = None,
        **params: Unpack[MessageCreateParams],
    ) -> MessageStreamManager: ...
    @overload
    def stream(
        self,
        *,
        event_handler: type[MessageStream] | None = None,
        output_format: type[_T],
        **params: Unpack[MessageCreateParams],
    ) -> ParsedMessageStreamManager[_T]: ...
    @overload
    def stream(
        self,
        *,
        event_handler: type[MessageStream] | None = None,
        output_format: Mapping[str, Any],
        **params: Unpack[MessageCreateParams],
    ) -> ParsedMessageStreamManager[Any]: ...
    def stream(
        self,
        *,
        event_handler: type[MessageStream] | None = None,
        output_format: Any = None,
        **params: Unpack[MessageCreateParams],
    ) -> MessageStreamManager:
        """Stream a message with helpers (``text_stream``, ``get_final_message()``, ...).

        Same arguments as ``create`` bar ``stream``, plus ``event_handler`` (a
        ``MessageStream`` subclass whose hooks run as events arrive) and ``output_format``
        (as for ``parse``: ``get_final_message()`` is then a ``ParsedMessage``). The request
        is sent when the ``with`` block is entered; error answers raise there, after the
        retries.

        Example::

            with client.messages.stream(max_tokens=100, model="claude-3-haiku-20240307",
                                        messages=[{"role": "user", "content": "Hi"}]) as stream:
                for text in stream.text_stream:
                    print(text, end="", flush=True)
        """
        from .._message_stream import MessageStreamManager

        api = self._api
        output = _output(output_format)
        body_params = _with_output(params, output)
        request = prepare_create(api.config, body_params, True, method="stream")

        def make_response() -> httpx.Response:
            return api.send(request, stream=True)[0]

        idle_timeout = params.get("idle_timeout")
        if output is not None:
            from .._structured import ParsedMessageStreamManager

            return ParsedMessageStreamManager(
                make_response, output=output, event_handler=event_handler, idle_timeout=idle_timeout
            )
        return MessageStreamManager(
            make_response,
            event_handler=event_handler,
            idle_timeout=idle_timeout,
            max_event_size=api.max_event_size,
        )

    @overload
    def parse(
        self, *, output_format: type[_T], **params: Unpack[MessageCreateParams]
    ) -> ParsedMessage[_T]: ...
    @overload
    def parse(
        self, *, output_format: Mapping[str, Any], **params: Unpack[MessageCreateParams]
    ) -> ParsedMessage[Any]: ...
    @overload
    def parse(
        self, *, output_format: None = None, **params: Unpack[MessageCreateParams]
    ) -> ParsedMessage[None]: ...
    def parse(
        self, *, output_format: Any = None, **params: Unpack[MessageCreateParams]
    ) -> ParsedMessage[Any]:
        """Send a message asking for JSON of ``output_format``; the answer as a value of it.

        ``output_format``: an attrs class, a dataclass, a TypedDict, a pydantic model, or a
        JSON Schema dict. Its schema goes out as ``output_config.format`` (with the caller's
        other ``output_config`` keys); the ``ParsedMessage``'s ``parsed_output`` is the
        answer built into that type (a dict for a schema). Text that is not JSON of that
        type raises ``OutputParseError``; other arguments as for ``create``.

        Example::

            message = client.messages.parse(max_tokens=1024, model=MODEL,
                                            messages=[...], output_format=City)
            print(message.parsed_output.name)
        """
        output = _output(output_format)
        config = self._api.config
        request = prepare_create(config, _with_output(params, output), None, method="parse")
        return self._call(request, _parsed(output))

    @overload
    def tool_runner(
        self,
        *,
        stream: Literal[False] = False,
        max_iterations: int | None = None,
        **params: Unpack[MessageCreateParams],
    ) -> ToolRunner: ...
    @overload
    def tool_runner(
        self,
        *,
        stream: Literal[True],
        max_iterations: int | None = None,
        **params: Unpack[MessageCreateParams],
    ) -> StreamingToolRunner: ...
    @overload
    def tool_runner(
        self,
        *,
        stream: bool,
        max_iterations: int | None = None,
        **params: Unpack[MessageCreateParams],
    ) -> ToolRunner | StreamingToolRunner: ...
    def tool_runner(
        self,
        *,
        stream: bool = False,
        max_iterations: int | None = None,
        **params: Unpack[MessageCreateParams],
    ) -> ToolRunner | StreamingToolRunner:
        """Run the model with tools: call, run the tools it asks for, send their results,
        until it stops asking. Iterate the runner for each turn's message (a
        ``MessageStream`` with ``stream=True``); ``until_done()`` returns the last.

        ``tools`` mixes ``@tool`` functions (run by the runner) and plain definitions;
        ``max_iterations`` caps the requests. Duplicate tool names and bad arguments raise
        here, before any request.

        Example::

            runner = client.messages.tool_runner(max_tokens=1024, model=MODEL,
                                                 messages=[...], tools=[get_weather])
            print(runner.until_done().content[0].text)
        """
        from .._tool_runner import StreamingToolRunner, ToolRunner

        if stream:
            return StreamingToolRunner(self.stream, params, max_iterations=max_iterations)
        return ToolRunner(self.create, params, max_iterations=max_iterations)

    def count_tokens(
        self, *, output_format: Any = None, **params: Unpack[MessageCountTokensParams]
    ) -> MessageTokensCount:
        """Count the input tokens of a request without sending it to the model.

        Takes ``create``'s ``messages`` and ``model`` (required), ``system``, ``tools``,
        ``tool_choice`` and ``thinking``, plus the per-call options; bad input is refused
        before sending, as by ``create``. ``output_format`` counts the schema ``parse``
        would send for it.

        Example::

            count = client.messages.count_tokens(
                model="claude-3-haiku-20240307",
                messages=[{"role": "user", "content": "Hello, Claude!"}],
            )
            print(count.input_tokens)
        """
        config = self._api.config
        request = prepare_count_tokens(config, _with_output(params, _output(output_format)))
        return self._call(request, parse_tokens_count)


def _stream_of(
    idle_timeout: float | None, max_event_size: int | None
) -> Decode[Stream[MessageStreamEvent]]:
    def decode(response: httpx.Response, _retries: int) -> Stream[MessageStreamEvent]:
        from .._streaming import Stream

        return Stream(response, idle_timeout=idle_timeout, max_event_size=max_event_size)

    return decode


def _async_stream_of(
    idle_timeout: float | None, max_event_size: int | None
) -> Decode[AsyncStream[MessageStreamEvent]]:
    def decode(response: httpx.Response, _retries: int) -> AsyncStream[MessageStreamEvent]:
        from .._streaming import AsyncStream

        return AsyncStream(response, idle_timeout=idle_timeout, max_event_size=max_event_size)

    return decode


class AsyncMessages(AsyncResource):
    """The Messages API, asynchronous (``client.messages`` of an ``AsyncClient``).

    Example::

        message = await client.messages.create(
            max_tokens=100,
            messages=[{"role": "user", "content": "Hello, Claude!"}],
            model="claude-3-haiku-20240307",
        )
    """

    def __init__(self, api: AsyncAPI) -> None:
        self._api = api

    @cached_property
    def batches(self) -> AsyncBatches:
        """Message Batches: ``create``, ``retrieve``, ``list``, ``cancel``, ``delete``,
        ``results`` and ``wait``."""
        from .batches import AsyncBatches

        return AsyncBatches(self._api)

    @cached_property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        """``create``, ``parse``, ``count_tokens`` (and ``batches``) answering an
        ``AsyncRawResponse`` (``await .parse()``)."""
        return AsyncMessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMessagesWithStreamingResponse:
        """The same calls as async context managers giving the answer with its body unread."""
        return AsyncMessagesWithStreamingResponse(self)

    @overload
    async def create(
        self, *, stream: Literal[False] | None = None, **params: Unpack[MessageCreateParams]
    ) -> ReceivedMessage: ...
    @overload
    async def create(
        self, *, stream: Literal[True], **params: Unpack[MessageCreateParams]
    ) -> AsyncStream[MessageStreamEvent]: ...
    @overload
    async def create(
        self, *, stream: bool | None = None, **params: Unpack[MessageCreateParams]
    ) -> ReceivedMessage | AsyncStream[MessageStreamEvent]: ...
    async def create(
        self, *, stream: bool | None = None, **params: Unpack[MessageCreateParams]
    ) -> ReceivedMessage | AsyncStream[MessageStreamEvent]:
        """The async twin of ``Messages.create``.

        Example::

            message = await client.messages.create(
                max_tokens=100,
                messages=[{"role": "user", "content": "Hello, Claude!"}],
                model="claude-3-haiku-20240307",
            )
        """
        api = self._api
        request = prepare_create(api.config, params, stream)
        if stream:
            decode = _async_stream_of(params.get("idle_timeout"), api.max_event_size)
            return await self._call(request, decode, stream=True)
        return await self._call(request, _parse_message)

    @overload
    def stream(
        self,
        *,
        event_handler: type[AsyncMessageStream] | None = None,
        output_format: None = None,
        **params: Unpack[MessageCreateParams],
    ) -> AsyncMessageStreamManager: ...
    @overload
    def stream(
        self,
        *,
        event_handler: type[AsyncMessageStream] | None = None,
        output_format: type[_T],
        **params: Unpack[MessageCreateParams],
    ) -> AsyncParsedMessageStreamManager[_T]: ...
    @overload
    def stream(
        self,
        *,
        event_handler: type[AsyncMessageStream] | None = None,
        output_format: Mapping[str, Any],
        **params: Unpack[MessageCreateParams],
    ) -> AsyncParsedMessageStreamManager[Any]: ...
    def stream(
        self,
        *,
        event_handler: type[AsyncMessageStream] | None = None,
        output_format: Any = None,
        **params: Unpack[MessageCreateParams],
    ) -> AsyncMessageStreamManager:
        """The async twin of ``Messages.stream`` (use ``async with``).

        Example::

            async with client.messages.stream(max_tokens=100, model=MODEL,
                                              messages=[...]) as stream:
                async for text in stream.text_stream:
                    print(text, end="", flush=True)
        """
        from .._message_stream import AsyncMessageStreamManager

        api = self._api
        output = _output(output_format)
        body_params = _with_output(params, output)
        request = prepare_create(api.config, body_params, True, method="stream")

        async def make_response() -> httpx.Response:
            return (await api.send(request, stream=True))[0]

        idle_timeout = params.get("idle_timeout")
        if output is not None:
            from .._structured import AsyncParsedMessageStreamManager

            return AsyncParsedMessageStreamManager(
                make_response, output=output, event_handler=event_handler, idle_timeout=idle_timeout
            )
        return AsyncMessageStreamManager(
            make_response,
            event_handler=event_handler,
            idle_timeout=idle_timeout,
            max_event_size=api.max_event_size,
        )

    @overload
    async def parse(
        self, *, output_format: type[_T], **params: Unpack[MessageCreateParams]
    ) -> ParsedMessage[_T]: ...
    @overload
    async def parse(
        self, *, output_format: Mapping[str, Any], **params: Unpack[MessageCreateParams]
    ) -> ParsedMessage[Any]: ...
    @overload
    async def parse(
        self, *, output_format: None = None, **params: Unpack[MessageCreateParams]
    ) -> ParsedMessage[None]: ...
    async def parse(
        self, *, output_format: Any = None, **params: Unpack[MessageCreateParams]
    ) -> ParsedMessage[Any]:
        """The async twin of ``Messages.parse``.

        Example::

            message = await client.messages.parse(max_tokens=1024, model=MODEL,
                                                  messages=[...], output_format=City)
        """
        output = _output(output_format)
        config = self._api.config
        request = prepare_create(config, _with_output(params, output), None, method="parse")
        return await self._call(request, _parsed(output))

    @overload
    def tool_runner(
        self,
        *,
        stream: Literal[False] = False,
        max_iterations: int | None = None,
        **params: Unpack[MessageCreateParams],
    ) -> AsyncToolRunner: ...
    @overload
    def tool_runner(
        self,
        *,
        stream: Literal[True],
        max_iterations: int | None = None,
        **params: Unpack[MessageCreateParams],
    ) -> AsyncStreamingToolRunner: ...
    @overload
    def tool_runner(
        self,
        *,
        stream: bool,
        max_iterations: int | None = None,
        **params: Unpack[MessageCreateParams],
    ) -> AsyncToolRunner | AsyncStreamingToolRunner: ...
    def tool_runner(
        self,
        *,
        stream: bool = False,
        max_iterations: int | None = None,
        **params: Unpack[MessageCreateParams],
    ) -> AsyncToolRunner | AsyncStreamingToolRunner:
        """The async twin of ``Messages.tool_runner`` (``async for``; tools from
        ``@async_tool``).

        Example::

            runner = client.messages.tool_runner(max_tokens=1024, model=MODEL,
                                                 messages=[...], tools=[get_weather])
            final = await runner.until_done()
        """
        from .._tool_runner import AsyncStreamingToolRunner, AsyncToolRunner

        if stream:
            return AsyncStreamingToolRunner(self.stream, params, max_iterations=max_iterations)
        return AsyncToolRunner(self.create, params, max_iterations=max_iterations)

    async def count_tokens(
        self, *, output_format: Any = None, **params: Unpack[MessageCountTokensParams]
    ) -> MessageTokensCount:
        """The async twin of ``Messages.count_tokens``.

        Example::

            count = await client.messages.count_tokens(
                model="claude-3-haiku-20240307",
                messages=[{"role": "user", "content": "Hello, Claude!"}],
            )
        """
        config = self._api.config
        request = prepare_count_tokens(config, _with_output(params, _output(output_format)))
        return await self._call(request, parse_tokens_count)


class MessagesWithRawResponse:
    """``client.messages.with_raw_response``: ``create``, ``parse`` and ``count_tokens``
    answering a ``RawResponse``; ``batches`` the batches' calls in the same form.

    Example::

        raw = client.messages.with_raw_response.create(max_tokens=100, model=MODEL,
                                                       messages=[...])
        print(raw.status_code, raw.headers["request-id"])
        message = raw.parse()
    """

    def __init__(self, messages: Messages) -> None:
        self._messages = messages
        self.create = raw_form(messages.create)
        self.parse = raw_form(messages.parse)
        self.count_tokens = raw_form(messages.count_tokens)

    @property
    def batches(self) -> BatchesWithRawResponse:
        """``client.messages.batches.with_raw_response``."""
        return self._messages.batches.with_raw_response


class AsyncMessagesWithRawResponse:
    """``client.messages.with_raw_response`` of an ``AsyncClient``.

    Example::

        raw = await client.messages.with_raw_response.create(max_tokens=100, model=MODEL,
                                                             messages=[...])
        message = await raw.parse()
    """

    def __init__(self, messages: AsyncMessages) -> None:
        self._messages = messages
        self.create = async_raw_form(messages.create)
        self.parse = async_raw_form(messages.parse)
        self.count_tokens = async_raw_form(messages.count_tokens)

    @property
    def batches(self) -> AsyncBatchesWithRawResponse:
        """``client.messages.batches.with_raw_response``."""
        return self._messages.batches.with_raw_response


class MessagesWithStreamingResponse:
    """``client.messages.with_streaming_response``: the same calls as context managers
    that send on entering and give the answer with its body unread.

    Example::

        with client.messages.with_streaming_response.create(**params) as response:
            print(response.headers["request-id"])
            message = response.parse()  # reads the body now
    """

    def __init__(self, messages: Messages) -> None:
        self._messages = messages
        self.create = streamed_form(messages.create)
        self.parse = streamed_form(messages.parse)
        self.count_tokens = streamed_form(messages.count_tokens)

    @property
    def batches(self) -> BatchesWithStreamingResponse:
        """``client.messages.batches.with_streaming_response``."""
        return self._messages.batches.with_streaming_response


class AsyncMessagesWithStreamingResponse:
    """``client.messages.with_streaming_response`` of an ``AsyncClient`` (``async with``).

    Example::

        async with client.messages.with_streaming_response.create(**params) as response:
            message = await response.parse()
    """

    def __init__(self, messages: AsyncMessages) -> None:
        self._messages = messages
        self.create = async_streamed_form(messages.create)
        self.parse = async_streamed_form(messages.parse)
        self.count_tokens = async_streamed_form(messages.count_tokens)

    @property
    def batches(self) -> AsyncBatchesWithStreamingResponse:
        """``client.messages.batches.with_streaming_response``."""
        return self._messages.batches.with_streaming_response
