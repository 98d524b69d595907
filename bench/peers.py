"""The implementations measured side by side, behind one small interface.

- ``ours``: ``claude_messages`` (this project), on ``httpx``.
- ``sdk``: the official ``anthropic`` SDK (pinned in bench/requirements.txt), on its own
  ``httpx2`` transport; its ``http_client`` must be an ``httpx2.Client``.
- ``floor``: the least any client can do with an SSE body: split lines, ``json.loads`` the
  ``data:`` lines. No HTTP, no types: the cost of reading the bytes at all.
- ``httpx_sse``: ``httpx-sse`` decoding plus ``json.loads`` (untyped dicts), for reference.

In-process clients get a mock transport that serves whatever chunk list the ``Feed``
currently holds, so one client per implementation serves every stream and chunking.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from .streams import MODEL, StreamCase

__all__ = ["IMPLS", "Feed", "canonical", "make_impl", "request_params"]

API_KEY = "bench-key-not-a-secret"
# claude-messages' default API version (the floor of sync create() sends it too).
ANTHROPIC_VERSION = "2023-06-01"
MOCK_BASE_URL = "http://127.0.0.1:9"  # never connected: the mock transport answers
HEADERS = {"content-type": "text/event-stream", "request-id": "req_bench_0001"}
JSON_HEADERS = {"content-type": "application/json", "request-id": "req_bench_0001"}


class Feed:
    """What the mock transport answers with: a list of body chunks and their headers."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = []
        self.headers: dict[str, str] = HEADERS

    def set(self, chunks: list[bytes], headers: dict[str, str] = HEADERS) -> None:
        self.chunks = chunks
        self.headers = headers


_TOOLS = [
    {
        "name": "search_records",
        "description": "Search the record store.",
        "input_schema": {
            "type": "object",
            "properties": {"query": {"type": "string"}, "records": {"type": "array"}},
            "required": ["query"],
        },
    }
]


def request_params(case: StreamCase | None) -> dict[str, Any]:
    """The create()/stream() arguments for a case (a tool or thinking request where apt)."""
    params: dict[str, Any] = {
        "model": MODEL,
        "max_tokens": 16000 if case is not None else 1024,
        "messages": [{"role": "user", "content": "Write a long answer about streaming."}],
    }
    if case is not None and case.name.startswith("tool_use"):
        params["tools"] = _TOOLS
    if case is not None and case.name == "thinking":
        params["thinking"] = {"type": "enabled", "budget_tokens": 8000}
    return params


def canonical(message: dict[str, Any]) -> dict[str, Any]:
    """The fields every correct client must agree on, from a message as a JSON dict."""
    keys = {
        "text": ("text",),
        "tool_use": ("id", "name", "input"),
        "thinking": ("thinking", "signature"),
    }
    blocks = [
        {"type": b["type"], **{k: b.get(k) for k in keys.get(b["type"], ())}}
        for b in message["content"]
    ]
    usage = message["usage"]
    return {
        "id": message["id"],
        "model": message["model"],
        "role": message["role"],
        "stop_reason": message["stop_reason"],
        "stop_sequence": message["stop_sequence"],
        "input_tokens": usage["input_tokens"],
        "output_tokens": usage["output_tokens"],
        "content": blocks,
    }


def summarize_events(events: list[Any]) -> dict[str, Any]:
    """Event count and the delta payloads, from typed events (either client's)."""
    text: list[str] = []
    partial: list[str] = []
    thinking: list[str] = []
    for event in events:
        delta = getattr(event, "delta", None)
        if delta is None:
            continue
        for name, out in (("text", text), ("partial_json", partial), ("thinking", thinking)):
            value = getattr(delta, name, None)
            if isinstance(value, str):
                out.append(value)
    return {
        "events": len(events),
        "text": "".join(text),
        "partial_json": "".join(partial),
        "thinking": "".join(thinking),
    }


def expected_summary(case: StreamCase) -> dict[str, Any]:
    tool = [b for b in case.message["content"] if b["type"] == "tool_use"]
    thinking = [b for b in case.message["content"] if b["type"] == "thinking"]
    return {
        "events": case.events,
        "text": case.text,
        # Compare the parsed value: the JSON string's formatting is the stream's own.
        "input": tool[0]["input"] if tool else None,
        "thinking": thinking[0]["thinking"] if thinking else "",
    }


def _summary_matches(got: dict[str, Any], case: StreamCase) -> None:
    want = expected_summary(case)
    got_input = json.loads(got["partial_json"]) if got["partial_json"] else None
    actual = {
        "events": got["events"],
        "text": got["text"],
        "input": got_input,
        "thinking": got["thinking"],
    }
    if actual != want:
        diff = {k: (actual[k], want[k]) for k in want if actual[k] != want[k]}
        short = {k: (repr(a)[:80], repr(w)[:80]) for k, (a, w) in diff.items()}
        raise AssertionError(f"{case.name}: raw events differ from the stream: {short}")


class Impl:
    """One client under test; subclasses fill in the client-specific calls."""

    name = ""
    label = ""

    def __init__(self) -> None:
        self.feed = Feed()
        self._mock: Any = None

    # -- in-process ---------------------------------------------------------------------
    def mock_client(self) -> Any:
        if self._mock is None:
            self._mock = self._make_mock_client()
        return self._mock

    def _make_mock_client(self) -> Any:
        raise NotImplementedError

    def raw_events(self, case: StreamCase) -> int:
        """``create(stream=True)``, iterate every typed event; returns the count."""
        n = 0
        stream = self.mock_client().messages.create(stream=True, **request_params(case))
        for _ in stream:
            n += 1
        return n

    def check_raw_events(self, case: StreamCase) -> None:
        stream = self.mock_client().messages.create(stream=True, **request_params(case))
        events = [e for e in stream if self._event_type(e) != "ping"]
        _summary_matches(summarize_events(events), case)

    def stream_text(self, case: StreamCase) -> tuple[str, Any]:
        """``stream()`` consumed through ``text_stream``, then ``get_final_message()``."""
        with self.mock_client().messages.stream(**request_params(case)) as stream:
            text = "".join(stream.text_stream)
            return text, stream.get_final_message()

    def stream_final(self, case: StreamCase) -> Any:
        """``stream()`` then ``get_final_message()`` (the accumulation path)."""
        with self.mock_client().messages.stream(**request_params(case)) as stream:
            return stream.get_final_message()

    def check_stream_text(self, result: tuple[str, Any], case: StreamCase) -> None:
        text, message = result
        if text != case.text:
            raise AssertionError(f"{self.name}: text_stream text differs ({len(text)} chars)")
        self.check_message(message, case.message)

    def check_message(self, message: Any, want: dict[str, Any]) -> None:
        got = canonical(self.message_dict(message))
        if got != canonical(want):
            diff = {
                k: (repr(v)[:80], repr(canonical(want)[k])[:80])
                for k, v in got.items()
                if v != canonical(want)[k]
            }
            raise AssertionError(f"{self.name}: final message differs: {diff}")

    def _event_type(self, event: Any) -> str:
        raise NotImplementedError

    def message_dict(self, message: Any) -> dict[str, Any]:
        raise NotImplementedError

    # -- loopback -----------------------------------------------------------------------
    def http_client(self, base_url: str) -> Any:
        raise NotImplementedError

    def async_http_client(self, base_url: str, connect_timeout: float | None = None) -> Any:
        """An async client; ``connect_timeout`` (seconds) replaces its default one, the
        rest of its timeout unchanged (600 s for both clients)."""
        raise NotImplementedError

    async def aclose(self, client: Any) -> None:
        await client.close()

    # -- import ---------------------------------------------------------------------------
    import_stmt = ""
    client_stmt = ""


class Ours(Impl):
    name = "ours"
    label = "claude-messages"
    import_stmt = "import claude_messages"
    client_stmt = "from claude_messages import Client; c = Client(api_key='k')"

    def _make_mock_client(self) -> Any:
        import claude_messages
        import httpx

        feed = self.feed

        def handler(request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, headers=feed.headers, content=iter(feed.chunks))

        # Under the client's own layers, as its default transport sits: a client sends
        # straight through its transport (an ``http_client`` adds httpx.Client's cookie jar,
        # auth and redirect machinery, which the default path does not have). The SDK's
        # default path does go through its httpx client, so its mock is passed as one.
        transport = httpx.MockTransport(handler)
        return claude_messages.Client(api_key=API_KEY, base_url=MOCK_BASE_URL, transport=transport)

    def _event_type(self, event: Any) -> str:
        return str(event.type_)

    def message_dict(self, message: Any) -> dict[str, Any]:
        d: dict[str, Any] = message.to_dict()
        return d

    def http_client(self, base_url: str) -> Any:
        import claude_messages

        return claude_messages.Client(api_key=API_KEY, base_url=base_url)

    def async_http_client(self, base_url: str, connect_timeout: float | None = None) -> Any:
        import claude_messages
        import httpx

        if connect_timeout is None:
            return claude_messages.AsyncClient(api_key=API_KEY, base_url=base_url)
        timeout = httpx.Timeout(600.0, connect=connect_timeout)
        return claude_messages.AsyncClient(api_key=API_KEY, base_url=base_url, timeout=timeout)

    async def aclose(self, client: Any) -> None:
        await client.aclose()


class Sdk(Impl):
    name = "sdk"
    label = "anthropic"
    import_stmt = "import anthropic"
    client_stmt = "from anthropic import Anthropic; c = Anthropic(api_key='k')"

    def _make_mock_client(self) -> Any:
        import anthropic
        import httpx2

        feed = self.feed

        def handler(request: httpx2.Request) -> httpx2.Response:
            return httpx2.Response(200, headers=feed.headers, content=iter(feed.chunks))

        http = httpx2.Client(transport=httpx2.MockTransport(handler))
        return anthropic.Anthropic(api_key=API_KEY, base_url=MOCK_BASE_URL, http_client=http)

    def _event_type(self, event: Any) -> str:
        return str(event.type)

    def message_dict(self, message: Any) -> dict[str, Any]:
        d: dict[str, Any] = message.model_dump(mode="json")
        return d

    def http_client(self, base_url: str) -> Any:
        import anthropic

        return anthropic.Anthropic(api_key=API_KEY, base_url=base_url)

    def async_http_client(self, base_url: str, connect_timeout: float | None = None) -> Any:
        import anthropic

        if connect_timeout is None:
            return anthropic.AsyncAnthropic(api_key=API_KEY, base_url=base_url)
        timeout = anthropic.Timeout(600.0, connect=connect_timeout)
        return anthropic.AsyncAnthropic(api_key=API_KEY, base_url=base_url, timeout=timeout)


def floor_events(chunks: list[bytes]) -> int:
    """Split lines and ``json.loads`` every ``data:`` line; count the non-ping events."""
    loads = json.loads
    buf = b""
    n = 0
    for chunk in chunks:
        buf += chunk
        lines = buf.split(b"\n")
        buf = lines.pop()
        for line in lines:
            if line[:6] == b"data: " and loads(line[6:])["type"] != "ping":
                n += 1
    return n


def httpx_sse_events(feed: Feed) -> Callable[[], int]:
    """httpx-sse over an httpx mock response, ``json.loads`` per event; counts non-pings."""
    import httpx
    import httpx_sse

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=feed.headers, content=iter(feed.chunks))

    http = httpx.Client(transport=httpx.MockTransport(handler))

    def run() -> int:
        n = 0
        loads = json.loads
        with httpx_sse.connect_sse(http, "POST", MOCK_BASE_URL + "/v1/messages") as source:
            for sse in source.iter_sse():
                if loads(sse.data)["type"] != "ping":
                    n += 1
        return n

    return run


def ours_json_switch() -> Callable[[bool], None] | None:
    """Turns claude-messages' use of orjson on and off; ``None`` when it does not use it."""
    try:
        from claude_messages import _loads
    except ImportError:  # a version without the switch
        return None
    if not _loads.orjson_in_use():
        return None
    return _loads.use_orjson


IMPLS: dict[str, type[Impl]] = {"ours": Ours, "sdk": Sdk}


def make_impl(name: str) -> Impl:
    return IMPLS[name]()
