"""Request building, pure: checked arguments in, one ready ``httpx.Request`` out.

Everything here runs before any network I/O, so bad input fails fast with a ``TypeError``
or ``ValueError`` that names the argument, and the
rules of the chosen API version are applied locally instead of costing a round trip for a
400. Sync and async clients share all of it.

The per-request path is kept lean on purpose (client CPU per ``create()``): the
client's headers are built once and copied, the body is serialised by one ``json.dumps``
with compact separators, and generated model instances inside the arguments are turned
into JSON by ``to_dict()`` only when the encoder meets them (no deep copies up front).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, Final

import httpx

from ._headers_check import check_headers
from ._sentinels import drop_absent, is_absent
from ._validate import Operation, format_path, operation
from ._validate import version_rule_violation as _version_rule_violation

__all__ = [
    "API_VERSION_2023_06_01",
    "API_VERSION_2026_10_21",
    "COUNT_TOKENS",
    "CREATE_MESSAGE",
    "DEFAULT_API_VERSION",
    "NONSTREAMING_LIMIT",
    "RequestConfig",
    "SecretHeaders",
    "as_dict",
    "build_request",
    "check_nonstreaming_duration",
    "check_param_names",
    "check_version_rules",
    "count_tokens_body",
    "encode_json",
    "message_body",
    "version_rule_violation",
    "with_header_arguments",
]

API_VERSION_2023_06_01: Final = "2023-06-01"
API_VERSION_2026_10_21: Final = "2026-10-21"
DEFAULT_API_VERSION: Final = API_VERSION_2023_06_01
"""The default: the version with sampling controls (``temperature``, ``top_k``, ``top_p``)."""

NONSTREAMING_LIMIT: Final = 600.0
"""Seconds a non-streaming request may be expected to take under the default timeout."""

# Output tokens per hour assumed by the 10-minute guard (3600 * max_tokens / 128000 s).
_TOKENS_PER_HOUR: Final = 128_000

_SECRET_HEADERS: Final = frozenset({"x-api-key", "authorization", "proxy-authorization"})

CREATE_MESSAGE: Final = "createMessage"
COUNT_TOKENS: Final = "countMessageTokens"
"""The operationIds of the spec whose checks ``message_body``/``count_tokens_body`` apply."""

_TIMEOUT_KEYS: Final = ("connect", "read", "write", "pool")

_URL_CACHE_SIZE: Final = 64


class SecretHeaders(httpx.Headers):
    """``httpx.Headers`` whose ``repr()`` hides credentials (``x-api-key`` included).

    httpx masks ``authorization`` only; the API key travels in ``x-api-key``, so every
    request this package builds carries this class to keep the key out of logs and reprs.

    Example::

        repr(SecretHeaders({"x-api-key": "sk-..."}))  # "SecretHeaders({'x-api-key': '[secure]'})"
    """

    def __repr__(self) -> str:
        shown = [
            (key, "[secure]" if key.lower() in _SECRET_HEADERS else value)
            for key, value in self.multi_items()
        ]
        as_dict = dict(shown)
        if len(as_dict) == len(shown):
            return f"{type(self).__name__}({as_dict!r})"
        return f"{type(self).__name__}({shown!r})"


class RequestConfig:
    """What a client fixes once for all its requests: base URL, headers, timeout, version.

    Built by the client at construction; immutable afterwards (``with_options`` builds a new
    one), so requests only copy from it.
    """

    __slots__ = (
        "_urls",
        "api_version",
        "base_url",
        "headers",
        "stream_headers",
        "timeout",
        "timeout_is_default",
    )

    def __init__(
        self,
        *,
        base_url: str,
        headers: httpx.Headers,
        timeout: httpx.Timeout,
        timeout_is_default: bool,
        api_version: str,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.headers = SecretHeaders(headers)
        # Streaming answers are text/event-stream; saying so is honest and lets mock
        # servers pick the right representation.
        self.stream_headers = SecretHeaders(headers)
        self.stream_headers["accept"] = "text/event-stream"
        self.timeout = timeout.as_dict()
        self.timeout_is_default = timeout_is_default
        self.api_version = api_version
        self._urls: dict[str, httpx.URL] = {}

    def url(self, path: str) -> httpx.URL:
        """The absolute URL of an API path, parsed once per path and reused."""
        url = self._urls.get(path)
        if url is None:
            url = httpx.URL(self.base_url + path)
            # Paths with ids (one per batch or model) must not grow the cache without end;
            # starting over when full keeps the few hot paths (/v1/messages) cached.
            if len(self._urls) >= _URL_CACHE_SIZE:
                self._urls.clear()
            self._urls[path] = url
        return url


# --- argument checks (compiled from the spec by _validate) -------------------------------


def _type_name(value: object) -> str:
    return type(value).__name__


def check_param_names(
    method: str, params: Mapping[str, object], allowed: frozenset[str], required: Iterable[str]
) -> None:
    """Raise ``TypeError`` for a misspelt or missing keyword argument, naming it.

    Example::

        check_param_names("create", {"max_token": 5}, ALLOWED, ("max_tokens",))
        # TypeError: create() got an unexpected keyword argument 'max_token'
    """
    if isinstance(params, dict):
        drop_absent(params)
    unknown = params.keys() - allowed
    if unknown:
        names = ", ".join(repr(name) for name in sorted(unknown))
        plural = "s" if len(unknown) > 1 else ""
        raise TypeError(f"{method}() got an unexpected keyword argument{plural} {names}")
    for name in required:
        if name not in params:
            raise TypeError(f"{method}() missing required keyword argument {name!r}")


def _merge_extra_body(body: dict[str, Any], params: Mapping[str, Any]) -> None:
    if not is_absent(extra_body := params.get("extra_body")):
        if not isinstance(extra_body, Mapping):
            raise TypeError(f"extra_body must be a dict, not {_type_name(extra_body)}")
        body.update(extra_body)


def message_body(params: Mapping[str, Any], *, stream: object = None) -> dict[str, Any]:
    """Check the arguments of ``messages.create`` and build its JSON body (as a dict).

    The checks come from the spec's ``CreateMessageParams`` (see ``_validate``).
    ``params`` holds the keyword arguments (names already checked); ``None`` means "not
    given": omitted from the body. ``extra_body`` is merged last (its keys win), so
    inputs the API gained after this release can be sent today.

    Example::

        message_body({"max_tokens": 100, "model": "claude-3-haiku-20240307",
                      "messages": [{"role": "user", "content": "Hello"}]})
    """
    create = operation(CREATE_MESSAGE)
    body = create.body(params)
    if stream is not None:
        if not isinstance(stream, bool):
            raise TypeError(f"stream must be a bool, not {_type_name(stream)}")
        if stream and create.stream_flag is not None:
            body[create.stream_flag] = True
    _merge_extra_body(body, params)
    return body


def count_tokens_body(params: Mapping[str, Any]) -> dict[str, Any]:
    """Check the arguments of ``messages.count_tokens`` and build its JSON body.

    The checks come from the spec's ``CountTokensParams``, as ``message_body``'s do.

    Example::

        count_tokens_body({"model": "claude-3-haiku-20240307",
                           "messages": [{"role": "user", "content": "Hello"}]})
    """
    body = operation(COUNT_TOKENS).body(params)
    _merge_extra_body(body, params)
    return body


def with_header_arguments(
    op: Operation, params: Mapping[str, Any]
) -> Mapping[str, str | None] | None:
    """The call's ``extra_headers`` over the headers of its header arguments (the spec's
    header parameters with an ``x-python-name``)."""
    extra_headers = params.get("extra_headers")
    headers = op.headers(params)
    if headers is None:
        return extra_headers
    if extra_headers is not None and not isinstance(extra_headers, Mapping):
        raise TypeError(f"extra_headers must be a dict, not {_type_name(extra_headers)}")
    return {**headers, **(extra_headers or {})}


# --- API version rules (x-refused-in-versions in the spec) -----------------------------


def as_dict(value: object) -> object:
    """A generated model's JSON (``to_dict()``); anything else unchanged."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def version_rule_violation(
    api_version: str, body: Mapping[str, Any], body_schema: str = "CreateMessageParams"
) -> str | None:
    """The first rule of ``api_version`` that ``body`` breaks, as a readable sentence.

    The rules are the spec's ``x-refused-in-versions`` marks on ``body_schema`` and what it
    contains (for ``2026-10-21``: sampling parameters, a ``document`` block in an
    ``assistant`` message, citations on a ``text`` block in a ``user`` message). ``None``
    when the body is fine. Model instances are read via ``to_dict()``.

    Example::

        version_rule_violation("2026-10-21", {"temperature": 1.0, ...})
        # "api_version 2026-10-21 refuses 'temperature' (rule: no sampling parameters ..."
    """
    found = _version_rule_violation(body_schema, api_version, body)
    if found is None:
        return None
    path, rule = found
    where = repr(path[0]) if len(path) == 1 else format_path(path)
    fallback = (
        f", or use api_version={DEFAULT_API_VERSION!r}"
        if _version_rule_violation(body_schema, DEFAULT_API_VERSION, body) is None
        else ""
    )
    return f"api_version {api_version} refuses {where} (rule: {rule}). Remove it{fallback}."


def check_version_rules(
    api_version: str, body: Mapping[str, Any], body_schema: str = "CreateMessageParams"
) -> None:
    """Raise ``ValueError`` naming the rule and the version when ``body`` breaks one.

    Example::

        check_version_rules("2026-10-21", body)  # ValueError for temperature=...
    """
    problem = version_rule_violation(api_version, body, body_schema)
    if problem is not None:
        raise ValueError(problem)


def check_nonstreaming_duration(max_tokens: int) -> None:
    """Refuse a non-streaming request that may outlast the default 10-minute timeout.

    The expected duration is ``3600 * max_tokens / 128000`` seconds; only applied when
    neither the client nor the call chose a timeout.

    Example::

        check_nonstreaming_duration(64_000)  # ValueError: ... use stream=True ...
    """
    expected = 3600.0 * max_tokens / _TOKENS_PER_HOUR
    if expected > NONSTREAMING_LIMIT:
        raise ValueError(
            f"max_tokens={max_tokens} may take up to {expected / 60:.0f} minutes, longer than "
            "the default 10-minute timeout of a non-streaming request. Streaming is strongly "
            "recommended: use stream=True or client.messages.stream(...); or pass an explicit "
            "timeout=... to accept the risk."
        )


# --- serialisation and the httpx.Request -----------------------------------------------


def _json_default(value: object) -> object:
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"Object of type {_type_name(value)} is not JSON serializable")


_encode_utf8 = json.JSONEncoder(
    ensure_ascii=False, allow_nan=False, separators=(",", ":"), default=_json_default
).encode
_encode_ascii = json.JSONEncoder(
    ensure_ascii=True, allow_nan=False, separators=(",", ":"), default=_json_default
).encode


def encode_json(body: object) -> bytes:
    """Serialise a request body: compact UTF-8 JSON, model instances via ``to_dict()``.

    NaN and infinities raise ``ValueError`` (they are not JSON). A string holding a lone
    surrogate, which UTF-8 cannot carry, is sent as a JSON ``\\u`` escape instead.

    Example::

        encode_json({"a": [1, 2]})  # b'{"a":[1,2]}'
    """
    try:
        return _encode_utf8(body).encode()
    except UnicodeEncodeError:
        return _encode_ascii(body).encode()


def _timeout_dict(
    config: RequestConfig, timeout: float | httpx.Timeout | None, idle_timeout: float | None
) -> dict[str, float | None]:
    result: dict[str, float | None]
    if timeout is None:
        result = config.timeout
    elif isinstance(timeout, httpx.Timeout):
        result = timeout.as_dict()
    elif isinstance(timeout, int | float) and not isinstance(timeout, bool):
        if not timeout > 0:
            raise ValueError(f"timeout must be > 0 seconds, got {timeout}")
        result = dict.fromkeys(_TIMEOUT_KEYS, float(timeout))
    else:
        raise TypeError(f"timeout must be a number or an httpx.Timeout, not {_type_name(timeout)}")
    if idle_timeout is not None:
        read = result["read"]
        result = dict(result)
        result["read"] = idle_timeout if read is None else min(read, idle_timeout)
    return result


def build_request(
    config: RequestConfig,
    method: str,
    path: str,
    body: object | None = None,
    *,
    stream: bool = False,
    extra_headers: Mapping[str, str | None] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    timeout: float | httpx.Timeout | None = None,
    idle_timeout: float | None = None,
) -> httpx.Request:
    """Compose one request from the client's config and the call's options.

    ``extra_headers`` override the defaults (a ``None`` value removes that header);
    ``extra_query`` is merged into the query string; ``timeout`` (seconds or an
    ``httpx.Timeout``) replaces the client's; ``idle_timeout`` caps the read timeout.

    Example::

        request = build_request(config, "POST", "/v1/messages", body)
    """
    if is_absent(timeout):
        timeout = None
    if is_absent(idle_timeout):
        idle_timeout = None
    if is_absent(extra_query):
        extra_query = None
    if idle_timeout is not None:
        if not isinstance(idle_timeout, int | float) or isinstance(idle_timeout, bool):
            raise TypeError(f"idle_timeout must be a number, not {_type_name(idle_timeout)}")
        if not 0 < idle_timeout < float("inf"):
            raise ValueError(
                f"idle_timeout must be a finite number > 0 seconds, got {idle_timeout}"
            )
    url = config.url(path)
    if extra_query:
        if not isinstance(extra_query, Mapping):
            raise TypeError(f"extra_query must be a dict, not {_type_name(extra_query)}")
        url = url.copy_merge_params(extra_query)
    request = httpx.Request(
        method,
        url,
        headers=config.stream_headers if stream else config.headers,
        content=None if body is None else encode_json(body),
        extensions={"timeout": _timeout_dict(config, timeout, idle_timeout)},
    )
    headers = SecretHeaders(request.headers)
    if extra_headers:
        if not isinstance(extra_headers, Mapping):
            raise TypeError(f"extra_headers must be a dict, not {_type_name(extra_headers)}")
        check_headers(extra_headers, "extra_headers")
        for key, value in extra_headers.items():
            if value is None or is_absent(value):
                headers.pop(key, None)
            else:
                headers[key] = value
    request.headers = headers
    return request
