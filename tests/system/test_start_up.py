"""What `journal.start_up` starts before the app loads: fontconfig's configuration on a thread
of its own, and no cyclic garbage collection until just after the first frame (see "Cold
start" in docs/PERFORMANCE.md). What `begin` starts is checked in fresh interpreters."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

import pytest

from journal import start_up
from tests.system.app_process import run_on_new_journal, run_script

# fontconfig maps its cache files into the process as it loads its configuration.
FONT_THREAD = """\
import json
def font_caches():
    with open("/proc/self/maps") as maps:
        return sum(1 for line in maps if "fontconfig" in line and ".cache-" in line)
before = font_caches()
from journal import start_up
imported = font_caches()
start_up.begin()
start_up.begin()  # once a process
thread = start_up.font_thread()
start_up.collect_again()
if thread is not None:
    thread.join(30)
print(json.dumps({"before": before, "imported": imported, "after": font_caches(),
                  "started": thread is not None,
                  "name": getattr(thread, "name", None),
                  "alive": thread is not None and thread.is_alive()}))
"""


def font_caches_on_disk() -> bool:
    """Whether fontconfig has cache files to map (where it keeps them on Linux)."""
    folders = [Path("/var/cache/fontconfig"), Path.home() / ".cache" / "fontconfig"]
    if os.environ.get("XDG_CACHE_HOME"):
        folders.append(Path(os.environ["XDG_CACHE_HOME"]) / "fontconfig")
    return any(folder.is_dir() and any(folder.glob("*.cache-*")) for folder in folders)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig is Qt's on Linux")
def test_begin_loads_fontconfigs_configuration_on_a_thread_of_its_own(tmp_path: Path) -> None:
    if not font_caches_on_disk():
        pytest.skip("no fontconfig cache files here to see it load")
    report = run_script(FONT_THREAD, tmp_path)
    assert report["started"] and report["name"] == "fontconfig" and not report["alive"]
    assert report["before"] == report["imported"] == 0  # importing the module starts nothing
    assert isinstance(report["after"], int) and report["after"] > 0


def test_no_thread_where_qt_does_not_use_fontconfig_or_it_is_missing(monkeypatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    assert start_up.warm_up_font_config() is None
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(start_up, "FONTCONFIG", "libno-such-fontconfig.so.1")
    assert start_up.warm_up_font_config() is None


def test_collection_pauses_and_comes_back_only_if_it_was_on() -> None:
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    try:
        start_up.pause_collection()
        assert not gc.isenabled()
        start_up.collect_again()
        assert gc.isenabled() and gc.get_freeze_count() == frozen
        gc.disable()  # someone else turned it off: pausing and resuming leave it off
        start_up.pause_collection()
        start_up.collect_again()
        assert not gc.isenabled()
    finally:
        gc.enable()


# Importing the app (as the tests and the self-check do) leaves the collector on.
IMPORT_APP = """\
import gc, json
from PySide6.QtWidgets import QApplication
on_before = gc.isenabled()
import journal.app
print(json.dumps({"before": on_before, "after": gc.isenabled()}))
"""


def test_importing_the_app_leaves_garbage_collection_on(tmp_path: Path) -> None:
    assert run_script(IMPORT_APP, tmp_path) == {"before": True, "after": True}


# The real entry point: the collector at the first frame, and on the pass after it.
FIRST_FRAME = """\
import gc, json, sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
report = {}
def shown():
    if not any(w.isExposed() for w in QGuiApplication.topLevelWindows()):
        QTimer.singleShot(0, shown)
        return
    report["frozen_before"] = gc.get_freeze_count()
    QTimer.singleShot(0, settled)
def settled():
    report["on_after"] = gc.isenabled()
    report["frozen_after"] = gc.get_freeze_count()
    app.exit(0)
QTimer.singleShot(0, shown)
from journal.app import main
report["on_in_main"] = None
import journal.start_up as start_up
pause = start_up.pause_collection
def noting_pause():
    pause()
    report["on_in_main"] = gc.isenabled()
start_up.pause_collection = noting_pause
report["exit"] = main(["--vault", sys.argv[1]])
print(json.dumps(report))
"""


def test_the_entry_point_collects_again_just_after_the_first_frame(tmp_path: Path) -> None:
    report = run_on_new_journal(FIRST_FRAME, tmp_path, "a passphrase for the collector")
    assert report["on_in_main"] is False  # paused while the window is built
    assert report["frozen_before"] == 0
    assert report["on_after"] is True
    assert isinstance(report["frozen_after"], int) and report["frozen_after"] > 10_000
    assert report["exit"] == 0
