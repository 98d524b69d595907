"""scripts/release and scripts/build: spec diff, bump rules, API breaks, built files.

The commands run in temporary clones of this repository (never in the work tree itself):
the release code comes from this tree's scripts/, the repository it acts on is the clone.
"""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from _release_support import ROOT, clone, command, commit, git, set_version

# isort: split
# (_release_support has put scripts/ on sys.path.)
from _release._changelog import HEADER, insert_entry, render_entry
from _release._cmd_release import listed_commits
from _release._dist import verify_dist, wheel_and_sdist
from _release._semver import Bump, Version, read_version, required_bump
from _release._specdiff import Change, diff_specs

# Tests of the repository's own scripts: run once, on the main Python (scripts/test).
pytestmark = pytest.mark.tooling


# ---------------------------------------------------------------------------- spec diff
def _json(schema: str) -> dict[str, Any]:
    return {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}


BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "paths": {
        "/v1/things": {
            "post": {
                "operationId": "createThing",
                "description": "Make a thing.",
                "parameters": [
                    {
                        "name": "x-trace",
                        "in": "header",
                        "required": False,
                        "schema": {"type": "string"},
                    }
                ],
                "requestBody": {"required": True, "content": _json("ThingParams")},
                "responses": {"200": {"description": "ok", "content": _json("Thing")}},
            },
            "get": {
                "operationId": "listThings",
                "responses": {"200": {"description": "ok", "content": _json("Thing")}},
            },
        }
    },
    "components": {
        "schemas": {
            "ThingParams": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string", "description": "The name."},
                    "size": {"type": "integer"},
                    "kind": {"$ref": "#/components/schemas/Kind"},
                    "options": {"type": "object", "properties": {"fast": {"type": "boolean"}}},
                },
            },
            "Thing": {
                "type": "object",
                "required": ["id", "name"],
                "properties": {
                    "id": {"type": "string"},
                    "name": {"type": "string"},
                    "tags": {"type": "array", "items": {"type": "string"}},
                    "note": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                },
            },
            "Kind": {"type": "string", "enum": ["small", "large"]},
            "Spare": {"type": "object", "properties": {"a": {"type": "string"}}},
        }
    },
}

Mutation = Callable[[dict[str, Any]], object]


def _schemas(doc: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = doc["components"]["schemas"]
    return schemas


def _props(doc: dict[str, Any], name: str) -> dict[str, Any]:
    props: dict[str, Any] = _schemas(doc)[name]["properties"]
    return props


def _add_required(doc: dict[str, Any], model: str, field: str, schema: dict[str, Any]) -> None:
    _props(doc, model)[field] = schema
    _schemas(doc)[model]["required"].append(field)


def _params(doc: dict[str, Any]) -> list[dict[str, Any]]:
    params: list[dict[str, Any]] = doc["paths"]["/v1/things"]["post"]["parameters"]
    return params


B, A = True, False  # breaking, additive
SPEC_CASES: list[tuple[str, Mutation, list[tuple[bool, str]]]] = [
    (
        "removed endpoint",
        lambda d: d["paths"]["/v1/things"].pop("get"),
        [(B, "Removed endpoint `GET /v1/things` (listThings).")],
    ),
    (
        "new endpoint",
        lambda d: d["paths"].update(
            {"/v1/other": {"delete": {"operationId": "dropOther", "responses": {}}}}
        ),
        [(A, "New endpoint `DELETE /v1/other` (dropOther).")],
    ),
    (
        "removed response field",
        lambda d: _props(d, "Thing").pop("tags"),
        [(B, "Removed field `Thing.tags`.")],
    ),
    (
        "removed request field",
        lambda d: _props(d, "ThingParams").pop("size"),
        [(B, "Removed field `ThingParams.size`.")],
    ),
    (
        "new required request field",
        lambda d: _add_required(d, "ThingParams", "color", {"type": "string"}),
        [(B, "New required request field `ThingParams.color`: existing calls must now send it.")],
    ),
    (
        "new optional request field",
        lambda d: _props(d, "ThingParams").update(color={"type": "string"}),
        [(A, "New optional field `ThingParams.color`.")],
    ),
    (
        "new optional field in a nested object",
        lambda d: _props(d, "ThingParams")["options"]["properties"].update(b={"type": "string"}),
        [(A, "New optional field `ThingParams.options.b`.")],
    ),
    (
        "new required response field",
        lambda d: _add_required(d, "Thing", "created", {"type": "integer"}),
        [(A, "New field `Thing.created`.")],
    ),
    (
        "changed type",
        lambda d: _props(d, "Thing").update(id={"type": "integer"}),
        [(B, "`Thing.id` changed type from `string` to `integer`.")],
    ),
    (
        "changed item type",
        lambda d: _props(d, "Thing")["tags"].update(items={"type": "integer"}),
        [(B, "`Thing.tags` changed type from `array of string` to `array of integer`.")],
    ),
    (
        "changed format",
        lambda d: _props(d, "Thing")["id"].update(format="date-time"),
        [(B, "`Thing.id` changed type from `string` to `string (date-time)`.")],
    ),
    (
        "removed enum value",
        lambda d: _schemas(d)["Kind"]["enum"].remove("large"),
        [(B, "Removed enum value `large` from `Kind`.")],
    ),
    (
        "new enum value",
        lambda d: _schemas(d)["Kind"]["enum"].append("medium"),
        [(A, "New enum value `medium` in `Kind`.")],
    ),
    (
        "request field became required",
        lambda d: _schemas(d)["ThingParams"]["required"].append("size"),
        [(B, "Request field `ThingParams.size` is now required.")],
    ),
    (
        "request field became optional",
        lambda d: _schemas(d)["ThingParams"]["required"].remove("name"),
        [(A, "Request field `ThingParams.name` is now optional.")],
    ),
    (
        "response field may be absent",
        lambda d: _schemas(d)["Thing"]["required"].remove("name"),
        [(B, "Field `Thing.name` may now be absent (it was always present).")],
    ),
    (
        "union member removed",
        lambda d: _props(d, "Thing")["note"]["anyOf"].pop(),
        [(B, "`Thing.note` can no longer be `null`.")],
    ),
    (
        "union member added",
        lambda d: _props(d, "ThingParams").update(
            size={"anyOf": [{"type": "integer"}, {"type": "string"}]}
        ),
        [(A, "`ThingParams.size` now also accepts `string`.")],
    ),
    (
        "removed model",
        lambda d: _schemas(d).pop("Spare"),
        [(B, "Removed model `Spare`.")],
    ),
    (
        "new model",
        lambda d: _schemas(d).update(Extra={"type": "object"}),
        [(A, "New model `Extra`.")],
    ),
    (
        "removed parameter",
        lambda d: _params(d).clear(),
        [(B, "`POST /v1/things` (createThing) no longer takes the header parameter `x-trace`.")],
    ),
    (
        "new required parameter",
        lambda d: _params(d).append(
            {"name": "limit", "in": "query", "required": True, "schema": {"type": "integer"}}
        ),
        [
            (
                B,
                "New required query parameter `limit` of `POST /v1/things` (createThing): "
                "existing calls must now send it.",
            )
        ],
    ),
    (
        "new optional parameter",
        lambda d: _params(d).append(
            {"name": "limit", "in": "query", "schema": {"type": "integer"}}
        ),
        [(A, "New optional query parameter `limit` of `POST /v1/things` (createThing).")],
    ),
    (
        "descriptions only",
        lambda d: (
            _props(d, "ThingParams")["name"].update(description="Another text."),
            d["paths"]["/v1/things"]["post"].update(description="Other words."),
        ),
        [],
    ),
    (
        "breaking listed before additive",
        lambda d: (
            _props(d, "Thing").update(extra={"type": "string"}),
            _props(d, "Thing").pop("tags"),
        ),
        [(B, "Removed field `Thing.tags`."), (A, "New optional field `Thing.extra`.")],
    ),
]


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [pytest.param(m, e, id=name) for name, m, e in SPEC_CASES],
)
def test_spec_diff_classifies_changes(mutate: Mutation, expected: list[tuple[bool, str]]) -> None:
    new = copy.deepcopy(BASE)
    mutate(new)
    assert diff_specs(BASE, new) == [Change(breaking, text) for breaking, text in expected]


def test_spec_diff_of_the_real_spec() -> None:
    doc = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    assert diff_specs(doc, copy.deepcopy(doc)) == []
    changed = copy.deepcopy(doc)
    usage = changed["components"]["schemas"]["Usage"]
    usage["properties"]["probe_tokens"] = {"type": "integer", "description": "A probe."}
    del usage["properties"]["output_tokens"]
    assert diff_specs(doc, changed) == [
        Change(True, "Removed field `Usage.output_tokens`."),
        Change(False, "New optional field `Usage.probe_tokens`."),
    ]
    # Everything is new when there was no spec before (a first release).
    everything = diff_specs({}, doc)
    assert everything and not any(c.breaking for c in everything)
    assert Change(False, "New endpoint `POST /v1/messages` (createMessage).") in everything


# ---------------------------------------------------------------------------- bump rules
@pytest.mark.parametrize(
    ("version", "breaking", "additive", "bump", "after"),
    [
        ("0.1.0", True, False, Bump.MINOR, "0.2.0"),  # breaking below 1.0: minor
        ("0.1.3", True, True, Bump.MINOR, "0.2.0"),
        ("1.4.2", True, False, Bump.MAJOR, "2.0.0"),
        ("1.4.2", True, True, Bump.MAJOR, "2.0.0"),
        ("0.1.0", False, True, Bump.MINOR, "0.2.0"),
        ("2.3.4", False, True, Bump.MINOR, "2.4.0"),
        ("0.1.0", False, False, Bump.PATCH, "0.1.1"),  # overlay-only
        ("3.0.9", False, False, Bump.PATCH, "3.0.10"),
    ],
)
def test_required_bump(
    version: str, breaking: bool, additive: bool, bump: Bump, after: str
) -> None:
    current = Version.parse(version)
    assert required_bump(current, breaking=breaking, additive=additive) is bump
    assert str(current.bump(bump)) == after


@pytest.mark.parametrize("text", ["1.2", "1.2.3.4", "01.2.3", "1.2.3rc1", "v1.2.x", ""])
def test_version_parse_rejects_non_semver(text: str) -> None:
    with pytest.raises(ValueError, match=r"MAJOR\.MINOR\.PATCH"):
        Version.parse(text)


def test_changelog_entry_goes_on_top(tmp_path: Path) -> None:
    path = tmp_path / "CHANGELOG.md"
    insert_entry(path, render_entry("0.1.0", _day(1), "First.", [("New", ["a"]), ("Notes", [])]))
    insert_entry(path, render_entry("0.2.0", _day(2), "Second.", [("Breaking changes", ["b"])]))
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Changelog\n")
    assert text.index("## 0.2.0 (2026-01-02)") < text.index("## 0.1.0 (2026-01-01)")
    assert "### Notes" not in text  # empty sections are left out
    assert "### Breaking changes\n\n- b\n" in text


def _day(n: int) -> Any:
    from datetime import date

    return date(2026, 1, n)


def test_project_changelog_has_the_current_version() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"\n## {read_version(ROOT)} (" in text


# ---------------------------------------------------------------------------- release in a clone
def _generate(repo: Path) -> None:
    subprocess.run(
        [sys.executable, str(repo / "scripts" / "_generate.py")],
        cwd=repo,
        capture_output=True,
        check=True,
    )


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} not found once in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


USAGE_ANCHOR = """        output_tokens:
          type: integer
          description: Output tokens generated.
"""
USAGE_TIER = (
    (
        "        service_tier:\n          description: The capacity tier that served the request "
        "(`standard`, `priority`, `batch`, or newer).\n"
    )
    + """          anyOf:
            - type: string
            - type: "null"
"""
)


def _release_ok(repo: Path, *args: str) -> str:
    proc = command(repo, "release", *args)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


def _assert_released(repo: Path, version: str) -> str:
    assert str(read_version(repo)) == version
    assert f"v{version}" in git(repo, "tag", "--points-at", "HEAD").split()
    assert git(repo, "log", "-1", "--format=%s") == f"Release {version}"
    assert git(repo, "status", "--porcelain") == ""
    changelog = (repo / "CHANGELOG.md").read_text(encoding="utf-8")
    head = changelog.split("\n## ")[1]
    assert head.startswith(f"{version} (")
    return head


@pytest.mark.slow
def test_additive_spec_change_picks_minor(tmp_path: Path) -> None:
    repo = clone(tmp_path)
    _edit(
        repo / "openapi.yaml",
        USAGE_ANCHOR,
        USAGE_ANCHOR
        + "        probe_tokens:\n          type: integer\n"
        + "          description: A probe field.\n",
    )
    _generate(repo)
    commit(repo, "Usage.probe_tokens")
    _release_ok(repo, "auto")
    entry = _assert_released(repo, "0.2.0")
    assert "a minor release, for additive API changes" in entry
    assert "### New\n\n- New optional field `Usage.probe_tokens`.\n" in entry
    assert "### Breaking changes" not in entry
    assert "- Usage.probe_tokens" in entry  # the commits are listed too


@pytest.mark.slow
@pytest.mark.parametrize(("start", "after"), [("0.1.0", "0.2.0"), ("1.0.0", "2.0.0")])
def test_removed_field_is_breaking(tmp_path: Path, start: str, after: str) -> None:
    repo = clone(tmp_path, tag=f"v{start}")
    spec = repo / "openapi.yaml"
    _edit(spec, USAGE_TIER, "")
    _generate(repo)
    commit(repo, "Drop Usage.service_tier")
    if start == "1.0.0":
        too_small = command(repo, "release", "minor")
        assert too_small.returncode == 1
        assert "a minor release is too small" in too_small.stderr
        assert "call for major" in too_small.stderr
        assert str(read_version(repo)) == start  # nothing written
    _release_ok(repo, "auto")
    entry = _assert_released(repo, after)
    assert "### Breaking changes\n\n- Removed field `Usage.service_tier`.\n" in entry
    if start == "0.1.0":
        assert "below 1.0 they raise the minor number" in entry


@pytest.mark.slow
def test_overlay_only_change_picks_patch_and_explicit_bumps_work(tmp_path: Path) -> None:
    repo = clone(tmp_path)
    init = repo / "overlays" / "claude_messages" / "__init__.py"
    init.write_text(init.read_text(encoding="utf-8") + "# a comment\n", encoding="utf-8")
    commit(repo, "Overlay tweak")
    _release_ok(repo, "auto")
    entry = _assert_released(repo, "0.1.1")
    assert "a patch release, for no API changes" in entry
    assert "- Overlay tweak" in entry
    # Nothing new since the tag: refused.
    again = command(repo, "release", "auto")
    assert again.returncode == 1
    assert "nothing to release, HEAD is v0.1.1" in again.stderr
    # A bigger bump than needed is the user's choice.
    init.write_text(init.read_text(encoding="utf-8") + "# another\n", encoding="utf-8")
    commit(repo, "Another tweak")
    _release_ok(repo, "major")
    entry = _assert_released(repo, "1.0.0")
    assert "chosen by hand; the changes call for patch" in entry


API_BEFORE = '''

def greet(name: str, *, loud: bool = False) -> str:
    """Say hello (a probe for the release tests).

    Example::

        greet("you")
    """
    return name.upper() if loud else name


__all__ += ["greet"]
'''


@pytest.mark.slow
@pytest.mark.parametrize(("start", "after"), [("0.1.0", "0.2.0"), ("1.0.0", "2.0.0")])
def test_python_api_break_forces_the_major_rule(tmp_path: Path, start: str, after: str) -> None:
    repo = clone(tmp_path, tag=None)
    init = repo / "overlays" / "claude_messages" / "__init__.py"
    init.write_text(init.read_text(encoding="utf-8") + API_BEFORE, encoding="utf-8")
    set_version(repo, start)
    commit(repo, "Add greet")
    git(repo, "tag", "-a", f"v{start}", "-m", start)
    _edit(
        init, "def greet(name: str, *, loud: bool = False) -> str:", "def greet(name: str) -> str:"
    )
    _edit(init, "    return name.upper() if loud else name\n", "    return name\n")
    commit(repo, "greet loses loud")
    _release_ok(repo, "auto")
    entry = _assert_released(repo, after)
    assert (
        "### Python API breaks\n\n"
        "- `claude_messages.greet` (parameter `loud`): parameter was removed\n"
    ) in entry


@pytest.mark.slow
def test_release_refusals(tmp_path: Path) -> None:
    repo = clone(tmp_path)
    readme = repo / "README.md"
    original = readme.read_text(encoding="utf-8")
    # A modified tracked file, then an untracked file: both make the tree dirty.
    readme.write_text(original + "\nmore\n", encoding="utf-8")
    dirty = command(repo, "release", "patch")
    assert dirty.returncode == 1
    assert "work tree is not clean" in dirty.stderr and "README.md" in dirty.stderr
    readme.write_text(original, encoding="utf-8")
    (repo / "overlays" / "claude_messages" / "_scratch.py").write_text("x = 1\n")
    untracked = command(repo, "release", "patch")
    assert untracked.returncode == 1 and "_scratch.py" in untracked.stderr
    (repo / "overlays" / "claude_messages" / "_scratch.py").unlink()
    # A spec change without scripts/generate.
    _edit(
        repo / "openapi.yaml",
        USAGE_ANCHOR,
        USAGE_ANCHOR + "        x_extra:\n          type: integer\n",
    )
    commit(repo, "Spec only")
    drifted = command(repo, "release", "auto")
    assert drifted.returncode == 1
    assert "generated/ does not match openapi.yaml; run scripts/generate" in drifted.stderr
    assert "differs: models/usage.py" in drifted.stderr
    git(repo, "reset", "-q", "--hard", "v0.1.0")
    # A version edited by hand.
    set_version(repo, "0.5.0")
    commit(repo, "Hand edit")
    edited = command(repo, "release", "auto")
    assert edited.returncode == 1
    assert "says 0.5.0 but the last release tag is v0.1.0" in edited.stderr
    assert git(repo, "tag", "--list") == "v0.1.0"
    # A commit that fails (here a hook says no) leaves neither files nor tag behind.
    git(repo, "reset", "-q", "--hard", "v0.1.0")
    readme.write_text(original + "\nmore\n", encoding="utf-8")
    commit(repo, "Docs")
    hook = repo / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\necho 'hook says no' >&2\nexit 1\n", encoding="utf-8")
    hook.chmod(0o755)
    blocked = command(repo, "release", "patch")
    assert blocked.returncode == 1 and "hook says no" in blocked.stderr
    assert git(repo, "status", "--porcelain") == ""
    assert str(read_version(repo)) == "0.1.0" and git(repo, "tag", "--list") == "v0.1.0"


REASONING = """        reasoning_tokens:
          type: integer
          description: Output tokens spent on reasoning.
"""


def _add_usage_field(repo: Path, field: str) -> None:
    """Add an optional integer field to Usage in openapi.yaml and regenerate."""
    _edit(repo / "openapi.yaml", USAGE_ANCHOR, USAGE_ANCHOR + field)
    _generate(repo)


def _section(entry: str, title: str) -> list[str]:
    """The items of one ``### title`` section of a CHANGELOG entry ([] when absent)."""
    _, found, rest = entry.partition(f"\n### {title}\n\n")
    if not found:
        return []
    items = rest.split("\n\n", 1)[0]
    return [line.removeprefix("- ") for line in items.splitlines()]


def _spec_at(repo: Path, ref: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(git(repo, "show", f"{ref}:openapi.yaml"))
    return loaded


@pytest.mark.slow
def test_fresh_clone_without_tags_compares_with_the_recorded_release(tmp_path: Path) -> None:
    # What a new user has: a clone without tags, _version.py and CHANGELOG.md recording
    # the current version as released.
    repo = clone(tmp_path, tag=None)
    assert git(repo, "tag", "--list") == ""
    current = read_version(repo)
    # Independently of the code under test: where the version and its entry were written.
    version_file = "overlays/claude_messages/_version.py"
    setter = git(
        repo, "log", "-1", "--format=%H", f'-S__version__ = "{current}"', "--", version_file
    )
    entry_commit = git(repo, "log", "-1", "--format=%H", f"-S## {current} (", "--", "CHANGELOG.md")
    assert setter and entry_commit
    recorded = git(repo, "rev-list", "-n1", "--topo-order", setter, entry_commit)
    # Spec changes made since that release and not released yet ([] when there are none).
    pending = diff_specs(_spec_at(repo, recorded), _spec_at(repo, "HEAD"))

    _add_usage_field(repo, REASONING)
    commit(repo, "Usage.reasoning_tokens")
    out = _release_ok(repo, "auto", "--dry-run")
    assert f"no tag {current.tag} in this clone" in out
    assert f"comparing with commit {recorded[:12]}, where" in out
    entry = out.split("\n\n", 1)[1]
    new = _section(entry, "New")
    # An added optional response field alone is additive: a minor bump (0.1.0 -> 0.2.0).
    breaking = any(c.breaking for c in pending) or bool(_section(entry, "Python API breaks"))
    needed = required_bump(current, breaking=breaking, additive=True)
    after = str(current.bump(needed))
    assert f"release: {current} -> {after} ({needed.word})" in out
    assert sorted(new) == sorted(
        [c.text for c in pending if not c.breaking]
        + ["New optional field `Usage.reasoning_tokens`."]
    )
    # What the recorded release already had is not listed as new (the base is not the
    # first commit); what came after it, and the added field, are.
    already = ("New endpoint `POST /v1/messages` (createMessage).", "New model `Message`.")
    assert not [item for item in new if item in already]
    assert "did not exist" not in entry
    # The change being released is among the commits listed, however many there are.
    assert _section(entry, "Commits")[-1] == "Usage.reasoning_tokens"
    assert git(repo, "status", "--porcelain") == "" and git(repo, "tag", "--list") == ""

    _release_ok(repo, "auto")
    released = _assert_released(repo, after)
    assert _section(released, "New") == new


@pytest.mark.slow
def test_recorded_release_is_the_later_of_version_and_changelog(tmp_path: Path) -> None:
    # A release recorded by hand in two commits (as the first version was): the version,
    # a spec change that belongs to it, then its CHANGELOG entry. Only later work is new.
    repo = clone(tmp_path, tag=None)
    set_version(repo, "0.4.0")
    commit(repo, "Version 0.4.0")
    _add_usage_field(repo, "        probe_tokens:\n          type: integer\n")
    commit(repo, "Usage.probe_tokens")
    insert_entry(repo / "CHANGELOG.md", render_entry("0.4.0", _day(3), "Fourth.", []))
    commit(repo, "CHANGELOG: 0.4.0")
    recorded = git(repo, "rev-parse", "HEAD")
    _add_usage_field(repo, REASONING)
    commit(repo, "Usage.reasoning_tokens")

    out = _release_ok(repo, "auto")
    assert f"comparing with commit {recorded[:12]}, where" in out
    entry = _assert_released(repo, "0.5.0")
    assert f"Changes since release 0.4.0 (commit {recorded[:12]})" in entry
    assert _section(entry, "New") == ["New optional field `Usage.reasoning_tokens`."]
    assert _section(entry, "Commits") == ["Usage.reasoning_tokens"]

    # Another clone of that history, without tags, except an older one: the "Release
    # 0.5.0" commit is the base, not the older tag.
    second = tmp_path / "second"
    subprocess.run(["git", "clone", "-q", "--no-tags", str(repo), str(second)], check=True)
    git(second, "tag", "-a", "v0.4.0", "-m", "0.4.0", recorded)
    release_commit = git(second, "rev-parse", "HEAD")
    init = second / "overlays" / "claude_messages" / "__init__.py"
    init.write_text(init.read_text(encoding="utf-8") + "# a comment\n", encoding="utf-8")
    commit(second, "Overlay tweak")
    out = _release_ok(second, "auto", "--dry-run")
    assert "no tag v0.5.0 in this clone" in out
    assert f"comparing with commit {release_commit[:12]}, where" in out
    assert "release: 0.5.0 -> 0.5.1 (patch)" in out
    assert _section(out.split("\n\n", 1)[1], "Commits") == ["Overlay tweak"]


@pytest.mark.slow
def test_without_tags_a_version_edited_by_hand_is_refused(tmp_path: Path) -> None:
    repo = clone(tmp_path, tag=None)
    set_version(repo, "0.5.0")
    commit(repo, "Hand edit")
    edited = command(repo, "release", "auto")
    assert edited.returncode == 1
    assert "says 0.5.0 but no release of it is recorded: no tag v0.5.0" in edited.stderr
    assert "restore it" in edited.stderr
    assert git(repo, "tag", "--list") == "" and str(read_version(repo)) == "0.5.0"


@pytest.mark.slow
def test_with_no_release_recorded_auto_compares_with_the_first_commit(tmp_path: Path) -> None:
    repo = clone(tmp_path, tag=None)
    (repo / "CHANGELOG.md").write_text(HEADER, encoding="utf-8")
    commit(repo, "No release yet")
    head = git(repo, "rev-parse", "HEAD")
    out = _release_ok(repo, "auto", "--dry-run")
    first = git(repo, "rev-list", "--max-parents=0", "HEAD")
    assert (
        f"no release recorded yet (no tag, no CHANGELOG.md entry); comparing with the "
        f"first commit {first[:12]}" in out
    )
    assert "--dry-run, nothing written" in out
    assert git(repo, "rev-parse", "HEAD") == head and git(repo, "tag", "--list") == ""
    assert git(repo, "status", "--porcelain") == ""


def test_entry_lists_the_newest_commits() -> None:
    subjects = [f"commit {i}" for i in range(40)] + ["Release 0.1.0"]
    assert listed_commits(subjects, limit=3) == [
        "(37 earlier commits not listed)",
        "commit 37",
        "commit 38",
        "commit 39",
    ]
    assert listed_commits(["a", "Release 0.1.0", "b"]) == ["a", "b"]


# ---------------------------------------------------------------------------- build
@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One clean clone with scripts/build run in it (reused by the build tests)."""
    repo = clone(tmp_path_factory.mktemp("build"), tag=None)
    proc = command(repo, "build")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "twine check --strict" in proc.stdout and "build: ok" in proc.stdout
    return repo


@pytest.mark.slow
def test_build_makes_a_verified_wheel_and_sdist(built: Path) -> None:
    version = read_version(built)
    assert sorted(p.name for p in (built / "dist").iterdir()) == sorted(wheel_and_sdist(version))
    assert verify_dist(built, built / "dist", version) == []
    wheel_name, _ = wheel_and_sdist(version)
    names = zipfile.ZipFile(built / "dist" / wheel_name).namelist()
    assert {n.split("/", 1)[0] for n in names} == {
        "claude_messages",
        "claude_messages_generated",
        f"claude_messages-{version}.dist-info",
    }
    assert "claude_messages/py.typed" in names
    assert "claude_messages_generated/py.typed" in names
    assert not [n for n in names if "__pycache__" in n or n.startswith("tests/")]


def _rewrite_zip(
    src: Path,
    dst: Path,
    change: Callable[[str, bytes], tuple[str, bytes] | None],
    extra: dict[str, bytes] | None = None,
) -> None:
    with zipfile.ZipFile(src) as old, zipfile.ZipFile(dst, "w") as new:
        for info in old.infolist():
            kept = change(info.filename, old.read(info))
            if kept is not None:
                new.writestr(kept[0], kept[1])
        for name, data in (extra or {}).items():
            new.writestr(name, data)


def _tampered_dist(built: Path, tmp_path: Path, **kwargs: Any) -> tuple[Path, Version]:
    version = read_version(built)
    dist = tmp_path / "dist"
    shutil.copytree(built / "dist", dist)
    wheel_name, _ = wheel_and_sdist(version)
    (dist / wheel_name).unlink()
    _rewrite_zip(built / "dist" / wheel_name, dist / wheel_name, **kwargs)
    return dist, version


def _keep(name: str, data: bytes) -> tuple[str, bytes]:
    return name, data


WHEEL_DEFECTS: list[tuple[str, dict[str, Any], str | re.Pattern[str]]] = [
    (
        "a test file",
        {"change": _keep, "extra": {"claude_messages/tests/test_x.py": b""}},
        "does not belong in a release: claude_messages/tests/test_x.py",
    ),
    (
        "bytecode",
        {"change": _keep, "extra": {"claude_messages/__pycache__/a.cpython-311.pyc": b""}},
        "does not belong in a release: claude_messages/__pycache__/a.cpython-311.pyc",
    ),
    (
        "an untracked module",
        {"change": _keep, "extra": {"claude_messages/_scratch.py": b"x = 1\n"}},
        "overlays/claude_messages/_scratch.py is not a tracked file (stray)",
    ),
    (
        "an extra top-level folder",
        {"change": _keep, "extra": {"scripts/x.py": b""}},
        "unexpected top-level entry scripts",
    ),
    (
        "no py.typed",
        {"change": lambda n, d: None if n == "claude_messages_generated/py.typed" else (n, d)},
        "claude_messages_generated/py.typed is missing",
    ),
    (
        "a stale module",
        {
            "change": lambda n, d: (
                (n, d + b"# old\n") if n == "claude_messages/_version.py" else (n, d)
            )
        },
        "overlays/claude_messages/_version.py differs from the work tree",
    ),
    (
        "a wrong metadata version",
        {
            "change": lambda n, d: (
                (n, d.replace(b"\nVersion: ", b"\nVersion: 9", 1))
                if n.endswith("/METADATA")
                else (n, d)
            )
        },
        "but _version.py says",
    ),
    (
        "a new runtime dependency",
        {
            "change": lambda n, d: (
                (n, d.replace(b"Requires-Dist:", b"Requires-Dist: six\nRequires-Dist:", 1))
                if n.endswith("/METADATA")
                else (n, d)
            )
        },
        # A regular expression (the others are plain text): pyproject's list may grow.
        re.compile(r"runtime dependencies \[[^\]]*'six'[^\]]*\] differ from pyproject's"),
    ),
]


@pytest.mark.parametrize(
    ("kwargs", "problem"), [pytest.param(k, p, id=i) for i, k, p in WHEEL_DEFECTS]
)
@pytest.mark.slow
def test_verification_finds_wheel_defects(
    built: Path, tmp_path: Path, kwargs: dict[str, Any], problem: str | re.Pattern[str]
) -> None:
    dist, version = _tampered_dist(built, tmp_path, **kwargs)
    problems = verify_dist(built, dist, version)
    if isinstance(problem, str):
        problem = re.compile(re.escape(problem))
    assert any(problem.search(p) for p in problems), problems


@pytest.mark.slow
def test_verification_finds_sdist_defects_and_stray_files(built: Path, tmp_path: Path) -> None:
    version = read_version(built)
    dist = tmp_path / "dist"
    shutil.copytree(built / "dist", dist)
    _, sdist_name = wheel_and_sdist(version)
    prefix = f"claude_messages-{version}/"
    with (
        tarfile.open(built / "dist" / sdist_name) as old,
        tarfile.open(dist / sdist_name, "w:gz") as new,
    ):
        for member in old.getmembers():
            if not member.name.endswith("openapi.yaml"):
                new.addfile(member, old.extractfile(member) if member.isfile() else None)
        info = tarfile.TarInfo(prefix + "tests/test_a.py")
        new.addfile(info)
    (dist / "notes.txt").write_text("x")
    problems = verify_dist(built, dist, version)
    assert f"{sdist_name}: openapi.yaml is missing" in problems
    assert "does not belong in a release: tests/test_a.py" in problems
    assert f"{sdist_name}: unexpected top-level entry tests" in problems
    assert "dist/ holds notes.txt, which is not this version's wheel or sdist" in problems
    # Another version's files: both reported missing.
    other = verify_dist(built, built / "dist", Version(9, 9, 9))
    assert "dist/claude_messages-9.9.9-py3-none-any.whl is missing (run scripts/build)" in other


@pytest.mark.slow
def test_build_refuses_a_drifted_generated_package(tmp_path: Path) -> None:
    repo = clone(tmp_path, tag=None)
    usage = repo / "generated" / "claude_messages_generated" / "models" / "usage.py"
    usage.write_text(usage.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    proc = command(repo, "build")
    assert proc.returncode == 1
    assert "build refused: generated/ does not match openapi.yaml" in proc.stderr
    assert not (repo / "dist").exists()
