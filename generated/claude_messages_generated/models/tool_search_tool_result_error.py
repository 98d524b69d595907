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
from ..models.known_tool_search_error_code import (
    KnownToolSearchErrorCode,
    check_known_tool_search_error_code,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolSearchToolResultError")


@_attrs_define
class ToolSearchToolResultError:
    """The tool search failed.

    Attributes:
        type_ (Literal['tool_search_tool_result_error']): Always `tool_search_tool_result_error`. Default:
            'tool_search_tool_result_error'.
        error_code (KnownToolSearchErrorCode | str): Why (a `KnownToolSearchErrorCode`, or a newer code).
        error_message (None | str | Unset): Details of the failure.
    """

    error_code: KnownToolSearchErrorCode | str
    type_: Literal["tool_search_tool_result_error"] = "tool_search_tool_result_error"
    error_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        error_code: str
        if isinstance(self.error_code, str):
            error_code = self.error_code
        else:
            error_code = self.error_code

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "error_code": error_code,
            }
        )
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["tool_search_tool_result_error"]', d.pop("type"))
        if type_ != "tool_search_tool_result_error":
            raise ValueError(
                f"type must match const 'tool_search_tool_result_error', got '{type_}'"
            )

        def _parse_error_code(data: object) -> KnownToolSearchErrorCode | str:
            if isinstance(data, str):
                try:
                    error_code_type_0 = check_known_tool_search_error_code(data)

                    return error_code_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast("KnownToolSearchErrorCode | str", data)

        error_code = _parse_error_code(d.pop("error_code"))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        tool_search_tool_result_error = cls(
            type_=type_,
            error_code=error_code,
            error_message=error_message,
        )

        tool_search_tool_result_error.additional_properties = d
        return tool_search_tool_result_error

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
    def type(self) -> Literal["tool_search_tool_result_error"]:
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
