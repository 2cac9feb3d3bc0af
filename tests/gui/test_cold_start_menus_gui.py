"""The unlock window built in its final place, and its menus' shortcuts set without `QKeySequence`.

The window's central widget goes into the window first and each page into it then, so that Qt
styles every widget once (see "Cold start" in docs/PERFORMANCE.md); menu shortcuts are set
from their text through a Qt property, and the platform's standard keys (New, Save, Search,
Quit) on the pass after the first frame or before the first key. These tests hold each to
what the plain construction and calls give.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from journal.ui.common import early
from journal.ui.main_window import MainWindow
from journal.ui.window_menus import STANDARD_KEYS
from tests.gui_helpers import window_on_new_journal

PASS = "a passphrase for the menus"


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    win = window_on_new_journal(qtbot, tmp_path, PASS)
    yield win
    win.close()


def tab_stops(window: QWidget) -> list[str]:
    """The accessible names of the window's Tab stops, in the order Tab visits them."""
    names = []
    tab = Qt.FocusPolicy.TabFocus.value
    widget = window.nextInFocusChain()
    while widget is not window:
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy().value & tab:
            names.append(widget.accessibleName())
        widget = widget.nextInFocusChain()
    return names


def test_the_unlock_window_tab_order(window) -> None:
    assert tab_stops(window) == [
        "Language",
        "Get help",
        "Quick exit",
        "Passphrase",
        "Show passphrase",
        "Use recovery code",
        "Restore from a backup…",
        "Unlock",
    ]
    assert QApplication.focusWidget() is window.unlock_page.passphrase.edit


def test_a_shortcut_set_as_text_is_the_key_sequence_of_that_text(qtbot) -> None:
    for text in ("Ctrl+L", "Ctrl+E", "Ctrl+Shift+Q", "Ctrl+,", "Ctrl+I", "F1"):
        action, plain = QAction(), QAction()
        early.set_shortcut(action, text)
        plain.setShortcut(QKeySequence(text))
        assert action.shortcut() == plain.shortcut() == QKeySequence(text)
        assert action.shortcuts() == plain.shortcuts()


def test_the_standard_actions_are_the_menus_with_their_standard_keys(window) -> None:
    in_menus = {
        action.text(): action
        for menu in window.menuBar().actions()
        for action in menu.menu().actions()
        if action.text()
    }
    for attribute, key in STANDARD_KEYS.items():
        action = getattr(window, attribute)  # asking for it sets the shortcut if not yet set
        assert in_menus[action.text()] is action
        standard = QKeySequence(getattr(QKeySequence.StandardKey, key))
        assert action.shortcut() == standard
        assert action in window.actions()  # the window's own: the shortcut works in it
    # New, Save and Search are for an unlocked journal; Quit works on the unlock screen.
    assert not window.new_action.isEnabled() and not window.search_action.isEnabled()
    assert window.quit_action.isEnabled()


def test_the_standard_shortcuts_are_set_once_the_first_frame_has_passed(qtbot, window) -> None:
    new = window._standard_actions["new_action"]  # without asking through `new_action`
    qtbot.waitUntil(lambda: not new.shortcut().isEmpty())
    assert new.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
