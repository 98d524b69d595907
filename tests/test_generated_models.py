"""The generated models parse what the API sends, tolerate what it adds, and round-trip."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from claude_messages_generated.models import (
    ContentBlockDeltaEvent,
    ContentBlockStartEvent,
    ErrorResponse,
    Message,
    MessageBatchIndividualResponse,
    MessageDeltaEvent,
    MessageParam,
    TextBlock,
    TextDelta,
    ToolUseBlock,
    UnknownBatchResult,
    UnknownCitation,
    UnknownContentBlock,
    UnknownDelta,
)

WIRE_EXAMPLE: dict[str, Any] = {
    "id": "msg_01XFDUDYJgAACzvnptvVoYEL",
    "type": "message",
    "role": "assistant",
    "model": "claude-3-haiku-20240307",
    "content": [{"type": "text", "text": "Hi"}],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {
        "input_tokens": 12,
        "output_tokens": 6,
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": 0,
    },
}


def test_the_wire_example_parses_and_round_trips() -> None:
    message = Message.from_dict(copy.deepcopy(WIRE_EXAMPLE))
    assert message.id == "msg_01XFDUDYJgAACzvnptvVoYEL"
    assert isinstance(message.content[0], TextBlock)
    assert message.content[0].text == "Hi"
    assert message.stop_reason == "end_turn"
    assert message.usage.cache_read_input_tokens == 0
    assert message.to_dict() == WIRE_EXAMPLE


FIXTURES = Path(__file__).parent / "fixtures" / "sse"


def _untyped(value: Any, where: str) -> list[str]:
    """Where a parsed model kept fields in ``additional_properties`` or a raw dict."""
    import attrs

    if isinstance(value, list):
        return [p for i, item in enumerate(value) for p in _untyped(item, f"{where}[{i}]")]
    if isinstance(value, dict):
        return [where]  # a JSON object no model took
    if not attrs.has(type(value)):
        return []
    found = []
    for field in attrs.fields(type(value)):
        sub = getattr(value, field.name)
        if field.name == "additional_properties":
            found += [f"{where}.{key}" for key in sub]
        elif field.name not in ("input_", "schema"):  # free-form JSON by design
            found += _untyped(sub, f"{where}.{field.name}")
    return found


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.message.json")), ids=lambda p: p.stem)
def test_every_field_of_every_block_kind_is_typed(path: Path) -> None:
    data = json.loads(path.read_text("utf-8"))
    message = Message.from_dict(copy.deepcopy(data))
    assert _untyped(message, "message") == []
    assert message.to_dict() == data


def test_unknown_block_stop_reason_citation_and_fields_round_trip() -> None:
    body = copy.deepcopy(WIRE_EXAMPLE)
    body["content"] = [
        {"type": "text", "text": "before"},
        {"type": "hologram", "id": "holo_1", "input": {"q": "x"}, "new": [1]},
        {
            "type": "text",
            "text": "cited",
            "citations": [
                {
                    "type": "char_location",
                    "cited_text": "c",
                    "document_index": 0,
                    "document_title": None,
                    "start_char_index": 0,
                    "end_char_index": 1,
                },
                {"type": "timestamp_location", "url": "u", "title": "t"},
            ],
        },
        {"type": "tool_use", "id": "toolu_1", "name": "get_weather", "input": {"city": "Oslo"}},
    ]
    body["stop_reason"] = "brand_new_reason"
    body["usage"]["server_tool_use"] = {"web_search_requests": 1}
    body["sandbox"] = {"id": "c1"}

    message = Message.from_dict(copy.deepcopy(body))

    unknown = message.content[1]
    assert isinstance(unknown, UnknownContentBlock)
    assert unknown.type_ == "hologram"
    assert unknown.additional_properties["new"] == [1]
    cited = message.content[2]
    assert isinstance(cited, TextBlock) and isinstance(cited.citations, list)
    assert isinstance(cited.citations[1], UnknownCitation)
    tool = message.content[3]
    assert isinstance(tool, ToolUseBlock) and tool.input_ == {"city": "Oslo"}
    assert message.stop_reason == "brand_new_reason"
    assert message.additional_properties == {"sandbox": {"id": "c1"}}
    assert message.to_dict() == body


def test_unknown_delta_type_is_kept() -> None:
    event = {"type": "content_block_delta", "index": 2, "delta": {"type": "new_delta", "x": 1}}
    parsed = ContentBlockDeltaEvent.from_dict(copy.deepcopy(event))
    assert isinstance(parsed.delta, UnknownDelta)
    assert parsed.to_dict() == event


def test_known_delta_dispatches_on_type() -> None:
    parsed = ContentBlockDeltaEvent.from_dict(
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "hi"}}
    )
    assert isinstance(parsed.delta, TextDelta) and parsed.delta.text == "hi"


def test_a_known_type_with_a_bad_field_raises_instead_of_becoming_unknown() -> None:
    # Dispatch on the const means a malformed text delta is an error, not an UnknownDelta.
    with pytest.raises(KeyError):
        ContentBlockDeltaEvent.from_dict(
            {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta"}}
        )


def test_message_delta_with_null_stop_reason_and_extra_usage() -> None:
    event = {
        "type": "message_delta",
        "delta": {"stop_reason": None, "stop_sequence": None},
        "usage": {"output_tokens": 7, "new_counter": 2},
    }
    parsed = MessageDeltaEvent.from_dict(copy.deepcopy(event))
    assert parsed.delta.stop_reason is None
    assert parsed.usage.output_tokens == 7
    assert parsed.to_dict() == event


def test_tool_block_start_has_empty_input() -> None:
    event = {
        "type": "content_block_start",
        "index": 0,
        "content_block": {"type": "tool_use", "id": "toolu_1", "name": "f", "input": {}},
    }
    parsed = ContentBlockStartEvent.from_dict(copy.deepcopy(event))
    assert isinstance(parsed.content_block, ToolUseBlock)
    assert parsed.to_dict() == event


def test_request_union_names_the_unknown_type() -> None:
    with pytest.raises(ValueError, match=r"unknown type 'bogus' \(known: text, image"):
        MessageParam.from_dict({"role": "user", "content": [{"type": "bogus"}]})


def test_string_or_blocks_content() -> None:
    assert MessageParam.from_dict({"role": "user", "content": "Hello"}).content == "Hello"
    blocks = {
        "role": "user",
        "content": [
            {
                "type": "image",
                "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0K"},
            },
            {"type": "text", "text": "What is in this image?"},
        ],
    }
    assert MessageParam.from_dict(copy.deepcopy(blocks)).to_dict() == blocks


def test_error_response_with_unknown_error_type() -> None:
    body = {
        "type": "error",
        "error": {"type": "brand_new_error", "message": "m"},
        "request_id": "req_1",
    }
    assert ErrorResponse.from_dict(copy.deepcopy(body)).to_dict() == body


def test_batch_result_union_with_unknown_type() -> None:
    line = {"custom_id": "a", "result": {"type": "paused", "why": "x"}}
    parsed = MessageBatchIndividualResponse.from_dict(copy.deepcopy(line))
    assert isinstance(parsed.result, UnknownBatchResult)
    assert parsed.to_dict() == line


def test_generated_package_imports_on_its_own() -> None:
    code = (
        "import sys, claude_messages_generated.models as m\n"
        "assert 'claude_messages' not in sys.modules\n"
        "from claude_messages_generated import Client\n"
        "from claude_messages_generated.api.messages import create_message\n"
        "print(m.Message.__name__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "Message"


# --- the API's names, reprs and JSON on every model --------------------------------------


def _model_classes() -> list[type[Any]]:
    import attrs
    import claude_messages_generated.models as models

    classes = [getattr(models, name) for name in models.__all__]
    return [cls for cls in classes if attrs.has(cls)]


def test_every_renamed_field_is_readable_under_its_api_name() -> None:
    import attrs

    renamed = 0
    for cls in _model_classes():
        for field in attrs.fields(cls):
            if field.name.endswith("_"):
                api_name = field.name[:-1]
                assert isinstance(getattr(cls, api_name), property), (cls, api_name)
                renamed += 1
    assert renamed >= 50  # every block, delta and event has a `type`
    message = Message.from_dict(copy.deepcopy(WIRE_EXAMPLE))
    assert message.type == "message"
    assert message.content[0].type == "text"
    tool = ToolUseBlock.from_dict({"type": "tool_use", "id": "t", "name": "n", "input": {"a": 1}})
    assert tool.input == {"a": 1} and tool.type == "tool_use"


def test_repr_shows_the_set_fields_by_their_api_names() -> None:
    text = TextBlock.from_dict({"type": "text", "text": "Hi", "fresh": 1})
    assert repr(text) == "TextBlock(text='Hi', type='text', fresh=1)"
    from claude_messages_generated.models import TextBlockParam

    assert repr(TextBlockParam(text="x")) == "TextBlockParam(text='x', type='text')"


def test_to_json_and_the_compatibility_names() -> None:
    message = Message.from_dict(copy.deepcopy(WIRE_EXAMPLE))
    assert json.loads(message.to_json()) == WIRE_EXAMPLE
    assert message.to_json().startswith('{\n  "id"')  # indent=2 by default
    assert "\n" not in message.to_json(indent=None)
    assert message.model_dump() == WIRE_EXAMPLE
    assert "stop_sequence" not in message.model_dump(exclude_none=True)
    assert json.loads(message.model_dump_json(indent=2)) == WIRE_EXAMPLE
    with pytest.raises(ValueError, match="mode"):
        message.model_dump(mode="yaml")  # type: ignore[arg-type]


def test_importing_one_model_imports_only_what_it_needs() -> None:
    code = (
        "import sys\n"
        "from claude_messages_generated.models import TextDelta\n"
        "loaded = [m for m in sys.modules if m.startswith('claude_messages_generated.models.')]\n"
        "print(len(loaded))\n"
        "import claude_messages_generated.models as m\n"
        "print(len(m.__all__))\n"
        "try:\n"
        "    m.NoSuchModel\n"
        "except AttributeError as exc:\n"
        "    print(exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded, total, error = out.stdout.strip().splitlines()
    assert int(loaded) <= 2 < int(total)
    assert "NoSuchModel" in error


def test_models_import_what_they_build_once_not_on_every_call() -> None:
    # from_dict and to_dict bind the models they build on their module's first call; after
    # that, decoding and encoding a message runs no import statement at all.
    code = (
        "import builtins, json, sys\n"
        "from claude_messages_generated.models import Message\n"
        f"data = json.loads({json.dumps(json.dumps(WIRE_EXAMPLE))})\n"
        "data['content'].append({'type': 'tool_use', 'id': 'toolu_1', 'name': 'f', "
        "'input': {}})\n"
        "first = Message.from_dict(data).to_dict()\n"
        "calls = []\n"
        "real = builtins.__import__\n"
        "def counting(*args, **kwargs):\n"
        "    calls.append(args[0])\n"
        "    return real(*args, **kwargs)\n"
        "builtins.__import__ = counting\n"
        "again = Message.from_dict(data).to_dict()\n"
        "builtins.__import__ = real\n"
        "assert again == first == data, (again, data)\n"
        "print(calls)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
