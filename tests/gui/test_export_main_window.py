"""Export, back up and restore from the real main window's Journal menu, as a person would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QWidget,
)

from journal.app import create_main_window
from journal.model import Entry
from journal.ui.backup import backup_dialogs
from journal.ui.backup.backup_dialogs import RestoreDialog
from journal.ui.export import export_dialog
from journal.ui.export.export_dialog import ExportDialog
from journal.vault import KdfParams, create_vault
from tests.gui_helpers import answer_next_message_box, click_check, find, find_button, ini_settings

PASS = "seven lanterns over a quiet river"
CANARY = "Okapi-Lantern-4410"


@pytest.fixture
def journal_file(tmp_path: Path) -> Path:
    path = tmp_path / "vault" / "journal.rcv"
    vault, _code = create_vault(path, PASS, kdf=KdfParams.FLOOR)
    start = datetime(2025, 1, 6, 21, 30)
    vault.add_entries(
        [
            Entry(
                kind="reflection" if i == 3 else "incident",
                occurred_start=start + timedelta(days=9 * i),
                what_happened=f"EVENT-{i} {CANARY}",
                words_used=f"QUOTE-{i}",
                reflection=f"PRIVATE-{i}",
                emotions={"fear": 7},
                behaviours=["yelling"] if i % 2 else ["name_calling"],
                location="Kitchen",
            )
            for i in range(6)
        ]
    )
    vault.close()
    return path


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return ini_settings(tmp_path)


@pytest.fixture
def window(qtbot, journal_file: Path, settings: QSettings) -> Iterator[QMainWindow]:
    win = create_main_window(journal_file, kdf=KdfParams.FLOOR, settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def unlock(qtbot, win: QMainWindow) -> None:
    field = find(win, QLineEdit, "Passphrase")
    qtbot.keyClicks(field, PASS)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _listed(win), timeout=15_000)


def _listed(win: QMainWindow) -> bool:
    try:
        find(win, QTableView, "Entries")
    except LookupError:
        return False
    return True


def when_modal(kind: type[QDialog], callback: Callable[[QDialog], None]) -> None:
    """Run `callback(dialog)` as soon as a modal dialog of `kind` is open."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            callback(dialog)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def _menu_actions(win: QMainWindow) -> dict[str, object]:
    journal_menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&Journal")
    return {a.text().replace("&", ""): a for a in journal_menu.actions() if a.text()}


def test_menu_actions_exist_and_are_off_while_locked(qtbot, window: QMainWindow) -> None:
    actions = _menu_actions(window)
    names = ("Export…", "Back up journal…")
    assert all(not actions[name].isEnabled() for name in names)  # type: ignore[attr-defined]
    # Restoring is for a journal that will not open, too: offered on the unlock screen.
    assert actions["Restore from backup…"].isEnabled()  # type: ignore[attr-defined]
    assert actions["Export…"].shortcut().toString() == "Ctrl+E"  # type: ignore[attr-defined]
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.activeModalWidget() is None
    unlock(qtbot, window)
    names = (*names, "Restore from backup…")
    assert all(actions[name].isEnabled() for name in names)  # type: ignore[attr-defined]
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert all(not actions[name].isEnabled() for name in names[:2])  # type: ignore[attr-defined]
    assert actions["Restore from backup…"].isEnabled()  # type: ignore[attr-defined]


def test_export_pdf_from_the_menu_with_ctrl_e(
    qtbot, window: QMainWindow, tmp_path: Path, settings: QSettings, monkeypatch
) -> None:
    out_dir = tmp_path / "usb-stick"
    out_dir.mkdir()
    out = out_dir / "for-advocate.pdf"
    asked: list[str] = []

    def choose(_parent: QWidget, title: str, suggested: str, name_filter: str) -> str:
        asked.append(f"{title}|{suggested}|{name_filter}")
        return str(out)

    monkeypatch.setattr(export_dialog, "_qt_choose_path", choose)
    unlock(qtbot, window)
    seen: list[str] = []

    def use_dialog(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        seen.append(dialog.preview.text())
        assert find(dialog, QComboBox, "Preset").currentData() == "advocate"
        # Add the words used, take away the location: per-field choices.
        location = find(dialog, QCheckBox, "Location")
        click_check(qtbot, location)
        assert not location.isChecked()
        answer_next_message_box(QMessageBox.StandardButton.Ok)
        qtbot.mouseClick(find_button(dialog, "Export…"), Qt.MouseButton.LeftButton)

    when_modal(ExportDialog, use_dialog)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: out.is_file() and QApplication.activeModalWidget() is None)
    assert seen == ["5 entries will be exported."]  # advocate: the reflection is left out
    assert asked and asked[0].endswith("PDF document (*.pdf)")
    assert out.stat().st_mode & 0o777 == 0o600
    text = "\n".join(page.extract_text() for page in PdfReader(str(out)).pages)
    order = [text.index(f"EVENT-{i}") for i in (0, 1, 2, 4, 5)]
    assert order == sorted(order)  # chronological
    assert "EVENT-3" not in text and "PRIVATE-" not in text and "Fear" not in text
    assert "QUOTE-1" in text and "Kitchen" not in text
    assert "Page 1 of" in text and "Integrity appendix" in text
    assert "\t" not in text
    qtbot.waitUntil(lambda: window.findChildren(ExportDialog) == [])  # deleted after use
    stored = " ".join(f"{key}={settings.value(key)!r}" for key in settings.allKeys())
    assert "usb-stick" not in stored and CANARY not in stored  # no remembered export path


def test_export_offers_the_entries_a_search_listed(
    qtbot, window: QMainWindow, tmp_path: Path, monkeypatch
) -> None:
    out = tmp_path / "two.csv"
    monkeypatch.setattr(export_dialog, "_qt_choose_path", lambda *_: str(out))
    unlock(qtbot, window)
    search = find(window, QLineEdit, "Search")
    qtbot.keyClicks(search, "EVENT-1")
    table = find(window, QTableView, "Entries")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)

    def use_dialog(dialog: QDialog) -> None:
        only = find(
            dialog, QCheckBox, "Only the 1 entry listed in the journal (your search and filters)"
        )
        assert only.isChecked() and "1 entry listed" in only.text()
        assert dialog.preview.text() == "1 entry will be exported."  # type: ignore[attr-defined]
        find(dialog, QComboBox, "Format").setCurrentIndex(1)
        answer_next_message_box(QMessageBox.StandardButton.Ok)
        find_button(dialog, "Export…").click()

    when_modal(ExportDialog, use_dialog)
    window.export_action.trigger()  # type: ignore[attr-defined]
    text = out.read_text(encoding="utf-8-sig")
    assert "EVENT-1" in text and "EVENT-0" not in text


def test_locking_closes_and_wipes_the_export_dialog(qtbot, window: QMainWindow) -> None:
    unlock(qtbot, window)
    wiped: list[int] = []

    def lock_while_open(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog) and dialog.behaviours.count() == 2
        window.lock()  # type: ignore[attr-defined]
        wiped.append(dialog.behaviours.count())

    when_modal(ExportDialog, lock_while_open)
    window.export_action.trigger()  # type: ignore[attr-defined]
    assert wiped == [0]
    assert QApplication.activeModalWidget() is None
    assert find(window, QLineEdit, "Passphrase").isVisible()


def test_back_up_then_restore_from_the_menu(
    qtbot, window: QMainWindow, tmp_path: Path, monkeypatch
) -> None:
    backup = tmp_path / "stick" / "journal-backup.rcv"
    backup.parent.mkdir()
    monkeypatch.setattr(backup_dialogs, "_qt_save", lambda *_: str(backup))
    monkeypatch.setattr(backup_dialogs, "_qt_open", lambda *_: str(backup))
    unlock(qtbot, window)
    actions = _menu_actions(window)
    answer_next_message_box(QMessageBox.StandardButton.Ok)
    actions["Back up journal…"].trigger()  # type: ignore[attr-defined]
    assert backup.is_file() and backup.stat().st_mode & 0o777 == 0o600
    assert CANARY.encode() not in backup.read_bytes()

    session = window.session  # type: ignore[attr-defined]
    session.vault.add_entry(
        Entry(kind="incident", occurred_start=datetime(2025, 6, 1, 9), what_happened="AFTER")
    )
    window.journal_page.refresh()  # type: ignore[attr-defined]
    table = find(window, QTableView, "Entries")
    assert table.model().rowCount() == 7

    def type_passphrase(dialog: QDialog) -> None:
        assert isinstance(dialog, RestoreDialog)
        field = find(dialog, QLineEdit, "Backup passphrase")
        qtbot.keyClicks(field, "not the passphrase")
        find_button(dialog, "Restore").click()
        qtbot.waitUntil(lambda: not dialog.running, timeout=15_000)
        assert "does not open this backup" in dialog.error.text()
        assert len(session.vault.entries()) == 7  # nothing replaced yet
        field.clear()
        qtbot.keyClicks(field, PASS)
        answer_next_message_box(QMessageBox.StandardButton.Ok)
        find_button(dialog, "Restore").click()

    when_modal(RestoreDialog, type_passphrase)
    actions["Restore from backup…"].trigger()  # type: ignore[attr-defined]
    assert session.is_unlocked and len(session.vault.entries()) == 6
    table = find(window, QTableView, "Entries")
    assert table.model().rowCount() == 6  # the journal page reloaded the restored journal
    assert "restored" in window.statusBar().currentMessage()
    assert not [p for p in session.vault_path.parent.iterdir() if p.name.startswith(".")]


def test_quick_exit_during_a_long_export_hides_at_once_and_leaves_no_file(
    qtbot, window: QMainWindow, tmp_path: Path, monkeypatch
) -> None:
    from benchmarks.common import EntryFactory

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    monkeypatch.setattr(export_dialog, "_qt_choose_path", lambda *_: str(out_dir / "big.pdf"))
    unlock(qtbot, window)
    window.session.vault.add_entries(EntryFactory(seed=3).batch(150))  # type: ignore[attr-defined]
    exited: list[bool] = []

    def start_export(dialog: QDialog) -> None:
        find(dialog, QComboBox, "Preset").setCurrentIndex(1)  # therapist: the slowest
        QTimer.singleShot(0, lambda: (exited.append(True), window.quick_exit()))  # type: ignore[attr-defined]
        find_button(dialog, "Export…").click()

    monkeypatch.setattr(QApplication, "quit", lambda: None)  # keep the test's event loop
    when_modal(ExportDialog, start_export)
    window.export_action.trigger()  # type: ignore[attr-defined]
    assert exited == [True]
    assert not window.isVisible() and not window.session.is_unlocked  # type: ignore[attr-defined]
    assert list(out_dir.iterdir()) == []  # the partial file was removed
