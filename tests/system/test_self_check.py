"""`--self-check` fails, never skips, when a part of the app is missing from the build."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _copy_app(target: Path) -> Path:
    """Copy what the app runs from in a checkout: journal/, resources/, main.py, pyproject.toml."""
    for name in ("journal", "resources"):
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("main.py", "pyproject.toml"):
        shutil.copy2(ROOT / name, target / name)
    return target


def _defining(app: Path, definition: str) -> Path:
    """Return the module of the copy that defines `definition` (wherever it has moved to)."""
    return next(
        path for path in (app / "journal").rglob("*.py") if definition in path.read_text("utf-8")
    )


MISSING = {
    "nothing": lambda app: None,
    "the PDF writer": lambda app: _defining(app, "def render_pdf("),
    "the charts": lambda app: _defining(app, "def render_chart_images("),
    "a guidance page": lambda app: app / "resources" / "guidance" / "red_flags.md",
    "the hotlines": lambda app: app / "resources" / "hotlines.json",
    "the Spanish translations": lambda app: app / "resources" / "i18n" / "reality_check_es.qm",
}


@pytest.mark.slow
@pytest.mark.parametrize("part", MISSING)
def test_self_check_fails_when_a_part_is_missing(tmp_path: Path, part: str) -> None:
    app = _copy_app(tmp_path / "app")
    missing = MISSING[part](app)
    if missing is not None:
        missing.unlink()
    # main.py's folder comes first on sys.path, so the copy is the app that runs.
    result = subprocess.run(
        [sys.executable, "main.py", "--self-check", "--vault", str(tmp_path / "j.rcv")],
        cwd=app,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert f"from {app / 'resources'}" in result.stdout, result.stdout + result.stderr
    if missing is None:
        assert result.returncode == 0, result.stdout + result.stderr
        assert result.stdout.endswith("self-check: OK\n")
    else:
        assert result.returncode == 1, result.stdout + result.stderr
        assert "self-check: FAILED" in result.stdout
        assert "self-check: OK" not in result.stdout
        assert "skipped" not in result.stdout


def test_self_check_does_not_import_the_app() -> None:
    # journal.app imports the self-check; the self-check is handed the window factory instead.
    tree = ast.parse((ROOT / "journal" / "self_check.py").read_text("utf-8"))
    imported = {
        node.module if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert "journal.app" not in imported
    assert "journal.vault" in imported  # the walk does see the module's imports
