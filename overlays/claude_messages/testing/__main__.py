"""``python -m claude_messages.testing``: serve the emulator until interrupted.

The first line on standard output is the base URL (``http://127.0.0.1:PORT``), so a script
can read it: ``url=$(python -m claude_messages.testing --port 0 | head -n 1)``.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType

from ._emulator import Emulator


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m claude_messages.testing",
        description="A local Claude Messages API emulator on 127.0.0.1.",
    )
    parser.add_argument("--port", type=int, default=0, help="TCP port (0: a free one)")
    parser.add_argument("--api-key", default=None, help="accept only this key (default: any)")
    parser.add_argument("--pace", type=float, default=0.0, help="seconds between stream events")
    parser.add_argument(
        "--no-validate", action="store_true", help="skip validating bodies against the spec"
    )
    args = parser.parse_args(argv)

    done = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        done.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    with Emulator(
        api_key=args.api_key, port=args.port, pace=args.pace, validate=not args.no_validate
    ) as api:
        print(api.url, flush=True)
        print(f"emulator: serving on {api.url} (Ctrl-C to stop)", file=sys.stderr, flush=True)
        while not done.wait(0.5):
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
