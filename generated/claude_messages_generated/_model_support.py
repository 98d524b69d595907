"""Helpers shared by the generated models: repr, JSON. Written by scripts/generate."""

from __future__ import annotations

import json
from typing import Any, Literal

import attrs

from .types import Unset


def model_repr(model: attrs.AttrsInstance) -> str:
    """``Name(field=value, ...)``: the fields that are set, by their API names."""
    parts: list[str] = []
    for field in attrs.fields(type(model)):
        value = getattr(model, field.name)
        if field.name == "additional_properties":
            parts.extend(f"{key}={item!r}" for key, item in value.items())
        elif not isinstance(value, Unset):
            name = field.name[:-1] if field.name.endswith("_") else field.name
            parts.append(f"{name}={value!r}")
    return f"{type(model).__name__}({', '.join(parts)})"


def _drop_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _drop_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_drop_none(v) for v in value]
    return value


def model_dump(
    data: dict[str, Any], mode: Literal["python", "json"] = "python", exclude_none: bool = False
) -> dict[str, Any]:
    """The JSON object of a model (``to_dict()``), without ``None`` values if asked."""
    if mode not in ("python", "json"):
        raise ValueError(f"mode must be 'python' or 'json', got {mode!r}")
    return _drop_none(data) if exclude_none else data


def model_json(data: dict[str, Any], indent: int | None, exclude_none: bool = False) -> str:
    """The JSON text of a model's ``to_dict()``."""
    return json.dumps(_drop_none(data) if exclude_none else data, indent=indent, ensure_ascii=False)
