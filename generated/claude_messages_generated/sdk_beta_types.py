"""The names the official Python SDK's ``types.beta`` module gives the API's shapes.

Written by scripts/generate from openapi.yaml; do not edit. Each is ``Beta`` and a
name of ``sdk_types`` (``BetaMessage``, ``BetaTextBlockParam``, ...), bound to the
same class or TypedDict: the beta namespace sends and answers the same shapes.
"""

from .sdk_types import AllowedCallerParam as BetaAllowedCallerParam
from .sdk_types import Base64ImageSourceParam as BetaBase64ImageSourceParam
from .sdk_types import Base64PDFSource as BetaBase64PDFSource
from .sdk_types import Base64PDFSourceParam as BetaBase64PDFSourceParam
from .sdk_types import BashCodeExecutionOutputBlock as BetaBashCodeExecutionOutputBlock
from .sdk_types import (
    BashCodeExecutionOutputBlockParam as BetaBashCodeExecutionOutputBlockParam,
)
from .sdk_types import BashCodeExecutionResultBlock as BetaBashCodeExecutionResultBlock
from .sdk_types import (
    BashCodeExecutionResultBlockParam as BetaBashCodeExecutionResultBlockParam,
)
from .sdk_types import (
    BashCodeExecutionToolResultBlock as BetaBashCodeExecutionToolResultBlock,
)
from .sdk_types import (
    BashCodeExecutionToolResultBlockParam as BetaBashCodeExecutionToolResultBlockParam,
)
from .sdk_types import (
    BashCodeExecutionToolResultContent as BetaBashCodeExecutionToolResultContent,
)
from .sdk_types import (
    BashCodeExecutionToolResultContentParam as BetaBashCodeExecutionToolResultContentParam,
)
from .sdk_types import (
    BashCodeExecutionToolResultError as BetaBashCodeExecutionToolResultError,
)
from .sdk_types import (
    BashCodeExecutionToolResultErrorCode as BetaBashCodeExecutionToolResultErrorCode,
)
from .sdk_types import (
    BashCodeExecutionToolResultErrorCodeParam as BetaBashCodeExecutionToolResultErrorCodeParam,
)
from .sdk_types import (
    BashCodeExecutionToolResultErrorObject as BetaBashCodeExecutionToolResultErrorObject,
)
from .sdk_types import (
    BashCodeExecutionToolResultErrorParam as BetaBashCodeExecutionToolResultErrorParam,
)
from .sdk_types import BatchCreateParams as BetaBatchCreateParams
from .sdk_types import BrowserStateBlockParam as BetaBrowserStateBlockParam
from .sdk_types import (
    BrowserStateChangeDownloadCompletedParam as BetaBrowserStateChangeDownloadCompletedParam,
)
from .sdk_types import (
    BrowserStateChangeDownloadFailedParam as BetaBrowserStateChangeDownloadFailedParam,
)
from .sdk_types import (
    BrowserStateChangeDownloadStartedParam as BetaBrowserStateChangeDownloadStartedParam,
)
from .sdk_types import BrowserStateChangeParam as BetaBrowserStateChangeParam
from .sdk_types import (
    BrowserStateChangeTabOpenedParam as BetaBrowserStateChangeTabOpenedParam,
)
from .sdk_types import BrowserStateTabEntryParam as BetaBrowserStateTabEntryParam
from .sdk_types import BrowserToolset20260801Param as BetaBrowserToolset20260801Param
from .sdk_types import BrowserToolsetConfigsParam as BetaBrowserToolsetConfigsParam
from .sdk_types import CacheControlEphemeralParam as BetaCacheControlEphemeralParam
from .sdk_types import CacheCreation as BetaCacheCreation
from .sdk_types import CacheMissMessagesChanged as BetaCacheMissMessagesChanged
from .sdk_types import CacheMissModelChanged as BetaCacheMissModelChanged
from .sdk_types import (
    CacheMissPreviousMessageNotFound as BetaCacheMissPreviousMessageNotFound,
)
from .sdk_types import CacheMissReason as BetaCacheMissReason
from .sdk_types import CacheMissSystemChanged as BetaCacheMissSystemChanged
from .sdk_types import CacheMissToolsChanged as BetaCacheMissToolsChanged
from .sdk_types import CacheMissUnavailable as BetaCacheMissUnavailable
from .sdk_types import CacheTTLParam as BetaCacheTTLParam
from .sdk_types import CapabilitySupport as BetaCapabilitySupport
from .sdk_types import CitationCharLocation as BetaCitationCharLocation
from .sdk_types import CitationCharLocationParam as BetaCitationCharLocationParam
from .sdk_types import CitationContentBlockLocation as BetaCitationContentBlockLocation
from .sdk_types import (
    CitationContentBlockLocationParam as BetaCitationContentBlockLocationParam,
)
from .sdk_types import CitationPageLocation as BetaCitationPageLocation
from .sdk_types import CitationPageLocationParam as BetaCitationPageLocationParam
from .sdk_types import CitationsConfig as BetaCitationsConfig
from .sdk_types import CitationsConfigParam as BetaCitationsConfigParam
from .sdk_types import CitationsDelta as BetaCitationsDelta
from .sdk_types import CitationSearchResultLocation as BetaCitationSearchResultLocation
from .sdk_types import (
    CitationSearchResultLocationParam as BetaCitationSearchResultLocationParam,
)
from .sdk_types import (
    CitationsSearchResultLocation as BetaCitationsSearchResultLocation,
)
from .sdk_types import (
    CitationsWebSearchResultLocation as BetaCitationsWebSearchResultLocation,
)
from .sdk_types import (
    CitationWebSearchResultLocation as BetaCitationWebSearchResultLocation,
)
from .sdk_types import (
    CitationWebSearchResultLocationParam as BetaCitationWebSearchResultLocationParam,
)
from .sdk_types import CodeExecutionOutputBlock as BetaCodeExecutionOutputBlock
from .sdk_types import (
    CodeExecutionOutputBlockParam as BetaCodeExecutionOutputBlockParam,
)
from .sdk_types import CodeExecutionResultBlock as BetaCodeExecutionResultBlock
from .sdk_types import (
    CodeExecutionResultBlockParam as BetaCodeExecutionResultBlockParam,
)
from .sdk_types import (
    CodeExecutionTool20250522Param as BetaCodeExecutionTool20250522Param,
)
from .sdk_types import (
    CodeExecutionTool20250825Param as BetaCodeExecutionTool20250825Param,
)
from .sdk_types import (
    CodeExecutionTool20260120Param as BetaCodeExecutionTool20260120Param,
)
from .sdk_types import (
    CodeExecutionTool20260521Param as BetaCodeExecutionTool20260521Param,
)
from .sdk_types import CodeExecutionToolResultBlock as BetaCodeExecutionToolResultBlock
from .sdk_types import (
    CodeExecutionToolResultBlockContent as BetaCodeExecutionToolResultBlockContent,
)
from .sdk_types import (
    CodeExecutionToolResultBlockParam as BetaCodeExecutionToolResultBlockParam,
)
from .sdk_types import (
    CodeExecutionToolResultBlockParamContentParam as BetaCodeExecutionToolResultBlockParamContentParam,
)
from .sdk_types import (
    CodeExecutionToolResultContent as BetaCodeExecutionToolResultContent,
)
from .sdk_types import (
    CodeExecutionToolResultContentParam as BetaCodeExecutionToolResultContentParam,
)
from .sdk_types import CodeExecutionToolResultError as BetaCodeExecutionToolResultError
from .sdk_types import (
    CodeExecutionToolResultErrorCode as BetaCodeExecutionToolResultErrorCode,
)
from .sdk_types import (
    CodeExecutionToolResultErrorCodeParam as BetaCodeExecutionToolResultErrorCodeParam,
)
from .sdk_types import (
    CodeExecutionToolResultErrorObject as BetaCodeExecutionToolResultErrorObject,
)
from .sdk_types import (
    CodeExecutionToolResultErrorParam as BetaCodeExecutionToolResultErrorParam,
)
from .sdk_types import ComputerToolset20260801Param as BetaComputerToolset20260801Param
from .sdk_types import ComputerToolsetConfigsParam as BetaComputerToolsetConfigsParam
from .sdk_types import Container as BetaContainer
from .sdk_types import ContainerParams as BetaContainerParams
from .sdk_types import ContainerSkill as BetaContainerSkill
from .sdk_types import ContainerUploadBlock as BetaContainerUploadBlock
from .sdk_types import ContainerUploadBlockParam as BetaContainerUploadBlockParam
from .sdk_types import ContentBlock as BetaContentBlock
from .sdk_types import ContentBlockDeltaEvent as BetaContentBlockDeltaEvent
from .sdk_types import ContentBlockParam as BetaContentBlockParam
from .sdk_types import (
    ContentBlockSourceContentParam as BetaContentBlockSourceContentParam,
)
from .sdk_types import ContentBlockSourceParam as BetaContentBlockSourceParam
from .sdk_types import ContentBlockStartEvent as BetaContentBlockStartEvent
from .sdk_types import ContentBlockStopEvent as BetaContentBlockStopEvent
from .sdk_types import ContextManagementCapability as BetaContextManagementCapability
from .sdk_types import DeletedFile as BetaDeletedFile
from .sdk_types import DeletedMessageBatch as BetaDeletedMessageBatch
from .sdk_types import Diagnostics as BetaDiagnostics
from .sdk_types import DiagnosticsParam as BetaDiagnosticsParam
from .sdk_types import DirectCaller as BetaDirectCaller
from .sdk_types import DirectCallerParam as BetaDirectCallerParam
from .sdk_types import DocumentBlock as BetaDocumentBlock
from .sdk_types import DocumentBlockParam as BetaDocumentBlockParam
from .sdk_types import DocumentBlockSource as BetaDocumentBlockSource
from .sdk_types import DocumentBlockSourceParam as BetaDocumentBlockSourceParam
from .sdk_types import DocumentSourceParam as BetaDocumentSourceParam
from .sdk_types import EffortCapability as BetaEffortCapability
from .sdk_types import EffortLevelParam as BetaEffortLevelParam
from .sdk_types import (
    EncryptedCodeExecutionResultBlock as BetaEncryptedCodeExecutionResultBlock,
)
from .sdk_types import (
    EncryptedCodeExecutionResultBlockParam as BetaEncryptedCodeExecutionResultBlockParam,
)
from .sdk_types import ErrorEvent as BetaErrorEvent
from .sdk_types import ErrorObject as BetaErrorObject
from .sdk_types import ErrorResponse as BetaErrorResponse
from .sdk_types import FileDocumentSourceParam as BetaFileDocumentSourceParam
from .sdk_types import FileImageSourceParam as BetaFileImageSourceParam
from .sdk_types import FileList as BetaFileList
from .sdk_types import FileMetadata as BetaFileMetadata
from .sdk_types import ImageBlockParam as BetaImageBlockParam
from .sdk_types import ImageMediaTypeParam as BetaImageMediaTypeParam
from .sdk_types import ImageSourceParam as BetaImageSourceParam
from .sdk_types import ImageTransformationsParam as BetaImageTransformationsParam
from .sdk_types import InputJSONDelta as BetaInputJSONDelta
from .sdk_types import JSONOutputFormatParam as BetaJSONOutputFormatParam
from .sdk_types import JSONSchemaObjectParam as BetaJSONSchemaObjectParam
from .sdk_types import (
    KnownBashCodeExecutionErrorCode as BetaKnownBashCodeExecutionErrorCode,
)
from .sdk_types import (
    KnownBashCodeExecutionErrorCodeParam as BetaKnownBashCodeExecutionErrorCodeParam,
)
from .sdk_types import KnownCodeExecutionErrorCode as BetaKnownCodeExecutionErrorCode
from .sdk_types import (
    KnownCodeExecutionErrorCodeParam as BetaKnownCodeExecutionErrorCodeParam,
)
from .sdk_types import KnownErrorType as BetaKnownErrorType
from .sdk_types import KnownModelLifecycle as BetaKnownModelLifecycle
from .sdk_types import KnownProcessingStatus as BetaKnownProcessingStatus
from .sdk_types import KnownRefusalCategory as BetaKnownRefusalCategory
from .sdk_types import KnownServerToolName as BetaKnownServerToolName
from .sdk_types import KnownServerToolNameParam as BetaKnownServerToolNameParam
from .sdk_types import (
    KnownTextEditorCodeExecutionErrorCode as BetaKnownTextEditorCodeExecutionErrorCode,
)
from .sdk_types import (
    KnownTextEditorCodeExecutionErrorCodeParam as BetaKnownTextEditorCodeExecutionErrorCodeParam,
)
from .sdk_types import KnownToolSearchErrorCode as BetaKnownToolSearchErrorCode
from .sdk_types import (
    KnownToolSearchErrorCodeParam as BetaKnownToolSearchErrorCodeParam,
)
from .sdk_types import KnownViewedFileType as BetaKnownViewedFileType
from .sdk_types import KnownViewedFileTypeParam as BetaKnownViewedFileTypeParam
from .sdk_types import KnownWebFetchErrorCode as BetaKnownWebFetchErrorCode
from .sdk_types import KnownWebFetchErrorCodeParam as BetaKnownWebFetchErrorCodeParam
from .sdk_types import KnownWebSearchErrorCode as BetaKnownWebSearchErrorCode
from .sdk_types import KnownWebSearchErrorCodeParam as BetaKnownWebSearchErrorCodeParam
from .sdk_types import MemoryTool20250818Param as BetaMemoryTool20250818Param
from .sdk_types import Message as BetaMessage
from .sdk_types import MessageBatch as BetaMessageBatch
from .sdk_types import MessageBatchCanceledResult as BetaMessageBatchCanceledResult
from .sdk_types import MessageBatchErroredResult as BetaMessageBatchErroredResult
from .sdk_types import MessageBatchExpiredResult as BetaMessageBatchExpiredResult
from .sdk_types import (
    MessageBatchIndividualResponse as BetaMessageBatchIndividualResponse,
)
from .sdk_types import MessageBatchList as BetaMessageBatchList
from .sdk_types import MessageBatchRequestCounts as BetaMessageBatchRequestCounts
from .sdk_types import MessageBatchRequestParam as BetaMessageBatchRequestParam
from .sdk_types import MessageBatchResult as BetaMessageBatchResult
from .sdk_types import MessageBatchSucceededResult as BetaMessageBatchSucceededResult
from .sdk_types import MessageCountTokensParams as BetaMessageCountTokensParams
from .sdk_types import MessageCountTokensToolParam as BetaMessageCountTokensToolParam
from .sdk_types import MessageCreateParams as BetaMessageCreateParams
from .sdk_types import MessageDelta as BetaMessageDelta
from .sdk_types import MessageDeltaEvent as BetaMessageDeltaEvent
from .sdk_types import MessageDeltaUsage as BetaMessageDeltaUsage
from .sdk_types import MessageParam as BetaMessageParam
from .sdk_types import MessageRoleParam as BetaMessageRoleParam
from .sdk_types import MessageStartEvent as BetaMessageStartEvent
from .sdk_types import MessageStopEvent as BetaMessageStopEvent
from .sdk_types import MessageStreamEvent as BetaMessageStreamEvent
from .sdk_types import MessageTokensCount as BetaMessageTokensCount
from .sdk_types import MetadataParam as BetaMetadataParam
from .sdk_types import ModelCapabilities as BetaModelCapabilities
from .sdk_types import ModelInfo as BetaModelInfo
from .sdk_types import ModelList as BetaModelList
from .sdk_types import OutputConfigParam as BetaOutputConfigParam
from .sdk_types import OutputTokensDetails as BetaOutputTokensDetails
from .sdk_types import PingEvent as BetaPingEvent
from .sdk_types import PlainTextSource as BetaPlainTextSource
from .sdk_types import PlainTextSourceParam as BetaPlainTextSourceParam
from .sdk_types import RawContentBlockDelta as BetaRawContentBlockDelta
from .sdk_types import RawContentBlockDeltaEvent as BetaRawContentBlockDeltaEvent
from .sdk_types import RawContentBlockStartEvent as BetaRawContentBlockStartEvent
from .sdk_types import RawContentBlockStopEvent as BetaRawContentBlockStopEvent
from .sdk_types import RawMessageDeltaEvent as BetaRawMessageDeltaEvent
from .sdk_types import RawMessageStartEvent as BetaRawMessageStartEvent
from .sdk_types import RawMessageStopEvent as BetaRawMessageStopEvent
from .sdk_types import RawMessageStreamEvent as BetaRawMessageStreamEvent
from .sdk_types import RedactedThinkingBlock as BetaRedactedThinkingBlock
from .sdk_types import RedactedThinkingBlockParam as BetaRedactedThinkingBlockParam
from .sdk_types import RefusalStopDetails as BetaRefusalStopDetails
from .sdk_types import SearchResultBlockParam as BetaSearchResultBlockParam
from .sdk_types import ServerToolCaller as BetaServerToolCaller
from .sdk_types import ServerToolCaller20260120 as BetaServerToolCaller20260120
from .sdk_types import (
    ServerToolCaller20260120Param as BetaServerToolCaller20260120Param,
)
from .sdk_types import ServerToolCallerParam as BetaServerToolCallerParam
from .sdk_types import ServerToolNameParam as BetaServerToolNameParam
from .sdk_types import ServerToolsCapability as BetaServerToolsCapability
from .sdk_types import ServerToolUsage as BetaServerToolUsage
from .sdk_types import ServerToolUseBlock as BetaServerToolUseBlock
from .sdk_types import ServerToolUseBlockParam as BetaServerToolUseBlockParam
from .sdk_types import ServiceTierParam as BetaServiceTierParam
from .sdk_types import SignatureDelta as BetaSignatureDelta
from .sdk_types import SkillParams as BetaSkillParams
from .sdk_types import SkillType as BetaSkillType
from .sdk_types import SkillTypeParam as BetaSkillTypeParam
from .sdk_types import SpeedParam as BetaSpeedParam
from .sdk_types import StopDetails as BetaStopDetails
from .sdk_types import StopReason as BetaStopReason
from .sdk_types import TextBlock as BetaTextBlock
from .sdk_types import TextBlockParam as BetaTextBlockParam
from .sdk_types import TextCitation as BetaTextCitation
from .sdk_types import TextCitationParam as BetaTextCitationParam
from .sdk_types import TextDelta as BetaTextDelta
from .sdk_types import (
    TextEditorCodeExecutionCreateResultBlock as BetaTextEditorCodeExecutionCreateResultBlock,
)
from .sdk_types import (
    TextEditorCodeExecutionCreateResultBlockParam as BetaTextEditorCodeExecutionCreateResultBlockParam,
)
from .sdk_types import (
    TextEditorCodeExecutionStrReplaceResultBlock as BetaTextEditorCodeExecutionStrReplaceResultBlock,
)
from .sdk_types import (
    TextEditorCodeExecutionStrReplaceResultBlockParam as BetaTextEditorCodeExecutionStrReplaceResultBlockParam,
)
from .sdk_types import (
    TextEditorCodeExecutionToolResultBlock as BetaTextEditorCodeExecutionToolResultBlock,
)
from .sdk_types import (
    TextEditorCodeExecutionToolResultBlockParam as BetaTextEditorCodeExecutionToolResultBlockParam,
)
from .sdk_types import (
    TextEditorCodeExecutionToolResultContent as BetaTextEditorCodeExecutionToolResultContent,
)
from .sdk_types import (
    TextEditorCodeExecutionToolResultContentParam as BetaTextEditorCodeExecutionToolResultContentParam,
)
from .sdk_types import (
    TextEditorCodeExecutionToolResultError as BetaTextEditorCodeExecutionToolResultError,
)
from .sdk_types import (
    TextEditorCodeExecutionToolResultErrorCode as BetaTextEditorCodeExecutionToolResultErrorCode,
)
from .sdk_types import (
    TextEditorCodeExecutionToolResultErrorCodeParam as BetaTextEditorCodeExecutionToolResultErrorCodeParam,
)
from .sdk_types import (
    TextEditorCodeExecutionToolResultErrorObject as BetaTextEditorCodeExecutionToolResultErrorObject,
)
from .sdk_types import (
    TextEditorCodeExecutionToolResultErrorParam as BetaTextEditorCodeExecutionToolResultErrorParam,
)
from .sdk_types import (
    TextEditorCodeExecutionViewResultBlock as BetaTextEditorCodeExecutionViewResultBlock,
)
from .sdk_types import (
    TextEditorCodeExecutionViewResultBlockParam as BetaTextEditorCodeExecutionViewResultBlockParam,
)
from .sdk_types import ThinkingBlock as BetaThinkingBlock
from .sdk_types import ThinkingBlockParam as BetaThinkingBlockParam
from .sdk_types import ThinkingCapability as BetaThinkingCapability
from .sdk_types import ThinkingConfigAdaptiveParam as BetaThinkingConfigAdaptiveParam
from .sdk_types import (
    ThinkingConfigBetweenToolsParam as BetaThinkingConfigBetweenToolsParam,
)
from .sdk_types import ThinkingConfigDisabledParam as BetaThinkingConfigDisabledParam
from .sdk_types import ThinkingConfigEnabledParam as BetaThinkingConfigEnabledParam
from .sdk_types import ThinkingConfigParam as BetaThinkingConfigParam
from .sdk_types import ThinkingDelta as BetaThinkingDelta
from .sdk_types import ThinkingDisplayParam as BetaThinkingDisplayParam
from .sdk_types import ThinkingTypes as BetaThinkingTypes
from .sdk_types import ToolBash20250124Param as BetaToolBash20250124Param
from .sdk_types import ToolCaller as BetaToolCaller
from .sdk_types import ToolCallerParam as BetaToolCallerParam
from .sdk_types import ToolChoiceAnyParam as BetaToolChoiceAnyParam
from .sdk_types import ToolChoiceAutoParam as BetaToolChoiceAutoParam
from .sdk_types import ToolChoiceNoneParam as BetaToolChoiceNoneParam
from .sdk_types import ToolChoiceParam as BetaToolChoiceParam
from .sdk_types import ToolChoiceToolParam as BetaToolChoiceToolParam
from .sdk_types import ToolInputExampleParam as BetaToolInputExampleParam
from .sdk_types import ToolInputSchemaParam as BetaToolInputSchemaParam
from .sdk_types import ToolParam as BetaToolParam
from .sdk_types import ToolReferenceBlock as BetaToolReferenceBlock
from .sdk_types import ToolReferenceBlockParam as BetaToolReferenceBlockParam
from .sdk_types import ToolResultBlockParam as BetaToolResultBlockParam
from .sdk_types import ToolResultContentItemParam as BetaToolResultContentItemParam
from .sdk_types import ToolSearchBM25ToolParam as BetaToolSearchBM25ToolParam
from .sdk_types import ToolSearchRegexToolParam as BetaToolSearchRegexToolParam
from .sdk_types import (
    ToolSearchToolBm25_20251119Param as BetaToolSearchToolBm25_20251119Param,
)
from .sdk_types import (
    ToolSearchToolRegex20251119Param as BetaToolSearchToolRegex20251119Param,
)
from .sdk_types import ToolSearchToolResultBlock as BetaToolSearchToolResultBlock
from .sdk_types import (
    ToolSearchToolResultBlockParam as BetaToolSearchToolResultBlockParam,
)
from .sdk_types import ToolSearchToolResultContent as BetaToolSearchToolResultContent
from .sdk_types import (
    ToolSearchToolResultContentParam as BetaToolSearchToolResultContentParam,
)
from .sdk_types import ToolSearchToolResultError as BetaToolSearchToolResultError
from .sdk_types import (
    ToolSearchToolResultErrorCode as BetaToolSearchToolResultErrorCode,
)
from .sdk_types import (
    ToolSearchToolResultErrorCodeParam as BetaToolSearchToolResultErrorCodeParam,
)
from .sdk_types import (
    ToolSearchToolResultErrorObject as BetaToolSearchToolResultErrorObject,
)
from .sdk_types import (
    ToolSearchToolResultErrorParam as BetaToolSearchToolResultErrorParam,
)
from .sdk_types import (
    ToolSearchToolSearchResultBlock as BetaToolSearchToolSearchResultBlock,
)
from .sdk_types import (
    ToolSearchToolSearchResultBlockParam as BetaToolSearchToolSearchResultBlockParam,
)
from .sdk_types import ToolsetMemberConfigParam as BetaToolsetMemberConfigParam
from .sdk_types import ToolTextEditor20250124Param as BetaToolTextEditor20250124Param
from .sdk_types import ToolTextEditor20250429Param as BetaToolTextEditor20250429Param
from .sdk_types import ToolTextEditor20250728Param as BetaToolTextEditor20250728Param
from .sdk_types import ToolUnionParam as BetaToolUnionParam
from .sdk_types import ToolUseBlock as BetaToolUseBlock
from .sdk_types import ToolUseBlockParam as BetaToolUseBlockParam
from .sdk_types import ToolUseCaller as BetaToolUseCaller
from .sdk_types import (
    UnknownBashCodeExecutionToolResultContent as BetaUnknownBashCodeExecutionToolResultContent,
)
from .sdk_types import (
    UnknownBashCodeExecutionToolResultContentParam as BetaUnknownBashCodeExecutionToolResultContentParam,
)
from .sdk_types import UnknownBatchResult as BetaUnknownBatchResult
from .sdk_types import UnknownCacheMissReason as BetaUnknownCacheMissReason
from .sdk_types import UnknownCaller as BetaUnknownCaller
from .sdk_types import UnknownCallerParam as BetaUnknownCallerParam
from .sdk_types import UnknownCitation as BetaUnknownCitation
from .sdk_types import (
    UnknownCodeExecutionToolResultContent as BetaUnknownCodeExecutionToolResultContent,
)
from .sdk_types import (
    UnknownCodeExecutionToolResultContentParam as BetaUnknownCodeExecutionToolResultContentParam,
)
from .sdk_types import UnknownContentBlock as BetaUnknownContentBlock
from .sdk_types import UnknownDelta as BetaUnknownDelta
from .sdk_types import UnknownDocumentSource as BetaUnknownDocumentSource
from .sdk_types import UnknownDocumentSourceParam as BetaUnknownDocumentSourceParam
from .sdk_types import UnknownStopDetails as BetaUnknownStopDetails
from .sdk_types import (
    UnknownTextEditorCodeExecutionToolResultContent as BetaUnknownTextEditorCodeExecutionToolResultContent,
)
from .sdk_types import (
    UnknownTextEditorCodeExecutionToolResultContentParam as BetaUnknownTextEditorCodeExecutionToolResultContentParam,
)
from .sdk_types import (
    UnknownToolSearchToolResultContent as BetaUnknownToolSearchToolResultContent,
)
from .sdk_types import (
    UnknownToolSearchToolResultContentParam as BetaUnknownToolSearchToolResultContentParam,
)
from .sdk_types import (
    UnknownWebFetchToolResultContent as BetaUnknownWebFetchToolResultContent,
)
from .sdk_types import (
    UnknownWebFetchToolResultContentParam as BetaUnknownWebFetchToolResultContentParam,
)
from .sdk_types import (
    UnknownWebSearchToolResultContent as BetaUnknownWebSearchToolResultContent,
)
from .sdk_types import (
    UnknownWebSearchToolResultContentParam as BetaUnknownWebSearchToolResultContentParam,
)
from .sdk_types import URLImageSourceParam as BetaURLImageSourceParam
from .sdk_types import URLPDFSourceParam as BetaURLPDFSourceParam
from .sdk_types import Usage as BetaUsage
from .sdk_types import UserLocationParam as BetaUserLocationParam
from .sdk_types import WebFetchBlock as BetaWebFetchBlock
from .sdk_types import WebFetchBlockParam as BetaWebFetchBlockParam
from .sdk_types import WebFetchResultBlock as BetaWebFetchResultBlock
from .sdk_types import WebFetchResultBlockParam as BetaWebFetchResultBlockParam
from .sdk_types import WebFetchTool20250910Param as BetaWebFetchTool20250910Param
from .sdk_types import WebFetchTool20260209Param as BetaWebFetchTool20260209Param
from .sdk_types import WebFetchTool20260309Param as BetaWebFetchTool20260309Param
from .sdk_types import WebFetchTool20260318Param as BetaWebFetchTool20260318Param
from .sdk_types import WebFetchToolResultBlock as BetaWebFetchToolResultBlock
from .sdk_types import WebFetchToolResultBlockParam as BetaWebFetchToolResultBlockParam
from .sdk_types import WebFetchToolResultContent as BetaWebFetchToolResultContent
from .sdk_types import (
    WebFetchToolResultContentParam as BetaWebFetchToolResultContentParam,
)
from .sdk_types import WebFetchToolResultError as BetaWebFetchToolResultError
from .sdk_types import WebFetchToolResultErrorBlock as BetaWebFetchToolResultErrorBlock
from .sdk_types import (
    WebFetchToolResultErrorBlockParam as BetaWebFetchToolResultErrorBlockParam,
)
from .sdk_types import WebFetchToolResultErrorCode as BetaWebFetchToolResultErrorCode
from .sdk_types import (
    WebFetchToolResultErrorCodeParam as BetaWebFetchToolResultErrorCodeParam,
)
from .sdk_types import WebFetchToolResultErrorParam as BetaWebFetchToolResultErrorParam
from .sdk_types import WebFetchURLSourceAllParam as BetaWebFetchURLSourceAllParam
from .sdk_types import WebFetchURLSourceExceptParam as BetaWebFetchURLSourceExceptParam
from .sdk_types import WebFetchURLSourceNoneParam as BetaWebFetchURLSourceNoneParam
from .sdk_types import WebFetchURLSourceOnlyParam as BetaWebFetchURLSourceOnlyParam
from .sdk_types import WebFetchURLSourceParam as BetaWebFetchURLSourceParam
from .sdk_types import WebFetchURLSourcesParam as BetaWebFetchURLSourcesParam
from .sdk_types import (
    WebFetchURLSourceToolReferenceParam as BetaWebFetchURLSourceToolReferenceParam,
)
from .sdk_types import (
    WebFetchUserInputURLSourceParam as BetaWebFetchUserInputURLSourceParam,
)
from .sdk_types import WebSearchResultBlock as BetaWebSearchResultBlock
from .sdk_types import WebSearchResultBlockParam as BetaWebSearchResultBlockParam
from .sdk_types import WebSearchTool20250305Param as BetaWebSearchTool20250305Param
from .sdk_types import WebSearchTool20260209Param as BetaWebSearchTool20260209Param
from .sdk_types import WebSearchTool20260318Param as BetaWebSearchTool20260318Param
from .sdk_types import (
    WebSearchToolRequestErrorObjectParam as BetaWebSearchToolRequestErrorObjectParam,
)
from .sdk_types import (
    WebSearchToolRequestErrorParam as BetaWebSearchToolRequestErrorParam,
)
from .sdk_types import WebSearchToolResultBlock as BetaWebSearchToolResultBlock
from .sdk_types import (
    WebSearchToolResultBlockContent as BetaWebSearchToolResultBlockContent,
)
from .sdk_types import (
    WebSearchToolResultBlockParam as BetaWebSearchToolResultBlockParam,
)
from .sdk_types import (
    WebSearchToolResultBlockParamContentParam as BetaWebSearchToolResultBlockParamContentParam,
)
from .sdk_types import WebSearchToolResultContent as BetaWebSearchToolResultContent
from .sdk_types import (
    WebSearchToolResultContentParam as BetaWebSearchToolResultContentParam,
)
from .sdk_types import WebSearchToolResultError as BetaWebSearchToolResultError
from .sdk_types import WebSearchToolResultErrorCode as BetaWebSearchToolResultErrorCode
from .sdk_types import (
    WebSearchToolResultErrorCodeParam as BetaWebSearchToolResultErrorCodeParam,
)
from .sdk_types import (
    WebSearchToolResultErrorObject as BetaWebSearchToolResultErrorObject,
)
from .sdk_types import (
    WebSearchToolResultErrorParam as BetaWebSearchToolResultErrorParam,
)

__all__ = [
    "BetaAllowedCallerParam",
    "BetaBase64ImageSourceParam",
    "BetaBase64PDFSource",
    "BetaBase64PDFSourceParam",
    "BetaBashCodeExecutionOutputBlock",
    "BetaBashCodeExecutionOutputBlockParam",
    "BetaBashCodeExecutionResultBlock",
    "BetaBashCodeExecutionResultBlockParam",
    "BetaBashCodeExecutionToolResultBlock",
    "BetaBashCodeExecutionToolResultBlockParam",
    "BetaBashCodeExecutionToolResultContent",
    "BetaBashCodeExecutionToolResultContentParam",
    "BetaBashCodeExecutionToolResultError",
    "BetaBashCodeExecutionToolResultErrorCode",
    "BetaBashCodeExecutionToolResultErrorCodeParam",
    "BetaBashCodeExecutionToolResultErrorObject",
    "BetaBashCodeExecutionToolResultErrorParam",
    "BetaBatchCreateParams",
    "BetaBrowserStateBlockParam",
    "BetaBrowserStateChangeDownloadCompletedParam",
    "BetaBrowserStateChangeDownloadFailedParam",
    "BetaBrowserStateChangeDownloadStartedParam",
    "BetaBrowserStateChangeParam",
    "BetaBrowserStateChangeTabOpenedParam",
    "BetaBrowserStateTabEntryParam",
    "BetaBrowserToolset20260801Param",
    "BetaBrowserToolsetConfigsParam",
    "BetaCacheControlEphemeralParam",
    "BetaCacheCreation",
    "BetaCacheMissMessagesChanged",
    "BetaCacheMissModelChanged",
    "BetaCacheMissPreviousMessageNotFound",
    "BetaCacheMissReason",
    "BetaCacheMissSystemChanged",
    "BetaCacheMissToolsChanged",
    "BetaCacheMissUnavailable",
    "BetaCacheTTLParam",
    "BetaCapabilitySupport",
    "BetaCitationCharLocation",
    "BetaCitationCharLocationParam",
    "BetaCitationContentBlockLocation",
    "BetaCitationContentBlockLocationParam",
    "BetaCitationPageLocation",
    "BetaCitationPageLocationParam",
    "BetaCitationSearchResultLocation",
    "BetaCitationSearchResultLocationParam",
    "BetaCitationWebSearchResultLocation",
    "BetaCitationWebSearchResultLocationParam",
    "BetaCitationsConfig",
    "BetaCitationsConfigParam",
    "BetaCitationsDelta",
    "BetaCitationsSearchResultLocation",
    "BetaCitationsWebSearchResultLocation",
    "BetaCodeExecutionOutputBlock",
    "BetaCodeExecutionOutputBlockParam",
    "BetaCodeExecutionResultBlock",
    "BetaCodeExecutionResultBlockParam",
    "BetaCodeExecutionTool20250522Param",
    "BetaCodeExecutionTool20250825Param",
    "BetaCodeExecutionTool20260120Param",
    "BetaCodeExecutionTool20260521Param",
    "BetaCodeExecutionToolResultBlock",
    "BetaCodeExecutionToolResultBlockContent",
    "BetaCodeExecutionToolResultBlockParam",
    "BetaCodeExecutionToolResultBlockParamContentParam",
    "BetaCodeExecutionToolResultContent",
    "BetaCodeExecutionToolResultContentParam",
    "BetaCodeExecutionToolResultError",
    "BetaCodeExecutionToolResultErrorCode",
    "BetaCodeExecutionToolResultErrorCodeParam",
    "BetaCodeExecutionToolResultErrorObject",
    "BetaCodeExecutionToolResultErrorParam",
    "BetaComputerToolset20260801Param",
    "BetaComputerToolsetConfigsParam",
    "BetaContainer",
    "BetaContainerParams",
    "BetaContainerSkill",
    "BetaContainerUploadBlock",
    "BetaContainerUploadBlockParam",
    "BetaContentBlock",
    "BetaContentBlockDeltaEvent",
    "BetaContentBlockParam",
    "BetaContentBlockSourceContentParam",
    "BetaContentBlockSourceParam",
    "BetaContentBlockStartEvent",
    "BetaContentBlockStopEvent",
    "BetaContextManagementCapability",
    "BetaDeletedFile",
    "BetaDeletedMessageBatch",
    "BetaDiagnostics",
    "BetaDiagnosticsParam",
    "BetaDirectCaller",
    "BetaDirectCallerParam",
    "BetaDocumentBlock",
    "BetaDocumentBlockParam",
    "BetaDocumentBlockSource",
    "BetaDocumentBlockSourceParam",
    "BetaDocumentSourceParam",
    "BetaEffortCapability",
    "BetaEffortLevelParam",
    "BetaEncryptedCodeExecutionResultBlock",
    "BetaEncryptedCodeExecutionResultBlockParam",
    "BetaErrorEvent",
    "BetaErrorObject",
    "BetaErrorResponse",
    "BetaFileDocumentSourceParam",
    "BetaFileImageSourceParam",
    "BetaFileList",
    "BetaFileMetadata",
    "BetaImageBlockParam",
    "BetaImageMediaTypeParam",
    "BetaImageSourceParam",
    "BetaImageTransformationsParam",
    "BetaInputJSONDelta",
    "BetaJSONOutputFormatParam",
    "BetaJSONSchemaObjectParam",
    "BetaKnownBashCodeExecutionErrorCode",
    "BetaKnownBashCodeExecutionErrorCodeParam",
    "BetaKnownCodeExecutionErrorCode",
    "BetaKnownCodeExecutionErrorCodeParam",
    "BetaKnownErrorType",
    "BetaKnownModelLifecycle",
    "BetaKnownProcessingStatus",
    "BetaKnownRefusalCategory",
    "BetaKnownServerToolName",
    "BetaKnownServerToolNameParam",
    "BetaKnownTextEditorCodeExecutionErrorCode",
    "BetaKnownTextEditorCodeExecutionErrorCodeParam",
    "BetaKnownToolSearchErrorCode",
    "BetaKnownToolSearchErrorCodeParam",
    "BetaKnownViewedFileType",
    "BetaKnownViewedFileTypeParam",
    "BetaKnownWebFetchErrorCode",
    "BetaKnownWebFetchErrorCodeParam",
    "BetaKnownWebSearchErrorCode",
    "BetaKnownWebSearchErrorCodeParam",
    "BetaMemoryTool20250818Param",
    "BetaMessage",
    "BetaMessageBatch",
    "BetaMessageBatchCanceledResult",
    "BetaMessageBatchErroredResult",
    "BetaMessageBatchExpiredResult",
    "BetaMessageBatchIndividualResponse",
    "BetaMessageBatchList",
    "BetaMessageBatchRequestCounts",
    "BetaMessageBatchRequestParam",
    "BetaMessageBatchResult",
    "BetaMessageBatchSucceededResult",
    "BetaMessageCountTokensParams",
    "BetaMessageCountTokensToolParam",
    "BetaMessageCreateParams",
    "BetaMessageDelta",
    "BetaMessageDeltaEvent",
    "BetaMessageDeltaUsage",
    "BetaMessageParam",
    "BetaMessageRoleParam",
    "BetaMessageStartEvent",
    "BetaMessageStopEvent",
    "BetaMessageStreamEvent",
    "BetaMessageTokensCount",
    "BetaMetadataParam",
    "BetaModelCapabilities",
    "BetaModelInfo",
    "BetaModelList",
    "BetaOutputConfigParam",
    "BetaOutputTokensDetails",
    "BetaPingEvent",
    "BetaPlainTextSource",
    "BetaPlainTextSourceParam",
    "BetaRawContentBlockDelta",
    "BetaRawContentBlockDeltaEvent",
    "BetaRawContentBlockStartEvent",
    "BetaRawContentBlockStopEvent",
    "BetaRawMessageDeltaEvent",
    "BetaRawMessageStartEvent",
    "BetaRawMessageStopEvent",
    "BetaRawMessageStreamEvent",
    "BetaRedactedThinkingBlock",
    "BetaRedactedThinkingBlockParam",
    "BetaRefusalStopDetails",
    "BetaSearchResultBlockParam",
    "BetaServerToolCaller",
    "BetaServerToolCaller20260120",
    "BetaServerToolCaller20260120Param",
    "BetaServerToolCallerParam",
    "BetaServerToolNameParam",
    "BetaServerToolUsage",
    "BetaServerToolUseBlock",
    "BetaServerToolUseBlockParam",
    "BetaServerToolsCapability",
    "BetaServiceTierParam",
    "BetaSignatureDelta",
    "BetaSkillParams",
    "BetaSkillType",
    "BetaSkillTypeParam",
    "BetaSpeedParam",
    "BetaStopDetails",
    "BetaStopReason",
    "BetaTextBlock",
    "BetaTextBlockParam",
    "BetaTextCitation",
    "BetaTextCitationParam",
    "BetaTextDelta",
    "BetaTextEditorCodeExecutionCreateResultBlock",
    "BetaTextEditorCodeExecutionCreateResultBlockParam",
    "BetaTextEditorCodeExecutionStrReplaceResultBlock",
    "BetaTextEditorCodeExecutionStrReplaceResultBlockParam",
    "BetaTextEditorCodeExecutionToolResultBlock",
    "BetaTextEditorCodeExecutionToolResultBlockParam",
    "BetaTextEditorCodeExecutionToolResultContent",
    "BetaTextEditorCodeExecutionToolResultContentParam",
    "BetaTextEditorCodeExecutionToolResultError",
    "BetaTextEditorCodeExecutionToolResultErrorCode",
    "BetaTextEditorCodeExecutionToolResultErrorCodeParam",
    "BetaTextEditorCodeExecutionToolResultErrorObject",
    "BetaTextEditorCodeExecutionToolResultErrorParam",
    "BetaTextEditorCodeExecutionViewResultBlock",
    "BetaTextEditorCodeExecutionViewResultBlockParam",
    "BetaThinkingBlock",
    "BetaThinkingBlockParam",
    "BetaThinkingCapability",
    "BetaThinkingConfigAdaptiveParam",
    "BetaThinkingConfigBetweenToolsParam",
    "BetaThinkingConfigDisabledParam",
    "BetaThinkingConfigEnabledParam",
    "BetaThinkingConfigParam",
    "BetaThinkingDelta",
    "BetaThinkingDisplayParam",
    "BetaThinkingTypes",
    "BetaToolBash20250124Param",
    "BetaToolCaller",
    "BetaToolCallerParam",
    "BetaToolChoiceAnyParam",
    "BetaToolChoiceAutoParam",
    "BetaToolChoiceNoneParam",
    "BetaToolChoiceParam",
    "BetaToolChoiceToolParam",
    "BetaToolInputExampleParam",
    "BetaToolInputSchemaParam",
    "BetaToolParam",
    "BetaToolReferenceBlock",
    "BetaToolReferenceBlockParam",
    "BetaToolResultBlockParam",
    "BetaToolResultContentItemParam",
    "BetaToolSearchBM25ToolParam",
    "BetaToolSearchRegexToolParam",
    "BetaToolSearchToolBm25_20251119Param",
    "BetaToolSearchToolRegex20251119Param",
    "BetaToolSearchToolResultBlock",
    "BetaToolSearchToolResultBlockParam",
    "BetaToolSearchToolResultContent",
    "BetaToolSearchToolResultContentParam",
    "BetaToolSearchToolResultError",
    "BetaToolSearchToolResultErrorCode",
    "BetaToolSearchToolResultErrorCodeParam",
    "BetaToolSearchToolResultErrorObject",
    "BetaToolSearchToolResultErrorParam",
    "BetaToolSearchToolSearchResultBlock",
    "BetaToolSearchToolSearchResultBlockParam",
    "BetaToolTextEditor20250124Param",
    "BetaToolTextEditor20250429Param",
    "BetaToolTextEditor20250728Param",
    "BetaToolUnionParam",
    "BetaToolUseBlock",
    "BetaToolUseBlockParam",
    "BetaToolUseCaller",
    "BetaToolsetMemberConfigParam",
    "BetaURLImageSourceParam",
    "BetaURLPDFSourceParam",
    "BetaUnknownBashCodeExecutionToolResultContent",
    "BetaUnknownBashCodeExecutionToolResultContentParam",
    "BetaUnknownBatchResult",
    "BetaUnknownCacheMissReason",
    "BetaUnknownCaller",
    "BetaUnknownCallerParam",
    "BetaUnknownCitation",
    "BetaUnknownCodeExecutionToolResultContent",
    "BetaUnknownCodeExecutionToolResultContentParam",
    "BetaUnknownContentBlock",
    "BetaUnknownDelta",
    "BetaUnknownDocumentSource",
    "BetaUnknownDocumentSourceParam",
    "BetaUnknownStopDetails",
    "BetaUnknownTextEditorCodeExecutionToolResultContent",
    "BetaUnknownTextEditorCodeExecutionToolResultContentParam",
    "BetaUnknownToolSearchToolResultContent",
    "BetaUnknownToolSearchToolResultContentParam",
    "BetaUnknownWebFetchToolResultContent",
    "BetaUnknownWebFetchToolResultContentParam",
    "BetaUnknownWebSearchToolResultContent",
    "BetaUnknownWebSearchToolResultContentParam",
    "BetaUsage",
    "BetaUserLocationParam",
    "BetaWebFetchBlock",
    "BetaWebFetchBlockParam",
    "BetaWebFetchResultBlock",
    "BetaWebFetchResultBlockParam",
    "BetaWebFetchTool20250910Param",
    "BetaWebFetchTool20260209Param",
    "BetaWebFetchTool20260309Param",
    "BetaWebFetchTool20260318Param",
    "BetaWebFetchToolResultBlock",
    "BetaWebFetchToolResultBlockParam",
    "BetaWebFetchToolResultContent",
    "BetaWebFetchToolResultContentParam",
    "BetaWebFetchToolResultError",
    "BetaWebFetchToolResultErrorBlock",
    "BetaWebFetchToolResultErrorBlockParam",
    "BetaWebFetchToolResultErrorCode",
    "BetaWebFetchToolResultErrorCodeParam",
    "BetaWebFetchToolResultErrorParam",
    "BetaWebFetchURLSourceAllParam",
    "BetaWebFetchURLSourceExceptParam",
    "BetaWebFetchURLSourceNoneParam",
    "BetaWebFetchURLSourceOnlyParam",
    "BetaWebFetchURLSourceParam",
    "BetaWebFetchURLSourceToolReferenceParam",
    "BetaWebFetchURLSourcesParam",
    "BetaWebFetchUserInputURLSourceParam",
    "BetaWebSearchResultBlock",
    "BetaWebSearchResultBlockParam",
    "BetaWebSearchTool20250305Param",
    "BetaWebSearchTool20260209Param",
    "BetaWebSearchTool20260318Param",
    "BetaWebSearchToolRequestErrorObjectParam",
    "BetaWebSearchToolRequestErrorParam",
    "BetaWebSearchToolResultBlock",
    "BetaWebSearchToolResultBlockContent",
    "BetaWebSearchToolResultBlockParam",
    "BetaWebSearchToolResultBlockParamContentParam",
    "BetaWebSearchToolResultContent",
    "BetaWebSearchToolResultContentParam",
    "BetaWebSearchToolResultError",
    "BetaWebSearchToolResultErrorCode",
    "BetaWebSearchToolResultErrorCodeParam",
    "BetaWebSearchToolResultErrorObject",
    "BetaWebSearchToolResultErrorParam",
]
