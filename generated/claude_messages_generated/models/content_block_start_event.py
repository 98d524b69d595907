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
    from ..models.bash_code_execution_tool_result_block import (
        BashCodeExecutionToolResultBlock,
    )
    from ..models.code_execution_tool_result_block import CodeExecutionToolResultBlock
    from ..models.container_upload_block import ContainerUploadBlock
    from ..models.redacted_thinking_block import RedactedThinkingBlock
    from ..models.server_tool_use_block import ServerToolUseBlock
    from ..models.text_block import TextBlock
    from ..models.text_editor_code_execution_tool_result_block import (
        TextEditorCodeExecutionToolResultBlock,
    )
    from ..models.thinking_block import ThinkingBlock
    from ..models.tool_search_tool_result_block import ToolSearchToolResultBlock
    from ..models.tool_use_block import ToolUseBlock
    from ..models.unknown_content_block import UnknownContentBlock
    from ..models.web_fetch_tool_result_block import WebFetchToolResultBlock
    from ..models.web_search_tool_result_block import WebSearchToolResultBlock


T = TypeVar("T", bound="ContentBlockStartEvent")


@_attrs_define
class ContentBlockStartEvent:
    """A content block begins (text empty, tool input `{}`).

    Attributes:
        type_ (Literal['content_block_start']): Always `content_block_start`. Default: 'content_block_start'.
        index (int): The block's index in the message's `content`.
        content_block (BashCodeExecutionToolResultBlock | CodeExecutionToolResultBlock | ContainerUploadBlock |
            RedactedThinkingBlock | ServerToolUseBlock | TextBlock | TextEditorCodeExecutionToolResultBlock | ThinkingBlock
            | ToolSearchToolResultBlock | ToolUseBlock | UnknownContentBlock | WebFetchToolResultBlock |
            WebSearchToolResultBlock): A response content block, discriminated by `type`; unknown types are kept as
            `UnknownContentBlock`.
    """

    index: int
    content_block: (
        BashCodeExecutionToolResultBlock
        | CodeExecutionToolResultBlock
        | ContainerUploadBlock
        | RedactedThinkingBlock
        | ServerToolUseBlock
        | TextBlock
        | TextEditorCodeExecutionToolResultBlock
        | ThinkingBlock
        | ToolSearchToolResultBlock
        | ToolUseBlock
        | UnknownContentBlock
        | WebFetchToolResultBlock
        | WebSearchToolResultBlock
    )
    type_: Literal["content_block_start"] = "content_block_start"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        type_ = self.type_

        index = self.index

        content_block: dict[str, Any]
        if isinstance(self.content_block, TextBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, ToolUseBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, ThinkingBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, RedactedThinkingBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, ServerToolUseBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, WebSearchToolResultBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, WebFetchToolResultBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, CodeExecutionToolResultBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, BashCodeExecutionToolResultBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, TextEditorCodeExecutionToolResultBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, ToolSearchToolResultBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, ContainerUploadBlock):
            content_block = self.content_block.to_dict()
        else:
            content_block = self.content_block.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "index": index,
                "content_block": content_block,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        type_ = cast('Literal["content_block_start"]', d.pop("type"))
        if type_ != "content_block_start":
            raise ValueError(f"type must match const 'content_block_start', got '{type_}'")

        index = d.pop("index")

        def _parse_content_block(
            data: object,
        ) -> (
            BashCodeExecutionToolResultBlock
            | CodeExecutionToolResultBlock
            | ContainerUploadBlock
            | RedactedThinkingBlock
            | ServerToolUseBlock
            | TextBlock
            | TextEditorCodeExecutionToolResultBlock
            | ThinkingBlock
            | ToolSearchToolResultBlock
            | ToolUseBlock
            | UnknownContentBlock
            | WebFetchToolResultBlock
            | WebSearchToolResultBlock
        ):
            if not isinstance(data, dict):
                raise TypeError(f"content_block: expected an object, got {type(data).__name__}")
            discriminator = data.get("type")
            if discriminator == "text":
                componentsschemas_content_block_type_0 = TextBlock.from_dict(data)

                return componentsschemas_content_block_type_0
            if discriminator == "tool_use":
                componentsschemas_content_block_type_1 = ToolUseBlock.from_dict(data)

                return componentsschemas_content_block_type_1
            if discriminator == "thinking":
                componentsschemas_content_block_type_2 = ThinkingBlock.from_dict(data)

                return componentsschemas_content_block_type_2
            if discriminator == "redacted_thinking":
                componentsschemas_content_block_type_3 = RedactedThinkingBlock.from_dict(data)

                return componentsschemas_content_block_type_3
            if discriminator == "server_tool_use":
                componentsschemas_content_block_type_4 = ServerToolUseBlock.from_dict(data)

                return componentsschemas_content_block_type_4
            if discriminator == "web_search_tool_result":
                componentsschemas_content_block_type_5 = WebSearchToolResultBlock.from_dict(data)

                return componentsschemas_content_block_type_5
            if discriminator == "web_fetch_tool_result":
                componentsschemas_content_block_type_6 = WebFetchToolResultBlock.from_dict(data)

                return componentsschemas_content_block_type_6
            if discriminator == "code_execution_tool_result":
                componentsschemas_content_block_type_7 = CodeExecutionToolResultBlock.from_dict(
                    data
                )

                return componentsschemas_content_block_type_7
            if discriminator == "bash_code_execution_tool_result":
                componentsschemas_content_block_type_8 = BashCodeExecutionToolResultBlock.from_dict(
                    data
                )

                return componentsschemas_content_block_type_8
            if discriminator == "text_editor_code_execution_tool_result":
                componentsschemas_content_block_type_9 = (
                    TextEditorCodeExecutionToolResultBlock.from_dict(data)
                )

                return componentsschemas_content_block_type_9
            if discriminator == "tool_search_tool_result":
                componentsschemas_content_block_type_10 = ToolSearchToolResultBlock.from_dict(data)

                return componentsschemas_content_block_type_10
            if discriminator == "container_upload":
                componentsschemas_content_block_type_11 = ContainerUploadBlock.from_dict(data)

                return componentsschemas_content_block_type_11
            componentsschemas_content_block_type_12 = UnknownContentBlock.from_dict(data)

            return componentsschemas_content_block_type_12

        content_block = _parse_content_block(d.pop("content_block"))

        content_block_start_event = cls(
            type_=type_,
            index=index,
            content_block=content_block,
        )

        content_block_start_event.additional_properties = d
        return content_block_start_event

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
    def type(self) -> Literal["content_block_start"]:
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
    from ..models.bash_code_execution_tool_result_block import (
        BashCodeExecutionToolResultBlock,
    )
    from ..models.code_execution_tool_result_block import CodeExecutionToolResultBlock
    from ..models.container_upload_block import ContainerUploadBlock
    from ..models.redacted_thinking_block import RedactedThinkingBlock
    from ..models.server_tool_use_block import ServerToolUseBlock
    from ..models.text_block import TextBlock
    from ..models.text_editor_code_execution_tool_result_block import (
        TextEditorCodeExecutionToolResultBlock,
    )
    from ..models.thinking_block import ThinkingBlock
    from ..models.tool_search_tool_result_block import ToolSearchToolResultBlock
    from ..models.tool_use_block import ToolUseBlock
    from ..models.unknown_content_block import UnknownContentBlock
    from ..models.web_fetch_tool_result_block import WebFetchToolResultBlock
    from ..models.web_search_tool_result_block import WebSearchToolResultBlock

    globals().update(
        BashCodeExecutionToolResultBlock=BashCodeExecutionToolResultBlock,
        CodeExecutionToolResultBlock=CodeExecutionToolResultBlock,
        ContainerUploadBlock=ContainerUploadBlock,
        RedactedThinkingBlock=RedactedThinkingBlock,
        ServerToolUseBlock=ServerToolUseBlock,
        TextBlock=TextBlock,
        TextEditorCodeExecutionToolResultBlock=TextEditorCodeExecutionToolResultBlock,
        ThinkingBlock=ThinkingBlock,
        ToolSearchToolResultBlock=ToolSearchToolResultBlock,
        ToolUseBlock=ToolUseBlock,
        WebFetchToolResultBlock=WebFetchToolResultBlock,
        WebSearchToolResultBlock=WebSearchToolResultBlock,
        UnknownContentBlock=UnknownContentBlock,
    )
    _models_unbound = False
