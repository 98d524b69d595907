"""``client.beta``: the official SDK's beta namespace, for code written against it.

Here every method already takes ``betas=[...]`` (sent as the ``anthropic-beta`` header),
so ``client.beta.messages`` is ``client.messages``, ``client.beta.models`` is
``client.models`` and ``client.beta.files`` is ``client.files``: the same calls, the same
checks. ``client.beta.with_raw_response.messages`` (and ``.models``, ``.files``, and the
same under ``with_streaming_response``) are those resources' raw and streamed forms, and
so are ``client.with_raw_response.messages`` (``.models``, ``.files``, ``.beta``) and
``client.with_streaming_response....``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from .files import (
        AsyncFiles,
        AsyncFilesWithRawResponse,
        AsyncFilesWithStreamingResponse,
        Files,
        FilesWithRawResponse,
        FilesWithStreamingResponse,
    )
    from .messages import (
        AsyncMessages,
        AsyncMessagesWithRawResponse,
        AsyncMessagesWithStreamingResponse,
        Messages,
        MessagesWithRawResponse,
        MessagesWithStreamingResponse,
    )
    from .models import (
        AsyncModels,
        AsyncModelsWithRawResponse,
        AsyncModelsWithStreamingResponse,
        Models,
        ModelsWithRawResponse,
        ModelsWithStreamingResponse,
    )

__all__ = [
    "AsyncBeta",
    "AsyncBetaWithRawResponse",
    "AsyncBetaWithStreamingResponse",
    "AsyncClientWithRawResponse",
    "AsyncClientWithStreamingResponse",
    "Beta",
    "BetaWithRawResponse",
    "BetaWithStreamingResponse",
    "ClientWithRawResponse",
    "ClientWithStreamingResponse",
]


class _SyncResources(Protocol):
    @property
    def messages(self) -> Messages: ...
    @property
    def models(self) -> Models: ...
    @property
    def files(self) -> Files: ...


class _AsyncResources(Protocol):
    @property
    def messages(self) -> AsyncMessages: ...
    @property
    def models(self) -> AsyncModels: ...
    @property
    def files(self) -> AsyncFiles: ...


class _SyncClient(_SyncResources, Protocol):
    @property
    def beta(self) -> Beta: ...


class _AsyncClient(_AsyncResources, Protocol):
    @property
    def beta(self) -> AsyncBeta: ...


class Beta:
    """``client.beta`` of a ``Client``.

    Example::

        with client.beta.messages.stream(..., betas=["some-beta-2025-01-01"]) as stream:
            print(stream.get_final_message().content)
    """

    __slots__ = ("_client",)

    def __init__(self, client: _SyncResources) -> None:
        self._client = client

    @property
    def messages(self) -> Messages:
        """``client.messages``."""
        return self._client.messages

    @property
    def models(self) -> Models:
        """``client.models``."""
        return self._client.models

    @property
    def files(self) -> Files:
        """``client.files``."""
        return self._client.files

    @property
    def with_raw_response(self) -> BetaWithRawResponse:
        """``messages``, ``models`` and ``files`` answering a ``RawResponse``."""
        return BetaWithRawResponse(self)

    @property
    def with_streaming_response(self) -> BetaWithStreamingResponse:
        """``messages``, ``models`` and ``files`` with the answer's body unread."""
        return BetaWithStreamingResponse(self)


class AsyncBeta:
    """``client.beta`` of an ``AsyncClient``.

    Example::

        message = await client.beta.messages.create(..., betas=["some-beta-2025-01-01"])
    """

    __slots__ = ("_client",)

    def __init__(self, client: _AsyncResources) -> None:
        self._client = client

    @property
    def messages(self) -> AsyncMessages:
        """``client.messages``."""
        return self._client.messages

    @property
    def models(self) -> AsyncModels:
        """``client.models``."""
        return self._client.models

    @property
    def files(self) -> AsyncFiles:
        """``client.files``."""
        return self._client.files

    @property
    def with_raw_response(self) -> AsyncBetaWithRawResponse:
        """``messages``, ``models`` and ``files`` answering an ``AsyncRawResponse``."""
        return AsyncBetaWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncBetaWithStreamingResponse:
        """``messages``, ``models`` and ``files`` with the answer's body unread."""
        return AsyncBetaWithStreamingResponse(self)


class BetaWithRawResponse:
    """``client.beta.with_raw_response``.

    Example::

        raw = client.beta.with_raw_response.messages.create(..., betas=["some-beta"])
        message = raw.parse()
    """

    __slots__ = ("files", "messages", "models")

    messages: MessagesWithRawResponse
    models: ModelsWithRawResponse
    files: FilesWithRawResponse

    def __init__(self, beta: _SyncResources) -> None:
        self.messages = beta.messages.with_raw_response
        self.models = beta.models.with_raw_response
        self.files = beta.files.with_raw_response


class AsyncBetaWithRawResponse:
    """``client.beta.with_raw_response`` of an ``AsyncClient``.

    Example::

        raw = await client.beta.with_raw_response.models.list()
        page = await raw.parse()
    """

    __slots__ = ("files", "messages", "models")

    messages: AsyncMessagesWithRawResponse
    models: AsyncModelsWithRawResponse
    files: AsyncFilesWithRawResponse

    def __init__(self, beta: _AsyncResources) -> None:
        self.messages = beta.messages.with_raw_response
        self.models = beta.models.with_raw_response
        self.files = beta.files.with_raw_response


class BetaWithStreamingResponse:
    """``client.beta.with_streaming_response``.

    Example::

        with client.beta.with_streaming_response.files.download(file_id) as response:
            data = response.read()
    """

    __slots__ = ("files", "messages", "models")

    messages: MessagesWithStreamingResponse
    models: ModelsWithStreamingResponse
    files: FilesWithStreamingResponse

    def __init__(self, beta: _SyncResources) -> None:
        self.messages = beta.messages.with_streaming_response
        self.models = beta.models.with_streaming_response
        self.files = beta.files.with_streaming_response


class AsyncBetaWithStreamingResponse:
    """``client.beta.with_streaming_response`` of an ``AsyncClient``.

    Example::

        async with client.beta.with_streaming_response.models.list() as response:
            page = await response.parse()
    """

    __slots__ = ("files", "messages", "models")

    messages: AsyncMessagesWithStreamingResponse
    models: AsyncModelsWithStreamingResponse
    files: AsyncFilesWithStreamingResponse

    def __init__(self, beta: _AsyncResources) -> None:
        self.messages = beta.messages.with_streaming_response
        self.models = beta.models.with_streaming_response
        self.files = beta.files.with_streaming_response


class ClientWithRawResponse(BetaWithRawResponse):
    """``client.with_raw_response``: ``messages``, ``models``, ``files`` and ``beta``.

    Example::

        raw = client.with_raw_response.messages.create(max_tokens=100, model=MODEL,
                                                       messages=[...])
    """

    __slots__ = ("beta",)

    beta: BetaWithRawResponse

    def __init__(self, client: _SyncClient) -> None:
        super().__init__(client)
        self.beta = BetaWithRawResponse(client.beta)


class AsyncClientWithRawResponse(AsyncBetaWithRawResponse):
    """``client.with_raw_response`` of an ``AsyncClient``.

    Example::

        raw = await client.with_raw_response.models.retrieve(MODEL)
    """

    __slots__ = ("beta",)

    beta: AsyncBetaWithRawResponse

    def __init__(self, client: _AsyncClient) -> None:
        super().__init__(client)
        self.beta = AsyncBetaWithRawResponse(client.beta)


class ClientWithStreamingResponse(BetaWithStreamingResponse):
    """``client.with_streaming_response``: ``messages``, ``models``, ``files`` and ``beta``.

    Example::

        with client.with_streaming_response.models.list() as response:
            print(response.json())
    """

    __slots__ = ("beta",)

    beta: BetaWithStreamingResponse

    def __init__(self, client: _SyncClient) -> None:
        super().__init__(client)
        self.beta = BetaWithStreamingResponse(client.beta)


class AsyncClientWithStreamingResponse(AsyncBetaWithStreamingResponse):
    """``client.with_streaming_response`` of an ``AsyncClient``.

    Example::

        async with client.with_streaming_response.models.list() as response:
            page = await response.parse()
    """

    __slots__ = ("beta",)

    beta: AsyncBetaWithStreamingResponse

    def __init__(self, client: _AsyncClient) -> None:
        super().__init__(client)
        self.beta = AsyncBetaWithStreamingResponse(client.beta)
