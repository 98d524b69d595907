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
    from ..models.code_execution_result_block import CodeExecutionResultBlock
    from ..models.code_execution_tool_result_error import CodeExecutionToolResultError
    from ..models.encrypted_code_execution_result_block import (
        EncryptedCodeExecutionResultBlock,
    )
    from ..models.unknown_code_execution_tool_result_content import (
        UnknownCodeExecutionToolResultContent,
    )


T = TypeVar("T", bound="CodeExecutionToolResultBlock")


@_attrs_define
class CodeExecutionToolResultBlock:
    """The result of code the model ran with the code execution tool.

    Attributes:
        type_ (Literal['code_execution_tool_result']): Always `code_execution_tool_result`. Default:
            'code_execution_tool_result'.
        tool_use_id (str): The `id` of the `server_tool_use` block this answers.
        content (CodeExecutionResultBlock | CodeExecutionToolResultError | EncryptedCodeExecutionResultBlock |
            UnknownCodeExecutionToolResultContent): What a code execution gave, discriminated by `type`: its result (plain
            or with
            encrypted stdout), or an error; unknown types are kept as
            `UnknownCodeExecutionToolResultContent`.
    """

    tool_use_id: str
    content: (
        CodeExecutionResultBlock
        | CodeExecutionToolResultError
        | EncryptedCodeExecutionResultBlock
        | UnknownCodeExecutionToolResultContent
    )
    type_: Literal["code_execution_tool_result"] = "code_execution_tool_result"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        type_ = self.type_

        tool_use_id = self.tool_use_id

        content: dict[str, Any]
        if isinstance(self.content, CodeExecutionResultBlock):
            content = self.content.to_dict()
        elif isinstance(self.content, EncryptedCodeExecutionResultBlock):
            content = self.content.to_dict()
        elif isinstance(self.content, CodeExecutionToolResultError):
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
        type_ = cast('Literal["code_execution_tool_result"]', d.pop("type"))
        if type_ != "code_execution_tool_result":
            raise ValueError(f"type must match const 'code_execution_tool_result', got '{type_}'")

        tool_use_id = d.pop("tool_use_id")

        def _parse_content(
            data: object,
        ) -> (
            CodeExecutionResultBlock
            | CodeExecutionToolResultError
            | EncryptedCodeExecutionResultBlock
            | UnknownCodeExecutionToolResultContent
        ):
            if not isinstance(data, dict):
                raise TypeError(f"content: expected an object, got {type(data).__name__}")
            discriminator = data.get("type")
            if discriminator == "code_execution_result":
                componentsschemas_code_execution_tool_result_content_type_0 = (
                    CodeExecutionResultBlock.from_dict(data)
                )

                return componentsschemas_code_execution_tool_result_content_type_0
            if discriminator == "encrypted_code_execution_result":
                componentsschemas_code_execution_tool_result_content_type_1 = (
                    EncryptedCodeExecutionResultBlock.from_dict(data)
                )

                return componentsschemas_code_execution_tool_result_content_type_1
            if discriminator == "code_execution_tool_result_error":
                componentsschemas_code_execution_tool_result_content_type_2 = (
                    CodeExecutionToolResultError.from_dict(data)
                )

                return componentsschemas_code_execution_tool_result_content_type_2
            componentsschemas_code_execution_tool_result_content_type_3 = (
                UnknownCodeExecutionToolResultContent.from_dict(data)
            )

            return componentsschemas_code_execution_tool_result_content_type_3

        content = _parse_content(d.pop("content"))

        code_execution_tool_result_block = cls(
            type_=type_,
            tool_use_id=tool_use_id,
            content=content,
        )

        code_execution_tool_result_block.additional_properties = d
        return code_execution_tool_result_block

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
    def type(self) -> Literal["code_execution_tool_result"]:
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
    from ..models.code_execution_result_block import CodeExecutionResultBlock
    from ..models.code_execution_tool_result_error import CodeExecutionToolResultError
    from ..models.encrypted_code_execution_result_block import (
        EncryptedCodeExecutionResultBlock,
    )
    from ..models.unknown_code_execution_tool_result_content import (
        UnknownCodeExecutionToolResultContent,
    )

    globals().update(
        CodeExecutionResultBlock=CodeExecutionResultBlock,
        CodeExecutionToolResultError=CodeExecutionToolResultError,
        EncryptedCodeExecutionResultBlock=EncryptedCodeExecutionResultBlock,
        UnknownCodeExecutionToolResultContent=UnknownCodeExecutionToolResultContent,
    )
    _models_unbound = False
