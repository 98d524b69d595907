"""``with_raw_response`` and ``with_streaming_response``: every resource method, sync and async.

Each method's raw form answers a ``RawResponse`` (``AsyncRawResponse``) whose ``parse()``
gives what the plain call gives; its streamed form is a context manager that sends on
entering, gives the same response with the body unread, and releases the connection on
leaving. Every method runs against the emulator on loopback, under each path the
official SDK offers (``client.messages.with_raw_response.batches``, ``client.beta...``);
the body-unread and connection-release behaviour is checked with a scripted socket
server; the rest (retries, limits, errors, argument checks) in process.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from _dual import Await, Dual
from _loopback import Conn, Request, Server, message_json, sse_message
from claude_messages import (
    AsyncBatchResults,
    AsyncBinaryResponse,
    AsyncClient,
    AsyncPage,
    AsyncRawResponse,
    AsyncResponseContextManager,
    AsyncStream,
    BatchResults,
    BinaryResponse,
    Client,
    NotFoundError,
    OverloadedError,
    Page,
    ParsedMessage,
    RawResponse,
    ReceivedMessage,
    ResponseContextManager,
    ResponseTooLargeError,
    RetryPolicy,
    Stream,
)
from claude_messages._resources._forms import raw_form
from claude_messages.testing import Emulator
from claude_messages_generated.models import (
    DeletedFile,
    DeletedMessageBatch,
    FileMetadata,
    MessageBatch,
    MessageTokensCount,
    ModelInfo,
)

MODEL = "claude-3-haiku-20240307"
HELLO = [{"role": "user", "content": "Hello, Claude!"}]
CREATE = {"model": MODEL, "max_tokens": 50, "messages": HELLO}
ANSWER_SCHEMA = {
    "type": "object",
    "properties": {"answer": {"type": "string"}},
    "required": ["answer"],
    "additionalProperties": False,
}


@pytest.fixture
def api() -> Iterator[Emulator]:
    with Emulator(uploads_downloadable=True) as emulator:
        yield emulator


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest, api: Emulator) -> Dual:
    return Dual(request.param, api)


# --------------------------------------------------------------- every method, each form


@dataclass(frozen=True)
class Case:
    """One resource method: where it lives, how to make its arguments, what it returns."""

    resource: str  # "messages.batches": the attribute path from the client
    method: str
    setup: str | None  # what the call needs first: "batch", "running_batch", "file", ...
    kwargs: dict[str, Any]
    sync_type: type
    async_type: type

    @property
    def id(self) -> str:
        stream = "(stream)" if self.kwargs.get("stream") else ""
        return f"{self.resource}.{self.method}{stream}"


BATCH_REQUESTS = [{"custom_id": "one", "params": CREATE}]
PNG_FILE = ("hello.txt", b"Hello, file!", "text/plain")

CASES = [
    Case("messages", "create", None, CREATE, ReceivedMessage, ReceivedMessage),
    Case("messages", "create", None, {**CREATE, "stream": True}, Stream, AsyncStream),
    Case(
        "messages",
        "parse",
        None,
        {**CREATE, "output_format": ANSWER_SCHEMA},
        ParsedMessage,
        ParsedMessage,
    ),
    Case(
        "messages",
        "count_tokens",
        None,
        {"model": MODEL, "messages": HELLO},
        MessageTokensCount,
        MessageTokensCount,
    ),
    Case(
        "messages.batches",
        "create",
        None,
        {"requests": BATCH_REQUESTS},
        MessageBatch,
        MessageBatch,
    ),
    Case("messages.batches", "retrieve", "batch", {}, MessageBatch, MessageBatch),
    Case("messages.batches", "list", "some_batch", {"limit": 1}, Page, AsyncPage),
    Case("messages.batches", "cancel", "running_batch", {}, MessageBatch, MessageBatch),
    Case("messages.batches", "delete", "batch", {}, DeletedMessageBatch, DeletedMessageBatch),
    Case("messages.batches", "results", "batch", {}, BatchResults, AsyncBatchResults),
    Case("models", "list", None, {"limit": 2}, Page, AsyncPage),
    Case("models", "retrieve", "model", {}, ModelInfo, ModelInfo),
    Case("files", "upload", None, {"file": PNG_FILE}, FileMetadata, FileMetadata),
    Case("files", "list", "some_file", {"limit": 1}, Page, AsyncPage),
    Case("files", "retrieve_metadata", "file", {}, FileMetadata, FileMetadata),
    Case("files", "download", "file", {}, BinaryResponse, AsyncBinaryResponse),
    Case("files", "delete", "file", {}, DeletedFile, DeletedFile),
]


def _walk(root: Any, path: str) -> Any:
    for name in path.split("."):
        root = getattr(root, name)
    return root


def forms(case: Case, kind: str) -> list[str]:
    """Every path to ``case``'s method in the form ``kind`` that the official SDK offers:
    on the resource itself, through a parent's or the client's form, and under
    ``client.beta``."""
    resource = case.resource
    paths = [f"{resource}.{kind}.{case.method}"]
    head, _, rest = resource.partition(".")
    if rest:  # messages.batches: also client.messages.with_raw_response.batches
        paths.append(f"{head}.{kind}.{rest}.{case.method}")
    paths.append(f"{kind}.{resource}.{case.method}")  # client.with_raw_response.messages
    paths.append(f"beta.{resource}.{kind}.{case.method}")
    paths.append(f"beta.{kind}.{resource}.{case.method}")
    paths.append(f"{kind}.beta.{resource}.{case.method}")
    return paths


async def _arguments(case: Case, client: Any, aw: Await, api: Emulator) -> tuple[Any, ...]:
    if case.setup is None:
        return ()
    if case.setup == "model":
        return (MODEL,)
    if case.setup in ("file", "some_file"):
        meta = await aw(client.files.upload(file=PNG_FILE))
        return (meta.id,) if case.setup == "file" else ()
    if case.setup == "some_batch":
        await aw(client.messages.batches.create(requests=BATCH_REQUESTS))
        return ()
    api.batch_delay = 60.0 if case.setup == "running_batch" else 0.0
    batch = await aw(client.messages.batches.create(requests=BATCH_REQUESTS))
    if case.setup == "batch":
        batch = await aw(client.messages.batches.wait(batch.id, poll_interval=0.01))
    api.batch_delay = 0.0
    return (batch.id,)


async def _consume(result: Any, aw: Await) -> None:
    """Read what a result still holds open (a stream, results, a download's bytes)."""
    if isinstance(result, (Stream, AsyncStream, BatchResults, AsyncBatchResults)):
        assert await aw.list(result)
    elif isinstance(result, (BinaryResponse, AsyncBinaryResponse)):
        assert await aw(result.read()) == PNG_FILE[1]
    elif isinstance(result, (Page, AsyncPage)):
        assert result.data


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_the_raw_form_answers_a_raw_response_whose_parse_is_the_plain_result(
    run: Dual, case: Case
) -> None:
    api = run.api
    expected_type = case.sync_type if run.mode == "sync" else case.async_type
    raw_type = RawResponse if run.mode == "sync" else AsyncRawResponse

    async def body(client: Any, aw: Await) -> None:
        plain = await aw(
            _walk(client, f"{case.resource}.{case.method}")(
                *await _arguments(case, client, aw, api), **case.kwargs
            )
        )
        assert isinstance(plain, expected_type)
        await _consume(plain, aw)
        for path in forms(case, "with_raw_response"):
            args = await _arguments(case, client, aw, api)
            raw = await aw(_walk(client, path)(*args, **case.kwargs))
            assert isinstance(raw, raw_type), path
            recorded = api.requests[-1]
            assert (raw.status_code, raw.request_id) == (200, recorded.request_id), path
            assert raw.headers["request-id"] == recorded.request_id
            assert raw.method == recorded.method and raw.url.path == recorded.path
            assert raw.retries_taken == 0
            assert isinstance(raw.http_response, httpx.Response)
            result = await aw(raw.parse())
            assert type(result) is type(plain), path
            assert await aw(raw.parse()) is result  # built once
            await _consume(result, aw)

    run(body)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_the_streamed_form_sends_on_entering_and_parses_on_demand(run: Dual, case: Case) -> None:
    api = run.api
    expected_type = case.sync_type if run.mode == "sync" else case.async_type

    async def body(client: Any, aw: Await) -> None:
        for path in forms(case, "with_streaming_response"):
            args = await _arguments(case, client, aw, api)
            sent = len(api.requests)
            manager = _walk(client, path)(*args, **case.kwargs)
            assert len(api.requests) == sent, f"{path} sent before the block was entered"
            if aw.is_async:
                assert isinstance(manager, AsyncResponseContextManager)
                async with manager as response:
                    assert isinstance(response, AsyncRawResponse)
                    assert len(api.requests) == sent + 1
                    assert response.request_id == api.requests[-1].request_id
                    result = await response.parse()
                    assert isinstance(result, expected_type), path
                    await _consume(result, aw)
            else:
                assert isinstance(manager, ResponseContextManager)
                with manager as response:
                    assert isinstance(response, RawResponse)
                    assert len(api.requests) == sent + 1
                    assert response.request_id == api.requests[-1].request_id
                    result = response.parse()
                    assert isinstance(result, expected_type), path
                    await _consume(result, aw)
            assert response.is_closed, path

    run(body)


def test_the_streamed_form_reads_the_body_as_asked(run: Dual) -> None:
    async def body(client: Any, aw: Await) -> tuple[list[Any], Any]:
        seen: list[Any] = []
        retrieve = client.models.with_streaming_response.retrieve
        if aw.is_async:
            async with retrieve(MODEL) as response:
                seen.append(await response.json())
            async with retrieve(MODEL) as response:
                seen.append(json.loads(await response.text()))
            async with retrieve(MODEL) as response:
                seen.append(json.loads(b"".join([c async for c in response.iter_bytes(7)])))
            async with retrieve(MODEL) as response:
                seen.append(json.loads("".join([t async for t in response.iter_text()])))
            async with retrieve(MODEL) as response:
                seen.append(json.loads("".join([t async for t in response.iter_lines()])))
            async with retrieve(MODEL) as response:
                seen.append(json.loads(await response.read()))
                info = await response.parse()
        else:
            with retrieve(MODEL) as response:
                seen.append(response.json())
            with retrieve(MODEL) as response:
                seen.append(json.loads(response.text()))
            with retrieve(MODEL) as response:
                seen.append(json.loads(b"".join(response.iter_bytes(7))))
            with retrieve(MODEL) as response:
                seen.append(json.loads("".join(response.iter_text())))
            with retrieve(MODEL) as response:
                seen.append(json.loads("".join(response.iter_lines())))
            with retrieve(MODEL) as response:
                seen.append(json.loads(response.read()))
                info = response.parse()
        return seen, info

    seen, info = run(body)
    assert len(seen) == 6
    assert all(s == seen[0] for s in seen)
    assert seen[0]["id"] == MODEL
    assert isinstance(info, ModelInfo) and info.id == MODEL  # parse() after read()


def test_a_raw_listing_parses_to_a_page_that_fetches_the_rest(run: Dual) -> None:
    async def body(client: Any, aw: Await) -> tuple[list[str], list[str], int]:
        every = [m.id for m in await aw.list(client.models.list())]
        before = len(run.api.requests)
        raw = await aw(client.models.with_raw_response.list(limit=3))
        page = await aw(raw.parse())
        paged = [m.id for m in await aw.list(page)]
        return every, paged, len(run.api.requests) - before

    every, paged, sent = run(body)
    assert paged == every and len(every) > 3
    assert sent == -(-len(every) // 3)  # one request per page


def test_an_error_answer_raises_from_both_forms(run: Dual) -> None:
    async def body(client: Any, aw: Await) -> None:
        with pytest.raises(NotFoundError):
            await aw(client.models.with_raw_response.retrieve("no-such-model"))
        manager = client.messages.batches.with_streaming_response.retrieve("msgbatch_none")
        with pytest.raises(NotFoundError):
            if aw.is_async:
                async with manager:
                    pass
            else:
                with manager:
                    pass

    run(body)


# ----------------------------------------------------------------------- over real sockets


class Gate:
    """A loopback answer whose body is written only once the test opens the gate."""

    def __init__(self, head: bytes, body: bytes) -> None:
        self.head = head
        self.body = body
        self.opened = threading.Event()
        self.waited_in_vain = False  # the client blocked on the body before asking for it
        self.released: list[bool] = []  # per request: the client closed the connection

    def handler(self, conn: Conn, request: Request) -> bool:
        conn.send(self.head)
        if not self.opened.wait(5):
            self.waited_in_vain = True
        conn.send(self.body)
        return True


def json_gate(payload: object) -> Gate:
    body = json.dumps(payload).encode()
    head = (
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nrequest-id: req_gate\r\n"
        b"content-length: %d\r\n\r\n" % len(body)
    )
    return Gate(head, body)


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


def _client(server: Server, **options: Any) -> Client:
    return Client(api_key="k", base_url=server.url, max_retries=0, timeout=10, **options)


def _aclient(server: Server, **options: Any) -> AsyncClient:
    return AsyncClient(api_key="k", base_url=server.url, max_retries=0, timeout=10, **options)


def test_the_body_is_not_read_until_asked(serve: Callable[..., Server]) -> None:
    gate = json_gate(message_json("Behind the gate"))
    server = serve(gate.handler)
    with _client(server) as client:
        with client.messages.with_streaming_response.create(**CREATE) as response:
            # Entering returned with only the headers on the wire.
            assert (response.status_code, response.request_id) == (200, "req_gate")
            assert not response.is_closed
            gate.opened.set()
            message = response.parse()
        assert message.content[0].text == "Behind the gate"
        assert message._request_id == "req_gate"
        assert response.is_closed
        # The connection went back to the pool: the next call reuses it.
        assert client.messages.with_raw_response.create(**CREATE).parse().id == "msg_loop"
    assert not gate.waited_in_vain
    assert server.connections == 1


def test_the_async_body_is_not_read_until_asked(serve: Callable[..., Server]) -> None:
    gate = json_gate(message_json("Behind the gate"))
    server = serve(gate.handler)

    async def main() -> None:
        async with _aclient(server) as client:
            async with client.messages.with_streaming_response.create(**CREATE) as response:
                assert (response.status_code, response.request_id) == (200, "req_gate")
                assert not response.is_closed
                gate.opened.set()
                message = await response.parse()
            assert message.content[0].text == "Behind the gate"
            assert response.is_closed
            raw = await client.messages.with_raw_response.create(**CREATE)
            assert (await raw.parse()).id == "msg_loop"

    asyncio.run(main())
    assert not gate.waited_in_vain
    assert server.connections == 1


def _half_answer(conn: Conn, request: Request) -> bool:
    # Headers and a first chunk, then wait for the client to hang up.
    conn.send(
        b"HTTP/1.1 200 OK\r\ncontent-type: application/x-jsonl\r\nrequest-id: req_half\r\n"
        b"transfer-encoding: chunked\r\n\r\n"
    )
    conn.chunk(b'{"custom_id": "a"}\n')
    conn.wait_for_close(5)
    return False


def test_leaving_the_block_unread_releases_the_connection(serve: Callable[..., Server]) -> None:
    server = serve(_half_answer)
    with _client(server) as client:
        manager = client.messages.batches.with_streaming_response.results("msgbatch_1")
        with manager as response:
            assert response.request_id == "req_half"
            assert next(response.iter_lines()) == '{"custom_id": "a"}'
        assert response.is_closed
        assert server.wait_until(lambda s: s.closed_by_client == 1)


def test_leaving_the_async_block_unread_releases_the_connection(
    serve: Callable[..., Server],
) -> None:
    server = serve(_half_answer)

    async def main() -> None:
        async with _aclient(server) as client:
            manager = client.messages.batches.with_streaming_response.results("msgbatch_1")
            async with manager as response:
                assert response.request_id == "req_half"
            assert response.is_closed

    asyncio.run(main())
    assert server.wait_until(lambda s: s.closed_by_client == 1)


def test_an_exception_in_the_block_releases_the_connection(serve: Callable[..., Server]) -> None:
    server = serve(_half_answer)
    client = _client(server)
    download = client.files.with_streaming_response.download
    with client, pytest.raises(KeyError), download("file_1") as response:
        raise KeyError("the caller's own error")
    assert response.is_closed
    assert server.wait_until(lambda s: s.closed_by_client == 1)


def test_a_streamed_create_parses_to_an_event_stream(serve: Callable[..., Server]) -> None:
    head = (
        b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nrequest-id: req_sse\r\n"
        b"transfer-encoding: chunked\r\n\r\n"
    )

    def handler(conn: Conn, request: Request) -> bool:
        conn.send(head)
        for event in sse_message("one two three"):
            conn.chunk(event)
        conn.end_chunks()
        return True

    server = serve(handler)
    with _client(server) as client:
        stream_call = client.messages.with_streaming_response.create
        with stream_call(**CREATE, stream=True) as response:
            events = list(response.parse())
        assert [e.type for e in events][:2] == ["message_start", "content_block_start"]
        raw = client.messages.with_raw_response.create(**CREATE, stream=True)
        assert raw.request_id == "req_sse"
        assert events == list(raw.parse())
    assert server.connections == 1


# ------------------------------------------------------------------------------ in process


def _mock_client(handler: Callable[[httpx.Request], httpx.Response], **options: Any) -> Client:
    policy = RetryPolicy(2, sleep=lambda _: None)
    return Client(
        api_key="k", transport=httpx.MockTransport(handler), retry_policy=policy, **options
    )


def _answer(payload: object, status: int = 200) -> httpx.Response:
    return httpx.Response(status, json=payload, headers={"request-id": f"req_{status}"})


def test_retries_taken_counts_the_retries_before_the_answer() -> None:
    statuses = iter([529, 529, 200])

    def handler(request: httpx.Request) -> httpx.Response:
        status = next(statuses)
        if status == 529:
            return _answer({"type": "error", "error": {"type": "overloaded_error"}}, 529)
        return _answer(message_json())

    with _mock_client(handler) as client:
        raw = client.messages.with_raw_response.create(**CREATE)
        assert raw.retries_taken == 2
        assert raw.parse()._retries_taken == 2


def test_an_exhausted_retry_raises_from_both_forms() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return _answer({"type": "error", "error": {"type": "overloaded_error"}}, 529)

    with _mock_client(handler) as client:
        with pytest.raises(OverloadedError):
            client.messages.with_raw_response.count_tokens(model=MODEL, messages=HELLO)
        manager = client.messages.with_streaming_response.count_tokens(model=MODEL, messages=HELLO)
        with pytest.raises(OverloadedError), manager:
            pass


def test_bad_arguments_are_refused_before_sending() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return _answer(message_json())

    with _mock_client(handler) as client:
        with pytest.raises(TypeError, match="model"):
            client.messages.with_raw_response.create(max_tokens=5, messages=HELLO)  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="colour"):
            client.messages.with_raw_response.create(**CREATE, colour="red")  # type: ignore[call-arg]
        with pytest.raises(ValueError, match="limit"):
            client.models.with_raw_response.list(limit=0)
        with pytest.raises(ValueError, match="message_batch_id"):
            client.messages.batches.with_streaming_response.retrieve("").__enter__()
    assert sent == []


def test_the_size_limit_holds_when_the_streamed_form_reads_the_body() -> None:
    big = json.dumps(message_json("x" * 5000)).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=httpx.ByteStream(big))

    with _mock_client(handler, max_response_size=1000) as client:
        with client.messages.with_streaming_response.create(**CREATE) as response:
            assert response.status_code == 200  # the headers alone are in
            with pytest.raises(ResponseTooLargeError):
                response.parse()
        with pytest.raises(ResponseTooLargeError):
            client.messages.with_raw_response.create(**CREATE)


def test_a_body_streamed_away_cannot_be_read_again() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=httpx.ByteStream(b"a\nb\n"))

    with _mock_client(handler) as client:
        with client.files.with_streaming_response.download("file_1") as response:
            assert list(response.iter_lines()) == ["a", "b"]
            with pytest.raises(RuntimeError, match="read\\(\\) first"):
                response.read()
        with client.files.with_streaming_response.download("file_1") as response:
            assert response.read() == b"a\nb\n"
            assert list(response.iter_lines()) == ["a", "b"]  # kept, so readable again


def test_a_manager_is_entered_once() -> None:
    with _mock_client(lambda request: _answer(message_json())) as client:
        manager = client.messages.with_streaming_response.create(**CREATE)
        with manager:
            pass
        with pytest.raises(RuntimeError, match="already entered"), manager:
            pass


def test_only_resource_methods_have_a_raw_form() -> None:
    with pytest.raises(TypeError, match="not a method of a resource"):
        raw_form(len)


def test_the_raw_forms_keep_the_plain_signatures() -> None:
    import inspect

    with Client(api_key="k") as client:
        for resource in (client.messages, client.messages.batches, client.models, client.files):
            for kind in ("with_raw_response", "with_streaming_response"):
                view = getattr(resource, kind)
                names = [n for n in vars(view) if not n.startswith("_")]
                assert names, (resource, kind)
                for name in names:
                    form = getattr(view, name)
                    plain = getattr(resource, name)
                    assert inspect.signature(form) == inspect.signature(plain), (kind, name)


FORMS_USER_CODE = """
from typing import Any, assert_type

from claude_messages import (
    Anthropic,
    AsyncAnthropic,
    AsyncPage,
    AsyncRawResponse,
    AsyncStream,
    BatchResults,
    BinaryResponse,
    MessageStreamEvent,
    Page,
    ParsedMessage,
    RawResponse,
    ReceivedMessage,
    Stream,
)
from claude_messages_generated.models import FileMetadata, MessageBatch, ModelInfo

client = Anthropic()
params: Any = {}
raw = client.messages.with_raw_response.create(
    model="m", max_tokens=10, messages=[{"role": "user", "content": "Hi"}]
)
assert_type(raw, RawResponse[ReceivedMessage])
assert_type(raw.parse(), ReceivedMessage)
assert_type(raw.retries_taken, int)
assert_type(raw.request_id, str | None)
events = client.messages.with_raw_response.create(
    model="m", max_tokens=10, messages=[{"role": "user", "content": "Hi"}], stream=True
)
assert_type(events.parse(), Stream[MessageStreamEvent])
parsed = client.messages.with_raw_response.parse(
    model="m", max_tokens=10, messages=[{"role": "user", "content": "Hi"}], output_format=dict
)
assert_type(parsed.parse(), ParsedMessage[dict[Any, Any]])
assert_type(client.models.with_raw_response.list().parse(), Page[ModelInfo])
assert_type(client.messages.with_raw_response.batches.retrieve("b").parse(), MessageBatch)
assert_type(client.beta.with_raw_response.files.upload(file=("a", b"")).parse(), FileMetadata)
with client.messages.batches.with_streaming_response.results("b") as response:
    assert_type(response, RawResponse[BatchResults])
    for line in response.iter_lines():
        assert_type(line, str)
with client.files.with_streaming_response.download("f") as download:
    assert_type(download.parse(), BinaryResponse)
client.models.with_raw_response.retrieve(42)  # type: ignore[arg-type]


async def main() -> None:
    aclient = AsyncAnthropic()
    araw = await aclient.messages.with_raw_response.create(
        model="m", max_tokens=10, messages=[{"role": "user", "content": "Hi"}]
    )
    assert_type(araw, AsyncRawResponse[ReceivedMessage])
    assert_type(await araw.parse(), ReceivedMessage)
    astream = await aclient.messages.with_raw_response.create(
        model="m", max_tokens=10, messages=[{"role": "user", "content": "Hi"}], stream=True
    )
    assert_type(await astream.parse(), AsyncStream[MessageStreamEvent])
    apage = await aclient.models.with_raw_response.list(limit=3)
    assert_type(await apage.parse(), AsyncPage[ModelInfo])
    async with aclient.beta.messages.with_streaming_response.count_tokens(
        model="m", messages=[{"role": "user", "content": "Hi"}]
    ) as counted:
        assert_type(await counted.json(), Any)
        async for chunk in counted.iter_bytes():
            assert_type(chunk, bytes)
"""


def test_the_forms_type_check(tmp_path: Path) -> None:
    from _mypy import run_mypy

    snippet = tmp_path / "user_code.py"
    snippet.write_text(FORMS_USER_CODE, encoding="utf-8")
    run = run_mypy([snippet])
    assert run.returncode == 0, run.stdout
