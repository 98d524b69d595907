from typing import Literal

KnownViewedFileType = Literal["image", "pdf", "text"]

KNOWN_VIEWED_FILE_TYPE_VALUES: set[KnownViewedFileType] = {
    "image",
    "pdf",
    "text",
}


def check_known_viewed_file_type(value: str) -> KnownViewedFileType:
    if value in KNOWN_VIEWED_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KNOWN_VIEWED_FILE_TYPE_VALUES!r}"
    )
