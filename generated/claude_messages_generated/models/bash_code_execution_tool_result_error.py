from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model_support import model_dump, model_json, model_repr
from ..models.known_bash_code_execution_error_code import (
    KnownBashCodeExecutionErrorCode,
    check_known_bash_code_execution_error_code,
)

T = TypeVar("T", bound="BashCodeExecutionToolResultError")


@_attrs_define
class BashCodeExecutionToolResultError:
    """The bash command failed to run.

    Attributes:
        type_ (Literal['bash_code_execution_tool_result_error']): Always `bash_code_execution_tool_result_error`.
            Default: 'bash_code_execution_tool_result_error'.
        error_code (KnownBashCodeExecutionErrorCode | str): Why (a `KnownBashCodeExecutionErrorCode`, or a newer code).
    """

    error_code: KnownBashCodeExecutionErrorCode | str
    type_: Literal["bash_code_execution_tool_result_error"] = (
        "bash_code_execution_tool_result_error"
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        error_code: str
        if isinstance(self.error_code, str):
            error_code = self.error_code
        else:
            error_code = self.error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "error_code": error_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["bash_code_execution_tool_result_error"]', d.pop("type"))
        if type_ != "bash_code_execution_tool_result_error":
            raise ValueError(
                f"type must match const 'bash_code_execution_tool_result_error', got '{type_}'"
            )

        def _parse_error_code(data: object) -> KnownBashCodeExecutionErrorCode | str:
            if isinstance(data, str):
                try:
                    error_code_type_0 = check_known_bash_code_execution_error_code(data)

                    return error_code_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast("KnownBashCodeExecutionErrorCode | str", data)

        error_code = _parse_error_code(d.pop("error_code"))

        bash_code_execution_tool_result_error = cls(
            type_=type_,
            error_code=error_code,
        )

        bash_code_execution_tool_result_error.additional_properties = d
        return bash_code_execution_tool_result_error

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
    def type(self) -> Literal["bash_code_execution_tool_result_error"]:
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
