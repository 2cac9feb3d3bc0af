"""Writes that arrive while a large file is being stored, broken characters, removed content
left in the write-ahead log.

Storing a file keeps one transaction open while its source is read; the window's progress
callback handles events meanwhile (draft timer, help panel, lock, quick exit). Those writes
must be refused cleanly, never mixed into the import's transaction, and never end it.
"""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from journal.attachments import CHUNK_SIZE
from journal.errors import ImportCancelled, VaultBusy, VaultError
from journal.model import Entry
from journal.vault import Vault, open_vault
from tests.conftest import PASSPHRASE


def entry(text: str) -> Entry:
    return Entry(kind="incident", occurred_start=datetime(2024, 1, 1), what_happened=text)


class CallingBack(io.RawIOBase):
    """A file whose read() runs `hook` once, after `after` reads (like the window's progress
    callback running a timer or a click in the middle of an import)."""

    def __init__(self, data: bytes, hook: Callable[[], None], after: int = 2) -> None:
        super().__init__()
        self._data = io.BytesIO(data)
        self._hook: Callable[[], None] | None = hook
        self._after = after
        self.reads = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        chunk = self._data.read(size)
        self.reads += 1
        if self.reads >= self._after and self._hook is not None:
            hook, self._hook = self._hook, None
            hook()
        return chunk


def payload(chunks: int = 4) -> bytes:
    return os.urandom(chunks * CHUNK_SIZE + 1234)


def reopen_ok(vault_path: Path) -> Vault:
    again = open_vault(vault_path, PASSPHRASE)
    report = again.verify()
    assert report.ok, report.problems
    assert again.problems == []
    return again


WRITES: list[tuple[str, Callable[[Vault, str], Any]]] = [
    ("save_draft", lambda v, _i: v.save_draft(entry("typed while the file was stored"))),
    ("clear_draft", lambda v, _i: v.clear_draft()),
    ("add_entry", lambda v, _i: v.add_entry(entry("saved while the file was stored"))),
    ("amend_entry", lambda v, i: v.amend_entry(i, entry("amended meanwhile"))),
    ("delete_entry", lambda v, i: v.delete_entry(i)),
    ("save_document", lambda v, _i: v.save_document("safety_plan", {"steps": ["call"]})),
    ("change_passphrase", lambda v, _i: v.change_passphrase("another passphrase here")),
    ("replace_recovery_code", lambda v, _i: v.replace_recovery_code()),
    ("add_attachment", lambda v, i: v.add_attachment(i, io.BytesIO(b"second"), filename="b")),
    ("verify", lambda v, _i: v.verify()),
]


@pytest.mark.parametrize(("name", "write"), WRITES, ids=[name for name, _w in WRITES])
def test_a_write_during_an_import_is_refused_and_the_import_still_succeeds(
    vault: Vault, vault_path: Path, tmp_path: Path, name: str, write: Callable[[Vault, str], Any]
) -> None:
    first = vault.add_entry(entry("He took my phone."))
    entry_id = first.id or ""
    data = payload()
    refused: list[VaultError] = []

    def nested() -> None:
        assert vault.busy
        with pytest.raises(VaultBusy) as info:
            write(vault, entry_id)
        refused.append(info.value)

    attachment = vault.add_attachment(entry_id, CallingBack(data, nested), filename="video.mp4")
    assert refused and "busy storing a file" in refused[0].message
    assert not vault.busy
    assert b"".join(vault.read_attachment(attachment.id)) == data
    # The chain carries on from the import: no fork, nothing rolled back.
    later = vault.add_entry(entry("The next entry."))
    assert vault.verify().ok
    vault.close()
    with reopen_ok(vault_path) as again:
        assert {e.what_happened for e in again.entries()} == {
            "He took my phone.",
            later.what_happened,
        }
        (kept,) = again.attachments(entry_id)
        assert kept.sha256 == attachment.sha256
        assert again.load_draft() is None
        assert again.load_document("safety_plan") is None
        assert b"".join(again.read_attachment(kept.id)) == data


def test_cancelling_an_import_lets_the_draft_be_saved_at_once(
    vault: Vault, vault_path: Path
) -> None:
    """What Lock and Quick exit do mid-import: cancel, save the draft, lock or close."""
    first = vault.add_entry(entry("He took my phone."))

    def lock_now() -> None:
        assert vault.cancel_import()
        assert not vault.busy
        vault.save_draft(entry("Half a sentence typed before locking"))
        vault.lock()

    with pytest.raises(ImportCancelled):
        vault.add_attachment(first.id or "", CallingBack(payload(), lock_now), filename="v.mp4")
    assert vault.is_locked and not vault.busy
    vault.unlock(PASSPHRASE)
    assert vault.attachments(first.id or "") == []
    draft = vault.load_draft()
    assert draft is not None and draft.what_happened == "Half a sentence typed before locking"
    report = vault.verify()
    assert report.ok and report.attachments == 0, report.problems
    vault.add_entry(entry("Carrying on."))
    vault.close()
    with reopen_ok(vault_path) as again:
        assert len(again) == 2


@pytest.mark.parametrize("how", ["lock", "close", "cancel_import"])
def test_locking_or_closing_during_an_import_keeps_nothing_of_it(
    vault: Vault, vault_path: Path, how: str
) -> None:
    first = vault.add_entry(entry("He took my phone."))
    stream = CallingBack(payload(8), lambda: getattr(vault, how)(), after=3)
    with pytest.raises(ImportCancelled):
        vault.add_attachment(first.id or "", stream, filename="v.mp4")
    assert stream.reads == 3  # stopped at once, not read to the end
    vault.close()
    with reopen_ok(vault_path) as again:
        assert again.attachments(first.id or "") == []
        assert again.verify().attachments == 0


def test_cancelled_while_looking_for_location_data(vault: Vault, vault_path: Path) -> None:
    """The location check reads (and calls back) before the transaction starts."""
    first = vault.add_entry(entry("Photo"))

    class Seekable(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            vault.cancel_import()
            return super().read(size)

    stream = Seekable(payload(1))
    with pytest.raises(ImportCancelled):
        vault.add_attachment(first.id or "", stream, filename="p.jpg")
    assert vault.attachments(first.id or "") == []
    assert vault.verify().ok


def test_an_import_whose_transaction_was_ended_stores_nothing(
    vault: Vault, vault_path: Path
) -> None:
    """Whatever ends the import's transaction from outside, nothing of it is committed."""
    first = vault.add_entry(entry("He took my phone."))

    def end_it() -> None:
        vault._store.conn.execute("ROLLBACK")

    with pytest.raises(VaultError) as info:
        vault.add_attachment(first.id or "", CallingBack(payload(), end_it), filename="v.mp4")
    assert "not added" in info.value.message
    assert not vault.busy
    assert vault.attachments(first.id or "") == []
    vault.add_entry(entry("Carrying on."))
    assert vault.verify().ok
    vault.close()
    with reopen_ok(vault_path) as again:
        assert len(again) == 2 and again.verify().attachments == 0


def test_backup_during_an_import_is_refused(vault: Vault, tmp_path: Path) -> None:
    first = vault.add_entry(entry("x"))

    def nested() -> None:
        with pytest.raises(VaultBusy):
            vault.backup(tmp_path / "copy.rcv")

    vault.add_attachment(first.id or "", CallingBack(payload(), nested), filename="v.mp4")
    assert not (tmp_path / "copy.rcv").exists()
    vault.backup(tmp_path / "copy.rcv")
    assert (tmp_path / "copy.rcv").stat().st_size > 0


# ------------------------------------------------------------------ broken characters

LONE = "a\ud800b"


@pytest.mark.parametrize(
    "changes",
    [
        {"what_happened": LONE},
        {"location": LONE},
        {"reflection": "fine\udfff"},
        {"tags": ["ok", LONE]},
        {"behaviours": [LONE]},
        {"body_responses": [LONE]},
        {"emotions": {LONE: 3}},
    ],
)
def test_lone_surrogates_are_refused_with_a_readable_message(changes: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="broken character"):
        Entry(kind="incident", occurred_start=datetime(2024, 1, 1), **changes)
    content = Entry(kind="incident", occurred_start=datetime(2024, 1, 1)).content()
    with pytest.raises(ValueError, match="broken character"):
        Entry.from_content({**content, **changes})


def test_other_text_outside_ascii_is_kept() -> None:
    text = "Él dijo “basta” — 😀 ça va, 家"
    made = Entry(
        kind="incident",
        occurred_start=datetime(2024, 1, 1),
        what_happened=text,
        tags=[text],
        emotions={text: 2},
    )
    assert Entry.from_content(made.content()).what_happened == text


def test_a_document_with_a_lone_surrogate_is_refused_cleanly(
    vault: Vault, vault_path: Path
) -> None:
    vault.save_document("safety_plan", {"steps": ["call Sam"]})
    with pytest.raises(VaultError, match="broken character"):
        vault.save_document("safety_plan", {"steps": [LONE]})
    with pytest.raises(VaultError, match="broken character"):
        vault.save_document(LONE, {})
    assert vault.load_document("safety_plan") == {"steps": ["call Sam"]}
    vault.save_document("safety_plan", {"steps": ["call Sam", "pack a bag"]})
    vault.close()
    with reopen_ok(vault_path) as again:
        assert again.load_document("safety_plan") == {"steps": ["call Sam", "pack a bag"]}


# ------------------------------------------------------- removed content and the WAL


def _crash_copy(vault_path: Path, dest: Path) -> Path:
    """Copy the journal and its WAL as a crash right now would leave them on disk."""
    dest.mkdir()
    for suffix in ("", "-wal"):
        source = vault_path.with_name(vault_path.name + suffix)
        if source.exists():
            shutil.copyfile(source, dest / (vault_path.name + suffix))
    return dest / vault_path.name


def _blobs(vault: Vault) -> list[bytes]:
    return [row[0] for row in vault._store.conn.execute("SELECT blob FROM records")]


def test_deleted_entry_ciphertext_does_not_stay_in_the_wal(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    keep = vault.add_entry(entry("kept"))
    gone = vault.add_entry(entry("Removed for good " * 40))
    before = set(_blobs(vault))
    vault.delete_entry(gone.id or "")
    old = before - set(_blobs(vault))
    assert old, "deleting rewrote records"
    crashed = _crash_copy(vault_path, tmp_path / "crash")
    wal = crashed.with_name(crashed.name + "-wal")
    on_disk = crashed.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    for blob in old:
        assert blob[16:80] not in on_disk  # any stretch of the old ciphertext
    with open_vault(crashed, PASSPHRASE) as opened:
        assert [e.id for e in opened.entries()] == [keep.id]
        assert opened.verify().ok


def test_removed_attachment_ciphertext_does_not_stay_in_the_wal(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    first = vault.add_entry(entry("x"))
    added = vault.add_attachment(first.id or "", io.BytesIO(payload(2)), filename="a.jpg")
    before = set(_blobs(vault))
    vault.remove_attachment(added.id)
    old = before - set(_blobs(vault))
    assert len(old) >= 3  # the chunks and the attachment's link
    crashed = _crash_copy(vault_path, tmp_path / "crash")
    wal = crashed.with_name(crashed.name + "-wal")
    on_disk = crashed.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    for blob in old:
        assert blob[16:80] not in on_disk
    with open_vault(crashed, PASSPHRASE) as opened:
        assert opened.attachments(first.id or "") == []
        assert opened.verify().ok


def test_a_busy_checkpoint_is_not_an_error(vault: Vault, vault_path: Path) -> None:
    import sqlite3

    gone = vault.add_entry(entry("gone"))
    reader = sqlite3.connect(vault_path)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM records").fetchall()  # holds a read snapshot
        vault.delete_entry(gone.id or "")  # the checkpoint cannot finish: still deleted
    finally:
        reader.close()
    assert len(vault) == 0 and vault.verify().ok
