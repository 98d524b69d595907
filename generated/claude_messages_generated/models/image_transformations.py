from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model_support import model_dump, model_json, model_repr
from ..models.image_transformations_oversized_image import (
    ImageTransformationsOversizedImage,
    check_image_transformations_oversized_image,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageTransformations")


@_attrs_define
class ImageTransformations:
    """What the API may do to an image before the model sees it.

    Attributes:
        oversized_image (ImageTransformationsOversizedImage | Unset): An image over the size limits is scaled down
            (`downsize`) or refused (`error`).
    """

    oversized_image: ImageTransformationsOversizedImage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        oversized_image: str | Unset = UNSET
        if not isinstance(self.oversized_image, Unset):
            oversized_image = self.oversized_image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if oversized_image is not UNSET:
            field_dict["oversized_image"] = oversized_image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _oversized_image = d.pop("oversized_image", UNSET)
        oversized_image: ImageTransformationsOversizedImage | Unset
        if isinstance(_oversized_image, Unset):
            oversized_image = UNSET
        else:
            oversized_image = check_image_transformations_oversized_image(_oversized_image)

        image_transformations = cls(
            oversized_image=oversized_image,
        )

        image_transformations.additional_properties = d
        return image_transformations

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
