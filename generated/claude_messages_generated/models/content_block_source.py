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
    from ..models.image_block_param import ImageBlockParam
    from ..models.text_block_param import TextBlockParam


T = TypeVar("T", bound="ContentBlockSource")


@_attrs_define
class ContentBlockSource:
    """A document made of content blocks (each block a citable unit).

    Attributes:
        type_ (Literal['content']): Always `content`. Default: 'content'.
        content (list[ImageBlockParam | TextBlockParam] | str): A string, or a list of text and image blocks.
    """

    content: list[ImageBlockParam | TextBlockParam] | str
    type_: Literal["content"] = "content"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        type_ = self.type_

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, TextBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        type_ = cast('Literal["content"]', d.pop("type"))
        if type_ != "content":
            raise ValueError(f"type must match const 'content', got '{type_}'")

        def _parse_content(data: object) -> list[ImageBlockParam | TextBlockParam] | str:
            if isinstance(data, list):
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> ImageBlockParam | TextBlockParam:
                        if not isinstance(data, dict):
                            raise TypeError(
                                f"content_type_1_item: expected an object, got {type(data).__name__}"
                            )
                        discriminator = data.get("type")
                        if discriminator == "text":
                            componentsschemas_content_block_source_content_item_type_0 = (
                                TextBlockParam.from_dict(data)
                            )

                            return componentsschemas_content_block_source_content_item_type_0
                        if discriminator == "image":
                            componentsschemas_content_block_source_content_item_type_1 = (
                                ImageBlockParam.from_dict(data)
                            )

                            return componentsschemas_content_block_source_content_item_type_1
                        raise ValueError(
                            f"content_type_1_item: unknown type {discriminator!r} (known: text, image)"
                        )

                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                return content_type_1
            return cast("list[ImageBlockParam | TextBlockParam] | str", data)

        content = _parse_content(d.pop("content"))

        content_block_source = cls(
            type_=type_,
            content=content,
        )

        content_block_source.additional_properties = d
        return content_block_source

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
    def type(self) -> Literal["content"]:
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
    from ..models.image_block_param import ImageBlockParam
    from ..models.text_block_param import TextBlockParam

    globals().update(TextBlockParam=TextBlockParam, ImageBlockParam=ImageBlockParam)
    _models_unbound = False
