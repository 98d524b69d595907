from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model_support import model_dump, model_json, model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cache_control_ephemeral import CacheControlEphemeral
    from ..models.tool_input_schema import ToolInputSchema


T = TypeVar("T", bound="Tool")


@_attrs_define
class Tool:
    """A tool the model may call.

    Attributes:
        name (str): The tool's name, used by the model in `tool_use` blocks.
        input_schema (ToolInputSchema): A JSON Schema object describing the tool's input.
        description (str | Unset): What the tool does; the model reads it.
        cache_control (CacheControlEphemeral | Unset): Marks a prompt-caching breakpoint on this block.
    """

    name: str
    input_schema: ToolInputSchema
    description: str | Unset = UNSET
    cache_control: CacheControlEphemeral | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        input_schema = self.input_schema.to_dict()

        description = self.description

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "input_schema": input_schema,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cache_control_ephemeral import CacheControlEphemeral  # noqa: PLC0415
        from ..models.tool_input_schema import ToolInputSchema  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        input_schema = ToolInputSchema.from_dict(d.pop("input_schema"))

        description = d.pop("description", UNSET)

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: CacheControlEphemeral | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = CacheControlEphemeral.from_dict(_cache_control)

        tool = cls(
            name=name,
            input_schema=input_schema,
            description=description,
            cache_control=cache_control,
        )

        tool.additional_properties = d
        return tool

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
