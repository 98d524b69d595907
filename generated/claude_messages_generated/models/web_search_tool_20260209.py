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
from ..models.allowed_caller import AllowedCaller, check_allowed_caller
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cache_control_ephemeral import CacheControlEphemeral
    from ..models.user_location import UserLocation


T = TypeVar("T", bound="WebSearchTool20260209")


@_attrs_define
class WebSearchTool20260209:
    """The web search server tool (version 20260209).

    Attributes:
        type_ (Literal['web_search_20260209']): Always `web_search_20260209`. Default: 'web_search_20260209'.
        name (Literal['web_search']): Always `web_search`, the name the model calls it by. Default: 'web_search'.
        allowed_callers (list[AllowedCaller] | Unset): Who may call the tool: `direct` (the model itself) or a code
            execution tool (code calling it).
        allowed_domains (list[str] | None | Unset): Only these domains are used (exclusive with `blocked_domains`).
        blocked_domains (list[str] | None | Unset): These domains are never used (exclusive with `allowed_domains`).
        cache_control (CacheControlEphemeral | None | Unset): Marks a prompt-caching breakpoint on this tool definition.
        defer_loading (bool | Unset): Leave the tool out of the initial prompt; the model finds it through tool search.
        max_uses (int | None | Unset): The most times the tool may be used in one request.
        strict (bool | Unset): Hold the model's inputs to the tool's schema exactly (strict tool use).
        user_location (None | Unset | UserLocation): The user's approximate location, to localise results.
    """

    type_: Literal["web_search_20260209"] = "web_search_20260209"
    name: Literal["web_search"] = "web_search"
    allowed_callers: list[AllowedCaller] | Unset = UNSET
    allowed_domains: list[str] | None | Unset = UNSET
    blocked_domains: list[str] | None | Unset = UNSET
    cache_control: CacheControlEphemeral | None | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    max_uses: int | None | Unset = UNSET
    strict: bool | Unset = UNSET
    user_location: None | Unset | UserLocation = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        type_ = self.type_

        name = self.name

        allowed_callers: list[str] | Unset = UNSET
        if not isinstance(self.allowed_callers, Unset):
            allowed_callers = []
            for allowed_callers_item_data in self.allowed_callers:
                allowed_callers_item: str = allowed_callers_item_data
                allowed_callers.append(allowed_callers_item)

        allowed_domains: list[str] | None | Unset
        if isinstance(self.allowed_domains, Unset):
            allowed_domains = UNSET
        elif isinstance(self.allowed_domains, list):
            allowed_domains = self.allowed_domains

        else:
            allowed_domains = self.allowed_domains

        blocked_domains: list[str] | None | Unset
        if isinstance(self.blocked_domains, Unset):
            blocked_domains = UNSET
        elif isinstance(self.blocked_domains, list):
            blocked_domains = self.blocked_domains

        else:
            blocked_domains = self.blocked_domains

        cache_control: dict[str, Any] | None | Unset
        if isinstance(self.cache_control, Unset):
            cache_control = UNSET
        elif isinstance(self.cache_control, CacheControlEphemeral):
            cache_control = self.cache_control.to_dict()
        else:
            cache_control = self.cache_control

        defer_loading = self.defer_loading

        max_uses: int | None | Unset
        if isinstance(self.max_uses, Unset):
            max_uses = UNSET
        else:
            max_uses = self.max_uses

        strict = self.strict

        user_location: dict[str, Any] | None | Unset
        if isinstance(self.user_location, Unset):
            user_location = UNSET
        elif isinstance(self.user_location, UserLocation):
            user_location = self.user_location.to_dict()
        else:
            user_location = self.user_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
            }
        )
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains
        if blocked_domains is not UNSET:
            field_dict["blocked_domains"] = blocked_domains
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading
        if max_uses is not UNSET:
            field_dict["max_uses"] = max_uses
        if strict is not UNSET:
            field_dict["strict"] = strict
        if user_location is not UNSET:
            field_dict["user_location"] = user_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        type_ = cast('Literal["web_search_20260209"]', d.pop("type"))
        if type_ != "web_search_20260209":
            raise ValueError(f"type must match const 'web_search_20260209', got '{type_}'")

        name = cast('Literal["web_search"]', d.pop("name"))
        if name != "web_search":
            raise ValueError(f"name must match const 'web_search', got '{name}'")

        _allowed_callers = d.pop("allowed_callers", UNSET)
        allowed_callers: list[AllowedCaller] | Unset = UNSET
        if _allowed_callers is not UNSET:
            allowed_callers = []
            for allowed_callers_item_data in _allowed_callers:
                allowed_callers_item = check_allowed_caller(allowed_callers_item_data)

                allowed_callers.append(allowed_callers_item)

        def _parse_allowed_domains(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, list):
                allowed_domains_type_0 = cast("list[str]", data)

                return allowed_domains_type_0
            return cast("list[str] | None | Unset", data)

        allowed_domains = _parse_allowed_domains(d.pop("allowed_domains", UNSET))

        def _parse_blocked_domains(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, list):
                blocked_domains_type_0 = cast("list[str]", data)

                return blocked_domains_type_0
            return cast("list[str] | None | Unset", data)

        blocked_domains = _parse_blocked_domains(d.pop("blocked_domains", UNSET))

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

        defer_loading = d.pop("defer_loading", UNSET)

        def _parse_max_uses(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        max_uses = _parse_max_uses(d.pop("max_uses", UNSET))

        strict = d.pop("strict", UNSET)

        def _parse_user_location(data: object) -> None | Unset | UserLocation:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                user_location_type_0 = UserLocation.from_dict(data)

                return user_location_type_0
            return cast("None | Unset | UserLocation", data)

        user_location = _parse_user_location(d.pop("user_location", UNSET))

        web_search_tool_20260209 = cls(
            type_=type_,
            name=name,
            allowed_callers=allowed_callers,
            allowed_domains=allowed_domains,
            blocked_domains=blocked_domains,
            cache_control=cache_control,
            defer_loading=defer_loading,
            max_uses=max_uses,
            strict=strict,
            user_location=user_location,
        )

        web_search_tool_20260209.additional_properties = d
        return web_search_tool_20260209

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
    def type(self) -> Literal["web_search_20260209"]:
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
    from ..models.cache_control_ephemeral import CacheControlEphemeral
    from ..models.user_location import UserLocation

    globals().update(CacheControlEphemeral=CacheControlEphemeral, UserLocation=UserLocation)
    _models_unbound = False
