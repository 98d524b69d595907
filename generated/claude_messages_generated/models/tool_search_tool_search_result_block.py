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
    from ..models.tool_reference_block import ToolReferenceBlock


T = TypeVar("T", bound="ToolSearchToolSearchResultBlock")


@_attrs_define
class ToolSearchToolSearchResultBlock:
    """The deferred tools a search found; their definitions are loaded for the model.

    Attributes:
        type_ (Literal['tool_search_tool_search_result']): Always `tool_search_tool_search_result`. Default:
            'tool_search_tool_search_result'.
        tool_references (list[ToolReferenceBlock]): The tools found.
    """

    tool_references: list[ToolReferenceBlock]
    type_: Literal["tool_search_tool_search_result"] = "tool_search_tool_search_result"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        tool_references = []
        for tool_references_item_data in self.tool_references:
            tool_references_item = tool_references_item_data.to_dict()
            tool_references.append(tool_references_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "tool_references": tool_references,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        type_ = cast('Literal["tool_search_tool_search_result"]', d.pop("type"))
        if type_ != "tool_search_tool_search_result":
            raise ValueError(
                f"type must match const 'tool_search_tool_search_result', got '{type_}'"
            )

        tool_references = []
        _tool_references = d.pop("tool_references")
        for tool_references_item_data in _tool_references:
            tool_references_item = ToolReferenceBlock.from_dict(tool_references_item_data)

            tool_references.append(tool_references_item)

        tool_search_tool_search_result_block = cls(
            type_=type_,
            tool_references=tool_references,
        )

        tool_search_tool_search_result_block.additional_properties = d
        return tool_search_tool_search_result_block

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
    def type(self) -> Literal["tool_search_tool_search_result"]:
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
    from ..models.tool_reference_block import ToolReferenceBlock

    globals().update(ToolReferenceBlock=ToolReferenceBlock)
    _models_unbound = False
