"""The emulator (claude_messages.testing) over real HTTP, driven with plain httpx."""

from __future__ import annotations

import asyncio
import base64
import copy
import json
import signal
import socket
import struct
import subprocess
import sys
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
from claude_messages.testing import (
    DEFAULT_API_KEY,
    FAULT_HEADER,
    PACE_HEADER,
    Emulator,
    Fault,
    emulator_fixture,
    pytest_plugin,
)
from claude_messages.testing._images import ImageError, image_info
from claude_messages.testing._replies import split_tokens
from claude_messages.testing._schema_values import example_value

ROOT = Path(__file__).resolve().parent.parent
MODEL = "claude-3-haiku-20240307"
HEADERS = {"x-api-key": "sk-test", "anthropic-version": "2023-06-01"}
NEW = {"x-api-key": "sk-test", "anthropic-version": "2026-10-21"}
JPEG = (ROOT / "examples" / "assets" / "meadow.jpg").read_bytes()

# The fixtures users get: the plugin's default one and a configured one from the helper.
claude_emulator = pytest_plugin.claude_emulator
keyed_api = emulator_fixture(api_key="sk-test")


@pytest.fixture
def http(claude_emulator: Emulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=claude_emulator.url, headers=HEADERS, timeout=5) as client:
        yield client


def body(content: Any = "Hello, Claude!", **extra: Any) -> dict[str, Any]:
    return {
        "model": MODEL,
        "max_tokens": 100,
        "messages": [{"role": "user", "content": content}],
        **extra,
    }


def parse_sse(text: str) -> list[tuple[str, dict[str, Any]]]:
    events = []
    for block in text.split("\n\n"):
        if block.strip():
            fields = dict(line.split(": ", 1) for line in block.split("\n"))
            events.append((fields["event"], json.loads(fields["data"])))
    return events


def accumulate(events: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """A plain accumulator, independent of the client's, for the streamed == whole check."""
    message: dict[str, Any] = {}
    json_parts: dict[int, list[str]] = {}
    for name, data in events:
        if name == "message_start":
            message = copy.deepcopy(data["message"])
        elif name == "content_block_start":
            message["content"].append(copy.deepcopy(data["content_block"]))
            json_parts[data["index"]] = []
        elif name == "content_block_delta":
            block, delta = message["content"][data["index"]], data["delta"]
            if delta["type"] == "text_delta":
                block["text"] += delta["text"]
            elif delta["type"] == "thinking_delta":
                block["thinking"] += delta["thinking"]
            elif delta["type"] == "signature_delta":
                block["signature"] = delta["signature"]
            elif delta["type"] == "input_json_delta":
                json_parts[data["index"]].append(delta["partial_json"])
        elif name == "content_block_stop":
            block = message["content"][data["index"]]
            if block["type"] == "tool_use":
                block["input"] = json.loads("".join(json_parts[data["index"]]) or "{}")
        elif name == "message_delta":
            message.update(data["delta"])
            message["usage"].update(data["usage"])
    return message


@pytest.fixture(scope="module")
def spec_schema() -> Any:
    spec = json.loads((ROOT / "generated/claude_messages_generated/openapi.json").read_text())

    def validator(name: str) -> jsonschema.Draft202012Validator:
        schema = {"components": spec["components"], "$ref": f"#/components/schemas/{name}"}
        return jsonschema.Draft202012Validator(schema)

    return validator


# Response unions end in a catch-all member (forward compatibility), so a known block is
# valid under two oneOf branches; each part is checked against its own schema instead.
BLOCK_SCHEMAS = {"text": "TextBlock", "tool_use": "ToolUseBlock", "thinking": "ThinkingBlock"}
EVENT_SCHEMAS = {
    "message_start": "MessageStartEvent",
    "content_block_start": "ContentBlockStartEvent",
    "content_block_delta": "ContentBlockDeltaEvent",
    "content_block_stop": "ContentBlockStopEvent",
    "message_delta": "MessageDeltaEvent",
    "message_stop": "MessageStopEvent",
    "ping": "PingEvent",
    "error": "ErrorEvent",
}
DELTA_SCHEMAS = {
    "text_delta": "TextDelta",
    "input_json_delta": "InputJSONDelta",
    "thinking_delta": "ThinkingDelta",
    "signature_delta": "SignatureDelta",
}


def check_message(spec_schema: Any, message: dict[str, Any]) -> None:
    without_content = {**message, "content": []}
    spec_schema("Message").validate(without_content)
    for block in message["content"]:
        spec_schema(BLOCK_SCHEMAS[block["type"]]).validate(block)


def check_event(spec_schema: Any, name: str, data: dict[str, Any]) -> None:
    assert data["type"] == name
    if name == "message_start":
        check_message(spec_schema, data["message"])
        return
    if name == "content_block_start":
        spec_schema(BLOCK_SCHEMAS[data["content_block"]["type"]]).validate(data["content_block"])
        data = {**data, "content_block": {"type": "x"}}
    if name == "content_block_delta":
        spec_schema(DELTA_SCHEMAS[data["delta"]["type"]]).validate(data["delta"])
        data = {**data, "delta": {"type": "x"}}
    spec_schema(EVENT_SCHEMAS[name]).validate(data)


def png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    rows = b"".join(b"\x00" + b"\x80\x40\x20" * width for _ in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def gif(width: int, height: int) -> bytes:
    return (
        b"GIF89a"
        + struct.pack("<HH", width, height)
        + b"\x80\x00\x00\xff\xff\xff\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00"
        + b"\x02\x02D\x01\x00;"
    )


def webp(chunk: bytes, payload: bytes) -> bytes:
    data = chunk + struct.pack("<I", len(payload)) + payload
    return b"RIFF" + struct.pack("<I", len(data) + 4) + b"WEBP" + data


WEBP_LOSSY = webp(b"VP8 ", b"\x00" * 3 + b"\x9d\x01\x2a" + struct.pack("<HH", 30, 20) + b"\0" * 8)
WEBP_LOSSLESS = webp(b"VP8L", b"\x2f" + (29 | (19 << 14)).to_bytes(4, "little") + b"\0" * 8)
WEBP_EXTENDED = webp(
    b"VP8X", b"\x10\0\0\0" + (29).to_bytes(3, "little") + (19).to_bytes(3, "little")
)


def image_block(data: bytes, media_type: str) -> dict[str, Any]:
    source = {"type": "base64", "media_type": media_type, "data": base64.b64encode(data).decode()}
    return {"type": "image", "source": source}


# --------------------------------------------------------------------- images, unit level


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (JPEG, ("image/jpeg", 64, 48)),
        (png(3, 2), ("image/png", 3, 2)),
        (gif(5, 7), ("image/gif", 5, 7)),
        (WEBP_LOSSY, ("image/webp", 30, 20)),
        (WEBP_LOSSLESS, ("image/webp", 30, 20)),
        (WEBP_EXTENDED, ("image/webp", 30, 20)),
    ],
    ids=["jpeg", "png", "gif", "webp-vp8", "webp-vp8l", "webp-vp8x"],
)
def test_image_info_reads_type_and_size(data: bytes, expected: tuple[str, int, int]) -> None:
    assert image_info(data) == expected


@pytest.mark.parametrize("data", [b"", b"hello", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xd9"])
def test_image_info_rejects_non_images(data: bytes) -> None:
    with pytest.raises(ImageError):
        image_info(data)


# --------------------------------------------------------------------- lifecycle, HTTP


def test_serves_on_loopback_and_stops() -> None:
    api = Emulator().start()
    url, port = api.url, api.port
    assert url == f"http://127.0.0.1:{port}" and port > 0
    assert httpx.get(f"{url}/v1/models", headers=HEADERS).status_code == 200
    api.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/v1/models", headers=HEADERS)
    with pytest.raises(RuntimeError, match="not running"):
        _ = api.url
    with api:  # an emulator can be started again
        assert httpx.get(f"{api.url}/v1/models", headers=HEADERS).status_code == 200


def test_public_names() -> None:
    import claude_messages.testing as testing

    # Order is ruff's (RUF022); here: no duplicates, and each class or function documented.
    assert len(set(testing.__all__)) == len(testing.__all__)
    for name in testing.__all__:
        value = getattr(testing, name)
        assert not callable(value) or "Example" in (value.__doc__ or ""), name


def test_stop_ends_idle_and_stalled_connections() -> None:
    api = Emulator().start()
    idle = socket.create_connection(("127.0.0.1", api.port))
    api.inject(Fault.stall(ping_interval=0.01))
    with (
        httpx.Client(base_url=api.url, headers=HEADERS, timeout=5) as client,
        client.stream("POST", "/v1/messages", json=body(stream=True)) as response,
    ):
        lines = response.iter_lines()
        assert next(lines) == "event: message_start"
        started = time.monotonic()
        api.stop()
        assert time.monotonic() - started < 2
        with pytest.raises(httpx.RemoteProtocolError):
            for _ in lines:
                pass
    assert idle.recv(1) == b""  # closed by the server
    idle.close()


def test_keep_alive_and_chunked_framing_on_one_socket(claude_emulator: Emulator) -> None:
    payload = json.dumps(body(stream=True)).encode()
    head = (
        "POST /v1/messages HTTP/1.1\r\nHost: x\r\nx-api-key: k\r\n"
        f"anthropic-version: 2023-06-01\r\ncontent-length: {len(payload)}\r\n\r\n"
    ).encode()
    with socket.create_connection(("127.0.0.1", claude_emulator.port)) as sock:
        reader = sock.makefile("rb")
        for _ in range(2):  # the same connection serves two streamed answers
            sock.sendall(head + payload)
            status = reader.readline()
            headers = {}
            while (line := reader.readline()) != b"\r\n":
                name, _, value = line.decode().partition(":")
                headers[name.lower()] = value.strip()
            assert status.startswith(b"HTTP/1.1 200")
            assert headers["transfer-encoding"] == "chunked"
            assert headers["content-type"].startswith("text/event-stream")
            text = b""
            while (size := int(reader.readline(), 16)) != 0:
                text += reader.read(size)
                assert reader.read(2) == b"\r\n"
            assert reader.readline() == b"\r\n"
            assert parse_sse(text.decode())[-1][0] == "message_stop"
    assert len(claude_emulator.requests) == 2


def test_chunked_request_body_is_read(http: httpx.Client) -> None:
    data = json.dumps(body("chunked upload")).encode()
    response = http.post("/v1/messages", content=iter([data[:10], data[10:]]))
    assert response.json()["content"][0]["text"] == "You said: chunked upload"


def test_command_line_prints_url_and_serves() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "claude_messages.testing", "--port", "0", "--api-key", "sk-cli"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        headers = {**HEADERS, "x-api-key": "sk-cli"}
        assert httpx.post(f"{url}/v1/messages", json=body(), headers=headers).status_code == 200
        assert httpx.post(f"{url}/v1/messages", json=body(), headers=HEADERS).status_code == 401
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
        if proc.stdout:
            proc.stdout.close()
        if proc.stderr:
            proc.stderr.close()


def test_importable_without_pytest_and_jsonschema() -> None:
    code = (
        "import sys; sys.modules['pytest'] = None; sys.modules['jsonschema'] = None\n"
        "from claude_messages.testing import Emulator\n"
        "try:\n    Emulator()\nexcept ImportError as e:\n    print('needs:', e)\n"
        "with Emulator(validate=False) as api:\n    print(api.url)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert "needs: request validation needs jsonschema" in out
    assert "http://127.0.0.1:" in out


# --------------------------------------------------------------------- checks


def test_every_answer_carries_a_unique_request_id(http: httpx.Client) -> None:
    answers = [
        http.post("/v1/messages", json=body()),
        http.post("/v1/messages", json={}),
        http.get("/v1/models"),
        http.get("/v1/nope"),
        http.post("/v1/messages", json=body(), headers={"x-api-key": ""}),
    ]
    ids = [a.headers["request-id"] for a in answers]
    assert all(i.startswith("req_") for i in ids) and len(set(ids)) == len(ids)
    assert [a.status_code for a in answers] == [200, 400, 200, 404, 401]
    assert answers[1].json()["request_id"] == ids[1]


def test_key_is_required_in_either_header(claude_emulator: Emulator) -> None:
    url = f"{claude_emulator.url}/v1/messages"
    version = {"anthropic-version": "2023-06-01"}
    missing = httpx.post(url, json=body(), headers=version)
    assert missing.status_code == 401
    assert missing.json()["error"]["type"] == "authentication_error"
    bearer = httpx.post(url, json=body(), headers={**version, "authorization": "Bearer tok"})
    assert bearer.status_code == 200
    assert claude_emulator.api_key == DEFAULT_API_KEY


def test_configured_key_must_match(keyed_api: Emulator) -> None:
    url = f"{keyed_api.url}/v1/messages"
    assert keyed_api.api_key == "sk-test"
    assert httpx.post(url, json=body(), headers=HEADERS).status_code == 200
    wrong = httpx.post(url, json=body(), headers={**HEADERS, "x-api-key": "sk-other"})
    assert wrong.status_code == 401
    assert wrong.json()["error"] == {"type": "authentication_error", "message": "invalid x-api-key"}
    bearer = {"anthropic-version": "2023-06-01", "authorization": "Bearer sk-test"}
    assert httpx.post(url, json=body(), headers=bearer).status_code == 200


@pytest.mark.parametrize("version", [None, "2024-01-01"])
def test_version_must_be_present_and_known(http: httpx.Client, version: str | None) -> None:
    headers = {"x-api-key": "k"}
    if version:
        headers["anthropic-version"] = version
    with httpx.Client(base_url=str(http.base_url), headers=headers) as bare:
        answer = bare.post("/v1/messages", json=body())
    assert answer.status_code == 400
    assert answer.json()["error"]["message"].startswith("anthropic-version: ")


REFUSED_2026 = [
    (body(temperature=1.0), "temperature: no sampling parameters"),
    (body(top_p=0.5), "top_p: no sampling parameters"),
    (body(top_k=5), "top_k: no sampling parameters"),
    (
        {
            "model": MODEL,
            "max_tokens": 10,
            "messages": [
                {"role": "user", "content": "Summarise"},
                {
                    "role": "assistant",
                    "content": [
                        {
                            "type": "document",
                            "source": {"type": "text", "media_type": "text/plain", "data": "x"},
                        }
                    ],
                },
            ],
        },
        "messages.1.content.0: no document block in an assistant message",
    ),
    (
        body(
            [
                {
                    "type": "text",
                    "text": "quoted",
                    "citations": [
                        {
                            "type": "char_location",
                            "cited_text": "x",
                            "document_index": 0,
                            "document_title": None,
                            "start_char_index": 0,
                            "end_char_index": 1,
                        }
                    ],
                }
            ]
        ),
        "messages.0.content.0.citations: no citations on a text block in a user message",
    ),
]


@pytest.mark.parametrize(("payload", "message"), REFUSED_2026)
def test_2026_refusals_name_the_rule(http: httpx.Client, payload: Any, message: str) -> None:
    refused = http.post("/v1/messages", json=payload, headers=NEW)
    assert refused.status_code == 400
    error = refused.json()["error"]
    assert error["type"] == "invalid_request_error"
    assert error["message"].startswith(message) and "2026-10-21" in error["message"]
    counted = {k: v for k, v in payload.items() if k != "max_tokens"}
    assert http.post("/v1/messages/count_tokens", json=counted, headers=NEW).status_code == 400
    assert http.post("/v1/messages", json=payload).status_code == 200  # fine in 2023-06-01


def test_2026_accepts_what_it_does_not_refuse(http: httpx.Client) -> None:
    assert http.post("/v1/messages", json=body(), headers=NEW).status_code == 200


BAD_BODIES = [
    ({"model": MODEL, "messages": []}, "max_tokens: Field required"),
    (body(max_tokens=0), "max_tokens: Input should be greater than or equal to 1"),
    (body(max_tokens="ten"), "max_tokens: Input should be a valid integer"),
    ({**body(), "messages": "hi"}, "messages: Input should be a valid list"),
    ({**body(), "messages": []}, "messages: List should have at least 1 item"),
    (
        {**body(), "messages": [{"role": "robot", "content": "x"}]},
        "messages.0.role: Input should be 'user' or 'assistant'",
    ),
    (body(5), "messages.0.content: Input should be a valid string or list"),
    (body([{"type": "text"}]), "messages.0.content.0.text: Field required"),
    (
        body([{"type": "video"}]),
        "messages.0.content.0: Input tag 'video' found using 'type' does not match any of the "
        "expected tags: 'text', 'image',",
    ),
    (
        body([image_block(JPEG, "image/bmp")]),
        "messages.0.content.0.source.media_type: Input should be 'image/jpeg', 'image/png', "
        "'image/gif' or 'image/webp'",
    ),
    (
        body([image_block(JPEG, "image/png")]),
        "messages.0.content.0.source: Image does not match the provided media type image/png",
    ),
    (
        body(
            [
                {
                    "type": "image",
                    "source": {"type": "base64", "media_type": "image/png", "data": "!!"},
                }
            ]
        ),
        "messages.0.content.0.source.data: The image data is not valid base64.",
    ),
    (
        body([image_block(b"not an image", "image/png")]),
        "messages.0.content.0.source.data: Could not process image",
    ),
    (body(temperature=1.5), "temperature: Input should be less than or equal to 1"),
    (body(system=[{"type": "text"}]), "system.0.text: Field required"),
    (
        body(thinking={"type": "enabled", "budget_tokens": 100}),
        "thinking.budget_tokens: Input should be greater than or equal to 1024",
    ),
    (
        body(thinking={"type": "enabled", "budget_tokens": 2000}),
        "max_tokens: must be greater than thinking.budget_tokens",
    ),
    (body(tool_choice={"type": "any"}), "tool_choice: may only be specified while providing tools"),
    (
        body(
            tools=[{"name": "a", "input_schema": {"type": "object"}}],
            tool_choice={"type": "tool", "name": "b"},
        ),
        "tool_choice.name: tool 'b' not found in tools",
    ),
    (body(tools=[{"name": "bad name!", "input_schema": {"type": "object"}}]), "tools.0.name:"),
    (body(metadata={"user_id": 5}), "metadata.user_id: Input should be a valid string or null"),
]


@pytest.mark.parametrize(("payload", "message"), BAD_BODIES)
def test_bad_bodies_get_400_naming_the_field(
    http: httpx.Client, payload: Any, message: str
) -> None:
    answer = http.post("/v1/messages", json=payload)
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert error["type"] == "invalid_request_error"
    assert error["message"].startswith(message), error["message"]


def test_bodies_that_are_not_json_objects(http: httpx.Client) -> None:
    broken = http.post("/v1/messages", content=b"{nope")
    assert broken.status_code == 400
    assert "not valid JSON" in broken.json()["error"]["message"]
    listed = http.post("/v1/messages", json=[1])
    assert listed.status_code == 400


def test_unknown_fields_pass_through(http: httpx.Client) -> None:
    # The API grows optional inputs; a client's extra_body must reach it unharmed.
    assert http.post("/v1/messages", json=body(future_knob={"x": 1})).status_code == 200


def test_body_over_32_mb_is_413(http: httpx.Client) -> None:
    answer = http.post("/v1/messages", content=b" " * (32 * 1024 * 1024 + 1))
    assert answer.status_code == 413
    assert answer.json()["error"]["type"] == "request_too_large"
    assert http.post("/v1/messages", json=body()).status_code == 200  # connection still fine


def test_unknown_paths_and_methods(http: httpx.Client) -> None:
    assert http.get("/v1/messages").status_code == 405
    missing = http.post("/v1/complete", json={})
    assert missing.status_code == 404
    assert missing.json()["error"]["type"] == "not_found_error"


# --------------------------------------------------------------------- replies


def test_text_reply_quotes_the_last_user_message_and_system(http: httpx.Client) -> None:
    message = http.post(
        "/v1/messages",
        json={
            "model": MODEL,
            "max_tokens": 100,
            "system": [{"type": "text", "text": "Be"}, {"type": "text", "text": "brief."}],
            "messages": [
                {"role": "user", "content": "first"},
                {"role": "assistant", "content": "ok"},
                {"role": "user", "content": [{"type": "text", "text": "second"}]},
            ],
        },
    ).json()
    assert message["content"] == [{"type": "text", "text": "[system: Be brief.] You said: second"}]
    assert message["role"] == "assistant" and message["model"] == MODEL
    assert message["stop_reason"] == "end_turn" and message["stop_sequence"] is None
    assert message["id"].startswith("msg_")


@pytest.mark.parametrize(
    ("data", "media_type", "size"),
    [
        (JPEG, "image/jpeg", "64x48"),
        (png(3, 2), "image/png", "3x2"),
        (gif(5, 7), "image/gif", "5x7"),
        (WEBP_LOSSLESS, "image/webp", "30x20"),
    ],
)
def test_image_reply_reports_type_and_size_from_the_bytes(
    http: httpx.Client, data: bytes, media_type: str, size: str
) -> None:
    content = [image_block(data, media_type), {"type": "text", "text": "What is in this image?"}]
    message = http.post("/v1/messages", json=body(content)).json()
    assert message["content"][0]["text"] == (
        f"You said: [image: {media_type}, {size} pixels] What is in this image?"
    )


def test_max_tokens_cuts_the_reply(http: httpx.Client) -> None:
    message = http.post("/v1/messages", json=body("one two three four five", max_tokens=3)).json()
    assert message["content"][0]["text"] == "You said: one"
    assert message["stop_reason"] == "max_tokens"
    assert message["usage"]["output_tokens"] == 3


def test_stop_sequence_ends_the_reply(http: httpx.Client) -> None:
    payload = body("count 1 2 STOP 3 END", stop_sequences=["END", "STOP"])
    message = http.post("/v1/messages", json=payload).json()
    assert message["content"][0]["text"] == "You said: count 1 2 "
    assert message["stop_reason"] == "stop_sequence"
    assert message["stop_sequence"] == "STOP"


def test_usage_matches_content_and_count_tokens(http: httpx.Client) -> None:
    payload = body([image_block(JPEG, "image/jpeg"), {"type": "text", "text": "Describe it"}])
    payload["system"] = "You are terse."
    message = http.post("/v1/messages", json=payload).json()
    text = message["content"][0]["text"]
    assert message["usage"]["output_tokens"] == len(split_tokens(text))
    counted = {k: v for k, v in payload.items() if k != "max_tokens"}
    count = http.post("/v1/messages/count_tokens", json=counted).json()
    assert count == {"input_tokens": message["usage"]["input_tokens"]}
    assert count["input_tokens"] == 3 + 5 + 2  # system + image (64*48/750) + text


TOOL_SCHEMAS = [
    {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    {
        "type": "object",
        "properties": {
            "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            "days": {"type": "integer", "minimum": 3, "maximum": 7},
            "ratio": {"type": "number", "exclusiveMinimum": 5, "exclusiveMaximum": 6},
            "tags": {"type": "array", "items": {"type": "string", "minLength": 8}, "minItems": 2},
            "when": {"type": "string", "format": "date-time"},
            "flag": {"type": "boolean"},
            "maybe": {"type": ["null", "integer"], "multipleOf": 5, "minimum": 7},
        },
        "required": ["unit", "days", "ratio", "tags"],
        "additionalProperties": False,
    },
    {
        "type": "object",
        "$defs": {"point": {"type": "object", "properties": {"x": {"type": "number"}}}},
        "properties": {
            "at": {"$ref": "#/$defs/point"},
            "shape": {"oneOf": [{"const": "circle"}, {"type": "integer"}]},
            "code": {"type": "string", "maxLength": 2},
            "both": {"allOf": [{"properties": {"a": {"type": "integer"}}, "required": ["a"]}]},
        },
        "required": ["at", "shape", "code", "both"],
    },
]


@pytest.mark.parametrize("schema", TOOL_SCHEMAS, ids=["simple", "bounds", "refs"])
@pytest.mark.parametrize("choice", [{"type": "any"}, {"type": "tool", "name": "lookup"}])
def test_forced_tool_use_input_satisfies_the_schema(
    http: httpx.Client, schema: dict[str, Any], choice: dict[str, Any]
) -> None:
    tools = [
        {"name": "other", "input_schema": {"type": "object"}},
        {"name": "lookup", "description": "Look up", "input_schema": schema},
    ]
    if choice["type"] == "any":
        tools.reverse()
    message = http.post("/v1/messages", json=body(tools=tools, tool_choice=choice)).json()
    assert message["stop_reason"] == "tool_use"
    [block] = message["content"]
    assert block["type"] == "tool_use" and block["name"] == "lookup"
    assert block["id"].startswith("toolu_")
    jsonschema.validate(block["input"], schema)
    assert example_value(schema) == block["input"]


def test_auto_tool_choice_calls_a_tool_the_user_names(http: httpx.Client) -> None:
    tools = [{"name": "get_weather", "input_schema": {"type": "object"}}]
    plain = http.post("/v1/messages", json=body("Hello", tools=tools)).json()
    assert [b["type"] for b in plain["content"]] == ["text"]
    named = http.post("/v1/messages", json=body("Use get_weather please", tools=tools)).json()
    assert [b["type"] for b in named["content"]] == ["text", "tool_use"]
    assert named["stop_reason"] == "tool_use"
    none = body("Use get_weather please", tools=tools, tool_choice={"type": "none"})
    assert http.post("/v1/messages", json=none).json()["stop_reason"] == "end_turn"


@pytest.mark.parametrize(
    "thinking", [{"type": "enabled", "budget_tokens": 1024}, {"type": "adaptive"}]
)
def test_thinking_gives_a_signed_thinking_block(
    http: httpx.Client, thinking: dict[str, Any]
) -> None:
    message = http.post("/v1/messages", json=body("Hi there", max_tokens=2000, thinking=thinking))
    blocks = message.json()["content"]
    assert [b["type"] for b in blocks] == ["thinking", "text"]
    assert blocks[0]["thinking"] == "The user wrote 2 words. I will repeat them."
    assert len(blocks[0]["signature"]) > 40
    usage = message.json()["usage"]["output_tokens"]
    assert usage == len(split_tokens(blocks[0]["thinking"])) + len(split_tokens(blocks[1]["text"]))


def test_replies_validate_against_the_spec(http: httpx.Client, spec_schema: Any) -> None:
    tools = [{"name": "lookup", "input_schema": TOOL_SCHEMAS[0]}]
    payloads = [
        body(),
        body(tools=tools, tool_choice={"type": "any"}),
        body(max_tokens=2000, thinking={"type": "enabled", "budget_tokens": 1024}),
        body("Use lookup", tools=tools, stop_sequences=["x"]),
    ]
    for payload in payloads:
        check_message(spec_schema, http.post("/v1/messages", json=payload).json())
        text = http.post("/v1/messages", json={**payload, "stream": True}).text
        for name, data in parse_sse(text):
            check_event(spec_schema, name, data)
    counted = {"model": MODEL, "messages": body()["messages"]}
    spec_schema("MessageTokensCount").validate(
        http.post("/v1/messages/count_tokens", json=counted).json()
    )
    spec_schema("ModelList").validate(http.get("/v1/models").json())
    spec_schema("ErrorResponse").validate(http.post("/v1/messages", json={}).json())


# --------------------------------------------------------------------- streaming


def test_stream_event_order_with_ping(http: httpx.Client) -> None:
    text = http.post("/v1/messages", json=body("Hi there", stream=True)).text
    names = [name for name, _ in parse_sse(text)]
    assert names == [
        "message_start",
        "ping",
        "content_block_start",
        *["content_block_delta"] * 4,
        "content_block_stop",
        "message_delta",
        "message_stop",
    ]


@pytest.mark.parametrize(
    "extra",
    [
        {},
        {"max_tokens": 2, "stop_sequences": ["zzz"]},
        {"stop_sequences": ["there"]},
        {
            "tools": [{"name": "lookup", "input_schema": TOOL_SCHEMAS[1]}],
            "tool_choice": {"type": "any"},
        },
        {"tools": [{"name": "lookup", "input_schema": {"type": "object"}}]},
        {"thinking": {"type": "enabled", "budget_tokens": 1024}, "max_tokens": 1500},
    ],
    ids=["text", "max_tokens", "stop_sequence", "tool", "auto-tool", "thinking"],
)
def test_streamed_and_whole_replies_are_the_same_message(
    http: httpx.Client, extra: dict[str, Any]
) -> None:
    payload = body("Hi there, use lookup", **extra)
    whole = http.post("/v1/messages", json=payload).json()
    streamed = http.post("/v1/messages", json={**payload, "stream": True})
    assert streamed.headers["content-type"] == "text/event-stream; charset=utf-8"
    assert accumulate(parse_sse(streamed.text)) == whole


def test_pace_spaces_the_events(claude_emulator: Emulator, http: httpx.Client) -> None:
    claude_emulator.pace = 0.02
    arrivals = []
    start = time.monotonic()
    with http.stream("POST", "/v1/messages", json=body("a b c", stream=True)) as response:
        for line in response.iter_lines():
            if line.startswith("event:"):
                arrivals.append(time.monotonic() - start)
    assert len(arrivals) == 11  # start, ping, block start, 5 deltas, block stop, delta, stop
    assert arrivals[-1] - arrivals[0] >= 10 * 0.02 * 0.9  # spread out, not in one burst
    claude_emulator.pace = 0.0
    fast = time.monotonic()
    header = {PACE_HEADER: "0.05"}
    http.post("/v1/messages", json=body("a", stream=True), headers=header).raise_for_status()
    assert time.monotonic() - fast >= 8 * 0.05 * 0.9  # 9 events


# --------------------------------------------------------------------- models


def test_models_pagination_both_ways(http: httpx.Client) -> None:
    everything = http.get("/v1/models").json()
    ids = [m["id"] for m in everything["data"]]
    assert MODEL in ids and len(ids) == 8 and not everything["has_more"]
    created = [m["created_at"] for m in everything["data"]]
    assert created == sorted(created, reverse=True)

    forward: list[str] = []
    params: dict[str, Any] = {"limit": 3}
    while True:
        page = http.get("/v1/models", params=params).json()
        forward += [m["id"] for m in page["data"]]
        assert page["first_id"] == page["data"][0]["id"]
        assert page["last_id"] == page["data"][-1]["id"]
        if not page["has_more"]:
            break
        params = {"limit": 3, "after_id": page["last_id"]}
    assert forward == ids

    backward = http.get("/v1/models", params={"limit": 3, "before_id": ids[5]}).json()
    assert [m["id"] for m in backward["data"]] == ids[2:5] and backward["has_more"]
    first = http.get("/v1/models", params={"limit": 3, "before_id": ids[2]}).json()
    assert [m["id"] for m in first["data"]] == ids[:2] and not first["has_more"]
    empty = http.get("/v1/models", params={"after_id": ids[-1]}).json()
    assert empty == {"data": [], "has_more": False, "first_id": None, "last_id": None}


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"limit": 0}, "limit:"),
        ({"limit": "x"}, "limit:"),
        ({"after_id": "nope"}, "after_id:"),
        ({"after_id": MODEL, "before_id": MODEL}, "before_id:"),
    ],
)
def test_models_bad_pagination(http: httpx.Client, params: dict[str, Any], message: str) -> None:
    answer = http.get("/v1/models", params=params)
    assert answer.status_code == 400
    assert answer.json()["error"]["message"].startswith(message)


def test_models_get_by_id_and_alias(http: httpx.Client) -> None:
    model = http.get(f"/v1/models/{MODEL}").json()
    assert {key: model[key] for key in ("type", "id", "display_name", "created_at")} == {
        "type": "model",
        "id": MODEL,
        "display_name": "Claude Haiku 3",
        "created_at": "2024-03-07T00:00:00Z",
    }
    alias = http.get("/v1/models/claude-sonnet-4-5").json()
    assert alias["id"] == "claude-sonnet-4-5-20250929"
    missing = http.get("/v1/models/claude-0")
    assert missing.status_code == 404
    assert missing.json()["error"] == {"type": "not_found_error", "message": "model: claude-0"}


# --------------------------------------------------------------------- faults


@pytest.mark.parametrize(
    ("fault", "status", "error_type"),
    [
        (Fault.rate_limit(retry_after=0.25), 429, "rate_limit_error"),
        (Fault.overloaded(), 529, "overloaded_error"),
        (Fault.server_error(), 500, "api_error"),
        (Fault.http_error(403, "permission_error", "No"), 403, "permission_error"),
    ],
)
def test_status_faults(
    claude_emulator: Emulator, http: httpx.Client, fault: Fault, status: int, error_type: str
) -> None:
    claude_emulator.inject(fault)
    answer = http.post("/v1/messages", json=body())
    assert answer.status_code == status
    assert answer.json()["error"]["type"] == error_type
    assert answer.json()["request_id"] == answer.headers["request-id"]
    if status == 429:
        assert answer.headers["retry-after"] == "0.25"
        assert answer.headers["anthropic-ratelimit-requests-remaining"] == "0"
    assert http.post("/v1/messages", json=body()).status_code == 200
    assert [(r.fault, r.status) for r in claude_emulator.requests] == [
        (fault.kind, status),
        (None, 200),
    ]


def test_fault_extra_headers(claude_emulator: Emulator, http: httpx.Client) -> None:
    claude_emulator.inject(Fault.http_error(500, "api_error", headers={"x-should-retry": "false"}))
    assert http.post("/v1/messages", json=body()).headers["x-should-retry"] == "false"


def test_bad_gateway_is_an_html_page(claude_emulator: Emulator, http: httpx.Client) -> None:
    claude_emulator.inject(Fault.bad_gateway())
    answer = http.post("/v1/messages", json=body())
    assert answer.status_code == 502
    assert answer.headers["content-type"] == "text/html"
    assert "<h1>502 Bad Gateway</h1>" in answer.text


def test_drop_before_the_answer(claude_emulator: Emulator, http: httpx.Client) -> None:
    claude_emulator.inject("drop")
    with pytest.raises(httpx.RemoteProtocolError):
        http.post("/v1/messages", json=body())
    assert http.post("/v1/messages", json=body()).status_code == 200
    assert [r.status for r in claude_emulator.requests] == [None, 200]


def test_drop_mid_stream(claude_emulator: Emulator, http: httpx.Client) -> None:
    claude_emulator.inject(Fault.drop_mid_stream(after_events=3))
    received: list[str] = []
    with (
        pytest.raises(httpx.RemoteProtocolError),
        http.stream("POST", "/v1/messages", json=body(stream=True)) as response,
    ):
        for line in response.iter_lines():
            if line.startswith("event:"):
                received.append(line.removeprefix("event: "))
    assert received == ["message_start", "ping", "content_block_start", "content_block_delta"]


def test_drop_mid_body_without_streaming(claude_emulator: Emulator, http: httpx.Client) -> None:
    claude_emulator.inject(Fault.drop_mid_stream())
    with pytest.raises(httpx.RemoteProtocolError):
        http.post("/v1/messages", json=body())


def test_error_event_mid_stream(claude_emulator: Emulator, http: httpx.Client) -> None:
    claude_emulator.inject(Fault.error_event(after_events=4, error_type="api_error", message="x"))
    events = parse_sse(http.post("/v1/messages", json=body(stream=True)).text)
    assert [name for name, _ in events][-3:] == ["content_block_delta"] * 2 + ["error"]
    assert events[-1][1] == {"type": "error", "error": {"type": "api_error", "message": "x"}}
    # The connection ended the stream cleanly and serves the next request.
    assert http.post("/v1/messages", json=body()).status_code == 200


def test_error_event_without_streaming_is_a_status(
    claude_emulator: Emulator, http: httpx.Client
) -> None:
    claude_emulator.inject(Fault.error_event())
    answer = http.post("/v1/messages", json=body())
    assert answer.status_code == 529
    assert answer.json()["error"]["type"] == "overloaded_error"


def test_slow_first_byte(claude_emulator: Emulator, http: httpx.Client) -> None:
    claude_emulator.inject(Fault.slow_first_byte(0.5), times=2)
    with pytest.raises(httpx.ReadTimeout):
        http.post("/v1/messages", json=body(), timeout=0.1)
    start = time.monotonic()
    assert http.post("/v1/messages", json=body(), timeout=5).status_code == 200
    assert time.monotonic() - start >= 0.45


def test_stall_sends_only_pings(claude_emulator: Emulator, http: httpx.Client) -> None:
    claude_emulator.inject(Fault.stall(after_events=1, ping_interval=0.01))
    events: list[str] = []
    with http.stream("POST", "/v1/messages", json=body(stream=True)) as response:
        for line in response.iter_lines():
            if line.startswith("event:"):
                events.append(line.removeprefix("event: "))
            if len(events) == 6:
                break
    assert events == ["message_start"] + ["ping"] * 5
    assert http.post("/v1/messages", json=body()).status_code == 200


def test_stall_without_streaming_never_answers(
    claude_emulator: Emulator, http: httpx.Client
) -> None:
    claude_emulator.inject(Fault.stall())
    with pytest.raises(httpx.ReadTimeout):
        http.post("/v1/messages", json=body(), timeout=0.2)


def test_fault_queue_order_times_and_paths(claude_emulator: Emulator, http: httpx.Client) -> None:
    claude_emulator.inject(Fault.overloaded(), times=2, path="/v1/messages")
    claude_emulator.inject("server_error")
    assert claude_emulator.pending_faults == 3
    statuses = [
        http.get("/v1/models").status_code,  # server_error: the first entry skips this path
        http.post("/v1/messages", json=body()).status_code,
        http.post("/v1/messages", json=body()).status_code,
        http.post("/v1/messages", json=body()).status_code,
    ]
    assert statuses == [500, 529, 529, 200]
    claude_emulator.inject("overloaded", times=5)
    claude_emulator.clear_faults()
    assert claude_emulator.pending_faults == 0
    assert http.post("/v1/messages", json=body()).status_code == 200
    assert len(claude_emulator.requests) == 5
    claude_emulator.clear_requests()
    assert claude_emulator.requests == []


def test_fault_chosen_by_header(claude_emulator: Emulator, http: httpx.Client) -> None:
    claude_emulator.inject("server_error")  # not consumed by a request that names its own
    headers = {FAULT_HEADER: "rate_limit; retry_after=2"}
    answer = http.post("/v1/messages", json=body(), headers=headers)
    assert answer.status_code == 429 and answer.headers["retry-after"] == "2"
    assert claude_emulator.pending_faults == 1
    bad = http.post("/v1/messages", json=body(), headers={FAULT_HEADER: "meteor"})
    assert bad.status_code == 400
    assert bad.json()["error"]["message"].startswith(f"{FAULT_HEADER}: unknown fault 'meteor'")


def test_fault_parse() -> None:
    assert Fault.parse("rate_limit; retry_after=0.5") == Fault.rate_limit(retry_after=0.5)
    assert Fault.parse("rate_limit;retry_after=none").retry_after is None
    assert Fault.parse("error_event; after_events=0; type=api_error; message=boom") == (
        Fault.error_event(0, error_type="api_error", message="boom")
    )
    custom = Fault.parse("http_error; status=409; type=conflict")
    assert (custom.status, custom.error_type) == (409, "conflict")
    assert Fault.parse("stall; ping_interval=0.1") == Fault.stall(ping_interval=0.1)
    assert Fault.parse("slow_first_byte; delay=3").delay == 3.0
    for bad in ["nope", "drop; x=1", "drop; flag"]:
        with pytest.raises(ValueError):
            Fault.parse(bad)
    with pytest.raises(ValueError):
        Emulator().inject(Fault.drop(), times=0)


def test_control_endpoints(claude_emulator: Emulator, http: httpx.Client) -> None:
    added = http.post("/_emulator/faults", json={"fault": "overloaded", "times": 2})
    assert added.json() == {"pending": 2}
    assert http.post("/v1/messages", json=body()).status_code == 529
    listed = http.get("/_emulator/requests").json()
    assert listed["count"] == 1 and listed["requests"][0]["fault"] == "overloaded"
    assert http.delete("/_emulator/faults").json() == {"pending": 0}
    assert http.delete("/_emulator/requests").status_code == 200
    assert claude_emulator.requests == []
    assert http.post("/_emulator/faults", json={"fault": "nope"}).status_code == 400
    assert http.get("/_emulator/nothing").status_code == 404


def test_requests_are_recorded(claude_emulator: Emulator, http: httpx.Client) -> None:
    http.post("/v1/messages", json=body("recorded"), params={"beta": "true"})
    [request] = claude_emulator.requests
    assert (request.method, request.path, request.query) == (
        "POST",
        "/v1/messages",
        {"beta": "true"},
    )
    assert request.headers["x-api-key"] == "sk-test"
    assert request.json["messages"][0]["content"] == "recorded"
    assert request.status == 200 and request.request_id.startswith("req_")
    assert "POST /v1/messages status=200" in repr(request)


# --------------------------------------------------------------------- load


def test_200_concurrent_streams(claude_emulator: Emulator) -> None:
    claude_emulator.pace = 0.005

    async def main() -> list[str]:
        limits = httpx.Limits(max_connections=250)
        async with httpx.AsyncClient(
            base_url=claude_emulator.url, headers=HEADERS, limits=limits, timeout=30
        ) as client:

            async def one(i: int) -> str:
                payload = body(f"stream number {i}", stream=True)
                async with client.stream("POST", "/v1/messages", json=payload) as response:
                    text = await response.aread()
                return "".join(
                    data["delta"]["text"]
                    for name, data in parse_sse(text.decode())
                    if name == "content_block_delta"
                )

            return await asyncio.gather(*(one(i) for i in range(200)))

    texts = asyncio.run(main())
    assert texts == [f"You said: stream number {i}" for i in range(200)]
    assert len(claude_emulator.requests) == 200


def test_port_in_use_raises() -> None:
    with Emulator() as first, pytest.raises(OSError):
        Emulator(port=first.port).start()
