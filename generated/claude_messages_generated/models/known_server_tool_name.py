from typing import Literal

KnownServerToolName = Literal[
    "bash_code_execution",
    "code_execution",
    "text_editor_code_execution",
    "tool_search_tool_bm25",
    "tool_search_tool_regex",
    "web_fetch",
    "web_search",
]

KNOWN_SERVER_TOOL_NAME_VALUES: set[KnownServerToolName] = {
    "bash_code_execution",
    "code_execution",
    "text_editor_code_execution",
    "tool_search_tool_bm25",
    "tool_search_tool_regex",
    "web_fetch",
    "web_search",
}


def check_known_server_tool_name(value: str) -> KnownServerToolName:
    if value in KNOWN_SERVER_TOOL_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KNOWN_SERVER_TOOL_NAME_VALUES!r}"
    )
