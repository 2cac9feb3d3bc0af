"""Restore from a backup while the journal is locked: from the unlock screen, as a person would.

For the person whose journal no longer opens, or who forgot the passphrase but kept a backup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
)

from journal import vault as vault_module
from journal.app import create_main_window
from journal.errors import VaultError, VaultInUse, WrongPassphrase
from journal.model import Entry
from journal.session import Session
from journal.ui.backup import backup_dialogs
from journal.ui.backup.backup_dialogs import RestoreDialog
from journal.vault import KdfParams, create_vault, open_vault
from tests.gui_helpers import answer_next_message_box, find, find_button, ini_settings

OLD_PASS = "amber kettles under a patient moon"  # the journal's passphrase when backed up
NOW_PASS = "seven lanterns over a quiet river"  # its passphrase now
BACKED_UP = "BACKED-UP-ENTRY-Quokka"
LATER = "WRITTEN-LATER-Heron"


def _entry(text: str, day: int = 1) -> Entry:
    return Entry(kind="incident", occurred_start=datetime(2025, 3, day, 20), what_happened=text)


@pytest.fixture
def journal_and_backup(tmp_path: Path) -> tuple[Path, Path]:
    """A journal backed up earlier (other passphrase), then changed: (journal, backup)."""
    path = tmp_path / "vault" / "journal.rcv"
    backup = tmp_path / "stick" / "journal-backup.rcv"
    backup.parent.mkdir()
    vault, _code = create_vault(path, OLD_PASS, kdf=KdfParams.FLOOR)
    vault.add_entry(_entry(BACKED_UP))
    vault.backup(backup)
    vault.change_passphrase(NOW_PASS, kdf=KdfParams.FLOOR)
    vault.add_entry(_entry(LATER, day=2))
    vault.close()
    return path, backup


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return ini_settings(tmp_path)


def _window(qtbot, path: Path, settings: QSettings) -> QMainWindow:
    win = create_main_window(path, kdf=KdfParams.FLOOR, settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(
    qtbot, journal_and_backup: tuple[Path, Path], settings: QSettings
) -> Iterator[QMainWindow]:
    win = _window(qtbot, journal_and_backup[0], settings)
    yield win
    win.close()


def when_modal(kind: type[QDialog], callback: Callable[[QDialog], None]) -> None:
    """Run `callback(dialog)` as soon as a modal dialog of `kind` is open."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            callback(dialog)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def _listed_texts(win: QMainWindow) -> list[str]:
    try:
        table = find(win, QTableView, "Entries")
    except LookupError:
        return []
    model = table.model()
    return [
        str(model.data(model.index(row, column)))
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]


def _shows(win: QMainWindow, marker: str) -> bool:
    return any(marker in text for text in _listed_texts(win))


def _no_leftovers(folder: Path) -> bool:
    return not [p.name for p in folder.iterdir() if p.name.startswith(".")]


# ------------------------------------------------------------------ the core, while locked


def test_session_restores_while_locked_and_before_anything_opened(
    journal_and_backup: tuple[Path, Path],
) -> None:
    path, backup = journal_and_backup
    locked = Session(path, kdf=KdfParams.FLOOR)
    locked.unlock(NOW_PASS)
    locked.lock()
    with pytest.raises(WrongPassphrase):
        locked.restore_from(backup, NOW_PASS)  # the journal's passphrase now is not the backup's
    assert not locked.is_unlocked
    locked.restore_from(backup, OLD_PASS)
    assert locked.is_unlocked
    assert [e.what_happened for e in locked.vault.entries()] == [BACKED_UP]
    locked.close()
    assert _no_leftovers(path.parent)

    path.write_bytes(b"\x00garbage, not a journal\x00" * 100)  # a damaged journal file
    fresh = Session(path, kdf=KdfParams.FLOOR)
    with pytest.raises(VaultError):
        fresh.unlock(OLD_PASS)
    fresh.restore_from(backup, OLD_PASS)
    assert [e.what_happened for e in fresh.vault.entries()] == [BACKED_UP]
    fresh.close()
    with open_vault(path, OLD_PASS) as reopened:
        assert reopened.verify().ok


def test_restore_refuses_a_journal_another_window_has_open(
    journal_and_backup: tuple[Path, Path],
) -> None:
    path, backup = journal_and_backup
    before = path.read_bytes()
    other = open_vault(path, NOW_PASS)  # another Reality Check window
    try:
        with pytest.raises(VaultInUse):
            Session(path, kdf=KdfParams.FLOOR).restore_from(backup, OLD_PASS)
        assert [e.what_happened for e in other.entries()] == [BACKED_UP, LATER]
    finally:
        other.close()
    assert path.read_bytes() == before
    assert _no_leftovers(path.parent)


def test_locking_while_the_backup_is_checked_leaves_the_restored_journal_locked(
    journal_and_backup: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, backup = journal_and_backup
    session = Session(path, kdf=KdfParams.FLOOR)
    session.unlock(NOW_PASS)
    real_open = vault_module.open_vault
    calls: list[int] = []

    def open_and_lock(where: Path, passphrase: str):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 1:  # the backup's copy is being checked: the window locks now
            session.lock()
        return real_open(where, passphrase)

    # The session imports the vault when it opens a journal, so it finds this one.
    monkeypatch.setattr(vault_module, "open_vault", open_and_lock)
    session.restore_from(backup, OLD_PASS)
    assert not session.is_unlocked  # the lock still applies, to the restored journal
    session.unlock(OLD_PASS)
    assert [e.what_happened for e in session.vault.entries()] == [BACKED_UP]
    session.close()


# ------------------------------------------------------------- the real main window


def test_restore_from_the_unlock_screen_opens_the_backup(
    qtbot, window: QMainWindow, journal_and_backup: tuple[Path, Path], monkeypatch
) -> None:
    path, backup = journal_and_backup
    chosen: list[str] = []

    def choose(_parent: object, title: str, suggested: str, name_filter: str) -> str:
        chosen.append(f"{title}|{name_filter}")
        return str(backup)

    monkeypatch.setattr(backup_dialogs, "_qt_open", choose)
    link = find(window, QPushButton, "Restore from a backup…")
    assert link.text() == "Restore from a backup…" and link.isEnabled()
    warned: list[str] = []

    def read_warning() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, read_warning)
            return
        warned.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(0, read_warning)
    seen: list[str] = []

    def type_passphrase(dialog: QDialog) -> None:
        assert isinstance(dialog, RestoreDialog)
        seen.append(find(dialog, QLineEdit, "Backup passphrase").accessibleName())
        qtbot.keyClicks(find(dialog, QLineEdit, "Backup passphrase"), OLD_PASS)
        answer_next_message_box(QMessageBox.StandardButton.Ok)  # "restored" message
        find_button(dialog, "Restore").click()
        assert find(dialog, QPushButton, "Cancel").isEnabled() is False  # busy, off the UI thread
        assert dialog.busy.isVisible()

    when_modal(RestoreDialog, type_passphrase)
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _shows(window, BACKED_UP), timeout=15_000)
    assert warned and "replaces the journal" in warned[0] and "kept until" in warned[0]
    assert chosen == [f"Restore from backup|{backup_dialogs.BACKUP_FILTER}"]
    assert seen == ["Backup passphrase"]
    assert not _shows(window, LATER)
    session = window.session  # type: ignore[attr-defined]
    assert session.is_unlocked
    assert "restored" in window.statusBar().currentMessage()
    assert window.export_action.isEnabled()  # type: ignore[attr-defined]
    assert _no_leftovers(path.parent)
    window.lock()  # type: ignore[attr-defined]
    with pytest.raises(WrongPassphrase):
        session.unlock(NOW_PASS)  # the passphrase is now the backup's
    session.unlock(OLD_PASS)


def test_wrong_backup_passphrase_leaves_the_journal_as_it_was(
    qtbot, window: QMainWindow, journal_and_backup: tuple[Path, Path], monkeypatch
) -> None:
    path, backup = journal_and_backup
    before = path.read_bytes()
    monkeypatch.setattr(backup_dialogs, "_qt_open", lambda *_: str(backup))
    messages: list[str] = []

    def wrong_passphrase(dialog: QDialog) -> None:
        assert isinstance(dialog, RestoreDialog)
        qtbot.keyClicks(find(dialog, QLineEdit, "Backup passphrase"), NOW_PASS)
        find_button(dialog, "Restore").click()
        qtbot.waitUntil(lambda: not dialog.running, timeout=15_000)
        messages.append(dialog.error.text())
        assert path.read_bytes() == before
        find_button(dialog, "Cancel").click()

    answer_next_message_box(QMessageBox.StandardButton.Ok)
    when_modal(RestoreDialog, wrong_passphrase)
    window.restore_action.trigger()  # type: ignore[attr-defined]
    assert "does not open this backup" in messages[0] and "not changed" in messages[0]
    assert QApplication.activeModalWidget() is None
    assert find(window, QLineEdit, "Passphrase").isVisible()  # still the unlock screen
    assert path.read_bytes() == before and _no_leftovers(path.parent)
    field = find(window, QLineEdit, "Passphrase")
    qtbot.keyClicks(field, NOW_PASS)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _shows(window, LATER), timeout=15_000)
    assert _shows(window, BACKED_UP)


def test_cancelling_the_warning_chooses_nothing(
    qtbot, window: QMainWindow, journal_and_backup: tuple[Path, Path], monkeypatch
) -> None:
    asked: list[object] = []
    monkeypatch.setattr(backup_dialogs, "_qt_open", lambda *a: asked.append(a))
    answer_next_message_box(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(find(window, QPushButton, "Restore from a backup…"), Qt.MouseButton.LeftButton)
    assert asked == [] and QApplication.activeModalWidget() is None
    assert find(window, QLineEdit, "Passphrase").isVisible()


def test_a_damaged_journal_is_replaced_by_a_good_backup_from_the_unlock_screen(
    qtbot, journal_and_backup: tuple[Path, Path], settings: QSettings, monkeypatch
) -> None:
    path, backup = journal_and_backup
    path.write_bytes(b"\x00\x13 this is not a journal any more \x13\x00" * 200)
    win = _window(qtbot, path, settings)
    try:
        field = find(win, QLineEdit, "Passphrase")
        qtbot.keyClicks(field, NOW_PASS)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        message = find(win, QLabel, "Unlock message")
        qtbot.waitUntil(lambda: "Restore from a backup" in message.text(), timeout=15_000)
        monkeypatch.setattr(backup_dialogs, "_qt_open", lambda *_: str(backup))

        def type_passphrase(dialog: QDialog) -> None:
            qtbot.keyClicks(find(dialog, QLineEdit, "Backup passphrase"), OLD_PASS)
            answer_next_message_box(QMessageBox.StandardButton.Ok)
            find_button(dialog, "Restore").click()

        answer_next_message_box(QMessageBox.StandardButton.Ok)
        when_modal(RestoreDialog, type_passphrase)
        qtbot.mouseClick(
            find(win, QPushButton, "Restore from a backup…"), Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(lambda: _shows(win, BACKED_UP), timeout=15_000)
        assert win.session.is_unlocked  # type: ignore[attr-defined]
        assert _no_leftovers(path.parent)
    finally:
        win.close()
    with open_vault(path, OLD_PASS) as restored:
        assert [e.what_happened for e in restored.entries()] == [BACKED_UP]
