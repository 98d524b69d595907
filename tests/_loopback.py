"""A scriptable HTTP/1.1 server on 127.0.0.1 for tests whose behaviour depends on real sockets.

Each request is answered by ``handler(conn, request)``: it writes whatever bytes it likes
(a status line, chunks, nothing at all) and returns ``True`` to keep the connection for
the next request, ``False`` to close it. The server counts connections and notices when
the client closes one, so a test can ask whether the client let a connection go.

Every wait is bounded: handlers use ``conn.wait_for_close(timeout)`` or sleep for a
bounded time, and ``close()`` ends everything.

``Server(handler, tls=True)`` serves HTTPS for ``localhost`` with the test-only
certificate in ``fixtures/tls``; ``client_tls_context()`` trusts its authority.
"""

from __future__ import annotations

import contextlib
import json
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "SSE_HEAD",
    "Conn",
    "Request",
    "Server",
    "client_tls_context",
    "json_answer",
    "message_json",
    "sse_event",
    "sse_message",
]

TLS_FILES = Path(__file__).parent / "fixtures" / "tls"


def client_tls_context() -> ssl.SSLContext:
    """A client context that trusts the test authority (and nothing else)."""
    return ssl.create_default_context(cafile=str(TLS_FILES / "ca.pem"))


def _server_tls_context() -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(TLS_FILES / "server.pem", TLS_FILES / "server.key")
    return context


SSE_HEAD = (
    b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n"
    b"request-id: req_loop\r\ntransfer-encoding: chunked\r\n\r\n"
)


def message_json(text: str = "Hello!", msg_id: str = "msg_loop") -> dict[str, object]:
    return {
        "id": msg_id,
        "type": "message",
        "role": "assistant",
        "model": "claude-test",
        "content": [{"type": "text", "text": text}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": 5, "output_tokens": 2},
    }


def json_answer(
    payload: object, status: str = "200 OK", headers: dict[str, str] | None = None
) -> bytes:
    body = json.dumps(payload).encode()
    extra = "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items()).encode()
    return (
        b"HTTP/1.1 %s\r\ncontent-type: application/json\r\nrequest-id: req_loop\r\n"
        b"%scontent-length: %d\r\n\r\n" % (status.encode(), extra, len(body)) + body
    )


def sse_event(payload: dict[str, object]) -> bytes:
    return f"event: {payload['type']}\ndata: {json.dumps(payload)}\n\n".encode()


def sse_message(text: str, msg_id: str = "msg_loop") -> list[bytes]:
    """The events of a complete streamed message whose text is ``text`` (one delta per word)."""
    start = message_json("", msg_id)
    start["content"] = []
    events = [
        sse_event({"type": "message_start", "message": start}),
        sse_event(
            {
                "type": "content_block_start",
                "index": 0,
                "content_block": {"type": "text", "text": ""},
            }
        ),
    ]
    for piece in text.split(" "):
        events.append(
            sse_event(
                {
                    "type": "content_block_delta",
                    "index": 0,
                    "delta": {"type": "text_delta", "text": piece + " "},
                }
            )
        )
    events += [
        sse_event({"type": "content_block_stop", "index": 0}),
        sse_event(
            {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                "usage": {"output_tokens": 3},
            }
        ),
        sse_event({"type": "message_stop"}),
    ]
    return events


@dataclass
class Request:
    head: bytes
    body: bytes
    number: int  # 1 for the server's first request

    def header(self, name: str) -> str | None:
        for line in self.head.split(b"\r\n")[1:]:
            key, _, value = line.partition(b":")
            if key.strip().lower() == name.lower().encode():
                return value.strip().decode("latin-1")
        return None

    def json(self) -> object:
        return json.loads(self.body)


class Conn:
    """One accepted connection, as the handler sees it."""

    def __init__(self, sock: socket.socket, server: Server) -> None:
        self.sock = sock
        self.server = server
        self.buffer = bytearray()
        self.gone = False  # the client closed this connection

    def client_closed(self) -> None:
        if not self.gone:
            self.gone = True
            self.server._note(closed_by_client=1)

    def send(self, data: bytes) -> bool:
        """Write ``data``; ``False`` when the client has gone."""
        try:
            self.sock.sendall(data)
        except OSError:
            self.client_closed()
            return False
        return True

    def chunk(self, data: bytes) -> bool:
        """Write one chunk of a chunked body."""
        return self.send(b"%x\r\n%s\r\n" % (len(data), data))

    def end_chunks(self) -> bool:
        return self.send(b"0\r\n\r\n")

    def wait_for_close(self, timeout: float) -> bool:
        """Block until the client closes the connection (``True``) or ``timeout`` passes."""
        deadline = time.monotonic() + timeout
        while not self.server.stopping.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            self.sock.settimeout(min(left, 0.2))
            try:
                data = self.sock.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                data = b""
            if not data:
                self.client_closed()
                return True
            self.buffer += data
        return False

    def pause(self, seconds: float) -> bool:
        """Sleep, waking early when the server stops; ``False`` if it stopped."""
        return not self.server.stopping.wait(seconds)

    def reset(self) -> None:
        """Close with RST instead of FIN."""
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00" * 2)
        self.sock.close()


Handler = Callable[[Conn, Request], bool]


class Server:
    """Runs ``handler`` for each request on its own thread per connection.

    ``connections`` counts accepted connections, ``closed_by_client`` those the client
    closed (seen as end of file while the server waited for the next request or in
    ``wait_for_close``), ``requests`` every request in arrival order.
    """

    def __init__(self, handler: Handler, *, keep_requests: bool = True, tls: bool = False) -> None:
        self.handler = handler
        self._tls = _server_tls_context() if tls else None
        self.handshake_failures = 0  # TLS handshakes the client broke off
        self.keep_requests = keep_requests  # False: only count them (long soaks)
        self.connections = 0
        self.closed_by_client = 0
        self.request_count = 0
        self.requests: list[Request] = []
        self.errors: list[BaseException] = []
        self.stopping = threading.Event()
        self._ended = 0
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(128)
        self.port = self._sock.getsockname()[1]
        self._conns: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._accepting = threading.Thread(target=self._accept, daemon=True)
        self._accepting.start()

    @property
    def url(self) -> str:
        if self._tls is not None:
            return f"https://localhost:{self.port}"
        return f"http://127.0.0.1:{self.port}"

    @property
    def open_connections(self) -> int:
        """Connections accepted and not yet closed (by either side)."""
        with self._lock:
            return self.connections - self._ended

    def wait_until(self, predicate: Callable[[Server], bool], timeout: float = 5.0) -> bool:
        """Wait until ``predicate(self)`` holds (checked on each change), at most ``timeout``."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not predicate(self):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._changed.wait(left)
        return True

    def _note(self, **changes: int) -> None:
        with self._changed:
            for name, delta in changes.items():
                setattr(self, name, getattr(self, name) + delta)
            self._changed.notify_all()

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                sock, _ = self._sock.accept()
            except OSError:
                return
            worker = threading.Thread(target=self._serve, args=(sock,), daemon=True)
            with self._lock:
                self._conns.append(sock)
                self._threads.append(worker)
            self._note(connections=1)
            worker.start()

    def _recv(self, conn: Conn) -> bytes | None:
        """The next bytes from the client; ``None`` once the server stops (every wait is
        0.2 s at most, so ``close()`` is noticed)."""
        conn.sock.settimeout(0.2)
        while not self.stopping.is_set():
            try:
                return conn.sock.recv(65536)
            except TimeoutError:
                continue
        return None

    def _read_request(self, conn: Conn) -> Request | None:
        buf = conn.buffer
        while b"\r\n\r\n" not in buf:
            chunk = self._recv(conn)
            if not chunk:
                if chunk is not None:
                    conn.client_closed()
                return None
            buf += chunk
        head, _, rest = bytes(buf).partition(b"\r\n\r\n")
        request = Request(head, b"", 0)
        length = int(request.header("content-length") or 0)
        while len(rest) < length:
            chunk = self._recv(conn)
            if not chunk:
                return None
            rest += chunk
        buf[:] = rest[length:]
        with self._lock:
            self.request_count += 1
            request.number = self.request_count
            if self.keep_requests:
                self.requests.append(request)
        request.body = rest[:length]
        conn.sock.settimeout(None)
        return request

    def _serve(self, sock: socket.socket) -> None:
        conn = Conn(sock, self)
        try:
            if self._tls is not None:
                sock.settimeout(5.0)
                try:
                    tls_sock = self._tls.wrap_socket(sock, server_side=True)
                except (ssl.SSLError, OSError):
                    self._note(handshake_failures=1)
                    return
                with self._lock:  # close() shuts the TLS socket down, which owns the fd now
                    self._conns[self._conns.index(sock)] = tls_sock
                conn.sock = sock = tls_sock
            while not self.stopping.is_set():
                request = self._read_request(conn)
                if request is None:
                    return
                if not self.handler(conn, request):
                    return
        except OSError:
            return
        except BaseException as exc:  # a broken handler fails the test that reads .errors
            self.errors.append(exc)
        finally:
            with contextlib.suppress(OSError):
                sock.close()
            with self._lock:  # a finished connection is forgotten (long soaks stay flat)
                self._conns.remove(sock)
                self._threads.remove(threading.current_thread())
            self._note(_ended=1)

    def close(self) -> None:
        self.stopping.set()
        with contextlib.suppress(OSError):
            self._sock.shutdown(socket.SHUT_RDWR)
        self._sock.close()
        with self._lock:
            conns, threads = list(self._conns), list(self._threads)
        for sock in conns:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for thread in [self._accepting, *threads]:
            thread.join(timeout=5)

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
