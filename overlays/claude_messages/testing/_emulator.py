"""The emulator: a real HTTP/1.1 server on 127.0.0.1 serving the emulated API.

It runs an asyncio event loop in a daemon thread, so it serves any client, sync or async,
in the same process or another one, and hundreds of concurrent streams at little cost.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from types import TracebackType
from typing import Any

from ._app import Api, JsonAnswer, JsonLinesAnswer, StreamAnswer, error_answer
from ._faults import FAULT_HEADER, IN_BODY_KINDS, REPLY_KINDS, STATUS_KINDS, Fault, FaultQueue
from ._replies import b62_id
from ._server import HTTPRequest, ProtocolError, ResponseWriter, read_request

__all__ = ["DEFAULT_API_KEY", "PACE_HEADER", "Emulator", "RecordedRequest"]

DEFAULT_API_KEY = "sk-ant-emulator-key"
"""What ``Emulator.api_key`` gives when no key is configured (any non-empty key is accepted)."""
PACE_HEADER = "x-emulator-pace"
"""Request header overriding the emulator's pace for one stream, in seconds per event."""
_CONTROL_PREFIX = "/_emulator/"
_SERVER = ("server", "claude-messages-emulator")
_BAD_GATEWAY_PAGE = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n"
)
# The conventional status of an error type, for an ``error_event`` fault on a JSON answer.
_TYPE_STATUS = {
    "invalid_request_error": 400,
    "authentication_error": 401,
    "permission_error": 403,
    "not_found_error": 404,
    "request_too_large": 413,
    "rate_limit_error": 429,
    "api_error": 500,
    "overloaded_error": 529,
}


def _sse(name: str, data: dict[str, Any]) -> bytes:
    payload = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    return f"event: {name}\ndata: {payload}\n\n".encode()


_PING = _sse("ping", {"type": "ping"})


class RecordedRequest:
    """One request the emulator received (control requests under ``/_emulator/`` excluded).

    ``headers`` has lower-case names; ``json`` is the parsed body (``None`` if not JSON);
    ``fault`` the injected fault's kind, if any; ``status`` the answer's status (``None``
    while it is being answered, or if the connection was dropped before one).

    Example::

        with Emulator() as api:
            ...
            assert [r.path for r in api.requests] == ["/v1/messages"] * 3
            assert api.requests[0].json["max_tokens"] == 100
    """

    __slots__ = (
        "body",
        "fault",
        "headers",
        "method",
        "path",
        "query",
        "received_at",
        "request_id",
        "status",
    )

    def __init__(self, request: HTTPRequest, request_id: str, fault: Fault | None) -> None:
        self.method = request.method
        self.path = request.path
        self.query = request.query
        self.headers = request.headers
        self.body = request.body
        self.request_id = request_id
        self.fault = fault.kind if fault is not None else None
        self.status: int | None = None
        self.received_at = time.monotonic()

    @property
    def json(self) -> Any:
        """The body parsed as JSON, or ``None``."""
        try:
            return json.loads(self.body)
        except ValueError:
            return None

    def __repr__(self) -> str:
        fault = f" fault={self.fault}" if self.fault else ""
        return f"<RecordedRequest {self.method} {self.path} status={self.status}{fault}>"


class Emulator:
    """A local Messages API on ``127.0.0.1`` for tests, demos and offline development.

    ``api_key``: when set, requests must carry exactly this key; when ``None`` any non-empty
    key is accepted (``api.api_key`` then gives one to use). ``port``: 0 picks a free one.
    ``pace``: seconds between stream events (``x-emulator-pace`` overrides per request).
    ``validate``: check bodies against the OpenAPI document (needs ``jsonschema``).
    ``models``: the model catalogue (``id``, ``display_name``, ``created_at``, and any other
    ``ModelInfo`` field; those left out take a current model's values), newest first.
    ``batch_delay``: seconds a Message Batch takes to process (0: ended on creation).
    ``uploads_downloadable``: let uploaded files be downloaded too (on the API only files
    made by tools are; :meth:`add_file` stores one such).
    ``batch_clock``: the monotonic clock that times batch processing (default
    ``time.monotonic``); a test passes its own to move a batch's time by hand.

    Example::

        from claude_messages import Client
        from claude_messages.testing import Emulator, Fault

        with Emulator() as api:
            client = Client(api_key=api.api_key, base_url=api.url)
            api.inject(Fault.overloaded(), times=1)      # the next request gets a 529
            message = client.messages.create(
                model="claude-3-haiku-20240307", max_tokens=100,
                messages=[{"role": "user", "content": "Hello"}])
            assert message.content[0].text == "You said: Hello"
            assert len(api.requests) == 2                # one 529, one retry
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        port: int = 0,
        pace: float = 0.0,
        validate: bool = True,
        models: Sequence[Mapping[str, Any]] | None = None,
        batch_delay: float = 0.0,
        uploads_downloadable: bool = False,
        batch_clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.pace = pace
        self._configured_key = api_key
        self._requested_port = port
        self._api = Api(
            api_key=api_key,
            validate=validate,
            models=models,
            batch_delay=batch_delay,
            uploads_downloadable=uploads_downloadable,
            batch_clock=batch_clock,
        )
        self._faults = FaultQueue()
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._port = 0

    # -- lifecycle -----------------------------------------------------------------------

    def start(self) -> Emulator:
        """Start serving (returns at once, the server runs in a daemon thread)."""
        if self._thread is not None:
            raise RuntimeError("the emulator is already running")
        loop = asyncio.new_event_loop()
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            asyncio.set_event_loop(loop)
            try:
                self._server = loop.run_until_complete(
                    asyncio.start_server(
                        self._on_connection,
                        "127.0.0.1",
                        self._requested_port,
                        backlog=1024,  # 200+ clients may connect at once
                        limit=1 << 16,
                    )
                )
                self._port = self._server.sockets[0].getsockname()[1]
            except BaseException as exc:
                failure.append(exc)
                ready.set()
                loop.close()
                return
            ready.set()
            loop.run_forever()
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

        self._loop = loop
        self._thread = threading.Thread(target=run, name="claude-messages-emulator", daemon=True)
        self._thread.start()
        ready.wait()
        if failure:
            self._thread.join()
            self._thread = self._loop = None
            raise failure[0]
        return self

    def stop(self) -> None:
        """Stop serving: open connections are closed, pending answers abandoned."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(timeout=30)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=30)
        self._loop = self._thread = None
        self._port = 0

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()
            self._server = None

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- what tests read and steer -------------------------------------------------------

    @property
    def port(self) -> int:
        """The TCP port served on 127.0.0.1 (0 before :meth:`start`)."""
        return self._port

    @property
    def url(self) -> str:
        """The base URL to give a client, e.g. ``http://127.0.0.1:50123``."""
        if not self._port:
            raise RuntimeError("the emulator is not running; use `with Emulator() as api:`")
        return f"http://127.0.0.1:{self._port}"

    @property
    def api_key(self) -> str:
        """A key the emulator accepts: the configured one, else a placeholder."""
        return self._configured_key if self._configured_key is not None else DEFAULT_API_KEY

    @property
    def requests(self) -> list[RecordedRequest]:
        """The requests received so far, oldest first (a copy)."""
        with self._lock:
            return list(self._requests)

    def clear_requests(self) -> None:
        """Forget the requests received so far."""
        with self._lock:
            self._requests.clear()

    def inject(self, fault: Fault | str, times: int = 1, *, path: str | None = None) -> None:
        """Give the next ``times`` requests (to ``path``, if given) this fault.

        ``fault`` is a :class:`Fault` or its textual form (``"rate_limit; retry_after=0.1"``).
        Faults injected earlier are served first. Thread-safe.

        Example::

            api.inject(Fault.rate_limit(retry_after=0.1), times=2, path="/v1/messages")
        """
        self._faults.push(Fault.parse(fault) if isinstance(fault, str) else fault, times, path)

    def clear_faults(self) -> None:
        """Drop the faults still waiting."""
        self._faults.clear()

    @property
    def batch_delay(self) -> float:
        """Seconds a Message Batch takes to process; settable (new value, all batches)."""
        return self._api.batches.delay

    @batch_delay.setter
    def batch_delay(self, seconds: float) -> None:
        if not seconds >= 0:
            raise ValueError(f"batch_delay must be >= 0 seconds, got {seconds}")
        self._api.batches.delay = seconds

    def synthetic_batch(self, count: int) -> str:
        """Add an ended batch of ``count`` succeeded results (no requests behind it); its id.

        Its results file is generated while it is served, so very large ones cost little:
        for tests and benchmarks of ``results()``.

        Example::

            batch_id = api.synthetic_batch(100_000)
            for item in client.messages.batches.results(batch_id): ...
        """
        return self._api.batches.synthetic(count)

    def expire_batch(self, batch_id: str) -> None:
        """End a batch now, its unprocessed requests ``expired`` (as after 24 h on the API).

        Example::

            api.expire_batch(batch.id)
        """
        from ._validation import RequestRejected

        try:
            self._api.batches.expire(batch_id)
        except RequestRejected as exc:
            raise KeyError(batch_id) from exc

    def add_file(
        self, content: bytes, filename: str, mime_type: str | None = None
    ) -> dict[str, Any]:
        """Store a downloadable file, as one a tool (code execution) makes; its metadata.

        A missing ``mime_type`` is guessed from ``filename``.

        Example::

            meta = api.add_file(b"x,y\\n1,2\\n", "result.csv")
            client.files.download(meta["id"]).read()   # b"x,y\\n1,2\\n"
        """
        if not isinstance(content, bytes):
            raise TypeError(f"content must be bytes, not {type(content).__name__}")
        return self._api.files.add(content, filename, mime_type, downloadable=True)

    def file_content(self, file_id: str) -> bytes:
        """The bytes stored for a file (uploaded or added); ``KeyError`` for an unknown id.

        Example::

            meta = client.files.upload(file=("a.txt", b"hello"))
            assert api.file_content(meta.id) == b"hello"
        """
        from ._validation import RequestRejected

        try:
            return self._api.files.get(file_id).content
        except RequestRejected as exc:
            raise KeyError(file_id) from exc

    @property
    def pending_faults(self) -> int:
        """How many requests are still to receive an injected fault."""
        return len(self._faults)

    # -- serving -------------------------------------------------------------------------

    async def _on_connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        out = ResponseWriter(reader, writer)
        try:
            while True:
                try:
                    request = await read_request(reader)
                except ProtocolError as exc:
                    answer = error_answer(exc.status, "invalid_request_error", str(exc), "")
                    await out.send(
                        exc.status, [_SERVER, *answer.headers], answer.body, keep_alive=False
                    )
                    break
                if request is None or not await self._serve(request, out):
                    break
                if not request.keep_alive:
                    break
        except (ConnectionError, asyncio.IncompleteReadError):
            pass  # the client went away; nothing to answer
        except asyncio.CancelledError:
            pass  # stop() cancels every connection; ending quietly is the point
        finally:
            writer.close()
            self._tasks.discard(task)

    def _choose_fault(self, request: HTTPRequest) -> Fault | None:
        spec = request.headers.get(FAULT_HEADER)
        if spec is not None:
            return Fault.parse(spec)
        return self._faults.pop_for(request.path)

    async def _serve(self, request: HTTPRequest, out: ResponseWriter) -> bool:
        """Answer one request; False when the connection must not be reused."""
        if request.path.startswith(_CONTROL_PREFIX):
            control = self._control(request)
            await out.send(
                control.status,
                [_SERVER, *control.headers],
                control.body,
                keep_alive=request.keep_alive,
            )
            return True
        request_id = b62_id("req_01")
        try:
            fault = self._choose_fault(request)
        except ValueError as exc:
            fault = None
            bad: JsonAnswer | None = error_answer(
                400, "invalid_request_error", f"{FAULT_HEADER}: {exc}", request_id
            )
        else:
            bad = None
        record = RecordedRequest(request, request_id, fault)
        with self._lock:
            self._requests.append(record)

        answer: JsonAnswer | StreamAnswer | JsonLinesAnswer | None = bad
        if fault is not None:
            if fault.kind == "slow_first_byte":
                await asyncio.sleep(fault.delay)
            elif fault.kind == "drop":
                out.drop()
                return False
            elif fault.kind == "bad_gateway":
                answer = JsonAnswer(502, _BAD_GATEWAY_PAGE, [("content-type", "text/html")])
            elif fault.kind in STATUS_KINDS:
                answer = self._status_fault(fault, request_id)
        if answer is None:
            try:
                reply = fault if fault is not None and fault.kind in REPLY_KINDS else None
                answer = self._api.answer(request, request_id, reply)
            except Exception as exc:  # an emulator bug, or a malformed body with validate=False
                answer = error_answer(500, "api_error", f"emulator failure: {exc!r}", request_id)
        headers = [("request-id", request_id), _SERVER, *answer.headers]
        in_body = fault if fault is not None and fault.kind in IN_BODY_KINDS else None

        if isinstance(answer, StreamAnswer):
            record.status = 200
            return await self._stream(answer, headers, in_body, self._pace_for(request), out)
        if isinstance(answer, JsonLinesAnswer):
            record.status = 200
            return await self._send_lines(answer, headers, in_body, out)
        record.status = answer.status
        if in_body is not None and answer.status == 200:
            if in_body.kind == "drop_mid_stream":
                await out.send_partial(200, headers, answer.body)
                return False
            if in_body.kind == "stall":
                await out.wait_peer_gone()
                return False
            status = _TYPE_STATUS.get(in_body.error_type, 500)
            answer = error_answer(status, in_body.error_type, in_body.message, request_id)
            record.status = status
            headers = [("request-id", request_id), _SERVER, *answer.headers]
        await out.send(answer.status, headers, answer.body, keep_alive=request.keep_alive)
        return request.keep_alive

    def _pace_for(self, request: HTTPRequest) -> float:
        value = request.headers.get(PACE_HEADER)
        if value is not None:
            try:
                return max(0.0, float(value))
            except ValueError:
                pass
        return self.pace

    @staticmethod
    def _status_fault(fault: Fault, request_id: str) -> JsonAnswer:
        headers = list(fault.headers)
        if fault.retry_after is not None:
            headers.append(("retry-after", format(fault.retry_after, "g")))
        if fault.status == 429:
            headers += [
                ("anthropic-ratelimit-requests-limit", "50"),
                ("anthropic-ratelimit-requests-remaining", "0"),
                ("anthropic-ratelimit-requests-reset", "1970-01-01T00:00:00Z"),
            ]
        return error_answer(fault.status, fault.error_type, fault.message, request_id, headers)

    async def _stream(
        self,
        answer: StreamAnswer,
        headers: list[tuple[str, str]],
        fault: Fault | None,
        pace: float,
        out: ResponseWriter,
    ) -> bool:
        await out.start_chunked(200, headers)
        trigger = fault.after_events if fault is not None else -1
        sent = 0  # non-ping events, the unit of ``after_events``
        for index, (name, data) in enumerate(answer.events):
            if sent == trigger:
                assert fault is not None
                return await self._break_stream(fault, out)
            if pace > 0 and index:
                await out.flush()
                await asyncio.sleep(pace)
            out.chunk(_sse(name, data))
            if name != "ping":
                sent += 1
        if sent == trigger:
            assert fault is not None
            return await self._break_stream(fault, out)
        await out.end_chunked()
        return True

    @staticmethod
    async def _send_lines(
        answer: JsonLinesAnswer,
        headers: list[tuple[str, str]],
        fault: Fault | None,
        out: ResponseWriter,
    ) -> bool:
        """A JSON Lines body, chunk by chunk as generated, waiting for the peer to read
        each one. JSON Lines has no in-band error: any in-body fault cuts the connection
        after ``after_events`` lines, in the middle of the next one."""
        await out.start_chunked(200, headers)
        lines_left = fault.after_events if fault is not None else -1
        for chunk in answer.chunks:
            if 0 <= lines_left < chunk.count(b"\n"):
                cut = 0
                for _ in range(lines_left):
                    cut = chunk.index(b"\n", cut) + 1
                cut += (chunk.index(b"\n", cut) - cut) // 2
                if cut:
                    out.chunk(chunk[:cut])
                await out.flush()
                out.drop()
                return False
            if lines_left > 0:
                lines_left -= chunk.count(b"\n")
            out.chunk(chunk)
            await out.flush()
        await out.end_chunked()
        return True

    @staticmethod
    async def _break_stream(fault: Fault, out: ResponseWriter) -> bool:
        if fault.kind == "error_event":
            error = {"type": fault.error_type, "message": fault.message}
            out.chunk(_sse("error", {"type": "error", "error": error}))
            await out.end_chunked()
            return True
        await out.flush()
        if fault.kind == "stall":
            while True:  # until the client leaves (write fails) or the emulator stops
                await asyncio.sleep(fault.ping_interval)
                out.chunk(_PING)
                await out.flush()
        out.drop()
        return False

    # -- the control endpoints (for processes that only speak HTTP) ----------------------

    def _control(self, request: HTTPRequest) -> JsonAnswer:
        route = (request.method, request.path.rstrip("/"))
        try:
            if route == ("POST", "/_emulator/faults"):
                spec = json.loads(request.body or b"{}")
                self.inject(str(spec["fault"]), int(spec.get("times", 1)), path=spec.get("path"))
                return JsonAnswer(200, json.dumps({"pending": self.pending_faults}).encode())
            if route == ("DELETE", "/_emulator/faults"):
                self.clear_faults()
                return JsonAnswer(200, b'{"pending":0}')
            if route == ("GET", "/_emulator/requests"):
                items = [
                    {
                        "method": r.method,
                        "path": r.path,
                        "status": r.status,
                        "fault": r.fault,
                        "request_id": r.request_id,
                    }
                    for r in self.requests
                ]
                return JsonAnswer(
                    200, json.dumps({"count": len(items), "requests": items}).encode()
                )
            if route == ("DELETE", "/_emulator/requests"):
                self.clear_requests()
                return JsonAnswer(200, b'{"count":0}')
            if route == ("POST", "/_emulator/batches/synthetic"):
                spec = json.loads(request.body or b"{}")
                batch_id = self.synthetic_batch(int(spec["count"]))
                return JsonAnswer(200, json.dumps({"id": batch_id}).encode())
        except (ValueError, KeyError, TypeError) as exc:
            return error_answer(400, "invalid_request_error", f"bad control request: {exc}", "")
        return error_answer(
            404, "not_found_error", f"{request.method} {request.path} not found", ""
        )
