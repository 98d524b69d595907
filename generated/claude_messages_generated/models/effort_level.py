from typing import Literal

EffortLevel = Literal["high", "low", "max", "medium", "xhigh"]

EFFORT_LEVEL_VALUES: set[EffortLevel] = {
    "high",
    "low",
    "max",
    "medium",
    "xhigh",
}


def check_effort_level(value: str) -> EffortLevel:
    if value in EFFORT_LEVEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EFFORT_LEVEL_VALUES!r}")
