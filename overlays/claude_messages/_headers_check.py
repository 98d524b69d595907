"""Header names and values checked before anything is sent: no CR, LF or other control bytes.

A header value holding CR or LF would end the header early and start another one (header
injection); HTTP libraries refuse it only while the request is being written, which
looks like a network failure and would be retried. These checks run earlier, where the
header is set: the client's own headers once, when the client is made; a call's
``extra_headers`` on each call (usually empty, so free).

What is refused follows RFC 9110 (section 5): a field name is a token (letters, digits
and ``!#$%&'*+-.^_`|~``); a field value holds no control character other than horizontal
tab (no NUL, CR, LF, DEL, ...) and does not start or end with a space or tab. Errors name
the header and the setting it came from, never the value: it may be a credential.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Final

__all__ = ["check_credential", "check_header", "check_header_items", "check_headers"]

_TOKEN: Final = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_TOKEN_BYTES: Final = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
# A control character other than HTAB, or whitespace at either end.
_BAD_VALUE: Final = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]|^[ \t]|[ \t]\Z")
_BAD_VALUE_BYTES: Final = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]|^[ \t]|[ \t]\Z")
# A credential is one run of visible ASCII: no control character, space or non-ASCII.
_CREDENTIAL: Final = re.compile(r"[\x21-\x7e]+")

_SHOWN_NAME: Final = 40


def _shown(name: str | bytes) -> str:
    text = name.decode("latin-1") if isinstance(name, bytes) else name
    if len(text) > _SHOWN_NAME:
        text = text[:_SHOWN_NAME] + "..."
    return repr(text)


def check_header(name: object, value: object, where: str) -> None:
    """Raise ``ValueError`` when ``name: value`` cannot be sent as one header line.

    ``where`` names the setting the header came from (``"extra_headers"``, ...). Values
    that are neither ``str`` nor ``bytes`` are left to httpx, which refuses them by type.

    Example::

        check_header("x-trace", "ok\\r\\nx-injected: yes", "extra_headers")
        # ValueError: extra_headers: the value of header 'x-trace' contains a control ...
    """
    if isinstance(name, str):
        bad_name = _TOKEN.fullmatch(name) is None
    elif isinstance(name, bytes):
        bad_name = _TOKEN_BYTES.fullmatch(name) is None
    else:
        raise TypeError(f"{where}: header names must be str, not {type(name).__name__}")
    if bad_name:
        raise ValueError(
            f"{where}: {_shown(name)} is not a valid header name (RFC 9110 allows letters, "
            "digits and !#$%&'*+-.^_`|~ only; no spaces, colons, CR or LF)."
        )
    if isinstance(value, str):
        bad_value = _BAD_VALUE.search(value) is not None
    elif isinstance(value, bytes):
        bad_value = _BAD_VALUE_BYTES.search(value) is not None
    else:
        return
    if bad_value:
        raise ValueError(
            f"{where}: the value of header {_shown(name)} contains a control character "
            "(CR, LF, NUL or another one RFC 9110 forbids) or starts or ends with "
            "whitespace; it was not sent. (The value is not shown: it may be a secret.)"
        )


def check_headers(headers: Mapping[str, object], where: str) -> None:
    """``check_header`` for each entry of a mapping (``None`` values, meaning "remove", pass).

    Example::

        check_headers({"x-trace": "abc", "accept": None}, "extra_headers")
    """
    for name, value in headers.items():
        check_header(name, value, where)


def check_header_items(items: Iterable[tuple[bytes, bytes]], where: str) -> None:
    """``check_header`` for raw ``(name, value)`` pairs, such as ``httpx.Headers.raw``.

    Example::

        check_header_items(http_client.headers.raw, "http_client.headers")
    """
    for name, value in items:
        check_header(name, value, where)


def check_credential(name: str, value: str, source: str | None = None) -> None:
    """Refuse an API key or token that cannot travel in a header, without showing it.

    ``source`` names where it came from when that was not an argument (an environment
    variable). Only visible ASCII is allowed: a control character (a trailing newline
    read from a file, say), a space or a non-ASCII character means the credential is
    damaged, and the error tells which position, never the value.

    Example::

        check_credential("api_key", "sk-ant-...\\n")
        # ValueError: api_key contains a character that cannot be sent ... position 11 ...
    """
    if not value or _CREDENTIAL.fullmatch(value) is not None:
        return
    position = next(i for i, char in enumerate(value) if not "\x21" <= char <= "\x7e")
    origin = f" (read from {source})" if source else ""
    raise ValueError(
        f"{name}{origin} contains a character that cannot be sent in an HTTP header, at "
        f"position {position} of {len(value)}: a control character such as CR or LF (a "
        "trailing newline?), a space, or a non-ASCII character. The value is not shown. "
        "Remove the character."
    )
