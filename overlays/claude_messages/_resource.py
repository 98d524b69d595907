"""What a resource needs of its client, behind a narrow interface: imports flow one way.

Resources (``messages``, ``batches``, ``models``, ...) take a ``SyncAPI`` or an
``AsyncAPI``: the request configuration (``config``), a send with the client's retries
(``send``), the sleep its waits use (``sleep``) and the monotonic clock that times them
(``monotonic``, from the client's ``RetryPolicy``). They never import the client: the
facade (``_client``) builds one API object and hands it to each resource it makes.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Protocol

import httpx

from ._config import RequestConfig
from ._logs import logger
from ._transport import AsyncPool, Pool, RetryPolicy, asend_with_retries, send_with_retries

__all__ = ["AsyncAPI", "ClientSettings", "SyncAPI"]


class ClientSettings(Protocol):
    """What an API object reads from its client when the client makes it."""

    _config: RequestConfig
    _retry: RetryPolicy

    @property
    def max_response_size(self) -> int | None: ...
    @property
    def max_event_size(self) -> int | None: ...


def _log_answer(request: httpx.Request, response: httpx.Response, retries: int) -> None:
    logger.info(
        "%s %s: %s (request-id %s, %d retries)",
        request.method,
        request.url.path,
        response.status_code,
        response.headers.get("request-id", "-"),
        retries,
    )


class _API:
    """What both API objects read from their client when it makes them."""

    __slots__ = ("_retry", "config", "max_event_size", "max_response_size", "monotonic")

    def __init__(self, settings: ClientSettings) -> None:
        self.config = settings._config
        self.max_response_size = settings.max_response_size
        self.max_event_size = settings.max_event_size
        self.monotonic = settings._retry.monotonic
        self._retry = settings._retry


class SyncAPI(_API):
    """A synchronous client as its resources see it.

    Example::

        response, retries_taken = api.send(request, stream=False)
    """

    __slots__ = ("_pool", "sleep")

    def __init__(
        self, settings: ClientSettings, pool: Pool, sleep: Callable[[float], object]
    ) -> None:
        super().__init__(settings)
        self.sleep = sleep
        self._pool = pool

    def send(self, request: httpx.Request, *, stream: bool) -> tuple[httpx.Response, int]:
        """Send with the client's retries; the 2xx answer and how many retries it took."""
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("Sending %s %s", request.method, request.url)
        response, retries = send_with_retries(
            self._pool,
            request,
            stream=stream,
            policy=self._retry,
            sleep=self.sleep,
            max_response_size=self.max_response_size,
        )
        if logger.isEnabledFor(logging.INFO):
            _log_answer(request, response, retries)
        return response, retries


class AsyncAPI(_API):
    """An asynchronous client as its resources see it.

    Example::

        response, retries_taken = await api.send(request, stream=False)
    """

    __slots__ = ("_pool", "sleep")

    def __init__(
        self, settings: ClientSettings, pool: AsyncPool, sleep: Callable[[float], Awaitable[object]]
    ) -> None:
        super().__init__(settings)
        self.sleep = sleep
        self._pool = pool

    async def send(self, request: httpx.Request, *, stream: bool) -> tuple[httpx.Response, int]:
        """Send with the client's retries; the 2xx answer and how many retries it took."""
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("Sending %s %s", request.method, request.url)
        response, retries = await asend_with_retries(
            self._pool,
            request,
            stream=stream,
            policy=self._retry,
            sleep=self.sleep,
            max_response_size=self.max_response_size,
        )
        if logger.isEnabledFor(logging.INFO):
            _log_answer(request, response, retries)
        return response, retries
