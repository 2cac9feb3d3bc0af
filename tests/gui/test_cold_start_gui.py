"""What the unlock window does differently to open sooner behaves as the plain Qt calls would.

The window is built without PySide6's `Qt` namespace (journal.ui.common.early): numbers set
through Qt properties, layouts with stretches instead of alignment flags, the style followed
per window. These tests hold each to the result of the ordinary call.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QScrollArea, QWidget

from journal.ui.common import early
from journal.ui.common.fit import scrolling
from journal.ui.common.style import DARK, LIGHT, StyleFollower, apply_style
from tests.gui.test_style_gui import dark_palette, light_palette
from tests.gui_helpers import window_on_new_journal


@pytest.fixture
def window(qtbot, tmp_path: Path) -> QMainWindow:
    win = window_on_new_journal(qtbot, tmp_path, "a passphrase for the unlock window")
    yield win
    win.close()


def test_the_numbers_are_the_qt_values() -> None:
    assert Qt.FocusPolicy.NoFocus.value == early.NO_FOCUS
    assert Qt.ShortcutContext.ApplicationShortcut.value == early.APPLICATION_SHORTCUT


def test_set_through_properties_as_with_the_plain_calls(qtbot) -> None:
    action, plain = QAction(), QAction()
    early.set_application_shortcut(action)
    plain.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    assert action.shortcutContext() == plain.shortcutContext()
    for keys in (QKeySequence("Ctrl+Shift+Q"), QKeySequence(QKeySequence.StandardKey.Find)):
        early.set_shortcut(action, keys)
        plain.setShortcut(keys)
        assert action.shortcut() == plain.shortcut() == keys
        assert action.shortcuts() == plain.shortcuts()
    widget = QWidget()
    qtbot.addWidget(widget)
    early.set_no_focus(widget)
    assert widget.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_a_scrolling_page_takes_no_focus_and_scrolls_as_needed(qtbot) -> None:
    area = scrolling(QWidget())
    qtbot.addWidget(area)
    assert isinstance(area, QScrollArea)
    assert area.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    assert area.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded


def test_the_menu_shortcuts_are_set(window) -> None:
    assert window.quick_exit_action.shortcut() == QKeySequence("Ctrl+Shift+Q")
    assert window.lock_action.shortcut() == QKeySequence("Ctrl+L")
    assert window.help_action.shortcut() == QKeySequence("F1")
    assert window.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    for action in (window.quick_exit_action, window.lock_action):
        assert action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    assert window.help_action.shortcutContext() == Qt.ShortcutContext.WindowShortcut


def test_the_unlock_links_sit_left_and_unlock_at_the_top(qtbot, window) -> None:
    page = window.unlock_page
    recovery, restore, unlock = page.recovery_button, page.restore_button, page.unlock_button
    qtbot.waitUntil(lambda: recovery.width() > 0 and unlock.width() > 0)
    # As with Qt.AlignmentFlag.AlignLeft: each link as wide as its text, both at the left.
    assert recovery.x() == restore.x() == 0
    assert recovery.width() == recovery.sizeHint().width()
    assert restore.width() == restore.sizeHint().width()
    # As with Qt.AlignmentFlag.AlignTop: Unlock at the top of the row, its own height.
    assert unlock.y() == recovery.y() == 0
    assert unlock.height() == unlock.sizeHint().height()
    assert unlock.geometry().right() == unlock.parentWidget().width() - 1


def test_after_the_first_frame_the_hand_cursor_and_the_clipboard_guard(qtbot, window) -> None:
    button = window.quick_exit_button
    qtbot.waitUntil(lambda: button.cursor().shape() == Qt.CursorShape.PointingHandCursor)
    assert window._clipboard_guard is not None  # built and watching
    assert window.clipboard_guard is window._clipboard_guard


def test_the_style_follows_the_system_palette_through_a_window(qtbot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved_palette, saved_sheet = app.palette(), app.styleSheet()
    window = QMainWindow()
    qtbot.addWidget(window)
    try:
        app.setPalette(light_palette())
        apply_style(app)
        follower = StyleFollower(app)  # light now
        follower.follow(window)
        app.setPalette(dark_palette())  # as when the system switches to dark
        qtbot.waitUntil(lambda: DARK["error"] in app.styleSheet())
        app.setPalette(light_palette())
        qtbot.waitUntil(lambda: LIGHT["error"] in app.styleSheet())
        follower.deleteLater()
    finally:
        app.setPalette(saved_palette)
        app.setStyleSheet(saved_sheet)


def test_the_main_window_is_followed(qtbot, window) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved_palette, saved_sheet = app.palette(), app.styleSheet()
    try:
        app.setPalette(light_palette())
        app.setPalette(dark_palette())
        qtbot.waitUntil(lambda: DARK["error"] in app.styleSheet())
        app.setPalette(light_palette())
        qtbot.waitUntil(lambda: LIGHT["error"] in app.styleSheet())
    finally:
        app.setPalette(saved_palette)
        app.setStyleSheet(saved_sheet)
