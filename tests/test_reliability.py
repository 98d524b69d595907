"""Reliability guarantees held over real loopback sockets, sync and async.

Each section holds one guarantee of ``docs/reliability.md``: headers and credentials are
checked before anything is sent and never echoed; a stream left early releases its
connection without waiting for the garbage collector; the idle limit holds whatever bytes
arrive; what a server can make the client hold is bounded; the caller's own httpx client
keeps its timeout.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from _dual import Await
from _loopback import Conn, Request, Server, json_answer, message_json
from claude_messages import AsyncClient, Client

KEY = "sk-ant-test-SECRET-0123456789"
PARAMS: dict[str, Any] = {
    "max_tokens": 10,
    "model": "claude-test",
    "messages": [{"role": "user", "content": "Hello"}],
}


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "ANTHROPIC_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def serve() -> Iterator[Callable[[Callable[[Conn, Request], bool]], Server]]:
    servers: list[Server] = []

    def start(handler: Callable[[Conn, Request], bool]) -> Server:
        server = Server(handler)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()
    for server in servers:
        assert not server.errors, server.errors


def answer_ok(conn: Conn, request: Request) -> bool:
    return conn.send(json_answer(message_json()))


def run(mode: str, body: Callable[[Any, Await], Any], **options: Any) -> Any:
    """Run ``body(client, aw)`` with a ``Client`` or an ``AsyncClient`` made from ``options``."""
    aw = Await(mode)
    sleeps: list[float] = []

    async def main() -> Any:
        if mode == "sync":
            with Client(**options) as client:
                client._sleep = sleeps.append
                return await body(client, aw)
        async with AsyncClient(**options) as client:

            async def no_wait(seconds: float) -> None:
                sleeps.append(seconds)

            client._sleep = no_wait
            return await body(client, aw)

    result = asyncio.run(main())
    assert sleeps == [], "a request was retried"
    return result


def client_class(mode: str) -> type[Client] | type[AsyncClient]:
    return Client if mode == "sync" else AsyncClient


# --- headers: CR, LF and other control characters are refused before sending ----------


@pytest.mark.parametrize(
    ("headers", "named"),
    [
        ({"x-trace": "ok\r\nx-injected: yes"}, "'x-trace'"),
        ({"x-trace": "ok\nx-injected: yes"}, "'x-trace'"),
        ({"x-trace": "nul\x00byte"}, "'x-trace'"),
        ({"x-trace": "ok "}, "'x-trace'"),
        ({"x-api-key": KEY + "\r\n"}, "'x-api-key'"),
        ({"x-trace\r\nx-injected": "yes"}, "'x-trace\\r\\nx-injected'"),
        ({"x trace": "yes"}, "'x trace'"),
    ],
    ids=["crlf", "lf", "nul", "trailing-space", "secret-value", "crlf-in-name", "space-in-name"],
)
def test_bad_extra_header_is_refused_before_sending(
    mode: str, serve: Callable[..., Server], headers: dict[str, str], named: str
) -> None:
    server = serve(answer_ok)

    async def body(client: Any, aw: Await) -> None:
        with pytest.raises(ValueError) as info:
            await aw(client.messages.create(**PARAMS, extra_headers=headers))
        message = str(info.value)
        assert "extra_headers" in message and named in message
        assert "x-injected: yes" not in message and KEY not in message
        # The client still works: a good call goes through on a fresh connection.
        message_ = await aw(client.messages.create(**PARAMS, extra_headers={"x-trace": "ok"}))
        assert message_.id == "msg_loop"

    run(mode, body, api_key=KEY, base_url=server.url)
    assert len(server.requests) == 1  # only the good call reached the server
    assert server.requests[0].header("x-trace") == "ok"
    assert server.requests[0].header("x-injected") is None


@pytest.mark.parametrize(
    ("kwargs", "where", "named"),
    [
        ({"default_headers": {"x-team": "a\r\nx-injected: yes"}}, "default_headers", "'x-team'"),
        ({"default_headers": {"x-team\n": "a"}}, "default_headers", "'x-team\\n'"),
        (
            {"default_headers": {"authorization": "Bearer t\r\n"}},
            "default_headers",
            "'authorization'",
        ),
    ],
    ids=["value", "name", "secret"],
)
def test_bad_default_header_is_refused_at_construction(
    mode: str, kwargs: dict[str, Any], where: str, named: str
) -> None:
    with pytest.raises(ValueError) as info:
        client_class(mode)(api_key=KEY, base_url="http://127.0.0.1:9", **kwargs)
    assert where in str(info.value) and named in str(info.value)
    assert "injected" not in str(info.value) and "Bearer" not in str(info.value)


def test_bad_header_of_the_callers_http_client_is_refused_at_construction() -> None:
    http_client = httpx.Client(headers={"x-gateway": "a\r\nx-injected: yes"})
    with pytest.raises(ValueError, match=r"http_client\.headers: .*'x-gateway'"):
        Client(api_key=KEY, http_client=http_client)
    http_client.close()
