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
    from ..models.text_editor_code_execution_create_result_block import (
        TextEditorCodeExecutionCreateResultBlock,
    )
    from ..models.text_editor_code_execution_str_replace_result_block import (
        TextEditorCodeExecutionStrReplaceResultBlock,
    )
    from ..models.text_editor_code_execution_tool_result_error import (
        TextEditorCodeExecutionToolResultError,
    )
    from ..models.text_editor_code_execution_view_result_block import (
        TextEditorCodeExecutionViewResultBlock,
    )
    from ..models.unknown_text_editor_code_execution_tool_result_content import (
        UnknownTextEditorCodeExecutionToolResultContent,
    )


T = TypeVar("T", bound="TextEditorCodeExecutionToolResultBlock")


@_attrs_define
class TextEditorCodeExecutionToolResultBlock:
    """The result of a file operation the model ran with the code execution tool.

    Attributes:
        type_ (Literal['text_editor_code_execution_tool_result']): Always `text_editor_code_execution_tool_result`.
            Default: 'text_editor_code_execution_tool_result'.
        tool_use_id (str): The `id` of the `server_tool_use` block this answers.
        content (TextEditorCodeExecutionCreateResultBlock | TextEditorCodeExecutionStrReplaceResultBlock |
            TextEditorCodeExecutionToolResultError | TextEditorCodeExecutionViewResultBlock |
            UnknownTextEditorCodeExecutionToolResultContent): What a file operation gave, discriminated by `type`: a view, a
            create, a string
            replacement, or an error; unknown types are kept as
            `UnknownTextEditorCodeExecutionToolResultContent`.
    """

    tool_use_id: str
    content: (
        TextEditorCodeExecutionCreateResultBlock
        | TextEditorCodeExecutionStrReplaceResultBlock
        | TextEditorCodeExecutionToolResultError
        | TextEditorCodeExecutionViewResultBlock
        | UnknownTextEditorCodeExecutionToolResultContent
    )
    type_: Literal["text_editor_code_execution_tool_result"] = (
        "text_editor_code_execution_tool_result"
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        type_ = self.type_

        tool_use_id = self.tool_use_id

        content: dict[str, Any]
        if isinstance(self.content, TextEditorCodeExecutionViewResultBlock):
            content = self.content.to_dict()
        elif isinstance(self.content, TextEditorCodeExecutionCreateResultBlock):
            content = self.content.to_dict()
        elif isinstance(self.content, TextEditorCodeExecutionStrReplaceResultBlock):
            content = self.content.to_dict()
        elif isinstance(self.content, TextEditorCodeExecutionToolResultError):
            content = self.content.to_dict()
        else:
            content = self.content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "tool_use_id": tool_use_id,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        type_ = cast('Literal["text_editor_code_execution_tool_result"]', d.pop("type"))
        if type_ != "text_editor_code_execution_tool_result":
            raise ValueError(
                f"type must match const 'text_editor_code_execution_tool_result', got '{type_}'"
            )

        tool_use_id = d.pop("tool_use_id")

        def _parse_content(
            data: object,
        ) -> (
            TextEditorCodeExecutionCreateResultBlock
            | TextEditorCodeExecutionStrReplaceResultBlock
            | TextEditorCodeExecutionToolResultError
            | TextEditorCodeExecutionViewResultBlock
            | UnknownTextEditorCodeExecutionToolResultContent
        ):
            if not isinstance(data, dict):
                raise TypeError(f"content: expected an object, got {type(data).__name__}")
            discriminator = data.get("type")
            if discriminator == "text_editor_code_execution_view_result":
                componentsschemas_text_editor_code_execution_tool_result_content_type_0 = (
                    TextEditorCodeExecutionViewResultBlock.from_dict(data)
                )

                return componentsschemas_text_editor_code_execution_tool_result_content_type_0
            if discriminator == "text_editor_code_execution_create_result":
                componentsschemas_text_editor_code_execution_tool_result_content_type_1 = (
                    TextEditorCodeExecutionCreateResultBlock.from_dict(data)
                )

                return componentsschemas_text_editor_code_execution_tool_result_content_type_1
            if discriminator == "text_editor_code_execution_str_replace_result":
                componentsschemas_text_editor_code_execution_tool_result_content_type_2 = (
                    TextEditorCodeExecutionStrReplaceResultBlock.from_dict(data)
                )

                return componentsschemas_text_editor_code_execution_tool_result_content_type_2
            if discriminator == "text_editor_code_execution_tool_result_error":
                componentsschemas_text_editor_code_execution_tool_result_content_type_3 = (
                    TextEditorCodeExecutionToolResultError.from_dict(data)
                )

                return componentsschemas_text_editor_code_execution_tool_result_content_type_3
            componentsschemas_text_editor_code_execution_tool_result_content_type_4 = (
                UnknownTextEditorCodeExecutionToolResultContent.from_dict(data)
            )

            return componentsschemas_text_editor_code_execution_tool_result_content_type_4

        content = _parse_content(d.pop("content"))

        text_editor_code_execution_tool_result_block = cls(
            type_=type_,
            tool_use_id=tool_use_id,
            content=content,
        )

        text_editor_code_execution_tool_result_block.additional_properties = d
        return text_editor_code_execution_tool_result_block

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
    def type(self) -> Literal["text_editor_code_execution_tool_result"]:
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
    from ..models.text_editor_code_execution_create_result_block import (
        TextEditorCodeExecutionCreateResultBlock,
    )
    from ..models.text_editor_code_execution_str_replace_result_block import (
        TextEditorCodeExecutionStrReplaceResultBlock,
    )
    from ..models.text_editor_code_execution_tool_result_error import (
        TextEditorCodeExecutionToolResultError,
    )
    from ..models.text_editor_code_execution_view_result_block import (
        TextEditorCodeExecutionViewResultBlock,
    )
    from ..models.unknown_text_editor_code_execution_tool_result_content import (
        UnknownTextEditorCodeExecutionToolResultContent,
    )

    globals().update(
        TextEditorCodeExecutionCreateResultBlock=TextEditorCodeExecutionCreateResultBlock,
        TextEditorCodeExecutionStrReplaceResultBlock=TextEditorCodeExecutionStrReplaceResultBlock,
        TextEditorCodeExecutionToolResultError=TextEditorCodeExecutionToolResultError,
        TextEditorCodeExecutionViewResultBlock=TextEditorCodeExecutionViewResultBlock,
        UnknownTextEditorCodeExecutionToolResultContent=UnknownTextEditorCodeExecutionToolResultContent,
    )
    _models_unbound = False
