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
    from ..models.unknown_web_search_tool_result_content import (
        UnknownWebSearchToolResultContent,
    )
    from ..models.web_search_result_block import WebSearchResultBlock
    from ..models.web_search_tool_result_error import WebSearchToolResultError


T = TypeVar("T", bound="WebSearchToolResultBlock")


@_attrs_define
class WebSearchToolResultBlock:
    """The result of a web search the model asked for.

    Attributes:
        type_ (Literal['web_search_tool_result']): Always `web_search_tool_result`. Default: 'web_search_tool_result'.
        tool_use_id (str): The `id` of the `server_tool_use` block this answers.
        content (list[WebSearchResultBlock] | UnknownWebSearchToolResultContent | WebSearchToolResultError): What a web
            search gave: a list of results, or an error object; other objects are
            kept as `UnknownWebSearchToolResultContent`.
        caller (DirectCaller | None | ServerToolCaller | ServerToolCaller20260120 | UnknownCaller | Unset): Who called
            the tool (absent or null for the model itself).
    """

    tool_use_id: str
    content: (
        list[WebSearchResultBlock] | UnknownWebSearchToolResultContent | WebSearchToolResultError
    )
    type_: Literal["web_search_tool_result"] = "web_search_tool_result"
    caller: (
        DirectCaller | None | ServerToolCaller | ServerToolCaller20260120 | UnknownCaller | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        type_ = self.type_

        tool_use_id = self.tool_use_id

        content: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.content, WebSearchToolResultError):
            content = self.content.to_dict()
        elif isinstance(self.content, list):
            content = []
            for componentsschemas_web_search_tool_result_content_type_1_item_data in self.content:
                componentsschemas_web_search_tool_result_content_type_1_item = (
                    componentsschemas_web_search_tool_result_content_type_1_item_data.to_dict()
                )
                content.append(componentsschemas_web_search_tool_result_content_type_1_item)

        else:
            content = self.content.to_dict()

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "tool_use_id": tool_use_id,
                "content": content,
            }
        )
        if caller is not UNSET:
            field_dict["caller"] = caller

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        type_ = cast('Literal["web_search_tool_result"]', d.pop("type"))
        if type_ != "web_search_tool_result":
            raise ValueError(f"type must match const 'web_search_tool_result', got '{type_}'")

        tool_use_id = d.pop("tool_use_id")

        def _parse_content(
            data: object,
        ) -> (
            list[WebSearchResultBlock]
            | UnknownWebSearchToolResultContent
            | WebSearchToolResultError
        ):
            if isinstance(data, dict):
                try:
                    componentsschemas_web_search_tool_result_content_type_0 = (
                        WebSearchToolResultError.from_dict(data)
                    )

                    return componentsschemas_web_search_tool_result_content_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, list):
                componentsschemas_web_search_tool_result_content_type_1 = []
                _componentsschemas_web_search_tool_result_content_type_1 = data
                for (
                    componentsschemas_web_search_tool_result_content_type_1_item_data
                ) in _componentsschemas_web_search_tool_result_content_type_1:
                    componentsschemas_web_search_tool_result_content_type_1_item = (
                        WebSearchResultBlock.from_dict(
                            componentsschemas_web_search_tool_result_content_type_1_item_data
                        )
                    )

                    componentsschemas_web_search_tool_result_content_type_1.append(
                        componentsschemas_web_search_tool_result_content_type_1_item
                    )

                return componentsschemas_web_search_tool_result_content_type_1
            if not isinstance(data, dict):
                raise TypeError(f"content: unexpected {type(data).__name__}")
            componentsschemas_web_search_tool_result_content_type_2 = (
                UnknownWebSearchToolResultContent.from_dict(data)
            )

            return componentsschemas_web_search_tool_result_content_type_2

        content = _parse_content(d.pop("content"))

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

        web_search_tool_result_block = cls(
            type_=type_,
            tool_use_id=tool_use_id,
            content=content,
            caller=caller,
        )

        web_search_tool_result_block.additional_properties = d
        return web_search_tool_result_block

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
    def type(self) -> Literal["web_search_tool_result"]:
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
    from ..models.unknown_web_search_tool_result_content import (
        UnknownWebSearchToolResultContent,
    )
    from ..models.web_search_result_block import WebSearchResultBlock
    from ..models.web_search_tool_result_error import WebSearchToolResultError

    globals().update(
        DirectCaller=DirectCaller,
        ServerToolCaller=ServerToolCaller,
        ServerToolCaller20260120=ServerToolCaller20260120,
        UnknownCaller=UnknownCaller,
        WebSearchToolResultError=WebSearchToolResultError,
        UnknownWebSearchToolResultContent=UnknownWebSearchToolResultContent,
        WebSearchResultBlock=WebSearchResultBlock,
    )
    _models_unbound = False
