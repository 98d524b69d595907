"""Property tests: openapi.yaml and the emulator held to each other.

Schemathesis generates requests from ``openapi.yaml`` for every operation and sends them over
loopback HTTP to a running :class:`~claude_messages.testing.Emulator`; every answer is checked
against the spec: its status code is documented for the operation, its content type is one
the spec gives, its body conforms to the response schema, no answer is a 5xx, and a method
the spec does not give a path is answered 405 with ``allow``.

- Positive cases (valid by the schema): the emulator may still answer 400, as the API does
  for what a schema cannot say (an image whose bytes are not one, ``budget_tokens`` not below
  ``max_tokens``, a refusal of API version ``2026-10-21``, ``after_id`` with ``before_id``,
  ...), so acceptance is only required of the spec's own examples.
- Negative cases (invalid by the schema): the emulator must refuse them as the API does,
  with the error JSON: 400, or 401 (the key), 404 (a path parameter naming nothing), 405
  (the method), 413 (the size); never 5xx, never 200.

The spec's ``text/event-stream`` schema (``MessageStreamEvent``) is the schema of each event's
``data`` JSON, as its description says (OpenAPI 3.1 leaves that open; 3.2 tools read a
``schema`` there as the event's ``event``/``data`` fields), so streamed answers are read as
the list of their events' data, each checked to name its own event (``type`` == ``event``).

Bounded for the normal suite: a few examples per operation and mode, derandomized (the same
cases on every run, so CI is reproducible), no example database, no shrinking, and a
timeout on every request instead of a per-example deadline.
``CLAUDE_MESSAGES_PROPERTY_EXAMPLES=200`` runs more examples (and shrinks failures), e.g.
``CLAUDE_MESSAGES_PROPERTY_EXAMPLES=200 .venv/bin/python -m pytest tests/test_spec_properties.py``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from claude_messages._sse import SSEDecoder
from claude_messages.testing import Emulator
from hypothesis import HealthCheck, Phase, settings
from schemathesis import Case, GenerationMode
from schemathesis.core.deserialization import DeserializationContext
from schemathesis.specs.openapi.checks import positive_data_acceptance

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
API_KEY = "sk-ant-property-tests"
EXAMPLES = int(os.environ.get("CLAUDE_MESSAGES_PROPERTY_EXAMPLES", "0") or 0)
SOAK = EXAMPLES > 0
# Seconds an answer may take: a bound on a hang, far above any normal answer.
REQUEST_TIMEOUT = 30

pytestmark = pytest.mark.slow


# The operations whose request bodies are deep unions of content blocks: their coverage phase
# (the schema's boundary values, one case each) is thousands of cases and runs in the larger
# runs only; the other operations' coverage phase (which also tries the methods a path does
# not have) runs always.
HEAVY = ["createMessage", "countMessageTokens", "createMessageBatch"]


def _schema(mode: GenerationMode) -> Any:
    config = schemathesis.Config.from_dict(
        {
            # No example database: derandomized generation needs none, and CI keeps no state.
            "generation": {"mode": mode.value, "database": "none", "no-shrink": not SOAK},
            # An invalid request is refused as the API refuses it: 400 (401 for the key, 404
            # for a path parameter naming nothing, 405 for the method, 413 for the size).
            "checks": {"negative_data_rejection": {"expected-statuses": [400, 401, 404, 405, 413]}},
            "operations": []
            if SOAK
            else [{"include-operation-id": HEAVY, "phases": {"coverage": {"enabled": False}}}],
        }
    )
    return schemathesis.openapi.from_path(str(SPEC), config=config)


POSITIVE = _schema(GenerationMode.POSITIVE)
NEGATIVE = _schema(GenerationMode.NEGATIVE)


@schemathesis.deserializer("text/event-stream")
def _event_data(_ctx: DeserializationContext, response: Any) -> list[Any]:
    """A stream read as the spec describes it: the JSON ``data`` of each event."""
    decoder = SSEDecoder()
    events = [*decoder.feed(response.content), *decoder.flush()]
    payloads = []
    for event in events:
        payload = json.loads(event.data)
        if not isinstance(payload, dict) or payload.get("type") != event.event:
            raise ValueError(f"event {event.event!r} carries data of another type: {event.data}")
        payloads.append(payload)
    return payloads


@pytest.fixture(scope="module")
def api() -> Iterator[Emulator]:
    # A fixed key, so that a request with a made-up credential is refused (401).
    with Emulator(api_key=API_KEY) as emulator:
        yield emulator


def _hypothesis_settings() -> settings:
    return settings(
        max_examples=EXAMPLES or 3,
        derandomize=True,
        database=None,
        # The shrink phase only runs in the larger runs; the normal suite reports the case.
        phases=[Phase.explicit, Phase.generate, *([Phase.shrink] if SOAK else [])],
        # No per-example deadline (a loaded machine is slow, not wrong); an answer that never
        # comes is caught by the request timeout (REQUEST_TIMEOUT) instead.
        deadline=None,
        # The request bodies are large by design (deep unions of content blocks).
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def _call(case: Case, api: Emulator, *, accept_positive: bool) -> None:
    operation = case.operation.definition.raw
    headers = {"x-api-key": API_KEY}
    beta = operation.get("x-anthropic-beta")
    if beta:
        # What the client adds for the operation (x-anthropic-beta); without it the Files
        # API answers 400 to everything, which says little about the rest of the request.
        headers["anthropic-beta"] = beta
    excluded = [] if accept_positive else [positive_data_acceptance]
    case.call_and_validate(
        base_url=api.url, headers=headers, excluded_checks=excluded, timeout=REQUEST_TIMEOUT
    )


def _from_examples(case: Case) -> bool:
    meta = case.meta
    return meta is not None and meta.phase.name.value == "examples"


@POSITIVE.parametrize()
@_hypothesis_settings()
def test_valid_requests_get_documented_answers(case: Case, api: Emulator) -> None:
    _call(case, api, accept_positive=_from_examples(case))


@NEGATIVE.parametrize()
@_hypothesis_settings()
def test_invalid_requests_are_refused_with_the_error_json(case: Case, api: Emulator) -> None:
    _call(case, api, accept_positive=False)
