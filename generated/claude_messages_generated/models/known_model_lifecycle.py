from typing import Literal

KnownModelLifecycle = Literal["active", "deprecated", "retired"]

KNOWN_MODEL_LIFECYCLE_VALUES: set[KnownModelLifecycle] = {
    "active",
    "deprecated",
    "retired",
}


def check_known_model_lifecycle(value: str) -> KnownModelLifecycle:
    if value in KNOWN_MODEL_LIFECYCLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KNOWN_MODEL_LIFECYCLE_VALUES!r}")
