from typing import Literal

KnownTextEditorCodeExecutionErrorCode = Literal[
    "execution_time_exceeded",
    "file_not_found",
    "invalid_tool_input",
    "too_many_requests",
    "unavailable",
]

KNOWN_TEXT_EDITOR_CODE_EXECUTION_ERROR_CODE_VALUES: set[KnownTextEditorCodeExecutionErrorCode] = {
    "execution_time_exceeded",
    "file_not_found",
    "invalid_tool_input",
    "too_many_requests",
    "unavailable",
}


def check_known_text_editor_code_execution_error_code(
    value: str,
) -> KnownTextEditorCodeExecutionErrorCode:
    if value in KNOWN_TEXT_EDITOR_CODE_EXECUTION_ERROR_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KNOWN_TEXT_EDITOR_CODE_EXECUTION_ERROR_CODE_VALUES!r}"
    )
