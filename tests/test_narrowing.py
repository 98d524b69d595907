"""Comparing ``.type`` narrows blocks, deltas, events and citations for mypy, as the official
SDK's types do, while kinds this release does not know still parse at run time."""

from __future__ import annotations

from pathlib import Path

from _mypy import run_mypy
from claude_messages_generated.models import Message, UnknownContentBlock

ROOT = Path(__file__).resolve().parent.parent

USER_CODE = """
from claude_messages import Anthropic

client = Anthropic()
HI = [{"role": "user", "content": "Hi"}]

stream = client.messages.create(
    model="m", max_tokens=100, messages=[{"role": "user", "content": "Hi"}], stream=True
)
for event in stream:
    if event.type == "content_block_delta":
        if event.delta.type == "text_delta":
            print(event.delta.text, end="")
        elif event.delta.type == "input_json_delta":
            print(event.delta.partial_json)
        elif event.delta.type == "thinking_delta":
            print(event.delta.thinking)
    elif event.type == "message_start":
        print(event.message.id)
    elif event.type == "content_block_start":
        if event.content_block.type == "tool_use":
            print(event.content_block.name)
    elif event.type == "message_delta":
        print(event.delta.stop_reason, event.usage.output_tokens)

with client.messages.stream(
    model="m", max_tokens=100, messages=[{"role": "user", "content": "Hi"}]
) as s:
    for ev in s:
        if ev.type == "text":
            print(ev.text, ev.snapshot)
        elif ev.type == "input_json":
            print(ev.partial_json, ev.snapshot)
        elif ev.type == "content_block_stop":
            print(ev.content_block.type)
        elif ev.type == "message_stop":
            print(ev.message.content)
        elif ev.type == "thinking":
            print(ev.thinking)
        elif ev.type == "citation":
            print(ev.citation)
    final = s.get_final_message()
    for block in final.content:
        if block.type == "text":
            print(block.text)
            for citation in block.citations or []:
                if citation.type == "char_location":
                    print(citation.start_char_index)
        elif block.type == "thinking":
            print(block.thinking, block.signature)
        elif block.type == "tool_use":
            print(block.input, block.name)
"""


def test_sdk_style_narrowing_type_checks(tmp_path: Path) -> None:
    snippet = tmp_path / "user_code.py"
    snippet.write_text(USER_CODE, encoding="utf-8")
    run = run_mypy([snippet])
    assert run.returncode == 0, run.stdout


def test_unknown_kinds_still_parse_and_keep_their_type() -> None:
    message = Message.from_dict(
        {
            "id": "msg_1",
            "type": "message",
            "role": "assistant",
            "model": "m",
            "content": [{"type": "hologram", "frames": 3}],
            "stop_reason": "end_turn",
            "stop_sequence": None,
            "usage": {"input_tokens": 1, "output_tokens": 1},
        }
    )
    block = message.content[0]
    assert isinstance(block, UnknownContentBlock)
    assert block.type == "hologram"  # type: ignore[comparison-overlap]
    assert block.to_dict() == {"type": "hologram", "frames": 3}
