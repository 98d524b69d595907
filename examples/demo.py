"""Three examples of the client (a message, an image, a stream), run for real.

By default against the local emulator (``claude_messages.testing``) on a free port, so no
key and no network are needed; with ``--live`` against the real API (``ANTHROPIC_API_KEY``
must be set). Run it through ``scripts/demo``, which installs what it needs first.
"""

from __future__ import annotations

import argparse
import base64
import os
import sys
from pathlib import Path

from claude_messages import Client

IMAGE = Path(__file__).resolve().parent / "assets" / "meadow.jpg"
MODEL = "claude-3-haiku-20240307"


def run_examples(client: Client, model: str) -> None:
    print("\n1. Create a message with text")
    response = client.messages.create(
        max_tokens=100,
        messages=[{"role": "user", "content": "Hello, Claude!"}],
        model=model,
    )
    print(f"   {response.content[0].text}")
    print(
        f"   (stop_reason={response.stop_reason}, usage: {response.usage.input_tokens} in, "
        f"{response.usage.output_tokens} out)"
    )

    print("\n2. Create a message with an image (examples/assets/meadow.jpg)")
    image_data = base64.b64encode(IMAGE.read_bytes()).decode()
    response = client.messages.create(
        max_tokens=100,
        messages=[
            {
                "role": "user",
                "content": [
                    {
                        "type": "image",
                        "source": {
                            "type": "base64",
                            "media_type": "image/jpeg",
                            "data": image_data,
                        },
                    },
                    {"type": "text", "text": "What is in this image?"},
                ],
            }
        ],
        model=model,
    )
    print(f"   {response.content[0].text}")

    print("\n3. Stream a message")
    print("   ", end="")
    with client.messages.stream(
        max_tokens=100,
        messages=[{"role": "user", "content": "Write me a haiku about spring."}],
        model=model,
    ) as stream:
        for event in stream:
            print(event.text, end="", flush=True)
    print()


def main() -> int:
    parser = argparse.ArgumentParser(description="Run the manual's examples.")
    parser.add_argument(
        "--live", action="store_true", help="use the real API (needs ANTHROPIC_API_KEY)"
    )
    parser.add_argument("--model", default=MODEL, help=f"model to use (default {MODEL})")
    parser.add_argument(
        "--pace", type=float, default=0.05, help="emulator: seconds between stream events"
    )
    args = parser.parse_args()

    if args.live:
        if not os.environ.get("ANTHROPIC_API_KEY"):
            print("demo: --live needs ANTHROPIC_API_KEY in the environment", file=sys.stderr)
            return 2
        print("demo: running against the real API")
        with Client() as client:
            run_examples(client, args.model)
        return 0

    from claude_messages.testing import Emulator

    with Emulator(pace=args.pace) as api:
        print(f"demo: local emulator serving on {api.url} (no key or network needed)")
        with Client(api_key=api.api_key, base_url=api.url) as client:
            run_examples(client, args.model)
    print("\ndemo: emulator stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
