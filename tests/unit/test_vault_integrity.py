"""verify(): the hash chain notices removed, rolled-back and restored records."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from journal.model import Entry
from journal.vault import GENESIS, Vault, VerifyReport, open_vault
from tests.conftest import PASSPHRASE

START = datetime(2024, 2, 10, 19, 0)


def entry(text: str, day: int = 0) -> Entry:
    return Entry(kind="incident", occurred_start=START + timedelta(days=day), what_happened=text)


def sql(path: Path, statement: str, *params: object) -> list[tuple[object, ...]]:
    """Run one statement on the vault file from outside (as another program would)."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            return conn.execute(statement, params).fetchall()
    finally:
        conn.close()


def blob_of(path: Path, record_id: bytes) -> bytes:
    return sql(path, "SELECT blob FROM records WHERE id = ?", record_id)[0][0]  # type: ignore[return-value]


def put_blob(path: Path, record_id: bytes, blob: bytes) -> None:
    sql(path, "INSERT OR REPLACE INTO records (id, blob) VALUES (?, ?)", record_id, blob)


def log_ids(vault: Vault) -> list[bytes]:
    """Return the record ids of the chain links, in chain order."""
    return [link.record_id for link in vault._chain.links]


def assert_clean(report: VerifyReport) -> None:
    assert report.ok, report.problems
    assert report.problems == []


# ------------------------------------------------------------------ healthy vaults


def test_fresh_vault_verifies(vault: Vault) -> None:
    report = vault.verify()
    assert_clean(report)
    assert (report.entries, report.revisions, report.head) == (0, 0, GENESIS)
    assert vault.problems == []


def test_verify_after_add_amend_delete(vault: Vault) -> None:
    a = vault.add_entry(entry("a"))
    b = vault.add_entry(entry("b", 1))
    vault.add_entries([entry("c", 2), entry("d", 3)])
    assert_clean(vault.verify())
    vault.amend_entry(a.id or "", entry("a2"))
    vault.amend_entry(a.id or "", entry("a3"))
    report = vault.verify()
    assert_clean(report)
    assert (report.entries, report.revisions) == (4, 6)
    vault.delete_entry(b.id or "")
    report = vault.verify()
    assert_clean(report)
    assert report.entries == 3
    assert report.head == vault.chain_head
    vault.save_draft(entry("draft"))
    vault.save_document("plan", {"a": 1})
    assert_clean(vault.verify())

    path = vault.path
    vault.close()
    with open_vault(path, PASSPHRASE) as again:
        assert again.problems == []
        report = again.verify()
        assert_clean(report)
        assert report.head == again.chain_head
        assert report.entries == 3


def test_chain_head_changes_with_every_save(vault: Vault) -> None:
    heads = {vault.chain_head}
    saved = vault.add_entry(entry("a"))
    heads.add(vault.chain_head)
    vault.amend_entry(saved.id or "", entry("a2"))
    heads.add(vault.chain_head)
    vault.delete_entry(saved.id or "")
    heads.add(vault.chain_head)
    assert len(heads) == 4
    assert all(len(h) == 64 and int(h, 16) >= 0 for h in heads)


def test_chain_continues_after_reopen(vault: Vault) -> None:
    vault.add_entry(entry("a"))
    path = vault.path
    vault.close()
    with open_vault(path, PASSPHRASE) as again:
        head = again.chain_head
        again.add_entry(entry("b", 1))
        assert again.chain_head != head
        assert_clean(again.verify())
    with open_vault(path, PASSPHRASE) as third:
        assert_clean(third.verify())
        assert third.problems == []


# ------------------------------------------------------------------ removed records


@pytest.mark.parametrize("which", [0, 2, 4], ids=["first", "middle", "last"])
def test_deleted_log_record_is_detected(vault: Vault, which: int) -> None:
    saved = [vault.add_entry(entry(str(i), i)) for i in range(5)]
    removed = log_ids(vault)[which]
    sql(vault.path, "DELETE FROM records WHERE id = ?", removed)
    report = vault.verify()
    assert not report.ok and report.problems
    path = vault.path
    vault.close()
    with open_vault(path, PASSPHRASE) as again:
        assert again.problems  # noticed on unlock as well
        assert not again.verify().ok
        assert [e.id for e in again.entries()] == [e.id for i, e in enumerate(saved) if i != which]


def test_deleted_amendment_is_detected(vault: Vault) -> None:
    saved = vault.add_entry(entry("v1"))
    vault.amend_entry(saved.id or "", entry("v2"))
    vault.add_entry(entry("other", 1))
    sql(vault.path, "DELETE FROM records WHERE id = ?", log_ids(vault)[1])
    assert not vault.verify().ok


def test_deleted_tombstone_is_detected(vault: Vault) -> None:
    saved = vault.add_entry(entry("a"))
    vault.add_entry(entry("b", 1))
    vault.delete_entry(saved.id or "")
    tombstone = log_ids(vault)[-1]
    sql(vault.path, "DELETE FROM records WHERE id = ?", tombstone)
    assert not vault.verify().ok


def test_deleted_head_record_is_detected(vault: Vault) -> None:
    vault.add_entry(entry("a"))
    head_id = vault._unlocked().named_id("head")
    sql(vault.path, "DELETE FROM records WHERE id = ?", head_id)
    assert not vault.verify().ok
    path = vault.path
    vault.close()
    with open_vault(path, PASSPHRASE) as again:
        assert not again.verify().ok


def test_every_record_deleted_is_detected(vault: Vault) -> None:
    """Wiping the records table of an open journal is not 'all fine'."""
    vault.add_entries([entry("a"), entry("b", 1)])
    sql(vault.path, "DELETE FROM records")
    assert not vault.verify().ok


# ------------------------------------------------------------------ rollback


def test_rolled_back_head_is_detected(vault: Vault) -> None:
    vault.add_entries([entry("a"), entry("b", 1)])
    head_id = vault._unlocked().named_id("head")
    old_head = blob_of(vault.path, head_id)
    vault.add_entry(entry("c", 2))
    vault.add_entry(entry("d", 3))
    put_blob(vault.path, head_id, old_head)
    assert not vault.verify().ok
    path = vault.path
    vault.close()
    with open_vault(path, PASSPHRASE) as again:
        assert again.problems
        assert not again.verify().ok


def test_whole_state_rolled_back_while_open_is_detected(vault: Vault) -> None:
    """Put back the head *and* remove the newer links: the open vault knows it wrote more."""
    vault.add_entry(entry("a"))
    head_id = vault._unlocked().named_id("head")
    old_head = blob_of(vault.path, head_id)
    vault.add_entry(entry("b", 1))
    newer = log_ids(vault)[-1]
    sql(vault.path, "DELETE FROM records WHERE id = ?", newer)
    put_blob(vault.path, head_id, old_head)
    assert not vault.verify().ok


def test_rolled_back_amendment_is_detected(vault: Vault) -> None:
    saved = vault.add_entry(entry("original"))
    head_id = vault._unlocked().named_id("head")
    old_head = blob_of(vault.path, head_id)
    vault.amend_entry(saved.id or "", entry("amended"))
    amendment = log_ids(vault)[-1]
    sql(vault.path, "DELETE FROM records WHERE id = ?", amendment)
    put_blob(vault.path, head_id, old_head)
    assert not vault.verify().ok


# ------------------------------------------------------------------ restored content


def test_restored_copy_of_a_deleted_revision_is_detected(vault: Vault) -> None:
    keep = vault.add_entry(entry("keep"))
    gone = vault.add_entry(entry("to be deleted", 1))
    record = log_ids(vault)[1]
    before = blob_of(vault.path, record)
    vault.delete_entry(gone.id or "")
    assert blob_of(vault.path, record) != before  # the content was overwritten
    assert_clean(vault.verify())
    put_blob(vault.path, record, before)  # someone puts the old copy back
    report = vault.verify()
    assert not report.ok
    path = vault.path
    vault.close()
    with open_vault(path, PASSPHRASE) as again:
        assert not again.verify().ok
        assert again.entries() == [keep]  # the deleted entry does not come back


def test_restored_copy_of_a_deleted_amendment_is_detected(vault: Vault) -> None:
    saved = vault.add_entry(entry("v1"))
    vault.amend_entry(saved.id or "", entry("v2"))
    records = log_ids(vault)
    copies = [blob_of(vault.path, r) for r in records]
    vault.delete_entry(saved.id or "")
    put_blob(vault.path, records[1], copies[1])
    assert not vault.verify().ok


def test_duplicated_link_is_detected(vault: Vault) -> None:
    """The same revision stored twice under two ids cannot pass (ids are bound in)."""
    vault.add_entries([entry("a"), entry("b", 1)])
    first = log_ids(vault)[0]
    sql(
        vault.path,
        "INSERT INTO records (id, blob) VALUES (?, ?)",
        b"x" * 16,
        blob_of(vault.path, first),
    )
    assert not vault.verify().ok
