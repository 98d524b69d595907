from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model_support import model_dump, model_json, model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.capability_support import CapabilitySupport


T = TypeVar("T", bound="EffortCapability")


@_attrs_define
class EffortCapability:
    """Support of `output_config.effort`, and of each level.

    Attributes:
        supported (bool): Whether effort is supported.
        low (CapabilitySupport): Whether a capability is supported.
        medium (CapabilitySupport): Whether a capability is supported.
        high (CapabilitySupport): Whether a capability is supported.
        max_ (CapabilitySupport): Whether a capability is supported.
        xhigh (CapabilitySupport | None | Unset): The `xhigh` level.
    """

    supported: bool
    low: CapabilitySupport
    medium: CapabilitySupport
    high: CapabilitySupport
    max_: CapabilitySupport
    xhigh: CapabilitySupport | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        supported = self.supported

        low = self.low.to_dict()

        medium = self.medium.to_dict()

        high = self.high.to_dict()

        max_ = self.max_.to_dict()

        xhigh: dict[str, Any] | None | Unset
        if isinstance(self.xhigh, Unset):
            xhigh = UNSET
        elif isinstance(self.xhigh, CapabilitySupport):
            xhigh = self.xhigh.to_dict()
        else:
            xhigh = self.xhigh

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "supported": supported,
                "low": low,
                "medium": medium,
                "high": high,
                "max": max_,
            }
        )
        if xhigh is not UNSET:
            field_dict["xhigh"] = xhigh

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        supported = d.pop("supported")

        low = CapabilitySupport.from_dict(d.pop("low"))

        medium = CapabilitySupport.from_dict(d.pop("medium"))

        high = CapabilitySupport.from_dict(d.pop("high"))

        max_ = CapabilitySupport.from_dict(d.pop("max"))

        def _parse_xhigh(data: object) -> CapabilitySupport | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                xhigh_type_0 = CapabilitySupport.from_dict(data)

                return xhigh_type_0
            return cast("CapabilitySupport | None | Unset", data)

        xhigh = _parse_xhigh(d.pop("xhigh", UNSET))

        effort_capability = cls(
            supported=supported,
            low=low,
            medium=medium,
            high=high,
            max_=max_,
            xhigh=xhigh,
        )

        effort_capability.additional_properties = d
        return effort_capability

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
    def max(self) -> CapabilitySupport:
        """The API's ``max`` (the attribute ``max_``)."""
        return self.max_

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
    from ..models.capability_support import CapabilitySupport

    globals().update(CapabilitySupport=CapabilitySupport)
    _models_unbound = False
