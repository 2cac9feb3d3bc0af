"""Format version 2 against an attacker who copies, edits and puts back the closed file with
plain sqlite3: re-keying, the locked-down schema, the authenticated header, documents in the
chain, bad input, and the upgrade of version-1 journals."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import threading
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from journal.model import Entry
from journal.vault import (
    HeaderChanged,
    KdfParams,
    RekeyCancelled,
    Vault,
    VaultCorrupted,
    VaultError,
    VaultInUse,
    WrongPassphrase,
    create_vault,
    header_fingerprint,
    open_vault,
    open_vault_with_recovery,
    vault_identity,
)
from journal.vault.header import header_check
from tests.conftest import PASSPHRASE

NEW = "a completely different passphrase"
DATA = Path(__file__).resolve().parents[1] / "data"
AFTER = "AFTER-ROTATION: I am planning to leave on Friday"


def entry(text: str) -> Entry:
    return Entry(kind="incident", occurred_start=datetime(2025, 5, 1, 20, 0), what_happened=text)


def sql(path: Path, statement: str, *args: Any) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.executescript(statement) if not args else conn.execute(statement, args)
        conn.commit()
    finally:
        conn.close()


def header_row(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT data FROM header").fetchone()[0])
    finally:
        conn.close()


def set_header(path: Path, text: str) -> None:
    sql(path, "UPDATE header SET data = ? WHERE id = 1", text)


def file_bytes(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


@pytest.fixture
def made(vault_path: Path) -> tuple[Path, str]:
    vault, code = create_vault(vault_path, PASSPHRASE, kdf=KdfParams.FLOOR)
    with vault:
        saved = vault.add_entry(entry("BEFORE: he took my keys"))
        vault.add_attachment(saved.id or "", _photo(vault_path.parent / "photo.jpg"))
        vault.save_document("safety_plan", {"bag": "documents, cash"})
    return vault_path, code


def _photo(path: Path) -> Path:
    path.write_bytes(b"\xff\xd8PHOTO" + os.urandom(3 * 1024 * 1024))
    return path


# ------------------------------------------------------------------ re-keying


def test_old_header_spliced_into_rekeyed_file_opens_nothing(made: tuple[Path, str]) -> None:
    path, code = made
    old_header = header_row(path)
    with open_vault(path, PASSPHRASE) as vault:
        vault.change_passphrase(NEW, kdf=KdfParams.FLOOR)
        vault.add_entry(entry(AFTER))
    set_header(path, old_header)
    with pytest.raises(VaultCorrupted):
        open_vault(path, PASSPHRASE)
    with pytest.raises(VaultCorrupted):
        open_vault_with_recovery(path, code)


def test_old_copy_of_file_cannot_read_entries_written_after_the_change(
    made: tuple[Path, str], tmp_path: Path
) -> None:
    path, code = made
    old_copy = tmp_path / "old.rcv"
    shutil.copyfile(path, old_copy)
    with open_vault(path, PASSPHRASE) as vault:
        new_code = vault.replace_recovery_code()
        vault.change_passphrase(NEW, kdf=KdfParams.FLOOR)
        vault.add_entry(entry(AFTER))
    # The attacker's old header (in the old copy) with the old secrets, put on the new file.
    set_header(path, header_row(old_copy))
    for opener in (
        lambda: open_vault(path, PASSPHRASE),
        lambda: open_vault_with_recovery(path, code),
    ):
        with pytest.raises(VaultCorrupted):
            opener()
    assert AFTER.encode() not in file_bytes(path)
    # The new secrets, with the new header back, open everything.
    with open_vault(old_copy, PASSPHRASE) as old:
        assert all(AFTER not in e.what_happened for e in old.entries())
    with pytest.raises(WrongPassphrase):
        open_vault_with_recovery(old_copy, new_code)


def test_rekey_leaves_no_old_wrap_or_ciphertext_in_file_or_wal(made: tuple[Path, str]) -> None:
    path, code = made
    old = json.loads(header_row(path))
    conn = sqlite3.connect(path)
    old_blobs = [row[0] for row in conn.execute("SELECT blob FROM records")]
    conn.close()
    with open_vault(path, PASSPHRASE) as vault:
        vault.change_passphrase(NEW, kdf=KdfParams.FLOOR)
        contents = file_bytes(path)
        for value in (old["passphrase_wrap"], old["recovery_wrap"], old["mac"]):
            assert value.encode() not in contents
        for blob in old_blobs:
            assert blob[:64] not in contents
        assert vault.verify().ok
    with pytest.raises(WrongPassphrase):
        open_vault(path, PASSPHRASE)
    with open_vault_with_recovery(path, code) as vault:  # the code was kept
        attachment = vault.attachments(vault.entries()[0].id or "")[0]
        data = b"".join(vault.read_attachment(attachment.id))
        assert data.startswith(b"\xff\xd8PHOTO") and len(data) == attachment.size
        assert vault.load_document("safety_plan") == {"bag": "documents, cash"}
        assert vault.verify().ok


def test_rekey_reports_progress_and_cancel_rolls_back(made: tuple[Path, str]) -> None:
    path, _code = made
    before = header_row(path)
    seen: list[tuple[int, int]] = []
    with open_vault(path, PASSPHRASE) as vault:
        with pytest.raises(RekeyCancelled):
            vault.change_passphrase(
                NEW, kdf=KdfParams.FLOOR, progress=lambda d, t: seen.append((d, t)),
                cancelled=lambda: len(seen) >= 3,
            )  # fmt: skip
        assert len(seen) == 3 and seen[-1][1] > 3
        assert header_row(path) == before
        assert vault.verify().ok and len(vault) == 1
        vault.add_entry(entry("still writable"))
    with open_vault(path, PASSPHRASE) as vault:
        assert len(vault) == 2 and vault.verify().ok


def test_lock_from_another_thread_abandons_a_rekey(made: tuple[Path, str]) -> None:
    path, _code = made
    started = threading.Event()
    result: list[BaseException] = []
    with open_vault(path, PASSPHRASE) as vault:

        def slow(done: int, total: int) -> None:
            started.set()
            threading.Event().wait(0.01)

        def work() -> None:
            try:
                vault.change_passphrase(NEW, kdf=KdfParams.FLOOR, progress=slow)
            except BaseException as exc:
                result.append(exc)

        worker = threading.Thread(target=work)
        worker.start()
        assert started.wait(10)
        assert vault.cancel_import()  # returns once the transaction is rolled back
        vault.save_draft(entry("draft saved by quick exit"))
        vault.lock()
        worker.join(10)
        assert isinstance(result[0], RekeyCancelled)
    with open_vault(path, PASSPHRASE) as vault:
        assert vault.verify().ok and vault.load_draft() is not None


def test_lowered_kdf_in_header_is_refused_not_reused(made: tuple[Path, str]) -> None:
    path, code = made
    header = json.loads(header_row(path))
    header["kdf"]["memory_kib"] = KdfParams.FLOOR.memory_kib + 8  # "cheaper" for the attacker
    header["check"] = header_check(header)
    set_header(path, json.dumps(header))
    with pytest.raises(VaultCorrupted):
        open_vault_with_recovery(path, code)


# ------------------------------------------------------------ locked-down schema

ATTACKS = {
    "hidden table": "CREATE TABLE stash (id BLOB, blob BLOB);",
    "copy on delete": (
        "CREATE TABLE stash (id BLOB, blob BLOB);"
        "CREATE TRIGGER keep BEFORE DELETE ON records "
        "BEGIN INSERT INTO stash VALUES (old.id, old.blob); END;"
    ),
    "copy on update": (
        "CREATE TABLE stash (id BLOB, blob BLOB);"
        "CREATE TRIGGER keep BEFORE UPDATE ON records "
        "BEGIN INSERT INTO stash VALUES (old.id, old.blob); END;"
    ),
    "drop inserts": (
        "CREATE TRIGGER lose AFTER INSERT ON records BEGIN DELETE FROM records "
        "WHERE id = new.id; END;"
    ),
    "view": "CREATE VIEW everything AS SELECT * FROM records;",
    "index": "CREATE INDEX by_blob ON records (blob);",
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_changed_schema_is_refused_and_nothing_written(made: tuple[Path, str], attack: str) -> None:
    path, code = made
    sql(path, ATTACKS[attack])
    before = file_bytes(path)
    for opener in (
        lambda: open_vault(path, PASSPHRASE),
        lambda: open_vault_with_recovery(path, code),
    ):
        with pytest.raises(VaultCorrupted, match="structure"):
            opener()
    assert file_bytes(path) == before


def test_schema_changed_while_open_fails_verify(made: tuple[Path, str]) -> None:
    path, _ = made
    with open_vault(path, PASSPHRASE) as vault:
        sql(path, ATTACKS["copy on delete"])
        with pytest.raises(VaultCorrupted):
            vault.verify()


# ------------------------------------------------------------ authenticated header


def test_changed_header_is_corrupted_not_wrong_passphrase(made: tuple[Path, str]) -> None:
    path, _code = made
    header = json.loads(header_row(path))
    donor_path = path.with_name("donor.rcv")
    donor, _ = create_vault(donor_path, "donor passphrase", kdf=KdfParams.FLOOR)
    donor.close()
    other = json.loads(header_row(donor_path))
    header["recovery_public"] = other["recovery_public"]  # would seal future keys to the attacker
    header["recovery_wrap"] = other["recovery_wrap"]
    header["check"] = header_check(header)
    set_header(path, json.dumps(header))
    with pytest.raises(VaultCorrupted) as raised:
        open_vault(path, PASSPHRASE)
    assert not isinstance(raised.value, WrongPassphrase)


def test_fingerprint_and_identity_tell_a_changed_header(made: tuple[Path, str]) -> None:
    path, _ = made
    with open_vault(path, PASSPHRASE) as vault:
        remembered = vault.header_fingerprint
        assert vault_identity(path) == vault.vault_id
    assert header_fingerprint(path) == remembered
    header = json.loads(header_row(path))
    header["kdf"]["iterations"] = 3  # unwrapping now fails: indistinguishable from a typo
    header["check"] = header_check(header)
    set_header(path, json.dumps(header))
    assert header_fingerprint(path) != remembered
    with pytest.raises(HeaderChanged, match="may be right"):
        open_vault(path, PASSPHRASE, remembered_header=remembered)
    with pytest.raises(WrongPassphrase):  # nothing remembered: the plain message
        open_vault(path, PASSPHRASE)
    with pytest.raises(WrongPassphrase):  # a wrong passphrase on an unchanged header
        open_vault(path, "not it", remembered_header=header_fingerprint(path))


# ------------------------------------------------------------ documents in the chain


def _snapshot(path: Path) -> list[tuple[bytes, bytes]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id, blob FROM records").fetchall()
    finally:
        conn.close()


def _restore_rows(path: Path, rows: list[tuple[bytes, bytes]], ids: set[bytes]) -> None:
    conn = sqlite3.connect(path)
    try:
        for record_id, blob in rows:
            if record_id in ids:
                conn.execute("INSERT OR REPLACE INTO records VALUES (?, ?)", (record_id, blob))
        conn.commit()
    finally:
        conn.close()


def _doc_id(vault: Vault, name: str) -> bytes:
    return vault._unlocked().named_id("doc:" + name)


def _problems_after_reopen(path: Path) -> tuple[list[str], list[str]]:
    with open_vault(path, PASSPHRASE) as vault:
        return vault.problems, vault.verify().problems


def test_document_rolled_back_to_old_copy_is_found(made: tuple[Path, str]) -> None:
    path, _ = made
    old = _snapshot(path)
    with open_vault(path, PASSPHRASE) as vault:
        doc = _doc_id(vault, "safety_plan")
        vault.save_document("safety_plan", {"bag": "moved to a friend's"})
    _restore_rows(path, old, {doc})
    at_unlock, verified = _problems_after_reopen(path)
    assert at_unlock and verified


def test_deleted_document_is_found(made: tuple[Path, str]) -> None:
    path, _ = made
    with open_vault(path, PASSPHRASE) as vault:
        doc = _doc_id(vault, "safety_plan")
    sql(path, "DELETE FROM records WHERE id = ?", doc)
    at_unlock, verified = _problems_after_reopen(path)
    assert at_unlock and verified


def test_entries_rolled_back_with_current_documents_is_found(made: tuple[Path, str]) -> None:
    path, _ = made
    old = _snapshot(path)
    with open_vault(path, PASSPHRASE) as vault:
        gone = vault.add_entry(entry("this one gets deleted"))
        vault.delete_entry(gone.id or "")
        vault.save_document("safety_plan", {"bag": "new"})
        doc = _doc_id(vault, "safety_plan")
    # Every record back to the old snapshot, except the current safety plan.
    current = dict(_snapshot(path))
    sql(path, "DELETE FROM records")
    _restore_rows(path, old, {r[0] for r in old})
    _restore_rows(path, [(doc, current[doc])], {doc})
    at_unlock, verified = _problems_after_reopen(path)
    assert at_unlock and verified


# ------------------------------------------------------------------ bad input


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_fifo_device_and_folder_cannot_be_attached(vault: Vault, tmp_path: Path) -> None:
    saved = vault.add_entry(entry("x"))
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for source in (fifo, Path("/dev/zero"), tmp_path):
        with pytest.raises(VaultError, match="ordinary files"):
            vault.add_attachment(saved.id or "", source)
    assert vault.attachments(saved.id or "") == [] and vault.verify().ok


@pytest.mark.parametrize(
    "change",
    [
        {"tags": ["x" * 201]},
        {"tags": ["t"] * 201},
        {"behaviours": ["b" * 50_000_000]},
        {"emotions": {"e" * 201: 3}},
        {"what_happened": "w" * 1_000_001},
    ],
)
def test_oversized_fields_are_refused_plainly(change: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=r"at most|more than|too long"):
        Entry(kind="incident", occurred_start=datetime(2025, 1, 1), **change)


def test_oversized_document_is_refused(vault: Vault) -> None:
    with pytest.raises(VaultError, match="too large"):
        vault.save_document("contacts", {"notes": "x" * (5 * 1024 * 1024)})
    assert vault.load_document("contacts") is None and vault.verify().ok


def test_symlinked_journal_is_locked_as_the_real_file(made: tuple[Path, str]) -> None:
    path, _ = made
    link = path.with_name("link.rcv")
    link.symlink_to(path)
    with open_vault(link, PASSPHRASE) as vault:
        assert vault.path == path.resolve()
        with pytest.raises(VaultInUse):
            open_vault(path, PASSPHRASE)
        vault.add_entry(entry("through the link"))
    assert not link.with_name("link.rcv-wal").exists()
    with open_vault(path, PASSPHRASE) as vault:
        assert len(vault) == 2 and vault.verify().ok


def test_hard_linked_journal_is_refused(made: tuple[Path, str]) -> None:
    path, _ = made
    os.link(path, path.with_name("second-name.rcv"))
    with pytest.raises(VaultError, match="hard link"):
        open_vault(path, PASSPHRASE)


# ------------------------------------------------------------------ upgrade


def _v1_copy(tmp_path: Path, name: str = "v1-full") -> tuple[Path, dict[str, Any]]:
    folder = tmp_path / "upgrade"
    folder.mkdir(mode=0o700)
    copy = folder / "journal.rcv"
    shutil.copyfile(DATA / f"{name}.rcv", copy)
    copy.chmod(0o600)
    return copy, json.loads((DATA / f"{name}.expected.json").read_text("utf-8"))


def test_v1_journal_is_upgraded_and_backup_removed(tmp_path: Path) -> None:
    path, expected = _v1_copy(tmp_path)
    with open_vault(path, expected["passphrase"]) as vault:
        assert json.loads(header_row(path))["version"] == 2
        assert vault.problems == [] and vault.verify().ok
        assert not path.with_name("journal.rcv.v1-backup").exists()
        vault.save_document("settings", {"auto_lock": 5})
    with open_vault_with_recovery(path, expected["recovery_code"]) as vault:
        assert vault.needs_new_recovery_code is False  # unlocked with it: it can be kept
        assert vault.change_passphrase(NEW, kdf=KdfParams.FLOOR) is None
    with open_vault_with_recovery(path, expected["recovery_code"]) as vault:
        assert vault.verify().ok


def test_upgraded_journal_changing_passphrase_makes_a_new_code(tmp_path: Path) -> None:
    path, expected = _v1_copy(tmp_path)
    with open_vault(path, expected["passphrase"]) as vault:
        assert vault.needs_new_recovery_code  # its recovery slot is still version 1
        code = vault.change_passphrase(NEW, kdf=KdfParams.FLOOR)
        assert code is not None
    with pytest.raises(WrongPassphrase):
        open_vault_with_recovery(path, expected["recovery_code"])
    with open_vault_with_recovery(path, code) as vault:
        assert vault.verify().ok and not vault.needs_new_recovery_code


def test_leftover_backup_of_committed_upgrade_is_removed(tmp_path: Path) -> None:
    path, expected = _v1_copy(tmp_path)
    spare = path.with_name("journal.rcv.v1-backup")
    shutil.copyfile(path, spare)  # as if killed after the upgrade committed
    with open_vault(path, expected["passphrase"]):
        pass
    assert not spare.exists()
    shutil.copyfile(DATA / "v1-full.rcv", spare)
    with open_vault(path, expected["passphrase"]) as vault:
        assert vault.problems == []
    assert not spare.exists()


def test_v1_header_put_back_on_upgraded_file_is_refused(tmp_path: Path) -> None:
    path, expected = _v1_copy(tmp_path)
    old_header = header_row(path)
    with open_vault(path, expected["passphrase"]):
        pass
    set_header(path, old_header)
    with pytest.raises(VaultCorrupted):
        open_vault(path, expected["passphrase"])
