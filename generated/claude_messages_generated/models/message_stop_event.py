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

T = TypeVar("T", bound="MessageStopEvent")


@_attrs_define
class MessageStopEvent:
    """The last event of a successful stream.

    Attributes:
        type_ (Literal['message_stop']): Always `message_stop`. Default: 'message_stop'.
    """

    type_: Literal["message_stop"] = "message_stop"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["message_stop"], d.pop("type"))
        if type_ != "message_stop":
            raise ValueError(f"type must match const 'message_stop', got '{type_}'")

        message_stop_event = cls(
            type_=type_,
        )

        message_stop_event.additional_properties = d
        return message_stop_event

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
