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
    from ..models.direct_caller import DirectCaller
    from ..models.server_tool_caller import ServerToolCaller
    from ..models.server_tool_caller_20260120 import ServerToolCaller20260120
    from ..models.unknown_caller import UnknownCaller


T = TypeVar("T", bound="ToolUseBlock")


@_attrs_define
class ToolUseBlock:
    """A tool call.

    Attributes:
        type_ (Literal['tool_use']): Always `tool_use`. Default: 'tool_use'.
        id (str): The call's id (`toolu_...`); answer it with a `tool_result` block.
        name (str): The tool called.
        input_ (Any): The tool's input, a JSON object.
        caller (DirectCaller | None | ServerToolCaller | ServerToolCaller20260120 | UnknownCaller | Unset): Who called
            the tool (absent or null for the model itself).
        toolset_name (None | str | Unset): The toolset the called tool belongs to, for a toolset's action.
    """

    id: str
    name: str
    input_: Any
    type_: Literal["tool_use"] = "tool_use"
    caller: (
        DirectCaller | None | ServerToolCaller | ServerToolCaller20260120 | UnknownCaller | Unset
    ) = UNSET
    toolset_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        type_ = self.type_

        id = self.id

        name = self.name

        input_ = self.input_

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, DirectCaller):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, ServerToolCaller):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, ServerToolCaller20260120):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, UnknownCaller):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        toolset_name: None | str | Unset
        if isinstance(self.toolset_name, Unset):
            toolset_name = UNSET
        else:
            toolset_name = self.toolset_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "name": name,
                "input": input_,
            }
        )
        if caller is not UNSET:
            field_dict["caller"] = caller
        if toolset_name is not UNSET:
            field_dict["toolset_name"] = toolset_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        type_ = cast('Literal["tool_use"]', d.pop("type"))
        if type_ != "tool_use":
            raise ValueError(f"type must match const 'tool_use', got '{type_}'")

        id = d.pop("id")

        name = d.pop("name")

        input_ = d.pop("input")

        def _parse_caller(
            data: object,
        ) -> (
            DirectCaller
            | None
            | ServerToolCaller
            | ServerToolCaller20260120
            | UnknownCaller
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                try:
                    componentsschemas_tool_caller_type_0 = DirectCaller.from_dict(data)

                    return componentsschemas_tool_caller_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict):
                try:
                    componentsschemas_tool_caller_type_1 = ServerToolCaller.from_dict(data)

                    return componentsschemas_tool_caller_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict):
                try:
                    componentsschemas_tool_caller_type_2 = ServerToolCaller20260120.from_dict(data)

                    return componentsschemas_tool_caller_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict):
                try:
                    componentsschemas_tool_caller_type_3 = UnknownCaller.from_dict(data)

                    return componentsschemas_tool_caller_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(
                "DirectCaller | None | ServerToolCaller | ServerToolCaller20260120 | UnknownCaller | Unset",
                data,
            )

        caller = _parse_caller(d.pop("caller", UNSET))

        def _parse_toolset_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        toolset_name = _parse_toolset_name(d.pop("toolset_name", UNSET))

        tool_use_block = cls(
            type_=type_,
            id=id,
            name=name,
            input_=input_,
            caller=caller,
            toolset_name=toolset_name,
        )

        tool_use_block.additional_properties = d
        return tool_use_block

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
    def input(self) -> Any:
        """The API's ``input`` (the attribute ``input_``)."""
        return self.input_

    @property
    def type(self) -> Literal["tool_use"]:
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
    from ..models.direct_caller import DirectCaller
    from ..models.server_tool_caller import ServerToolCaller
    from ..models.server_tool_caller_20260120 import ServerToolCaller20260120
    from ..models.unknown_caller import UnknownCaller

    globals().update(
        DirectCaller=DirectCaller,
        ServerToolCaller=ServerToolCaller,
        ServerToolCaller20260120=ServerToolCaller20260120,
        UnknownCaller=UnknownCaller,
    )
    _models_unbound = False
