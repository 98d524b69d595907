"""Deterministic, realistic Claude SSE streams built in code, and the results they must give.

Each stream is the byte-exact body the API sends for ``"stream": true`` (``event:`` line,
one ``data:`` line of compact JSON, blank line), with the API's event order: a
``message_start``, content blocks (start, deltas, stop), ``message_delta``, ``message_stop``,
and ``ping`` events (one after the first block starts, as the API does, then now and then).
The same seed always gives the same bytes, so every run and every client sees equal input.

Alongside the bytes, a ``StreamCase`` carries what a correct client must make of them: the
number of non-ping events, the concatenated text, and the final message as the API's
non-streaming JSON, so every path is checked before it is timed.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "StreamCase",
    "chunk_events",
    "chunk_fixed",
    "chunk_kib",
    "message_json",
    "text_stream",
    "thinking_stream",
    "tool_use_stream",
]

MODEL = "claude-sonnet-4-6"

# A vocabulary with some non-ASCII words, so that tiny chunks cut UTF-8 sequences apart.
_WORDS = (  # noqa: SIM905 (70 words, one per line, would be no clearer)
    "the a of to and in is that for it as with was on be by this are from at or an have "
    "not which but can all their more one will about also been would has there other when "
    "stream event client request response token model message content block delta value "
    "latency throughput memory buffer parse decode accumulate snapshot final result "
    "café naïve résumé über 東京 データ — “quoted” 🚀 ✓"
).split()
_PUNCT = (".", ",", ";", ":", "!", "?")


def _dumps(obj: Any) -> str:
    # The API's wire form: compact separators, raw UTF-8 (not \\u escapes).
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def _event(name: str, data: dict[str, Any]) -> str:
    return f"event: {name}\ndata: {_dumps(data)}\n\n"


_PING = 'event: ping\ndata: {"type": "ping"}\n\n'


@dataclass
class StreamCase:
    """One stream: its bytes and what it must decode to."""

    name: str
    body: bytes
    events: int  # non-ping events (what both clients yield from create(stream=True))
    pings: int
    text: str  # the text blocks' text, concatenated
    message: dict[str, Any]  # the final message, as the non-streaming API returns it
    deltas: int  # content_block_delta events
    extra: dict[str, Any] = field(default_factory=dict)


def _text_pieces(rng: random.Random, count: int) -> list[str]:
    pieces = []
    for i in range(count):
        words = rng.choices(_WORDS, k=rng.randint(1, 4))
        piece = (" " if i else "") + " ".join(words)
        r = rng.random()
        if r < 0.12:
            piece += rng.choice(_PUNCT)
        elif r < 0.14:
            piece += "\n\n"
        pieces.append(piece)
    return pieces


class _Builder:
    def __init__(self, name: str, msg_id: str, input_tokens: int) -> None:
        self.name = name
        self.parts: list[str] = []
        self.events = 0
        self.pings = 0
        self.deltas = 0
        self.blocks: list[dict[str, Any]] = []
        self.message: dict[str, Any] = {
            "id": msg_id,
            "type": "message",
            "role": "assistant",
            "model": MODEL,
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {
                "input_tokens": input_tokens,
                "cache_creation_input_tokens": 0,
                "cache_read_input_tokens": 0,
                "output_tokens": 1,
            },
        }
        self.add("message_start", {"type": "message_start", "message": self.message})

    def add(self, name: str, data: dict[str, Any]) -> None:
        self.parts.append(_event(name, data))
        self.events += 1
        if name == "content_block_delta":
            self.deltas += 1

    def ping(self) -> None:
        self.parts.append(_PING)
        self.pings += 1

    def block(self, start: dict[str, Any], deltas: list[dict[str, Any]], ping_every: int) -> None:
        index = len(self.blocks)
        self.add(
            "content_block_start",
            {"type": "content_block_start", "index": index, "content_block": start},
        )
        if index == 0:
            self.ping()
        for i, delta in enumerate(deltas, 1):
            self.add(
                "content_block_delta",
                {"type": "content_block_delta", "index": index, "delta": delta},
            )
            if ping_every and i % ping_every == 0:
                self.ping()
        self.add("content_block_stop", {"type": "content_block_stop", "index": index})
        self.blocks.append(start)

    def finish(
        self, final_blocks: list[dict[str, Any]], stop_reason: str, output_tokens: int, **extra: Any
    ) -> StreamCase:
        self.add(
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": stop_reason, "stop_sequence": None},
                "usage": {"output_tokens": output_tokens},
            },
        )
        self.add("message_stop", {"type": "message_stop"})
        final = json.loads(_dumps(self.message))
        final["content"] = final_blocks
        final["stop_reason"] = stop_reason
        final["usage"]["output_tokens"] = output_tokens
        text = "".join(b["text"] for b in final_blocks if b["type"] == "text")
        return StreamCase(
            name=self.name,
            body="".join(self.parts).encode(),
            events=self.events,
            pings=self.pings,
            text=text,
            message=final,
            deltas=self.deltas,
            extra=extra,
        )


def text_stream(deltas: int = 2000, seed: int = 1) -> StreamCase:
    """A long text answer: ``deltas`` text deltas of one to four words each."""
    rng = random.Random(seed)
    b = _Builder(f"text_{deltas}", "msg_01BenchText000000000001", 412)
    pieces = _text_pieces(rng, deltas)
    b.block(
        {"type": "text", "text": ""},
        [{"type": "text_delta", "text": p} for p in pieces],
        ping_every=250,
    )
    text = "".join(pieces)
    return b.finish([{"type": "text", "text": text}], "end_turn", deltas + 3)


def _tool_input(min_chars: int, rng: random.Random) -> dict[str, Any]:
    # A realistic tool call argument: a query plus a list of records, grown until its
    # compact JSON is at least ``min_chars`` long.
    records: list[dict[str, Any]] = []
    value: dict[str, Any] = {
        "query": "quarterly latency report",
        "dry_run": False,
        "records": records,
    }
    size = len(_dumps(value))
    i = 0
    while size < min_chars:
        rec = {
            "id": i,
            "name": " ".join(rng.choices(_WORDS, k=3)),
            "score": round(rng.random(), 4),
            "tags": rng.sample(["a", "b", "c", "d", "e", "f"], k=rng.randint(0, 3)),
            "note": None if rng.random() < 0.5 else "ok",
        }
        records.append(rec)
        size += len(_dumps(rec)) + 1
        i += 1
    return value


def tool_use_stream(deltas: int = 10_000, seed: int = 2) -> StreamCase:
    """A short text block, then a tool_use block whose input arrives in ``deltas`` pieces.

    The input JSON is sized at about 8 characters per delta whatever ``deltas`` is, so the
    per-event work is the same at 1,000 and 10,000 deltas and only accumulation can make
    the larger one cost more per event.
    """
    rng = random.Random(seed)
    b = _Builder(f"tool_use_{deltas}", "msg_01BenchToolUse000000001", 1204)
    lead = "I'll look that up."
    b.block({"type": "text", "text": ""}, [{"type": "text_delta", "text": lead}], ping_every=0)
    value = _tool_input(deltas * 8, rng)
    raw = _dumps(value)
    cuts = sorted(rng.sample(range(1, len(raw)), deltas - 1))
    bounds = [0, *cuts, len(raw)]
    pieces = [raw[bounds[i] : bounds[i + 1]] for i in range(deltas)]
    tool_id = "toolu_01BenchToolUse0000000001"
    b.block(
        {"type": "tool_use", "id": tool_id, "name": "search_records", "input": {}},
        [{"type": "input_json_delta", "partial_json": p} for p in pieces],
        ping_every=1000,
    )
    blocks: list[dict[str, Any]] = [
        {"type": "text", "text": lead},
        {"type": "tool_use", "id": tool_id, "name": "search_records", "input": value},
    ]
    return b.finish(blocks, "tool_use", deltas + 5, json_chars=len(raw))


def thinking_stream(
    thinking_deltas: int = 1000, text_deltas: int = 300, seed: int = 3
) -> StreamCase:
    """Extended thinking: thinking deltas and a signature delta, then a text answer."""
    rng = random.Random(seed)
    b = _Builder("thinking", "msg_01BenchThinking00000001", 96)
    thoughts = _text_pieces(rng, thinking_deltas)
    signature = (
        "".join(
            rng.choices("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", k=344)
        )
        + "=="
    )
    b.block(
        {"type": "thinking", "thinking": "", "signature": ""},
        [{"type": "thinking_delta", "thinking": t} for t in thoughts]
        + [{"type": "signature_delta", "signature": signature}],
        ping_every=250,
    )
    pieces = _text_pieces(rng, text_deltas)
    b.block(
        {"type": "text", "text": ""},
        [{"type": "text_delta", "text": p} for p in pieces],
        ping_every=0,
    )
    blocks = [
        {"type": "thinking", "thinking": "".join(thoughts), "signature": signature},
        {"type": "text", "text": "".join(pieces)},
    ]
    return b.finish(blocks, "end_turn", thinking_deltas + text_deltas + 7)


def message_json(words: int = 120, seed: int = 4) -> bytes:
    """A typical non-streaming Message body (a paragraph of text)."""
    rng = random.Random(seed)
    text = " ".join(rng.choices(_WORDS, k=words)) + "."
    return _dumps(
        {
            "id": "msg_01BenchCreate00000000001",
            "type": "message",
            "role": "assistant",
            "model": MODEL,
            "content": [{"type": "text", "text": text}],
            "stop_reason": "end_turn",
            "stop_sequence": None,
            "usage": {
                "input_tokens": 25,
                "cache_creation_input_tokens": 0,
                "cache_read_input_tokens": 0,
                "output_tokens": words + 2,
            },
        }
    ).encode()


def chunk_kib(body: bytes, seed: int = 7) -> list[bytes]:
    """Cut ``body`` into chunks of 1 to 4 KiB (what a socket read typically returns)."""
    rng = random.Random(seed)
    out = []
    pos = 0
    while pos < len(body):
        n = rng.randint(1024, 4096)
        out.append(body[pos : pos + n])
        pos += n
    return out


def chunk_fixed(body: bytes, size: int = 7) -> list[bytes]:
    """Cut ``body`` into ``size``-byte chunks (lines, JSON and UTF-8 cut everywhere)."""
    return [body[i : i + size] for i in range(0, len(body), size)]


def chunk_events(body: bytes) -> list[bytes]:
    """One chunk per event (what a server flushing each event, read promptly, gives)."""
    return [event + b"\n\n" for event in body.split(b"\n\n") if event]
