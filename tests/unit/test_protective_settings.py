"""Protective settings in the journal, remembered headers, interrupted exports (no display)."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from journal import private_files, protective_settings
from journal.errors import HeaderChanged, WrongPassphrase
from journal.export import export, pending
from journal.model import Entry
from journal.protective_settings import ProtectiveSettings, is_safe_exit_page
from journal.session import Session
from journal.vault import KdfParams, create_vault, header_fingerprint, vault_identity
from journal.vault.header import header_check

PASS = "quiet river under seven lanterns"
NEW = "amber kettle across nine meadows"


class Memory:
    """The header memory a window keeps in its local settings file, here in a dict."""

    def __init__(self) -> None:
        self.headers: dict[str, str] = {}

    def remembered_header(self, vault_id: str) -> str | None:
        return self.headers.get(vault_id)

    def remember_header(self, vault_id: str, fingerprint: str) -> None:
        self.headers[vault_id] = fingerprint


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    path = tmp_path / "vault" / "journal.rcv"
    vault, _ = create_vault(path, PASS, kdf=KdfParams.FLOOR)
    vault.add_entry(Entry(kind="incident", occurred_start=datetime(2025, 6, 1), what_happened="x"))
    vault.close()
    return path


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.org/weather", True),
        ("HTTPS://example.org", True),
        ("http://example.org", False),
        ("file:///home/me/evil.desktop", False),
        ("https:///no-host", False),
        ("javascript:alert(1)", False),
        ("https://exa mple.org", False),
        ("https://example.org/\n", False),
        ("", False),
    ],
)
def test_only_https_pages_with_a_host_may_open_after_quick_exit(url: str, safe: bool) -> None:
    assert is_safe_exit_page(url) is safe
    settings = ProtectiveSettings.from_document({"open_page_after_exit": True, "exit_page": url})
    assert (settings.page_to_open == url) is safe


def test_invalid_stored_values_fall_back_to_the_protective_defaults() -> None:
    default = ProtectiveSettings()
    assert ProtectiveSettings.from_document("nonsense") == default
    odd = {
        "autolock_minutes": 10**9,
        "lock_on_minimise": "maybe",
        "hide_from_capture": [1],
        "open_page_after_exit": True,
        "exit_page": "file:///tmp/x.desktop",
    }
    assert ProtectiveSettings.from_document(odd) == default
    assert ProtectiveSettings.from_document({"autolock_minutes": -1}).autolock_minutes == 5
    assert ProtectiveSettings.from_document({"autolock_minutes": True}).autolock_minutes == 5
    # Values as an INI file holds them (strings) are read too, when valid.
    legacy = {"autolock_minutes": "0", "lock_on_minimise": "false"}
    read = ProtectiveSettings.from_document(legacy)
    assert read.autolock_minutes == 0 and read.lock_on_minimise is False


def test_old_local_values_move_into_a_journal_once(journal: Path) -> None:
    session = Session(journal, kdf=KdfParams.FLOOR)
    session.unlock(PASS)
    legacy = {
        "autolock_minutes": "12",
        "lock_on_minimise": "false",
        "open_page_after_exit": "true",
        "exit_page": "https://example.org/news",
    }
    moved = protective_settings.load_or_migrate(session.vault, legacy)
    assert moved == ProtectiveSettings(12, False, False, True, "https://example.org/news")
    # Later local values (an attacker's edit) are not taken: the journal has its own.
    attack = {"autolock_minutes": "0", "exit_page": "https://evil.example"}
    assert protective_settings.load_or_migrate(session.vault, attack) == moved
    session.close()
    session.unlock(PASS)  # stored encrypted in the file
    assert protective_settings.load(session.vault) == moved
    session.close()


def test_a_file_url_is_not_migrated(journal: Path) -> None:
    session = Session(journal, kdf=KdfParams.FLOOR)
    session.unlock(PASS)
    legacy = {"open_page_after_exit": "true", "exit_page": "file:///tmp/evil.desktop"}
    moved = protective_settings.load_or_migrate(session.vault, legacy)
    assert moved.page_to_open is None and moved.exit_page == ""
    session.close()


def _edit_header(path: Path, **changes: object) -> None:
    """Change the header's JSON with plain sqlite3, as someone with the closed file could."""
    conn = sqlite3.connect(path)
    (text,) = conn.execute("SELECT data FROM header").fetchone()
    header = json.loads(text)
    header["kdf"].update(changes)
    header["check"] = header_check(header)  # a plain SHA-256 anyone can recompute
    conn.execute("UPDATE header SET data = ?", (json.dumps(header),))
    conn.commit()
    conn.close()


def test_a_changed_header_is_reported_as_changed_not_as_a_wrong_passphrase(journal: Path) -> None:
    memory = Memory()
    session = Session(journal, kdf=KdfParams.FLOOR, headers=memory)
    session.unlock(PASS)
    assert memory.headers == {vault_identity(journal): header_fingerprint(journal)}
    session.close()
    _edit_header(journal, iterations=KdfParams.FLOOR.iterations + 1)
    with pytest.raises(HeaderChanged, match="may be right"):
        Session(journal, kdf=KdfParams.FLOOR, headers=memory).unlock(PASS)
    # Without a remembered header (another computer) it cannot tell: a wrong passphrase.
    with pytest.raises(WrongPassphrase):
        Session(journal, kdf=KdfParams.FLOOR).unlock(PASS)


def test_each_rekey_remembers_the_new_header(journal: Path) -> None:
    memory = Memory()
    session = Session(journal, kdf=KdfParams.FLOOR, headers=memory)
    session.unlock(PASS)
    first = memory.headers[session.vault.vault_id]
    assert session.change_passphrase(NEW) is None
    second = memory.headers[session.vault.vault_id]
    code = session.replace_recovery_code()
    third = memory.headers[session.vault.vault_id]
    assert len({first, second, third}) == 3
    session.close()
    assert header_fingerprint(journal) == third
    # A wrong passphrase on the unchanged file is still just a wrong passphrase.
    with pytest.raises(WrongPassphrase):
        Session(journal, kdf=KdfParams.FLOOR, headers=memory).unlock(PASS)
    recovered = Session(journal, kdf=KdfParams.FLOOR, headers=memory)
    recovered.unlock_with_recovery(code, PASS)
    assert memory.headers[recovered.vault.vault_id] == recovered.vault.header_fingerprint
    recovered.close()


def test_an_export_interrupted_by_a_crash_is_removed_at_the_next_unlock(
    journal: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "report.csv"
    target.parent.mkdir()
    session = Session(journal, kdf=KdfParams.FLOOR)
    session.unlock(PASS)
    # What `export()` does before writing, then the app is killed mid-way: the partial file
    # holds clear text and nothing removed it.
    pending.record(session.vault, target)
    partial = private_files.new_partial(target)
    partial.write_text("date,what happened\n2025-06-01,clear text\n")
    session.close()
    assert partial.exists()
    others = [
        target.parent / ".notes.csv.0badc0de.part",  # another file's partial name
        target.parent / f".{target.name}.0badc0de.part.keep",
    ]
    for other in others:
        other.write_text("not this export's")
    folder = target.parent / f".{target.name}.12345678.part"
    folder.mkdir()  # never a folder
    session.unlock(PASS)
    assert not partial.exists()
    assert session.removed_exports == [partial]
    assert all(other.exists() for other in others) and folder.is_dir()
    assert pending._recorded(session.vault) == []
    session.close()


def test_a_finished_or_failed_export_leaves_nothing_behind(journal: Path, tmp_path: Path) -> None:
    session = Session(journal, kdf=KdfParams.FLOOR)
    session.unlock(PASS)
    done = export(session.vault, tmp_path / "report.csv", format="csv", preset="advocate")
    assert done.path.exists()
    with pytest.raises(ValueError):
        export(session.vault, tmp_path / "x.json", format="json", preset="no such preset")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    session.close()
    session.unlock(PASS)
    assert session.removed_exports == [] and done.path.exists()
    assert pending._recorded(session.vault) == []
    session.close()
