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

T = TypeVar("T", bound="WebSearchResultBlock")


@_attrs_define
class WebSearchResultBlock:
    """One web search result; the model reads its encrypted content and cites it.

    Attributes:
        type_ (Literal['web_search_result']): Always `web_search_result`. Default: 'web_search_result'.
        url (str): The page's URL.
        title (str): The page's title.
        encrypted_content (str): The page content, encrypted; send it back unchanged in later turns.
        page_age (None | str | Unset): How old the page is, as the search engine reports it (e.g. `April 30, 2025`).
    """

    url: str
    title: str
    encrypted_content: str
    type_: Literal["web_search_result"] = "web_search_result"
    page_age: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        url = self.url

        title = self.title

        encrypted_content = self.encrypted_content

        page_age: None | str | Unset
        if isinstance(self.page_age, Unset):
            page_age = UNSET
        else:
            page_age = self.page_age

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
                "title": title,
                "encrypted_content": encrypted_content,
            }
        )
        if page_age is not UNSET:
            field_dict["page_age"] = page_age

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["web_search_result"]', d.pop("type"))
        if type_ != "web_search_result":
            raise ValueError(f"type must match const 'web_search_result', got '{type_}'")

        url = d.pop("url")

        title = d.pop("title")

        encrypted_content = d.pop("encrypted_content")

        def _parse_page_age(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        page_age = _parse_page_age(d.pop("page_age", UNSET))

        web_search_result_block = cls(
            type_=type_,
            url=url,
            title=title,
            encrypted_content=encrypted_content,
            page_age=page_age,
        )

        web_search_result_block.additional_properties = d
        return web_search_result_block

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
    def type(self) -> Literal["web_search_result"]:
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
