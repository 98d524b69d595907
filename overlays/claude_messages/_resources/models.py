"""``client.models``: ``list`` (auto-paginating) and ``retrieve``, sync and async.

Requests are built by the pure code of ``_calls`` and ``_pagination``; the two classes
only send them and decode the answers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

import httpx

from .._pagination import AsyncPager, ListParams, ListQuery, Page, async_pager, first_page
from .._params import RequestOptions
from ._calls import path_id, prepare_call

if TYPE_CHECKING:
    from claude_messages_generated.models import ModelInfo, ModelList

    from .._request import RequestConfig
    from .._resource import AsyncAPI, SyncAPI

__all__ = ["AsyncModels", "Models"]


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


def _decode_info(response: httpx.Response) -> ModelInfo:
    from claude_messages_generated.models import ModelInfo

    from .._parse import parse_json_model

    return parse_json_model(response, ModelInfo.from_dict, "ModelInfo")


class Models:
    """The models the API serves (``client.models``).

    Example::

        for model in client.models.list():
            print(model.id, model.display_name, model.created_at.date())
        info = client.models.retrieve("claude-3-haiku-20240307")
    """

    def __init__(self, api: SyncAPI) -> None:
        self._api = api

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

        return first_page(listing, send, _decode_list)

    def retrieve(self, model_id: str, **options: Unpack[RequestOptions]) -> ModelInfo:
        """One model by its id or alias; ``created_at`` is a timezone-aware datetime.

        Example::

            model = client.models.retrieve("claude-3-haiku-20240307")
            print(model.display_name, model.created_at.isoformat())
        """
        api = self._api
        request = _retrieve_request(api.config, model_id, options)
        return _decode_info(api.send(request, stream=False)[0])


class AsyncModels:
    """The async twin of ``Models`` (``client.models`` of an ``AsyncClient``).

    Example::

        async for model in client.models.list():
            print(model.id)
        info = await client.models.retrieve("claude-3-haiku-20240307")
    """

    def __init__(self, api: AsyncAPI) -> None:
        self._api = api

    def list(self, **params: Unpack[ListParams]) -> AsyncPager[ModelInfo]:
        """The models, newest first: ``async for`` over all, or ``await`` for the first page.

        The arguments are checked now; nothing is sent until the pager is used.

        Example::

            async for model in client.models.list(limit=100):
                print(model.id)
            page = await client.models.list(limit=3)
        """
        api = self._api
        listing = ListQuery("list", params)
        _list_request(api.config, listing, listing.first)  # bad options raise now

        async def send(query: dict[str, Any]) -> httpx.Response:
            request = _list_request(api.config, listing, query)
            return (await api.send(request, stream=False))[0]

        return async_pager(listing, send, _decode_list)

    async def retrieve(self, model_id: str, **options: Unpack[RequestOptions]) -> ModelInfo:
        """The async twin of ``Models.retrieve``.

        Example::

            model = await client.models.retrieve("claude-3-haiku-20240307")
        """
        api = self._api
        request = _retrieve_request(api.config, model_id, options)
        return _decode_info((await api.send(request, stream=False))[0])
