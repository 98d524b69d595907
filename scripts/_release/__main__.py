"""``python -m _release {build,release,publish} [args]``: dispatch to one command."""

from __future__ import annotations

import sys
from collections.abc import Callable

from ._common import Refusal

__all__: list[str] = []


def _commands() -> dict[str, Callable[[list[str]], int]]:
    from . import _cmd_build, _cmd_publish, _cmd_release

    return {"build": _cmd_build.main, "release": _cmd_release.main, "publish": _cmd_publish.main}


def main() -> int:
    commands = _commands()
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(f"usage: python -m _release {{{','.join(commands)}}} [args]", file=sys.stderr)
        return 2
    name = sys.argv[1]
    try:
        return commands[name](sys.argv[2:])
    except Refusal as refusal:
        print(f"\n{name} refused: {refusal}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
