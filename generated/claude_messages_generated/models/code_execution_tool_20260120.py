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


T = TypeVar("T", bound="CodeExecutionTool20260120")


@_attrs_define
class CodeExecutionTool20260120:
    """The code execution server tool (version 20260120): the API runs the model's code in a sandboxed container.

    Attributes:
        type_ (Literal['code_execution_20260120']): Always `code_execution_20260120`. Default:
            'code_execution_20260120'.
        name (Literal['code_execution']): Always `code_execution`, the name the model calls it by. Default:
            'code_execution'.
        allowed_callers (list[AllowedCaller] | Unset): Who may call the tool: `direct` (the model itself) or a code
            execution tool (code calling it).
        cache_control (CacheControlEphemeral | None | Unset): Marks a prompt-caching breakpoint on this tool definition.
        defer_loading (bool | Unset): Leave the tool out of the initial prompt; the model finds it through tool search.
        strict (bool | Unset): Hold the model's inputs to the tool's schema exactly (strict tool use).
    """

    type_: Literal["code_execution_20260120"] = "code_execution_20260120"
    name: Literal["code_execution"] = "code_execution"
    allowed_callers: list[AllowedCaller] | Unset = UNSET
    cache_control: CacheControlEphemeral | None | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    strict: bool | Unset = UNSET
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

        cache_control: dict[str, Any] | None | Unset
        if isinstance(self.cache_control, Unset):
            cache_control = UNSET
        elif isinstance(self.cache_control, CacheControlEphemeral):
            cache_control = self.cache_control.to_dict()
        else:
            cache_control = self.cache_control

        defer_loading = self.defer_loading

        strict = self.strict

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
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        type_ = cast('Literal["code_execution_20260120"]', d.pop("type"))
        if type_ != "code_execution_20260120":
            raise ValueError(f"type must match const 'code_execution_20260120', got '{type_}'")

        name = cast('Literal["code_execution"]', d.pop("name"))
        if name != "code_execution":
            raise ValueError(f"name must match const 'code_execution', got '{name}'")

        _allowed_callers = d.pop("allowed_callers", UNSET)
        allowed_callers: list[AllowedCaller] | Unset = UNSET
        if _allowed_callers is not UNSET:
            allowed_callers = []
            for allowed_callers_item_data in _allowed_callers:
                allowed_callers_item = check_allowed_caller(allowed_callers_item_data)

                allowed_callers.append(allowed_callers_item)

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

        strict = d.pop("strict", UNSET)

        code_execution_tool_20260120 = cls(
            type_=type_,
            name=name,
            allowed_callers=allowed_callers,
            cache_control=cache_control,
            defer_loading=defer_loading,
            strict=strict,
        )

        code_execution_tool_20260120.additional_properties = d
        return code_execution_tool_20260120

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
    def type(self) -> Literal["code_execution_20260120"]:
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

    globals().update(CacheControlEphemeral=CacheControlEphemeral)
    _models_unbound = False
