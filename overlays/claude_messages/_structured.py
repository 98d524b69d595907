"""Structured outputs: ``messages.parse(output_format=T)`` and ``messages.stream(output_format=T)``.

``T`` is an attrs class, a dataclass, a ``TypedDict``, a pydantic model (when pydantic is
installed), any other type ``_json_schema`` understands (``list[City]``, ...), or a JSON
Schema as a dict. The request carries ``output_config.format`` =
``{"type": "json_schema", "schema": ...}`` (merged into the caller's ``output_config``, so
``effort`` stays), with the schema made into one the API accepts (``strict_schema``):

- every object is closed (``additionalProperties: false``) and lists every property in
  ``required``; a property that was optional is made nullable (``anyOf: [..., null]``);
- keywords the API does not take (``minLength``, ``maximum``, ``pattern``, a string
  ``format`` other than the supported ones, ``minItems`` above 1, ``default``, ...) are moved
  into the ``description``, as ``{keyword: value, ...}``, so the model still reads them;
- ``oneOf`` becomes ``anyOf``; an ``enum`` or ``const`` of primitives stands without
  ``type``; ``$defs`` and ``$ref`` are kept.

The answer is a ``ParsedMessage[T]``: each text block is a ``ParsedTextBlock`` whose
``parsed_output`` is its text decoded and built into ``T`` (a dict, list, ... for a JSON
Schema), and ``message.parsed_output`` is the first text block's. Text that is not JSON, or
JSON that does not fit, raises ``OutputParseError`` (with the text and the reason).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, Generic, TypeAlias, TypeVar, Union, cast

import attrs
from claude_messages_generated.models import (
    Message,
    RedactedThinkingBlock,
    TextBlock,
    ThinkingBlock,
    ToolUseBlock,
    UnknownContentBlock,
)

from . import _json_schema
from ._exceptions import OutputParseError
from ._message_stream import (
    AsyncMessageStream,
    AsyncMessageStreamManager,
    MessageStream,
    MessageStreamManager,
)
from ._response import ReceivedMessage

if TYPE_CHECKING:
    import httpx

__all__ = [
    "AsyncParsedMessageStream",
    "AsyncParsedMessageStreamManager",
    "OutputFormat",
    "ParsedContentBlock",
    "ParsedMessage",
    "ParsedMessageStream",
    "ParsedMessageStreamManager",
    "ParsedTextBlock",
    "output_format_of",
    "parse_message",
    "strict_schema",
    "with_output_format",
]

T = TypeVar("T")

SUPPORTED_STRING_FORMATS: Final = frozenset(
    {"date-time", "time", "date", "duration", "email", "hostname", "uri", "ipv4", "ipv6", "uuid"}
)
"""The string ``format`` values structured outputs take; others go to the description."""

_PRIMITIVE = (str, int, float, bool, type(None))


# --- the schema the API accepts -------------------------------------------------------------


def strict_schema(schema: Mapping[str, Any], path: str = "") -> dict[str, Any]:
    """``schema`` made into a JSON Schema structured outputs accept (see the module doc).

    Raises ``TypeError`` naming the path of a (sub)schema that says nothing of its values
    (no ``type``, ``anyOf``, ``oneOf``, ``allOf``, ``const`` or ``enum``).

    Example::

        strict_schema({"type": "integer", "minimum": 1, "description": "A count"})
        # {"type": "integer", "description": "A count\\n\\n{minimum: 1}"}
    """
    if not isinstance(schema, Mapping):
        raise TypeError(f"{path or 'the schema'}: a JSON Schema must be a dict, not {schema!r}")
    rest = dict(schema)
    out: dict[str, Any] = {}

    for defs_key in ("$defs", "definitions"):
        defs = rest.pop(defs_key, None)
        if isinstance(defs, Mapping):
            out[defs_key] = {
                name: strict_schema(sub, f"{path}{defs_key}.{name}") for name, sub in defs.items()
            }

    ref = rest.pop("$ref", None)
    if ref is not None:
        out["$ref"] = ref
        return out

    kind = rest.pop("type", None)
    if isinstance(kind, list):
        if len(kind) == 1:
            kind = kind[0]
        elif kind:
            # One branch per type, each keeping what applies to it; title and description
            # stay on the outer schema.
            meta: dict[str, Any] = {k: rest.pop(k) for k in ("title", "description") if k in rest}
            branches = [strict_schema({**rest, "type": k}, path) for k in kind]
            return {**out, "anyOf": branches, **meta}
    any_of = rest.pop("anyOf", None)
    one_of = rest.pop("oneOf", None)
    all_of = rest.pop("allOf", None)

    enum_values = rest.get("enum")
    if isinstance(enum_values, list) and enum_values and all(_is_primitive(v) for v in enum_values):
        out["enum"] = list(rest.pop("enum"))
    if "const" in rest and _is_primitive(rest["const"]):
        out["const"] = rest.pop("const")
    literal = "enum" in out or "const" in out
    if literal:
        kind = None

    if isinstance(any_of, list):
        out["anyOf"] = [strict_schema(s, f"{path}.anyOf[{i}]") for i, s in enumerate(any_of)]
    elif isinstance(one_of, list):
        out["anyOf"] = [strict_schema(s, f"{path}.oneOf[{i}]") for i, s in enumerate(one_of)]
    elif isinstance(all_of, list):
        out["allOf"] = [strict_schema(s, f"{path}.allOf[{i}]") for i, s in enumerate(all_of)]
    elif not literal:
        if kind is None:
            raise TypeError(
                f"{path or 'the schema'}: a schema needs a 'type', 'anyOf', 'oneOf', 'allOf', "
                "or a 'const' or non-empty 'enum' of strings, numbers, booleans or null "
                f"(got {_short(schema)})"
            )
        out["type"] = kind

    for key in ("description", "title"):
        if key in rest:
            out[key] = rest.pop(key)

    if kind == "object":
        properties = rest.pop("properties", None) or {}
        required = rest.pop("required", None) or []
        rest.pop("additionalProperties", None)
        strict_properties: dict[str, Any] = {}
        for name, sub in properties.items():
            here = f"{path}.{name}" if path else name
            prop = strict_schema(sub, here)
            if name not in required:
                prop = _nullable(prop)
            strict_properties[name] = prop
        out["properties"] = strict_properties
        out["additionalProperties"] = False
        out["required"] = list(strict_properties)
    elif kind == "string":
        fmt = rest.get("format")
        if fmt in SUPPORTED_STRING_FORMATS:
            out["format"] = rest.pop("format")
    elif kind == "array":
        items = rest.pop("items", None)
        if items is not None:
            out["items"] = strict_schema(items, f"{path}[]")
        if rest.get("minItems") in (0, 1) and not isinstance(rest.get("minItems"), bool):
            out["minItems"] = rest.pop("minItems")

    if rest:
        extra = "{" + ", ".join(f"{key}: {_show(value)}" for key, value in rest.items()) + "}"
        described = out.get("description")
        out["description"] = f"{described}\n\n{extra}" if described else extra
    return out


def _is_primitive(value: object) -> bool:
    return isinstance(value, _PRIMITIVE)


def _show(value: object) -> str:
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return repr(value)


def _short(schema: Mapping[str, Any]) -> str:
    text = _show(dict(schema))
    return text if len(text) <= 80 else text[:77] + "..."


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` (a strict one) that also accepts ``null`` (unchanged when it already does)."""
    if _accepts_null(schema):
        return schema
    if "anyOf" in schema:
        return {**schema, "anyOf": [*schema["anyOf"], {"type": "null"}]}
    meta: dict[str, Any] = {k: schema[k] for k in ("title", "description") if k in schema}
    inner = {k: v for k, v in schema.items() if k not in meta}
    return {"anyOf": [inner, {"type": "null"}], **meta}


def _accepts_null(schema: Mapping[str, Any]) -> bool:
    # A strict schema always says what it takes; a $ref is taken to name an object.
    if "$ref" in schema:
        return False
    if "anyOf" in schema:
        return any(_accepts_null(option) for option in schema["anyOf"])
    if "const" in schema:
        return schema["const"] is None
    if "enum" in schema:
        return None in schema["enum"]
    return bool(schema.get("type") == "null")


# --- output formats --------------------------------------------------------------------------


class OutputFormat(Generic[T]):
    """What ``output_format=`` stands for: the schema to send, and how to read the answer.

    Example::

        fmt = output_format_of(City)
        fmt.request_format()   # {"type": "json_schema", "schema": {...}}
        fmt.parse_text('{"name": "Paris", "population": null}')   # City(name='Paris', ...)
    """

    __slots__ = ("_build", "schema", "source")

    source: object
    """What the caller passed (the type, or the schema dict)."""
    schema: dict[str, Any]
    """The schema as sent: ``strict_schema`` of the type's (or the given) JSON Schema."""

    def __init__(self, source: object, schema: dict[str, Any], build: Callable[[Any], T]) -> None:
        self.source = source
        self.schema = schema
        self._build = build

    def request_format(self) -> dict[str, Any]:
        """The ``output_config.format`` value to send."""
        return {"type": "json_schema", "schema": self.schema}

    def parse_text(self, text: str, message: Message | None = None) -> T:
        """Decode ``text`` and build the value; ``OutputParseError`` when it does not fit."""
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise OutputParseError(
                f"the text is not valid JSON ({exc})", text=text, message=message
            ) from exc
        try:
            return self._build(data)
        except _json_schema.ValueMismatch as exc:
            where = exc.path or "the top level"
            raise OutputParseError(
                f"the JSON does not fit {self._name()} at {where}: {exc.reason}",
                text=text,
                message=message,
            ) from exc

    def _name(self) -> str:
        source = self.source
        if isinstance(source, Mapping):
            return "the schema"
        return getattr(source, "__qualname__", None) or repr(source)

    def __repr__(self) -> str:
        return f"OutputFormat({self._name()})"


def output_format_of(output_format: type[T] | Mapping[str, Any] | Any) -> OutputFormat[T]:
    """The ``OutputFormat`` for what a caller passed as ``output_format``.

    A type is described once (cached); a dict is taken as a JSON Schema. Raises
    ``TypeError`` naming the field for a type without a schema the API accepts.
    """
    if isinstance(output_format, Mapping):
        return cast("OutputFormat[T]", _schema_format(output_format))
    if isinstance(output_format, str | bytes) or output_format is None:
        raise TypeError(
            "output_format must be a type (an attrs class, dataclass, TypedDict, ...) or a "
            f"JSON Schema dict, not {output_format!r}"
        )
    tp: Any = output_format
    try:
        return cast("OutputFormat[T]", _type_format(tp))
    except TypeError as exc:  # an unhashable type-like object
        if "unhashable" not in str(exc):
            raise
        return cast("OutputFormat[T]", _type_format.__wrapped__(tp))


def _schema_format(schema: Mapping[str, Any]) -> OutputFormat[Any]:
    natural = json.loads(json.dumps(schema))  # a private copy (and proof it is JSON)
    strict = strict_schema(natural)

    def build(data: Any) -> Any:
        data = _json_schema.drop_filled_nulls(data, natural)
        _json_schema.check_json(data, natural)
        return data

    return OutputFormat(schema, strict, build)


@functools.lru_cache(maxsize=256)
def _type_format(tp: Any) -> OutputFormat[Any]:
    try:
        natural = _json_schema.schema_of(tp)
    except TypeError as exc:
        raise TypeError(f"output_format {_type_name(tp)}: {exc}") from None
    try:
        strict = strict_schema(natural)
    except TypeError as exc:
        raise TypeError(f"output_format {_type_name(tp)}: {exc}") from None
    return OutputFormat(tp, strict, functools.partial(_json_schema.build, tp))


def _type_name(tp: object) -> str:
    return getattr(tp, "__qualname__", None) or repr(tp)


def with_output_format(
    params: Mapping[str, Any], output: OutputFormat[Any] | None
) -> Mapping[str, Any]:
    """``params`` with ``output``'s format in ``output_config`` (kept: the caller's other
    ``output_config`` keys, e.g. ``effort``).

    Raises ``ValueError`` when ``output_config`` already has a ``format``.
    """
    if output is None:
        return params
    config = params.get("output_config")
    merged: dict[str, Any]
    if config is None:
        merged = {}
    else:
        to_dict = getattr(config, "to_dict", None)
        if callable(to_dict):
            config = to_dict()
        if not isinstance(config, Mapping):
            raise TypeError(
                f"output_config must be a dict (or an OutputConfig), not {type(config).__name__}"
            )
        if config.get("format") is not None:
            raise ValueError(
                "output_format and output_config.format were both given; pass only one "
                "(output_format sends its schema as output_config.format)"
            )
        merged = dict(config)
    merged["format"] = output.request_format()
    return {**params, "output_config": merged}


# --- parsed messages -----------------------------------------------------------------------

_TEXT_FIELDS: Final = tuple(field.name for field in attrs.fields(TextBlock))
_MESSAGE_FIELDS: Final = tuple(field.name for field in attrs.fields(Message))


class ParsedTextBlock(TextBlock, Generic[T]):
    """A ``TextBlock`` of a ``ParsedMessage``, with its text decoded: ``parsed_output``.

    ``parsed_output`` is not a field of the block: ``to_dict()``/``to_json()`` give the
    block as the API sent it, and it compares equal to the plain ``TextBlock``.

    Example::

        block = message.content[0]
        if block.type == "text":
            print(block.parsed_output)
    """

    __slots__ = ("parsed_output",)

    parsed_output: T | None
    """The block's text as ``T`` (``None`` when no ``output_format`` was given)."""

    def __getattr__(self, name: str) -> Any:
        # Only reached when the slot was never set (a copy made by attrs.evolve or pickle).
        if name == "parsed_output":
            return None
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TextBlock):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in _TEXT_FIELDS)

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None  # mutable, like the generated class


ParsedContentBlock: TypeAlias = Union[  # noqa: UP007  # a generic alias needs Union here
    ParsedTextBlock[T],
    ToolUseBlock,
    ThinkingBlock,
    RedactedThinkingBlock,
    UnknownContentBlock,
]
"""A content block of a ``ParsedMessage``: text blocks are ``ParsedTextBlock``."""


class ParsedMessage(ReceivedMessage, Generic[T]):
    """The ``Message`` of ``messages.parse(...)``: ``parsed_output`` is the answer as ``T``.

    Everything a ``ReceivedMessage`` has (``content``, ``usage``, ``to_json()``,
    ``_request_id``) holds; its text blocks are ``ParsedTextBlock``. It compares equal to the
    plain ``Message`` with the same fields.

    Example::

        message = client.messages.parse(..., output_format=City)
        city = message.parsed_output   # a City
        print(city.name, message.usage.output_tokens, message._request_id)
    """

    __slots__ = ()

    if TYPE_CHECKING:
        content: list[ParsedContentBlock[T]]  # type: ignore[assignment]

    @property
    def parsed_output(self) -> T | None:
        """The first text block's ``parsed_output`` (``None`` without a text block)."""
        for block in self.content:
            if isinstance(block, ParsedTextBlock):
                return block.parsed_output
        return None


def _copy_as(cls: type[Any], source: object, names: tuple[str, ...]) -> Any:
    copy = object.__new__(cls)
    for name in names:
        object.__setattr__(copy, name, getattr(source, name))
    return copy


def parse_message(
    message: Message,
    output: OutputFormat[T] | None,
    *,
    request_id: str | None = None,
    retries_taken: int | None = None,
) -> ParsedMessage[T]:
    """``message`` as a ``ParsedMessage`` with every text block parsed by ``output``.

    The request id and retries come from ``message`` when it is a ``ReceivedMessage``,
    else from the arguments. ``OutputParseError`` for a text that does not fit.
    """
    parsed: ParsedMessage[T] = _copy_as(ParsedMessage, message, _MESSAGE_FIELDS)
    if isinstance(message, ReceivedMessage):
        request_id = message._request_id if request_id is None else request_id
        retries_taken = message._retries_taken if retries_taken is None else retries_taken
    parsed._request_id = request_id
    parsed._retries_taken = retries_taken or 0
    content: list[Any] = []
    for block in message.content:
        if isinstance(block, TextBlock):
            text_block: ParsedTextBlock[T] = _copy_as(ParsedTextBlock, block, _TEXT_FIELDS)
            text_block.parsed_output = (
                None if output is None else output.parse_text(block.text, message)
            )
            content.append(text_block)
        else:
            content.append(block)
    parsed.content = content
    return parsed


# --- streams ----------------------------------------------------------------------------


class ParsedMessageStream(MessageStream, Generic[T]):
    """The ``MessageStream`` of ``messages.stream(..., output_format=T)``.

    Text arrives as usual (events, ``text_stream``); ``get_final_message()`` returns the
    ``ParsedMessage[T]`` (parsed once, at the end).

    Example::

        with client.messages.stream(..., output_format=City) as stream:
            for text in stream.text_stream:
                print(text, end="")
            city = stream.get_final_message().parsed_output
    """

    _output: OutputFormat[T] | None = None
    _parsed: ParsedMessage[T] | None = None

    def get_final_message(self) -> ParsedMessage[T]:
        """Read to the end and return the ``ParsedMessage`` (``OutputParseError`` if the
        text does not fit)."""
        if self._parsed is None:
            message = super().get_final_message()
            self._parsed = parse_message(message, self._output, request_id=self.request_id)
        return self._parsed


class AsyncParsedMessageStream(AsyncMessageStream, Generic[T]):
    """The async twin of ``ParsedMessageStream``.

    Example::

        async with client.messages.stream(..., output_format=City) as stream:
            city = (await stream.get_final_message()).parsed_output
    """

    _output: OutputFormat[T] | None = None
    _parsed: ParsedMessage[T] | None = None

    async def get_final_message(self) -> ParsedMessage[T]:
        """Read to the end and return the ``ParsedMessage``."""
        if self._parsed is None:
            message = await super().get_final_message()
            self._parsed = parse_message(message, self._output, request_id=self.request_id)
        return self._parsed


_HANDLER_CLASSES: dict[tuple[type, type], type] = {}


def _parsing_class(handler: type | None, base: type) -> Any:
    """``base``, or a class that is both the caller's ``event_handler`` and ``base``."""
    if handler is None or issubclass(handler, base):
        return handler or base
    combined = _HANDLER_CLASSES.get((handler, base))
    if combined is None:
        combined = type(f"Parsed{handler.__name__}", (handler, base), {})
        _HANDLER_CLASSES[(handler, base)] = combined
    return combined


class ParsedMessageStreamManager(MessageStreamManager, Generic[T]):
    """What ``messages.stream(..., output_format=T)`` returns: ``with`` it to stream.

    Example::

        with client.messages.stream(..., output_format=City) as stream:
            print(stream.get_final_message().parsed_output)
    """

    def __init__(
        self,
        make_response: Callable[[], httpx.Response],
        *,
        output: OutputFormat[T],
        event_handler: type[MessageStream] | None = None,
        idle_timeout: float | None = None,
    ) -> None:
        super().__init__(
            make_response,
            event_handler=_parsing_class(event_handler, ParsedMessageStream),
            idle_timeout=idle_timeout,
        )
        self._output = output

    def __enter__(self) -> ParsedMessageStream[T]:
        stream = cast("ParsedMessageStream[T]", super().__enter__())
        stream._output = self._output
        return stream


class AsyncParsedMessageStreamManager(AsyncMessageStreamManager, Generic[T]):
    """What ``AsyncClient.messages.stream(..., output_format=T)`` returns.

    Example::

        async with client.messages.stream(..., output_format=City) as stream:
            print((await stream.get_final_message()).parsed_output)
    """

    def __init__(
        self,
        make_response: Callable[[], Awaitable[httpx.Response]],
        *,
        output: OutputFormat[T],
        event_handler: type[AsyncMessageStream] | None = None,
        idle_timeout: float | None = None,
    ) -> None:
        super().__init__(
            make_response,
            event_handler=_parsing_class(event_handler, AsyncParsedMessageStream),
            idle_timeout=idle_timeout,
        )
        self._output = output

    async def __aenter__(self) -> AsyncParsedMessageStream[T]:
        stream = cast("AsyncParsedMessageStream[T]", await super().__aenter__())
        stream._output = self._output
        return stream
