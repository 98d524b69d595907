from typing import Literal

KnownToolSearchErrorCode = Literal[
    "execution_time_exceeded", "invalid_tool_input", "too_many_requests", "unavailable"
]

KNOWN_TOOL_SEARCH_ERROR_CODE_VALUES: set[KnownToolSearchErrorCode] = {
    "execution_time_exceeded",
    "invalid_tool_input",
    "too_many_requests",
    "unavailable",
}


def check_known_tool_search_error_code(value: str) -> KnownToolSearchErrorCode:
    if value in KNOWN_TOOL_SEARCH_ERROR_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KNOWN_TOOL_SEARCH_ERROR_CODE_VALUES!r}"
    )
