from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model_support import model_dump, model_json, model_repr

if TYPE_CHECKING:
    from ..models.message_delta import MessageDelta
    from ..models.message_delta_usage import MessageDeltaUsage


T = TypeVar("T", bound="MessageDeltaEvent")


@_attrs_define
class MessageDeltaEvent:
    """Top-level changes to the message near its end (stop reason, cumulative usage).

    Attributes:
        type_ (Literal['message_delta']): Always `message_delta`. Default: 'message_delta'.
        delta (MessageDelta): The message fields a `message_delta` event sets.
        usage (MessageDeltaUsage): Cumulative usage at a `message_delta`; null or absent fields are unchanged.
    """

    delta: MessageDelta
    usage: MessageDeltaUsage
    type_: Literal["message_delta"] = "message_delta"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        delta = self.delta.to_dict()

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "delta": delta,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        type_ = cast('Literal["message_delta"]', d.pop("type"))
        if type_ != "message_delta":
            raise ValueError(f"type must match const 'message_delta', got '{type_}'")

        delta = MessageDelta.from_dict(d.pop("delta"))

        usage = MessageDeltaUsage.from_dict(d.pop("usage"))

        message_delta_event = cls(
            type_=type_,
            delta=delta,
            usage=usage,
        )

        message_delta_event.additional_properties = d
        return message_delta_event

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
    def type(self) -> Literal["message_delta"]:
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


_models_unbound = True


def _bind_models() -> None:
    """Import the models this module's methods build (not at the top: the imports
    would be circular) and keep them as module globals."""
    global _models_unbound
    from ..models.message_delta import MessageDelta
    from ..models.message_delta_usage import MessageDeltaUsage

    globals().update(MessageDelta=MessageDelta, MessageDeltaUsage=MessageDeltaUsage)
    _models_unbound = False
