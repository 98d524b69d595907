from typing import Literal

KnownCodeExecutionErrorCode = Literal[
    "execution_time_exceeded", "invalid_tool_input", "too_many_requests", "unavailable"
]

KNOWN_CODE_EXECUTION_ERROR_CODE_VALUES: set[KnownCodeExecutionErrorCode] = {
    "execution_time_exceeded",
    "invalid_tool_input",
    "too_many_requests",
    "unavailable",
}


def check_known_code_execution_error_code(value: str) -> KnownCodeExecutionErrorCode:
    if value in KNOWN_CODE_EXECUTION_ERROR_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KNOWN_CODE_EXECUTION_ERROR_CODE_VALUES!r}"
    )
