from typing import Literal

ApiVersion = Literal["2023-06-01", "2026-10-21"]

API_VERSION_VALUES: set[ApiVersion] = {
    "2023-06-01",
    "2026-10-21",
}


def check_api_version(value: str) -> ApiVersion:
    if value in API_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {API_VERSION_VALUES!r}")
