"""Check what ``dist/`` holds before anything is uploaded.

``verify_dist`` returns a list of problems (empty when all is well):

- exactly one wheel and one sdist, both of the version in ``_version.py``;
- the wheel holds ``claude_messages``, ``claude_messages_generated`` and its dist-info and
  nothing else; ``py.typed`` in both packages;
- every packaged file is a git-tracked file of the tree with the same bytes, and every
  tracked file of the packages is there (so no stray, stale or missing files);
- no tests, caches, bytecode or editor leftovers;
- the metadata's name and version, and its runtime dependencies equal pyproject's.

Example::

    problems = verify_dist(root, root / "dist", Version(0, 1, 0))
    assert not problems, problems
"""

from __future__ import annotations

import re
import tarfile
import tomllib
import zipfile
from collections.abc import Iterable
from email.parser import Parser
from pathlib import Path

from ._common import git
from ._semver import Version

__all__ = ["DIST_NAME", "verify_dist", "wheel_and_sdist"]

DIST_NAME = "claude-messages"
_FILE_STEM = "claude_messages"
# Package folder in the wheel -> its folder in the repository.
_PACKAGES = {
    "claude_messages": "overlays/claude_messages",
    "claude_messages_generated": "generated/claude_messages_generated",
}
# Top-level entries hatchling adds to the sdist beside pyproject's include list.
_SDIST_OWN = {"pyproject.toml", "PKG-INFO", ".gitignore"}


def _sdist_top(root: Path) -> set[str]:
    """The top-level entries an sdist may hold: pyproject's include list, plus hatchling's."""
    pyproject = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    include = pyproject["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
    return _SDIST_OWN | {entry.strip("/").split("/", 1)[0] for entry in include}


_BAD_PARTS = {
    "__pycache__",
    ".ruff_cache",
    ".mypy_cache",
    ".pytest_cache",
    ".hypothesis",
    ".git",
    ".venv",
    "tests",
}
_BAD_SUFFIXES = (".pyc", ".pyo", ".orig", ".rej", ".swp", ".bak", ".tmp", "~")
_EXTRA = re.compile(r"\bextra\s*==")
_REQ_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*")


def wheel_and_sdist(version: Version) -> tuple[str, str]:
    """The file names ``scripts/build`` makes for ``version``."""
    return f"{_FILE_STEM}-{version}-py3-none-any.whl", f"{_FILE_STEM}-{version}.tar.gz"


def _stray(names: Iterable[str]) -> list[str]:
    problems = []
    for name in names:
        parts = name.split("/")
        leaf = parts[-1]
        if (
            _BAD_PARTS.intersection(parts)
            or leaf.endswith(_BAD_SUFFIXES)
            or leaf == ".DS_Store"
            or (leaf.startswith("test_") and leaf.endswith(".py"))
        ):
            problems.append(f"does not belong in a release: {name}")
    return problems


def _normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _runtime_requirements(requires: list[str]) -> set[str]:
    names = set()
    for req in requires:
        if _EXTRA.search(req):
            continue  # an optional extra, not a runtime dependency
        match = _REQ_NAME.match(req.strip())
        if match:
            names.add(_normalize(match.group(0)))
    return names


def _check_metadata(text: str, version: Version, root: Path, where: str) -> list[str]:
    meta = Parser().parsestr(text)
    problems = []
    if meta.get("Name") != DIST_NAME:
        problems.append(f"{where}: name is {meta.get('Name')!r}, expected {DIST_NAME!r}")
    if meta.get("Version") != str(version):
        problems.append(
            f"{where}: version is {meta.get('Version')!r} but _version.py says {version}"
        )
    pyproject = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = _runtime_requirements(pyproject["project"].get("dependencies", []))
    have = _runtime_requirements(meta.get_all("Requires-Dist") or [])
    if have != wanted:
        problems.append(
            f"{where}: runtime dependencies {sorted(have)} differ from pyproject's {sorted(wanted)}"
        )
    return problems


def _check_files(members: dict[str, bytes], root: Path, where: str) -> list[str]:
    """Compare packaged package files (repo-relative name -> bytes) with the tracked tree."""
    tracked = set(git(root, "ls-files", "-z", *_PACKAGES.values()).split("\0")) - {""}
    problems = []
    for name in sorted(set(members) - tracked):
        problems.append(f"{where}: {name} is not a tracked file (stray)")
    for name in sorted(tracked - set(members)):
        problems.append(f"{where}: tracked file {name} is missing")
    for name in sorted(tracked & set(members)):
        path = root / name
        if not path.is_file() or path.read_bytes() != members[name]:
            problems.append(f"{where}: {name} differs from the work tree (stale? rebuild)")
    return problems


def _check_wheel(path: Path, version: Version, root: Path) -> list[str]:
    info = f"{_FILE_STEM}-{version}.dist-info"
    with zipfile.ZipFile(path) as wheel:
        names = [n for n in wheel.namelist() if not n.endswith("/")]
        problems = _stray(names)
        tops = {n.split("/", 1)[0] for n in names}
        for top in sorted(tops - {*_PACKAGES, info}):
            problems.append(f"{path.name}: unexpected top-level entry {top}")
        for package in _PACKAGES:
            if f"{package}/py.typed" not in names:
                problems.append(f"{path.name}: {package}/py.typed is missing")
        if f"{info}/METADATA" not in names:
            return [*problems, f"{path.name}: {info}/METADATA is missing"]
        problems += _check_metadata(
            wheel.read(f"{info}/METADATA").decode("utf-8"), version, root, path.name
        )
        members = {}
        for name in names:
            package, _, rest = name.partition("/")
            if package in _PACKAGES:
                members[f"{_PACKAGES[package]}/{rest}"] = wheel.read(name)
    return problems + _check_files(members, root, path.name)


def _check_sdist(path: Path, version: Version, root: Path) -> list[str]:
    prefix = f"{_FILE_STEM}-{version}/"
    with tarfile.open(path) as sdist:
        files = [m for m in sdist.getmembers() if m.isfile()]
        problems = []
        contents: dict[str, bytes] = {}
        for member in files:
            if not member.name.startswith(prefix):
                problems.append(f"{path.name}: {member.name} is outside {prefix}")
                continue
            handle = sdist.extractfile(member)
            contents[member.name.removeprefix(prefix)] = handle.read() if handle else b""
    problems += _stray(contents)
    for top in sorted({n.split("/", 1)[0] for n in contents} - _sdist_top(root)):
        problems.append(f"{path.name}: unexpected top-level entry {top}")
    for needed in ("pyproject.toml", "openapi.yaml", "README.md"):
        if needed not in contents:
            problems.append(f"{path.name}: {needed} is missing")
    if "PKG-INFO" not in contents:
        return [*problems, f"{path.name}: PKG-INFO is missing"]
    problems += _check_metadata(contents["PKG-INFO"].decode("utf-8"), version, root, path.name)
    packaged = {n: b for n, b in contents.items() if n.startswith(("overlays/", "generated/"))}
    return problems + _check_files(packaged, root, path.name)


def verify_dist(root: Path, dist: Path, version: Version) -> list[str]:
    """Every problem found with the wheel and sdist in ``dist`` (empty list: all good)."""
    wheel_name, sdist_name = wheel_and_sdist(version)
    present = sorted(p.name for p in dist.iterdir()) if dist.is_dir() else []
    problems = [
        f"dist/ holds {name}, which is not this version's wheel or sdist"
        for name in present
        if name not in (wheel_name, sdist_name)
    ]
    for name, check in ((wheel_name, _check_wheel), (sdist_name, _check_sdist)):
        if name not in present:
            problems.append(f"dist/{name} is missing (run scripts/build)")
        else:
            problems += check(dist / name, version, root)
    return problems
