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

T = TypeVar("T", bound="CitationContentBlockLocation")


@_attrs_define
class CitationContentBlockLocation:
    """A citation of a range of blocks in a content-block document.

    Attributes:
        type_ (Literal['content_block_location']): Always `content_block_location`. Default: 'content_block_location'.
        cited_text (str): The cited text.
        document_index (int): Index of the cited document in the request.
        start_block_index (int): First cited block (inclusive).
        end_block_index (int): Last cited block (exclusive).
        document_title (None | str | Unset): The cited document's title.
        file_id (None | str | Unset): The id of the cited document's file, when it was uploaded with the Files API.
    """

    cited_text: str
    document_index: int
    start_block_index: int
    end_block_index: int
    type_: Literal["content_block_location"] = "content_block_location"
    document_title: None | str | Unset = UNSET
    file_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        cited_text = self.cited_text

        document_index = self.document_index

        start_block_index = self.start_block_index

        end_block_index = self.end_block_index

        document_title: None | str | Unset
        if isinstance(self.document_title, Unset):
            document_title = UNSET
        else:
            document_title = self.document_title

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "cited_text": cited_text,
                "document_index": document_index,
                "start_block_index": start_block_index,
                "end_block_index": end_block_index,
            }
        )
        if document_title is not UNSET:
            field_dict["document_title"] = document_title
        if file_id is not UNSET:
            field_dict["file_id"] = file_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["content_block_location"]', d.pop("type"))
        if type_ != "content_block_location":
            raise ValueError(f"type must match const 'content_block_location', got '{type_}'")

        cited_text = d.pop("cited_text")

        document_index = d.pop("document_index")

        start_block_index = d.pop("start_block_index")

        end_block_index = d.pop("end_block_index")

        def _parse_document_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        document_title = _parse_document_title(d.pop("document_title", UNSET))

        def _parse_file_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        file_id = _parse_file_id(d.pop("file_id", UNSET))

        citation_content_block_location = cls(
            type_=type_,
            cited_text=cited_text,
            document_index=document_index,
            start_block_index=start_block_index,
            end_block_index=end_block_index,
            document_title=document_title,
            file_id=file_id,
        )

        citation_content_block_location.additional_properties = d
        return citation_content_block_location

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
    def type(self) -> Literal["content_block_location"]:
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
