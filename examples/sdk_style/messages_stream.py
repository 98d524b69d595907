"""Streaming: raw events from create(stream=True), then the stream() helper."""

import asyncio

from claude_messages import Anthropic, AsyncAnthropic

client = Anthropic()

stream = client.messages.create(
    max_tokens=256,
    messages=[{"role": "user", "content": "Say hello there!"}],
    model="claude-sonnet-4-5",
    stream=True,
)
for event in stream:
    if event.type == "content_block_delta" and event.delta.type == "text_delta":
        print(event.delta.text, end="", flush=True)
    elif event.type == "message_delta":
        print("\nstop:", event.delta.stop_reason)

with client.messages.stream(
    max_tokens=256,
    messages=[{"role": "user", "content": "Say hello there!"}],
    model="claude-sonnet-4-5",
) as helper:
    for text in helper.text_stream:
        print(text, end="", flush=True)
    print()
message = helper.get_final_message()
print("final:", message.to_json(indent=None))


async def main() -> None:
    aclient = AsyncAnthropic()
    async with aclient.messages.stream(
        max_tokens=256,
        messages=[{"role": "user", "content": "Say hello there!"}],
        model="claude-sonnet-4-5",
    ) as astream:
        async for event in astream:
            if event.type == "text":
                print(event.text, end="", flush=True)
        print()
        accumulated = await astream.get_final_message()
    print("async final:", accumulated.content[0].type)
    await aclient.close()


asyncio.run(main())

client.close()
