from typing import Literal

KnownWebFetchErrorCode = Literal[
    "content_too_large",
    "invalid_tool_input",
    "max_uses_exceeded",
    "too_many_requests",
    "unavailable",
    "unsupported_content_type",
    "url_not_accessible",
    "url_not_allowed",
    "url_not_in_prior_context",
    "url_too_long",
]

KNOWN_WEB_FETCH_ERROR_CODE_VALUES: set[KnownWebFetchErrorCode] = {
    "content_too_large",
    "invalid_tool_input",
    "max_uses_exceeded",
    "too_many_requests",
    "unavailable",
    "unsupported_content_type",
    "url_not_accessible",
    "url_not_allowed",
    "url_not_in_prior_context",
    "url_too_long",
}


def check_known_web_fetch_error_code(value: str) -> KnownWebFetchErrorCode:
    if value in KNOWN_WEB_FETCH_ERROR_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KNOWN_WEB_FETCH_ERROR_CODE_VALUES!r}"
    )
