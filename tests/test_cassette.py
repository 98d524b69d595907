"""Cassettes: record the client's traffic with the emulator over loopback (it stands in for
the real API), then replay it with the emulator stopped, sync and async from one body.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from _dual import Await, Dual
from claude_messages import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    Client,
    OverloadedError,
)
from claude_messages.testing import (
    Cassette,
    CassetteError,
    CassetteMismatchError,
    Emulator,
    Fault,
)

pytest_plugins = ["pytester"]

MODEL = "claude-3-haiku-20240307"


def params(text: str, **extra: Any) -> dict[str, Any]:
    return {
        "model": MODEL,
        "max_tokens": 100,
        "messages": [{"role": "user", "content": text}],
        **extra,
    }


class Target:
    """What ``Dual`` needs of a server (``url``, ``api_key``), here a cassette's."""

    def __init__(self, cassette: Cassette) -> None:
        self.url = cassette.base_url
        self.api_key = cassette.api_key


def dual(mode: str, cassette: Cassette) -> Dual:
    return Dual(mode, Target(cassette))  # type: ignore[arg-type]


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "cassettes" / "test.jsonl"


def record_then_replay(
    path: Path,
    mode: str,
    body: Callable[[Any, Await], Any],
    *,
    setup: Callable[[Emulator], None] | None = None,
    emulator: dict[str, Any] | None = None,
    **replay_options: Any,
) -> tuple[Any, Any]:
    """``body``'s outcome recorded against a live emulator, then replayed without it."""
    with Emulator(**(emulator or {})) as api:
        if setup is not None:
            setup(api)
        with Cassette(path, "record", upstream=api.url) as cassette:
            live = dual(mode, cassette)(body)
        assert api.requests, "the emulator received nothing"
    with Cassette(path, "replay", **replay_options) as cassette:
        replayed = dual(mode, cassette)(body)
        assert not cassette.unplayed
    return live, replayed


def client_of(cassette: Cassette) -> Client:
    return Client(api_key=cassette.api_key, base_url=cassette.base_url)


async def collect(aw: Await, stream: Any, into: list[Any]) -> None:
    """Iterate a sync or async stream, keeping each item as it comes."""
    if aw.is_async:
        async for item in stream:
            into.append(item)
    else:
        for item in stream:
            into.append(item)


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


# ------------------------------------------------------------ record, then replay offline


def test_messages_and_models_replay_with_the_emulator_stopped(path: Path, mode: str) -> None:
    async def body(client: Any, aw: Await) -> list[Any]:
        message = await aw(client.messages.create(**params("Hello")))
        tokens = await aw(
            client.messages.count_tokens(model=MODEL, messages=params("Hi")["messages"])
        )
        models = await aw.list(client.models.list(limit=3))
        model = await aw(client.models.retrieve(MODEL))
        return [message.to_dict(), tokens.input_tokens, [m.id for m in models], model.to_dict()]

    live, replayed = record_then_replay(path, mode, body)
    assert replayed == live
    assert live[0]["content"][0]["text"] == "You said: Hello"
    # Pages of models were fetched with their own query strings, each recorded.
    recorded = lines(path)
    assert [(e["request"]["method"], e["request"]["path"]) for e in recorded][:2] == [
        ("POST", "/v1/messages"),
        ("POST", "/v1/messages/count_tokens"),
    ]
    assert any(e["request"].get("query", {}).get("limit") == "3" for e in recorded)


def test_stream_replays_event_by_event(path: Path, mode: str) -> None:
    async def body(client: Any, aw: Await) -> list[Any]:
        stream = await aw(client.messages.create(**params("Tell me a story"), stream=True))
        events = [event.to_dict() for event in await aw.list(stream)]
        async_manager = client.messages.stream(**params("Once more"))
        if aw.is_async:
            async with async_manager as managed:
                texts = [text async for text in managed.text_stream]
                final = (await managed.get_final_message()).to_dict()
        else:
            with async_manager as managed:
                texts = list(managed.text_stream)
                final = managed.get_final_message().to_dict()
        return [events, texts, final]

    live, replayed = record_then_replay(path, mode, body)
    assert replayed == live
    events, texts, final = replayed
    assert [e["type"] for e in events][:2] == ["message_start", "content_block_start"]
    assert events[-1]["type"] == "message_stop"
    assert "".join(texts) == final["content"][0]["text"] == "You said: Once more"
    stream = lines(path)[0]["response"]
    assert stream["headers"]["content-type"].startswith("text/event-stream")
    # Every SSE event is kept, pings included, each with its time since the answer began.
    names = [e["event"] for e in stream["events"]]
    assert "ping" in names and names[-1] == "message_stop"
    times = [e["t"] for e in stream["events"]]
    assert times == sorted(times)


def test_mid_stream_error_event_replays(path: Path, mode: str) -> None:
    async def body(client: Any, aw: Await) -> list[Any]:
        stream = await aw(client.messages.create(**params("one two three four"), stream=True))
        events: list[Any] = []
        with pytest.raises(OverloadedError) as raised:
            await collect(aw, stream, events)
        texts = [e.delta.text for e in events if e.type_ == "content_block_delta"]
        return [texts, raised.value.status_code, raised.value.type]

    live, replayed = record_then_replay(
        path, mode, body, setup=lambda api: api.inject(Fault.error_event(after_events=4))
    )
    assert replayed == live
    assert live[0] and live[1:] == [529, "overloaded_error"]
    assert lines(path)[0]["response"]["events"][-1]["event"] == "error"


def test_dropped_stream_replays_as_a_lost_connection(path: Path, mode: str) -> None:
    async def body(client: Any, aw: Await) -> list[Any]:
        stream = await aw(client.messages.create(**params("one two three"), stream=True))
        seen: list[Any] = []
        with pytest.raises(APIConnectionError):
            await collect(aw, stream, seen)
        return [event.type_ for event in seen]

    live, replayed = record_then_replay(
        path, mode, body, setup=lambda api: api.inject(Fault.drop_mid_stream(after_events=3))
    )
    assert replayed == live and len(live) == 3
    assert lines(path)[0]["response"]["end"] == "dropped"


def test_stalled_stream_replays_into_idle_timeout(path: Path, mode: str) -> None:
    async def body(client: Any, aw: Await) -> list[Any]:
        stream = await aw(
            client.messages.create(**params("one two three"), stream=True, idle_timeout=0.3)
        )
        seen: list[Any] = []
        with pytest.raises(APITimeoutError):
            await collect(aw, stream, seen)
        return [event.type_ for event in seen]

    live, replayed = record_then_replay(
        path,
        mode,
        body,
        setup=lambda api: api.inject(Fault.stall(after_events=2, ping_interval=0.05)),
    )
    assert replayed == live == ["message_start", "content_block_start"]
    stream = lines(path)[0]["response"]
    # The server kept the stream open with pings until the client gave up on it.
    assert stream["end"] == "client_closed"
    assert [e["event"] for e in stream["events"]][-1] == "ping"


def test_batches_and_their_results_replay(path: Path, mode: str) -> None:
    entries = [{"custom_id": f"q{i}", "params": params(f"Question {i}?")} for i in range(3)]

    async def body(client: Any, aw: Await) -> list[Any]:
        created = await aw(client.messages.batches.create(requests=entries))
        polls: list[str] = []
        ended = await aw(
            client.messages.batches.wait(
                created.id,
                poll_interval=0.05,
                on_progress=lambda b: polls.append(b.processing_status),
            )
        )
        results = await aw.list(await aw(client.messages.batches.results(created.id)))
        listed = await aw.list(client.messages.batches.list(limit=10))
        return [
            ended.to_dict(),
            polls,
            [r.to_dict() for r in results],
            [b.id for b in listed],
        ]

    live, replayed = record_then_replay(path, mode, body, emulator={"batch_delay": 0.2})
    assert replayed == live
    ended, polls, results, listed = replayed
    assert polls[-1] == "ended" and polls[0] == "in_progress"
    assert [r["custom_id"] for r in results] == ["q0", "q1", "q2"]
    assert results[1]["result"]["message"]["content"][0]["text"] == "You said: Question 1?"
    assert listed == [ended["id"]]
    download = next(e for e in lines(path) if e["request"]["path"].endswith("/results"))
    assert [line["custom_id"] for line in download["response"]["lines"]] == ["q0", "q1", "q2"]


def test_recorded_timing_can_be_replayed(path: Path) -> None:
    # A hand-written stream with a 5 s gap after its first events: replayed at once by default,
    # with the gap under pace="recorded" (so an idle limit of 1 s then trips).
    with (
        Emulator() as api,
        Cassette(path, "record", upstream=api.url, timing=False) as cassette,
        client_of(cassette) as client,
        client.messages.stream(**params("Hi")) as stream,
    ):
        assert stream.get_final_text() == "You said: Hi"
    exchange = lines(path)[0]
    assert all("t" not in e for e in exchange["response"]["events"])
    for index, event in enumerate(exchange["response"]["events"]):
        event["t"] = 0.0 if index < 2 else 5.0
    path.write_text(json.dumps(exchange) + "\n")

    def run(**options: Any) -> str:
        with (
            Cassette(path, "none", **options) as cassette,
            Client(api_key=cassette.api_key, base_url=cassette.base_url) as client,
        ):
            try:
                with client.messages.stream(**params("Hi"), idle_timeout=1.0) as stream:
                    return stream.get_final_text()
            except APITimeoutError:
                return "timed out"

    assert run() == "You said: Hi"
    assert run(pace="recorded") == "timed out"


# ------------------------------------------------------------------------------ matching


def recorded_cassette(path: Path, *requests: dict[str, Any]) -> list[str]:
    """Record ``create`` for each params; the request ids answered (unique, unlike the
    emulator's message ids, which follow from the request)."""
    with (
        Emulator() as api,
        Cassette(path, "record", upstream=api.url) as cassette,
        client_of(cassette) as client,
    ):
        return [client.messages.create(**p)._request_id for p in requests]


def test_a_request_that_matches_nothing_fails_with_a_diff(path: Path) -> None:
    recorded_cassette(path, params("Hello"), params("Goodbye"))
    with (
        pytest.raises(CassetteMismatchError) as raised,
        Cassette(path, "replay") as cassette,
        client_of(cassette) as client,
    ):
        client.messages.create(**params("Hello"))
        with pytest.raises(BadRequestError) as refused:
            client.messages.create(**params("Goodbye", max_tokens=5))
        assert len(cassette.mismatches) == 1  # a 400 saying not to retry: sent once
    error = raised.value
    # The nearest recorded request is the one with the same text, not the first one.
    assert "Nearest: line 2" in str(error)
    assert '-    "max_tokens": 100,' in error.diff
    assert '+    "max_tokens": 5,' in error.diff
    assert error.nearest is not None and error.nearest["request"]["json"]["max_tokens"] == 100
    assert refused.value.type == "cassette_mismatch_error"
    assert refused.value.status_code == 400
    assert error.diff in str(refused.value)


def test_the_replay_server_answers_an_unmatched_request_with_a_4xx(path: Path) -> None:
    recorded_cassette(path, params("Hello"))
    with pytest.raises(CassetteMismatchError, match="GET /v1/nothing"):  # noqa: SIM117
        with Cassette(path, "replay") as cassette:
            answer = httpx.get(cassette.base_url + "/v1/nothing")
            assert answer.status_code == 400
            assert answer.headers["x-should-retry"] == "false"
            error = answer.json()["error"]
            assert error["type"] == "cassette_mismatch_error"
            assert "matches no recorded exchange" in error["message"]
            assert '-  "method": "POST"' in error["message"]


def test_identical_requests_replay_in_recorded_order(path: Path) -> None:
    ids = recorded_cassette(path, params("Same"), params("Same"), params("Same"))
    assert len(set(ids)) == 3
    with Cassette(path, "replay") as cassette, client_of(cassette) as client:
        assert [client.messages.create(**params("Same"))._request_id for _ in ids] == ids
    with Cassette(path, "replay", allow_repeats=True) as cassette, client_of(cassette) as client:
        again = [client.messages.create(**params("Same"))._request_id for _ in range(5)]
    assert again == [*ids, ids[-1], ids[-1]]


def test_identical_requests_fail_once_replayed(path: Path) -> None:
    recorded_cassette(path, params("Same"))
    with pytest.raises(CassetteMismatchError, match="all replayed already"):  # noqa: SIM117
        with Cassette(path, "replay") as cassette, client_of(cassette) as client:
            client.messages.create(**params("Same"))
            with pytest.raises(BadRequestError):
                client.messages.create(**params("Same"))


def test_ignore_fields_and_match_on(path: Path) -> None:
    recorded = recorded_cassette(path, params("Hi", metadata={"user_id": "alice"}))
    other = params("Hi", metadata={"user_id": "bob"})

    def replay(request: dict[str, Any], **options: Any) -> str:
        with Cassette(path, "replay", **options) as cassette, client_of(cassette) as client:
            return client.messages.create(**request)._request_id

    with pytest.raises(CassetteMismatchError, match='"user_id": "bob"'):
        replay(other)
    assert replay(other, ignore_fields=["metadata"]) == recorded[0]
    assert replay(other, ignore_fields=["metadata.user_id"]) == recorded[0]
    assert replay(params("Something else"), match_on=["method", "path"]) == recorded[0]
    with pytest.raises(ValueError, match="unknown part 'url'"):
        Cassette(path, match_on=["method", "url"])
    with pytest.raises(ValueError, match="dotted field path"):
        Cassette(path, ignore_fields=["metadata..user_id"])


def test_matching_on_headers_tells_api_versions_apart(path: Path) -> None:
    with (
        Emulator() as api,
        Cassette(path, "record", upstream=api.url) as cassette,
        client_of(cassette) as client,
    ):
        client.messages.create(**params("Hi"))
    with pytest.raises(CassetteMismatchError, match="anthropic-beta"):  # noqa: SIM117
        with (
            Cassette(path, "replay", match_on=["method", "path", "body", "headers"]) as cassette,
            client_of(cassette) as client,
        ):
            with pytest.raises(BadRequestError):
                client.messages.create(
                    **params("Hi"), extra_headers={"anthropic-beta": "some-beta"}
                )


# ------------------------------------------------------------------------------- secrets

REAL_LOOKING_KEY = "sk-ant-api03-" + "Zx9" * 30 + "-AbCdEfAA"
KEY_LIKE = re.compile(r"sk-ant-[A-Za-z0-9]")


@pytest.mark.parametrize("key_from", ["argument", "environment"])
def test_secrets_never_reach_the_file(
    path: Path, key_from: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    other_key = "sk-ant-admin01-" + "q" * 40
    options: dict[str, Any] = {}
    if key_from == "argument":
        options["api_key"] = REAL_LOOKING_KEY
    else:
        monkeypatch.setenv("ANTHROPIC_API_KEY", REAL_LOOKING_KEY)
    text = f"my keys are {REAL_LOOKING_KEY} and {other_key}"
    with Emulator(api_key=REAL_LOOKING_KEY) as api:  # only the real key is accepted
        with (
            Cassette(path, "record", upstream=api.url, **options) as cassette,
            Client(
                api_key=cassette.api_key,
                base_url=cassette.base_url,
                default_headers={"cookie": "session=c00kie-value-123", "anthropic-beta": "b1"},
            ) as client,
        ):
            message = client.messages.create(**params(text))
            with client.messages.stream(**params(text)) as stream:
                streamed = stream.get_final_text()
        assert api.requests[0].headers["x-api-key"] == REAL_LOOKING_KEY
    # Live, the client saw the answers unmasked.
    assert message.content[0].text == streamed == f"You said: {text}"
    written = path.read_text()
    assert REAL_LOOKING_KEY not in written and other_key not in written
    assert KEY_LIKE.search(written) is None
    assert cassette.api_key not in written
    for secret in ("c00kie-value-123", "x-api-key", "authorization", "cookie"):
        assert secret not in written.lower()
    assert written.count("[REDACTED]") >= 4  # in both requests and both answers
    assert '"anthropic-beta": "b1"' in written
    assert REAL_LOOKING_KEY not in repr(cassette)

    # Replayed: the same request, masked the same way, matches; no key needed.
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    with Cassette(path, "none") as cassette, client_of(cassette) as client:
        replayed = client.messages.create(**params(text))
    assert replayed.content[0].text == "You said: my keys are [REDACTED] and [REDACTED]"


def test_recording_the_real_api_without_a_key_is_refused(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    with pytest.raises(CassetteError, match="needs an API key"):
        Cassette(path, "record").start()
    assert not path.exists()


# --------------------------------------------------------------------- modes and the file


def test_modes(path: Path) -> None:
    for mode in ("replay", "none"):
        with pytest.raises(CassetteError, match="does not exist"):
            Cassette(path, mode).start()
    with pytest.raises(ValueError, match="mode must be one of"):
        Cassette(path, "sometimes")

    with Emulator() as api:
        first = Cassette(path, "once", upstream=api.url)
        with first, Client(api_key=first.api_key, base_url=first.base_url) as client:
            first_id = client.messages.create(**params("Hi"))._request_id
        assert first.recording and path.exists()
        api.clear_requests()
        again = Cassette(path, "once", upstream=api.url)
        with again, Client(api_key=again.api_key, base_url=again.base_url) as client:
            assert client.messages.create(**params("Hi"))._request_id == first_id
        assert not again.recording and api.requests == []
        rerecord = Cassette(path, "record", upstream=api.url)
        with rerecord, Client(api_key=rerecord.api_key, base_url=rerecord.base_url) as client:
            new_id = client.messages.create(**params("Hi"))._request_id
        assert rerecord.recording and len(api.requests) == 1
    assert new_id != first_id and lines(path)[0]["response"]["headers"]["request-id"] == new_id


def test_the_file_is_versioned_json_lines_a_person_can_edit(path: Path) -> None:
    recorded_cassette(path, params("Hi"), params("Bye"))
    exchanges = lines(path)
    assert len(exchanges) == 2 and all(e["version"] == 1 for e in exchanges)
    assert exchanges[0]["request"] == {
        "method": "POST",
        "path": "/v1/messages",
        "headers": {"anthropic-version": "2023-06-01"},
        "json": params("Hi"),
    }
    assert exchanges[0]["response"]["status"] == 200
    assert set(exchanges[0]["response"]["headers"]) == {"request-id", "content-type"}

    exchanges[0]["response"]["json"]["content"][0]["text"] = "Edited by hand"
    path.write_text("\n".join(json.dumps(e, indent=None) for e in exchanges) + "\n\n")
    with Cassette(path, "none") as cassette, client_of(cassette) as client:
        assert client.messages.create(**params("Hi")).content[0].text == "Edited by hand"

    exchanges[1]["version"] = 99
    path.write_text("\n".join(json.dumps(e) for e in exchanges) + "\n")
    with pytest.raises(CassetteError, match=r"line 2: version 99 is not supported"):
        Cassette(path, "none").start()
    path.write_text("{not json\n")
    with pytest.raises(CassetteError, match=r"line 1: not JSON"):
        Cassette(path, "none").start()


def test_recorded_status_errors_replay_with_their_headers(path: Path, mode: str) -> None:
    async def body(client: Any, aw: Await) -> list[Any]:
        from claude_messages import RateLimitError

        with pytest.raises(RateLimitError) as raised:
            await aw(client.with_options(max_retries=0).messages.create(**params("Hi")))
        headers = raised.value.response.headers
        return [headers["retry-after"], headers["anthropic-ratelimit-requests-remaining"]]

    live, replayed = record_then_replay(
        path, mode, body, setup=lambda api: api.inject(Fault.rate_limit(retry_after=7))
    )
    assert replayed == live == ["7", "0"]


# --------------------------------------------------------------------------- the fixture

INNER_TESTS = """
import pytest
from claude_messages import Client

@pytest.mark.claude_cassette(upstream={upstream!r})
def test_hello(claude_cassette):
    client = Client(api_key=claude_cassette.api_key, base_url=claude_cassette.base_url)
    with client:
        message = client.messages.create(
            model="claude-3-haiku-20240307", max_tokens=10,
            messages=[{{"role": "user", "content": "Hello"}}])
    print("recording" if claude_cassette.recording else "replaying", message._request_id)

@pytest.mark.claude_cassette(upstream={upstream!r})
@pytest.mark.parametrize("n", [1])
def test_param(claude_cassette, n):
    assert claude_cassette.path.name == "test_param-1.jsonl"

@pytest.mark.claude_cassette(mode="none")
def test_never_recorded(claude_cassette):
    pass

@pytest.mark.claude_cassette(mode="record", path="elsewhere/mine.jsonl",
                             upstream="http://127.0.0.1:9", pace="recorded")
def test_options(claude_cassette):
    assert claude_cassette.recording
    assert claude_cassette.path.is_absolute()
    assert claude_cassette.path.parts[-2:] == ("elsewhere", "mine.jsonl")

@pytest.mark.claude_cassette("replay")
def test_positional(claude_cassette):
    pass
"""


def test_pytest_fixture_marker_and_record_option(pytester: pytest.Pytester) -> None:
    folder = pytester.path / "cassettes" / "test_inner"

    def run(*args: str) -> tuple[str, str]:
        result = pytester.runpytest_inprocess("-s", "-p", "no:cacheprovider", *args)
        result.assert_outcomes(passed=3, errors=2)
        result.stdout.fnmatch_lines_random(
            [
                "*CassetteError: Cassette *test_never_recorded.jsonl does not exist*",
                "*claude_cassette takes keyword arguments only*",
            ]
        )
        found = re.search(r"(recording|replaying) (req_\w+)", result.stdout.str())
        assert found is not None, result.stdout.str()
        return found.group(1), found.group(2)

    with Emulator() as api:
        pytester.makepyfile(test_inner=INNER_TESTS.format(upstream=api.url))
        first = run()
        assert first[0] == "recording"
        assert (folder / "test_hello.jsonl").exists() and (folder / "test_param-1.jsonl").exists()
        assert (pytester.path / "elsewhere" / "mine.jsonl").exists()
        again = run("--claude-record")
        assert again[0] == "recording" and again[1] != first[1]
        assert len(api.requests) == 2
    # The emulator is gone: the cassette answers. Mode "none" was never recorded.
    assert run() == ("replaying", again[1])
    assert not (folder / "test_never_recorded.jsonl").exists()
