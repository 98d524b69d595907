"""``python -m claude_messages``: Message Batches from the shell.

``batch run requests.jsonl -o results.jsonl`` reads one request a line, checks every line
before sending anything, splits the requests into as many batches as the API's limits
need, submits them, waits (progress on stderr), downloads the results and writes one line
per input, in input order. ``batch status``, ``batch results`` and ``batch cancel`` act on
one batch by id. The key comes from ``ANTHROPIC_API_KEY`` (or ``ANTHROPIC_AUTH_TOKEN``),
the URL from ``--base-url`` or ``ANTHROPIC_BASE_URL``; neither key nor token is printed.

Exit status: 0 every request succeeded; 1 the batches ended but some requests did not
succeed (errored, canceled, expired); 2 bad arguments or input (nothing was sent); 3 the
API refused a call or could not be reached; 4 ``--timeout`` passed before the batches
ended; 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final, TextIO, cast

from ._batch_requests import MAX_BATCH_REQUESTS, batch_body
from ._config import DEFAULT_API_VERSION
from ._exceptions import BatchWaitTimeoutError, ClaudeMessagesError
from ._request import encode_json

if TYPE_CHECKING:
    from claude_messages_generated.models import MessageBatch
    from claude_messages_generated.params import MessageBatchRequest

    from ._client import Client

__all__ = [
    "EXIT_API_ERROR",
    "EXIT_INTERRUPTED",
    "EXIT_NOT_ALL_SUCCEEDED",
    "EXIT_OK",
    "EXIT_TIMEOUT",
    "EXIT_USAGE",
    "MAX_BATCH_BYTES",
    "InputError",
    "Plan",
    "ResultJoiner",
    "main",
    "read_requests",
]

EXIT_OK: Final = 0
EXIT_NOT_ALL_SUCCEEDED: Final = 1
EXIT_USAGE: Final = 2
EXIT_API_ERROR: Final = 3
EXIT_TIMEOUT: Final = 4
EXIT_INTERRUPTED: Final = 130

MAX_BATCH_BYTES: Final = 256 * 1024 * 1024
"""The largest body of one ``POST /v1/messages/batches`` (256 MB)."""
_ENVELOPE: Final = len(b'{"requests":[]}')
_ERRORS_SHOWN: Final = 20
_PROG: Final = "python -m claude_messages"


class InputError(Exception):
    """Lines of a requests file that cannot be sent; ``problems`` names each by number."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(slots=True)
class Entry:
    """One request of the input: where it was, its id, and its line to send again."""

    line: int
    custom_id: str
    text: str
    bare: bool  # the line held the params only; ``custom_id`` was made up
    size: int  # bytes it adds to a batch's body


@dataclass(slots=True)
class Plan:
    """The checked requests and the batches they go in (lists of indexes into ``entries``)."""

    entries: list[Entry]
    batches: list[range]

    def requests(self, batch: range) -> list[dict[str, Any]]:
        """The ``requests`` of one batch, parsed again from their lines."""
        out: list[dict[str, Any]] = []
        for index in batch:
            entry = self.entries[index]
            value = json.loads(entry.text)
            params = value if entry.bare else value["params"]
            out.append({"custom_id": entry.custom_id, "params": params})
        return out


def _made_up_id(line: int, taken: set[str]) -> str:
    candidate = f"line-{line}"
    suffix = 1
    while candidate in taken:
        suffix += 1
        candidate = f"line-{line}-{suffix}"
    return candidate


def read_requests(
    lines: Iterable[str],
    *,
    api_version: str = DEFAULT_API_VERSION,
    max_requests: int = MAX_BATCH_REQUESTS,
    max_bytes: int = MAX_BATCH_BYTES,
) -> Plan:
    """Check every line of a requests file and plan the batches; raise ``InputError``.

    A line is ``{"custom_id": ..., "params": {...}}`` or the params alone (its id is then
    ``line-N``, N its line number). Blank lines are skipped. Params are checked as
    ``messages.batches.create`` checks them, and ids must be unique. Batches take the
    requests in input order, at most ``max_requests`` and ``max_bytes`` of body each.

    Example::

        plan = read_requests(open("requests.jsonl"), max_requests=1000)
        print(len(plan.entries), "requests in", len(plan.batches), "batches")
    """
    problems: list[str] = []
    parsed: list[tuple[int, str, dict[str, Any]]] = []
    for number, text in enumerate(lines, 1):
        if not text.strip():
            continue
        try:
            value = json.loads(text)
        except ValueError as exc:
            problems.append(f"line {number}: not JSON ({exc})")
            continue
        if not isinstance(value, dict):
            problems.append(f"line {number}: must be a JSON object, not {type(value).__name__}")
            continue
        parsed.append((number, text, value))
    if not parsed and not problems:
        raise InputError(["no requests: the input holds no line"])

    def bare(value: dict[str, Any]) -> bool:
        return "custom_id" not in value and "params" not in value

    taken = {v["custom_id"] for _, _, v in parsed if isinstance(v.get("custom_id"), str)}
    seen: dict[str, int] = {}
    entries: list[Entry] = []
    for number, text, value in parsed:
        is_bare = bare(value)
        if is_bare:
            custom_id = _made_up_id(number, taken)
            taken.add(custom_id)
            entry: dict[str, Any] = {"custom_id": custom_id, "params": value}
        else:
            entry = value
        try:
            checked = batch_body([entry], api_version)["requests"][0]
        except (TypeError, ValueError) as exc:
            # The client's message names the entry "requests[0]"; here it is a line.
            message = str(exc)
            if message.startswith("requests[0]"):
                problems.append(f"line {number}{message.removeprefix('requests[0]')}")
            else:
                problems.append(f"line {number}: {message}")
            continue
        custom_id = checked["custom_id"]
        earlier = seen.setdefault(custom_id, number)
        if earlier != number:
            problems.append(
                f"line {number}: custom_id {custom_id!r} repeats that of line {earlier}"
            )
            continue
        size = len(encode_json(checked)) + 1
        if size + _ENVELOPE > max_bytes:
            problems.append(
                f"line {number}: the request takes {size} bytes; a batch holds at most "
                f"{max_bytes} bytes"
            )
            continue
        entries.append(Entry(number, custom_id, text, is_bare, size))
    if problems:
        raise InputError(problems)
    return Plan(entries, _split(entries, max_requests, max_bytes))


def _split(entries: Sequence[Entry], max_requests: int, max_bytes: int) -> list[range]:
    batches: list[range] = []
    start, size = 0, _ENVELOPE
    for index, entry in enumerate(entries):
        if index > start and (index - start >= max_requests or size + entry.size > max_bytes):
            batches.append(range(start, index))
            start, size = index, _ENVELOPE
        size += entry.size
    batches.append(range(start, len(entries)))
    return batches


class ResultJoiner:
    """Results in, in any order; one line per input out, in input order; no network.

    Results are kept in an anonymous temporary file (only their offsets in memory), so a
    100,000-result run does not hold every message at once.

    Example::

        joiner = ResultJoiner(plan.entries)
        joiner.add("msgbatch_01", {"custom_id": "q1", "result": {"type": "succeeded", ...}})
        for line in joiner.lines(): ...
        joiner.close()
    """

    def __init__(self, entries: Sequence[Entry]) -> None:
        self._entries = entries
        # Closed by close() (or leaving a ``with`` block); gone from disk once closed.
        self._file: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115
        self._where: dict[str, tuple[int, int, str]] = {}
        self.counts: dict[str, int] = {}

    def add(self, batch_id: str, result: dict[str, Any]) -> None:
        """One line of a batch's results (``custom_id`` and ``result``)."""
        data = json.dumps(result.get("result"), ensure_ascii=False).encode()
        offset = self._file.seek(0, os.SEEK_END)
        self._file.write(data)
        self._where[str(result.get("custom_id"))] = (offset, len(data), batch_id)

    def lines(self) -> Iterator[dict[str, Any]]:
        """One dict per input, in input order: ``line``, ``custom_id``, ``batch_id`` and the
        result (``type``, then ``message`` or ``error``); ``type`` is ``missing`` when the
        API gave no result for it. ``counts`` tallies the types."""
        self.counts = {}
        for entry in self._entries:
            out: dict[str, Any] = {"line": entry.line, "custom_id": entry.custom_id}
            where = self._where.get(entry.custom_id)
            if where is None:
                out["type"] = "missing"
            else:
                offset, length, batch_id = where
                self._file.seek(offset)
                result = json.loads(self._file.read(length))
                out["batch_id"] = batch_id
                if isinstance(result, dict):
                    out.update(result)
                else:
                    out["type"] = "missing"
            kind = str(out.get("type"))
            self.counts[kind] = self.counts.get(kind, 0) + 1
            yield out

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> ResultJoiner:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


# --- running ----------------------------------------------------------------------------


class _Progress:
    """``processed X/Y requests`` on stderr: rewritten in place on a terminal, else a line
    each time the count moves."""

    def __init__(self, stream: TextIO, total: int, batch_ids: Sequence[str]) -> None:
        self._stream = stream
        self._total = total
        self._done = dict.fromkeys(batch_ids, 0)
        self._tty = stream.isatty()
        self._last = -1

    def update(self, batch: MessageBatch) -> None:
        counts = batch.request_counts
        self._done[batch.id] = counts.succeeded + counts.errored + counts.canceled + counts.expired
        processed = sum(self._done.values())
        if processed == self._last:
            return
        self._last = processed
        line = f"processed {processed}/{self._total} requests"
        if self._tty:
            self._stream.write(f"\r{line}")
        else:
            self._stream.write(line + "\n")
        self._stream.flush()

    def end(self) -> None:
        if self._tty and self._last >= 0:
            self._stream.write("\n")
            self._stream.flush()


def _open_output(name: str) -> tuple[TextIO, Path | None]:
    if name == "-":
        return sys.stdout, None
    final = Path(name)
    partial = final.with_name(final.name + ".partial")
    return partial.open("w", encoding="utf-8"), final


def _finish_output(stream: TextIO, final: Path | None) -> None:
    if final is None:
        stream.flush()
        return
    stream.close()
    os.replace(final.with_name(final.name + ".partial"), final)


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _read_input(name: str) -> list[str]:
    if name == "-":
        return sys.stdin.readlines()
    with open(name, encoding="utf-8-sig") as file:
        return file.readlines()


class _UsageError(Exception):
    """A setting the client refused (no key, a bad URL): nothing was sent."""


def _make_client(args: argparse.Namespace) -> Client:
    from ._client import Client

    try:
        return Client(base_url=args.base_url, api_version=args.api_version)
    except (ClaudeMessagesError, TypeError, ValueError) as exc:
        raise _UsageError(str(exc)) from None


def _run(args: argparse.Namespace) -> int:
    err = sys.stderr
    try:
        lines = _read_input(args.input)
    except OSError as exc:
        err.write(f"{_PROG}: cannot read {args.input}: {exc.strerror or exc}\n")
        return EXIT_USAGE
    where = "<stdin>" if args.input == "-" else args.input
    try:
        plan = read_requests(
            lines,
            api_version=args.api_version,
            max_requests=args.max_batch_requests,
            max_bytes=args.max_batch_bytes,
        )
    except InputError as exc:
        for problem in exc.problems[:_ERRORS_SHOWN]:
            err.write(f"{where}: {problem}\n")
        if len(exc.problems) > _ERRORS_SHOWN:
            err.write(f"{where}: ... and {len(exc.problems) - _ERRORS_SHOWN} more problems\n")
        err.write(f"{_PROG}: {len(exc.problems)} problem(s) in {where}; nothing was sent\n")
        return EXIT_USAGE
    client = _make_client(args)
    submitted: list[str] = []
    with client:
        try:
            for batch in plan.batches:
                # Each line was checked against the spec already (plan); the dicts go as is.
                entries = cast("list[MessageBatchRequest]", plan.requests(batch))
                created = client.messages.batches.create(requests=entries)
                submitted.append(created.id)
                first, last = plan.entries[batch[0]].line, plan.entries[batch[-1]].line
                err.write(f"submitted {created.id}: {len(batch)} requests (lines {first}-{last})\n")
            return _wait_and_write(client, args, plan, submitted)
        except BaseException as exc:
            if submitted and not isinstance(exc, SystemExit):
                err.write(f"{_PROG}: batches submitted: {' '.join(submitted)}\n")
            raise


def _wait_and_write(
    client: Client, args: argparse.Namespace, plan: Plan, batch_ids: list[str]
) -> int:
    err = sys.stderr
    progress = _Progress(err, len(plan.entries), batch_ids)
    deadline = None if args.timeout is None else time.monotonic() + args.timeout
    try:
        for batch_id in batch_ids:
            remaining = None if deadline is None else max(deadline - time.monotonic(), 0.001)
            client.messages.batches.wait(
                batch_id,
                poll_interval=args.poll_interval,
                max_interval=max(args.max_interval, args.poll_interval),
                timeout=remaining,
                on_progress=progress.update,
            )
    finally:
        progress.end()
    with ResultJoiner(plan.entries) as joiner:
        for batch_id in batch_ids:
            with client.messages.batches.results(batch_id) as results:
                for item in results:
                    joiner.add(batch_id, item.to_dict())
        out, final = _open_output(args.output)
        for line in joiner.lines():
            out.write(_dump(line) + "\n")
        _finish_output(out, final)
        counts = joiner.counts
    summary = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))
    err.write(f"done: {summary}\n")
    return EXIT_OK if set(counts) <= {"succeeded"} else EXIT_NOT_ALL_SUCCEEDED


def _status(args: argparse.Namespace) -> int:
    with _make_client(args) as client:
        batch = client.messages.batches.retrieve(args.batch_id)
    sys.stdout.write(json.dumps(batch.to_dict(), indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


def _cancel(args: argparse.Namespace) -> int:
    with _make_client(args) as client:
        batch = client.messages.batches.cancel(args.batch_id)
    sys.stdout.write(json.dumps(batch.to_dict(), indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


def _results(args: argparse.Namespace) -> int:
    counts: dict[str, int] = {}
    with _make_client(args) as client, client.messages.batches.results(args.batch_id) as results:
        out, final = _open_output(args.output)
        try:
            for item in results:
                line = item.to_dict()
                kind = str(line.get("result", {}).get("type"))
                counts[kind] = counts.get(kind, 0) + 1
                out.write(_dump(line) + "\n")
        except BaseException:
            if final is not None:
                out.close()
                final.with_name(final.name + ".partial").unlink(missing_ok=True)
            raise
        _finish_output(out, final)
    summary = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items())) or "no results"
    sys.stderr.write(f"done: {summary}\n")
    return EXIT_OK if set(counts) <= {"succeeded"} else EXIT_NOT_ALL_SUCCEEDED


# --- arguments --------------------------------------------------------------------------


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, got {text}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="Claude Messages API from the shell. The API key is read from "
        "ANTHROPIC_API_KEY (or ANTHROPIC_AUTH_TOKEN), never from the command line.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    batch = commands.add_parser("batch", help="Message Batches: run, status, results, cancel")
    actions = batch.add_subparsers(dest="action", required=True, metavar="ACTION")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--base-url", default=None, help="the API's URL (default: ANTHROPIC_BASE_URL or the API)"
    )
    common.add_argument(
        "--api-version", default=DEFAULT_API_VERSION, help="anthropic-version to send"
    )

    run = actions.add_parser(
        "run",
        parents=[common],
        help="submit a JSON Lines file of requests, wait, and write the results",
        description="Submit one request per line ({'custom_id': ..., 'params': {...}} or the "
        "params alone, then given the id line-N), wait for the batches to end, and write "
        "one result line per input, in input order. A custom_id is 1 to 64 characters "
        "from a-z, A-Z, 0-9, '_' and '-'.",
    )
    run.add_argument("input", help="the requests, one JSON object a line ('-': stdin)")
    run.add_argument("-o", "--output", default="-", help="where to write results ('-': stdout)")
    run.add_argument(
        "--poll-interval", type=_seconds, default=1.0, help="seconds before the second poll"
    )
    run.add_argument(
        "--max-interval", type=_seconds, default=60.0, help="the longest pause between polls"
    )
    run.add_argument(
        "--timeout", type=_seconds, default=None, help="give up waiting after this many seconds"
    )
    # The API's limits, lowered by tests to exercise splitting.
    run.add_argument(
        "--max-batch-requests",
        type=_positive_int,
        default=MAX_BATCH_REQUESTS,
        help=argparse.SUPPRESS,
    )
    run.add_argument(
        "--max-batch-bytes", type=_positive_int, default=MAX_BATCH_BYTES, help=argparse.SUPPRESS
    )
    run.set_defaults(handler=_run)

    status = actions.add_parser("status", parents=[common], help="print a batch as JSON")
    status.add_argument("batch_id")
    status.set_defaults(handler=_status)

    results = actions.add_parser(
        "results", parents=[common], help="download an ended batch's results (JSON Lines)"
    )
    results.add_argument("batch_id")
    results.add_argument("-o", "--output", default="-", help="where to write ('-': stdout)")
    results.set_defaults(handler=_results)

    cancel = actions.add_parser("cancel", parents=[common], help="cancel a batch")
    cancel.add_argument("batch_id")
    cancel.set_defaults(handler=_cancel)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; the exit status (see the module's docstring).

    Example::

        sys.exit(main(["batch", "status", "msgbatch_01..."]))
    """
    args = _parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except KeyboardInterrupt:
        sys.stderr.write(f"{_PROG}: interrupted\n")
        return EXIT_INTERRUPTED
    except _UsageError as exc:
        sys.stderr.write(f"{_PROG}: {exc}\n")
        return EXIT_USAGE
    except BatchWaitTimeoutError as exc:
        sys.stderr.write(f"{_PROG}: {exc}\n")
        return EXIT_TIMEOUT
    except ClaudeMessagesError as exc:
        sys.stderr.write(f"{_PROG}: {exc}\n")
        return EXIT_API_ERROR
