"""``messages.tool_runner()``: ask the model, run the tools it calls, answer with their
results, and again, until it stops calling tools.

Each turn is one ``messages.create`` (or, with ``stream=True``, one ``messages.stream``); the
runner yields the turn's ``Message`` (or its ``MessageStream``) and, once the caller is done
with it, decides by the ``stop_reason``:

- ``tool_use``: run every ``tool_use`` block's tool, in order, and send the assistant turn
  and a user turn of ``tool_result`` blocks with the next request. A tool that raises is
  answered with ``is_error: true`` and the exception's ``repr()`` (a ``ToolError`` with its
  own content); a tool the runner cannot run (a raw definition, an unknown name) with
  ``is_error: true`` and a message saying so;
- ``pause_turn``: send the unfinished turn back so the model goes on;
- anything else: stop; ``until_done()`` returns that message.

``max_iterations`` caps the requests: the run stops after that many, and the tool calls of
the last message are then not run.

Tools are refused up front, before any request: two tools with one name (``ValueError``),
an async tool in the synchronous runner or the reverse (``TypeError``); the other arguments
are checked as ``create`` checks them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterable,
    Iterator,
    Mapping,
)
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Generic, Literal, Self, TypeVar

from claude_messages_generated.models import Message, ToolUseBlock

from ._checks import CREATE_MESSAGE, message_body
from ._closing import Closing
from ._params import REQUEST_OPTIONS
from ._tools import AsyncFunctionTool, FunctionTool, ToolError
from ._validate import operation

if TYPE_CHECKING:
    from ._message_stream import (
        AsyncMessageStream,
        AsyncMessageStreamManager,
        MessageStream,
        MessageStreamManager,
    )
    from ._response import ReceivedMessage

__all__ = [
    "AsyncStreamingToolRunner",
    "AsyncToolRunner",
    "StreamingToolRunner",
    "ToolRunner",
]

logger = logging.getLogger("claude_messages")

_ItemT = TypeVar("_ItemT")

_ERROR_TEXT_MAX: Final = 4096
"""The most of an exception's ``repr()`` an ``is_error`` result carries."""

_Step = Literal["run_tools", "resume", "stop"]
_STEPS: Final[dict[str, _Step]] = {"tool_use": "run_tools", "pause_turn": "resume"}


def _tool_name(tool: object) -> object:
    if isinstance(tool, Mapping):
        return tool.get("name")
    return getattr(tool, "name", None)


def _index_tools(tools: object, *, asynchronous: bool) -> tuple[list[Any], dict[str, Any]]:
    """(the ``tools`` to send, the runnable ones by name); refuses what cannot be run."""
    if tools is None:
        return [], {}
    if isinstance(tools, str | bytes | Mapping) or not isinstance(tools, Iterable):
        raise TypeError(f"tools must be a list of tools, not {type(tools).__name__}")
    sent: list[Any] = []
    runnable: dict[str, Any] = {}
    seen: set[str] = set()
    for index, tool in enumerate(tools):
        if isinstance(tool, FunctionTool) and asynchronous:
            raise TypeError(
                f"tools[{index}] ({tool.name!r}) is a synchronous tool and this runner is "
                "asynchronous: make it with @async_tool, or use the synchronous Client"
            )
        if isinstance(tool, AsyncFunctionTool) and not asynchronous:
            raise TypeError(
                f"tools[{index}] ({tool.name!r}) is an async tool and this runner is "
                "synchronous: make it with @tool, or use the AsyncClient"
            )
        name = _tool_name(tool)
        if isinstance(name, str):  # a name of another type is refused by create()'s checks
            if name in seen:
                raise ValueError(
                    f"tools[{index}]: two tools are named {name!r}; tool names must be unique"
                )
            seen.add(name)
        if isinstance(tool, FunctionTool | AsyncFunctionTool):
            runnable[tool.name] = tool
        sent.append(tool)
    return sent, runnable


def _check_max_iterations(value: object) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"max_iterations must be an int or None, not {type(value).__name__}")
    if value < 1:
        raise ValueError(f"max_iterations must be at least 1, got {value}")
    return value


def _tool_uses(message: Message) -> list[ToolUseBlock]:
    return [block for block in message.content if isinstance(block, ToolUseBlock)]


_SURROGATE: Final = re.compile("[\ud800-\udfff]")


def _well_formed(text: str) -> str:
    # A lone surrogate (a str can hold one, UTF-8 cannot) would make the next request fail.
    return _SURROGATE.sub("\ufffd", text)


def _error_result(block: ToolUseBlock, exc: Exception) -> dict[str, Any]:
    if isinstance(exc, ToolError):
        content: Any = exc.content
    else:
        logger.warning("tool %r raised %r (sent to the model as an error)", block.name, exc)
        content = _well_formed(repr(exc)[:_ERROR_TEXT_MAX])
    return {"type": "tool_result", "tool_use_id": block.id, "content": content, "is_error": True}


def _result(block: ToolUseBlock, content: object) -> dict[str, Any]:
    result: dict[str, Any] = {"type": "tool_result", "tool_use_id": block.id}
    if isinstance(content, str):
        result["content"] = _well_formed(content)
    elif content is not None:
        result["content"] = content
    return result


def _not_runnable(block: ToolUseBlock) -> dict[str, Any]:
    return {
        "type": "tool_result",
        "tool_use_id": block.id,
        "content": f"Error: tool {block.name!r} is not one this runner can run",
        "is_error": True,
    }


class _RunnerState:
    """What the four runners share: the conversation, the tools and the loop's decisions."""

    def __init__(
        self, params: Mapping[str, Any], max_iterations: object, *, asynchronous: bool
    ) -> None:
        tools, self._runnable = _index_tools(params.get("tools"), asynchronous=asynchronous)
        params = {**params, "messages": list(params.get("messages") or ())}
        if tools:
            params["tools"] = tools
        operation(CREATE_MESSAGE).check_names("tool_runner", params, REQUEST_OPTIONS)
        message_body(params)  # the checks create() makes, before the first request
        self._params: dict[str, Any] = params
        self._max_iterations = _check_max_iterations(max_iterations)
        self._iterations = 0
        self._tool_response: dict[str, Any] | None = None
        self._messages_modified = False

    @property
    def messages(self) -> list[Any]:
        """The conversation the next request sends (a copy)."""
        return list(self._params["messages"])

    def append_messages(self, *messages: Mapping[str, Any]) -> None:
        """Add messages to the conversation.

        Called while a turn is being handled (inside the ``for`` loop), it takes that turn
        over: the runner then adds neither the assistant message nor the tool results, so
        the caller sends what it wants (``generate_tool_call_response()`` gives the results).
        """
        self._params["messages"] = [*self._params["messages"], *messages]
        self._messages_modified = True

    def set_messages_params(
        self, params: Mapping[str, Any] | Callable[[dict[str, Any]], Mapping[str, Any]]
    ) -> None:
        """Replace the parameters of the next requests (or map them with a function).

        The tools the runner runs stay those it was given.
        """
        new = params(dict(self._params)) if callable(params) else params
        new = {**new, "messages": list(new.get("messages") or ())}
        operation(CREATE_MESSAGE).check_names("set_messages_params", new, REQUEST_OPTIONS)
        message_body(new)
        self._params = dict(new)

    def _stopped(self) -> bool:
        return self._max_iterations is not None and self._iterations >= self._max_iterations

    def _step(self, message: Message) -> _Step:
        step = _STEPS.get(str(message.stop_reason), "stop")
        if step != "stop" and self._stopped():
            return "stop"
        return step

    def _add_turn(self, message: Message, tool_response: dict[str, Any] | None) -> None:
        added: list[Any] = [{"role": "assistant", "content": list(message.content)}]
        if tool_response is not None:
            added.append(tool_response)
        self._params["messages"] = [*self._params["messages"], *added]

    def _end_turn(self) -> None:
        self._messages_modified = False
        self._tool_response = None


class _SyncRunner(_RunnerState, Closing, Generic[_ItemT]):
    """The synchronous loop; the subclasses say what a turn yields."""

    def __init__(
        self,
        request: Callable[..., Any],
        params: Mapping[str, Any],
        *,
        max_iterations: object = None,
    ) -> None:
        """``request`` is ``messages.create`` (or ``messages.stream``, for a streaming run)."""
        super().__init__(params, max_iterations, asynchronous=False)
        self._request = request
        self._current: Message | Callable[[], Message] | None = None
        self._iterator = self._run()

    def __iter__(self) -> Iterator[_ItemT]:
        return self._iterator

    def __next__(self) -> _ItemT:
        return next(self._iterator)

    def _run(self) -> Generator[_ItemT, None, None]:
        raise NotImplementedError
        yield  # pragma: no cover

    def _last_message(self) -> Message | None:
        current = self._current
        return current() if callable(current) else current

    def _advance(self, message: Message) -> bool:
        step = self._step(message)
        if step == "stop":
            return False
        if not self._messages_modified:  # else the caller took the turn over
            response = self.generate_tool_call_response() if step == "run_tools" else None
            if step == "run_tools" and response is None:
                return False
            self._add_turn(message, response)
        self._end_turn()
        return True

    def generate_tool_call_response(self) -> dict[str, Any] | None:
        """Run the tool calls of the last message; the user message of their results.

        ``None`` when the last message calls no tool. Cached until the next turn, so calling
        it in the loop does not run the tools twice. (In a streaming run it reads the
        current stream to its end first.)
        """
        if self._tool_response is not None:
            return self._tool_response
        message = self._last_message()
        blocks = _tool_uses(message) if message is not None else []
        if not blocks:
            return None
        self._tool_response = {"role": "user", "content": [self._run_tool(b) for b in blocks]}
        return self._tool_response

    def _run_tool(self, block: ToolUseBlock) -> dict[str, Any]:
        tool = self._runnable.get(block.name)
        if tool is None:
            return _not_runnable(block)
        try:
            return _result(block, tool.call(block.input))
        except Exception as exc:
            return _error_result(block, exc)

    def until_done(self) -> Message:
        """Run to the end; the last message (the answer, once no tool is called)."""
        for _ in self._iterator:
            pass
        message = self._last_message()
        if message is None:
            raise RuntimeError("the run was closed before its first message")
        return message

    def close(self) -> None:
        """Stop the run (closing a stream being read); iterating yields nothing more."""
        self._iterator.close()


class ToolRunner(_SyncRunner["ReceivedMessage"]):
    """What ``client.messages.tool_runner(...)`` returns: iterate it for each turn's message.

    Example::

        runner = client.messages.tool_runner(model=MODEL, max_tokens=1024,
                                             messages=[...], tools=[get_weather])
        for message in runner:
            print(message.stop_reason)
        final = runner.until_done()
    """

    def _run(self) -> Generator[ReceivedMessage, None, None]:
        while not self._stopped():
            message: ReceivedMessage = self._request(**self._params)
            self._current = message
            self._iterations += 1
            yield message
            if not self._advance(message):
                return


class StreamingToolRunner(_SyncRunner["MessageStream"]):
    """``tool_runner(..., stream=True)``: each turn is a ``MessageStream``.

    Read each stream as usual (``text_stream``, events); what is left unread is read when
    the loop moves on, and the stream is closed then. To leave the loop early, ``with`` the
    runner (or call ``close()``): that closes the stream being read at once.

    Example::

        for stream in client.messages.tool_runner(..., stream=True):
            for text in stream.text_stream:
                print(text, end="")
    """

    def _run(self) -> Generator[MessageStream, None, None]:
        while not self._stopped():
            manager: MessageStreamManager = self._request(**self._params)
            with manager as stream:
                self._current = stream.get_final_message
                self._iterations += 1
                yield stream
                message = stream.get_final_message()
            self._current = message
            if not self._advance(message):
                return


class _AsyncRunner(_RunnerState, Generic[_ItemT]):
    """The asynchronous loop; the subclasses say what a turn yields."""

    def __init__(
        self,
        request: Callable[..., Any],
        params: Mapping[str, Any],
        *,
        max_iterations: object = None,
    ) -> None:
        """``request`` is ``messages.create`` (or ``messages.stream``, for a streaming run)."""
        super().__init__(params, max_iterations, asynchronous=True)
        self._request = request
        self._current: Message | Callable[[], Awaitable[Message]] | None = None
        self._iterator = self._run()

    def __aiter__(self) -> AsyncIterator[_ItemT]:
        return self._iterator

    async def __anext__(self) -> _ItemT:
        return await self._iterator.__anext__()

    def _run(self) -> AsyncGenerator[_ItemT, None]:
        raise NotImplementedError

    async def _last_message(self) -> Message | None:
        current = self._current
        return await current() if callable(current) else current

    async def _advance(self, message: Message) -> bool:
        step = self._step(message)
        if step == "stop":
            return False
        if not self._messages_modified:  # else the caller took the turn over
            response = await self.generate_tool_call_response() if step == "run_tools" else None
            if step == "run_tools" and response is None:
                return False
            self._add_turn(message, response)
        self._end_turn()
        return True

    async def generate_tool_call_response(self) -> dict[str, Any] | None:
        """Run the tool calls of the last message; the user message of their results."""
        if self._tool_response is not None:
            return self._tool_response
        message = await self._last_message()
        blocks = _tool_uses(message) if message is not None else []
        if not blocks:
            return None
        results = [await self._run_tool(block) for block in blocks]
        self._tool_response = {"role": "user", "content": results}
        return self._tool_response

    async def _run_tool(self, block: ToolUseBlock) -> dict[str, Any]:
        tool = self._runnable.get(block.name)
        if tool is None:
            return _not_runnable(block)
        try:
            return _result(block, await tool.call(block.input))
        except Exception as exc:
            return _error_result(block, exc)

    async def until_done(self) -> Message:
        """Run to the end; the last message."""
        async for _ in self._iterator:
            pass
        message = await self._last_message()
        if message is None:
            raise RuntimeError("the run was closed before its first message")
        return message

    async def close(self) -> None:
        """Stop the run (closing a stream being read); iterating yields nothing more."""
        await self._iterator.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


class AsyncToolRunner(_AsyncRunner["ReceivedMessage"]):
    """The async twin of ``ToolRunner``: ``async for``, ``await runner.until_done()``.

    Example::

        runner = client.messages.tool_runner(model=MODEL, max_tokens=1024,
                                             messages=[...], tools=[get_weather])
        async for message in runner:
            print(message.stop_reason)
    """

    async def _run(self) -> AsyncGenerator[ReceivedMessage, None]:
        while not self._stopped():
            message: ReceivedMessage = await self._request(**self._params)
            self._current = message
            self._iterations += 1
            yield message
            if not await self._advance(message):
                return


class AsyncStreamingToolRunner(_AsyncRunner["AsyncMessageStream"]):
    """The async twin of ``StreamingToolRunner``: each turn is an ``AsyncMessageStream``.

    Example::

        async for stream in client.messages.tool_runner(..., stream=True):
            async for text in stream.text_stream:
                print(text, end="")
    """

    async def _run(self) -> AsyncGenerator[AsyncMessageStream, None]:
        while not self._stopped():
            amanager: AsyncMessageStreamManager = self._request(**self._params)
            async with amanager as stream:
                self._current = stream.get_final_message
                self._iterations += 1
                yield stream
                message = await stream.get_final_message()
            self._current = message
            if not await self._advance(message):
                return
