"""The unlock window shows before the vault, `cryptography` and the journal page are imported."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from journal.model import Entry
from tests.system.app_process import run_on_new_journal

ROOT = Path(__file__).resolve().parents[2]
PASS = "a passphrase for the cold start"
# Shows the window (offscreen) and notes what had been imported by then; then unlocks it as a
# person would, which imports the vault on the unlock worker thread.
SCRIPT = """\
import json, sys
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from journal.app import create_main_window
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
window = create_main_window(sys.argv[1], settings=settings)
window.show()
app = QApplication.instance()
app.processEvents()
report = {
    "modules": sorted(sys.modules),
    "unlock_page": window.pages.currentWidget() is window.unlock_page,
    "visible": window.isVisible(),
}
field = window.unlock_page.passphrase.edit
QTest.keyClicks(field, sys.argv[3])
QTest.keyClick(field, Qt.Key.Key_Return)
def check():
    if window.session.is_unlocked and window.pages.currentWidget() is window.journal_page:
        app.exit(0)
poll = QTimer()
poll.timeout.connect(check)
poll.start(10)
QTimer.singleShot(60_000, lambda: app.exit(1))
report["unlocked"] = app.exec() == 0
report["entries"] = window.journal_page.model.rowCount() if report["unlocked"] else -1
window.close()
print(json.dumps(report))
"""
LOADED_LATER = (
    "cryptography",
    "journal.crypto",
    "journal.vault",
    "journal.attachments",
    "journal.taxonomy",
    "journal.export",
    "journal.ui.journal.journal_page",
    "journal.ui.settings.dialogs",
    "journal.ui.help.help_panel",
    "journal.ui.common.messages",
    "sqlite3",
)


def test_unlock_window_shows_before_the_vault_and_the_journal_page(tmp_path: Path) -> None:
    entry = Entry(kind="incident", occurred_start=datetime(2025, 3, 1), what_happened="x")
    settings = str(tmp_path / "settings.ini")
    report = run_on_new_journal(SCRIPT, tmp_path, PASS, settings, PASS, entries=[entry])
    assert report["visible"] and report["unlock_page"]
    loaded = [
        name
        for name in report["modules"]
        if any(name == later or name.startswith(later + ".") for later in LOADED_LATER)
    ]
    assert loaded == []
    assert report["unlocked"] and report["entries"] == 1  # the vault came when it was needed


# Runs the real entry point; at the first frame notes which PySide6 classes had been set up,
# then presses Shift three times: Quick exit must already work.
FIRST_FRAME = """\
import json, sys
from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
report = {}
def shown():
    windows = [w for w in QGuiApplication.topLevelWindows() if w.isExposed()]
    if not windows:
        QTimer.singleShot(0, shown)
        return
    report["set_up"] = sorted(
        name
        for module, names in ((QtCore, ("Qt",)), (QtWidgets, ("QAbstractItemView", "QMessageBox")))
        for name in names
        if name in vars(module)
    )
    focus = QApplication.focusWidget()
    report["focus"] = focus.objectName() if focus is not None else None
    from PySide6.QtTest import QTest
    from PySide6.QtCore import Qt
    for _ in range(3):
        QTest.keyPress(focus, Qt.Key.Key_Shift)
        QTest.keyRelease(focus, Qt.Key.Key_Shift)
    report["hidden"] = not any(w.isVisible() for w in QApplication.topLevelWidgets())
QTimer.singleShot(0, shown)
from journal.app import main
report["exit"] = main(["--vault", sys.argv[1]])
print(json.dumps(report))
"""


def test_the_first_frame_needs_no_qt_namespace_and_quick_exit_works_from_it(
    tmp_path: Path,
) -> None:
    report = run_on_new_journal(FIRST_FRAME, tmp_path, PASS)
    # The Qt namespace (about 40 ms of enums) comes on the pass after the first frame.
    assert report["set_up"] == []
    assert report["focus"] == "passphrase"  # the unlock page, ready to type into
    assert report["hidden"] and report["exit"] == 0


# The real entry point again: at the first frame, which classes had been set up and which
# shortcuts the menus had; then, as the mode says, a key (a letter typed into the passphrase
# field) or the event loop's next pass, and the menus' shortcuts again.
SHORTCUTS = """\
import json, sys
from PySide6 import QtGui, QtWidgets
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
mode = sys.argv[2]
report = {}
def main_window():
    from journal.ui.main_window import MainWindow
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
def menus(window):
    return {
        action.text(): action.shortcut().toString()
        for menu in window.menuBar().actions()
        for action in menu.menu().actions()
        if action.text()
    }
def after():
    report["after"] = menus(main_window())
    from PySide6.QtGui import QKeySequence
    report["standard"] = {
        name: QKeySequence(getattr(QKeySequence.StandardKey, name)).toString()
        for name in ("New", "Save", "Find", "Quit")
    }
    app.exit(0)
def shown():
    if not any(w.isExposed() for w in QGuiApplication.topLevelWindows()):
        QTimer.singleShot(0, shown)
        return
    report["set_up"] = sorted(
        name
        for module, names in ((QtGui, ("QKeySequence",)), (QtWidgets, ("QDialog",)))
        for name in names
        if name in vars(module)
    )
    report["first_frame"] = menus(main_window())
    if mode == "key":
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A)  # the first key
        after()
    else:
        QTimer.singleShot(0, after)  # the pass after the first frame has come by then
QTimer.singleShot(0, shown)
from journal.app import main
main(["--vault", sys.argv[1]])
print(json.dumps(report))
"""


@pytest.mark.parametrize("mode", ["key", "next pass"])
def test_the_standard_shortcuts_come_after_the_first_frame_before_a_key(
    tmp_path: Path, mode: str
) -> None:
    report = run_on_new_journal(SHORTCUTS, tmp_path, PASS, mode)
    # `QKeySequence` (its 71 standard keys) and `QDialog` are not set up for the first frame.
    assert report["set_up"] == []
    first, after, standard = report["first_frame"], report["after"], report["standard"]
    # The other shortcuts are there from the first frame (set as text, see early.set_shortcut).
    for text, keys in (("&Lock", "Ctrl+L"), ("Quick e&xit", "Ctrl+Shift+Q"), ("&Get help", "F1")):
        assert first[text] == after[text] == keys
    assert first["&New entry"] == "" and first["&Quit"] == ""
    # Before the key reaches the window, or on the next pass: the platform's standard keys.
    assert after["&New entry"] == standard["New"] == "Ctrl+N"
    assert after["&Save entry"] == standard["Save"]
    assert after["&Search"] == standard["Find"]
    assert after["&Quit"] == standard["Quit"]
    assert {text: keys for text, keys in after.items() if first[text]} == {
        text: keys for text, keys in first.items() if keys
    }
