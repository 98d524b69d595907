"""Every ```python block of README.md and docs/ runs, against the local emulator.

The blocks of one file run in order, in one namespace (a later block may use what an
earlier one defined), with ``ANTHROPIC_BASE_URL`` pointing at an ``Emulator`` on 127.0.0.1
and a placeholder key in ``ANTHROPIC_API_KEY``. They run in a scratch folder that holds
the repository's ``examples/`` (so ``examples/assets/meadow.jpg`` is there) and nothing
else: what a block writes never lands in the work tree.
A block that defines parameterless ``test_*`` functions has them called, as pytest would.
A failing block fails its file's test, naming the file and the line.

A block that must not run (it needs the real API, a proxy, pytest's fixtures, ...) is
preceded by ``<!-- not run: <reason> -->``; the reason is required. Blocks in other
languages (shell, text) are not run.
"""

from __future__ import annotations

import contextlib
import gc
import inspect
import io
import re
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from claude_messages import AsyncClient, Client
from claude_messages.testing import Emulator

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER_KEY = "sk-ant-docs-placeholder"


_FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,})\s*(?P<info>[^`]*?)\s*$")
_MARKER = re.compile(r"<!--\s*not run\b(?P<rest>.*?)-->", re.DOTALL)
_REASON = re.compile(r"^\s*:\s*(?P<reason>\S.*?)\s*$", re.DOTALL)
_LINK = re.compile(r"\]\((?P<target>[^)\s]+)\)")


def doc_files() -> list[Path]:
    """README.md and every Markdown file under docs/, in a stable order."""
    return [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


def _rel(path: Path) -> str:
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


@dataclass(frozen=True)
class Block:
    """One fenced code block: where it is, its language and code, and why it is skipped."""

    file: str
    fence_line: int  # 1-based line of the opening fence
    language: str
    code: str
    not_run: str | None  # the marker's reason, or None when the block runs

    @property
    def first_line(self) -> int:
        return self.fence_line + 1


@dataclass(frozen=True)
class Marker:
    """A ``<!-- not run ... -->`` comment: its line, its reason ("" if none) and its block."""

    file: str
    line: int
    reason: str
    block: Block | None  # the fenced block right after it, if any


def parse(path: Path) -> tuple[list[Block], list[Marker]]:
    """The fenced blocks of a Markdown file, and its ``not run`` markers."""
    file = _rel(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    markers: list[Marker] = []
    pending: tuple[int, str] | None = None  # a marker waiting for its block
    i = 0
    while i < len(lines):
        line = lines[i]
        opening = _FENCE.match(line)
        if opening is None:
            found = _MARKER.search(line)
            if found is not None:
                if pending is not None:
                    markers.append(Marker(file, pending[0], pending[1], None))
                rest = _REASON.match(found.group("rest"))
                pending = (i + 1, rest.group("reason") if rest else "")
            elif line.strip() and pending is not None:
                markers.append(Marker(file, pending[0], pending[1], None))
                pending = None
            i += 1
            continue
        fence, indent = opening.group("fence"), len(opening.group("indent"))
        language = opening.group("info").split()[0].lower() if opening.group("info") else ""
        body: list[str] = []
        j = i + 1
        while j < len(lines):
            closing = _FENCE.match(lines[j])
            if (
                closing is not None
                and closing.group("fence").startswith(fence)
                and not closing.group("info")
            ):
                break
            text = lines[j]
            strip = min(indent, len(text) - len(text.lstrip(" ")))
            body.append(text[strip:])
            j += 1
        block = Block(
            file,
            i + 1,
            language,
            "\n".join(body) + "\n",
            pending[1] if pending is not None else None,
        )
        blocks.append(block)
        if pending is not None:
            markers.append(Marker(file, pending[0], pending[1], block))
            pending = None
        i = j + 1
    if pending is not None:
        markers.append(Marker(file, pending[0], pending[1], None))
    return blocks, markers


class BlockFailed(AssertionError):
    """A documented block raised: the message names the file and line."""


def _failing_line(exc: BaseException, file: str, block: Block) -> int:
    if isinstance(exc, SyntaxError) and exc.filename == file and exc.lineno:
        return exc.lineno
    line = block.first_line
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename == file and frame.lineno is not None:
            line = frame.lineno  # the innermost frame in the document
    return line


def _new_tests(namespace: dict[str, Any], before: dict[str, int]) -> list[Any]:
    return [
        value
        for name, value in namespace.items()
        if name.startswith("test_") and inspect.isfunction(value) and before.get(name) != id(value)
    ]


def run_blocks(blocks: list[Block], namespace: dict[str, Any]) -> str:
    """Run the python blocks in order in ``namespace``; return what they printed.

    Raises ``BlockFailed`` naming ``file:line`` of the first block that fails.
    """
    out = io.StringIO()
    for block in blocks:
        if block.language != "python" or block.not_run is not None:
            continue
        # Padding puts every line of the block at its line in the document, so tracebacks
        # and SyntaxErrors point into the Markdown file itself.
        source = "\n" * block.fence_line + block.code
        before = {name: id(value) for name, value in namespace.items()}
        try:
            with contextlib.redirect_stdout(out):
                exec(compile(source, block.file, "exec", dont_inherit=True), namespace)
                for test in _new_tests(namespace, before):
                    params = inspect.signature(test).parameters
                    if params:
                        raise TypeError(
                            f"{test.__name__}({', '.join(params)}) needs pytest fixtures; "
                            "mark the block with <!-- not run: reason -->"
                        )
                    test()
        except Exception as exc:
            line = _failing_line(exc, block.file, block)
            trace = "".join(traceback.format_exception(exc))
            printed = out.getvalue()[-2000:]
            raise BlockFailed(
                f"{block.file}:{line}: the block starting at line {block.first_line} failed: "
                f"{type(exc).__name__}: {exc}\n\n{trace}\nprinted so far:\n{printed}"
            ) from None
    return out.getvalue()


def _close_clients(namespace: dict[str, Any]) -> None:
    for value in namespace.values():
        if isinstance(value, Client):
            value.close()
        elif isinstance(value, AsyncClient):
            raise AssertionError(
                "a block left an AsyncClient open at top level; use `async with` in a coroutine"
            )


@pytest.fixture
def doc_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Emulator]:
    """A running emulator, the environment pointing at it, and a scratch folder as cwd."""
    (tmp_path / "examples").symlink_to(ROOT / "examples", target_is_directory=True)
    with Emulator() as api:
        monkeypatch.setenv("ANTHROPIC_BASE_URL", api.url)
        monkeypatch.setenv("ANTHROPIC_API_KEY", PLACEHOLDER_KEY)
        monkeypatch.delenv("ANTHROPIC_AUTH_TOKEN", raising=False)
        monkeypatch.chdir(tmp_path)
        yield api


@pytest.mark.parametrize("path", doc_files(), ids=_rel)
def test_python_blocks_run_against_the_emulator(path: Path, doc_env: Emulator) -> None:
    blocks, _ = parse(path)
    namespace: dict[str, Any] = {"__name__": "__main__"}
    failure = None
    try:
        run_blocks(blocks, namespace)
    except BlockFailed as exc:
        failure = str(exc)
    finally:
        _close_clients(namespace)
        namespace.clear()
        gc.collect()  # a connection a block left open warns here, in this file's test
    if failure is not None:
        pytest.fail(failure, pytrace=False)


def test_the_documents_hold_python_blocks_that_run() -> None:
    runnable = {
        _rel(path): sum(b.language == "python" and b.not_run is None for b in parse(path)[0])
        for path in doc_files()
    }
    assert runnable["README.md"] >= 2, runnable
    assert len(runnable) >= 8, runnable  # README.md, the index and the pages
    assert sum(runnable.values()) >= 40, runnable


def test_every_not_run_marker_gives_a_reason_and_precedes_a_python_block() -> None:
    problems = []
    for path in doc_files():
        for marker in parse(path)[1]:
            where = f"{marker.file}:{marker.line}"
            if not marker.reason:
                problems.append(f"{where}: `not run` without a reason (<!-- not run: why -->)")
            if marker.block is None or marker.block.language != "python":
                problems.append(f"{where}: `not run` must come right before a ```python block")
    assert not problems, "\n".join(problems)


def test_relative_links_point_to_files_that_exist() -> None:
    broken = []
    for path in doc_files():
        text = path.read_text(encoding="utf-8")
        for number, line in enumerate(text.splitlines(), start=1):
            for found in _LINK.finditer(line):
                target = found.group("target").split("#", 1)[0]
                if not target or re.match(r"^[a-z]+:", target):
                    continue  # an anchor in the same page, or a URL
                resolved = (path.parent / target).resolve()
                if not resolved.exists():
                    broken.append(f"{_rel(path)}:{number}: {found.group('target')}")
    assert not broken, "\n".join(broken)


# -- the runner itself ------------------------------------------------------------------------


def test_a_failing_block_is_named_by_file_and_line(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "# A page\n"
        "\n"
        "```python\n"
        "numbers = [1, 2, 3]\n"
        "```\n"
        "\n"
        "Text between blocks.\n"
        "\n"
        "```python\n"
        "total = sum(numbers)\n"
        "assert total == 7, total\n"
        "```\n",
        encoding="utf-8",
    )
    blocks, _ = parse(page)
    with pytest.raises(BlockFailed) as info:
        run_blocks(blocks, {})
    message = str(info.value)
    assert message.startswith(f"{page}:11: the block starting at line 10 failed: AssertionError: 6")


def test_a_syntax_error_is_named_by_file_and_line(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("Intro.\n\n```python\nx = 1\nif x\n    pass\n```\n", encoding="utf-8")
    with pytest.raises(BlockFailed) as info:
        run_blocks(parse(page)[0], {})
    assert str(info.value).startswith(f"{page}:5: ")
    assert "SyntaxError" in str(info.value)


def test_blocks_share_a_namespace_and_skip_what_is_marked(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "```python\n"
        "greeting = 'hello'\n"
        "```\n"
        "\n"
        "<!-- not run: would fail -->\n"
        "```python\n"
        "raise SystemExit('must not run')\n"
        "```\n"
        "\n"
        "```sh\n"
        "exit 1\n"
        "```\n"
        "\n"
        "```python\n"
        "print(greeting.upper())\n"
        "def test_runs():\n"
        "    print('test ran')\n"
        "```\n",
        encoding="utf-8",
    )
    blocks, markers = parse(page)
    assert [b.language for b in blocks] == ["python", "python", "sh", "python"]
    assert [(m.line, m.reason, m.block is blocks[1]) for m in markers] == [(5, "would fail", True)]
    assert run_blocks(blocks, {}) == "HELLO\ntest ran\n"


def test_markers_without_reason_or_block_are_found(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "<!-- not run -->\n```python\npass\n```\n\n<!-- not run: stray -->\nSome text.\n",
        encoding="utf-8",
    )
    _, markers = parse(page)
    assert [(m.line, m.reason, m.block is not None) for m in markers] == [
        (1, "", True),
        (6, "stray", False),
    ]


def test_a_test_function_that_needs_fixtures_fails_until_marked(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("```python\ndef test_hello(claude_api):\n    pass\n```\n", encoding="utf-8")
    with pytest.raises(BlockFailed, match=r"test_hello\(claude_api\) needs pytest fixtures"):
        run_blocks(parse(page)[0], {})
