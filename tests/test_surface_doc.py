"""docs/surface.md lists every block, tool, citation and field the spec describes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
DOC = (ROOT / "docs" / "surface.md").read_text(encoding="utf-8")

UNIONS = [
    "ContentBlockParam",
    "ContentBlock",
    "ToolResultContentItem",
    "ImageSource",
    "DocumentSource",
    "ToolUnion",
    "TextCitation",
    "ToolCaller",
    "WebFetchToolResultContent",
    "CodeExecutionToolResultContent",
    "BashCodeExecutionToolResultContent",
    "TextEditorCodeExecutionToolResultContent",
    "ToolSearchToolResultContent",
    "StopDetails",
    "CacheMissReason",
    "ToolChoice",
    "ThinkingConfig",
    "MessageStreamEvent",
    "ContentBlockDelta",
]
FIELDS = ["CreateMessageParams", "Message", "Usage", "ModelInfo"]


def _members(union: str) -> list[str]:
    schema = SCHEMAS[union]
    return [m["$ref"].rsplit("/", 1)[-1] for m in schema.get("oneOf") or schema["anyOf"]]


@pytest.mark.parametrize("union", UNIONS)
def test_every_member_is_listed_with_its_type_and_class(union: str) -> None:
    for member in _members(union):
        assert f"`{member}`" in DOC, member
        tag = SCHEMAS[member]["properties"]["type"].get("const")
        if tag is not None:
            assert f"| `{tag}` |" in DOC, (member, tag)


@pytest.mark.parametrize("schema", FIELDS)
def test_every_field_is_listed(schema: str) -> None:
    for field in SCHEMAS[schema]["properties"]:
        assert f"| `{field}` |" in DOC, (schema, field)


def test_the_header_arguments_are_listed() -> None:
    for parameter in SPEC["components"]["parameters"].values():
        if parameter.get("x-python-name"):
            assert f"| `{parameter['x-python-name']}` |" in DOC
            assert f"`{parameter['name']}`" in DOC
