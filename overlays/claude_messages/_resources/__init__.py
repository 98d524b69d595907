"""The API's resources (``client.messages``, ...), one module each."""

from __future__ import annotations

__all__: list[str] = []
