"""Secondary windows reached from the main window, and what locking does to them."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QPushButton, QTableView

from journal.app import create_main_window
from journal.model import Entry
from journal.vault import KdfParams, create_vault
from tests.gui_helpers import find, ini_settings, visible_text

PASS = "quiet river under seven lanterns"


@pytest.fixture
def window(qtbot, tmp_path: Path) -> QMainWindow:
    path = tmp_path / "vault" / "journal.rcv"
    vault, _ = create_vault(path, PASS, kdf=KdfParams.FLOOR)
    start = datetime(2025, 3, 1, 20, 0)
    vault.add_entries(
        [
            Entry(
                kind="incident",
                occurred_start=start + timedelta(days=10 * i),
                what_happened=f"Incident number {i}",
            )
            for i in range(4)
        ]
        + [
            Entry(
                kind="reconciliation",
                occurred_start=start + timedelta(days=1),
                what_happened="Flowers and a promise",
            )
        ]
    )
    vault.close()
    win = create_main_window(path, kdf=KdfParams.FLOOR, settings=ini_settings(tmp_path))
    qtbot.addWidget(win)
    win.show()
    field = find(win, QLineEdit, "Passphrase")
    qtbot.keyClicks(field, PASS)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _shown(win, QTableView, "Entries"), timeout=15_000)
    yield win
    win.close()


def _shown(root, cls, name: str) -> bool:  # type: ignore[no-untyped-def]
    try:
        find(root, cls, name)
    except LookupError:
        return False
    return True


def _top_level(title: str):  # type: ignore[no-untyped-def]
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget.windowTitle() == title:
            return widget
    return None


def test_insights_open_with_ctrl_i_and_are_cleared_on_lock(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _top_level("Insights") is not None)
    insights = _top_level("Insights")
    qtbot.waitUntil(lambda: "4 incidents" in visible_text(insights))
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert _top_level("Insights") is None
    assert "4 incidents" not in visible_text(insights)
    assert not window.insights_action.isEnabled()


def test_insights_window_has_get_help_beside_quick_exit(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _top_level("Insights") is not None)
    insights = _top_level("Insights")
    get_help = find(insights, QPushButton, "Get help")
    quick_exit = find(insights, QPushButton, "Quick exit")
    assert get_help.geometry().right() < quick_exit.geometry().left()  # same bar, before it
    qtbot.mouseClick(get_help, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window._help_panel is not None and window._help_panel.isVisible())


def test_unlocking_shows_no_stray_window_and_keeps_the_focus(qtbot, tmp_path: Path) -> None:
    """A widget shown before it has a parent flashes up as a window of its own (and, with
    its title, what the app is) and takes the keyboard focus from the journal."""
    from PySide6.QtCore import QEvent, QObject

    path = tmp_path / "v" / "journal.rcv"
    vault, _ = create_vault(path, PASS, kdf=KdfParams.FLOOR)
    vault.close()
    win = create_main_window(path, kdf=KdfParams.FLOOR, settings=ini_settings(tmp_path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitActive(win)
    stray: list[str] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            shown = event.type() == QEvent.Type.Show and watched.isWidgetType()
            if shown and watched.isWindow() and watched is not win:  # type: ignore[attr-defined]
                stray.append(type(watched).__name__)
            return False

    watch = Watch()
    QApplication.instance().installEventFilter(watch)
    try:
        field = find(win, QLineEdit, "Passphrase")
        qtbot.keyClicks(field, PASS)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: _shown(win, QTableView, "Entries"), timeout=15_000)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    finally:
        QApplication.instance().removeEventFilter(watch)
    assert stray == []
    assert QApplication.activeWindow() is win
    win.close()
