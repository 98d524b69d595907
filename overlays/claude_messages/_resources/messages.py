"""``client.messages``: ``create``, ``stream``, ``count_tokens``, ``with_raw_response.create``
and ``batches``, sync and async.

The arguments are declared once (``MessageCreateParams``) and turned into a request by
``prepare_create``, pure code shared by both classes; the classes only send and parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

import httpx

from .._count_tokens import parse_tokens_count, prepare_count_tokens
from .._params import REQUEST_OPTIONS, MessageCountTokensParams, MessageCreateParams
from .._request import (
    CREATE_MESSAGE,
    RequestConfig,
    build_request,
    check_nonstreaming_duration,
    check_version_rules,
    message_body,
    with_header_arguments,
)
from .._validate import operation
from .batches import AsyncBatches, Batches

if TYPE_CHECKING:
    from claude_messages_generated.models import MessageTokensCount

    from .._client import AsyncClient, Client
    from .._events import MessageStreamEvent
    from .._message_stream import (
        AsyncMessageStream,
        AsyncMessageStreamManager,
        MessageStream,
        MessageStreamManager,
    )
    from .._response import RawResponse, ReceivedMessage
    from .._streaming import AsyncStream, Stream

__all__ = [
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "Messages",
    "MessagesWithRawResponse",
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


def _raw(response: httpx.Response, retries_taken: int, parse: Any) -> RawResponse[Any]:
    from .._response import RawResponse

    return RawResponse(response, retries_taken, parse)


class Messages:
    """The Messages API, synchronous (``client.messages``).

    Example::

        message = client.messages.create(
            max_tokens=100,
            messages=[{"role": "user", "content": "Hello, Claude!"}],
            model="claude-3-haiku-20240307",
        )
    """

    batches: Batches
    """Message Batches: ``create``, ``retrieve``, ``list``, ``cancel``, ``delete``,
    ``results`` and ``wait``."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self.with_raw_response = MessagesWithRawResponse(self)
        self.batches = Batches(client)

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
        client = self._client
        request = prepare_create(client._config, params, stream)
        if stream:
            response, _ = client._send(request, stream=True)
            return _open_stream(response, params.get("idle_timeout"), client._max_event_size)
        response, retries = client._send(request, stream=False)
        return _parse_message(response, retries)

    def stream(
        self,
        *,
        event_handler: type[MessageStream] | None = None,
        **params: Unpack[MessageCreateParams],
    ) -> MessageStreamManager:
        """Stream a message with helpers (``text_stream``, ``get_final_message()``, ...).

        Same arguments as ``create`` bar ``stream``, plus ``event_handler`` (a
        ``MessageStream`` subclass whose hooks run as events arrive). The request is sent
        when the ``with`` block is entered; error answers raise there, after the retries.

        Example::

            with client.messages.stream(max_tokens=100, model="claude-3-haiku-20240307",
                                        messages=[{"role": "user", "content": "Hi"}]) as stream:
                for text in stream.text_stream:
                    print(text, end="", flush=True)
        """
        from .._message_stream import MessageStreamManager

        client = self._client
        request = prepare_create(client._config, params, True, method="stream")

        def make_response() -> httpx.Response:
            return client._send(request, stream=True)[0]

        return MessageStreamManager(
            make_response,
            event_handler=event_handler,
            idle_timeout=params.get("idle_timeout"),
            max_event_size=client._max_event_size,
        )

    def count_tokens(self, **params: Unpack[MessageCountTokensParams]) -> MessageTokensCount:
        """Count the input tokens of a request without sending it to the model.

        Takes ``create``'s ``messages`` and ``model`` (required), ``system``, ``tools``,
        ``tool_choice`` and ``thinking``, plus the per-call options; bad input is refused
        before sending, as by ``create``.

        Example::

            count = client.messages.count_tokens(
                model="claude-3-haiku-20240307",
                messages=[{"role": "user", "content": "Hello, Claude!"}],
            )
            print(count.input_tokens)
        """
        client = self._client
        request = prepare_count_tokens(client._config, params)
        response, retries = client._send(request, stream=False)
        return parse_tokens_count(response, retries)


def _open_stream(
    response: httpx.Response, idle_timeout: float | None, max_event_size: int | None
) -> Stream[MessageStreamEvent]:
    from .._streaming import Stream

    return Stream(response, idle_timeout=idle_timeout, max_event_size=max_event_size)


def _open_async_stream(
    response: httpx.Response, idle_timeout: float | None, max_event_size: int | None
) -> AsyncStream[MessageStreamEvent]:
    from .._streaming import AsyncStream

    return AsyncStream(response, idle_timeout=idle_timeout, max_event_size=max_event_size)


class MessagesWithRawResponse:
    """``client.messages.with_raw_response``: the same calls, answering a ``RawResponse``.

    Example::

        raw = client.messages.with_raw_response.create(max_tokens=100, model=MODEL,
                                                       messages=[...])
        print(raw.status_code, raw.headers["request-id"])
        message = raw.parse()
    """

    def __init__(self, messages: Messages) -> None:
        self._client = messages._client

    @overload
    def create(
        self, *, stream: Literal[False] | None = None, **params: Unpack[MessageCreateParams]
    ) -> RawResponse[ReceivedMessage]: ...
    @overload
    def create(
        self, *, stream: Literal[True], **params: Unpack[MessageCreateParams]
    ) -> RawResponse[Stream[MessageStreamEvent]]: ...
    @overload
    def create(
        self, *, stream: bool | None = None, **params: Unpack[MessageCreateParams]
    ) -> RawResponse[ReceivedMessage] | RawResponse[Stream[MessageStreamEvent]]: ...
    def create(
        self, *, stream: bool | None = None, **params: Unpack[MessageCreateParams]
    ) -> RawResponse[ReceivedMessage] | RawResponse[Stream[MessageStreamEvent]]:
        """Like ``messages.create``, but return the answer's ``RawResponse`` first."""
        client = self._client
        request = prepare_create(client._config, params, stream)
        response, retries = client._send(request, stream=bool(stream))
        if stream:
            idle_timeout = params.get("idle_timeout")
            limit = client._max_event_size
            return _raw(response, retries, lambda r, _: _open_stream(r, idle_timeout, limit))
        return _raw(response, retries, _parse_message)


class AsyncMessages:
    """The Messages API, asynchronous (``client.messages`` of an ``AsyncClient``).

    Example::

        message = await client.messages.create(
            max_tokens=100,
            messages=[{"role": "user", "content": "Hello, Claude!"}],
            model="claude-3-haiku-20240307",
        )
    """

    batches: AsyncBatches
    """Message Batches: ``create``, ``retrieve``, ``list``, ``cancel``, ``delete``,
    ``results`` and ``wait``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.with_raw_response = AsyncMessagesWithRawResponse(self)
        self.batches = AsyncBatches(client)

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
        client = self._client
        request = prepare_create(client._config, params, stream)
        if stream:
            response, _ = await client._send(request, stream=True)
            return _open_async_stream(response, params.get("idle_timeout"), client._max_event_size)
        response, retries = await client._send(request, stream=False)
        return _parse_message(response, retries)

    def stream(
        self,
        *,
        event_handler: type[AsyncMessageStream] | None = None,
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

        client = self._client
        request = prepare_create(client._config, params, True, method="stream")

        async def make_response() -> httpx.Response:
            return (await client._send(request, stream=True))[0]

        return AsyncMessageStreamManager(
            make_response,
            event_handler=event_handler,
            idle_timeout=params.get("idle_timeout"),
            max_event_size=client._max_event_size,
        )

    async def count_tokens(self, **params: Unpack[MessageCountTokensParams]) -> MessageTokensCount:
        """The async twin of ``Messages.count_tokens``.

        Example::

            count = await client.messages.count_tokens(
                model="claude-3-haiku-20240307",
                messages=[{"role": "user", "content": "Hello, Claude!"}],
            )
        """
        client = self._client
        request = prepare_count_tokens(client._config, params)
        response, retries = await client._send(request, stream=False)
        return parse_tokens_count(response, retries)


class AsyncMessagesWithRawResponse:
    """``client.messages.with_raw_response`` of an ``AsyncClient``.

    Example::

        raw = await client.messages.with_raw_response.create(max_tokens=100, model=MODEL,
                                                             messages=[...])
        message = raw.parse()
    """

    def __init__(self, messages: AsyncMessages) -> None:
        self._client = messages._client

    @overload
    async def create(
        self, *, stream: Literal[False] | None = None, **params: Unpack[MessageCreateParams]
    ) -> RawResponse[ReceivedMessage]: ...
    @overload
    async def create(
        self, *, stream: Literal[True], **params: Unpack[MessageCreateParams]
    ) -> RawResponse[AsyncStream[MessageStreamEvent]]: ...
    @overload
    async def create(
        self, *, stream: bool | None = None, **params: Unpack[MessageCreateParams]
    ) -> RawResponse[ReceivedMessage] | RawResponse[AsyncStream[MessageStreamEvent]]: ...
    async def create(
        self, *, stream: bool | None = None, **params: Unpack[MessageCreateParams]
    ) -> RawResponse[ReceivedMessage] | RawResponse[AsyncStream[MessageStreamEvent]]:
        """Like ``messages.create``, but return the answer's ``RawResponse`` first."""
        client = self._client
        request = prepare_create(client._config, params, stream)
        response, retries = await client._send(request, stream=bool(stream))
        if stream:
            idle_timeout = params.get("idle_timeout")
            limit = client._max_event_size
            return _raw(response, retries, lambda r, _: _open_async_stream(r, idle_timeout, limit))
        return _raw(response, retries, _parse_message)
