"""A response's content goes back as request content unchanged: as models or as dicts.

Every block kind the API answers with (the recorded messages under ``fixtures/sse``) is
sent back in an assistant turn, through the client's checks and the emulator's validation
against the spec, under both API versions (2026-10-21 refuses a document block directly in
an assistant turn, not the document inside a web fetch result).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from claude_messages import Client
from claude_messages.testing import Emulator
from claude_messages_generated.models import Message

FIXTURES = Path(__file__).parent / "fixtures" / "sse"
MESSAGES = sorted(FIXTURES.glob("*.message.json"))


@pytest.fixture(scope="module")
def api() -> Iterator[Emulator]:
    with Emulator() as emulator:
        yield emulator


@pytest.mark.parametrize("version", ["2023-06-01", "2026-10-21"])
@pytest.mark.parametrize("form", ["models", "dicts"])
@pytest.mark.parametrize("path", MESSAGES, ids=lambda p: p.stem)
def test_response_content_is_accepted_back(
    api: Emulator, path: Path, form: str, version: str
) -> None:
    data = json.loads(path.read_text("utf-8"))
    message = Message.from_dict(copy.deepcopy(data))
    content: Any = message.content if form == "models" else message.to_dict()["content"]
    client = Client(api_key=api.api_key, base_url=api.url, api_version=version, max_retries=0)
    with client:
        client.messages.create(
            model="claude-sonnet-4-5-20250929",
            max_tokens=20,
            messages=[
                {"role": "user", "content": "Hello"},
                {"role": message.role, "content": content},
                {"role": "user", "content": "Go on."},
            ],
        )
    sent = json.loads(api.requests[-1].body)
    assert sent["messages"][1]["content"] == data["content"]
