"""The exception tree of claude-messages.

Names follow the official SDK so that ``except anthropic.RateLimitError`` becomes
``except claude_messages.RateLimitError`` and nothing else changes::

    ClaudeMessagesError (alias AnthropicError)
     +-- APIError                       message, request, body
          +-- APIStatusError            status_code, response, body, request_id, type
          |    +-- BadRequestError              400 invalid_request_error
          |    +-- AuthenticationError          401 authentication_error
          |    +-- PermissionDeniedError        403 permission_error
          |    +-- NotFoundError                404 not_found_error
          |    +-- ConflictError                409
          |    +-- RequestTooLargeError         413 request_too_large
          |    +-- UnprocessableEntityError     422
          |    +-- RateLimitError               429 rate_limit_error
          |    +-- InternalServerError          >= 500 api_error
          |         +-- OverloadedError         529 overloaded_error
          +-- APIConnectionError        the request did not get an answer
          |    +-- APITimeoutError
          +-- APIResponseValidationError  a 2xx answer that is not what the API promises
               +-- StreamError                a stream that breaks its own rules
               |    +-- StreamDecodeError        an event whose data is not valid JSON
               |    +-- IncompleteStreamError    the stream ended before ``message_stop``
               +-- ResponseTooLargeError      a body, event or results line over a limit
     +-- BatchWaitTimeoutError         ``batches.wait()`` gave up (also a ``TimeoutError``)
     +-- OutputParseError              structured output that is not JSON of the asked type

Lower-layer (httpx) errors are translated in one place, ``transport_error``, for requests,
streams and JSON Lines alike, and chained as ``__cause__``. The API key never appears in
any message built here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NoReturn

import httpx

from ._headers_check import check_header_items

if TYPE_CHECKING:
    from claude_messages_generated.models import Message, MessageBatch

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AnthropicError",
    "AuthenticationError",
    "BadRequestError",
    "BatchWaitTimeoutError",
    "ClaudeMessagesError",
    "ConflictError",
    "IncompleteStreamError",
    "InternalServerError",
    "NotFoundError",
    "OutputParseError",
    "OverloadedError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTooLargeError",
    "ResponseTooLargeError",
    "StreamDecodeError",
    "StreamError",
    "UnprocessableEntityError",
    "error_class_for_type",
    "make_event_error",
    "make_status_error",
    "raise_transport_error",
    "request_of",
    "transport_error",
]


class ClaudeMessagesError(Exception):
    """Base of every error this package raises on purpose.

    Example::

        try:
            client.messages.create(...)
        except ClaudeMessagesError as exc:
            log.warning("Claude call failed: %s", exc)
    """


AnthropicError = ClaudeMessagesError
"""The official SDK's name for the base error, kept so that migration is an import change."""


class APIError(ClaudeMessagesError):
    """An error tied to one API request.

    ``message`` is human readable; ``request`` is the ``httpx.Request`` (when one was
    built); ``body`` is the decoded error body (a dict) or the raw text when the body was
    not JSON, else ``None``. ``retries_taken`` tells how many retries preceded the failure.

    Example::

        except APIError as exc:
            print(exc.message, exc.retries_taken)
    """

    message: str
    request: httpx.Request | None
    body: object | None
    retries_taken: int

    def __init__(
        self,
        message: str,
        request: httpx.Request | None = None,
        *,
        body: object | None = None,
        retries_taken: int = 0,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body
        self.retries_taken = retries_taken


class APIStatusError(APIError):
    """The API answered with an error status (or an ``error`` event inside a stream).

    ``status_code``, ``response`` (the ``httpx.Response``), ``request_id`` (the
    ``request-id`` header) and ``type`` (the API's error type, e.g. ``"overloaded_error"``,
    or ``None`` when the body carried none, as with a proxy's HTML page).

    Example::

        except APIStatusError as exc:
            print(exc.status_code, exc.type, exc.request_id)
    """

    status_code: int
    response: httpx.Response
    request_id: str | None
    type: str | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        status_code: int | None = None,
        error_type: str | None = None,
        retries_taken: int = 0,
    ) -> None:
        super().__init__(message, request_of(response), body=body, retries_taken=retries_taken)
        self.response = response
        self.status_code = response.status_code if status_code is None else status_code
        self.request_id = response.headers.get("request-id")
        self.type = error_type


class BadRequestError(APIStatusError):
    """400: the request was malformed (``invalid_request_error``)."""


class AuthenticationError(APIStatusError):
    """401: the credential is missing or wrong (``authentication_error``)."""


class PermissionDeniedError(APIStatusError):
    """403: the credential may not do this (``permission_error``)."""


class NotFoundError(APIStatusError):
    """404: no such resource (``not_found_error``)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's state."""


class RequestTooLargeError(APIStatusError):
    """413: the request body is over the API's size limit (``request_too_large``)."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was understood but cannot be processed."""


class RateLimitError(APIStatusError):
    """429: too many requests or tokens (``rate_limit_error``); retried by default."""


class InternalServerError(APIStatusError):
    """A status of 500 or more (``api_error``); retried by default."""


class OverloadedError(InternalServerError):
    """529: the API is overloaded (``overloaded_error``); retried by default."""


class APIConnectionError(APIError):
    """No answer arrived: connection refused or reset, DNS failure, broken stream.

    Example::

        except APIConnectionError as exc:
            print("network trouble:", exc.__cause__)
    """

    def __init__(
        self,
        message: str = "Connection error.",
        request: httpx.Request | None = None,
        *,
        retries_taken: int = 0,
    ) -> None:
        super().__init__(message, request, retries_taken=retries_taken)


class APITimeoutError(APIConnectionError):
    """The request (or a stream's idle limit) timed out."""

    def __init__(
        self,
        message: str = "Request timed out.",
        request: httpx.Request | None = None,
        *,
        retries_taken: int = 0,
    ) -> None:
        super().__init__(message, request, retries_taken=retries_taken)


class APIResponseValidationError(APIError):
    """A successful answer whose body is not what the API promises (e.g. not JSON)."""


class StreamError(APIResponseValidationError):
    """A ``text/event-stream`` answer broke the stream's rules.

    ``event`` is the SSE event name involved (or ``None``).
    """

    event: str | None

    def __init__(
        self,
        message: str,
        request: httpx.Request | None = None,
        *,
        event: str | None = None,
        body: object | None = None,
    ) -> None:
        super().__init__(message, request, body=body)
        self.event = event


class StreamDecodeError(StreamError):
    """An event's ``data`` is not valid JSON, or not a JSON object with a ``type``."""


class IncompleteStreamError(StreamError):
    """The stream ended before ``message_stop``; the partial message stays on the stream."""


class ResponseTooLargeError(APIResponseValidationError):
    """An answer is larger than the client agreed to hold; reading stopped at the limit.

    Raised for a non-streaming body over ``max_response_size``, and for one stream event
    (or one line of batch results) over ``max_event_size``. ``limit`` is that limit in
    bytes and ``option`` the client argument that sets it, so the message can say how to
    raise it. Not retried: the same request would get the same answer.

    Example::

        except ResponseTooLargeError as exc:
            client = client.with_options(**{exc.option: exc.limit * 4})
    """

    limit: int
    option: str

    def __init__(
        self, message: str, request: httpx.Request | None = None, *, limit: int, option: str
    ) -> None:
        super().__init__(message, request)
        self.limit = limit
        self.option = option


class BatchWaitTimeoutError(ClaudeMessagesError, TimeoutError):
    """``messages.batches.wait()`` reached its ``timeout`` before the batch ended.

    ``batch`` is the last ``MessageBatch`` seen (its ``request_counts`` tell how far it got);
    the batch itself goes on, so waiting again or canceling it are both possible.

    Example::

        try:
            batch = client.messages.batches.wait(batch_id, timeout=3600)
        except BatchWaitTimeoutError as exc:
            print(exc.batch.request_counts.processing, "requests still processing")
    """

    batch: MessageBatch

    def __init__(self, message: str, *, batch: MessageBatch) -> None:
        super().__init__(message)
        self.batch = batch


class OutputParseError(ClaudeMessagesError, ValueError):
    """A structured output (``messages.parse(output_format=T)``) that is not valid JSON,
    or is JSON that does not fit ``T``.

    ``text`` is the text the model wrote, ``reason`` says what is wrong with it (where in the
    JSON, for data that does not fit), ``message`` is the ``Message`` it came in (its
    ``stop_reason`` tells e.g. a reply cut short by ``max_tokens`` or a refusal), when known.
    The decoding error is chained as ``__cause__``.

    Example::

        try:
            message = client.messages.parse(..., output_format=Invoice)
        except OutputParseError as exc:
            log.warning("unusable answer (%s): %.200s", exc.reason, exc.text)
    """

    text: str
    reason: str
    message: Message | None

    def __init__(self, reason: str, *, text: str, message: Message | None = None) -> None:
        super().__init__(f"The structured output could not be parsed: {reason}")
        self.text = text
        self.reason = reason
        self.message = message


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: RequestTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    529: OverloadedError,
}

# The API's error types, with the status each one is served under.
_TYPE_STATUS: dict[str, int] = {
    "invalid_request_error": 400,
    "authentication_error": 401,
    "permission_error": 403,
    "not_found_error": 404,
    "request_too_large": 413,
    "rate_limit_error": 429,
    "api_error": 500,
    "overloaded_error": 529,
}


def _class_for_status(status_code: int) -> type[APIStatusError]:
    cls = _STATUS_CLASSES.get(status_code)
    if cls is not None:
        return cls
    return InternalServerError if status_code >= 500 else APIStatusError


def error_class_for_type(error_type: str | None) -> tuple[type[APIStatusError], int | None]:
    """Map an API error type to its exception class and conventional status.

    Used for ``error`` events inside a stream, where the HTTP status was 200.
    An unknown type gives ``(APIStatusError, None)``.
    """
    status = _TYPE_STATUS.get(error_type or "")
    if status is None:
        return APIStatusError, None
    return _class_for_status(status), status


def _reason(exc: BaseException) -> str:
    """What to say of a transport failure: only text from the operating system or the TLS
    layer is quoted (timeouts, refused or reset connections, certificate failures); for
    protocol errors only the class is named, with a fixed explanation, as their text may
    quote header lines, which carry the credentials."""
    name = type(exc).__name__
    if isinstance(exc, httpx.TimeoutException | httpx.NetworkError):
        text = str(exc)
        return f"{name}: {text}" if text else name
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"{name}: the server closed the connection early or sent invalid HTTP"
    if isinstance(exc, httpx.LocalProtocolError):
        return f"{name}: the request is not valid HTTP"
    return name


def _local_problem(request: httpx.Request | None) -> str:
    if request is not None:
        try:
            check_header_items(request.headers.raw, "the request's headers")
        except ValueError as exc:
            return str(exc)
    return (
        "httpx refused to write it as HTTP/1.1 (LocalProtocolError; its text is not "
        "repeated because it may quote a header value)."
    )


def transport_error(
    exc: httpx.HTTPError,
    request: httpx.Request | None,
    *,
    reading: str | None = None,
    retries_taken: int = 0,
) -> APIConnectionError:
    """This package's error for an httpx failure: ``APITimeoutError`` or ``APIConnectionError``.

    The one translation of transport errors, for requests, streams and JSON Lines alike.
    ``reading`` names the body being read when ``exc`` came (``"the stream"``); ``None``
    means while sending the request and waiting for the answer's headers. The message
    quotes the httpx error only where its text cannot hold a header line; a request that
    httpx refused to write names the offending header, never its value. Raise it with
    ``raise_transport_error``, which chains the cause.

    Example::

        transport_error(httpx.ConnectError("[Errno 111] Connection refused"), request)
        # APIConnectionError("Connection error (ConnectError: [Errno 111] Connection refused).")
    """
    if isinstance(exc, httpx.LocalProtocolError):
        return APIConnectionError(
            f"The request could not be sent and was not retried: {_local_problem(request)}",
            request,
            retries_taken=retries_taken,
        )
    reason = _reason(exc)
    if isinstance(exc, httpx.TimeoutException):
        what = "Request" if reading is None else f"Reading {reading}"
        message = f"{what} timed out ({reason})."
        return APITimeoutError(message, request, retries_taken=retries_taken)
    what = "Connection error" if reading is None else f"Connection lost while reading {reading}"
    return APIConnectionError(f"{what} ({reason}).", request, retries_taken=retries_taken)


def raise_transport_error(
    exc: httpx.HTTPError,
    request: httpx.Request | None,
    *,
    reading: str | None = None,
    retries_taken: int = 0,
) -> NoReturn:
    """Raise ``transport_error(...)`` chained to ``exc`` (``__cause__``).

    A request httpx refused to write is not chained (suppressed): httpx's text quotes the
    header line, which may hold a credential.
    """
    error = transport_error(exc, request, reading=reading, retries_taken=retries_taken)
    if isinstance(exc, httpx.LocalProtocolError):
        raise error from None
    raise error from exc


def request_of(response: httpx.Response) -> httpx.Request | None:
    """The request of a response, or ``None`` for a response built without one."""
    try:
        return response.request
    except RuntimeError:  # httpx raises when no request was attached
        return None


def _error_parts(body: object) -> tuple[str | None, str | None]:
    """(error type, server message) from an error body, tolerating any shape."""
    if isinstance(body, dict):
        err = body.get("error")
        if isinstance(err, dict):
            etype = err.get("type")
            emsg = err.get("message")
            return (
                etype if isinstance(etype, str) else None,
                emsg if isinstance(emsg, str) else None,
            )
    return None, None


def make_status_error(
    response: httpx.Response,
    body: object | None,
    *,
    text: str | None = None,
    retries_taken: int = 0,
) -> APIStatusError:
    """Build the exception for an error answer.

    ``body`` is the decoded JSON (any shape) or ``None`` when the body was not JSON, in which
    case ``text`` (e.g. a proxy's HTML page) becomes the body and part of the message.

    Example::

        raise make_status_error(response, response.json())
    """
    status = response.status_code
    etype, emsg = _error_parts(body)
    detail: str
    if emsg is not None:
        detail = f"{etype}: {emsg}" if etype else emsg
    elif body is not None:
        detail = repr(body)
    else:
        snippet = (text or "").strip()
        detail = snippet[:500] + ("..." if len(snippet) > 500 else "") if snippet else "no body"
    request_id = response.headers.get("request-id")
    message = f"Error code: {status} - {detail}"
    if request_id:
        message += f" (request-id: {request_id})"
    cls = _class_for_status(status)
    return cls(
        message,
        response=response,
        body=body if body is not None else text,
        error_type=etype,
        retries_taken=retries_taken,
    )


def make_event_error(response: httpx.Response, body: object) -> APIStatusError:
    """Build the exception for an ``error`` event received inside a 200 stream.

    The class follows ``error.type`` (``overloaded_error`` -> ``OverloadedError``, ...);
    ``status_code`` is the status the API uses for that type (the stream itself was 200).
    """
    etype, emsg = _error_parts(body)
    cls, status = error_class_for_type(etype)
    request_id = response.headers.get("request-id")
    message = f"Stream error event - {etype}: {emsg}"
    if request_id:
        message += f" (request-id: {request_id})"
    return cls(
        message,
        response=response,
        body=body,
        status_code=status if status is not None else response.status_code,
        error_type=etype,
    )
