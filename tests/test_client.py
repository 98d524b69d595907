"""The client facade: construction, headers and bodies on the wire, errors, results, pools.

In-process ``httpx.MockTransport`` for composition and error mapping; real sockets on
loopback for connection refused, reset, timeout and connection reuse. Sync and async run
from one test body through ``Api``.
"""

from __future__ import annotations

import base64
import contextlib
import inspect
import json
import logging
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import anyio
import claude_messages
import httpx
import pytest
from claude_messages import (
    DEFAULT_MAX_RETRIES,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncClient,
    AsyncRawResponse,
    AuthenticationError,
    BadRequestError,
    ClaudeMessagesError,
    Client,
    ConflictError,
    InternalServerError,
    NotFoundError,
    OverloadedError,
    PermissionDeniedError,
    RateLimitError,
    RawResponse,
    ReceivedMessage,
    RequestTooLargeError,
    RetryPolicy,
    UnprocessableEntityError,
)
from claude_messages_generated.models import Message, TextBlock

KEY = "sk-ant-test-SECRET-0123456789"
TOKEN = "tok-SECRET-abcdef"
MESSAGE = {
    "id": "msg_01",
    "type": "message",
    "role": "assistant",
    "model": "claude-test",
    "content": [{"type": "text", "text": "Hello!"}],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 5, "output_tokens": 2},
}
PARAMS: dict[str, Any] = {
    "max_tokens": 100,
    "messages": [{"role": "user", "content": "Hello, Claude!"}],
    "model": "claude-3-haiku-20240307",
}
SSE_TEXT = (Path(__file__).parent / "fixtures" / "sse" / "text.sse").read_bytes()

Handler = Callable[[httpx.Request], httpx.Response]


def ok_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=MESSAGE, headers={"request-id": "req_abc"})

    return handler


class Api:
    """A sync or async client behind one awaitable surface, so a test body serves both."""

    def __init__(self, mode: str, handler: Handler | None = None, **kw: Any) -> None:
        self.mode = mode
        kw.setdefault("api_key", KEY)
        self.client: Client | AsyncClient
        retries = kw.pop("max_retries", DEFAULT_MAX_RETRIES)
        if mode == "sync":
            self.client = Client(
                transport=None if handler is None else httpx.MockTransport(handler),
                retry_policy=RetryPolicy(retries, sleep=lambda seconds: None),
                **kw,
            )
        else:

            async def no_wait(seconds: float) -> None:
                return None

            self.client = AsyncClient(
                transport=None if handler is None else httpx.MockTransport(handler),
                retry_policy=RetryPolicy(retries, sleep=no_wait),
                **kw,
            )

    async def create(self, **kw: Any) -> Any:
        if isinstance(self.client, Client):
            return self.client.messages.create(**kw)
        return await self.client.messages.create(**kw)

    async def raw_create(self, **kw: Any) -> Any:
        if isinstance(self.client, Client):
            return self.client.messages.with_raw_response.create(**kw)
        return await self.client.messages.with_raw_response.create(**kw)

    def stream(self, **kw: Any) -> Any:
        return self.client.messages.stream(**kw)

    async def close(self) -> None:
        if isinstance(self.client, Client):
            self.client.close()
        else:
            await self.client.aclose()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def sent_headers(cls: type[Client] | type[AsyncClient], **kw: Any) -> httpx.Headers:
    """The headers of a request that a client made with ``kw`` sends (answered in process)."""
    seen: list[httpx.Request] = []
    if cls is Client:
        with Client(transport=httpx.MockTransport(ok_handler(seen)), **kw) as client:
            client.messages.create(**PARAMS)
    else:

        async def send() -> None:
            transport = httpx.MockTransport(ok_handler(seen))
            async with AsyncClient(transport=transport, **kw) as client:
                await client.messages.create(**PARAMS)

        anyio.run(send)
    return seen[0].headers


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "ANTHROPIC_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


# --- construction ----------------------------------------------------------------------


@pytest.mark.parametrize("cls", [Client, AsyncClient])
def test_environment_fallbacks(cls: type[Client], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", KEY)
    monkeypatch.setenv("ANTHROPIC_AUTH_TOKEN", TOKEN)
    monkeypatch.setenv("ANTHROPIC_BASE_URL", "http://127.0.0.1:9/root")
    client = cls()
    assert client.api_key == KEY
    assert client.auth_token == TOKEN
    assert client.base_url == "http://127.0.0.1:9/root"
    headers = sent_headers(cls)
    assert headers["x-api-key"] == KEY
    assert headers["authorization"] == f"Bearer {TOKEN}"
    # Arguments win over the environment.
    other = cls(api_key="sk-other", base_url="http://127.0.0.1:10")
    assert sent_headers(cls, api_key="sk-other")["x-api-key"] == "sk-other"
    assert other.base_url == "http://127.0.0.1:10"


@pytest.mark.parametrize("cls", [Client, AsyncClient])
def test_defaults(cls: type[Client]) -> None:
    client = cls(api_key=KEY)
    assert client.base_url == "https://api.anthropic.com"
    assert client.api_version == "2023-06-01"
    assert client.max_retries == 2
    assert client.timeout == httpx.Timeout(600.0, connect=5.0)
    assert "authorization" not in sent_headers(cls, api_key=KEY)


@pytest.mark.parametrize("cls", [Client, AsyncClient])
def test_no_credential_names_the_ways_to_give_one(cls: type[Client]) -> None:
    with pytest.raises(ClaudeMessagesError) as info:
        cls()
    text = str(info.value)
    for way in ("api_key", "auth_token", "ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN"):
        assert way in text


def test_credential_in_default_headers_is_enough() -> None:
    assert sent_headers(Client, default_headers={"x-api-key": KEY})["x-api-key"] == KEY


@pytest.mark.parametrize(
    ("kw", "exc", "needle"),
    [
        ({"api_key": 5}, TypeError, "api_key"),
        ({"auth_token": b"x"}, TypeError, "auth_token"),
        ({"max_retries": -1}, ValueError, "max_retries"),
        ({"max_retries": "2"}, TypeError, "max_retries"),
        ({"timeout": "10"}, TypeError, "timeout"),
        ({"timeout": 0}, ValueError, "timeout"),
        ({"api_version": "v1"}, ValueError, "api_version"),
        ({"api_version": 20230601}, TypeError, "api_version"),
        ({"base_url": "ftp://example"}, ValueError, "base_url"),
        ({"default_headers": [("a", "b")]}, TypeError, "default_headers"),
        ({"http_client": httpx.AsyncClient()}, TypeError, "http_client"),
    ],
)
def test_bad_constructor_arguments(kw: dict[str, Any], exc: type[Exception], needle: str) -> None:
    kw.setdefault("api_key", KEY)
    with pytest.raises(exc, match=needle):
        Client(**kw)


def test_repr_never_shows_credentials() -> None:
    for client in (Client(api_key=KEY, auth_token=TOKEN), AsyncClient(api_key=KEY)):
        headers = sent_headers(type(client), api_key=KEY, auth_token=TOKEN)
        shown = repr(client) + repr(client.messages) + repr(headers)
        assert KEY not in shown
        assert TOKEN not in shown
        assert "api.anthropic.com" in repr(client)


# --- what goes on the wire -------------------------------------------------------------


@pytest.mark.anyio
async def test_default_headers_and_minimal_body(mode: str) -> None:
    seen: list[httpx.Request] = []
    api = Api(mode, ok_handler(seen))
    await api.create(**PARAMS)
    (request,) = seen
    assert request.method == "POST"
    assert str(request.url) == "https://api.anthropic.com/v1/messages"
    assert request.headers["x-api-key"] == KEY
    assert request.headers["anthropic-version"] == "2023-06-01"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["accept"] == "application/json"
    assert request.headers["user-agent"] == f"claude-messages/{claude_messages.__version__}"
    assert "authorization" not in request.headers
    assert json.loads(request.content) == PARAMS  # omitted optionals are not sent
    assert request.extensions["timeout"]["read"] == 600.0


@pytest.mark.anyio
async def test_auth_token_is_sent_as_bearer(mode: str) -> None:
    seen: list[httpx.Request] = []
    api = Api(mode, ok_handler(seen), api_key=None, auth_token=TOKEN)
    await api.create(**PARAMS)
    assert seen[0].headers["authorization"] == f"Bearer {TOKEN}"
    assert "x-api-key" not in seen[0].headers


@pytest.mark.anyio
async def test_options_compose_headers_query_body(mode: str) -> None:
    seen: list[httpx.Request] = []
    api = Api(
        mode,
        ok_handler(seen),
        api_version="2026-10-21",
        default_headers={"anthropic-beta": "default-beta", "x-team": "a"},
        base_url="http://127.0.0.1:1/gateway",
    )
    await api.create(
        **PARAMS,
        system=[{"type": "text", "text": "Be brief."}],
        metadata={"user_id": "u-1"},
        stop_sequences=["END"],
        extra_headers={"anthropic-beta": "per-call", "x-team": None},
        extra_query={"trace": "1"},
        extra_body={"service_tier": "standard_only", "container": "c-1"},
        timeout=12.5,
    )
    (request,) = seen
    assert str(request.url) == "http://127.0.0.1:1/gateway/v1/messages?trace=1"
    assert request.headers["anthropic-version"] == "2026-10-21"
    assert request.headers.get_list("anthropic-beta") == ["per-call"]
    assert "x-team" not in request.headers
    body = json.loads(request.content)
    assert body == {
        **PARAMS,
        "system": [{"type": "text", "text": "Be brief."}],
        "metadata": {"user_id": "u-1"},
        "stop_sequences": ["END"],
        "service_tier": "standard_only",
        "container": "c-1",
    }
    assert request.extensions["timeout"] == dict.fromkeys(
        ("connect", "read", "write", "pool"), 12.5
    )


@pytest.mark.anyio
async def test_generated_models_are_accepted(mode: str) -> None:
    from claude_messages_generated.models import MessageParam, TextBlockParam, ThinkingConfigEnabled

    seen: list[httpx.Request] = []
    api = Api(mode, ok_handler(seen))
    await api.create(
        max_tokens=2048,
        model="m",
        messages=[MessageParam(role="user", content=[TextBlockParam(text="Hi")])],
        thinking=ThinkingConfigEnabled(budget_tokens=1024),
    )
    body = json.loads(seen[0].content)
    assert body["messages"] == [{"role": "user", "content": [{"type": "text", "text": "Hi"}]}]
    assert body["thinking"] == {"type": "enabled", "budget_tokens": 1024}


# --- refused before any I/O ------------------------------------------------------------


def refuse_io(request: httpx.Request) -> httpx.Response:
    raise AssertionError("no request may be sent")


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("changes", "exc", "needle"),
    [
        ({"max_tokens": "ten"}, TypeError, "max_tokens"),
        ({"messages": "Hello"}, TypeError, "messages"),
        ({"model": None}, TypeError, "model"),
        ({"max_token": 5}, TypeError, "max_token"),
        ({"timeout": "slow"}, TypeError, "timeout"),
    ],
)
async def test_bad_input_raises_before_io(
    mode: str, changes: dict[str, Any], exc: type[Exception], needle: str
) -> None:
    api = Api(mode, refuse_io)
    with pytest.raises(exc, match=needle):
        await api.create(**{**PARAMS, **changes})
    with pytest.raises(exc, match=needle):
        await api.raw_create(**{**PARAMS, **changes})
    with pytest.raises(exc, match=needle):
        api.stream(**{**PARAMS, **changes})


@pytest.mark.anyio
async def test_missing_required_argument(mode: str) -> None:
    api = Api(mode, refuse_io)
    with pytest.raises(TypeError, match="'model'"):
        await api.create(max_tokens=5, messages=PARAMS["messages"])


@pytest.mark.anyio
async def test_new_api_version_refusals_before_io(mode: str) -> None:
    api = Api(mode, refuse_io, api_version="2026-10-21")
    with pytest.raises(ValueError) as info:
        await api.create(**PARAMS, temperature=1.0)
    assert "2026-10-21" in str(info.value)
    assert "no sampling parameters" in str(info.value)
    doc = {"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": "x"}}
    turns = [PARAMS["messages"][0], {"role": "assistant", "content": [doc]}]
    with pytest.raises(ValueError, match="no document block in an assistant message"):
        api.stream(**{**PARAMS, "messages": turns})


@pytest.mark.anyio
async def test_old_api_version_sends_sampling_parameters(mode: str) -> None:
    seen: list[httpx.Request] = []
    api = Api(mode, ok_handler(seen))
    await api.create(**PARAMS, temperature=0.0, top_k=3, top_p=0.5)
    assert json.loads(seen[0].content)["temperature"] == 0.0


@pytest.mark.anyio
async def test_ten_minute_guard(mode: str) -> None:
    api = Api(mode, refuse_io)
    with pytest.raises(ValueError, match="stream"):
        await api.create(**{**PARAMS, "max_tokens": 64_000})
    seen: list[httpx.Request] = []
    # A timeout chosen per call, or per client, lifts the guard.
    allowed = Api(mode, ok_handler(seen))
    await allowed.create(**{**PARAMS, "max_tokens": 64_000}, timeout=3600)
    patient = Api(mode, ok_handler(seen), timeout=3600)
    await patient.create(**{**PARAMS, "max_tokens": 64_000})
    assert len(seen) == 2


# --- results ---------------------------------------------------------------------------


@pytest.mark.anyio
async def test_result_is_the_generated_message_with_request_id(mode: str) -> None:
    api = Api(mode, ok_handler([]))
    message = await api.create(**PARAMS)
    assert isinstance(message, Message)
    assert isinstance(message, ReceivedMessage)
    assert isinstance(message.content[0], TextBlock)
    assert message.content[0].text == "Hello!"
    assert message._request_id == "req_abc"
    assert message._retries_taken == 0
    # Metadata is not part of the message: equal to a plain Message, absent from to_dict.
    plain = Message.from_dict(MESSAGE)
    assert message == plain
    assert plain == message
    assert (message != plain) is False
    assert message.to_dict() == plain.to_dict()
    assert "request" not in json.dumps(message.to_dict())


def test_metadata_defaults_on_copies() -> None:
    import attrs

    message = ReceivedMessage.from_dict(MESSAGE)
    assert message._request_id is None
    assert message._retries_taken == 0
    copy = attrs.evolve(message, model="other")
    assert copy._request_id is None
    with pytest.raises(AttributeError):
        _ = message.no_such_attribute


async def maybe(value: Any) -> Any:
    # The async client's raw response awaits parse(), read(), text() and json().
    return await value if inspect.isawaitable(value) else value


@pytest.mark.anyio
async def test_raw_response(mode: str) -> None:
    api = Api(mode, ok_handler([]))
    raw = await api.raw_create(**PARAMS)
    assert isinstance(raw, RawResponse if mode == "sync" else AsyncRawResponse)
    assert raw.status_code == 200
    assert raw.request_id == "req_abc"
    assert raw.headers["content-type"] == "application/json"
    assert raw.retries_taken == 0
    assert await maybe(raw.json()) == MESSAGE
    assert json.loads(await maybe(raw.text())) == MESSAGE
    assert json.loads(raw.content) == MESSAGE
    assert str(raw.url) == "https://api.anthropic.com/v1/messages"
    assert raw.method == "POST"
    assert raw.is_closed  # a non-streaming body is read, its connection released
    message = await maybe(raw.parse())
    assert await maybe(raw.parse()) is message
    assert message == Message.from_dict(MESSAGE)
    assert message._request_id == "req_abc"
    assert "req_abc" in repr(raw)


@pytest.mark.anyio
async def test_non_json_success_is_a_validation_error(mode: str) -> None:
    api = Api(mode, lambda r: httpx.Response(200, text="<html>hi</html>"))
    with pytest.raises(APIResponseValidationError) as info:
        await api.create(**PARAMS)
    assert info.value.body == "<html>hi</html>"
    api = Api(mode, lambda r: httpx.Response(200, json={"id": "x"}))
    with pytest.raises(APIResponseValidationError, match="not a Message"):
        await api.create(**PARAMS)
    api = Api(mode, lambda r: httpx.Response(200, json=[1]))
    with pytest.raises(APIResponseValidationError, match="not an object"):
        await api.create(**PARAMS)


@pytest.mark.anyio
async def test_create_stream_true_returns_the_event_stream(mode: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200,
            content=SSE_TEXT,
            headers={"content-type": "text/event-stream", "request-id": "req_s"},
        )

    api = Api(mode, handler)
    stream = await api.create(**PARAMS, stream=True)
    types: list[str] = []
    if mode == "sync":
        with stream:
            types = [event.type_ for event in stream]
    else:
        async with stream:
            types = [event.type_ async for event in stream]
    assert types[0] == "message_start"
    assert types[-1] == "message_stop"
    assert json.loads(seen[0].content)["stream"] is True
    assert seen[0].headers["accept"] == "text/event-stream"
    assert "stream" in json.loads(seen[0].content)


# --- errors ----------------------------------------------------------------------------

STATUS_CLASSES: list[tuple[int, type[APIStatusError], str | None]] = [
    (400, BadRequestError, "invalid_request_error"),
    (401, AuthenticationError, "authentication_error"),
    (403, PermissionDeniedError, "permission_error"),
    (404, NotFoundError, "not_found_error"),
    (409, ConflictError, None),
    (413, RequestTooLargeError, "request_too_large"),
    (422, UnprocessableEntityError, None),
    (429, RateLimitError, "rate_limit_error"),
    (500, InternalServerError, "api_error"),
    (503, InternalServerError, None),
    (529, OverloadedError, "overloaded_error"),
    (418, APIStatusError, None),
]


@pytest.mark.anyio
@pytest.mark.parametrize(("status", "cls", "etype"), STATUS_CLASSES)
async def test_every_status_maps_to_its_class(
    mode: str, status: int, cls: type[APIStatusError], etype: str | None
) -> None:
    body = {
        "type": "error",
        "error": {"type": etype or "some_error", "message": f"server says {status}"},
        "request_id": "req_err",
    }

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body, headers={"request-id": "req_err"})

    api = Api(mode, handler, max_retries=0)
    with pytest.raises(APIStatusError) as info:
        await api.create(**PARAMS)
    error = info.value
    assert type(error) is cls
    assert error.status_code == status
    assert error.request_id == "req_err"
    assert error.type == (etype or "some_error")
    assert error.body == body
    assert f"server says {status}" in str(error)
    assert error.response.status_code == status
    assert KEY not in str(error) and KEY not in repr(error)


@pytest.mark.anyio
async def test_html_502_raises_internal_server_error_with_text(mode: str) -> None:
    page = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    api = Api(mode, lambda r: httpx.Response(502, text=page, headers={"content-type": "text/html"}))
    with pytest.raises(InternalServerError) as info:
        await api.create(**PARAMS)
    assert info.value.status_code == 502
    assert info.value.body == page
    assert "502 Bad Gateway" in str(info.value)
    assert info.value.type is None
    assert info.value.retries_taken == 2


@pytest.mark.anyio
async def test_redirect_is_never_followed(mode: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(307, headers={"location": "http://elsewhere.invalid/steal"})

    api = Api(mode, handler)
    with pytest.raises(APIStatusError) as info:
        await api.create(**PARAMS)
    assert info.value.status_code == 307
    assert [str(r.url) for r in seen] == ["https://api.anthropic.com/v1/messages"]


def test_redirect_not_followed_even_by_a_following_http_client() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(302, headers={"location": "http://elsewhere.invalid/"})

    http = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=True)
    client = Client(api_key=KEY, http_client=http)
    with pytest.raises(APIStatusError):
        client.messages.create(**PARAMS)
    assert len(seen) == 1
    assert seen[0].url.host == "api.anthropic.com"


# --- pools, copies, closing ------------------------------------------------------------


@pytest.mark.anyio
async def test_with_options_copies_settings_and_shares_the_pool(mode: str) -> None:
    seen: list[httpx.Request] = []
    api = Api(mode, ok_handler(seen), default_headers={"x-a": "1"})
    copy = api.client.with_options(
        timeout=20, max_retries=7, default_headers={"x-b": "2"}, api_version="2026-10-21"
    )
    assert type(copy) is type(api.client)
    assert copy._pool is api.client._pool
    assert copy.max_retries == 7
    assert copy.api_key == KEY
    assert api.client.max_retries == 2  # the original is unchanged
    other = Api(mode)
    other.client = copy
    await other.create(**PARAMS)
    request = seen[-1]
    assert request.headers["x-a"] == "1"
    assert request.headers["x-b"] == "2"
    assert request.headers["anthropic-version"] == "2026-10-21"
    assert request.extensions["timeout"]["read"] == 20.0
    # Closing the copy leaves the shared pool open; closing the original closes it.
    await other.close()
    await api.create(**PARAMS)
    await api.close()
    with pytest.raises(RuntimeError, match="closed"):
        await api.create(**PARAMS)
    with pytest.raises(RuntimeError, match="closed"):
        await other.create(**PARAMS)


def test_context_managers_close_the_pool() -> None:
    with Client(api_key=KEY) as client:
        pool = client._pool
    assert pool.closed


@pytest.mark.anyio
async def test_async_context_manager_closes_the_pool() -> None:
    async with AsyncClient(api_key=KEY) as client:
        pool = client._pool
    assert pool.closed


def test_user_http_client_headers_kept_and_not_closed() -> None:
    seen: list[httpx.Request] = []
    http = httpx.Client(
        transport=httpx.MockTransport(ok_handler(seen)), headers={"x-gateway": "g1"}
    )
    with Client(api_key=KEY, http_client=http) as client:
        client.messages.create(**PARAMS)
    assert seen[0].headers["x-gateway"] == "g1"
    assert seen[0].headers["user-agent"].startswith("claude-messages/")
    assert not http.is_closed
    http.close()


@pytest.mark.anyio
async def test_user_async_http_client_is_used() -> None:
    seen: list[httpx.Request] = []
    http = httpx.AsyncClient(transport=httpx.MockTransport(ok_handler(seen)))
    async with AsyncClient(api_key=KEY, http_client=http) as client:
        message = await client.messages.create(**PARAMS)
    assert message._request_id == "req_abc"
    assert not http.is_closed
    await http.aclose()


def test_http_client_auth_counts_as_credential() -> None:
    http = httpx.Client(auth=("user", "pass"))
    Client(http_client=http)
    http.close()


# --- real sockets on loopback ----------------------------------------------------------


class LoopbackServer:
    """A tiny HTTP/1.1 server on 127.0.0.1 whose behaviour per request is chosen by a test.

    ``behaviour`` is ``"ok"`` (a JSON Message, keep-alive), ``"reset"`` (read the request,
    then reset the connection) or ``"silent"`` (read the request, never answer).
    """

    def __init__(self, behaviour: str) -> None:
        self.behaviour = behaviour
        self.connections = 0
        self.requests: list[bytes] = []
        self._stop = threading.Event()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self.port = self._sock.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._conns: list[socket.socket] = []
        accept = threading.Thread(target=self._accept, daemon=True)
        accept.start()
        self._threads.append(accept)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            self.connections += 1
            self._conns.append(conn)
            worker = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            worker.start()
            self._threads.append(worker)

    def _read_request(self, conn: socket.socket, buf: bytearray) -> bytes | None:
        while b"\r\n\r\n" not in buf:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            buf += chunk
        head, _, rest = bytes(buf).partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        while len(rest) < length:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            rest += chunk
        buf[:] = rest[length:]
        return head + b"\r\n\r\n" + rest[:length]

    def _serve(self, conn: socket.socket) -> None:
        buf = bytearray()
        try:
            while True:
                request = self._read_request(conn, buf)
                if request is None:
                    return
                self.requests.append(request)
                if self.behaviour == "reset":
                    # SO_LINGER with a zero timeout: close() sends RST instead of FIN.
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00" * 2)
                    conn.close()
                    return
                if self.behaviour == "silent":
                    self._stop.wait()
                    return
                body = json.dumps(MESSAGE).encode()
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                    b"request-id: req_loop\r\ncontent-length: %d\r\n\r\n" % len(body) + body
                )
        except OSError:
            return
        finally:
            conn.close()

    def close(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._sock.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept()
        self._sock.close()
        for conn in self._conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        for thread in self._threads:
            thread.join(timeout=5)


@pytest.fixture
def server_factory() -> Iterator[Callable[[str], LoopbackServer]]:
    servers: list[LoopbackServer] = []

    def make(behaviour: str) -> LoopbackServer:
        server = LoopbackServer(behaviour)
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.close()


def free_port_with_nothing_listening() -> int:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = int(sock.getsockname()[1])
    sock.close()
    return port


@pytest.mark.anyio
async def test_loopback_success_reuses_one_connection(
    mode: str, server_factory: Callable[[str], LoopbackServer], caplog: pytest.LogCaptureFixture
) -> None:
    server = server_factory("ok")
    api = Api(mode, base_url=server.url)
    copy = Api(mode)
    copy.client = api.client.with_options(max_retries=1)
    with caplog.at_level(logging.DEBUG):
        for _ in range(3):
            message = await api.create(**PARAMS)
            assert message._request_id == "req_loop"
        await copy.create(**PARAMS)
    await api.close()
    assert server.connections == 1
    assert len(server.requests) == 4
    assert KEY.encode() in server.requests[0]  # the key is sent ...
    assert caplog.records  # ... and the transport did log, but never the key
    assert KEY not in caplog.text


@pytest.mark.anyio
async def test_loopback_connection_refused(mode: str) -> None:
    api = Api(mode, base_url=f"http://127.0.0.1:{free_port_with_nothing_listening()}")
    with pytest.raises(APIConnectionError) as info:
        await api.create(**PARAMS)
    assert not isinstance(info.value, APITimeoutError)
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert info.value.retries_taken == 2
    assert KEY not in str(info.value)
    await api.close()


@pytest.mark.anyio
async def test_loopback_connection_reset(
    mode: str, server_factory: Callable[[str], LoopbackServer]
) -> None:
    server = server_factory("reset")
    api = Api(mode, base_url=server.url, max_retries=1)
    with pytest.raises(APIConnectionError) as info:
        await api.create(**PARAMS)
    assert isinstance(info.value.__cause__, httpx.TransportError)
    assert len(server.requests) == 2  # retried once
    await api.close()


@pytest.mark.anyio
async def test_loopback_read_timeout(
    mode: str, server_factory: Callable[[str], LoopbackServer]
) -> None:
    server = server_factory("silent")
    api = Api(mode, base_url=server.url, max_retries=0, timeout=0.2)
    with pytest.raises(APITimeoutError) as info:
        await api.create(**PARAMS)
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert info.value.retries_taken == 0
    await api.close()


@pytest.mark.anyio
async def test_loopback_idle_timeout_caps_the_read_timeout(
    mode: str, server_factory: Callable[[str], LoopbackServer]
) -> None:
    server = server_factory("silent")
    api = Api(mode, base_url=server.url, max_retries=0)
    with pytest.raises(APITimeoutError):
        await api.create(**PARAMS, idle_timeout=0.2)
    await api.close()


# --- the demo's examples (examples/demo.py) ---------------------------------------------


def test_demo_examples_text_and_image_run_as_written() -> None:
    from claude_messages.testing import Emulator

    jpeg = Path(__file__).resolve().parent.parent / "examples" / "assets" / "meadow.jpg"
    data = base64.b64encode(jpeg.read_bytes()).decode()
    with Emulator() as api:
        client = Client(api_key=api.api_key, base_url=api.url)

        # Create a message with text
        response = client.messages.create(
            max_tokens=100,
            messages=[{"role": "user", "content": "Hello, Claude!"}],
            model="claude-3-haiku-20240307",
        )
        assert isinstance(response, Message)
        assert response.content[0].text
        assert response._request_id is not None

        # Create a message with an image
        response = client.messages.create(
            max_tokens=100,
            messages=[
                {
                    "role": "user",
                    "content": [
                        {
                            "type": "image",
                            "source": {"type": "base64", "media_type": "image/jpeg", "data": data},
                        },
                        {"type": "text", "text": "What is in this image?"},
                    ],
                }
            ],
            model="claude-3-haiku-20240307",
        )
        assert "64x48" in response.content[0].text
        client.close()


# --- messages.stream() -----------------------------------------------------------------


def sse_handler(seen: list[httpx.Request], failures: int = 0) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) <= failures:
            return httpx.Response(
                529, json={"type": "error", "error": {"type": "overloaded_error"}}
            )
        return httpx.Response(
            200, content=SSE_TEXT, headers={"content-type": "text/event-stream", "request-id": "r"}
        )

    return handler


@pytest.mark.anyio
async def test_stream_sends_on_enter_after_retries(mode: str) -> None:
    seen: list[httpx.Request] = []
    api = Api(mode, sse_handler(seen, failures=1))
    manager = api.stream(**PARAMS, idle_timeout=30)
    assert seen == []  # nothing is sent until the block is entered
    expected = Message.from_dict(
        json.loads((Path(__file__).parent / "fixtures" / "sse" / "text.message.json").read_text())
    )
    if mode == "sync":
        with manager as stream:
            text = "".join(stream.text_stream)
            final = stream.get_final_message()
    else:
        async with manager as stream:
            text = "".join([piece async for piece in stream.text_stream])
            final = await stream.get_final_message()
    assert len(seen) == 2
    assert json.loads(seen[1].content)["stream"] is True
    assert seen[1].extensions["timeout"]["read"] == 30
    assert final == expected
    assert text == final.content[0].text


@pytest.mark.anyio
async def test_stream_error_status_raises_on_enter(mode: str) -> None:
    seen: list[httpx.Request] = []
    api = Api(mode, sse_handler(seen, failures=10), max_retries=1)
    manager = api.stream(**PARAMS)
    with pytest.raises(OverloadedError) as info:
        if mode == "sync":
            with manager:
                pass
        else:
            async with manager:
                pass
    assert len(seen) == 2
    assert info.value.retries_taken == 1


def test_demo_stream_example_prints_the_text_once(capsys: pytest.CaptureFixture[str]) -> None:
    from claude_messages.testing import Emulator

    with Emulator() as api:
        client = Client(api_key=api.api_key, base_url=api.url)
        # Stream a message
        with client.messages.stream(
            max_tokens=100,
            messages=[{"role": "user", "content": "Write me a haiku about spring."}],
            model="claude-3-haiku-20240307",
        ) as stream:
            for event in stream:
                print(event.text, end="", flush=True)
            final = stream.get_final_text()
        client.close()
    assert final
    assert capsys.readouterr().out == final
