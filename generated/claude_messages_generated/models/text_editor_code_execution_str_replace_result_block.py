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
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextEditorCodeExecutionStrReplaceResultBlock")


@_attrs_define
class TextEditorCodeExecutionStrReplaceResultBlock:
    """A string was replaced in a file; the changed lines, as in a unified diff.

    Attributes:
        type_ (Literal['text_editor_code_execution_str_replace_result']): Always
            `text_editor_code_execution_str_replace_result`. Default: 'text_editor_code_execution_str_replace_result'.
        lines (list[str] | None | Unset): The diff's lines.
        new_lines (int | None | Unset): How many lines the new text spans.
        new_start (int | None | Unset): Where the new text starts (1-based line).
        old_lines (int | None | Unset): How many lines the old text spanned.
        old_start (int | None | Unset): Where the old text started (1-based line).
    """

    type_: Literal["text_editor_code_execution_str_replace_result"] = (
        "text_editor_code_execution_str_replace_result"
    )
    lines: list[str] | None | Unset = UNSET
    new_lines: int | None | Unset = UNSET
    new_start: int | None | Unset = UNSET
    old_lines: int | None | Unset = UNSET
    old_start: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        lines: list[str] | None | Unset
        if isinstance(self.lines, Unset):
            lines = UNSET
        elif isinstance(self.lines, list):
            lines = self.lines

        else:
            lines = self.lines

        new_lines: int | None | Unset
        if isinstance(self.new_lines, Unset):
            new_lines = UNSET
        else:
            new_lines = self.new_lines

        new_start: int | None | Unset
        if isinstance(self.new_start, Unset):
            new_start = UNSET
        else:
            new_start = self.new_start

        old_lines: int | None | Unset
        if isinstance(self.old_lines, Unset):
            old_lines = UNSET
        else:
            old_lines = self.old_lines

        old_start: int | None | Unset
        if isinstance(self.old_start, Unset):
            old_start = UNSET
        else:
            old_start = self.old_start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if lines is not UNSET:
            field_dict["lines"] = lines
        if new_lines is not UNSET:
            field_dict["new_lines"] = new_lines
        if new_start is not UNSET:
            field_dict["new_start"] = new_start
        if old_lines is not UNSET:
            field_dict["old_lines"] = old_lines
        if old_start is not UNSET:
            field_dict["old_start"] = old_start

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["text_editor_code_execution_str_replace_result"]', d.pop("type"))
        if type_ != "text_editor_code_execution_str_replace_result":
            raise ValueError(
                f"type must match const 'text_editor_code_execution_str_replace_result', got '{type_}'"
            )

        def _parse_lines(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, list):
                lines_type_0 = cast("list[str]", data)

                return lines_type_0
            return cast("list[str] | None | Unset", data)

        lines = _parse_lines(d.pop("lines", UNSET))

        def _parse_new_lines(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        new_lines = _parse_new_lines(d.pop("new_lines", UNSET))

        def _parse_new_start(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        new_start = _parse_new_start(d.pop("new_start", UNSET))

        def _parse_old_lines(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        old_lines = _parse_old_lines(d.pop("old_lines", UNSET))

        def _parse_old_start(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        old_start = _parse_old_start(d.pop("old_start", UNSET))

        text_editor_code_execution_str_replace_result_block = cls(
            type_=type_,
            lines=lines,
            new_lines=new_lines,
            new_start=new_start,
            old_lines=old_lines,
            old_start=old_start,
        )

        text_editor_code_execution_str_replace_result_block.additional_properties = d
        return text_editor_code_execution_str_replace_result_block

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
    def type(self) -> Literal["text_editor_code_execution_str_replace_result"]:
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
