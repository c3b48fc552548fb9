"""The package's layout: layers, no circles, no reaching into private names, the public API, packaging."""

from __future__ import annotations

import ast
import importlib
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import svanalysis as sv

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "svanalysis"
PLATFORM_ONLY = {"fcntl", "msvcrt", "termios", "pwd", "grp", "resource", "winreg", "_winapi", "posix", "nt"}


def _modules() -> list[tuple[str, Path]]:
    out = []
    for p in sorted(PACKAGE.rglob("*.py")):
        rel = p.relative_to(ROOT).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out.append((".".join(parts), p))
    return out


def test_import_linter_contracts_are_kept():
    """The layers in pyproject.toml (cli > publish > analysis > ingest | synth > core) and no circles."""
    exe = Path(sys.executable).parent / "lint-imports"
    if not exe.exists():
        pytest.skip("import-linter is not installed (pip install -e '.[test]')")
    res = subprocess.run([str(exe), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-2000:]
    assert "downward" in res.stdout and "circles" in res.stdout and "0 broken" in res.stdout


def test_no_module_imports_another_modules_private_names():
    offenders = []
    for name, path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("svanalysis"):
                if node.module == name:
                    continue
                for alias in node.names:
                    if alias.name.startswith("_") and not alias.name.startswith("__"):
                        offenders.append(f"{name} imports {node.module}.{alias.name}")
    assert not offenders, offenders


def test_no_platform_only_module_is_imported_at_import_time():
    """Windows analysts must be able to import every module (CI stays on Linux, so this reads the source)."""
    offenders = []
    for name, path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:  # module level only: a lazy import inside a function is chosen at run time
            mods = []
            if isinstance(node, ast.Import):
                mods = [a.name.split(".")[0] for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                mods = [node.module.split(".")[0]]
            offenders += [f"{name}: {m}" for m in mods if m in PLATFORM_ONLY]
    assert not offenders, offenders


def test_every_package_folder_is_listed_for_the_wheel():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in PACKAGE.rglob("__init__.py") if "__pycache__" not in p.parts
    }
    assert found <= listed, f"package folders missing from [tool.setuptools] packages: {sorted(found - listed)}"
    assert "svanalysis.notebooks" in listed  # the report notebooks travel inside the wheel


def test_public_api_matches_the_modules():
    """Every name ``svanalysis`` offers exists where it says, and each module's public functions are offered."""
    for module, names in sv._API.items():
        mod = importlib.import_module(module)
        for n in names:
            assert n in mod.__all__, f"{module}.{n} is offered by svanalysis but not in the module's __all__"
            assert getattr(sv, n) is getattr(mod, n)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = set(re.findall(r"\bsv\.([a-z_][a-zA-Z_]*)\(", readme))
    missing = [n for n in shown if not hasattr(sv, n)]
    assert not missing, f"the README shows sv.{missing} but svanalysis does not offer them"


def test_dir_and_help_list_the_public_api():
    listed = dir(sv)
    for n in ("load_processed", "support_table", "option_comparison", "plot_option_support", "load_settings", "ingest"):
        assert n in listed
    import pydoc

    text = pydoc.render_doc(sv, renderer=pydoc.plaintext)
    assert "support_table" in text and "load_processed" in text


def test_unknown_attribute_is_a_clear_error():
    with pytest.raises(AttributeError, match="has no attribute 'nope'"):
        sv.nope  # noqa: B018


def test_every_public_module_declares_all():
    missing = []
    for name, path in _modules():
        if Path(path).name.startswith("_") and Path(path).name != "__init__.py":
            continue
        if name in ("svanalysis.__main__",) or Path(path).name == "__init__.py":
            continue
        if "__all__" not in path.read_text(encoding="utf-8"):
            missing.append(name)
    assert not missing, missing


def test_environment_yml_is_in_step_with_pyproject():
    """Every dependency of pyproject.toml (and its test extra) is in environment.yml with the same lower bound."""
    import yaml

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = {*project["dependencies"], *project["optional-dependencies"]["test"]}
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))["dependencies"]
    have = {d for d in env if isinstance(d, str)}
    for d in env:
        if isinstance(d, dict):
            have |= set(d.get("pip", []))
    assert wanted <= have, f"missing from environment.yml: {sorted(wanted - have)}"
    extra = {d for d in have - wanted if not d.startswith(("python", "pip", "-e"))}
    assert not extra, f"in environment.yml but not in pyproject.toml: {sorted(extra)}"
