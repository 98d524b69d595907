from typing import Literal

KnownProcessingStatus = Literal["canceling", "ended", "in_progress"]

KNOWN_PROCESSING_STATUS_VALUES: set[KnownProcessingStatus] = {
    "canceling",
    "ended",
    "in_progress",
}


def check_known_processing_status(value: str) -> KnownProcessingStatus:
    if value in KNOWN_PROCESSING_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KNOWN_PROCESSING_STATUS_VALUES!r}"
    )
