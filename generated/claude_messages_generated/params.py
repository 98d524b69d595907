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
    "Base64ImageSource",
    "Base64PDFSource",
    "CacheControlEphemeral",
    "CacheTTL",
    "CitationCharLocation",
    "CitationContentBlockLocation",
    "CitationPageLocation",
    "CitationsConfigParam",
    "ContentBlockParam",
    "ContentBlockSource",
    "ContentBlockSourceContentItem",
    "CountMessageTokensArguments",
    "CountTokensParams",
    "CreateMessageArguments",
    "CreateMessageBatchArguments",
    "CreateMessageBatchParams",
    "CreateMessageParams",
    "DocumentBlockParam",
    "DocumentSource",
    "ImageBlockParam",
    "ImageMediaType",
    "ImageSource",
    "MessageBatchRequest",
    "MessageParam",
    "MessageRole",
    "Metadata",
    "PlainTextSource",
    "RedactedThinkingBlockParam",
    "ServiceTier",
    "TextBlockParam",
    "TextCitationParam",
    "ThinkingBlockParam",
    "ThinkingConfig",
    "ThinkingConfigAdaptive",
    "ThinkingConfigDisabled",
    "ThinkingConfigEnabled",
    "Tool",
    "ToolChoice",
    "ToolChoiceAny",
    "ToolChoiceAuto",
    "ToolChoiceNone",
    "ToolChoiceTool",
    "ToolInputSchema",
    "ToolResultBlockParam",
    "ToolUseBlockParam",
    "URLImageSource",
    "URLPDFSource",
]


ImageMediaType: TypeAlias = "Literal['image/jpeg', 'image/png', 'image/gif', 'image/webp']"


class Base64ImageSource(TypedDict, total=False):
    type: Required[Literal["base64"]]
    media_type: Required[ImageMediaType]
    data: Required[str | bytes | PathLike[str] | IO[bytes]]


class Base64PDFSource(TypedDict, total=False):
    type: Required[Literal["base64"]]
    media_type: Required[Literal["application/pdf"]]
    data: Required[str | bytes | PathLike[str] | IO[bytes]]


CacheTTL: TypeAlias = "Literal['5m', '1h']"


class CacheControlEphemeral(TypedDict, total=False):
    type: Required[Literal["ephemeral"]]
    ttl: CacheTTL


class CitationCharLocation(TypedDict, total=False):
    type: Required[Literal["char_location"]]
    cited_text: Required[str]
    document_index: Required[int]
    document_title: str | None
    start_char_index: Required[int]
    end_char_index: Required[int]


class CitationContentBlockLocation(TypedDict, total=False):
    type: Required[Literal["content_block_location"]]
    cited_text: Required[str]
    document_index: Required[int]
    document_title: str | None
    start_block_index: Required[int]
    end_block_index: Required[int]


class CitationPageLocation(TypedDict, total=False):
    type: Required[Literal["page_location"]]
    cited_text: Required[str]
    document_index: Required[int]
    document_title: str | None
    start_page_number: Required[int]
    end_page_number: Required[int]


class CitationsConfigParam(TypedDict, total=False):
    enabled: bool


TextCitationParam: TypeAlias = "CitationCharLocation | _models.CitationCharLocation | CitationPageLocation | _models.CitationPageLocation | CitationContentBlockLocation | _models.CitationContentBlockLocation"


class TextBlockParam(TypedDict, total=False):
    type: Required[Literal["text"]]
    text: Required[str]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral
    citations: Iterable[TextCitationParam] | None


class URLImageSource(TypedDict, total=False):
    type: Required[Literal["url"]]
    url: Required[str]


ImageSource: TypeAlias = (
    "Base64ImageSource | _models.Base64ImageSource | URLImageSource | _models.URLImageSource"
)


class ImageBlockParam(TypedDict, total=False):
    type: Required[Literal["image"]]
    source: Required[ImageSource]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral


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


DocumentSource: TypeAlias = "Base64PDFSource | _models.Base64PDFSource | PlainTextSource | _models.PlainTextSource | URLPDFSource | _models.URLPDFSource | ContentBlockSource | _models.ContentBlockSource"


class DocumentBlockParam(TypedDict, total=False):
    type: Required[Literal["document"]]
    source: Required[DocumentSource]
    title: str | None
    context: str | None
    citations: CitationsConfigParam | _models.CitationsConfigParam
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral


class ToolUseBlockParam(TypedDict, total=False):
    type: Required[Literal["tool_use"]]
    id: Required[str]
    name: Required[str]
    input: Required[Any]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral


class ToolResultBlockParam(TypedDict, total=False):
    type: Required[Literal["tool_result"]]
    tool_use_id: Required[str]
    content: str | Iterable[ContentBlockSourceContentItem]
    is_error: bool
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral


class ThinkingBlockParam(TypedDict, total=False):
    type: Required[Literal["thinking"]]
    thinking: Required[str]
    signature: Required[str]


class RedactedThinkingBlockParam(TypedDict, total=False):
    type: Required[Literal["redacted_thinking"]]
    data: Required[str]


ContentBlockParam: TypeAlias = "TextBlockParam | _models.TextBlockParam | ImageBlockParam | _models.ImageBlockParam | DocumentBlockParam | _models.DocumentBlockParam | ToolUseBlockParam | _models.ToolUseBlockParam | ToolResultBlockParam | _models.ToolResultBlockParam | ThinkingBlockParam | _models.ThinkingBlockParam | RedactedThinkingBlockParam | _models.RedactedThinkingBlockParam | _models.TextBlock | _models.ToolUseBlock | _models.ThinkingBlock | _models.RedactedThinkingBlock | _models.UnknownContentBlock"


MessageRole: TypeAlias = "Literal['user', 'assistant']"


class MessageParam(TypedDict, total=False):
    role: Required[MessageRole]
    content: Required[str | Iterable[ContentBlockParam]]


class ToolInputSchema(TypedDict, total=False):
    type: Required[Literal["object"]]
    properties: Any
    required: Sequence[str]


class Tool(TypedDict, total=False):
    name: Required[str]
    description: str
    input_schema: Required[ToolInputSchema | _models.ToolInputSchema]
    cache_control: CacheControlEphemeral | _models.CacheControlEphemeral


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


class ThinkingConfigEnabled(TypedDict, total=False):
    type: Required[Literal["enabled"]]
    budget_tokens: Required[int]


class ThinkingConfigAdaptive(TypedDict, total=False):
    type: Required[Literal["adaptive"]]


class ThinkingConfigDisabled(TypedDict, total=False):
    type: Required[Literal["disabled"]]


ThinkingConfig: TypeAlias = "ThinkingConfigEnabled | _models.ThinkingConfigEnabled | ThinkingConfigAdaptive | _models.ThinkingConfigAdaptive | ThinkingConfigDisabled | _models.ThinkingConfigDisabled"


class CountTokensParams(TypedDict, total=False):
    model: Required[str]
    messages: Required[Iterable[MessageParam | _models.MessageParam]]
    system: str | Iterable[TextBlockParam | _models.TextBlockParam]
    tools: Iterable[Tool | _models.Tool]
    tool_choice: ToolChoice
    thinking: ThinkingConfig
    temperature: float
    top_k: int
    top_p: float


class Metadata(TypedDict, total=False):
    user_id: str | None


ServiceTier: TypeAlias = "Literal['auto', 'standard_only']"


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
    tools: Iterable[Tool | _models.Tool]
    tool_choice: ToolChoice
    thinking: ThinkingConfig
    service_tier: ServiceTier


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
    tools: Iterable[Tool | _models.Tool] | None
    tool_choice: ToolChoice | None
    thinking: ThinkingConfig | None
    service_tier: ServiceTier | None
    betas: Sequence[str] | None


class CountMessageTokensArguments(TypedDict, total=False):
    model: Required[str]
    messages: Required[Iterable[MessageParam | _models.MessageParam]]
    system: str | Iterable[TextBlockParam | _models.TextBlockParam] | None
    tools: Iterable[Tool | _models.Tool] | None
    tool_choice: ToolChoice | None
    thinking: ThinkingConfig | None
    temperature: float | None
    top_k: int | None
    top_p: float | None
    betas: Sequence[str] | None


class CreateMessageBatchArguments(TypedDict, total=False):
    requests: Required[Iterable[MessageBatchRequest | _models.MessageBatchRequest]]
    betas: Sequence[str] | None
