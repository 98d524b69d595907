from typing import Literal

ImageMediaType = Literal["image/gif", "image/jpeg", "image/png", "image/webp"]

IMAGE_MEDIA_TYPE_VALUES: set[ImageMediaType] = {
    "image/gif",
    "image/jpeg",
    "image/png",
    "image/webp",
}


def check_image_media_type(value: str) -> ImageMediaType:
    if value in IMAGE_MEDIA_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_MEDIA_TYPE_VALUES!r}")
