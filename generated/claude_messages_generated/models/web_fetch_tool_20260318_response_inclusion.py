from typing import Literal

WebFetchTool20260318ResponseInclusion = Literal["excluded", "full"]

WEB_FETCH_TOOL_20260318_RESPONSE_INCLUSION_VALUES: set[WebFetchTool20260318ResponseInclusion] = {
    "excluded",
    "full",
}


def check_web_fetch_tool_20260318_response_inclusion(
    value: str,
) -> WebFetchTool20260318ResponseInclusion:
    if value in WEB_FETCH_TOOL_20260318_RESPONSE_INCLUSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_FETCH_TOOL_20260318_RESPONSE_INCLUSION_VALUES!r}"
    )
