from typing import Literal

ImageTransformationsOversizedImage = Literal["downsize", "error"]

IMAGE_TRANSFORMATIONS_OVERSIZED_IMAGE_VALUES: set[ImageTransformationsOversizedImage] = {
    "downsize",
    "error",
}


def check_image_transformations_oversized_image(value: str) -> ImageTransformationsOversizedImage:
    if value in IMAGE_TRANSFORMATIONS_OVERSIZED_IMAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_TRANSFORMATIONS_OVERSIZED_IMAGE_VALUES!r}"
    )
