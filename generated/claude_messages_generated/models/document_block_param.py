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
    from ..models.cache_control_ephemeral import CacheControlEphemeral
    from ..models.citations_config_param import CitationsConfigParam
    from ..models.content_block_source import ContentBlockSource
    from ..models.file_document_source import FileDocumentSource
    from ..models.plain_text_source import PlainTextSource
    from ..models.urlpdf_source import URLPDFSource


T = TypeVar("T", bound="DocumentBlockParam")


@_attrs_define
class DocumentBlockParam:
    """A document (PDF, plain text, content blocks, URL or uploaded file). Refused by `2026-10-21`
    directly in an `assistant` message.

        Attributes:
            type_ (Literal['document']): Always `document`. Default: 'document'.
            source (Base64PDFSource | ContentBlockSource | FileDocumentSource | PlainTextSource | URLPDFSource): Where a
                document comes from, discriminated by `type`.
            title (None | str | Unset): The document's title, shown to the model and in citations.
            context (None | str | Unset): Context about the document that is not cited from.
            citations (CitationsConfigParam | None | Unset): Whether the model may cite this document.
            cache_control (CacheControlEphemeral | None | Unset): Marks a prompt-caching breakpoint on this block.
    """

    source: (
        Base64PDFSource | ContentBlockSource | FileDocumentSource | PlainTextSource | URLPDFSource
    )
    type_: Literal["document"] = "document"
    title: None | str | Unset = UNSET
    context: None | str | Unset = UNSET
    citations: CitationsConfigParam | None | Unset = UNSET
    cache_control: CacheControlEphemeral | None | Unset = UNSET
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
        elif isinstance(self.source, URLPDFSource):
            source = self.source.to_dict()
        elif isinstance(self.source, ContentBlockSource):
            source = self.source.to_dict()
        else:
            source = self.source.to_dict()

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        context: None | str | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        else:
            context = self.context

        citations: dict[str, Any] | None | Unset
        if isinstance(self.citations, Unset):
            citations = UNSET
        elif isinstance(self.citations, CitationsConfigParam):
            citations = self.citations.to_dict()
        else:
            citations = self.citations

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
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if context is not UNSET:
            field_dict["context"] = context
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
        type_ = cast('Literal["document"]', d.pop("type"))
        if type_ != "document":
            raise ValueError(f"type must match const 'document', got '{type_}'")

        def _parse_source(
            data: object,
        ) -> (
            Base64PDFSource
            | ContentBlockSource
            | FileDocumentSource
            | PlainTextSource
            | URLPDFSource
        ):
            if not isinstance(data, dict):
                raise TypeError(f"source: expected an object, got {type(data).__name__}")
            discriminator = data.get("type")
            if discriminator == "base64":
                componentsschemas_document_source_type_0 = Base64PDFSource.from_dict(data)

                return componentsschemas_document_source_type_0
            if discriminator == "text":
                componentsschemas_document_source_type_1 = PlainTextSource.from_dict(data)

                return componentsschemas_document_source_type_1
            if discriminator == "url":
                componentsschemas_document_source_type_2 = URLPDFSource.from_dict(data)

                return componentsschemas_document_source_type_2
            if discriminator == "content":
                componentsschemas_document_source_type_3 = ContentBlockSource.from_dict(data)

                return componentsschemas_document_source_type_3
            if discriminator == "file":
                componentsschemas_document_source_type_4 = FileDocumentSource.from_dict(data)

                return componentsschemas_document_source_type_4
            raise ValueError(
                f"source: unknown type {discriminator!r} (known: base64, text, url, content, file)"
            )

        source = _parse_source(d.pop("source"))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_context(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        context = _parse_context(d.pop("context", UNSET))

        def _parse_citations(data: object) -> CitationsConfigParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                citations_type_0 = CitationsConfigParam.from_dict(data)

                return citations_type_0
            return cast("CitationsConfigParam | None | Unset", data)

        citations = _parse_citations(d.pop("citations", UNSET))

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

        document_block_param = cls(
            type_=type_,
            source=source,
            title=title,
            context=context,
            citations=citations,
            cache_control=cache_control,
        )

        document_block_param.additional_properties = d
        return document_block_param

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
    from ..models.cache_control_ephemeral import CacheControlEphemeral
    from ..models.citations_config_param import CitationsConfigParam
    from ..models.content_block_source import ContentBlockSource
    from ..models.file_document_source import FileDocumentSource
    from ..models.plain_text_source import PlainTextSource
    from ..models.urlpdf_source import URLPDFSource

    globals().update(
        Base64PDFSource=Base64PDFSource,
        CacheControlEphemeral=CacheControlEphemeral,
        CitationsConfigParam=CitationsConfigParam,
        ContentBlockSource=ContentBlockSource,
        PlainTextSource=PlainTextSource,
        URLPDFSource=URLPDFSource,
        FileDocumentSource=FileDocumentSource,
    )
    _models_unbound = False
