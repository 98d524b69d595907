"""A tool call streamed: the input arrives as partial JSON."""

from claude_messages import Anthropic

client = Anthropic()

with client.messages.stream(
    max_tokens=1024,
    model="claude-sonnet-4-5",
    tools=[
        {
            "name": "get_weather",
            "description": "Get the weather at a specific location",
            "input_schema": {
                "type": "object",
                "properties": {
                    "location": {"type": "string", "description": "The city and state"},
                    "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                },
                "required": ["location"],
            },
        }
    ],
    messages=[{"role": "user", "content": "What is the weather in SF? Use get_weather."}],
) as stream:
    for event in stream:
        if event.type == "input_json":
            print(f"delta: {event.partial_json!r}")
            print(f"snapshot: {event.snapshot}")
        elif event.type == "content_block_stop" and event.content_block.type == "tool_use":
            print("input:", event.content_block.input)
print(stream.get_final_message().stop_reason)

client.close()
