"""``Cassette``: record a client's traffic with the API once, replay it in tests.

A cassette is a loopback HTTP server. Recording, it forwards every request to the upstream
API and writes each exchange to a JSON Lines file (secrets masked); replaying, it answers
the same requests from that file, with no network and no key. The client is pointed at it
like at any API: ``Client(base_url=cassette.base_url, api_key=cassette.api_key)``. The file
format is described in ``_cassette_format``.
"""

from __future__ import annotations

import copy
import json
import os
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, Final

import httpx

from .._exceptions import ClaudeMessagesError
from ._cassette_format import (
    FORMAT_VERSION,
    CassetteFormatError,
    Matcher,
    Redactor,
    diff,
    dump_line,
    load_exchanges,
    request_record,
)
from ._cassette_server import Connection, LoopbackServer, Pace, RecordingProxy, play
from ._server import HTTPRequest

__all__ = [
    "CASSETTE_MODES",
    "DEFAULT_MATCH_ON",
    "DEFAULT_UPSTREAM",
    "MISMATCH_ERROR_TYPE",
    "Cassette",
    "CassetteError",
    "CassetteMismatchError",
]

CASSETTE_MODES: Final = ("once", "record", "replay", "none")
"""``once``: record when the file is missing, else replay. ``record``: always record
(overwriting). ``replay``: replay only (the pytest option ``--claude-record`` turns it
into ``record``). ``none``: replay only, never recorded, not even with ``--claude-record``."""
DEFAULT_UPSTREAM: Final = "https://api.anthropic.com"
DEFAULT_MATCH_ON: Final = ("method", "path", "query", "body")
MISMATCH_ERROR_TYPE: Final = "cassette_mismatch_error"
"""The ``error.type`` of the 400 answer a replaying cassette gives a request it cannot match."""
PLACEHOLDER_KEY: Final = "cassette-placeholder-key"
_MISMATCH_STATUS: Final = 400


class CassetteError(ClaudeMessagesError):
    """A cassette cannot do what its mode asks (missing or unreadable file, bad options).

    Example::

        try:
            Cassette("cassettes/missing.jsonl", mode="none").start()
        except CassetteError as exc:
            print(exc)  # ... does not exist (mode='none' only replays); record it ...
    """


class CassetteMismatchError(CassetteError):
    """A request the cassette has no recorded answer for.

    ``request`` is the request as the cassette recorded it (masked), ``nearest`` the
    recorded exchange most like it (or ``None``), ``diff`` a unified diff from that
    exchange's request to this one, over the parts compared (``match_on``).

    Example::

        try:
            with Cassette("cassettes/hello.jsonl", mode="replay") as cassette:
                ...  # a request that was not recorded
        except CassetteMismatchError as exc:
            print(exc.diff)
    """

    def __init__(
        self,
        message: str,
        *,
        request: dict[str, Any],
        nearest: dict[str, Any] | None,
        diff: str,
    ) -> None:
        super().__init__(message)
        self.request = request
        self.nearest = nearest
        self.diff = diff


def _check_pace(pace: object) -> Pace:
    if pace is None or pace == "recorded":
        return pace
    if isinstance(pace, int | float) and not isinstance(pace, bool) and pace >= 0:
        return float(pace)
    raise ValueError(f"pace must be None, 'recorded' or seconds >= 0, got {pace!r}")


def _check_upstream(upstream: object) -> str:
    if not isinstance(upstream, str):
        raise TypeError(f"upstream must be a URL str, not {type(upstream).__name__}")
    url = httpx.URL(upstream)
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"upstream must be an http(s) URL with a host, got {upstream!r}")
    return upstream


class Cassette:
    """Records the API's answers to a file once, then replays them over loopback HTTP.

    ``path``: the JSON Lines file. ``mode``: ``"once"`` (default: record when the file
    is missing, else replay), ``"record"``, ``"replay"`` or ``"none"`` (replay only,
    never re-recorded). Recording: requests go to ``upstream``, with the key ``api_key``
    (default ``ANTHROPIC_API_KEY``) sent as ``x-api-key``; it is never written.
    Replaying: ``match_on`` names what must be equal (``method``, ``path``, ``query``,
    ``headers`` (the ``anthropic-*`` ones), ``body``), ``ignore_fields`` the body fields
    left out (``"metadata"``, ``"requests.*.params.metadata"``); identical requests get
    their answers in recorded order, each once unless ``allow_repeats``. ``pace``: seconds
    between replayed stream events, or ``"recorded"`` for the recorded timing (``None``:
    at once). ``timing=False`` records no event times.

    A request that matches nothing gets a 400 ``cassette_mismatch_error`` answer whose
    message holds a diff against the nearest recorded request, and leaving the ``with``
    block raises that ``CassetteMismatchError``.

    Example::

        from claude_messages import Client
        from claude_messages.testing import Cassette

        with Cassette("cassettes/hello.jsonl") as cassette:
            client = Client(base_url=cassette.base_url, api_key=cassette.api_key)
            message = client.messages.create(
                model="claude-3-haiku-20240307", max_tokens=100,
                messages=[{"role": "user", "content": "Hello"}])
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        mode: str = "once",
        *,
        upstream: str = DEFAULT_UPSTREAM,
        api_key: str | None = None,
        match_on: Iterable[str] = DEFAULT_MATCH_ON,
        ignore_fields: Iterable[str] = (),
        pace: float | str | None = None,
        timing: bool = True,
        allow_repeats: bool = False,
    ) -> None:
        if mode not in CASSETTE_MODES:
            raise ValueError(f"mode must be one of {', '.join(CASSETTE_MODES)}; got {mode!r}")
        if api_key is not None and not isinstance(api_key, str):
            raise TypeError(f"api_key must be a str, not {type(api_key).__name__}")
        self.path = Path(path)
        self.mode = mode
        self.upstream = _check_upstream(upstream)
        self._api_key = api_key
        self._matcher = Matcher(match_on, ignore_fields)
        self._pace = _check_pace(pace)
        self._timing = bool(timing)
        self._allow_repeats = bool(allow_repeats)
        self._lock = threading.Lock()
        self._server: LoopbackServer | None = None
        self._recording = False
        self._exchanges: list[dict[str, Any]] = []
        self._views: list[dict[str, Any]] = []
        self._played: list[int] = []
        self._mismatches: list[CassetteMismatchError] = []
        self._redactor = Redactor()

    # -- lifecycle -----------------------------------------------------------------------

    def start(self) -> Cassette:
        """Load or prepare the file and start serving (``with`` does this)."""
        if self._server is not None:
            raise RuntimeError("the cassette is already running")
        key = self._api_key if self._api_key is not None else os.environ.get("ANTHROPIC_API_KEY")
        self._redactor = Redactor([key] if key else [])
        recording = self.mode == "record" or (self.mode == "once" and not self.path.exists())
        with self._lock:
            self._exchanges, self._views, self._played, self._mismatches = [], [], [], []
        if recording:
            if not key and httpx.URL(self.upstream).host == httpx.URL(DEFAULT_UPSTREAM).host:
                raise CassetteError(
                    f"Recording {self.path} against {self.upstream} needs an API key: set "
                    "ANTHROPIC_API_KEY or pass api_key=... (it is sent, never written)."
                )
            proxy = RecordingProxy(
                self.upstream,
                api_key=key or None,
                redactor=self._redactor,
                timing=self._timing,
                reserve=self._reserve,
            )
            server = LoopbackServer(proxy.handle, name="claude-messages-cassette")
            server.on_stop.append(proxy.aclose)
        else:
            self._load()
            server = LoopbackServer(self._replay, name="claude-messages-cassette")
        server.start()
        self._recording = recording
        self._server = server
        return self

    def stop(self) -> None:
        """Stop serving; a recording cassette writes its file now."""
        server, self._server = self._server, None
        if server is None:
            return
        server.stop()
        if self._recording:
            self._save()

    def __enter__(self) -> Cassette:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
        self.check()

    def check(self) -> None:
        """Raise the first ``CassetteMismatchError`` seen so far, if any."""
        with self._lock:
            mismatches = list(self._mismatches)
        if mismatches:
            first = mismatches[0]
            if len(mismatches) > 1:
                first.add_note(f"({len(mismatches) - 1} more requests matched nothing)")
            raise first

    # -- what tests read -----------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The URL to give the client, e.g. ``http://127.0.0.1:50123``."""
        if self._server is None:
            raise RuntimeError("the cassette is not running; use `with Cassette(...) as c:`")
        return f"http://127.0.0.1:{self._server.port}"

    @property
    def api_key(self) -> str:
        """A placeholder key for the client (the upstream key is added while recording)."""
        return PLACEHOLDER_KEY

    @property
    def recording(self) -> bool:
        """Whether this run records (``True``) or replays (set by :meth:`start`)."""
        return self._recording

    @property
    def exchanges(self) -> list[dict[str, Any]]:
        """The exchanges recorded (complete once the cassette stopped), or those loaded for
        replay; copies."""
        with self._lock:
            items = [e for e in self._exchanges if e.get("response") is not None]
            return [
                {k: v for k, v in item.items() if k != "_line"} for item in copy.deepcopy(items)
            ]

    @property
    def unplayed(self) -> list[dict[str, Any]]:
        """Loaded exchanges not replayed (yet)."""
        with self._lock:
            return [
                {k: v for k, v in copy.deepcopy(e).items() if k != "_line"}
                for i, e in enumerate(self._exchanges)
                if not self._played[i]
            ]

    @property
    def mismatches(self) -> list[CassetteMismatchError]:
        """The requests that matched nothing, as errors (replay only)."""
        with self._lock:
            return list(self._mismatches)

    def __repr__(self) -> str:
        state = "recording" if self._recording else "replaying"
        running = state if self._server is not None else "stopped"
        return f"<Cassette {str(self.path)!r} mode={self.mode!r} {running}>"

    # -- the file ------------------------------------------------------------------------

    def _load(self) -> None:
        if not self.path.exists():
            raise CassetteError(
                f"Cassette {self.path} does not exist (mode={self.mode!r} only replays); "
                "record it with mode='once' or 'record' (in pytest: --claude-record)."
            )
        try:
            exchanges = load_exchanges(self.path)
        except CassetteFormatError as exc:
            raise CassetteError(str(exc)) from None
        with self._lock:
            self._exchanges = exchanges
            self._views = [self._matcher.view(e["request"]) for e in exchanges]
            self._played = [0] * len(exchanges)

    def _save(self) -> None:
        with self._lock:
            items = [e for e in self._exchanges if e.get("response") is not None]
            # Mask again: a secret learned from a later request may sit in an earlier one.
            lines = [dump_line(self._redactor.value(item)) + "\n" for item in items]
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_name(self.path.name + ".partial")
        partial.write_text("".join(lines), encoding="utf-8")
        os.replace(partial, self.path)

    # -- serving -------------------------------------------------------------------------

    def _reserve(self, request: dict[str, Any]) -> dict[str, Any]:
        exchange: dict[str, Any] = {"version": FORMAT_VERSION, "request": request}
        exchange["response"] = None
        with self._lock:
            self._exchanges.append(exchange)
        return exchange

    def _take(self, request: dict[str, Any]) -> dict[str, Any] | CassetteMismatchError:
        view = self._matcher.view(request)
        with self._lock:
            matches = [i for i, other in enumerate(self._views) if other == view]
            for index in matches:
                if not self._played[index]:
                    self._played[index] += 1
                    return self._exchanges[index]
            if matches and self._allow_repeats:
                self._played[matches[-1]] += 1
                return self._exchanges[matches[-1]]
            error = self._mismatch(request, view, matches)
            self._mismatches.append(error)
            return error

    def _mismatch(
        self, request: dict[str, Any], view: dict[str, Any], matches: list[int]
    ) -> CassetteMismatchError:
        route = f"{request['method']} {request['path']}"
        if matches:
            first = self._exchanges[matches[0]]
            return CassetteMismatchError(
                f"{route} matches {len(matches)} recorded exchange(s) in {self.path} (first "
                f"at line {first.get('_line')}), all replayed already; record the cassette "
                "again, or pass allow_repeats=True to replay the last one again.",
                request=request,
                nearest=first,
                diff="",
            )
        if not self._exchanges:
            return CassetteMismatchError(
                f"{route} matches nothing: {self.path} holds no recorded exchange.",
                request=request,
                nearest=None,
                diff="",
            )
        unplayed = [i for i, count in enumerate(self._played) if not count]
        pool = unplayed or list(range(len(self._exchanges)))
        best = self._matcher.nearest(view, [self._views[i] for i in pool])
        assert best is not None
        nearest = self._exchanges[pool[best]]
        line = nearest.get("_line")
        text = diff(self._views[pool[best]], view, f"recorded (line {line})")
        return CassetteMismatchError(
            f"{route} matches no recorded exchange in {self.path} (compared: "
            f"{', '.join(self._matcher.match_on)}). Nearest: line {line}:\n{text}",
            request=request,
            nearest=nearest,
            diff=text,
        )

    async def _replay(self, request: HTTPRequest, connection: Connection) -> bool:
        found = self._take(request_record(request, self._redactor))
        if isinstance(found, CassetteMismatchError):
            error = {"type": MISMATCH_ERROR_TYPE, "message": str(found)}
            body = json.dumps({"type": "error", "error": error}, ensure_ascii=False).encode()
            headers = [
                ("content-type", "application/json"),
                ("request-id", "req_cassette_mismatch"),
                ("x-should-retry", "false"),
            ]
            await connection.out.send(
                _MISMATCH_STATUS, headers, body, keep_alive=request.keep_alive
            )
            return request.keep_alive
        response: Mapping[str, Any] = found["response"]
        return await play(response, connection, pace=self._pace, keep_alive=request.keep_alive)
