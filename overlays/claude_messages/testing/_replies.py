"""Deterministic replies: the Message for a request, and the stream events that carry it.

The reply proves the request arrived intact: its text quotes the last user message (an
image is described by the media type and pixel size read from its bytes) and the system
prompt. "Tokens" are whitespace-led words (``_TOKEN``), so ``max_tokens``, ``usage`` and
``count_tokens`` agree with the content exactly.

With ``output_config.format`` (structured outputs) the text is JSON valid against its
schema instead. The server tools the request offers (tool search, web search, web fetch,
code execution) run first, their blocks before the text (``_server_tools``); a fault can ask
for the stop reasons a request alone never gets (``refusal``, ``pause_turn``,
``model_context_window_exceeded``). Thinking with ``display: omitted`` has an empty text.

:func:`stream_events` is derived from the finished Message, so a streamed reply and the
non-streamed reply for the same request are the same message by construction.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
import re
from dataclasses import dataclass
from typing import Any

from ._ids import b62_id
from ._images import ImageError, image_info
from ._schema_values import example_value
from ._server_tools import found_tools, input_cost, run_server_tools

__all__ = [
    "ReplyError",
    "b62_id",
    "build_message",
    "count_input_tokens",
    "split_tokens",
    "stream_events",
]

# Every character belongs to exactly one token, so "".join(tokens) == text.
_TOKEN = re.compile(r"\s*\S+|\s+")


class ReplyError(ValueError):
    """The request is well-formed but cannot be served (e.g. an image that is not one).

    ``path`` names the offending field, as in the API's 400 messages."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path


def split_tokens(text: str) -> list[str]:
    """The emulator's tokens of ``text``; joined, they give ``text`` back."""
    return _TOKEN.findall(text)


def _count(text: str) -> int:
    return len(_TOKEN.findall(text))


@dataclass(slots=True)
class _Prompt:
    system: str
    last_user: str
    input_tokens: int


def _describe_image(block: dict[str, Any], path: str) -> tuple[str, int]:
    source = block.get("source") or {}
    if source.get("type") == "url":
        return f"[image: {source.get('url')}]", 100
    if source.get("type") == "file":
        return f"[image: file {source.get('file_id')}]", 100
    declared = source.get("media_type")
    try:
        data = base64.b64decode(source.get("data", ""), validate=True)
    except (binascii.Error, ValueError):
        raise ReplyError(f"{path}.source.data", "The image data is not valid base64.") from None
    try:
        media_type, width, height = image_info(data)
    except ImageError as exc:
        raise ReplyError(f"{path}.source.data", f"Could not process image: {exc}.") from None
    if media_type != declared:
        raise ReplyError(
            f"{path}.source",
            f"Image does not match the provided media type {declared} (the data is {media_type}).",
        )
    # The documented estimate for image tokens: width * height / 750.
    return f"[image: {media_type}, {width}x{height} pixels]", max(
        1, math.ceil(width * height / 750)
    )


def _describe_document(block: dict[str, Any], path: str) -> tuple[str, int]:
    source = block.get("source") or {}
    kind = source.get("type")
    title = block.get("title")
    label = f" {title!r}" if title else ""
    if kind == "text":
        text = str(source.get("data", ""))
        return f"[document{label}: text/plain, {len(text)} characters]", _count(text)
    if kind == "base64":
        try:
            data = base64.b64decode(source.get("data", ""), validate=True)
        except (binascii.Error, ValueError):
            raise ReplyError(f"{path}.source.data", "The PDF data is not valid base64.") from None
        return f"[document{label}: application/pdf, {len(data)} bytes]", len(data) // 100 + 1
    if kind == "content":
        inner = source.get("content")
        text = inner if isinstance(inner, str) else _blocks_text(inner, f"{path}.source.content")[0]
        return f"[document{label}: {len(text)} characters]", _count(text)
    if kind == "file":
        return f"[document{label}: file {source.get('file_id')}]", 100
    return f"[document{label}: {source.get('url')}]", 100


def _blocks_text(blocks: Any, path: str) -> tuple[str, int]:
    """Describe a list of content blocks; returns (description, input tokens)."""
    if isinstance(blocks, str):
        return blocks, _count(blocks)
    parts: list[str] = []
    tokens = 0
    for index, block in enumerate(blocks or ()):
        here = f"{path}.{index}"
        kind = block.get("type")
        if kind == "text":
            text = str(block.get("text", ""))
            parts.append(text)
            tokens += _count(text)
        elif kind == "image":
            text, cost = _describe_image(block, here)
            parts.append(text)
            tokens += cost
        elif kind == "document":
            text, cost = _describe_document(block, here)
            parts.append(text)
            tokens += cost
        elif kind == "tool_result":
            inner, cost = _blocks_text(block.get("content", ""), f"{here}.content")
            flag = " (error)" if block.get("is_error") else ""
            parts.append(f"[tool_result {block.get('tool_use_id')}{flag}: {inner}]")
            tokens += cost + 1
        elif kind == "search_result":
            inner, cost = _blocks_text(block.get("content"), f"{here}.content")
            parts.append(f"[search result {block.get('title')!r}: {inner}]")
            tokens += cost + 1
        elif kind in ("tool_use", "server_tool_use"):
            tokens += _count(json.dumps(block.get("input"))) + 1
        elif kind == "thinking":
            tokens += _count(str(block.get("thinking", "")))
        else:
            tokens += 1
    return " ".join(parts), tokens


def _read_prompt(body: dict[str, Any]) -> _Prompt:
    system_field = body.get("system")
    if isinstance(system_field, list):
        system = " ".join(str(block.get("text", "")) for block in system_field)
    else:
        system = system_field or ""
    tokens = _count(system)
    last_user = ""
    for index, message in enumerate(body.get("messages") or ()):
        text, cost = _blocks_text(message.get("content"), f"messages.{index}.content")
        tokens += cost
        if message.get("role") == "user":
            last_user = text
    for tool in body.get("tools") or ():
        tokens += _count(json.dumps(tool))
    return _Prompt(system, last_user, max(1, tokens))


def count_input_tokens(body: dict[str, Any]) -> int:
    """Input tokens of a create or count_tokens body (the same number ``usage`` reports).

    Example::

        count_input_tokens({"model": "m", "messages": [{"role": "user", "content": "Hi"}]})
    """
    return _read_prompt(body).input_tokens


def _reply_text(prompt: _Prompt) -> str:
    said = f"You said: {prompt.last_user}" if prompt.last_user else "You said nothing."
    return f"[system: {prompt.system}] {said}" if prompt.system else said


def _forced_tool(body: dict[str, Any], user_text: str) -> tuple[dict[str, Any] | None, bool]:
    """The tool to call and whether it was forced, following ``tool_choice``."""
    tools = [t for t in body.get("tools") or () if isinstance(t.get("input_schema"), dict)]
    choice = body.get("tool_choice") or {"type": "auto"}
    kind = choice.get("type")
    if not tools or kind == "none":
        return None, False
    if kind == "tool":
        named = next((t for t in tools if t.get("name") == choice.get("name")), None)
        return named, named is not None
    # A deferred tool (defer_loading) is loaded only once a tool search found it, and a
    # forced turn runs no search.
    found = found_tools(body, user_text) if kind != "any" else set()
    loaded = [t for t in tools if t.get("defer_loading") is not True or t.get("name") in found]
    if kind == "any":
        return (loaded[0], True) if loaded else (None, False)
    # auto: call a tool when the user names it, so tests can steer without forcing.
    for tool in loaded:
        if re.search(rf"\b{re.escape(str(tool.get('name')))}\b", user_text):
            return tool, False
    return None, False


def _apply_stop_sequences(text: str, sequences: list[str]) -> tuple[str, str | None]:
    best: tuple[int, str] | None = None
    for seq in sequences:
        if seq:
            at = text.find(seq)
            if at >= 0 and (best is None or at < best[0]):
                best = (at, seq)
    if best is None:
        return text, None
    return text[: best[0]], best[1]


def _reply_body(body: dict[str, Any], prompt: _Prompt) -> str:
    """The answer's text: JSON valid against ``output_config.format``'s schema (structured
    outputs), or the echo of the prompt."""
    output = body.get("output_config") or {}
    form = output.get("format") or {}
    if form.get("type") == "json_schema" and isinstance(form.get("schema"), dict):
        return json.dumps(example_value(form["schema"]))
    return _reply_text(prompt)


def build_message(
    body: dict[str, Any], outcome: str | None = None, details: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The Message the emulator answers for a create body (validated beforehand).

    ``outcome`` asks for a stop reason the request alone never gives: ``"refusal"`` (the
    text stops half way; ``details`` are the ``stop_details``), ``"pause_turn"`` (the turn
    stops after its server tool calls) or ``"model_context_window_exceeded"`` (the text
    stops half way).

    Example::

        build_message({"model": "m", "max_tokens": 5,
                       "messages": [{"role": "user", "content": "Hi"}]})["content"]
        # [{"type": "text", "text": "You said: Hi"}]
    """
    prompt = _read_prompt(body)
    seed = json.dumps({k: v for k, v in body.items() if k != "stream"}, sort_keys=True).encode()
    budget = int(body.get("max_tokens", 1))
    content: list[dict[str, Any]] = []
    output_tokens = 0
    stop_reason = "end_turn"
    stop_sequence: str | None = None
    extra: dict[str, Any] = {}

    thinking = body.get("thinking") or {}
    if thinking.get("type") in ("enabled", "adaptive"):
        words = _count(prompt.last_user)
        thought = f"The user wrote {words} word{'s' if words != 1 else ''}. I will repeat them."
        pieces = split_tokens(thought)
        if len(pieces) > budget:
            pieces, stop_reason = pieces[:budget], "max_tokens"
        thought = "".join(pieces)
        digest = hashlib.sha256(seed + thought.encode()).digest()
        signature = base64.b64encode(digest * 3).decode()
        shown = "" if thinking.get("display") == "omitted" else thought
        content.append({"type": "thinking", "thinking": shown, "signature": signature})
        output_tokens += len(pieces)

    tool, forced = _forced_tool(body, prompt.last_user)
    choice = (body.get("tool_choice") or {}).get("type")
    citations: list[dict[str, Any]] = []
    cited = ""
    if stop_reason != "max_tokens" and not forced and choice != "none":
        turn = run_server_tools(body, prompt.last_user, seed)
        cost = input_cost(turn, _count)
        if cost > budget - output_tokens:
            stop_reason = "max_tokens"
        elif turn.blocks:
            content.extend(turn.blocks)
            output_tokens += cost
            citations, cited = turn.citations, turn.cited_text
            if turn.usage is not None:
                extra["usage"] = {"server_tool_use": turn.usage}
            if turn.container is not None:
                extra["container"] = turn.container
            if outcome == "pause_turn":
                stop_reason = "pause_turn"

    if stop_reason == "end_turn" and not forced:
        if cited:
            pieces = split_tokens(cited)
            if len(pieces) <= budget - output_tokens:
                content.append({"type": "text", "text": cited, "citations": citations})
                output_tokens += len(pieces)
        text, stop_sequence = _apply_stop_sequences(
            _reply_body(body, prompt), list(body.get("stop_sequences") or ())
        )
        pieces = split_tokens(text)
        if outcome in ("refusal", "model_context_window_exceeded"):
            pieces, stop_reason, stop_sequence = pieces[: (len(pieces) + 1) // 2], outcome, None
        if len(pieces) > budget - output_tokens:
            pieces = pieces[: budget - output_tokens]
            stop_reason, stop_sequence = "max_tokens", None
        elif stop_sequence is not None:
            stop_reason = "stop_sequence"
        if pieces:
            content.append({"type": "text", "text": "".join(pieces)})
            output_tokens += len(pieces)
    if outcome == "pause_turn" and stop_reason == "end_turn":
        stop_reason = "pause_turn"  # no server tool ran: the turn pauses after its text

    if tool is not None and stop_reason == "end_turn":
        tool_input = example_value(tool["input_schema"])
        cost = _count(json.dumps(tool_input))
        if cost <= budget - output_tokens:
            content.append(
                {
                    "type": "tool_use",
                    "id": b62_id("toolu_01", seed + b"tool"),
                    "name": tool["name"],
                    "input": tool_input,
                }
            )
            output_tokens += cost
            stop_reason = "tool_use"
        else:
            stop_reason = "max_tokens"

    message: dict[str, Any] = {
        "id": b62_id("msg_01", seed),
        "type": "message",
        "role": "assistant",
        "model": body.get("model"),
        "content": content,
        "stop_reason": stop_reason,
        "stop_sequence": stop_sequence,
    }
    if stop_reason == "refusal":
        message["stop_details"] = {"type": "refusal", "category": None, "explanation": None}
        message["stop_details"].update(details or {})
    if "container" in extra:
        message["container"] = extra["container"]
    message["usage"] = {
        "input_tokens": prompt.input_tokens,
        "output_tokens": output_tokens,
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": 0,
        **extra.get("usage", {}),
    }
    return message


def _block_events(index: int, block: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    kind = block["type"]
    events: list[tuple[str, dict[str, Any]]] = []

    def delta(payload: dict[str, Any]) -> None:
        events.append(
            (
                "content_block_delta",
                {"type": "content_block_delta", "index": index, "delta": payload},
            )
        )

    if kind == "text":
        start: dict[str, Any] = {"type": "text", "text": ""}
        if "citations" in block:  # cited text: the citations come first, then the text
            start["citations"] = []
            for citation in block["citations"] or ():
                delta({"type": "citations_delta", "citation": citation})
        for piece in split_tokens(block["text"]):
            delta({"type": "text_delta", "text": piece})
    elif kind == "thinking":
        start = {"type": "thinking", "thinking": "", "signature": ""}
        for piece in split_tokens(block["thinking"]):
            delta({"type": "thinking_delta", "thinking": piece})
        delta({"type": "signature_delta", "signature": block["signature"]})
    elif kind in ("tool_use", "server_tool_use"):  # the input streams as JSON pieces
        start = {**block, "input": {}}
        for piece in split_tokens(json.dumps(block["input"])):
            delta({"type": "input_json_delta", "partial_json": piece})
    else:  # a block sent whole (server tool results, ...): no deltas
        start = block
    events.insert(
        0,
        (
            "content_block_start",
            {"type": "content_block_start", "index": index, "content_block": start},
        ),
    )
    events.append(("content_block_stop", {"type": "content_block_stop", "index": index}))
    return events


def stream_events(message: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """The SSE events (name, data) that stream ``message``, in the API's order.

    A ``ping`` follows ``message_start`` as on the real API. What is known only at the end
    comes in ``message_delta``: the stop reason and its details, the container, the output
    tokens and the server tool counts. Accumulating the events gives ``message`` back.
    """
    usage = message["usage"]
    late = [key for key in ("stop_details", "container") if key in message]
    start: dict[str, Any] = {
        **message,
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        **{key: None for key in late},
        "usage": {
            **{k: v for k, v in usage.items() if k != "server_tool_use"},
            "output_tokens": min(1, usage["output_tokens"]),
        },
    }
    final_usage: dict[str, Any] = {"output_tokens": usage["output_tokens"]}
    if "server_tool_use" in usage:
        final_usage["server_tool_use"] = usage["server_tool_use"]
    events: list[tuple[str, dict[str, Any]]] = [
        ("message_start", {"type": "message_start", "message": start}),
        ("ping", {"type": "ping"}),
    ]
    for index, block in enumerate(message["content"]):
        events.extend(_block_events(index, block))
    events.append(
        (
            "message_delta",
            {
                "type": "message_delta",
                "delta": {
                    "stop_reason": message["stop_reason"],
                    "stop_sequence": message["stop_sequence"],
                    **{key: message[key] for key in late},
                },
                "usage": final_usage,
            },
        )
    )
    events.append(("message_stop", {"type": "message_stop"}))
    return events
