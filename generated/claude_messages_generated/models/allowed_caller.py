from typing import Literal

AllowedCaller = Literal[
    "code_execution_20250825", "code_execution_20260120", "code_execution_20260521", "direct"
]

ALLOWED_CALLER_VALUES: set[AllowedCaller] = {
    "code_execution_20250825",
    "code_execution_20260120",
    "code_execution_20260521",
    "direct",
}


def check_allowed_caller(value: str) -> AllowedCaller:
    if value in ALLOWED_CALLER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ALLOWED_CALLER_VALUES!r}")
