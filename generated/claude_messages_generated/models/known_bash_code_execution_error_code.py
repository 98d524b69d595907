from typing import Literal

KnownBashCodeExecutionErrorCode = Literal[
    "execution_time_exceeded",
    "invalid_tool_input",
    "output_file_too_large",
    "too_many_requests",
    "unavailable",
]

KNOWN_BASH_CODE_EXECUTION_ERROR_CODE_VALUES: set[KnownBashCodeExecutionErrorCode] = {
    "execution_time_exceeded",
    "invalid_tool_input",
    "output_file_too_large",
    "too_many_requests",
    "unavailable",
}


def check_known_bash_code_execution_error_code(value: str) -> KnownBashCodeExecutionErrorCode:
    if value in KNOWN_BASH_CODE_EXECUTION_ERROR_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KNOWN_BASH_CODE_EXECUTION_ERROR_CODE_VALUES!r}"
    )
