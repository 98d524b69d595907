"""Decoding a JSON answer into a generated model, with one error for every way it can fail.

Used for every JSON answer: ``create``'s ``Message`` (``_response.parse_message``), token
counts, models and batches.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx

from ._exceptions import APIResponseValidationError

__all__ = ["parse_json_model"]

_T = TypeVar("_T")


def parse_json_model(
    response: httpx.Response, from_dict: Callable[[Mapping[str, Any]], _T], what: str
) -> _T:
    """Decode a 2xx answer (body already read) with ``from_dict``; ``what`` names the type.

    A body that is not a JSON object, or one the model refuses, raises
    ``APIResponseValidationError`` (with the cause chained).

    Example::

        info = parse_json_model(response, ModelInfo.from_dict, "ModelInfo")
    """
    try:
        data = json.loads(response.content)
    except ValueError as exc:
        raise APIResponseValidationError(
            f"The API answered {response.status_code} with a body that is not JSON.",
            response.request,
            body=response.text,
        ) from exc
    if not isinstance(data, dict):
        raise APIResponseValidationError(
            "The API answered with JSON that is not an object.", response.request, body=data
        )
    try:
        return from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            f"The API answered with JSON that is not a {what} ({type(exc).__name__}: {exc}).",
            response.request,
            body=data,
        ) from exc
