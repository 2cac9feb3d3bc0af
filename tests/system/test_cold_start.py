"""The unlock window shows before the vault, `cryptography` and the journal page are imported."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

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
