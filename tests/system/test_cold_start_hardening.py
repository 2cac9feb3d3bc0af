"""The app's entry point: no core file from the start, non-dumpable before the first key.

`journal.app.main` sets the core-file limit to 0 first thing and makes the process
non-dumpable (`prctl`, through `ctypes`) just after the unlock window's first frame, or as the
first key arrives if that comes sooner (docs/PERFORMANCE.md, "Cold start").
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from journal.vault import KdfParams, create_vault

ROOT = Path(__file__).resolve().parents[2]
# At the first frame: the core limit, then a letter typed into the focused field (the
# passphrase) and whether the process was non-dumpable by the time the field had it.
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
def test_no_core_file_from_the_start_and_non_dumpable_before_the_first_key(
    tmp_path: Path,
) -> None:
    journal = tmp_path / "journal.rcv"
    vault, _code = create_vault(journal, "a passphrase for hardening", kdf=KdfParams.FLOOR)
    vault.close()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(journal)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["core_limit"] == [0, 0]
    assert report["dumpable_when_typed"] == [0]  # the letter reached the field afterwards
    assert report["dumpable_later"] == 0
    assert report["exit"] == 0
