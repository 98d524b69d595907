"""Request building, pure: checked arguments in, one ready ``httpx.Request`` out.

Everything here runs before any network I/O, so bad input fails fast with a ``TypeError``
or ``ValueError`` that names the argument (issue 4, "Bad input and secrets"), and the
rules of the chosen API version are applied locally instead of costing a round trip for a
400 (WIRE.md, "API versions"). Sync and async clients share all of it.

The per-request path is kept lean on purpose (issue 8: client CPU per ``create()``): the
client's headers are built once and copied, the body is serialised by one ``json.dumps``
with compact separators, and generated model instances inside the arguments are turned
into JSON by ``to_dict()`` only when the encoder meets them (no deep copies up front).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, Final

import httpx

__all__ = [
    "API_VERSION_2023_06_01",
    "API_VERSION_2026_10_21",
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
]

API_VERSION_2023_06_01: Final = "2023-06-01"
API_VERSION_2026_10_21: Final = "2026-10-21"
DEFAULT_API_VERSION: Final = API_VERSION_2023_06_01
"""The version the seed's manual describes (it documents temperature, top_k and top_p)."""

NONSTREAMING_LIMIT: Final = 600.0
"""Seconds a non-streaming request may be expected to take under the default timeout."""

# Output tokens per hour assumed by the 10-minute guard (issue 4: 3600 * max_tokens / 128000).
_TOKENS_PER_HOUR: Final = 128_000

_SECRET_HEADERS: Final = frozenset({"x-api-key", "authorization", "proxy-authorization"})

_SAMPLING_PARAMETERS: Final = ("temperature", "top_p", "top_k")

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


# --- argument checks -------------------------------------------------------------------


def _type_name(value: object) -> str:
    return type(value).__name__


def _is_model(value: object) -> bool:
    return callable(getattr(value, "to_dict", None))


def _check_object(name: str, value: object) -> None:
    """A JSON object argument: a mapping or a generated model instance."""
    if not isinstance(value, Mapping) and not _is_model(value):
        raise TypeError(f"{name} must be a dict (or a model instance), not {_type_name(value)}")


def _check_list(name: str, value: object) -> list[Any] | tuple[Any, ...]:
    """A JSON array argument: a list or tuple; other iterables are materialised once."""
    if isinstance(value, list | tuple):
        return value
    if isinstance(value, str | bytes | bytearray | Mapping) or not isinstance(value, Iterable):
        raise TypeError(f"{name} must be a list, not {_type_name(value)}")
    return list(value)


def _check_int(name: str, value: object, minimum: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be an int, not {_type_name(value)}")
    if value < minimum:
        raise ValueError(f"{name} must be >= {minimum}, got {value}")
    return value


def _check_number(name: str, value: object) -> None:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise TypeError(f"{name} must be a number, not {_type_name(value)}")
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(f"{name} must be a finite number, got {value}")


def _check_str(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {_type_name(value)}")
    return value


def _check_messages(value: object) -> list[Any] | tuple[Any, ...]:
    messages = _check_list("messages", value)
    if not messages:
        raise ValueError("messages must contain at least one message")
    for i, message in enumerate(messages):
        if isinstance(message, Mapping):
            role = message.get("role")
            if not isinstance(role, str):
                raise ValueError(f"messages[{i}] needs a 'role' ('user' or 'assistant')")
            content = message.get("content")
            if not isinstance(content, str | list | tuple):
                raise ValueError(f"messages[{i}] needs a 'content' (a str or a list of blocks)")
        elif not _is_model(message):
            raise TypeError(f"messages[{i}] must be a dict, not {_type_name(message)}")
    return messages


def _check_system(value: object) -> object:
    if isinstance(value, str):
        return value
    blocks = _check_list("system", value)
    for i, block in enumerate(blocks):
        _check_object(f"system[{i}]", block)
    return blocks


def _check_objects(name: str, value: object) -> list[Any] | tuple[Any, ...]:
    items = _check_list(name, value)
    for i, item in enumerate(items):
        _check_object(f"{name}[{i}]", item)
    return items


def _check_stop_sequences(value: object) -> list[Any] | tuple[Any, ...]:
    items = _check_list("stop_sequences", value)
    for i, item in enumerate(items):
        if not isinstance(item, str):
            raise TypeError(f"stop_sequences[{i}] must be a str, not {_type_name(item)}")
    return items


def check_param_names(
    method: str, params: Mapping[str, object], allowed: frozenset[str], required: Iterable[str]
) -> None:
    """Raise ``TypeError`` for a misspelt or missing keyword argument, naming it.

    Example::

        check_param_names("create", {"max_token": 5}, ALLOWED, ("max_tokens",))
        # TypeError: create() got an unexpected keyword argument 'max_token'
    """
    unknown = params.keys() - allowed
    if unknown:
        names = ", ".join(repr(name) for name in sorted(unknown))
        plural = "s" if len(unknown) > 1 else ""
        raise TypeError(f"{method}() got an unexpected keyword argument{plural} {names}")
    for name in required:
        if name not in params:
            raise TypeError(f"{method}() missing required keyword argument {name!r}")


def _check_model(value: object) -> str:
    model = _check_str("model", value)
    if not model:
        raise ValueError("model must not be empty")
    return model


def _add_prompt_inputs(body: dict[str, Any], params: Mapping[str, Any]) -> None:
    """The optional inputs that create, count_tokens and batch requests share."""
    get = params.get
    if (system := get("system")) is not None:
        body["system"] = _check_system(system)
    if (tools := get("tools")) is not None:
        body["tools"] = _check_objects("tools", tools)
    if (tool_choice := get("tool_choice")) is not None:
        _check_object("tool_choice", tool_choice)
        body["tool_choice"] = tool_choice
    if (thinking := get("thinking")) is not None:
        _check_object("thinking", thinking)
        body["thinking"] = thinking


def _merge_extra_body(body: dict[str, Any], params: Mapping[str, Any]) -> None:
    if (extra_body := params.get("extra_body")) is not None:
        if not isinstance(extra_body, Mapping):
            raise TypeError(f"extra_body must be a dict, not {_type_name(extra_body)}")
        body.update(extra_body)


def message_body(params: Mapping[str, Any], *, stream: object = None) -> dict[str, Any]:
    """Check the arguments of ``messages.create`` and build its JSON body (as a dict).

    ``params`` holds the keyword arguments (names already checked); ``None`` means "not
    given": omitted from the body. ``extra_body`` is merged last (its keys win), so
    inputs the API gained after this release can be sent today.

    Example::

        message_body({"max_tokens": 100, "model": "claude-3-haiku-20240307",
                      "messages": [{"role": "user", "content": "Hello"}]})
    """
    model = _check_model(params.get("model"))
    body: dict[str, Any] = {
        "max_tokens": _check_int("max_tokens", params.get("max_tokens"), 1),
        "messages": _check_messages(params.get("messages")),
        "model": model,
    }
    get = params.get
    if (metadata := get("metadata")) is not None:
        _check_object("metadata", metadata)
        body["metadata"] = metadata
    if (stop_sequences := get("stop_sequences")) is not None:
        body["stop_sequences"] = _check_stop_sequences(stop_sequences)
    if stream is not None:
        if not isinstance(stream, bool):
            raise TypeError(f"stream must be a bool, not {_type_name(stream)}")
        if stream:
            body["stream"] = True
    _add_prompt_inputs(body, params)
    if (temperature := get("temperature")) is not None:
        _check_number("temperature", temperature)
        body["temperature"] = temperature
    if (top_k := get("top_k")) is not None:
        body["top_k"] = _check_int("top_k", top_k, 0)
    if (top_p := get("top_p")) is not None:
        _check_number("top_p", top_p)
        body["top_p"] = top_p
    if (service_tier := get("service_tier")) is not None:
        body["service_tier"] = _check_str("service_tier", service_tier)
    _merge_extra_body(body, params)
    return body


def count_tokens_body(params: Mapping[str, Any]) -> dict[str, Any]:
    """Check the arguments of ``messages.count_tokens`` and build its JSON body.

    The same checks as ``message_body`` for the inputs the two share (``model``,
    ``messages``, ``system``, ``tools``, ``tool_choice``, ``thinking``, ``extra_body``).

    Example::

        count_tokens_body({"model": "claude-3-haiku-20240307",
                           "messages": [{"role": "user", "content": "Hello"}]})
    """
    model = _check_model(params.get("model"))
    body: dict[str, Any] = {"messages": _check_messages(params.get("messages")), "model": model}
    _add_prompt_inputs(body, params)
    _merge_extra_body(body, params)
    return body


# --- API version rules (WIRE.md, "API versions") ---------------------------------------


def as_dict(value: object) -> object:
    """A generated model's JSON (``to_dict()``); anything else unchanged."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def version_rule_violation(api_version: str, body: Mapping[str, Any]) -> str | None:
    """The first rule of ``api_version`` that ``body`` breaks, as a readable sentence.

    Applies to messages, token counting and batch request params alike. Versions from
    ``2026-10-21`` on (ISO dates compare as strings) refuse: sampling parameters
    (``temperature``, ``top_p``, ``top_k``, even at default values); a ``document`` block
    directly in an ``assistant`` message; a ``text`` block with non-empty ``citations`` in a
    ``user`` message. ``None`` when the body is fine. Model instances are read via
    ``to_dict()``.

    Example::

        version_rule_violation("2026-10-21", {"temperature": 1.0, ...})
        # "api_version 2026-10-21 refuses 'temperature' (rule: no sampling parameters ..."
    """
    if api_version < API_VERSION_2026_10_21:
        return None
    for name in _SAMPLING_PARAMETERS:
        if name in body:
            return (
                f"api_version {api_version} refuses {name!r} (rule: no sampling parameters; "
                f"temperature, top_p and top_k are rejected from {API_VERSION_2026_10_21} on, "
                "even at default values). Remove it, or use api_version='2023-06-01'."
            )
    messages = body.get("messages")
    if not isinstance(messages, list | tuple):
        return None
    for i, raw_message in enumerate(messages):
        message = as_dict(raw_message)
        if not isinstance(message, Mapping):
            continue
        content = message.get("content")
        if not isinstance(content, list | tuple):
            continue
        role = message.get("role")
        for j, raw_block in enumerate(content):
            block = as_dict(raw_block)
            if not isinstance(block, Mapping):
                continue
            kind = block.get("type")
            if role == "assistant" and kind == "document":
                return (
                    f"api_version {api_version} refuses messages[{i}].content[{j}] (rule: no "
                    "document block in an assistant message). Move the document to a user "
                    "message, or use api_version='2023-06-01'."
                )
            if role == "user" and kind == "text" and block.get("citations"):
                return (
                    f"api_version {api_version} refuses messages[{i}].content[{j}] (rule: no "
                    "citations on a text block in a user message). Drop the citations, or "
                    "use api_version='2023-06-01'."
                )
    return None


def check_version_rules(api_version: str, body: Mapping[str, Any]) -> None:
    """Raise ``ValueError`` naming the rule and the version when ``body`` breaks one.

    Example::

        check_version_rules("2026-10-21", body)  # ValueError for temperature=...
    """
    problem = version_rule_violation(api_version, body)
    if problem is not None:
        raise ValueError(problem)


def check_nonstreaming_duration(max_tokens: int) -> None:
    """Refuse a non-streaming request that may outlast the default 10-minute timeout.

    The expected duration is ``3600 * max_tokens / 128000`` seconds; only applied when
    neither the client nor the call chose a timeout (issue 4, "Retries and timeouts").

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
    if idle_timeout is not None:
        _check_number("idle_timeout", idle_timeout)
        if idle_timeout <= 0:
            raise ValueError(f"idle_timeout must be > 0 seconds, got {idle_timeout}")
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
        for key, value in extra_headers.items():
            if value is None:
                headers.pop(key, None)
            else:
                headers[key] = value
    request.headers = headers
    return request
