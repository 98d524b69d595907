"""Request building, pure: checked arguments in, one ready ``httpx.Request`` out.

The per-request path is kept lean on purpose (client CPU per ``create()``): the
client's headers are built once and copied (``RequestConfig``), the body is serialised by
one ``json.dumps`` with compact separators, and generated model instances inside the
arguments are turned into JSON by ``to_dict()`` only when the encoder meets them (no deep
copies up front). The arguments were checked before (``_checks``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Final

import httpx

from ._config import RequestConfig, SecretHeaders
from ._headers_check import check_headers
from ._sentinels import is_absent

__all__ = ["build_request", "encode_json"]

_TIMEOUT_KEYS: Final = ("connect", "read", "write", "pool")
_NUMBER: Final = (int, float)
_BODY_METHODS: Final = frozenset({"POST", "PUT", "PATCH"})
_FRAMING: Final = frozenset({"content-length", "transfer-encoding"})


def _type_name(value: object) -> str:
    return type(value).__name__


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
    elif isinstance(timeout, _NUMBER) and not isinstance(timeout, bool):
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
        if not isinstance(idle_timeout, _NUMBER) or isinstance(idle_timeout, bool):
            raise TypeError(f"idle_timeout must be a number, not {_type_name(idle_timeout)}")
        if not 0 < idle_timeout < float("inf"):
            raise ValueError(
                f"idle_timeout must be a finite number > 0 seconds, got {idle_timeout}"
            )
    url, host = config.url(path)
    if extra_query:
        if not isinstance(extra_query, Mapping):
            raise TypeError(f"extra_query must be a dict, not {_type_name(extra_query)}")
        url = url.copy_merge_params(extra_query)
    headers: httpx.Headers = config.stream_headers if stream else config.headers
    names = config.header_names
    if extra_headers:
        if not isinstance(extra_headers, Mapping):
            raise TypeError(f"extra_headers must be a dict, not {_type_name(extra_headers)}")
        check_headers(extra_headers, "extra_headers")
        headers = httpx.Headers(headers)  # a copy: the client's stay as they are
        for key, value in extra_headers.items():
            if value is None or is_absent(value):
                headers.pop(key, None)
            else:
                headers[key] = value
        names = names | {key.lower() for key in extra_headers}
    content = b"" if body is None else encode_json(body)
    # Built from its stream: ``httpx.Request(content=...)`` would add Host and
    # Content-Length by searching the headers several times (half the cost of building a
    # request, measured); httpx adds no header to a request made with ``stream=``, so the
    # two are added here, first, as httpx would.
    auto: list[tuple[bytes, bytes]] = []
    if "host" not in names:
        auto.append((b"Host", host))
    if (content or method in _BODY_METHODS) and not names & _FRAMING:
        auto.append((b"Content-Length", b"%d" % len(content)))
    secret = SecretHeaders(auto + headers.raw)
    request = httpx.Request(
        method,
        url,
        stream=httpx.ByteStream(content),
        extensions={"timeout": _timeout_dict(config, timeout, idle_timeout)},
    )
    # Set, not passed: httpx would copy them (and a subclass's repr would be lost).
    request.headers = secret
    # What ``request.read()`` stores (the body is in memory: ``request.content`` is
    # readable, as with ``content=``), without joining the stream again.
    request._content = content
    return request
