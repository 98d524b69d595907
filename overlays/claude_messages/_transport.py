"""Sending with retries; httpx exceptions become this package's errors by ``transport_error``.

Two thin loops, ``send_with_retries`` (sync) and ``asend_with_retries`` (async), differ
only in ``await``; every decision (retry or not, how long to wait, which error to raise)
is made by the pure ``RetryPolicy`` and the helpers below, shared by both.

A response is returned once its status line and headers are in: with ``stream=True`` the
body is left unread for the caller (streaming), so retries never happen after the first
byte of output reached the caller. An error status raises here, after the retries, with
the error body read (JSON when it parses, else the raw text).

Where the requests go (``Pool``/``AsyncPool``): a client that owns its pool sends straight
through the package's own transports (``CoreTransport``, ``AsyncCoreTransport``: a pool
with O(1) connection assignment, see ``_async_transport``), skipping the ``httpx.Client``
layer (cookie jar, auth flow, redirect machinery and event hooks, none of which this API
uses): measured at about a sixth of the client-side CPU of a small ``create()``. With
proxy settings in the environment, or an ``http_client`` passed in, requests go through
an ``httpx.Client`` instead, so its proxies, hooks and auth apply; redirects are never
followed either way, so the key cannot be carried to another host.
"""

from __future__ import annotations

import json
import random
import threading
import time
import urllib.request
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from ._exceptions import APIStatusError, make_status_error, raise_transport_error
from ._limits import aread_body, read_body
from ._retry import retry_delay, should_retry

__all__ = [
    "DEFAULT_CONNECTION_LIMITS",
    "AsyncPool",
    "Pool",
    "RetryPolicy",
    "asend_with_retries",
    "async_sleep",
    "send_with_retries",
    "status_error",
]


DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)
"""Room for many concurrent streams on one client (httpx's own default is 100)."""

_CLOSED = "Cannot send a request: the client has been closed."


def _proxies_in_environment() -> bool:
    proxies = urllib.request.getproxies()
    return any(proxies.get(scheme) for scheme in ("http", "https", "all"))


class Pool:
    """The connection pool of a sync client, shared by its ``with_options`` copies.

    ``http_client`` given: requests go through it (the caller keeps ownership). Otherwise
    the pool is owned: the package's own ``CoreTransport`` used directly, or an
    ``httpx.Client`` when the environment names proxies. The transport (and its TLS
    context, the costly part) is made on the first request, so making a client is cheap.
    ``transport`` (tests) replaces it.
    """

    __slots__ = ("_http", "_lock", "_transport", "closed", "owned")

    def __init__(
        self,
        http_client: httpx.Client | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.owned = http_client is None
        self.closed = False
        self._http: httpx.Client | None = http_client
        self._transport: httpx.BaseTransport | None = transport
        self._lock = threading.Lock()
        if http_client is None and transport is None and _proxies_in_environment():
            self._http = httpx.Client(limits=DEFAULT_CONNECTION_LIMITS, follow_redirects=False)

    def _make_transport(self) -> httpx.BaseTransport:
        with self._lock:  # a client may be shared by threads; make one transport only
            if self._transport is None:
                # Loaded here, not at import: httpcore, h11 and anyio stay off the import path.
                from ._sync_transport import CoreTransport

                self._transport = CoreTransport(DEFAULT_CONNECTION_LIMITS)
            return self._transport

    def send(
        self, request: httpx.Request, stream: bool, max_size: int | None = None
    ) -> httpx.Response:
        """Send once; the body is read (at most ``max_size`` bytes) unless ``stream``.

        httpx errors pass through; a 2xx body over ``max_size`` raises
        ``ResponseTooLargeError`` (see ``read_body``).
        """
        if self.closed:
            raise RuntimeError(_CLOSED)
        if self._http is not None:
            response = self._http.send(request, stream=True, follow_redirects=False)
        else:
            transport = self._transport or self._make_transport()
            response = transport.handle_request(request)
            response.request = request
        if not stream:
            try:
                read_body(response, max_size)
            except BaseException:
                response.close()
                raise
        return response

    def close(self) -> None:
        """Close the connections, if this pool owns them; sending afterwards fails."""
        self.closed = True
        if not self.owned:
            return
        if self._http is not None:
            self._http.close()
        elif self._transport is not None:
            self._transport.close()


class AsyncPool:
    """The async twin of ``Pool`` (an ``AsyncCoreTransport`` or ``httpx.AsyncClient``).

    One event loop drives it, so the transport is made on first use without a lock.
    """

    __slots__ = ("_http", "_transport", "closed", "owned")

    def __init__(
        self,
        http_client: httpx.AsyncClient | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.owned = http_client is None
        self.closed = False
        self._http: httpx.AsyncClient | None = http_client
        self._transport: httpx.AsyncBaseTransport | None = transport
        if http_client is None and transport is None and _proxies_in_environment():
            self._http = httpx.AsyncClient(limits=DEFAULT_CONNECTION_LIMITS, follow_redirects=False)

    async def send(
        self, request: httpx.Request, stream: bool, max_size: int | None = None
    ) -> httpx.Response:
        """Send once; the body is read (at most ``max_size`` bytes) unless ``stream``."""
        if self.closed:
            raise RuntimeError(_CLOSED)
        if self._http is not None:
            response = await self._http.send(request, stream=True, follow_redirects=False)
        else:
            transport = self._transport
            if transport is None:
                from ._async_transport import AsyncCoreTransport  # on first use, as in Pool

                transport = self._transport = AsyncCoreTransport(DEFAULT_CONNECTION_LIMITS)
            response = await transport.handle_async_request(request)
            response.request = request
        if not stream:
            try:
                await aread_body(response, max_size)
            except BaseException:
                await response.aclose()
                raise
        return response

    async def aclose(self) -> None:
        """Close the connections, if this pool owns them; sending afterwards fails."""
        self.closed = True
        if not self.owned:
            return
        if self._http is not None:
            await self._http.aclose()
        elif self._transport is not None:
            await self._transport.aclose()


class RetryPolicy:
    """How many retries to make and how long to wait: pure, shared by sync and async.

    A client makes one from ``max_retries``; pass your own as ``retry_policy=`` to choose
    the source of jitter (``random``), the clock that ``retry-after`` dates are read
    against (``now``), what waiting means (``sleep``: ``time.sleep`` for a ``Client``;
    for an ``AsyncClient``, a function returning an awaitable, ``anyio.sleep`` by default)
    and the monotonic clock that times the client's other waits, such as the deadline of
    ``batches.wait()`` (``monotonic``), e.g. to record or skip the waits in tests.

    Example::

        policy = RetryPolicy(2)
        policy.after_status(0, 529, {})  # about 0.5 (seconds to wait), or None: give up

        waits: list[float] = []
        client = Client(retry_policy=RetryPolicy(3, sleep=waits.append))
    """

    __slots__ = ("max_retries", "monotonic", "now", "random", "sleep")

    def __init__(
        self,
        max_retries: int = 2,
        *,
        random: Callable[[], float] = random.random,
        now: Callable[[], float] = time.time,
        sleep: Callable[[float], Any] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        if not isinstance(max_retries, int) or isinstance(max_retries, bool):
            raise TypeError(f"max_retries must be an int, not {type(max_retries).__name__}")
        if max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {max_retries}")
        self.max_retries = max_retries
        self.random = random
        self.now = now
        self.sleep = sleep
        self.monotonic = monotonic

    def with_max_retries(self, max_retries: int) -> RetryPolicy:
        """The same schedule with another number of retries."""
        return RetryPolicy(
            max_retries,
            random=self.random,
            now=self.now,
            sleep=self.sleep,
            monotonic=self.monotonic,
        )

    def after_status(
        self, retries_taken: int, status_code: int, headers: httpx.Headers | dict[str, str]
    ) -> float | None:
        """Seconds to wait before retrying an error answer, or ``None`` to give up."""
        if retries_taken >= self.max_retries or not should_retry(status_code, headers):
            return None
        return retry_delay(retries_taken, headers, random=self.random, now=self.now)

    def after_error(self, retries_taken: int) -> float | None:
        """Seconds to wait before retrying after no answer arrived, or ``None`` to give up."""
        if retries_taken >= self.max_retries:
            return None
        return retry_delay(retries_taken, None, random=self.random, now=self.now)


def _retry_wait(policy: RetryPolicy, retries_taken: int, exc: httpx.RequestError) -> float | None:
    """Seconds to wait before retrying after ``exc``, or ``None``: a request httpx refused
    to write (``LocalProtocolError``) would be refused again, so it is never retried."""
    if isinstance(exc, httpx.LocalProtocolError):
        return None
    return policy.after_error(retries_taken)


def status_error(response: httpx.Response, retries_taken: int = 0) -> APIStatusError:
    """The error for a non-2xx answer whose body has been read.

    A JSON body becomes ``body`` (and its ``error.message`` part of the message); anything
    else (a proxy's HTML 502) is kept as text, so the status and the text still surface.
    """
    content = response.content
    body: object | None = None
    if content:
        try:
            body = json.loads(content)
        except ValueError:
            body = None
    if body is None:
        return make_status_error(response, None, text=response.text, retries_taken=retries_taken)
    return make_status_error(response, body, retries_taken=retries_taken)


def send_with_retries(
    pool: Pool,
    request: httpx.Request,
    *,
    stream: bool,
    policy: RetryPolicy,
    sleep: Callable[[float], object] = time.sleep,
    max_response_size: int | None = None,
) -> tuple[httpx.Response, int]:
    """Send ``request``, retrying per ``policy``; return the 2xx response and retries taken.

    A body read here (a non-streaming answer, an error answer's) is held up to
    ``max_response_size`` bytes (see ``read_body``).

    Example::

        response, retries = send_with_retries(pool, request, stream=False, policy=policy)
    """
    retries = 0
    while True:
        try:
            response = pool.send(request, stream, max_response_size)
        except httpx.RequestError as exc:
            wait = _retry_wait(policy, retries, exc)
            if wait is None:
                raise_transport_error(exc, request, retries_taken=retries)
        else:
            if response.is_success:
                return response, retries
            wait = policy.after_status(retries, response.status_code, response.headers)
            if wait is None:
                try:
                    read_body(response, max_response_size)
                except httpx.RequestError as exc:
                    raise_transport_error(exc, request, retries_taken=retries)
                finally:
                    response.close()
                raise status_error(response, retries)
            response.close()
        sleep(wait)
        retries += 1


async def async_sleep(seconds: float) -> None:
    """Sleep under whichever event loop runs (asyncio or trio), via anyio."""
    import anyio  # a dependency of httpx; imported here to keep `import` of the package fast

    await anyio.sleep(seconds)


async def asend_with_retries(
    pool: AsyncPool,
    request: httpx.Request,
    *,
    stream: bool,
    policy: RetryPolicy,
    sleep: Callable[[float], Awaitable[object]] = async_sleep,
    max_response_size: int | None = None,
) -> tuple[httpx.Response, int]:
    """The async twin of ``send_with_retries``: same decisions, awaited I/O."""
    retries = 0
    while True:
        try:
            response = await pool.send(request, stream, max_response_size)
        except httpx.RequestError as exc:
            wait = _retry_wait(policy, retries, exc)
            if wait is None:
                raise_transport_error(exc, request, retries_taken=retries)
        else:
            if response.is_success:
                return response, retries
            wait = policy.after_status(retries, response.status_code, response.headers)
            if wait is None:
                try:
                    await aread_body(response, max_response_size)
                except httpx.RequestError as exc:
                    raise_transport_error(exc, request, retries_taken=retries)
                finally:
                    await response.aclose()
                raise status_error(response, retries)
            await response.aclose()
        await sleep(wait)
        retries += 1
