"""Views follow the session through SessionViews: what a lock clears, in which order, and that
the keys are dropped only after every screen was cleared (and even if one view fails)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLineEdit, QMainWindow, QMessageBox, QTableView, QWidget

from journal.app import create_main_window
from journal.model import Entry
from journal.session import Session
from journal.ui.common.session_views import Layer, SessionViews
from journal.vault import KdfParams, create_vault
from tests.gui_helpers import find, ini_settings, visible_text

PASS = "quiet river under seven lanterns"
CANARY = "Heron-Pebble-7741"


class Probe:
    """A session view that writes down when it was told what, and what it saw then."""

    def __init__(self, name: str, log: list[str], look: object = None) -> None:
        self.name = name
        self.log = log
        self.look = look
        self.seen: object = None
        self.fail = False

    def on_locked(self) -> None:
        self.log.append(f"{self.name} locked")
        if callable(self.look):
            self.seen = self.look()
        if self.fail:
            raise RuntimeError(f"{self.name} failed")

    def on_unlocked(self, session: Session) -> None:
        self.log.append(f"{self.name} unlocked")

    def on_changed(self) -> None:
        self.log.append(f"{self.name} changed")


def test_lock_order_is_by_layer_then_by_order_added(qtbot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    views = SessionViews(root)
    log: list[str] = []
    dialog = QDialog(root)
    dialog.show()
    probes = {
        "clipboard": (Layer.CLIPBOARD, Probe("clipboard", log)),
        "setup": (Layer.SETUP, Probe("setup", log)),
        "journal": (Layer.JOURNAL, Probe("journal", log, dialog.isVisible)),
        "help": (Layer.WINDOW, Probe("help", log, dialog.isVisible)),
        "insights": (Layer.WINDOW, Probe("insights", log)),
    }
    for layer, probe in probes.values():
        views.add(probe, layer)
    views.lock()
    assert log == [
        "help locked",
        "insights locked",
        "journal locked",
        "setup locked",
        "clipboard locked",
    ]
    assert probes["help"][1].seen is True  # windows are cleared before the dialogs close
    assert probes["journal"][1].seen is False  # every other dialog closed before the pages
    assert not dialog.isVisible()
    log.clear()
    views.unlock(Session(Path("unused.rcv")))
    views.change()
    assert log[:5] == [
        f"{name} unlocked" for name in ("help", "insights", "journal", "setup", "clipboard")
    ]
    assert log[5:] == [
        f"{name} changed" for name in ("help", "insights", "journal", "setup", "clipboard")
    ]


def test_every_view_is_cleared_even_when_one_fails(qtbot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    views = SessionViews(root)
    log: list[str] = []
    first, second, third = Probe("first", log), Probe("second", log), Probe("third", log)
    first.fail = True
    views.add(first)
    views.add(second, Layer.JOURNAL)
    views.add(third, Layer.CLIPBOARD)
    with pytest.raises(RuntimeError, match="first failed"):
        views.lock()
    assert log == ["first locked", "second locked", "third locked"]


def test_showing_follows_only_while_the_block_runs_and_dead_widgets_drop_out(qtbot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    views = SessionViews(root)
    log: list[str] = []
    probe = Probe("dialog", log)
    with views.showing(probe):
        assert views.views() == [probe]
        views.lock()
    views.lock()
    assert log == ["dialog locked"]

    class Page(QWidget):
        def on_locked(self) -> None:
            log.append("page locked")

        def on_unlocked(self, session: Session) -> None: ...

        def on_changed(self) -> None: ...

    page = Page(root)
    views.add(page, Layer.JOURNAL)
    views.add(page, Layer.JOURNAL)  # added once only
    views.lock()
    assert log == ["dialog locked", "page locked"]
    page.deleteLater()
    qtbot.waitUntil(lambda: views.views() == [])


# ------------------------------------------------------------------ the real main window


@pytest.fixture
def window(qtbot, tmp_path: Path) -> QMainWindow:
    path = tmp_path / "vault" / "journal.rcv"
    vault, _ = create_vault(path, PASS, kdf=KdfParams.FLOOR)
    vault.add_entry(
        Entry(kind="incident", occurred_start=datetime(2025, 6, 1, 18), what_happened=CANARY)
    )
    vault.close()
    win = create_main_window(path, kdf=KdfParams.FLOOR, settings=ini_settings(tmp_path))
    qtbot.addWidget(win)
    win.show()
    field = find(win, QLineEdit, "Passphrase")
    qtbot.keyClicks(field, PASS)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.session.is_unlocked and _shown(win, QTableView, "Entries"))
    yield win
    win.close()


def _shown(root: QWidget, cls: type, name: str) -> bool:
    try:
        find(root, cls, name)
    except LookupError:
        return False
    return True


def test_a_lock_clears_every_screen_in_order_before_the_keys_are_dropped(qtbot, window) -> None:
    window.show_help()
    window._insights()
    insights = window._insights_window
    qtbot.waitUntil(lambda: "1 incident" in visible_text(insights))
    message = QMessageBox(QMessageBox.Icon.Information, "Note", CANARY, parent=window)
    message.show()
    window.clipboard_guard.copy(CANARY)
    clipboard = QGuiApplication.clipboard()
    log: list[str] = []

    def state() -> dict[str, bool]:
        return {
            "unlocked": window.session.is_unlocked,
            "insights": "1 incident" in visible_text(insights),
            "message": message.isVisible(),
            "entries": window.journal_page.model.rowCount() > 0,
            "clipboard": clipboard.text() == CANARY,
        }

    probes = {
        Layer.WINDOW: Probe("window", log, state),
        Layer.JOURNAL: Probe("journal", log, state),
        Layer.SETUP: Probe("setup", log, state),
        Layer.CLIPBOARD: Probe("clipboard", log, state),
    }
    for layer, probe in probes.items():
        window.views.add(probe, layer)
    window.lock()
    seen = {layer: probe.seen for layer, probe in probes.items()}
    assert all(s["unlocked"] for s in seen.values())  # the keys are dropped last
    assert seen[Layer.WINDOW] == {
        "unlocked": True,
        "insights": False,
        "message": True,
        "entries": True,
        "clipboard": True,
    }
    assert seen[Layer.JOURNAL] == {
        "unlocked": True,
        "insights": False,
        "message": False,
        "entries": False,
        "clipboard": True,
    }
    assert seen[Layer.SETUP]["clipboard"] is True
    assert not window.session.is_unlocked
    assert clipboard.text() != CANARY
    assert CANARY not in visible_text(window)


def test_a_view_that_fails_to_clear_does_not_keep_the_journal_unlocked(qtbot, window) -> None:
    log: list[str] = []
    broken = Probe("broken", log)
    broken.fail = True
    window.views.add(broken)
    with pytest.raises(RuntimeError, match="broken failed"):
        window.lock()
    assert not window.session.is_unlocked
    assert window.journal_page.model.rowCount() == 0
    window.views.remove(broken)
