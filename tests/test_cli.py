"""``python -m claude_messages batch ...`` against the emulator over loopback, and the pure
parts (reading and splitting the input, joining results back to it) on their own.
"""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from claude_messages._cli import (
    EXIT_API_ERROR,
    EXIT_NOT_ALL_SUCCEEDED,
    EXIT_OK,
    EXIT_TIMEOUT,
    EXIT_USAGE,
    InputError,
    ResultJoiner,
    main,
    read_requests,
)
from claude_messages.testing import Emulator

MODEL = "claude-3-haiku-20240307"
KEY = "sk-ant-api03-" + "k" * 40


def params(text: str, **extra: Any) -> dict[str, Any]:
    return {
        "model": MODEL,
        "max_tokens": 100,
        "messages": [{"role": "user", "content": text}],
        **extra,
    }


# Taken at upload, errored when processed (the thinking budget exceeds max_tokens).
FAILS_LATER = params("Think.", max_tokens=10, thinking={"type": "enabled", "budget_tokens": 1024})


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch) -> Iterator[Emulator]:
    monkeypatch.setenv("ANTHROPIC_API_KEY", KEY)
    monkeypatch.delenv("ANTHROPIC_AUTH_TOKEN", raising=False)
    monkeypatch.delenv("ANTHROPIC_BASE_URL", raising=False)
    with Emulator(batch_delay=0.1) as emulator:
        yield emulator


def write_lines(path: Path, *items: Any) -> Path:
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in items))
    return path


def run(api: Emulator, *args: str) -> int:
    return main(["batch", *args, "--base-url", api.url])


def batch_run(api: Emulator, source: Path, out: Path, *extra: str) -> int:
    return run(api, "run", str(source), "-o", str(out), "--poll-interval", "0.02", *extra)


def read_output(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def creates(api: Emulator) -> list[list[str]]:
    """The custom_ids of each batch the emulator received, in order."""
    return [
        [entry["custom_id"] for entry in r.json["requests"]]
        for r in api.requests
        if r.method == "POST" and r.path == "/v1/messages/batches"
    ]


# ------------------------------------------------------------------------------- batch run


def test_run_writes_one_line_per_input_in_input_order(
    api: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_lines(
        tmp_path / "requests.jsonl",
        {"custom_id": "first", "params": params("one")},
        params("two"),  # bare params: the id is made up from the line number
        "",
        {"custom_id": "bad", "params": FAILS_LATER},
        params("four"),
    )
    out = tmp_path / "results.jsonl"
    assert batch_run(api, source, out) == EXIT_NOT_ALL_SUCCEEDED
    lines = read_output(out)
    assert [(x["line"], x["custom_id"], x["type"]) for x in lines] == [
        (1, "first", "succeeded"),
        (2, "line-2", "succeeded"),
        (4, "bad", "errored"),
        (5, "line-5", "succeeded"),
    ]
    assert lines[1]["message"]["content"][0]["text"] == "You said: two"
    assert lines[2]["error"]["error"]["type"] == "invalid_request_error"
    assert len({x["batch_id"] for x in lines}) == 1
    assert creates(api) == [["first", "line-2", "bad", "line-5"]]
    captured = capsys.readouterr()
    assert "processed 4/4 requests" in captured.err
    assert "done: 1 errored, 3 succeeded" in captured.err
    assert KEY not in captured.err + captured.out
    assert not (tmp_path / "results.jsonl.partial").exists()


def test_run_exits_0_when_every_request_succeeded(
    api: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_lines(tmp_path / "in.jsonl", params("a"), params("b"))
    assert run(api, "run", str(source), "--poll-interval", "0.02") == EXIT_OK
    printed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]  # stdout
    assert [x["custom_id"] for x in printed] == ["line-1", "line-2"]


def test_bad_lines_are_refused_before_anything_is_sent(
    api: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_lines(
        tmp_path / "in.jsonl",
        {"custom_id": "ok", "params": params("fine")},
        "{not json",
        {"custom_id": "ok", "params": params("again")},
        {"custom_id": "s", "params": params("x", stream=True)},
        {"custom_id": "no model", "params": params("x")},
        ["a", "list"],
        {"custom_id": "t", "params": params("x", temperature=7)},
    )
    out = tmp_path / "out.jsonl"
    assert batch_run(api, source, out) == EXIT_USAGE
    assert api.requests == []
    assert not out.exists()
    err = capsys.readouterr().err
    assert f"{source}: line 2: not JSON" in err
    assert "line 3: custom_id 'ok' repeats that of line 1" in err
    assert "line 4 (custom_id='s'): stream must be absent or false" in err
    assert "line 5 (custom_id='no model'): custom_id must be 1 to 64 characters" in err
    assert "line 6: must be a JSON object, not list" in err
    assert "line 7 (custom_id='t'): " in err and "temperature" in err
    assert "6 problem(s)" in err and "nothing was sent" in err


def test_requests_are_split_by_count(api: Emulator, tmp_path: Path) -> None:
    source = write_lines(tmp_path / "in.jsonl", *(params(f"q{i}") for i in range(5)))
    out = tmp_path / "out.jsonl"
    assert batch_run(api, source, out, "--max-batch-requests", "2") == EXIT_OK
    assert creates(api) == [["line-1", "line-2"], ["line-3", "line-4"], ["line-5"]]
    lines = read_output(out)
    assert [x["custom_id"] for x in lines] == [f"line-{i}" for i in range(1, 6)]
    assert [x["message"]["content"][0]["text"] for x in lines] == [
        f"You said: q{i}" for i in range(5)
    ]
    assert len({x["batch_id"] for x in lines}) == 3


def test_requests_are_split_by_size(api: Emulator, tmp_path: Path) -> None:
    texts = ["x" * 200, "y" * 200, "z" * 200, "w" * 10]
    source = write_lines(tmp_path / "in.jsonl", *(params(t) for t in texts))
    one = len(json.dumps({"custom_id": "line-1", "params": params(texts[0])}))
    limit = str(2 * one + 40)  # room for two of the long ones, not three
    assert batch_run(api, source, tmp_path / "out.jsonl", "--max-batch-bytes", limit) == EXIT_OK
    assert creates(api) == [["line-1", "line-2"], ["line-3", "line-4"]]

    api.clear_requests()
    tiny = str(one // 2)
    assert batch_run(api, source, tmp_path / "out.jsonl", "--max-batch-bytes", tiny) == EXIT_USAGE
    assert api.requests == []


def test_timeout_leaves_the_batches_running(
    api: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    api.batch_delay = 60.0
    source = write_lines(tmp_path / "in.jsonl", params("slow"))
    assert batch_run(api, source, tmp_path / "out.jsonl", "--timeout", "0.1") == EXIT_TIMEOUT
    err = capsys.readouterr().err
    batch_id = err.split("submitted ", 1)[1].split(":", 1)[0]
    assert f"batches submitted: {batch_id}" in err
    assert "had not ended" in err
    assert not (tmp_path / "out.jsonl").exists()


def test_missing_key_and_refused_key(
    api: Emulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = write_lines(tmp_path / "in.jsonl", params("hi"))
    monkeypatch.delenv("ANTHROPIC_API_KEY")
    assert batch_run(api, source, tmp_path / "out.jsonl") == EXIT_USAGE
    assert "ANTHROPIC_API_KEY" in capsys.readouterr().err
    assert api.requests == []

    with Emulator(api_key="sk-ant-api03-the-right-key-000") as strict:
        monkeypatch.setenv("ANTHROPIC_API_KEY", KEY)
        assert batch_run(strict, source, tmp_path / "out.jsonl") == EXIT_API_ERROR
    err = capsys.readouterr().err
    assert "authentication_error" in err and KEY not in err


def test_run_reads_stdin(
    api: Emulator, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(params("piped")) + "\n"))
    assert run(api, "run", "-", "--poll-interval", "0.02") == EXIT_OK
    (line,) = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert line["message"]["content"][0]["text"] == "You said: piped"


def test_python_dash_m(api: Emulator, tmp_path: Path) -> None:
    source = write_lines(tmp_path / "in.jsonl", params("hello"))
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "claude_messages", "batch", "run", str(source)]
    command += ["-o", str(out), "--base-url", api.url, "--poll-interval", "0.02"]
    done = subprocess.run(command, capture_output=True, text=True, env=dict(os.environ), timeout=60)
    assert done.returncode == EXIT_OK, done.stderr
    assert read_output(out)[0]["type"] == "succeeded"
    assert KEY not in done.stderr + done.stdout
    helped = subprocess.run(
        [sys.executable, "-m", "claude_messages", "batch", "run", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "--max-batch-requests" not in helped.stdout and "--poll-interval" in helped.stdout


# ------------------------------------------------------------- status, results, cancel


def test_status_results_and_cancel(
    api: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_lines(
        tmp_path / "in.jsonl", params("one"), {"custom_id": "bad", "params": FAILS_LATER}
    )
    batch_run(api, source, tmp_path / "out.jsonl")
    batch_id = capsys.readouterr().err.split("submitted ", 1)[1].split(":", 1)[0]

    assert run(api, "status", batch_id) == EXIT_OK
    status = json.loads(capsys.readouterr().out)
    assert status["id"] == batch_id and status["processing_status"] == "ended"
    assert status["request_counts"]["errored"] == 1

    results = tmp_path / "raw.jsonl"
    assert run(api, "results", batch_id, "-o", str(results)) == EXIT_NOT_ALL_SUCCEEDED
    raw = read_output(results)
    assert [(x["custom_id"], x["result"]["type"]) for x in raw] == [
        ("line-1", "succeeded"),
        ("bad", "errored"),
    ]
    assert "done: 1 errored, 1 succeeded" in capsys.readouterr().err

    api.batch_delay = 60.0
    with_slow = write_lines(tmp_path / "slow.jsonl", params("slow"))
    batch_run(api, with_slow, tmp_path / "x.jsonl", "--timeout", "0.05")
    slow_id = capsys.readouterr().err.split("submitted ", 1)[1].split(":", 1)[0]
    assert run(api, "cancel", slow_id) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["processing_status"] == "canceling"

    assert run(api, "status", "msgbatch_nope") == EXIT_API_ERROR
    assert "not_found_error" in capsys.readouterr().err


# ------------------------------------------------------------------------- the pure parts


def test_made_up_ids_avoid_the_given_ones() -> None:
    plan = read_requests(
        [
            json.dumps({"custom_id": "line-2", "params": params("a")}) + "\n",
            json.dumps(params("b")) + "\n",
        ]
    )
    assert [(e.line, e.custom_id) for e in plan.entries] == [(1, "line-2"), (2, "line-2-2")]
    with pytest.raises(InputError, match="no requests"):
        read_requests(["\n", "  \n"])


def test_joiner_puts_results_back_in_input_order() -> None:
    lines = [json.dumps({"custom_id": f"r{i}", "params": params(f"q{i}")}) for i in range(50)]
    plan = read_requests(lines, max_requests=7)
    assert [len(b) for b in plan.batches] == [7] * 7 + [1]
    results = [
        {"custom_id": f"r{i}", "result": {"type": "succeeded", "message": {"n": i}}}
        for i in range(50)
        if i != 13
    ]
    random.Random(5).shuffle(results)
    with ResultJoiner(plan.entries) as joiner:
        for result in results:
            joiner.add(f"b{int(result['custom_id'][1:]) // 7}", result)
        joined = list(joiner.lines())
        counts = joiner.counts
    assert [x["custom_id"] for x in joined] == [f"r{i}" for i in range(50)]
    assert [x["line"] for x in joined] == list(range(1, 51))
    assert joined[8] == {
        "line": 9,
        "custom_id": "r8",
        "batch_id": "b1",
        "type": "succeeded",
        "message": {"n": 8},
    }
    assert joined[13] == {"line": 14, "custom_id": "r13", "type": "missing"}
    assert counts == {"succeeded": 49, "missing": 1}
