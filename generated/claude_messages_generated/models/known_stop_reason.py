from typing import Literal

KnownStopReason = Literal[
    "end_turn",
    "max_tokens",
    "model_context_window_exceeded",
    "pause_turn",
    "refusal",
    "stop_sequence",
    "tool_use",
]

KNOWN_STOP_REASON_VALUES: set[KnownStopReason] = {
    "end_turn",
    "max_tokens",
    "model_context_window_exceeded",
    "pause_turn",
    "refusal",
    "stop_sequence",
    "tool_use",
}


def check_known_stop_reason(value: str) -> KnownStopReason:
    if value in KNOWN_STOP_REASON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KNOWN_STOP_REASON_VALUES!r}")
