"""Process hardening: no core dumps, and crash output that never quotes journal text."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = str(Path(__file__).resolve().parents[2])
CANARY = "CRASHCANARYQX"

_SCRIPT = f"""
import sys
sys.path.insert(0, {ROOT!r})
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from journal.hardening import quiet_crash_reports

app = QApplication([])
quiet_crash_reports()

def slot():
    text = "what happened: {CANARY}"
    raise ValueError("could not save " + text)

QTimer.singleShot(0, slot)
QTimer.singleShot(50, app.quit)
app.exec()
raise KeyError("{CANARY}")
"""


def test_unexpected_errors_are_reported_without_their_text() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-c", _SCRIPT], capture_output=True, text=True, env=env, timeout=60
    )
    assert CANARY not in proc.stderr + proc.stdout
    assert "unexpected ValueError" in proc.stderr  # from the Qt slot, the app kept running
    assert "unexpected KeyError" in proc.stderr
    assert proc.returncode != 0


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits")
def test_core_dumps_are_turned_off() -> None:
    script = (
        f"import sys, resource; sys.path.insert(0, {ROOT!r});"
        "from journal.hardening import disable_core_dumps;"
        "ok = disable_core_dumps();"
        "print(ok, resource.getrlimit(resource.RLIMIT_CORE))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    assert out.strip() == "True (0, 0)"


_THREAD_SCRIPT = f"""
import sys, threading
sys.path.insert(0, {ROOT!r})
from journal.hardening import quiet_crash_reports

quiet_crash_reports()

def work():
    raise ValueError("saving failed: {CANARY}")

worker = threading.Thread(target=work)
worker.start()
worker.join()

class Holder:
    def __repr__(self):
        return "holder of {CANARY}"

    def __del__(self):
        raise RuntimeError("cleanup failed: {CANARY}")

holder = Holder()
del holder
print("done", flush=True)
"""


def test_thread_and_unraisable_errors_are_reported_without_their_text() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _THREAD_SCRIPT], capture_output=True, text=True, timeout=60
    )
    assert proc.stdout.strip() == "done", proc.stderr
    assert CANARY not in proc.stderr + proc.stdout
    assert "unexpected ValueError" in proc.stderr  # from the thread
    assert "unexpected RuntimeError" in proc.stderr  # from __del__
