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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.browser_toolset_configs import BrowserToolsetConfigs
    from ..models.cache_control_ephemeral import CacheControlEphemeral


T = TypeVar("T", bound="BrowserToolset20260801")


@_attrs_define
class BrowserToolset20260801:
    """The browser toolset (version 20260801), actions on a web browser that your code runs.

    Attributes:
        type_ (Literal['browser_toolset_20260801']): Always `browser_toolset_20260801`. Default:
            'browser_toolset_20260801'.
        cache_control (CacheControlEphemeral | None | Unset): Marks a prompt-caching breakpoint on this tool definition.
        configs (BrowserToolsetConfigs | None | Unset): Per-action overrides.
    """

    type_: Literal["browser_toolset_20260801"] = "browser_toolset_20260801"
    cache_control: CacheControlEphemeral | None | Unset = UNSET
    configs: BrowserToolsetConfigs | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        type_ = self.type_

        cache_control: dict[str, Any] | None | Unset
        if isinstance(self.cache_control, Unset):
            cache_control = UNSET
        elif isinstance(self.cache_control, CacheControlEphemeral):
            cache_control = self.cache_control.to_dict()
        else:
            cache_control = self.cache_control

        configs: dict[str, Any] | None | Unset
        if isinstance(self.configs, Unset):
            configs = UNSET
        elif isinstance(self.configs, BrowserToolsetConfigs):
            configs = self.configs.to_dict()
        else:
            configs = self.configs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if configs is not UNSET:
            field_dict["configs"] = configs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        type_ = cast('Literal["browser_toolset_20260801"]', d.pop("type"))
        if type_ != "browser_toolset_20260801":
            raise ValueError(f"type must match const 'browser_toolset_20260801', got '{type_}'")

        def _parse_cache_control(data: object) -> CacheControlEphemeral | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                cache_control_type_0 = CacheControlEphemeral.from_dict(data)

                return cache_control_type_0
            return cast("CacheControlEphemeral | None | Unset", data)

        cache_control = _parse_cache_control(d.pop("cache_control", UNSET))

        def _parse_configs(data: object) -> BrowserToolsetConfigs | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                configs_type_0 = BrowserToolsetConfigs.from_dict(data)

                return configs_type_0
            return cast("BrowserToolsetConfigs | None | Unset", data)

        configs = _parse_configs(d.pop("configs", UNSET))

        browser_toolset_20260801 = cls(
            type_=type_,
            cache_control=cache_control,
            configs=configs,
        )

        browser_toolset_20260801.additional_properties = d
        return browser_toolset_20260801

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
    def type(self) -> Literal["browser_toolset_20260801"]:
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
    from ..models.browser_toolset_configs import BrowserToolsetConfigs
    from ..models.cache_control_ephemeral import CacheControlEphemeral

    globals().update(
        BrowserToolsetConfigs=BrowserToolsetConfigs, CacheControlEphemeral=CacheControlEphemeral
    )
    _models_unbound = False
