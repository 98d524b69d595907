"""The request schemas of the API, reduced to what a check before sending uses.

Written by scripts/generate from openapi.yaml; do not edit. ``SCHEMAS`` maps a
component name to its schema (``ref`` names another component, ``union`` lists the
members of a oneOf/anyOf, ``tag`` is the discriminating property); ``OPERATIONS``
maps an operationId to its path, body schema, stream flag and header parameters.
"""

from typing import Any

SCHEMAS: dict[str, Any] = {
    "Base64ImageSource": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "base64"},
            "media_type": {"ref": "ImageMediaType"},
            "data": {"type": "string", "contentEncoding": "base64"},
        },
        "required": ["type", "media_type", "data"],
    },
    "Base64PDFSource": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "base64"},
            "media_type": {"type": "string", "const": "application/pdf"},
            "data": {"type": "string", "contentEncoding": "base64"},
        },
        "required": ["type", "media_type", "data"],
    },
    "CacheControlEphemeral": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "ephemeral"},
            "ttl": {"ref": "CacheTTL"},
        },
        "required": ["type"],
    },
    "CacheTTL": {"type": "string", "enum": ["5m", "1h"]},
    "CitationCharLocation": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "char_location"},
            "cited_text": {"type": "string"},
            "document_index": {"type": "integer"},
            "document_title": {"type": ["string", "null"]},
            "start_char_index": {"type": "integer"},
            "end_char_index": {"type": "integer"},
        },
        "required": ["type", "cited_text", "document_index", "start_char_index", "end_char_index"],
    },
    "CitationContentBlockLocation": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "content_block_location"},
            "cited_text": {"type": "string"},
            "document_index": {"type": "integer"},
            "document_title": {"type": ["string", "null"]},
            "start_block_index": {"type": "integer"},
            "end_block_index": {"type": "integer"},
        },
        "required": [
            "type",
            "cited_text",
            "document_index",
            "start_block_index",
            "end_block_index",
        ],
    },
    "CitationPageLocation": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "page_location"},
            "cited_text": {"type": "string"},
            "document_index": {"type": "integer"},
            "document_title": {"type": ["string", "null"]},
            "start_page_number": {"type": "integer"},
            "end_page_number": {"type": "integer"},
        },
        "required": [
            "type",
            "cited_text",
            "document_index",
            "start_page_number",
            "end_page_number",
        ],
    },
    "CitationsConfigParam": {"type": "object", "properties": {"enabled": {"type": "boolean"}}},
    "ContentBlockParam": {
        "x-also-accepts": "ContentBlock",
        "union": [
            {"ref": "TextBlockParam"},
            {"ref": "ImageBlockParam"},
            {"ref": "DocumentBlockParam"},
            {"ref": "ToolUseBlockParam"},
            {"ref": "ToolResultBlockParam"},
            {"ref": "ThinkingBlockParam"},
            {"ref": "RedactedThinkingBlockParam"},
        ],
        "tag": "type",
    },
    "ContentBlockSource": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "content"},
            "content": {
                "union": [
                    {"type": "string"},
                    {"type": "array", "items": {"ref": "ContentBlockSourceContentItem"}},
                ]
            },
        },
        "required": ["type", "content"],
    },
    "ContentBlockSourceContentItem": {
        "union": [{"ref": "TextBlockParam"}, {"ref": "ImageBlockParam"}],
        "tag": "type",
    },
    "CountTokensParams": {
        "type": "object",
        "properties": {
            "model": {"type": "string", "minLength": 1},
            "messages": {"type": "array", "items": {"ref": "MessageParam"}, "minItems": 1},
            "system": {
                "union": [{"type": "string"}, {"type": "array", "items": {"ref": "TextBlockParam"}}]
            },
            "tools": {"type": "array", "items": {"ref": "Tool"}},
            "tool_choice": {"ref": "ToolChoice"},
            "thinking": {"ref": "ThinkingConfig"},
            "temperature": {
                "type": "number",
                "minimum": 0,
                "maximum": 1,
                "x-refused-in-versions": ["2026-10-21"],
                "x-refused-rule": "no sampling "
                "parameters "
                "(temperature, top_p, "
                "top_k), even at "
                "default values",
            },
            "top_k": {
                "type": "integer",
                "minimum": 0,
                "x-refused-in-versions": ["2026-10-21"],
                "x-refused-rule": "no sampling parameters "
                "(temperature, top_p, "
                "top_k), even at default "
                "values",
            },
            "top_p": {
                "type": "number",
                "minimum": 0,
                "maximum": 1,
                "x-refused-in-versions": ["2026-10-21"],
                "x-refused-rule": "no sampling parameters "
                "(temperature, top_p, "
                "top_k), even at default "
                "values",
            },
        },
        "required": ["model", "messages"],
    },
    "CreateMessageBatchParams": {
        "type": "object",
        "properties": {
            "requests": {
                "type": "array",
                "items": {"ref": "MessageBatchRequest"},
                "minItems": 1,
                "maxItems": 100000,
            }
        },
        "required": ["requests"],
    },
    "CreateMessageParams": {
        "type": "object",
        "properties": {
            "model": {"type": "string", "minLength": 1},
            "max_tokens": {"type": "integer", "minimum": 1},
            "messages": {"type": "array", "items": {"ref": "MessageParam"}, "minItems": 1},
            "system": {
                "union": [{"type": "string"}, {"type": "array", "items": {"ref": "TextBlockParam"}}]
            },
            "metadata": {"ref": "Metadata"},
            "stop_sequences": {"type": "array", "items": {"type": "string"}},
            "stream": {"type": "boolean"},
            "temperature": {
                "type": "number",
                "minimum": 0,
                "maximum": 1,
                "x-refused-in-versions": ["2026-10-21"],
                "x-refused-rule": "no sampling "
                "parameters "
                "(temperature, "
                "top_p, top_k), even "
                "at default values",
            },
            "top_k": {
                "type": "integer",
                "minimum": 0,
                "x-refused-in-versions": ["2026-10-21"],
                "x-refused-rule": "no sampling parameters "
                "(temperature, top_p, "
                "top_k), even at default "
                "values",
            },
            "top_p": {
                "type": "number",
                "minimum": 0,
                "maximum": 1,
                "x-refused-in-versions": ["2026-10-21"],
                "x-refused-rule": "no sampling parameters "
                "(temperature, top_p, "
                "top_k), even at default "
                "values",
            },
            "tools": {"type": "array", "items": {"ref": "Tool"}},
            "tool_choice": {"ref": "ToolChoice"},
            "thinking": {"ref": "ThinkingConfig"},
            "service_tier": {"ref": "ServiceTier"},
        },
        "required": ["model", "max_tokens", "messages"],
    },
    "DocumentBlockParam": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "document"},
            "source": {"ref": "DocumentSource"},
            "title": {"type": ["string", "null"]},
            "context": {"type": ["string", "null"]},
            "citations": {"ref": "CitationsConfigParam"},
            "cache_control": {"ref": "CacheControlEphemeral"},
        },
        "required": ["type", "source"],
        "x-refused-in-versions": ["2026-10-21"],
        "x-refused-in-roles": ["assistant"],
        "x-refused-rule": "no document block in an assistant message",
    },
    "DocumentSource": {
        "union": [
            {"ref": "Base64PDFSource"},
            {"ref": "PlainTextSource"},
            {"ref": "URLPDFSource"},
            {"ref": "ContentBlockSource"},
        ],
        "tag": "type",
    },
    "ImageBlockParam": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "image"},
            "source": {"ref": "ImageSource"},
            "cache_control": {"ref": "CacheControlEphemeral"},
        },
        "required": ["type", "source"],
    },
    "ImageMediaType": {
        "type": "string",
        "enum": ["image/jpeg", "image/png", "image/gif", "image/webp"],
    },
    "ImageSource": {
        "union": [{"ref": "Base64ImageSource"}, {"ref": "URLImageSource"}],
        "tag": "type",
    },
    "MessageBatchRequest": {
        "type": "object",
        "properties": {
            "custom_id": {
                "type": "string",
                "minLength": 1,
                "maxLength": 64,
                "pattern": "^[a-zA-Z0-9_-]{1,64}$",
            },
            "params": {"ref": "CreateMessageParams"},
        },
        "required": ["custom_id", "params"],
    },
    "MessageParam": {
        "type": "object",
        "properties": {
            "role": {"ref": "MessageRole"},
            "content": {
                "union": [
                    {"type": "string"},
                    {"type": "array", "items": {"ref": "ContentBlockParam"}},
                ]
            },
        },
        "required": ["role", "content"],
    },
    "MessageRole": {"type": "string", "enum": ["user", "assistant"]},
    "Metadata": {
        "type": "object",
        "properties": {"user_id": {"type": ["string", "null"], "maxLength": 256}},
    },
    "PlainTextSource": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "text"},
            "media_type": {"type": "string", "const": "text/plain"},
            "data": {"type": "string"},
        },
        "required": ["type", "media_type", "data"],
    },
    "RedactedThinkingBlockParam": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "redacted_thinking"},
            "data": {"type": "string"},
        },
        "required": ["type", "data"],
    },
    "ServiceTier": {"type": "string", "enum": ["auto", "standard_only"]},
    "TextBlockParam": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "text"},
            "text": {"type": "string"},
            "cache_control": {"ref": "CacheControlEphemeral"},
            "citations": {
                "type": ["array", "null"],
                "items": {"ref": "TextCitationParam"},
                "x-refused-in-versions": ["2026-10-21"],
                "x-refused-in-roles": ["user"],
                "x-refused-rule": "no citations on a text block in a user message",
            },
        },
        "required": ["type", "text"],
    },
    "TextCitationParam": {
        "union": [
            {"ref": "CitationCharLocation"},
            {"ref": "CitationPageLocation"},
            {"ref": "CitationContentBlockLocation"},
        ],
        "tag": "type",
    },
    "ThinkingBlockParam": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "thinking"},
            "thinking": {"type": "string"},
            "signature": {"type": "string"},
        },
        "required": ["type", "thinking", "signature"],
    },
    "ThinkingConfig": {
        "union": [
            {"ref": "ThinkingConfigEnabled"},
            {"ref": "ThinkingConfigAdaptive"},
            {"ref": "ThinkingConfigDisabled"},
        ],
        "tag": "type",
    },
    "ThinkingConfigAdaptive": {
        "type": "object",
        "properties": {"type": {"type": "string", "const": "adaptive"}},
        "required": ["type"],
    },
    "ThinkingConfigDisabled": {
        "type": "object",
        "properties": {"type": {"type": "string", "const": "disabled"}},
        "required": ["type"],
    },
    "ThinkingConfigEnabled": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "enabled"},
            "budget_tokens": {"type": "integer", "minimum": 1024},
        },
        "required": ["type", "budget_tokens"],
    },
    "Tool": {
        "type": "object",
        "properties": {
            "name": {
                "type": "string",
                "minLength": 1,
                "maxLength": 128,
                "pattern": "^[a-zA-Z0-9_-]{1,128}$",
            },
            "description": {"type": "string"},
            "input_schema": {"ref": "ToolInputSchema"},
            "cache_control": {"ref": "CacheControlEphemeral"},
        },
        "required": ["name", "input_schema"],
    },
    "ToolChoice": {
        "union": [
            {"ref": "ToolChoiceAuto"},
            {"ref": "ToolChoiceAny"},
            {"ref": "ToolChoiceTool"},
            {"ref": "ToolChoiceNone"},
        ],
        "tag": "type",
    },
    "ToolChoiceAny": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "any"},
            "disable_parallel_tool_use": {"type": "boolean"},
        },
        "required": ["type"],
    },
    "ToolChoiceAuto": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "auto"},
            "disable_parallel_tool_use": {"type": "boolean"},
        },
        "required": ["type"],
    },
    "ToolChoiceNone": {
        "type": "object",
        "properties": {"type": {"type": "string", "const": "none"}},
        "required": ["type"],
    },
    "ToolChoiceTool": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "tool"},
            "name": {"type": "string"},
            "disable_parallel_tool_use": {"type": "boolean"},
        },
        "required": ["type", "name"],
    },
    "ToolInputSchema": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "object"},
            "properties": {},
            "required": {"type": "array", "items": {"type": "string"}},
        },
        "required": ["type"],
    },
    "ToolResultBlockParam": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "tool_result"},
            "tool_use_id": {"type": "string"},
            "content": {
                "union": [
                    {"type": "string"},
                    {"type": "array", "items": {"ref": "ContentBlockSourceContentItem"}},
                ]
            },
            "is_error": {"type": "boolean"},
            "cache_control": {"ref": "CacheControlEphemeral"},
        },
        "required": ["type", "tool_use_id"],
    },
    "ToolUseBlockParam": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "tool_use"},
            "id": {"type": "string"},
            "name": {"type": "string"},
            "input": {},
            "cache_control": {"ref": "CacheControlEphemeral"},
        },
        "required": ["type", "id", "name", "input"],
    },
    "URLImageSource": {
        "type": "object",
        "properties": {"type": {"type": "string", "const": "url"}, "url": {"type": "string"}},
        "required": ["type", "url"],
    },
    "URLPDFSource": {
        "type": "object",
        "properties": {"type": {"type": "string", "const": "url"}, "url": {"type": "string"}},
        "required": ["type", "url"],
    },
}

OPERATIONS: dict[str, Any] = {
    "createMessage": {
        "method": "POST",
        "path": "/v1/messages",
        "body": "CreateMessageParams",
        "stream_flag": "stream",
        "headers": {
            "betas": {
                "header": "anthropic-beta",
                "schema": {"type": "array", "items": {"type": "string", "minLength": 1}},
            }
        },
    },
    "countMessageTokens": {
        "method": "POST",
        "path": "/v1/messages/count_tokens",
        "body": "CountTokensParams",
        "stream_flag": None,
        "headers": {
            "betas": {
                "header": "anthropic-beta",
                "schema": {"type": "array", "items": {"type": "string", "minLength": 1}},
            }
        },
    },
    "createMessageBatch": {
        "method": "POST",
        "path": "/v1/messages/batches",
        "body": "CreateMessageBatchParams",
        "stream_flag": None,
        "headers": {
            "betas": {
                "header": "anthropic-beta",
                "schema": {"type": "array", "items": {"type": "string", "minLength": 1}},
            }
        },
    },
}
