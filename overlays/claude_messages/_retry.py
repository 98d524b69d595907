"""Retry decisions, pure: whether a failed attempt may be retried, and how long to wait.

No I/O and no clock of its own (the caller passes ``now`` and the random source), so the
sync and async send loops share every decision and the tests need no real waiting.

Rules:

- an ``x-should-retry: true|false`` answer header decides when present;
- otherwise 408, 409, 429 and every status >= 500 (529 included) are retried, no other 4xx;
- connection errors and timeouts (no answer at all) are retried;
- the wait is ``retry-after-ms``, else ``retry-after`` (seconds or an HTTP date) when that
  lies in (0, 60] seconds; otherwise exponential backoff from 0.5 s, doubling per retry,
  capped at 8 s, scaled by a jitter factor in (0.75, 1].
"""

from __future__ import annotations

import email.utils
import math
from collections.abc import Callable, Mapping

__all__ = [
    "INITIAL_DELAY",
    "MAX_DELAY",
    "MAX_RETRY_AFTER",
    "backoff_delay",
    "retry_after_delay",
    "retry_delay",
    "should_retry",
]

INITIAL_DELAY = 0.5
"""Seconds before the first retry when the server suggests nothing usable."""

MAX_DELAY = 8.0
"""Cap of the exponential backoff, in seconds."""

MAX_RETRY_AFTER = 60.0
"""A server-suggested wait is honoured only in (0, MAX_RETRY_AFTER] seconds."""

# 408 Request Timeout, 409 Conflict (lock contention), 429 Too Many Requests; >= 500 below.
_RETRIED_4XX = frozenset({408, 409, 429})


def should_retry(status_code: int, headers: Mapping[str, str]) -> bool:
    """Whether an answer with this status may be retried.

    Example::

        should_retry(529, {})                          # True
        should_retry(400, {"x-should-retry": "true"})  # True: the server says so
    """
    override = headers.get("x-should-retry")
    if override == "true":
        return True
    if override == "false":
        return False
    return status_code >= 500 or status_code in _RETRIED_4XX


def retry_after_delay(headers: Mapping[str, str], now: Callable[[], float]) -> float | None:
    """The wait the server asks for, in seconds, or ``None`` when it asks for nothing usable.

    ``retry-after-ms`` (milliseconds) wins over ``retry-after`` (seconds or an HTTP date,
    measured against ``now()``, a POSIX timestamp). Values outside (0, 60] are ignored.

    Example::

        retry_after_delay({"retry-after": "2"}, time.time)  # 2.0
    """
    value: float | None = None
    raw_ms = headers.get("retry-after-ms")
    if raw_ms is not None:
        value = _parse_float(raw_ms)
        if value is not None:
            value /= 1000.0
    if value is None:
        raw = headers.get("retry-after")
        if raw is not None:
            value = _parse_float(raw)
            if value is None:
                value = _parse_http_date(raw, now)
    if value is None or not 0.0 < value <= MAX_RETRY_AFTER:
        return None
    return value


def backoff_delay(retries_taken: int, random: Callable[[], float]) -> float:
    """Exponential backoff with jitter for the retry after ``retries_taken`` earlier ones.

    ``random()`` returns a float in [0, 1) (``random.random``); the jitter scales the wait
    by a factor in (0.75, 1], so concurrent clients spread out.

    Example::

        backoff_delay(0, lambda: 0.0)  # 0.5
        backoff_delay(5, lambda: 0.0)  # 8.0 (capped)
    """
    base = min(INITIAL_DELAY * 2.0 ** min(retries_taken, 32), MAX_DELAY)
    return base * (1.0 - 0.25 * random())


def retry_delay(
    retries_taken: int,
    headers: Mapping[str, str] | None,
    *,
    random: Callable[[], float],
    now: Callable[[], float],
) -> float:
    """Seconds to wait before the next attempt: the server's wish if usable, else backoff.

    ``headers`` are the failed answer's headers, or ``None`` when no answer arrived.

    Example::

        retry_delay(0, {"retry-after-ms": "250"}, random=random.random, now=time.time)  # 0.25
    """
    if headers is not None:
        suggested = retry_after_delay(headers, now)
        if suggested is not None:
            return suggested
    return backoff_delay(retries_taken, random)


def _parse_float(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _parse_http_date(text: str, now: Callable[[], float]) -> float | None:
    parsed = email.utils.parsedate_tz(text)
    if parsed is None:
        return None
    return float(email.utils.mktime_tz(parsed)) - now()
