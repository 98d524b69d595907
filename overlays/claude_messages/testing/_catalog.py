"""The models the emulator serves, and the API's list pagination over them.

Every model carries every field of the spec's ``ModelInfo``: its limits (``max_input_tokens``,
``max_tokens``), ``capabilities`` (each one the spec lists), ``lifecycle``, ``line`` and the
deprecation dates. The values are a fixed sample for tests, not a live record of the API.

Pagination follows the API: newest first; ``limit`` (1 to
1000, default 20); ``after_id`` gives the page right after that id, ``before_id`` the page
right before it; ``has_more`` tells whether more items lie in the direction of travel;
``first_id``/``last_id`` are null on an empty page.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

__all__ = ["DEFAULT_MODELS", "PageError", "capabilities", "find_model", "paginate"]

_LINES = ("haiku", "sonnet", "opus")


def _support(flag: bool) -> dict[str, bool]:
    return {"supported": flag}


def capabilities(
    *,
    thinking: bool = True,
    adaptive: bool = False,
    server_tools: bool = True,
    structured_outputs: bool = False,
    context_management: bool = False,
    effort: bool = False,
    pdf_input: bool = True,
) -> dict[str, Any]:
    """A model's ``capabilities`` object, every field of the spec's ``ModelCapabilities``
    (its optional ones included) filled from these few traits."""
    return {
        "batch": _support(True),
        "citations": _support(True),
        "code_execution": _support(server_tools),
        "context_management": {
            "supported": context_management,
            "clear_thinking_20251015": _support(context_management and thinking),
            "clear_tool_uses_20250919": _support(context_management),
            "compact_20260112": _support(False),
        },
        "effort": {
            "supported": effort,
            "low": _support(effort),
            "medium": _support(effort),
            "high": _support(effort),
            "xhigh": _support(False),
            "max": _support(effort),
        },
        "image_input": _support(True),
        "pdf_input": _support(pdf_input),
        "server_tools": {
            "supported": server_tools,
            "code_execution": _support(server_tools),
            "web_search": _support(server_tools),
        },
        "structured_outputs": _support(structured_outputs),
        "thinking": {
            "supported": thinking,
            "types": {
                "adaptive": _support(adaptive),
                "between_tools": _support(False),
                "disabled": _support(True),
                "enabled": _support(thinking),
            },
        },
    }


def _model(
    model_id: str,
    display_name: str,
    created_at: str,
    max_tokens: int,
    caps: dict[str, Any],
    *,
    deprecated_at: str | None = None,
    retires_at: str | None = None,
) -> dict[str, Any]:
    return {
        "id": model_id,
        "display_name": display_name,
        "created_at": created_at,
        "max_input_tokens": 200_000,
        "max_tokens": max_tokens,
        "capabilities": caps,
        "lifecycle": "deprecated" if deprecated_at else "active",
        "line": next((line for line in _LINES if line in model_id), None),
        "deprecated_at": deprecated_at,
        "retires_at": retires_at,
    }


_CURRENT = capabilities(structured_outputs=True, context_management=True)
_FOUR = capabilities(context_management=True)
DEFAULT_MODELS: tuple[dict[str, Any], ...] = (
    _model(
        "claude-haiku-4-5-20251001", "Claude Haiku 4.5", "2025-10-15T00:00:00Z", 64_000, _CURRENT
    ),
    _model(
        "claude-sonnet-4-5-20250929", "Claude Sonnet 4.5", "2025-09-29T00:00:00Z", 64_000, _CURRENT
    ),
    _model("claude-opus-4-1-20250805", "Claude Opus 4.1", "2025-08-05T00:00:00Z", 32_000, _CURRENT),
    _model("claude-opus-4-20250514", "Claude Opus 4", "2025-05-22T00:00:00Z", 32_000, _FOUR),
    _model("claude-sonnet-4-20250514", "Claude Sonnet 4", "2025-05-22T00:00:00Z", 64_000, _FOUR),
    _model(
        "claude-3-7-sonnet-20250219",
        "Claude Sonnet 3.7",
        "2025-02-24T00:00:00Z",
        64_000,
        capabilities(),
        deprecated_at="2025-10-28T00:00:00Z",
        retires_at="2026-02-19T00:00:00Z",
    ),
    _model(
        "claude-3-5-haiku-20241022",
        "Claude Haiku 3.5",
        "2024-10-22T00:00:00Z",
        8_192,
        capabilities(thinking=False),
        deprecated_at="2025-10-28T00:00:00Z",
        retires_at="2026-02-19T00:00:00Z",
    ),
    _model(
        "claude-3-haiku-20240307",
        "Claude Haiku 3",
        "2024-03-07T00:00:00Z",
        4_096,
        capabilities(thinking=False, server_tools=False, pdf_input=False),
    ),
)
"""The catalogue served by default, newest first: each model with every ``ModelInfo`` field."""


class PageError(ValueError):
    """A pagination parameter is invalid; ``param`` names it."""

    def __init__(self, param: str, message: str) -> None:
        super().__init__(f"{param}: {message}")
        self.param = param


def _as_model(item: Mapping[str, Any]) -> dict[str, Any]:
    """A catalogue entry as the API shows it: the fields it leaves out take the defaults of
    a current model (a 200k context, every capability but the newest, ``active``)."""
    model_id = str(item["id"])
    defaults = _model(model_id, model_id, "1970-01-01T00:00:00Z", 64_000, _FOUR)
    return {"type": "model", **defaults, **item}


def find_model(models: Sequence[Mapping[str, Any]], model_id: str) -> dict[str, Any] | None:
    """The model with this id, or whose id is this alias plus a date suffix."""
    for item in models:
        if item["id"] == model_id:
            return _as_model(item)
    for item in models:
        head, _, date = item["id"].rpartition("-")
        if head == model_id and date.isdigit():
            return _as_model(item)
    return None


def paginate(
    items: Sequence[Mapping[str, Any]],
    query: dict[str, str],
    render: Callable[[Mapping[str, Any]], dict[str, Any]] = _as_model,
) -> dict[str, Any]:
    """One page of ``items`` (ordered newest first, each with an ``id``) for the query.

    ``render`` turns an item into its JSON (by default: a model's).
    """
    raw_limit = query.get("limit", "20")
    try:
        limit = int(raw_limit)
    except ValueError:
        raise PageError("limit", "Input should be a valid integer") from None
    if not 1 <= limit <= 1000:
        raise PageError("limit", "Input should be between 1 and 1000")
    after, before = query.get("after_id"), query.get("before_id")
    if after is not None and before is not None:
        raise PageError("before_id", "after_id and before_id cannot both be given")
    ids = [item["id"] for item in items]

    def position(param: str, value: str) -> int:
        try:
            return ids.index(value)
        except ValueError:
            raise PageError(param, f"no item with id {value!r}") from None

    if before is not None:
        end = position("before_id", before)
        start = max(0, end - limit)
        has_more = start > 0
    else:
        start = position("after_id", after) + 1 if after is not None else 0
        end = min(len(ids), start + limit)
        has_more = end < len(ids)
    page = [render(item) for item in items[start:end]]
    return {
        "data": page,
        "has_more": has_more,
        "first_id": page[0]["id"] if page else None,
        "last_id": page[-1]["id"] if page else None,
    }
