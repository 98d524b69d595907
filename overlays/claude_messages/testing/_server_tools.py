"""The emulator's server tools: tool search, web search, web fetch and code execution.

Each tool the request offers runs once, in a fixed order (tool search, web search, web
fetch, code execution), and its blocks come before the answer's text, as the API sends them:
a ``server_tool_use`` block with the call's input, then the result block. Everything is
derived from the request, so the same request gets the same blocks:

- tool search (``tool_search_tool_regex`` / ``tool_search_tool_bm25``, dated or not): runs
  when some tool has ``defer_loading: true``. Its query is made of the words of the last
  user text (runs of 3 or more letters, digits or ``_``, lower-cased; the first 10): joined
  by ``|`` after ``(?i)`` for the regex tool (a Python ``re`` pattern), by spaces for BM25.
  A deferred tool is found when its name, description or an input property name holds one
  of the words (the regex tool: when the pattern matches one of them); the best matching
  come first (ties in the request's order), at most 5, as ``tool_reference`` blocks. A
  deferred tool takes part in the turn (a ``tool_use`` when the user names it) only once
  found;
- web search: the query is the last user text; three results under an example domain
  (the first of ``allowed_domains`` if given, another one if the default is blocked),
  titles and URLs built from the query, placeholder ``encrypted_content``; the answer's
  first text block cites the first result (``web_search_result_location``);
- web fetch: runs when the last user text holds an ``http(s)`` URL; the result is a plain
  text document naming the URL, or ``url_not_allowed`` when the tool's domain rules
  exclude it;
- code execution: the code is the last fenced block of the last user text (or the whole
  text); it "prints itself" (stdout is the code, return code 0). Version ``20250522``
  answers with a ``code_execution_tool_result``; the later versions run the code with
  ``bash_code_execution``, then save the output with ``text_editor_code_execution``
  (a ``create``). The message gets a ``container``: the request's id when it names one,
  its skills, and a fixed far-future ``expires_at``.

``usage.server_tool_use`` counts the web searches and fetches.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ._ids import b62_id

__all__ = ["ServerTurn", "found_tools", "input_cost", "run_server_tools"]

_SEARCH_HOST = "search.example.com"
_OTHER_HOST = "results.example.org"
_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_FENCE = re.compile(r"```(?:[\w+-]*\n)?(.*?)```", re.DOTALL)
_OUTPUT_PATH = "/tmp/outputs/output.txt"
_WORD = re.compile(r"[a-z0-9_]{3,}")
_MAX_QUERY_WORDS = 10
_MAX_FOUND = 5
# A fixed time, far ahead: the same request gets the same answer, and the container never
# looks expired.
_CONTAINER_EXPIRY = "2099-12-31T00:00:00Z"


@dataclass(slots=True)
class ServerTurn:
    """What the server tools add to a reply."""

    blocks: list[dict[str, Any]] = field(default_factory=list)
    citations: list[dict[str, Any]] = field(default_factory=list)
    cited_text: str = ""
    inputs: list[dict[str, Any]] = field(default_factory=list)  # one per call, its input
    web_search_requests: int = 0
    web_fetch_requests: int = 0
    container: dict[str, Any] | None = None

    @property
    def usage(self) -> dict[str, int] | None:
        """``usage.server_tool_use``, when a web tool ran."""
        if not (self.web_search_requests or self.web_fetch_requests):
            return None
        return {
            "web_search_requests": self.web_search_requests,
            "web_fetch_requests": self.web_fetch_requests,
        }


def _tool_id(seed: bytes, label: str) -> str:
    return b62_id("srvtoolu_01", seed + label.encode())


def _placeholder(seed: bytes, label: str) -> str:
    """An opaque value in the shape of the API's encrypted fields."""
    return base64.b64encode(hashlib.sha256(seed + label.encode()).digest()).decode().rstrip("=")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "query"


def _domain_allowed(host: str, tool: dict[str, Any]) -> bool:
    def matches(domain: str) -> bool:
        domain = domain.lower().removeprefix("https://").removeprefix("http://").strip("/")
        return host == domain or host.endswith("." + domain)

    allowed = tool.get("allowed_domains")
    if allowed and not any(matches(d) for d in allowed):
        return False
    return not any(matches(d) for d in tool.get("blocked_domains") or ())


def _tool_search_tool(body: dict[str, Any]) -> dict[str, Any] | None:
    tools = body.get("tools") or ()
    return next(
        (
            t
            for t in tools
            if isinstance(t, dict) and str(t.get("type", "")).startswith("tool_search_tool_")
        ),
        None,
    )


def _deferred(body: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        t
        for t in body.get("tools") or ()
        if isinstance(t, dict) and t.get("defer_loading") is True and t.get("name")
    ]


def _query_words(text: str) -> list[str]:
    return list(dict.fromkeys(_WORD.findall(text.lower())))[:_MAX_QUERY_WORDS]


def _search_fields(tool: dict[str, Any]) -> list[str]:
    schema = tool.get("input_schema")
    properties = schema.get("properties") if isinstance(schema, dict) else None
    names = list(properties) if isinstance(properties, dict) else []
    return [str(tool.get("name", "")), str(tool.get("description") or ""), *map(str, names)]


def _search(search: dict[str, Any], body: dict[str, Any], text: str) -> tuple[str, list[str]]:
    """The tool search's query and the names of the deferred tools it finds."""
    words = _query_words(text)
    regex = str(search.get("type", "")).startswith("tool_search_tool_regex")
    query = "(?i)" + "|".join(words) if regex else " ".join(words)
    pattern = re.compile(query) if regex else None
    scored = []
    for order, tool in enumerate(_deferred(body)):
        fields = _search_fields(tool)
        if pattern is not None:
            score = sum(1 for field in fields if pattern.search(field))
        else:
            haystack = " ".join(fields).lower()
            score = sum(1 for word in words if word in haystack)
        if score:
            scored.append((-score, order, str(tool["name"])))
    return query, [name for _, _, name in sorted(scored)[:_MAX_FOUND]]


def found_tools(body: dict[str, Any], user_text: str) -> set[str]:
    """The deferred tools a tool search in this turn finds (none without a search tool)."""
    search = _tool_search_tool(body)
    if search is None or not _deferred(body) or not _query_words(user_text):
        return set()
    return set(_search(search, body, user_text)[1])


def _tool_search(
    turn: ServerTurn, search: dict[str, Any], body: dict[str, Any], text: str, seed: bytes
) -> None:
    if not _deferred(body) or not _query_words(text):
        return  # nothing to look for: the tool is not used
    query, names = _search(search, body, text)
    call = _tool_id(seed, "tool_search")
    _call(turn, call, str(search.get("name") or "tool_search_tool_regex"), {"query": query})
    turn.blocks.append(
        {
            "type": "tool_search_tool_result",
            "tool_use_id": call,
            "content": {
                "type": "tool_search_tool_search_result",
                "tool_references": [{"type": "tool_reference", "tool_name": n} for n in names],
            },
        }
    )


def _web_search(turn: ServerTurn, tool: dict[str, Any], text: str, seed: bytes) -> None:
    query = " ".join(text.split())[:200] or "nothing"
    allowed = tool.get("allowed_domains")
    host = str(allowed[0]).lower() if allowed else _SEARCH_HOST
    if not _domain_allowed(host, tool):
        host = _OTHER_HOST
    call = _tool_id(seed, "web_search")
    results = [
        {
            "type": "web_search_result",
            "url": f"https://{host}/{_slug(query)}/{i}",
            "title": f"Result {i} for {query}",
            "encrypted_content": _placeholder(seed, f"web_search_result/{i}"),
            "page_age": None,
        }
        for i in (1, 2, 3)
    ]
    _call(turn, call, "web_search", {"query": query})
    turn.blocks.append({"type": "web_search_tool_result", "tool_use_id": call, "content": results})
    first = results[0]
    turn.cited_text = f"{first['title']}."
    turn.citations.append(
        {
            "type": "web_search_result_location",
            "cited_text": first["title"],
            "url": first["url"],
            "title": first["title"],
            "encrypted_index": _placeholder(seed, "web_search_index/1"),
        }
    )
    turn.web_search_requests += 1


def _web_fetch(turn: ServerTurn, tool: dict[str, Any], text: str, seed: bytes) -> None:
    found = _URL.search(text)
    if found is None:
        return  # nothing to fetch: the tool is not used
    url = found.group(0).rstrip(".,;:!?")
    host = (urlsplit(url).hostname or "").lower()
    call = _tool_id(seed, "web_fetch")
    _call(turn, call, "web_fetch", {"url": url})
    content: dict[str, Any]
    if not _domain_allowed(host, tool):
        content = {"type": "web_fetch_tool_result_error", "error_code": "url_not_allowed"}
    else:
        citations = tool.get("citations")
        content = {
            "type": "web_fetch_result",
            "url": url,
            "retrieved_at": None,
            "content": {
                "type": "document",
                "source": {
                    "type": "text",
                    "media_type": "text/plain",
                    "data": f"The emulated content of {url}.",
                },
                "title": f"Page at {host}",
                "citations": {"enabled": bool(citations.get("enabled"))} if citations else None,
            },
        }
    turn.blocks.append({"type": "web_fetch_tool_result", "tool_use_id": call, "content": content})
    turn.web_fetch_requests += 1


def _code_execution(
    turn: ServerTurn, tool: dict[str, Any], text: str, seed: bytes, container: object
) -> None:
    fences = _FENCE.findall(text)
    code = (fences[-1] if fences else text).strip() or "pass"
    stdout = code + "\n"
    if tool.get("type") == "code_execution_20250522":
        call = _tool_id(seed, "code_execution")
        _call(turn, call, "code_execution", {"code": code})
        result: dict[str, Any] = {
            "type": "code_execution_result",
            "stdout": stdout,
            "stderr": "",
            "return_code": 0,
            "content": [],
        }
        turn.blocks.append(
            {"type": "code_execution_tool_result", "tool_use_id": call, "content": result}
        )
    else:
        call = _tool_id(seed, "bash_code_execution")
        _call(turn, call, "bash_code_execution", {"command": code})
        result = {
            "type": "bash_code_execution_result",
            "stdout": stdout,
            "stderr": "",
            "return_code": 0,
            "content": [],
        }
        turn.blocks.append(
            {"type": "bash_code_execution_tool_result", "tool_use_id": call, "content": result}
        )
        call = _tool_id(seed, "text_editor_code_execution")
        edit = {"command": "create", "path": _OUTPUT_PATH, "file_text": stdout}
        _call(turn, call, "text_editor_code_execution", edit)
        created = {"type": "text_editor_code_execution_create_result", "is_file_update": False}
        turn.blocks.append(
            {
                "type": "text_editor_code_execution_tool_result",
                "tool_use_id": call,
                "content": created,
            }
        )
    turn.container = _container(container, seed)


def _container(requested: object, seed: bytes) -> dict[str, Any]:
    given = requested if isinstance(requested, dict) else {}
    name = requested if isinstance(requested, str) else given.get("id")
    skills = given.get("skills")
    return {
        "id": name or b62_id("container_01", seed + b"container"),
        "expires_at": _CONTAINER_EXPIRY,
        "skills": [
            {
                "skill_id": skill.get("skill_id"),
                "type": skill.get("type"),
                "version": skill.get("version") or "latest",
            }
            for skill in skills
        ]
        if skills
        else None,
    }


def _call(turn: ServerTurn, call: str, name: str, tool_input: dict[str, Any]) -> None:
    turn.blocks.append({"type": "server_tool_use", "id": call, "name": name, "input": tool_input})
    turn.inputs.append(tool_input)


def run_server_tools(body: dict[str, Any], user_text: str, seed: bytes) -> ServerTurn:
    """Run the server tools ``body`` offers on the last user text (``user_text``).

    Example::

        turn = run_server_tools({"tools": [{"type": "web_search_20250305",
                                            "name": "web_search"}]}, "Oslo", b"seed")
        [block["type"] for block in turn.blocks]
        # ["server_tool_use", "web_search_tool_result"]
    """
    turn = ServerTurn()
    tools = [t for t in body.get("tools") or () if isinstance(t, dict)]

    def first(prefix: str) -> dict[str, Any] | None:
        return next((t for t in tools if str(t.get("type", "")).startswith(prefix)), None)

    finder = _tool_search_tool(body)
    if finder is not None:
        _tool_search(turn, finder, body, user_text, seed)
    search, fetch, code = first("web_search_"), first("web_fetch_"), first("code_execution_")
    if search is not None:
        _web_search(turn, search, user_text, seed)
    if fetch is not None:
        _web_fetch(turn, fetch, user_text, seed)
    if code is not None:
        _code_execution(turn, code, user_text, seed, body.get("container"))
    return turn


def input_cost(turn: ServerTurn, count: Callable[[str], int]) -> int:
    """Output tokens of the calls' inputs (the model wrote them)."""
    return sum(count(json.dumps(tool_input)) for tool_input in turn.inputs)
