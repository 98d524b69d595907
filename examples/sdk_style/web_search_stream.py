"""Streaming a web search: the beta namespace's stream() helper, event by event."""

from claude_messages import Anthropic

client = Anthropic()

with client.beta.messages.stream(
    max_tokens=1024,
    messages=[{"role": "user", "content": "Find the latest news about the Mars rovers."}],
    model="claude-sonnet-4-5",
    tools=[{"type": "web_search_20250305", "name": "web_search", "max_uses": 2}],
) as stream:
    for event in stream:
        if event.type == "content_block_start":
            print("start:", event.content_block.type)
        elif event.type == "content_block_delta" and event.delta.type == "input_json_delta":
            print("query part:", len(event.delta.partial_json) > 0)
        elif event.type == "message_stop":
            print("stop event")
    message = stream.get_final_message()

print("blocks:", [block.type for block in message.content])
for block in message.content:
    if block.type == "web_search_tool_result" and isinstance(block.content, list):
        print("results:", len(block.content))
print("stop:", message.stop_reason)

client.close()
