"""``ANTHROPIC_LOG=debug|info``: this package's log records on stderr, as the SDK does.

The records go to the ``claude_messages`` logger (and httpx's, whose request lines help at
``info``); none of them carries a header, so no key or token is ever logged. Without the
variable nothing is configured: applications set up logging their own way.
"""

from __future__ import annotations

import logging
import os
from typing import Final

__all__ = ["LOGGER_NAME", "logger", "setup_logging"]

LOGGER_NAME: Final = "claude_messages"
logger: Final = logging.getLogger(LOGGER_NAME)

_LEVELS: Final = {"debug": logging.DEBUG, "info": logging.INFO}


def setup_logging(environ: dict[str, str] | None = None) -> bool:
    """Configure the loggers from ``ANTHROPIC_LOG``; ``True`` if it named a level.

    Example::

        os.environ["ANTHROPIC_LOG"] = "debug"
        setup_logging()  # records of claude_messages and httpx now print on stderr
    """
    value = (os.environ if environ is None else environ).get("ANTHROPIC_LOG", "")
    level = _LEVELS.get(value.strip().lower())
    if level is None:
        return False
    handler = logging.StreamHandler()
    handler.setFormatter(
        logging.Formatter("[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s")
    )
    for name in (LOGGER_NAME, "httpx"):
        target = logging.getLogger(name)
        target.setLevel(level)
        if not any(getattr(h, "_from_anthropic_log", False) for h in target.handlers):
            handler._from_anthropic_log = True  # type: ignore[attr-defined]
            target.addHandler(handler)
    return True
