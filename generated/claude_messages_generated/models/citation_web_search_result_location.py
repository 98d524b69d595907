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

T = TypeVar("T", bound="CitationWebSearchResultLocation")


@_attrs_define
class CitationWebSearchResultLocation:
    """A citation of a web search result.

    Attributes:
        type_ (Literal['web_search_result_location']): Always `web_search_result_location`. Default:
            'web_search_result_location'.
        cited_text (str): The cited text.
        url (str): The cited page's URL.
        encrypted_index (str): Where the citation points in the result, encrypted; send it back unchanged.
        title (None | str | Unset): The cited page's title.
    """

    cited_text: str
    url: str
    encrypted_index: str
    type_: Literal["web_search_result_location"] = "web_search_result_location"
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        cited_text = self.cited_text

        url = self.url

        encrypted_index = self.encrypted_index

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
                "url": url,
                "encrypted_index": encrypted_index,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["web_search_result_location"]', d.pop("type"))
        if type_ != "web_search_result_location":
            raise ValueError(f"type must match const 'web_search_result_location', got '{type_}'")

        cited_text = d.pop("cited_text")

        url = d.pop("url")

        encrypted_index = d.pop("encrypted_index")

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        title = _parse_title(d.pop("title", UNSET))

        citation_web_search_result_location = cls(
            type_=type_,
            cited_text=cited_text,
            url=url,
            encrypted_index=encrypted_index,
            title=title,
        )

        citation_web_search_result_location.additional_properties = d
        return citation_web_search_result_location

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
    def type(self) -> Literal["web_search_result_location"]:
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
