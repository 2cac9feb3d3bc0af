"""What the window does just after its first frame comes before the first key reaches it.

The app turns Python's garbage collector back on there (`journal.start_up`), the menus get
the platform's standard shortcuts there, and the window gets its icon there: all left the cold
start (docs/PERFORMANCE.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QSizePolicy

from journal.ui.main_window import MainWindow
from tests.gui_helpers import window_on_new_journal


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    win = window_on_new_journal(qtbot, tmp_path, "a passphrase for the first key", show=False)
    yield win
    win.close()


def test_a_key_right_after_the_first_frame_comes_after_the_tasks(window) -> None:
    field = window.unlock_page.passphrase.edit
    seen: list[str] = []
    window.before_first_key(lambda: seen.append(field.text()))
    window._first_frame()  # what the first paint does; its next pass has not come yet
    assert seen == []
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_A)
    assert seen == [""]  # before the key reached the field
    assert field.text() == "a"
    QTest.keyClick(field, Qt.Key.Key_B)
    window._after_first_frame()
    assert seen == [""]  # once


def test_without_keys_the_tasks_run_on_the_pass_after_the_first_frame(qtbot, window) -> None:
    ran: list[bool] = []
    window.before_first_key(lambda: ran.append(True))
    QGuiApplication.setWindowIcon(QIcon())  # an earlier window's; each window sets it again
    assert window.windowIcon().isNull()  # the icon comes with the tasks, not before
    window.show()
    qtbot.waitUntil(lambda: ran == [True])
    assert not window.windowIcon().isNull()
    window.before_first_key(lambda: ran.append(False))  # later: at once
    assert ran == [True, False]


def test_discreet_mode_changes_the_icon_after_the_first_frame(qtbot, window) -> None:
    ran: list[bool] = []
    window.before_first_key(lambda: ran.append(True))
    window.show()
    qtbot.waitUntil(lambda: ran == [True])
    qtbot.waitUntil(lambda: not window.windowIcon().isNull())
    plain = window.windowIcon().cacheKey()
    window.preferences.discreet = True
    window._apply_settings()
    assert window.windowIcon().cacheKey() != plain


def test_the_quick_exit_button_keeps_its_size_as_it_becomes_fixed(qtbot, window) -> None:
    """Its fixed size policy (QSizePolicy's enums) comes after the first frame: no change seen."""
    button = window.quick_exit_button
    first: list[QRect] = []
    window.before_first_key(lambda: first.append(button.geometry()))  # as the pass starts
    window.show()
    qtbot.waitUntil(lambda: len(first) == 1)
    assert button.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Fixed
    assert button.sizePolicy().verticalPolicy() == QSizePolicy.Policy.Fixed
    QApplication.sendPostedEvents()  # the layout request the new policy posted
    window.centralWidget().layout().activate()
    assert button.geometry() == first[0]
    assert button.width() == button.sizeHint().width()
