"""The body of ``messages.batches.create``, checked before sending: pure, shared by both clients.

A batch holds up to 100,000 requests. A mistake in one of them is found here, naming the
entry by index and ``custom_id``, rather than after the upload: a ``custom_id`` that breaks
``^[a-zA-Z0-9_-]{1,64}$`` or repeats an earlier one, and any ``params`` that
``messages.create`` would refuse. ``params`` are checked by the very code of ``create``
(``_checks.message_body``, the API version's rules), so they take what
``create`` takes: plain dicts or generated models, and ``extra_body`` for inputs newer than
this release. ``stream`` must be absent or false; per-call options (``timeout``, ...) belong
to the ``batches.create`` call, not to its requests.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, Final

from ._checks import CREATE_MESSAGE, as_dict, check_version_rules, message_body
from ._validate import operation

__all__ = ["CUSTOM_ID_PATTERN", "MAX_BATCH_REQUESTS", "batch_body"]

MAX_BATCH_REQUESTS: Final = 100_000
"""The most requests one batch may hold."""

CUSTOM_ID_PATTERN: Final = re.compile(r"[a-zA-Z0-9_-]{1,64}")
"""What a ``custom_id`` must match in full (the API's ``^[a-zA-Z0-9_-]{1,64}$``)."""

_ENTRY_OPTIONS: Final = frozenset({"stream", "extra_body"})
_ENTRY_KEYS: Final = frozenset({"custom_id", "params"})


def _entry_params(params: object, api_version: str) -> dict[str, Any]:
    params = as_dict(params)
    if not isinstance(params, Mapping):
        raise TypeError(f"params must be a dict of create() arguments, not {type(params).__name__}")
    create = operation(CREATE_MESSAGE)
    create.check_names("create", params, _ENTRY_OPTIONS)
    headers = create.header_arguments & params.keys()
    if headers:
        raise TypeError(
            f"{sorted(headers)[0]} travels as a header of the whole request: pass it to "
            "batches.create(), not in the params of one request"
        )
    stream = params.get("stream")
    if stream is True:
        raise ValueError("stream must be absent or false: batch requests are not streamed")
    body = message_body(params, stream=stream)
    check_version_rules(api_version, body)
    return body


def batch_body(requests: object, api_version: str) -> dict[str, Any]:
    """Check the requests of a batch and build the body of ``POST /v1/messages/batches``.

    Each request is ``{"custom_id": str, "params": {...create() arguments...}}`` or a
    generated ``MessageBatchRequest``. A bad entry raises ``TypeError``/``ValueError``
    whose message starts with ``requests[i] (custom_id='...')``.

    Example::

        batch_body([{"custom_id": "q1", "params": {"model": "claude-3-haiku-20240307",
                     "max_tokens": 100, "messages": [{"role": "user", "content": "Hi"}]}}],
                   "2023-06-01")
    """
    if isinstance(requests, str | bytes | Mapping) or not isinstance(requests, Iterable):
        raise TypeError(f"requests must be a list, not {type(requests).__name__}")
    entries = requests if isinstance(requests, list | tuple) else list(requests)
    if not entries:
        raise ValueError("requests must contain at least one request")
    if len(entries) > MAX_BATCH_REQUESTS:
        raise ValueError(
            f"requests holds {len(entries)} requests; a batch takes at most {MAX_BATCH_REQUESTS}"
        )
    seen: dict[str, int] = {}
    out: list[dict[str, Any]] = []
    for index, raw in enumerate(entries):
        entry = as_dict(raw)
        where = f"requests[{index}]"
        if not isinstance(entry, Mapping):
            raise TypeError(
                f"{where} must be a dict with 'custom_id' and 'params', not {type(entry).__name__}"
            )
        custom_id = entry.get("custom_id")
        if isinstance(custom_id, str):
            where += f" (custom_id={custom_id!r})"
        unknown = entry.keys() - _ENTRY_KEYS
        if unknown:
            names = ", ".join(repr(name) for name in sorted(unknown, key=str))
            raise TypeError(f"{where} has unexpected keys {names} (only 'custom_id' and 'params')")
        if custom_id is None or "params" not in entry:
            missing = "custom_id" if custom_id is None else "params"
            raise TypeError(f"{where} is missing {missing!r}")
        if not isinstance(custom_id, str):
            raise TypeError(f"{where}: custom_id must be a str, not {type(custom_id).__name__}")
        if CUSTOM_ID_PATTERN.fullmatch(custom_id) is None:
            raise ValueError(
                f"{where}: custom_id must be 1 to 64 characters from a-z, A-Z, 0-9, '_' and '-'"
            )
        earlier = seen.setdefault(custom_id, index)
        if earlier != index:
            raise ValueError(f"{where}: custom_id repeats that of requests[{earlier}]")
        try:
            params = _entry_params(entry["params"], api_version)
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"{where}: {exc}") from exc
        out.append({"custom_id": custom_id, "params": params})
    return {"requests": out}
