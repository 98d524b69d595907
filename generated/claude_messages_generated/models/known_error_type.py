from typing import Literal

KnownErrorType = Literal[
    "api_error",
    "authentication_error",
    "invalid_request_error",
    "not_found_error",
    "overloaded_error",
    "permission_error",
    "rate_limit_error",
    "request_too_large",
]

KNOWN_ERROR_TYPE_VALUES: set[KnownErrorType] = {
    "api_error",
    "authentication_error",
    "invalid_request_error",
    "not_found_error",
    "overloaded_error",
    "permission_error",
    "rate_limit_error",
    "request_too_large",
}


def check_known_error_type(value: str) -> KnownErrorType:
    if value in KNOWN_ERROR_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KNOWN_ERROR_TYPE_VALUES!r}")
