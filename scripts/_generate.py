"""Implementation of scripts/generate: run the pinned generator, post-process, compare.

The output is byte-identical for the same spec whatever the caller's working directory or
ruff configuration: the generator runs in a fresh temporary folder, ruff runs with
--isolated --no-cache (generator-config.yml), and the pinned tools come from .venv/bin.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "claude_messages_generated"
TARGET = ROOT / "generated" / PACKAGE


def generate(spec: Path, dest: Path) -> None:
    """Generate the package from `spec` into `dest` (which must not exist)."""
    import yaml  # dev dependency; only the generator script needs it

    venv_bin = Path(sys.executable).parent
    env = dict(os.environ)
    env["PATH"] = f"{venv_bin}{os.pathsep}{env.get('PATH', '')}"
    env.pop("RUFF_CACHE_DIR", None)
    with tempfile.TemporaryDirectory(prefix="cm-generate-") as tmp:
        out = Path(tmp) / PACKAGE
        proc = subprocess.run(
            [
                str(venv_bin / "openapi-python-client"),
                "generate",
                "--path",
                str(spec),
                "--config",
                str(ROOT / "generator-config.yml"),
                "--meta",
                "none",
                "--custom-template-path",
                str(ROOT / "templates"),
                "--output-path",
                str(out),
                "--fail-on-warning",
            ],
            cwd=tmp,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0 or not out.is_dir():
            sys.stderr.write(proc.stdout + proc.stderr)
            raise SystemExit(f"generate: openapi-python-client failed on {spec}")
        # --meta none writes no py.typed, and ruff may leave a cache behind.
        for cache in out.rglob(".ruff_cache"):
            shutil.rmtree(cache)
        (out / "py.typed").write_text("", encoding="utf-8")
        # A JSON copy of the spec travels with the models: the emulator validates request
        # bodies against it without needing a YAML parser.
        document = yaml.safe_load(spec.read_text(encoding="utf-8"))
        (out / "openapi.json").write_text(
            json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        _write_request_side(document, out, env)
        shutil.copytree(out, dest)


def _write_request_side(document: dict[str, object], out: Path, env: dict[str, str]) -> None:
    """The second step: the request schemas and TypedDicts (scripts/_gen_requests.py), and
    the pass over the models (scripts/_gen_models.py)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import _gen_models
        import _gen_requests
    finally:
        sys.path.pop(0)
    classes: set[str] = set()
    for path in (out / "models").glob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("class "):
                classes.add(line[len("class ") :].split("(")[0].split(":")[0])
            elif " = Literal[" in line and not line.startswith((" ", "#")):
                classes.add(line.split(" ")[0].split(":")[0])  # an enum, as a Literal alias
    names = ("request_schema.py", "params.py", "unions.py", "sdk_types.py", "sdk_beta_types.py")
    written = [out / n for n in names]
    written[0].write_text(_gen_requests.render_schema_module(document), encoding="utf-8")
    written[1].write_text(_gen_requests.render_params_module(document, classes), encoding="utf-8")
    written[2].write_text(_gen_requests.render_unions_module(document, classes), encoding="utf-8")
    written[3].write_text(
        _gen_requests.render_sdk_types_module(document, classes), encoding="utf-8"
    )
    written[4].write_text(
        _gen_requests.render_sdk_beta_types_module(document, classes), encoding="utf-8"
    )
    catch_alls = frozenset(_gen_requests.catch_all_members(document, classes).values())
    written += _gen_models.process(out, catch_alls)
    venv_bin = Path(sys.executable).parent
    for args in (
        ["check", "--fix-only", "--isolated", "--no-cache", "--quiet", "--select", "F401,I"],
        ["format", "--isolated", "--no-cache", "--quiet", "--line-length", "100"],
    ):
        subprocess.run(
            [str(venv_bin / "ruff"), *args, "--target-version", "py311", *map(str, written)],
            env=env,
            check=True,
        )


def _files(root: Path) -> set[str]:
    return {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def compare(expected: Path, actual: Path) -> list[str]:
    """Return a readable report of the differences (empty when identical)."""
    report: list[str] = []
    want, have = _files(expected), _files(actual)
    for name in sorted(want - have):
        report.append(f"missing from generated/: {name}")
    for name in sorted(have - want):
        report.append(f"not produced by the spec (stale): {name}")
    for name in sorted(want & have):
        a, b = expected / name, actual / name
        if filecmp.cmp(a, b, shallow=False):
            continue
        report.append(f"differs: {name}")
        diff = difflib.unified_diff(
            b.read_text(encoding="utf-8").splitlines(),
            a.read_text(encoding="utf-8").splitlines(),
            fromfile=f"generated/{PACKAGE}/{name} (committed)",
            tofile=f"generated/{PACKAGE}/{name} (from openapi.yaml)",
            lineterm="",
        )
        report.extend(list(diff)[:80])
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/generate", description=__doc__)
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--output", type=Path, default=TARGET, help="package folder to write")
    args = parser.parse_args(argv)
    spec = args.spec.resolve()
    with tempfile.TemporaryDirectory(prefix="cm-generate-out-") as tmp:
        fresh = Path(tmp) / PACKAGE
        generate(spec, fresh)
        if args.check:
            report = compare(fresh, args.output.resolve())
            if report:
                print("generated/ has drifted from openapi.yaml; run scripts/generate:")
                print("\n".join(report))
                return 1
            print("generate --check: generated/ matches openapi.yaml")
            return 0
        dest = args.output.resolve()
        if dest.exists():
            shutil.rmtree(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(fresh, dest)
        print(f"generate: wrote {dest.relative_to(ROOT) if dest.is_relative_to(ROOT) else dest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
