"""List endpoints, one page at a time: ``Page`` (sync), ``AsyncPage`` and ``AsyncPager``.

The API's lists (``GET /v1/models``, ``GET /v1/messages/batches``) answer ``data``,
``has_more``, ``first_id`` and ``last_id``. The cursor logic is
pure and shared (``ListQuery``): forward with ``after_id = last_id`` while ``has_more``; when
the first call went backwards (``before_id``), onward with ``before_id = first_id``. A page
only holds a ``fetch`` function; the sync and async classes differ only in awaiting it.

As in the official SDK: the sync ``list()`` fetches the first page at once and returns it
(``.data``, ``.has_more``, ...); iterating a page yields every item of it and of the pages
after it, each fetched only when the previous one is used up. The async ``list()`` returns
an ``AsyncPager``: ``async for`` over it yields every item, ``await`` on it gives the first
``AsyncPage``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from typing import Any, Generic, Protocol, TypeVar

import httpx

from ._checks import check_param_names
from ._params import RequestOptions

__all__ = [
    "AsyncPage",
    "AsyncPager",
    "ListParams",
    "ListQuery",
    "Page",
    "PageData",
    "async_pager",
    "first_page",
]

_T = TypeVar("_T")

_CURSORS = ("after_id", "before_id")
_PAGE_PARAMS = frozenset({"limit", *_CURSORS})


class ListParams(RequestOptions, total=False):
    """The arguments of a ``list()`` call: page size and where to start, plus the options.

    ``limit`` is the number of items per page (1 to 1000, the API's default is 20);
    ``after_id`` starts after that item, ``before_id`` ends before it (then pages go
    backwards). Give at most one of the two.

    Example::

        for batch in client.messages.batches.list(limit=100):
            print(batch.id)
    """

    limit: int | None
    after_id: str | None
    before_id: str | None


class PageData(Protocol[_T]):
    """What a decoded list answer provides (the generated ``ModelList``, ``MessageBatchList``)."""

    @property
    def data(self) -> list[_T]: ...
    @property
    def has_more(self) -> bool: ...
    @property
    def first_id(self) -> str | None: ...
    @property
    def last_id(self) -> str | None: ...


class ListQuery:
    """The query of a list call and how to go on from a page: pure cursor logic.

    Example::

        query = ListQuery("list", {"limit": 5})
        query.first          # {"limit": 5}
        query.after(query.first, True, "a", "b")   # {"limit": 5, "after_id": "b"}
    """

    __slots__ = ("backwards", "first", "options")

    def __init__(self, method: str, params: Mapping[str, Any]) -> None:
        check_param_names(method, params, frozenset(ListParams.__annotations__), ())
        first: dict[str, Any] = {}
        limit = params.get("limit")
        if limit is not None:
            if not isinstance(limit, int) or isinstance(limit, bool):
                raise TypeError(f"limit must be an int, not {type(limit).__name__}")
            if limit < 1:
                raise ValueError(f"limit must be >= 1, got {limit}")
            first["limit"] = limit
        for name in _CURSORS:
            value = params.get(name)
            if value is not None:
                if not isinstance(value, str):
                    raise TypeError(f"{name} must be a str, not {type(value).__name__}")
                first[name] = value
        if len(first.keys() & _CURSORS) > 1:
            raise ValueError("give after_id or before_id, not both")
        self.first = first
        self.backwards = "before_id" in first
        self.options = {k: v for k, v in params.items() if k not in _PAGE_PARAMS}
        extra_query = self.options.get("extra_query")
        if isinstance(extra_query, Mapping) and extra_query.keys() & _PAGE_PARAMS:
            # The pager sets these for each page; one in extra_query would override the
            # cursor on every page and never reach the end.
            names = ", ".join(sorted(extra_query.keys() & _PAGE_PARAMS))
            raise ValueError(f"{method}(): pass {names} as an argument, not in extra_query")

    def after(
        self, query: Mapping[str, Any], has_more: bool, first_id: str | None, last_id: str | None
    ) -> dict[str, Any] | None:
        """The query of the page after the one fetched with ``query``, or ``None``.

        A page that claims more items but gives no usable cursor (none, or the very cursor
        it was fetched with) ends the listing instead of looping forever.
        """
        if not has_more:
            return None
        name, cursor = ("before_id", first_id) if self.backwards else ("after_id", last_id)
        if not cursor or query.get(name) == cursor:
            return None
        following = {k: v for k, v in query.items() if k not in _CURSORS}
        following[name] = cursor
        return following


class _PageBase(Generic[_T]):
    __slots__ = ("_list", "_query", "data", "first_id", "has_more", "last_id")

    data: list[_T]
    """The items of this page."""
    has_more: bool
    """Whether more items follow (in the direction of travel)."""
    first_id: str | None
    """The id of the first item (``None`` on an empty page)."""
    last_id: str | None
    """The id of the last item (``None`` on an empty page)."""

    def __init__(self, decoded: PageData[_T], query: dict[str, Any], listing: ListQuery) -> None:
        self.data = decoded.data
        self.has_more = decoded.has_more
        self.first_id = decoded.first_id
        self.last_id = decoded.last_id
        self._query = query
        self._list = listing

    def next_page_query(self) -> dict[str, Any] | None:
        """The query parameters of the next page, or ``None`` when this is the last."""
        return self._list.after(self._query, self.has_more, self.first_id, self.last_id)

    def has_next_page(self) -> bool:
        """Whether another page follows this one.

        Example::

            if page.has_next_page():
                page = page.get_next_page()
        """
        return self.next_page_query() is not None

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} {len(self.data)} items, has_more={self.has_more}, "
            f"first_id={self.first_id!r}, last_id={self.last_id!r}>"
        )


class Page(_PageBase[_T]):
    """One page of a list, which iterates over every item from here to the end.

    ``for item in page`` fetches each following page only when the items before it are
    used up, and keeps only the current page in memory. ``data`` (this page's items),
    ``has_more``, ``first_id``, ``last_id``; ``iter_pages()``, ``get_next_page()``.

    Example::

        page = client.models.list(limit=5)
        print([m.id for m in page.data])            # the first five
        for model in client.models.list():           # every model, page after page
            print(model.id, model.created_at)
    """

    __slots__ = ("_fetch",)

    def __init__(
        self,
        decoded: PageData[_T],
        query: dict[str, Any],
        listing: ListQuery,
        fetch: Callable[[dict[str, Any]], Page[_T]],
    ) -> None:
        super().__init__(decoded, query, listing)
        self._fetch = fetch

    def get_next_page(self) -> Page[_T]:
        """Fetch the page after this one (``RuntimeError`` if this is the last)."""
        query = self.next_page_query()
        if query is None:
            raise RuntimeError("this is the last page: check has_next_page() first")
        return self._fetch(query)

    def iter_pages(self) -> Iterator[Page[_T]]:
        """This page, then each following page, fetched as the loop reaches it.

        Example::

            for page in client.messages.batches.list(limit=100).iter_pages():
                print(len(page.data), page.last_id)
        """
        page: Page[_T] = self
        while True:
            yield page
            query = page.next_page_query()
            if query is None:
                return
            page = page._fetch(query)

    def __iter__(self) -> Iterator[_T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(_PageBase[_T]):
    """The async twin of ``Page``: ``async for`` over every item from here to the end.

    Example::

        page = await client.models.list(limit=5)
        print([m.id for m in page.data])
        async for model in page:
            print(model.id)
    """

    __slots__ = ("_fetch",)

    def __init__(
        self,
        decoded: PageData[_T],
        query: dict[str, Any],
        listing: ListQuery,
        fetch: Callable[[dict[str, Any]], Awaitable[AsyncPage[_T]]],
    ) -> None:
        super().__init__(decoded, query, listing)
        self._fetch = fetch

    async def get_next_page(self) -> AsyncPage[_T]:
        """Fetch the page after this one (``RuntimeError`` if this is the last)."""
        query = self.next_page_query()
        if query is None:
            raise RuntimeError("this is the last page: check has_next_page() first")
        return await self._fetch(query)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[_T]]:
        """This page, then each following page, fetched as the loop reaches it.

        Example::

            async for page in (await client.messages.batches.list()).iter_pages():
                print(len(page.data))
        """
        page: AsyncPage[_T] = self
        while True:
            yield page
            query = page.next_page_query()
            if query is None:
                return
            page = await page._fetch(query)

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class AsyncPager(Generic[_T]):
    """What an async ``list()`` returns: ``async for`` gives every item, ``await`` the first page.

    Nothing is sent until it is awaited or iterated; each iteration starts from the first
    page again.

    Example::

        async for model in client.models.list():
            print(model.id)
        first = await client.models.list(limit=5)   # an AsyncPage
    """

    __slots__ = ("_fetch", "_query")

    def __init__(
        self, fetch: Callable[[dict[str, Any]], Awaitable[AsyncPage[_T]]], query: dict[str, Any]
    ) -> None:
        self._fetch = fetch
        self._query = query

    def __await__(self) -> Generator[Any, None, AsyncPage[_T]]:
        return self._fetch(self._query).__await__()

    async def __aiter__(self) -> AsyncIterator[_T]:
        page = await self._fetch(self._query)
        async for item in page:
            yield item


def first_page(
    listing: ListQuery,
    send: Callable[[dict[str, Any]], httpx.Response],
    decode: Callable[[httpx.Response], PageData[_T]],
) -> Page[_T]:
    """Fetch the first page of a sync listing; ``send(query)`` sends one page request.

    Example::

        page = first_page(ListQuery("list", {}), send, decode_model_list)
    """

    def fetch(query: dict[str, Any]) -> Page[_T]:
        return Page(decode(send(query)), query, listing, fetch)

    return fetch(listing.first)


def async_pager(
    listing: ListQuery,
    send: Callable[[dict[str, Any]], Awaitable[httpx.Response]],
    decode: Callable[[httpx.Response], PageData[_T]],
) -> AsyncPager[_T]:
    """The async twin of ``first_page``: nothing is sent until the pager is used."""

    async def fetch(query: dict[str, Any]) -> AsyncPage[_T]:
        return AsyncPage(decode(await send(query)), query, listing, fetch)

    return AsyncPager(fetch, listing.first)
