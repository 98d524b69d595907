"""The cassette file: one recorded exchange per JSON line, secrets masked, and matching.

A cassette is JSON Lines. Each line is one exchange (a request and the answer it got), in
the order the requests arrived::

    {"version": 1,
     "request": {"method": "POST", "path": "/v1/messages", "query": {...},
                 "headers": {"anthropic-version": "2023-06-01"}, "json": {...}},
     "response": {"status": 200, "headers": {"request-id": "...", ...}, "json": {...}}}

The answer's body is at most one of ``json`` (a JSON answer), ``text`` (any other UTF-8
body), ``base64`` (a body that is not text, such as a downloaded file), ``events`` (a
``text/event-stream``: ``{"event": name, "data": {...}, "t": seconds}``, with ``text``
instead of ``data`` when the data is not JSON) or ``lines`` (a JSON Lines body, such as a
batch's results). ``end`` tells how an answer that did not finish ended:
``"dropped"`` (the server cut the connection) or ``"client_closed"`` (the client left
first; without a ``status`` it left before any answer).

Only the headers that matter are kept (request: ``anthropic-*``; answer: ``request-id``,
``content-type``, ``retry-after``, ``retry-after-ms``, ``x-should-retry`` and
``anthropic-ratelimit-*``), so credentials and cookies never reach the file; every string
that is kept also has key-like text (``sk-ant-...``) and the known secrets masked.
"""

from __future__ import annotations

import base64
import difflib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from .._sse import ServerSentEvent
from ._server import HTTPRequest

__all__ = [
    "FORMAT_VERSION",
    "MASK",
    "MATCH_PARTS",
    "CassetteFormatError",
    "Matcher",
    "Redactor",
    "body_bytes",
    "body_fields",
    "body_kind",
    "diff",
    "dump_line",
    "event_record",
    "lines_chunks",
    "lines_fields",
    "load_exchanges",
    "request_record",
    "response_headers",
    "sse_bytes",
]

FORMAT_VERSION: Final = 1
"""The ``version`` of every line this release writes (and the only one it reads)."""
MASK: Final = "[REDACTED]"
"""What a masked secret is replaced with."""
MATCH_PARTS: Final = ("method", "path", "query", "headers", "body")
"""What ``match_on`` may name."""

_KEY_PATTERNS: Final = (
    # Anthropic keys (sk-ant-api03-..., sk-ant-admin01-...) and other "sk-" secret keys.
    re.compile(r"sk-ant-[A-Za-z0-9_\-]{4,}"),
    re.compile(r"\bsk-[A-Za-z0-9_\-]{20,}"),
    # A bearer token written out in full.
    re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._~+/\-]{8,}=*"),
)
_KEPT_ANSWER_HEADERS: Final = frozenset(
    {"request-id", "content-type", "retry-after", "retry-after-ms", "x-should-retry"}
)
_JSON_LINES_TYPES: Final = ("application/x-jsonl", "application/jsonl", "application/x-ndjson")
_ENDS: Final = frozenset({"dropped", "client_closed"})


class CassetteFormatError(ValueError):
    """A cassette file that cannot be read (bad JSON, an unknown version, a bad shape)."""


class Redactor:
    """Masks secrets in what is written: the ``secrets`` given, and key-like text.

    Example::

        Redactor({"my-key"}).text("key my-key and sk-ant-api03-abcdef")
        # 'key [REDACTED] and [REDACTED]'
    """

    __slots__ = ("_secrets",)

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        # Longest first, so a secret that contains another is masked whole.
        self._secrets = sorted({s for s in secrets if len(s) >= 6}, key=len, reverse=True)

    def add(self, secret: str | None) -> None:
        """Mask ``secret`` too from now on (values shorter than 6 characters are ignored)."""
        if secret and len(secret) >= 6 and secret not in self._secrets:
            self._secrets.append(secret)
            self._secrets.sort(key=len, reverse=True)

    def text(self, value: str) -> str:
        for secret in self._secrets:
            if secret in value:
                value = value.replace(secret, MASK)
        for pattern in _KEY_PATTERNS:
            value = pattern.sub(MASK, value)
        return value

    def value(self, value: Any) -> Any:
        """``value`` (any JSON value) with every string in it, keys included, masked."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {self.text(str(k)): self.value(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.value(item) for item in value]
        return value


def _load_json(data: bytes) -> tuple[bool, Any]:
    try:
        return True, json.loads(data)
    except (UnicodeDecodeError, ValueError):
        return False, None


def _decode(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def request_record(request: HTTPRequest, redactor: Redactor) -> dict[str, Any]:
    """The ``request`` part of an exchange, masked, for the file and for matching."""
    record: dict[str, Any] = {"method": request.method, "path": redactor.text(request.path)}
    if request.query:
        record["query"] = redactor.value(dict(request.query))
    headers = {
        name: redactor.text(value)
        for name, value in sorted(request.headers.items())
        if name.startswith("anthropic-")
    }
    if headers:
        record["headers"] = headers
    if request.body:
        parsed, body = _load_json(request.body)
        if parsed:
            record["json"] = redactor.value(body)
        else:
            record["text"] = redactor.text(_decode(request.body))
    return record


def response_headers(headers: Iterable[tuple[str, str]], redactor: Redactor) -> dict[str, str]:
    """The answer headers worth keeping (see the module's docstring), masked."""
    kept: dict[str, str] = {}
    for name, value in headers:
        name = name.lower()
        if name in _KEPT_ANSWER_HEADERS or name.startswith("anthropic-ratelimit-"):
            kept[name] = redactor.text(value)
    return kept


def body_kind(content_type: str) -> str:
    """``events``, ``lines`` or ``body``: how an answer of this content type is recorded."""
    media = content_type.split(";", 1)[0].strip().lower()
    if media == "text/event-stream":
        return "events"
    if media in _JSON_LINES_TYPES:
        return "lines"
    return "body"


def body_fields(content_type: str, body: bytes, redactor: Redactor) -> dict[str, Any]:
    """The body of a whole (not streamed) answer: ``json``, ``text``, ``base64`` or nothing."""
    if not body:
        return {}
    if "json" in content_type.lower():
        parsed, value = _load_json(body)
        if parsed:
            return {"json": redactor.value(value)}
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:  # bytes (a downloaded file): kept exactly
        return {"base64": base64.b64encode(body).decode("ascii")}
    return {"text": redactor.text(text)}


def lines_fields(lines: Sequence[bytes], redactor: Redactor) -> dict[str, Any]:
    """The body of a JSON Lines answer: ``lines`` when every line is JSON, else ``text``."""
    values: list[Any] = []
    for line in lines:
        if not line.strip():
            continue
        parsed, value = _load_json(line)
        if not parsed:
            return {"text": redactor.text(_decode(b"\n".join(lines)))}
        values.append(redactor.value(value))
    return {"lines": values}


def event_record(sse: ServerSentEvent, at: float | None, redactor: Redactor) -> dict[str, Any]:
    """One SSE event of a recorded stream; ``at`` is seconds since the answer's head."""
    record: dict[str, Any] = {"event": sse.event}
    try:
        record["data"] = redactor.value(json.loads(sse.data))
    except ValueError:
        record["text"] = redactor.text(sse.data)
    if at is not None:
        record["t"] = round(at, 4)
    return record


def sse_bytes(event: Mapping[str, Any]) -> bytes:
    """The wire form of a recorded event."""
    if "data" in event:
        data = json.dumps(event["data"], separators=(",", ":"), ensure_ascii=False)
    else:
        data = str(event.get("text", ""))
    lines = "".join(f"data: {part}\n" for part in data.split("\n"))
    return f"event: {event.get('event', 'message')}\n{lines}\n".encode()


def body_bytes(response: Mapping[str, Any]) -> bytes:
    """The wire form of a recorded whole body (``json``, ``text`` or ``base64``)."""
    if "json" in response:
        return json.dumps(response["json"], separators=(",", ":"), ensure_ascii=False).encode()
    if "text" in response:
        return str(response["text"]).encode()
    if "base64" in response:
        return base64.b64decode(response["base64"])
    return b""


def lines_chunks(lines: Sequence[Any], per_chunk: int = 512) -> Iterable[bytes]:
    """The wire form of recorded JSON Lines, ``per_chunk`` lines at a time."""
    for start in range(0, len(lines), per_chunk):
        part = lines[start : start + per_chunk]
        yield b"".join(
            json.dumps(line, separators=(",", ":"), ensure_ascii=False).encode() + b"\n"
            for line in part
        )


def dump_line(exchange: Mapping[str, Any]) -> str:
    """One exchange as a line of the file (keys in a stable order, no newline)."""
    return json.dumps(exchange, ensure_ascii=False, separators=(", ", ": "))


def _check_exchange(item: object, where: str) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise CassetteFormatError(f"{where}: an exchange must be a JSON object")
    version = item.get("version")
    if version != FORMAT_VERSION:
        raise CassetteFormatError(
            f"{where}: version {version!r} is not supported (this release reads version "
            f"{FORMAT_VERSION}); record the cassette again"
        )
    request, response = item.get("request"), item.get("response")
    if not isinstance(request, dict) or not isinstance(response, dict):
        raise CassetteFormatError(f"{where}: 'request' and 'response' must be JSON objects")
    for name in ("method", "path"):
        if not isinstance(request.get(name), str):
            raise CassetteFormatError(f"{where}: request.{name} must be a string")
    status = response.get("status")
    if status is not None and (not isinstance(status, int) or not 100 <= status <= 599):
        raise CassetteFormatError(f"{where}: response.status must be an HTTP status code")
    end = response.get("end")
    if end is not None and end not in _ENDS:
        raise CassetteFormatError(
            f"{where}: response.end must be 'dropped' or 'client_closed', not {end!r}"
        )
    if status is None and end != "client_closed":
        raise CassetteFormatError(f"{where}: response.status is missing")
    bodies = [key for key in ("json", "text", "base64", "events", "lines") if key in response]
    if len(bodies) > 1:
        raise CassetteFormatError(f"{where}: the response has both {bodies[0]!r} and {bodies[1]!r}")
    for key in ("events", "lines"):
        if key in response and not isinstance(response[key], list):
            raise CassetteFormatError(f"{where}: response.{key} must be a list")
    if "base64" in response:
        try:
            base64.b64decode(response["base64"], validate=True)
        except (TypeError, ValueError):
            raise CassetteFormatError(f"{where}: response.base64 must be base64 text") from None
    for event in response.get("events", []):
        if not isinstance(event, dict):
            raise CassetteFormatError(f"{where}: each of response.events must be a JSON object")
    headers = response.get("headers", {})
    if not isinstance(headers, dict) or not all(isinstance(v, str) for v in headers.values()):
        raise CassetteFormatError(f"{where}: response.headers must map names to strings")
    return item


def load_exchanges(path: Path) -> list[dict[str, Any]]:
    """The exchanges of a cassette file, checked; blank lines are skipped."""
    exchanges: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as file:
        for number, line in enumerate(file, 1):
            if not line.strip():
                continue
            where = f"{path}, line {number}"
            try:
                item = json.loads(line)
            except ValueError as exc:
                raise CassetteFormatError(f"{where}: not JSON ({exc})") from None
            exchange = _check_exchange(item, where)
            exchange["_line"] = number
            exchanges.append(exchange)
    return exchanges


# --- matching ----------------------------------------------------------------------------


def _drop_field(value: Any, parts: Sequence[str]) -> Any:
    if not parts:
        return value
    head, rest = parts[0], parts[1:]
    if isinstance(value, dict):
        if head == "*":
            return {k: _drop_field(v, rest) for k, v in value.items()} if rest else {}
        if head not in value:
            return value
        if not rest:
            return {k: v for k, v in value.items() if k != head}
        return {**value, head: _drop_field(value[head], rest)}
    if isinstance(value, list) and head == "*":
        return [_drop_field(item, rest) for item in value] if rest else []
    return value


class Matcher:
    """Which recorded request a new one matches: equal on the ``match_on`` parts.

    ``ignore_fields`` are dotted paths into the JSON body left out of the comparison
    (``"metadata"``, ``"metadata.user_id"``; ``*`` stands for every item of a list or
    every key: ``"requests.*.params.metadata"``).

    Example::

        matcher = Matcher(("method", "path", "body"), ignore_fields=("metadata",))
        matcher.view({"method": "POST", "path": "/v1/messages", "json": {...}})
    """

    __slots__ = ("ignore_fields", "match_on")

    def __init__(self, match_on: Iterable[str], ignore_fields: Iterable[str] = ()) -> None:
        if isinstance(match_on, str):
            raise TypeError("match_on must be a list of part names, not a str")
        parts = tuple(match_on)
        for part in parts:
            if part not in MATCH_PARTS:
                raise ValueError(
                    f"match_on: unknown part {part!r}; known: {', '.join(MATCH_PARTS)}"
                )
        if not parts:
            raise ValueError("match_on must name at least one part")
        if isinstance(ignore_fields, str):
            raise TypeError("ignore_fields must be a list of field paths, not a str")
        fields = tuple(ignore_fields)
        for name in fields:
            if not isinstance(name, str) or not name or "" in name.split("."):
                raise ValueError(f"ignore_fields: {name!r} is not a dotted field path")
        self.match_on = parts
        self.ignore_fields = fields

    def view(self, request: Mapping[str, Any]) -> dict[str, Any]:
        """The parts of a request record that matching compares."""
        out: dict[str, Any] = {}
        for part in MATCH_PARTS:
            if part not in self.match_on:
                continue
            if part == "body":
                if "json" in request:
                    body = request["json"]
                    for name in self.ignore_fields:
                        body = _drop_field(body, name.split("."))
                    out["body"] = body
                else:
                    out["body"] = request.get("text")
            elif part in ("query", "headers"):
                out[part] = dict(request.get(part) or {})
            else:
                out[part] = request.get(part)
        return out

    def nearest(
        self, view: Mapping[str, Any], candidates: Sequence[Mapping[str, Any]]
    ) -> int | None:
        """The index of the candidate view most like ``view`` (``None`` when none)."""
        if not candidates:
            return None
        mine = _pretty(view).splitlines()

        def score(index: int) -> tuple[int, float]:
            other = candidates[index]
            same_route = sum(other.get(k) == view.get(k) for k in ("method", "path"))
            ratio = difflib.SequenceMatcher(None, mine, _pretty(other).splitlines()).ratio()
            return same_route, ratio

        return max(range(len(candidates)), key=score)


def _pretty(value: Any) -> str:
    return json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False)


def diff(recorded: Mapping[str, Any], request: Mapping[str, Any], recorded_label: str) -> str:
    """A unified diff from a recorded request's view to a new one's."""
    lines = difflib.unified_diff(
        _pretty(recorded).splitlines(),
        _pretty(request).splitlines(),
        fromfile=recorded_label,
        tofile="this request",
        lineterm="",
        n=2,
    )
    return "\n".join(lines)
