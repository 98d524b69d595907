"""The data models of the API, imported on first use.

``from claude_messages_generated.models import Message`` imports only ``Message``'s module
(and what it needs), not every model: the names resolve through ``__getattr__``. Type
checkers see ordinary imports.
"""

from importlib import import_module as _import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_version import ApiVersion
    from .base_64_image_source import Base64ImageSource
    from .base_64pdf_source import Base64PDFSource
    from .cache_control_ephemeral import CacheControlEphemeral
    from .cache_ttl import CacheTTL
    from .citation_char_location import CitationCharLocation
    from .citation_content_block_location import CitationContentBlockLocation
    from .citation_page_location import CitationPageLocation
    from .citations_config_param import CitationsConfigParam
    from .citations_delta import CitationsDelta
    from .content_block_delta_event import ContentBlockDeltaEvent
    from .content_block_source import ContentBlockSource
    from .content_block_start_event import ContentBlockStartEvent
    from .content_block_stop_event import ContentBlockStopEvent
    from .count_tokens_params import CountTokensParams
    from .create_message_batch_params import CreateMessageBatchParams
    from .create_message_params import CreateMessageParams
    from .deleted_file import DeletedFile
    from .deleted_message_batch import DeletedMessageBatch
    from .document_block_param import DocumentBlockParam
    from .error_event import ErrorEvent
    from .error_object import ErrorObject
    from .error_response import ErrorResponse
    from .file_list import FileList
    from .file_metadata import FileMetadata
    from .file_upload_params import FileUploadParams
    from .image_block_param import ImageBlockParam
    from .image_media_type import ImageMediaType
    from .input_json_delta import InputJSONDelta
    from .known_error_type import KnownErrorType
    from .known_processing_status import KnownProcessingStatus
    from .known_stop_reason import KnownStopReason
    from .message import Message
    from .message_batch import MessageBatch
    from .message_batch_canceled_result import MessageBatchCanceledResult
    from .message_batch_errored_result import MessageBatchErroredResult
    from .message_batch_expired_result import MessageBatchExpiredResult
    from .message_batch_individual_response import MessageBatchIndividualResponse
    from .message_batch_list import MessageBatchList
    from .message_batch_request import MessageBatchRequest
    from .message_batch_request_counts import MessageBatchRequestCounts
    from .message_batch_succeeded_result import MessageBatchSucceededResult
    from .message_delta import MessageDelta
    from .message_delta_event import MessageDeltaEvent
    from .message_delta_usage import MessageDeltaUsage
    from .message_param import MessageParam
    from .message_role import MessageRole
    from .message_start_event import MessageStartEvent
    from .message_stop_event import MessageStopEvent
    from .message_tokens_count import MessageTokensCount
    from .metadata import Metadata
    from .model_info import ModelInfo
    from .model_list import ModelList
    from .ping_event import PingEvent
    from .plain_text_source import PlainTextSource
    from .redacted_thinking_block import RedactedThinkingBlock
    from .redacted_thinking_block_param import RedactedThinkingBlockParam
    from .service_tier import ServiceTier
    from .signature_delta import SignatureDelta
    from .text_block import TextBlock
    from .text_block_param import TextBlockParam
    from .text_delta import TextDelta
    from .thinking_block import ThinkingBlock
    from .thinking_block_param import ThinkingBlockParam
    from .thinking_config_adaptive import ThinkingConfigAdaptive
    from .thinking_config_disabled import ThinkingConfigDisabled
    from .thinking_config_enabled import ThinkingConfigEnabled
    from .thinking_delta import ThinkingDelta
    from .tool import Tool
    from .tool_choice_any import ToolChoiceAny
    from .tool_choice_auto import ToolChoiceAuto
    from .tool_choice_none import ToolChoiceNone
    from .tool_choice_tool import ToolChoiceTool
    from .tool_input_schema import ToolInputSchema
    from .tool_result_block_param import ToolResultBlockParam
    from .tool_use_block import ToolUseBlock
    from .tool_use_block_param import ToolUseBlockParam
    from .unknown_batch_result import UnknownBatchResult
    from .unknown_citation import UnknownCitation
    from .unknown_content_block import UnknownContentBlock
    from .unknown_delta import UnknownDelta
    from .url_image_source import URLImageSource
    from .urlpdf_source import URLPDFSource
    from .usage import Usage

_MODULES = {
    "ApiVersion": ".api_version",
    "Base64ImageSource": ".base_64_image_source",
    "Base64PDFSource": ".base_64pdf_source",
    "CacheControlEphemeral": ".cache_control_ephemeral",
    "CacheTTL": ".cache_ttl",
    "CitationCharLocation": ".citation_char_location",
    "CitationContentBlockLocation": ".citation_content_block_location",
    "CitationPageLocation": ".citation_page_location",
    "CitationsConfigParam": ".citations_config_param",
    "CitationsDelta": ".citations_delta",
    "ContentBlockDeltaEvent": ".content_block_delta_event",
    "ContentBlockSource": ".content_block_source",
    "ContentBlockStartEvent": ".content_block_start_event",
    "ContentBlockStopEvent": ".content_block_stop_event",
    "CountTokensParams": ".count_tokens_params",
    "CreateMessageBatchParams": ".create_message_batch_params",
    "CreateMessageParams": ".create_message_params",
    "DeletedFile": ".deleted_file",
    "DeletedMessageBatch": ".deleted_message_batch",
    "DocumentBlockParam": ".document_block_param",
    "ErrorEvent": ".error_event",
    "ErrorObject": ".error_object",
    "ErrorResponse": ".error_response",
    "FileList": ".file_list",
    "FileMetadata": ".file_metadata",
    "FileUploadParams": ".file_upload_params",
    "ImageBlockParam": ".image_block_param",
    "ImageMediaType": ".image_media_type",
    "InputJSONDelta": ".input_json_delta",
    "KnownErrorType": ".known_error_type",
    "KnownProcessingStatus": ".known_processing_status",
    "KnownStopReason": ".known_stop_reason",
    "Message": ".message",
    "MessageBatch": ".message_batch",
    "MessageBatchCanceledResult": ".message_batch_canceled_result",
    "MessageBatchErroredResult": ".message_batch_errored_result",
    "MessageBatchExpiredResult": ".message_batch_expired_result",
    "MessageBatchIndividualResponse": ".message_batch_individual_response",
    "MessageBatchList": ".message_batch_list",
    "MessageBatchRequest": ".message_batch_request",
    "MessageBatchRequestCounts": ".message_batch_request_counts",
    "MessageBatchSucceededResult": ".message_batch_succeeded_result",
    "MessageDelta": ".message_delta",
    "MessageDeltaEvent": ".message_delta_event",
    "MessageDeltaUsage": ".message_delta_usage",
    "MessageParam": ".message_param",
    "MessageRole": ".message_role",
    "MessageStartEvent": ".message_start_event",
    "MessageStopEvent": ".message_stop_event",
    "MessageTokensCount": ".message_tokens_count",
    "Metadata": ".metadata",
    "ModelInfo": ".model_info",
    "ModelList": ".model_list",
    "PingEvent": ".ping_event",
    "PlainTextSource": ".plain_text_source",
    "RedactedThinkingBlock": ".redacted_thinking_block",
    "RedactedThinkingBlockParam": ".redacted_thinking_block_param",
    "ServiceTier": ".service_tier",
    "SignatureDelta": ".signature_delta",
    "TextBlock": ".text_block",
    "TextBlockParam": ".text_block_param",
    "TextDelta": ".text_delta",
    "ThinkingBlock": ".thinking_block",
    "ThinkingBlockParam": ".thinking_block_param",
    "ThinkingConfigAdaptive": ".thinking_config_adaptive",
    "ThinkingConfigDisabled": ".thinking_config_disabled",
    "ThinkingConfigEnabled": ".thinking_config_enabled",
    "ThinkingDelta": ".thinking_delta",
    "Tool": ".tool",
    "ToolChoiceAny": ".tool_choice_any",
    "ToolChoiceAuto": ".tool_choice_auto",
    "ToolChoiceNone": ".tool_choice_none",
    "ToolChoiceTool": ".tool_choice_tool",
    "ToolInputSchema": ".tool_input_schema",
    "ToolResultBlockParam": ".tool_result_block_param",
    "ToolUseBlock": ".tool_use_block",
    "ToolUseBlockParam": ".tool_use_block_param",
    "UnknownBatchResult": ".unknown_batch_result",
    "UnknownCitation": ".unknown_citation",
    "UnknownContentBlock": ".unknown_content_block",
    "UnknownDelta": ".unknown_delta",
    "URLImageSource": ".url_image_source",
    "URLPDFSource": ".urlpdf_source",
    "Usage": ".usage",
}

__all__ = (
    "ApiVersion",
    "Base64ImageSource",
    "Base64PDFSource",
    "CacheControlEphemeral",
    "CacheTTL",
    "CitationCharLocation",
    "CitationContentBlockLocation",
    "CitationPageLocation",
    "CitationsConfigParam",
    "CitationsDelta",
    "ContentBlockDeltaEvent",
    "ContentBlockSource",
    "ContentBlockStartEvent",
    "ContentBlockStopEvent",
    "CountTokensParams",
    "CreateMessageBatchParams",
    "CreateMessageParams",
    "DeletedFile",
    "DeletedMessageBatch",
    "DocumentBlockParam",
    "ErrorEvent",
    "ErrorObject",
    "ErrorResponse",
    "FileList",
    "FileMetadata",
    "FileUploadParams",
    "ImageBlockParam",
    "ImageMediaType",
    "InputJSONDelta",
    "KnownErrorType",
    "KnownProcessingStatus",
    "KnownStopReason",
    "Message",
    "MessageBatch",
    "MessageBatchCanceledResult",
    "MessageBatchErroredResult",
    "MessageBatchExpiredResult",
    "MessageBatchIndividualResponse",
    "MessageBatchList",
    "MessageBatchRequest",
    "MessageBatchRequestCounts",
    "MessageBatchSucceededResult",
    "MessageDelta",
    "MessageDeltaEvent",
    "MessageDeltaUsage",
    "MessageParam",
    "MessageRole",
    "MessageStartEvent",
    "MessageStopEvent",
    "MessageTokensCount",
    "Metadata",
    "ModelInfo",
    "ModelList",
    "PingEvent",
    "PlainTextSource",
    "RedactedThinkingBlock",
    "RedactedThinkingBlockParam",
    "ServiceTier",
    "SignatureDelta",
    "TextBlock",
    "TextBlockParam",
    "TextDelta",
    "ThinkingBlock",
    "ThinkingBlockParam",
    "ThinkingConfigAdaptive",
    "ThinkingConfigDisabled",
    "ThinkingConfigEnabled",
    "ThinkingDelta",
    "Tool",
    "ToolChoiceAny",
    "ToolChoiceAuto",
    "ToolChoiceNone",
    "ToolChoiceTool",
    "ToolInputSchema",
    "ToolResultBlockParam",
    "ToolUseBlock",
    "ToolUseBlockParam",
    "UnknownBatchResult",
    "UnknownCitation",
    "UnknownContentBlock",
    "UnknownDelta",
    "URLImageSource",
    "URLPDFSource",
    "Usage",
)


if not TYPE_CHECKING:  # hidden from type checkers, so that a misspelt name is an error

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)
