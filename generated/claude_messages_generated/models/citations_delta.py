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

if TYPE_CHECKING:
    from ..models.citation_char_location import CitationCharLocation
    from ..models.citation_content_block_location import CitationContentBlockLocation
    from ..models.citation_page_location import CitationPageLocation
    from ..models.citation_search_result_location import CitationSearchResultLocation
    from ..models.citation_web_search_result_location import (
        CitationWebSearchResultLocation,
    )
    from ..models.unknown_citation import UnknownCitation


T = TypeVar("T", bound="CitationsDelta")


@_attrs_define
class CitationsDelta:
    """A citation to append to a text block's `citations`.

    Attributes:
        type_ (Literal['citations_delta']): Always `citations_delta`. Default: 'citations_delta'.
        citation (CitationCharLocation | CitationContentBlockLocation | CitationPageLocation |
            CitationSearchResultLocation | CitationWebSearchResultLocation | UnknownCitation): A citation in a response,
            discriminated by `type`; unknown types are kept as `UnknownCitation`.
    """

    citation: (
        CitationCharLocation
        | CitationContentBlockLocation
        | CitationPageLocation
        | CitationSearchResultLocation
        | CitationWebSearchResultLocation
        | UnknownCitation
    )
    type_: Literal["citations_delta"] = "citations_delta"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        type_ = self.type_

        citation: dict[str, Any]
        if isinstance(self.citation, CitationCharLocation):
            citation = self.citation.to_dict()
        elif isinstance(self.citation, CitationPageLocation):
            citation = self.citation.to_dict()
        elif isinstance(self.citation, CitationContentBlockLocation):
            citation = self.citation.to_dict()
        elif isinstance(self.citation, CitationWebSearchResultLocation):
            citation = self.citation.to_dict()
        elif isinstance(self.citation, CitationSearchResultLocation):
            citation = self.citation.to_dict()
        else:
            citation = self.citation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "citation": citation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        type_ = cast('Literal["citations_delta"]', d.pop("type"))
        if type_ != "citations_delta":
            raise ValueError(f"type must match const 'citations_delta', got '{type_}'")

        def _parse_citation(
            data: object,
        ) -> (
            CitationCharLocation
            | CitationContentBlockLocation
            | CitationPageLocation
            | CitationSearchResultLocation
            | CitationWebSearchResultLocation
            | UnknownCitation
        ):
            if not isinstance(data, dict):
                raise TypeError(f"citation: expected an object, got {type(data).__name__}")
            discriminator = data.get("type")
            if discriminator == "char_location":
                componentsschemas_text_citation_type_0 = CitationCharLocation.from_dict(data)

                return componentsschemas_text_citation_type_0
            if discriminator == "page_location":
                componentsschemas_text_citation_type_1 = CitationPageLocation.from_dict(data)

                return componentsschemas_text_citation_type_1
            if discriminator == "content_block_location":
                componentsschemas_text_citation_type_2 = CitationContentBlockLocation.from_dict(
                    data
                )

                return componentsschemas_text_citation_type_2
            if discriminator == "web_search_result_location":
                componentsschemas_text_citation_type_3 = CitationWebSearchResultLocation.from_dict(
                    data
                )

                return componentsschemas_text_citation_type_3
            if discriminator == "search_result_location":
                componentsschemas_text_citation_type_4 = CitationSearchResultLocation.from_dict(
                    data
                )

                return componentsschemas_text_citation_type_4
            componentsschemas_text_citation_type_5 = UnknownCitation.from_dict(data)

            return componentsschemas_text_citation_type_5

        citation = _parse_citation(d.pop("citation"))

        citations_delta = cls(
            type_=type_,
            citation=citation,
        )

        citations_delta.additional_properties = d
        return citations_delta

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
    def type(self) -> Literal["citations_delta"]:
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
    from ..models.citation_char_location import CitationCharLocation
    from ..models.citation_content_block_location import CitationContentBlockLocation
    from ..models.citation_page_location import CitationPageLocation
    from ..models.citation_search_result_location import CitationSearchResultLocation
    from ..models.citation_web_search_result_location import (
        CitationWebSearchResultLocation,
    )
    from ..models.unknown_citation import UnknownCitation

    globals().update(
        CitationCharLocation=CitationCharLocation,
        CitationContentBlockLocation=CitationContentBlockLocation,
        CitationPageLocation=CitationPageLocation,
        CitationSearchResultLocation=CitationSearchResultLocation,
        CitationWebSearchResultLocation=CitationWebSearchResultLocation,
        UnknownCitation=UnknownCitation,
    )
    _models_unbound = False
