from typing import Literal

CacheTTL = Literal["1h", "5m"]

CACHE_TTL_VALUES: set[CacheTTL] = {
    "1h",
    "5m",
}


def check_cache_ttl(value: str) -> CacheTTL:
    if value in CACHE_TTL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CACHE_TTL_VALUES!r}")
