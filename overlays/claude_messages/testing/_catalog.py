"""The models the emulator serves, and the API's list pagination over them.

Pagination follows the API: newest first; ``limit`` (1 to
1000, default 20); ``after_id`` gives the page right after that id, ``before_id`` the page
right before it; ``has_more`` tells whether more items lie in the direction of travel;
``first_id``/``last_id`` are null on an empty page.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

__all__ = ["DEFAULT_MODELS", "PageError", "find_model", "paginate"]

DEFAULT_MODELS: tuple[dict[str, str], ...] = (
    {
        "id": "claude-haiku-4-5-20251001",
        "display_name": "Claude Haiku 4.5",
        "created_at": "2025-10-15T00:00:00Z",
    },
    {
        "id": "claude-sonnet-4-5-20250929",
        "display_name": "Claude Sonnet 4.5",
        "created_at": "2025-09-29T00:00:00Z",
    },
    {
        "id": "claude-opus-4-1-20250805",
        "display_name": "Claude Opus 4.1",
        "created_at": "2025-08-05T00:00:00Z",
    },
    {
        "id": "claude-opus-4-20250514",
        "display_name": "Claude Opus 4",
        "created_at": "2025-05-22T00:00:00Z",
    },
    {
        "id": "claude-sonnet-4-20250514",
        "display_name": "Claude Sonnet 4",
        "created_at": "2025-05-22T00:00:00Z",
    },
    {
        "id": "claude-3-7-sonnet-20250219",
        "display_name": "Claude Sonnet 3.7",
        "created_at": "2025-02-24T00:00:00Z",
    },
    {
        "id": "claude-3-5-haiku-20241022",
        "display_name": "Claude Haiku 3.5",
        "created_at": "2024-10-22T00:00:00Z",
    },
    {
        "id": "claude-3-haiku-20240307",
        "display_name": "Claude Haiku 3",
        "created_at": "2024-03-07T00:00:00Z",
    },
)


class PageError(ValueError):
    """A pagination parameter is invalid; ``param`` names it."""

    def __init__(self, param: str, message: str) -> None:
        super().__init__(f"{param}: {message}")
        self.param = param


def _as_model(item: Mapping[str, Any]) -> dict[str, Any]:
    return {"type": "model", **item}


def find_model(models: Sequence[dict[str, str]], model_id: str) -> dict[str, Any] | None:
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
