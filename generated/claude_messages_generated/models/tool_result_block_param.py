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
    from ..models.browser_state_block_param import BrowserStateBlockParam
    from ..models.cache_control_ephemeral import CacheControlEphemeral
    from ..models.document_block_param import DocumentBlockParam
    from ..models.image_block_param import ImageBlockParam
    from ..models.search_result_block_param import SearchResultBlockParam
    from ..models.text_block_param import TextBlockParam
    from ..models.tool_reference_block_param import ToolReferenceBlockParam


T = TypeVar("T", bound="ToolResultBlockParam")


@_attrs_define
class ToolResultBlockParam:
    """The result of a tool call, sent in a user turn.

    Attributes:
        type_ (Literal['tool_result']): Always `tool_result`. Default: 'tool_result'.
        tool_use_id (str): The `id` of the `tool_use` block this answers.
        content (list[BrowserStateBlockParam | DocumentBlockParam | ImageBlockParam | SearchResultBlockParam |
            TextBlockParam | ToolReferenceBlockParam] | str | Unset): The result, a string or a list of blocks (text, image,
            search result, document,
            tool reference, browser state).
        is_error (bool | Unset): Whether the tool failed.
        cache_control (CacheControlEphemeral | None | Unset): Marks a prompt-caching breakpoint on this block.
        toolset_name (None | str | Unset): The toolset of the tool this answers, for a toolset's action.
    """

    tool_use_id: str
    type_: Literal["tool_result"] = "tool_result"
    content: (
        list[
            BrowserStateBlockParam
            | DocumentBlockParam
            | ImageBlockParam
            | SearchResultBlockParam
            | TextBlockParam
            | ToolReferenceBlockParam
        ]
        | str
        | Unset
    ) = UNSET
    is_error: bool | Unset = UNSET
    cache_control: CacheControlEphemeral | None | Unset = UNSET
    toolset_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        type_ = self.type_

        tool_use_id = self.tool_use_id

        content: list[dict[str, Any]] | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, TextBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ImageBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, SearchResultBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, DocumentBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ToolReferenceBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        is_error = self.is_error

        cache_control: dict[str, Any] | None | Unset
        if isinstance(self.cache_control, Unset):
            cache_control = UNSET
        elif isinstance(self.cache_control, CacheControlEphemeral):
            cache_control = self.cache_control.to_dict()
        else:
            cache_control = self.cache_control

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
                "tool_use_id": tool_use_id,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if is_error is not UNSET:
            field_dict["is_error"] = is_error
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if toolset_name is not UNSET:
            field_dict["toolset_name"] = toolset_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        type_ = cast('Literal["tool_result"]', d.pop("type"))
        if type_ != "tool_result":
            raise ValueError(f"type must match const 'tool_result', got '{type_}'")

        tool_use_id = d.pop("tool_use_id")

        def _parse_content(
            data: object,
        ) -> (
            list[
                BrowserStateBlockParam
                | DocumentBlockParam
                | ImageBlockParam
                | SearchResultBlockParam
                | TextBlockParam
                | ToolReferenceBlockParam
            ]
            | str
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            if isinstance(data, list):
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> (
                        BrowserStateBlockParam
                        | DocumentBlockParam
                        | ImageBlockParam
                        | SearchResultBlockParam
                        | TextBlockParam
                        | ToolReferenceBlockParam
                    ):
                        if not isinstance(data, dict):
                            raise TypeError(
                                f"content_type_1_item: expected an object, got {type(data).__name__}"
                            )
                        discriminator = data.get("type")
                        if discriminator == "text":
                            componentsschemas_tool_result_content_item_type_0 = (
                                TextBlockParam.from_dict(data)
                            )

                            return componentsschemas_tool_result_content_item_type_0
                        if discriminator == "image":
                            componentsschemas_tool_result_content_item_type_1 = (
                                ImageBlockParam.from_dict(data)
                            )

                            return componentsschemas_tool_result_content_item_type_1
                        if discriminator == "search_result":
                            componentsschemas_tool_result_content_item_type_2 = (
                                SearchResultBlockParam.from_dict(data)
                            )

                            return componentsschemas_tool_result_content_item_type_2
                        if discriminator == "document":
                            componentsschemas_tool_result_content_item_type_3 = (
                                DocumentBlockParam.from_dict(data)
                            )

                            return componentsschemas_tool_result_content_item_type_3
                        if discriminator == "tool_reference":
                            componentsschemas_tool_result_content_item_type_4 = (
                                ToolReferenceBlockParam.from_dict(data)
                            )

                            return componentsschemas_tool_result_content_item_type_4
                        if discriminator == "browser_state":
                            componentsschemas_tool_result_content_item_type_5 = (
                                BrowserStateBlockParam.from_dict(data)
                            )

                            return componentsschemas_tool_result_content_item_type_5
                        raise ValueError(
                            f"content_type_1_item: unknown type {discriminator!r} (known: text, image, search_result, document, tool_reference, browser_state)"
                        )

                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                return content_type_1
            return cast(
                "list[ BrowserStateBlockParam | DocumentBlockParam | ImageBlockParam | SearchResultBlockParam | TextBlockParam | ToolReferenceBlockParam ] | str | Unset",
                data,
            )

        content = _parse_content(d.pop("content", UNSET))

        is_error = d.pop("is_error", UNSET)

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

        def _parse_toolset_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        toolset_name = _parse_toolset_name(d.pop("toolset_name", UNSET))

        tool_result_block_param = cls(
            type_=type_,
            tool_use_id=tool_use_id,
            content=content,
            is_error=is_error,
            cache_control=cache_control,
            toolset_name=toolset_name,
        )

        tool_result_block_param.additional_properties = d
        return tool_result_block_param

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
    def type(self) -> Literal["tool_result"]:
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
    from ..models.browser_state_block_param import BrowserStateBlockParam
    from ..models.cache_control_ephemeral import CacheControlEphemeral
    from ..models.document_block_param import DocumentBlockParam
    from ..models.image_block_param import ImageBlockParam
    from ..models.search_result_block_param import SearchResultBlockParam
    from ..models.text_block_param import TextBlockParam
    from ..models.tool_reference_block_param import ToolReferenceBlockParam

    globals().update(
        CacheControlEphemeral=CacheControlEphemeral,
        DocumentBlockParam=DocumentBlockParam,
        ImageBlockParam=ImageBlockParam,
        SearchResultBlockParam=SearchResultBlockParam,
        TextBlockParam=TextBlockParam,
        ToolReferenceBlockParam=ToolReferenceBlockParam,
        BrowserStateBlockParam=BrowserStateBlockParam,
    )
    _models_unbound = False
