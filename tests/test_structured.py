"""Structured outputs: the schema sent for ``output_format``, and the answer parsed into it.

The transform rules are table tests of ``strict_schema``; types to schemas of
``_json_schema``; the calls (``parse``, ``stream``, ``count_tokens``, sync and async) run on
an in-process transport that answers the JSON text each test needs.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import json
import uuid
from typing import Annotated, Any, Literal, NotRequired, TypedDict

import attrs
import httpx
import pytest
from _dual import Await
from _fake_api import FakeApi, reply, text
from claude_messages import (
    ClaudeMessagesError,
    MessageStream,
    OutputParseError,
    ParsedMessage,
    ParsedTextBlock,
)
from claude_messages._json_schema import schema_of
from claude_messages._structured import output_format_of, strict_schema
from claude_messages_generated.models import Message

MODEL = "claude-3-haiku-20240307"
ASK = {"model": MODEL, "max_tokens": 200, "messages": [{"role": "user", "content": "Paris?"}]}


@attrs.define
class City:
    """A city and what is known of it."""

    name: str
    population: int | None = None
    tags: list[str] = attrs.Factory(list)


@dataclasses.dataclass
class Point:
    x: float
    y: float = 0.0


class Size(enum.Enum):
    SMALL = "small"
    LARGE = "large"


@attrs.define
class Shop:
    name: Annotated[str, "The shop's sign"]
    size: Size
    opened: datetime.date
    id: uuid.UUID
    location: Point
    kind: Literal["food", "tools"] = "food"


class Person(TypedDict):
    name: str
    nickname: NotRequired[str]


@attrs.define
class Node:
    value: int
    children: list[Node] = attrs.Factory(list)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


# --- the transform ------------------------------------------------------------------------

TRANSFORM_CASES: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    (
        "bounds move into the description",
        {"type": "integer", "minimum": 1, "maximum": 10, "description": "A count"},
        {"type": "integer", "description": "A count\n\n{minimum: 1, maximum: 10}"},
    ),
    (
        "a description is made when there was none",
        {"type": "string", "minLength": 2, "pattern": "^a"},
        {"type": "string", "description": '{minLength: 2, pattern: "^a"}'},
    ),
    (
        "a supported string format stays",
        {"type": "string", "format": "date-time"},
        {"type": "string", "format": "date-time"},
    ),
    (
        "an unsupported string format moves",
        {"type": "string", "format": "binary"},
        {"type": "string", "description": '{format: "binary"}'},
    ),
    (
        "minItems 0 or 1 stays, more moves",
        {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 3},
        {
            "type": "array",
            "items": {"type": "string"},
            "minItems": 1,
            "description": "{maxItems: 3}",
        },
    ),
    (
        "minItems above 1 moves",
        {"type": "array", "items": {"type": "integer"}, "minItems": 2},
        {"type": "array", "items": {"type": "integer"}, "description": "{minItems: 2}"},
    ),
    (
        "oneOf becomes anyOf",
        {"oneOf": [{"type": "string"}, {"type": "integer"}]},
        {"anyOf": [{"type": "string"}, {"type": "integer"}]},
    ),
    (
        "an enum stands without its type",
        {"type": "string", "enum": ["a", "b"]},
        {"enum": ["a", "b"]},
    ),
    ("a const stands without its type", {"type": "string", "const": "x"}, {"const": "x"}),
    (
        "a type list becomes anyOf, each branch with what applies to it",
        {"type": ["string", "null"], "description": "Maybe", "maxLength": 3},
        {
            "anyOf": [
                {"type": "string", "description": "{maxLength: 3}"},
                {"type": "null", "description": "{maxLength: 3}"},
            ],
            "description": "Maybe",
        },
    ),
    (
        "an object is closed, every property required, optional ones nullable",
        {
            "type": "object",
            "properties": {
                "a": {"type": "string"},
                "b": {"type": "integer", "default": 3},
                "c": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            },
            "required": ["a"],
            "additionalProperties": True,
        },
        {
            "type": "object",
            "properties": {
                "a": {"type": "string"},
                "b": {
                    "anyOf": [{"type": "integer"}, {"type": "null"}],
                    "description": "{default: 3}",
                },
                "c": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            },
            "additionalProperties": False,
            "required": ["a", "b", "c"],
        },
    ),
    (
        "$defs are transformed and a $ref stands alone",
        {
            "type": "object",
            "properties": {"p": {"$ref": "#/$defs/P", "description": "dropped"}},
            "required": ["p"],
            "$defs": {"P": {"type": "object", "properties": {"x": {"type": "number"}}}},
        },
        {
            "$defs": {
                "P": {
                    "type": "object",
                    "properties": {"x": {"anyOf": [{"type": "number"}, {"type": "null"}]}},
                    "additionalProperties": False,
                    "required": ["x"],
                }
            },
            "type": "object",
            "properties": {"p": {"$ref": "#/$defs/P"}},
            "additionalProperties": False,
            "required": ["p"],
        },
    ),
    (
        "an optional $ref is made nullable around the reference",
        {
            "type": "object",
            "properties": {"p": {"$ref": "#/$defs/P"}},
            "$defs": {"P": {"type": "null"}},
        },
        {
            "$defs": {"P": {"type": "null"}},
            "type": "object",
            "properties": {"p": {"anyOf": [{"$ref": "#/$defs/P"}, {"type": "null"}]}},
            "additionalProperties": False,
            "required": ["p"],
        },
    ),
    (
        "title and description stay",
        {"type": "boolean", "title": "Flag", "description": "On or off"},
        {"type": "boolean", "description": "On or off", "title": "Flag"},
    ),
]


@pytest.mark.parametrize(
    ("schema", "expected"),
    [case[1:] for case in TRANSFORM_CASES],
    ids=[case[0] for case in TRANSFORM_CASES],
)
def test_strict_schema(schema: dict[str, Any], expected: dict[str, Any]) -> None:
    before = json.dumps(schema)
    assert strict_schema(schema) == expected
    assert json.dumps(schema) == before  # the input is left alone


def test_a_schema_that_says_nothing_is_refused_naming_where() -> None:
    with pytest.raises(TypeError, match=r"^items\.thing: a schema needs a 'type'"):
        strict_schema(
            {
                "type": "object",
                "properties": {"items": {"type": "object", "properties": {"thing": {}}}},
            }
        )


# --- types to schemas ---------------------------------------------------------------------


def test_an_attrs_class_schema() -> None:
    assert schema_of(City) == {
        "type": "object",
        "title": "City",
        "description": "A city and what is known of it.",
        "properties": {
            "name": {"type": "string"},
            "population": {"anyOf": [{"type": "integer"}, {"type": "null"}], "default": None},
            "tags": {"type": "array", "items": {"type": "string"}},
        },
        "required": ["name"],
        "additionalProperties": False,
    }


def test_nested_classes_enums_dates_and_literals() -> None:
    schema = schema_of(Shop)
    assert schema["properties"] == {
        "name": {"type": "string", "description": "The shop's sign"},
        "size": {"enum": ["small", "large"]},
        "opened": {"type": "string", "format": "date"},
        "id": {"type": "string", "format": "uuid"},
        "location": {"$ref": "#/$defs/Point"},
        "kind": {"enum": ["food", "tools"], "default": "food"},
    }
    # A dataclass has no docstring of its own: its generated signature is not a description.
    assert schema["$defs"]["Point"] == {
        "type": "object",
        "title": "Point",
        "properties": {"x": {"type": "number"}, "y": {"type": "number", "default": 0.0}},
        "required": ["x"],
        "additionalProperties": False,
    }


def test_a_typeddict_and_a_recursive_class() -> None:
    person = schema_of(Person)
    assert person["required"] == ["name"]
    assert set(person["properties"]) == {"name", "nickname"}
    node = schema_of(Node)
    assert node["properties"]["children"] == {"type": "array", "items": {"$ref": "#"}}


@pytest.mark.parametrize(
    ("tp", "message"),
    [
        (dict[str, int], "has no fixed keys"),
        (tuple[int, str], "fixed-length tuple"),
        (bytes, "bytes has no JSON Schema"),
    ],
)
def test_types_without_a_schema_are_refused_before_sending(tp: Any, message: str) -> None:
    holder = dataclasses.make_dataclass("Holder", [("value", tp)])
    with pytest.raises(TypeError, match=rf"output_format .*Holder: value: .*{message}"):
        output_format_of(holder)


def test_any_is_refused_by_the_strict_schema() -> None:
    @attrs.define
    class Loose:
        value: Any

    with pytest.raises(TypeError, match="value: a schema needs a 'type'"):
        output_format_of(Loose)


def test_names_only_the_calling_scope_holds_are_resolved() -> None:
    # Postponed annotations of a class made in a function name that function's locals.
    class Colour(enum.Enum):
        RED = "red"

    @attrs.define
    class Paint:
        colour: Colour
        shades: list[Colour] = attrs.Factory(list)

    api = FakeApi(reply(text('{"colour": "red", "shades": ["red"]}')))
    message = api.client("sync").messages.parse(**ASK, output_format=Paint)
    assert message.parsed_output == Paint(Colour.RED, [Colour.RED])


def test_the_format_of_a_type_is_built_once() -> None:
    assert output_format_of(City) is output_format_of(City)


# --- parse --------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_parse_sends_the_schema_and_builds_the_answer(mode: str) -> None:
    api = FakeApi(reply(text('{"name": "Paris", "population": 2100000, "tags": ["capital"]}')))
    client = api.client(mode)
    aw = Await(mode)
    message = await aw(
        client.messages.parse(**ASK, output_format=City, output_config={"effort": "low"})
    )

    assert api.bodies[0]["output_config"] == {
        "effort": "low",
        "format": {"type": "json_schema", "schema": output_format_of(City).schema},
    }
    assert message.parsed_output == City("Paris", 2100000, ["capital"])
    assert isinstance(message, ParsedMessage) and isinstance(message, Message)
    block = message.content[0]
    assert isinstance(block, ParsedTextBlock)
    assert block.parsed_output == message.parsed_output
    # Everything create() gives stays: usage, the request id, the JSON as sent.
    assert message.usage.output_tokens == 7
    assert message._request_id == "req_1"
    plain = await aw(client.messages.create(**ASK))
    assert message.to_json() == plain.to_json()
    assert "parsed_output" not in message.to_json()
    assert message == plain  # equal to the same answer from create()


@pytest.mark.anyio
async def test_null_for_a_field_left_out_means_its_default(mode: str) -> None:
    api = FakeApi(reply(text('{"name": "Lyon", "population": null, "tags": null}')))
    message = await Await(mode)(api.client(mode).messages.parse(**ASK, output_format=City))
    assert message.parsed_output == City("Lyon")


@pytest.mark.parametrize(
    ("output_format", "answer", "expected"),
    [
        (Point, '{"x": 1, "y": 2.5}', Point(1.0, 2.5)),
        (Person, '{"name": "Ada", "nickname": null}', {"name": "Ada"}),
        (list[Point], '[{"x": 0, "y": null}]', [Point(0.0)]),
        (
            Shop,
            '{"name": "Bolt", "size": "large", "opened": "2024-02-03", "kind": "tools",'
            ' "id": "00000000-0000-4000-8000-000000000000", "location": {"x": 1, "y": 2}}',
            Shop(
                "Bolt",
                Size.LARGE,
                datetime.date(2024, 2, 3),
                uuid.UUID("00000000-0000-4000-8000-000000000000"),
                Point(1.0, 2.0),
                "tools",
            ),
        ),
        (
            {"type": "object", "properties": {"n": {"type": "integer"}}, "required": []},
            '{"n": null}',
            {},
        ),
        (
            {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]},
            '{"n": 4}',
            {"n": 4},
        ),
    ],
    ids=["dataclass", "typeddict", "list-of-dataclasses", "nested", "schema-null", "schema"],
)
def test_output_formats(output_format: Any, answer: str, expected: Any) -> None:
    api = FakeApi(reply(text(answer)))
    message = api.client("sync").messages.parse(**ASK, output_format=output_format)
    assert message.parsed_output == expected


def test_a_pydantic_model_when_pydantic_is_there() -> None:
    pydantic = pytest.importorskip("pydantic")

    class Town(pydantic.BaseModel):  # type: ignore[misc, name-defined]
        name: str
        mayor: str | None = None
        districts: list[str] = pydantic.Field(default_factory=list)

    schema = output_format_of(Town).schema
    assert schema["required"] == ["name", "mayor", "districts"]
    assert schema["additionalProperties"] is False
    api = FakeApi(reply(text('{"name": "Nice", "mayor": null, "districts": null}')))
    message = api.client("sync").messages.parse(**ASK, output_format=Town)
    assert message.parsed_output == Town(name="Nice")
    api = FakeApi(reply(text('{"name": 3}')))
    with pytest.raises(OutputParseError, match="Town refused the data"):
        api.client("sync").messages.parse(**ASK, output_format=Town)


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        ('{"name": "Paris"', "the text is not valid JSON"),
        ("Sorry, I can't.", "the text is not valid JSON"),
        ('{"population": 3}', r"does not fit City at name: missing \(required\)"),
        ('{"name": 3}', "at name: expected a string, got a number"),
        ('{"name": "P", "tags": [1]}', r"at tags\[0\]: expected a string"),
        ('{"name": "P", "mayor": "x"}', "unexpected key 'mayor'"),
        ("[1]", "expected an object .City., got an array"),
    ],
)
def test_an_answer_that_does_not_fit_raises_output_parse_error(answer: str, reason: str) -> None:
    api = FakeApi(reply(text(answer), stop_reason="max_tokens"))
    with pytest.raises(OutputParseError, match=reason) as caught:
        api.client("sync").messages.parse(**ASK, output_format=City)
    error = caught.value
    assert isinstance(error, ClaudeMessagesError)
    assert error.text == answer
    assert error.message is not None and error.message.stop_reason == "max_tokens"
    assert error.__cause__ is not None  # the decoding error, chained


def test_a_schema_dict_answer_is_checked_against_it() -> None:
    schema = {
        "type": "object",
        "properties": {"kind": {"enum": ["a", "b"]}, "n": {"type": "integer"}},
        "required": ["kind", "n"],
    }
    api = FakeApi(reply(text('{"kind": "c", "n": 1}')))
    with pytest.raises(OutputParseError, match="at kind: expected one of 'a', 'b', got 'c'"):
        api.client("sync").messages.parse(**ASK, output_format=schema)


def test_without_output_format_parsed_output_is_none() -> None:
    api = FakeApi(reply(text("Hello")))
    message = api.client("sync").messages.parse(**ASK)
    assert message.parsed_output is None
    assert "output_config" not in api.bodies[0]


def test_blocks_other_than_text_are_kept_and_not_parsed() -> None:
    thinking = {"type": "thinking", "thinking": "hm", "signature": "c2ln"}
    api = FakeApi(reply(thinking, text('{"name": "Oslo"}')))
    message = api.client("sync").messages.parse(**ASK, output_format=City)
    assert message.content[0].type == "thinking"
    assert message.parsed_output == City("Oslo")


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        (
            {"output_format": City, "output_config": {"format": {"type": "json_schema"}}},
            ValueError,
            "output_format and output_config.format were both given",
        ),
        ({"output_format": "City"}, TypeError, "output_format must be a type"),
        ({"output_format": dict[str, int]}, TypeError, "has no fixed keys"),
        ({"output_format": City, "output_config": "low"}, TypeError, "output_config must be"),
    ],
)
def test_bad_output_arguments_raise_before_sending(
    arguments: dict[str, Any], error: type[Exception], message: str
) -> None:
    api = FakeApi(reply(text("{}")))
    with pytest.raises(error, match=message):
        api.client("sync").messages.parse(**ASK, **arguments)
    assert api.bodies == []


@pytest.mark.anyio
async def test_count_tokens_counts_the_schema_parse_sends(mode: str) -> None:
    api = FakeApi(reply(text("{}")))
    count = await Await(mode)(
        api.client(mode).messages.count_tokens(
            model=MODEL, messages=ASK["messages"], output_format=City
        )
    )
    assert count.input_tokens == 3
    assert api.bodies[0]["output_config"]["format"]["schema"] == output_format_of(City).schema


# --- streams ----------------------------------------------------------------------------


@pytest.mark.anyio
async def test_stream_with_output_format(mode: str) -> None:
    answer = '{"name": "Rome", "population": 2800000, "tags": []}'
    api = FakeApi(reply(text(answer)))
    client = api.client(mode)
    if mode == "sync":
        with client.messages.stream(**ASK, output_format=City) as stream:
            pieces = list(stream.text_stream)
            final = stream.get_final_message()
            assert stream.get_final_message() is final
    else:
        async with client.messages.stream(**ASK, output_format=City) as astream:
            pieces = [piece async for piece in astream.text_stream]
            final = await astream.get_final_message()
    assert "".join(pieces) == answer
    assert len(pieces) > 1  # text arrived as it was written
    assert api.bodies[0]["stream"] is True
    assert api.bodies[0]["output_config"]["format"]["type"] == "json_schema"
    assert isinstance(final, ParsedMessage)
    assert final.parsed_output == City("Rome", 2800000, [])
    assert final._request_id == "req_1"


def test_stream_with_output_format_keeps_the_event_handler() -> None:
    seen: list[str] = []

    class Printer(MessageStream):
        def on_text(self, text: str, snapshot: str) -> None:
            seen.append(text)

    api = FakeApi(reply(text('{"name": "Bern"}')))
    client = api.client("sync")
    with client.messages.stream(**ASK, output_format=City, event_handler=Printer) as stream:
        assert isinstance(stream, Printer)
        assert stream.get_final_message().parsed_output == City("Bern")
    assert "".join(seen) == '{"name": "Bern"}'


def test_a_streamed_answer_that_does_not_fit_raises_at_the_end() -> None:
    api = FakeApi(reply(text('{"name": 1}')))
    with api.client("sync").messages.stream(**ASK, output_format=City) as stream:
        assert "".join(stream.text_stream) == '{"name": 1}'
        with pytest.raises(OutputParseError, match="at name: expected a string"):
            stream.get_final_message()


def test_transport_errors_are_not_parse_errors() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"not": "a message"})

    from claude_messages import APIResponseValidationError, Client

    client = Client(
        api_key="sk-ant-test-0000", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    with pytest.raises(APIResponseValidationError):
        client.messages.parse(**ASK, output_format=City)


# --- over loopback, against the emulator --------------------------------------------------
# These depend on the emulator answering output_config.format with JSON valid against the
# schema sent (its structured outputs support), and on Fault.refusal.


@pytest.mark.anyio
async def test_parse_and_stream_against_the_emulator(mode: str) -> None:
    from claude_messages import AsyncClient, Client
    from claude_messages.testing import Emulator, Fault

    with Emulator() as api:
        if mode == "sync":
            with Client(api_key=api.api_key, base_url=api.url, max_retries=0) as client:
                message = client.messages.parse(**ASK, output_format=Shop)
                with client.messages.stream(**ASK, output_format=list[City]) as stream:
                    streamed = stream.get_final_message()
                api.inject(Fault.refusal())
                with pytest.raises(OutputParseError) as caught:
                    client.messages.parse(**ASK, output_format=City)
        else:
            async with AsyncClient(api_key=api.api_key, base_url=api.url, max_retries=0) as aclient:
                message = await aclient.messages.parse(**ASK, output_format=Shop)
                async with aclient.messages.stream(**ASK, output_format=list[City]) as astream:
                    streamed = await astream.get_final_message()
                api.inject(Fault.refusal())
                with pytest.raises(OutputParseError) as caught:
                    await aclient.messages.parse(**ASK, output_format=City)
        sent = api.requests[0].json["output_config"]["format"]
    assert sent == {"type": "json_schema", "schema": output_format_of(Shop).schema}
    shop = message.parsed_output
    assert isinstance(shop, Shop)
    assert isinstance(shop.size, Size) and isinstance(shop.opened, datetime.date)
    assert isinstance(shop.id, uuid.UUID) and isinstance(shop.location, Point)
    cities = streamed.parsed_output
    assert isinstance(cities, list) and cities and all(isinstance(c, City) for c in cities)
    assert caught.value.message is not None
    assert caught.value.message.stop_reason == "refusal"
