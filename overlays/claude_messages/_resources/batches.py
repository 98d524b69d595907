"""``client.messages.batches``: Message Batches, sync and async.

``create``, ``retrieve``, ``list`` (auto-paginating), ``cancel``, ``delete``, ``results``
(JSON Lines streamed in constant memory) and ``wait`` (poll until the batch ends). The
requests are built by pure functions shared by both classes; the classes only send them
and decode the answers. Checks of the batch's requests: ``_batch_requests``; polling
decisions: ``_batch_wait``; results decoding: ``_jsonl``. Every method but ``wait`` also
has its raw and streamed forms (``with_raw_response``, ``with_streaming_response``; see
``_forms``).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from .._batch_requests import batch_body
from .._batch_wait import DEFAULT_MAX_INTERVAL, DEFAULT_POLL_INTERVAL, BatchWaiter
from .._checks import with_header_arguments
from .._pagination import AsyncPager, ListParams, ListQuery, Page
from .._params import REQUEST_OPTIONS, RequestOptions
from .._validate import operation
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

CREATE_MESSAGE_BATCH = "createMessageBatch"

if TYPE_CHECKING:
    from claude_messages_generated.models import (
        DeletedMessageBatch,
        MessageBatch,
        MessageBatchList,
    )

    from .._arguments import BatchCreateParams
    from .._config import RequestConfig
    from .._jsonl import AsyncBatchResults, BatchResults
    from .._resource import AsyncAPI, SyncAPI

__all__ = [
    "AsyncBatches",
    "AsyncBatchesWithRawResponse",
    "AsyncBatchesWithStreamingResponse",
    "Batches",
    "BatchesWithRawResponse",
    "BatchesWithStreamingResponse",
]

_PATH = "/v1/messages/batches"
_RESULTS_ACCEPT = "application/x-jsonl"

ProgressCallback = Callable[["MessageBatch"], object]


# --- the requests, pure ------------------------------------------------------------------


def _create_request(config: RequestConfig, params: Mapping[str, Any]) -> httpx.Request:
    create = operation(CREATE_MESSAGE_BATCH)
    create.check_names("create", params, REQUEST_OPTIONS)
    body = batch_body(params["requests"], config.api_version)
    options = {k: v for k, v in params.items() if k not in create.arguments}
    options["extra_headers"] = with_header_arguments(create, params)
    return prepare_call(config, "create", "POST", create.path, options, body=body)


def _batch_path(batch_id: object, suffix: str = "") -> str:
    return f"{_PATH}/{path_id('message_batch_id', batch_id)}{suffix}"


def _id_request(
    config: RequestConfig,
    name: str,
    method: str,
    batch_id: object,
    options: Mapping[str, Any],
    suffix: str = "",
) -> httpx.Request:
    return prepare_call(config, name, method, _batch_path(batch_id, suffix), options)


def _results_request(
    config: RequestConfig, batch_id: object, options: RequestOptions
) -> httpx.Request:
    path = _batch_path(batch_id, "/results")
    return prepare_call(config, "results", "GET", path, options, accept=_RESULTS_ACCEPT)


def _list_request(
    config: RequestConfig, listing: ListQuery, query: dict[str, Any]
) -> httpx.Request:
    return prepare_call(config, "list", "GET", _PATH, listing.options, query=query)


def _waiter(
    api: SyncAPI | AsyncAPI,
    batch_id: object,
    poll_interval: float,
    max_interval: float,
    timeout: float | None,
    on_progress: ProgressCallback | None,
) -> BatchWaiter:
    return BatchWaiter(
        path_id("message_batch_id", batch_id),
        poll_interval=poll_interval,
        max_interval=max_interval,
        timeout=timeout,
        clock=api.monotonic,
        on_progress=on_progress,
    )


# --- decoding (the generated models load on first use) ----------------------------------


def _decode_batch(response: httpx.Response, _retries: int = 0) -> MessageBatch:
    from claude_messages_generated.models import MessageBatch

    from .._parse import parse_json_model

    return parse_json_model(response, MessageBatch.from_dict, "MessageBatch")


def _decode_deleted(response: httpx.Response, _retries: int = 0) -> DeletedMessageBatch:
    from claude_messages_generated.models import DeletedMessageBatch

    from .._parse import parse_json_model

    return parse_json_model(response, DeletedMessageBatch.from_dict, "DeletedMessageBatch")


def _decode_list(response: httpx.Response) -> MessageBatchList:
    from claude_messages_generated.models import MessageBatchList

    from .._parse import parse_json_model

    return parse_json_model(response, MessageBatchList.from_dict, "MessageBatchList")


class Batches(SyncResource):
    """Message Batches (``client.messages.batches``): many requests, processed offline.

    Example::

        batch = client.messages.batches.create(requests=[
            {"custom_id": f"q{i}", "params": {"model": "claude-3-haiku-20240307",
             "max_tokens": 100, "messages": [{"role": "user", "content": q}]}}
            for i, q in enumerate(questions)
        ])
        batch = client.messages.batches.wait(batch.id, timeout=24 * 3600)
        for item in client.messages.batches.results(batch.id):
            print(item.custom_id, item.result.type_)
    """

    def __init__(self, api: SyncAPI) -> None:
        self._api = api

    @cached_property
    def with_raw_response(self) -> BatchesWithRawResponse:
        """The same calls, answering a ``RawResponse`` (``.parse()`` for the result)."""
        return BatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BatchesWithStreamingResponse:
        """The same calls as context managers giving the answer with its body unread."""
        return BatchesWithStreamingResponse(self)

    def create(self, **params: Unpack[BatchCreateParams]) -> MessageBatch:
        """Create a batch of up to 100,000 ``create`` requests; return it (``in_progress``).

        ``requests``: ``{"custom_id": ..., "params": {...}}`` dicts (or generated
        ``MessageBatchRequest`` models); ``params`` takes what ``messages.create`` takes,
        bar ``stream=True`` and the per-call options. Every entry is checked before
        sending: a malformed or repeated ``custom_id``, or params that ``create`` would
        refuse, raise ``TypeError``/``ValueError`` naming ``requests[i] (custom_id=...)``.

        Example::

            batch = client.messages.batches.create(requests=[
                {"custom_id": "hello", "params": {"model": "claude-3-haiku-20240307",
                 "max_tokens": 100, "messages": [{"role": "user", "content": "Hello"}]}},
            ])
            print(batch.id, batch.processing_status)
        """
        request = _create_request(self._api.config, params)
        return self._call(request, _decode_batch)

    def retrieve(self, message_batch_id: str, **options: Unpack[RequestOptions]) -> MessageBatch:
        """A batch by id, with its ``processing_status`` and ``request_counts``.

        Example::

            batch = client.messages.batches.retrieve("msgbatch_01...")
            print(batch.processing_status, batch.request_counts.succeeded)
        """
        config = self._api.config
        request = _id_request(config, "retrieve", "GET", message_batch_id, options)
        return self._call(request, _decode_batch)

    def list(self, **params: Unpack[ListParams]) -> Page[MessageBatch]:
        """The batches, newest first: the first page, iterating over every batch.

        Example::

            for batch in client.messages.batches.list(limit=100):
                print(batch.id, batch.processing_status)
        """
        api = self._api
        listing = ListQuery("list", params)

        def send(query: dict[str, Any]) -> httpx.Response:
            return api.send(_list_request(api.config, listing, query), stream=False)[0]

        first = _list_request(api.config, listing, listing.first)
        return self._call(first, page_decoder(listing, send, _decode_list))

    def cancel(self, message_batch_id: str, **options: Unpack[RequestOptions]) -> MessageBatch:
        """Start canceling a batch: it goes ``canceling``, then ``ended``.

        Requests not processed by then end as ``canceled`` results.

        Example::

            batch = client.messages.batches.cancel(batch.id)
        """
        config = self._api.config
        request = _id_request(config, "cancel", "POST", message_batch_id, options, "/cancel")
        return self._call(request, _decode_batch)

    def delete(
        self, message_batch_id: str, **options: Unpack[RequestOptions]
    ) -> DeletedMessageBatch:
        """Delete an ended batch and its results (cancel one in progress first).

        Example::

            client.messages.batches.delete(batch.id)
        """
        config = self._api.config
        request = _id_request(config, "delete", "DELETE", message_batch_id, options)
        return self._call(request, _decode_deleted)

    def results(self, message_batch_id: str, **options: Unpack[RequestOptions]) -> BatchResults:
        """Stream an ended batch's results, one typed result per line, in constant memory.

        The request is sent now (error answers raise here); the lines are read as the
        loop asks for them. See ``BatchResults``.

        Example::

            with client.messages.batches.results(batch.id) as results:
                for item in results:
                    if item.result.type_ == "succeeded":
                        print(item.custom_id, item.result.message.content[0].text)
        """
        from .._jsonl import BatchResults

        request = _results_request(self._api.config, message_batch_id, options)
        limit = self._api.max_event_size

        def decode(response: httpx.Response, _retries: int) -> BatchResults:
            return BatchResults(response, max_line_size=limit)

        return self._call(request, decode, stream=True)

    def wait(
        self,
        message_batch_id: str,
        *,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_interval: float = DEFAULT_MAX_INTERVAL,
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MessageBatch:
        """Poll a batch until it has ended; return it (then read its ``results``).

        The first poll is immediate; pauses start at ``poll_interval`` seconds and grow
        1.5x up to ``max_interval``. ``on_progress(batch)`` is called after every poll
        (``batch.request_counts`` tells how far it got). ``timeout`` (seconds; ``None``:
        no limit) raises ``BatchWaitTimeoutError`` carrying the last batch seen; the batch
        itself goes on.

        Example::

            def show(batch):
                counts = batch.request_counts
                print(f"{counts.succeeded + counts.errored} done, {counts.processing} to go")

            batch = client.messages.batches.wait(batch.id, timeout=3600, on_progress=show)
        """
        waiter = _waiter(
            self._api, message_batch_id, poll_interval, max_interval, timeout, on_progress
        )
        options: RequestOptions = {"extra_headers": extra_headers, "extra_query": extra_query}
        sleep = self._api.sleep
        while True:
            batch = self.retrieve(message_batch_id, **options)
            if on_progress is not None:
                on_progress(batch)
            delay = waiter.next_delay(batch)
            if delay is None:
                return batch
            sleep(delay)


class AsyncBatches(AsyncResource):
    """The async twin of ``Batches`` (``client.messages.batches`` of an ``AsyncClient``).

    Example::

        batch = await client.messages.batches.create(requests=[...])
        batch = await client.messages.batches.wait(batch.id)
        async for item in await client.messages.batches.results(batch.id):
            print(item.custom_id, item.result.type_)
    """

    def __init__(self, api: AsyncAPI) -> None:
        self._api = api

    @cached_property
    def with_raw_response(self) -> AsyncBatchesWithRawResponse:
        """The same calls, answering an ``AsyncRawResponse`` (``await .parse()``)."""
        return AsyncBatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBatchesWithStreamingResponse:
        """The same calls as async context managers giving the answer with its body unread."""
        return AsyncBatchesWithStreamingResponse(self)

    async def create(self, **params: Unpack[BatchCreateParams]) -> MessageBatch:
        """The async twin of ``Batches.create``.

        Example::

            batch = await client.messages.batches.create(requests=[...])
        """
        request = _create_request(self._api.config, params)
        return await self._call(request, _decode_batch)

    async def retrieve(
        self, message_batch_id: str, **options: Unpack[RequestOptions]
    ) -> MessageBatch:
        """The async twin of ``Batches.retrieve``.

        Example::

            batch = await client.messages.batches.retrieve(batch_id)
        """
        config = self._api.config
        request = _id_request(config, "retrieve", "GET", message_batch_id, options)
        return await self._call(request, _decode_batch)

    def list(self, **params: Unpack[ListParams]) -> AsyncPager[MessageBatch]:
        """The batches, newest first: ``async for`` over all, or ``await`` the first page.

        Example::

            async for batch in client.messages.batches.list():
                print(batch.id)
        """
        config = self._api.config
        listing = ListQuery("list", params)
        _list_request(config, listing, listing.first)  # bad options raise now

        def request_for(query: dict[str, Any]) -> httpx.Request:
            return _list_request(config, listing, query)

        return self._pager(listing, request_for, _decode_list)

    async def cancel(
        self, message_batch_id: str, **options: Unpack[RequestOptions]
    ) -> MessageBatch:
        """The async twin of ``Batches.cancel``.

        Example::

            batch = await client.messages.batches.cancel(batch_id)
        """
        config = self._api.config
        request = _id_request(config, "cancel", "POST", message_batch_id, options, "/cancel")
        return await self._call(request, _decode_batch)

    async def delete(
        self, message_batch_id: str, **options: Unpack[RequestOptions]
    ) -> DeletedMessageBatch:
        """The async twin of ``Batches.delete``.

        Example::

            await client.messages.batches.delete(batch_id)
        """
        config = self._api.config
        request = _id_request(config, "delete", "DELETE", message_batch_id, options)
        return await self._call(request, _decode_deleted)

    async def results(
        self, message_batch_id: str, **options: Unpack[RequestOptions]
    ) -> AsyncBatchResults:
        """The async twin of ``Batches.results`` (await it, then ``async for``).

        Example::

            async with await client.messages.batches.results(batch_id) as results:
                async for item in results:
                    print(item.custom_id, item.result.type_)
        """
        from .._jsonl import AsyncBatchResults

        request = _results_request(self._api.config, message_batch_id, options)
        limit = self._api.max_event_size

        def decode(response: httpx.Response, _retries: int) -> AsyncBatchResults:
            return AsyncBatchResults(response, max_line_size=limit)

        return await self._call(request, decode, stream=True)

    async def wait(
        self,
        message_batch_id: str,
        *,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_interval: float = DEFAULT_MAX_INTERVAL,
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MessageBatch:
        """The async twin of ``Batches.wait``; ``on_progress`` may also be a coroutine function.

        Example::

            batch = await client.messages.batches.wait(batch_id, timeout=3600)
        """
        waiter = _waiter(
            self._api, message_batch_id, poll_interval, max_interval, timeout, on_progress
        )
        options: RequestOptions = {"extra_headers": extra_headers, "extra_query": extra_query}
        sleep = self._api.sleep
        while True:
            batch = await self.retrieve(message_batch_id, **options)
            if on_progress is not None:
                outcome = on_progress(batch)
                if inspect.isawaitable(outcome):
                    await outcome
            delay = waiter.next_delay(batch)
            if delay is None:
                return batch
            await sleep(delay)


class BatchesWithRawResponse:
    """``client.messages.batches.with_raw_response``: every call but ``wait``, answering a
    ``RawResponse``.

    Example::

        raw = client.messages.batches.with_raw_response.retrieve(batch_id)
        print(raw.request_id, raw.parse().processing_status)
    """

    def __init__(self, batches: Batches) -> None:
        self.create = raw_form(batches.create)
        self.retrieve = raw_form(batches.retrieve)
        self.list = raw_form(batches.list)
        self.cancel = raw_form(batches.cancel)
        self.delete = raw_form(batches.delete)
        self.results = raw_form(batches.results)


class AsyncBatchesWithRawResponse:
    """``client.messages.batches.with_raw_response`` of an ``AsyncClient``.

    Example::

        raw = await client.messages.batches.with_raw_response.retrieve(batch_id)
        batch = await raw.parse()
    """

    def __init__(self, batches: AsyncBatches) -> None:
        self.create = async_raw_form(batches.create)
        self.retrieve = async_raw_form(batches.retrieve)
        self.list = async_raw_form(batches.list)
        self.cancel = async_raw_form(batches.cancel)
        self.delete = async_raw_form(batches.delete)
        self.results = async_raw_form(batches.results)


class BatchesWithStreamingResponse:
    """``client.messages.batches.with_streaming_response``: the body read only when asked.

    Example::

        with client.messages.batches.with_streaming_response.results(batch_id) as response:
            for line in response.iter_lines():
                print(line)
    """

    def __init__(self, batches: Batches) -> None:
        self.create = streamed_form(batches.create)
        self.retrieve = streamed_form(batches.retrieve)
        self.list = streamed_form(batches.list)
        self.cancel = streamed_form(batches.cancel)
        self.delete = streamed_form(batches.delete)
        self.results = streamed_form(batches.results)


class AsyncBatchesWithStreamingResponse:
    """``client.messages.batches.with_streaming_response`` of an ``AsyncClient``.

    Example::

        async with client.messages.batches.with_streaming_response.retrieve(batch_id) as r:
            batch = await r.parse()
    """

    def __init__(self, batches: AsyncBatches) -> None:
        self.create = async_streamed_form(batches.create)
        self.retrieve = async_streamed_form(batches.retrieve)
        self.list = async_streamed_form(batches.list)
        self.cancel = async_streamed_form(batches.cancel)
        self.delete = async_streamed_form(batches.delete)
        self.results = async_streamed_form(batches.results)
