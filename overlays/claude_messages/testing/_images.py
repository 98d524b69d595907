"""Media type and pixel size of an image, read from its first bytes (stdlib only).

The emulator describes an image by what its bytes say, not by what the request claims, so
a reply proves the image arrived intact. Only headers are parsed; no decoding.
"""

from __future__ import annotations

import struct

__all__ = ["ImageError", "image_info"]


class ImageError(ValueError):
    """The bytes are not a PNG, JPEG, GIF or WebP image whose size can be read."""


def _png(data: bytes) -> tuple[int, int]:
    # Signature (8 bytes), then the IHDR chunk: length, b"IHDR", width, height (big endian).
    if len(data) < 24 or data[12:16] != b"IHDR":
        raise ImageError("truncated PNG header")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


# Start-of-frame markers carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) do not.
_SOF_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def _jpeg(data: bytes) -> tuple[int, int]:
    pos = 2
    size = len(data)
    while pos + 4 <= size:
        if data[pos] != 0xFF:
            raise ImageError("corrupt JPEG marker stream")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte before a marker
            pos += 1
            continue
        if marker == 0x01 or 0xD0 <= marker <= 0xD9:  # markers without a length
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if marker in _SOF_MARKERS:
            if pos + 9 > size:
                break
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
            return width, height
        pos += 2 + length
    raise ImageError("JPEG has no frame header")


def _gif(data: bytes) -> tuple[int, int]:
    if len(data) < 10:
        raise ImageError("truncated GIF header")
    width, height = struct.unpack("<HH", data[6:10])
    return width, height


def _webp(data: bytes) -> tuple[int, int]:
    chunk = data[12:16]
    if chunk == b"VP8 " and len(data) >= 30:
        # Lossy: a 3-byte frame tag, the start code 9D 01 2A, then 14-bit width and height.
        if data[23:26] != b"\x9d\x01\x2a":
            raise ImageError("corrupt WebP VP8 frame")
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L" and len(data) >= 25:
        # Lossless: signature 0x2F, then width-1 and height-1 as 14-bit fields.
        if data[20] != 0x2F:
            raise ImageError("corrupt WebP VP8L header")
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8X" and len(data) >= 30:
        # Extended: canvas width-1 and height-1 as 24-bit little-endian fields.
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return width, height
    raise ImageError("unsupported or truncated WebP")


def image_info(data: bytes) -> tuple[str, int, int]:
    """Return ``(media_type, width, height)`` for PNG, JPEG, GIF or WebP bytes.

    Example::

        media_type, width, height = image_info(Path("cat.jpg").read_bytes())
    """
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return ("image/png", *_png(data))
    if data.startswith(b"\xff\xd8"):
        return ("image/jpeg", *_jpeg(data))
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return ("image/gif", *_gif(data))
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return ("image/webp", *_webp(data))
    raise ImageError("not a PNG, JPEG, GIF or WebP image")
