from typing import Literal

KnownWebSearchErrorCode = Literal[
    "invalid_tool_input",
    "max_uses_exceeded",
    "query_too_long",
    "request_too_large",
    "too_many_requests",
    "unavailable",
]

KNOWN_WEB_SEARCH_ERROR_CODE_VALUES: set[KnownWebSearchErrorCode] = {
    "invalid_tool_input",
    "max_uses_exceeded",
    "query_too_long",
    "request_too_large",
    "too_many_requests",
    "unavailable",
}


def check_known_web_search_error_code(value: str) -> KnownWebSearchErrorCode:
    if value in KNOWN_WEB_SEARCH_ERROR_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KNOWN_WEB_SEARCH_ERROR_CODE_VALUES!r}"
    )
