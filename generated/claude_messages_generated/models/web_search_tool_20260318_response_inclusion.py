from typing import Literal

WebSearchTool20260318ResponseInclusion = Literal["excluded", "full"]

WEB_SEARCH_TOOL_20260318_RESPONSE_INCLUSION_VALUES: set[WebSearchTool20260318ResponseInclusion] = {
    "excluded",
    "full",
}


def check_web_search_tool_20260318_response_inclusion(
    value: str,
) -> WebSearchTool20260318ResponseInclusion:
    if value in WEB_SEARCH_TOOL_20260318_RESPONSE_INCLUSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_TOOL_20260318_RESPONSE_INCLUSION_VALUES!r}"
    )
