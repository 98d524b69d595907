"""The emulated API itself: routing, checks and answers, free of I/O.

``Api.answer`` turns one parsed request into a JSON answer or a stream of events; the
server (``_emulator``) writes it, with faults applied. Keeping this pure makes every rule
testable without sockets.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import _validation
from ._batches import BATCHES_PATH, BatchStore, JsonLinesAnswer
from ._catalog import DEFAULT_MODELS, PageError, find_model, paginate
from ._faults import Fault
from ._files import FILES_PATH, FileBytes, FileStore
from ._replies import ReplyError, build_message, count_input_tokens, stream_events
from ._server import HTTPRequest
from ._validation import RequestRejected, error_body

__all__ = ["Api", "JsonAnswer", "JsonLinesAnswer", "StreamAnswer", "error_answer"]

_JSON = ("content-type", "application/json")


@dataclass(slots=True)
class JsonAnswer:
    """A whole answer: status, headers (besides ``request-id``) and body."""

    status: int
    body: bytes
    headers: list[tuple[str, str]] = field(default_factory=lambda: [_JSON])


@dataclass(slots=True)
class StreamAnswer:
    """A 200 ``text/event-stream`` answer: the events and the message they carry."""

    events: list[tuple[str, dict[str, Any]]]
    message: dict[str, Any]
    headers: list[tuple[str, str]] = field(
        default_factory=lambda: [
            ("content-type", "text/event-stream; charset=utf-8"),
            ("cache-control", "no-cache"),
        ]
    )


def error_answer(
    status: int,
    error_type: str,
    message: str,
    request_id: str,
    headers: Sequence[tuple[str, str]] = (),
) -> JsonAnswer:
    """The API's error answer: its status, error JSON and headers."""
    body = error_body(error_type, message, request_id)
    return JsonAnswer(status, json.dumps(body).encode(), [_JSON, *headers])


def _ok(payload: object) -> JsonAnswer:
    return JsonAnswer(200, json.dumps(payload).encode())


class Api:
    """The API's behaviour: ``answer(request, request_id)`` for every non-fault request."""

    def __init__(
        self,
        *,
        api_key: str | None,
        validate: bool,
        models: Sequence[Mapping[str, Any]] | None = None,
        batch_delay: float = 0.0,
        uploads_downloadable: bool = False,
        batch_clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.api_key = api_key
        self.validate = validate
        self.models: tuple[Mapping[str, Any], ...] = (
            tuple(models) if models is not None else DEFAULT_MODELS
        )
        self.batches = BatchStore(delay=batch_delay, validate=validate, clock=batch_clock)
        self.files = FileStore(uploads_downloadable=uploads_downloadable)
        if validate:
            _validation.preload()

    def answer(
        self, request: HTTPRequest, request_id: str, reply: Fault | None = None
    ) -> JsonAnswer | StreamAnswer | JsonLinesAnswer:
        """The answer to ``request``; ``reply`` is a fault that shapes the model's answer
        (a refusal, a paused turn), applied to ``/v1/messages`` only."""
        try:
            return self._route(request, reply)
        except RequestRejected as exc:
            return error_answer(exc.status, exc.error_type, exc.message, request_id, exc.headers)
        except (ReplyError, PageError) as exc:
            return error_answer(400, "invalid_request_error", str(exc), request_id)

    def _route(
        self, request: HTTPRequest, reply: Fault | None
    ) -> JsonAnswer | StreamAnswer | JsonLinesAnswer:
        path, method = request.path.rstrip("/"), request.method
        _validation.check_method(method, path)
        if path == "/v1/messages":
            return self._create(request, reply)
        if path == "/v1/messages/count_tokens":
            body = self._checked_body(request, "count_tokens")
            return _ok({"input_tokens": count_input_tokens(body)})
        if path == "/v1/models":
            self._check_headers(request)
            return _ok(paginate(self.models, request.query))
        if path.startswith("/v1/models/"):
            self._check_headers(request)
            model_id = path.removeprefix("/v1/models/")
            model = find_model(self.models, model_id)
            if model is None:
                raise RequestRejected(404, "not_found_error", f"model: {model_id}")
            return _ok(model)
        if path == BATCHES_PATH or path.startswith(BATCHES_PATH + "/"):
            result = self.batches.answer(request, self._check_headers(request))
            return result if isinstance(result, JsonLinesAnswer) else _ok(result)
        if path == FILES_PATH or path.startswith(FILES_PATH + "/"):
            self._check_headers(request)
            answer = self.files.answer(request)
            if isinstance(answer, FileBytes):
                return JsonAnswer(200, answer.content, [("content-type", answer.mime_type)])
            return _ok(answer)
        raise RequestRejected(404, "not_found_error", f"{method} {request.path} not found")

    def _check_headers(self, request: HTTPRequest) -> str:
        _validation.check_auth(request.headers, self.api_key)
        version = _validation.check_version(request.headers)
        _validation.check_header_parameters(request.headers)
        return version

    def _checked_body(self, request: HTTPRequest, operation: str) -> dict[str, Any]:
        version = self._check_headers(request)
        if request.too_large:
            raise RequestRejected(
                413, "request_too_large", "Request exceeds the maximum allowed number of bytes."
            )
        try:
            body = json.loads(request.body)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise RequestRejected(
                400, "invalid_request_error", f"The request body is not valid JSON: {exc}"
            ) from None
        if not isinstance(body, dict):
            raise RequestRejected(
                400, "invalid_request_error", "The request body must be a JSON object"
            )
        # `file` sources become the files' inline sources first, so that the checks and the
        # reply see the file's bytes, whatever the schema says of `file` sources.
        self.files.resolve_sources(body, request.headers)
        if self.validate:
            _validation.validate_body(operation, body)
        _validation.check_rules(operation, version, body)
        return body

    def _create(self, request: HTTPRequest, reply: Fault | None) -> JsonAnswer | StreamAnswer:
        body = self._checked_body(request, "messages")
        if reply is None:
            message = build_message(body)
        else:
            message = build_message(body, reply.kind, reply.stop_details)
        if body.get("stream") is True:
            return StreamAnswer(stream_events(message), message)
        return _ok(message)
