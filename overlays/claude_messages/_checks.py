"""Checks of a call's arguments, pure: they run before anything is built or sent.

Bad input fails fast with a ``TypeError`` or ``ValueError`` that names the argument, and
the rules of the chosen API version are applied locally instead of costing a round trip
for a 400. The checks of the bodies are compiled from the spec by ``_validate``; sync and
async clients share all of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final

from ._config import DEFAULT_API_VERSION
from ._sentinels import drop_absent, is_absent
from ._validate import Operation, format_path, operation
from ._validate import version_rule_violation as _version_rule_violation

__all__ = [
    "COUNT_TOKENS",
    "CREATE_MESSAGE",
    "NONSTREAMING_LIMIT",
    "as_dict",
    "check_nonstreaming_duration",
    "check_param_names",
    "check_version_rules",
    "count_tokens_body",
    "message_body",
    "version_rule_violation",
    "with_header_arguments",
]

NONSTREAMING_LIMIT: Final = 600.0
"""Seconds a non-streaming request may be expected to take under the default timeout."""

# Output tokens per hour assumed by the 10-minute guard (3600 * max_tokens / 128000 s).
_TOKENS_PER_HOUR: Final = 128_000

CREATE_MESSAGE: Final = "createMessage"
COUNT_TOKENS: Final = "countMessageTokens"
"""The operationIds of the spec whose checks ``message_body``/``count_tokens_body`` apply."""


def _type_name(value: object) -> str:
    return type(value).__name__


def check_param_names(
    method: str, params: Mapping[str, object], allowed: frozenset[str], required: Iterable[str]
) -> None:
    """Raise ``TypeError`` for a misspelt or missing keyword argument, naming it.

    Example::

        check_param_names("create", {"max_token": 5}, ALLOWED, ("max_tokens",))
        # TypeError: create() got an unexpected keyword argument 'max_token'
    """
    if isinstance(params, dict):
        drop_absent(params)
    unknown = params.keys() - allowed
    if unknown:
        names = ", ".join(repr(name) for name in sorted(unknown))
        plural = "s" if len(unknown) > 1 else ""
        raise TypeError(f"{method}() got an unexpected keyword argument{plural} {names}")
    for name in required:
        if name not in params:
            raise TypeError(f"{method}() missing required keyword argument {name!r}")


def _merge_extra_body(body: dict[str, Any], params: Mapping[str, Any]) -> None:
    if not is_absent(extra_body := params.get("extra_body")):
        if not isinstance(extra_body, Mapping):
            raise TypeError(f"extra_body must be a dict, not {_type_name(extra_body)}")
        body.update(extra_body)


def message_body(params: Mapping[str, Any], *, stream: object = None) -> dict[str, Any]:
    """Check the arguments of ``messages.create`` and build its JSON body (as a dict).

    The checks come from the spec's ``CreateMessageParams`` (see ``_validate``).
    ``params`` holds the keyword arguments (names already checked); ``None`` means "not
    given": omitted from the body. ``extra_body`` is merged last (its keys win), so
    inputs the API gained after this release can be sent today.

    Example::

        message_body({"max_tokens": 100, "model": "claude-3-haiku-20240307",
                      "messages": [{"role": "user", "content": "Hello"}]})
    """
    create = operation(CREATE_MESSAGE)
    body = create.body(params)
    if stream is not None:
        if not isinstance(stream, bool):
            raise TypeError(f"stream must be a bool, not {_type_name(stream)}")
        if stream and create.stream_flag is not None:
            body[create.stream_flag] = True
    _merge_extra_body(body, params)
    return body


def count_tokens_body(params: Mapping[str, Any]) -> dict[str, Any]:
    """Check the arguments of ``messages.count_tokens`` and build its JSON body.

    The checks come from the spec's ``CountTokensParams``, as ``message_body``'s do.

    Example::

        count_tokens_body({"model": "claude-3-haiku-20240307",
                           "messages": [{"role": "user", "content": "Hello"}]})
    """
    body = operation(COUNT_TOKENS).body(params)
    _merge_extra_body(body, params)
    return body


def with_header_arguments(
    op: Operation, params: Mapping[str, Any]
) -> Mapping[str, str | None] | None:
    """The call's ``extra_headers`` over the headers of its header arguments (the spec's
    header parameters with an ``x-python-name``)."""
    extra_headers = params.get("extra_headers")
    headers = op.headers(params)
    if headers is None:
        return extra_headers
    if extra_headers is not None and not isinstance(extra_headers, Mapping):
        raise TypeError(f"extra_headers must be a dict, not {_type_name(extra_headers)}")
    return {**headers, **(extra_headers or {})}


# --- API version rules (x-refused-in-versions in the spec) -----------------------------


def as_dict(value: object) -> object:
    """A generated model's JSON (``to_dict()``); anything else unchanged."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def version_rule_violation(
    api_version: str, body: Mapping[str, Any], body_schema: str = "CreateMessageParams"
) -> str | None:
    """The first rule of ``api_version`` that ``body`` breaks, as a readable sentence.

    The rules are the spec's ``x-refused-in-versions`` marks on ``body_schema`` and what it
    contains (for ``2026-10-21``: sampling parameters, a ``document`` block in an
    ``assistant`` message, citations on a ``text`` block in a ``user`` message). ``None``
    when the body is fine. Model instances are read via ``to_dict()``.

    Example::

        version_rule_violation("2026-10-21", {"temperature": 1.0, ...})
        # "api_version 2026-10-21 refuses 'temperature' (rule: no sampling parameters ..."
    """
    found = _version_rule_violation(body_schema, api_version, body)
    if found is None:
        return None
    path, rule = found
    where = repr(path[0]) if len(path) == 1 else format_path(path)
    fallback = (
        f", or use api_version={DEFAULT_API_VERSION!r}"
        if _version_rule_violation(body_schema, DEFAULT_API_VERSION, body) is None
        else ""
    )
    return f"api_version {api_version} refuses {where} (rule: {rule}). Remove it{fallback}."


def check_version_rules(
    api_version: str, body: Mapping[str, Any], body_schema: str = "CreateMessageParams"
) -> None:
    """Raise ``ValueError`` naming the rule and the version when ``body`` breaks one.

    Example::

        check_version_rules("2026-10-21", body)  # ValueError for temperature=...
    """
    problem = version_rule_violation(api_version, body, body_schema)
    if problem is not None:
        raise ValueError(problem)


def check_nonstreaming_duration(max_tokens: int) -> None:
    """Refuse a non-streaming request that may outlast the default 10-minute timeout.

    The expected duration is ``3600 * max_tokens / 128000`` seconds; only applied when
    neither the client nor the call chose a timeout.

    Example::

        check_nonstreaming_duration(64_000)  # ValueError: ... use stream=True ...
    """
    expected = 3600.0 * max_tokens / _TOKENS_PER_HOUR
    if expected > NONSTREAMING_LIMIT:
        raise ValueError(
            f"max_tokens={max_tokens} may take up to {expected / 60:.0f} minutes, longer than "
            "the default 10-minute timeout of a non-streaming request. Streaming is strongly "
            "recommended: use stream=True or client.messages.stream(...); or pass an explicit "
            "timeout=... to accept the risk."
        )
