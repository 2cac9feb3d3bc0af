"""The journal window driven as a person would: keyboard, clicks, accessible names."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
)

from journal.app import create_main_window
from journal.model import Entry
from journal.vault import KdfParams, create_vault, open_vault, open_vault_with_recovery
from tests.gui_helpers import (
    answer_next_message_box,
    click_check,
    find,
    find_button,
    ini_settings,
    visible_text,
)

PASS = "quiet river under seven lanterns"
CANARY = "Zebra-Quokka-7731"


@pytest.fixture
def existing_vault(tmp_path: Path) -> Path:
    """A journal with one entry, created with the floor KDF, closed."""
    path = tmp_path / "vault" / "journal.rcv"
    vault, _code = create_vault(path, PASS, kdf=KdfParams.FLOOR)
    vault.add_entry(
        Entry(
            kind="incident",
            occurred_start=datetime(2025, 3, 2, 21, 15),
            what_happened="He took my phone and read my messages.",
            behaviours=["reading_messages"],
            location="Living room",
        )
    )
    vault.close()
    return path


@pytest.fixture
def window(qtbot, tmp_path: Path, existing_vault: Path) -> QMainWindow:
    win = create_main_window(existing_vault, kdf=KdfParams.FLOOR, settings=ini_settings(tmp_path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def unlock(qtbot, win: QMainWindow, passphrase: str = PASS) -> None:
    field = find(win, QLineEdit, "Passphrase")
    assert field.hasFocus() or field.isVisible()
    qtbot.keyClicks(field, passphrase)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _journal_visible(win), timeout=15_000)


def _journal_visible(win: QMainWindow) -> bool:
    try:
        find(win, QTableView, "Entries")
    except LookupError:
        return False
    return True


def entries_table(win: QMainWindow) -> QTableView:
    return find(win, QTableView, "Entries")


def write_entry(qtbot, win: QMainWindow, text: str) -> None:
    qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = find(win, QPlainTextEdit, "What happened")
    assert editor.placeholderText().startswith("Who did what, in order.")
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: find(win, QTableView, "Entries").model() is not None)
    qtbot.waitUntil(lambda: text in find(win, QTextBrowser, "Entry").toPlainText())


def test_first_run_welcome_create_and_recovery_code(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "new" / "journal.rcv"
    win = create_main_window(path, kdf=KdfParams.FLOOR, settings=ini_settings(tmp_path))
    qtbot.addWidget(win)
    win.show()
    text = visible_text(win)
    assert "Welcome" in text and "Shift three times" in text and "spyware" in text
    assert "not</i> encrypted" in text or "not encrypted" in text.replace("<i>", "").replace(
        "</i>", ""
    )
    qtbot.mouseClick(find_button(win, "Continue"), Qt.MouseButton.LeftButton)

    passphrase = find(win, QLineEdit, "Passphrase")
    confirm = find(win, QLineEdit, "Confirm passphrase")
    create = find(win, QPushButton, "Create journal")
    assert passphrase.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(passphrase, "abc")
    assert not create.isEnabled()
    assert "Too short" in visible_text(win)
    passphrase.clear()
    qtbot.keyClicks(passphrase, PASS)
    qtbot.keyClicks(confirm, PASS + "x")
    assert not create.isEnabled()
    assert "not the same" in visible_text(win)
    qtbot.keyClick(confirm, Qt.Key.Key_Backspace)
    assert create.isEnabled()
    show = find(win, QCheckBox, "Show passphrase")
    click_check(qtbot, show)
    assert passphrase.echoMode() == QLineEdit.EchoMode.Normal
    click_check(qtbot, show)
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "Your recovery code" in visible_text(win), timeout=15_000)
    code_label = find(win, QLabel, "Recovery code")
    groups = code_label.text().split()
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    proceed = find(win, QPushButton, "Continue")
    assert not proceed.isEnabled()
    click_check(qtbot, find(win, QCheckBox, "I have stored it safely"))
    assert proceed.isEnabled()
    qtbot.mouseClick(proceed, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _journal_visible(win))
    assert "".join(groups) not in visible_text(win).replace(" ", "")
    win.close()

    with open_vault_with_recovery(path, "-".join(groups)) as vault:
        assert vault.entries() == []
    with open_vault(path, PASS) as vault:
        assert vault.verify().ok


def test_write_search_amend_and_history(qtbot, window: QMainWindow, existing_vault: Path) -> None:
    unlock(qtbot, window)
    table = entries_table(window)
    assert table.model().rowCount() == 1

    write_entry(qtbot, window, f"She shouted {CANARY} and slammed the door.")
    assert table.model().rowCount() == 2

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = find(window, QLineEdit, "Search")
    assert search.hasFocus()
    qtbot.keyClicks(search, CANARY.lower())
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    qtbot.keyClicks(search, "nothing-like-this")
    qtbot.waitUntil(lambda: table.model().rowCount() == 0)
    search.clear()
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)
    qtbot.keyClicks(search, "living room")  # the location field is searched too
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    search.clear()
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)

    # Newest first: the just-written entry (dated now) is the first row.
    table.selectRow(0)
    view = find(window, QTextBrowser, "Entry")
    qtbot.waitUntil(lambda: CANARY in view.toPlainText())
    qtbot.mouseClick(find(window, QPushButton, "Amend"), Qt.MouseButton.LeftButton)
    editor = find(window, QPlainTextEdit, "What happened")
    assert CANARY in editor.toPlainText()
    recorded = find(window, QLineEdit, "Recorded at")
    assert recorded.isReadOnly()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Then she left.")
    qtbot.mouseClick(find(window, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Revision history" in view.toPlainText())
    shown = view.toPlainText()
    assert "Original" in shown and "Amendment 1" in shown and "Then she left." in shown
    assert table.model().rowCount() == 2
    window.close()

    with open_vault(existing_vault, PASS) as vault:
        match = vault.search(CANARY)
        assert len(match) == 1
        history = vault.history(match[0].id)
        assert [e.revision for e in history] == [1, 2]
        assert history[0].what_happened == f"She shouted {CANARY} and slammed the door."
        assert vault.verify().ok


def test_lock_leaves_no_journal_text_on_screen(qtbot, window: QMainWindow) -> None:
    unlock(qtbot, window)
    write_entry(qtbot, window, f"Entry with {CANARY}")
    search = find(window, QLineEdit, "Search")
    qtbot.keyClicks(search, CANARY)
    qtbot.waitUntil(lambda: entries_table(window).model().rowCount() == 1)
    entries_table(window).selectRow(0)
    assert CANARY in visible_text(window)

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: find(window, QPushButton, "Unlock").isVisible())
    assert CANARY not in visible_text(window)
    assert "read my messages" not in visible_text(window)
    assert window.journal_page.model.rowCount() == 0
    assert window.session.is_unlocked is False
    assert not window.findChild(QTableView, "entries").isVisible()


def test_unsaved_text_becomes_a_draft_offered_after_unlock(qtbot, window: QMainWindow) -> None:
    unlock(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = find(window, QPlainTextEdit, "What happened")
    qtbot.keyClicks(editor, f"Half-written {CANARY}")
    qtbot.mouseClick(find(window, QPushButton, "Lock"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find(window, QPushButton, "Unlock").isVisible())
    assert CANARY not in visible_text(window)

    unlock(qtbot, window)
    resume = find(window, QPushButton, "Resume draft")
    qtbot.mouseClick(resume, Qt.MouseButton.LeftButton)
    editor = find(window, QPlainTextEdit, "What happened")
    assert editor.toPlainText() == f"Half-written {CANARY}"
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: entries_table(window).model().rowCount() == 2)
    assert window.session.vault.load_draft() is None


def test_draft_is_saved_automatically_while_typing(qtbot, window: QMainWindow) -> None:
    unlock(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(find(window, QPlainTextEdit, "What happened"), "typed, not saved")
    vault = window.session.vault
    qtbot.waitUntil(lambda: vault.load_draft() is not None, timeout=10_000)
    assert vault.load_draft().what_happened == "typed, not saved"


def test_wrong_passphrase_message_and_growing_wait(qtbot, window: QMainWindow) -> None:
    field = find(window, QLineEdit, "Passphrase")
    button = find(window, QPushButton, "Unlock")
    message = find(window, QLabel, "Unlock message")
    for attempt in range(1, 4):
        field.clear()
        qtbot.keyClicks(field, f"wrong guess {attempt}")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda a=attempt: window.unlock_page.failures == a, timeout=10_000)
        assert message.text()
    assert "does not open" in message.text() or "wait" in message.text()
    assert window.unlock_page.waiting
    assert not button.isEnabled()
    assert "wait" in message.text().lower() and "never erased" in message.text()
    # While waiting, Return does nothing.
    field.clear()
    qtbot.keyClicks(field, PASS)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.session.is_unlocked is False
    qtbot.waitUntil(lambda: button.isEnabled(), timeout=10_000)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _journal_visible(window), timeout=15_000)


def test_recovery_code_path_sets_a_new_passphrase(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "r" / "journal.rcv"
    vault, code = create_vault(path, PASS, kdf=KdfParams.FLOOR)
    vault.close()
    win = create_main_window(path, kdf=KdfParams.FLOOR, settings=ini_settings(tmp_path))
    qtbot.addWidget(win)
    win.show()
    qtbot.mouseClick(find(win, QPushButton, "Use recovery code"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(find(win, QLineEdit, "Recovery code"), code.lower().replace("-", " "))
    new = "a brand new passphrase for me"
    qtbot.keyClicks(find(win, QLineEdit, "New passphrase"), new)
    confirm = find(win, QLineEdit, "Confirm new passphrase")
    qtbot.keyClicks(confirm, new)
    qtbot.keyClick(confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _journal_visible(win), timeout=15_000)
    win.close()
    with open_vault(path, new) as reopened:
        assert reopened.verify().ok


def test_delete_asks_once_and_explains_what_stays(qtbot, window: QMainWindow) -> None:
    unlock(qtbot, window)
    table = entries_table(window)
    table.selectRow(0)
    seen: list[str] = []

    def look_and_confirm() -> None:
        from PySide6.QtWidgets import QApplication

        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, look_and_confirm)
    qtbot.mouseClick(find(window, QPushButton, "Delete"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table.model().rowCount() == 0)
    assert "marker" in seen[0] and "no content" in seen[0]
    report = window.session.vault.verify()
    assert report.ok and report.entries == 0


def test_cancel_with_text_asks_before_discarding(qtbot, window: QMainWindow) -> None:
    unlock(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(find(window, QPlainTextEdit, "What happened"), "keep me")
    answer_next_message_box(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(find(window, QPushButton, "Cancel"), Qt.MouseButton.LeftButton)
    assert find(window, QPlainTextEdit, "What happened").toPlainText() == "keep me"


def test_editor_fields_reach_the_vault(qtbot, window: QMainWindow, existing_vault: Path) -> None:
    unlock(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.journal_page.editor
    qtbot.keyClicks(find(window, QPlainTextEdit, "What happened"), "Facts only.")
    qtbot.mouseClick(find_button(window, "More details"), Qt.MouseButton.LeftButton)
    editor.tabs.setCurrentIndex(0)
    qtbot.keyClicks(find(window, QLineEdit, "Location"), "Car park")
    qtbot.keyClicks(find(window, QPlainTextEdit, "Words used"), '"You are nothing"')
    qtbot.keyClicks(find(window, QLineEdit, "Police report number"), "PR-4411")
    editor.severity.setCurrentIndex(4)
    editor.tabs.setCurrentIndex(1)
    qtbot.keyClicks(find(window, QLineEdit, "Add your own behaviour"), "Took the car keys")
    qtbot.keyClick(find(window, QLineEdit, "Add your own behaviour"), Qt.Key.Key_Return)
    editor.tabs.setCurrentIndex(2)
    fear = find(window, QCheckBox, "Fear")
    click_check(qtbot, fear)
    editor.tabs.setCurrentIndex(3)
    qtbot.keyClicks(find(window, QLineEdit, "Tags"), "car, keys")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: entries_table(window).model().rowCount() == 2)
    window.close()
    with open_vault(existing_vault, PASS) as vault:
        (saved,) = vault.search("car park")
        assert saved.words_used == '"You are nothing"'
        assert saved.police_report == "PR-4411"
        assert saved.severity == 4
        assert saved.behaviours == ["Took the car keys"]
        assert saved.emotions == {"fear": 5}
        assert saved.tags == ["car", "keys"]
