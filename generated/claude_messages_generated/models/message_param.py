from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model_support import model_dump, model_json, model_repr
from ..models.message_role import MessageRole, check_message_role

if TYPE_CHECKING:
    from ..models.bash_code_execution_tool_result_block_param import (
        BashCodeExecutionToolResultBlockParam,
    )
    from ..models.code_execution_tool_result_block_param import (
        CodeExecutionToolResultBlockParam,
    )
    from ..models.container_upload_block_param import ContainerUploadBlockParam
    from ..models.document_block_param import DocumentBlockParam
    from ..models.image_block_param import ImageBlockParam
    from ..models.redacted_thinking_block_param import RedactedThinkingBlockParam
    from ..models.search_result_block_param import SearchResultBlockParam
    from ..models.server_tool_use_block_param import ServerToolUseBlockParam
    from ..models.text_block_param import TextBlockParam
    from ..models.text_editor_code_execution_tool_result_block_param import (
        TextEditorCodeExecutionToolResultBlockParam,
    )
    from ..models.thinking_block_param import ThinkingBlockParam
    from ..models.tool_result_block_param import ToolResultBlockParam
    from ..models.tool_search_tool_result_block_param import (
        ToolSearchToolResultBlockParam,
    )
    from ..models.tool_use_block_param import ToolUseBlockParam
    from ..models.web_fetch_tool_result_block_param import WebFetchToolResultBlockParam
    from ..models.web_search_tool_result_block_param import (
        WebSearchToolResultBlockParam,
    )


T = TypeVar("T", bound="MessageParam")


@_attrs_define
class MessageParam:
    """One input message.

    Attributes:
        role (MessageRole): Who wrote an input message.
        content (list[BashCodeExecutionToolResultBlockParam | CodeExecutionToolResultBlockParam |
            ContainerUploadBlockParam | DocumentBlockParam | ImageBlockParam | RedactedThinkingBlockParam |
            SearchResultBlockParam | ServerToolUseBlockParam | TextBlockParam | TextEditorCodeExecutionToolResultBlockParam
            | ThinkingBlockParam | ToolResultBlockParam | ToolSearchToolResultBlockParam | ToolUseBlockParam |
            WebFetchToolResultBlockParam | WebSearchToolResultBlockParam] | str): A string (one text block) or a list of
            content blocks. A `document` block in an
            `assistant` message is refused by `2026-10-21`.
    """

    role: MessageRole
    content: (
        list[
            BashCodeExecutionToolResultBlockParam
            | CodeExecutionToolResultBlockParam
            | ContainerUploadBlockParam
            | DocumentBlockParam
            | ImageBlockParam
            | RedactedThinkingBlockParam
            | SearchResultBlockParam
            | ServerToolUseBlockParam
            | TextBlockParam
            | TextEditorCodeExecutionToolResultBlockParam
            | ThinkingBlockParam
            | ToolResultBlockParam
            | ToolSearchToolResultBlockParam
            | ToolUseBlockParam
            | WebFetchToolResultBlockParam
            | WebSearchToolResultBlockParam
        ]
        | str
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        role: str = self.role

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, TextBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ImageBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, DocumentBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ToolUseBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ToolResultBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ThinkingBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, RedactedThinkingBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, SearchResultBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ServerToolUseBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, WebSearchToolResultBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, WebFetchToolResultBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, CodeExecutionToolResultBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, BashCodeExecutionToolResultBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(
                    content_type_1_item_data, TextEditorCodeExecutionToolResultBlockParam
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ToolSearchToolResultBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        role = check_message_role(d.pop("role"))

        def _parse_content(
            data: object,
        ) -> (
            list[
                BashCodeExecutionToolResultBlockParam
                | CodeExecutionToolResultBlockParam
                | ContainerUploadBlockParam
                | DocumentBlockParam
                | ImageBlockParam
                | RedactedThinkingBlockParam
                | SearchResultBlockParam
                | ServerToolUseBlockParam
                | TextBlockParam
                | TextEditorCodeExecutionToolResultBlockParam
                | ThinkingBlockParam
                | ToolResultBlockParam
                | ToolSearchToolResultBlockParam
                | ToolUseBlockParam
                | WebFetchToolResultBlockParam
                | WebSearchToolResultBlockParam
            ]
            | str
        ):
            if isinstance(data, list):
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> (
                        BashCodeExecutionToolResultBlockParam
                        | CodeExecutionToolResultBlockParam
                        | ContainerUploadBlockParam
                        | DocumentBlockParam
                        | ImageBlockParam
                        | RedactedThinkingBlockParam
                        | SearchResultBlockParam
                        | ServerToolUseBlockParam
                        | TextBlockParam
                        | TextEditorCodeExecutionToolResultBlockParam
                        | ThinkingBlockParam
                        | ToolResultBlockParam
                        | ToolSearchToolResultBlockParam
                        | ToolUseBlockParam
                        | WebFetchToolResultBlockParam
                        | WebSearchToolResultBlockParam
                    ):
                        if not isinstance(data, dict):
                            raise TypeError(
                                f"content_type_1_item: expected an object, got {type(data).__name__}"
                            )
                        discriminator = data.get("type")
                        if discriminator == "text":
                            componentsschemas_content_block_param_type_0 = TextBlockParam.from_dict(
                                data
                            )

                            return componentsschemas_content_block_param_type_0
                        if discriminator == "image":
                            componentsschemas_content_block_param_type_1 = (
                                ImageBlockParam.from_dict(data)
                            )

                            return componentsschemas_content_block_param_type_1
                        if discriminator == "document":
                            componentsschemas_content_block_param_type_2 = (
                                DocumentBlockParam.from_dict(data)
                            )

                            return componentsschemas_content_block_param_type_2
                        if discriminator == "tool_use":
                            componentsschemas_content_block_param_type_3 = (
                                ToolUseBlockParam.from_dict(data)
                            )

                            return componentsschemas_content_block_param_type_3
                        if discriminator == "tool_result":
                            componentsschemas_content_block_param_type_4 = (
                                ToolResultBlockParam.from_dict(data)
                            )

                            return componentsschemas_content_block_param_type_4
                        if discriminator == "thinking":
                            componentsschemas_content_block_param_type_5 = (
                                ThinkingBlockParam.from_dict(data)
                            )

                            return componentsschemas_content_block_param_type_5
                        if discriminator == "redacted_thinking":
                            componentsschemas_content_block_param_type_6 = (
                                RedactedThinkingBlockParam.from_dict(data)
                            )

                            return componentsschemas_content_block_param_type_6
                        if discriminator == "search_result":
                            componentsschemas_content_block_param_type_7 = (
                                SearchResultBlockParam.from_dict(data)
                            )

                            return componentsschemas_content_block_param_type_7
                        if discriminator == "server_tool_use":
                            componentsschemas_content_block_param_type_8 = (
                                ServerToolUseBlockParam.from_dict(data)
                            )

                            return componentsschemas_content_block_param_type_8
                        if discriminator == "web_search_tool_result":
                            componentsschemas_content_block_param_type_9 = (
                                WebSearchToolResultBlockParam.from_dict(data)
                            )

                            return componentsschemas_content_block_param_type_9
                        if discriminator == "web_fetch_tool_result":
                            componentsschemas_content_block_param_type_10 = (
                                WebFetchToolResultBlockParam.from_dict(data)
                            )

                            return componentsschemas_content_block_param_type_10
                        if discriminator == "code_execution_tool_result":
                            componentsschemas_content_block_param_type_11 = (
                                CodeExecutionToolResultBlockParam.from_dict(data)
                            )

                            return componentsschemas_content_block_param_type_11
                        if discriminator == "bash_code_execution_tool_result":
                            componentsschemas_content_block_param_type_12 = (
                                BashCodeExecutionToolResultBlockParam.from_dict(data)
                            )

                            return componentsschemas_content_block_param_type_12
                        if discriminator == "text_editor_code_execution_tool_result":
                            componentsschemas_content_block_param_type_13 = (
                                TextEditorCodeExecutionToolResultBlockParam.from_dict(data)
                            )

                            return componentsschemas_content_block_param_type_13
                        if discriminator == "tool_search_tool_result":
                            componentsschemas_content_block_param_type_14 = (
                                ToolSearchToolResultBlockParam.from_dict(data)
                            )

                            return componentsschemas_content_block_param_type_14
                        if discriminator == "container_upload":
                            componentsschemas_content_block_param_type_15 = (
                                ContainerUploadBlockParam.from_dict(data)
                            )

                            return componentsschemas_content_block_param_type_15
                        raise ValueError(
                            f"content_type_1_item: unknown type {discriminator!r} (known: text, image, document, tool_use, tool_result, thinking, redacted_thinking, search_result, server_tool_use, web_search_tool_result, web_fetch_tool_result, code_execution_tool_result, bash_code_execution_tool_result, text_editor_code_execution_tool_result, tool_search_tool_result, container_upload)"
                        )

                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                return content_type_1
            return cast(
                "list[ BashCodeExecutionToolResultBlockParam | CodeExecutionToolResultBlockParam | ContainerUploadBlockParam | DocumentBlockParam | ImageBlockParam | RedactedThinkingBlockParam | SearchResultBlockParam | ServerToolUseBlockParam | TextBlockParam | TextEditorCodeExecutionToolResultBlockParam | ThinkingBlockParam | ToolResultBlockParam | ToolSearchToolResultBlockParam | ToolUseBlockParam | WebFetchToolResultBlockParam | WebSearchToolResultBlockParam ] | str",
                data,
            )

        content = _parse_content(d.pop("content"))

        message_param = cls(
            role=role,
            content=content,
        )

        message_param.additional_properties = d
        return message_param

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


_models_unbound = True


def _bind_models() -> None:
    """Import the models this module's methods build (not at the top: the imports
    would be circular) and keep them as module globals."""
    global _models_unbound
    from ..models.bash_code_execution_tool_result_block_param import (
        BashCodeExecutionToolResultBlockParam,
    )
    from ..models.code_execution_tool_result_block_param import (
        CodeExecutionToolResultBlockParam,
    )
    from ..models.container_upload_block_param import ContainerUploadBlockParam
    from ..models.document_block_param import DocumentBlockParam
    from ..models.image_block_param import ImageBlockParam
    from ..models.redacted_thinking_block_param import RedactedThinkingBlockParam
    from ..models.search_result_block_param import SearchResultBlockParam
    from ..models.server_tool_use_block_param import ServerToolUseBlockParam
    from ..models.text_block_param import TextBlockParam
    from ..models.text_editor_code_execution_tool_result_block_param import (
        TextEditorCodeExecutionToolResultBlockParam,
    )
    from ..models.thinking_block_param import ThinkingBlockParam
    from ..models.tool_result_block_param import ToolResultBlockParam
    from ..models.tool_search_tool_result_block_param import (
        ToolSearchToolResultBlockParam,
    )
    from ..models.tool_use_block_param import ToolUseBlockParam
    from ..models.web_fetch_tool_result_block_param import WebFetchToolResultBlockParam
    from ..models.web_search_tool_result_block_param import (
        WebSearchToolResultBlockParam,
    )

    globals().update(
        BashCodeExecutionToolResultBlockParam=BashCodeExecutionToolResultBlockParam,
        CodeExecutionToolResultBlockParam=CodeExecutionToolResultBlockParam,
        DocumentBlockParam=DocumentBlockParam,
        ImageBlockParam=ImageBlockParam,
        RedactedThinkingBlockParam=RedactedThinkingBlockParam,
        SearchResultBlockParam=SearchResultBlockParam,
        ServerToolUseBlockParam=ServerToolUseBlockParam,
        TextBlockParam=TextBlockParam,
        TextEditorCodeExecutionToolResultBlockParam=TextEditorCodeExecutionToolResultBlockParam,
        ThinkingBlockParam=ThinkingBlockParam,
        ToolResultBlockParam=ToolResultBlockParam,
        ToolSearchToolResultBlockParam=ToolSearchToolResultBlockParam,
        ToolUseBlockParam=ToolUseBlockParam,
        WebFetchToolResultBlockParam=WebFetchToolResultBlockParam,
        WebSearchToolResultBlockParam=WebSearchToolResultBlockParam,
        ContainerUploadBlockParam=ContainerUploadBlockParam,
    )
    _models_unbound = False
