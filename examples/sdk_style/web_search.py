"""The web search server tool: the API searches, the answer cites what it found."""

from claude_messages import Anthropic

client = Anthropic()

message = client.messages.create(
    max_tokens=1024,
    messages=[{"role": "user", "content": "What is the weather in Paris today?"}],
    model="claude-sonnet-4-5",
    tools=[{"type": "web_search_20250305", "name": "web_search", "max_uses": 3}],
)
for block in message.content:
    print("block:", block.type)
    if block.type == "server_tool_use":
        print("  searched with", block.name)
    elif block.type == "web_search_tool_result":
        if isinstance(block.content, list):
            for result in block.content:
                print("  result:", result.title)
        elif block.content.type == "web_search_tool_result_error":
            print("  search failed")
    elif block.type == "text":
        for citation in block.citations or []:
            if citation.type == "web_search_result_location":
                print("  cites:", citation.title)
usage = message.usage.server_tool_use
print("searches:", usage.web_search_requests if usage else 0)
print("stop:", message.stop_reason)

client.close()
