"""The request schemas of the API, reduced to what a check before sending uses.

Written by scripts/generate from openapi.yaml; do not edit. ``SCHEMAS`` maps a
component name to its schema (``ref`` names another component, ``union`` lists the
members of a oneOf/anyOf, ``tag`` is the discriminating property); ``OPERATIONS``
maps an operationId to its path, body schema, stream flag and header parameters.
"""

from typing import Any

SCHEMAS: dict[str, Any] = {
    "AllowedCaller": {
        "type": "string",
        "enum": [
            "direct",
            "code_execution_20250825",
            "code_execution_20260120",
            "code_execution_20260521",
        ],
    },
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
    "BashCodeExecutionOutputBlock": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "bash_code_execution_output"},
            "file_id": {"type": "string"},
        },
        "required": ["type", "file_id"],
    },
    "BashCodeExecutionResultBlock": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "bash_code_execution_result"},
            "stdout": {"type": "string"},
            "stderr": {"type": "string"},
            "return_code": {"type": "integer"},
            "content": {"type": "array", "items": {"ref": "BashCodeExecutionOutputBlock"}},
        },
        "required": ["type", "stdout", "stderr", "return_code", "content"],
    },
    "BashCodeExecutionToolResultBlockParam": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "bash_code_execution_tool_result"},
            "tool_use_id": {"type": "string"},
            "content": {"ref": "BashCodeExecutionToolResultContent"},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
        },
        "required": ["type", "tool_use_id", "content"],
    },
    "BashCodeExecutionToolResultContent": {
        "union": [
            {"ref": "BashCodeExecutionResultBlock"},
            {"ref": "BashCodeExecutionToolResultError"},
            {"ref": "UnknownBashCodeExecutionToolResultContent"},
        ],
        "tag": "type",
    },
    "BashCodeExecutionToolResultError": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "bash_code_execution_tool_result_error"},
            "error_code": {
                "union": [{"ref": "KnownBashCodeExecutionErrorCode"}, {"type": "string"}]
            },
        },
        "required": ["type", "error_code"],
    },
    "BrowserStateBlockParam": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "browser_state"},
            "tabs": {"type": "array", "items": {"ref": "BrowserStateTabEntry"}},
            "state_changes": {"type": ["array", "null"], "items": {"ref": "BrowserStateChange"}},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
        },
        "required": ["type", "tabs"],
    },
    "BrowserStateChange": {
        "union": [
            {"ref": "BrowserStateChangeTabOpened"},
            {"ref": "BrowserStateChangeDownloadStarted"},
            {"ref": "BrowserStateChangeDownloadCompleted"},
            {"ref": "BrowserStateChangeDownloadFailed"},
        ],
        "tag": "type",
    },
    "BrowserStateChangeDownloadCompleted": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "download_completed"},
            "download_id": {"type": "string"},
            "url": {"type": "string"},
            "path": {"type": ["string", "null"]},
            "size_bytes": {"type": ["integer", "null"]},
        },
        "required": ["type", "download_id", "url"],
    },
    "BrowserStateChangeDownloadFailed": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "download_failed"},
            "download_id": {"type": "string"},
            "url": {"type": "string"},
            "error": {"type": ["string", "null"]},
        },
        "required": ["type", "download_id", "url"],
    },
    "BrowserStateChangeDownloadStarted": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "download_started"},
            "download_id": {"type": "string"},
            "url": {"type": "string"},
        },
        "required": ["type", "download_id", "url"],
    },
    "BrowserStateChangeTabOpened": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "tab_opened"},
            "tab_id": {"type": "string"},
        },
        "required": ["type", "tab_id"],
    },
    "BrowserStateTabEntry": {
        "type": "object",
        "properties": {
            "tab_id": {"type": "string"},
            "title": {"type": "string"},
            "url": {"type": "string"},
            "active": {"type": "boolean"},
        },
        "required": ["tab_id", "title", "url"],
    },
    "BrowserToolset20260801": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "browser_toolset_20260801"},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
            "configs": {"union": [{"ref": "BrowserToolsetConfigs"}, {"type": "null"}]},
        },
        "required": ["type"],
    },
    "BrowserToolsetConfigs": {
        "type": "object",
        "properties": {
            "close_tab": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "double_click": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "file_upload": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "find": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "form_input": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "get_page_text": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "hold_key": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "hover": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "javascript_exec": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "key": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "left_click": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "left_click_drag": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "left_mouse_down": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "left_mouse_up": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "list_tabs": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "middle_click": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "mouse_move": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "navigate": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "new_tab": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "read_console": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "read_network": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "read_page": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "right_click": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "screenshot": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "scroll": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "scroll_to": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "switch_tab": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "triple_click": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "type": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "wait": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "zoom": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
        },
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
            "file_id": {"type": ["string", "null"]},
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
            "file_id": {"type": ["string", "null"]},
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
            "file_id": {"type": ["string", "null"]},
        },
        "required": [
            "type",
            "cited_text",
            "document_index",
            "start_page_number",
            "end_page_number",
        ],
    },
    "CitationSearchResultLocation": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "search_result_location"},
            "cited_text": {"type": "string"},
            "source": {"type": "string"},
            "title": {"type": ["string", "null"]},
            "search_result_index": {"type": "integer"},
            "start_block_index": {"type": "integer"},
            "end_block_index": {"type": "integer"},
        },
        "required": [
            "type",
            "cited_text",
            "source",
            "search_result_index",
            "start_block_index",
            "end_block_index",
        ],
    },
    "CitationWebSearchResultLocation": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "web_search_result_location"},
            "cited_text": {"type": "string"},
            "url": {"type": "string"},
            "title": {"type": ["string", "null"]},
            "encrypted_index": {"type": "string"},
        },
        "required": ["type", "cited_text", "url", "encrypted_index"],
    },
    "CitationsConfig": {
        "type": "object",
        "properties": {"enabled": {"type": "boolean"}},
        "required": ["enabled"],
    },
    "CitationsConfigParam": {"type": "object", "properties": {"enabled": {"type": "boolean"}}},
    "CodeExecutionOutputBlock": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "code_execution_output"},
            "file_id": {"type": "string"},
        },
        "required": ["type", "file_id"],
    },
    "CodeExecutionResultBlock": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "code_execution_result"},
            "stdout": {"type": "string"},
            "stderr": {"type": "string"},
            "return_code": {"type": "integer"},
            "content": {"type": "array", "items": {"ref": "CodeExecutionOutputBlock"}},
        },
        "required": ["type", "stdout", "stderr", "return_code", "content"],
    },
    "CodeExecutionTool20250522": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "code_execution_20250522"},
            "name": {"type": "string", "const": "code_execution"},
            "allowed_callers": {"type": "array", "items": {"ref": "AllowedCaller"}},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
            "defer_loading": {"type": "boolean"},
            "strict": {"type": "boolean"},
        },
        "required": ["type", "name"],
    },
    "CodeExecutionTool20250825": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "code_execution_20250825"},
            "name": {"type": "string", "const": "code_execution"},
            "allowed_callers": {"type": "array", "items": {"ref": "AllowedCaller"}},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
            "defer_loading": {"type": "boolean"},
            "strict": {"type": "boolean"},
        },
        "required": ["type", "name"],
    },
    "CodeExecutionTool20260120": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "code_execution_20260120"},
            "name": {"type": "string", "const": "code_execution"},
            "allowed_callers": {"type": "array", "items": {"ref": "AllowedCaller"}},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
            "defer_loading": {"type": "boolean"},
            "strict": {"type": "boolean"},
        },
        "required": ["type", "name"],
    },
    "CodeExecutionTool20260521": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "code_execution_20260521"},
            "name": {"type": "string", "const": "code_execution"},
            "allowed_callers": {"type": "array", "items": {"ref": "AllowedCaller"}},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
            "defer_loading": {"type": "boolean"},
            "strict": {"type": "boolean"},
        },
        "required": ["type", "name"],
    },
    "CodeExecutionToolResultBlockParam": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "code_execution_tool_result"},
            "tool_use_id": {"type": "string"},
            "content": {"ref": "CodeExecutionToolResultContent"},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
        },
        "required": ["type", "tool_use_id", "content"],
    },
    "CodeExecutionToolResultContent": {
        "union": [
            {"ref": "CodeExecutionResultBlock"},
            {"ref": "EncryptedCodeExecutionResultBlock"},
            {"ref": "CodeExecutionToolResultError"},
            {"ref": "UnknownCodeExecutionToolResultContent"},
        ],
        "tag": "type",
    },
    "CodeExecutionToolResultError": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "code_execution_tool_result_error"},
            "error_code": {"union": [{"ref": "KnownCodeExecutionErrorCode"}, {"type": "string"}]},
        },
        "required": ["type", "error_code"],
    },
    "ComputerToolset20260801": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "computer_toolset_20260801"},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
            "configs": {"union": [{"ref": "ComputerToolsetConfigs"}, {"type": "null"}]},
        },
        "required": ["type"],
    },
    "ComputerToolsetConfigs": {
        "type": "object",
        "properties": {
            "cursor_position": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "double_click": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "hold_key": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "key": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "left_click": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "left_click_drag": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "left_mouse_down": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "left_mouse_up": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "middle_click": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "mouse_move": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "right_click": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "screenshot": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "scroll": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "triple_click": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "type": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "wait": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
            "zoom": {"union": [{"ref": "ToolsetMemberConfig"}, {"type": "null"}]},
        },
    },
    "ContainerParams": {
        "type": "object",
        "properties": {
            "id": {"type": ["string", "null"]},
            "skills": {"type": ["array", "null"], "items": {"ref": "SkillParams"}},
        },
    },
    "ContainerUploadBlockParam": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "container_upload"},
            "file_id": {"type": "string", "minLength": 1},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
        },
        "required": ["type", "file_id"],
    },
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
            {"ref": "SearchResultBlockParam"},
            {"ref": "ServerToolUseBlockParam"},
            {"ref": "WebSearchToolResultBlockParam"},
            {"ref": "WebFetchToolResultBlockParam"},
            {"ref": "CodeExecutionToolResultBlockParam"},
            {"ref": "BashCodeExecutionToolResultBlockParam"},
            {"ref": "TextEditorCodeExecutionToolResultBlockParam"},
            {"ref": "ToolSearchToolResultBlockParam"},
            {"ref": "ContainerUploadBlockParam"},
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
            "tools": {"type": "array", "items": {"ref": "ToolUnion"}},
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
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
            "output_config": {"ref": "OutputConfig"},
            "speed": {"union": [{"ref": "Speed"}, {"type": "null"}]},
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
            "tools": {"type": "array", "items": {"ref": "ToolUnion"}},
            "tool_choice": {"ref": "ToolChoice"},
            "thinking": {"ref": "ThinkingConfig"},
            "service_tier": {"ref": "ServiceTier"},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
            "container": {
                "union": [{"type": "string"}, {"ref": "ContainerParams"}, {"type": "null"}]
            },
            "diagnostics": {"union": [{"ref": "DiagnosticsParam"}, {"type": "null"}]},
            "inference_geo": {"type": ["string", "null"]},
            "output_config": {"ref": "OutputConfig"},
            "speed": {"union": [{"ref": "Speed"}, {"type": "null"}]},
        },
        "required": ["model", "max_tokens", "messages"],
    },
    "DiagnosticsParam": {
        "type": "object",
        "properties": {"previous_message_id": {"type": ["string", "null"]}},
    },
    "DirectCaller": {
        "type": "object",
        "properties": {"type": {"type": "string", "const": "direct"}},
        "required": ["type"],
    },
    "DocumentBlock": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "document"},
            "source": {"ref": "DocumentBlockSource"},
            "title": {"type": ["string", "null"]},
            "citations": {"union": [{"ref": "CitationsConfig"}, {"type": "null"}]},
        },
        "required": ["type", "source"],
    },
    "DocumentBlockParam": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "document"},
            "source": {"ref": "DocumentSource"},
            "title": {"type": ["string", "null"]},
            "context": {"type": ["string", "null"]},
            "citations": {"union": [{"ref": "CitationsConfigParam"}, {"type": "null"}]},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
        },
        "required": ["type", "source"],
        "x-refused-in-versions": ["2026-10-21"],
        "x-refused-in-roles": ["assistant"],
        "x-refused-rule": "no document block in an assistant message",
    },
    "DocumentBlockSource": {
        "union": [
            {"ref": "Base64PDFSource"},
            {"ref": "PlainTextSource"},
            {"ref": "UnknownDocumentSource"},
        ],
        "tag": "type",
    },
    "DocumentSource": {
        "union": [
            {"ref": "Base64PDFSource"},
            {"ref": "PlainTextSource"},
            {"ref": "URLPDFSource"},
            {"ref": "ContentBlockSource"},
            {"ref": "FileDocumentSource"},
        ],
        "tag": "type",
    },
    "EffortLevel": {"type": "string", "enum": ["low", "medium", "high", "xhigh", "max"]},
    "EncryptedCodeExecutionResultBlock": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "encrypted_code_execution_result"},
            "encrypted_stdout": {"type": "string"},
            "stderr": {"type": "string"},
            "return_code": {"type": "integer"},
            "content": {"type": "array", "items": {"ref": "CodeExecutionOutputBlock"}},
        },
        "required": ["type", "encrypted_stdout", "stderr", "return_code", "content"],
    },
    "FileDocumentSource": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "file"},
            "file_id": {"type": "string", "minLength": 1},
        },
        "required": ["type", "file_id"],
    },
    "FileImageSource": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "file"},
            "file_id": {"type": "string", "minLength": 1},
        },
        "required": ["type", "file_id"],
    },
    "ImageBlockParam": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "image"},
            "source": {"ref": "ImageSource"},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
            "transformations": {"union": [{"ref": "ImageTransformations"}, {"type": "null"}]},
        },
        "required": ["type", "source"],
    },
    "ImageMediaType": {
        "type": "string",
        "enum": ["image/jpeg", "image/png", "image/gif", "image/webp"],
    },
    "ImageSource": {
        "union": [
            {"ref": "Base64ImageSource"},
            {"ref": "URLImageSource"},
            {"ref": "FileImageSource"},
        ],
        "tag": "type",
    },
    "ImageTransformations": {
        "type": "object",
        "properties": {"oversized_image": {"type": "string", "enum": ["downsize", "error"]}},
    },
    "JSONOutputFormat": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "json_schema"},
            "schema": {"ref": "JSONSchemaObject"},
        },
        "required": ["type", "schema"],
    },
    "JSONSchemaObject": {"type": "object"},
    "KnownBashCodeExecutionErrorCode": {
        "type": "string",
        "enum": [
            "invalid_tool_input",
            "unavailable",
            "too_many_requests",
            "execution_time_exceeded",
            "output_file_too_large",
        ],
    },
    "KnownCodeExecutionErrorCode": {
        "type": "string",
        "enum": [
            "invalid_tool_input",
            "unavailable",
            "too_many_requests",
            "execution_time_exceeded",
        ],
    },
    "KnownServerToolName": {
        "type": "string",
        "enum": [
            "web_search",
            "web_fetch",
            "code_execution",
            "bash_code_execution",
            "text_editor_code_execution",
            "tool_search_tool_regex",
            "tool_search_tool_bm25",
        ],
    },
    "KnownTextEditorCodeExecutionErrorCode": {
        "type": "string",
        "enum": [
            "invalid_tool_input",
            "unavailable",
            "too_many_requests",
            "execution_time_exceeded",
            "file_not_found",
        ],
    },
    "KnownToolSearchErrorCode": {
        "type": "string",
        "enum": [
            "invalid_tool_input",
            "unavailable",
            "too_many_requests",
            "execution_time_exceeded",
        ],
    },
    "KnownViewedFileType": {"type": "string", "enum": ["text", "image", "pdf"]},
    "KnownWebFetchErrorCode": {
        "type": "string",
        "enum": [
            "invalid_tool_input",
            "url_too_long",
            "url_not_allowed",
            "url_not_in_prior_context",
            "url_not_accessible",
            "unsupported_content_type",
            "too_many_requests",
            "max_uses_exceeded",
            "unavailable",
            "content_too_large",
        ],
    },
    "KnownWebSearchErrorCode": {
        "type": "string",
        "enum": [
            "invalid_tool_input",
            "unavailable",
            "max_uses_exceeded",
            "too_many_requests",
            "query_too_long",
            "request_too_large",
        ],
    },
    "MemoryTool20250818": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "memory_20250818"},
            "name": {"type": "string", "const": "memory"},
            "allowed_callers": {"type": "array", "items": {"ref": "AllowedCaller"}},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
            "defer_loading": {"type": "boolean"},
            "strict": {"type": "boolean"},
            "input_examples": {"type": "array", "items": {"ref": "ToolInputExample"}},
        },
        "required": ["type", "name"],
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
    "OutputConfig": {
        "type": "object",
        "properties": {
            "effort": {"union": [{"ref": "EffortLevel"}, {"type": "null"}]},
            "format": {"union": [{"ref": "JSONOutputFormat"}, {"type": "null"}]},
        },
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
    "SearchResultBlockParam": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "search_result"},
            "source": {"type": "string"},
            "title": {"type": "string"},
            "content": {"type": "array", "items": {"ref": "TextBlockParam"}},
            "citations": {"ref": "CitationsConfigParam"},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
        },
        "required": ["type", "source", "title", "content"],
    },
    "ServerToolCaller": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "code_execution_20250825"},
            "tool_id": {"type": "string"},
        },
        "required": ["type", "tool_id"],
    },
    "ServerToolCaller20260120": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "code_execution_20260120"},
            "tool_id": {"type": "string"},
        },
        "required": ["type", "tool_id"],
    },
    "ServerToolName": {"union": [{"ref": "KnownServerToolName"}, {"type": "string"}]},
    "ServerToolUseBlockParam": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "server_tool_use"},
            "id": {"type": "string"},
            "name": {"ref": "ServerToolName"},
            "input": {},
            "caller": {"union": [{"ref": "ToolCaller"}, {"type": "null"}]},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
        },
        "required": ["type", "id", "name", "input"],
    },
    "ServiceTier": {"type": "string", "enum": ["auto", "standard_only"]},
    "SkillParams": {
        "type": "object",
        "properties": {
            "skill_id": {"type": "string", "minLength": 1},
            "type": {"ref": "SkillType"},
            "version": {"type": "string"},
        },
        "required": ["skill_id", "type"],
    },
    "SkillType": {"type": "string", "enum": ["anthropic", "custom"]},
    "Speed": {"type": "string", "enum": ["standard", "fast"]},
    "TextBlockParam": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "text"},
            "text": {"type": "string"},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
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
            {"ref": "CitationWebSearchResultLocation"},
            {"ref": "CitationSearchResultLocation"},
        ],
        "tag": "type",
    },
    "TextEditorCodeExecutionCreateResultBlock": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "text_editor_code_execution_create_result"},
            "is_file_update": {"type": "boolean"},
        },
        "required": ["type", "is_file_update"],
    },
    "TextEditorCodeExecutionStrReplaceResultBlock": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "text_editor_code_execution_str_replace_result"},
            "lines": {"type": ["array", "null"], "items": {"type": "string"}},
            "new_lines": {"type": ["integer", "null"]},
            "new_start": {"type": ["integer", "null"]},
            "old_lines": {"type": ["integer", "null"]},
            "old_start": {"type": ["integer", "null"]},
        },
        "required": ["type"],
    },
    "TextEditorCodeExecutionToolResultBlockParam": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "text_editor_code_execution_tool_result"},
            "tool_use_id": {"type": "string"},
            "content": {"ref": "TextEditorCodeExecutionToolResultContent"},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
        },
        "required": ["type", "tool_use_id", "content"],
    },
    "TextEditorCodeExecutionToolResultContent": {
        "union": [
            {"ref": "TextEditorCodeExecutionViewResultBlock"},
            {"ref": "TextEditorCodeExecutionCreateResultBlock"},
            {"ref": "TextEditorCodeExecutionStrReplaceResultBlock"},
            {"ref": "TextEditorCodeExecutionToolResultError"},
            {"ref": "UnknownTextEditorCodeExecutionToolResultContent"},
        ],
        "tag": "type",
    },
    "TextEditorCodeExecutionToolResultError": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "text_editor_code_execution_tool_result_error"},
            "error_code": {
                "union": [{"ref": "KnownTextEditorCodeExecutionErrorCode"}, {"type": "string"}]
            },
            "error_message": {"type": ["string", "null"]},
        },
        "required": ["type", "error_code"],
    },
    "TextEditorCodeExecutionViewResultBlock": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "text_editor_code_execution_view_result"},
            "content": {"type": "string"},
            "file_type": {"union": [{"ref": "KnownViewedFileType"}, {"type": "string"}]},
            "num_lines": {"type": ["integer", "null"]},
            "start_line": {"type": ["integer", "null"]},
            "total_lines": {"type": ["integer", "null"]},
        },
        "required": ["type", "content", "file_type"],
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
            {"ref": "ThinkingConfigBetweenTools"},
        ],
        "tag": "type",
    },
    "ThinkingConfigAdaptive": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "adaptive"},
            "display": {"union": [{"ref": "ThinkingDisplay"}, {"type": "null"}]},
        },
        "required": ["type"],
    },
    "ThinkingConfigBetweenTools": {
        "type": "object",
        "properties": {"type": {"type": "string", "const": "between_tools"}},
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
            "display": {"union": [{"ref": "ThinkingDisplay"}, {"type": "null"}]},
        },
        "required": ["type", "budget_tokens"],
    },
    "ThinkingDisplay": {"type": "string", "enum": ["summarized", "omitted"]},
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
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
            "type": {"type": "string", "const": "custom"},
            "strict": {"type": "boolean"},
            "allowed_callers": {"type": "array", "items": {"ref": "AllowedCaller"}},
            "defer_loading": {"type": "boolean"},
            "eager_input_streaming": {"type": ["boolean", "null"]},
            "input_examples": {"type": "array", "items": {"ref": "ToolInputExample"}},
        },
        "required": ["name", "input_schema"],
    },
    "ToolBash20250124": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "bash_20250124"},
            "name": {"type": "string", "const": "bash"},
            "allowed_callers": {"type": "array", "items": {"ref": "AllowedCaller"}},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
            "defer_loading": {"type": "boolean"},
            "strict": {"type": "boolean"},
            "input_examples": {"type": "array", "items": {"ref": "ToolInputExample"}},
        },
        "required": ["type", "name"],
    },
    "ToolCaller": {
        "union": [
            {"ref": "DirectCaller"},
            {"ref": "ServerToolCaller"},
            {"ref": "ServerToolCaller20260120"},
            {"ref": "UnknownCaller"},
        ],
        "tag": "type",
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
    "ToolInputExample": {"type": "object"},
    "ToolInputSchema": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "object"},
            "properties": {},
            "required": {"type": "array", "items": {"type": "string"}},
        },
        "required": ["type"],
    },
    "ToolReferenceBlock": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "tool_reference"},
            "tool_name": {"type": "string"},
        },
        "required": ["type", "tool_name"],
    },
    "ToolReferenceBlockParam": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "tool_reference"},
            "tool_name": {"type": "string"},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
        },
        "required": ["type", "tool_name"],
    },
    "ToolResultBlockParam": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "tool_result"},
            "tool_use_id": {"type": "string"},
            "content": {
                "union": [
                    {"type": "string"},
                    {"type": "array", "items": {"ref": "ToolResultContentItem"}},
                ]
            },
            "is_error": {"type": "boolean"},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
            "toolset_name": {"type": ["string", "null"]},
        },
        "required": ["type", "tool_use_id"],
    },
    "ToolResultContentItem": {
        "union": [
            {"ref": "TextBlockParam"},
            {"ref": "ImageBlockParam"},
            {"ref": "SearchResultBlockParam"},
            {"ref": "DocumentBlockParam"},
            {"ref": "ToolReferenceBlockParam"},
            {"ref": "BrowserStateBlockParam"},
        ],
        "tag": "type",
    },
    "ToolSearchBM25Tool": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "tool_search_tool_bm25"},
            "name": {"type": "string", "const": "tool_search_tool_bm25"},
            "allowed_callers": {"type": "array", "items": {"ref": "AllowedCaller"}},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
            "defer_loading": {"type": "boolean"},
            "strict": {"type": "boolean"},
        },
        "required": ["type", "name"],
    },
    "ToolSearchBM25Tool20251119": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "tool_search_tool_bm25_20251119"},
            "name": {"type": "string", "const": "tool_search_tool_bm25"},
            "allowed_callers": {"type": "array", "items": {"ref": "AllowedCaller"}},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
            "defer_loading": {"type": "boolean"},
            "strict": {"type": "boolean"},
        },
        "required": ["type", "name"],
    },
    "ToolSearchRegexTool": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "tool_search_tool_regex"},
            "name": {"type": "string", "const": "tool_search_tool_regex"},
            "allowed_callers": {"type": "array", "items": {"ref": "AllowedCaller"}},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
            "defer_loading": {"type": "boolean"},
            "strict": {"type": "boolean"},
        },
        "required": ["type", "name"],
    },
    "ToolSearchRegexTool20251119": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "tool_search_tool_regex_20251119"},
            "name": {"type": "string", "const": "tool_search_tool_regex"},
            "allowed_callers": {"type": "array", "items": {"ref": "AllowedCaller"}},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
            "defer_loading": {"type": "boolean"},
            "strict": {"type": "boolean"},
        },
        "required": ["type", "name"],
    },
    "ToolSearchToolResultBlockParam": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "tool_search_tool_result"},
            "tool_use_id": {"type": "string"},
            "content": {"ref": "ToolSearchToolResultContent"},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
        },
        "required": ["type", "tool_use_id", "content"],
    },
    "ToolSearchToolResultContent": {
        "union": [
            {"ref": "ToolSearchToolSearchResultBlock"},
            {"ref": "ToolSearchToolResultError"},
            {"ref": "UnknownToolSearchToolResultContent"},
        ],
        "tag": "type",
    },
    "ToolSearchToolResultError": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "tool_search_tool_result_error"},
            "error_code": {"union": [{"ref": "KnownToolSearchErrorCode"}, {"type": "string"}]},
            "error_message": {"type": ["string", "null"]},
        },
        "required": ["type", "error_code"],
    },
    "ToolSearchToolSearchResultBlock": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "tool_search_tool_search_result"},
            "tool_references": {"type": "array", "items": {"ref": "ToolReferenceBlock"}},
        },
        "required": ["type", "tool_references"],
    },
    "ToolTextEditor20250124": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "text_editor_20250124"},
            "name": {"type": "string", "const": "str_replace_editor"},
            "allowed_callers": {"type": "array", "items": {"ref": "AllowedCaller"}},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
            "defer_loading": {"type": "boolean"},
            "strict": {"type": "boolean"},
            "input_examples": {"type": "array", "items": {"ref": "ToolInputExample"}},
        },
        "required": ["type", "name"],
    },
    "ToolTextEditor20250429": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "text_editor_20250429"},
            "name": {"type": "string", "const": "str_replace_based_edit_tool"},
            "allowed_callers": {"type": "array", "items": {"ref": "AllowedCaller"}},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
            "defer_loading": {"type": "boolean"},
            "strict": {"type": "boolean"},
            "input_examples": {"type": "array", "items": {"ref": "ToolInputExample"}},
        },
        "required": ["type", "name"],
    },
    "ToolTextEditor20250728": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "text_editor_20250728"},
            "name": {"type": "string", "const": "str_replace_based_edit_tool"},
            "allowed_callers": {"type": "array", "items": {"ref": "AllowedCaller"}},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
            "defer_loading": {"type": "boolean"},
            "strict": {"type": "boolean"},
            "input_examples": {"type": "array", "items": {"ref": "ToolInputExample"}},
            "max_characters": {"type": ["integer", "null"], "minimum": 1},
        },
        "required": ["type", "name"],
    },
    "ToolUnion": {
        "union": [
            {"ref": "Tool"},
            {"ref": "ToolBash20250124"},
            {"ref": "CodeExecutionTool20250522"},
            {"ref": "CodeExecutionTool20250825"},
            {"ref": "CodeExecutionTool20260120"},
            {"ref": "CodeExecutionTool20260521"},
            {"ref": "MemoryTool20250818"},
            {"ref": "ToolTextEditor20250124"},
            {"ref": "ToolTextEditor20250429"},
            {"ref": "ToolTextEditor20250728"},
            {"ref": "WebSearchTool20250305"},
            {"ref": "WebSearchTool20260209"},
            {"ref": "WebSearchTool20260318"},
            {"ref": "WebFetchTool20250910"},
            {"ref": "WebFetchTool20260209"},
            {"ref": "WebFetchTool20260309"},
            {"ref": "WebFetchTool20260318"},
            {"ref": "ToolSearchBM25Tool20251119"},
            {"ref": "ToolSearchBM25Tool"},
            {"ref": "ToolSearchRegexTool20251119"},
            {"ref": "ToolSearchRegexTool"},
            {"ref": "BrowserToolset20260801"},
            {"ref": "ComputerToolset20260801"},
        ],
        "tag": "type",
    },
    "ToolUseBlockParam": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "tool_use"},
            "id": {"type": "string"},
            "name": {"type": "string"},
            "input": {},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
            "caller": {"union": [{"ref": "ToolCaller"}, {"type": "null"}]},
            "toolset_name": {"type": ["string", "null"]},
        },
        "required": ["type", "id", "name", "input"],
    },
    "ToolsetMemberConfig": {
        "type": "object",
        "properties": {
            "defer_loading": {"type": ["boolean", "null"]},
            "enabled": {"type": ["boolean", "null"]},
        },
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
    "UnknownBashCodeExecutionToolResultContent": {
        "type": "object",
        "properties": {"type": {"type": "string"}},
        "required": ["type"],
    },
    "UnknownCaller": {
        "type": "object",
        "properties": {"type": {"type": "string"}},
        "required": ["type"],
    },
    "UnknownCodeExecutionToolResultContent": {
        "type": "object",
        "properties": {"type": {"type": "string"}},
        "required": ["type"],
    },
    "UnknownDocumentSource": {
        "type": "object",
        "properties": {"type": {"type": "string"}},
        "required": ["type"],
    },
    "UnknownTextEditorCodeExecutionToolResultContent": {
        "type": "object",
        "properties": {"type": {"type": "string"}},
        "required": ["type"],
    },
    "UnknownToolSearchToolResultContent": {
        "type": "object",
        "properties": {"type": {"type": "string"}},
        "required": ["type"],
    },
    "UnknownWebFetchToolResultContent": {
        "type": "object",
        "properties": {"type": {"type": "string"}},
        "required": ["type"],
    },
    "UnknownWebSearchToolResultContent": {
        "type": "object",
        "properties": {"type": {"type": "string"}},
        "required": ["type"],
    },
    "UserLocation": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "approximate"},
            "city": {"type": ["string", "null"]},
            "country": {"type": ["string", "null"]},
            "region": {"type": ["string", "null"]},
            "timezone": {"type": ["string", "null"]},
        },
        "required": ["type"],
    },
    "WebFetchResultBlock": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "web_fetch_result"},
            "url": {"type": "string"},
            "retrieved_at": {"type": ["string", "null"]},
            "content": {"ref": "DocumentBlock"},
        },
        "required": ["type", "url", "content"],
    },
    "WebFetchTool20250910": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "web_fetch_20250910"},
            "name": {"type": "string", "const": "web_fetch"},
            "allowed_callers": {"type": "array", "items": {"ref": "AllowedCaller"}},
            "allowed_domains": {"type": ["array", "null"], "items": {"type": "string"}},
            "blocked_domains": {"type": ["array", "null"], "items": {"type": "string"}},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
            "citations": {"union": [{"ref": "CitationsConfigParam"}, {"type": "null"}]},
            "defer_loading": {"type": "boolean"},
            "max_content_tokens": {"type": ["integer", "null"], "minimum": 1},
            "max_uses": {"type": ["integer", "null"], "minimum": 1},
            "strict": {"type": "boolean"},
            "url_sources": {"union": [{"ref": "WebFetchURLSources"}, {"type": "null"}]},
        },
        "required": ["type", "name"],
    },
    "WebFetchTool20260209": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "web_fetch_20260209"},
            "name": {"type": "string", "const": "web_fetch"},
            "allowed_callers": {"type": "array", "items": {"ref": "AllowedCaller"}},
            "allowed_domains": {"type": ["array", "null"], "items": {"type": "string"}},
            "blocked_domains": {"type": ["array", "null"], "items": {"type": "string"}},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
            "citations": {"union": [{"ref": "CitationsConfigParam"}, {"type": "null"}]},
            "defer_loading": {"type": "boolean"},
            "max_content_tokens": {"type": ["integer", "null"], "minimum": 1},
            "max_uses": {"type": ["integer", "null"], "minimum": 1},
            "strict": {"type": "boolean"},
            "url_sources": {"union": [{"ref": "WebFetchURLSources"}, {"type": "null"}]},
        },
        "required": ["type", "name"],
    },
    "WebFetchTool20260309": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "web_fetch_20260309"},
            "name": {"type": "string", "const": "web_fetch"},
            "allowed_callers": {"type": "array", "items": {"ref": "AllowedCaller"}},
            "allowed_domains": {"type": ["array", "null"], "items": {"type": "string"}},
            "blocked_domains": {"type": ["array", "null"], "items": {"type": "string"}},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
            "citations": {"union": [{"ref": "CitationsConfigParam"}, {"type": "null"}]},
            "defer_loading": {"type": "boolean"},
            "max_content_tokens": {"type": ["integer", "null"], "minimum": 1},
            "max_uses": {"type": ["integer", "null"], "minimum": 1},
            "strict": {"type": "boolean"},
            "url_sources": {"union": [{"ref": "WebFetchURLSources"}, {"type": "null"}]},
            "use_cache": {"type": "boolean"},
        },
        "required": ["type", "name"],
    },
    "WebFetchTool20260318": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "web_fetch_20260318"},
            "name": {"type": "string", "const": "web_fetch"},
            "allowed_callers": {"type": "array", "items": {"ref": "AllowedCaller"}},
            "allowed_domains": {"type": ["array", "null"], "items": {"type": "string"}},
            "blocked_domains": {"type": ["array", "null"], "items": {"type": "string"}},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
            "citations": {"union": [{"ref": "CitationsConfigParam"}, {"type": "null"}]},
            "defer_loading": {"type": "boolean"},
            "max_content_tokens": {"type": ["integer", "null"], "minimum": 1},
            "max_uses": {"type": ["integer", "null"], "minimum": 1},
            "strict": {"type": "boolean"},
            "url_sources": {"union": [{"ref": "WebFetchURLSources"}, {"type": "null"}]},
            "use_cache": {"type": "boolean"},
            "response_inclusion": {"type": "string", "enum": ["full", "excluded"]},
        },
        "required": ["type", "name"],
    },
    "WebFetchToolReference": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "tool_reference"},
            "name": {"type": "string"},
        },
        "required": ["type", "name"],
    },
    "WebFetchToolResultBlockParam": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "web_fetch_tool_result"},
            "tool_use_id": {"type": "string"},
            "content": {"ref": "WebFetchToolResultContent"},
            "caller": {"union": [{"ref": "ToolCaller"}, {"type": "null"}]},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
        },
        "required": ["type", "tool_use_id", "content"],
    },
    "WebFetchToolResultContent": {
        "union": [
            {"ref": "WebFetchResultBlock"},
            {"ref": "WebFetchToolResultError"},
            {"ref": "UnknownWebFetchToolResultContent"},
        ],
        "tag": "type",
    },
    "WebFetchToolResultError": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "web_fetch_tool_result_error"},
            "error_code": {"union": [{"ref": "KnownWebFetchErrorCode"}, {"type": "string"}]},
        },
        "required": ["type", "error_code"],
    },
    "WebFetchURLSource": {
        "union": [
            {"ref": "WebFetchURLSourceAll"},
            {"ref": "WebFetchURLSourceNone"},
            {"ref": "WebFetchURLSourceOnly"},
            {"ref": "WebFetchURLSourceExcept"},
        ],
        "tag": "type",
    },
    "WebFetchURLSourceAll": {
        "type": "object",
        "properties": {"type": {"type": "string", "const": "all"}},
        "required": ["type"],
    },
    "WebFetchURLSourceExcept": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "except"},
            "tools": {"type": "array", "items": {"ref": "WebFetchToolReference"}},
        },
        "required": ["type", "tools"],
    },
    "WebFetchURLSourceNone": {
        "type": "object",
        "properties": {"type": {"type": "string", "const": "none"}},
        "required": ["type"],
    },
    "WebFetchURLSourceOnly": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "only"},
            "tools": {"type": "array", "items": {"ref": "WebFetchToolReference"}},
        },
        "required": ["type", "tools"],
    },
    "WebFetchURLSources": {
        "type": "object",
        "properties": {
            "client_tool_results": {"ref": "WebFetchURLSource"},
            "server_tool_results": {"ref": "WebFetchURLSource"},
            "user_input": {"ref": "WebFetchUserInputURLSource"},
        },
    },
    "WebFetchUserInputURLSource": {
        "union": [{"ref": "WebFetchURLSourceAll"}, {"ref": "WebFetchURLSourceNone"}],
        "tag": "type",
    },
    "WebSearchResultBlock": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "web_search_result"},
            "url": {"type": "string"},
            "title": {"type": "string"},
            "encrypted_content": {"type": "string"},
            "page_age": {"type": ["string", "null"]},
        },
        "required": ["type", "url", "title", "encrypted_content"],
    },
    "WebSearchTool20250305": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "web_search_20250305"},
            "name": {"type": "string", "const": "web_search"},
            "allowed_callers": {"type": "array", "items": {"ref": "AllowedCaller"}},
            "allowed_domains": {"type": ["array", "null"], "items": {"type": "string"}},
            "blocked_domains": {"type": ["array", "null"], "items": {"type": "string"}},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
            "defer_loading": {"type": "boolean"},
            "max_uses": {"type": ["integer", "null"], "minimum": 1},
            "strict": {"type": "boolean"},
            "user_location": {"union": [{"ref": "UserLocation"}, {"type": "null"}]},
        },
        "required": ["type", "name"],
    },
    "WebSearchTool20260209": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "web_search_20260209"},
            "name": {"type": "string", "const": "web_search"},
            "allowed_callers": {"type": "array", "items": {"ref": "AllowedCaller"}},
            "allowed_domains": {"type": ["array", "null"], "items": {"type": "string"}},
            "blocked_domains": {"type": ["array", "null"], "items": {"type": "string"}},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
            "defer_loading": {"type": "boolean"},
            "max_uses": {"type": ["integer", "null"], "minimum": 1},
            "strict": {"type": "boolean"},
            "user_location": {"union": [{"ref": "UserLocation"}, {"type": "null"}]},
        },
        "required": ["type", "name"],
    },
    "WebSearchTool20260318": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "web_search_20260318"},
            "name": {"type": "string", "const": "web_search"},
            "allowed_callers": {"type": "array", "items": {"ref": "AllowedCaller"}},
            "allowed_domains": {"type": ["array", "null"], "items": {"type": "string"}},
            "blocked_domains": {"type": ["array", "null"], "items": {"type": "string"}},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
            "defer_loading": {"type": "boolean"},
            "max_uses": {"type": ["integer", "null"], "minimum": 1},
            "strict": {"type": "boolean"},
            "user_location": {"union": [{"ref": "UserLocation"}, {"type": "null"}]},
            "response_inclusion": {"type": "string", "enum": ["full", "excluded"]},
        },
        "required": ["type", "name"],
    },
    "WebSearchToolResultBlockParam": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "web_search_tool_result"},
            "tool_use_id": {"type": "string"},
            "content": {"ref": "WebSearchToolResultContent"},
            "caller": {"union": [{"ref": "ToolCaller"}, {"type": "null"}]},
            "cache_control": {"union": [{"ref": "CacheControlEphemeral"}, {"type": "null"}]},
        },
        "required": ["type", "tool_use_id", "content"],
    },
    "WebSearchToolResultContent": {
        "union": [
            {"ref": "WebSearchToolResultError"},
            {"type": "array", "items": {"ref": "WebSearchResultBlock"}},
            {"ref": "UnknownWebSearchToolResultContent"},
        ]
    },
    "WebSearchToolResultError": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "web_search_tool_result_error"},
            "error_code": {"union": [{"ref": "KnownWebSearchErrorCode"}, {"type": "string"}]},
        },
        "required": ["type", "error_code"],
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
            },
            "user_profile_id": {
                "header": "anthropic-user-profile-id",
                "schema": {"type": "string", "pattern": "^[\\x21-\\x7e]+$"},
            },
            "workspace_id": {
                "header": "anthropic-workspace-id",
                "schema": {"type": "string", "pattern": "^[\\x21-\\x7e]+$"},
            },
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
            },
            "user_profile_id": {
                "header": "anthropic-user-profile-id",
                "schema": {"type": "string", "pattern": "^[\\x21-\\x7e]+$"},
            },
            "workspace_id": {
                "header": "anthropic-workspace-id",
                "schema": {"type": "string", "pattern": "^[\\x21-\\x7e]+$"},
            },
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
