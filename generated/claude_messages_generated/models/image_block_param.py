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
    from ..models.base_64_image_source import Base64ImageSource
    from ..models.cache_control_ephemeral import CacheControlEphemeral
    from ..models.file_image_source import FileImageSource
    from ..models.image_transformations import ImageTransformations
    from ..models.url_image_source import URLImageSource


T = TypeVar("T", bound="ImageBlockParam")


@_attrs_define
class ImageBlockParam:
    """An image, inline (base64), by URL, or uploaded with the Files API.

    Attributes:
        type_ (Literal['image']): Always `image`. Default: 'image'.
        source (Base64ImageSource | FileImageSource | URLImageSource): Where an image comes from, discriminated by
            `type`.
        cache_control (CacheControlEphemeral | None | Unset): Marks a prompt-caching breakpoint on this block.
        transformations (ImageTransformations | None | Unset): What the API may do to the image before the model sees
            it.
    """

    source: Base64ImageSource | FileImageSource | URLImageSource
    type_: Literal["image"] = "image"
    cache_control: CacheControlEphemeral | None | Unset = UNSET
    transformations: ImageTransformations | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        type_ = self.type_

        source: dict[str, Any]
        if isinstance(self.source, Base64ImageSource):
            source = self.source.to_dict()
        elif isinstance(self.source, URLImageSource):
            source = self.source.to_dict()
        else:
            source = self.source.to_dict()

        cache_control: dict[str, Any] | None | Unset
        if isinstance(self.cache_control, Unset):
            cache_control = UNSET
        elif isinstance(self.cache_control, CacheControlEphemeral):
            cache_control = self.cache_control.to_dict()
        else:
            cache_control = self.cache_control

        transformations: dict[str, Any] | None | Unset
        if isinstance(self.transformations, Unset):
            transformations = UNSET
        elif isinstance(self.transformations, ImageTransformations):
            transformations = self.transformations.to_dict()
        else:
            transformations = self.transformations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "source": source,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if transformations is not UNSET:
            field_dict["transformations"] = transformations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        type_ = cast('Literal["image"]', d.pop("type"))
        if type_ != "image":
            raise ValueError(f"type must match const 'image', got '{type_}'")

        def _parse_source(data: object) -> Base64ImageSource | FileImageSource | URLImageSource:
            if not isinstance(data, dict):
                raise TypeError(f"source: expected an object, got {type(data).__name__}")
            discriminator = data.get("type")
            if discriminator == "base64":
                componentsschemas_image_source_type_0 = Base64ImageSource.from_dict(data)

                return componentsschemas_image_source_type_0
            if discriminator == "url":
                componentsschemas_image_source_type_1 = URLImageSource.from_dict(data)

                return componentsschemas_image_source_type_1
            if discriminator == "file":
                componentsschemas_image_source_type_2 = FileImageSource.from_dict(data)

                return componentsschemas_image_source_type_2
            raise ValueError(f"source: unknown type {discriminator!r} (known: base64, url, file)")

        source = _parse_source(d.pop("source"))

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

        def _parse_transformations(data: object) -> ImageTransformations | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                transformations_type_0 = ImageTransformations.from_dict(data)

                return transformations_type_0
            return cast("ImageTransformations | None | Unset", data)

        transformations = _parse_transformations(d.pop("transformations", UNSET))

        image_block_param = cls(
            type_=type_,
            source=source,
            cache_control=cache_control,
            transformations=transformations,
        )

        image_block_param.additional_properties = d
        return image_block_param

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
    def type(self) -> Literal["image"]:
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
    from ..models.base_64_image_source import Base64ImageSource
    from ..models.cache_control_ephemeral import CacheControlEphemeral
    from ..models.file_image_source import FileImageSource
    from ..models.image_transformations import ImageTransformations
    from ..models.url_image_source import URLImageSource

    globals().update(
        Base64ImageSource=Base64ImageSource,
        CacheControlEphemeral=CacheControlEphemeral,
        ImageTransformations=ImageTransformations,
        URLImageSource=URLImageSource,
        FileImageSource=FileImageSource,
    )
    _models_unbound = False
