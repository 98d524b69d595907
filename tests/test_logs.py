"""``ANTHROPIC_LOG=debug|info`` prints this package's records on stderr, never a key."""

from __future__ import annotations

import os
import subprocess
import sys

KEY = "sk-ant-api03-SECRET-LOG-TEST"

PROGRAM = f"""
import httpx
from claude_messages import Client

MESSAGE = {{"id": "msg_1", "type": "message", "role": "assistant", "model": "m",
           "content": [], "stop_reason": "end_turn", "stop_sequence": None,
           "usage": {{"input_tokens": 1, "output_tokens": 1}}}}
handler = lambda request: httpx.Response(200, json=MESSAGE, headers={{"request-id": "req_42"}})
client = Client(api_key={KEY!r}, transport=httpx.MockTransport(handler))
client.messages.create(model="m", max_tokens=5, messages=[{{"role": "user", "content": "hi"}}])
"""


def _run(level: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "ANTHROPIC_LOG"}
    if level is not None:
        env["ANTHROPIC_LOG"] = level
    run = subprocess.run(
        [sys.executable, "-c", PROGRAM], env=env, capture_output=True, text=True, check=True
    )
    return run.stderr


def test_debug_logs_the_request_and_the_answer_but_not_the_key() -> None:
    err = _run("debug")
    assert "Sending POST https://api.anthropic.com/v1/messages" in err
    assert "POST /v1/messages: 200 (request-id req_42, 0 retries)" in err
    assert KEY not in err and "SECRET" not in err


def test_info_logs_the_answer_only() -> None:
    err = _run("INFO")
    assert "request-id req_42" in err and "Sending" not in err


def test_nothing_is_configured_without_the_variable() -> None:
    assert _run(None) == ""
