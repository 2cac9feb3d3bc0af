"""Safety controls driven as a person would: quick exit, locking, clipboard, discreet mode."""

from __future__ import annotations

import socket
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
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
from journal.ui.settings.preferences import Preferences
from journal.vault import KdfParams, create_vault, open_vault
from tests.gui_helpers import find, ini_settings, visible_text

PASS = "quiet river under seven lanterns"
CANARY = "Marmot-Lantern-5519"


@pytest.fixture
def vault_file(tmp_path: Path) -> Path:
    path = tmp_path / "vault" / "journal.rcv"
    vault, _ = create_vault(path, PASS, kdf=KdfParams.FLOOR)
    vault.add_entry(
        Entry(
            kind="incident",
            occurred_start=datetime(2025, 6, 1, 18, 30),
            what_happened=f"Saved entry {CANARY}.",
        )
    )
    vault.close()
    return path


@pytest.fixture
def window(qtbot, tmp_path: Path, vault_file: Path) -> QMainWindow:
    win = create_main_window(vault_file, kdf=KdfParams.FLOOR, settings=ini_settings(tmp_path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def unlock(qtbot, win: QMainWindow) -> None:
    field = find(win, QLineEdit, "Passphrase")
    qtbot.keyClicks(field, PASS)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.session.is_unlocked and _shown(win, QTableView, "Entries"))


def _shown(win: QMainWindow, cls: type, name: str) -> bool:
    try:
        find(win, cls, name)
    except LookupError:
        return False
    return True


def start_typing(qtbot, win: QMainWindow, text: str) -> QPlainTextEdit:
    qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = find(win, QPlainTextEdit, "What happened")
    qtbot.keyClicks(editor, text)
    return editor


def press_shift(qtbot, widget, times: int = 3) -> None:
    for _ in range(times):
        qtbot.keyClick(widget, Qt.Key.Key_Shift)


def all_hidden() -> bool:
    return not any(w.isVisible() for w in QApplication.topLevelWidgets())


def assert_exited_with_draft(win: QMainWindow, vault_file: Path, draft_text: str | None) -> None:
    assert all_hidden()
    assert not win.session.is_unlocked
    assert CANARY not in visible_text(win)
    with open_vault(vault_file, PASS) as vault:
        draft = vault.load_draft()
        if draft_text is None:
            assert draft is None
        else:
            assert draft is not None and draft.what_happened == draft_text


def test_quick_exit_button_on_every_screen(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "new" / "journal.rcv"
    win = create_main_window(path, kdf=KdfParams.FLOOR, settings=ini_settings(tmp_path))
    qtbot.addWidget(win)
    win.show()
    for _page in ("welcome", "create"):
        button = find(win, QPushButton, "Quick exit")
        assert button.text() == "Quick exit"
        qtbot.mouseClick(
            win.welcome_page.findChild(QPushButton, "continue"), Qt.MouseButton.LeftButton
        )
    seen: list[bool] = []

    def check_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        seen.append(find(dialog, QPushButton, "Quick exit").isVisible())
        dialog.reject()

    QTimer.singleShot(50, check_dialog)
    win.settings_action.trigger()
    assert seen == [True]
    win.close()


def test_quick_exit_button_hides_saves_draft_and_locks(qtbot, window, vault_file) -> None:
    unlock(qtbot, window)
    start_typing(qtbot, window, f"unsaved {CANARY}")
    unlocked_when_hidden: list[bool] = []

    class HideWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is window and event.type() == QEvent.Type.Hide:
                unlocked_when_hidden.append(window.session.is_unlocked)
            return False

    watch = HideWatch()
    QApplication.instance().installEventFilter(watch)
    try:
        with qtbot.waitSignal(window.quick_exit_finished, timeout=5000):
            qtbot.mouseClick(find(window, QPushButton, "Quick exit"), Qt.MouseButton.LeftButton)
    finally:
        QApplication.instance().removeEventFilter(watch)
    assert_exited_with_draft(window, vault_file, f"unsaved {CANARY}")
    assert unlocked_when_hidden == [True]  # hidden first; the draft and the keys came after


def test_quick_exit_still_quits_when_saving_the_draft_fails(
    qtbot, window, vault_file, monkeypatch
) -> None:
    unlock(qtbot, window)
    start_typing(qtbot, window, f"unsaved {CANARY}")

    def broken() -> None:  # e.g. the disk is full or a bug: the exit must still happen
        raise RuntimeError("draft could not be written")

    monkeypatch.setattr(window.journal_page, "save_draft", broken)
    with qtbot.waitSignal(window.quick_exit_finished, timeout=5000):
        qtbot.mouseClick(find(window, QPushButton, "Quick exit"), Qt.MouseButton.LeftButton)
    assert all_hidden()
    assert not window.session.is_unlocked
    assert CANARY not in visible_text(window)
    with open_vault(vault_file, PASS) as vault:  # released: it opens again
        assert vault.load_draft() is None


def test_shift_three_times_from_the_editor(qtbot, window, vault_file) -> None:
    unlock(qtbot, window)
    editor = start_typing(qtbot, window, "typed then fled")
    with qtbot.waitSignal(window.quick_exit_finished, timeout=5000):
        press_shift(qtbot, editor)
    assert_exited_with_draft(window, vault_file, "typed then fled")


def test_shift_three_times_from_the_journal_list(qtbot, window, vault_file) -> None:
    unlock(qtbot, window)
    with qtbot.waitSignal(window.quick_exit_finished, timeout=5000):
        press_shift(qtbot, find(window, QTableView, "Entries"))
    assert_exited_with_draft(window, vault_file, None)


def test_shift_three_times_from_the_unlock_screen(qtbot, window) -> None:
    with qtbot.waitSignal(window.quick_exit_finished, timeout=5000):
        press_shift(qtbot, find(window, QLineEdit, "Passphrase"))
    assert all_hidden()


def test_shift_three_times_inside_a_modal_dialog(qtbot, window, vault_file) -> None:
    unlock(qtbot, window)
    start_typing(qtbot, window, "draft behind a dialog")

    def press_in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        press_shift(qtbot, dialog.focusWidget() or dialog)

    QTimer.singleShot(50, press_in_dialog)
    with qtbot.waitSignal(window.quick_exit_finished, timeout=5000):
        window.settings_action.trigger()
    assert_exited_with_draft(window, vault_file, "draft behind a dialog")


def test_quick_exit_button_inside_a_message_box(qtbot, window, vault_file) -> None:
    unlock(qtbot, window)
    find(window, QTableView, "Entries").selectRow(0)

    def click_quick_exit() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        find(box, QPushButton, "Quick exit").click()

    QTimer.singleShot(50, click_quick_exit)
    with qtbot.waitSignal(window.quick_exit_finished, timeout=5000):
        qtbot.mouseClick(find(window, QPushButton, "Delete"), Qt.MouseButton.LeftButton)
    assert all_hidden()
    with open_vault(vault_file, PASS) as vault:
        assert len(vault.entries()) == 1  # quick exit is never taken as "yes, delete"


def test_shift_with_letters_never_triggers(qtbot, window) -> None:
    unlock(qtbot, window)
    editor = start_typing(qtbot, window, "")
    for letter in (Qt.Key.Key_A, Qt.Key.Key_B, Qt.Key.Key_C, Qt.Key.Key_D):
        qtbot.keyPress(editor, Qt.Key.Key_Shift)
        qtbot.keyClick(editor, letter, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyRelease(editor, Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier)
    # Two lone presses, a letter, then one more: the letter resets the count.
    press_shift(qtbot, editor, 2)
    qtbot.keyClick(editor, Qt.Key.Key_E)
    press_shift(qtbot, editor, 1)
    assert window.isVisible() and window.session.is_unlocked
    assert "ABCD" in editor.toPlainText().upper()


def test_copied_journal_text_is_marked_secret_and_cleared_on_lock(qtbot, window) -> None:
    unlock(qtbot, window)
    find(window, QTableView, "Entries").selectRow(0)
    view = find(window, QTextBrowser, "Entry")
    view.setFocus()
    view.selectAll()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    clipboard = QGuiApplication.clipboard()
    qtbot.waitUntil(lambda: "x-kde-passwordManagerHint" in clipboard.mimeData().formats())
    assert CANARY in clipboard.text()
    assert bytes(clipboard.mimeData().data("x-kde-passwordManagerHint")) == b"secret"
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert CANARY not in clipboard.text()


def test_copied_text_is_cleared_after_a_while_but_not_others_text(qtbot, window) -> None:
    unlock(qtbot, window)
    window.clipboard_guard.set_clear_after(200)
    window.clipboard_guard.copy(f"number {CANARY}")
    clipboard = QGuiApplication.clipboard()
    assert CANARY in clipboard.text()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)
    window.clipboard_guard.copy("ours again")
    clipboard.setText("something the user copied elsewhere")
    window.clipboard_guard.clear_if_ours()
    assert clipboard.text() == "something the user copied elsewhere"


def test_idle_lock_and_activity_keeps_it_open(qtbot, window) -> None:
    """Input keeps the journal open; a time without input locks it (a fake clock: no races)."""
    unlock(qtbot, window)
    now = [1000.0]
    window.idle._clock = lambda: now[0]
    window.set_idle_timeout_ms(600)
    table = find(window, QTableView, "Entries")
    for _ in range(5):  # 1 s of activity in 0.2 s steps, idle limit 0.6 s
        now[0] += 0.2
        qtbot.keyClick(table, Qt.Key.Key_Down)
        window.idle.check()
    assert window.session.is_unlocked
    now[0] += 0.5
    window.idle.check()
    assert window.session.is_unlocked  # 0.5 s since the last key
    now[0] += 0.2
    window.idle.check()  # 0.7 s: the limit has passed
    qtbot.waitUntil(lambda: not window.session.is_unlocked, timeout=5000)
    assert find(window, QPushButton, "Unlock").isVisible()
    assert CANARY not in visible_text(window)


def test_idle_timer_fires_by_itself(qtbot, window) -> None:
    """With the real clock, the single-shot timer wakes and locks without any check() call."""
    unlock(qtbot, window)
    window.set_idle_timeout_ms(300)
    qtbot.waitUntil(lambda: not window.session.is_unlocked, timeout=10_000)


def test_minimise_locks(qtbot, window) -> None:
    unlock(qtbot, window)
    window.showMinimized()
    qtbot.waitUntil(lambda: not window.session.is_unlocked, timeout=5000)
    window.showNormal()
    assert CANARY not in visible_text(window)


def test_discreet_mode_uses_a_neutral_title_from_the_unlock_screen(qtbot, tmp_path, vault_file):
    settings = ini_settings(tmp_path)
    prefs = Preferences(settings)
    prefs.discreet = True
    prefs.discreet_title = "Recipes"
    win = create_main_window(vault_file, kdf=KdfParams.FLOOR, settings=settings)
    qtbot.addWidget(win)
    win.show()
    assert win.windowTitle() == "Recipes"
    assert "Reality Check" not in visible_text(win)
    assert QGuiApplication.applicationDisplayName() == "Recipes"
    win.close()


def test_settings_hold_no_journal_content(qtbot, window, tmp_path: Path) -> None:
    unlock(qtbot, window)
    start_typing(qtbot, window, f"text {CANARY}")
    search = find(window, QLineEdit, "Search")
    qtbot.keyClicks(search, CANARY)
    window.lock()
    window.close()  # closing stores the window size: the file now exists and holds something
    window.settings.sync()
    stored = (tmp_path / "settings.ini").read_bytes()
    assert b"geometry" in stored
    assert CANARY.encode() not in stored


def test_a_whole_session_opens_no_socket(qtbot, tmp_path, monkeypatch) -> None:
    attempts: list[object] = []

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            attempts.append(args)
            raise AssertionError("the app tried to open a socket")

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", NoSocket)
    path = tmp_path / "net" / "journal.rcv"
    win = create_main_window(path, kdf=KdfParams.FLOOR, settings=ini_settings(tmp_path))
    qtbot.addWidget(win)
    win.show()
    win.welcome_page.continued.emit()
    qtbot.keyClicks(find(win, QLineEdit, "Passphrase"), PASS)
    qtbot.keyClicks(find(win, QLineEdit, "Confirm passphrase"), PASS)
    qtbot.mouseClick(find(win, QPushButton, "Create journal"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.recovery_code_page, timeout=15_000)
    win.recovery_code_page.stored.setChecked(True)
    win.recovery_code_page.continue_button.click()
    start_typing(qtbot, win, "offline only")
    qtbot.keyClick(win, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(find(win, QLineEdit, "Search"), "offline")
    with qtbot.waitSignal(win.quick_exit_finished, timeout=5000):
        press_shift(qtbot, find(win, QLineEdit, "Search"))
    assert attempts == []
    assert "PySide6.QtNetwork" not in sys.modules
