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
    from ..models.citations_delta import CitationsDelta
    from ..models.input_json_delta import InputJSONDelta
    from ..models.signature_delta import SignatureDelta
    from ..models.text_delta import TextDelta
    from ..models.thinking_delta import ThinkingDelta
    from ..models.unknown_delta import UnknownDelta


T = TypeVar("T", bound="ContentBlockDeltaEvent")


@_attrs_define
class ContentBlockDeltaEvent:
    """A piece of a content block.

    Attributes:
        type_ (Literal['content_block_delta']): Always `content_block_delta`. Default: 'content_block_delta'.
        index (int): The index of the block this extends.
        delta (CitationsDelta | InputJSONDelta | SignatureDelta | TextDelta | ThinkingDelta | UnknownDelta): A delta,
            discriminated by `type`; unknown types are kept as `UnknownDelta`.
    """

    index: int
    delta: (
        CitationsDelta | InputJSONDelta | SignatureDelta | TextDelta | ThinkingDelta | UnknownDelta
    )
    type_: Literal["content_block_delta"] = "content_block_delta"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        type_ = self.type_

        index = self.index

        delta: dict[str, Any]
        if isinstance(self.delta, TextDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, InputJSONDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, ThinkingDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, SignatureDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, CitationsDelta):
            delta = self.delta.to_dict()
        else:
            delta = self.delta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "index": index,
                "delta": delta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        type_ = cast('Literal["content_block_delta"]', d.pop("type"))
        if type_ != "content_block_delta":
            raise ValueError(f"type must match const 'content_block_delta', got '{type_}'")

        index = d.pop("index")

        def _parse_delta(
            data: object,
        ) -> (
            CitationsDelta
            | InputJSONDelta
            | SignatureDelta
            | TextDelta
            | ThinkingDelta
            | UnknownDelta
        ):
            if not isinstance(data, dict):
                raise TypeError(f"delta: expected an object, got {type(data).__name__}")
            discriminator = data.get("type")
            if discriminator == "text_delta":
                componentsschemas_content_block_delta_type_0 = TextDelta.from_dict(data)

                return componentsschemas_content_block_delta_type_0
            if discriminator == "input_json_delta":
                componentsschemas_content_block_delta_type_1 = InputJSONDelta.from_dict(data)

                return componentsschemas_content_block_delta_type_1
            if discriminator == "thinking_delta":
                componentsschemas_content_block_delta_type_2 = ThinkingDelta.from_dict(data)

                return componentsschemas_content_block_delta_type_2
            if discriminator == "signature_delta":
                componentsschemas_content_block_delta_type_3 = SignatureDelta.from_dict(data)

                return componentsschemas_content_block_delta_type_3
            if discriminator == "citations_delta":
                componentsschemas_content_block_delta_type_4 = CitationsDelta.from_dict(data)

                return componentsschemas_content_block_delta_type_4
            componentsschemas_content_block_delta_type_5 = UnknownDelta.from_dict(data)

            return componentsschemas_content_block_delta_type_5

        delta = _parse_delta(d.pop("delta"))

        content_block_delta_event = cls(
            type_=type_,
            index=index,
            delta=delta,
        )

        content_block_delta_event.additional_properties = d
        return content_block_delta_event

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
    def type(self) -> Literal["content_block_delta"]:
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
    from ..models.citations_delta import CitationsDelta
    from ..models.input_json_delta import InputJSONDelta
    from ..models.signature_delta import SignatureDelta
    from ..models.text_delta import TextDelta
    from ..models.thinking_delta import ThinkingDelta
    from ..models.unknown_delta import UnknownDelta

    globals().update(
        CitationsDelta=CitationsDelta,
        InputJSONDelta=InputJSONDelta,
        SignatureDelta=SignatureDelta,
        TextDelta=TextDelta,
        ThinkingDelta=ThinkingDelta,
        UnknownDelta=UnknownDelta,
    )
    _models_unbound = False
