"""TypedDicts for the request shapes of the API, and the arguments of each operation.

Written by scripts/generate from openapi.yaml; do not edit. A field typed
``X | _models.X`` takes a plain dict or an instance of the generated model ``X``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from os import PathLike
from typing import IO, TYPE_CHECKING, Any, Literal, Required, TypeAlias, TypedDict

if TYPE_CHECKING:
    from . import models as _models


__all__ = [
    "AllowedCaller",
    "Base64ImageSource",
    "Base64PDFSource",
    "BashCodeExecutionOutputBlock",
    "BashCodeExecutionResultBlock",
    "BashCodeExecutionToolResultBlockParam",
    "BashCodeExecutionToolResultContent",
    "BashCodeExecutionToolResultError",
    "BrowserStateBlockParam",
    "BrowserStateChange",
    "BrowserStateChangeDownloadCompleted",
    "BrowserStateChangeDownloadFailed",
    "BrowserStateChangeDownloadStarted",
    "BrowserStateChangeTabOpened",
    "BrowserStateTabEntry",
    "BrowserToolset20260801",
    "BrowserToolsetConfigs",
    "CacheControlEphemeral",
    "CacheTTL",
    "CitationCharLocation",
    "CitationContentBlockLocation",
    "CitationPageLocation",
    "CitationSearchResultLocation",
    "CitationWebSearchResultLocation",
    "CitationsConfig",
    "CitationsConfigParam",
    "CodeExecutionOutputBlock",
    "CodeExecutionResultBlock",
    "CodeExecutionTool20250522",
    "CodeExecutionTool20250825",
    "CodeExecutionTool20260120",
    "CodeExecutionTool20260521",
    "CodeExecutionToolResultBlockParam",
    "CodeExecutionToolResultContent",
    "CodeExecutionToolResultError",
    "ComputerToolset20260801",
    "ComputerToolsetConfigs",
    "ContainerParams",
    "ContainerUploadBlockParam",
    "ContentBlockParam",
    "ContentBlockSource",
    "ContentBlockSourceContentItem",
    "CountMessageTokensArguments",
    "CountTokensParams",
    "CreateMessageArguments",
    "CreateMessageBatchArguments",
    "CreateMessageBatchParams",
    "CreateMessageParams",
    "DiagnosticsParam",
    "DirectCaller",
    "DocumentBlock",
    "DocumentBlockParam",
    "DocumentBlockSource",
    "DocumentSource",
    "EffortLevel",
    "EncryptedCodeExecutionResultBlock",
    "FileDocumentSource",
    "FileImageSource",
    "ImageBlockParam",
    "ImageMediaType",
    "ImageSource",
    "ImageTransformations",
    "JSONOutputFormat",
    "JSONSchemaObject",
    "KnownBashCodeExecutionErrorCode",
    "KnownCodeExecutionErrorCode",
    "KnownServerToolName",
    "KnownTextEditorCodeExecutionErrorCode",
    "KnownToolSearchErrorCode",
    "KnownViewedFileType",
    "KnownWebFetchErrorCode",
    "KnownWebSearchErrorCode",
    "MemoryTool20250818",
    "MessageBatchRequest",
    "MessageParam",
    "MessageRole",
    "Metadata",
    "OutputConfig",
    "PlainTextSource",
    "RedactedThinkingBlockParam",
    "SearchResultBlockParam",
    "ServerToolCaller",
    "ServerToolCaller20260120",
    "ServerToolName",
    "ServerToolUseBlockParam",
    "ServiceTier",
    "SkillParams",
    "SkillType",
    "Speed",
    "TextBlockParam",
    "TextCitationParam",
    "TextEditorCodeExecutionCreateResultBlock",
    "TextEditorCodeExecutionStrReplaceResultBlock",
    "TextEditorCodeExecutionToolResultBlockParam",
    "TextEditorCodeExecutionToolResultContent",
    "TextEditorCodeExecutionToolResultError",
    "TextEditorCodeExecutionViewResultBlock",
    "ThinkingBlockParam",
    "ThinkingConfig",
    "ThinkingConfigAdaptive",
    "ThinkingConfigBetweenTools",
    "ThinkingConfigDisabled",
    "ThinkingConfigEnabled",
    "ThinkingDisplay",
    "Tool",
    "ToolBash20250124",
    "ToolCaller",
    "ToolChoice",
    "ToolChoiceAny",
    "ToolChoiceAuto",
    "ToolChoiceNone",
    "ToolChoiceTool",
    "ToolInputExample",
    "ToolInputSchema",
    "ToolReferenceBlock",
    "ToolReferenceBlockParam",
    "ToolResultBlockParam",
    "ToolResultContentItem",
    "ToolSearchBM25Tool",
    "ToolSearchBM25Tool20251119",
    "ToolSearchRegexTool",
    "ToolSearchRegexTool20251119",
    "ToolSearchToolResultBlockParam",
    "ToolSearchToolResultContent",
    "ToolSearchToolResultError",
    "ToolSearchToolSearchResultBlock",
    "ToolTextEditor20250124",
    "ToolTextEditor20250429",
    "ToolTextEditor20250728",
    "ToolUnion",
    "ToolUseBlockParam",
    "ToolsetMemberConfig",
    "URLImageSource",
    "URLPDFSource",
    "UnknownBashCodeExecutionToolResultContent",
    "UnknownCaller",
    "UnknownCodeExecutionToolResultContent",
    "UnknownDocumentSource",
    "UnknownTextEditorCodeExecutionToolResultContent",
    "UnknownToolSearchToolResultContent",
    "UnknownWebFetchToolResultContent",
    "UnknownWebSearchToolResultContent",
    "UserLocation",
    "WebFetchResultBlock",
    "WebFetchTool20250910",
    "WebFetchTool20260209",
    "WebFetchTool20260309",
    "WebFetchTool20260318",
    "WebFetchToolReference",
    "WebFetchToolResultBlockParam",
    "WebFetchToolResultContent",
    "WebFetchToolResultError",
    "WebFetchURLSource",
    "WebFetchURLSourceAll",
    "WebFetchURLSourceExcept",
    "WebFetchURLSourceNone",
    "WebFetchURLSourceOnly",
    "WebFetchURLSources",
    "WebFetchUserInputURLSource",
    "WebSearchResultBlock",
    "WebSearchTool20250305",
    "WebSearchTool20260209",
    "WebSearchTool20260318",
    "WebSearchToolResultBlockParam",
    "WebSearchToolResultContent",
    "WebSearchToolResultError",
]


AllowedCaller: TypeAlias = "Literal['direct', 'code_execution_20250825', 'code_execution_20260120', 'code_execution_20260521']"


ImageMediaType: TypeAlias = "Literal['image/jpeg', 'image/png', 'image/gif', 'image/webp']"


class Base64ImageSource(TypedDict, total=False):
    type: Required[Literal["base64"]]
    media_type: Required[ImageMediaType]
    data: Required[str | bytes | PathLike[str] | IO[bytes]]


class Base64PDFSource(TypedDict, total=False):
    type: Required[Literal["base64"]]
    media_type: Required[Literal["application/pdf"]]
    data: Required[str | bytes | PathLike[str] | IO[bytes]]


class BashCodeExecutionOutputBlock(TypedDict, total=False):
    type: Required[Literal["bash_code_execution_output"]]
    file_id: Required[str]


class BashCodeExecutionResultBlock(TypedDict, total=False):
    type: Required[Literal["bash_code_execution_result"]]
    stdout: Required[str]
    stderr: Required[str]
    return_code: Required[int]
    content: Required[Iterable[BashCodeExecutionOutputBlock | _models.BashCodeExecutionOutputBlock]]


KnownBashCodeExecutionErrorCode: TypeAlias = "Literal['invalid_tool_input', 'unavailable', 'too_many_requests', 'execution_time_exceeded', 'output_file_too_large']"


class BashCodeExecutionToolResultError(TypedDict, total=False):
    type: Required[Literal["bash_code_execution_tool_result_error"]]
    error_code: Required[KnownBashCodeExecutionErrorCode | str]


class UnknownBashCodeExecutionToolResultContent(TypedDict, total=False):
    type: Required[str]


BashCodeExecutionToolResultContent: TypeAlias = "BashCodeExecutionResultBlock | _models.BashCodeExecutionResultBlock | BashCodeExecutionToolResultError | _models.BashCodeExecutionToolResultError | UnknownBashCodeExecutionToolResultContent | _models.UnknownBashCodeExecutionToolResultContent"


CacheTTL: TypeAlias = "Literal['5m', '1h']"


class CacheControlEphemeral(TypedDict, total=False):
    type: Required[Literal["ephemeral"]]
    ttl: CacheTTL


class BashCodeExecutionToolResultBlockParam(TypedDict, total=False):
    type: Required[Literal["bash_code_execution_tool_result"]]
    tool_use_id: Required[str]
    content: Required[BashCodeExecutionToolResultContent]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None


class BrowserStateTabEntry(TypedDict, total=False):
    tab_id: Required[str]
    title: Required[str]
    url: Required[str]
    active: bool


class BrowserStateChangeTabOpened(TypedDict, total=False):
    type: Required[Literal["tab_opened"]]
    tab_id: Required[str]


class BrowserStateChangeDownloadStarted(TypedDict, total=False):
    type: Required[Literal["download_started"]]
    download_id: Required[str]
    url: Required[str]


class BrowserStateChangeDownloadCompleted(TypedDict, total=False):
    type: Required[Literal["download_completed"]]
    download_id: Required[str]
    url: Required[str]
    path: str | None
    size_bytes: int | None


class BrowserStateChangeDownloadFailed(TypedDict, total=False):
    type: Required[Literal["download_failed"]]
    download_id: Required[str]
    url: Required[str]
    error: str | None


BrowserStateChange: TypeAlias = "BrowserStateChangeTabOpened | _models.BrowserStateChangeTabOpened | BrowserStateChangeDownloadStarted | _models.BrowserStateChangeDownloadStarted | BrowserStateChangeDownloadCompleted | _models.BrowserStateChangeDownloadCompleted | BrowserStateChangeDownloadFailed | _models.BrowserStateChangeDownloadFailed"


class BrowserStateBlockParam(TypedDict, total=False):
    type: Required[Literal["browser_state"]]
    tabs: Required[Iterable[BrowserStateTabEntry | _models.BrowserStateTabEntry]]
    state_changes: Iterable[BrowserStateChange] | None
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None


class ToolsetMemberConfig(TypedDict, total=False):
    defer_loading: bool | None
    enabled: bool | None


class BrowserToolsetConfigs(TypedDict, total=False):
    close_tab: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    double_click: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    file_upload: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    find: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    form_input: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    get_page_text: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    hold_key: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    hover: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    javascript_exec: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    key: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    left_click: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    left_click_drag: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    left_mouse_down: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    left_mouse_up: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    list_tabs: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    middle_click: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    mouse_move: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    navigate: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    new_tab: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    read_console: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    read_network: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    read_page: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    right_click: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    screenshot: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    scroll: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    scroll_to: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    switch_tab: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    triple_click: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    type: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    wait: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    zoom: ToolsetMemberConfig | _models.ToolsetMemberConfig | None


class BrowserToolset20260801(TypedDict, total=False):
    type: Required[Literal["browser_toolset_20260801"]]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    configs: BrowserToolsetConfigs | _models.BrowserToolsetConfigs | None


class CitationCharLocation(TypedDict, total=False):
    type: Required[Literal["char_location"]]
    cited_text: Required[str]
    document_index: Required[int]
    document_title: str | None
    start_char_index: Required[int]
    end_char_index: Required[int]
    file_id: str | None


class CitationContentBlockLocation(TypedDict, total=False):
    type: Required[Literal["content_block_location"]]
    cited_text: Required[str]
    document_index: Required[int]
    document_title: str | None
    start_block_index: Required[int]
    end_block_index: Required[int]
    file_id: str | None


class CitationPageLocation(TypedDict, total=False):
    type: Required[Literal["page_location"]]
    cited_text: Required[str]
    document_index: Required[int]
    document_title: str | None
    start_page_number: Required[int]
    end_page_number: Required[int]
    file_id: str | None


class CitationSearchResultLocation(TypedDict, total=False):
    type: Required[Literal["search_result_location"]]
    cited_text: Required[str]
    source: Required[str]
    title: str | None
    search_result_index: Required[int]
    start_block_index: Required[int]
    end_block_index: Required[int]


class CitationWebSearchResultLocation(TypedDict, total=False):
    type: Required[Literal["web_search_result_location"]]
    cited_text: Required[str]
    url: Required[str]
    title: str | None
    encrypted_index: Required[str]


class CitationsConfig(TypedDict, total=False):
    enabled: Required[bool]


class CitationsConfigParam(TypedDict, total=False):
    enabled: bool


class CodeExecutionOutputBlock(TypedDict, total=False):
    type: Required[Literal["code_execution_output"]]
    file_id: Required[str]


class CodeExecutionResultBlock(TypedDict, total=False):
    type: Required[Literal["code_execution_result"]]
    stdout: Required[str]
    stderr: Required[str]
    return_code: Required[int]
    content: Required[Iterable[CodeExecutionOutputBlock | _models.CodeExecutionOutputBlock]]


class CodeExecutionTool20250522(TypedDict, total=False):
    type: Required[Literal["code_execution_20250522"]]
    name: Required[Literal["code_execution"]]
    allowed_callers: Iterable[AllowedCaller]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    defer_loading: bool
    strict: bool


class CodeExecutionTool20250825(TypedDict, total=False):
    type: Required[Literal["code_execution_20250825"]]
    name: Required[Literal["code_execution"]]
    allowed_callers: Iterable[AllowedCaller]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    defer_loading: bool
    strict: bool


class CodeExecutionTool20260120(TypedDict, total=False):
    type: Required[Literal["code_execution_20260120"]]
    name: Required[Literal["code_execution"]]
    allowed_callers: Iterable[AllowedCaller]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    defer_loading: bool
    strict: bool


class CodeExecutionTool20260521(TypedDict, total=False):
    type: Required[Literal["code_execution_20260521"]]
    name: Required[Literal["code_execution"]]
    allowed_callers: Iterable[AllowedCaller]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    defer_loading: bool
    strict: bool


class EncryptedCodeExecutionResultBlock(TypedDict, total=False):
    type: Required[Literal["encrypted_code_execution_result"]]
    encrypted_stdout: Required[str]
    stderr: Required[str]
    return_code: Required[int]
    content: Required[Iterable[CodeExecutionOutputBlock | _models.CodeExecutionOutputBlock]]


KnownCodeExecutionErrorCode: TypeAlias = (
    "Literal['invalid_tool_input', 'unavailable', 'too_many_requests', 'execution_time_exceeded']"
)


class CodeExecutionToolResultError(TypedDict, total=False):
    type: Required[Literal["code_execution_tool_result_error"]]
    error_code: Required[KnownCodeExecutionErrorCode | str]


class UnknownCodeExecutionToolResultContent(TypedDict, total=False):
    type: Required[str]


CodeExecutionToolResultContent: TypeAlias = "CodeExecutionResultBlock | _models.CodeExecutionResultBlock | EncryptedCodeExecutionResultBlock | _models.EncryptedCodeExecutionResultBlock | CodeExecutionToolResultError | _models.CodeExecutionToolResultError | UnknownCodeExecutionToolResultContent | _models.UnknownCodeExecutionToolResultContent"


class CodeExecutionToolResultBlockParam(TypedDict, total=False):
    type: Required[Literal["code_execution_tool_result"]]
    tool_use_id: Required[str]
    content: Required[CodeExecutionToolResultContent]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None


class ComputerToolsetConfigs(TypedDict, total=False):
    cursor_position: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    double_click: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    hold_key: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    key: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    left_click: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    left_click_drag: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    left_mouse_down: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    left_mouse_up: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    middle_click: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    mouse_move: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    right_click: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    screenshot: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    scroll: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    triple_click: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    type: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    wait: ToolsetMemberConfig | _models.ToolsetMemberConfig | None
    zoom: ToolsetMemberConfig | _models.ToolsetMemberConfig | None


class ComputerToolset20260801(TypedDict, total=False):
    type: Required[Literal["computer_toolset_20260801"]]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    configs: ComputerToolsetConfigs | _models.ComputerToolsetConfigs | None


SkillType: TypeAlias = "Literal['anthropic', 'custom']"


class SkillParams(TypedDict, total=False):
    skill_id: Required[str]
    type: Required[SkillType]
    version: str


class ContainerParams(TypedDict, total=False):
    id: str | None
    skills: Iterable[SkillParams | _models.SkillParams] | None


class ContainerUploadBlockParam(TypedDict, total=False):
    type: Required[Literal["container_upload"]]
    file_id: Required[str]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None


TextCitationParam: TypeAlias = "CitationCharLocation | _models.CitationCharLocation | CitationPageLocation | _models.CitationPageLocation | CitationContentBlockLocation | _models.CitationContentBlockLocation | CitationWebSearchResultLocation | _models.CitationWebSearchResultLocation | CitationSearchResultLocation | _models.CitationSearchResultLocation"


class TextBlockParam(TypedDict, total=False):
    type: Required[Literal["text"]]
    text: Required[str]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    citations: Iterable[TextCitationParam] | None


class URLImageSource(TypedDict, total=False):
    type: Required[Literal["url"]]
    url: Required[str]


class FileImageSource(TypedDict, total=False):
    type: Required[Literal["file"]]
    file_id: Required[str]


ImageSource: TypeAlias = "Base64ImageSource | _models.Base64ImageSource | URLImageSource | _models.URLImageSource | FileImageSource | _models.FileImageSource"


class ImageTransformations(TypedDict, total=False):
    oversized_image: Literal["downsize", "error"]


class ImageBlockParam(TypedDict, total=False):
    type: Required[Literal["image"]]
    source: Required[ImageSource]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    transformations: ImageTransformations | _models.ImageTransformations | None


class PlainTextSource(TypedDict, total=False):
    type: Required[Literal["text"]]
    media_type: Required[Literal["text/plain"]]
    data: Required[str]


class URLPDFSource(TypedDict, total=False):
    type: Required[Literal["url"]]
    url: Required[str]


ContentBlockSourceContentItem: TypeAlias = (
    "TextBlockParam | _models.TextBlockParam | ImageBlockParam | _models.ImageBlockParam"
)


class ContentBlockSource(TypedDict, total=False):
    type: Required[Literal["content"]]
    content: Required[str | Iterable[ContentBlockSourceContentItem]]


class FileDocumentSource(TypedDict, total=False):
    type: Required[Literal["file"]]
    file_id: Required[str]


DocumentSource: TypeAlias = "Base64PDFSource | _models.Base64PDFSource | PlainTextSource | _models.PlainTextSource | URLPDFSource | _models.URLPDFSource | ContentBlockSource | _models.ContentBlockSource | FileDocumentSource | _models.FileDocumentSource"


class DocumentBlockParam(TypedDict, total=False):
    type: Required[Literal["document"]]
    source: Required[DocumentSource]
    title: str | None
    context: str | None
    citations: CitationsConfigParam | _models.CitationsConfigParam | None
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None


class DirectCaller(TypedDict, total=False):
    type: Required[Literal["direct"]]


class ServerToolCaller(TypedDict, total=False):
    type: Required[Literal["code_execution_20250825"]]
    tool_id: Required[str]


class ServerToolCaller20260120(TypedDict, total=False):
    type: Required[Literal["code_execution_20260120"]]
    tool_id: Required[str]


class UnknownCaller(TypedDict, total=False):
    type: Required[str]


ToolCaller: TypeAlias = "DirectCaller | _models.DirectCaller | ServerToolCaller | _models.ServerToolCaller | ServerToolCaller20260120 | _models.ServerToolCaller20260120 | UnknownCaller | _models.UnknownCaller"


class ToolUseBlockParam(TypedDict, total=False):
    type: Required[Literal["tool_use"]]
    id: Required[str]
    name: Required[str]
    input: Required[Any]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    caller: ToolCaller | None
    toolset_name: str | None


class SearchResultBlockParam(TypedDict, total=False):
    type: Required[Literal["search_result"]]
    source: Required[str]
    title: Required[str]
    content: Required[Iterable[TextBlockParam | _models.TextBlockParam]]
    citations: CitationsConfigParam | _models.CitationsConfigParam
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None


class ToolReferenceBlockParam(TypedDict, total=False):
    type: Required[Literal["tool_reference"]]
    tool_name: Required[str]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None


ToolResultContentItem: TypeAlias = "TextBlockParam | _models.TextBlockParam | ImageBlockParam | _models.ImageBlockParam | SearchResultBlockParam | _models.SearchResultBlockParam | DocumentBlockParam | _models.DocumentBlockParam | ToolReferenceBlockParam | _models.ToolReferenceBlockParam | BrowserStateBlockParam | _models.BrowserStateBlockParam"


class ToolResultBlockParam(TypedDict, total=False):
    type: Required[Literal["tool_result"]]
    tool_use_id: Required[str]
    content: str | Iterable[ToolResultContentItem]
    is_error: bool
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    toolset_name: str | None


class ThinkingBlockParam(TypedDict, total=False):
    type: Required[Literal["thinking"]]
    thinking: Required[str]
    signature: Required[str]


class RedactedThinkingBlockParam(TypedDict, total=False):
    type: Required[Literal["redacted_thinking"]]
    data: Required[str]


KnownServerToolName: TypeAlias = "Literal['web_search', 'web_fetch', 'code_execution', 'bash_code_execution', 'text_editor_code_execution', 'tool_search_tool_regex', 'tool_search_tool_bm25']"


ServerToolName: TypeAlias = "KnownServerToolName | str"


class ServerToolUseBlockParam(TypedDict, total=False):
    type: Required[Literal["server_tool_use"]]
    id: Required[str]
    name: Required[ServerToolName]
    input: Required[Any]
    caller: ToolCaller | None
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None


KnownWebSearchErrorCode: TypeAlias = "Literal['invalid_tool_input', 'unavailable', 'max_uses_exceeded', 'too_many_requests', 'query_too_long', 'request_too_large']"


class WebSearchToolResultError(TypedDict, total=False):
    type: Required[Literal["web_search_tool_result_error"]]
    error_code: Required[KnownWebSearchErrorCode | str]


class WebSearchResultBlock(TypedDict, total=False):
    type: Required[Literal["web_search_result"]]
    url: Required[str]
    title: Required[str]
    encrypted_content: Required[str]
    page_age: str | None


class UnknownWebSearchToolResultContent(TypedDict, total=False):
    type: Required[str]


WebSearchToolResultContent: TypeAlias = "WebSearchToolResultError | _models.WebSearchToolResultError | Iterable[WebSearchResultBlock | _models.WebSearchResultBlock] | UnknownWebSearchToolResultContent | _models.UnknownWebSearchToolResultContent"


class WebSearchToolResultBlockParam(TypedDict, total=False):
    type: Required[Literal["web_search_tool_result"]]
    tool_use_id: Required[str]
    content: Required[WebSearchToolResultContent]
    caller: ToolCaller | None
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None


class UnknownDocumentSource(TypedDict, total=False):
    type: Required[str]


DocumentBlockSource: TypeAlias = "Base64PDFSource | _models.Base64PDFSource | PlainTextSource | _models.PlainTextSource | UnknownDocumentSource | _models.UnknownDocumentSource"


class DocumentBlock(TypedDict, total=False):
    type: Required[Literal["document"]]
    source: Required[DocumentBlockSource]
    title: str | None
    citations: CitationsConfig | _models.CitationsConfig | None


class WebFetchResultBlock(TypedDict, total=False):
    type: Required[Literal["web_fetch_result"]]
    url: Required[str]
    retrieved_at: str | None
    content: Required[DocumentBlock | _models.DocumentBlock]


KnownWebFetchErrorCode: TypeAlias = "Literal['invalid_tool_input', 'url_too_long', 'url_not_allowed', 'url_not_in_prior_context', 'url_not_accessible', 'unsupported_content_type', 'too_many_requests', 'max_uses_exceeded', 'unavailable', 'content_too_large']"


class WebFetchToolResultError(TypedDict, total=False):
    type: Required[Literal["web_fetch_tool_result_error"]]
    error_code: Required[KnownWebFetchErrorCode | str]


class UnknownWebFetchToolResultContent(TypedDict, total=False):
    type: Required[str]


WebFetchToolResultContent: TypeAlias = "WebFetchResultBlock | _models.WebFetchResultBlock | WebFetchToolResultError | _models.WebFetchToolResultError | UnknownWebFetchToolResultContent | _models.UnknownWebFetchToolResultContent"


class WebFetchToolResultBlockParam(TypedDict, total=False):
    type: Required[Literal["web_fetch_tool_result"]]
    tool_use_id: Required[str]
    content: Required[WebFetchToolResultContent]
    caller: ToolCaller | None
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None


KnownViewedFileType: TypeAlias = "Literal['text', 'image', 'pdf']"


class TextEditorCodeExecutionViewResultBlock(TypedDict, total=False):
    type: Required[Literal["text_editor_code_execution_view_result"]]
    content: Required[str]
    file_type: Required[KnownViewedFileType | str]
    num_lines: int | None
    start_line: int | None
    total_lines: int | None


class TextEditorCodeExecutionCreateResultBlock(TypedDict, total=False):
    type: Required[Literal["text_editor_code_execution_create_result"]]
    is_file_update: Required[bool]


class TextEditorCodeExecutionStrReplaceResultBlock(TypedDict, total=False):
    type: Required[Literal["text_editor_code_execution_str_replace_result"]]
    lines: Sequence[str] | None
    new_lines: int | None
    new_start: int | None
    old_lines: int | None
    old_start: int | None


KnownTextEditorCodeExecutionErrorCode: TypeAlias = "Literal['invalid_tool_input', 'unavailable', 'too_many_requests', 'execution_time_exceeded', 'file_not_found']"


class TextEditorCodeExecutionToolResultError(TypedDict, total=False):
    type: Required[Literal["text_editor_code_execution_tool_result_error"]]
    error_code: Required[KnownTextEditorCodeExecutionErrorCode | str]
    error_message: str | None


class UnknownTextEditorCodeExecutionToolResultContent(TypedDict, total=False):
    type: Required[str]


TextEditorCodeExecutionToolResultContent: TypeAlias = "TextEditorCodeExecutionViewResultBlock | _models.TextEditorCodeExecutionViewResultBlock | TextEditorCodeExecutionCreateResultBlock | _models.TextEditorCodeExecutionCreateResultBlock | TextEditorCodeExecutionStrReplaceResultBlock | _models.TextEditorCodeExecutionStrReplaceResultBlock | TextEditorCodeExecutionToolResultError | _models.TextEditorCodeExecutionToolResultError | UnknownTextEditorCodeExecutionToolResultContent | _models.UnknownTextEditorCodeExecutionToolResultContent"


class TextEditorCodeExecutionToolResultBlockParam(TypedDict, total=False):
    type: Required[Literal["text_editor_code_execution_tool_result"]]
    tool_use_id: Required[str]
    content: Required[TextEditorCodeExecutionToolResultContent]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None


class ToolReferenceBlock(TypedDict, total=False):
    type: Required[Literal["tool_reference"]]
    tool_name: Required[str]


class ToolSearchToolSearchResultBlock(TypedDict, total=False):
    type: Required[Literal["tool_search_tool_search_result"]]
    tool_references: Required[Iterable[ToolReferenceBlock | _models.ToolReferenceBlock]]


KnownToolSearchErrorCode: TypeAlias = (
    "Literal['invalid_tool_input', 'unavailable', 'too_many_requests', 'execution_time_exceeded']"
)


class ToolSearchToolResultError(TypedDict, total=False):
    type: Required[Literal["tool_search_tool_result_error"]]
    error_code: Required[KnownToolSearchErrorCode | str]
    error_message: str | None


class UnknownToolSearchToolResultContent(TypedDict, total=False):
    type: Required[str]


ToolSearchToolResultContent: TypeAlias = "ToolSearchToolSearchResultBlock | _models.ToolSearchToolSearchResultBlock | ToolSearchToolResultError | _models.ToolSearchToolResultError | UnknownToolSearchToolResultContent | _models.UnknownToolSearchToolResultContent"


class ToolSearchToolResultBlockParam(TypedDict, total=False):
    type: Required[Literal["tool_search_tool_result"]]
    tool_use_id: Required[str]
    content: Required[ToolSearchToolResultContent]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None


ContentBlockParam: TypeAlias = "TextBlockParam | _models.TextBlockParam | ImageBlockParam | _models.ImageBlockParam | DocumentBlockParam | _models.DocumentBlockParam | ToolUseBlockParam | _models.ToolUseBlockParam | ToolResultBlockParam | _models.ToolResultBlockParam | ThinkingBlockParam | _models.ThinkingBlockParam | RedactedThinkingBlockParam | _models.RedactedThinkingBlockParam | SearchResultBlockParam | _models.SearchResultBlockParam | ServerToolUseBlockParam | _models.ServerToolUseBlockParam | WebSearchToolResultBlockParam | _models.WebSearchToolResultBlockParam | WebFetchToolResultBlockParam | _models.WebFetchToolResultBlockParam | CodeExecutionToolResultBlockParam | _models.CodeExecutionToolResultBlockParam | BashCodeExecutionToolResultBlockParam | _models.BashCodeExecutionToolResultBlockParam | TextEditorCodeExecutionToolResultBlockParam | _models.TextEditorCodeExecutionToolResultBlockParam | ToolSearchToolResultBlockParam | _models.ToolSearchToolResultBlockParam | ContainerUploadBlockParam | _models.ContainerUploadBlockParam | _models.TextBlock | _models.ToolUseBlock | _models.ThinkingBlock | _models.RedactedThinkingBlock | _models.ServerToolUseBlock | _models.WebSearchToolResultBlock | _models.WebFetchToolResultBlock | _models.CodeExecutionToolResultBlock | _models.BashCodeExecutionToolResultBlock | _models.TextEditorCodeExecutionToolResultBlock | _models.ToolSearchToolResultBlock | _models.ContainerUploadBlock | _models.UnknownContentBlock"


MessageRole: TypeAlias = "Literal['user', 'assistant']"


class MessageParam(TypedDict, total=False):
    role: Required[MessageRole]
    content: Required[str | Iterable[ContentBlockParam]]


class ToolInputSchema(TypedDict, total=False):
    type: Required[Literal["object"]]
    properties: Any
    required: Sequence[str]


class ToolInputExample(TypedDict, total=False):
    pass


class Tool(TypedDict, total=False):
    name: Required[str]
    description: str
    input_schema: Required[ToolInputSchema | _models.ToolInputSchema]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    type: Literal["custom"]
    strict: bool
    allowed_callers: Iterable[AllowedCaller]
    defer_loading: bool
    eager_input_streaming: bool | None
    input_examples: Iterable[ToolInputExample | _models.ToolInputExample]


class ToolBash20250124(TypedDict, total=False):
    type: Required[Literal["bash_20250124"]]
    name: Required[Literal["bash"]]
    allowed_callers: Iterable[AllowedCaller]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    defer_loading: bool
    strict: bool
    input_examples: Iterable[ToolInputExample | _models.ToolInputExample]


class MemoryTool20250818(TypedDict, total=False):
    type: Required[Literal["memory_20250818"]]
    name: Required[Literal["memory"]]
    allowed_callers: Iterable[AllowedCaller]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    defer_loading: bool
    strict: bool
    input_examples: Iterable[ToolInputExample | _models.ToolInputExample]


class ToolTextEditor20250124(TypedDict, total=False):
    type: Required[Literal["text_editor_20250124"]]
    name: Required[Literal["str_replace_editor"]]
    allowed_callers: Iterable[AllowedCaller]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    defer_loading: bool
    strict: bool
    input_examples: Iterable[ToolInputExample | _models.ToolInputExample]


class ToolTextEditor20250429(TypedDict, total=False):
    type: Required[Literal["text_editor_20250429"]]
    name: Required[Literal["str_replace_based_edit_tool"]]
    allowed_callers: Iterable[AllowedCaller]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    defer_loading: bool
    strict: bool
    input_examples: Iterable[ToolInputExample | _models.ToolInputExample]


class ToolTextEditor20250728(TypedDict, total=False):
    type: Required[Literal["text_editor_20250728"]]
    name: Required[Literal["str_replace_based_edit_tool"]]
    allowed_callers: Iterable[AllowedCaller]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    defer_loading: bool
    strict: bool
    input_examples: Iterable[ToolInputExample | _models.ToolInputExample]
    max_characters: int | None


class UserLocation(TypedDict, total=False):
    type: Required[Literal["approximate"]]
    city: str | None
    country: str | None
    region: str | None
    timezone: str | None


class WebSearchTool20250305(TypedDict, total=False):
    type: Required[Literal["web_search_20250305"]]
    name: Required[Literal["web_search"]]
    allowed_callers: Iterable[AllowedCaller]
    allowed_domains: Sequence[str] | None
    blocked_domains: Sequence[str] | None
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    defer_loading: bool
    max_uses: int | None
    strict: bool
    user_location: UserLocation | _models.UserLocation | None


class WebSearchTool20260209(TypedDict, total=False):
    type: Required[Literal["web_search_20260209"]]
    name: Required[Literal["web_search"]]
    allowed_callers: Iterable[AllowedCaller]
    allowed_domains: Sequence[str] | None
    blocked_domains: Sequence[str] | None
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    defer_loading: bool
    max_uses: int | None
    strict: bool
    user_location: UserLocation | _models.UserLocation | None


class WebSearchTool20260318(TypedDict, total=False):
    type: Required[Literal["web_search_20260318"]]
    name: Required[Literal["web_search"]]
    allowed_callers: Iterable[AllowedCaller]
    allowed_domains: Sequence[str] | None
    blocked_domains: Sequence[str] | None
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    defer_loading: bool
    max_uses: int | None
    strict: bool
    user_location: UserLocation | _models.UserLocation | None
    response_inclusion: Literal["full", "excluded"]


class WebFetchURLSourceAll(TypedDict, total=False):
    type: Required[Literal["all"]]


class WebFetchURLSourceNone(TypedDict, total=False):
    type: Required[Literal["none"]]


class WebFetchToolReference(TypedDict, total=False):
    type: Required[Literal["tool_reference"]]
    name: Required[str]


class WebFetchURLSourceOnly(TypedDict, total=False):
    type: Required[Literal["only"]]
    tools: Required[Iterable[WebFetchToolReference | _models.WebFetchToolReference]]


class WebFetchURLSourceExcept(TypedDict, total=False):
    type: Required[Literal["except"]]
    tools: Required[Iterable[WebFetchToolReference | _models.WebFetchToolReference]]


WebFetchURLSource: TypeAlias = "WebFetchURLSourceAll | _models.WebFetchURLSourceAll | WebFetchURLSourceNone | _models.WebFetchURLSourceNone | WebFetchURLSourceOnly | _models.WebFetchURLSourceOnly | WebFetchURLSourceExcept | _models.WebFetchURLSourceExcept"


WebFetchUserInputURLSource: TypeAlias = "WebFetchURLSourceAll | _models.WebFetchURLSourceAll | WebFetchURLSourceNone | _models.WebFetchURLSourceNone"


class WebFetchURLSources(TypedDict, total=False):
    client_tool_results: WebFetchURLSource
    server_tool_results: WebFetchURLSource
    user_input: WebFetchUserInputURLSource


class WebFetchTool20250910(TypedDict, total=False):
    type: Required[Literal["web_fetch_20250910"]]
    name: Required[Literal["web_fetch"]]
    allowed_callers: Iterable[AllowedCaller]
    allowed_domains: Sequence[str] | None
    blocked_domains: Sequence[str] | None
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    citations: CitationsConfigParam | _models.CitationsConfigParam | None
    defer_loading: bool
    max_content_tokens: int | None
    max_uses: int | None
    strict: bool
    url_sources: WebFetchURLSources | _models.WebFetchURLSources | None


class WebFetchTool20260209(TypedDict, total=False):
    type: Required[Literal["web_fetch_20260209"]]
    name: Required[Literal["web_fetch"]]
    allowed_callers: Iterable[AllowedCaller]
    allowed_domains: Sequence[str] | None
    blocked_domains: Sequence[str] | None
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    citations: CitationsConfigParam | _models.CitationsConfigParam | None
    defer_loading: bool
    max_content_tokens: int | None
    max_uses: int | None
    strict: bool
    url_sources: WebFetchURLSources | _models.WebFetchURLSources | None


class WebFetchTool20260309(TypedDict, total=False):
    type: Required[Literal["web_fetch_20260309"]]
    name: Required[Literal["web_fetch"]]
    allowed_callers: Iterable[AllowedCaller]
    allowed_domains: Sequence[str] | None
    blocked_domains: Sequence[str] | None
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    citations: CitationsConfigParam | _models.CitationsConfigParam | None
    defer_loading: bool
    max_content_tokens: int | None
    max_uses: int | None
    strict: bool
    url_sources: WebFetchURLSources | _models.WebFetchURLSources | None
    use_cache: bool


class WebFetchTool20260318(TypedDict, total=False):
    type: Required[Literal["web_fetch_20260318"]]
    name: Required[Literal["web_fetch"]]
    allowed_callers: Iterable[AllowedCaller]
    allowed_domains: Sequence[str] | None
    blocked_domains: Sequence[str] | None
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    citations: CitationsConfigParam | _models.CitationsConfigParam | None
    defer_loading: bool
    max_content_tokens: int | None
    max_uses: int | None
    strict: bool
    url_sources: WebFetchURLSources | _models.WebFetchURLSources | None
    use_cache: bool
    response_inclusion: Literal["full", "excluded"]


class ToolSearchBM25Tool20251119(TypedDict, total=False):
    type: Required[Literal["tool_search_tool_bm25_20251119"]]
    name: Required[Literal["tool_search_tool_bm25"]]
    allowed_callers: Iterable[AllowedCaller]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    defer_loading: bool
    strict: bool


class ToolSearchBM25Tool(TypedDict, total=False):
    type: Required[Literal["tool_search_tool_bm25"]]
    name: Required[Literal["tool_search_tool_bm25"]]
    allowed_callers: Iterable[AllowedCaller]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    defer_loading: bool
    strict: bool


class ToolSearchRegexTool20251119(TypedDict, total=False):
    type: Required[Literal["tool_search_tool_regex_20251119"]]
    name: Required[Literal["tool_search_tool_regex"]]
    allowed_callers: Iterable[AllowedCaller]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    defer_loading: bool
    strict: bool


class ToolSearchRegexTool(TypedDict, total=False):
    type: Required[Literal["tool_search_tool_regex"]]
    name: Required[Literal["tool_search_tool_regex"]]
    allowed_callers: Iterable[AllowedCaller]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    defer_loading: bool
    strict: bool


ToolUnion: TypeAlias = "Tool | _models.Tool | ToolBash20250124 | _models.ToolBash20250124 | CodeExecutionTool20250522 | _models.CodeExecutionTool20250522 | CodeExecutionTool20250825 | _models.CodeExecutionTool20250825 | CodeExecutionTool20260120 | _models.CodeExecutionTool20260120 | CodeExecutionTool20260521 | _models.CodeExecutionTool20260521 | MemoryTool20250818 | _models.MemoryTool20250818 | ToolTextEditor20250124 | _models.ToolTextEditor20250124 | ToolTextEditor20250429 | _models.ToolTextEditor20250429 | ToolTextEditor20250728 | _models.ToolTextEditor20250728 | WebSearchTool20250305 | _models.WebSearchTool20250305 | WebSearchTool20260209 | _models.WebSearchTool20260209 | WebSearchTool20260318 | _models.WebSearchTool20260318 | WebFetchTool20250910 | _models.WebFetchTool20250910 | WebFetchTool20260209 | _models.WebFetchTool20260209 | WebFetchTool20260309 | _models.WebFetchTool20260309 | WebFetchTool20260318 | _models.WebFetchTool20260318 | ToolSearchBM25Tool20251119 | _models.ToolSearchBM25Tool20251119 | ToolSearchBM25Tool | _models.ToolSearchBM25Tool | ToolSearchRegexTool20251119 | _models.ToolSearchRegexTool20251119 | ToolSearchRegexTool | _models.ToolSearchRegexTool | BrowserToolset20260801 | _models.BrowserToolset20260801 | ComputerToolset20260801 | _models.ComputerToolset20260801"


class ToolChoiceAuto(TypedDict, total=False):
    type: Required[Literal["auto"]]
    disable_parallel_tool_use: bool


class ToolChoiceAny(TypedDict, total=False):
    type: Required[Literal["any"]]
    disable_parallel_tool_use: bool


class ToolChoiceTool(TypedDict, total=False):
    type: Required[Literal["tool"]]
    name: Required[str]
    disable_parallel_tool_use: bool


class ToolChoiceNone(TypedDict, total=False):
    type: Required[Literal["none"]]


ToolChoice: TypeAlias = "ToolChoiceAuto | _models.ToolChoiceAuto | ToolChoiceAny | _models.ToolChoiceAny | ToolChoiceTool | _models.ToolChoiceTool | ToolChoiceNone | _models.ToolChoiceNone"


ThinkingDisplay: TypeAlias = "Literal['summarized', 'omitted']"


class ThinkingConfigEnabled(TypedDict, total=False):
    type: Required[Literal["enabled"]]
    budget_tokens: Required[int]
    display: ThinkingDisplay | None


class ThinkingConfigAdaptive(TypedDict, total=False):
    type: Required[Literal["adaptive"]]
    display: ThinkingDisplay | None


class ThinkingConfigDisabled(TypedDict, total=False):
    type: Required[Literal["disabled"]]


class ThinkingConfigBetweenTools(TypedDict, total=False):
    type: Required[Literal["between_tools"]]


ThinkingConfig: TypeAlias = "ThinkingConfigEnabled | _models.ThinkingConfigEnabled | ThinkingConfigAdaptive | _models.ThinkingConfigAdaptive | ThinkingConfigDisabled | _models.ThinkingConfigDisabled | ThinkingConfigBetweenTools | _models.ThinkingConfigBetweenTools"


EffortLevel: TypeAlias = "Literal['low', 'medium', 'high', 'xhigh', 'max']"


class JSONSchemaObject(TypedDict, total=False):
    pass


class JSONOutputFormat(TypedDict, total=False):
    type: Required[Literal["json_schema"]]
    schema: Required[JSONSchemaObject | _models.JSONSchemaObject]


class OutputConfig(TypedDict, total=False):
    effort: EffortLevel | None
    format: JSONOutputFormat | _models.JSONOutputFormat | None


Speed: TypeAlias = "Literal['standard', 'fast']"


class CountTokensParams(TypedDict, total=False):
    model: Required[str]
    messages: Required[Iterable[MessageParam | _models.MessageParam]]
    system: str | Iterable[TextBlockParam | _models.TextBlockParam]
    tools: Iterable[ToolUnion]
    tool_choice: ToolChoice
    thinking: ThinkingConfig
    temperature: float
    top_k: int
    top_p: float
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    output_config: OutputConfig | _models.OutputConfig
    speed: Speed | None


class Metadata(TypedDict, total=False):
    user_id: str | None


ServiceTier: TypeAlias = "Literal['auto', 'standard_only']"


class DiagnosticsParam(TypedDict, total=False):
    previous_message_id: str | None


class CreateMessageParams(TypedDict, total=False):
    model: Required[str]
    max_tokens: Required[int]
    messages: Required[Iterable[MessageParam | _models.MessageParam]]
    system: str | Iterable[TextBlockParam | _models.TextBlockParam]
    metadata: Metadata | _models.Metadata
    stop_sequences: Sequence[str]
    stream: bool
    temperature: float
    top_k: int
    top_p: float
    tools: Iterable[ToolUnion]
    tool_choice: ToolChoice
    thinking: ThinkingConfig
    service_tier: ServiceTier
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None
    container: str | ContainerParams | _models.ContainerParams | None
    diagnostics: DiagnosticsParam | _models.DiagnosticsParam | None
    inference_geo: str | None
    output_config: OutputConfig | _models.OutputConfig
    speed: Speed | None


class MessageBatchRequest(TypedDict, total=False):
    custom_id: Required[str]
    params: Required[CreateMessageParams | _models.CreateMessageParams]


class CreateMessageBatchParams(TypedDict, total=False):
    requests: Required[Iterable[MessageBatchRequest | _models.MessageBatchRequest]]


class CreateMessageArguments(TypedDict, total=False):
    model: Required[str]
    max_tokens: Required[int]
    messages: Required[Iterable[MessageParam | _models.MessageParam]]
    system: str | Iterable[TextBlockParam | _models.TextBlockParam] | None
    metadata: Metadata | _models.Metadata | None
    stop_sequences: Sequence[str] | None
    temperature: float | None
    top_k: int | None
    top_p: float | None
    tools: Iterable[ToolUnion] | None
    tool_choice: ToolChoice | None
    thinking: ThinkingConfig | None
    service_tier: ServiceTier | None
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None | None
    container: str | ContainerParams | _models.ContainerParams | None | None
    diagnostics: DiagnosticsParam | _models.DiagnosticsParam | None | None
    inference_geo: str | None | None
    output_config: OutputConfig | _models.OutputConfig | None
    speed: Speed | None | None
    betas: Sequence[str] | None
    user_profile_id: str | None
    workspace_id: str | None


class CountMessageTokensArguments(TypedDict, total=False):
    model: Required[str]
    messages: Required[Iterable[MessageParam | _models.MessageParam]]
    system: str | Iterable[TextBlockParam | _models.TextBlockParam] | None
    tools: Iterable[ToolUnion] | None
    tool_choice: ToolChoice | None
    thinking: ThinkingConfig | None
    temperature: float | None
    top_k: int | None
    top_p: float | None
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral | None | None
    output_config: OutputConfig | _models.OutputConfig | None
    speed: Speed | None | None
    betas: Sequence[str] | None
    user_profile_id: str | None
    workspace_id: str | None


class CreateMessageBatchArguments(TypedDict, total=False):
    requests: Required[Iterable[MessageBatchRequest | _models.MessageBatchRequest]]
    betas: Sequence[str] | None
