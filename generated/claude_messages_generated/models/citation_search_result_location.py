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

T = TypeVar("T", bound="CitationSearchResultLocation")


@_attrs_define
class CitationSearchResultLocation:
    """A citation of a range of blocks in a `search_result` block.

    Attributes:
        type_ (Literal['search_result_location']): Always `search_result_location`. Default: 'search_result_location'.
        cited_text (str): The cited text.
        source (str): The cited result's `source`.
        search_result_index (int): Index of the cited search result among the request's search results.
        start_block_index (int): First cited block (inclusive).
        end_block_index (int): Last cited block (exclusive).
        title (None | str | Unset): The cited result's title.
    """

    cited_text: str
    source: str
    search_result_index: int
    start_block_index: int
    end_block_index: int
    type_: Literal["search_result_location"] = "search_result_location"
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        cited_text = self.cited_text

        source = self.source

        search_result_index = self.search_result_index

        start_block_index = self.start_block_index

        end_block_index = self.end_block_index

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "cited_text": cited_text,
                "source": source,
                "search_result_index": search_result_index,
                "start_block_index": start_block_index,
                "end_block_index": end_block_index,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["search_result_location"]', d.pop("type"))
        if type_ != "search_result_location":
            raise ValueError(f"type must match const 'search_result_location', got '{type_}'")

        cited_text = d.pop("cited_text")

        source = d.pop("source")

        search_result_index = d.pop("search_result_index")

        start_block_index = d.pop("start_block_index")

        end_block_index = d.pop("end_block_index")

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        title = _parse_title(d.pop("title", UNSET))

        citation_search_result_location = cls(
            type_=type_,
            cited_text=cited_text,
            source=source,
            search_result_index=search_result_index,
            start_block_index=start_block_index,
            end_block_index=end_block_index,
            title=title,
        )

        citation_search_result_location.additional_properties = d
        return citation_search_result_location

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
    def type(self) -> Literal["search_result_location"]:
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
