"""The window writes the link index once it has built every entry, and the next unlock reads
the unchanged records from it: the same list, quicker (real journal, real window, offscreen)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMainWindow, QTableView

from journal.app import create_main_window
from journal.model import Entry
from journal.vault import KdfParams, create_vault
from journal.vault.link_index import page_id
from tests.gui_helpers import find, ini_settings

PASS = "seven lanterns over a quiet river"


def _journal(tmp_path: Path) -> Path:
    path = tmp_path / "vault" / "journal.rcv"
    vault, _ = create_vault(path, PASS, kdf=KdfParams.FLOOR)
    with vault:
        for number in range(30):
            vault.add_entry(
                Entry(
                    kind="incident",
                    occurred_start=datetime(2025, 6, 1 + number % 28, 18, number),
                    what_happened=f"Saved entry {number}.",
                )
            )
    return path


def _unlock(qtbot, win: QMainWindow) -> QTableView:
    field = find(win, QLineEdit, "Passphrase")
    qtbot.keyClicks(field, PASS)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.session.is_unlocked and _table(win) is not None)
    table = find(win, QTableView, "Entries")
    qtbot.waitUntil(lambda: table.model().rowCount() == 30)
    return table


def _table(win: QMainWindow) -> QTableView | None:
    try:
        return find(win, QTableView, "Entries")
    except LookupError:
        return None


def _index_blob(path: Path, record_id: bytes) -> bytes | None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT blob FROM records WHERE id = ?", (record_id,)).fetchone()
    finally:
        conn.close()
    return None if row is None else row[0]


def test_the_window_writes_the_index_after_building_and_reads_through_it_next_time(
    qtbot, tmp_path: Path
) -> None:
    path = _journal(tmp_path)
    win = create_main_window(path, kdf=KdfParams.FLOOR, settings=ini_settings(tmp_path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    table = _unlock(qtbot, win)
    vault = win.session.vault
    record_id = page_id(vault._unlocked(), 0)
    qtbot.waitUntil(lambda: _index_blob(path, record_id) is not None)  # every entry built
    first = [table.model().index(row, 3).data() for row in range(30)]
    # The first unlock also moved the settings into the journal (one more link, read the
    # general way next time, so the index is written again then); after that it stays.
    written = []
    for _ in range(2):
        win.lock()
        qtbot.waitUntil(lambda: not win.session.is_unlocked)
        table = _unlock(qtbot, win)
        vault = win.session.vault
        assert [table.model().index(row, 3).data() for row in range(30)] == first
        qtbot.waitUntil(lambda vault=vault: not vault._index._pending and not vault._link_pages)
        assert vault.problems == []
        written.append(_index_blob(path, record_id))
    assert written[0] is not None and written[1] == written[0]
