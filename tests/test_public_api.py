"""The public surface: ``__all__`` sorted and complete, lazy names, docstrings, signatures."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import subprocess
import sys

import claude_messages
import pytest


def _ruff_sort_key(name: str) -> tuple[int, str]:
    # The order ruff's RUF022 keeps: SCREAMING_CASE, then CamelCase, then everything else.
    if name.isupper() and len(name) > 1:
        return (0, name)
    if name[:1].isupper():
        return (1, name)
    return (2, name)


def _overlay_modules() -> list[str]:
    names = ["claude_messages"]
    for info in pkgutil.walk_packages(claude_messages.__path__, "claude_messages."):
        # Entry-point scripts and the version file (read by the build backend) export nothing.
        if not info.name.endswith(("__main__", "._version")):
            names.append(info.name)
    return names


def test_all_is_sorted_and_unique() -> None:
    names = claude_messages.__all__
    assert names == sorted(names, key=_ruff_sort_key)
    assert len(set(names)) == len(names)


def test_every_exported_name_exists_and_is_documented() -> None:
    for name in claude_messages.__all__:
        value = getattr(claude_messages, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert value.__doc__, f"{name} needs a docstring"


def test_unknown_attribute_raises() -> None:
    with pytest.raises(AttributeError):
        _ = claude_messages.NoSuchThing  # type: ignore[attr-defined]
    assert "RawResponse" in dir(claude_messages)


@pytest.mark.parametrize("module_name", _overlay_modules())
def test_each_module_declares_an_existing_all(module_name: str) -> None:
    module = importlib.import_module(module_name)
    declared = getattr(module, "__all__", None)
    assert declared is not None, f"{module_name} has no __all__"
    for name in declared:
        assert hasattr(module, name), f"{module_name}.__all__ names missing {name}"


def test_import_does_not_load_the_generated_package_or_attrs() -> None:
    # `import claude_messages` and making clients stay light: models, request schemas,
    # argument TypedDicts and the low-level client (and attrs, which they need), and the
    # transports (httpcore, h11, anyio under them) load on first use.
    code = (
        "import sys, claude_messages\n"
        "claude_messages.Client(api_key='sk-x'); claude_messages.AsyncClient(api_key='sk-x')\n"
        "print(sorted(m for m in sys.modules if m.startswith(('claude_messages_generated', "
        "'attr', 'httpcore', 'h11', 'anyio', 'claude_messages._sync_transport', "
        "'claude_messages._async_transport'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_resources_load_on_first_use() -> None:
    # A client makes its resources on first use: a program that only sends messages never
    # loads the files, models or batches modules, nor the request checks before a call.
    code = (
        "import sys, claude_messages\n"
        "def loaded():\n"
        "    return sorted(m.rsplit('.', 1)[1] for m in sys.modules\n"
        "                  if m.startswith(('claude_messages._resources.', "
        "'claude_messages._validate')))\n"
        "client = claude_messages.Client(api_key='sk-x')\n"
        "print(loaded())\n"
        "client.messages\n"
        "print(loaded())\n"
        "assert client.messages is client.messages and client.beta.messages is client.messages\n"
        "client.messages.batches; client.files; client.models\n"
        "print(loaded())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    before, messages, everything = result.stdout.splitlines()
    assert before == "[]"
    assert messages == "['_forms', '_validate', 'messages']"
    assert everything == (
        "['_calls', '_forms', '_validate', 'batches', 'beta', 'files', 'messages', 'models']"
    )


def test_create_stream_and_raw_create_take_the_same_parameters() -> None:
    from claude_messages._resources.messages import AsyncMessages, Messages

    def params(func: object) -> list[tuple[str, object]]:
        signature = inspect.signature(func)  # type: ignore[arg-type]
        return [
            (p.name, p.annotation)
            for p in signature.parameters.values()
            if p.name not in ("self", "stream", "event_handler", "output_format")
        ]

    expected = params(Messages.create)
    assert expected == [("params", "Unpack[MessageCreateParams]")]
    client = claude_messages.Client(api_key="k")
    aclient = claude_messages.AsyncClient(api_key="k")
    for func in (
        Messages.stream,
        client.messages.with_raw_response.create,
        client.messages.with_streaming_response.create,
        AsyncMessages.create,
        AsyncMessages.stream,
        aclient.messages.with_raw_response.create,
        aclient.messages.with_streaming_response.create,
    ):
        assert params(func) == expected, func
    client.close()
