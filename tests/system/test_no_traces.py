"""A whole session leaves no journal text anywhere in the user's folders (docs/DESIGN.md §1)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CANARY = "Pangolin-Harbour-4417"


def _forms(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


@pytest.mark.slow
def test_whole_session_leaves_no_trace_in_home_xdg_or_tmp(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    folders = {
        "HOME": "home",
        "XDG_CONFIG_HOME": "home/.config",
        "XDG_DATA_HOME": "home/.local/share",
        "XDG_CACHE_HOME": "home/.cache",
        "XDG_STATE_HOME": "home/.local/state",
        "XDG_RUNTIME_DIR": "run",
        "TMPDIR": "tmp",
    }
    for variable, relative in folders.items():
        folder = tree / relative
        folder.mkdir(parents=True, exist_ok=True)
        folder.chmod(0o700)
        env[variable] = str(folder)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "scripts" / "traces_session.py"), CANARY],
        env=env,
        cwd=tree,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SESSION OK" in result.stdout
    vault = Path(result.stdout.split("SESSION OK", 1)[1].strip())
    assert vault.is_file() and tree in vault.parents  # the default location, inside the tree

    written = [p for p in tree.rglob("*") if p.is_file()]
    assert vault in written
    for path in written:
        assert CANARY not in str(path)
        data = path.read_bytes()
        for form in _forms(CANARY):
            assert form not in data, f"journal text found in {path.relative_to(tree)}"
    assert CANARY not in result.stdout + result.stderr
    assert not any((tree / "tmp").iterdir()), "the app left files in the temp folder"
