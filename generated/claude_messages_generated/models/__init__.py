"""The data models of the API, imported on first use.

``from claude_messages_generated.models import Message`` imports only ``Message``'s module
(and what it needs), not every model: the names resolve through ``__getattr__``. Type
checkers see ordinary imports.
"""

from importlib import import_module as _import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .allowed_caller import AllowedCaller
    from .api_version import ApiVersion
    from .base_64_image_source import Base64ImageSource
    from .base_64pdf_source import Base64PDFSource
    from .bash_code_execution_output_block import BashCodeExecutionOutputBlock
    from .bash_code_execution_result_block import BashCodeExecutionResultBlock
    from .bash_code_execution_tool_result_block import BashCodeExecutionToolResultBlock
    from .bash_code_execution_tool_result_block_param import (
        BashCodeExecutionToolResultBlockParam,
    )
    from .bash_code_execution_tool_result_error import BashCodeExecutionToolResultError
    from .browser_state_block_param import BrowserStateBlockParam
    from .browser_state_change_download_completed import (
        BrowserStateChangeDownloadCompleted,
    )
    from .browser_state_change_download_failed import BrowserStateChangeDownloadFailed
    from .browser_state_change_download_started import BrowserStateChangeDownloadStarted
    from .browser_state_change_tab_opened import BrowserStateChangeTabOpened
    from .browser_state_tab_entry import BrowserStateTabEntry
    from .browser_toolset_20260801 import BrowserToolset20260801
    from .browser_toolset_configs import BrowserToolsetConfigs
    from .cache_control_ephemeral import CacheControlEphemeral
    from .cache_creation import CacheCreation
    from .cache_miss_messages_changed import CacheMissMessagesChanged
    from .cache_miss_model_changed import CacheMissModelChanged
    from .cache_miss_previous_message_not_found import CacheMissPreviousMessageNotFound
    from .cache_miss_system_changed import CacheMissSystemChanged
    from .cache_miss_tools_changed import CacheMissToolsChanged
    from .cache_miss_unavailable import CacheMissUnavailable
    from .cache_ttl import CacheTTL
    from .capability_support import CapabilitySupport
    from .citation_char_location import CitationCharLocation
    from .citation_content_block_location import CitationContentBlockLocation
    from .citation_page_location import CitationPageLocation
    from .citation_search_result_location import CitationSearchResultLocation
    from .citation_web_search_result_location import CitationWebSearchResultLocation
    from .citations_config import CitationsConfig
    from .citations_config_param import CitationsConfigParam
    from .citations_delta import CitationsDelta
    from .code_execution_output_block import CodeExecutionOutputBlock
    from .code_execution_result_block import CodeExecutionResultBlock
    from .code_execution_tool_20250522 import CodeExecutionTool20250522
    from .code_execution_tool_20250825 import CodeExecutionTool20250825
    from .code_execution_tool_20260120 import CodeExecutionTool20260120
    from .code_execution_tool_20260521 import CodeExecutionTool20260521
    from .code_execution_tool_result_block import CodeExecutionToolResultBlock
    from .code_execution_tool_result_block_param import (
        CodeExecutionToolResultBlockParam,
    )
    from .code_execution_tool_result_error import CodeExecutionToolResultError
    from .computer_toolset_20260801 import ComputerToolset20260801
    from .computer_toolset_configs import ComputerToolsetConfigs
    from .container import Container
    from .container_params import ContainerParams
    from .container_skill import ContainerSkill
    from .container_upload_block import ContainerUploadBlock
    from .container_upload_block_param import ContainerUploadBlockParam
    from .content_block_delta_event import ContentBlockDeltaEvent
    from .content_block_source import ContentBlockSource
    from .content_block_start_event import ContentBlockStartEvent
    from .content_block_stop_event import ContentBlockStopEvent
    from .context_management_capability import ContextManagementCapability
    from .count_tokens_params import CountTokensParams
    from .create_message_batch_params import CreateMessageBatchParams
    from .create_message_params import CreateMessageParams
    from .deleted_file import DeletedFile
    from .deleted_message_batch import DeletedMessageBatch
    from .diagnostics import Diagnostics
    from .diagnostics_param import DiagnosticsParam
    from .direct_caller import DirectCaller
    from .document_block import DocumentBlock
    from .document_block_param import DocumentBlockParam
    from .effort_capability import EffortCapability
    from .effort_level import EffortLevel
    from .encrypted_code_execution_result_block import EncryptedCodeExecutionResultBlock
    from .error_event import ErrorEvent
    from .error_object import ErrorObject
    from .error_response import ErrorResponse
    from .file_document_source import FileDocumentSource
    from .file_image_source import FileImageSource
    from .file_list import FileList
    from .file_metadata import FileMetadata
    from .file_upload_params import FileUploadParams
    from .image_block_param import ImageBlockParam
    from .image_media_type import ImageMediaType
    from .image_transformations import ImageTransformations
    from .image_transformations_oversized_image import (
        ImageTransformationsOversizedImage,
    )
    from .input_json_delta import InputJSONDelta
    from .json_output_format import JSONOutputFormat
    from .json_schema_object import JSONSchemaObject
    from .known_bash_code_execution_error_code import KnownBashCodeExecutionErrorCode
    from .known_code_execution_error_code import KnownCodeExecutionErrorCode
    from .known_error_type import KnownErrorType
    from .known_model_lifecycle import KnownModelLifecycle
    from .known_processing_status import KnownProcessingStatus
    from .known_refusal_category import KnownRefusalCategory
    from .known_server_tool_name import KnownServerToolName
    from .known_stop_reason import KnownStopReason
    from .known_text_editor_code_execution_error_code import (
        KnownTextEditorCodeExecutionErrorCode,
    )
    from .known_tool_search_error_code import KnownToolSearchErrorCode
    from .known_viewed_file_type import KnownViewedFileType
    from .known_web_fetch_error_code import KnownWebFetchErrorCode
    from .known_web_search_error_code import KnownWebSearchErrorCode
    from .memory_tool_20250818 import MemoryTool20250818
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
    from .model_capabilities import ModelCapabilities
    from .model_info import ModelInfo
    from .model_list import ModelList
    from .output_config import OutputConfig
    from .output_tokens_details import OutputTokensDetails
    from .ping_event import PingEvent
    from .plain_text_source import PlainTextSource
    from .redacted_thinking_block import RedactedThinkingBlock
    from .redacted_thinking_block_param import RedactedThinkingBlockParam
    from .refusal_stop_details import RefusalStopDetails
    from .search_result_block_param import SearchResultBlockParam
    from .server_tool_caller import ServerToolCaller
    from .server_tool_caller_20260120 import ServerToolCaller20260120
    from .server_tool_usage import ServerToolUsage
    from .server_tool_use_block import ServerToolUseBlock
    from .server_tool_use_block_param import ServerToolUseBlockParam
    from .server_tools_capability import ServerToolsCapability
    from .service_tier import ServiceTier
    from .signature_delta import SignatureDelta
    from .skill_params import SkillParams
    from .skill_type import SkillType
    from .speed import Speed
    from .text_block import TextBlock
    from .text_block_param import TextBlockParam
    from .text_delta import TextDelta
    from .text_editor_code_execution_create_result_block import (
        TextEditorCodeExecutionCreateResultBlock,
    )
    from .text_editor_code_execution_str_replace_result_block import (
        TextEditorCodeExecutionStrReplaceResultBlock,
    )
    from .text_editor_code_execution_tool_result_block import (
        TextEditorCodeExecutionToolResultBlock,
    )
    from .text_editor_code_execution_tool_result_block_param import (
        TextEditorCodeExecutionToolResultBlockParam,
    )
    from .text_editor_code_execution_tool_result_error import (
        TextEditorCodeExecutionToolResultError,
    )
    from .text_editor_code_execution_view_result_block import (
        TextEditorCodeExecutionViewResultBlock,
    )
    from .thinking_block import ThinkingBlock
    from .thinking_block_param import ThinkingBlockParam
    from .thinking_capability import ThinkingCapability
    from .thinking_config_adaptive import ThinkingConfigAdaptive
    from .thinking_config_between_tools import ThinkingConfigBetweenTools
    from .thinking_config_disabled import ThinkingConfigDisabled
    from .thinking_config_enabled import ThinkingConfigEnabled
    from .thinking_delta import ThinkingDelta
    from .thinking_display import ThinkingDisplay
    from .thinking_types import ThinkingTypes
    from .tool import Tool
    from .tool_bash_20250124 import ToolBash20250124
    from .tool_choice_any import ToolChoiceAny
    from .tool_choice_auto import ToolChoiceAuto
    from .tool_choice_none import ToolChoiceNone
    from .tool_choice_tool import ToolChoiceTool
    from .tool_input_example import ToolInputExample
    from .tool_input_schema import ToolInputSchema
    from .tool_reference_block import ToolReferenceBlock
    from .tool_reference_block_param import ToolReferenceBlockParam
    from .tool_result_block_param import ToolResultBlockParam
    from .tool_search_bm25_tool import ToolSearchBM25Tool
    from .tool_search_bm25_tool_20251119 import ToolSearchBM25Tool20251119
    from .tool_search_regex_tool import ToolSearchRegexTool
    from .tool_search_regex_tool_20251119 import ToolSearchRegexTool20251119
    from .tool_search_tool_result_block import ToolSearchToolResultBlock
    from .tool_search_tool_result_block_param import ToolSearchToolResultBlockParam
    from .tool_search_tool_result_error import ToolSearchToolResultError
    from .tool_search_tool_search_result_block import ToolSearchToolSearchResultBlock
    from .tool_text_editor_20250124 import ToolTextEditor20250124
    from .tool_text_editor_20250429 import ToolTextEditor20250429
    from .tool_text_editor_20250728 import ToolTextEditor20250728
    from .tool_use_block import ToolUseBlock
    from .tool_use_block_param import ToolUseBlockParam
    from .toolset_member_config import ToolsetMemberConfig
    from .unknown_bash_code_execution_tool_result_content import (
        UnknownBashCodeExecutionToolResultContent,
    )
    from .unknown_batch_result import UnknownBatchResult
    from .unknown_cache_miss_reason import UnknownCacheMissReason
    from .unknown_caller import UnknownCaller
    from .unknown_citation import UnknownCitation
    from .unknown_code_execution_tool_result_content import (
        UnknownCodeExecutionToolResultContent,
    )
    from .unknown_content_block import UnknownContentBlock
    from .unknown_delta import UnknownDelta
    from .unknown_document_source import UnknownDocumentSource
    from .unknown_stop_details import UnknownStopDetails
    from .unknown_text_editor_code_execution_tool_result_content import (
        UnknownTextEditorCodeExecutionToolResultContent,
    )
    from .unknown_tool_search_tool_result_content import (
        UnknownToolSearchToolResultContent,
    )
    from .unknown_web_fetch_tool_result_content import UnknownWebFetchToolResultContent
    from .unknown_web_search_tool_result_content import (
        UnknownWebSearchToolResultContent,
    )
    from .url_image_source import URLImageSource
    from .urlpdf_source import URLPDFSource
    from .usage import Usage
    from .user_location import UserLocation
    from .web_fetch_result_block import WebFetchResultBlock
    from .web_fetch_tool_20250910 import WebFetchTool20250910
    from .web_fetch_tool_20260209 import WebFetchTool20260209
    from .web_fetch_tool_20260309 import WebFetchTool20260309
    from .web_fetch_tool_20260318 import WebFetchTool20260318
    from .web_fetch_tool_20260318_response_inclusion import (
        WebFetchTool20260318ResponseInclusion,
    )
    from .web_fetch_tool_reference import WebFetchToolReference
    from .web_fetch_tool_result_block import WebFetchToolResultBlock
    from .web_fetch_tool_result_block_param import WebFetchToolResultBlockParam
    from .web_fetch_tool_result_error import WebFetchToolResultError
    from .web_fetch_url_source_all import WebFetchURLSourceAll
    from .web_fetch_url_source_except import WebFetchURLSourceExcept
    from .web_fetch_url_source_none import WebFetchURLSourceNone
    from .web_fetch_url_source_only import WebFetchURLSourceOnly
    from .web_fetch_url_sources import WebFetchURLSources
    from .web_search_result_block import WebSearchResultBlock
    from .web_search_tool_20250305 import WebSearchTool20250305
    from .web_search_tool_20260209 import WebSearchTool20260209
    from .web_search_tool_20260318 import WebSearchTool20260318
    from .web_search_tool_20260318_response_inclusion import (
        WebSearchTool20260318ResponseInclusion,
    )
    from .web_search_tool_result_block import WebSearchToolResultBlock
    from .web_search_tool_result_block_param import WebSearchToolResultBlockParam
    from .web_search_tool_result_error import WebSearchToolResultError

_MODULES = {
    "AllowedCaller": ".allowed_caller",
    "ApiVersion": ".api_version",
    "Base64ImageSource": ".base_64_image_source",
    "Base64PDFSource": ".base_64pdf_source",
    "BashCodeExecutionOutputBlock": ".bash_code_execution_output_block",
    "BashCodeExecutionResultBlock": ".bash_code_execution_result_block",
    "BashCodeExecutionToolResultBlock": ".bash_code_execution_tool_result_block",
    "BashCodeExecutionToolResultBlockParam": ".bash_code_execution_tool_result_block_param",
    "BashCodeExecutionToolResultError": ".bash_code_execution_tool_result_error",
    "BrowserStateBlockParam": ".browser_state_block_param",
    "BrowserStateChangeDownloadCompleted": ".browser_state_change_download_completed",
    "BrowserStateChangeDownloadFailed": ".browser_state_change_download_failed",
    "BrowserStateChangeDownloadStarted": ".browser_state_change_download_started",
    "BrowserStateChangeTabOpened": ".browser_state_change_tab_opened",
    "BrowserStateTabEntry": ".browser_state_tab_entry",
    "BrowserToolset20260801": ".browser_toolset_20260801",
    "BrowserToolsetConfigs": ".browser_toolset_configs",
    "CacheControlEphemeral": ".cache_control_ephemeral",
    "CacheCreation": ".cache_creation",
    "CacheMissMessagesChanged": ".cache_miss_messages_changed",
    "CacheMissModelChanged": ".cache_miss_model_changed",
    "CacheMissPreviousMessageNotFound": ".cache_miss_previous_message_not_found",
    "CacheMissSystemChanged": ".cache_miss_system_changed",
    "CacheMissToolsChanged": ".cache_miss_tools_changed",
    "CacheMissUnavailable": ".cache_miss_unavailable",
    "CacheTTL": ".cache_ttl",
    "CapabilitySupport": ".capability_support",
    "CitationCharLocation": ".citation_char_location",
    "CitationContentBlockLocation": ".citation_content_block_location",
    "CitationPageLocation": ".citation_page_location",
    "CitationSearchResultLocation": ".citation_search_result_location",
    "CitationWebSearchResultLocation": ".citation_web_search_result_location",
    "CitationsConfig": ".citations_config",
    "CitationsConfigParam": ".citations_config_param",
    "CitationsDelta": ".citations_delta",
    "CodeExecutionOutputBlock": ".code_execution_output_block",
    "CodeExecutionResultBlock": ".code_execution_result_block",
    "CodeExecutionTool20250522": ".code_execution_tool_20250522",
    "CodeExecutionTool20250825": ".code_execution_tool_20250825",
    "CodeExecutionTool20260120": ".code_execution_tool_20260120",
    "CodeExecutionTool20260521": ".code_execution_tool_20260521",
    "CodeExecutionToolResultBlock": ".code_execution_tool_result_block",
    "CodeExecutionToolResultBlockParam": ".code_execution_tool_result_block_param",
    "CodeExecutionToolResultError": ".code_execution_tool_result_error",
    "ComputerToolset20260801": ".computer_toolset_20260801",
    "ComputerToolsetConfigs": ".computer_toolset_configs",
    "Container": ".container",
    "ContainerParams": ".container_params",
    "ContainerSkill": ".container_skill",
    "ContainerUploadBlock": ".container_upload_block",
    "ContainerUploadBlockParam": ".container_upload_block_param",
    "ContentBlockDeltaEvent": ".content_block_delta_event",
    "ContentBlockSource": ".content_block_source",
    "ContentBlockStartEvent": ".content_block_start_event",
    "ContentBlockStopEvent": ".content_block_stop_event",
    "ContextManagementCapability": ".context_management_capability",
    "CountTokensParams": ".count_tokens_params",
    "CreateMessageBatchParams": ".create_message_batch_params",
    "CreateMessageParams": ".create_message_params",
    "DeletedFile": ".deleted_file",
    "DeletedMessageBatch": ".deleted_message_batch",
    "Diagnostics": ".diagnostics",
    "DiagnosticsParam": ".diagnostics_param",
    "DirectCaller": ".direct_caller",
    "DocumentBlock": ".document_block",
    "DocumentBlockParam": ".document_block_param",
    "EffortCapability": ".effort_capability",
    "EffortLevel": ".effort_level",
    "EncryptedCodeExecutionResultBlock": ".encrypted_code_execution_result_block",
    "ErrorEvent": ".error_event",
    "ErrorObject": ".error_object",
    "ErrorResponse": ".error_response",
    "FileDocumentSource": ".file_document_source",
    "FileImageSource": ".file_image_source",
    "FileList": ".file_list",
    "FileMetadata": ".file_metadata",
    "FileUploadParams": ".file_upload_params",
    "ImageBlockParam": ".image_block_param",
    "ImageMediaType": ".image_media_type",
    "ImageTransformations": ".image_transformations",
    "ImageTransformationsOversizedImage": ".image_transformations_oversized_image",
    "InputJSONDelta": ".input_json_delta",
    "JSONOutputFormat": ".json_output_format",
    "JSONSchemaObject": ".json_schema_object",
    "KnownBashCodeExecutionErrorCode": ".known_bash_code_execution_error_code",
    "KnownCodeExecutionErrorCode": ".known_code_execution_error_code",
    "KnownErrorType": ".known_error_type",
    "KnownModelLifecycle": ".known_model_lifecycle",
    "KnownProcessingStatus": ".known_processing_status",
    "KnownRefusalCategory": ".known_refusal_category",
    "KnownServerToolName": ".known_server_tool_name",
    "KnownStopReason": ".known_stop_reason",
    "KnownTextEditorCodeExecutionErrorCode": ".known_text_editor_code_execution_error_code",
    "KnownToolSearchErrorCode": ".known_tool_search_error_code",
    "KnownViewedFileType": ".known_viewed_file_type",
    "KnownWebFetchErrorCode": ".known_web_fetch_error_code",
    "KnownWebSearchErrorCode": ".known_web_search_error_code",
    "MemoryTool20250818": ".memory_tool_20250818",
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
    "ModelCapabilities": ".model_capabilities",
    "ModelInfo": ".model_info",
    "ModelList": ".model_list",
    "OutputConfig": ".output_config",
    "OutputTokensDetails": ".output_tokens_details",
    "PingEvent": ".ping_event",
    "PlainTextSource": ".plain_text_source",
    "RedactedThinkingBlock": ".redacted_thinking_block",
    "RedactedThinkingBlockParam": ".redacted_thinking_block_param",
    "RefusalStopDetails": ".refusal_stop_details",
    "SearchResultBlockParam": ".search_result_block_param",
    "ServerToolCaller": ".server_tool_caller",
    "ServerToolCaller20260120": ".server_tool_caller_20260120",
    "ServerToolUsage": ".server_tool_usage",
    "ServerToolUseBlock": ".server_tool_use_block",
    "ServerToolUseBlockParam": ".server_tool_use_block_param",
    "ServerToolsCapability": ".server_tools_capability",
    "ServiceTier": ".service_tier",
    "SignatureDelta": ".signature_delta",
    "SkillParams": ".skill_params",
    "SkillType": ".skill_type",
    "Speed": ".speed",
    "TextBlock": ".text_block",
    "TextBlockParam": ".text_block_param",
    "TextDelta": ".text_delta",
    "TextEditorCodeExecutionCreateResultBlock": ".text_editor_code_execution_create_result_block",
    "TextEditorCodeExecutionStrReplaceResultBlock": ".text_editor_code_execution_str_replace_result_block",
    "TextEditorCodeExecutionToolResultBlock": ".text_editor_code_execution_tool_result_block",
    "TextEditorCodeExecutionToolResultBlockParam": ".text_editor_code_execution_tool_result_block_param",
    "TextEditorCodeExecutionToolResultError": ".text_editor_code_execution_tool_result_error",
    "TextEditorCodeExecutionViewResultBlock": ".text_editor_code_execution_view_result_block",
    "ThinkingBlock": ".thinking_block",
    "ThinkingBlockParam": ".thinking_block_param",
    "ThinkingCapability": ".thinking_capability",
    "ThinkingConfigAdaptive": ".thinking_config_adaptive",
    "ThinkingConfigBetweenTools": ".thinking_config_between_tools",
    "ThinkingConfigDisabled": ".thinking_config_disabled",
    "ThinkingConfigEnabled": ".thinking_config_enabled",
    "ThinkingDelta": ".thinking_delta",
    "ThinkingDisplay": ".thinking_display",
    "ThinkingTypes": ".thinking_types",
    "Tool": ".tool",
    "ToolBash20250124": ".tool_bash_20250124",
    "ToolChoiceAny": ".tool_choice_any",
    "ToolChoiceAuto": ".tool_choice_auto",
    "ToolChoiceNone": ".tool_choice_none",
    "ToolChoiceTool": ".tool_choice_tool",
    "ToolInputExample": ".tool_input_example",
    "ToolInputSchema": ".tool_input_schema",
    "ToolReferenceBlock": ".tool_reference_block",
    "ToolReferenceBlockParam": ".tool_reference_block_param",
    "ToolResultBlockParam": ".tool_result_block_param",
    "ToolSearchBM25Tool": ".tool_search_bm25_tool",
    "ToolSearchBM25Tool20251119": ".tool_search_bm25_tool_20251119",
    "ToolSearchRegexTool": ".tool_search_regex_tool",
    "ToolSearchRegexTool20251119": ".tool_search_regex_tool_20251119",
    "ToolSearchToolResultBlock": ".tool_search_tool_result_block",
    "ToolSearchToolResultBlockParam": ".tool_search_tool_result_block_param",
    "ToolSearchToolResultError": ".tool_search_tool_result_error",
    "ToolSearchToolSearchResultBlock": ".tool_search_tool_search_result_block",
    "ToolTextEditor20250124": ".tool_text_editor_20250124",
    "ToolTextEditor20250429": ".tool_text_editor_20250429",
    "ToolTextEditor20250728": ".tool_text_editor_20250728",
    "ToolUseBlock": ".tool_use_block",
    "ToolUseBlockParam": ".tool_use_block_param",
    "ToolsetMemberConfig": ".toolset_member_config",
    "UnknownBashCodeExecutionToolResultContent": ".unknown_bash_code_execution_tool_result_content",
    "UnknownBatchResult": ".unknown_batch_result",
    "UnknownCacheMissReason": ".unknown_cache_miss_reason",
    "UnknownCaller": ".unknown_caller",
    "UnknownCitation": ".unknown_citation",
    "UnknownCodeExecutionToolResultContent": ".unknown_code_execution_tool_result_content",
    "UnknownContentBlock": ".unknown_content_block",
    "UnknownDelta": ".unknown_delta",
    "UnknownDocumentSource": ".unknown_document_source",
    "UnknownStopDetails": ".unknown_stop_details",
    "UnknownTextEditorCodeExecutionToolResultContent": ".unknown_text_editor_code_execution_tool_result_content",
    "UnknownToolSearchToolResultContent": ".unknown_tool_search_tool_result_content",
    "UnknownWebFetchToolResultContent": ".unknown_web_fetch_tool_result_content",
    "UnknownWebSearchToolResultContent": ".unknown_web_search_tool_result_content",
    "URLImageSource": ".url_image_source",
    "URLPDFSource": ".urlpdf_source",
    "Usage": ".usage",
    "UserLocation": ".user_location",
    "WebFetchResultBlock": ".web_fetch_result_block",
    "WebFetchTool20250910": ".web_fetch_tool_20250910",
    "WebFetchTool20260209": ".web_fetch_tool_20260209",
    "WebFetchTool20260309": ".web_fetch_tool_20260309",
    "WebFetchTool20260318": ".web_fetch_tool_20260318",
    "WebFetchTool20260318ResponseInclusion": ".web_fetch_tool_20260318_response_inclusion",
    "WebFetchToolReference": ".web_fetch_tool_reference",
    "WebFetchToolResultBlock": ".web_fetch_tool_result_block",
    "WebFetchToolResultBlockParam": ".web_fetch_tool_result_block_param",
    "WebFetchToolResultError": ".web_fetch_tool_result_error",
    "WebFetchURLSourceAll": ".web_fetch_url_source_all",
    "WebFetchURLSourceExcept": ".web_fetch_url_source_except",
    "WebFetchURLSourceNone": ".web_fetch_url_source_none",
    "WebFetchURLSourceOnly": ".web_fetch_url_source_only",
    "WebFetchURLSources": ".web_fetch_url_sources",
    "WebSearchResultBlock": ".web_search_result_block",
    "WebSearchTool20250305": ".web_search_tool_20250305",
    "WebSearchTool20260209": ".web_search_tool_20260209",
    "WebSearchTool20260318": ".web_search_tool_20260318",
    "WebSearchTool20260318ResponseInclusion": ".web_search_tool_20260318_response_inclusion",
    "WebSearchToolResultBlock": ".web_search_tool_result_block",
    "WebSearchToolResultBlockParam": ".web_search_tool_result_block_param",
    "WebSearchToolResultError": ".web_search_tool_result_error",
}

__all__ = (
    "AllowedCaller",
    "ApiVersion",
    "Base64ImageSource",
    "Base64PDFSource",
    "BashCodeExecutionOutputBlock",
    "BashCodeExecutionResultBlock",
    "BashCodeExecutionToolResultBlock",
    "BashCodeExecutionToolResultBlockParam",
    "BashCodeExecutionToolResultError",
    "BrowserStateBlockParam",
    "BrowserStateChangeDownloadCompleted",
    "BrowserStateChangeDownloadFailed",
    "BrowserStateChangeDownloadStarted",
    "BrowserStateChangeTabOpened",
    "BrowserStateTabEntry",
    "BrowserToolset20260801",
    "BrowserToolsetConfigs",
    "CacheControlEphemeral",
    "CacheCreation",
    "CacheMissMessagesChanged",
    "CacheMissModelChanged",
    "CacheMissPreviousMessageNotFound",
    "CacheMissSystemChanged",
    "CacheMissToolsChanged",
    "CacheMissUnavailable",
    "CacheTTL",
    "CapabilitySupport",
    "CitationCharLocation",
    "CitationContentBlockLocation",
    "CitationPageLocation",
    "CitationsConfig",
    "CitationsConfigParam",
    "CitationsDelta",
    "CitationSearchResultLocation",
    "CitationWebSearchResultLocation",
    "CodeExecutionOutputBlock",
    "CodeExecutionResultBlock",
    "CodeExecutionTool20250522",
    "CodeExecutionTool20250825",
    "CodeExecutionTool20260120",
    "CodeExecutionTool20260521",
    "CodeExecutionToolResultBlock",
    "CodeExecutionToolResultBlockParam",
    "CodeExecutionToolResultError",
    "ComputerToolset20260801",
    "ComputerToolsetConfigs",
    "Container",
    "ContainerParams",
    "ContainerSkill",
    "ContainerUploadBlock",
    "ContainerUploadBlockParam",
    "ContentBlockDeltaEvent",
    "ContentBlockSource",
    "ContentBlockStartEvent",
    "ContentBlockStopEvent",
    "ContextManagementCapability",
    "CountTokensParams",
    "CreateMessageBatchParams",
    "CreateMessageParams",
    "DeletedFile",
    "DeletedMessageBatch",
    "Diagnostics",
    "DiagnosticsParam",
    "DirectCaller",
    "DocumentBlock",
    "DocumentBlockParam",
    "EffortCapability",
    "EffortLevel",
    "EncryptedCodeExecutionResultBlock",
    "ErrorEvent",
    "ErrorObject",
    "ErrorResponse",
    "FileDocumentSource",
    "FileImageSource",
    "FileList",
    "FileMetadata",
    "FileUploadParams",
    "ImageBlockParam",
    "ImageMediaType",
    "ImageTransformations",
    "ImageTransformationsOversizedImage",
    "InputJSONDelta",
    "JSONOutputFormat",
    "JSONSchemaObject",
    "KnownBashCodeExecutionErrorCode",
    "KnownCodeExecutionErrorCode",
    "KnownErrorType",
    "KnownModelLifecycle",
    "KnownProcessingStatus",
    "KnownRefusalCategory",
    "KnownServerToolName",
    "KnownStopReason",
    "KnownTextEditorCodeExecutionErrorCode",
    "KnownToolSearchErrorCode",
    "KnownViewedFileType",
    "KnownWebFetchErrorCode",
    "KnownWebSearchErrorCode",
    "MemoryTool20250818",
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
    "ModelCapabilities",
    "ModelInfo",
    "ModelList",
    "OutputConfig",
    "OutputTokensDetails",
    "PingEvent",
    "PlainTextSource",
    "RedactedThinkingBlock",
    "RedactedThinkingBlockParam",
    "RefusalStopDetails",
    "SearchResultBlockParam",
    "ServerToolCaller",
    "ServerToolCaller20260120",
    "ServerToolsCapability",
    "ServerToolUsage",
    "ServerToolUseBlock",
    "ServerToolUseBlockParam",
    "ServiceTier",
    "SignatureDelta",
    "SkillParams",
    "SkillType",
    "Speed",
    "TextBlock",
    "TextBlockParam",
    "TextDelta",
    "TextEditorCodeExecutionCreateResultBlock",
    "TextEditorCodeExecutionStrReplaceResultBlock",
    "TextEditorCodeExecutionToolResultBlock",
    "TextEditorCodeExecutionToolResultBlockParam",
    "TextEditorCodeExecutionToolResultError",
    "TextEditorCodeExecutionViewResultBlock",
    "ThinkingBlock",
    "ThinkingBlockParam",
    "ThinkingCapability",
    "ThinkingConfigAdaptive",
    "ThinkingConfigBetweenTools",
    "ThinkingConfigDisabled",
    "ThinkingConfigEnabled",
    "ThinkingDelta",
    "ThinkingDisplay",
    "ThinkingTypes",
    "Tool",
    "ToolBash20250124",
    "ToolChoiceAny",
    "ToolChoiceAuto",
    "ToolChoiceNone",
    "ToolChoiceTool",
    "ToolInputExample",
    "ToolInputSchema",
    "ToolReferenceBlock",
    "ToolReferenceBlockParam",
    "ToolResultBlockParam",
    "ToolSearchBM25Tool",
    "ToolSearchBM25Tool20251119",
    "ToolSearchRegexTool",
    "ToolSearchRegexTool20251119",
    "ToolSearchToolResultBlock",
    "ToolSearchToolResultBlockParam",
    "ToolSearchToolResultError",
    "ToolSearchToolSearchResultBlock",
    "ToolsetMemberConfig",
    "ToolTextEditor20250124",
    "ToolTextEditor20250429",
    "ToolTextEditor20250728",
    "ToolUseBlock",
    "ToolUseBlockParam",
    "UnknownBashCodeExecutionToolResultContent",
    "UnknownBatchResult",
    "UnknownCacheMissReason",
    "UnknownCaller",
    "UnknownCitation",
    "UnknownCodeExecutionToolResultContent",
    "UnknownContentBlock",
    "UnknownDelta",
    "UnknownDocumentSource",
    "UnknownStopDetails",
    "UnknownTextEditorCodeExecutionToolResultContent",
    "UnknownToolSearchToolResultContent",
    "UnknownWebFetchToolResultContent",
    "UnknownWebSearchToolResultContent",
    "URLImageSource",
    "URLPDFSource",
    "Usage",
    "UserLocation",
    "WebFetchResultBlock",
    "WebFetchTool20250910",
    "WebFetchTool20260209",
    "WebFetchTool20260309",
    "WebFetchTool20260318",
    "WebFetchTool20260318ResponseInclusion",
    "WebFetchToolReference",
    "WebFetchToolResultBlock",
    "WebFetchToolResultBlockParam",
    "WebFetchToolResultError",
    "WebFetchURLSourceAll",
    "WebFetchURLSourceExcept",
    "WebFetchURLSourceNone",
    "WebFetchURLSourceOnly",
    "WebFetchURLSources",
    "WebSearchResultBlock",
    "WebSearchTool20250305",
    "WebSearchTool20260209",
    "WebSearchTool20260318",
    "WebSearchTool20260318ResponseInclusion",
    "WebSearchToolResultBlock",
    "WebSearchToolResultBlockParam",
    "WebSearchToolResultError",
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
