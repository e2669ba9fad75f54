"""The package's front door: ``import framing`` is light, drawing names load on first use."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

import framing

ROOT = Path(__file__).resolve().parents[1]


def _run(code: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_import_framing_does_not_load_matplotlib():
    code = "import sys, framing; print('matplotlib' in sys.modules)"
    assert _run(code) == "False"


def test_plot_name_loads_matplotlib_on_first_use():
    code = "import sys, framing; framing.plot_features; print('matplotlib' in sys.modules)"
    assert _run(code) == "True"


def test_lazy_names_are_public_and_resolve():
    assert {"plot_features", "show_article", "make_figures", "COLORS", "PALETTE"} <= set(
        framing.__all__
    )
    for name in framing.__all__:
        assert name in dir(framing)
        assert getattr(framing, name) is not None
    from framing.plots import plot_features

    assert framing.plot_features is plot_features


def test_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="plot_nothing"):
        framing.plot_nothing  # noqa: B018


# --- the house: public seams only, every module described --------------------------------

PACKAGE = ROOT / "framing"
MODULES = sorted(p for p in PACKAGE.rglob("*.py"))


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_module(dotted: str) -> bool:
    where = ROOT.joinpath(*dotted.split("."))
    return where.with_suffix(".py").exists() or (where / "__init__.py").exists()


def _private_imports(source: str, module: str, *, package: bool = False) -> list[str]:
    """``from framing.x import _name`` and ``x._name`` where ``x`` is a framing module the
    code imported: another module's private name used across a module boundary."""
    import ast

    tree = ast.parse(source)
    base = module if package else module.rpartition(".")[0]
    modules: set[str] = set()  # local names bound to framing modules
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            origin = base.rsplit(".", node.level - 1)[0] if node.level > 1 else base
            origin = ".".join(filter(None, (origin if node.level else "", node.module or "")))
            if not origin.startswith("framing"):
                continue
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    found.append(f"line {node.lineno}: from {origin} import {alias.name}")
                if _is_module(f"{origin}.{alias.name}"):
                    modules.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            modules.update(
                a.asname or a.name.split(".")[0] for a in node.names if a.name.startswith("framing")
            )
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in modules
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
        ):
            found.append(f"line {node.lineno}: {node.value.id}.{node.attr}")
    return found


def test_the_private_import_check_finds_both_kinds():
    src = "from .features import _key, matcher_for\nfrom . import outlets\noutlets._select(1, 2)\n"
    assert _private_imports(src, "framing.x") == [
        "line 1: from framing.features import _key",
        "line 3: outlets._select",
    ]
    assert _private_imports("from ..features import _key\n", "framing.plots.x") == [
        "line 1: from framing.features import _key"
    ]
    assert _private_imports("from ._alignment import _x\n", "framing.reuse", package=True)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_imports_another_modules_private_names(path):
    source = path.read_text(encoding="utf-8")
    assert _private_imports(source, _module_name(path), package=path.name == "__init__.py") == []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_module_says_what_it_is_for(path):
    import ast

    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
    assert doc and len(doc.split()) >= 8, f"{path.relative_to(ROOT)} lacks a docstring"


def test_readme_layout_names_every_module():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    layout = readme.split("## Layout", 1)[1].split("\n## ", 1)[0]
    rows = {
        line.split("|")[1].strip().strip("`"): line
        for line in layout.splitlines()
        if line.startswith("| `")
    }
    for path in MODULES:
        rel = path.relative_to(PACKAGE)
        if rel.name == "__main__.py" or rel == Path("__init__.py"):
            continue
        if len(rel.parts) == 1:
            assert rel.stem in rows, f"README's Layout lacks framing/{rel}"
        else:
            row = rows.get(f"{rel.parts[0]}/", "")
            assert row, f"README's Layout lacks framing/{rel.parts[0]}/"
            if rel.name != "__init__.py":
                assert f"`{rel.stem}`" in row, f"README's Layout row {rel.parts[0]}/ lacks {rel}"
