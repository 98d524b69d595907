"""Message Batches in the emulator: batches that make progress over time, and their results.

How a batch lives here:

- ``POST /v1/messages/batches`` checks the envelope at once (``requests``, each
  ``custom_id`` and its uniqueness, ``params`` an object): a fault there is a 400 for the
  whole batch. Each request's ``params`` are checked as ``POST /v1/messages`` would check
  them, but, as on the API, a bad one only makes that request's result ``errored``, with
  the very error JSON ``create`` would have answered.
- Processing takes ``delay`` seconds: the requests complete one after another, evenly over
  that time, so ``request_counts`` move and ``processing_status`` goes ``in_progress`` ->
  ``ended``. With ``delay=0`` a batch has ended when it is created.
- ``cancel`` stops processing: the batch is ``canceling`` for a tenth of ``delay``, then
  ``ended``; the requests not processed by then end ``canceled``. ``Emulator.expire_batch``
  ends a batch at once with the rest ``expired``, as after 24 hours on the API.
- ``results`` (an ended batch only) is served as JSON Lines, in chunks generated while
  they are sent, so 100,000 results never sit in memory; each succeeded result is the
  Message ``create`` answers for the same params. ``delete`` takes ended batches only.
- ``synthetic(count)`` makes an ended batch of ``count`` succeeded results without any
  requests behind them, cheap to serve: for tests and benchmarks of large result files.
"""

from __future__ import annotations

import bisect
import datetime
import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Final

from . import _validation
from ._catalog import paginate
from ._replies import ReplyError, b62_id, build_message
from ._server import HTTPRequest
from ._validation import RequestRejected, error_body

__all__ = ["BATCHES_PATH", "MAX_REQUESTS", "BatchStore", "JsonLinesAnswer"]

BATCHES_PATH: Final = "/v1/messages/batches"
MAX_REQUESTS: Final = 100_000
"""The most requests one batch may hold."""

_CUSTOM_ID: Final = re.compile(r"[a-zA-Z0-9_-]{1,64}")
_CUSTOM_ID_PATTERN: Final = "^[a-zA-Z0-9_-]{1,64}$"
_LINES_PER_CHUNK: Final = 512
_CANCEL_SHARE: Final = 0.1  # of ``delay``: how long a batch stays ``canceling``
_EXPIRY: Final = datetime.timedelta(hours=24)
_DUMPS: Final = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode


@dataclass(slots=True)
class JsonLinesAnswer:
    """A 200 answer whose body is JSON Lines, produced chunk by chunk while it is sent."""

    chunks: Iterator[bytes]
    headers: list[tuple[str, str]] = field(
        default_factory=lambda: [("content-type", "application/x-jsonl")]
    )


@dataclass(slots=True)
class _Batch:
    id: str
    created: datetime.datetime  # wall clock, for the timestamps shown
    started: float  # monotonic, for progress
    custom_ids: list[str]
    params: list[dict[str, Any]]
    errors: dict[int, dict[str, Any]]  # index -> the error JSON of an errored request
    error_indices: list[int]  # sorted keys of ``errors``
    synthetic: int = 0  # > 0: that many generated results, no requests behind them
    stopped: float | None = None  # monotonic time processing stopped (cancel or expiry)
    stopped_after: int = 0  # requests processed by then
    stop_kind: str | None = None  # "canceled" or "expired"
    cancel_requested: datetime.datetime | None = None

    @property
    def size(self) -> int:
        return self.synthetic or len(self.custom_ids)


def _rfc3339(moment: datetime.datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def _invalid(message: str) -> RequestRejected:
    return RequestRejected(400, "invalid_request_error", message)


class BatchStore:
    """The batches of one emulator and the answers of the batch endpoints; thread-safe.

    ``clock`` (monotonic) and ``wall`` (aware UTC datetimes) are injectable for tests.

    Example::

        store = BatchStore(delay=0.5, validate=True)
        batch = store.create({"requests": [...]}, "2023-06-01", host="127.0.0.1:8080")
    """

    def __init__(
        self,
        *,
        delay: float,
        validate: bool,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], datetime.datetime] = lambda: datetime.datetime.now(datetime.UTC),
    ) -> None:
        if not delay >= 0:
            raise ValueError(f"batch_delay must be >= 0 seconds, got {delay}")
        self.delay = delay
        self.validate = validate
        self._clock = clock
        self._wall = wall
        self._lock = threading.Lock()
        self._batches: dict[str, _Batch] = {}

    # -- routing -------------------------------------------------------------------------

    def answer(self, request: HTTPRequest, version: str) -> dict[str, Any] | JsonLinesAnswer:
        """The answer to a request under ``/v1/messages/batches`` (auth already checked)."""
        path, method = request.path.rstrip("/"), request.method
        host = request.headers.get("host", "127.0.0.1")
        if path == BATCHES_PATH:
            if method == "POST":
                return self.create(_json_body(request), version, host)
            _allow(method, "GET")
            return self.page(request.query, host)
        rest = path.removeprefix(BATCHES_PATH + "/")
        batch_id, _, action = rest.partition("/")
        if action == "":
            if method == "DELETE":
                return self.delete(batch_id)
            _allow(method, "GET")
            return self.retrieve(batch_id, host)
        if action == "cancel":
            _allow(method, "POST")
            return self.cancel(batch_id, host)
        if action == "results":
            _allow(method, "GET")
            return self.results(batch_id)
        raise RequestRejected(404, "not_found_error", f"{method} {request.path} not found")

    # -- the operations ------------------------------------------------------------------

    def create(self, body: object, version: str, host: str) -> dict[str, Any]:
        """Check a batch body and store the batch; its JSON."""
        custom_ids, params = _check_envelope(body)
        errors: dict[int, dict[str, Any]] = {}
        for index, one in enumerate(params):
            try:
                self._check_params(one, version)
            except RequestRejected as exc:
                errors[index] = error_body(exc.error_type, exc.message)
        batch = _Batch(
            id=b62_id("msgbatch_01"),
            created=self._wall(),
            started=self._clock(),
            custom_ids=custom_ids,
            params=params,
            errors=errors,
            error_indices=sorted(errors),
        )
        with self._lock:
            self._batches[batch.id] = batch
            return self._render(batch, host)

    def retrieve(self, batch_id: str, host: str) -> dict[str, Any]:
        """A batch's JSON."""
        with self._lock:
            return self._render(self._get(batch_id), host)

    def page(self, query: dict[str, str], host: str) -> dict[str, Any]:
        """One page of batches, newest first (pagination as for models)."""
        with self._lock:
            items = [self._render(batch, host) for batch in reversed(self._batches.values())]
        return paginate(items, query, dict)

    def cancel(self, batch_id: str, host: str) -> dict[str, Any]:
        """Stop processing a batch in progress (an ended one is left as it is)."""
        with self._lock:
            batch = self._get(batch_id)
            status, processed, _ = self._status(batch)
            if status == "in_progress":
                batch.stopped, batch.stopped_after = self._clock(), processed
                batch.stop_kind = "canceled"
                batch.cancel_requested = self._wall()
            return self._render(batch, host)

    def delete(self, batch_id: str) -> dict[str, Any]:
        """Delete an ended batch; one still processing is refused (400)."""
        with self._lock:
            batch = self._get(batch_id)
            status = self._status(batch)[0]
            if status != "ended":
                raise _invalid(
                    f"Message batch {batch_id} is {status} and cannot be deleted until it has "
                    "ended; cancel it first."
                )
            del self._batches[batch_id]
        return {"id": batch_id, "type": "message_batch_deleted"}

    def results(self, batch_id: str) -> JsonLinesAnswer:
        """The results file of an ended batch (404 before it has ended)."""
        with self._lock:
            batch = self._get(batch_id)
            status, processed, _ = self._status(batch)
        if status != "ended":
            raise RequestRejected(
                404,
                "not_found_error",
                f"Results of message batch {batch_id} are not available yet: it is {status}. "
                "They are served once processing_status is 'ended'.",
            )
        if batch.synthetic:
            return JsonLinesAnswer(_synthetic_chunks(batch.synthetic))
        return JsonLinesAnswer(_result_chunks(batch, processed))

    def synthetic(self, count: int) -> str:
        """Store an ended batch of ``count`` generated succeeded results; its id."""
        if not 1 <= count <= 10 * MAX_REQUESTS:
            raise ValueError(f"count must be between 1 and {10 * MAX_REQUESTS}, got {count}")
        batch = _Batch(
            id=b62_id("msgbatch_01"),
            created=self._wall(),
            started=self._clock() - self.delay,
            custom_ids=[],
            params=[],
            errors={},
            error_indices=[],
            synthetic=count,
        )
        with self._lock:
            self._batches[batch.id] = batch
        return batch.id

    def expire(self, batch_id: str) -> None:
        """End a batch now; its requests not yet processed end ``expired``."""
        with self._lock:
            batch = self._get(batch_id)
            status, processed, _ = self._status(batch)
            if status != "ended":
                batch.stopped, batch.stopped_after = self._clock(), processed
                batch.stop_kind = "expired"

    # -- state -----------------------------------------------------------------------------

    def _get(self, batch_id: str) -> _Batch:
        batch = self._batches.get(batch_id)
        if batch is None:
            raise RequestRejected(404, "not_found_error", f"message_batch: {batch_id} not found")
        return batch

    def _check_params(self, params: dict[str, Any], version: str) -> None:
        if self.validate:
            _validation.validate_body("messages", params)
        _validation.check_rules("messages", version, params)
        if params.get("stream"):
            raise _invalid("stream: batch requests cannot be streamed")
        try:
            build_message(params)
        except ReplyError as exc:
            raise _invalid(str(exc)) from None

    def _processed(self, batch: _Batch, at: float) -> int:
        size = batch.size
        if self.delay <= 0:
            return size
        return max(0, min(size, int(size * (at - batch.started) / self.delay)))

    def _status(self, batch: _Batch) -> tuple[str, int, float | None]:
        """(processing_status, requests processed, monotonic end time or None)."""
        now = self._clock()
        if batch.stopped is not None:
            processed = batch.stopped_after
            if batch.stop_kind == "expired":
                return "ended", processed, batch.stopped
            ends = batch.stopped + self.delay * _CANCEL_SHARE
            return ("ended" if now >= ends else "canceling"), processed, ends
        processed = self._processed(batch, now)
        ends = batch.started + self.delay
        if processed >= batch.size and now >= ends:
            return "ended", processed, ends
        return "in_progress", processed, None

    def _render(self, batch: _Batch, host: str) -> dict[str, Any]:
        status, processed, ends = self._status(batch)
        errored = bisect.bisect_left(batch.error_indices, processed)
        rest = batch.size - processed
        ended = status == "ended"
        counts = {
            "processing": 0 if ended else rest,
            "succeeded": processed - errored,
            "errored": errored,
            "canceled": rest if ended and batch.stop_kind == "canceled" else 0,
            "expired": rest if ended and batch.stop_kind == "expired" else 0,
        }
        ended_at = None
        if ended and ends is not None:
            ended_at = _rfc3339(batch.created + datetime.timedelta(seconds=ends - batch.started))
        return {
            "id": batch.id,
            "type": "message_batch",
            "processing_status": status,
            "request_counts": counts,
            "created_at": _rfc3339(batch.created),
            "expires_at": _rfc3339(batch.created + _EXPIRY),
            "ended_at": ended_at,
            "cancel_initiated_at": (
                _rfc3339(batch.cancel_requested) if batch.cancel_requested else None
            ),
            "archived_at": None,
            "results_url": f"http://{host}{BATCHES_PATH}/{batch.id}/results" if ended else None,
        }


# --- checks ------------------------------------------------------------------------------


def _allow(method: str, allowed: str) -> None:
    if method != allowed:
        raise RequestRejected(
            405, "invalid_request_error", f"method {method} not allowed (use {allowed})"
        )


def _json_body(request: HTTPRequest) -> object:
    if request.too_large:
        raise RequestRejected(
            413, "request_too_large", "Request exceeds the maximum allowed number of bytes."
        )
    try:
        return json.loads(request.body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _invalid(f"The request body is not valid JSON: {exc}") from None


def _check_envelope(body: object) -> tuple[list[str], list[dict[str, Any]]]:
    """The custom ids and params of a batch body whose envelope is valid, else a 400."""
    if not isinstance(body, dict):
        raise _invalid("The request body must be a JSON object")
    for key in body:
        if key != "requests":
            raise _invalid(f"{key}: Extra inputs are not permitted")
    if "requests" not in body:
        raise _invalid("requests: Field required")
    requests = body["requests"]
    if not isinstance(requests, list):
        raise _invalid("requests: Input should be a valid list")
    if not requests:
        raise _invalid("requests: List should have at least 1 item")
    if len(requests) > MAX_REQUESTS:
        raise _invalid(f"requests: List should have at most {MAX_REQUESTS} items")
    custom_ids: list[str] = []
    params: list[dict[str, Any]] = []
    seen: set[str] = set()
    for index, entry in enumerate(requests):
        where = f"requests.{index}"
        if not isinstance(entry, dict):
            raise _invalid(f"{where}: Input should be a valid dictionary")
        for key in entry:
            if key not in ("custom_id", "params"):
                raise _invalid(f"{where}.{key}: Extra inputs are not permitted")
        for key in ("custom_id", "params"):
            if key not in entry:
                raise _invalid(f"{where}.{key}: Field required")
        custom_id, one = entry["custom_id"], entry["params"]
        if not isinstance(custom_id, str):
            raise _invalid(f"{where}.custom_id: Input should be a valid string")
        if _CUSTOM_ID.fullmatch(custom_id) is None:
            raise _invalid(f"{where}.custom_id: String should match pattern '{_CUSTOM_ID_PATTERN}'")
        if custom_id in seen:
            raise _invalid(
                f"{where}.custom_id: Duplicate custom_id {custom_id!r}; each request in a batch "
                "needs a unique custom_id"
            )
        seen.add(custom_id)
        if not isinstance(one, dict):
            raise _invalid(f"{where}.params: Input should be a valid dictionary")
        custom_ids.append(custom_id)
        params.append(one)
    return custom_ids, params


# --- results files ------------------------------------------------------------------------


def _result_chunks(batch: _Batch, processed: int) -> Iterator[bytes]:
    rest: dict[str, Any] = {"type": batch.stop_kind or "canceled"}
    lines: list[bytes] = []
    for index, custom_id in enumerate(batch.custom_ids):
        if index >= processed:
            result = rest
        elif index in batch.errors:
            result = {"type": "errored", "error": batch.errors[index]}
        else:
            result = {"type": "succeeded", "message": build_message(batch.params[index])}
        lines.append(_DUMPS({"custom_id": custom_id, "result": result}).encode() + b"\n")
        if len(lines) == _LINES_PER_CHUNK:
            yield b"".join(lines)
            lines.clear()
    if lines:
        yield b"".join(lines)


def _synthetic_template() -> bytes:
    message = build_message(
        {
            "model": "claude-3-haiku-20240307",
            "max_tokens": 200,
            "messages": [
                {
                    "role": "user",
                    "content": "Summarise the request numbered NUMBER in one friendly sentence "
                    "for the weekly report, please, keeping the tone light and the facts exact.",
                }
            ],
        }
    )
    message["id"] = "msg_01SyntheticNUMBER"
    line = _DUMPS({"custom_id": "req-NUMBER", "result": {"type": "succeeded", "message": message}})
    return line.replace("%", "%%").replace("NUMBER", "%07d").encode() + b"\n"


def _synthetic_chunks(count: int) -> Iterator[bytes]:
    template = _synthetic_template()
    per_line = template.count(b"%07d")
    for start in range(0, count, _LINES_PER_CHUNK):
        stop = min(count, start + _LINES_PER_CHUNK)
        yield b"".join(template % ((i,) * per_line) for i in range(start, stop))
