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

T = TypeVar("T", bound="ThinkingConfigEnabled")


@_attrs_define
class ThinkingConfigEnabled:
    """Thinking on, with a token budget.

    Attributes:
        type_ (Literal['enabled']): Always `enabled`. Default: 'enabled'.
        budget_tokens (int): Tokens the model may spend thinking (at least 1024, less than `max_tokens`).
    """

    budget_tokens: int
    type_: Literal["enabled"] = "enabled"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        budget_tokens = self.budget_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "budget_tokens": budget_tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["enabled"], d.pop("type"))
        if type_ != "enabled":
            raise ValueError(f"type must match const 'enabled', got '{type_}'")

        budget_tokens = d.pop("budget_tokens")

        thinking_config_enabled = cls(
            type_=type_,
            budget_tokens=budget_tokens,
        )

        thinking_config_enabled.additional_properties = d
        return thinking_config_enabled

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
