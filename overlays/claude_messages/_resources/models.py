"""``client.models``: ``list`` (auto-paginating) and ``retrieve``, sync and async.

Requests are built by the pure code of ``_calls`` and ``_pagination``; the two classes
only send them and decode the answers. Both methods also have their raw and streamed
forms (``with_raw_response``, ``with_streaming_response``; see ``_forms``).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from .._pagination import AsyncPager, ListParams, ListQuery, Page
from .._params import RequestOptions
from ._calls import path_id, prepare_call
from ._forms import (
    AsyncResource,
    SyncResource,
    async_raw_form,
    async_streamed_form,
    page_decoder,
    raw_form,
    streamed_form,
)

if TYPE_CHECKING:
    from claude_messages_generated.models import ModelInfo, ModelList

    from .._config import RequestConfig
    from .._resource import AsyncAPI, SyncAPI

__all__ = [
    "AsyncModels",
    "AsyncModelsWithRawResponse",
    "AsyncModelsWithStreamingResponse",
    "Models",
    "ModelsWithRawResponse",
    "ModelsWithStreamingResponse",
]


def _list_request(
    config: RequestConfig, listing: ListQuery, query: dict[str, Any]
) -> httpx.Request:
    return prepare_call(config, "list", "GET", "/v1/models", listing.options, query=query)


def _retrieve_request(
    config: RequestConfig, model_id: object, options: RequestOptions
) -> httpx.Request:
    path = f"/v1/models/{path_id('model_id', model_id)}"
    return prepare_call(config, "retrieve", "GET", path, options)


def _decode_list(response: httpx.Response) -> ModelList:
    # The generated models load on first use: they are the heaviest import of the package.
    from claude_messages_generated.models import ModelList

    from .._parse import parse_json_model

    return parse_json_model(response, ModelList.from_dict, "ModelList")


def _decode_info(response: httpx.Response, _retries: int = 0) -> ModelInfo:
    from claude_messages_generated.models import ModelInfo

    from .._parse import parse_json_model

    return parse_json_model(response, ModelInfo.from_dict, "ModelInfo")


class Models(SyncResource):
    """The models the API serves (``client.models``).

    Example::

        for model in client.models.list():
            print(model.id, model.display_name, model.created_at.date())
        info = client.models.retrieve("claude-3-haiku-20240307")
    """

    def __init__(self, api: SyncAPI) -> None:
        self._api = api

    @cached_property
    def with_raw_response(self) -> ModelsWithRawResponse:
        """The same calls, answering a ``RawResponse`` (``.parse()`` for the result)."""
        return ModelsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ModelsWithStreamingResponse:
        """The same calls as context managers giving the answer with its body unread."""
        return ModelsWithStreamingResponse(self)

    def list(self, **params: Unpack[ListParams]) -> Page[ModelInfo]:
        """The models, newest first: the first page, iterating over every model.

        ``limit`` sets the page size (the API's default is 20); ``after_id`` or
        ``before_id`` start elsewhere. The first page is fetched now; iterating the result
        fetches the following ones only as they are reached (see ``Page``).

        Example::

            page = client.models.list(limit=3)
            print([m.id for m in page.data], page.has_more)
            all_ids = [m.id for m in client.models.list()]
        """
        api = self._api
        listing = ListQuery("list", params)

        def send(query: dict[str, Any]) -> httpx.Response:
            request = _list_request(api.config, listing, query)
            return api.send(request, stream=False)[0]

        first = _list_request(api.config, listing, listing.first)
        return self._call(first, page_decoder(listing, send, _decode_list))

    def retrieve(self, model_id: str, **options: Unpack[RequestOptions]) -> ModelInfo:
        """One model by its id or alias; ``created_at`` is a timezone-aware datetime.

        Example::

            model = client.models.retrieve("claude-3-haiku-20240307")
            print(model.display_name, model.created_at.isoformat())
        """
        request = _retrieve_request(self._api.config, model_id, options)
        return self._call(request, _decode_info)


class AsyncModels(AsyncResource):
    """The async twin of ``Models`` (``client.models`` of an ``AsyncClient``).

    Example::

        async for model in client.models.list():
            print(model.id)
        info = await client.models.retrieve("claude-3-haiku-20240307")
    """

    def __init__(self, api: AsyncAPI) -> None:
        self._api = api

    @cached_property
    def with_raw_response(self) -> AsyncModelsWithRawResponse:
        """The same calls, answering an ``AsyncRawResponse`` (``await .parse()``)."""
        return AsyncModelsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncModelsWithStreamingResponse:
        """The same calls as async context managers giving the answer with its body unread."""
        return AsyncModelsWithStreamingResponse(self)

    def list(self, **params: Unpack[ListParams]) -> AsyncPager[ModelInfo]:
        """The models, newest first: ``async for`` over all, or ``await`` for the first page.

        The arguments are checked now; nothing is sent until the pager is used.

        Example::

            async for model in client.models.list(limit=100):
                print(model.id)
            page = await client.models.list(limit=3)
        """
        config = self._api.config
        listing = ListQuery("list", params)
        _list_request(config, listing, listing.first)  # bad options raise now

        def request_for(query: dict[str, Any]) -> httpx.Request:
            return _list_request(config, listing, query)

        return self._pager(listing, request_for, _decode_list)

    async def retrieve(self, model_id: str, **options: Unpack[RequestOptions]) -> ModelInfo:
        """The async twin of ``Models.retrieve``.

        Example::

            model = await client.models.retrieve("claude-3-haiku-20240307")
        """
        request = _retrieve_request(self._api.config, model_id, options)
        return await self._call(request, _decode_info)


class ModelsWithRawResponse:
    """``client.models.with_raw_response``: ``list`` and ``retrieve`` answering a
    ``RawResponse``.

    Example::

        raw = client.models.with_raw_response.retrieve("claude-3-haiku-20240307")
        print(raw.request_id, raw.parse().display_name)
    """

    def __init__(self, models: Models) -> None:
        self.list = raw_form(models.list)
        self.retrieve = raw_form(models.retrieve)


class AsyncModelsWithRawResponse:
    """``client.models.with_raw_response`` of an ``AsyncClient``.

    Example::

        raw = await client.models.with_raw_response.list(limit=5)
        page = await raw.parse()
    """

    def __init__(self, models: AsyncModels) -> None:
        self.list = async_raw_form(models.list)
        self.retrieve = async_raw_form(models.retrieve)


class ModelsWithStreamingResponse:
    """``client.models.with_streaming_response``: the body read only when asked.

    Example::

        with client.models.with_streaming_response.retrieve(model_id) as response:
            print(response.json()["display_name"])
    """

    def __init__(self, models: Models) -> None:
        self.list = streamed_form(models.list)
        self.retrieve = streamed_form(models.retrieve)


class AsyncModelsWithStreamingResponse:
    """``client.models.with_streaming_response`` of an ``AsyncClient``.

    Example::

        async with client.models.with_streaming_response.retrieve(model_id) as response:
            info = await response.parse()
    """

    def __init__(self, models: AsyncModels) -> None:
        self.list = async_streamed_form(models.list)
        self.retrieve = async_streamed_form(models.retrieve)
