from typing import Literal

Speed = Literal["fast", "standard"]

SPEED_VALUES: set[Speed] = {
    "fast",
    "standard",
}


def check_speed(value: str) -> Speed:
    if value in SPEED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SPEED_VALUES!r}")
