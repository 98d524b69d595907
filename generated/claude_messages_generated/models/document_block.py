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
    from ..models.base_64pdf_source import Base64PDFSource
    from ..models.citations_config import CitationsConfig
    from ..models.plain_text_source import PlainTextSource
    from ..models.unknown_document_source import UnknownDocumentSource


T = TypeVar("T", bound="DocumentBlock")


@_attrs_define
class DocumentBlock:
    """A document produced by a tool (a fetched page or PDF).

    Attributes:
        type_ (Literal['document']): Always `document`. Default: 'document'.
        source (Base64PDFSource | PlainTextSource | UnknownDocumentSource): The content of a tool-produced document,
            discriminated by `type`: a PDF (base64)
            or plain text; unknown types are kept as `UnknownDocumentSource`.
        title (None | str | Unset): The document's title.
        citations (CitationsConfig | None | Unset): Whether the model may cite the document.
    """

    source: Base64PDFSource | PlainTextSource | UnknownDocumentSource
    type_: Literal["document"] = "document"
    title: None | str | Unset = UNSET
    citations: CitationsConfig | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        type_ = self.type_

        source: dict[str, Any]
        if isinstance(self.source, Base64PDFSource):
            source = self.source.to_dict()
        elif isinstance(self.source, PlainTextSource):
            source = self.source.to_dict()
        else:
            source = self.source.to_dict()

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        citations: dict[str, Any] | None | Unset
        if isinstance(self.citations, Unset):
            citations = UNSET
        elif isinstance(self.citations, CitationsConfig):
            citations = self.citations.to_dict()
        else:
            citations = self.citations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "source": source,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if citations is not UNSET:
            field_dict["citations"] = citations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        type_ = cast('Literal["document"]', d.pop("type"))
        if type_ != "document":
            raise ValueError(f"type must match const 'document', got '{type_}'")

        def _parse_source(
            data: object,
        ) -> Base64PDFSource | PlainTextSource | UnknownDocumentSource:
            if not isinstance(data, dict):
                raise TypeError(f"source: expected an object, got {type(data).__name__}")
            discriminator = data.get("type")
            if discriminator == "base64":
                componentsschemas_document_block_source_type_0 = Base64PDFSource.from_dict(data)

                return componentsschemas_document_block_source_type_0
            if discriminator == "text":
                componentsschemas_document_block_source_type_1 = PlainTextSource.from_dict(data)

                return componentsschemas_document_block_source_type_1
            componentsschemas_document_block_source_type_2 = UnknownDocumentSource.from_dict(data)

            return componentsschemas_document_block_source_type_2

        source = _parse_source(d.pop("source"))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_citations(data: object) -> CitationsConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                citations_type_0 = CitationsConfig.from_dict(data)

                return citations_type_0
            return cast("CitationsConfig | None | Unset", data)

        citations = _parse_citations(d.pop("citations", UNSET))

        document_block = cls(
            type_=type_,
            source=source,
            title=title,
            citations=citations,
        )

        document_block.additional_properties = d
        return document_block

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
    def type(self) -> Literal["document"]:
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
    from ..models.base_64pdf_source import Base64PDFSource
    from ..models.citations_config import CitationsConfig
    from ..models.plain_text_source import PlainTextSource
    from ..models.unknown_document_source import UnknownDocumentSource

    globals().update(
        Base64PDFSource=Base64PDFSource,
        CitationsConfig=CitationsConfig,
        PlainTextSource=PlainTextSource,
        UnknownDocumentSource=UnknownDocumentSource,
    )
    _models_unbound = False
