"""The names the official Python SDK's ``types`` module gives the API's shapes.

Written by scripts/generate from openapi.yaml; do not edit. Request shapes are the
TypedDicts of ``params`` (``MessageParam``, ``TextBlockParam``, ``ToolParam``, ...);
answers are the model classes (``Message``, ``TextBlock``, ...) and their unions
(``ContentBlock``, ``RawMessageStreamEvent``, ...). Names come from the schemas, or
their ``x-sdk-name``.
"""

from typing import TypeAlias

from .models import Base64PDFSource as Base64PDFSource
from .models import Base64PDFSource as _Base64PDFSource
from .models import BashCodeExecutionOutputBlock as BashCodeExecutionOutputBlock
from .models import BashCodeExecutionResultBlock as BashCodeExecutionResultBlock
from .models import BashCodeExecutionResultBlock as _BashCodeExecutionResultBlock
from .models import BashCodeExecutionToolResultBlock as BashCodeExecutionToolResultBlock
from .models import (
    BashCodeExecutionToolResultBlock as _BashCodeExecutionToolResultBlock,
)
from .models import BashCodeExecutionToolResultError as BashCodeExecutionToolResultError
from .models import (
    BashCodeExecutionToolResultError as BashCodeExecutionToolResultErrorObject,
)
from .models import (
    BashCodeExecutionToolResultError as _BashCodeExecutionToolResultError,
)
from .models import CacheCreation as CacheCreation
from .models import CacheMissMessagesChanged as CacheMissMessagesChanged
from .models import CacheMissMessagesChanged as _CacheMissMessagesChanged
from .models import CacheMissModelChanged as CacheMissModelChanged
from .models import CacheMissModelChanged as _CacheMissModelChanged
from .models import CacheMissPreviousMessageNotFound as CacheMissPreviousMessageNotFound
from .models import (
    CacheMissPreviousMessageNotFound as _CacheMissPreviousMessageNotFound,
)
from .models import CacheMissSystemChanged as CacheMissSystemChanged
from .models import CacheMissSystemChanged as _CacheMissSystemChanged
from .models import CacheMissToolsChanged as CacheMissToolsChanged
from .models import CacheMissToolsChanged as _CacheMissToolsChanged
from .models import CacheMissUnavailable as CacheMissUnavailable
from .models import CacheMissUnavailable as _CacheMissUnavailable
from .models import CapabilitySupport as CapabilitySupport
from .models import CitationCharLocation as CitationCharLocation
from .models import CitationCharLocation as _CitationCharLocation
from .models import CitationContentBlockLocation as CitationContentBlockLocation
from .models import CitationContentBlockLocation as _CitationContentBlockLocation
from .models import CitationPageLocation as CitationPageLocation
from .models import CitationPageLocation as _CitationPageLocation
from .models import CitationsConfig as CitationsConfig
from .models import CitationsDelta as CitationsDelta
from .models import CitationsDelta as _CitationsDelta
from .models import CitationSearchResultLocation as CitationSearchResultLocation
from .models import CitationSearchResultLocation as CitationsSearchResultLocation
from .models import CitationSearchResultLocation as _CitationSearchResultLocation
from .models import CitationWebSearchResultLocation as CitationWebSearchResultLocation
from .models import CitationWebSearchResultLocation as CitationsWebSearchResultLocation
from .models import CitationWebSearchResultLocation as _CitationWebSearchResultLocation
from .models import CodeExecutionOutputBlock as CodeExecutionOutputBlock
from .models import CodeExecutionResultBlock as CodeExecutionResultBlock
from .models import CodeExecutionResultBlock as _CodeExecutionResultBlock
from .models import CodeExecutionToolResultBlock as CodeExecutionToolResultBlock
from .models import CodeExecutionToolResultBlock as _CodeExecutionToolResultBlock
from .models import CodeExecutionToolResultError as CodeExecutionToolResultError
from .models import CodeExecutionToolResultError as CodeExecutionToolResultErrorObject
from .models import CodeExecutionToolResultError as _CodeExecutionToolResultError
from .models import Container as Container
from .models import ContainerSkill as ContainerSkill
from .models import ContainerUploadBlock as ContainerUploadBlock
from .models import ContainerUploadBlock as _ContainerUploadBlock
from .models import ContentBlockDeltaEvent as ContentBlockDeltaEvent
from .models import ContentBlockDeltaEvent as RawContentBlockDeltaEvent
from .models import ContentBlockDeltaEvent as _ContentBlockDeltaEvent
from .models import ContentBlockStartEvent as ContentBlockStartEvent
from .models import ContentBlockStartEvent as RawContentBlockStartEvent
from .models import ContentBlockStartEvent as _ContentBlockStartEvent
from .models import ContentBlockStopEvent as ContentBlockStopEvent
from .models import ContentBlockStopEvent as RawContentBlockStopEvent
from .models import ContentBlockStopEvent as _ContentBlockStopEvent
from .models import ContextManagementCapability as ContextManagementCapability
from .models import DeletedFile as DeletedFile
from .models import DeletedMessageBatch as DeletedMessageBatch
from .models import Diagnostics as Diagnostics
from .models import DirectCaller as DirectCaller
from .models import DirectCaller as _DirectCaller
from .models import DocumentBlock as DocumentBlock
from .models import EffortCapability as EffortCapability
from .models import (
    EncryptedCodeExecutionResultBlock as EncryptedCodeExecutionResultBlock,
)
from .models import (
    EncryptedCodeExecutionResultBlock as _EncryptedCodeExecutionResultBlock,
)
from .models import ErrorEvent as ErrorEvent
from .models import ErrorEvent as _ErrorEvent
from .models import ErrorObject as ErrorObject
from .models import ErrorResponse as ErrorResponse
from .models import FileList as FileList
from .models import FileMetadata as FileMetadata
from .models import InputJSONDelta as InputJSONDelta
from .models import InputJSONDelta as _InputJSONDelta
from .models import (
    KnownBashCodeExecutionErrorCode as BashCodeExecutionToolResultErrorCode,
)
from .models import KnownBashCodeExecutionErrorCode as KnownBashCodeExecutionErrorCode
from .models import KnownCodeExecutionErrorCode as CodeExecutionToolResultErrorCode
from .models import KnownCodeExecutionErrorCode as KnownCodeExecutionErrorCode
from .models import KnownErrorType as KnownErrorType
from .models import KnownModelLifecycle as KnownModelLifecycle
from .models import KnownProcessingStatus as KnownProcessingStatus
from .models import KnownRefusalCategory as KnownRefusalCategory
from .models import KnownServerToolName as KnownServerToolName
from .models import KnownStopReason as StopReason
from .models import (
    KnownTextEditorCodeExecutionErrorCode as KnownTextEditorCodeExecutionErrorCode,
)
from .models import (
    KnownTextEditorCodeExecutionErrorCode as TextEditorCodeExecutionToolResultErrorCode,
)
from .models import KnownToolSearchErrorCode as KnownToolSearchErrorCode
from .models import KnownToolSearchErrorCode as ToolSearchToolResultErrorCode
from .models import KnownViewedFileType as KnownViewedFileType
from .models import KnownWebFetchErrorCode as KnownWebFetchErrorCode
from .models import KnownWebFetchErrorCode as WebFetchToolResultErrorCode
from .models import KnownWebSearchErrorCode as KnownWebSearchErrorCode
from .models import KnownWebSearchErrorCode as WebSearchToolResultErrorCode
from .models import Message as Message
from .models import MessageBatch as MessageBatch
from .models import MessageBatchCanceledResult as MessageBatchCanceledResult
from .models import MessageBatchCanceledResult as _MessageBatchCanceledResult
from .models import MessageBatchErroredResult as MessageBatchErroredResult
from .models import MessageBatchErroredResult as _MessageBatchErroredResult
from .models import MessageBatchExpiredResult as MessageBatchExpiredResult
from .models import MessageBatchExpiredResult as _MessageBatchExpiredResult
from .models import MessageBatchIndividualResponse as MessageBatchIndividualResponse
from .models import MessageBatchList as MessageBatchList
from .models import MessageBatchRequestCounts as MessageBatchRequestCounts
from .models import MessageBatchSucceededResult as MessageBatchSucceededResult
from .models import MessageBatchSucceededResult as _MessageBatchSucceededResult
from .models import MessageDelta as MessageDelta
from .models import MessageDeltaEvent as MessageDeltaEvent
from .models import MessageDeltaEvent as RawMessageDeltaEvent
from .models import MessageDeltaEvent as _MessageDeltaEvent
from .models import MessageDeltaUsage as MessageDeltaUsage
from .models import MessageStartEvent as MessageStartEvent
from .models import MessageStartEvent as RawMessageStartEvent
from .models import MessageStartEvent as _MessageStartEvent
from .models import MessageStopEvent as MessageStopEvent
from .models import MessageStopEvent as RawMessageStopEvent
from .models import MessageStopEvent as _MessageStopEvent
from .models import MessageTokensCount as MessageTokensCount
from .models import ModelCapabilities as ModelCapabilities
from .models import ModelInfo as ModelInfo
from .models import ModelList as ModelList
from .models import OutputTokensDetails as OutputTokensDetails
from .models import PingEvent as PingEvent
from .models import PingEvent as _PingEvent
from .models import PlainTextSource as PlainTextSource
from .models import PlainTextSource as _PlainTextSource
from .models import RedactedThinkingBlock as RedactedThinkingBlock
from .models import RedactedThinkingBlock as _RedactedThinkingBlock
from .models import RefusalStopDetails as RefusalStopDetails
from .models import RefusalStopDetails as _RefusalStopDetails
from .models import ServerToolCaller as ServerToolCaller
from .models import ServerToolCaller as _ServerToolCaller
from .models import ServerToolCaller20260120 as ServerToolCaller20260120
from .models import ServerToolCaller20260120 as _ServerToolCaller20260120
from .models import ServerToolsCapability as ServerToolsCapability
from .models import ServerToolUsage as ServerToolUsage
from .models import ServerToolUseBlock as ServerToolUseBlock
from .models import ServerToolUseBlock as _ServerToolUseBlock
from .models import SignatureDelta as SignatureDelta
from .models import SignatureDelta as _SignatureDelta
from .models import SkillType as SkillType
from .models import TextBlock as TextBlock
from .models import TextBlock as _TextBlock
from .models import TextDelta as TextDelta
from .models import TextDelta as _TextDelta
from .models import (
    TextEditorCodeExecutionCreateResultBlock as TextEditorCodeExecutionCreateResultBlock,
)
from .models import (
    TextEditorCodeExecutionCreateResultBlock as _TextEditorCodeExecutionCreateResultBlock,
)
from .models import (
    TextEditorCodeExecutionStrReplaceResultBlock as TextEditorCodeExecutionStrReplaceResultBlock,
)
from .models import (
    TextEditorCodeExecutionStrReplaceResultBlock as _TextEditorCodeExecutionStrReplaceResultBlock,
)
from .models import (
    TextEditorCodeExecutionToolResultBlock as TextEditorCodeExecutionToolResultBlock,
)
from .models import (
    TextEditorCodeExecutionToolResultBlock as _TextEditorCodeExecutionToolResultBlock,
)
from .models import (
    TextEditorCodeExecutionToolResultError as TextEditorCodeExecutionToolResultError,
)
from .models import (
    TextEditorCodeExecutionToolResultError as TextEditorCodeExecutionToolResultErrorObject,
)
from .models import (
    TextEditorCodeExecutionToolResultError as _TextEditorCodeExecutionToolResultError,
)
from .models import (
    TextEditorCodeExecutionViewResultBlock as TextEditorCodeExecutionViewResultBlock,
)
from .models import (
    TextEditorCodeExecutionViewResultBlock as _TextEditorCodeExecutionViewResultBlock,
)
from .models import ThinkingBlock as ThinkingBlock
from .models import ThinkingBlock as _ThinkingBlock
from .models import ThinkingCapability as ThinkingCapability
from .models import ThinkingDelta as ThinkingDelta
from .models import ThinkingDelta as _ThinkingDelta
from .models import ThinkingTypes as ThinkingTypes
from .models import ToolReferenceBlock as ToolReferenceBlock
from .models import ToolSearchToolResultBlock as ToolSearchToolResultBlock
from .models import ToolSearchToolResultBlock as _ToolSearchToolResultBlock
from .models import ToolSearchToolResultError as ToolSearchToolResultError
from .models import ToolSearchToolResultError as ToolSearchToolResultErrorObject
from .models import ToolSearchToolResultError as _ToolSearchToolResultError
from .models import ToolSearchToolSearchResultBlock as ToolSearchToolSearchResultBlock
from .models import ToolSearchToolSearchResultBlock as _ToolSearchToolSearchResultBlock
from .models import ToolUseBlock as ToolUseBlock
from .models import ToolUseBlock as _ToolUseBlock
from .models import (
    UnknownBashCodeExecutionToolResultContent as UnknownBashCodeExecutionToolResultContent,
)
from .models import (
    UnknownBashCodeExecutionToolResultContent as _UnknownBashCodeExecutionToolResultContent,
)
from .models import UnknownBatchResult as UnknownBatchResult
from .models import UnknownBatchResult as _UnknownBatchResult
from .models import UnknownCacheMissReason as UnknownCacheMissReason
from .models import UnknownCacheMissReason as _UnknownCacheMissReason
from .models import UnknownCaller as UnknownCaller
from .models import UnknownCaller as _UnknownCaller
from .models import UnknownCitation as UnknownCitation
from .models import UnknownCitation as _UnknownCitation
from .models import (
    UnknownCodeExecutionToolResultContent as UnknownCodeExecutionToolResultContent,
)
from .models import (
    UnknownCodeExecutionToolResultContent as _UnknownCodeExecutionToolResultContent,
)
from .models import UnknownContentBlock as UnknownContentBlock
from .models import UnknownContentBlock as _UnknownContentBlock
from .models import UnknownDelta as UnknownDelta
from .models import UnknownDelta as _UnknownDelta
from .models import UnknownDocumentSource as UnknownDocumentSource
from .models import UnknownDocumentSource as _UnknownDocumentSource
from .models import UnknownStopDetails as UnknownStopDetails
from .models import UnknownStopDetails as _UnknownStopDetails
from .models import (
    UnknownTextEditorCodeExecutionToolResultContent as UnknownTextEditorCodeExecutionToolResultContent,
)
from .models import (
    UnknownTextEditorCodeExecutionToolResultContent as _UnknownTextEditorCodeExecutionToolResultContent,
)
from .models import (
    UnknownToolSearchToolResultContent as UnknownToolSearchToolResultContent,
)
from .models import (
    UnknownToolSearchToolResultContent as _UnknownToolSearchToolResultContent,
)
from .models import UnknownWebFetchToolResultContent as UnknownWebFetchToolResultContent
from .models import (
    UnknownWebFetchToolResultContent as _UnknownWebFetchToolResultContent,
)
from .models import (
    UnknownWebSearchToolResultContent as UnknownWebSearchToolResultContent,
)
from .models import (
    UnknownWebSearchToolResultContent as _UnknownWebSearchToolResultContent,
)
from .models import Usage as Usage
from .models import WebFetchResultBlock as WebFetchBlock
from .models import WebFetchResultBlock as WebFetchResultBlock
from .models import WebFetchResultBlock as _WebFetchResultBlock
from .models import WebFetchToolResultBlock as WebFetchToolResultBlock
from .models import WebFetchToolResultBlock as _WebFetchToolResultBlock
from .models import WebFetchToolResultError as WebFetchToolResultError
from .models import WebFetchToolResultError as WebFetchToolResultErrorBlock
from .models import WebFetchToolResultError as _WebFetchToolResultError
from .models import WebSearchResultBlock as WebSearchResultBlock
from .models import WebSearchResultBlock as _WebSearchResultBlock
from .models import WebSearchToolResultBlock as WebSearchToolResultBlock
from .models import WebSearchToolResultBlock as _WebSearchToolResultBlock
from .models import WebSearchToolResultError as WebSearchToolResultError
from .models import WebSearchToolResultError as WebSearchToolResultErrorObject
from .models import WebSearchToolResultError as _WebSearchToolResultError
from .params import AllowedCaller as AllowedCallerParam
from .params import Base64ImageSource as Base64ImageSourceParam
from .params import Base64PDFSource as Base64PDFSourceParam
from .params import BashCodeExecutionOutputBlock as BashCodeExecutionOutputBlockParam
from .params import BashCodeExecutionResultBlock as BashCodeExecutionResultBlockParam
from .params import (
    BashCodeExecutionToolResultBlockParam as BashCodeExecutionToolResultBlockParam,
)
from .params import (
    BashCodeExecutionToolResultContent as BashCodeExecutionToolResultContentParam,
)
from .params import (
    BashCodeExecutionToolResultError as BashCodeExecutionToolResultErrorParam,
)
from .params import BrowserStateBlockParam as BrowserStateBlockParam
from .params import BrowserStateChange as BrowserStateChangeParam
from .params import (
    BrowserStateChangeDownloadCompleted as BrowserStateChangeDownloadCompletedParam,
)
from .params import (
    BrowserStateChangeDownloadFailed as BrowserStateChangeDownloadFailedParam,
)
from .params import (
    BrowserStateChangeDownloadStarted as BrowserStateChangeDownloadStartedParam,
)
from .params import BrowserStateChangeTabOpened as BrowserStateChangeTabOpenedParam
from .params import BrowserStateTabEntry as BrowserStateTabEntryParam
from .params import BrowserToolset20260801 as BrowserToolset20260801Param
from .params import BrowserToolsetConfigs as BrowserToolsetConfigsParam
from .params import CacheControlEphemeral as CacheControlEphemeralParam
from .params import CacheTTL as CacheTTLParam
from .params import CitationCharLocation as CitationCharLocationParam
from .params import CitationContentBlockLocation as CitationContentBlockLocationParam
from .params import CitationPageLocation as CitationPageLocationParam
from .params import CitationsConfigParam as CitationsConfigParam
from .params import CitationSearchResultLocation as CitationSearchResultLocationParam
from .params import (
    CitationWebSearchResultLocation as CitationWebSearchResultLocationParam,
)
from .params import CodeExecutionOutputBlock as CodeExecutionOutputBlockParam
from .params import CodeExecutionResultBlock as CodeExecutionResultBlockParam
from .params import CodeExecutionTool20250522 as CodeExecutionTool20250522Param
from .params import CodeExecutionTool20250825 as CodeExecutionTool20250825Param
from .params import CodeExecutionTool20260120 as CodeExecutionTool20260120Param
from .params import CodeExecutionTool20260521 as CodeExecutionTool20260521Param
from .params import (
    CodeExecutionToolResultBlockParam as CodeExecutionToolResultBlockParam,
)
from .params import (
    CodeExecutionToolResultContent as CodeExecutionToolResultBlockParamContentParam,
)
from .params import (
    CodeExecutionToolResultContent as CodeExecutionToolResultContentParam,
)
from .params import CodeExecutionToolResultError as CodeExecutionToolResultErrorParam
from .params import ComputerToolset20260801 as ComputerToolset20260801Param
from .params import ComputerToolsetConfigs as ComputerToolsetConfigsParam
from .params import ContainerParams as ContainerParams
from .params import ContainerUploadBlockParam as ContainerUploadBlockParam
from .params import ContentBlockParam as ContentBlockParam
from .params import ContentBlockSource as ContentBlockSourceParam
from .params import ContentBlockSourceContentItem as ContentBlockSourceContentParam
from .params import CountTokensParams as MessageCountTokensParams
from .params import CreateMessageBatchParams as BatchCreateParams
from .params import CreateMessageParams as MessageCreateParams
from .params import DiagnosticsParam as DiagnosticsParam
from .params import DirectCaller as DirectCallerParam
from .params import DocumentBlockParam as DocumentBlockParam
from .params import DocumentBlockSource as DocumentBlockSourceParam
from .params import DocumentSource as DocumentSourceParam
from .params import EffortLevel as EffortLevelParam
from .params import (
    EncryptedCodeExecutionResultBlock as EncryptedCodeExecutionResultBlockParam,
)
from .params import FileDocumentSource as FileDocumentSourceParam
from .params import FileImageSource as FileImageSourceParam
from .params import ImageBlockParam as ImageBlockParam
from .params import ImageMediaType as ImageMediaTypeParam
from .params import ImageSource as ImageSourceParam
from .params import ImageTransformations as ImageTransformationsParam
from .params import JSONOutputFormat as JSONOutputFormatParam
from .params import JSONSchemaObject as JSONSchemaObjectParam
from .params import (
    KnownBashCodeExecutionErrorCode as BashCodeExecutionToolResultErrorCodeParam,
)
from .params import (
    KnownBashCodeExecutionErrorCode as KnownBashCodeExecutionErrorCodeParam,
)
from .params import KnownCodeExecutionErrorCode as CodeExecutionToolResultErrorCodeParam
from .params import KnownCodeExecutionErrorCode as KnownCodeExecutionErrorCodeParam
from .params import KnownServerToolName as KnownServerToolNameParam
from .params import (
    KnownTextEditorCodeExecutionErrorCode as KnownTextEditorCodeExecutionErrorCodeParam,
)
from .params import (
    KnownTextEditorCodeExecutionErrorCode as TextEditorCodeExecutionToolResultErrorCodeParam,
)
from .params import KnownToolSearchErrorCode as KnownToolSearchErrorCodeParam
from .params import KnownToolSearchErrorCode as ToolSearchToolResultErrorCodeParam
from .params import KnownViewedFileType as KnownViewedFileTypeParam
from .params import KnownWebFetchErrorCode as KnownWebFetchErrorCodeParam
from .params import KnownWebFetchErrorCode as WebFetchToolResultErrorCodeParam
from .params import KnownWebSearchErrorCode as KnownWebSearchErrorCodeParam
from .params import KnownWebSearchErrorCode as WebSearchToolResultErrorCodeParam
from .params import MemoryTool20250818 as MemoryTool20250818Param
from .params import MessageBatchRequest as MessageBatchRequestParam
from .params import MessageParam as MessageParam
from .params import MessageRole as MessageRoleParam
from .params import Metadata as MetadataParam
from .params import OutputConfig as OutputConfigParam
from .params import PlainTextSource as PlainTextSourceParam
from .params import RedactedThinkingBlockParam as RedactedThinkingBlockParam
from .params import SearchResultBlockParam as SearchResultBlockParam
from .params import ServerToolCaller as ServerToolCallerParam
from .params import ServerToolCaller20260120 as ServerToolCaller20260120Param
from .params import ServerToolName as ServerToolNameParam
from .params import ServerToolUseBlockParam as ServerToolUseBlockParam
from .params import ServiceTier as ServiceTierParam
from .params import SkillParams as SkillParams
from .params import SkillType as SkillTypeParam
from .params import Speed as SpeedParam
from .params import TextBlockParam as TextBlockParam
from .params import TextCitationParam as TextCitationParam
from .params import (
    TextEditorCodeExecutionCreateResultBlock as TextEditorCodeExecutionCreateResultBlockParam,
)
from .params import (
    TextEditorCodeExecutionStrReplaceResultBlock as TextEditorCodeExecutionStrReplaceResultBlockParam,
)
from .params import (
    TextEditorCodeExecutionToolResultBlockParam as TextEditorCodeExecutionToolResultBlockParam,
)
from .params import (
    TextEditorCodeExecutionToolResultContent as TextEditorCodeExecutionToolResultContentParam,
)
from .params import (
    TextEditorCodeExecutionToolResultError as TextEditorCodeExecutionToolResultErrorParam,
)
from .params import (
    TextEditorCodeExecutionViewResultBlock as TextEditorCodeExecutionViewResultBlockParam,
)
from .params import ThinkingBlockParam as ThinkingBlockParam
from .params import ThinkingConfig as ThinkingConfigParam
from .params import ThinkingConfigAdaptive as ThinkingConfigAdaptiveParam
from .params import ThinkingConfigBetweenTools as ThinkingConfigBetweenToolsParam
from .params import ThinkingConfigDisabled as ThinkingConfigDisabledParam
from .params import ThinkingConfigEnabled as ThinkingConfigEnabledParam
from .params import ThinkingDisplay as ThinkingDisplayParam
from .params import Tool as ToolParam
from .params import ToolBash20250124 as ToolBash20250124Param
from .params import ToolCaller as ToolCallerParam
from .params import ToolChoice as ToolChoiceParam
from .params import ToolChoiceAny as ToolChoiceAnyParam
from .params import ToolChoiceAuto as ToolChoiceAutoParam
from .params import ToolChoiceNone as ToolChoiceNoneParam
from .params import ToolChoiceTool as ToolChoiceToolParam
from .params import ToolInputExample as ToolInputExampleParam
from .params import ToolInputSchema as ToolInputSchemaParam
from .params import ToolReferenceBlockParam as ToolReferenceBlockParam
from .params import ToolResultBlockParam as ToolResultBlockParam
from .params import ToolResultContentItem as ToolResultContentItemParam
from .params import ToolSearchBM25Tool as ToolSearchBM25ToolParam
from .params import ToolSearchBM25Tool20251119 as ToolSearchToolBm25_20251119Param
from .params import ToolSearchRegexTool as ToolSearchRegexToolParam
from .params import ToolSearchRegexTool20251119 as ToolSearchToolRegex20251119Param
from .params import ToolSearchToolResultBlockParam as ToolSearchToolResultBlockParam
from .params import ToolSearchToolResultContent as ToolSearchToolResultContentParam
from .params import ToolSearchToolResultError as ToolSearchToolResultErrorParam
from .params import (
    ToolSearchToolSearchResultBlock as ToolSearchToolSearchResultBlockParam,
)
from .params import ToolsetMemberConfig as ToolsetMemberConfigParam
from .params import ToolTextEditor20250124 as ToolTextEditor20250124Param
from .params import ToolTextEditor20250429 as ToolTextEditor20250429Param
from .params import ToolTextEditor20250728 as ToolTextEditor20250728Param
from .params import ToolUnion as MessageCountTokensToolParam
from .params import ToolUnion as ToolUnionParam
from .params import ToolUseBlockParam as ToolUseBlockParam
from .params import (
    UnknownBashCodeExecutionToolResultContent as UnknownBashCodeExecutionToolResultContentParam,
)
from .params import UnknownCaller as UnknownCallerParam
from .params import (
    UnknownCodeExecutionToolResultContent as UnknownCodeExecutionToolResultContentParam,
)
from .params import UnknownDocumentSource as UnknownDocumentSourceParam
from .params import (
    UnknownTextEditorCodeExecutionToolResultContent as UnknownTextEditorCodeExecutionToolResultContentParam,
)
from .params import (
    UnknownToolSearchToolResultContent as UnknownToolSearchToolResultContentParam,
)
from .params import (
    UnknownWebFetchToolResultContent as UnknownWebFetchToolResultContentParam,
)
from .params import (
    UnknownWebSearchToolResultContent as UnknownWebSearchToolResultContentParam,
)
from .params import URLImageSource as URLImageSourceParam
from .params import URLPDFSource as URLPDFSourceParam
from .params import UserLocation as UserLocationParam
from .params import WebFetchResultBlock as WebFetchBlockParam
from .params import WebFetchResultBlock as WebFetchResultBlockParam
from .params import WebFetchTool20250910 as WebFetchTool20250910Param
from .params import WebFetchTool20260209 as WebFetchTool20260209Param
from .params import WebFetchTool20260309 as WebFetchTool20260309Param
from .params import WebFetchTool20260318 as WebFetchTool20260318Param
from .params import WebFetchToolReference as WebFetchURLSourceToolReferenceParam
from .params import WebFetchToolResultBlockParam as WebFetchToolResultBlockParam
from .params import WebFetchToolResultContent as WebFetchToolResultContentParam
from .params import WebFetchToolResultError as WebFetchToolResultErrorBlockParam
from .params import WebFetchToolResultError as WebFetchToolResultErrorParam
from .params import WebFetchURLSource as WebFetchURLSourceParam
from .params import WebFetchURLSourceAll as WebFetchURLSourceAllParam
from .params import WebFetchURLSourceExcept as WebFetchURLSourceExceptParam
from .params import WebFetchURLSourceNone as WebFetchURLSourceNoneParam
from .params import WebFetchURLSourceOnly as WebFetchURLSourceOnlyParam
from .params import WebFetchURLSources as WebFetchURLSourcesParam
from .params import WebFetchUserInputURLSource as WebFetchUserInputURLSourceParam
from .params import WebSearchResultBlock as WebSearchResultBlockParam
from .params import WebSearchTool20250305 as WebSearchTool20250305Param
from .params import WebSearchTool20260209 as WebSearchTool20260209Param
from .params import WebSearchTool20260318 as WebSearchTool20260318Param
from .params import WebSearchToolResultBlockParam as WebSearchToolResultBlockParam
from .params import (
    WebSearchToolResultContent as WebSearchToolResultBlockParamContentParam,
)
from .params import WebSearchToolResultContent as WebSearchToolResultContentParam
from .params import WebSearchToolResultError as WebSearchToolRequestErrorObjectParam
from .params import WebSearchToolResultError as WebSearchToolRequestErrorParam
from .params import WebSearchToolResultError as WebSearchToolResultErrorParam

BashCodeExecutionToolResultContent: TypeAlias = (
    _BashCodeExecutionResultBlock
    | _BashCodeExecutionToolResultError
    | _UnknownBashCodeExecutionToolResultContent
)
CacheMissReason: TypeAlias = (
    _CacheMissModelChanged
    | _CacheMissSystemChanged
    | _CacheMissToolsChanged
    | _CacheMissMessagesChanged
    | _CacheMissPreviousMessageNotFound
    | _CacheMissUnavailable
    | _UnknownCacheMissReason
)
CodeExecutionToolResultContent: TypeAlias = (
    _CodeExecutionResultBlock
    | _EncryptedCodeExecutionResultBlock
    | _CodeExecutionToolResultError
    | _UnknownCodeExecutionToolResultContent
)
CodeExecutionToolResultBlockContent: TypeAlias = (
    _CodeExecutionResultBlock
    | _EncryptedCodeExecutionResultBlock
    | _CodeExecutionToolResultError
    | _UnknownCodeExecutionToolResultContent
)
ContentBlock: TypeAlias = (
    _TextBlock
    | _ToolUseBlock
    | _ThinkingBlock
    | _RedactedThinkingBlock
    | _ServerToolUseBlock
    | _WebSearchToolResultBlock
    | _WebFetchToolResultBlock
    | _CodeExecutionToolResultBlock
    | _BashCodeExecutionToolResultBlock
    | _TextEditorCodeExecutionToolResultBlock
    | _ToolSearchToolResultBlock
    | _ContainerUploadBlock
    | _UnknownContentBlock
)
RawContentBlockDelta: TypeAlias = (
    _TextDelta
    | _InputJSONDelta
    | _ThinkingDelta
    | _SignatureDelta
    | _CitationsDelta
    | _UnknownDelta
)
DocumentBlockSource: TypeAlias = _Base64PDFSource | _PlainTextSource | _UnknownDocumentSource
MessageBatchResult: TypeAlias = (
    _MessageBatchSucceededResult
    | _MessageBatchErroredResult
    | _MessageBatchCanceledResult
    | _MessageBatchExpiredResult
    | _UnknownBatchResult
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
MessageStreamEvent: TypeAlias = (
    _MessageStartEvent
    | _ContentBlockStartEvent
    | _ContentBlockDeltaEvent
    | _ContentBlockStopEvent
    | _MessageDeltaEvent
    | _MessageStopEvent
    | _PingEvent
    | _ErrorEvent
)
StopDetails: TypeAlias = _RefusalStopDetails | _UnknownStopDetails
TextCitation: TypeAlias = (
    _CitationCharLocation
    | _CitationPageLocation
    | _CitationContentBlockLocation
    | _CitationWebSearchResultLocation
    | _CitationSearchResultLocation
    | _UnknownCitation
)
TextEditorCodeExecutionToolResultContent: TypeAlias = (
    _TextEditorCodeExecutionViewResultBlock
    | _TextEditorCodeExecutionCreateResultBlock
    | _TextEditorCodeExecutionStrReplaceResultBlock
    | _TextEditorCodeExecutionToolResultError
    | _UnknownTextEditorCodeExecutionToolResultContent
)
ToolCaller: TypeAlias = (
    _DirectCaller | _ServerToolCaller | _ServerToolCaller20260120 | _UnknownCaller
)
ToolUseCaller: TypeAlias = (
    _DirectCaller | _ServerToolCaller | _ServerToolCaller20260120 | _UnknownCaller
)
ToolSearchToolResultContent: TypeAlias = (
    _ToolSearchToolSearchResultBlock
    | _ToolSearchToolResultError
    | _UnknownToolSearchToolResultContent
)
WebFetchToolResultContent: TypeAlias = (
    _WebFetchResultBlock | _WebFetchToolResultError | _UnknownWebFetchToolResultContent
)
WebSearchToolResultContent: TypeAlias = (
    _WebSearchToolResultError | list[_WebSearchResultBlock] | _UnknownWebSearchToolResultContent
)
WebSearchToolResultBlockContent: TypeAlias = (
    _WebSearchToolResultError | list[_WebSearchResultBlock] | _UnknownWebSearchToolResultContent
)

__all__ = [
    "AllowedCallerParam",
    "Base64ImageSourceParam",
    "Base64PDFSource",
    "Base64PDFSourceParam",
    "BashCodeExecutionOutputBlock",
    "BashCodeExecutionOutputBlockParam",
    "BashCodeExecutionResultBlock",
    "BashCodeExecutionResultBlockParam",
    "BashCodeExecutionToolResultBlock",
    "BashCodeExecutionToolResultBlockParam",
    "BashCodeExecutionToolResultContent",
    "BashCodeExecutionToolResultContentParam",
    "BashCodeExecutionToolResultError",
    "BashCodeExecutionToolResultErrorCode",
    "BashCodeExecutionToolResultErrorCodeParam",
    "BashCodeExecutionToolResultErrorObject",
    "BashCodeExecutionToolResultErrorParam",
    "BatchCreateParams",
    "BrowserStateBlockParam",
    "BrowserStateChangeDownloadCompletedParam",
    "BrowserStateChangeDownloadFailedParam",
    "BrowserStateChangeDownloadStartedParam",
    "BrowserStateChangeParam",
    "BrowserStateChangeTabOpenedParam",
    "BrowserStateTabEntryParam",
    "BrowserToolset20260801Param",
    "BrowserToolsetConfigsParam",
    "CacheControlEphemeralParam",
    "CacheCreation",
    "CacheMissMessagesChanged",
    "CacheMissModelChanged",
    "CacheMissPreviousMessageNotFound",
    "CacheMissReason",
    "CacheMissSystemChanged",
    "CacheMissToolsChanged",
    "CacheMissUnavailable",
    "CacheTTLParam",
    "CapabilitySupport",
    "CitationCharLocation",
    "CitationCharLocationParam",
    "CitationContentBlockLocation",
    "CitationContentBlockLocationParam",
    "CitationPageLocation",
    "CitationPageLocationParam",
    "CitationSearchResultLocation",
    "CitationSearchResultLocationParam",
    "CitationWebSearchResultLocation",
    "CitationWebSearchResultLocationParam",
    "CitationsConfig",
    "CitationsConfigParam",
    "CitationsDelta",
    "CitationsSearchResultLocation",
    "CitationsWebSearchResultLocation",
    "CodeExecutionOutputBlock",
    "CodeExecutionOutputBlockParam",
    "CodeExecutionResultBlock",
    "CodeExecutionResultBlockParam",
    "CodeExecutionTool20250522Param",
    "CodeExecutionTool20250825Param",
    "CodeExecutionTool20260120Param",
    "CodeExecutionTool20260521Param",
    "CodeExecutionToolResultBlock",
    "CodeExecutionToolResultBlockContent",
    "CodeExecutionToolResultBlockParam",
    "CodeExecutionToolResultBlockParamContentParam",
    "CodeExecutionToolResultContent",
    "CodeExecutionToolResultContentParam",
    "CodeExecutionToolResultError",
    "CodeExecutionToolResultErrorCode",
    "CodeExecutionToolResultErrorCodeParam",
    "CodeExecutionToolResultErrorObject",
    "CodeExecutionToolResultErrorParam",
    "ComputerToolset20260801Param",
    "ComputerToolsetConfigsParam",
    "Container",
    "ContainerParams",
    "ContainerSkill",
    "ContainerUploadBlock",
    "ContainerUploadBlockParam",
    "ContentBlock",
    "ContentBlockDeltaEvent",
    "ContentBlockParam",
    "ContentBlockSourceContentParam",
    "ContentBlockSourceParam",
    "ContentBlockStartEvent",
    "ContentBlockStopEvent",
    "ContextManagementCapability",
    "DeletedFile",
    "DeletedMessageBatch",
    "Diagnostics",
    "DiagnosticsParam",
    "DirectCaller",
    "DirectCallerParam",
    "DocumentBlock",
    "DocumentBlockParam",
    "DocumentBlockSource",
    "DocumentBlockSourceParam",
    "DocumentSourceParam",
    "EffortCapability",
    "EffortLevelParam",
    "EncryptedCodeExecutionResultBlock",
    "EncryptedCodeExecutionResultBlockParam",
    "ErrorEvent",
    "ErrorObject",
    "ErrorResponse",
    "FileDocumentSourceParam",
    "FileImageSourceParam",
    "FileList",
    "FileMetadata",
    "ImageBlockParam",
    "ImageMediaTypeParam",
    "ImageSourceParam",
    "ImageTransformationsParam",
    "InputJSONDelta",
    "JSONOutputFormatParam",
    "JSONSchemaObjectParam",
    "KnownBashCodeExecutionErrorCode",
    "KnownBashCodeExecutionErrorCodeParam",
    "KnownCodeExecutionErrorCode",
    "KnownCodeExecutionErrorCodeParam",
    "KnownErrorType",
    "KnownModelLifecycle",
    "KnownProcessingStatus",
    "KnownRefusalCategory",
    "KnownServerToolName",
    "KnownServerToolNameParam",
    "KnownTextEditorCodeExecutionErrorCode",
    "KnownTextEditorCodeExecutionErrorCodeParam",
    "KnownToolSearchErrorCode",
    "KnownToolSearchErrorCodeParam",
    "KnownViewedFileType",
    "KnownViewedFileTypeParam",
    "KnownWebFetchErrorCode",
    "KnownWebFetchErrorCodeParam",
    "KnownWebSearchErrorCode",
    "KnownWebSearchErrorCodeParam",
    "MemoryTool20250818Param",
    "Message",
    "MessageBatch",
    "MessageBatchCanceledResult",
    "MessageBatchErroredResult",
    "MessageBatchExpiredResult",
    "MessageBatchIndividualResponse",
    "MessageBatchList",
    "MessageBatchRequestCounts",
    "MessageBatchRequestParam",
    "MessageBatchResult",
    "MessageBatchSucceededResult",
    "MessageCountTokensParams",
    "MessageCountTokensToolParam",
    "MessageCreateParams",
    "MessageDelta",
    "MessageDeltaEvent",
    "MessageDeltaUsage",
    "MessageParam",
    "MessageRoleParam",
    "MessageStartEvent",
    "MessageStopEvent",
    "MessageStreamEvent",
    "MessageTokensCount",
    "MetadataParam",
    "ModelCapabilities",
    "ModelInfo",
    "ModelList",
    "OutputConfigParam",
    "OutputTokensDetails",
    "PingEvent",
    "PlainTextSource",
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
    "RefusalStopDetails",
    "SearchResultBlockParam",
    "ServerToolCaller",
    "ServerToolCaller20260120",
    "ServerToolCaller20260120Param",
    "ServerToolCallerParam",
    "ServerToolNameParam",
    "ServerToolUsage",
    "ServerToolUseBlock",
    "ServerToolUseBlockParam",
    "ServerToolsCapability",
    "ServiceTierParam",
    "SignatureDelta",
    "SkillParams",
    "SkillType",
    "SkillTypeParam",
    "SpeedParam",
    "StopDetails",
    "StopReason",
    "TextBlock",
    "TextBlockParam",
    "TextCitation",
    "TextCitationParam",
    "TextDelta",
    "TextEditorCodeExecutionCreateResultBlock",
    "TextEditorCodeExecutionCreateResultBlockParam",
    "TextEditorCodeExecutionStrReplaceResultBlock",
    "TextEditorCodeExecutionStrReplaceResultBlockParam",
    "TextEditorCodeExecutionToolResultBlock",
    "TextEditorCodeExecutionToolResultBlockParam",
    "TextEditorCodeExecutionToolResultContent",
    "TextEditorCodeExecutionToolResultContentParam",
    "TextEditorCodeExecutionToolResultError",
    "TextEditorCodeExecutionToolResultErrorCode",
    "TextEditorCodeExecutionToolResultErrorCodeParam",
    "TextEditorCodeExecutionToolResultErrorObject",
    "TextEditorCodeExecutionToolResultErrorParam",
    "TextEditorCodeExecutionViewResultBlock",
    "TextEditorCodeExecutionViewResultBlockParam",
    "ThinkingBlock",
    "ThinkingBlockParam",
    "ThinkingCapability",
    "ThinkingConfigAdaptiveParam",
    "ThinkingConfigBetweenToolsParam",
    "ThinkingConfigDisabledParam",
    "ThinkingConfigEnabledParam",
    "ThinkingConfigParam",
    "ThinkingDelta",
    "ThinkingDisplayParam",
    "ThinkingTypes",
    "ToolBash20250124Param",
    "ToolCaller",
    "ToolCallerParam",
    "ToolChoiceAnyParam",
    "ToolChoiceAutoParam",
    "ToolChoiceNoneParam",
    "ToolChoiceParam",
    "ToolChoiceToolParam",
    "ToolInputExampleParam",
    "ToolInputSchemaParam",
    "ToolParam",
    "ToolReferenceBlock",
    "ToolReferenceBlockParam",
    "ToolResultBlockParam",
    "ToolResultContentItemParam",
    "ToolSearchBM25ToolParam",
    "ToolSearchRegexToolParam",
    "ToolSearchToolBm25_20251119Param",
    "ToolSearchToolRegex20251119Param",
    "ToolSearchToolResultBlock",
    "ToolSearchToolResultBlockParam",
    "ToolSearchToolResultContent",
    "ToolSearchToolResultContentParam",
    "ToolSearchToolResultError",
    "ToolSearchToolResultErrorCode",
    "ToolSearchToolResultErrorCodeParam",
    "ToolSearchToolResultErrorObject",
    "ToolSearchToolResultErrorParam",
    "ToolSearchToolSearchResultBlock",
    "ToolSearchToolSearchResultBlockParam",
    "ToolTextEditor20250124Param",
    "ToolTextEditor20250429Param",
    "ToolTextEditor20250728Param",
    "ToolUnionParam",
    "ToolUseBlock",
    "ToolUseBlockParam",
    "ToolUseCaller",
    "ToolsetMemberConfigParam",
    "URLImageSourceParam",
    "URLPDFSourceParam",
    "UnknownBashCodeExecutionToolResultContent",
    "UnknownBashCodeExecutionToolResultContentParam",
    "UnknownBatchResult",
    "UnknownCacheMissReason",
    "UnknownCaller",
    "UnknownCallerParam",
    "UnknownCitation",
    "UnknownCodeExecutionToolResultContent",
    "UnknownCodeExecutionToolResultContentParam",
    "UnknownContentBlock",
    "UnknownDelta",
    "UnknownDocumentSource",
    "UnknownDocumentSourceParam",
    "UnknownStopDetails",
    "UnknownTextEditorCodeExecutionToolResultContent",
    "UnknownTextEditorCodeExecutionToolResultContentParam",
    "UnknownToolSearchToolResultContent",
    "UnknownToolSearchToolResultContentParam",
    "UnknownWebFetchToolResultContent",
    "UnknownWebFetchToolResultContentParam",
    "UnknownWebSearchToolResultContent",
    "UnknownWebSearchToolResultContentParam",
    "Usage",
    "UserLocationParam",
    "WebFetchBlock",
    "WebFetchBlockParam",
    "WebFetchResultBlock",
    "WebFetchResultBlockParam",
    "WebFetchTool20250910Param",
    "WebFetchTool20260209Param",
    "WebFetchTool20260309Param",
    "WebFetchTool20260318Param",
    "WebFetchToolResultBlock",
    "WebFetchToolResultBlockParam",
    "WebFetchToolResultContent",
    "WebFetchToolResultContentParam",
    "WebFetchToolResultError",
    "WebFetchToolResultErrorBlock",
    "WebFetchToolResultErrorBlockParam",
    "WebFetchToolResultErrorCode",
    "WebFetchToolResultErrorCodeParam",
    "WebFetchToolResultErrorParam",
    "WebFetchURLSourceAllParam",
    "WebFetchURLSourceExceptParam",
    "WebFetchURLSourceNoneParam",
    "WebFetchURLSourceOnlyParam",
    "WebFetchURLSourceParam",
    "WebFetchURLSourceToolReferenceParam",
    "WebFetchURLSourcesParam",
    "WebFetchUserInputURLSourceParam",
    "WebSearchResultBlock",
    "WebSearchResultBlockParam",
    "WebSearchTool20250305Param",
    "WebSearchTool20260209Param",
    "WebSearchTool20260318Param",
    "WebSearchToolRequestErrorObjectParam",
    "WebSearchToolRequestErrorParam",
    "WebSearchToolResultBlock",
    "WebSearchToolResultBlockContent",
    "WebSearchToolResultBlockParam",
    "WebSearchToolResultBlockParamContentParam",
    "WebSearchToolResultContent",
    "WebSearchToolResultContentParam",
    "WebSearchToolResultError",
    "WebSearchToolResultErrorCode",
    "WebSearchToolResultErrorCodeParam",
    "WebSearchToolResultErrorObject",
    "WebSearchToolResultErrorParam",
]
