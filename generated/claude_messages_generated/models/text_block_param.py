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
    from ..models.citation_char_location import CitationCharLocation
    from ..models.citation_content_block_location import CitationContentBlockLocation
    from ..models.citation_page_location import CitationPageLocation
    from ..models.citation_search_result_location import CitationSearchResultLocation
    from ..models.citation_web_search_result_location import (
        CitationWebSearchResultLocation,
    )


T = TypeVar("T", bound="TextBlockParam")


@_attrs_define
class TextBlockParam:
    """Text content.

    Attributes:
        type_ (Literal['text']): Always `text`. Default: 'text'.
        text (str): The text.
        cache_control (CacheControlEphemeral | None | Unset): Marks a prompt-caching breakpoint on this block.
        citations (list[CitationCharLocation | CitationContentBlockLocation | CitationPageLocation |
            CitationSearchResultLocation | CitationWebSearchResultLocation] | None | Unset): Citations supporting this text
            (replayed assistant turns). A non-empty list in a
            `user` message is refused by `2026-10-21`.
    """

    text: str
    type_: Literal["text"] = "text"
    cache_control: CacheControlEphemeral | None | Unset = UNSET
    citations: (
        list[
            CitationCharLocation
            | CitationContentBlockLocation
            | CitationPageLocation
            | CitationSearchResultLocation
            | CitationWebSearchResultLocation
        ]
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        type_ = self.type_

        text = self.text

        cache_control: dict[str, Any] | None | Unset
        if isinstance(self.cache_control, Unset):
            cache_control = UNSET
        elif isinstance(self.cache_control, CacheControlEphemeral):
            cache_control = self.cache_control.to_dict()
        else:
            cache_control = self.cache_control

        citations: list[dict[str, Any]] | None | Unset
        if isinstance(self.citations, Unset):
            citations = UNSET
        elif isinstance(self.citations, list):
            citations = []
            for citations_type_0_item_data in self.citations:
                citations_type_0_item: dict[str, Any]
                if isinstance(citations_type_0_item_data, CitationCharLocation):
                    citations_type_0_item = citations_type_0_item_data.to_dict()
                elif isinstance(citations_type_0_item_data, CitationPageLocation):
                    citations_type_0_item = citations_type_0_item_data.to_dict()
                elif isinstance(citations_type_0_item_data, CitationContentBlockLocation):
                    citations_type_0_item = citations_type_0_item_data.to_dict()
                elif isinstance(citations_type_0_item_data, CitationWebSearchResultLocation):
                    citations_type_0_item = citations_type_0_item_data.to_dict()
                else:
                    citations_type_0_item = citations_type_0_item_data.to_dict()

                citations.append(citations_type_0_item)

        else:
            citations = self.citations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if citations is not UNSET:
            field_dict["citations"] = citations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        type_ = cast('Literal["text"]', d.pop("type"))
        if type_ != "text":
            raise ValueError(f"type must match const 'text', got '{type_}'")

        text = d.pop("text")

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

        def _parse_citations(
            data: object,
        ) -> (
            list[
                CitationCharLocation
                | CitationContentBlockLocation
                | CitationPageLocation
                | CitationSearchResultLocation
                | CitationWebSearchResultLocation
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, list):
                citations_type_0 = []
                _citations_type_0 = data
                for citations_type_0_item_data in _citations_type_0:

                    def _parse_citations_type_0_item(
                        data: object,
                    ) -> (
                        CitationCharLocation
                        | CitationContentBlockLocation
                        | CitationPageLocation
                        | CitationSearchResultLocation
                        | CitationWebSearchResultLocation
                    ):
                        if not isinstance(data, dict):
                            raise TypeError(
                                f"citations_type_0_item: expected an object, got {type(data).__name__}"
                            )
                        discriminator = data.get("type")
                        if discriminator == "char_location":
                            componentsschemas_text_citation_param_type_0 = (
                                CitationCharLocation.from_dict(data)
                            )

                            return componentsschemas_text_citation_param_type_0
                        if discriminator == "page_location":
                            componentsschemas_text_citation_param_type_1 = (
                                CitationPageLocation.from_dict(data)
                            )

                            return componentsschemas_text_citation_param_type_1
                        if discriminator == "content_block_location":
                            componentsschemas_text_citation_param_type_2 = (
                                CitationContentBlockLocation.from_dict(data)
                            )

                            return componentsschemas_text_citation_param_type_2
                        if discriminator == "web_search_result_location":
                            componentsschemas_text_citation_param_type_3 = (
                                CitationWebSearchResultLocation.from_dict(data)
                            )

                            return componentsschemas_text_citation_param_type_3
                        if discriminator == "search_result_location":
                            componentsschemas_text_citation_param_type_4 = (
                                CitationSearchResultLocation.from_dict(data)
                            )

                            return componentsschemas_text_citation_param_type_4
                        raise ValueError(
                            f"citations_type_0_item: unknown type {discriminator!r} (known: char_location, page_location, content_block_location, web_search_result_location, search_result_location)"
                        )

                    citations_type_0_item = _parse_citations_type_0_item(citations_type_0_item_data)

                    citations_type_0.append(citations_type_0_item)

                return citations_type_0
            return cast(
                "list[ CitationCharLocation | CitationContentBlockLocation | CitationPageLocation | CitationSearchResultLocation | CitationWebSearchResultLocation ] | None | Unset",
                data,
            )

        citations = _parse_citations(d.pop("citations", UNSET))

        text_block_param = cls(
            type_=type_,
            text=text,
            cache_control=cache_control,
            citations=citations,
        )

        text_block_param.additional_properties = d
        return text_block_param

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
    def type(self) -> Literal["text"]:
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
    from ..models.citation_char_location import CitationCharLocation
    from ..models.citation_content_block_location import CitationContentBlockLocation
    from ..models.citation_page_location import CitationPageLocation
    from ..models.citation_search_result_location import CitationSearchResultLocation
    from ..models.citation_web_search_result_location import (
        CitationWebSearchResultLocation,
    )

    globals().update(
        CacheControlEphemeral=CacheControlEphemeral,
        CitationCharLocation=CitationCharLocation,
        CitationContentBlockLocation=CitationContentBlockLocation,
        CitationPageLocation=CitationPageLocation,
        CitationWebSearchResultLocation=CitationWebSearchResultLocation,
        CitationSearchResultLocation=CitationSearchResultLocation,
    )
    _models_unbound = False
