from typing import Literal

ThinkingDisplay = Literal["omitted", "summarized"]

THINKING_DISPLAY_VALUES: set[ThinkingDisplay] = {
    "omitted",
    "summarized",
}


def check_thinking_display(value: str) -> ThinkingDisplay:
    if value in THINKING_DISPLAY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {THINKING_DISPLAY_VALUES!r}")
