"""Tools from plain functions: ``@tool`` and ``@async_tool`` (the official SDK's
``beta_tool`` and ``beta_async_tool``).

A decorated function becomes a ``FunctionTool`` (``AsyncFunctionTool``): a generated ``Tool``
model (so ``messages.create(tools=[get_weather])`` and ``count_tokens`` take it as it is)
that also runs the function for ``messages.tool_runner``. What the model reads comes from
the function itself:

- ``name``: the function's name;
- ``description``: its docstring, without the sections (``Args:``, ``Returns:``, ...);
- ``input_schema``: an object with one property per parameter, typed from the hints (see
  ``_json_schema`` for the types: attrs classes, dataclasses, TypedDicts, ``Literal``,
  ``X | None``, ...), required unless the parameter has a default, described from the
  docstring's ``Args:`` section (Google style; reST ``:param x:`` and NumPy ``Parameters``
  sections are read too).

The function still works when called directly. ``tool.call(input)`` builds the arguments
from the model's input (an attrs parameter gets an instance) and returns the result as
``tool_result`` content: a string as it is, a list of content blocks as blocks, ``None`` as
no content, anything else as JSON text.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import inspect
import json
import re
import uuid
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Mapping, Sequence
from typing import Any, Final, Generic, ParamSpec, TypeAlias, TypedDict, TypeVar, Unpack, overload

import attrs
from claude_messages_generated.models import CacheControlEphemeral, Tool

from . import _json_schema
from ._json_schema import MISSING, ValueMismatch
from ._validate import check_value

__all__ = [
    "AsyncFunctionTool",
    "FunctionTool",
    "ToolError",
    "ToolOptions",
    "ToolResultContent",
    "async_tool",
    "beta_async_tool",
    "beta_tool",
    "parse_docstring",
    "tool",
    "tool_result_content",
]

P = ParamSpec("P")
R = TypeVar("R")

_AsyncFunction: TypeAlias = Callable[P, Coroutine[Any, Any, R]]

ToolResultContent: TypeAlias = "str | list[dict[str, Any]] | None"
"""What a ``tool_result`` block carries: text, content blocks, or nothing."""


class ToolError(Exception):
    """Raise it from a tool to answer the model with this content and ``is_error: true``.

    Any other exception is answered with its ``repr()``; ``ToolError`` chooses the words (a
    string, or a list of text blocks).

    Example::

        @tool
        def read_file(path: str) -> str:
            if not path.startswith("/srv/"):
                raise ToolError("Only files under /srv/ can be read.")
            ...
    """

    content: str | list[dict[str, Any]]

    def __init__(self, content: str | Iterable[Mapping[str, Any]]) -> None:
        if isinstance(content, str):
            text = content
            self.content = content
        else:
            blocks = [dict(block) for block in content]
            self.content = blocks
            text = " ".join(str(b.get("text", f"[{b.get('type', 'block')}]")) for b in blocks)
        super().__init__(text or "Tool error")


# --- docstrings -------------------------------------------------------------------------------

_GOOGLE_SECTION: Final = re.compile(
    r"^(Args|Arguments|Parameters|Params|Keyword Args|Keyword Arguments|Other Parameters|"
    r"Returns?|Yields?|Raises|Exceptions?|Examples?|Notes?|Attributes|See Also|Warnings?|"
    r"Todo|References|Methods):\s*$"
)
_GOOGLE_PARAMS: Final = frozenset(
    {"Args", "Arguments", "Parameters", "Params", "Keyword Args", "Keyword Arguments"}
)
_NUMPY_RULE: Final = re.compile(r"^-{3,}\s*$")
_REST_FIELD: Final = re.compile(r"^:(\w+)(?:\s+([^:]*?))?:\s*(.*)$")


def parse_docstring(doc: str | None) -> tuple[str, dict[str, str]]:
    """(description, {parameter: description}) of a docstring.

    The description is the text before the first section; parameter descriptions come from
    a Google ``Args:`` section, reST ``:param name:`` fields or a NumPy ``Parameters``
    section; a description's continuation lines are kept, one per line.

    Example::

        parse_docstring('''Get the weather.

            Args:
                city: The city name.
            ''')
        # ("Get the weather.", {"city": "The city name."})
    """
    if not doc:
        return "", {}
    lines = inspect.cleandoc(doc).splitlines()
    body: list[str] = []
    params: dict[str, str] = {}
    index = 0
    while index < len(lines):
        line = lines[index]
        google = _GOOGLE_SECTION.match(line)
        numpy = index + 1 < len(lines) and line.strip() and _NUMPY_RULE.match(lines[index + 1])
        if google or numpy or _REST_FIELD.match(line):
            break
        body.append(line)
        index += 1
    while index < len(lines):
        line = lines[index]
        google = _GOOGLE_SECTION.match(line)
        if google:
            section, index = _indented_block(lines, index + 1)
            if google.group(1) in _GOOGLE_PARAMS:
                params.update(_google_params(section))
            continue
        if index + 1 < len(lines) and line.strip() and _NUMPY_RULE.match(lines[index + 1]):
            name = line.strip()
            section, index = _numpy_block(lines, index + 2)
            if name in ("Parameters", "Other Parameters"):
                params.update(_numpy_params(section))
            continue
        rest = _REST_FIELD.match(line)
        if rest:
            text = [rest.group(3)]
            index += 1
            while index < len(lines) and lines[index][:1].isspace():
                text.append(lines[index].strip())
                index += 1
            if rest.group(1) in ("param", "parameter", "arg", "argument", "key", "keyword"):
                target = (rest.group(2) or "").split()
                if target:
                    params[target[-1]] = "\n".join(t for t in text if t)
            continue
        index += 1
    return "\n".join(body).strip(), params


def _indented_block(lines: list[str], index: int) -> tuple[list[str], int]:
    block: list[str] = []
    while index < len(lines) and (not lines[index].strip() or lines[index][:1].isspace()):
        block.append(lines[index])
        index += 1
    return block, index


def _numpy_block(lines: list[str], index: int) -> tuple[list[str], int]:
    block: list[str] = []
    while index < len(lines):
        if index + 1 < len(lines) and lines[index].strip() and _NUMPY_RULE.match(lines[index + 1]):
            break
        block.append(lines[index])
        index += 1
    return block, index


def _google_params(section: list[str]) -> dict[str, str]:
    entries = [line for line in section if line.strip()]
    if not entries:
        return {}
    base = min(len(line) - len(line.lstrip()) for line in entries)
    params: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in entries:
        if len(line) - len(line.lstrip()) == base:
            head, _, text = line.strip().partition(":")
            current = params.setdefault(head.split("(")[0].strip().lstrip("*"), [])
            if text.strip():
                current.append(text.strip())
        elif current is not None:
            current.append(line.strip())
    return {name: "\n".join(text) for name, text in params.items()}


def _numpy_params(section: list[str]) -> dict[str, str]:
    params: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in section:
        if not line.strip():
            continue
        if not line[:1].isspace():
            name = line.split(":")[0].strip().lstrip("*")
            current = params.setdefault(name, [])
        elif current is not None:
            current.append(line.strip())
    return {name: "\n".join(text) for name, text in params.items()}


# --- function signatures -------------------------------------------------------------------


@attrs.frozen
class _Parameter:
    name: str
    tp: Any
    default: Any  # MISSING when required


def _parameters(func: Callable[..., Any], what: str) -> list[_Parameter]:
    try:
        signature = inspect.signature(func)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{what}: its signature cannot be read ({exc})") from exc
    try:
        hints = _json_schema.type_hints(func, getattr(func, "__qualname__", what))
    except TypeError as exc:
        raise TypeError(f"{what}: {exc}") from None
    out: list[_Parameter] = []
    for param in signature.parameters.values():
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            star = "*" if param.kind is param.VAR_POSITIONAL else "**"
            raise TypeError(
                f"{what}: {star}{param.name} has no place in a tool's input; name each parameter"
            )
        if param.kind is param.POSITIONAL_ONLY:
            raise TypeError(
                f"{what}: {param.name} is positional-only; a tool is called with keywords"
            )
        default = MISSING if param.default is param.empty else param.default
        out.append(_Parameter(param.name, hints.get(param.name, Any), default))
    return out


def _describe(
    func: Callable[..., Any],
    name: str | None,
    description: str | None,
    input_schema: Mapping[str, Any] | type | None,
) -> tuple[str, str, dict[str, Any], list[_Parameter] | None]:
    """(name, description, input_schema, parameters to build; None: pass the input on)."""
    tool_name = name or str(getattr(func, "__name__", ""))
    what = f"tool {tool_name!r}"
    summary, param_docs = parse_docstring(getattr(func, "__doc__", None))
    if input_schema is not None:
        if isinstance(input_schema, type):
            schema = _json_schema.schema_of(input_schema)
        elif isinstance(input_schema, Mapping):
            schema = json.loads(json.dumps(input_schema))
        else:
            raise TypeError(
                f"{what}: input_schema must be a JSON Schema dict or a class, "
                f"not {type(input_schema).__name__}"
            )
        parameters = None
    else:
        parameters = _parameters(func, what)
        try:
            schema = _json_schema.parameters_schema(
                [(p.name, p.tp, p.default, _param_doc(p, param_docs)) for p in parameters]
            )
        except TypeError as exc:
            raise TypeError(f"{what}: {exc}") from None
    return tool_name, description if description is not None else summary, schema, parameters


def _param_doc(param: _Parameter, docs: Mapping[str, str]) -> str | None:
    return docs.get(param.name) or None


def _arguments(parameters: Sequence[_Parameter], data: Mapping[str, Any]) -> dict[str, Any]:
    known = {p.name for p in parameters}
    for key in data:
        if key not in known:
            raise ValueMismatch(key, "not a parameter of the tool")
    arguments: dict[str, Any] = {}
    for param in parameters:
        if param.name not in data:
            if param.default is MISSING:
                raise ValueMismatch(param.name, "missing (required)")
            continue
        value = data[param.name]
        left_out = value is None and param.default is not MISSING
        if left_out and not _json_schema.accepts_none(param.tp):
            continue
        arguments[param.name] = _json_schema.build(param.tp, value, param.name)
    return arguments


# --- results ------------------------------------------------------------------------------


def _jsonable(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    if attrs.has(type(value)):
        return attrs.asdict(value, recurse=False)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    model_dump = getattr(value, "model_dump", None)
    if callable(model_dump):
        return model_dump(mode="json")
    raise TypeError(f"a {type(value).__name__} cannot be sent as JSON")


def _is_block(value: object) -> bool:
    if isinstance(value, Mapping):
        return isinstance(value.get("type"), str)
    return callable(getattr(value, "to_dict", None)) and isinstance(
        getattr(value, "type", None), str
    )


def tool_result_content(value: object) -> ToolResultContent:
    """A tool's return value as ``tool_result`` content.

    A string is the text; a list of content blocks (dicts with a ``type``, or models) is
    sent as blocks; ``None`` is no content; anything else (numbers, dicts, attrs or
    dataclass instances, ...) is sent as its JSON text.

    Example::

        tool_result_content({"temperature": 21})   # '{"temperature": 21}'
    """
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, list | tuple) and value and all(_is_block(v) for v in value):
        return [dict(block) if isinstance(block, Mapping) else block.to_dict() for block in value]
    return json.dumps(value, default=_jsonable, ensure_ascii=False)


# --- the tools ------------------------------------------------------------------------------


class ToolOptions(TypedDict, total=False):
    """The definition's other fields, as the API documents them (each left out when not
    given): ``cache_control``, ``strict`` (the model's input must follow the schema exactly;
    the schema is then made strict, as for structured outputs), ``defer_loading``,
    ``allowed_callers``, ``eager_input_streaming`` and ``input_examples``.

    Example::

        @tool(strict=True, cache_control={"type": "ephemeral"})
        def get_weather(city: str) -> str: ...
    """

    cache_control: Mapping[str, Any] | CacheControlEphemeral | None
    strict: bool | None
    defer_loading: bool | None
    allowed_callers: Sequence[str] | None
    eager_input_streaming: bool | None
    input_examples: Iterable[Mapping[str, Any]] | None


_OPTIONS: Final = frozenset(ToolOptions.__annotations__)


def _definition(
    name: str, description: str, schema: dict[str, Any], options: Mapping[str, Any]
) -> Tool:
    """The checked ``Tool`` for a definition; ``ValueError``/``TypeError`` naming the field."""
    unknown = sorted(set(options) - _OPTIONS)
    if unknown:
        raise TypeError(f"tool {name!r}: unknown option {unknown[0]!r}")
    definition: dict[str, Any] = {"name": name, "input_schema": schema}
    if description:
        definition["description"] = description
    for key, value in options.items():
        if value is not None:
            to_dict = getattr(value, "to_dict", None)
            definition[key] = to_dict() if callable(to_dict) else value
    if definition.get("strict"):
        from ._structured import strict_schema

        definition["input_schema"] = strict_schema(schema)
    checked = check_value("Tool", definition, f"tool {name!r}")
    return Tool.from_dict(checked)


_TOOL_FIELDS: Final = tuple(field.name for field in attrs.fields(Tool))


class _FunctionToolBase(Tool):
    """What both tool kinds share: the definition (a ``Tool``) and building arguments."""

    __slots__ = ("_parameters", "func")

    func: Callable[..., Any]
    _parameters: list[_Parameter] | None

    def _setup(
        self,
        func: Callable[..., Any],
        name: str | None,
        description: str | None,
        input_schema: Mapping[str, Any] | type | None,
        options: Mapping[str, Any],
    ) -> None:
        tool_name, text, schema, parameters = _describe(func, name, description, input_schema)
        definition = _definition(tool_name, text, schema, options)
        for field in _TOOL_FIELDS:
            object.__setattr__(self, field, getattr(definition, field))
        self.func = func
        self._parameters = parameters

    def _arguments(self, input: object) -> dict[str, Any]:
        if not isinstance(input, Mapping):
            raise TypeError(
                f"the input of tool {self.name!r} must be a JSON object, not {type(input).__name__}"
            )
        if self._parameters is None:
            return dict(input)
        try:
            return _arguments(self._parameters, input)
        except ValueMismatch as exc:
            raise ValueError(f"invalid input for tool {self.name!r}: {exc}") from exc

    # A tool is its function: identity decides equality, and tools can be set members.
    __eq__ = object.__eq__
    __ne__ = object.__ne__
    __hash__ = object.__hash__  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, func={self.func!r})"


class FunctionTool(_FunctionToolBase, Generic[P, R]):
    """A synchronous function as a tool (what ``@tool`` makes).

    A ``Tool`` model: ``name``, ``description``, ``input_schema``, ``to_dict()``. Calling it
    calls the function; ``call(input)`` runs it on the model's input.

    Example::

        @tool
        def get_weather(city: str) -> str:
            '''The current weather in a city.'''
            return "sunny"

        get_weather("Paris")                      # "sunny"
        get_weather.call({"city": "Paris"})       # "sunny"
        client.messages.create(..., tools=[get_weather])
    """

    __slots__ = ()

    func: Callable[P, R]

    def __init__(
        self,
        func: Callable[P, R],
        *,
        name: str | None = None,
        description: str | None = None,
        input_schema: Mapping[str, Any] | type | None = None,
        **options: Unpack[ToolOptions],
    ) -> None:
        if inspect.iscoroutinefunction(func):
            raise TypeError(
                f"{getattr(func, '__name__', func)!r} is an async function: use @async_tool"
            )
        self._setup(func, name, description, input_schema, options)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        return self.func(*args, **kwargs)

    def call(self, input: object) -> ToolResultContent:
        """Run the function on the model's ``input``; return the ``tool_result`` content.

        Input that does not fit the parameters raises ``ValueError`` naming the parameter.
        """
        func: Callable[..., R] = self.func
        return tool_result_content(func(**self._arguments(input)))


class AsyncFunctionTool(_FunctionToolBase, Generic[P, R]):
    """An ``async def`` function as a tool (what ``@async_tool`` makes).

    Example::

        @async_tool
        async def get_weather(city: str) -> str:
            '''The current weather in a city.'''
            return "sunny"

        await get_weather.call({"city": "Paris"})   # "sunny"
    """

    __slots__ = ()

    func: Callable[P, Coroutine[Any, Any, R]]

    def __init__(
        self,
        func: Callable[P, Coroutine[Any, Any, R]],
        *,
        name: str | None = None,
        description: str | None = None,
        input_schema: Mapping[str, Any] | type | None = None,
        **options: Unpack[ToolOptions],
    ) -> None:
        if not inspect.iscoroutinefunction(func):
            raise TypeError(
                f"{getattr(func, '__name__', func)!r} is not an async function: use @tool"
            )
        self._setup(func, name, description, input_schema, options)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> Coroutine[Any, Any, R]:
        return self.func(*args, **kwargs)

    async def call(self, input: object) -> ToolResultContent:
        """Run the function on the model's ``input``; return the ``tool_result`` content."""
        func: Callable[..., Awaitable[R]] = self.func
        return tool_result_content(await func(**self._arguments(input)))


@overload
def tool(func: Callable[P, R], /) -> FunctionTool[P, R]: ...
@overload
def tool(
    *,
    name: str | None = None,
    description: str | None = None,
    input_schema: Mapping[str, Any] | type | None = None,
    **options: Unpack[ToolOptions],
) -> Callable[[Callable[P, R]], FunctionTool[P, R]]: ...
def tool(
    func: Callable[P, R] | None = None,
    /,
    *,
    name: str | None = None,
    description: str | None = None,
    input_schema: Mapping[str, Any] | type | None = None,
    **options: Unpack[ToolOptions],
) -> FunctionTool[P, R] | Callable[[Callable[P, R]], FunctionTool[P, R]]:
    """Make a function a tool: ``@tool`` or ``@tool(name=..., description=...)``.

    ``name``, ``description`` and ``input_schema`` (a JSON Schema dict, or a class whose
    schema is used; the input is then passed to the function as keyword arguments as it is)
    replace what is read from the function; the other fields of the definition are
    ``ToolOptions`` (``strict``, ``cache_control``, ...). A definition the API would refuse
    (a bad name, say) raises ``ValueError`` here.

    Example::

        @tool
        def get_weather(city: str, unit: Literal["c", "f"] = "c") -> str:
            '''The current weather in a city.

            Args:
                city: The city, e.g. "Paris".
                unit: The temperature unit.
            '''
            return f"21 degrees {unit} in {city}"
    """

    def make(fn: Callable[P, R]) -> FunctionTool[P, R]:
        return FunctionTool(
            fn,
            name=name,
            description=description,
            input_schema=input_schema,
            **options,
        )

    return make(func) if func is not None else make


@overload
def async_tool(func: Callable[P, Coroutine[Any, Any, R]], /) -> AsyncFunctionTool[P, R]: ...
@overload
def async_tool(
    *,
    name: str | None = None,
    description: str | None = None,
    input_schema: Mapping[str, Any] | type | None = None,
    **options: Unpack[ToolOptions],
) -> Callable[[Callable[P, Coroutine[Any, Any, R]]], AsyncFunctionTool[P, R]]: ...
def async_tool(
    func: Callable[P, Coroutine[Any, Any, R]] | None = None,
    /,
    *,
    name: str | None = None,
    description: str | None = None,
    input_schema: Mapping[str, Any] | type | None = None,
    **options: Unpack[ToolOptions],
) -> AsyncFunctionTool[P, R] | Callable[[_AsyncFunction[P, R]], AsyncFunctionTool[P, R]]:
    """Make an ``async def`` function a tool, as ``@tool`` does for a plain one.

    Example::

        @async_tool
        async def get_weather(city: str) -> str:
            '''The current weather in a city.'''
            return "sunny"
    """

    def make(fn: Callable[P, Coroutine[Any, Any, R]]) -> AsyncFunctionTool[P, R]:
        return AsyncFunctionTool(
            fn,
            name=name,
            description=description,
            input_schema=input_schema,
            **options,
        )

    return make(func) if func is not None else make


beta_tool = tool
"""The official SDK's name for ``tool``."""
beta_async_tool = async_tool
"""The official SDK's name for ``async_tool``."""
