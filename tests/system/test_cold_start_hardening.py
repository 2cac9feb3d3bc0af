"""The app's entry point: no core file and non-dumpable from the start.

`journal.app.main` sets the core-file limit to 0 and makes the process non-dumpable (`prctl`,
through `ctypes`, which `journal.start_up` has loaded for its font thread) first thing, before
the unlock window exists (docs/PERFORMANCE.md, "Cold start").
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.system.app_process import run_on_new_journal

ROOT = Path(__file__).resolve().parents[2]
# At the first frame: the core limit and whether the process is non-dumpable already, then a
# letter typed into the focused field (the passphrase) and the same when the field had it.
SCRIPT = """\
import ctypes, json, resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
libc = ctypes.CDLL(None, use_errno=True)
PR_GET_DUMPABLE = 3
report = {}
def shown():
    if not any(w.isExposed() for w in QGuiApplication.topLevelWindows()):
        QTimer.singleShot(0, shown)
        return
    report["core_limit"] = list(resource.getrlimit(resource.RLIMIT_CORE))
    report["dumpable_at_first_frame"] = libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    focus = QApplication.focusWidget()
    dumpable = []
    def typed(_text):
        dumpable.append(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
    focus.textChanged.connect(typed)
    QTest.keyClick(focus, Qt.Key.Key_A)
    report["dumpable_when_typed"] = dumpable
    QTimer.singleShot(0, settled)
def settled():
    report["dumpable_later"] = libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0)
    app.exit(0)
QTimer.singleShot(0, shown)
from journal.app import main
report["exit"] = main(["--vault", sys.argv[1]])
print(json.dumps(report))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl(PR_SET_DUMPABLE)")
def test_no_core_file_and_non_dumpable_from_the_start(
    tmp_path: Path,
) -> None:
    report = run_on_new_journal(SCRIPT, tmp_path, "a passphrase for hardening")
    assert report["core_limit"] == [0, 0]
    assert report["dumpable_at_first_frame"] == 0  # before any key could reach the window
    assert report["dumpable_when_typed"] == [0]  # the letter reached the field afterwards
    assert report["dumpable_later"] == 0
    assert report["exit"] == 0
