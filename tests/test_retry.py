"""Retry decisions (pure) and the retry schedule a client follows (injected sleep, no waiting)."""

from __future__ import annotations

import email.utils
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from claude_messages import (
    APIConnectionError,
    APITimeoutError,
    AsyncClient,
    Client,
    InternalServerError,
    OverloadedError,
    RateLimitError,
    RetryPolicy,
)
from claude_messages._retry import (
    backoff_delay,
    retry_after_delay,
    retry_delay,
    should_retry,
)

NOW = 1_800_000_000.0

MESSAGE = {
    "id": "msg_1",
    "type": "message",
    "role": "assistant",
    "model": "claude-test",
    "content": [{"type": "text", "text": "Hi"}],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 3, "output_tokens": 1},
}
PARAMS: dict[str, Any] = {
    "max_tokens": 10,
    "model": "claude-test",
    "messages": [{"role": "user", "content": "Hello"}],
}


def _now() -> float:
    return NOW


# --- should_retry ----------------------------------------------------------------------


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 529, 599])
def test_retryable_statuses(status: int) -> None:
    assert should_retry(status, {})


@pytest.mark.parametrize("status", [400, 401, 403, 404, 405, 413, 422, 451])
def test_other_4xx_are_not_retried(status: int) -> None:
    assert not should_retry(status, {})


def test_x_should_retry_overrides_both_ways() -> None:
    assert should_retry(400, {"x-should-retry": "true"})
    assert not should_retry(529, {"x-should-retry": "false"})
    # Anything else is no override.
    assert should_retry(529, {"x-should-retry": "maybe"})
    assert not should_retry(400, {"x-should-retry": "1"})


# --- retry-after -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "1500.5"}, 1.5005),
        ({"retry-after": "2"}, 2.0),
        ({"retry-after": "0.5"}, 0.5),
        ({"retry-after": "60"}, 60.0),
        ({"retry-after-ms": "100", "retry-after": "30"}, 0.1),  # ms wins
        ({"retry-after-ms": "junk", "retry-after": "3"}, 3.0),  # unusable ms falls through
        ({"retry-after": email.utils.formatdate(NOW + 7, usegmt=True)}, 7.0),
    ],
)
def test_retry_after_usable(headers: dict[str, str], expected: float) -> None:
    assert retry_after_delay(headers, _now) == pytest.approx(expected)


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"retry-after": "0"},
        {"retry-after": "-1"},
        {"retry-after": "61"},
        {"retry-after": "nan"},
        {"retry-after": "inf"},
        {"retry-after": "soon"},
        {"retry-after-ms": "0"},
        {"retry-after-ms": "60001"},
        {"retry-after": email.utils.formatdate(NOW - 5, usegmt=True)},  # in the past
        {"retry-after": email.utils.formatdate(NOW + 3600, usegmt=True)},  # too far
    ],
)
def test_retry_after_unusable(headers: dict[str, str]) -> None:
    assert retry_after_delay(headers, _now) is None


# --- backoff ---------------------------------------------------------------------------


def test_backoff_doubles_from_half_a_second_and_caps_at_eight() -> None:
    no_jitter = [backoff_delay(n, lambda: 0.0) for n in range(7)]
    assert no_jitter == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert backoff_delay(10_000, lambda: 0.0) == 8.0  # no overflow on absurd counts


def test_backoff_jitter_stays_within_a_quarter_below() -> None:
    assert backoff_delay(1, lambda: 0.999999) == pytest.approx(0.75, rel=1e-5)
    for r in (0.0, 0.3, 0.7, 0.99):
        assert 0.75 < backoff_delay(2, lambda r=r: r) / 2.0 <= 1.0


def test_retry_delay_prefers_server_then_backoff() -> None:
    assert retry_delay(3, {"retry-after": "2"}, random=lambda: 0.0, now=_now) == 2.0
    assert retry_delay(3, {"retry-after": "120"}, random=lambda: 0.0, now=_now) == 4.0
    assert retry_delay(0, None, random=lambda: 0.0, now=_now) == 0.5


def test_policy_gives_up_after_max_retries() -> None:
    policy = RetryPolicy(2, random=lambda: 0.0, now=_now)
    assert policy.after_status(0, 529, {}) == 0.5
    assert policy.after_status(1, 529, {}) == 1.0
    assert policy.after_status(2, 529, {}) is None
    assert policy.after_status(0, 400, {}) is None
    assert policy.after_error(1) == 1.0
    assert policy.after_error(2) is None


# --- the schedule a client follows, sync and async from one body -----------------------


class Harness:
    """One client (sync or async) over a scripted transport, with sleeps recorded."""

    def __init__(self, mode: str, handler: Callable[[httpx.Request], httpx.Response], **kw: Any):
        self.mode = mode
        self.sleeps: list[float] = []
        transport = httpx.MockTransport(handler)
        self.client: Client | AsyncClient
        retries = kw.pop("max_retries", 2)
        if mode == "sync":
            policy = RetryPolicy(retries, random=lambda: 0.0, now=_now, sleep=self.sleeps.append)
            self.client = Client(api_key="sk-test", transport=transport, retry_policy=policy, **kw)
        else:

            async def record(seconds: float) -> None:
                self.sleeps.append(seconds)

            policy = RetryPolicy(retries, random=lambda: 0.0, now=_now, sleep=record)
            self.client = AsyncClient(
                api_key="sk-test",
                transport=httpx.MockTransport(handler),
                retry_policy=policy,
                **kw,
            )

    async def create(self, **kw: Any) -> Any:
        if isinstance(self.client, Client):
            return self.client.messages.create(**kw)
        return await self.client.messages.create(**kw)


def scripted(*answers: httpx.Response | Exception) -> tuple[Callable[..., httpx.Response], list]:
    seen: list[httpx.Request] = []
    queue = list(answers)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = queue.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    return handler, seen


def error(status: int, headers: dict[str, str] | None = None) -> httpx.Response:
    kinds = {429: "rate_limit_error", 529: "overloaded_error", 500: "api_error"}
    body = {"type": "error", "error": {"type": kinds.get(status, "x"), "message": "nope"}}
    return httpx.Response(status, json=body, headers=headers)


def ok() -> httpx.Response:
    return httpx.Response(200, json=MESSAGE, headers={"request-id": "req_ok"})


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.mark.anyio
async def test_backoff_schedule_then_success(mode: str) -> None:
    handler, seen = scripted(error(529), error(500), ok())
    h = Harness(mode, handler)
    message = await h.create(**PARAMS)
    assert h.sleeps == [0.5, 1.0]
    assert len(seen) == 3
    assert message._retries_taken == 2
    assert message._request_id == "req_ok"


@pytest.mark.anyio
async def test_retry_after_header_is_honoured(mode: str) -> None:
    handler, _ = scripted(
        error(429, {"retry-after": "3"}), error(429, {"retry-after-ms": "120"}), ok()
    )
    h = Harness(mode, handler)
    await h.create(**PARAMS)
    assert h.sleeps == [3.0, 0.12]


@pytest.mark.anyio
async def test_gives_up_after_max_retries_with_count(mode: str) -> None:
    handler, seen = scripted(error(529), error(529), error(529), error(529))
    h = Harness(mode, handler, max_retries=3)
    with pytest.raises(OverloadedError) as info:
        await h.create(**PARAMS)
    assert len(seen) == 4
    assert h.sleeps == [0.5, 1.0, 2.0]
    assert info.value.retries_taken == 3
    assert info.value.status_code == 529


@pytest.mark.anyio
async def test_max_retries_zero_means_one_attempt(mode: str) -> None:
    handler, seen = scripted(error(429))
    h = Harness(mode, handler, max_retries=0)
    with pytest.raises(RateLimitError) as info:
        await h.create(**PARAMS)
    assert len(seen) == 1
    assert h.sleeps == []
    assert info.value.retries_taken == 0


@pytest.mark.anyio
async def test_non_retryable_4xx_is_not_retried(mode: str) -> None:
    handler, seen = scripted(error(400))
    h = Harness(mode, handler)
    with pytest.raises(Exception) as info:
        await h.create(**PARAMS)
    assert type(info.value).__name__ == "BadRequestError"
    assert len(seen) == 1


@pytest.mark.anyio
async def test_x_should_retry_false_stops_a_500(mode: str) -> None:
    handler, seen = scripted(error(500, {"x-should-retry": "false"}))
    h = Harness(mode, handler)
    with pytest.raises(InternalServerError):
        await h.create(**PARAMS)
    assert len(seen) == 1


@pytest.mark.anyio
async def test_x_should_retry_true_retries_a_400(mode: str) -> None:
    handler, seen = scripted(error(400, {"x-should-retry": "true"}), ok())
    h = Harness(mode, handler)
    message = await h.create(**PARAMS)
    assert len(seen) == 2
    assert message._retries_taken == 1


@pytest.mark.anyio
async def test_connection_errors_and_timeouts_are_retried(mode: str) -> None:
    handler, seen = scripted(httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), ok())
    h = Harness(mode, handler)
    message = await h.create(**PARAMS)
    assert len(seen) == 3
    assert h.sleeps == [0.5, 1.0]
    assert message._retries_taken == 2


@pytest.mark.anyio
async def test_connection_error_after_retries_is_translated_and_chained(mode: str) -> None:
    handler, _ = scripted(*[httpx.ConnectError("refused")] * 3)
    h = Harness(mode, handler)
    with pytest.raises(APIConnectionError) as info:
        await h.create(**PARAMS)
    assert not isinstance(info.value, APITimeoutError)
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert info.value.retries_taken == 2
    assert info.value.request is not None


def test_retries_taken_is_given_when_an_error_is_made() -> None:
    request = httpx.Request("POST", "https://api.example/v1/messages")
    assert APIConnectionError("lost", request, retries_taken=3).retries_taken == 3
    assert APITimeoutError("slow", retries_taken=1).retries_taken == 1
    assert APIConnectionError().retries_taken == 0


@pytest.mark.anyio
async def test_timeout_after_retries_is_api_timeout_error(mode: str) -> None:
    handler, _ = scripted(*[httpx.ReadTimeout("slow")] * 3)
    h = Harness(mode, handler)
    with pytest.raises(APITimeoutError) as info:
        await h.create(**PARAMS)
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)


@pytest.mark.anyio
async def test_with_options_max_retries_applies(mode: str) -> None:
    handler, seen = scripted(error(529), error(529), error(529), error(529), error(529), ok())
    h = Harness(mode, handler)
    h.client = h.client.with_options(max_retries=5)
    message = await h.create(**PARAMS)
    assert len(seen) == 6
    assert h.sleeps == [0.5, 1.0, 2.0, 4.0, 8.0]
    assert message._retries_taken == 5


@pytest.mark.anyio
async def test_default_async_sleep_runs_under_the_event_loop() -> None:
    from claude_messages._transport import async_sleep

    assert await async_sleep(0) is None
    # No sleep given: the client's retry waits with it, under whichever loop runs.
    handler, seen = scripted(error(529, {"retry-after-ms": "1"}), ok())
    async with AsyncClient(api_key="sk-test", transport=httpx.MockTransport(handler)) as client:
        message = await client.messages.create(**PARAMS)
    assert message._retries_taken == 1 and len(seen) == 2
