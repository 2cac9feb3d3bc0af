"""The package's layers import only downward: core ← drawing ← ui ← app.

Every import statement of every module under journal/ is read with `ast` (inside functions
too) and checked against the table below; a fresh interpreter then shows that the core and a
CSV/JSON export load no Qt at all. The folder is walked, so new modules (and packages such as
journal/vault/) are checked without being named here.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "journal"
QT = ("PySide6", "shiboken6")
TOP = ("journal.app", "journal.self_check", "journal.__main__")
# What each layer may not import, anywhere in a module (functions included).
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "core": (*QT, "journal.drawing", "journal.ui", *TOP),
    "export entry": ("journal.ui", *TOP),  # and Qt or drawing only lazily (see below)
    "drawing": ("journal.ui", *TOP),
    "ui": TOP,
    "app": (),
}
# The export entry point may load the PDF writer, and so Qt, only when a PDF is asked for.
LAZY_ONLY: dict[str, tuple[str, ...]] = {"export entry": (*QT, "journal.drawing")}


def layer_of(module: str) -> str:
    """Return the layer of a module of the journal package."""
    name = module.rsplit(".", 1)[-1]
    if module in TOP or name == "bench" or name.endswith("_bench"):
        return "app"  # the app, its self-check and command line, benchmarks that drive them
    if module == "journal.export":
        return "export entry"
    if module == "journal.drawing" or module.startswith("journal.drawing."):
        return "drawing"
    if module == "journal.ui" or module.startswith("journal.ui."):
        return "ui"
    return "core"


def module_name(path: Path) -> str:
    """Return the dotted name of a file under journal/ ("journal.export" for its __init__)."""
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@dataclass(frozen=True)
class Import:
    """One module named by an import statement."""

    target: str
    line: int
    lazy: bool  # inside a function or an `if TYPE_CHECKING:` block


def imports_of(source: str, module: str, *, is_package: bool = False) -> list[Import]:
    """Return every module an import statement in `source` names (a `from` adds its names)."""
    tree = ast.parse(source)
    found: list[Import] = []

    def visit(node: ast.AST, lazy: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inner = lazy or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                for stmt in child.body:
                    visit_stmt(stmt, True)
                for stmt in child.orelse:
                    visit_stmt(stmt, lazy)
                continue
            visit_stmt(child, inner)

    def visit_stmt(node: ast.AST, lazy: bool) -> None:
        if isinstance(node, ast.Import):
            found.extend(Import(alias.name, node.lineno, lazy) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, module, is_package)
            found.append(Import(base, node.lineno, lazy))
            found.extend(Import(f"{base}.{alias.name}", node.lineno, lazy) for alias in node.names)
        visit(node, lazy or isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)))

    visit(tree, False)
    return found


def _absolute(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    parts = module.split(".")
    keep = len(parts) - node.level + (1 if is_package else 0)
    return ".".join(parts[:keep] + ([node.module] if node.module else []))


def _matches(target: str, prefixes: tuple[str, ...]) -> str | None:
    return next((p for p in prefixes if target == p or target.startswith(p + ".")), None)


def violations(source: str, module: str, *, is_package: bool = False) -> list[str]:
    """Return what `module` imports that its layer may not (one line each)."""
    layer = layer_of(module)
    problems = []
    for found in imports_of(source, module, is_package=is_package):
        banned = _matches(found.target, FORBIDDEN[layer])
        if banned is None and not found.lazy:
            banned = _matches(found.target, LAZY_ONLY.get(layer, ()))
        if banned is not None:
            problems.append(f"{module}:{found.line} ({layer}) imports {found.target}")
    return sorted(set(problems))


def all_modules() -> list[tuple[str, Path]]:
    return sorted((module_name(path), path) for path in PACKAGE.rglob("*.py"))


def test_no_layer_imports_upward() -> None:
    problems = []
    for module, path in all_modules():
        source = path.read_text(encoding="utf-8")
        problems += violations(source, module, is_package=path.name == "__init__.py")
    assert problems == [], "Imports against the layers:\n" + "\n".join(problems)


def test_the_walk_sees_every_layer() -> None:
    """The check above reads the real package: each layer has modules, and known ones sit
    where they belong (a package such as journal/vault/ counts as core, module by module)."""
    layers: dict[str, list[str]] = {}
    for module, _path in all_modules():
        layers.setdefault(layer_of(module), []).append(module)
    assert {"core", "export entry", "drawing", "ui", "app"} <= set(layers)
    assert len(layers["core"]) >= 15 and len(layers["ui"]) >= 30
    for module in ("journal.vault", "journal.export.data", "journal.insights", "journal.session"):
        assert any(m == module or m.startswith(module + ".") for m in layers["core"]), module
    assert all(m.startswith("journal.vault") for m in layers["core"] if "vault" in m)
    assert "journal.drawing.pdf" in layers["drawing"]
    assert "journal.ui.main_window" in layers["ui"]


@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        ("journal.export.data", "def f():\n    import journal.ui\n", "imports journal.ui"),
        ("journal.vault", "from PySide6.QtCore import QObject\n", "imports PySide6.QtCore"),
        (
            "journal.vault.records",
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import PySide6\n",
            "imports PySide6",
        ),
        ("journal.model", "from journal import drawing\n", "imports journal.drawing"),
        ("journal.model", "from . import app\n", "imports journal.app"),
        ("journal.export", "from journal.drawing.pdf import render_pdf\n", "journal.drawing"),
        ("journal.export", "import journal.ui.main_window\n", "imports journal.ui"),
        ("journal.drawing.pdf", "def f():\n    from journal.ui import x\n", "journal.ui"),
        ("journal.ui.help.help_panel", "from journal.app import main\n", "journal.app"),
        ("journal.ui.main_window", "def f():\n    import journal.self_check\n", "self_check"),
    ],
)
def test_the_check_catches_imports_against_the_layers(
    module: str, source: str, expected: str
) -> None:
    found = violations(source, module, is_package=module == "journal.export")
    assert found and expected in found[0]


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("journal.export", "def export():\n    from journal.drawing.pdf import render_pdf\n"),
        (
            "journal.export",
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import PySide6\n",
        ),
        (
            "journal.drawing.charts",
            "from PySide6.QtCharts import QChart\nimport journal.insights\n",
        ),
        ("journal.ui.main_window", "import journal.drawing.pdf\nfrom PySide6 import QtCore\n"),
        ("journal.app", "from journal.ui.main_window import MainWindow\n"),
        ("journal.model", "from journal.errors import VaultError\n"),
    ],
)
def test_imports_that_follow_the_layers_pass(module: str, source: str) -> None:
    assert violations(source, module, is_package=module == "journal.export") == []


CORE_WITHOUT_QT = """
import importlib, pkgutil, sys
from datetime import datetime
from pathlib import Path
import journal.vault, journal.export, journal.insights, journal.plans, journal.model
import journal.taxonomy
from tests.system.test_layers import layer_of
for info in pkgutil.walk_packages(journal.__path__, "journal."):
    if layer_of(info.name) in ("core", "export entry"):
        importlib.import_module(info.name)
from journal.export import export, verify_export
from journal.model import Entry
from journal.vault import KdfParams, create_vault
folder = Path(sys.argv[1])
vault, _code = create_vault(folder / "j.rcv", "layer check passphrase", kdf=KdfParams.FLOOR)
with vault:
    vault.add_entry(Entry(kind="incident", occurred_start=datetime(2025, 1, 2, 3, 4),
                          what_happened="Written down."))
    export(vault, folder / "out.csv", format="csv", preset="advocate")
    export(vault, folder / "out.json", format="json", preset="therapist")
assert verify_export(folder / "out.json").ok
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print("QT:", qt)
"""


def test_the_core_and_a_csv_or_json_export_load_no_qt(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CORE_WITHOUT_QT, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "QT: []" in done.stdout, done.stdout
