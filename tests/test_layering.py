"""Imports flow one way: no circle in the package's module graph, and resources never
import the client facade; the public seams (``transport=``, ``retry_policy=``) work."""

from __future__ import annotations

import ast
from pathlib import Path

import httpx
import pytest
from claude_messages import AsyncClient, Client, RetryPolicy

PACKAGE = Path(__file__).resolve().parent.parent / "overlays" / "claude_messages"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                    root = f"{base}.{node.module}" if node.module else base
                else:
                    root = node.module or ""
                targets = [root] + [f"{root}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            for target in targets:
                if target in modules and target != name:
                    graph[name].add(target)
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def _is_package(node: str) -> bool:
    return (PACKAGE.parent / node.replace(".", "/") / "__init__.py").exists()


def test_no_import_circle_in_the_package() -> None:
    graph = _graph()
    # A package's __init__ re-exports its modules; a module importing a sibling through
    # the package name is the only edge back that is not a circle of ours.
    for node, targets in graph.items():
        graph[node] = {t for t in targets if not (_is_package(t) and node.startswith(t + "."))}
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])


def test_resources_do_not_import_the_client() -> None:
    graph = _graph()
    for node, targets in graph.items():
        if node.startswith("claude_messages._resources"):
            assert "claude_messages._client" not in targets, node


def test_transport_seam_and_retry_policy() -> None:
    seen: list[httpx.Request] = []
    waits: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            return httpx.Response(
                529, json={"type": "error", "error": {"type": "x", "message": "m"}}
            )
        return httpx.Response(
            200, json={"data": [], "has_more": False, "first_id": None, "last_id": None}
        )

    policy = RetryPolicy(3, random=lambda: 0.0, sleep=waits.append)
    client = Client(api_key="sk-test", transport=httpx.MockTransport(handler), retry_policy=policy)
    client.models.list()
    assert len(seen) == 2 and waits == [0.5]
    assert client.max_retries == 3
    assert client.with_options(max_retries=1).max_retries == 1
    clock = RetryPolicy(monotonic=lambda: 5.0).with_max_retries(1).monotonic
    assert clock() == 5.0
    with pytest.raises(ValueError, match="not both"):
        Client(api_key="k", transport=httpx.MockTransport(handler), http_client=httpx.Client())
    with pytest.raises(ValueError, match="disagree"):
        Client(api_key="k", max_retries=5, retry_policy=RetryPolicy(1))
    with pytest.raises(TypeError, match=r"transport must be an httpx\.AsyncBaseTransport"):
        AsyncClient(api_key="k", transport=httpx.HTTPTransport())  # type: ignore[arg-type]
