"""Contract tests: what the real client sends is valid against openapi.yaml, per an
independent validator (Steady, npm ``@stdy/cli``, installed by ``scripts/bootstrap``).

Steady runs on a free loopback port with ``--reject-on-sdk-error`` (its default), so a
request that breaks the spec is answered 400 (raised here as ``BadRequestError``); every
accepted answer also carries ``x-steady-request-valid: true``, which is asserted too.
Steady does not look deep inside every ``oneOf`` (a tool_result without ``tool_use_id``
or an image of ``image/bmp`` inside ``messages`` passes it), so each body is also checked
with ``jsonschema`` against the same document, the checks that Steady skips included.

Covered: every endpoint the client has (``POST /v1/messages`` through ``create``,
``with_raw_response.create``, ``create(stream=True)`` and ``stream()``) with every request
block type (every response block sent back included), every tool type and each
``tool_choice`` form, each ``thinking`` form, ``system`` as a string and as blocks,
metadata, stop sequences, sampling parameters, service tier, the live parameters
(``cache_control``, ``container``, ``diagnostics``, ``inference_geo``, ``output_config``,
``speed``) and header arguments, ``extra_body``, generated model instances, both
credentials and both API versions; a tool search turn (deferred tools, its result and a
web search error sent back) and every URL source rule of web fetch; the Files API
(upload, list, metadata, delete, download).
"""

from __future__ import annotations

import base64
import json
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
import yaml
from claude_messages import AsyncClient, Client
from claude_messages._resources.messages import prepare_create
from claude_messages_generated.models import (
    MessageParam,
    TextBlockParam,
    Tool,
    ToolChoiceTool,
    ToolInputSchema,
)

ROOT = Path(__file__).resolve().parent.parent
STEADY = ROOT / ".tools" / "node_modules" / ".bin" / "steady"
SPEC = ROOT / "openapi.yaml"
MODEL = "claude-3-haiku-20240307"
JPEG = base64.b64encode((ROOT / "examples" / "assets" / "meadow.jpg").read_bytes()).decode()
PDF = base64.b64encode(b"%PDF-1.4\n%%EOF\n").decode()
USER_HELLO = {"role": "user", "content": "Hello, Claude!"}

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture(scope="module")
def steady_url() -> Iterator[str]:
    assert STEADY.exists(), "Steady is missing: run scripts/bootstrap (it needs Node.js and npm)"
    port = _free_port()
    process = subprocess.Popen(
        [str(STEADY), "--host", "127.0.0.1", "-p", str(port), "--no-color", "-q", str(SPEC)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    output: list[str] = []

    def drain() -> None:
        # Keep the pipe from filling up; the output explains a failure to start. (Its log
        # lines change with the environment, e.g. CI=true, so readiness is not read there.)
        assert process.stdout is not None
        for line in process.stdout:
            output.append(line)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 60
        while not _accepts(port):
            assert process.poll() is None, "Steady exited:\n" + "".join(output)
            assert time.monotonic() < deadline, "Steady did not start:\n" + "".join(output)
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        reader.join(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


@pytest.fixture
def client(steady_url: str) -> Iterator[Client]:
    with Client(api_key="sk-contract", base_url=steady_url, max_retries=0) as c:
        yield c


def test_spec_passes_steady_validate() -> None:
    result = subprocess.run(
        [str(STEADY), "validate", "--no-color", str(SPEC)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _cited_text() -> dict[str, Any]:
    return {
        "type": "text",
        "text": "The grass is green.",
        "citations": [
            {
                "type": "char_location",
                "cited_text": "green",
                "document_index": 0,
                "document_title": "Meadow",
                "start_char_index": 13,
                "end_char_index": 18,
            }
        ],
    }


TOOL = {
    "name": "get_weather",
    "description": "The weather at a place.",
    "input_schema": {
        "type": "object",
        "properties": {"location": {"type": "string"}},
        "required": ["location"],
    },
}
TOOL_TURNS = [
    {"role": "user", "content": "Weather in Paris?"},
    {
        "role": "assistant",
        "content": [
            {"type": "text", "text": "Let me check."},
            {
                "type": "tool_use",
                "id": "toolu_01",
                "name": "get_weather",
                "input": {"location": "Paris"},
            },
        ],
    },
    {
        "role": "user",
        "content": [
            {"type": "tool_result", "tool_use_id": "toolu_01", "content": "Sunny, 21 C"},
        ],
    },
]

# One of every tool type: a custom tool with every option, then the API's own tools.
ALL_TOOLS: list[dict[str, Any]] = [
    {
        **TOOL,
        "type": "custom",
        "strict": True,
        "allowed_callers": ["direct", "code_execution_20250825"],
        "defer_loading": False,
        "eager_input_streaming": True,
        "input_examples": [{"location": "Paris"}],
        "cache_control": {"type": "ephemeral"},
    },
    {"type": "bash_20250124", "name": "bash", "input_examples": [{"command": "ls"}]},
    *(
        {"type": f"code_execution_{v}", "name": "code_execution", "strict": False}
        for v in ("20250522", "20250825", "20260120", "20260521")
    ),
    {"type": "memory_20250818", "name": "memory", "defer_loading": True},
    {"type": "text_editor_20250124", "name": "str_replace_editor"},
    {"type": "text_editor_20250429", "name": "str_replace_based_edit_tool"},
    {"type": "text_editor_20250728", "name": "str_replace_based_edit_tool", "max_characters": 900},
    {
        "type": "web_search_20250305",
        "name": "web_search",
        "max_uses": 3,
        "allowed_domains": ["example.com"],
        "user_location": {"type": "approximate", "city": "Oslo", "country": "NO"},
    },
    {"type": "web_search_20260209", "name": "web_search", "blocked_domains": ["bad.example"]},
    {"type": "web_search_20260318", "name": "web_search", "response_inclusion": "excluded"},
    {
        "type": "web_fetch_20250910",
        "name": "web_fetch",
        "citations": {"enabled": True},
        "max_content_tokens": 5000,
        "url_sources": {
            "user_input": {"type": "all"},
            "client_tool_results": {"type": "none"},
            "server_tool_results": {
                "type": "only",
                "tools": [{"type": "tool_reference", "name": "web_search"}],
            },
        },
    },
    {
        "type": "web_fetch_20260209",
        "name": "web_fetch",
        "url_sources": {
            "server_tool_results": {
                "type": "except",
                "tools": [{"type": "tool_reference", "name": "code_execution"}],
            }
        },
    },
    {"type": "web_fetch_20260309", "name": "web_fetch", "use_cache": False},
    {"type": "web_fetch_20260318", "name": "web_fetch", "response_inclusion": "full"},
    {"type": "tool_search_tool_bm25_20251119", "name": "tool_search_tool_bm25"},
    {"type": "tool_search_tool_bm25", "name": "tool_search_tool_bm25"},
    {"type": "tool_search_tool_regex_20251119", "name": "tool_search_tool_regex"},
    {"type": "tool_search_tool_regex", "name": "tool_search_tool_regex"},
    {"type": "browser_toolset_20260801", "configs": {"navigate": {"enabled": True}}},
    {"type": "computer_toolset_20260801", "configs": {"zoom": {"defer_loading": False}}},
]
# Every block kind of a response (the SSE fixtures' messages), to be sent back as it is.
RESPONSE_BLOCKS = [
    block
    for path in sorted((ROOT / "tests" / "fixtures" / "sse").glob("*.message.json"))
    for block in json.loads(path.read_text("utf-8"))["content"]
]

CASES: dict[str, dict[str, Any]] = {
    "text": {"messages": [USER_HELLO]},
    "image_base64": {
        "messages": [
            {
                "role": "user",
                "content": [
                    {
                        "type": "image",
                        "source": {"type": "base64", "media_type": "image/jpeg", "data": JPEG},
                    },
                    {"type": "text", "text": "What is in this image?"},
                ],
            }
        ]
    },
    "image_url": {
        "messages": [
            {
                "role": "user",
                "content": [
                    {
                        "type": "image",
                        "source": {"type": "url", "url": "https://example.com/a.png"},
                    },
                    {"type": "text", "text": "Describe."},
                ],
            }
        ]
    },
    "documents_all_sources": {
        "messages": [
            {
                "role": "user",
                "content": [
                    {
                        "type": "document",
                        "source": {"type": "base64", "media_type": "application/pdf", "data": PDF},
                        "title": "Report",
                        "context": "Quarterly",
                        "citations": {"enabled": True},
                        "cache_control": {"type": "ephemeral"},
                    },
                    {
                        "type": "document",
                        "source": {
                            "type": "text",
                            "media_type": "text/plain",
                            "data": "The grass is green.",
                        },
                    },
                    {
                        "type": "document",
                        "source": {"type": "url", "url": "https://example.com/r.pdf"},
                    },
                    {
                        "type": "document",
                        "source": {
                            "type": "content",
                            "content": [
                                {"type": "text", "text": "Part one."},
                                {
                                    "type": "image",
                                    "source": {
                                        "type": "base64",
                                        "media_type": "image/jpeg",
                                        "data": JPEG,
                                    },
                                },
                            ],
                        },
                    },
                    {
                        "type": "document",
                        "source": {"type": "content", "content": "Just a string."},
                    },
                    {"type": "text", "text": "Summarise."},
                ],
            }
        ]
    },
    "tool_use_and_results": {
        "tools": [TOOL],
        "messages": [
            *TOOL_TURNS[:2],
            {
                "role": "user",
                "content": [
                    {
                        "type": "tool_result",
                        "tool_use_id": "toolu_01",
                        "content": [
                            {"type": "text", "text": "Sunny"},
                            {
                                "type": "image",
                                "source": {
                                    "type": "base64",
                                    "media_type": "image/jpeg",
                                    "data": JPEG,
                                },
                            },
                        ],
                        "is_error": False,
                        "cache_control": {"type": "ephemeral", "ttl": "5m"},
                    },
                ],
            },
        ],
    },
    "tool_result_string_and_error": {"tools": [TOOL], "messages": TOOL_TURNS},
    "thinking_replayed": {
        "thinking": {"type": "enabled", "budget_tokens": 1024},
        "max_tokens": 2048,
        "messages": [
            USER_HELLO,
            {
                "role": "assistant",
                "content": [
                    {"type": "thinking", "thinking": "Hmm.", "signature": "sig=="},
                    {"type": "redacted_thinking", "data": "opaque"},
                    _cited_text(),
                ],
            },
            {"role": "user", "content": "Go on."},
        ],
    },
    "cache_control_everywhere": {
        "system": [{"type": "text", "text": "Sys", "cache_control": {"type": "ephemeral"}}],
        "tools": [{**TOOL, "cache_control": {"type": "ephemeral", "ttl": "1h"}}],
        "messages": [
            {
                "role": "user",
                "content": [{"type": "text", "text": "Hi", "cache_control": {"type": "ephemeral"}}],
            }
        ],
    },
    "tool_choice_auto": {"tools": [TOOL], "tool_choice": {"type": "auto"}},
    "tool_choice_auto_single": {
        "tools": [TOOL],
        "tool_choice": {"type": "auto", "disable_parallel_tool_use": True},
    },
    "tool_choice_any": {
        "tools": [TOOL],
        "tool_choice": {"type": "any", "disable_parallel_tool_use": False},
    },
    "tool_choice_tool": {
        "tools": [TOOL],
        "tool_choice": {"type": "tool", "name": "get_weather", "disable_parallel_tool_use": True},
    },
    "tool_choice_none": {"tools": [TOOL], "tool_choice": {"type": "none"}},
    "thinking_enabled": {
        "thinking": {"type": "enabled", "budget_tokens": 2000},
        "max_tokens": 4000,
    },
    "thinking_adaptive": {"thinking": {"type": "adaptive"}},
    "thinking_disabled": {"thinking": {"type": "disabled"}},
    "system_string": {"system": "You are terse."},
    "system_blocks": {
        "system": [{"type": "text", "text": "Rule one."}, {"type": "text", "text": "Rule two."}]
    },
    "metadata": {"metadata": {"user_id": "user-123"}},
    "metadata_null_user": {"metadata": {"user_id": None}},
    "stop_sequences": {"stop_sequences": ["\n\nHuman:", "END"]},
    "sampling": {"temperature": 0.7, "top_k": 40, "top_p": 0.95},
    "sampling_edges": {"temperature": 0, "top_k": 0, "top_p": 1},
    "service_tier": {"service_tier": "standard_only"},
    "extra_body": {"extra_body": {"service_tier": "auto", "container": "container-1"}},
    "generated_models": {
        "messages": [MessageParam(role="user", content=[TextBlockParam(text="Hi")])],
        "system": [TextBlockParam(text="Be brief.")],
        "tools": [
            Tool(name="lookup", input_schema=ToolInputSchema(), description="Look things up.")
        ],
        "tool_choice": ToolChoiceTool(name="lookup"),
    },
    "beta_header": {"extra_headers": {"anthropic-beta": "feature-a,feature-b"}},
    "live_parameters": {
        "cache_control": {"type": "ephemeral", "ttl": "1h"},
        "container": "container_011CNha8iCJcU1wXNR6q4V8w",
        "diagnostics": {"previous_message_id": "msg_013Zva2CMHLNnXjNJJKqJ2EF"},
        "inference_geo": "us",
        "output_config": {
            "effort": "high",
            "format": {
                "type": "json_schema",
                "schema": {"type": "object", "properties": {"city": {"type": "string"}}},
            },
        },
        "speed": "fast",
        "thinking": {"type": "adaptive", "display": "omitted"},
    },
    "container_with_skills": {
        "container": {"id": None, "skills": [{"skill_id": "xlsx", "type": "anthropic"}]},
        "thinking": {"type": "between_tools"},
    },
    "header_arguments": {"user_profile_id": "uprof_011", "workspace_id": "wrkspc_011"},
    "every_tool_type": {"tools": ALL_TOOLS, "tool_choice": {"type": "auto"}},
    "request_only_blocks": {
        "messages": [
            {
                "role": "user",
                "content": [
                    {
                        "type": "search_result",
                        "source": "https://example.com/r",
                        "title": "A result",
                        "content": [{"type": "text", "text": "Found it."}],
                        "citations": {"enabled": True},
                    },
                    {"type": "image", "source": {"type": "file", "file_id": "file_01"}},
                    {"type": "document", "source": {"type": "file", "file_id": "file_02"}},
                    {"type": "container_upload", "file_id": "file_03"},
                    {"type": "text", "text": "Use them."},
                ],
            }
        ]
    },
    "tool_result_content_kinds": {
        "tools": [TOOL],
        "messages": [
            *TOOL_TURNS[:2],
            {
                "role": "user",
                "content": [
                    {
                        "type": "tool_result",
                        "tool_use_id": "toolu_01",
                        "content": [
                            {"type": "text", "text": "Sunny"},
                            {
                                "type": "search_result",
                                "source": "s",
                                "title": "t",
                                "content": [{"type": "text", "text": "x"}],
                            },
                            {
                                "type": "document",
                                "source": {"type": "text", "media_type": "text/plain", "data": "d"},
                            },
                            {"type": "tool_reference", "tool_name": "get_weather"},
                            {
                                "type": "browser_state",
                                "tabs": [{"tab_id": "1", "title": "Home", "url": "https://e.com"}],
                                "state_changes": [{"type": "tab_opened", "tab_id": "1"}],
                            },
                        ],
                    },
                ],
            },
        ],
    },
    "tool_search_turn_replayed": {
        "tools": [
            {"type": "tool_search_tool_regex_20251119", "name": "tool_search_tool_regex"},
            {**TOOL, "defer_loading": True},
        ],
        "messages": [
            {"role": "user", "content": "Weather in Paris?"},
            {
                "role": "assistant",
                "content": [
                    {
                        "type": "server_tool_use",
                        "id": "srvtoolu_01",
                        "name": "tool_search_tool_regex",
                        "input": {"query": "(?i)weather"},
                    },
                    {
                        "type": "tool_search_tool_result",
                        "tool_use_id": "srvtoolu_01",
                        "content": {
                            "type": "tool_search_tool_search_result",
                            "tool_references": [
                                {"type": "tool_reference", "tool_name": "get_weather"}
                            ],
                        },
                    },
                    {
                        "type": "server_tool_use",
                        "id": "srvtoolu_02",
                        "name": "web_search",
                        "input": {"query": "Paris weather"},
                    },
                    {
                        "type": "web_search_tool_result",
                        "tool_use_id": "srvtoolu_02",
                        "content": {
                            "type": "web_search_tool_result_error",
                            "error_code": "max_uses_exceeded",
                        },
                    },
                ],
            },
            {"role": "user", "content": "Go on."},
        ],
    },
    "server_blocks_replayed": {
        "messages": [
            USER_HELLO,
            {"role": "assistant", "content": RESPONSE_BLOCKS},
            {"role": "user", "content": "Go on."},
        ]
    },
}


def _body_validator(schema_name: str) -> jsonschema.Draft202012Validator:
    spec = yaml.safe_load(SPEC.read_text())
    schema = {"$ref": f"#/components/schemas/{schema_name}", "components": spec["components"]}
    return jsonschema.Draft202012Validator(schema)


CREATE_BODY = _body_validator("CreateMessageParams")


def _params(case: dict[str, Any]) -> dict[str, Any]:
    return {"model": MODEL, "max_tokens": 100, "messages": [USER_HELLO], **case}


def _assert_valid(response: httpx.Response) -> None:
    assert response.status_code == 200
    assert response.headers["x-steady-request-valid"] == "true", dict(response.headers)


@pytest.mark.parametrize("name", sorted(CASES))
def test_create_is_accepted(client: Client, name: str) -> None:
    params = _params(CASES[name])
    raw = client.messages.with_raw_response.create(**params)
    _assert_valid(raw.http_response)
    message = raw.parse()
    assert message.type_ == "message"
    # The very body the client sends, checked by a second validator.
    request = prepare_create(client._config, params, None)  # type: ignore[arg-type]
    CREATE_BODY.validate(json.loads(request.content))


def test_jsonschema_check_catches_what_steady_lets_through() -> None:
    bad = _params({"messages": [{"role": "user", "content": [{"type": "tool_result"}]}]})
    with pytest.raises(jsonschema.ValidationError):
        CREATE_BODY.validate(bad)


def test_create_returns_a_message(client: Client) -> None:
    message = client.messages.create(**_params({}))
    assert message.role == "assistant"
    assert message.content


@pytest.mark.parametrize("name", ["text", "tool_choice_any", "thinking_enabled", "system_blocks"])
def test_streaming_requests_are_accepted(client: Client, name: str) -> None:
    raw = client.messages.with_raw_response.create(**_params(CASES[name]), stream=True)
    try:
        _assert_valid(raw.http_response)
    finally:
        raw.http_response.close()
    with client.messages.stream(**_params(CASES[name])) as stream:
        assert stream.response is not None
        _assert_valid(stream.response)


def test_bearer_credential_is_accepted(steady_url: str) -> None:
    with Client(auth_token="tok-contract", base_url=steady_url, max_retries=0) as bearer:
        raw = bearer.messages.with_raw_response.create(**_params({}))
    _assert_valid(raw.http_response)


def test_new_api_version_is_accepted(steady_url: str) -> None:
    with Client(
        api_key="sk-contract", base_url=steady_url, api_version="2026-10-21", max_retries=0
    ) as new:
        raw = new.messages.with_raw_response.create(**_params(CASES["tool_choice_tool"]))
    _assert_valid(raw.http_response)


@pytest.mark.anyio
async def test_async_client_is_accepted(steady_url: str) -> None:
    async with AsyncClient(api_key="sk-contract", base_url=steady_url, max_retries=0) as aclient:
        raw = await aclient.messages.with_raw_response.create(
            **_params(CASES["documents_all_sources"])
        )
        _assert_valid(raw.http_response)


def test_steady_rejects_what_breaks_the_spec(client: Client) -> None:
    # The validator is live: a body the client would not build by itself (via extra_body)
    # is refused, so the accepted cases above mean something.
    from claude_messages import BadRequestError

    with pytest.raises(BadRequestError):
        client.messages.create(**_params({"extra_body": {"max_tokens": "many"}}))


# --- token counting, models and batches ---------------------------------------------------

BATCH_REQUESTS = [
    {"custom_id": "first", "params": _params(CASES["tool_choice_tool"])},
    {"custom_id": "second-2", "params": _params(CASES["documents_all_sources"])},
    {"custom_id": "third_3", "params": _params(CASES["thinking_enabled"])},
]
BATCH_ID = "msgbatch_01HkcTjaV5uDC8jWR4ZsDV8d"
FILE_ID = "file_011CNha8iCJcU1wXNR6q4V8w"
OTHER_ENDPOINTS: dict[str, Any] = {
    "count_tokens": lambda c: c.messages.count_tokens(
        model=MODEL,
        messages=TOOL_TURNS,
        system=[{"type": "text", "text": "Be brief."}],
        tools=[TOOL],
        tool_choice={"type": "any"},
        thinking={"type": "enabled", "budget_tokens": 1024},
    ),
    "count_tokens_live": lambda c: c.messages.count_tokens(
        model=MODEL,
        messages=[USER_HELLO, {"role": "assistant", "content": RESPONSE_BLOCKS}],
        tools=ALL_TOOLS,
        cache_control={"type": "ephemeral"},
        output_config={"effort": "low"},
        speed="standard",
        workspace_id="wrkspc_011",
    ),
    "models_list": lambda c: list(c.models.list(limit=5, after_id="claude-x")),
    "models_retrieve": lambda c: c.models.retrieve(MODEL),
    "batches_create": lambda c: c.messages.batches.create(requests=BATCH_REQUESTS),
    "batches_retrieve": lambda c: c.messages.batches.retrieve(BATCH_ID),
    "batches_list": lambda c: list(c.messages.batches.list(limit=20, before_id=BATCH_ID)),
    "batches_cancel": lambda c: c.messages.batches.cancel(BATCH_ID),
    "batches_delete": lambda c: c.messages.batches.delete(BATCH_ID),
    "batches_results": lambda c: list(c.messages.batches.results(BATCH_ID)),
    "files_upload": lambda c: c.files.upload(file=("notes.txt", b"Meeting at 10.", "text/plain")),
    "files_list": lambda c: c.files.list(limit=5, after_id=FILE_ID),
    "files_retrieve": lambda c: c.files.retrieve_metadata(FILE_ID),
    "files_delete": lambda c: c.files.delete(FILE_ID),
    "files_download": lambda c: c.files.download(FILE_ID).read(),
}


@pytest.mark.parametrize("name", sorted(OTHER_ENDPOINTS))
def test_models_tokens_batches_and_files_are_accepted(steady_url: str, name: str) -> None:
    answers: list[httpx.Response] = []
    with (
        httpx.Client(event_hooks={"response": [answers.append]}) as http,
        Client(api_key="sk-contract", base_url=steady_url, max_retries=0, http_client=http) as c,
    ):
        result = OTHER_ENDPOINTS[name](c)
    assert result is not None
    assert answers
    for answer in answers:
        _assert_valid(answer)


def test_batch_body_matches_the_spec() -> None:
    from claude_messages._batch_requests import batch_body
    from claude_messages._request import encode_json

    body = json.loads(encode_json(batch_body(BATCH_REQUESTS, "2023-06-01")))
    _body_validator("CreateMessageBatchParams").validate(body)
