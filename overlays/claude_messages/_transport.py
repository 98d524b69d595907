"""Sending with retries: the only place where httpx exceptions become this package's errors.

Two thin loops, ``send_with_retries`` (sync) and ``asend_with_retries`` (async), differ
only in ``await``; every decision (retry or not, how long to wait, which error to raise)
is made by the pure ``RetryPolicy`` and the helpers below, shared by both.

A response is returned once its status line and headers are in: with ``stream=True`` the
body is left unread for the caller (streaming), so retries never happen after the first
byte of output reached the caller. An error status raises here, after the retries, with
the error body read (JSON when it parses, else the raw text).
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Awaitable, Callable

import httpx

from ._exceptions import APIConnectionError, APIStatusError, APITimeoutError, make_status_error
from ._retry import retry_delay, should_retry

__all__ = [
    "RetryPolicy",
    "asend_with_retries",
    "async_sleep",
    "connection_error",
    "send_with_retries",
    "status_error",
]


class RetryPolicy:
    """How many retries to make and how long to wait: pure, shared by sync and async.

    ``random`` and ``now`` are injectable so tests get an exact schedule.

    Example::

        policy = RetryPolicy(2)
        policy.after_status(0, 529, {})  # about 0.5 (seconds to wait), or None: give up
    """

    __slots__ = ("max_retries", "now", "random")

    def __init__(
        self,
        max_retries: int,
        *,
        random: Callable[[], float] = random.random,
        now: Callable[[], float] = time.time,
    ) -> None:
        self.max_retries = max_retries
        self.random = random
        self.now = now

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


def connection_error(exc: httpx.RequestError, request: httpx.Request) -> APIConnectionError:
    """Translate an httpx failure into ``APITimeoutError`` or ``APIConnectionError``.

    The caller raises the result ``from exc`` so the cause stays chained.
    """
    reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out ({reason}).", request)
    return APIConnectionError(f"Connection error ({reason}).", request)


def status_error(response: httpx.Response) -> APIStatusError:
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
        return make_status_error(response, None, text=response.text)
    return make_status_error(response, body)


def _give_up(error: APIConnectionError | APIStatusError, retries: int) -> None:
    error.retries_taken = retries


def send_with_retries(
    http: httpx.Client,
    request: httpx.Request,
    *,
    stream: bool,
    policy: RetryPolicy,
    sleep: Callable[[float], object] = time.sleep,
) -> tuple[httpx.Response, int]:
    """Send ``request``, retrying per ``policy``; return the 2xx response and retries taken.

    Redirects are never followed, whatever the httpx client says, so the key cannot be
    carried to another host.
    """
    retries = 0
    while True:
        try:
            response = http.send(request, stream=stream, follow_redirects=False)
        except httpx.RequestError as exc:
            wait = policy.after_error(retries)
            if wait is None:
                error = connection_error(exc, request)
                _give_up(error, retries)
                raise error from exc
        else:
            if response.is_success:
                return response, retries
            wait = policy.after_status(retries, response.status_code, response.headers)
            if wait is None:
                try:
                    response.read()
                except httpx.RequestError as exc:
                    error = connection_error(exc, request)
                    _give_up(error, retries)
                    raise error from exc
                finally:
                    response.close()
                status = status_error(response)
                _give_up(status, retries)
                raise status
            response.close()
        sleep(wait)
        retries += 1


async def async_sleep(seconds: float) -> None:
    """Sleep under whichever event loop runs (asyncio or trio), via anyio."""
    import anyio  # a dependency of httpx; imported here to keep `import` of the package fast

    await anyio.sleep(seconds)


async def asend_with_retries(
    http: httpx.AsyncClient,
    request: httpx.Request,
    *,
    stream: bool,
    policy: RetryPolicy,
    sleep: Callable[[float], Awaitable[object]] = async_sleep,
) -> tuple[httpx.Response, int]:
    """The async twin of ``send_with_retries``: same decisions, awaited I/O."""
    retries = 0
    while True:
        try:
            response = await http.send(request, stream=stream, follow_redirects=False)
        except httpx.RequestError as exc:
            wait = policy.after_error(retries)
            if wait is None:
                error = connection_error(exc, request)
                _give_up(error, retries)
                raise error from exc
        else:
            if response.is_success:
                return response, retries
            wait = policy.after_status(retries, response.status_code, response.headers)
            if wait is None:
                try:
                    await response.aread()
                except httpx.RequestError as exc:
                    error = connection_error(exc, request)
                    _give_up(error, retries)
                    raise error from exc
                finally:
                    await response.aclose()
                status = status_error(response)
                _give_up(status, retries)
                raise status
            await response.aclose()
        await sleep(wait)
        retries += 1
