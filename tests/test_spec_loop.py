"""Edit openapi.yaml, run scripts/generate, and the whole client follows: no overlay edit.

In a temporary copy of the repository the spec gains (a) an optional create parameter,
(b) a request content block, (c) a response content block and (d) a delta that streams
into a field of that block. After regeneration, a program run against the copy checks
that each reaches the client (accepted, checked, sent, parsed, streamed), that the
emulator validates requests against the new shapes, and mypy sees the new parameter.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from _mypy import run_mypy

ROOT = Path(__file__).resolve().parent.parent

# Tests of the repository's own scripts: run once, on the main Python (scripts/test).
pytestmark = [pytest.mark.slow, pytest.mark.tooling]

ECHO_PARAM = {
    "type": "object",
    "description": "A request block that carries a note.",
    "required": ["type", "note"],
    "properties": {
        "type": {"type": "string", "const": "echo", "default": "echo"},
        "note": {"type": "string", "minLength": 1},
    },
}
ECHO_BLOCK = {
    "type": "object",
    "description": "A response block that carries a note.",
    "required": ["type", "note"],
    "properties": {
        "type": {"type": "string", "const": "echo", "default": "echo"},
        "note": {"type": "string"},
    },
}
NOTE_DELTA = {
    "type": "object",
    "description": "Text to append to an echo block's note.",
    "required": ["type", "note"],
    "properties": {
        "type": {"type": "string", "const": "note_delta", "default": "note_delta"},
        "note": {"type": "string"},
    },
}


def _edit_spec(path: Path) -> None:
    spec: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    for body in ("CreateMessageParams", "CountTokensParams"):
        assert "echo_region" not in schemas[body]["properties"]  # new to the spec
        schemas[body]["properties"]["echo_region"] = {
            "type": "string",
            "description": "Where the echo comes from.",
        }
    schemas["EchoBlockParam"] = ECHO_PARAM
    union = schemas["ContentBlockParam"]
    union["oneOf"].append({"$ref": "#/components/schemas/EchoBlockParam"})
    union["discriminator"]["mapping"]["echo"] = "#/components/schemas/EchoBlockParam"
    schemas["EchoBlock"] = ECHO_BLOCK
    schemas["ContentBlock"]["anyOf"].insert(-1, {"$ref": "#/components/schemas/EchoBlock"})
    schemas["NoteDelta"] = NOTE_DELTA
    schemas["ContentBlockDelta"]["anyOf"].insert(-1, {"$ref": "#/components/schemas/NoteDelta"})
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")


PROGRAM = r"""
import json
import httpx
from claude_messages import Client
from claude_messages.testing import Emulator
from claude_messages_generated import models

MODEL = "claude-3-haiku-20240307"
HI = [{"role": "user", "content": "Hi"}]

# (a) and (b) against the emulator, which validates requests against the new spec.
with Emulator() as api:
    client = Client(api_key=api.api_key, base_url=api.url)
    client.messages.create(model=MODEL, max_tokens=20, messages=HI, echo_region="us")
    client.messages.count_tokens(model=MODEL, messages=HI, echo_region="us")
    with client.messages.stream(model=MODEL, max_tokens=20, messages=HI, echo_region="us") as s:
        s.get_final_message()
    sent = [json.loads(r.body) for r in api.requests]
    assert [b.get("echo_region") for b in sent] == ["us", "us", "us"], sent
    try:
        client.messages.create(model=MODEL, max_tokens=20, messages=HI, echo_region=5)
    except TypeError as exc:
        assert "echo_region must be a str" in str(exc), exc
    else:
        raise AssertionError("echo_region=5 was accepted")
    echo = [{"role": "user", "content": [{"type": "echo", "note": "hello"}]}]
    client.messages.create(model=MODEL, max_tokens=20, messages=echo)
    as_model = [{"role": "user", "content": [models.EchoBlockParam(note="hello")]}]
    client.messages.create(model=MODEL, max_tokens=20, messages=as_model)
    assert json.loads(api.requests[-1].body)["messages"] == echo
    try:
        client.messages.create(model=MODEL, max_tokens=20,
                               messages=[{"role": "user", "content": [{"type": "echo"}]}])
    except ValueError as exc:
        assert "messages[0].content[0] is missing the required field 'note'" in str(exc), exc
    else:
        raise AssertionError("an echo block without a note was accepted")
    bare = httpx.post(api.url + "/v1/messages", headers={"x-api-key": api.api_key,
                      "anthropic-version": "2023-06-01"},
                      json={"model": MODEL, "max_tokens": 5, "messages": [
                          {"role": "user", "content": [{"type": "echo", "note": ""}]}]})
    assert bare.status_code == 400 and "note" in bare.json()["error"]["message"], bare.text
    bare = httpx.post(api.url + "/v1/messages", headers={"x-api-key": api.api_key,
                      "anthropic-version": "2023-06-01"},
                      json={"model": MODEL, "max_tokens": 5, "messages": HI,
                            "echo_region": 3})
    assert bare.status_code == 400 and "echo_region" in bare.json()["error"]["message"]

# (c) a response with the new block parses as its own class and round-trips.
MESSAGE = {"id": "msg_1", "type": "message", "role": "assistant", "model": MODEL,
           "content": [{"type": "echo", "note": "abcd"}], "stop_reason": "end_turn",
           "stop_sequence": None, "usage": {"input_tokens": 1, "output_tokens": 2}}

def sse(*events):
    return b"".join(b"event: %s\ndata: %s\n\n" % (e["type"].encode(), json.dumps(e).encode())
                    for e in events)

start = {**MESSAGE, "content": [], "stop_reason": None}
STREAM = sse(
    {"type": "message_start", "message": start},
    {"type": "content_block_start", "index": 0, "content_block": {"type": "echo", "note": ""}},
    {"type": "content_block_delta", "index": 0, "delta": {"type": "note_delta", "note": "ab"}},
    {"type": "content_block_delta", "index": 0, "delta": {"type": "note_delta", "note": "cd"}},
    {"type": "content_block_stop", "index": 0},
    {"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": None},
     "usage": {"output_tokens": 2}},
    {"type": "message_stop"},
)

def handler(request):
    if json.loads(request.content).get("stream"):
        return httpx.Response(200, content=STREAM, headers={"content-type": "text/event-stream"})
    return httpx.Response(200, json=MESSAGE)

client = Client(api_key="sk-test", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
message = client.messages.create(model=MODEL, max_tokens=20, messages=HI)
block = message.content[0]
assert type(block).__name__ == "EchoBlock" and block.note == "abcd" and block.type == "echo"
assert message.to_dict()["content"] == MESSAGE["content"]

# (d) the delta accumulates into the block: the streamed message equals the plain one.
with client.messages.stream(model=MODEL, max_tokens=20, messages=HI) as stream:
    deltas = [e.delta for e in stream if e.type == "content_block_delta"]
    final = stream.get_final_message()
assert [type(d).__name__ for d in deltas] == ["NoteDelta", "NoteDelta"], deltas
assert final.to_dict() == message.to_dict(), (final.to_dict(), message.to_dict())
print("loop ok")
"""

TYPED = """
from claude_messages import Client
from claude_messages_generated.params import MessageParam

client = Client()
HI: list[MessageParam] = [{"role": "user", "content": "Hi"}]
client.messages.create(model="m", max_tokens=5, messages=HI, echo_region="us")
client.messages.count_tokens(model="m", messages=HI, echo_region="us")
client.messages.create(model="m", max_tokens=5, messages=HI, echo_regoin="us")
client.messages.create(model="m", max_tokens=5, messages=[{"role": "user", "content": [
    {"type": "echo", "note": "hi"}]}])
"""


def test_a_spec_change_reaches_the_whole_client(tmp_path: Path) -> None:
    copy = tmp_path / "repo"
    keep = ("openapi.yaml", "generator-config.yml", "pyproject.toml")
    copy.mkdir()
    for name in keep:
        shutil.copy(ROOT / name, copy / name)
    for folder in ("scripts", "templates", "overlays", "generated"):
        shutil.copytree(
            ROOT / folder, copy / folder, ignore=shutil.ignore_patterns("__pycache__", ".*")
        )
    overlay_before = {
        p.relative_to(copy): p.read_bytes() for p in (copy / "overlays").rglob("*.py")
    }
    _edit_spec(copy / "openapi.yaml")
    subprocess.run(
        [sys.executable, str(copy / "scripts" / "_generate.py")],
        check=True,
        capture_output=True,
        text=True,
    )
    assert (copy / "generated/claude_messages_generated/models/echo_block.py").exists()
    env = {
        **os.environ,
        "PYTHONPATH": f"{copy / 'overlays'}{os.pathsep}{copy / 'generated'}",
    }
    env.pop("ANTHROPIC_API_KEY", None)
    run = subprocess.run(
        [sys.executable, "-c", PROGRAM], env=env, capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "loop ok"
    # Not one overlay line changed.
    after = {p.relative_to(copy): p.read_bytes() for p in (copy / "overlays").rglob("*.py")}
    assert after == overlay_before

    snippet = tmp_path / "user_code.py"
    snippet.write_text(TYPED, encoding="utf-8")
    mypy = run_mypy([snippet], search=(copy / "overlays", copy / "generated"))
    errors = [line for line in mypy.stdout.splitlines() if ": error:" in line]
    # The misspelt argument, and nothing else (the new block and parameter type-check).
    assert errors and all(":9:" in line for line in errors), mypy.stdout
    assert any("echo_regoin" in line for line in errors), mypy.stdout
