"""An image from a file, as a pathlib.Path in the base64 source."""

from pathlib import Path

from claude_messages import Anthropic

client = Anthropic()

response = client.messages.create(
    max_tokens=1024,
    messages=[
        {
            "role": "user",
            "content": [
                {"text": "What is in this image?", "type": "text"},
                {
                    "type": "image",
                    "source": {
                        "type": "base64",
                        "media_type": "image/jpeg",
                        "data": Path(__file__).parent.parent / "assets" / "meadow.jpg",
                    },
                },
            ],
        },
    ],
    model="claude-sonnet-4-5",
)
print(response.model_dump_json(indent=2))

client.close()
