"""The window keeps its promises: settings in the journal, honest unlock messages, a problems
banner that stays, re-keying with Quick exit live (real journals, real window, offscreen)."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QPushButton, QTableView, QWidget

from journal import protective_settings
from journal.app import create_main_window
from journal.errors import HeaderChanged, WrongPassphrase
from journal.model import Entry
from journal.protective_settings import ProtectiveSettings
from journal.ui.journal.problems_banner import PROBLEMS_NAME
from journal.ui.settings.dialogs import SettingsDialog
from journal.vault import KdfParams, create_vault, header_fingerprint, open_vault
from journal.vault.header import header_check
from tests.gui_helpers import find, find_button, ini_settings, visible_text

PASS = "quiet river under seven lanterns"
NEW = "amber kettle across nine meadows"
EVIL = "file:///tmp/evil.desktop"


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    path = tmp_path / "vault" / "journal.rcv"
    vault, _ = create_vault(path, PASS, kdf=KdfParams.FLOOR)
    for number in range(3):
        vault.add_entry(
            Entry(
                kind="incident",
                occurred_start=datetime(2025, 6, 1 + number, 18, 30),
                what_happened=f"Saved entry {number}.",
            )
        )
    vault.close()
    return path


def _window(qtbot, journal: Path, tmp_path: Path) -> QMainWindow:
    win = create_main_window(journal, kdf=KdfParams.FLOOR, settings=ini_settings(tmp_path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _unlock(qtbot, win: QMainWindow, passphrase: str = PASS) -> None:
    field = find(win, QLineEdit, "Passphrase")
    qtbot.keyClicks(field, passphrase)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _unlocked(qtbot, win: QMainWindow, passphrase: str = PASS) -> None:
    _unlock(qtbot, win, passphrase)
    qtbot.waitUntil(lambda: win.session.is_unlocked and _shown(win, QTableView, "Entries"))


def _shown(win: QWidget, cls: type, name: str) -> bool:
    try:
        find(win, cls, name)
    except LookupError:
        return False
    return True


def _attack_ini(path: Path) -> None:
    """Edit the INI file as someone with the computer could: no auto-lock, a local exit page."""
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.setValue("security/autolock_minutes", 0)
    settings.setValue("security/lock_on_minimise", False)
    settings.setValue("privacy/open_page_after_exit", True)
    settings.setValue("privacy/exit_page", EVIL)
    settings.sync()


def _opened_urls(monkeypatch) -> list[QUrl]:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    return opened


def test_editing_the_settings_file_cannot_weaken_protection(
    qtbot, journal: Path, tmp_path: Path, monkeypatch
) -> None:
    win = _window(qtbot, journal, tmp_path)
    _unlocked(qtbot, win)  # the journal now holds its settings (the protective defaults)
    win.close()
    _attack_ini(tmp_path / "settings.ini")
    opened = _opened_urls(monkeypatch)
    win = _window(qtbot, journal, tmp_path)
    assert win.idle.limit_seconds == 5 * 60  # before unlocking: the protective defaults
    _unlocked(qtbot, win)
    assert win.protective == ProtectiveSettings()
    assert win.idle.limit_seconds == 5 * 60 and win.idle.active
    win.showMinimized()  # lock on minimise still on
    qtbot.waitUntil(lambda: not win.session.is_unlocked, timeout=5000)
    win.showNormal()
    with qtbot.waitSignal(win.quick_exit_finished, timeout=5000):
        win.quick_exit()
    assert opened == []


def test_old_local_settings_move_into_the_journal_once(
    qtbot, journal: Path, tmp_path: Path, monkeypatch
) -> None:
    ini = tmp_path / "settings.ini"
    old = QSettings(str(ini), QSettings.Format.IniFormat)
    old.setValue("security/autolock_minutes", 12)
    old.setValue("security/lock_on_minimise", False)
    old.setValue("privacy/open_page_after_exit", True)
    old.setValue("privacy/exit_page", "https://example.org/weather")
    old.setValue("privacy/discreet", True)
    old.sync()
    win = _window(qtbot, journal, tmp_path)
    assert win.idle.limit_seconds == 5 * 60  # not read from the file before unlocking
    _unlocked(qtbot, win)
    assert win.idle.limit_seconds == 12 * 60
    stored = protective_settings.load(win.session.vault)
    assert stored == ProtectiveSettings(12, False, False, True, "https://example.org/weather")
    text = ini.read_text()
    assert "autolock" not in text and "exit_page" not in text and "example.org" not in text
    assert "discreet=true" in text  # read before unlocking: stays in the file
    opened = _opened_urls(monkeypatch)
    with qtbot.waitSignal(win.quick_exit_finished, timeout=5000):
        win.quick_exit()
    assert [url.toString() for url in opened] == ["https://example.org/weather"]


def test_a_local_exit_page_in_the_old_settings_is_never_opened(
    qtbot, journal: Path, tmp_path: Path, monkeypatch
) -> None:
    _attack_ini(tmp_path / "settings.ini")  # before the journal ever held its settings
    opened = _opened_urls(monkeypatch)
    win = _window(qtbot, journal, tmp_path)
    _unlocked(qtbot, win)
    assert win.protective.page_to_open is None
    with qtbot.waitSignal(win.quick_exit_finished, timeout=5000):
        win.quick_exit()
    assert opened == []


def test_the_exit_page_is_checked_when_used(qtbot, journal: Path, tmp_path: Path, monkeypatch):
    opened = _opened_urls(monkeypatch)
    win = _window(qtbot, journal, tmp_path)
    # However it got there, a page that is not https:// is not opened.
    win.protective = ProtectiveSettings(open_page_after_exit=True, exit_page=EVIL)
    with qtbot.waitSignal(win.quick_exit_finished, timeout=5000):
        win.quick_exit()
    assert opened == []


def test_settings_dialog_stores_protective_settings_in_the_journal(
    qtbot, journal: Path, tmp_path: Path
) -> None:
    win = _window(qtbot, journal, tmp_path)
    _unlocked(qtbot, win)
    dialog = SettingsDialog(win.preferences, win, protective=win.protective)
    dialog.save_protective = win._save_protective
    qtbot.addWidget(dialog)
    dialog.autolock.setValue(7)
    dialog.open_page.setChecked(True)
    dialog.exit_page.setText("file:///tmp/x.desktop")
    dialog._apply()
    assert "https://" in dialog.error.text() and dialog.result() == 0
    dialog.exit_page.setText("example.org")
    dialog._apply()
    assert dialog.error.text() == ""
    stored = protective_settings.load(win.session.vault)
    assert stored is not None and stored.autolock_minutes == 7
    assert stored.page_to_open == "https://example.org"
    assert "autolock" not in (tmp_path / "settings.ini").read_text(errors="replace")
    # While locked the journal's settings can be neither read nor changed here.
    win.lock()
    locked = SettingsDialog(win.preferences, win, protective=None)
    qtbot.addWidget(locked)
    assert not locked.autolock.isEnabled() and not locked.exit_page.isEnabled()


def _change_header(path: Path) -> None:
    conn = sqlite3.connect(path)
    (text,) = conn.execute("SELECT data FROM header").fetchone()
    header = json.loads(text)
    header["kdf"]["iterations"] += 1
    header["check"] = header_check(header)
    conn.execute("UPDATE header SET data = ?", (json.dumps(header),))
    conn.commit()
    conn.close()


def test_a_changed_header_is_named_on_the_unlock_screen_without_a_wait(
    qtbot, journal: Path, tmp_path: Path
) -> None:
    win = _window(qtbot, journal, tmp_path)
    _unlocked(qtbot, win)
    assert win.preferences.remembered_header(win.session.vault.vault_id) == header_fingerprint(
        journal
    )
    win.close()
    _change_header(journal)
    win = _window(qtbot, journal, tmp_path)
    message = find(win, QLabel, "Unlock message")
    for _ in range(4):  # more than the three tries before a wait starts
        _unlock(qtbot, win)
        qtbot.waitUntil(lambda: message.text() != "" and not win.unlock_page.busy.isVisible())
        assert message.text() == HeaderChanged().message
        assert "did not work" not in message.text() and not win.unlock_page.waiting
        find(win, QLineEdit, "Passphrase").clear()
        message.clear()
    assert win.unlock_page.failures == 0


def test_a_hard_linked_journal_shows_the_plain_reason(qtbot, journal: Path, tmp_path: Path):
    os.link(journal, tmp_path / "second-name.rcv")
    win = _window(qtbot, journal, tmp_path)
    _unlock(qtbot, win)
    message = find(win, QLabel, "Unlock message")
    qtbot.waitUntil(lambda: message.text() != "" and not win.unlock_page.busy.isVisible())
    assert "link" in message.text().lower()
    assert "passphrase" not in message.text().lower()
    assert win.unlock_page.failures == 0


def test_a_symlinked_journal_opens_as_the_real_file(qtbot, journal: Path, tmp_path: Path):
    link = tmp_path / "link.rcv"
    link.symlink_to(journal)
    win = _window(qtbot, link, tmp_path)
    _unlocked(qtbot, win)
    assert len(win.session.vault.entries()) == 3


def _damage_one_record(path: Path) -> None:
    """Flip bytes in one record's ciphertext with plain sqlite3."""
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT id, blob FROM records").fetchall()
    record_id, blob = rows[len(rows) // 2]
    damaged = bytes(blob[:-8]) + bytes(b ^ 0xFF for b in blob[-8:])
    conn.execute("UPDATE records SET blob = ? WHERE id = ?", (damaged, record_id))
    conn.commit()
    conn.close()


def test_problems_found_at_unlock_stay_in_a_banner_until_dismissed(
    qtbot, journal: Path, tmp_path: Path
) -> None:
    _damage_one_record(journal)
    win = _window(qtbot, journal, tmp_path)
    _unlocked(qtbot, win)
    banner = find(win, QWidget, PROBLEMS_NAME)
    assert banner.focusPolicy() & Qt.FocusPolicy.TabFocus
    text = visible_text(win)
    assert "problem" in text and "backup" in text and "recovery code" in text
    assert "advocate" in text
    win._status("something else")  # other messages come and go; the banner stays
    win.statusBar().clearMessage()
    assert banner.isVisible()
    qtbot.mouseClick(find_button(win, "Dismiss problems message"), Qt.MouseButton.LeftButton)
    assert not banner.isVisible()


def test_an_entry_found_damaged_after_the_list_is_shown_is_reported_and_left_out(
    qtbot, journal: Path, tmp_path: Path
) -> None:
    # An entry the journal's key vouches for but that does not make sense (as a bug in some
    # version could write): unlocking lists it unbuilt; building it finds the damage.
    vault = open_vault(journal, PASS)
    odd = Entry(kind="incident", occurred_start=datetime(2025, 6, 9, 8, 0), what_happened="?")
    object.__setattr__(odd, "kind", "no such kind")
    with vault._store.transaction() as cur:  # as `add_entry` writes, without its checks
        links = vault._chain.append(cur, vault._unlocked(), [("rev", "0dd0dd0dd0dd0dd0", 1, odd)])
    vault._chain.commit(links)
    vault.close()
    win = _window(qtbot, journal, tmp_path)
    _unlocked(qtbot, win)
    banner = find(win, QWidget, PROBLEMS_NAME)
    table = find(win, QTableView, "Entries")
    qtbot.waitUntil(lambda: banner.isVisible() and table.model().rowCount() == 3)
    assert "problem" in visible_text(win)
    assert win.session.vault.problems == ["Entry record 4 is damaged."]
    shown = [table.model().index(row, 3).data() for row in range(3)]
    assert sorted(shown) == ["Saved entry 0.", "Saved entry 1.", "Saved entry 2."]


def test_change_passphrase_from_the_window_re_keys_and_remembers_the_header(
    qtbot, journal: Path, tmp_path: Path
) -> None:
    win = _window(qtbot, journal, tmp_path)
    _unlocked(qtbot, win)
    before = header_fingerprint(journal)
    seen: list[int] = []

    def fill(dialog: QWidget) -> None:
        dialog.busy_bar.valueChanged.connect(seen.append)  # type: ignore[attr-defined]
        qtbot.keyClicks(dialog.passphrase.edit, NEW)  # type: ignore[attr-defined]
        qtbot.keyClicks(dialog.confirm.edit, NEW)  # type: ignore[attr-defined]
        dialog.change_button.click()  # type: ignore[attr-defined]

    _when_dialog_opens(qtbot, fill)
    win._change_passphrase()
    assert "old copies" in win.statusBar().currentMessage().lower()
    assert seen and max(seen) > 0  # the progress bar moved with the rows
    after = win.session.vault.header_fingerprint
    assert after != before
    assert win.preferences.remembered_header(win.session.vault.vault_id) == after
    win.close()
    with pytest.raises(WrongPassphrase):
        open_vault(journal, PASS)
    open_vault(journal, NEW).close()


def _when_dialog_opens(qtbot, act) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    def poll() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)]
        shown = [d for d in dialogs if d.isVisible()]
        if shown:
            act(shown[0])
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_quick_exit_abandons_a_re_key_and_the_old_recovery_code_still_opens(
    qtbot, journal: Path, tmp_path: Path
) -> None:
    vault = open_vault(journal, PASS)
    code = vault.replace_recovery_code()
    vault.add_entries(
        Entry(kind="incident", occurred_start=datetime(2024, 1, 1), what_happened=f"n{i}")
        for i in range(300)
    )
    vault.close()
    win = _window(qtbot, journal, tmp_path)
    _unlocked(qtbot, win)
    started = threading.Event()
    release = threading.Event()
    original = win.session.vault.replace_recovery_code

    def gated(**options: object) -> str:
        progress = options["progress"]

        def report(done: int, total: int) -> None:
            if done == 1:
                started.set()
                release.wait(10)
            progress(done, total)  # type: ignore[operator]

        return original(progress=report, cancelled=options.get("cancelled"))  # type: ignore[arg-type]

    win.session.vault.replace_recovery_code = gated  # type: ignore[method-assign]

    def on_dialog(dialog: QWidget) -> None:
        if dialog.windowTitle() == "Make a new recovery code?":
            find_button(dialog, "Yes").click()
            _when_dialog_opens(qtbot, on_dialog)
        elif dialog.windowTitle() == "Making a new recovery code":
            qtbot.waitUntil(started.is_set, timeout=10_000)
            assert _shown(dialog, QPushButton, "Quick exit") or dialog.quick_exit.isEnabled()  # type: ignore[attr-defined]
            release.set()
            win.quick_exit()
        else:
            _when_dialog_opens(qtbot, on_dialog)

    _when_dialog_opens(qtbot, on_dialog)
    with qtbot.waitSignal(win.quick_exit_finished, timeout=20_000):
        win._new_recovery_code()
    assert not win.session.is_unlocked
    with open_vault(journal, PASS) as reopened:
        assert len(reopened.entries()) == 303
    from journal.vault import open_vault_with_recovery

    open_vault_with_recovery(journal, code).close()  # the re-key was rolled back


def test_a_fifo_chosen_as_attachment_is_refused_at_once(qtbot, journal: Path, tmp_path: Path):
    from journal.errors import VaultError
    from journal.ui.attachments.attachment_files import store_file
    from journal.ui.attachments.attachment_model import pending_row

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)  # opening it for reading the usual way would block forever
    assert pending_row("pipe", fifo).size == 0
    with open_vault(journal, PASS) as vault:
        entry_id = vault.entries()[0].id
        assert entry_id is not None
        with pytest.raises(VaultError, match="Only ordinary files"):
            store_file(vault, entry_id, "pipe", fifo, lambda _done, _total: None)
        assert vault.attachments(entry_id) == []


def test_the_journal_page_is_built_while_the_key_is_derived_and_shows_nothing_before(
    qtbot, journal: Path, tmp_path: Path
) -> None:
    win = _window(qtbot, journal, tmp_path)
    assert win._journal_page is None  # not at start: the unlock window comes first
    _unlock(qtbot, win, "not the passphrase")
    qtbot.waitUntil(lambda: win._journal_page is not None)  # built during the attempt ...
    qtbot.waitUntil(lambda: find(win, QLineEdit, "Passphrase").isEnabled())
    page = win._journal_page
    assert not win.session.is_unlocked and not page.isVisible()  # ... but not shown
    assert page.model.rowCount() == 0
    assert "Saved entry" not in visible_text(win)
