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
    from ..models.code_execution_output_block import CodeExecutionOutputBlock


T = TypeVar("T", bound="CodeExecutionResultBlock")


@_attrs_define
class CodeExecutionResultBlock:
    """The code ran; its output.

    Attributes:
        type_ (Literal['code_execution_result']): Always `code_execution_result`. Default: 'code_execution_result'.
        stdout (str): What the code wrote to standard output.
        stderr (str): What the code wrote to standard error.
        return_code (int): The exit status (0 for success).
        content (list[CodeExecutionOutputBlock]): The files the code wrote.
    """

    stdout: str
    stderr: str
    return_code: int
    content: list[CodeExecutionOutputBlock]
    type_: Literal["code_execution_result"] = "code_execution_result"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        stdout = self.stdout

        stderr = self.stderr

        return_code = self.return_code

        content = []
        for content_item_data in self.content:
            content_item = content_item_data.to_dict()
            content.append(content_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "stdout": stdout,
                "stderr": stderr,
                "return_code": return_code,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        type_ = cast('Literal["code_execution_result"]', d.pop("type"))
        if type_ != "code_execution_result":
            raise ValueError(f"type must match const 'code_execution_result', got '{type_}'")

        stdout = d.pop("stdout")

        stderr = d.pop("stderr")

        return_code = d.pop("return_code")

        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            content_item = CodeExecutionOutputBlock.from_dict(content_item_data)

            content.append(content_item)

        code_execution_result_block = cls(
            type_=type_,
            stdout=stdout,
            stderr=stderr,
            return_code=return_code,
            content=content,
        )

        code_execution_result_block.additional_properties = d
        return code_execution_result_block

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
    def type(self) -> Literal["code_execution_result"]:
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
    from ..models.code_execution_output_block import CodeExecutionOutputBlock

    globals().update(CodeExecutionOutputBlock=CodeExecutionOutputBlock)
    _models_unbound = False
