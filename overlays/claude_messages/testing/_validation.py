"""What the emulator checks before it answers: the key, the API version, the body.

The body is validated against the request schemas of the project's OpenAPI document
(``claude_messages_generated/openapi.json``, written by ``scripts/generate``) with
``jsonschema``, the one dependency of the ``testing`` extra. Error messages name the field
by its dotted path (``messages.0.content.1.source.media_type: ...``) as the API does.
Version ``2026-10-21`` refusals (the spec's ``x-refused-*`` marks) and the API's
cross-field rules are checked here too.
"""

from __future__ import annotations

import functools
import importlib
import importlib.resources
import json
import re
from collections.abc import Iterable
from typing import Any

__all__ = [
    "KNOWN_VERSIONS",
    "RequestRejected",
    "allowed_methods",
    "check_auth",
    "check_header_parameters",
    "check_rules",
    "check_version",
    "error_body",
    "preload",
    "validate_body",
]

KNOWN_VERSIONS = ("2023-06-01", "2026-10-21")

# Operation -> (path, method) in the spec, to find its request schema.
_OPERATIONS = {
    "messages": "/v1/messages",
    "count_tokens": "/v1/messages/count_tokens",
}
_TYPE_NAMES = {
    "object": "dictionary",
    "array": "list",
    "string": "string",
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
    "null": "null",
}


def error_body(error_type: str, message: str, request_id: str | None = None) -> dict[str, Any]:
    """The API's error JSON; ``request_id`` is left out where the API leaves it out (batch
    results)."""
    body: dict[str, Any] = {"type": "error", "error": {"type": error_type, "message": message}}
    if request_id is not None:
        body["request_id"] = request_id
    return body


class RequestRejected(Exception):
    """The request fails a check; answer ``status`` with ``error_type`` and ``message``
    (and ``headers``, e.g. ``allow`` on a 405)."""

    def __init__(
        self,
        status: int,
        error_type: str,
        message: str,
        headers: tuple[tuple[str, str], ...] = (),
    ) -> None:
        super().__init__(message)
        self.status = status
        self.error_type = error_type
        self.message = message
        self.headers = headers


def _invalid(message: str) -> RequestRejected:
    return RequestRejected(400, "invalid_request_error", message)


def check_auth(headers: dict[str, str], api_key: str | None) -> None:
    """Require ``x-api-key`` or ``Authorization: Bearer``; equal to ``api_key`` if set."""
    key = headers.get("x-api-key")
    if key is None:
        scheme, _, token = headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and token.strip():
            key = token.strip()
    if not key:
        raise RequestRejected(401, "authentication_error", "x-api-key header is required")
    if api_key is not None and key != api_key:
        raise RequestRejected(401, "authentication_error", "invalid x-api-key")


def check_version(headers: dict[str, str]) -> str:
    """The request's ``anthropic-version``, which must be present and known."""
    version = headers.get("anthropic-version")
    if not version:
        raise _invalid("anthropic-version: header is required")
    if version not in KNOWN_VERSIONS:
        raise _invalid(
            f"anthropic-version: {version!r} is not a valid version "
            f"(known versions: {', '.join(KNOWN_VERSIONS)})"
        )
    return version


@functools.cache
def _spec() -> dict[str, Any]:
    text = (
        importlib.resources.files("claude_messages_generated")
        .joinpath("openapi.json")
        .read_text(encoding="utf-8")
    )
    spec: dict[str, Any] = json.loads(text)
    return spec


@functools.cache
def _validator(operation: str) -> Any:
    try:
        # Imported by name: jsonschema ships no type stubs, and only this needs it.
        jsonschema = importlib.import_module("jsonschema")
    except ImportError as exc:  # the testing extra is not installed
        raise ImportError(
            "request validation needs jsonschema: pip install 'claude-messages[testing]' "
            "(or start the emulator with validate=False)"
        ) from exc
    spec = _spec()
    path = _OPERATIONS[operation]
    body_schema = spec["paths"][path]["post"]["requestBody"]["content"]["application/json"]
    # The spec's components ride along so that "#/components/..." references resolve.
    schema = {"components": spec["components"], **body_schema["schema"]}
    return jsonschema.Draft202012Validator(schema)


_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@functools.cache
def _routes() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    """Each path of the spec as a pattern (a ``{param}`` matches one segment), with the
    methods it has, upper case."""
    routes = []
    for template, item in _spec()["paths"].items():
        pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template))
        methods = tuple(m.upper() for m in _METHODS if m in item)
        routes.append((re.compile(pattern), methods))
    return tuple(routes)


def allowed_methods(path: str) -> tuple[str, ...] | None:
    """The methods the spec has for ``path`` (trailing ``/`` ignored); ``None`` for a path
    it does not describe."""
    path = path.rstrip("/")
    for pattern, methods in _routes():
        if pattern.fullmatch(path):
            return methods
    return None


def check_method(method: str, path: str) -> None:
    """A method the spec does not give ``path`` is answered 405 with ``allow`` listing the
    ones it does, before any other check (the method decides what else applies)."""
    allowed = allowed_methods(path)
    if allowed is not None and method not in allowed:
        raise RequestRejected(
            405,
            "invalid_request_error",
            f"method {method} not allowed (use {' or '.join(allowed)})",
            (("allow", ", ".join(allowed)),),
        )


@functools.cache
def _header_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The request headers whose values the spec constrains with a ``pattern``."""
    found = []
    for param in _spec()["components"].get("parameters", {}).values():
        pattern = (param.get("schema") or {}).get("pattern")
        if param.get("in") == "header" and pattern:
            found.append((str(param["name"]).lower(), re.compile(pattern)))
    return tuple(found)


def check_header_parameters(headers: dict[str, str]) -> None:
    """A header the spec gives a ``pattern`` (e.g. ``anthropic-workspace-id``) must match it
    when present: an empty or malformed value is a 400 naming the header."""
    for name, pattern in _header_patterns():
        value = headers.get(name)
        if value is not None and pattern.search(value) is None:
            raise _invalid(f"{name}: header value should match pattern {pattern.pattern!r}")


def preload() -> None:
    """Load the spec and build the validators now (fail early, answer fast later)."""
    for operation in _OPERATIONS:
        _validator(operation)


def _path(parts: Iterable[object]) -> str:
    return ".".join(str(part) for part in parts)


def _quote_all(values: Iterable[object]) -> str:
    quoted = [repr(v) if isinstance(v, str) else json.dumps(v) for v in values]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def _branch_fails_tag(errors: list[Any]) -> bool:
    """Whether a union branch was rejected for the discriminator or the JSON type itself."""
    for error in errors:
        rel = list(error.relative_path)
        if not rel and error.validator == "type":
            return True
        if rel == ["type"] and error.validator in ("const", "enum"):
            return True
        # A branch that requires the tag, for a value without one (the value is meant for
        # the branch whose tag is optional, a custom tool's).
        if (
            not rel
            and error.validator == "required"
            and isinstance(error.instance, dict)
            and "type" not in error.instance
            and "type" in error.validator_value
        ):
            return True
    return False


def _pick(error: Any) -> tuple[Any, str | None]:
    """Descend through oneOf/anyOf into the branch the instance meant (by its ``type``)."""
    while error.validator in ("oneOf", "anyOf") and error.context:
        branches: dict[int, list[Any]] = {}
        for sub in error.context:
            branches.setdefault(sub.relative_schema_path[0], []).append(sub)
        meant = [errs for errs in branches.values() if not _branch_fails_tag(errs)]
        if len(meant) != 1:
            instance = error.instance
            mapping = (error.schema.get("discriminator") or {}).get("mapping") or {}
            if isinstance(instance, dict) and mapping:
                tag = instance.get("type")
                return error, (
                    f"Input tag {tag!r} found using 'type' does not match any of the "
                    f"expected tags: {_quote_all(mapping)}"
                )
            if not meant:
                kinds = [
                    str(sub.validator_value)
                    for sub in error.context
                    if sub.validator == "type" and not sub.relative_path
                ]
                if len(kinds) == len(branches):
                    names = " or ".join(_TYPE_NAMES.get(k, k) for k in kinds)
                    return error, f"Input should be a valid {names}"
                return error, "Input does not match any of the allowed forms"
            meant = meant[:1]
        error = max(meant[0], key=lambda e: len(e.absolute_path))
    return error, None


def _message(error: Any) -> str:
    kind, value = error.validator, error.validator_value
    if kind == "type":
        names: list[str] = value if isinstance(value, list) else [value]
        return "Input should be a valid " + " or ".join(_TYPE_NAMES.get(n, n) for n in names)
    if kind == "enum":
        return f"Input should be {_quote_all(value)}"
    if kind == "const":
        return f"Input should be {_quote_all([value])}"
    if kind == "minimum":
        return f"Input should be greater than or equal to {value}"
    if kind == "maximum":
        return f"Input should be less than or equal to {value}"
    if kind == "minLength":
        return f"String should have at least {value} character{'s' if value != 1 else ''}"
    if kind == "maxLength":
        return f"String should have at most {value} characters"
    if kind == "minItems":
        return f"List should have at least {value} item{'s' if value != 1 else ''}"
    if kind == "maxItems":
        return f"List should have at most {value} items"
    if kind == "pattern":
        return f"String should match pattern {value!r}"
    if kind == "additionalProperties":
        return "Extra inputs are not permitted"
    message = str(error.message)
    return message if len(message) <= 200 else message[:200] + "..."


def validate_body(operation: str, body: object) -> None:
    """Raise a 400 naming the first bad field of ``body`` for ``operation``.

    ``operation`` is ``"messages"`` or ``"count_tokens"``.
    """
    validator = _validator(operation)
    # The first error in schema order, as the API reports one field at a time.
    first = next(validator.iter_errors(body), None)
    if first is None:
        return
    error, override = _pick(first)
    where = list(error.absolute_path)
    if override is None and error.validator == "required":
        missing = next((n for n in error.validator_value if n not in error.instance), "?")
        where.append(missing)
        text = "Field required"
    else:
        text = override or _message(error)
    path = _path(where)
    raise _invalid(f"{path}: {text}" if path else text)


_BODY_SCHEMAS = {"messages": "CreateMessageParams", "count_tokens": "CountTokensParams"}


def _version_rules(operation: str, version: str, body: dict[str, Any]) -> None:
    """The refusals the spec marks for ``version`` (the client checks the same marks)."""
    from .._validate import version_rule_violation

    found = version_rule_violation(_BODY_SCHEMAS[operation], version, body)
    if found is not None:
        path, rule = found
        raise _invalid(f"{_path(path)}: {rule} in API version {version}")


def check_rules(operation: str, version: str, body: dict[str, Any]) -> None:
    """The version's refusals and the API's cross-field rules (after schema validation)."""
    _version_rules(operation, version, body)
    if not body.get("messages"):
        raise _invalid("messages: List should have at least 1 item")
    thinking = body.get("thinking") or {}
    budget = thinking.get("budget_tokens")
    if (
        operation == "messages"
        and thinking.get("type") == "enabled"
        and isinstance(budget, int)
        and budget >= body.get("max_tokens", 0)
    ):
        raise _invalid("max_tokens: must be greater than thinking.budget_tokens")
    choice = body.get("tool_choice") or {}
    tools = body.get("tools") or []
    if choice.get("type") in ("any", "tool") and not tools:
        raise _invalid("tool_choice: may only be specified while providing tools")
    if choice.get("type") == "tool" and choice.get("name") not in {t.get("name") for t in tools}:
        raise _invalid(f"tool_choice.name: tool {choice.get('name')!r} not found in tools")
