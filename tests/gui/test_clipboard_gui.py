"""Copy and Cut in any text widget put text on the clipboard already marked secret."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from journal.app import create_main_window
from journal.model import Entry
from journal.ui.common.widgets import PassphraseEdit
from journal.ui.safety.clipboard import SECRET_HINTS, ClipboardGuard
from journal.vault import KdfParams, create_vault
from tests.gui_helpers import find, ini_settings

PASS = "quiet river under seven lanterns"
CANARY = "Otter-Lamp-8812"
WINDOWS_HISTORY = 'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"'


class ClipboardLog:
    """Record the formats of every clipboard change, at the moment it happens."""

    def __init__(self) -> None:
        self.sets: list[tuple[str, list[str]]] = []
        self._clipboard = QGuiApplication.clipboard()
        self._clipboard.dataChanged.connect(self._record)

    def _record(self) -> None:
        data = self._clipboard.mimeData()
        if data is not None and data.formats():  # not a clear
            self.sets.append((data.text(), list(data.formats())))

    def close(self) -> None:
        self._clipboard.dataChanged.disconnect(self._record)

    def assert_every_set_marked(self, expected: str) -> None:
        assert self.sets, "nothing was copied"
        assert self.sets[0][0] == expected
        for _text, formats in self.sets:
            for hint in SECRET_HINTS:
                assert hint in formats, f"{hint} missing from a clipboard set: {formats}"


@pytest.fixture
def log() -> Iterator[ClipboardLog]:
    QGuiApplication.clipboard().clear()
    recorder = ClipboardLog()
    yield recorder
    recorder.close()
    QGuiApplication.clipboard().clear()


@pytest.fixture
def guard(qtbot) -> Iterator[ClipboardGuard]:
    owner = QWidget()
    qtbot.addWidget(owner)
    made = ClipboardGuard(owner)
    yield made
    made.clear_if_ours()


def _widget(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    return widget


def test_windows_history_and_cloud_formats_are_dword_zero(qtbot, guard, log) -> None:
    guard.copy("x")
    data = QGuiApplication.clipboard().mimeData()
    assert bytes(data.data(WINDOWS_HISTORY)) == b"\x00\x00\x00\x00"
    cloud = 'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"'
    assert bytes(data.data(cloud)) == b"\x00\x00\x00\x00"
    assert bytes(data.data("x-kde-passwordManagerHint")) == b"secret"


@pytest.mark.parametrize("kind", ["line", "plain", "rich", "browser", "label", "list"])
def test_ctrl_c_is_marked_secret_on_the_first_set(qtbot, guard, log, kind: str) -> None:
    text = f"He said {CANARY}"
    widget: QWidget
    if kind == "line":
        widget = QLineEdit(text)
    elif kind == "plain":
        widget = QPlainTextEdit(text)
    elif kind == "rich":
        widget = QTextEdit(text)
    elif kind == "browser":
        widget = QTextBrowser()
        widget.setPlainText(text)
    elif kind == "label":
        widget = QLabel(text)
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    else:
        widget = QListWidget()
        widget.addItems([text, "another"])
    _widget(qtbot, widget)
    if isinstance(widget, QLabel):
        widget.setSelection(0, len(text))
    elif isinstance(widget, QListWidget):
        widget.setCurrentRow(0)
    else:
        widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    # No event-loop turn in between: the very first clipboard content carries the hints.
    log.assert_every_set_marked(text)
    assert guard.holds_our_text


def test_ctrl_x_cuts_and_marks_secret(qtbot, guard, log) -> None:
    edit = _widget(qtbot, QPlainTextEdit(f"keep {CANARY}"))
    cursor = edit.textCursor()
    cursor.setPosition(5)
    cursor.movePosition(cursor.MoveOperation.End, cursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    qtbot.keyClick(edit, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    log.assert_every_set_marked(CANARY)
    assert edit.toPlainText() == "keep "
    edit.undo()  # the cut is an ordinary, undoable edit
    assert edit.toPlainText() == f"keep {CANARY}"

    line = _widget(qtbot, QLineEdit(f"keep {CANARY}"))
    line.setSelection(5, len(CANARY))
    qtbot.keyClick(line, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert line.text() == "keep "
    assert QGuiApplication.clipboard().text() == CANARY


def test_cut_in_a_read_only_view_changes_nothing(qtbot, guard, log) -> None:
    view = _widget(qtbot, QTextBrowser())
    view.setPlainText(CANARY)
    view.selectAll()
    qtbot.keyClick(view, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert log.sets == []
    assert view.toPlainText() == CANARY


def test_nothing_is_copied_from_a_password_field(qtbot, guard, log) -> None:
    edit = _widget(qtbot, PassphraseEdit("Passphrase"))
    edit.setText(PASS)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert log.sets == []
    assert edit.text() == PASS


def _open_context_menu(qtbot, widget: QWidget, target: QWidget | None = None) -> QMenu:
    receiver = target or widget
    pos = QPoint(5, 5)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, receiver.mapToGlobal(pos), Qt.KeyboardModifier(0)
    )
    QApplication.sendEvent(receiver, event)
    menus = [m for m in widget.findChildren(QMenu) if m.isVisible()]
    assert menus, "no context menu"
    return menus[-1]


@pytest.mark.parametrize("action_name", ["edit-copy", "edit-cut"])
def test_context_menu_copy_and_cut_are_marked_secret(qtbot, guard, log, action_name) -> None:
    edit = _widget(qtbot, QLineEdit(f"at {CANARY}"))
    edit.setSelection(3, len(CANARY))
    menu = _open_context_menu(qtbot, edit)
    action = next(a for a in menu.actions() if a.objectName() == action_name)
    assert action.isEnabled()
    assert action.text().replace("&", "").startswith(("Copy", "Cut"))
    action.trigger()
    menu.close()
    log.assert_every_set_marked(CANARY)
    assert edit.text() == ("at " if action_name == "edit-cut" else f"at {CANARY}")


def test_context_menu_of_a_text_view_copies_marked(qtbot, guard, log) -> None:
    view = _widget(qtbot, QTextBrowser())
    view.setPlainText(CANARY)
    view.selectAll()
    menu = _open_context_menu(qtbot, view, view.viewport())
    action = next(a for a in menu.actions() if a.objectName() == "edit-copy")
    action.trigger()
    menu.close()
    log.assert_every_set_marked(CANARY)


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[QMainWindow]:
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
    win = create_main_window(path, kdf=KdfParams.FLOOR, settings=ini_settings(tmp_path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_ctrl_c_in_the_journal_entry_view_is_marked_on_the_first_set(qtbot, window, log) -> None:
    field = find(window, QLineEdit, "Passphrase")
    qtbot.keyClicks(field, PASS)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.is_unlocked, timeout=10_000)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.journal_page)  # shown next
    find(window, QTableView, "Entries").selectRow(0)
    table = find(window, QTableView, "Entries")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert log.sets and all(WINDOWS_HISTORY in formats for _, formats in log.sets)
    log.sets.clear()
    view = find(window, QTextBrowser, "Entry")
    view.setFocus()
    view.selectAll()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert log.sets, "nothing was copied"
    assert CANARY in log.sets[0][0]
    assert all("x-kde-passwordManagerHint" in formats for _, formats in log.sets)
    assert WINDOWS_HISTORY in log.sets[0][1]
