"""``messages.count_tokens`` and ``client.models``, against the emulator on loopback.

Every behaviour runs with the sync and the async client from one body (``_dual``); the
pagination logic and answer decoding are also checked in process with ``MockTransport``.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _dual import Await, Dual
from claude_messages import (
    APIResponseValidationError,
    AsyncPage,
    Client,
    NotFoundError,
    Page,
)
from claude_messages._pagination import ListQuery
from claude_messages.testing import Emulator
from claude_messages_generated.models import ModelInfo, TextBlockParam, Tool, ToolInputSchema

MODEL = "claude-3-haiku-20240307"
HELLO = [{"role": "user", "content": "Hello, Claude! How are you today?"}]
TOOL = {
    "name": "get_weather",
    "description": "The weather at a place.",
    "input_schema": {"type": "object", "properties": {"location": {"type": "string"}}},
}
ALL_IDS = [
    "claude-haiku-4-5-20251001",
    "claude-sonnet-4-5-20250929",
    "claude-opus-4-1-20250805",
    "claude-opus-4-20250514",
    "claude-sonnet-4-20250514",
    "claude-3-7-sonnet-20250219",
    "claude-3-5-haiku-20241022",
    "claude-3-haiku-20240307",
]


@pytest.fixture
def api() -> Iterator[Emulator]:
    with Emulator() as emulator:
        yield emulator


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest, api: Emulator) -> Dual:
    return Dual(request.param, api)


# ----------------------------------------------------------------------------- count_tokens


@pytest.mark.parametrize(
    "extra",
    [
        {},
        {"system": "You are terse and precise."},
        {"system": [TextBlockParam(text="Rule one."), {"type": "text", "text": "Rule two."}]},
        {"tools": [TOOL], "tool_choice": {"type": "auto"}},
        {"thinking": {"type": "enabled", "budget_tokens": 1024}},
    ],
    ids=["plain", "system", "system_blocks", "tools", "thinking"],
)
def test_count_tokens_matches_create_usage(run: Dual, extra: dict[str, Any]) -> None:
    async def body(client: Any, aw: Await) -> tuple[int, int]:
        count = await aw(client.messages.count_tokens(model=MODEL, messages=HELLO, **extra))
        message = await aw(
            client.messages.create(model=MODEL, max_tokens=2000, messages=HELLO, **extra)
        )
        return count.input_tokens, message.usage.input_tokens

    counted, used = run(body)
    assert counted == used > 0
    sent = run.api.requests[0]
    assert sent.path == "/v1/messages/count_tokens"
    assert "max_tokens" not in sent.json and "stream" not in sent.json
    assert set(sent.json) == {"model", "messages", *extra}


def test_count_tokens_sends_options(run: Dual) -> None:
    async def body(client: Any, aw: Await) -> int:
        count = await aw(
            client.messages.count_tokens(
                model=MODEL,
                messages=HELLO,
                extra_headers={"anthropic-beta": "token-counting-2024-11-01"},
                extra_query={"trace": "1"},
                extra_body={"tools": [TOOL]},
                timeout=5,
            )
        )
        return int(count.input_tokens)

    assert run(body) > 0
    sent = run.api.requests[0]
    assert sent.headers["anthropic-beta"] == "token-counting-2024-11-01"
    assert sent.query == {"trace": "1"}
    assert sent.json["tools"] == [TOOL]


@pytest.mark.parametrize(
    ("params", "error", "match"),
    [
        ({"messages": HELLO}, TypeError, "missing required keyword argument 'model'"),
        ({"model": MODEL}, TypeError, "missing required keyword argument 'messages'"),
        ({"model": MODEL, "messages": HELLO, "max_tokens": 5}, TypeError, "'max_tokens'"),
        ({"model": MODEL, "messages": HELLO, "stream": True}, TypeError, "'stream'"),
        ({"model": MODEL, "messages": HELLO, "temperature": 1.5}, ValueError, "temperature"),
        ({"model": MODEL, "messages": []}, ValueError, "at least 1 item"),
        ({"model": 3, "messages": HELLO}, TypeError, "model must be a str"),
        ({"model": MODEL, "messages": "Hi"}, TypeError, "messages must be a list"),
        ({"model": MODEL, "messages": [{"content": "x"}]}, ValueError, r"messages\[0\]"),
        ({"model": MODEL, "messages": HELLO, "tools": TOOL}, TypeError, "tools must be a list"),
        ({"model": MODEL, "messages": HELLO, "thinking": "on"}, TypeError, "thinking must be"),
        ({"model": MODEL, "messages": HELLO, "system": 5}, TypeError, "system must be a list"),
    ],
)
def test_count_tokens_refuses_bad_input_before_sending(
    run: Dual, params: dict[str, Any], error: type[Exception], match: str
) -> None:
    async def body(client: Any, aw: Await) -> None:
        with pytest.raises(error, match=match):
            await aw(client.messages.count_tokens(**params))

    run(body)
    assert run.api.requests == []


def test_count_tokens_applies_the_version_rules(run: Dual) -> None:
    assistant_doc = [
        {"role": "user", "content": "Read this."},
        {
            "role": "assistant",
            "content": [
                {
                    "type": "document",
                    "source": {"type": "text", "media_type": "text/plain", "data": "x"},
                }
            ],
        },
    ]

    async def body(client: Any, aw: Await) -> None:
        with pytest.raises(ValueError, match=r"2026-10-21 refuses messages\[1\].content\[0\]"):
            await aw(client.messages.count_tokens(model=MODEL, messages=assistant_doc))
        with pytest.raises(ValueError, match="refuses 'temperature'"):
            await aw(
                client.messages.count_tokens(
                    model=MODEL, messages=HELLO, extra_body={"temperature": 0.5}
                )
            )

    run(body, api_version="2026-10-21")
    assert run.api.requests == []


# ------------------------------------------------------------------------------- models


def test_models_list_iterates_every_model_fetching_pages_lazily(run: Dual) -> None:
    async def body(client: Any, aw: Await) -> tuple[list[str], int, list[str]]:
        first_three = await aw.list(client.models.list(limit=3), limit=3)
        after_three = len(run.api.requests)
        everything = await aw.list(client.models.list(limit=3))
        return [m.id for m in first_three], after_three, [m.id for m in everything]

    first_three, requests_for_three, everything = run(body)
    assert first_three == ALL_IDS[:3]
    assert requests_for_three == 1  # the second page was never needed
    assert everything == ALL_IDS
    assert [r.query for r in run.api.requests[1:]] == [
        {"limit": "3"},
        {"limit": "3", "after_id": ALL_IDS[2]},
        {"limit": "3", "after_id": ALL_IDS[5]},
    ]


def test_models_first_page_and_page_navigation(run: Dual) -> None:
    async def body(client: Any, aw: Await) -> None:
        page = await aw(client.models.list(limit=5))
        assert isinstance(page, AsyncPage if aw.is_async else Page)
        assert [m.id for m in page.data] == ALL_IDS[:5]
        assert (page.has_more, page.first_id, page.last_id) == (True, ALL_IDS[0], ALL_IDS[4])
        assert page.has_next_page()
        second = await aw(page.get_next_page())
        assert [m.id for m in second.data] == ALL_IDS[5:]
        assert not second.has_more and not second.has_next_page()
        with pytest.raises(RuntimeError, match="last page"):
            await aw(second.get_next_page())
        pages = await aw.list(page.iter_pages())
        assert [len(p.data) for p in pages] == [5, 3]
        # Iterating a page goes from its own items to the end.
        assert [m.id for m in await aw.list(second)] == ALL_IDS[5:]
        assert repr(page).endswith(
            f"5 items, has_more=True, first_id={ALL_IDS[0]!r}, last_id={ALL_IDS[4]!r}>"
        )

    run(body)


def test_models_list_backwards_from_before_id(run: Dual) -> None:
    async def body(client: Any, aw: Await) -> list[str]:
        models = await aw.list(client.models.list(limit=2, before_id=ALL_IDS[6]))
        return [m.id for m in models]

    # Pages go backwards (before_id = first_id); each page keeps the API's order.
    assert run(body) == ALL_IDS[4:6] + ALL_IDS[2:4] + ALL_IDS[0:2]
    assert run.api.requests[-1].query == {"limit": "2", "before_id": ALL_IDS[2]}


def test_models_retrieve_has_an_aware_created_at(run: Dual) -> None:
    async def body(client: Any, aw: Await) -> tuple[ModelInfo, ModelInfo]:
        by_id = await aw(client.models.retrieve(MODEL))
        by_alias = await aw(client.models.retrieve("claude-3-haiku"))
        return by_id, by_alias

    by_id, by_alias = run(body)
    assert isinstance(by_id, ModelInfo)
    assert by_id.id == by_alias.id == MODEL
    assert by_id.display_name == "Claude Haiku 3"
    assert by_id.created_at == datetime.datetime(2024, 3, 7, tzinfo=datetime.UTC)
    assert by_id.created_at.utcoffset() == datetime.timedelta(0)


def test_models_retrieve_unknown_raises_not_found(run: Dual) -> None:
    async def body(client: Any, aw: Await) -> None:
        with pytest.raises(NotFoundError, match="claude-unknown"):
            await aw(client.models.retrieve("claude-unknown"))
        # The id is one path segment, whatever it holds.
        with pytest.raises(NotFoundError):
            await aw(client.models.retrieve("../messages"))

    run(body)
    assert run.api.requests[-1].path == "/v1/models/..%2Fmessages"


@pytest.mark.parametrize(
    ("params", "error", "match"),
    [
        ({"limit": 0}, ValueError, "limit must be >= 1"),
        ({"limit": "5"}, TypeError, "limit must be an int"),
        ({"limit": True}, TypeError, "limit must be an int"),
        ({"after_id": 5}, TypeError, "after_id must be a str"),
        ({"after_id": "a", "before_id": "b"}, ValueError, "not both"),
        ({"page_size": 5}, TypeError, "unexpected keyword argument 'page_size'"),
        ({"extra_body": {"x": 1}}, TypeError, "'extra_body'"),
        ({"extra_query": "x=1"}, TypeError, "extra_query must be a dict"),
    ],
)
def test_models_list_refuses_bad_arguments_before_sending(
    run: Dual, params: dict[str, Any], error: type[Exception], match: str
) -> None:
    async def body(client: Any, aw: Await) -> None:
        with pytest.raises(error, match=match):
            client.models.list(**params)  # raises at the call, even on the async side

    run(body)
    assert run.api.requests == []


@pytest.mark.parametrize("model_id", ["", None, 42])
def test_models_retrieve_refuses_a_bad_id(run: Dual, model_id: Any) -> None:
    async def body(client: Any, aw: Await) -> None:
        with pytest.raises((TypeError, ValueError), match="model_id"):
            await aw(client.models.retrieve(model_id))

    run(body)
    assert run.api.requests == []


def test_models_options_reach_every_page(run: Dual) -> None:
    async def body(client: Any, aw: Await) -> int:
        models = await aw.list(
            client.models.list(limit=4, extra_headers={"x-trace": "t1"}, extra_query={"q": "1"})
        )
        return len(models)

    assert run(body) == 8
    assert [r.headers["x-trace"] for r in run.api.requests] == ["t1", "t1"]
    assert [r.query.get("q") for r in run.api.requests] == ["1", "1"]


# ------------------------------------------------------------------ pagination, in process


def _mock_client(pages: list[dict[str, Any]]) -> tuple[Client, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=pages[min(len(seen), len(pages)) - 1])

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return Client(api_key="k", base_url="http://api.test", http_client=http, max_retries=0), seen


def _model(model_id: str) -> dict[str, str]:
    return {
        "type": "model",
        "id": model_id,
        "display_name": model_id,
        "created_at": "2025-01-01T00:00:00Z",
    }


def test_a_page_repeating_its_cursor_ends_the_listing() -> None:
    # A server that always claims more with the same last_id must not loop forever.
    stuck = {"data": [_model("a")], "has_more": True, "first_id": "a", "last_id": "a"}
    client, seen = _mock_client([stuck])
    assert [m.id for m in client.models.list()] == ["a", "a"]
    assert len(seen) == 2  # first page, then the page after "a", which repeats "a"


def test_has_more_without_a_cursor_ends_the_listing() -> None:
    odd = {"data": [], "has_more": True, "first_id": None, "last_id": None}
    client, seen = _mock_client([odd])
    assert list(client.models.list()) == []
    assert len(seen) == 1


def test_a_page_that_is_not_a_model_list_raises_validation_error() -> None:
    client, _ = _mock_client([{"data": [{"id": "x"}], "has_more": False}])
    with pytest.raises(APIResponseValidationError, match="not a ModelList"):
        client.models.list()


@pytest.mark.parametrize(
    ("first", "has_more", "first_id", "last_id", "expected"),
    [
        ({"limit": 2}, True, "a", "b", {"limit": 2, "after_id": "b"}),
        ({"limit": 2, "after_id": "z"}, True, "a", "b", {"limit": 2, "after_id": "b"}),
        ({"before_id": "z"}, True, "a", "b", {"before_id": "a"}),
        ({}, False, "a", "b", None),
        ({}, True, None, None, None),
        ({"after_id": "b"}, True, "a", "b", None),
    ],
)
def test_list_query_cursor_logic(
    first: dict[str, Any],
    has_more: bool,
    first_id: str | None,
    last_id: str | None,
    expected: dict[str, Any] | None,
) -> None:
    listing = ListQuery("list", first)
    assert listing.first == first
    assert listing.after(listing.first, has_more, first_id, last_id) == expected


@pytest.mark.parametrize("name", ["after_id", "before_id", "limit"])
def test_page_params_in_extra_query_are_refused(name: str) -> None:
    # They would override the pager's cursor on every page, and the listing never ends.
    with pytest.raises(ValueError, match=f"pass {name} as an argument, not in extra_query"):
        ListQuery("list", {"extra_query": {name: "x", "other": "y"}})
    assert ListQuery("list", {"extra_query": {"other": "y"}}).options == {
        "extra_query": {"other": "y"}
    }


def test_generated_models_pass_through_count_tokens(run: Dual) -> None:
    tool = Tool(name="lookup", input_schema=ToolInputSchema(), description="Look things up.")

    async def body(client: Any, aw: Await) -> int:
        count = await aw(client.messages.count_tokens(model=MODEL, messages=HELLO, tools=[tool]))
        return int(count.input_tokens)

    assert run(body) > 0
    assert run.api.requests[0].json["tools"][0]["name"] == "lookup"
