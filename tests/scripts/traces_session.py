"""A whole GUI session on the default journal location, run in a child process.

With `--portable`, the journal and settings go beside this script (portable mode). The parent
test points HOME, the XDG folders and TMPDIR at an empty temporary tree, runs this
script, then searches that tree for the canary. Steps: create a journal, write and save an entry
holding the canary, search for it, copy it, lock, unlock, type an unsaved draft holding the canary,
quick exit. Prints "SESSION OK <vault path>" at the end.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton, QTableView

from journal.app import create_main_window, resolve_locations
from journal.vault import KdfParams

PASS = "quiet river under seven lanterns"


def wait_until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    """Process events until `condition` holds; fail the session after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the window")
        QCoreApplication.processEvents()
        QTest.qWait(10)


def named(root, cls, name):  # type: ignore[no-untyped-def]
    """Return the visible widget of `cls` with accessible name `name`, or None."""
    for widget in root.findChildren(cls):
        if widget.accessibleName() == name and widget.isVisible():
            return widget
    return None


def main() -> int:
    canary = sys.argv[1]
    portable = "--portable" in sys.argv[2:]
    vault, settings = resolve_locations(
        None, portable=portable, folder=Path(__file__).resolve().parent
    )
    win = create_main_window(vault, kdf=KdfParams.FLOOR, settings=settings)
    win.show()
    win.welcome_page.continued.emit()
    QTest.keyClicks(named(win, QLineEdit, "Passphrase"), PASS)
    QTest.keyClicks(named(win, QLineEdit, "Confirm passphrase"), PASS)
    QTest.mouseClick(named(win, QPushButton, "Create journal"), Qt.MouseButton.LeftButton)
    wait_until(lambda: win.pages.currentWidget() is win.recovery_code_page)
    win.recovery_code_page.stored.setChecked(True)
    win.recovery_code_page.continue_button.click()
    wait_until(lambda: named(win, QTableView, "Entries") is not None)

    QTest.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(named(win, QPlainTextEdit, "What happened"), f"Saved {canary} entry")
    QTest.keyClick(win, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_until(lambda: len(win.session.vault.entries()) == 1)
    QTest.keyClicks(named(win, QLineEdit, "Search"), canary)
    table = named(win, QTableView, "Entries")
    wait_until(lambda: table.model().rowCount() == 1)
    win.clipboard_guard.copy(f"copied {canary}")

    win.lock()
    QTest.keyClicks(named(win, QLineEdit, "Passphrase"), PASS)
    QTest.keyClick(named(win, QLineEdit, "Passphrase"), Qt.Key.Key_Return)
    wait_until(lambda: named(win, QTableView, "Entries") is not None)

    QTest.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = named(win, QPlainTextEdit, "What happened")
    QTest.keyClicks(editor, f"Unsaved {canary} draft")

    def flee() -> None:
        for _ in range(3):
            QTest.keyClick(editor, Qt.Key.Key_Shift)

    QTimer.singleShot(0, flee)
    app = QApplication.instance()
    assert app is not None
    app.exec()  # returns when the quick exit asks the event loop to quit
    if win.isVisible() or win.session.is_unlocked:
        raise SystemExit("the quick exit left the window open")
    print("SESSION OK", win.session.vault_path, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
