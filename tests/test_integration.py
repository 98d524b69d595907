"""The real client against the emulator over loopback: the demo's examples, retries,
timeouts, broken streams, load and bad requests.

Each behaviour runs through the sync and the async client from one test body (``run``).
"""

from __future__ import annotations

import asyncio
import base64
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import claude_messages
import pytest
from claude_messages import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncClient,
    AuthenticationError,
    BadRequestError,
    Client,
    InternalServerError,
    OverloadedError,
    RateLimitError,
)
from claude_messages.testing import Emulator, Fault

ROOT = Path(__file__).resolve().parent.parent
MODEL = "claude-3-haiku-20240307"
IMAGE = base64.b64encode((ROOT / "examples/assets/meadow.jpg").read_bytes()).decode()
HELLO = [{"role": "user", "content": "Hello, Claude!"}]

# The client retries a failure without a usable retry-after after ~0.5 s; faults that allow
# one carry a short retry-after instead, to keep the suite quick.
QUICK = 0.02


@pytest.fixture
def api() -> Iterator[Emulator]:
    with Emulator() as emulator:
        yield emulator


Call = Callable[[Any], Any]


class Runner:
    """Runs one test body with a sync ``Client`` or an ``AsyncClient``.

    ``run(sync_fn, async_fn)``: each takes the client; the async one returns an awaitable.
    Exceptions propagate unchanged.
    """

    def __init__(self, mode: str, api: Emulator) -> None:
        self.mode = mode
        self.api = api

    def __call__(
        self,
        sync_fn: Callable[[Client], Any],
        async_fn: Callable[[AsyncClient], Awaitable[Any]],
        **client_options: Any,
    ) -> Any:
        options = {"api_key": self.api.api_key, "base_url": self.api.url, **client_options}
        if self.mode == "sync":
            with Client(**options) as client:
                return sync_fn(client)

        async def main() -> Any:
            async with AsyncClient(**options) as client:
                return await async_fn(client)

        return asyncio.run(main())

    def create(self, **params: Any) -> Any:
        client_options = params.pop("client_options", {})
        params = {"model": MODEL, "max_tokens": 100, "messages": HELLO, **params}

        async def acreate(client: AsyncClient) -> Any:
            return await client.messages.create(**params)

        return self(lambda client: client.messages.create(**params), acreate, **client_options)

    def stream(self, **params: Any) -> tuple[list[str], Any, Exception | None]:
        """Stream with ``messages.stream``: (texts seen, final-or-partial snapshot, error)."""
        client_options = params.pop("client_options", {})
        params = {"model": MODEL, "max_tokens": 100, "messages": HELLO, **params}
        texts: list[str] = []

        def sync_fn(client: Client) -> tuple[list[str], Any, Exception | None]:
            with client.messages.stream(**params) as stream:
                try:
                    for text in stream.text_stream:
                        texts.append(text)
                except claude_messages.APIError as exc:
                    return texts, stream.current_message_snapshot, exc
                return texts, stream.get_final_message(), None

        async def async_fn(client: AsyncClient) -> tuple[list[str], Any, Exception | None]:
            async with client.messages.stream(**params) as stream:
                try:
                    async for text in stream.text_stream:
                        texts.append(text)
                except claude_messages.APIError as exc:
                    return texts, stream.current_message_snapshot, exc
                return texts, await stream.get_final_message(), None

        result: tuple[list[str], Any, Exception | None] = self(sync_fn, async_fn, **client_options)
        return result


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest, api: Emulator) -> Runner:
    return Runner(request.param, api)


# --------------------------------------------------------------------- the demo's examples


def test_demo_text_example(run: Runner) -> None:
    response = run.create(
        max_tokens=100,
        messages=[{"role": "user", "content": "Hello, Claude!"}],
        model="claude-3-haiku-20240307",
    )
    assert response.content[0].text == "You said: Hello, Claude!"
    assert response.stop_reason == "end_turn"
    assert response._request_id == run.api.requests[0].request_id


def test_demo_image_example_with_the_repo_image(run: Runner) -> None:
    response = run.create(
        max_tokens=100,
        messages=[
            {
                "role": "user",
                "content": [
                    {
                        "type": "image",
                        "source": {"type": "base64", "media_type": "image/jpeg", "data": IMAGE},
                    },
                    {"type": "text", "text": "What is in this image?"},
                ],
            }
        ],
        model="claude-3-haiku-20240307",
    )
    assert response.content[0].text == (
        "You said: [image: image/jpeg, 64x48 pixels] What is in this image?"
    )


def test_demo_stream_example_prints_the_text_once(
    api: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    api.pace = 0.001
    client = Client(api_key=api.api_key, base_url=api.url)
    with client.messages.stream(
        max_tokens=100,
        messages=[{"role": "user", "content": "Write me a haiku about spring."}],
        model="claude-3-haiku-20240307",
    ) as stream:
        for event in stream:
            print(event.text, end="", flush=True)
    client.close()
    assert capsys.readouterr().out == "You said: Write me a haiku about spring."


def test_streamed_final_message_equals_create(run: Runner) -> None:
    tools = [{"name": "lookup", "input_schema": {"type": "object", "properties": {"q": {}}}}]
    for extra in (
        {},
        {"thinking": {"type": "enabled", "budget_tokens": 1024}, "max_tokens": 2000},
        {"tools": tools, "messages": [{"role": "user", "content": "please lookup"}]},
        {"stop_sequences": ["Claude"]},
    ):
        created = run.create(**extra)
        texts, final, error = run.stream(**extra)
        assert error is None
        assert final == created
        assert "".join(texts) == "".join(b.text for b in created.content if b.type_ == "text")


# --------------------------------------------------------------------- retries


@pytest.mark.parametrize(
    ("fault", "times"),
    [
        (Fault.rate_limit(retry_after=QUICK), 2),
        (Fault.overloaded(retry_after=QUICK), 2),
        (Fault.server_error(retry_after=QUICK), 2),
        (Fault.http_error(502, "api_error", headers={"retry-after-ms": "20"}), 2),
        (Fault.bad_gateway(), 1),
        (Fault.drop(), 1),
    ],
    ids=["429", "529", "500", "502-json", "502-html", "drop"],
)
def test_retried_failures_then_success(run: Runner, fault: Fault, times: int) -> None:
    run.api.inject(fault, times=times)
    message = run.create()
    assert message.content[0].text == "You said: Hello, Claude!"
    assert message._retries_taken == times
    assert [r.fault for r in run.api.requests] == [fault.kind] * times + [None]


def test_retries_exhausted_raise_with_the_count(run: Runner) -> None:
    run.api.inject(Fault.rate_limit(retry_after=QUICK), times=3)
    with pytest.raises(RateLimitError) as caught:
        run.create()
    assert caught.value.status_code == 429 and caught.value.type == "rate_limit_error"
    assert caught.value.retries_taken == 2
    assert caught.value.request_id == run.api.requests[-1].request_id
    assert len(run.api.requests) == 3


def test_retry_after_is_respected(run: Runner) -> None:
    # 1 s is longer than any first backoff (<= 0.5 s): only the header explains the wait.
    run.api.inject(Fault.rate_limit(retry_after=1.0))
    start = time.monotonic()
    run.create()
    requests = run.api.requests
    assert requests[1].received_at - requests[0].received_at >= 1.0
    assert time.monotonic() - start < 5


def test_should_retry_false_and_4xx_are_not_retried(run: Runner) -> None:
    run.api.inject(Fault.http_error(500, "api_error", headers={"x-should-retry": "false"}))
    with pytest.raises(InternalServerError):
        run.create()
    run.api.inject(Fault.http_error(403, "permission_error", "nope"))
    with pytest.raises(claude_messages.PermissionDeniedError, match="nope"):
        run.create()
    assert len(run.api.requests) == 2


def test_html_502_raises_with_status_and_text(run: Runner) -> None:
    run.api.inject(Fault.bad_gateway())
    with pytest.raises(InternalServerError) as caught:
        run.create(client_options={"max_retries": 0})
    assert caught.value.status_code == 502
    assert "502 Bad Gateway" in str(caught.value)
    assert isinstance(caught.value.body, str) and "<html>" in caught.value.body


def test_stream_retried_before_the_first_byte(run: Runner) -> None:
    run.api.inject(Fault.drop())
    run.api.inject(Fault.overloaded(retry_after=QUICK))
    texts, _, error = run.stream()
    assert error is None and "".join(texts) == "You said: Hello, Claude!"
    assert [r.fault for r in run.api.requests] == ["drop", "overloaded", None]


# --------------------------------------------------------------------- broken streams


@pytest.mark.parametrize(
    ("fault", "error_class"),
    [
        (Fault.error_event(4), OverloadedError),
        (Fault.error_event(4, error_type="api_error", message="boom"), InternalServerError),
        (Fault.error_event(4, error_type="rate_limit_error", message="slow"), RateLimitError),
        (Fault.drop_mid_stream(4), APIConnectionError),
    ],
    ids=["overloaded-event", "api-error-event", "rate-limit-event", "drop"],
)
def test_stream_failure_after_output_is_not_retried_and_keeps_the_partial_output(
    run: Runner, fault: Fault, error_class: type[Exception]
) -> None:
    run.api.inject(fault)
    texts, partial, error = run.stream()
    assert type(error) is error_class
    assert texts == ["You", " said:"]  # the two deltas before the fault
    assert partial.content[0].text == "You said:"
    assert len(run.api.requests) == 1  # output had begun: no retry
    if isinstance(error, APIStatusError):
        assert error.request_id == run.api.requests[0].request_id


def test_raw_stream_error_event_after_events(api: Emulator) -> None:
    api.inject(Fault.error_event(3))
    seen: list[str] = []
    with Client(api_key=api.api_key, base_url=api.url) as client:
        stream = client.messages.create(model=MODEL, max_tokens=100, messages=HELLO, stream=True)
        with pytest.raises(OverloadedError):
            for event in stream:
                seen.append(event.type_)
    assert seen == ["message_start", "content_block_start", "content_block_delta"]


def test_stall_is_caught_by_the_idle_limit(run: Runner) -> None:
    run.api.inject(Fault.stall(after_events=3, ping_interval=0.02))
    start = time.monotonic()
    texts, partial, error = run.stream(idle_timeout=0.3)
    assert isinstance(error, APITimeoutError)
    assert 0.3 <= time.monotonic() - start < 3
    assert texts == ["You"] and partial.content[0].text == "You"
    assert len(run.api.requests) == 1


# --------------------------------------------------------------------- timeouts


def test_slow_first_byte_times_out_then_is_retried(run: Runner) -> None:
    run.api.inject(Fault.slow_first_byte(2.0))
    with pytest.raises(APITimeoutError):
        run.create(timeout=0.2, client_options={"max_retries": 0})
    run.api.inject(Fault.slow_first_byte(2.0))
    message = run.create(timeout=0.2, client_options={"max_retries": 1})
    assert message._retries_taken == 1
    assert [r.fault for r in run.api.requests] == ["slow_first_byte"] * 2 + [None]


# --------------------------------------------------------------------- bad requests


def test_bad_request_raises_bad_request_error_with_the_message(run: Runner) -> None:
    content = [
        {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": IMAGE}}
    ]
    with pytest.raises(BadRequestError) as caught:
        run.create(messages=[{"role": "user", "content": content}])
    assert caught.value.status_code == 400 and caught.value.type == "invalid_request_error"
    assert "messages.0.content.0.source: Image does not match the provided media type" in str(
        caught.value
    )
    assert len(run.api.requests) == 1  # 400 is not retried


def test_schema_violation_passed_through_extra_body(run: Runner) -> None:
    with pytest.raises(BadRequestError, match=r"metadata\.user_id: Input should be a valid"):
        run.create(extra_body={"metadata": {"user_id": 7}})


def test_wrong_key_raises_authentication_error() -> None:
    with Emulator(api_key="sk-right") as api:
        client = Client(api_key="sk-wrong", base_url=api.url)
        with pytest.raises(AuthenticationError, match="invalid x-api-key"):
            client.messages.create(model=MODEL, max_tokens=10, messages=HELLO)
        client.close()
        assert len(api.requests) == 1


# --------------------------------------------------------------------- load


def test_200_concurrent_async_streams(api: Emulator) -> None:
    api.pace = 0.002

    async def main() -> list[str]:
        async with AsyncClient(api_key=api.api_key, base_url=api.url) as client:

            async def one(i: int) -> str:
                messages = [{"role": "user", "content": f"stream {i}"}]
                async with client.messages.stream(
                    model=MODEL, max_tokens=100, messages=messages
                ) as stream:
                    return "".join([text async for text in stream.text_stream])

            return await asyncio.gather(*(one(i) for i in range(200)))

    start = time.monotonic()
    texts = asyncio.run(main())
    assert texts == [f"You said: stream {i}" for i in range(200)]
    assert len(api.requests) == 200
    assert time.monotonic() - start < 60
