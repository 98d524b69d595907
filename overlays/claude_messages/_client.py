"""``Client`` and ``AsyncClient``: configuration, the connection pool, and the resources.

Both share ``_ClientBase`` (argument checks, environment fallbacks, the headers built once
per client); they differ only in their httpx client, ``close``/``aclose`` and the send loop
they call (``_transport``). Resources (``client.messages``) build requests with the pure
code of ``_checks`` and ``_request`` and send them through the client's ``SyncAPI``/``AsyncAPI``
(``_resource``), the one thing of the client they see.
"""

from __future__ import annotations

import enum
import os
import time
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Final, Self

import httpx

from ._closing import AsyncClosing, Closing
from ._config import DEFAULT_API_VERSION, RequestConfig
from ._exceptions import ClaudeMessagesError
from ._headers_check import check_credential, check_header_items, check_headers
from ._limits import DEFAULT_MAX_EVENT_SIZE, DEFAULT_MAX_RESPONSE_SIZE, check_size_limit
from ._resource import AsyncAPI, SyncAPI
from ._transport import AsyncPool, Pool, RetryPolicy, async_sleep
from ._version import __version__

if TYPE_CHECKING:
    from ._resources.beta import (
        AsyncBeta,
        AsyncClientWithRawResponse,
        AsyncClientWithStreamingResponse,
        Beta,
        ClientWithRawResponse,
        ClientWithStreamingResponse,
    )
    from ._resources.files import AsyncFiles, Files
    from ._resources.messages import AsyncMessages, Messages
    from ._resources.models import AsyncModels, Models

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_EVENT_SIZE",
    "DEFAULT_MAX_RESPONSE_SIZE",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncClient",
    "Client",
]

DEFAULT_BASE_URL: Final = "https://api.anthropic.com"
DEFAULT_MAX_RETRIES: Final = 2
DEFAULT_TIMEOUT: Final = httpx.Timeout(600.0, connect=5.0)
"""10 minutes for a whole answer; 5 s to connect, so a dead host fails over to a retry fast."""

USER_AGENT: Final = f"claude-messages/{__version__}"

_HTTPX_DEFAULT_TIMEOUT: Final = httpx.Timeout(5.0)
"""The timeout of an ``httpx.Client()`` made without one."""


class _Keep(enum.Enum):
    KEEP = enum.auto()


_KEEP: Final = _Keep.KEEP


def _resolve_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None:
        return httpx.Timeout(None)
    if isinstance(timeout, int | float) and not isinstance(timeout, bool):
        if not timeout > 0:
            raise ValueError(f"timeout must be > 0 seconds, got {timeout}")
        return httpx.Timeout(float(timeout))
    raise TypeError(f"timeout must be a number or an httpx.Timeout, not {type(timeout).__name__}")


def _check_optional_str(name: str, value: object) -> str | None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    return value or None


def _check_api_version(api_version: object) -> str:
    if not isinstance(api_version, str):
        raise TypeError(f"api_version must be a str, not {type(api_version).__name__}")
    parts = api_version.split("-")
    if len(parts) != 3 or not all(part.isdigit() for part in parts) or len(api_version) != 10:
        raise ValueError(
            f"api_version must be a date like '2023-06-01' or '2026-10-21', got {api_version!r}"
        )
    return api_version


def _check_one_of(http_client: object, transport: object) -> None:
    if http_client is not None and transport is not None:
        raise ValueError(
            "pass transport= or http_client=, not both (give the transport to your httpx client)"
        )


def _check_base_url(base_url: str) -> str:
    url = httpx.URL(base_url)
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base_url must be an http(s) URL with a host, got {base_url!r}")
    return base_url


class _ClientBase:
    """What the sync and async clients share: settings and the headers built from them."""

    _config: RequestConfig
    _retry: RetryPolicy

    def __init__(
        self,
        api_key: str | None,
        *,
        auth_token: str | None,
        base_url: str | None,
        api_version: str,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        http_client: httpx.Client | httpx.AsyncClient | None,
        retry_policy: RetryPolicy | None = None,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        max_event_size: int | None = DEFAULT_MAX_EVENT_SIZE,
    ) -> None:
        api_key = _check_optional_str("api_key", api_key)
        auth_token = _check_optional_str("auth_token", auth_token)
        base_url = _check_optional_str("base_url", base_url)
        if api_key is not None:
            check_credential("api_key", api_key)
        else:
            api_key = os.environ.get("ANTHROPIC_API_KEY") or None
            if api_key is not None:
                check_credential("api_key", api_key, "ANTHROPIC_API_KEY")
        if auth_token is not None:
            check_credential("auth_token", auth_token)
        else:
            auth_token = os.environ.get("ANTHROPIC_AUTH_TOKEN") or None
            if auth_token is not None:
                check_credential("auth_token", auth_token, "ANTHROPIC_AUTH_TOKEN")
        if base_url is None:
            base_url = os.environ.get("ANTHROPIC_BASE_URL") or DEFAULT_BASE_URL
        if not isinstance(max_retries, int) or isinstance(max_retries, bool):
            raise TypeError(f"max_retries must be an int, not {type(max_retries).__name__}")
        if max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {max_retries}")
        if default_headers is not None and not isinstance(default_headers, Mapping):
            raise TypeError(f"default_headers must be a dict, not {type(default_headers).__name__}")
        if default_headers:
            check_headers(default_headers, "default_headers")
        if http_client is not None:
            check_header_items(http_client.headers.raw, "http_client.headers")
        extra = httpx.Headers(default_headers)
        if (
            api_key is None
            and auth_token is None
            and (http_client is None or http_client.auth is None)
            and "x-api-key" not in extra
            and "authorization" not in extra
        ):
            raise ClaudeMessagesError(
                "No API credential found. Pass api_key=... (sent as x-api-key) or "
                "auth_token=... (sent as Authorization: Bearer) to the client, or set the "
                "ANTHROPIC_API_KEY or ANTHROPIC_AUTH_TOKEN environment variable."
            )
        # No timeout of ours asked for: the caller's httpx client governs, unless it was
        # left at httpx's own default (5 s, too short for a long answer).
        if (
            timeout is DEFAULT_TIMEOUT
            and http_client is not None
            and http_client.timeout != _HTTPX_DEFAULT_TIMEOUT
        ):
            timeout = http_client.timeout
        resolved_timeout = _resolve_timeout(timeout)
        self._api_key = api_key
        self._auth_token = auth_token
        self._default_headers = dict(default_headers) if default_headers else None
        self._http_client = http_client
        self._max_retries = max_retries
        self._timeout = resolved_timeout
        self._max_response_size = check_size_limit("max_response_size", max_response_size)
        self._max_event_size = check_size_limit("max_event_size", max_event_size)
        # A caller's httpx client may carry headers of its own (a gateway's, say): keep
        # them under ours, as httpx would merge them.
        headers = httpx.Headers(http_client.headers if http_client is not None else None)
        headers.update(
            {
                "accept": "application/json",
                "content-type": "application/json",
                "anthropic-version": _check_api_version(api_version),
                "user-agent": USER_AGENT,
            }
        )
        if api_key is not None:
            headers["x-api-key"] = api_key
        if auth_token is not None:
            headers["authorization"] = f"Bearer {auth_token}"
        headers.update(extra)
        self._config = RequestConfig(
            base_url=_check_base_url(base_url),
            headers=headers,
            timeout=resolved_timeout,
            # The 10-minute guard applies only while nobody chose a timeout.
            timeout_is_default=resolved_timeout in (DEFAULT_TIMEOUT, httpx.Timeout(600.0)),
            api_version=api_version,
        )
        if retry_policy is None:
            retry_policy = RetryPolicy(max_retries)
        elif not isinstance(retry_policy, RetryPolicy):
            raise TypeError(
                f"retry_policy must be a RetryPolicy, not {type(retry_policy).__name__}"
            )
        elif max_retries not in (DEFAULT_MAX_RETRIES, retry_policy.max_retries):
            raise ValueError(
                f"max_retries={max_retries} and retry_policy.max_retries="
                f"{retry_policy.max_retries} disagree: give the number in the RetryPolicy"
            )
        self._max_retries = retry_policy.max_retries
        self._retry = retry_policy

    @property
    def api_key(self) -> str | None:
        """The key sent as ``x-api-key`` (never shown by ``repr``)."""
        return self._api_key

    @property
    def auth_token(self) -> str | None:
        """The token sent as ``Authorization: Bearer`` (never shown by ``repr``)."""
        return self._auth_token

    @property
    def base_url(self) -> str:
        """The API's root URL, e.g. ``https://api.anthropic.com``."""
        return self._config.base_url

    @property
    def api_version(self) -> str:
        """The ``anthropic-version`` this client sends."""
        return self._config.api_version

    @property
    def timeout(self) -> httpx.Timeout:
        """The default timeout of each request."""
        return self._timeout

    @property
    def max_retries(self) -> int:
        """How many times a failed request is retried."""
        return self._max_retries

    @property
    def max_response_size(self) -> int | None:
        """Bytes of a non-streaming answer's body held at most (``None``: no limit)."""
        return self._max_response_size

    @property
    def max_event_size(self) -> int | None:
        """Bytes of one stream event or batch results line held at most (``None``: no limit)."""
        return self._max_event_size

    def with_options(
        self,
        *,
        api_key: str | _Keep | None = _KEEP,
        auth_token: str | _Keep | None = _KEEP,
        base_url: str | _Keep | None = _KEEP,
        api_version: str | _Keep = _KEEP,
        timeout: float | httpx.Timeout | _Keep | None = _KEEP,
        max_retries: int | _Keep = _KEEP,
        default_headers: Mapping[str, str] | _Keep | None = _KEEP,
        max_response_size: int | _Keep | None = _KEEP,
        max_event_size: int | _Keep | None = _KEEP,
    ) -> Self:
        """A copy with some settings changed, sharing this client's connection pool.

        Settings not named are kept; ``default_headers`` are merged over this client's.
        Closing the copy leaves the pool open; closing the original closes it for both.

        Example::

            patient = client.with_options(timeout=1200, max_retries=5)
            patient.messages.create(...)
        """
        merged_headers: Mapping[str, str] | None
        if isinstance(default_headers, _Keep):
            merged_headers = self._default_headers
        else:
            merged_headers = {**(self._default_headers or {}), **(default_headers or {})}
        copy = object.__new__(type(self))
        _ClientBase.__init__(
            copy,
            self._api_key if isinstance(api_key, _Keep) else api_key,
            auth_token=self._auth_token if isinstance(auth_token, _Keep) else auth_token,
            base_url=self.base_url if isinstance(base_url, _Keep) else base_url,
            api_version=self.api_version if isinstance(api_version, _Keep) else api_version,
            timeout=self._timeout if isinstance(timeout, _Keep) else timeout,
            max_retries=self._max_retries if isinstance(max_retries, _Keep) else max_retries,
            default_headers=merged_headers,
            http_client=self._http_client,
            max_response_size=(
                self._max_response_size
                if isinstance(max_response_size, _Keep)
                else max_response_size
            ),
            max_event_size=(
                self._max_event_size if isinstance(max_event_size, _Keep) else max_event_size
            ),
        )
        copy._retry = self._retry.with_max_retries(copy._max_retries)
        self._share_pool(copy)
        return copy

    copy = with_options

    def _share_pool(self, copy: Self) -> None:
        raise NotImplementedError

    def __repr__(self) -> str:
        # Never the key or the token.
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, "
            f"api_version={self.api_version!r}, max_retries={self._max_retries})"
        )


class Client(_ClientBase, Closing):
    """A synchronous client of the Claude Messages API, with one connection pool.

    ``api_key`` falls back to ``ANTHROPIC_API_KEY`` (sent as ``x-api-key``), ``auth_token``
    to ``ANTHROPIC_AUTH_TOKEN`` (``Authorization: Bearer``), ``base_url`` to
    ``ANTHROPIC_BASE_URL`` then ``https://api.anthropic.com``. ``api_version`` is the
    ``anthropic-version`` sent: ``"2023-06-01"`` (default) or ``"2026-10-21"``, whose
    refusals are then checked before sending. ``timeout`` is seconds or an
    ``httpx.Timeout``; failed requests are retried ``max_retries`` times. ``http_client``
    lets you bring your own ``httpx.Client`` (proxies, certificates); you then close it.
    Without a ``timeout`` argument, the timeout set on that ``http_client`` applies (unless
    it is httpx's default of 5 s, which is too short for long answers: then
    ``DEFAULT_TIMEOUT``); an explicit ``timeout`` (or a call's own) always wins.
    ``max_response_size`` (bytes, default 32 MiB) bounds a non-streaming answer's body and
    ``max_event_size`` (default 16 MiB) one stream event or batch results line; beyond
    them ``ResponseTooLargeError`` is raised (``None`` turns a limit off).

    Example::

        from claude_messages import Client

        with Client(api_key="sk-...") as client:
            message = client.messages.create(
                max_tokens=100,
                messages=[{"role": "user", "content": "Hello, Claude!"}],
                model="claude-3-haiku-20240307",
            )
            print(message.content[0].text)
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        auth_token: str | None = None,
        base_url: str | None = None,
        api_version: str = DEFAULT_API_VERSION,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        retry_policy: RetryPolicy | None = None,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        max_event_size: int | None = DEFAULT_MAX_EVENT_SIZE,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(
                f"http_client must be an httpx.Client, not {type(http_client).__name__}"
            )
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise TypeError(
                f"transport must be an httpx.BaseTransport, not {type(transport).__name__}"
            )
        _check_one_of(http_client, transport)
        super().__init__(
            api_key,
            auth_token=auth_token,
            base_url=base_url,
            api_version=api_version,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            retry_policy=retry_policy,
            max_response_size=max_response_size,
            max_event_size=max_event_size,
        )
        self._pool = Pool(http_client, transport=transport)
        self._owns_pool = True
        self._api = SyncAPI(self, self._pool, self._retry.sleep or time.sleep)

    # The resources are made on first use, so a program loads only the modules of the
    # resources it calls.

    @cached_property
    def messages(self) -> Messages:
        """The Messages API: ``create``, ``stream``, ``count_tokens``, ``batches``, ..."""
        from ._resources.messages import Messages

        return Messages(self._api)

    @cached_property
    def models(self) -> Models:
        """The models the API serves: ``list`` and ``retrieve``."""
        from ._resources.models import Models

        return Models(self._api)

    @cached_property
    def files(self) -> Files:
        """The Files API: ``upload``, ``list``, ``retrieve_metadata``, ``download``, ``delete``."""
        from ._resources.files import Files

        return Files(self._api)

    @cached_property
    def beta(self) -> Beta:
        """The official SDK's beta namespace: ``beta.messages`` is ``messages``."""
        from ._resources.beta import Beta

        return Beta(self)

    @property
    def with_raw_response(self) -> ClientWithRawResponse:
        """Every resource's calls answering a ``RawResponse``: ``client.with_raw_response
        .messages.create(...)`` is ``client.messages.with_raw_response.create(...)``."""
        from ._resources.beta import ClientWithRawResponse

        return ClientWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ClientWithStreamingResponse:
        """Every resource's calls as context managers giving the answer with its body unread."""
        from ._resources.beta import ClientWithStreamingResponse

        return ClientWithStreamingResponse(self)

    def _share_pool(self, copy: Self) -> None:
        copy._pool = self._pool
        copy._owns_pool = False
        copy._api = SyncAPI(copy, self._pool, copy._retry.sleep or time.sleep)

    def close(self) -> None:
        """Close the connection pool (a ``http_client`` passed in stays open: it is yours).

        Example::

            client.close()  # or use ``with Client() as client: ...``
        """
        if self._owns_pool:
            self._pool.close()


class AsyncClient(_ClientBase, AsyncClosing):
    """The asynchronous twin of ``Client``: the same arguments and the same behaviour.

    ``http_client`` is an ``httpx.AsyncClient`` here; close with ``await client.aclose()``
    or ``async with``.

    Example::

        from claude_messages import AsyncClient

        async with AsyncClient() as client:
            message = await client.messages.create(
                max_tokens=100,
                messages=[{"role": "user", "content": "Hello, Claude!"}],
                model="claude-3-haiku-20240307",
            )
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        auth_token: str | None = None,
        base_url: str | None = None,
        api_version: str = DEFAULT_API_VERSION,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        retry_policy: RetryPolicy | None = None,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        max_event_size: int | None = DEFAULT_MAX_EVENT_SIZE,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(
                f"http_client must be an httpx.AsyncClient, not {type(http_client).__name__}"
            )
        if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
            raise TypeError(
                f"transport must be an httpx.AsyncBaseTransport, not {type(transport).__name__}"
            )
        _check_one_of(http_client, transport)
        super().__init__(
            api_key,
            auth_token=auth_token,
            base_url=base_url,
            api_version=api_version,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            retry_policy=retry_policy,
            max_response_size=max_response_size,
            max_event_size=max_event_size,
        )
        self._pool = AsyncPool(http_client, transport=transport)
        self._owns_pool = True
        self._api = AsyncAPI(self, self._pool, self._retry.sleep or async_sleep)

    # The resources are made on first use, so a program loads only the modules of the
    # resources it calls.

    @cached_property
    def messages(self) -> AsyncMessages:
        """The Messages API: ``create``, ``stream``, ``count_tokens``, ``batches``, ..."""
        from ._resources.messages import AsyncMessages

        return AsyncMessages(self._api)

    @cached_property
    def models(self) -> AsyncModels:
        """The models the API serves: ``list`` and ``retrieve``."""
        from ._resources.models import AsyncModels

        return AsyncModels(self._api)

    @cached_property
    def files(self) -> AsyncFiles:
        """The Files API: ``upload``, ``list``, ``retrieve_metadata``, ``download``, ``delete``."""
        from ._resources.files import AsyncFiles

        return AsyncFiles(self._api)

    @cached_property
    def beta(self) -> AsyncBeta:
        """The official SDK's beta namespace: ``beta.messages`` is ``messages``."""
        from ._resources.beta import AsyncBeta

        return AsyncBeta(self)

    @property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """Every resource's calls answering an ``AsyncRawResponse`` (awaited)."""
        from ._resources.beta import AsyncClientWithRawResponse

        return AsyncClientWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncClientWithStreamingResponse:
        """Every resource's calls as async context managers giving the answer unread."""
        from ._resources.beta import AsyncClientWithStreamingResponse

        return AsyncClientWithStreamingResponse(self)

    def _share_pool(self, copy: Self) -> None:
        copy._pool = self._pool
        copy._owns_pool = False
        copy._api = AsyncAPI(copy, self._pool, copy._retry.sleep or async_sleep)

    async def aclose(self) -> None:
        """Close the connection pool (a ``http_client`` passed in stays open: it is yours).

        Example::

            await client.aclose()  # or use ``async with AsyncClient() as client: ...``
        """
        if self._owns_pool:
            await self._pool.aclose()

    async def close(self) -> None:
        """The same as ``aclose()``: the official SDK's name (``await client.close()``)."""
        await self.aclose()
