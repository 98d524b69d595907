"""The three forms of a resource method: parsed (the plain call), raw and streamed.

Every resource method ends the same way: send one request, decode the answer. The
resources say so through ``_call(request, decode, stream=...)`` of their base class
(``SyncResource`` / ``AsyncResource``), and the form of the resource object decides what
``_call`` returns:

- parsed: ``decode(response, retries_taken)``, what the plain method returns;
- raw: a ``RawResponse`` holding the answer (a non-streaming body read as usual) whose
  ``parse()`` runs ``decode``;
- streamed: the same, sent with the body left unread; ``parse()`` reads it first when
  ``decode`` wants a whole body.

``raw_form(resource.method)`` (``async_raw_form``, ``streamed_form``,
``async_streamed_form``) turns any bound resource method into its other form: the same
method, arguments and checks, called on a copy of the resource in that form. The
``with_raw_response`` / ``with_streaming_response`` classes of each resource only list
which methods have the forms; their types follow from the plain methods' (overloads
included).
"""

from __future__ import annotations

import copy
import enum
import functools
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, ParamSpec, Self, TypeVar, cast

import httpx

from .._pagination import AsyncPage, AsyncPager, ListQuery, Page, PageData, async_pager

if TYPE_CHECKING:
    from .._resource import AsyncAPI, SyncAPI
    from .._response import (
        AsyncRawResponse,
        AsyncResponseContextManager,
        RawResponse,
        ResponseContextManager,
    )

__all__ = [
    "AsyncResource",
    "Form",
    "SyncResource",
    "async_raw_form",
    "async_streamed_form",
    "page_decoder",
    "raw_form",
    "streamed_form",
]

_T = TypeVar("_T")
_P = ParamSpec("_P")

Decode = Callable[[httpx.Response, int], _T]
"""Turns a 2xx answer and the retries it took into a call's result."""


class Form(enum.Enum):
    """What a resource's calls return."""

    PARSED = "parsed"
    RAW = "raw"
    STREAMED = "streamed"


class _Resource:
    _form: Form = Form.PARSED

    def _in_form(self, form: Form) -> Self:
        """A copy of this resource whose calls answer in ``form``."""
        view = copy.copy(self)
        view._form = form
        return view


class SyncResource(_Resource):
    """The base of the sync resources: one way to end a call, whatever its form."""

    _api: SyncAPI

    def _call(self, request: httpx.Request, decode: Decode[_T], *, stream: bool = False) -> _T:
        """Send ``request`` (``stream``: leave the body for ``decode`` to read)."""
        api = self._api
        form = self._form
        if form is Form.PARSED:
            response, retries = api.send(request, stream=stream)
            return decode(response, retries)
        from .._response import RawResponse

        streamed = form is Form.STREAMED
        response, retries = api.send(request, stream=stream or streamed)
        raw = RawResponse(
            response,
            retries,
            decode,
            read_first=streamed and not stream,
            max_size=api.max_response_size,
        )
        # The raw and streamed forms are only reached through the wrappers below, whose
        # declared types say what comes back.
        return cast(_T, raw)


class AsyncResource(_Resource):
    """The base of the async resources."""

    _api: AsyncAPI

    async def _call(
        self, request: httpx.Request, decode: Decode[_T], *, stream: bool = False
    ) -> _T:
        """The async twin of ``SyncResource._call``."""
        api = self._api
        form = self._form
        if form is Form.PARSED:
            response, retries = await api.send(request, stream=stream)
            return decode(response, retries)
        from .._response import AsyncRawResponse

        streamed = form is Form.STREAMED
        response, retries = await api.send(request, stream=stream or streamed)
        raw = AsyncRawResponse(
            response,
            retries,
            decode,
            read_first=streamed and not stream,
            max_size=api.max_response_size,
        )
        return cast(_T, raw)

    def _pager(
        self,
        listing: ListQuery,
        request_for: Callable[[dict[str, Any]], httpx.Request],
        decode: Callable[[httpx.Response], PageData[_T]],
    ) -> AsyncPager[_T]:
        """An async listing: a pager (nothing sent yet) for the plain form; for the others,
        the awaitable of the first page's response, whose ``parse()`` gives the page."""
        api = self._api

        async def send(query: dict[str, Any]) -> httpx.Response:
            return (await api.send(request_for(query), stream=False))[0]

        if self._form is Form.PARSED:
            return async_pager(listing, send, decode)

        async def fetch(query: dict[str, Any]) -> AsyncPage[_T]:
            return AsyncPage(decode(await send(query)), query, listing, fetch)

        def first(response: httpx.Response, _retries: int) -> AsyncPage[_T]:
            return AsyncPage(decode(response), listing.first, listing, fetch)

        return cast(AsyncPager[_T], self._call(request_for(listing.first), first))


def page_decoder(
    listing: ListQuery,
    send: Callable[[dict[str, Any]], httpx.Response],
    decode: Callable[[httpx.Response], PageData[_T]],
) -> Decode[Page[_T]]:
    """The decoder of a sync listing's first answer: the ``Page``, which fetches the
    following pages with ``send(query)``.

    Example::

        page = self._call(first_request, page_decoder(listing, send, decode_list))
    """

    def fetch(query: dict[str, Any]) -> Page[_T]:
        return Page(decode(send(query)), query, listing, fetch)

    def first(response: httpx.Response, _retries: int) -> Page[_T]:
        return Page(decode(response), listing.first, listing, fetch)

    return first


def _method_in(method: Callable[..., Any], form: Form) -> Callable[..., Any]:
    resource = getattr(method, "__self__", None)
    if not isinstance(resource, _Resource):
        raise TypeError(f"{method!r} is not a method of a resource")
    target: Callable[..., Any] = getattr(resource._in_form(form), method.__name__)
    return target


def raw_form(method: Callable[_P, _T]) -> Callable[_P, RawResponse[_T]]:
    """The raw form of a sync resource method: the same call, answering a ``RawResponse``.

    Example::

        create = raw_form(client.messages.create)
        raw = create(max_tokens=100, model=MODEL, messages=[...])
    """
    return cast("Callable[_P, RawResponse[_T]]", _method_in(method, Form.RAW))


def async_raw_form(
    method: Callable[_P, Awaitable[_T]],
) -> Callable[_P, Awaitable[AsyncRawResponse[_T]]]:
    """The raw form of an async resource method (awaited, it gives an ``AsyncRawResponse``).

    Example::

        raw = await async_raw_form(client.models.list)(limit=5)
        page = await raw.parse()
    """
    target = _method_in(method, Form.RAW)

    @functools.wraps(method)
    async def call(*args: _P.args, **kwargs: _P.kwargs) -> AsyncRawResponse[_T]:
        raw: AsyncRawResponse[_T] = await target(*args, **kwargs)
        return raw

    return call


def streamed_form(
    method: Callable[_P, _T],
) -> Callable[_P, ResponseContextManager[RawResponse[_T]]]:
    """The streamed form of a sync resource method: a context manager that sends the
    request when entered and gives the ``RawResponse`` with its body unread.

    Example::

        with streamed_form(client.messages.create)(**params) as response:
            print(response.status_code)
    """
    from .._response import ResponseContextManager

    target = _method_in(method, Form.STREAMED)

    @functools.wraps(method)
    def call(*args: _P.args, **kwargs: _P.kwargs) -> ResponseContextManager[RawResponse[_T]]:
        return ResponseContextManager(functools.partial(target, *args, **kwargs))

    return call


def async_streamed_form(
    method: Callable[_P, Awaitable[_T]],
) -> Callable[_P, AsyncResponseContextManager[AsyncRawResponse[_T]]]:
    """The streamed form of an async resource method (``async with``).

    Example::

        async with async_streamed_form(client.messages.create)(**params) as response:
            message = await response.parse()
    """
    from .._response import AsyncResponseContextManager

    target = _method_in(method, Form.STREAMED)

    @functools.wraps(method)
    def call(
        *args: _P.args, **kwargs: _P.kwargs
    ) -> AsyncResponseContextManager[AsyncRawResponse[_T]]:
        return AsyncResponseContextManager(functools.partial(target, *args, **kwargs))

    return call
