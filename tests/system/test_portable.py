"""Portable mode: journal and settings beside the app; a removed drive locks the journal."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView

from journal.app import create_main_window, portable_settings
from journal.paths import portable_data_dir, portable_marker_present
from journal.vault import KdfParams
from tests.gui_helpers import find

ROOT = Path(__file__).resolve().parents[2]
PASS = "quiet river under seven lanterns"


def test_marker_file_turns_portable_mode_on(tmp_path: Path) -> None:
    assert not portable_marker_present(tmp_path)
    (tmp_path / "portable").write_text("", encoding="utf-8")
    assert portable_marker_present(tmp_path)
    assert portable_data_dir(tmp_path).parent == tmp_path


@pytest.mark.slow
def test_portable_session_writes_nothing_outside_the_app_folder(tmp_path: Path) -> None:
    """HOME, XDG folders and TMPDIR point at an empty tree that must stay empty."""
    app = tmp_path / "stick" / "app"
    app.mkdir(parents=True)
    shutil.copy(ROOT / "tests" / "scripts" / "traces_session.py", app / "session.py")
    tree = tmp_path / "host"
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    for variable, relative in {
        "HOME": "home",
        "XDG_CONFIG_HOME": "home/.config",
        "XDG_DATA_HOME": "home/.local/share",
        "XDG_CACHE_HOME": "home/.cache",
        "XDG_STATE_HOME": "home/.local/state",
        "TMPDIR": "tmp",
    }.items():
        (tree / relative).mkdir(parents=True, exist_ok=True)
        env[variable] = str(tree / relative)
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, str(app / "session.py"), "Portable-Canary-2207", "--portable"],
        env=env,
        cwd=app,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    vault = Path(result.stdout.split("SESSION OK", 1)[1].strip())
    assert vault.parent == portable_data_dir(app) and vault.is_file()
    assert (portable_data_dir(app) / "settings.ini").is_file()
    left = [p.relative_to(tree) for p in tree.rglob("*") if p.is_file()]
    assert left == [], f"the app wrote outside its folder: {left}"


def test_removed_drive_locks_and_reinserted_drive_unlocks(qtbot, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    path = stick / "journal.rcv"
    win = create_main_window(path, kdf=KdfParams.FLOOR, settings=portable_settings(tmp_path))
    qtbot.addWidget(win)
    win.show()
    win.welcome_page.continued.emit()
    qtbot.keyClicks(find(win, QLineEdit, "Passphrase"), PASS)
    qtbot.keyClicks(find(win, QLineEdit, "Confirm passphrase"), PASS)
    qtbot.keyClick(find(win, QLineEdit, "Confirm passphrase"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.recovery_code_page, timeout=15_000)
    win.recovery_code_page.stored.setChecked(True)
    win.recovery_code_page.continue_button.click()
    from datetime import datetime

    from journal.model import Entry

    win.session.vault.add_entry(
        Entry(kind="incident", occurred_start=datetime(2025, 1, 1), what_happened="kept safe")
    )
    stick.rename(tmp_path / "unplugged")  # the stick is pulled out
    qtbot.waitUntil(lambda: not win.session.is_unlocked, timeout=5000)
    message = find(win, QLabel, "Unlock message").text()
    assert "drive with your journal was removed" in message
    (tmp_path / "unplugged").rename(stick)  # and plugged back in
    qtbot.waitUntil(lambda: "drive is back" in find(win, QLabel, "Unlock message").text())
    field = find(win, QLineEdit, "Passphrase")
    qtbot.keyClicks(field, PASS)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.session.is_unlocked, timeout=15_000)
    # Unlocked on the worker thread first; the window shows the journal a moment later.
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.journal_page, timeout=15_000)
    assert find(win, QTableView, "Entries").isVisible()
    assert [e.what_happened for e in win.session.vault.entries()] == ["kept safe"]
    win.close()


def test_self_check_passes(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--self-check", "--vault", str(tmp_path / "j.rcv")],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-check: OK" in result.stdout
