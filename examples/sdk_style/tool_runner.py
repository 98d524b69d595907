"""The tool runner: a function tool, run until the model stops calling it."""

from claude_messages import Anthropic, beta_tool

client = Anthropic()


@beta_tool
def get_weather(location: str) -> str:
    """Get the weather for a location.

    Args:
        location: The city and state, e.g. San Francisco, CA.
    """
    return f"The weather in {location} is 73f"


runner = client.beta.messages.tool_runner(
    model="claude-sonnet-4-5",
    max_tokens=1024,
    messages=[{"role": "user", "content": "What is the weather in SF? Use get_weather."}],
    tools=[get_weather],
)
for message in runner:
    print(message.stop_reason, ", ".join(block.type for block in message.content))
final = runner.until_done()
print(final.content[0].type, final.stop_reason)

client.close()
