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
    from ..models.web_fetch_tool_reference import WebFetchToolReference


T = TypeVar("T", bound="WebFetchURLSourceOnly")


@_attrs_define
class WebFetchURLSourceOnly:
    """Only URLs from the results of these tools may be fetched.

    Attributes:
        type_ (Literal['only']): Always `only`. Default: 'only'.
        tools (list[WebFetchToolReference]): The tools whose results count.
    """

    tools: list[WebFetchToolReference]
    type_: Literal["only"] = "only"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "tools": tools,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        type_ = cast('Literal["only"]', d.pop("type"))
        if type_ != "only":
            raise ValueError(f"type must match const 'only', got '{type_}'")

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = WebFetchToolReference.from_dict(tools_item_data)

            tools.append(tools_item)

        web_fetch_url_source_only = cls(
            type_=type_,
            tools=tools,
        )

        web_fetch_url_source_only.additional_properties = d
        return web_fetch_url_source_only

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
    def type(self) -> Literal["only"]:
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
    from ..models.web_fetch_tool_reference import WebFetchToolReference

    globals().update(WebFetchToolReference=WebFetchToolReference)
    _models_unbound = False
