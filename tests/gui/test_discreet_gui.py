"""Discreet mode: once switched on, nothing a person can see names the product."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from journal.app import create_main_window
from journal.plans_print import plans_html
from journal.ui.backup.backup_dialogs import BACKUP_FILTER
from journal.vault import KdfParams
from tests.gui_helpers import ini_settings, visible_text

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


def test_only_a_new_installation_chooses_its_folder_name() -> None:
    from journal.paths import APP_NAME, NEUTRAL_NAME, folder_name

    assert folder_name(False, False, discreet=True) == NEUTRAL_NAME  # new, discreet
    assert folder_name(False, False, discreet=False) == APP_NAME  # new, ordinary
    assert folder_name(True, False, discreet=True) == APP_NAME  # existing keeps working
    assert folder_name(False, True, discreet=False) == NEUTRAL_NAME  # a discreet install
    assert PRODUCT not in NEUTRAL_NAME


LOCATIONS = """
import sys
from journal.app import choose_folders, default_settings, default_vault_path
name = choose_folders(sys.argv[1] == "discreet")
settings = default_settings()
settings.setValue("privacy/discreet", True)
settings.sync()
print(name)
print(settings.fileName())
print(default_vault_path())
"""


def _locations(tmp_path: Path, mode: str) -> list[str]:
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    out = subprocess.run(
        [sys.executable, "-c", LOCATIONS, mode],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return out.stdout.strip().splitlines()[-3:]


def test_a_new_discreet_installation_uses_neutral_folder_names(tmp_path: Path) -> None:
    name, config, vault = _locations(tmp_path, "discreet")
    assert name == "Notes"
    assert PRODUCT not in config and PRODUCT not in vault
    assert config.startswith(str(tmp_path)) and vault.startswith(str(tmp_path))
    every_path = [str(p) for p in tmp_path.rglob("*")]
    assert every_path and not [p for p in every_path if PRODUCT in p]
    # The next start, discreet or not, finds the same folders.
    assert _locations(tmp_path, "ordinary") == [name, config, vault]


def test_an_existing_installation_keeps_its_folders_in_discreet_mode(tmp_path: Path) -> None:
    name, config, vault = _locations(tmp_path, "ordinary")
    assert name == PRODUCT and PRODUCT in config
    assert _locations(tmp_path, "discreet") == [name, config, vault]


def test_first_run_welcome_never_names_the_product_in_discreet_mode(qtbot, tmp_path) -> None:
    settings = ini_settings(tmp_path)
    settings.setValue("privacy/discreet", True)
    win = create_main_window(tmp_path / "new.rcv", kdf=KdfParams.FLOOR, settings=settings)
    qtbot.addWidget(win)
    win.show()
    assert win.pages.currentWidget() is win.welcome_page
    assert PRODUCT not in visible_text(win)
    assert PRODUCT not in win.welcome_page.title.accessibleName()
    win.preferences.discreet = False
    win._apply_settings()
    assert PRODUCT in visible_text(win)
    win.close()
