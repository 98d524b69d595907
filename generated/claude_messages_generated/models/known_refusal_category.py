from typing import Literal

KnownRefusalCategory = Literal[
    "bio", "cyber", "frontier_llm", "general_harms", "reasoning_extraction"
]

KNOWN_REFUSAL_CATEGORY_VALUES: set[KnownRefusalCategory] = {
    "bio",
    "cyber",
    "frontier_llm",
    "general_harms",
    "reasoning_extraction",
}


def check_known_refusal_category(value: str) -> KnownRefusalCategory:
    if value in KNOWN_REFUSAL_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KNOWN_REFUSAL_CATEGORY_VALUES!r}"
    )
