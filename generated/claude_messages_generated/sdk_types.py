"""The names the official Python SDK's ``types`` module gives the API's shapes.

Written by scripts/generate from openapi.yaml; do not edit. Request shapes are the
TypedDicts of ``params`` (``MessageParam``, ``TextBlockParam``, ``ToolParam``, ...);
answers are the model classes (``Message``, ``TextBlock``, ...) and their unions
(``ContentBlock``, ``RawMessageStreamEvent``, ...). Names come from the schemas, or
their ``x-sdk-name``.
"""

from typing import TypeAlias

from .models import CitationCharLocation as CitationCharLocation
from .models import CitationCharLocation as _CitationCharLocation
from .models import CitationContentBlockLocation as CitationContentBlockLocation
from .models import CitationContentBlockLocation as _CitationContentBlockLocation
from .models import CitationPageLocation as CitationPageLocation
from .models import CitationPageLocation as _CitationPageLocation
from .models import CitationsDelta as CitationsDelta
from .models import CitationsDelta as _CitationsDelta
from .models import ContentBlockDeltaEvent as RawContentBlockDeltaEvent
from .models import ContentBlockDeltaEvent as _ContentBlockDeltaEvent
from .models import ContentBlockStartEvent as RawContentBlockStartEvent
from .models import ContentBlockStartEvent as _ContentBlockStartEvent
from .models import ContentBlockStopEvent as RawContentBlockStopEvent
from .models import ContentBlockStopEvent as _ContentBlockStopEvent
from .models import DeletedFile as DeletedFile
from .models import DeletedMessageBatch as DeletedMessageBatch
from .models import ErrorEvent as ErrorEvent
from .models import ErrorEvent as _ErrorEvent
from .models import ErrorObject as ErrorObject
from .models import ErrorResponse as ErrorResponse
from .models import FileList as FileList
from .models import FileMetadata as FileMetadata
from .models import InputJSONDelta as InputJSONDelta
from .models import InputJSONDelta as _InputJSONDelta
from .models import KnownErrorType as KnownErrorType
from .models import KnownProcessingStatus as KnownProcessingStatus
from .models import KnownStopReason as StopReason
from .models import Message as Message
from .models import MessageBatch as MessageBatch
from .models import MessageBatchList as MessageBatchList
from .models import MessageBatchRequestCounts as MessageBatchRequestCounts
from .models import MessageDelta as MessageDelta
from .models import MessageDeltaEvent as RawMessageDeltaEvent
from .models import MessageDeltaEvent as _MessageDeltaEvent
from .models import MessageDeltaUsage as MessageDeltaUsage
from .models import MessageStartEvent as RawMessageStartEvent
from .models import MessageStartEvent as _MessageStartEvent
from .models import MessageStopEvent as RawMessageStopEvent
from .models import MessageStopEvent as _MessageStopEvent
from .models import MessageTokensCount as MessageTokensCount
from .models import ModelInfo as ModelInfo
from .models import ModelList as ModelList
from .models import PingEvent as PingEvent
from .models import PingEvent as _PingEvent
from .models import RedactedThinkingBlock as RedactedThinkingBlock
from .models import RedactedThinkingBlock as _RedactedThinkingBlock
from .models import SignatureDelta as SignatureDelta
from .models import SignatureDelta as _SignatureDelta
from .models import TextBlock as TextBlock
from .models import TextBlock as _TextBlock
from .models import TextDelta as TextDelta
from .models import TextDelta as _TextDelta
from .models import ThinkingBlock as ThinkingBlock
from .models import ThinkingBlock as _ThinkingBlock
from .models import ThinkingDelta as ThinkingDelta
from .models import ThinkingDelta as _ThinkingDelta
from .models import ToolUseBlock as ToolUseBlock
from .models import ToolUseBlock as _ToolUseBlock
from .models import UnknownCitation as UnknownCitation
from .models import UnknownCitation as _UnknownCitation
from .models import UnknownContentBlock as UnknownContentBlock
from .models import UnknownContentBlock as _UnknownContentBlock
from .models import UnknownDelta as UnknownDelta
from .models import UnknownDelta as _UnknownDelta
from .models import Usage as Usage
from .params import Base64ImageSource as Base64ImageSourceParam
from .params import Base64PDFSource as Base64PDFSourceParam
from .params import CacheControlEphemeral as CacheControlEphemeralParam
from .params import CacheTTL as CacheTTLParam
from .params import CitationCharLocation as CitationCharLocationParam
from .params import CitationContentBlockLocation as CitationContentBlockLocationParam
from .params import CitationPageLocation as CitationPageLocationParam
from .params import CitationsConfigParam as CitationsConfigParam
from .params import ContentBlockParam as ContentBlockParam
from .params import ContentBlockSource as ContentBlockSourceParam
from .params import ContentBlockSourceContentItem as ContentBlockSourceContentParam
from .params import CountTokensParams as MessageCountTokensParams
from .params import CreateMessageBatchParams as CreateMessageBatchParams
from .params import CreateMessageParams as MessageCreateParams
from .params import DocumentBlockParam as DocumentBlockParam
from .params import DocumentSource as DocumentSourceParam
from .params import ImageBlockParam as ImageBlockParam
from .params import ImageMediaType as ImageMediaTypeParam
from .params import ImageSource as ImageSourceParam
from .params import MessageBatchRequest as MessageBatchRequestParam
from .params import MessageParam as MessageParam
from .params import MessageRole as MessageRoleParam
from .params import Metadata as MetadataParam
from .params import PlainTextSource as PlainTextSourceParam
from .params import RedactedThinkingBlockParam as RedactedThinkingBlockParam
from .params import ServiceTier as ServiceTierParam
from .params import TextBlockParam as TextBlockParam
from .params import TextCitationParam as TextCitationParam
from .params import ThinkingBlockParam as ThinkingBlockParam
from .params import ThinkingConfig as ThinkingConfigParam
from .params import ThinkingConfigAdaptive as ThinkingConfigAdaptiveParam
from .params import ThinkingConfigDisabled as ThinkingConfigDisabledParam
from .params import ThinkingConfigEnabled as ThinkingConfigEnabledParam
from .params import Tool as ToolParam
from .params import ToolChoice as ToolChoiceParam
from .params import ToolChoiceAny as ToolChoiceAnyParam
from .params import ToolChoiceAuto as ToolChoiceAutoParam
from .params import ToolChoiceNone as ToolChoiceNoneParam
from .params import ToolChoiceTool as ToolChoiceToolParam
from .params import ToolInputSchema as ToolInputSchemaParam
from .params import ToolResultBlockParam as ToolResultBlockParam
from .params import ToolUseBlockParam as ToolUseBlockParam
from .params import URLImageSource as URLImageSourceParam
from .params import URLPDFSource as URLPDFSourceParam

ContentBlock: TypeAlias = (
    _TextBlock | _ToolUseBlock | _ThinkingBlock | _RedactedThinkingBlock | _UnknownContentBlock
)
RawContentBlockDelta: TypeAlias = (
    _TextDelta
    | _InputJSONDelta
    | _ThinkingDelta
    | _SignatureDelta
    | _CitationsDelta
    | _UnknownDelta
)
RawMessageStreamEvent: TypeAlias = (
    _MessageStartEvent
    | _ContentBlockStartEvent
    | _ContentBlockDeltaEvent
    | _ContentBlockStopEvent
    | _MessageDeltaEvent
    | _MessageStopEvent
    | _PingEvent
    | _ErrorEvent
)
TextCitation: TypeAlias = (
    _CitationCharLocation | _CitationPageLocation | _CitationContentBlockLocation | _UnknownCitation
)

__all__ = [
    "Base64ImageSourceParam",
    "Base64PDFSourceParam",
    "CacheControlEphemeralParam",
    "CacheTTLParam",
    "CitationCharLocation",
    "CitationCharLocationParam",
    "CitationContentBlockLocation",
    "CitationContentBlockLocationParam",
    "CitationPageLocation",
    "CitationPageLocationParam",
    "CitationsConfigParam",
    "CitationsDelta",
    "ContentBlock",
    "ContentBlockParam",
    "ContentBlockSourceContentParam",
    "ContentBlockSourceParam",
    "CreateMessageBatchParams",
    "DeletedFile",
    "DeletedMessageBatch",
    "DocumentBlockParam",
    "DocumentSourceParam",
    "ErrorEvent",
    "ErrorObject",
    "ErrorResponse",
    "FileList",
    "FileMetadata",
    "ImageBlockParam",
    "ImageMediaTypeParam",
    "ImageSourceParam",
    "InputJSONDelta",
    "KnownErrorType",
    "KnownProcessingStatus",
    "Message",
    "MessageBatch",
    "MessageBatchList",
    "MessageBatchRequestCounts",
    "MessageBatchRequestParam",
    "MessageCountTokensParams",
    "MessageCreateParams",
    "MessageDelta",
    "MessageDeltaUsage",
    "MessageParam",
    "MessageRoleParam",
    "MessageTokensCount",
    "MetadataParam",
    "ModelInfo",
    "ModelList",
    "PingEvent",
    "PlainTextSourceParam",
    "RawContentBlockDelta",
    "RawContentBlockDeltaEvent",
    "RawContentBlockStartEvent",
    "RawContentBlockStopEvent",
    "RawMessageDeltaEvent",
    "RawMessageStartEvent",
    "RawMessageStopEvent",
    "RawMessageStreamEvent",
    "RedactedThinkingBlock",
    "RedactedThinkingBlockParam",
    "ServiceTierParam",
    "SignatureDelta",
    "StopReason",
    "TextBlock",
    "TextBlockParam",
    "TextCitation",
    "TextCitationParam",
    "TextDelta",
    "ThinkingBlock",
    "ThinkingBlockParam",
    "ThinkingConfigAdaptiveParam",
    "ThinkingConfigDisabledParam",
    "ThinkingConfigEnabledParam",
    "ThinkingConfigParam",
    "ThinkingDelta",
    "ToolChoiceAnyParam",
    "ToolChoiceAutoParam",
    "ToolChoiceNoneParam",
    "ToolChoiceParam",
    "ToolChoiceToolParam",
    "ToolInputSchemaParam",
    "ToolParam",
    "ToolResultBlockParam",
    "ToolUseBlock",
    "ToolUseBlockParam",
    "URLImageSourceParam",
    "URLPDFSourceParam",
    "UnknownCitation",
    "UnknownContentBlock",
    "UnknownDelta",
    "Usage",
]
