"""Building the simple calls of the models and batches resources: pure, shared by sync and async.

Each call takes the per-call options of ``RequestOptions`` (``extra_headers``,
``extra_query``, ``timeout``, ``idle_timeout``; ``extra_body`` where the call has a body),
checked by name before anything is sent, like ``messages.create``'s arguments.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final
from urllib.parse import quote

import httpx

from .._checks import check_param_names
from .._config import RequestConfig
from .._params import REQUEST_OPTIONS
from .._request import build_request

__all__ = ["path_id", "prepare_call"]

_BODILESS_OPTIONS: Final = REQUEST_OPTIONS - {"extra_body"}


def path_id(name: str, value: object) -> str:
    """Check an id that goes into the URL path and escape it (``/`` cannot change the route).

    Example::

        path_id("message_batch_id", "msgbatch_01")  # "msgbatch_01"
    """
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if not value:
        raise ValueError(f"{name} must be a non-empty string")
    return quote(value, safe="")


def prepare_call(
    config: RequestConfig,
    name: str,
    method: str,
    path: str,
    options: Mapping[str, Any],
    *,
    body: Mapping[str, Any] | None = None,
    query: Mapping[str, Any] | None = None,
    accept: str | None = None,
) -> httpx.Request:
    """One request of a resource method called ``name``, with its options applied.

    ``extra_body`` is accepted by POST calls only (it is merged into the body, its keys
    winning); ``extra_query`` is merged over ``query``; ``accept`` replaces the client's
    ``accept`` header unless ``extra_headers`` sets one.

    Example::

        request = prepare_call(config, "retrieve", "GET", "/v1/models/claude-x", {})
    """
    allowed = REQUEST_OPTIONS if method == "POST" else _BODILESS_OPTIONS
    check_param_names(name, options, allowed, ())
    extra_body = options.get("extra_body")
    if extra_body is not None:
        if not isinstance(extra_body, Mapping):
            raise TypeError(f"extra_body must be a dict, not {type(extra_body).__name__}")
        body = {**(body or {}), **extra_body}
    extra_query = options.get("extra_query")
    if query:
        if extra_query is not None and not isinstance(extra_query, Mapping):
            raise TypeError(f"extra_query must be a dict, not {type(extra_query).__name__}")
        extra_query = {**query, **(extra_query or {})}
    extra_headers = options.get("extra_headers")
    if accept is not None:
        if extra_headers is not None and not isinstance(extra_headers, Mapping):
            raise TypeError(f"extra_headers must be a dict, not {type(extra_headers).__name__}")
        extra_headers = {"accept": accept, **(extra_headers or {})}
    return build_request(
        config,
        method,
        path,
        body,
        extra_headers=extra_headers,
        extra_query=extra_query,
        timeout=options.get("timeout"),
        idle_timeout=options.get("idle_timeout"),
    )
