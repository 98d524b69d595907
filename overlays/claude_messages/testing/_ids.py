"""The ids the emulator hands out, in the API's shape."""

from __future__ import annotations

import hashlib
import os

__all__ = ["b62_id"]

_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def b62_id(prefix: str, seed: bytes | None = None) -> str:
    """``prefix`` and 22 base-62 characters, as the API's ids look: derived from ``seed``
    (the same request gives the same id) or random when there is none."""
    raw = os.urandom(17) if seed is None else hashlib.sha256(seed).digest()[:18]
    number = int.from_bytes(raw, "big")
    chars = []
    for _ in range(22):
        number, rem = divmod(number, 62)
        chars.append(_ALPHABET[rem])
    return prefix + "".join(chars)
