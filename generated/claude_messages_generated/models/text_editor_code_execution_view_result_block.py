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
from ..models.known_viewed_file_type import (
    KnownViewedFileType,
    check_known_viewed_file_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextEditorCodeExecutionViewResultBlock")


@_attrs_define
class TextEditorCodeExecutionViewResultBlock:
    """A file's content, viewed.

    Attributes:
        type_ (Literal['text_editor_code_execution_view_result']): Always `text_editor_code_execution_view_result`.
            Default: 'text_editor_code_execution_view_result'.
        content (str): The content shown.
        file_type (KnownViewedFileType | str): The kind of file (`text`, `image`, `pdf`, or a newer kind).
        num_lines (int | None | Unset): How many lines are shown.
        start_line (int | None | Unset): The first line shown (1-based).
        total_lines (int | None | Unset): How many lines the file has.
    """

    content: str
    file_type: KnownViewedFileType | str
    type_: Literal["text_editor_code_execution_view_result"] = (
        "text_editor_code_execution_view_result"
    )
    num_lines: int | None | Unset = UNSET
    start_line: int | None | Unset = UNSET
    total_lines: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        content = self.content

        file_type: str
        if isinstance(self.file_type, str):
            file_type = self.file_type
        else:
            file_type = self.file_type

        num_lines: int | None | Unset
        if isinstance(self.num_lines, Unset):
            num_lines = UNSET
        else:
            num_lines = self.num_lines

        start_line: int | None | Unset
        if isinstance(self.start_line, Unset):
            start_line = UNSET
        else:
            start_line = self.start_line

        total_lines: int | None | Unset
        if isinstance(self.total_lines, Unset):
            total_lines = UNSET
        else:
            total_lines = self.total_lines

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "content": content,
                "file_type": file_type,
            }
        )
        if num_lines is not UNSET:
            field_dict["num_lines"] = num_lines
        if start_line is not UNSET:
            field_dict["start_line"] = start_line
        if total_lines is not UNSET:
            field_dict["total_lines"] = total_lines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["text_editor_code_execution_view_result"]', d.pop("type"))
        if type_ != "text_editor_code_execution_view_result":
            raise ValueError(
                f"type must match const 'text_editor_code_execution_view_result', got '{type_}'"
            )

        content = d.pop("content")

        def _parse_file_type(data: object) -> KnownViewedFileType | str:
            if isinstance(data, str):
                try:
                    file_type_type_0 = check_known_viewed_file_type(data)

                    return file_type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast("KnownViewedFileType | str", data)

        file_type = _parse_file_type(d.pop("file_type"))

        def _parse_num_lines(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        num_lines = _parse_num_lines(d.pop("num_lines", UNSET))

        def _parse_start_line(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        start_line = _parse_start_line(d.pop("start_line", UNSET))

        def _parse_total_lines(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        total_lines = _parse_total_lines(d.pop("total_lines", UNSET))

        text_editor_code_execution_view_result_block = cls(
            type_=type_,
            content=content,
            file_type=file_type,
            num_lines=num_lines,
            start_line=start_line,
            total_lines=total_lines,
        )

        text_editor_code_execution_view_result_block.additional_properties = d
        return text_editor_code_execution_view_result_block

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
    def type(self) -> Literal["text_editor_code_execution_view_result"]:
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
