"""The tagged unions of the API: the ``type`` of each member, its model class name.

Written by scripts/generate from openapi.yaml; do not edit. ``MEMBERS`` maps a
union's component name to ``{type: class name}``; ``CATCH_ALL`` names the member
that takes a ``type`` the spec does not list.
"""

MEMBERS: dict[str, dict[str, str]] = {
    "ContentBlockParam": {
        "text": "TextBlockParam",
        "image": "ImageBlockParam",
        "document": "DocumentBlockParam",
        "tool_use": "ToolUseBlockParam",
        "tool_result": "ToolResultBlockParam",
        "thinking": "ThinkingBlockParam",
        "redacted_thinking": "RedactedThinkingBlockParam",
    },
    "ImageSource": {"base64": "Base64ImageSource", "url": "URLImageSource"},
    "DocumentSource": {
        "base64": "Base64PDFSource",
        "text": "PlainTextSource",
        "url": "URLPDFSource",
        "content": "ContentBlockSource",
    },
    "ContentBlockSourceContentItem": {"text": "TextBlockParam", "image": "ImageBlockParam"},
    "ToolChoice": {
        "auto": "ToolChoiceAuto",
        "any": "ToolChoiceAny",
        "tool": "ToolChoiceTool",
        "none": "ToolChoiceNone",
    },
    "ThinkingConfig": {
        "enabled": "ThinkingConfigEnabled",
        "adaptive": "ThinkingConfigAdaptive",
        "disabled": "ThinkingConfigDisabled",
    },
    "TextCitationParam": {
        "char_location": "CitationCharLocation",
        "page_location": "CitationPageLocation",
        "content_block_location": "CitationContentBlockLocation",
    },
    "ContentBlock": {
        "text": "TextBlock",
        "tool_use": "ToolUseBlock",
        "thinking": "ThinkingBlock",
        "redacted_thinking": "RedactedThinkingBlock",
    },
    "TextCitation": {
        "char_location": "CitationCharLocation",
        "page_location": "CitationPageLocation",
        "content_block_location": "CitationContentBlockLocation",
    },
    "MessageBatchResult": {
        "succeeded": "MessageBatchSucceededResult",
        "errored": "MessageBatchErroredResult",
        "canceled": "MessageBatchCanceledResult",
        "expired": "MessageBatchExpiredResult",
    },
    "MessageStreamEvent": {
        "message_start": "MessageStartEvent",
        "content_block_start": "ContentBlockStartEvent",
        "content_block_delta": "ContentBlockDeltaEvent",
        "content_block_stop": "ContentBlockStopEvent",
        "message_delta": "MessageDeltaEvent",
        "message_stop": "MessageStopEvent",
        "ping": "PingEvent",
        "error": "ErrorEvent",
    },
    "ContentBlockDelta": {
        "text_delta": "TextDelta",
        "input_json_delta": "InputJSONDelta",
        "thinking_delta": "ThinkingDelta",
        "signature_delta": "SignatureDelta",
        "citations_delta": "CitationsDelta",
    },
}

CATCH_ALL: dict[str, str] = {
    "ContentBlock": "UnknownContentBlock",
    "TextCitation": "UnknownCitation",
    "MessageBatchResult": "UnknownBatchResult",
    "ContentBlockDelta": "UnknownDelta",
}
