"""Faults the emulator can inject, and the thread-safe queue that schedules them.

A fault is chosen per request, either from a queue filled by the test ("the next N requests
get fault X": :meth:`Emulator.inject`) or by the request itself through the
``x-emulator-fault`` header (``rate_limit; retry_after=0.2``), which also lets a process
that only speaks HTTP pick one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

__all__ = ["FAULT_HEADER", "IN_BODY_KINDS", "REPLY_KINDS", "STATUS_KINDS", "Fault", "FaultQueue"]

FAULT_HEADER = "x-emulator-fault"
"""Request header naming a fault for that request: ``x-emulator-fault: overloaded``."""

# Kinds answered with the API's error JSON and their status.
STATUS_KINDS = frozenset({"http_error", "rate_limit", "overloaded", "server_error"})
# Kinds that act before any response byte is written; the others act inside the body.
_BEFORE = STATUS_KINDS | {"bad_gateway", "drop", "slow_first_byte"}
IN_BODY_KINDS = frozenset({"drop_mid_stream", "error_event", "stall"})
# Kinds that change what the model answers (a stop reason the request alone never gives):
# the answer is a normal 200, streamed or not.
REPLY_KINDS = frozenset({"refusal", "pause_turn", "model_context_window_exceeded"})

_STATUS_DEFAULTS: dict[str, tuple[int, str, str]] = {
    "rate_limit": (429, "rate_limit_error", "Number of requests has exceeded your rate limit."),
    "overloaded": (529, "overloaded_error", "Overloaded"),
    "server_error": (500, "api_error", "Internal server error"),
}


@dataclass(frozen=True, slots=True)
class Fault:
    """One misbehaviour of the API, applied to one request.

    Build faults with the class methods; ``kind`` names them on the wire and on the command
    line (``Fault.parse("overloaded")``).

    Example::

        with Emulator() as api:
            api.inject(Fault.rate_limit(retry_after=0.1), times=2)
            api.inject(Fault.error_event(after_events=3))
    """

    kind: str
    status: int = 0
    error_type: str = ""
    message: str = ""
    retry_after: float | None = None
    after_events: int = 3
    delay: float = 0.0
    ping_interval: float = 0.5
    headers: tuple[tuple[str, str], ...] = field(default=())
    category: str = ""

    @property
    def before_response(self) -> bool:
        """True when the fault acts before the first response byte."""
        return self.kind in _BEFORE

    # -- status answers ------------------------------------------------------------------

    @classmethod
    def http_error(
        cls,
        status: int,
        error_type: str,
        message: str = "",
        *,
        retry_after: float | None = None,
        headers: dict[str, str] | None = None,
    ) -> Fault:
        """Answer ``status`` with the API's error JSON (``error_type``, ``message``).

        Example::

            api.inject(Fault.http_error(403, "permission_error", "No access"))
            api.inject(Fault.http_error(500, "api_error", headers={"x-should-retry": "false"}))
        """
        return cls(
            "http_error",
            status=status,
            error_type=error_type,
            message=message or error_type,
            retry_after=retry_after,
            headers=tuple((headers or {}).items()),
        )

    @classmethod
    def rate_limit(cls, *, retry_after: float | None = 1.0, message: str = "") -> Fault:
        """429 ``rate_limit_error`` with ``retry-after: <seconds>`` (omitted when ``None``)."""
        return cls._preset("rate_limit", message, retry_after)

    @classmethod
    def overloaded(cls, *, retry_after: float | None = None, message: str = "") -> Fault:
        """529 ``overloaded_error``."""
        return cls._preset("overloaded", message, retry_after)

    @classmethod
    def server_error(cls, *, retry_after: float | None = None, message: str = "") -> Fault:
        """500 ``api_error``."""
        return cls._preset("server_error", message, retry_after)

    @classmethod
    def _preset(cls, name: str, message: str, retry_after: float | None) -> Fault:
        status, error_type, default_message = _STATUS_DEFAULTS[name]
        return cls(
            name,
            status=status,
            error_type=error_type,
            message=message or default_message,
            retry_after=retry_after,
        )

    @classmethod
    def bad_gateway(cls) -> Fault:
        """502 with an HTML page, as a proxy in front of the API answers."""
        return cls("bad_gateway", status=502)

    # -- connection faults ---------------------------------------------------------------

    @classmethod
    def drop(cls) -> Fault:
        """Read the request, then close the connection without answering."""
        return cls("drop")

    @classmethod
    def slow_first_byte(cls, delay: float = 1.0) -> Fault:
        """Wait ``delay`` seconds before the status line, then answer normally."""
        return cls("slow_first_byte", delay=delay)

    # -- faults inside a 200 answer --------------------------------------------------------

    @classmethod
    def drop_mid_stream(cls, after_events: int = 3) -> Fault:
        """Close the connection after ``after_events`` non-ping events (mid-body if not
        streaming)."""
        return cls("drop_mid_stream", after_events=after_events)

    @classmethod
    def error_event(
        cls,
        after_events: int = 3,
        *,
        error_type: str = "overloaded_error",
        message: str = "Overloaded",
    ) -> Fault:
        """Send an ``error`` event after ``after_events`` non-ping events, then end the stream.

        A non-streaming request gets the error as a status answer instead."""
        return cls("error_event", error_type=error_type, message=message, after_events=after_events)

    @classmethod
    def stall(cls, after_events: int = 1, *, ping_interval: float = 0.5) -> Fault:
        """After ``after_events`` non-ping events, send only pings every ``ping_interval``
        seconds until the client leaves or the emulator stops (a non-streaming request never
        gets an answer)."""
        return cls("stall", after_events=after_events, ping_interval=ping_interval)

    # -- answers the request alone never gets ------------------------------------------

    @classmethod
    def refusal(cls, *, category: str = "", explanation: str = "") -> Fault:
        """The model refuses: the text stops half way, ``stop_reason`` is ``refusal`` and
        ``stop_details`` carries ``category`` and ``explanation`` (null when empty).

        Example::

            api.inject(Fault.refusal(category="cyber", explanation="Not that."))
        """
        return cls("refusal", category=category, message=explanation)

    @classmethod
    def pause_turn(cls) -> Fault:
        """The turn pauses (``stop_reason`` ``pause_turn``) after its server tool calls,
        before the answer's text; send the message back to let it go on."""
        return cls("pause_turn")

    @classmethod
    def context_window_exceeded(cls) -> Fault:
        """The text stops half way with ``stop_reason`` ``model_context_window_exceeded``."""
        return cls("model_context_window_exceeded")

    @property
    def stop_details(self) -> dict[str, str | None]:
        """The ``stop_details`` fields a ``refusal`` fault gives (``category``,
        ``explanation``)."""
        return {"category": self.category or None, "explanation": self.message or None}

    # -- the textual form ----------------------------------------------------------------

    @classmethod
    def parse(cls, spec: str) -> Fault:
        """Build a fault from ``"kind; key=value; ..."`` (the ``x-emulator-fault`` header).

        Keys: ``status``, ``type``, ``message``, ``retry_after``, ``after_events``,
        ``delay``, ``ping_interval``, ``category``.

        Example::

            Fault.parse("rate_limit; retry_after=0.2")
            Fault.parse("http_error; status=403; type=permission_error")
            Fault.parse("refusal; category=cyber; message=Not that.")
        """
        kind, *pairs = (part.strip() for part in spec.split(";"))
        params: dict[str, str] = {}
        for pair in pairs:
            if pair:
                key, sep, value = pair.partition("=")
                if not sep:
                    raise ValueError(f"fault parameter {pair!r} is not key=value")
                params[key.strip()] = value.strip()
        factory = _PARSERS.get(kind)
        if factory is None:
            raise ValueError(f"unknown fault {kind!r}; known: {', '.join(sorted(_PARSERS))}")
        fault = factory(params)
        updates: dict[str, Any] = {}
        for key, (attr, convert) in _PARAMS.items():
            if key in params:
                updates[attr] = convert(params[key])
        unknown = set(params) - set(_PARAMS)
        if unknown:
            raise ValueError(f"unknown fault parameter(s): {', '.join(sorted(unknown))}")
        return replace(fault, **updates) if updates else fault


def _optional_float(value: str) -> float | None:
    return None if value.lower() in ("", "none") else float(value)


_PARAMS: dict[str, tuple[str, Callable[[str], object]]] = {
    "status": ("status", int),
    "type": ("error_type", str),
    "message": ("message", str),
    "retry_after": ("retry_after", _optional_float),
    "after_events": ("after_events", int),
    "delay": ("delay", float),
    "ping_interval": ("ping_interval", float),
    "category": ("category", str),
}

_PARSERS: dict[str, Callable[[dict[str, str]], Fault]] = {
    "rate_limit": lambda p: Fault.rate_limit(),
    "overloaded": lambda p: Fault.overloaded(),
    "server_error": lambda p: Fault.server_error(),
    "http_error": lambda p: Fault.http_error(
        int(p.get("status", "500")), p.get("type", "api_error")
    ),
    "bad_gateway": lambda p: Fault.bad_gateway(),
    "drop": lambda p: Fault.drop(),
    "slow_first_byte": lambda p: Fault.slow_first_byte(),
    "drop_mid_stream": lambda p: Fault.drop_mid_stream(),
    "error_event": lambda p: Fault.error_event(),
    "stall": lambda p: Fault.stall(),
    "refusal": lambda p: Fault.refusal(),
    "pause_turn": lambda p: Fault.pause_turn(),
    "model_context_window_exceeded": lambda p: Fault.context_window_exceeded(),
}


@dataclass(slots=True)
class _Entry:
    fault: Fault
    remaining: int
    path: str | None


class FaultQueue:
    """Faults waiting for the next requests; safe to fill from any thread.

    Entries are served in order; an entry pushed with ``times=N`` serves N requests. ``path``
    restricts an entry to requests for that path (``"/v1/messages"``).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: list[_Entry] = []

    def push(self, fault: Fault, times: int = 1, path: str | None = None) -> None:
        if times < 1:
            raise ValueError("times must be >= 1")
        with self._lock:
            self._entries.append(_Entry(fault, times, path))

    def pop_for(self, path: str) -> Fault | None:
        """The fault for a request to ``path``, if one is scheduled (consumes it)."""
        with self._lock:
            for index, entry in enumerate(self._entries):
                if entry.path is None or entry.path == path:
                    entry.remaining -= 1
                    if entry.remaining == 0:
                        del self._entries[index]
                    return entry.fault
        return None

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        """Requests still to be served a fault."""
        with self._lock:
            return sum(entry.remaining for entry in self._entries)
