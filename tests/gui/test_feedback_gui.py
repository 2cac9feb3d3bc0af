"""Feedback that lands: a disabled button says why, and "Entry saved" shows where one looks."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton

from journal.app import create_main_window
from journal.model import Entry
from journal.ui.setup.create_page import CreatePage
from journal.vault import KdfParams, create_vault
from tests.gui_helpers import find, ini_settings

PASS = "quiet river under seven lanterns"


def test_disabled_create_journal_says_why_as_you_type(qtbot) -> None:
    page = CreatePage()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    button = find(page, QPushButton, "Create journal")
    why = find(page, QLabel, "Why Create journal is not available")
    assert not button.isEnabled() and why.text() == "Type a passphrase first."
    qtbot.keyClicks(page.passphrase.edit, "abc")
    assert not button.isEnabled() and "too easy to guess" in why.text()
    assert button.accessibleDescription() == why.text()
    page.passphrase.edit.clear()
    qtbot.keyClicks(page.passphrase.edit, PASS)
    assert "again under Confirm" in why.text()
    qtbot.keyClicks(page.confirm.edit, PASS[:-1])
    assert "not the same" in why.text() and not button.isEnabled()
    qtbot.keyClicks(page.confirm.edit, PASS[-1])
    assert button.isEnabled() and why.text() == ""


@pytest.fixture
def window(qtbot, tmp_path: Path):
    path = tmp_path / "vault" / "journal.rcv"
    vault, _code = create_vault(path, PASS, kdf=KdfParams.FLOOR)
    vault.add_entry(Entry(kind="incident", occurred_start=datetime(2025, 3, 2), what_happened="x"))
    vault.close()
    win = create_main_window(path, kdf=KdfParams.FLOOR, settings=ini_settings(tmp_path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_entry_saved_is_shown_near_the_entry_and_announced(qtbot, window, monkeypatch) -> None:
    passphrase = find(window, QLineEdit, "Passphrase")
    qtbot.keyClicks(passphrase, PASS)
    qtbot.keyClick(passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window._on_journal_page(), timeout=15_000)
    announced: list[str] = []
    real = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:
        if event.type() == QAccessible.Event.Announcement:
            announced.append(event.message())
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(find(window, QPlainTextEdit, "What happened"), "Short and saved.")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    notice = find(window, QLabel, "Confirmation")
    qtbot.waitUntil(notice.isVisible)
    assert notice.text() == "Entry saved."
    assert notice.accessibleName() in ("", "Entry saved.")  # a label reads its own text
    assert "Entry saved." in announced
    # It stays long enough to read, then goes (the timer, not a sleep, decides).
    assert notice._timer.interval() >= 5000
    notice._timer.timeout.emit()
    assert not notice.isVisible()
