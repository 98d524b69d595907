"""Structured outputs: messages.parse() into a dataclass, and stream() with output_format."""

from dataclasses import dataclass

from claude_messages import Anthropic


@dataclass
class Capital:
    country: str
    city: str


@dataclass
class Recipe:
    name: str
    minutes: int


client = Anthropic()

message = client.messages.parse(
    max_tokens=512,
    messages=[{"role": "user", "content": "Which city is the capital of France?"}],
    model="claude-sonnet-4-5",
    output_format=Capital,
)
capital = message.parsed_output
print("parsed:", type(capital).__name__, isinstance(capital.city, str) if capital else None)
print("stop:", message.stop_reason)

with client.messages.stream(
    max_tokens=512,
    messages=[{"role": "user", "content": "Give me a quick pasta recipe."}],
    model="claude-sonnet-4-5",
    output_format=Recipe,
) as stream:
    pieces = sum(1 for _ in stream.text_stream)
    recipe = stream.get_final_message().parsed_output
print("streamed pieces:", pieces > 0)
print("recipe:", type(recipe).__name__, isinstance(recipe.minutes, int) if recipe else None)

client.close()
