"""Request building (pure): argument checks, the body, API version rules, the 10-minute guard."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from claude_messages._checks import (
    check_nonstreaming_duration,
    check_param_names,
    check_version_rules,
    message_body,
    version_rule_violation,
)
from claude_messages._config import RequestConfig, SecretHeaders
from claude_messages._request import build_request, encode_json
from claude_messages_generated.models import (
    MessageParam,
    TextBlockParam,
    Tool,
    ToolChoiceAuto,
    ToolInputSchema,
)

BASE: dict[str, Any] = {
    "max_tokens": 10,
    "model": "claude-test",
    "messages": [{"role": "user", "content": "Hello"}],
}


def body(**changes: Any) -> dict[str, Any]:
    return message_body({**BASE, **changes})


def config(**kw: Any) -> RequestConfig:
    headers = httpx.Headers({"x-api-key": "sk-secret", "accept": "application/json"})
    return RequestConfig(
        base_url=kw.pop("base_url", "https://api.example.test"),
        headers=headers,
        timeout=kw.pop("timeout", httpx.Timeout(600.0, connect=5.0)),
        timeout_is_default=True,
        api_version=kw.pop("api_version", "2023-06-01"),
    )


# --- the body --------------------------------------------------------------------------


def test_minimal_body_has_only_the_required_fields() -> None:
    assert body() == BASE
    # Compact JSON, keys in the order the arguments came.
    assert encode_json(body()) == (
        b'{"max_tokens":10,"model":"claude-test","messages":[{"role":"user","content":"Hello"}]}'
    )


def test_every_optional_field_is_sent_when_given() -> None:
    full = body(
        metadata={"user_id": "u1"},
        stop_sequences=["END"],
        system="Be brief.",
        temperature=0.5,
        top_k=5,
        top_p=0.9,
        tools=[{"name": "t", "input_schema": {"type": "object"}}],
        tool_choice={"type": "auto"},
        thinking={"type": "enabled", "budget_tokens": 1024, "display": "summarized"},
        service_tier="auto",
        cache_control={"type": "ephemeral", "ttl": "1h"},
        container={"id": "container_1", "skills": [{"skill_id": "xlsx", "type": "anthropic"}]},
        diagnostics={"previous_message_id": "msg_1"},
        inference_geo="us",
        output_config={"effort": "high", "format": {"type": "json_schema", "schema": {}}},
        speed="fast",
    )
    assert set(full) - set(BASE) == {
        "metadata",
        "stop_sequences",
        "system",
        "temperature",
        "top_k",
        "top_p",
        "tools",
        "tool_choice",
        "thinking",
        "service_tier",
        "cache_control",
        "container",
        "diagnostics",
        "inference_geo",
        "output_config",
        "speed",
    }
    assert body(container="container_1")["container"] == "container_1"


def test_none_means_not_sent() -> None:
    assert body(temperature=None, system=None, metadata=None, stream=None) == BASE


def test_stream_true_is_sent_and_false_is_not() -> None:
    assert message_body(BASE, stream=True)["stream"] is True
    assert "stream" not in message_body(BASE, stream=False)


def test_extra_body_merges_last_and_wins() -> None:
    merged = body(extra_body={"container": "c1", "max_tokens": 20})
    assert merged["container"] == "c1"
    assert merged["max_tokens"] == 20


def test_temperature_zero_is_sent() -> None:
    assert body(temperature=0)["temperature"] == 0
    assert body(top_k=0)["top_k"] == 0


def test_generated_models_and_dicts_mix() -> None:
    messages = [
        MessageParam(role="user", content=[TextBlockParam(text="Hi")]),
        {"role": "assistant", "content": [TextBlockParam(text="Hello")]},
        {"role": "user", "content": "Bye"},
    ]
    tool = Tool(name="get_weather", input_schema=ToolInputSchema())
    data = json.loads(
        encode_json(
            body(
                messages=messages,
                system=[TextBlockParam(text="Sys")],
                tools=[tool],
                tool_choice=ToolChoiceAuto(),
            )
        )
    )
    assert data["messages"] == [
        {"role": "user", "content": [{"type": "text", "text": "Hi"}]},
        {"role": "assistant", "content": [{"type": "text", "text": "Hello"}]},
        {"role": "user", "content": "Bye"},
    ]
    assert data["system"] == [{"type": "text", "text": "Sys"}]
    assert data["tools"][0]["name"] == "get_weather"
    assert data["tools"][0]["input_schema"]["type"] == "object"
    assert data["tool_choice"] == {"type": "auto"}


def test_tuples_and_iterables_are_accepted_for_lists() -> None:
    messages = ({"role": "user", "content": "Hi"},)
    assert body(messages=messages)["messages"] == messages
    generated = body(messages=(m for m in [{"role": "user", "content": "Hi"}]))
    assert generated["messages"] == [{"role": "user", "content": "Hi"}]


def test_encode_json_is_compact_utf8_and_keeps_lone_surrogates_valid() -> None:
    assert encode_json({"t": "é✓"}) == '{"t":"é✓"}'.encode()
    lone = encode_json({"t": "a\ud800b"})
    assert json.loads(lone) == {"t": "a\ud800b"}


def test_encode_json_refuses_nan() -> None:
    with pytest.raises(ValueError):
        encode_json({"x": float("nan")})


# --- bad input names the argument ------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "exc", "needle"),
    [
        ({"max_tokens": "ten"}, TypeError, "max_tokens"),
        ({"max_tokens": 1.5}, TypeError, "max_tokens"),
        ({"max_tokens": True}, TypeError, "max_tokens"),
        ({"max_tokens": 0}, ValueError, "max_tokens"),
        ({"max_tokens": None}, TypeError, "max_tokens"),
        ({"messages": "Hello"}, TypeError, "messages"),
        ({"messages": {"role": "user", "content": "x"}}, TypeError, "messages"),
        ({"messages": 5}, TypeError, "messages"),
        ({"messages": []}, ValueError, "messages"),
        ({"messages": ["Hello"]}, TypeError, "messages[0]"),
        ({"messages": [{"content": "x"}]}, ValueError, "messages[0]"),
        ({"messages": [{"role": "user"}]}, ValueError, "messages[0]"),
        ({"messages": [{"role": "user", "content": 5}]}, TypeError, "messages[0].content"),
        ({"model": 3}, TypeError, "model"),
        ({"model": ""}, ValueError, "model"),
        ({"metadata": "u1"}, TypeError, "metadata"),
        ({"stop_sequences": "END"}, TypeError, "stop_sequences"),
        ({"stop_sequences": ["END", 3]}, TypeError, "stop_sequences[1]"),
        ({"system": 5}, TypeError, "system"),
        ({"system": ["text"]}, TypeError, "system[0]"),
        ({"temperature": "hot"}, TypeError, "temperature"),
        ({"temperature": float("nan")}, ValueError, "temperature"),
        ({"top_k": 1.5}, TypeError, "top_k"),
        ({"top_k": -1}, ValueError, "top_k"),
        ({"top_p": "x"}, TypeError, "top_p"),
        ({"tools": {"name": "t"}}, TypeError, "tools"),
        ({"tools": ["t"]}, TypeError, "tools[0]"),
        ({"tool_choice": "auto"}, TypeError, "tool_choice"),
        ({"thinking": True}, TypeError, "thinking"),
        ({"service_tier": 1}, TypeError, "service_tier"),
        ({"speed": "turbo"}, ValueError, "speed"),
        ({"inference_geo": 1}, TypeError, "inference_geo"),
        ({"container": 5}, TypeError, "container"),
        ({"container": {"skills": [{"skill_id": "x"}]}}, ValueError, "container.skills[0]"),
        ({"diagnostics": {"previous_message_id": 1}}, TypeError, "diagnostics"),
        ({"cache_control": {"type": "ephemeral", "ttl": "2h"}}, ValueError, "cache_control.ttl"),
        ({"output_config": {"effort": "extreme"}}, ValueError, "output_config.effort"),
        ({"output_config": {"format": {"type": "json_schema"}}}, ValueError, "schema"),
        ({"thinking": {"type": "adaptive", "display": "full"}}, ValueError, "thinking.display"),
        ({"tool_choice": {"type": "any", "disable_parallel_tool_use": 1}}, TypeError, "tool_"),
        ({"extra_body": [1]}, TypeError, "extra_body"),
    ],
)
def test_bad_arguments_raise_naming_the_argument(
    changes: dict[str, Any], exc: type[Exception], needle: str
) -> None:
    with pytest.raises(exc) as info:
        body(**changes)
    assert needle in str(info.value)


def test_stream_must_be_a_bool() -> None:
    with pytest.raises(TypeError, match="stream"):
        message_body(BASE, stream="yes")


def test_param_names_checked() -> None:
    allowed = frozenset({"max_tokens", "messages", "model"})
    required = ("max_tokens", "messages", "model")
    with pytest.raises(
        TypeError, match=r"create\(\) got an unexpected keyword argument 'max_token'"
    ):
        check_param_names("create", {"max_token": 1}, allowed, required)
    with pytest.raises(TypeError, match=r"create\(\) missing required keyword argument 'model'"):
        check_param_names("create", {"max_tokens": 1, "messages": []}, allowed, required)
    check_param_names("create", dict.fromkeys(required), allowed, required)


# --- header arguments --------------------------------------------------------------------


def test_header_arguments_travel_as_headers_not_in_the_body() -> None:
    from claude_messages._count_tokens import prepare_count_tokens
    from claude_messages._resources.messages import prepare_create

    ids = {"user_profile_id": "uprof_011", "workspace_id": "wrkspc_011"}
    for request in (
        prepare_create(config(), {**BASE, **ids}, None),
        prepare_create(config(), {**BASE, **ids}, True, method="stream"),
        prepare_count_tokens(config(), {"model": "m", "messages": BASE["messages"], **ids}),
    ):
        assert request.headers["anthropic-user-profile-id"] == "uprof_011"
        assert request.headers["anthropic-workspace-id"] == "wrkspc_011"
        sent = json.loads(request.content)
        assert "user_profile_id" not in sent and "workspace_id" not in sent
    # Left out (or None): no header. extra_headers still wins over a header argument.
    plain = prepare_create(config(), {**BASE, "workspace_id": None}, None)
    assert "anthropic-workspace-id" not in plain.headers
    over = prepare_create(
        config(),
        {**BASE, "workspace_id": "wrkspc_a", "extra_headers": {"anthropic-workspace-id": "b"}},
        None,
    )
    assert over.headers["anthropic-workspace-id"] == "b"


@pytest.mark.parametrize(
    ("value", "exc"), [(5, TypeError), ("two words", ValueError), ("a\r\nx-evil: 1", ValueError)]
)
def test_bad_header_arguments_are_refused_before_sending(
    value: object, exc: type[Exception]
) -> None:
    from claude_messages._resources.messages import prepare_create

    with pytest.raises(exc, match="workspace_id"):
        prepare_create(config(), {**BASE, "workspace_id": value}, None)


# --- API version 2026-10-21 ------------------------------------------------------------

NEW = "2026-10-21"


@pytest.mark.parametrize("name", ["temperature", "top_p", "top_k"])
def test_new_version_refuses_sampling_parameters_even_at_defaults(name: str) -> None:
    value = 1 if name != "top_k" else 0
    with pytest.raises(ValueError) as info:
        check_version_rules(NEW, body(**{name: value}))
    text = str(info.value)
    assert NEW in text
    assert repr(name) in text
    assert "no sampling parameters" in text


def test_new_version_refuses_sampling_parameters_from_extra_body_too() -> None:
    with pytest.raises(ValueError, match="temperature"):
        check_version_rules(NEW, body(extra_body={"temperature": 0.2}))


def test_new_version_refuses_document_in_assistant_message() -> None:
    doc = {"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": "x"}}
    messages = [
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": [doc]},
    ]
    with pytest.raises(ValueError) as info:
        check_version_rules(NEW, body(messages=messages))
    assert "messages[1].content[0]" in str(info.value)
    assert "no document block in an assistant message" in str(info.value)
    assert NEW in str(info.value)
    # A document in a user message is fine.
    check_version_rules(NEW, body(messages=[{"role": "user", "content": [doc]}]))


def test_new_version_refuses_citations_on_user_text() -> None:
    cited = {
        "type": "text",
        "text": "x",
        "citations": [
            {
                "type": "char_location",
                "cited_text": "x",
                "document_index": 0,
                "start_char_index": 0,
                "end_char_index": 1,
            }
        ],
    }
    with pytest.raises(ValueError, match="no citations on a text block in a user message"):
        check_version_rules(NEW, body(messages=[{"role": "user", "content": [cited]}]))
    # An empty citations array is allowed, and citations in an assistant turn are fine.
    empty = {**cited, "citations": []}
    check_version_rules(NEW, body(messages=[{"role": "user", "content": [empty]}]))
    turns = [{"role": "user", "content": "q"}, {"role": "assistant", "content": [cited]}]
    check_version_rules(NEW, body(messages=turns))


def test_new_version_rules_read_model_instances() -> None:
    cited = TextBlockParam.from_dict(
        {
            "type": "text",
            "text": "x",
            "citations": [
                {
                    "type": "char_location",
                    "cited_text": "x",
                    "document_index": 0,
                    "start_char_index": 0,
                    "end_char_index": 1,
                }
            ],
        }
    )
    problem = version_rule_violation(
        NEW, body(messages=[MessageParam(role="user", content=[cited])])
    )
    assert problem is not None and "citations" in problem


def test_old_version_allows_everything() -> None:
    doc = {"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": "x"}}
    everything = body(
        temperature=1.0,
        top_p=0.9,
        top_k=5,
        messages=[{"role": "user", "content": "Hi"}, {"role": "assistant", "content": [doc]}],
    )
    assert version_rule_violation("2023-06-01", everything) is None


def test_later_versions_keep_the_refusals() -> None:
    assert version_rule_violation("2027-01-01", body(temperature=1.0)) is not None


# --- the 10-minute guard ---------------------------------------------------------------


def test_nonstreaming_guard_threshold() -> None:
    check_nonstreaming_duration(21_333)  # 599.99 s: allowed
    with pytest.raises(ValueError) as info:
        check_nonstreaming_duration(21_334)
    assert "stream=True" in str(info.value)
    assert "timeout" in str(info.value)


# --- build_request ---------------------------------------------------------------------


def test_build_request_composes_url_headers_body_and_timeout() -> None:
    request = build_request(config(), "POST", "/v1/messages", body())
    assert request.method == "POST"
    assert str(request.url) == "https://api.example.test/v1/messages"
    assert request.headers["accept"] == "application/json"
    assert request.headers["content-length"] == str(len(request.content))
    assert json.loads(request.content) == BASE
    assert request.extensions["timeout"] == {
        "connect": 5.0,
        "read": 600.0,
        "write": 600.0,
        "pool": 600.0,
    }


def test_base_url_with_a_path_prefix_is_kept() -> None:
    request = build_request(config(base_url="http://127.0.0.1:9/proxy/"), "POST", "/v1/messages")
    assert str(request.url) == "http://127.0.0.1:9/proxy/v1/messages"


def test_stream_requests_accept_event_streams() -> None:
    request = build_request(config(), "POST", "/v1/messages", body(), stream=True)
    assert request.headers["accept"] == "text/event-stream"


def test_extra_headers_override_and_none_removes() -> None:
    request = build_request(
        config(),
        "POST",
        "/v1/messages",
        body(),
        extra_headers={"Accept": "x/y", "anthropic-beta": "b1,b2", "x-api-key": None},
    )
    assert request.headers.get_list("accept") == ["x/y"]
    assert request.headers["anthropic-beta"] == "b1,b2"
    assert "x-api-key" not in request.headers


def test_extra_query_is_merged() -> None:
    request = build_request(
        config(base_url="https://api.example.test"),
        "GET",
        "/v1/models?limit=2",
        extra_query={"after_id": "m1", "beta": True},
    )
    assert request.url.params["limit"] == "2"
    assert request.url.params["after_id"] == "m1"
    assert request.url.params["beta"] == "true"


@pytest.mark.parametrize(
    ("timeout", "idle", "expected"),
    [
        (30, None, {"connect": 30.0, "read": 30.0, "write": 30.0, "pool": 30.0}),
        (
            httpx.Timeout(10.0, read=None),
            None,
            {"connect": 10.0, "read": None, "write": 10.0, "pool": 10.0},
        ),
        (None, 2.5, {"connect": 5.0, "read": 2.5, "write": 600.0, "pool": 600.0}),
        (1.0, 2.5, {"connect": 1.0, "read": 1.0, "write": 1.0, "pool": 1.0}),
        (httpx.Timeout(None), 4.0, {"connect": None, "read": 4.0, "write": None, "pool": None}),
    ],
)
def test_timeouts(timeout: Any, idle: float | None, expected: dict[str, float | None]) -> None:
    request = build_request(
        config(), "POST", "/v1/messages", body(), timeout=timeout, idle_timeout=idle
    )
    assert request.extensions["timeout"] == expected


@pytest.mark.parametrize(
    ("kw", "exc"),
    [
        ({"timeout": "10"}, TypeError),
        ({"timeout": 0}, ValueError),
        ({"timeout": -1.0}, ValueError),
        ({"idle_timeout": 0}, ValueError),
        ({"idle_timeout": "1"}, TypeError),
        ({"extra_headers": [("a", "b")]}, TypeError),
        ({"extra_query": "a=b"}, TypeError),
    ],
)
def test_bad_request_options(kw: dict[str, Any], exc: type[Exception]) -> None:
    with pytest.raises(exc):
        build_request(config(), "POST", "/v1/messages", body(), **kw)


def test_headers_repr_hides_credentials() -> None:
    request = build_request(
        config(),
        "POST",
        "/v1/messages",
        body(),
        extra_headers={"authorization": "Bearer tok-secret"},
    )
    shown = repr(request.headers)
    assert "sk-secret" not in shown
    assert "tok-secret" not in shown
    assert "[secure]" in shown
    assert isinstance(request.headers, SecretHeaders)
    assert request.headers["x-api-key"] == "sk-secret"  # still sent


def test_url_cache_keeps_serving_hot_paths_after_many_ids() -> None:
    # One path per batch or model id must neither grow the cache without end nor push
    # /v1/messages out of it for good (it was parsed again on every call once full).
    cfg = config()
    for n in range(200):
        cfg.url(f"/v1/models/claude-{n}")
    assert len(cfg._urls) <= 64
    first, host = cfg.url("/v1/messages")  # first asked for after many ids
    assert cfg.url("/v1/messages")[0] is first
    assert str(first) == "https://api.example.test/v1/messages"
    assert host == b"api.example.test"


def test_requests_carry_host_and_length_first_and_a_readable_body() -> None:
    cfg = config()
    post = build_request(cfg, "POST", "/v1/messages", {"a": "é"})
    assert post.headers.raw[:2] == [
        (b"Host", b"api.example.test"),
        (b"Content-Length", b"%d" % len('{"a":"é"}'.encode())),
    ]
    assert post.content == '{"a":"é"}'.encode()
    assert isinstance(post.headers, SecretHeaders) and "sk-" not in repr(post.headers)
    empty_post = build_request(cfg, "POST", "/v1/messages/batches/x/cancel")
    assert empty_post.headers["content-length"] == "0" and empty_post.content == b""
    get = build_request(cfg, "GET", "/v1/models")
    assert "content-length" not in get.headers and get.headers["host"] == "api.example.test"
    # A header the call sets wins, once; a header it removes is gone.
    custom = build_request(
        cfg,
        "POST",
        "/v1/messages",
        {},
        extra_headers={"Content-Length": "2", "Host": "proxy.example", "x-api-key": None},
    )
    assert custom.headers.get_list("content-length") == ["2"]
    assert custom.headers.get_list("host") == ["proxy.example"]
    assert "x-api-key" not in custom.headers
    assert "x-api-key" in cfg.headers  # the client's headers are untouched
