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

T = TypeVar("T", bound="ThinkingConfigAdaptive")


@_attrs_define
class ThinkingConfigAdaptive:
    """The model decides how much to think (newer models).

    Attributes:
        type_ (Literal['adaptive']): Always `adaptive`. Default: 'adaptive'.
        display (None | ThinkingDisplay | Unset): How thinking shows in the response (summarized, or omitted).
    """

    type_: Literal["adaptive"] = "adaptive"
    display: None | ThinkingDisplay | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

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
            }
        )
        if display is not UNSET:
            field_dict["display"] = display

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["adaptive"]', d.pop("type"))
        if type_ != "adaptive":
            raise ValueError(f"type must match const 'adaptive', got '{type_}'")

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

        thinking_config_adaptive = cls(
            type_=type_,
            display=display,
        )

        thinking_config_adaptive.additional_properties = d
        return thinking_config_adaptive

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
    def type(self) -> Literal["adaptive"]:
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
