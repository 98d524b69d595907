"""An in-process Messages API on ``httpx.MockTransport``: scripted replies, recorded bodies.

For turn sequences the emulator cannot produce (a given JSON text, a tool called again
after its result, a ``pause_turn``). Streaming requests get the reply as SSE events, built
by the emulator's own ``stream_events`` so that both forms carry the same message.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
from claude_messages import AsyncClient, Client
from claude_messages.testing._replies import stream_events

KEY = "sk-ant-test-0000"


def text(value: str) -> dict[str, Any]:
    return {"type": "text", "text": value}


def tool_use(name: str, input: dict[str, Any], id: str = "toolu_01") -> dict[str, Any]:
    return {"type": "tool_use", "id": id, "name": name, "input": input}


def reply(*blocks: dict[str, Any], stop_reason: str = "end_turn") -> dict[str, Any]:
    return {
        "id": "msg_01",
        "type": "message",
        "role": "assistant",
        "model": "claude-3-haiku-20240307",
        "content": list(blocks),
        "stop_reason": stop_reason,
        "stop_sequence": None,
        "usage": {"input_tokens": 5, "output_tokens": 7},
    }


def sse(message: dict[str, Any]) -> bytes:
    return "".join(
        f"event: {name}\ndata: {json.dumps(data)}\n\n" for name, data in stream_events(message)
    ).encode()


class FakeApi:
    """Answers each request with the next scripted reply (the last one repeats)."""

    def __init__(self, *replies: dict[str, Any]) -> None:
        self.replies = list(replies)
        self.bodies: list[dict[str, Any]] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        self.bodies.append(body)
        message = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        headers = {"request-id": f"req_{len(self.bodies)}"}
        if body.get("stream"):
            headers["content-type"] = "text/event-stream"
            return httpx.Response(200, headers=headers, content=sse(message))
        if request.url.path.endswith("/count_tokens"):
            return httpx.Response(200, headers=headers, json={"input_tokens": 3})
        return httpx.Response(200, headers=headers, json=message)

    def client(self, mode: str) -> Any:
        transport = httpx.MockTransport(self.handler)
        if mode == "sync":
            return Client(api_key=KEY, http_client=httpx.Client(transport=transport))
        return AsyncClient(api_key=KEY, http_client=httpx.AsyncClient(transport=transport))
