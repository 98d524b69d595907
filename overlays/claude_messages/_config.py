"""What a client fixes once for all its requests: ``RequestConfig``, and the API versions.

``SecretHeaders`` keeps the credentials out of every ``repr()`` of the headers.
"""

from __future__ import annotations

from typing import Final

import httpx

__all__ = [
    "API_VERSION_2023_06_01",
    "API_VERSION_2026_10_21",
    "DEFAULT_API_VERSION",
    "RequestConfig",
    "SecretHeaders",
]

API_VERSION_2023_06_01: Final = "2023-06-01"
API_VERSION_2026_10_21: Final = "2026-10-21"
DEFAULT_API_VERSION: Final = API_VERSION_2023_06_01
"""The default: the version with sampling controls (``temperature``, ``top_k``, ``top_p``)."""

_SECRET_HEADERS: Final = frozenset({"x-api-key", "authorization", "proxy-authorization"})

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
        "header_names",
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
        # The client's header names, lowercased: requests add Host and Content-Length
        # unless they are among them.
        self.header_names = frozenset(key.lower() for key in self.headers)
        self.timeout = timeout.as_dict()
        self.timeout_is_default = timeout_is_default
        self.api_version = api_version
        self._urls: dict[str, tuple[httpx.URL, bytes]] = {}

    def url(self, path: str) -> tuple[httpx.URL, bytes]:
        """The absolute URL of an API path and its Host header value, parsed once per path
        and reused."""
        target = self._urls.get(path)
        if target is None:
            url = httpx.URL(self.base_url + path)
            target = url, url.netloc
            # Paths with ids (one per batch or model) must not grow the cache without end;
            # starting over when full keeps the few hot paths (/v1/messages) cached.
            if len(self._urls) >= _URL_CACHE_SIZE:
                self._urls.clear()
            self._urls[path] = target
        return target
