"""Discreet mode: once switched on, nothing a person can see names the product."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from journal.app import create_main_window
from journal.plans import plans_html
from journal.ui.backup.backup_dialogs import BACKUP_FILTER
from journal.vault import KdfParams
from tests.gui_helpers import ini_settings

PRODUCT = "Reality Check"


def test_switching_discreet_mode_on_renames_everything_at_once(qtbot, tmp_path: Path) -> None:
    win = create_main_window(
        tmp_path / "j.rcv", kdf=KdfParams.FLOOR, settings=ini_settings(tmp_path)
    )
    qtbot.addWidget(win)
    win.show()
    assert PRODUCT in win.windowTitle()
    win.show_help()  # a second window already open
    win.preferences.discreet = True
    win._apply_settings()  # what the Settings dialog's OK does
    assert PRODUCT not in win.windowTitle()
    assert PRODUCT not in QGuiApplication.applicationDisplayName()
    assert PRODUCT not in win.title_label.text()
    assert PRODUCT not in win.about_action.text()
    for menu_action in win.menuBar().actions():
        for action in menu_action.menu().actions():
            assert PRODUCT not in action.text()
    assert PRODUCT not in BACKUP_FILTER
    html = plans_html([], [], [], [], printed_on=date(2026, 1, 2))
    assert PRODUCT not in html
    win.preferences.discreet = False
    win._apply_settings()
    assert PRODUCT in win.windowTitle()
    win.close()
