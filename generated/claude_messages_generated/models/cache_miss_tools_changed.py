from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model_support import model_dump, model_json, model_repr

T = TypeVar("T", bound="CacheMissToolsChanged")


@_attrs_define
class CacheMissToolsChanged:
    """The tools differ from the earlier request's.

    Attributes:
        type_ (Literal['tools_changed']): Always `tools_changed`. Default: 'tools_changed'.
        cache_missed_input_tokens (int): Input tokens that could not be read from the cache.
    """

    cache_missed_input_tokens: int
    type_: Literal["tools_changed"] = "tools_changed"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        cache_missed_input_tokens = self.cache_missed_input_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "cache_missed_input_tokens": cache_missed_input_tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["tools_changed"]', d.pop("type"))
        if type_ != "tools_changed":
            raise ValueError(f"type must match const 'tools_changed', got '{type_}'")

        cache_missed_input_tokens = d.pop("cache_missed_input_tokens")

        cache_miss_tools_changed = cls(
            type_=type_,
            cache_missed_input_tokens=cache_missed_input_tokens,
        )

        cache_miss_tools_changed.additional_properties = d
        return cache_miss_tools_changed

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    @property
    def type(self) -> Literal["tools_changed"]:
        """The API's ``type`` (the attribute ``type_``)."""
        return self.type_

    def __repr__(self) -> str:
        return model_repr(self)

    def to_json(self, indent: int | None = 2) -> str:
        """The model as JSON text, with the API's field names (``indent=None``: compact)."""
        return model_json(self.to_dict(), indent)

    def model_dump(
        self, *, mode: Literal["python", "json"] = "python", exclude_none: bool = False
    ) -> dict[str, Any]:
        """Compatibility name: ``to_dict()``, without ``None`` values if ``exclude_none``."""
        return model_dump(self.to_dict(), mode, exclude_none)

    def model_dump_json(self, *, indent: int | None = None, exclude_none: bool = False) -> str:
        """Compatibility name: ``to_json(indent)``, without ``None`` values if asked."""
        return model_json(self.to_dict(), indent, exclude_none)
