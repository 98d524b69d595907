"""Waiting for a batch to end: the polling schedule and the deadline, pure.

``batches.wait()`` (sync and async) polls ``retrieve`` and asks ``BatchWaiter`` what to do
next: stop (the batch has ended), sleep so long, or give up (the deadline passed, raising
``BatchWaitTimeoutError``). Delays grow geometrically from ``poll_interval`` up to
``max_interval``, so a short batch is seen ending quickly and a long one costs few
requests; a sleep never runs past the deadline, so the last poll happens right at it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from ._exceptions import BatchWaitTimeoutError

if TYPE_CHECKING:
    from claude_messages_generated.models import MessageBatch

__all__ = ["BACKOFF_FACTOR", "DEFAULT_MAX_INTERVAL", "DEFAULT_POLL_INTERVAL", "BatchWaiter"]

DEFAULT_POLL_INTERVAL: Final = 1.0
"""Seconds before the second poll."""
DEFAULT_MAX_INTERVAL: Final = 60.0
"""The longest pause between two polls."""
BACKOFF_FACTOR: Final = 1.5
"""How much each pause grows over the one before."""


def _check_seconds(name: str, value: object, *, allow_none: bool = False) -> float | None:
    if value is None and allow_none:
        return None
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise TypeError(f"{name} must be a number of seconds, not {type(value).__name__}")
    if not (value > 0 and math.isfinite(value)):
        raise ValueError(f"{name} must be a positive number of seconds, got {value}")
    return float(value)


class BatchWaiter:
    """The decisions of one ``wait()``: when to poll again, when to stop, when to give up.

    ``clock`` is the monotonic clock the call is timed with (the client's
    ``RetryPolicy.monotonic``); ``timeout`` (seconds, or ``None`` for no limit) sets the
    deadline from the moment the waiter is made. ``on_progress`` is checked here (callable
    or ``None``) and kept for the caller to call after each poll.

    Example::

        waiter = BatchWaiter("msgbatch_01", poll_interval=1, max_interval=60, timeout=3600,
                             clock=time.monotonic)
        waiter.next_delay(batch)   # None once batch has ended, else seconds to sleep
    """

    __slots__ = (
        "_clock",
        "_deadline",
        "_delay",
        "_started",
        "batch_id",
        "max_interval",
        "on_progress",
        "timeout",
    )

    def __init__(
        self,
        batch_id: str,
        *,
        poll_interval: float,
        max_interval: float,
        timeout: float | None,
        clock: Callable[[], float],
        on_progress: Callable[[MessageBatch], object] | None = None,
    ) -> None:
        if on_progress is not None and not callable(on_progress):
            raise TypeError(f"on_progress must be callable, not {type(on_progress).__name__}")
        first = _check_seconds("poll_interval", poll_interval)
        longest = _check_seconds("max_interval", max_interval)
        assert first is not None and longest is not None
        if longest < first:
            raise ValueError(
                f"max_interval ({max_interval}) must be >= poll_interval ({poll_interval})"
            )
        self.timeout = _check_seconds("timeout", timeout, allow_none=True)
        self.batch_id = batch_id
        self.max_interval = longest
        self.on_progress = on_progress
        self._delay = first
        self._clock = clock
        self._started = started = clock()
        self._deadline = math.inf if self.timeout is None else started + self.timeout

    def next_delay(self, batch: MessageBatch) -> float | None:
        """Seconds to sleep before polling again; ``None`` when ``batch`` has ended.

        Raises ``BatchWaitTimeoutError`` (carrying ``batch``) once the deadline has passed.
        A status this release does not know counts as not ended.
        """
        if batch.processing_status == "ended":
            return None
        now = self._clock()
        remaining = self._deadline - now
        if remaining <= 0:
            counts = batch.request_counts
            raise BatchWaitTimeoutError(
                f"Batch {self.batch_id} had not ended after {now - self._started:.3g} s "
                f"(timeout={self.timeout:g} s): processing_status={batch.processing_status!r}, "
                f"{counts.processing} processing, {counts.succeeded} succeeded, "
                f"{counts.errored} errored, {counts.canceled} canceled, "
                f"{counts.expired} expired.",
                batch=batch,
            )
        delay = self._delay
        self._delay = min(delay * BACKOFF_FACTOR, self.max_interval)
        return min(delay, remaining)
