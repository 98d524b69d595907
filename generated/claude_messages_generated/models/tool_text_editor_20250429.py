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
    from ..models.tool_input_example import ToolInputExample


T = TypeVar("T", bound="ToolTextEditor20250429")


@_attrs_define
class ToolTextEditor20250429:
    """The text editor tool (version 20250429), without the `undo_edit` command.

    Attributes:
        type_ (Literal['text_editor_20250429']): Always `text_editor_20250429`. Default: 'text_editor_20250429'.
        name (Literal['str_replace_based_edit_tool']): Always `str_replace_based_edit_tool`, the name the model calls it
            by. Default: 'str_replace_based_edit_tool'.
        allowed_callers (list[AllowedCaller] | Unset): Who may call the tool: `direct` (the model itself) or a code
            execution tool (code calling it).
        cache_control (CacheControlEphemeral | None | Unset): Marks a prompt-caching breakpoint on this tool definition.
        defer_loading (bool | Unset): Leave the tool out of the initial prompt; the model finds it through tool search.
        strict (bool | Unset): Hold the model's inputs to the tool's schema exactly (strict tool use).
        input_examples (list[ToolInputExample] | Unset): Example inputs that show the model how to call the tool.
    """

    type_: Literal["text_editor_20250429"] = "text_editor_20250429"
    name: Literal["str_replace_based_edit_tool"] = "str_replace_based_edit_tool"
    allowed_callers: list[AllowedCaller] | Unset = UNSET
    cache_control: CacheControlEphemeral | None | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    strict: bool | Unset = UNSET
    input_examples: list[ToolInputExample] | Unset = UNSET
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

        input_examples: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.input_examples, Unset):
            input_examples = []
            for input_examples_item_data in self.input_examples:
                input_examples_item = input_examples_item_data.to_dict()
                input_examples.append(input_examples_item)

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
        if input_examples is not UNSET:
            field_dict["input_examples"] = input_examples

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        type_ = cast('Literal["text_editor_20250429"]', d.pop("type"))
        if type_ != "text_editor_20250429":
            raise ValueError(f"type must match const 'text_editor_20250429', got '{type_}'")

        name = cast('Literal["str_replace_based_edit_tool"]', d.pop("name"))
        if name != "str_replace_based_edit_tool":
            raise ValueError(f"name must match const 'str_replace_based_edit_tool', got '{name}'")

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

        _input_examples = d.pop("input_examples", UNSET)
        input_examples: list[ToolInputExample] | Unset = UNSET
        if _input_examples is not UNSET:
            input_examples = []
            for input_examples_item_data in _input_examples:
                input_examples_item = ToolInputExample.from_dict(input_examples_item_data)

                input_examples.append(input_examples_item)

        tool_text_editor_20250429 = cls(
            type_=type_,
            name=name,
            allowed_callers=allowed_callers,
            cache_control=cache_control,
            defer_loading=defer_loading,
            strict=strict,
            input_examples=input_examples,
        )

        tool_text_editor_20250429.additional_properties = d
        return tool_text_editor_20250429

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
    def type(self) -> Literal["text_editor_20250429"]:
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
    from ..models.tool_input_example import ToolInputExample

    globals().update(CacheControlEphemeral=CacheControlEphemeral, ToolInputExample=ToolInputExample)
    _models_unbound = False
