"""The link index (`journal.vault.link_index`) only saves work: unlocking with it finds exactly
the links, entries and problems that reading every record gives, whatever was done to the
closed file with plain `sqlite3`; it is dropped when a record it names is rewritten."""

from __future__ import annotations

import dataclasses
import random
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from journal.errors import VaultCorrupted, VaultLocked
from journal.model import Entry
from journal.vault import KdfParams, Vault, create_vault, open_vault
from journal.vault.chain import SealedContent
from journal.vault.link_index import PAGE_LINKS, page_id
from journal.vault.scan import Scan, read_records, scan_records
from tests.conftest import PASSPHRASE
from tests.unit.test_vault_integrity import put_blob, sql

START = datetime(2024, 2, 10, 19, 0)


def entry(text: str, day: int = 0) -> Entry:
    return Entry(
        kind="incident",
        occurred_start=START + timedelta(days=day),
        what_happened=text,
        behaviours=("yelling",) if day % 2 else (),
    )


def index_id(vault: Vault, page: int = 0) -> bytes:
    return page_id(vault._unlocked(), page)


def written(vault: Vault) -> bool:
    """Write the link index as the app does once the entries are built; True if it wrote."""
    vault.build_entries()
    pending = bool(vault._link_pages)
    vault.refresh_link_index()
    return pending and not vault._link_pages


def index_blob(path: Path, record_id: bytes) -> bytes | None:
    rows = sql(path, "SELECT blob FROM records WHERE id = ?", record_id)
    return rows[0][0] if rows else None


def a_journal(path: Path, tmp_path: Path) -> dict[str, str]:
    """A closed journal with amended, deleted, attached and plain entries, documents and a
    draft, whose link index is written (as the app does once the entries are built)."""
    vault, _code = create_vault(path, PASSPHRASE, kdf=KdfParams.FLOOR)
    ids: dict[str, str] = {}
    with vault:
        saved = [vault.add_entry(entry(f"entry {n}", n)) for n in range(12)]
        vault.amend_entry(saved[2].id or "", entry("entry 2, amended", 2))
        vault.delete_entry(saved[5].id or "")
        source = tmp_path / "photo.bin"
        source.write_bytes(random.Random(1).randbytes(3000))
        vault.add_attachment(saved[7].id or "", source)
        vault.save_document("safety_plan", {"steps": ["call a friend"]})
        vault.save_draft(entry("not saved yet", 30))
        ids = {
            "amended": saved[2].id or "",
            "deleted": saved[5].id or "",
            "last": saved[11].id or "",
        }
    with open_vault(path, PASSPHRASE) as opened:
        assert written(opened)
    return ids


def contents(scan: Scan) -> list[Any]:
    """Every link's content, or the error reading it (before the journal locks)."""
    found: list[Any] = []
    for link in scan.links:
        try:
            found.append(link.read_content())
        except VaultCorrupted as exc:
            found.append(exc.message)
    return found


def both_ways(path: Path) -> tuple[Scan, Scan, list[str], list[Any]]:
    """Scan the file with its link index and without it; the problems unlocking reports;
    and every link's content read each way."""
    with open_vault(path, PASSPHRASE) as opened:
        keys = opened._unlocked()
        conn = opened._store.conn
        rows = read_records(conn)
        quick = scan_records(conn, keys, rows=rows)
        general = scan_records(conn, keys, rows=rows, link_index=False)
        problems = opened.every_problem()
        read = [contents(quick), contents(general)]
    return quick, general, problems, read


def assert_same(quick: Scan, general: Scan, read: list[Any]) -> None:
    """The same links (every field, the text hash, the content) and the same findings."""
    assert [(x, x.text_hash) for x in quick.links] == [(x, x.text_hash) for x in general.links]
    assert read[0] == read[1]
    assert (quick.head, quick.head_damaged, quick.draft_blob, quick.docs) == (
        general.head,
        general.head_damaged,
        general.draft_blob,
        general.docs,
    )
    assert sorted(quick.problems) == sorted(general.problems)


def test_unlocking_through_the_index_reads_exactly_what_every_record_gives(
    vault_path: Path, tmp_path: Path
) -> None:
    a_journal(vault_path, tmp_path)
    with open_vault(vault_path, PASSPHRASE) as opened:  # every entry's link from the index
        assert sum(isinstance(x.stored_content, SealedContent) for x in opened._chain.links) == 12
    quick, general, problems, read = both_ways(vault_path)
    assert_same(quick, general, read)
    assert problems == [] and quick.problems == []
    assert quick.index_pages == {}  # up to date: nothing to write again


def test_the_index_is_written_once_and_kept_while_nothing_changes(
    vault_path: Path, tmp_path: Path
) -> None:
    a_journal(vault_path, tmp_path)
    with open_vault(vault_path, PASSPHRASE) as opened:
        record_id = index_id(opened)
        assert not written(opened)  # it was up to date
    before = index_blob(vault_path, record_id)
    with open_vault(vault_path, PASSPHRASE) as opened:
        opened.add_entry(entry("a new one", 40))
        assert not written(opened)  # what was read at unlock is in it already
    assert index_blob(vault_path, record_id) == before
    with open_vault(vault_path, PASSPHRASE) as opened:  # the new link is read the general way
        assert written(opened)
    assert index_blob(vault_path, record_id) != before
    quick, general, problems, read = both_ways(vault_path)
    assert_same(quick, general, read)
    assert problems == [] and quick.index_pages == {}


def test_deleting_an_entry_drops_the_index_in_the_same_save(
    vault_path: Path, tmp_path: Path
) -> None:
    ids = a_journal(vault_path, tmp_path)
    with open_vault(vault_path, PASSPHRASE) as opened:
        record_id = index_id(opened)
        assert index_blob(vault_path, record_id) is not None
        opened.build_entries()
        opened.delete_entry(ids["amended"])  # the index named its records and their dates
        assert index_blob(vault_path, record_id) is None
        assert not written(opened)  # what unlocking read is out of date now
    assert index_blob(vault_path, record_id) is None
    with open_vault(vault_path, PASSPHRASE) as opened:
        assert ids["amended"] not in [e.id for e in opened.entries()]
        assert written(opened)


def test_a_new_passphrase_drops_the_index_and_keeps_every_entry(
    vault_path: Path, tmp_path: Path
) -> None:
    ids = a_journal(vault_path, tmp_path)
    with open_vault(vault_path, PASSPHRASE) as opened:
        record_id = index_id(opened)
        want = [(e.id, e.what_happened) for e in opened.entries()]
    with open_vault(vault_path, PASSPHRASE) as opened:
        # Entries not built yet are still sealed under the old key when re-keying starts.
        assert opened._index._pending
        opened.change_passphrase("a new passphrase", kdf=KdfParams.FLOOR)
        assert [(e.id, e.what_happened) for e in opened.entries()] == want
        assert opened.verify().ok
        assert not written(opened)
    assert index_blob(vault_path, record_id) is None
    with open_vault(vault_path, "a new passphrase") as opened:
        assert [(e.id, e.what_happened) for e in opened.entries()] == want
        assert ids["last"] in [e.id for e in opened.entries()]


def test_an_entry_left_sealed_cannot_be_read_once_locked(vault_path: Path, tmp_path: Path) -> None:
    a_journal(vault_path, tmp_path)
    with open_vault(vault_path, PASSPHRASE) as opened:
        sealed = next(x for x in opened._chain.links if isinstance(x.stored_content, SealedContent))
        keys = opened._unlocked()
        opened.lock()
        assert keys.wiped
        with pytest.raises(VaultLocked):
            sealed.read_content()


def flip(blob: bytes, at: int) -> bytes:
    changed = bytearray(blob)
    changed[at] ^= 0x01
    return bytes(changed)


def test_attacks_on_the_closed_file_are_found_as_without_the_index(
    vault_path: Path, tmp_path: Path
) -> None:
    """Each attack on a copy of the file: the index changes nothing in what unlocking finds."""
    ids = a_journal(vault_path, tmp_path)
    with open_vault(vault_path, PASSPHRASE) as opened:
        record_id = index_id(opened)
        links = list(opened._chain.links)
        head_id = opened._unlocked().named_id("head")
    good = vault_path.read_bytes()
    entry_link = next(x for x in links if x.op == "rev" and x.entry == ids["last"])
    tombstone = next(x for x in links if x.op == "del")
    other = tmp_path / "other" / "journal.rcv"  # another journal's index, same passphrase
    with create_vault(other, PASSPHRASE, kdf=KdfParams.FLOOR)[0] as vault:
        vault.add_entry(entry("elsewhere"))
    with open_vault(other, PASSPHRASE) as opened:
        assert written(opened)
        others_index = index_blob(other, index_id(opened))

    def flipped(record: bytes) -> None:
        """One bit of the record's blob changed in the middle, its nonce and tag kept."""
        blob = index_blob(vault_path, record) or b""
        put_blob(vault_path, record, flip(blob, len(blob) // 2))

    attacks: dict[str, Any] = {
        "flipped byte in an entry": lambda: flipped(entry_link.record_id),
        "flipped byte in a tombstone": lambda: flipped(tombstone.record_id),
        "entry record removed": lambda: sql(
            vault_path, "DELETE FROM records WHERE id = ?", entry_link.record_id
        ),
        "two records swapped": lambda: sql(
            vault_path,
            "UPDATE records SET blob = CASE id WHEN ? THEN ? ELSE ? END WHERE id IN (?, ?)",
            entry_link.record_id,
            index_blob(vault_path, tombstone.record_id),
            index_blob(vault_path, entry_link.record_id),
            entry_link.record_id,
            tombstone.record_id,
        ),
        "head removed": lambda: sql(vault_path, "DELETE FROM records WHERE id = ?", head_id),
        "index damaged": lambda: flipped(record_id),
        "index from another journal": lambda: put_blob(vault_path, record_id, others_index or b""),
    }
    for name, attack in attacks.items():
        vault_path.write_bytes(good)
        for extra in ("-wal", "-shm"):
            Path(str(vault_path) + extra).unlink(missing_ok=True)
        attack()
        quick, general, problems, read = both_ways(vault_path)
        assert_same(quick, general, read)  # (a damaged index page is a damaged record)
        assert problems, name


def test_an_old_index_put_back_only_sends_more_records_the_general_way(
    vault_path: Path, tmp_path: Path
) -> None:
    ids = a_journal(vault_path, tmp_path)
    with open_vault(vault_path, PASSPHRASE) as opened:
        record_id = index_id(opened)
    old_index = index_blob(vault_path, record_id)
    with open_vault(vault_path, PASSPHRASE) as opened:
        for n in range(3):
            opened.amend_entry(ids["last"], entry(f"last, amended {n}", 11))
        opened.delete_entry(ids["amended"])
    with open_vault(vault_path, PASSPHRASE) as opened:
        assert written(opened)
        want = [(e.id, e.revision, e.what_happened) for e in opened.entries()]
    sql(vault_path, "INSERT OR REPLACE INTO records (id, blob) VALUES (?, ?)", record_id, old_index)
    quick, general, problems, read = both_ways(vault_path)
    assert_same(quick, general, read)
    assert problems == [] and quick.index_pages  # it is written again
    with open_vault(vault_path, PASSPHRASE) as opened:
        assert [(e.id, e.revision, e.what_happened) for e in opened.entries()] == want


def test_a_damaged_index_is_reported_by_verify_too(vault_path: Path, tmp_path: Path) -> None:
    a_journal(vault_path, tmp_path)
    with open_vault(vault_path, PASSPHRASE) as opened:
        record_id = index_id(opened)
        assert opened.verify().ok
    blob = index_blob(vault_path, record_id) or b""
    sql(vault_path, "UPDATE records SET blob = ? WHERE id = ?", flip(blob, 30), record_id)
    with open_vault(vault_path, PASSPHRASE) as opened:
        report = opened.verify()
        assert not report.ok and len(report.problems) == 1
        assert report.problems == opened.problems
        assert not written(opened)  # nothing is written to a damaged file


def test_entries_read_through_the_index_match_field_for_field(
    vault_path: Path, tmp_path: Path
) -> None:
    a_journal(vault_path, tmp_path)
    without = tmp_path / "copy" / "journal.rcv"
    without.parent.mkdir()
    without.write_bytes(vault_path.read_bytes())
    with open_vault(vault_path, PASSPHRASE) as opened:
        record_id = index_id(opened)
        assert any(isinstance(x.stored_content, SealedContent) for x in opened._chain.links)
        through_index = [dataclasses.asdict(e) for e in opened.entries()]
        order = [e.id for e in opened.listing()]
        sealed = [x.seq for x in opened._chain.links if x.content is not None]
    sql(without, "DELETE FROM records WHERE id = ?", record_id)
    with open_vault(without, PASSPHRASE) as opened:
        assert not any(isinstance(x.stored_content, SealedContent) for x in opened._chain.links)
        assert [dataclasses.asdict(e) for e in opened.entries()] == through_index
        assert [e.id for e in opened.listing()] == order
        assert [x.seq for x in opened._chain.links if x.content is not None] == sealed


def test_pages_hold_500_links_and_only_the_changed_ones_are_written_again(
    vault_path: Path,
) -> None:
    vault, _code = create_vault(vault_path, PASSPHRASE, kdf=KdfParams.FLOOR)
    with vault:
        saved = vault.add_entries(entry(f"entry {n}", n % 300) for n in range(2 * PAGE_LINKS + 20))
    with open_vault(vault_path, PASSPHRASE) as opened:
        assert sorted(opened._link_pages) == [0, 1, 2]
        assert [len(items) for items in opened._link_pages.values()] == [500, 500, 20]
        assert written(opened)
        ids = [index_id(opened, page) for page in range(4)]

    def blobs() -> list[bytes | None]:
        return [index_blob(vault_path, record_id) for record_id in ids]

    first = blobs()
    assert first[3] is None and None not in first[:3]
    with open_vault(vault_path, PASSPHRASE) as opened:
        opened.add_entry(entry("one more", 3))
    with open_vault(vault_path, PASSPHRASE) as opened:
        assert sorted(opened._link_pages) == [2]  # the new link is on the last page
        assert written(opened)
    second = blobs()
    assert second[:2] == first[:2] and second[2] != first[2]
    with open_vault(vault_path, PASSPHRASE) as opened:
        opened.delete_entry(saved[10].id or "")  # link 11: page 0 names its record
        assert index_blob(vault_path, ids[0]) is None and blobs()[1:] == second[1:]
    with open_vault(vault_path, PASSPHRASE) as opened:
        assert sorted(opened._link_pages) == [0, 2]  # page 0 gone, the tombstone on page 2
        assert written(opened)
    quick, general, problems, read = both_ways(vault_path)
    assert_same(quick, general, read)
    assert problems == [] and quick.index_pages == {}
