"""``claude_messages.types`` has every Messages API name of the official SDK's ``anthropic.types``,
and ``claude_messages.types.beta`` the ``Beta...`` names of the same shapes.

The SDK (the dev dependency ``anthropic``) is imported here only to read its names. The
names come from openapi.yaml (a schema's ``x-sdk-name``, read by scripts/generate), so a
gap is filled in the spec, not by a list kept in the package.

In scope: every public name that ``anthropic.types`` (and ``anthropic.types.messages``,
for batches) binds from one of its own modules, that is the shapes of the Messages API:
messages and their content blocks, request params, stream events and deltas, tools and
their results, citations, usage, models and batches.
Out of scope, by family, each for the reason given in ``OUT_OF_SCOPE``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import anthropic.types as sdk_types
import anthropic.types.beta as sdk_beta_types
import anthropic.types.messages as sdk_messages_types
from claude_messages import types as cm_types
from claude_messages.types import beta as cm_beta_types

OUT_OF_SCOPE = {
    r"^(Browser|Computer|ResponseBrowser|ResponseComputer)\w*$"
    r"|^(BROWSER|COMPUTER)_MEMBER_NAME_VALUES$"
    r"|^(ToolsetToolUseBlock|ResponseToolUseBlockUnion)$": (
        "the input of each action of the browser and computer toolsets: the spec describes "
        "the toolsets (BrowserToolset20260801, ...), not each action's input, which stays "
        "the tool_use block's input dict"
    ),
    r"^(Skill|DeletedSkill|UserProfile|DeletedUserProfile|Organization|OrgMember|RBACRole)\w*$": (
        "other APIs: skills, user profiles and organizations"
    ),
    r"^Beta\w*$": "the SDK's beta names, checked against claude_messages.types.beta below",
    r"^(?!\w*Tool(Result|Request)Error)\w*(Error|ErrorDetails|ErrorObject|ErrorType)$"
    r"|^ThreadUnsupportedFeatureName$": (
        "error answers and their details: they raise the package's exceptions, whose .body "
        "holds the error JSON; only the errors a tool result carries are message content"
    ),
    r"^File\w*Params$": "the Files API's arguments (FileListParams is the package's own)",
    r"^(AssistantMessageParam|UserMessageParam|SystemMessageParam|MessageContentParam)$": (
        "role-specific message shapes: the spec has one MessageParam with a role"
    ),
    r"^(Model|ModelParam|ModelLine)$": (
        "the model-name literals: a model is a str here, since the list of ids changes "
        "faster than a client release (models.list() gives the current ones)"
    ),
    r"^AnthropicBetaParam$": "beta names are plain strings (betas=[...])",
    r"^(Model|Batch)ListParams$": "the arguments of list() are the package's ListParams",
    r"^MessageCreateParamsContainerParam$": (
        "the container argument's str-or-object type, inline in MessageCreateParams"
    ),
}


def _sdk_names() -> dict[str, str]:
    """The public names ``anthropic/types/__init__.py`` imports from its own modules
    (``from .message import Message as Message``), and those of ``anthropic.types.messages``
    (the batches' types), each with its module."""
    names: dict[str, str] = {}
    for init in (Path(sdk_types.__file__), Path(sdk_messages_types.__file__)):
        tree = ast.parse(init.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
                for alias in node.names:
                    name = alias.asname or alias.name
                    if not name.startswith("_"):
                        names[name] = node.module
    return names


def _in_scope(name: str, module: str) -> bool:
    if module.split(".")[0] in ("shared", "beta"):
        return False  # the API's error bodies; the beta names are checked below
    return not any(re.match(pattern, name) for pattern in OUT_OF_SCOPE)


def test_the_filter_leaves_the_messages_names_in() -> None:
    # The filter keeps what it is for: a sample from each category.
    kept = {name for name, module in _sdk_names().items() if _in_scope(name, module)}
    for name in [
        "Message",
        "MessageParam",
        "TextBlock",
        "ToolUseBlockParam",
        "RawMessageStreamEvent",
        "InputJSONDelta",
        "ToolParam",
        "CitationCharLocation",
        "Usage",
        "ModelInfo",
        "MessageBatch",
        "WebSearchToolResultError",
        "ParsedMessage",
    ]:
        assert name in kept, name
    assert len(kept) > 200


def test_types_has_every_messages_name_of_the_sdk() -> None:
    ours = set(cm_types.__all__)
    names = _sdk_names()
    missing = sorted(n for n, module in names.items() if _in_scope(n, module) and n not in ours)
    assert missing == [], f"give these an x-sdk-name in openapi.yaml: {missing}"
    for name in ours:
        assert getattr(cm_types, name) is not None, name


def test_the_older_sdk_names_are_the_same_shapes() -> None:
    from claude_messages_generated import models, params

    assert cm_types.MessageStartEvent is cm_types.RawMessageStartEvent is models.MessageStartEvent
    assert cm_types.CitationsSearchResultLocation is models.CitationSearchResultLocation
    assert cm_types.WebFetchBlock is models.WebFetchResultBlock
    assert cm_types.WebFetchBlockParam is params.WebFetchResultBlock
    assert cm_types.WebSearchToolResultErrorCode is models.KnownWebSearchErrorCode
    assert cm_types.WebSearchToolRequestErrorParam is params.WebSearchToolResultError
    assert cm_types.MessageCountTokensToolParam is params.ToolUnion
    assert cm_types.ToolUnionParam is params.ToolUnion  # the package's name stays
    assert cm_types.MessageStreamEvent == cm_types.RawMessageStreamEvent


def test_the_parsed_message_family_is_what_parse_returns() -> None:
    from claude_messages import ParsedContentBlock, ParsedMessage, ParsedTextBlock

    assert cm_types.ParsedMessage is ParsedMessage
    assert cm_types.ParsedTextBlock is ParsedTextBlock
    assert cm_types.ParsedContentBlock is ParsedContentBlock


def test_types_beta_has_the_beta_names_of_our_shapes() -> None:
    sdk_beta = {n for n in dir(sdk_beta_types) if n.startswith("Beta")}
    ours = set(cm_beta_types.__all__)
    expected = {f"Beta{name}" for name in cm_types.__all__ if f"Beta{name}" in sdk_beta}
    assert len(expected) > 150
    assert sorted(expected - ours) == []
    for name in expected:
        assert getattr(cm_beta_types, name) is getattr(cm_types, name[len("Beta") :]), name
    for name in ("BetaMessage", "BetaMessageParam", "BetaTextBlock", "BetaRawMessageStreamEvent"):
        assert name in ours
