"""Message Batches: the client against the emulator on loopback, sync and async from
one body (``_dual``), and the pure parts (request checks, JSON Lines decoding, the polling
schedule) on their own.
"""

from __future__ import annotations

import datetime
import itertools
import json
import re
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from typing import Any

import pytest
from _dual import Await, Dual
from claude_messages import (
    APIConnectionError,
    APIResponseValidationError,
    BadRequestError,
    BatchWaitTimeoutError,
    Client,
    NotFoundError,
    ResponseTooLargeError,
    RetryPolicy,
)
from claude_messages._batch_requests import batch_body
from claude_messages._batch_wait import BatchWaiter
from claude_messages._jsonl import ResultDecoder
from claude_messages._lines import LineDecoder
from claude_messages.testing import Emulator, Fault
from claude_messages_generated.models import (
    CreateMessageParams,
    MessageBatch,
    MessageBatchCanceledResult,
    MessageBatchErroredResult,
    MessageBatchExpiredResult,
    MessageBatchRequest,
    MessageBatchRequestCounts,
    MessageBatchSucceededResult,
    MessageParam,
    UnknownBatchResult,
)
from hypothesis import given
from hypothesis import strategies as st

MODEL = "claude-3-haiku-20240307"


def params(text: str, **extra: Any) -> dict[str, Any]:
    return {
        "model": MODEL,
        "max_tokens": 100,
        "messages": [{"role": "user", "content": text}],
        **extra,
    }


def requests(count: int, prefix: str = "q") -> list[dict[str, Any]]:
    return [{"custom_id": f"{prefix}{i}", "params": params(f"Question {i}?")} for i in range(count)]


# A request the API takes at upload but fails when processed (thinking budget >= max_tokens).
BAD_PARAMS = params("Think.", max_tokens=10, thinking={"type": "enabled", "budget_tokens": 1024})


@pytest.fixture
def clock() -> HandClock:
    return HandClock()


@pytest.fixture
def api(clock: HandClock) -> Iterator[Emulator]:
    with Emulator(batch_clock=clock) as emulator:
        yield emulator


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest, api: Emulator) -> Dual:
    return Dual(request.param, api)


class HandClock:
    """The emulator's batch clock: real time until ``by_hand()``, then moved by the test."""

    def __init__(self) -> None:
        self.now: list[float] | None = None

    def __call__(self) -> float:
        return time.monotonic() if self.now is None else self.now[0]

    def by_hand(self) -> list[float]:
        """From now on the clock reads ``now[0]`` (0.0): set it to move time."""
        self.now = [0.0]
        return self.now


def _counts(batch: MessageBatch) -> tuple[int, int, int, int, int]:
    c = batch.request_counts
    return (c.processing, c.succeeded, c.errored, c.canceled, c.expired)


# ------------------------------------------------------------------------ the lifecycle


def test_create_wait_and_read_typed_results(run: Dual) -> None:
    run.api.batch_delay = 0.4
    entries = [*requests(4), {"custom_id": "bad", "params": BAD_PARAMS}]
    seen: list[MessageBatch] = []

    async def body(client: Any, aw: Await) -> tuple[Any, ...]:
        created = await aw(client.messages.batches.create(requests=entries))
        ended = await aw(
            client.messages.batches.wait(created.id, poll_interval=0.05, on_progress=seen.append)
        )
        results = await aw.list(await aw(client.messages.batches.results(created.id)))
        expected = await aw(client.messages.create(**entries[2]["params"]))
        with pytest.raises(BadRequestError) as refused:
            await aw(client.messages.create(**BAD_PARAMS))
        return created, ended, results, expected, refused.value

    created, ended, results, expected, refused = run(body)
    assert created.processing_status == "in_progress"
    assert _counts(created) == (5, 0, 0, 0, 0)
    assert created.id.startswith("msgbatch_") and created.ended_at is None
    assert created.expires_at - created.created_at == datetime.timedelta(hours=24)
    assert created.created_at.tzinfo is not None

    # Progress is reported after every poll and only moves forward.
    assert seen[-1].processing_status == "ended" and seen[-1] == ended
    processing = [b.request_counts.processing for b in seen]
    assert processing == sorted(processing, reverse=True) and processing[-1] == 0
    assert len(seen) >= 3
    assert ended.processing_status == "ended"
    assert _counts(ended) == (0, 4, 1, 0, 0)
    assert ended.ended_at is not None and ended.ended_at >= ended.created_at
    assert ended.results_url is not None and ended.results_url.endswith(f"{created.id}/results")

    by_id = {r.custom_id: r.result for r in results}
    assert list(by_id) == ["q0", "q1", "q2", "q3", "bad"]
    ok = by_id["q2"]
    assert isinstance(ok, MessageBatchSucceededResult)
    assert ok.message == expected  # computed as create computes it
    assert ok.message.content[0].text == "You said: Question 2?"
    failed = by_id["bad"]
    assert isinstance(failed, MessageBatchErroredResult)
    assert failed.error.error.type_ == "invalid_request_error"
    assert failed.error.error.message == refused.body["error"]["message"]


def test_cancel_ends_unprocessed_requests_as_canceled(run: Dual, clock: HandClock) -> None:
    now = clock.by_hand()
    run.api.batch_delay = 30.0

    async def body(client: Any, aw: Await) -> tuple[Any, ...]:
        created = await aw(client.messages.batches.create(requests=requests(3)))
        canceling = await aw(client.messages.batches.cancel(created.id))
        now[0] = 3.0  # canceling lasts a tenth of batch_delay
        ended = await aw(client.messages.batches.wait(created.id))
        again = await aw(client.messages.batches.cancel(created.id))  # no-op once ended
        results = await aw.list(await aw(client.messages.batches.results(created.id)))
        return canceling, ended, again, results

    canceling, ended, again, results = run(body)
    assert canceling.processing_status == "canceling"
    assert canceling.cancel_initiated_at is not None
    assert ended.processing_status == "ended"
    assert _counts(ended) == (0, 0, 0, 3, 0)
    assert again == ended
    assert [type(r.result) for r in results] == [MessageBatchCanceledResult] * 3


def test_cancel_keeps_what_was_processed(api: Emulator, clock: HandClock) -> None:
    # 6 requests over 6 "seconds", canceled at 2.5.
    now = clock.by_hand()
    api.batch_delay = 6.0
    with Client(api_key=api.api_key, base_url=api.url) as client:
        created = client.messages.batches.create(requests=requests(6))
        now[0] = 2.5
        canceled = client.messages.batches.cancel(created.id)
        now[0] = 2.5 + 0.6  # canceling lasts a tenth of batch_delay
        ended = client.messages.batches.retrieve(created.id)
        kinds = [r.result.type_ for r in client.messages.batches.results(created.id)]
    assert canceled.processing_status == "canceling"
    assert _counts(canceled) == (4, 2, 0, 0, 0)
    assert ended.processing_status == "ended"
    assert _counts(ended) == (0, 2, 0, 4, 0)
    assert kinds == ["succeeded"] * 2 + ["canceled"] * 4


def test_expired_requests(run: Dual) -> None:
    run.api.batch_delay = 30.0

    async def body(client: Any, aw: Await) -> tuple[Any, ...]:
        created = await aw(client.messages.batches.create(requests=requests(2)))
        run.api.expire_batch(created.id)
        ended = await aw(client.messages.batches.retrieve(created.id))
        results = await aw.list(await aw(client.messages.batches.results(created.id)))
        return ended, results

    ended, results = run(body)
    assert _counts(ended) == (0, 0, 0, 0, 2)
    assert [type(r.result) for r in results] == [MessageBatchExpiredResult] * 2


def test_delete_only_ended_batches(run: Dual, clock: HandClock) -> None:
    now = clock.by_hand()
    run.api.batch_delay = 30.0

    async def body(client: Any, aw: Await) -> Any:
        created = await aw(client.messages.batches.create(requests=requests(1)))
        with pytest.raises(BadRequestError, match="cancel it first"):
            await aw(client.messages.batches.delete(created.id))
        with pytest.raises(NotFoundError, match="not available yet"):
            await aw(client.messages.batches.results(created.id))
        await aw(client.messages.batches.cancel(created.id))
        now[0] = 3.0
        deleted = await aw(client.messages.batches.delete(created.id))
        with pytest.raises(NotFoundError):
            await aw(client.messages.batches.retrieve(created.id))
        return created, deleted

    created, deleted = run(body)
    assert deleted.id == created.id and deleted.type_ == "message_batch_deleted"


def test_list_batches_newest_first_with_lazy_pages(run: Dual) -> None:
    async def body(client: Any, aw: Await) -> tuple[list[str], list[str], int, Any]:
        ids = [
            (await aw(client.messages.batches.create(requests=requests(1, f"b{i}_")))).id
            for i in range(5)
        ]
        run.api.clear_requests()
        listed = [b.id for b in await aw.list(client.messages.batches.list(limit=2))]
        pages = len(run.api.requests)
        first = await aw(client.messages.batches.list(limit=2))
        return ids, listed, pages, first

    ids, listed, pages, first = run(body)
    assert listed == ids[::-1]
    assert pages == 3
    assert [r.query for r in run.api.requests[:3]] == [
        {"limit": "2"},
        {"limit": "2", "after_id": ids[3]},
        {"limit": "2", "after_id": ids[1]},
    ]
    assert [b.id for b in first.data] == ids[:2:-1][:2]
    assert (first.has_more, first.first_id, first.last_id) == (True, ids[4], ids[3])


def test_generated_models_are_accepted_as_requests(run: Dual) -> None:
    request = MessageBatchRequest(
        custom_id="typed",
        params=CreateMessageParams(
            model=MODEL, max_tokens=50, messages=[MessageParam(role="user", content="Typed!")]
        ),
    )

    async def body(client: Any, aw: Await) -> list[Any]:
        batch = await aw(client.messages.batches.create(requests=[request]))
        return await aw.list(await aw(client.messages.batches.results(batch.id)))

    [result] = run(body)
    assert result.custom_id == "typed"
    assert result.result.message.content[0].text == "You said: Typed!"
    assert run.api.requests[0].json == {
        "requests": [{"custom_id": "typed", "params": request.params.to_dict()}]
    }


def test_results_stream_and_close_early(run: Dual) -> None:
    batch_id = run.api.synthetic_batch(5000)

    async def body(client: Any, aw: Await) -> tuple[list[str], bool]:
        results = await aw(client.messages.batches.results(batch_id))
        first = await aw.list(results, limit=3)
        if aw.is_async:
            await results.aclose()
        else:
            results.close()
        # The connection went back to the pool; the client still works.
        again = await aw(client.messages.batches.retrieve(batch_id))
        assert again.processing_status == "ended"
        return [r.custom_id for r in first], results.response.is_closed

    first, closed = run(body)
    assert first == ["req-0000000", "req-0000001", "req-0000002"]
    assert closed
    assert run.api.requests[0].headers["accept"] == "application/x-jsonl"


def test_connection_lost_mid_results_raises_after_the_lines_received(run: Dual) -> None:
    batch_id = run.api.synthetic_batch(2000)
    run.api.inject(
        Fault.drop_mid_stream(after_events=700), path=f"/v1/messages/batches/{batch_id}/results"
    )
    got: list[str] = []

    async def body(client: Any, aw: Await) -> None:
        results = await aw(client.messages.batches.results(batch_id))
        with pytest.raises(APIConnectionError, match="batch results"):
            if aw.is_async:
                async for item in results:
                    got.append(item.custom_id)
            else:
                for item in results:
                    got.append(item.custom_id)

    run(body)
    assert len(got) == 700 and got[-1] == "req-0000699"


def test_wait_timeout_raises_with_the_last_batch(run: Dual) -> None:
    run.api.batch_delay = 60.0

    async def body(client: Any, aw: Await) -> BatchWaitTimeoutError:
        created = await aw(client.messages.batches.create(requests=requests(2)))
        with pytest.raises(BatchWaitTimeoutError) as caught:
            await aw(client.messages.batches.wait(created.id, poll_interval=0.05, timeout=0.3))
        return caught.value

    error = run(body)
    assert isinstance(error, TimeoutError)
    assert error.batch.processing_status == "in_progress"
    assert "had not ended after" in str(error) and "timeout=0.3 s" in str(error)
    assert "2 processing" in str(error)


def test_wait_follows_the_backoff_schedule_with_an_injected_clock(api: Emulator) -> None:
    api.batch_delay = 3600.0
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    policy = RetryPolicy(sleep=sleep, monotonic=lambda: now[0])
    with Client(api_key=api.api_key, base_url=api.url, retry_policy=policy) as client:
        created = client.messages.batches.create(requests=requests(1))
        with pytest.raises(BatchWaitTimeoutError):
            client.messages.batches.wait(created.id, poll_interval=1, max_interval=4, timeout=15)
    assert slept == [1, 1.5, 2.25, 3.375, 4, 2.875]  # the last pause stops at the deadline
    assert sum(slept) == 15
    assert len([r for r in api.requests if r.method == "GET"]) == len(slept) + 1


def test_async_wait_awaits_a_coroutine_callback(api: Emulator) -> None:
    api.batch_delay = 0.2
    seen: list[str] = []

    async def on_progress(batch: MessageBatch) -> None:
        seen.append(str(batch.processing_status))

    async def body(client: Any, aw: Await) -> None:
        created = await client.messages.batches.create(requests=requests(1))
        await client.messages.batches.wait(created.id, poll_interval=0.02, on_progress=on_progress)

    Dual("async", api)(body)
    assert seen[-1] == "ended" and len(seen) >= 2


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"poll_interval": 0}, ValueError, "poll_interval must be a positive"),
        ({"max_interval": -1}, ValueError, "max_interval must be a positive"),
        ({"poll_interval": 5, "max_interval": 1}, ValueError, "must be >= poll_interval"),
        ({"timeout": float("inf")}, ValueError, "timeout must be a positive"),
        ({"timeout": "1h"}, TypeError, "timeout must be a number"),
        ({"on_progress": "print"}, TypeError, "on_progress must be callable"),
    ],
)
def test_wait_refuses_bad_arguments_before_polling(
    run: Dual, kwargs: dict[str, Any], error: type[Exception], match: str
) -> None:
    async def body(client: Any, aw: Await) -> None:
        with pytest.raises(error, match=match):
            await aw(client.messages.batches.wait("msgbatch_01", **kwargs))

    run(body)
    assert run.api.requests == []


# ------------------------------------------------------------- checks before sending


@pytest.mark.parametrize(
    ("entries", "error", "match"),
    [
        ([], ValueError, "at least one request"),
        ({"custom_id": "a", "params": {}}, TypeError, "requests must be a list"),
        (["a"], TypeError, r"requests\[0\] must be a dict"),
        ([{"custom_id": "a"}], TypeError, r"requests\[0\] \(custom_id='a'\) is missing 'params'"),
        ([{"params": params("x")}], TypeError, r"requests\[0\] is missing 'custom_id'"),
        (
            [{"custom_id": "a", "params": params("x"), "priority": 1}],
            TypeError,
            r"requests\[0\] \(custom_id='a'\) has unexpected keys 'priority'",
        ),
        ([{"custom_id": 7, "params": params("x")}], TypeError, "custom_id must be a str"),
        (
            [*requests(2), {"custom_id": "has space", "params": params("x")}],
            ValueError,
            r"requests\[2\] \(custom_id='has space'\): custom_id must be 1 to 64 characters",
        ),
        ([{"custom_id": "", "params": params("x")}], ValueError, r"custom_id=''\): custom_id must"),
        ([{"custom_id": "x" * 65, "params": params("x")}], ValueError, "1 to 64 characters"),
        ([{"custom_id": "a\n", "params": params("x")}], ValueError, "1 to 64 characters"),
        (
            [*requests(3), {"custom_id": "q1", "params": params("x")}],
            ValueError,
            r"requests\[3\] \(custom_id='q1'\): custom_id repeats that of requests\[1\]",
        ),
        (
            [*requests(1), {"custom_id": "b", "params": {**params("x"), "max_tokens": "ten"}}],
            TypeError,
            r"requests\[1\] \(custom_id='b'\): max_tokens must be an int, not str",
        ),
        (
            [{"custom_id": "b", "params": {**params("x"), "max_token": 5}}],
            TypeError,
            r"requests\[0\] \(custom_id='b'\): create\(\) got an unexpected keyword argument "
            "'max_token'",
        ),
        (
            [{"custom_id": "b", "params": {"model": MODEL, "max_tokens": 5}}],
            TypeError,
            r"\(custom_id='b'\): create\(\) missing required keyword argument 'messages'",
        ),
        (
            [{"custom_id": "b", "params": {**params("x"), "messages": []}}],
            ValueError,
            r"\(custom_id='b'\): messages must contain at least 1 item",
        ),
        (
            [{"custom_id": "b", "params": {**params("x"), "stream": True}}],
            ValueError,
            r"\(custom_id='b'\): stream must be absent or false",
        ),
        (
            [{"custom_id": "b", "params": {**params("x"), "timeout": 5}}],
            TypeError,
            r"\(custom_id='b'\): create\(\) got an unexpected keyword argument 'timeout'",
        ),
        ([{"custom_id": "b", "params": "x"}], TypeError, "params must be a dict"),
    ],
)
def test_bad_requests_are_refused_before_sending_naming_the_entry(
    run: Dual, entries: Any, error: type[Exception], match: str
) -> None:
    async def body(client: Any, aw: Await) -> None:
        with pytest.raises(error, match=match):
            await aw(client.messages.batches.create(requests=entries))

    run(body)
    assert run.api.requests == []


def test_version_rules_apply_to_each_request(run: Dual) -> None:
    entries = [*requests(2), {"custom_id": "warm", "params": params("x", temperature=0.2)}]

    async def body(client: Any, aw: Await) -> None:
        expected = r"requests\[2\] \(custom_id='warm'\): api_version 2026-10-21 refuses"
        with pytest.raises(ValueError, match=expected + " 'temperature'"):
            await aw(client.messages.batches.create(requests=entries))

    run(body, api_version="2026-10-21")
    assert run.api.requests == []


def test_batch_body_shape_and_limits() -> None:
    body = batch_body(
        [
            {"custom_id": "a-1_B", "params": params("x", stream=False, system="Be brief.")},
            {"custom_id": "z" * 64, "params": params("y", extra_body={"container": "c-1"})},
        ],
        "2023-06-01",
    )
    assert body == {
        "requests": [
            {"custom_id": "a-1_B", "params": params("x", system="Be brief.")},
            {"custom_id": "z" * 64, "params": params("y", container="c-1")},
        ]
    }
    entry = {"custom_id": "a", "params": params("x")}
    with pytest.raises(ValueError, match="100001 requests; a batch takes at most 100000"):
        batch_body([entry] * 100_001, "2023-06-01")
    # Any iterable of requests, read once.
    assert len(batch_body(iter(requests(3)), "2023-06-01")["requests"]) == 3


def test_the_emulator_refuses_a_bad_envelope_whole(api: Emulator) -> None:
    # What the client would refuse, sent raw: the API answers 400 for the whole batch.
    import httpx

    headers = {"x-api-key": api.api_key, "anthropic-version": "2023-06-01"}
    cases = {
        "requests.1.custom_id: Duplicate custom_id 'q0'": {
            "requests": [*requests(1), {"custom_id": "q0", "params": params("x")}]
        },
        "requests.0.custom_id: String should match pattern": {
            "requests": [{"custom_id": "a b", "params": params("x")}]
        },
        "requests: List should have at least 1 item": {"requests": []},
        "requests.0.params: Field required": {"requests": [{"custom_id": "a"}]},
    }
    for message, body in cases.items():
        answer = httpx.post(f"{api.url}/v1/messages/batches", json=body, headers=headers)
        assert answer.status_code == 400
        assert message in answer.json()["error"]["message"]


# ------------------------------------------------------------------ JSON Lines, pure


LINES = [
    {"custom_id": "a", "result": {"type": "expired"}},
    {"custom_id": "b", "result": {"type": "canceled"}},
    {"custom_id": "c", "result": {"type": "brand_new", "detail": {"x": [1, 2]}}},
    {
        "custom_id": "d",
        "result": {
            "type": "errored",
            "error": {"type": "error", "error": {"type": "api_error", "message": "Boom\u2028!"}},
        },
    },
]
FILE = b"".join(json.dumps(line, ensure_ascii=False).encode() + b"\n" for line in LINES)


def _decode_all(chunks: list[bytes]) -> list[Any]:
    decoder = ResultDecoder()
    out = [result for chunk in chunks for result in decoder.feed(chunk)]
    return out + decoder.flush()


@given(st.lists(st.integers(min_value=0, max_value=len(FILE)), max_size=12))
def test_results_decode_the_same_whatever_the_chunk_boundaries(cuts: list[int]) -> None:
    points = [0, *sorted(cuts), len(FILE)]
    chunks = [FILE[a:b] for a, b in itertools.pairwise(points)]
    results = _decode_all(chunks)
    assert [r.to_dict() for r in results] == LINES


def test_results_lines_and_types() -> None:
    results = _decode_all([FILE.replace(b"\n", b"\r\n", 1) + b"\n  \n" + FILE.rstrip(b"\n")])
    assert len(results) == 8
    assert isinstance(results[2].result, UnknownBatchResult)
    assert results[2].result.additional_properties == {"detail": {"x": [1, 2]}}
    # U+2028 is not a line break in JSON Lines.
    assert results[3].result.error.error.message == "Boom\u2028!"


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        (b"{not json", "is not JSON"),
        (b"[1, 2]", "is not a JSON object"),
        (b'{"result": {"type": "expired"}}', "is not a batch result (KeyError"),
        (b'{"custom_id": "a", "result": "ok"}', "is not a batch result (TypeError"),
    ],
)
def test_a_broken_line_raises_naming_its_number(line: bytes, problem: str) -> None:
    decoder = ResultDecoder()
    expected = re.escape(f"Line 3 of the batch results {problem}")
    with pytest.raises(APIResponseValidationError, match=expected):
        decoder.feed(FILE.split(b"\n")[0] + b"\n\n" + line + b"\n")


def test_line_decoder_joins_long_lines_once() -> None:
    lines = LineDecoder()
    pieces = [b"x" * 1000] * 1000
    assert all(lines.feed(piece) == [] for piece in pieces)
    assert lines.pending_size == 1_000_000
    assert lines.feed(b"\nrest") == [b"x" * 1_000_000]
    assert lines.pending_size == 4
    assert lines.flush() == [b"rest"] and lines.flush() == []


@pytest.mark.parametrize("size", [1, 7, 100, 100_000])
def test_result_decoder_stops_at_a_line_over_its_limit(size: int) -> None:
    first = FILE.split(b"\n")[0]
    data = first + b"\n" + first + b"\n" + first + b"x\n" + first + b"\n"
    decoder = ResultDecoder(max_line_size=len(first))
    results = []
    for start in range(0, len(data), size):
        results += decoder.feed(data[start : start + size])
    results += decoder.flush()
    assert len(results) == 2
    assert isinstance(decoder.error, ResponseTooLargeError)
    assert "Line 3 of the batch results" in str(decoder.error)


def test_result_decoder_takes_a_big_chunk_of_short_lines() -> None:
    first = FILE.split(b"\n")[0]
    decoder = ResultDecoder(max_line_size=len(first))
    assert len(decoder.feed((first + b"\n") * 5)) == 5
    assert decoder.error is None


def test_result_decoder_keeps_the_results_before_a_long_line() -> None:
    first = FILE.split(b"\n")[0]
    decoder = ResultDecoder(max_line_size=len(first))
    results = decoder.feed(first + b"\n" + first + b"x\n" + first + b"\n")
    assert len(results) == 1
    assert isinstance(decoder.error, ResponseTooLargeError)
    assert "Line 2 of the batch results" in str(decoder.error)


# ------------------------------------------------------------------ the wait schedule


def _batch(status: str, processing: int = 1) -> MessageBatch:
    now = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    return MessageBatch(
        id="msgbatch_01",
        processing_status=status,
        request_counts=MessageBatchRequestCounts(processing, 0, 0, 0, 0),
        created_at=now,
        expires_at=now,
        ended_at=None,
        cancel_initiated_at=None,
        archived_at=None,
        results_url=None,
    )


def test_waiter_schedule_grows_then_caps() -> None:
    waiter = BatchWaiter("b", poll_interval=2, max_interval=10, timeout=None, clock=lambda: 0)
    delays = [waiter.next_delay(_batch("in_progress")) for _ in range(7)]
    assert delays == [2, 3, 4.5, 6.75, 10, 10, 10]
    # A status this release does not know is not an end; "ended" is.
    assert waiter.next_delay(_batch("paused_by_ops")) == 10
    assert waiter.next_delay(_batch("ended", 0)) is None


def test_waiter_never_sleeps_past_the_deadline() -> None:
    now = [100.0]
    waiter = BatchWaiter("b", poll_interval=5, max_interval=5, timeout=12, clock=lambda: now[0])
    assert waiter.next_delay(_batch("canceling")) == 5
    now[0] = 110
    assert waiter.next_delay(_batch("canceling")) == 2
    now[0] = 112
    with pytest.raises(BatchWaitTimeoutError, match="Batch b had not ended after 12 s"):
        waiter.next_delay(_batch("canceling"))


# ------------------------------------------------------------------ 100,000 results


MEMORY_PROBE = textwrap.dedent(
    """
    import json, resource, sys, time
    from claude_messages import Client

    url, key, small, big = sys.argv[1:5]
    client = Client(api_key=key, base_url=url)
    sum(1 for _ in client.messages.batches.results(small))  # warm up: imports, connection

    def rss_mb():
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * resource.getpagesize() / 2**20

    before = rss_mb()
    peak = before
    count = 0
    started = time.perf_counter()
    with client.messages.batches.results(big) as results:
        for item in results:
            count += 1
            if count % 5000 == 0:
                peak = max(peak, rss_mb())
    seconds = time.perf_counter() - started
    peak = max(peak, rss_mb())
    print(json.dumps({"count": count, "growth_mb": peak - before, "seconds": seconds,
                      "last": item.custom_id, "type": item.result.type_}))
    """
)


def test_100k_results_are_read_in_constant_memory(api: Emulator) -> None:
    small, big = api.synthetic_batch(50), api.synthetic_batch(100_000)
    probe = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE, api.url, api.api_key, small, big],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert probe.returncode == 0, probe.stderr
    figures = json.loads(probe.stdout)
    assert figures["count"] == 100_000
    assert figures["last"] == "req-0099999" and figures["type"] == "succeeded"
    # The results file is about 50 MB; reading it must not hold it.
    assert figures["growth_mb"] < 50, figures


def test_the_emulator_answers_match_the_spec(api: Emulator, repo_root: Any) -> None:
    import httpx
    import jsonschema
    import yaml

    spec = yaml.safe_load((repo_root / "openapi.yaml").read_text())

    def schema(name: str) -> jsonschema.Draft202012Validator:
        ref = {"$ref": f"#/components/schemas/{name}", "components": spec["components"]}
        return jsonschema.Draft202012Validator(ref)

    api.batch_delay = 0.0
    entries = [*requests(2), {"custom_id": "bad", "params": BAD_PARAMS}]
    headers = {"x-api-key": api.api_key, "anthropic-version": "2023-06-01"}
    with httpx.Client(base_url=api.url, headers=headers) as http:
        created = http.post("/v1/messages/batches", json={"requests": entries}).json()
        schema("MessageBatch").validate(created)
        schema("MessageBatch").validate(http.get(f"/v1/messages/batches/{created['id']}").json())
        schema("MessageBatchList").validate(http.get("/v1/messages/batches?limit=1").json())
        answer = http.get(f"/v1/messages/batches/{created['id']}/results")
        assert answer.headers["content-type"] == "application/x-jsonl"
        lines = answer.content.splitlines()
        assert len(lines) == 3
        for line in lines:
            schema("MessageBatchIndividualResponse").validate(json.loads(line))
        schema("DeletedMessageBatch").validate(
            http.delete(f"/v1/messages/batches/{created['id']}").json()
        )


def test_sync_and_async_twins_take_the_same_parameters() -> None:
    import inspect
    from functools import cached_property

    from claude_messages._resources.batches import AsyncBatches, Batches
    from claude_messages._resources.messages import AsyncMessages, Messages
    from claude_messages._resources.models import AsyncModels, Models

    def shape(func: Any) -> list[tuple[str, Any, Any]]:
        signature = inspect.signature(func)
        return [(p.name, p.kind, p.default) for p in signature.parameters.values()]

    for sync, twin in [(Batches, AsyncBatches), (Models, AsyncModels)]:
        public = [name for name in vars(sync) if not name.startswith("_")]
        assert public == [name for name in vars(twin) if not name.startswith("_")]
        for name in public:
            if isinstance(vars(sync)[name], cached_property):  # with_raw_response, ...
                assert isinstance(vars(twin)[name], cached_property), name
                continue
            assert shape(getattr(sync, name)) == shape(getattr(twin, name)), name
    assert shape(Messages.count_tokens) == shape(AsyncMessages.count_tokens)
