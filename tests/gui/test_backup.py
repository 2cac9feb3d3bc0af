"""Encrypted backup (SQLite backup API) and restore that replaces the journal only on success."""

from __future__ import annotations

import stat
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from journal.errors import VaultError, WrongPassphrase
from journal.model import Entry
from journal.session import Session
from journal.ui.backup.backup_dialogs import RestoreDialog, backup_journal, restore_journal
from journal.vault import KdfParams, open_vault
from tests.conftest import PASSPHRASE
from tests.gui_helpers import answer_next_message_box, find, find_button


def _entry(text: str) -> Entry:
    return Entry(kind="incident", occurred_start=datetime(2024, 5, 1, 9), what_happened=text)


def _texts(session: Session) -> list[str]:
    return sorted(entry.what_happened for entry in session.vault.entries())


@pytest.fixture
def session(tmp_path: Path) -> Session:
    made = Session(tmp_path / "journal" / "journal.rcv", kdf=KdfParams.FLOOR)
    made.create(PASSPHRASE)
    made.vault.add_entries([_entry("first"), _entry("second")])
    yield made
    made.close()


def _folder_names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_backup_is_a_private_consistent_encrypted_copy(session: Session, tmp_path: Path) -> None:
    target = tmp_path / "stick" / "backup.rcv"
    target.parent.mkdir()
    session.vault.backup(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert b"first" not in target.read_bytes()
    assert _folder_names(target.parent) == ["backup.rcv"]
    with open_vault(target, PASSPHRASE) as copy:
        assert sorted(e.what_happened for e in copy.entries()) == ["first", "second"]
        assert copy.verify().ok
    with pytest.raises(VaultError):
        session.vault.backup(session.vault_path)
    with pytest.raises(VaultError):
        session.vault.backup(tmp_path / "missing-folder" / "backup.rcv")


def test_restore_round_trip_replaces_the_journal(session: Session, tmp_path: Path) -> None:
    backup = tmp_path / "backup.rcv"
    session.vault.backup(backup)
    saved_backup = backup.read_bytes()
    session.vault.add_entry(_entry("written after the backup"))
    session.restore_from(backup, PASSPHRASE)
    assert session.is_unlocked
    assert _texts(session) == ["first", "second"]
    assert session.vault.verify().ok
    assert backup.read_bytes() == saved_backup  # the backup itself is only read
    folder = session.vault_path.parent
    assert not [name for name in _folder_names(folder) if name.startswith(".")]
    assert stat.S_IMODE(session.vault_path.stat().st_mode) == 0o600


def test_restore_with_the_wrong_passphrase_changes_nothing(
    session: Session, tmp_path: Path
) -> None:
    backup = tmp_path / "backup.rcv"
    session.vault.backup(backup)
    session.vault.add_entry(_entry("newer"))
    with pytest.raises(WrongPassphrase):
        session.restore_from(backup, "not the passphrase")
    assert session.is_unlocked
    assert _texts(session) == ["first", "newer", "second"]
    assert not [n for n in _folder_names(session.vault_path.parent) if n.startswith(".")]


def test_restore_refuses_a_damaged_backup_and_the_journal_itself(
    session: Session, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.rcv"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    with pytest.raises(VaultError):
        session.restore_from(junk, PASSPHRASE)
    text = tmp_path / "notes.txt"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(VaultError):
        session.restore_from(text, PASSPHRASE)
    with pytest.raises(VaultError):
        session.restore_from(session.vault_path, PASSPHRASE)
    assert session.is_unlocked and _texts(session) == ["first", "second"]
    assert not [n for n in _folder_names(session.vault_path.parent) if n.startswith(".")]


def _when_dialog(callback: object) -> None:
    """Run `callback(dialog)` once the restore dialog is open (it runs a modal loop)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RestoreDialog) and dialog.isVisible():
            callback(dialog)  # type: ignore[operator]
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def test_backup_and_restore_through_the_menu_functions(
    qtbot: object, session: Session, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)  # type: ignore[attr-defined]
    target = tmp_path / "journal-backup"
    answer_next_message_box(QMessageBox.StandardButton.Ok)
    written = backup_journal(session, parent, choose_path=lambda *_: str(target))
    assert written == target.with_suffix(".rcv") and written.is_file()
    session.vault.add_entry(_entry("after"))

    attempts: list[str] = []

    def type_passphrase(dialog: RestoreDialog) -> None:
        edit = find(dialog, QWidget, "Backup passphrase")
        if not attempts:
            attempts.append("wrong")
            qtbot.keyClicks(edit, "wrong passphrase")  # type: ignore[attr-defined]
            find_button(dialog, "Restore").click()
            qtbot.waitUntil(lambda: not dialog.running, timeout=15_000)  # type: ignore[attr-defined]
            assert "does not open this backup" in dialog.error.text()
            assert _texts(session) == ["after", "first", "second"]
            edit.clear()  # type: ignore[attr-defined]
        answer_next_message_box(QMessageBox.StandardButton.Ok)
        qtbot.keyClicks(edit, PASSPHRASE)  # type: ignore[attr-defined]
        find_button(dialog, "Restore").click()

    _when_dialog(type_passphrase)
    assert restore_journal(session, parent, choose_path=lambda *_: str(written))
    assert _texts(session) == ["first", "second"]
