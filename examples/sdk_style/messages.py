"""A message, then a follow-up turn that sends the answer's content back as it is."""

from claude_messages import Anthropic
from claude_messages.types import MessageParam

client = Anthropic()

history: list[MessageParam] = [{"role": "user", "content": "Hello, Claude"}]
response = client.messages.create(
    max_tokens=1024,
    messages=history,
    model="claude-sonnet-4-5",
)
print(response.content[0].type, response.stop_reason)
print(response.to_json())

history.append({"role": response.role, "content": response.content})
history.append({"role": "user", "content": "How are you?"})
again = client.messages.create(max_tokens=1024, messages=history, model="claude-sonnet-4-5")
for block in again.content:
    if block.type == "text":
        print(block.text)
print(again.usage.input_tokens, again.usage.output_tokens)

client.close()
