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
    from ..models.document_block import DocumentBlock


T = TypeVar("T", bound="WebFetchResultBlock")


@_attrs_define
class WebFetchResultBlock:
    """A fetched page or PDF, as a document block.

    Attributes:
        type_ (Literal['web_fetch_result']): Always `web_fetch_result`. Default: 'web_fetch_result'.
        url (str): The fetched URL.
        content (DocumentBlock): A document produced by a tool (a fetched page or PDF).
        retrieved_at (None | str | Unset): When the content was retrieved (RFC 3339).
    """

    url: str
    content: DocumentBlock
    type_: Literal["web_fetch_result"] = "web_fetch_result"
    retrieved_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        url = self.url

        content = self.content.to_dict()

        retrieved_at: None | str | Unset
        if isinstance(self.retrieved_at, Unset):
            retrieved_at = UNSET
        else:
            retrieved_at = self.retrieved_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
                "content": content,
            }
        )
        if retrieved_at is not UNSET:
            field_dict["retrieved_at"] = retrieved_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        type_ = cast('Literal["web_fetch_result"]', d.pop("type"))
        if type_ != "web_fetch_result":
            raise ValueError(f"type must match const 'web_fetch_result', got '{type_}'")

        url = d.pop("url")

        content = DocumentBlock.from_dict(d.pop("content"))

        def _parse_retrieved_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        retrieved_at = _parse_retrieved_at(d.pop("retrieved_at", UNSET))

        web_fetch_result_block = cls(
            type_=type_,
            url=url,
            content=content,
            retrieved_at=retrieved_at,
        )

        web_fetch_result_block.additional_properties = d
        return web_fetch_result_block

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
    def type(self) -> Literal["web_fetch_result"]:
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
    from ..models.document_block import DocumentBlock

    globals().update(DocumentBlock=DocumentBlock)
    _models_unbound = False
