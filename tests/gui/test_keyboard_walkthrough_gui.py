"""Keyboard only, no mouse: create a journal, write and save an entry, search, open Help, lock.

Every key goes to whatever has the keyboard focus (`QApplication.focusWidget()`), as it would
for a person using the keyboard only; a step that needs the mouse fails the test.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from journal.app import create_main_window
from journal.vault import KdfParams
from tests.gui_helpers import ini_settings

PASS = "quiet river under seven lanterns"
Key = Qt.Key
Ctrl = Qt.KeyboardModifier.ControlModifier


def focus(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(focus(qtbot), key, modifier)


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(focus(qtbot), text)


def label(widget: QWidget) -> str:
    text = widget.text().replace("&", "") if isinstance(widget, QAbstractButton) else ""
    return widget.accessibleName() or text


def tab_to(qtbot, name: str, limit: int = 40) -> QWidget:  # type: ignore[no-untyped-def]
    """Press Tab until the focused control is called `name` (each stop must be visible)."""
    for _ in range(limit):
        widget = focus(qtbot)
        assert widget.isVisible(), f"an invisible Tab stop: {widget!r}"
        if name in (label(widget), widget.text() if isinstance(widget, QAbstractButton) else ""):
            return widget
        press(qtbot, Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {name!r}")


def test_keyboard_only_walkthrough(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "journal" / "journal.rcv"
    win = create_main_window(path, kdf=KdfParams.FLOOR, settings=ini_settings(tmp_path))
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    # Keys go where the focus is: wait until it is in this window (a window an earlier test
    # closed can hold it until this one is active).
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)

    # Welcome, then create the journal.
    tab_to(qtbot, "Continue")
    press(qtbot, Key.Key_Space)
    tab_to(qtbot, "Passphrase")
    type_text(qtbot, PASS)
    press(qtbot, Key.Key_Return)  # on to "Confirm passphrase"
    assert label(focus(qtbot)) == "Confirm passphrase"
    type_text(qtbot, PASS)
    press(qtbot, Key.Key_Return)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.recovery_code_page, timeout=15_000)
    tab_to(qtbot, "I have stored it safely")
    press(qtbot, Key.Key_Space)
    tab_to(qtbot, "Continue")
    press(qtbot, Key.Key_Space)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.journal_page)

    # Write and save an entry: Ctrl+N opens the form with the cursor in "What happened".
    press(qtbot, Key.Key_N, Ctrl)
    assert label(focus(qtbot)) == "What happened"
    type_text(qtbot, "He took my phone and read my messages")
    press(qtbot, Key.Key_S, Ctrl)
    qtbot.waitUntil(lambda: len(win.session.vault.entries()) == 1)
    assert not win.journal_page.editing

    # Search.
    press(qtbot, Key.Key_F, Ctrl)
    assert label(focus(qtbot)) == "Search"
    type_text(qtbot, "nothing like this")
    qtbot.waitUntil(lambda: win.journal_page.model.rowCount() == 0)
    press(qtbot, Key.Key_A, Ctrl)
    type_text(qtbot, "phone")
    qtbot.waitUntil(lambda: win.journal_page.model.rowCount() == 1)

    # Help (F1) opens and takes the keyboard; Ctrl+L there locks everything.
    press(qtbot, Key.Key_F1)
    panel = win._help_panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.isVisible() and panel.isAncestorOf(focus(qtbot)))
    press(qtbot, Key.Key_L, Ctrl)
    qtbot.waitUntil(lambda: not win.session.is_unlocked)
    assert win.pages.currentWidget() is win.unlock_page
    assert not panel.unlocked
    win.close()
