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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cache_control_ephemeral import CacheControlEphemeral
    from ..models.citations_config_param import CitationsConfigParam
    from ..models.text_block_param import TextBlockParam


T = TypeVar("T", bound="SearchResultBlockParam")


@_attrs_define
class SearchResultBlockParam:
    """A search result your code found, with its source, for the model to read and cite.

    Attributes:
        type_ (Literal['search_result']): Always `search_result`. Default: 'search_result'.
        source (str): Where the result comes from (a URL or another identifier), shown in citations.
        title (str): The result's title.
        content (list[TextBlockParam]): The result's text, one citable unit per block.
        citations (CitationsConfigParam | Unset): Whether the model may cite this document.
        cache_control (CacheControlEphemeral | None | Unset): Marks a prompt-caching breakpoint on this block.
    """

    source: str
    title: str
    content: list[TextBlockParam]
    type_: Literal["search_result"] = "search_result"
    citations: CitationsConfigParam | Unset = UNSET
    cache_control: CacheControlEphemeral | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        type_ = self.type_

        source = self.source

        title = self.title

        content = []
        for content_item_data in self.content:
            content_item = content_item_data.to_dict()
            content.append(content_item)

        citations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.citations, Unset):
            citations = self.citations.to_dict()

        cache_control: dict[str, Any] | None | Unset
        if isinstance(self.cache_control, Unset):
            cache_control = UNSET
        elif isinstance(self.cache_control, CacheControlEphemeral):
            cache_control = self.cache_control.to_dict()
        else:
            cache_control = self.cache_control

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "source": source,
                "title": title,
                "content": content,
            }
        )
        if citations is not UNSET:
            field_dict["citations"] = citations
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        type_ = cast('Literal["search_result"]', d.pop("type"))
        if type_ != "search_result":
            raise ValueError(f"type must match const 'search_result', got '{type_}'")

        source = d.pop("source")

        title = d.pop("title")

        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            content_item = TextBlockParam.from_dict(content_item_data)

            content.append(content_item)

        _citations = d.pop("citations", UNSET)
        citations: CitationsConfigParam | Unset
        if isinstance(_citations, Unset):
            citations = UNSET
        else:
            citations = CitationsConfigParam.from_dict(_citations)

        def _parse_cache_control(data: object) -> CacheControlEphemeral | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                cache_control_type_0 = CacheControlEphemeral.from_dict(data)

                return cache_control_type_0
            return cast("CacheControlEphemeral | None | Unset", data)

        cache_control = _parse_cache_control(d.pop("cache_control", UNSET))

        search_result_block_param = cls(
            type_=type_,
            source=source,
            title=title,
            content=content,
            citations=citations,
            cache_control=cache_control,
        )

        search_result_block_param.additional_properties = d
        return search_result_block_param

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
    def type(self) -> Literal["search_result"]:
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
    from ..models.cache_control_ephemeral import CacheControlEphemeral
    from ..models.citations_config_param import CitationsConfigParam
    from ..models.text_block_param import TextBlockParam

    globals().update(
        CacheControlEphemeral=CacheControlEphemeral,
        CitationsConfigParam=CitationsConfigParam,
        TextBlockParam=TextBlockParam,
    )
    _models_unbound = False
