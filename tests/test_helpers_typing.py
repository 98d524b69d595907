"""``parse``, ``stream(output_format=...)``, ``@tool`` and ``tool_runner`` are typed for
mypy: the parsed output has the asked type, a tool keeps its function's signature, and the
runners yield messages or streams."""

from __future__ import annotations

from pathlib import Path

from _mypy import run_mypy

USER_CODE = """
from typing import Any, TypedDict, assert_type

import attrs
from claude_messages import (
    Anthropic,
    AsyncAnthropic,
    AsyncMessageStream,
    MessageStream,
    ParsedMessage,
    ReceivedMessage,
    async_tool,
    tool,
)
from claude_messages_generated.models import Message


@attrs.define
class City:
    name: str


class Person(TypedDict):
    name: str


client = Anthropic()

message = client.messages.parse(
    model="m", max_tokens=10, messages=[{"role": "user", "content": "Hi"}], output_format=City
)
assert_type(message, ParsedMessage[City])
assert_type(message.parsed_output, City | None)
print(message.usage.output_tokens, message._request_id)
for block in message.content:
    if block.type == "text":
        assert_type(block.parsed_output, City | None)
    elif block.type == "tool_use":
        print(block.input)

person = client.messages.parse(
    model="m", max_tokens=10, messages=[{"role": "user", "content": "Hi"}], output_format=Person
)
assert_type(person.parsed_output, Person | None)

loose = client.messages.parse(
    model="m",
    max_tokens=10,
    messages=[{"role": "user", "content": "Hi"}],
    output_format={"type": "object", "properties": {}},
)
assert_type(loose, ParsedMessage[Any])

with client.messages.stream(
    model="m", max_tokens=10, messages=[{"role": "user", "content": "Hi"}], output_format=City
) as stream:
    for text in stream.text_stream:
        print(text)
    assert_type(stream.get_final_message().parsed_output, City | None)

with client.messages.stream(
    model="m", max_tokens=10, messages=[{"role": "user", "content": "Hi"}]
) as plain:
    assert_type(plain.get_final_message(), Message)


@tool
def add(a: int, b: int = 1) -> int:
    '''Add two numbers.'''
    return a + b


assert_type(add(1, b=2), int)
add("one")  # type: ignore[arg-type]

runner = client.messages.tool_runner(
    model="m", max_tokens=10, messages=[{"role": "user", "content": "Hi"}], tools=[add]
)
for turn in runner:
    assert_type(turn, ReceivedMessage)
assert_type(runner.until_done(), Message)

streaming = client.messages.tool_runner(
    model="m", max_tokens=10, messages=[{"role": "user", "content": "Hi"}], tools=[add],
    stream=True,
)
for turn_stream in streaming:
    assert_type(turn_stream, MessageStream)

client.messages.create(
    model="m", max_tokens=10, messages=[{"role": "user", "content": "Hi"}], tools=[add]
)


async def main() -> None:
    aclient = AsyncAnthropic()
    amessage = await aclient.messages.parse(
        model="m", max_tokens=10, messages=[{"role": "user", "content": "Hi"}], output_format=City
    )
    assert_type(amessage.parsed_output, City | None)

    @async_tool
    async def fetch(url: str) -> str:
        '''Fetch a page.'''
        return url

    assert_type(await fetch("u"), str)
    arunner = aclient.messages.tool_runner(
        model="m", max_tokens=10, messages=[{"role": "user", "content": "Hi"}], tools=[fetch]
    )
    async for aturn in arunner:
        assert_type(aturn, ReceivedMessage)
    assert_type(await arunner.until_done(), Message)
    astreaming = aclient.messages.tool_runner(
        model="m", max_tokens=10, messages=[{"role": "user", "content": "Hi"}], tools=[fetch],
        stream=True,
    )
    async for aturn_stream in astreaming:
        assert_type(aturn_stream, AsyncMessageStream)
"""


def test_the_helpers_type_check(tmp_path: Path) -> None:
    snippet = tmp_path / "user_code.py"
    snippet.write_text(USER_CODE, encoding="utf-8")
    run = run_mypy([snippet])
    assert run.returncode == 0, run.stdout
