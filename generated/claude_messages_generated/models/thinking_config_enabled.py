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
from ..models.thinking_display import ThinkingDisplay, check_thinking_display
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThinkingConfigEnabled")


@_attrs_define
class ThinkingConfigEnabled:
    """Thinking on, with a token budget.

    Attributes:
        type_ (Literal['enabled']): Always `enabled`. Default: 'enabled'.
        budget_tokens (int): Tokens the model may spend thinking (at least 1024, less than `max_tokens`).
        display (None | ThinkingDisplay | Unset): How thinking shows in the response (summarized, or omitted).
    """

    budget_tokens: int
    type_: Literal["enabled"] = "enabled"
    display: None | ThinkingDisplay | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        budget_tokens = self.budget_tokens

        display: None | str | Unset
        if isinstance(self.display, Unset):
            display = UNSET
        elif isinstance(self.display, str):
            display = self.display
        else:
            display = self.display

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "budget_tokens": budget_tokens,
            }
        )
        if display is not UNSET:
            field_dict["display"] = display

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["enabled"]', d.pop("type"))
        if type_ != "enabled":
            raise ValueError(f"type must match const 'enabled', got '{type_}'")

        budget_tokens = d.pop("budget_tokens")

        def _parse_display(data: object) -> None | ThinkingDisplay | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                display_type_0 = check_thinking_display(data)

                return display_type_0
            return cast("None | ThinkingDisplay | Unset", data)

        display = _parse_display(d.pop("display", UNSET))

        thinking_config_enabled = cls(
            type_=type_,
            budget_tokens=budget_tokens,
            display=display,
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

    @property
    def type(self) -> Literal["enabled"]:
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
