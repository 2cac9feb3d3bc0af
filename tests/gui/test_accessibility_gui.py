"""Label in Name (WCAG 2.5.3): a screen-reader user says what they see, so every button and
check box's accessible name contains its visible label."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from journal.model import Entry
from journal.session import Session
from journal.ui.export.export_dialog import ExportDialog
from journal.ui.settings.dialogs import SettingsDialog
from journal.ui.settings.preferences import Preferences
from journal.vault import KdfParams
from tests.conftest import PASSPHRASE
from tests.gui_helpers import ini_settings


def _mismatches(root: QWidget) -> list[str]:
    found = []
    for button in root.findChildren(QAbstractButton):
        # Punctuation is not read out: "Export…" may be named "Export".
        label = " ".join(button.text().replace("&", "").strip("…:. ").split())
        if not label or not button.isVisibleTo(root):
            continue
        name = " ".join(button.accessibleName().split())
        if name and label.casefold() not in name.casefold():
            found.append(f"{type(button).__name__} {label!r} is named {name!r}")
    return found


def test_export_and_settings_dialogs_name_controls_by_their_labels(qtbot, tmp_path: Path) -> None:
    session = Session(tmp_path / "j" / "journal.rcv", kdf=KdfParams.FLOOR)
    session.create(PASSPHRASE)
    session.vault.add_entry(
        Entry(kind="incident", occurred_start=datetime(2025, 1, 2, 3, 4), what_happened="x")
    )
    export = ExportDialog(session)
    settings = SettingsDialog(Preferences(ini_settings(tmp_path)))
    for dialog in (export, settings):
        qtbot.addWidget(dialog)
        dialog.show()
    QApplication.processEvents()
    assert _mismatches(export) == []
    assert _mismatches(settings) == []
    session.close()


def test_main_window_screens_name_controls_by_their_labels(qtbot, tmp_path: Path) -> None:
    from journal.app import create_main_window

    win = create_main_window(
        tmp_path / "v" / "journal.rcv", kdf=KdfParams.FLOOR, settings=ini_settings(tmp_path)
    )
    qtbot.addWidget(win)
    win.show()
    problems = []
    for page in (win.welcome_page, win.create_page, win.unlock_page, win.recovery_unlock_page):
        win.pages.setCurrentWidget(page)
        QApplication.processEvents()
        problems += _mismatches(win)
    assert problems == []
    win.close()


def test_journal_editor_and_help_name_controls_by_their_labels(qtbot, tmp_path: Path) -> None:
    from journal.app import create_main_window
    from journal.vault import create_vault

    path = tmp_path / "v" / "journal.rcv"
    vault, _code = create_vault(path, PASSPHRASE, kdf=KdfParams.FLOOR)
    vault.add_entry(
        Entry(kind="incident", occurred_start=datetime(2025, 1, 2, 3, 4), what_happened="x")
    )
    vault.close()
    win = create_main_window(path, kdf=KdfParams.FLOOR, settings=ini_settings(tmp_path))
    qtbot.addWidget(win)
    win.show()
    win.session.unlock(PASSPHRASE)
    win._enter_journal()
    QApplication.processEvents()
    assert win.journal_page.entries.count.text() == "1 entry"  # read out as written
    problems = _mismatches(win)
    win.journal_page.new_entry()
    QApplication.processEvents()
    problems += _mismatches(win)
    win.show_help()
    QApplication.processEvents()
    problems += _mismatches(win._help_panel)
    assert problems == []
    win.close()
