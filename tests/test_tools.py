"""Tools from functions (``@tool``, ``@async_tool``) and ``messages.tool_runner``.

The runner's ordinary loop (a tool call, then the answer) runs against the emulator over
loopback, which calls a tool the user's text names; turn sequences the emulator cannot
produce (a tool the runner lacks, ``pause_turn``, several calls in one turn) run on an
in-process transport with scripted replies.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import AsyncIterator, Iterator
from typing import Any, Literal, TypedDict

import attrs
import pytest
from _dual import Await
from _fake_api import FakeApi, reply, text, tool_use
from claude_messages import (
    AsyncClient,
    AsyncFunctionTool,
    Client,
    FunctionTool,
    MessageStream,
    ToolError,
    async_tool,
    beta_async_tool,
    beta_tool,
    tool,
)
from claude_messages.testing import Emulator
from claude_messages_generated.models import Tool

MODEL = "claude-3-haiku-20240307"


@attrs.define
class Location:
    """Where to look."""

    city: str
    country: str = "FR"


@dataclasses.dataclass
class Window:
    days: int


class Units(TypedDict):
    temperature: Literal["c", "f"]


@tool
def get_weather(location: Location, window: Window, units: Units | None = None) -> str:
    """Get the weather forecast.

    Looks it up at the weather service.

    Args:
        location: Where the forecast is for.
        window: How far ahead
            to look.
        units: The units to answer in.

    Returns:
        The forecast, as text.
    """
    unit = units["temperature"] if units else "c"
    return f"sunny in {location.city}, {location.country} for {window.days} days ({unit})"


@pytest.fixture
def api() -> Iterator[Emulator]:
    with Emulator() as emulator:
        yield emulator


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@contextlib.asynccontextmanager
async def client_for(mode: str, api: Emulator) -> AsyncIterator[Any]:
    """A client of the emulator, closed at the end (its sockets with it)."""
    if mode == "sync":
        with Client(api_key=api.api_key, base_url=api.url, max_retries=0) as client:
            yield client
    else:
        async with AsyncClient(api_key=api.api_key, base_url=api.url, max_retries=0) as aclient:
            yield aclient


def ask(content: str, **extra: Any) -> dict[str, Any]:
    return {
        "model": MODEL,
        "max_tokens": 400,
        "messages": [{"role": "user", "content": content}],
        **extra,
    }


# --- the decorator ------------------------------------------------------------------------


def test_a_function_becomes_a_tool_definition() -> None:
    assert isinstance(get_weather, FunctionTool) and isinstance(get_weather, Tool)
    definition = get_weather.to_dict()
    assert definition["name"] == "get_weather"
    assert definition["description"] == (
        "Get the weather forecast.\n\nLooks it up at the weather service."
    )
    schema = definition["input_schema"]
    assert schema["type"] == "object"
    assert schema["required"] == ["location", "window"]
    assert schema["additionalProperties"] is False
    assert schema["properties"] == {
        "location": {"$ref": "#/$defs/Location", "description": "Where the forecast is for."},
        "window": {"$ref": "#/$defs/Window", "description": "How far ahead\nto look."},
        "units": {
            "anyOf": [{"$ref": "#/$defs/Units"}, {"type": "null"}],
            "description": "The units to answer in.",
            "default": None,
        },
    }
    assert schema["$defs"]["Location"] == {
        "type": "object",
        "title": "Location",
        "description": "Where to look.",
        "properties": {"city": {"type": "string"}, "country": {"type": "string", "default": "FR"}},
        "required": ["city"],
        "additionalProperties": False,
    }
    assert schema["$defs"]["Units"]["properties"] == {"temperature": {"enum": ["c", "f"]}}


def test_the_function_still_works_and_call_builds_its_arguments() -> None:
    assert get_weather(Location("Lyon"), Window(2)) == "sunny in Lyon, FR for 2 days (c)"
    result = get_weather.call(
        {"location": {"city": "Nice", "country": "FR"}, "window": {"days": 3}, "units": None}
    )
    assert result == "sunny in Nice, FR for 3 days (c)"


@pytest.mark.parametrize(
    ("input", "message"),
    [
        ({"window": {"days": 1}}, r"location: missing \(required\)"),
        ({"location": {"city": 5}, "window": {"days": 1}}, "location.city: expected a string"),
        ({"location": {"city": "A"}, "window": {"days": 1}, "when": 1}, "when: not a parameter"),
        ({"location": {"city": "A"}, "window": {"weeks": 1}}, "window: unexpected key 'weeks'"),
    ],
)
def test_input_that_does_not_fit_raises_value_error(input: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=rf"invalid input for tool 'get_weather': {message}"):
        get_weather.call(input)


def test_a_tool_made_in_a_function_resolves_its_local_names() -> None:
    @attrs.define
    class Box:
        size: int

    @tool
    def measure(box: Box) -> str:
        """Measure a box."""
        return f"{box.size} cm"

    assert measure.call({"box": {"size": 3}}) == "3 cm"


def test_names_options_and_the_sdk_aliases() -> None:
    assert beta_tool is tool and beta_async_tool is async_tool

    @tool(name="lookup", description="Look a word up.")
    def find(word: str, limit: int = 3) -> list[str]:
        """Ignored when a description is given."""
        return [word] * limit

    assert find.name == "lookup"
    assert find.description == "Look a word up."
    assert find.to_dict()["input_schema"]["properties"]["limit"] == {
        "type": "integer",
        "default": 3,
    }
    assert find.call({"word": "a", "limit": 2}) == '["a", "a"]'  # not text: sent as JSON

    @tool(input_schema={"type": "object", "properties": {"q": {"type": "string"}}})
    def raw(**kwargs: Any) -> str:
        return repr(kwargs)

    assert raw.call({"q": "x"}) == "{'q': 'x'}"  # an explicit schema passes the input on


def test_the_definitions_other_fields_and_strict_tools() -> None:
    @tool(
        strict=True,
        cache_control={"type": "ephemeral"},
        defer_loading=True,
        input_examples=[{"city": "Paris"}],
    )
    def weather(city: str, days: int = 1) -> str:
        """Weather."""
        return f"{city} {days}"

    definition = weather.to_dict()
    assert definition["strict"] is True
    assert definition["cache_control"] == {"type": "ephemeral"}
    assert definition["defer_loading"] is True
    assert definition["input_examples"] == [{"city": "Paris"}]
    # A strict tool's schema is a strict one: every property required, optional ones nullable.
    schema = definition["input_schema"]
    assert schema["required"] == ["city", "days"]
    assert schema["properties"]["days"] == {
        "anyOf": [{"type": "integer"}, {"type": "null"}],
        "description": "{default: 1}",
    }
    assert weather.call({"city": "Oslo", "days": None}) == "Oslo 1"

    with pytest.raises(TypeError, match="tool 'weather': unknown option 'stric'"):
        tool(stric=True)(weather.func)
    with pytest.raises(ValueError, match="allowed_callers"):
        tool(allowed_callers=["nobody"])(weather.func)


@pytest.mark.parametrize(
    ("value", "content"),
    [
        ("done", "done"),
        (None, None),
        ({"a": 1}, '{"a": 1}'),
        (Location("Pau"), '{"city": "Pau", "country": "FR"}'),
        ([{"type": "text", "text": "hi"}], [{"type": "text", "text": "hi"}]),
    ],
)
def test_return_values_become_tool_result_content(value: object, content: object) -> None:
    @tool
    def give() -> object:
        """Give it."""
        return value

    assert give.call({}) == content


def test_bad_tools_are_refused_when_decorated() -> None:
    async def coroutine() -> str:
        return ""

    def plain() -> str:
        return ""

    def star(*args: int) -> str:
        return ""

    def anything(**kwargs: int) -> str:
        return ""

    def dictionary(values: dict[str, int]) -> str:
        return ""

    with pytest.raises(TypeError, match="is an async function: use @async_tool"):
        tool(coroutine)
    with pytest.raises(TypeError, match="is not an async function: use @tool"):
        async_tool(plain)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"tool 'star': \*args has no place"):
        tool(star)
    with pytest.raises(TypeError, match=r"tool 'anything': \*\*kwargs has no place"):
        tool(anything)
    with pytest.raises(TypeError, match=r"tool 'dictionary': values: .* has no fixed keys"):
        tool(dictionary)
    with pytest.raises(ValueError, match="name"):
        tool(name="get weather!")(plain)


def test_create_and_count_tokens_take_a_tool_as_a_definition() -> None:
    api = FakeApi(reply(text("ok")))
    client = api.client("sync")
    client.messages.create(**ask("hi"), tools=[get_weather])
    client.messages.count_tokens(model=MODEL, messages=ask("hi")["messages"], tools=[get_weather])
    assert api.bodies[0]["tools"] == [get_weather.to_dict()]
    assert api.bodies[1]["tools"] == [get_weather.to_dict()]


# --- the runner against the emulator ------------------------------------------------------


@pytest.mark.anyio
async def test_the_runner_runs_the_tool_and_sends_the_result(mode: str, api: Emulator) -> None:
    calls: list[tuple[str, int]] = []

    @tool
    def forecast(city: str, days: int) -> str:
        """The forecast for a city."""
        calls.append((city, days))
        return f"rain in {city}"

    @async_tool
    async def aforecast(city: str, days: int) -> str:
        """The forecast for a city."""
        calls.append((city, days))
        return f"rain in {city}"

    weather = forecast if mode == "sync" else aforecast
    async with client_for(mode, api) as client:
        aw = Await(mode)
        runner = client.messages.tool_runner(
            **ask(f"Please use {weather.name}."), tools=[weather], max_iterations=5
        )
        messages = await aw.list(runner)

        assert [m.stop_reason for m in messages] == ["tool_use", "end_turn"]
        call = messages[0].content[-1]
        assert call.type == "tool_use" and call.name == weather.name
        assert calls == [("city", 1)]  # the emulator's example input for the schema
        second = api.requests[1].json
        assert second["messages"][1]["role"] == "assistant"
        assert second["messages"][1]["content"][-1] == {
            "type": "tool_use",
            "id": call.id,
            "name": weather.name,
            "input": {"city": "city", "days": 1},
        }
        assert second["messages"][2] == {
            "role": "user",
            "content": [{"type": "tool_result", "tool_use_id": call.id, "content": "rain in city"}],
        }
        assert messages[1].content[0].text == f"You said: [tool_result {call.id}: rain in city]"
        final = await aw(runner.until_done())
        assert final == messages[1]
        assert len(api.requests) == 2


@pytest.mark.anyio
async def test_the_streaming_runner_yields_a_stream_per_turn(mode: str, api: Emulator) -> None:
    @tool
    def lookup(term: str) -> str:
        """Look a term up."""
        return "found"

    @async_tool
    async def alookup(term: str) -> str:
        """Look a term up."""
        return "found"

    async with client_for(mode, api) as client:
        runner = client.messages.tool_runner(
            **ask("Use lookup or alookup."),
            tools=[lookup if mode == "sync" else alookup],
            stream=True,
        )
        texts: list[str] = []
        if mode == "sync":
            for stream in runner:
                assert isinstance(stream, MessageStream)
                texts.append("".join(stream.text_stream))
            final = runner.until_done()
        else:
            async for astream in runner:
                texts.append("".join([piece async for piece in astream.text_stream]))
            final = await runner.until_done()
        assert len(texts) == 2
        assert texts[0] == "You said: Use lookup or alookup."
        assert final.stop_reason == "end_turn"
        assert "found" in texts[1]
        assert [r.json["stream"] for r in api.requests] == [True, True]


@pytest.mark.anyio
async def test_a_tool_that_raises_answers_with_is_error(mode: str, api: Emulator) -> None:
    @tool
    def explode(reason: str) -> str:
        """Always fails."""
        raise RuntimeError(f"boom: {reason}")

    @async_tool
    async def aexplode(reason: str) -> str:
        """Always fails."""
        raise RuntimeError(f"boom: {reason}")

    async with client_for(mode, api) as client:
        runner = client.messages.tool_runner(
            **ask("Call explode or aexplode."), tools=[explode if mode == "sync" else aexplode]
        )
        final = await Await(mode)(runner.until_done())
        result = api.requests[1].json["messages"][2]["content"][0]
        assert result["is_error"] is True
        assert result["content"] == "RuntimeError('boom: reason')"
        assert "(error)" in final.content[0].text


@pytest.mark.anyio
async def test_max_iterations_caps_the_requests(mode: str, api: Emulator) -> None:
    runs: list[str] = []

    @tool
    def again(note: str) -> str:
        """Call me again."""
        runs.append(note)
        return "again"

    @async_tool
    async def aagain(note: str) -> str:
        """Call me again."""
        runs.append(note)
        return "again"

    async with client_for(mode, api) as client:
        runner = client.messages.tool_runner(
            **ask("Go.", tool_choice={"type": "any"}),
            tools=[again if mode == "sync" else aagain],
            max_iterations=3,
        )
        final = await Await(mode)(runner.until_done())
        assert len(api.requests) == 3
        assert final.stop_reason == "tool_use"
        assert len(runs) == 2  # the last message's call is not run: no request would carry it


@pytest.mark.anyio
async def test_bad_runner_arguments_raise_before_any_request(mode: str, api: Emulator) -> None:
    @tool
    def one() -> str:
        """One."""
        return "1"

    @async_tool
    async def aone() -> str:
        """One."""
        return "1"

    async with client_for(mode, api) as client:
        mine, other = (one, aone) if mode == "sync" else (aone, one)
        duplicate = {"name": mine.name, "input_schema": {"type": "object"}}
        with pytest.raises(ValueError, match=rf"two tools are named '{mine.name}'"):
            client.messages.tool_runner(**ask("x"), tools=[mine, duplicate])
        with pytest.raises(TypeError, match=r"tools\[0\] .* this runner is"):
            client.messages.tool_runner(**ask("x"), tools=[other])
        with pytest.raises(ValueError, match="max_tokens"):
            client.messages.tool_runner(**{**ask("x"), "max_tokens": 0}, tools=[mine])
        with pytest.raises(TypeError, match="temprature"):
            client.messages.tool_runner(**ask("x"), tools=[mine], temprature=1)
        with pytest.raises(ValueError, match="max_iterations must be at least 1"):
            client.messages.tool_runner(**ask("x"), tools=[mine], max_iterations=0)
        assert api.requests == []


# --- turn sequences on scripted replies ---------------------------------------------------


def test_calls_in_one_turn_run_in_order_and_unknown_tools_are_errors() -> None:
    order: list[str] = []

    @tool
    def first(n: int) -> str:
        """First."""
        order.append(f"first {n}")
        return "one"

    @tool
    def refuse() -> str:
        """Refuses."""
        raise ToolError([{"type": "text", "text": "not allowed"}])

    api = FakeApi(
        reply(
            tool_use("first", {"n": 1}, "toolu_a"),
            tool_use("web_search", {"q": "x"}, "toolu_b"),
            tool_use("refuse", {}, "toolu_c"),
            tool_use("first", {"n": 2}, "toolu_d"),
            stop_reason="tool_use",
        ),
        reply(text("done")),
    )
    server_tool = {"name": "web_search", "input_schema": {"type": "object"}}
    runner = api.client("sync").messages.tool_runner(
        **ask("go"), tools=[first, server_tool, refuse]
    )
    assert runner.until_done().content[0].text == "done"
    assert order == ["first 1", "first 2"]
    assert api.bodies[1]["messages"][2]["content"] == [
        {"type": "tool_result", "tool_use_id": "toolu_a", "content": "one"},
        {
            "type": "tool_result",
            "tool_use_id": "toolu_b",
            "content": "Error: tool 'web_search' is not one this runner can run",
            "is_error": True,
        },
        {
            "type": "tool_result",
            "tool_use_id": "toolu_c",
            "content": [{"type": "text", "text": "not allowed"}],
            "is_error": True,
        },
        {"type": "tool_result", "tool_use_id": "toolu_d", "content": "one"},
    ]
    assert api.bodies[0]["tools"] == [first.to_dict(), server_tool, refuse.to_dict()]


def test_long_or_ill_formed_error_texts_still_make_a_request() -> None:
    @tool
    def odd() -> str:
        """Returns a lone surrogate."""
        return "half \ud83d"

    @tool
    def loud() -> str:
        """Fails at length."""
        raise ValueError("x" * 10_000 + "\udc00")

    api = FakeApi(
        reply(
            tool_use("odd", {}, "toolu_a"), tool_use("loud", {}, "toolu_b"), stop_reason="tool_use"
        ),
        reply(text("ok")),
    )
    api.client("sync").messages.tool_runner(**ask("go"), tools=[odd, loud]).until_done()
    first, second = api.bodies[1]["messages"][2]["content"]
    assert first["content"] == "half \ufffd"
    assert second["is_error"] is True
    assert second["content"].startswith("ValueError('xxx")
    assert len(second["content"]) == 4096


@pytest.mark.anyio
async def test_pause_turn_is_sent_back_to_be_continued(mode: str) -> None:
    paused = reply(text("Searching"), stop_reason="pause_turn")
    api = FakeApi(paused, reply(text("Found it")))
    runner = api.client(mode).messages.tool_runner(**ask("find"), tools=[])
    final = await Await(mode)(runner.until_done())
    assert final.content[0].text == "Found it"
    assert api.bodies[1]["messages"][1] == {"role": "assistant", "content": [text("Searching")]}
    assert len(api.bodies[1]["messages"]) == 2


def test_the_caller_can_take_a_turn_over() -> None:
    runs: list[int] = []

    @tool
    def count(n: int) -> str:
        """Count."""
        runs.append(n)
        return str(n)

    api = FakeApi(reply(tool_use("count", {"n": 1}), stop_reason="tool_use"), reply(text("thanks")))
    runner = api.client("sync").messages.tool_runner(**ask("count"), tools=[count])
    for message in runner:
        if message.stop_reason == "tool_use":
            results = runner.generate_tool_call_response()
            assert runner.generate_tool_call_response() is results  # run once, cached
            assert results is not None
            runner.append_messages(
                {"role": "assistant", "content": message.content},
                {**results, "content": [*results["content"], text("And more?")]},
            )
    assert runs == [1]
    assert api.bodies[1]["messages"][2]["content"][-1] == text("And more?")
    assert len(api.bodies[1]["messages"]) == 3


def test_a_runner_can_be_left_and_resumed_or_closed() -> None:
    @tool
    def ping() -> str:
        """Ping."""
        return "pong"

    api = FakeApi(reply(tool_use("ping", {}), stop_reason="tool_use"), reply(text("bye")))
    runner = api.client("sync").messages.tool_runner(**ask("ping"), tools=[ping])
    for _message in runner:
        break
    assert runner.until_done().content[0].text == "bye"

    api = FakeApi(reply(tool_use("ping", {}), stop_reason="tool_use"))
    runner = api.client("sync").messages.tool_runner(**ask("ping"), tools=[ping])
    assert next(runner).stop_reason == "tool_use"
    runner.close()
    assert list(runner) == []
    assert len(api.bodies) == 1


@pytest.mark.anyio
async def test_leaving_a_streaming_runner_closes_its_stream(mode: str) -> None:
    @tool
    def ping() -> str:
        """Ping."""
        return "pong"

    @async_tool
    async def aping() -> str:
        """Ping."""
        return "pong"

    api = FakeApi(reply(text("thinking it over"), tool_use("ping", {}), stop_reason="tool_use"))
    client = api.client(mode)
    params = {**ask("ping"), "tools": [ping if mode == "sync" else aping], "stream": True}
    if mode == "sync":
        with client.messages.tool_runner(**params) as runner:
            for stream in runner:
                next(iter(stream))
                break
        assert stream.response.is_closed
    else:
        async with client.messages.tool_runner(**params) as arunner:
            async for astream in arunner:
                await astream.__anext__()
                break
        assert astream.response.is_closed
    assert len(api.bodies) == 1


def test_async_tools_are_async_function_tools() -> None:
    @async_tool
    async def wait(seconds: float) -> str:
        """Wait."""
        return "waited"

    assert isinstance(wait, AsyncFunctionTool)
    assert wait.to_dict()["input_schema"]["properties"] == {"seconds": {"type": "number"}}
