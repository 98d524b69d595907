"""A message batch: create it, wait until it ends, read its results."""

import time

from claude_messages import Anthropic

client = Anthropic()

batch = client.messages.batches.create(
    requests=[
        {
            "custom_id": f"question-{i}",
            "params": {
                "model": "claude-sonnet-4-5",
                "max_tokens": 64,
                "messages": [{"role": "user", "content": f"What is {i} + {i}?"}],
            },
        }
        for i in range(3)
    ]
)
while batch.processing_status != "ended":
    time.sleep(0.1)
    batch = client.messages.batches.retrieve(batch.id)

for result in client.messages.batches.results(batch.id):
    if result.result.type == "succeeded":
        print(result.custom_id, result.result.message.content[0].type)
    else:
        print(result.custom_id, result.result.type)

client.close()
