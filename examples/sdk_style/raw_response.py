"""The answer before parsing: with_raw_response and with_streaming_response."""

import asyncio

from claude_messages import Anthropic, AsyncAnthropic

client = Anthropic()

raw = client.messages.with_raw_response.create(
    max_tokens=256,
    messages=[{"role": "user", "content": "Hello, Claude"}],
    model="claude-sonnet-4-5",
)
print("status:", raw.status_code)
print("has request id:", raw.request_id is not None)
print("content type:", raw.headers["content-type"].split(";")[0])
message = raw.parse()
print("parsed:", message.type, message.stop_reason)

models = client.models.with_raw_response.list(limit=2)
print("models page:", len(models.parse().data))

with client.messages.with_streaming_response.create(
    max_tokens=256,
    messages=[{"role": "user", "content": "Hello, Claude"}],
    model="claude-sonnet-4-5",
    stream=True,
) as events_response:
    print("streaming status:", events_response.status_code)
    events = [line for line in events_response.iter_lines() if line.startswith("event: ")]
print("first event:", events[0])
print("last event:", events[-1])

with client.messages.with_streaming_response.count_tokens(
    messages=[{"role": "user", "content": "Hello, Claude"}],
    model="claude-sonnet-4-5",
) as count_response:
    print("counted:", count_response.parse().input_tokens > 0)


async def main() -> None:
    aclient = AsyncAnthropic()
    araw = await aclient.messages.with_raw_response.create(
        max_tokens=256,
        messages=[{"role": "user", "content": "Hello, Claude"}],
        model="claude-sonnet-4-5",
    )
    amessage = await araw.parse()
    print("async parsed:", amessage.role)
    async with aclient.models.with_streaming_response.list(limit=1) as aresponse:
        page = await aresponse.parse()
    print("async page:", len(page.data))
    await aclient.close()


asyncio.run(main())

client.close()
