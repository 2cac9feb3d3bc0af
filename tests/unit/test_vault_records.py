"""What is stored on disk: only random ids and padded AEAD ciphertext, bound to their place."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from journal.model import Entry
from journal.vault import (
    KdfParams,
    Vault,
    VaultCorrupted,
    VaultError,
    create_vault,
    open_vault,
    open_vault_with_recovery,
)
from tests.conftest import PASSPHRASE

START = datetime(2024, 6, 1, 8, 30)
NONCE, TAG = 12, 16


def rows(path: Path) -> list[tuple[bytes, bytes]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id, blob FROM records ORDER BY id").fetchall()
    finally:
        conn.close()


def write(path: Path, sql: str, *params: object) -> None:
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute(sql, params)
    finally:
        conn.close()


def rich(marker: str, day: int = 0) -> Entry:
    """An entry with the marker in every text and list field."""
    return Entry(
        kind="incident",
        occurred_start=START + timedelta(days=day),
        location=f"{marker} location",
        what_happened=f"{marker} happened",
        words_used=f"{marker} words",
        behaviours=[f"{marker} behaviour"],
        severity=3,
        injuries=f"{marker} injuries",
        medical_care=f"{marker} care",
        witnesses=f"{marker} witnesses",
        children_present=False,
        police_report=f"{marker} report",
        technology=f"{marker} tech",
        emotions={f"{marker} emotion": 5},
        body_responses=[f"{marker} body"],
        reflection=f"{marker} reflection",
        tags=[f"{marker} tag"],
    )


# ------------------------------------------------------------------ schema


def test_only_ids_and_blobs_are_stored(vault: Vault) -> None:
    vault.add_entry(rich("Schema"))
    vault.save_draft(rich("Draft"))
    vault.save_document("safety_plan", {"cash": 100})
    conn = sqlite3.connect(vault.path)
    try:
        objects = conn.execute(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        ).fetchall()
        assert sorted(objects) == [("table", "header"), ("table", "records")]
        record_cols = [r[1] for r in conn.execute("PRAGMA table_info(records)")]
        header_cols = [r[1] for r in conn.execute("PRAGMA table_info(header)")]
        assert record_cols == ["id", "blob"]
        assert header_cols == ["id", "data"]
        assert conn.execute("SELECT count(*) FROM header").fetchone()[0] == 1
        header = json.loads(conn.execute("SELECT data FROM header").fetchone()[0])
        stored = conn.execute("SELECT id, blob, typeof(id), typeof(blob) FROM records").fetchall()
    finally:
        conn.close()
    assert set(header) == {
        "format", "version", "cipher", "vault_id", "kdf", "passphrase_public",
        "passphrase_wrap", "recovery_salt", "recovery_public", "recovery_wrap", "mac", "check",
    }  # fmt: skip
    # one revision, the document's chain link, the chain head, the draft, the document
    assert len(stored) == 5
    for record_id, blob, id_type, blob_type in stored:
        assert (id_type, blob_type) == ("blob", "blob")
        assert len(record_id) == 16
        assert len(blob) >= NONCE + TAG + 512


def test_blobs_never_contain_plaintext(vault: Vault) -> None:
    entry = rich("Plaintext-Marker")
    vault.add_entry(entry)
    vault.save_draft(entry)
    vault.save_document("contacts", ["Plaintext-Marker"])
    plain = json.dumps(entry.content(), ensure_ascii=False).encode()
    for _record_id, blob in rows(vault.path):
        assert b"Plaintext-Marker" not in blob
        assert plain not in blob
        assert b"incident" not in blob and b"2024-06-01" not in blob
        assert b'"kind"' not in blob and b'"seq"' not in blob


def test_the_same_entry_twice_gives_different_ciphertexts(vault: Vault) -> None:
    before = {rid for rid, _ in rows(vault.path)}
    vault.add_entry(rich("Twin"))
    vault.add_entry(rich("Twin"))
    new = [blob for rid, blob in rows(vault.path) if rid not in before]
    assert len(new) == 2
    a, b = new
    assert len(a) == len(b)
    assert a[:NONCE] != b[:NONCE]  # fresh nonce
    assert a[NONCE:] != b[NONCE:]


def test_rewriting_a_record_uses_a_fresh_nonce(vault: Vault) -> None:
    nonces = set()
    for _ in range(5):
        vault.save_draft(rich("Same draft"))
        vault.save_document("plan", {"same": True})
        nonces.update(blob[:NONCE] for _, blob in rows(vault.path))
    # each save of the draft, the document and the head used a new nonce
    assert len(nonces) >= 10


def test_record_ids_are_random_not_sequential(vault: Vault) -> None:
    vault.add_entries([rich(str(i), i) for i in range(10)])
    ids = [rid for rid, _ in rows(vault.path)]
    assert len(set(ids)) == len(ids) == 11
    assert len({rid[:2] for rid in ids}) > 5


def test_lengths_are_padded_to_a_few_buckets(vault: Vault) -> None:
    before = {rid for rid, _ in rows(vault.path)}
    for length in range(1, 401, 7):
        vault.add_entry(Entry(kind="tension", occurred_start=START, what_happened="a" * length))
    vault.add_entry(Entry(kind="tension", occurred_start=START, what_happened="a" * 400))
    sizes = {len(blob) for rid, blob in rows(vault.path) if rid not in before}
    assert len(sizes) <= 2, sorted(sizes)
    for size in sizes:
        body = size - NONCE - TAG
        assert body & (body - 1) == 0, size  # a power of two: a bucket, not the text length


def test_documents_are_padded_too(vault: Vault) -> None:
    before = {rid for rid, _ in rows(vault.path)}
    for i in range(1, 40):
        vault.save_document(f"doc{i}", "x" * (i * 9))
    sizes = {len(blob) for rid, blob in rows(vault.path) if rid not in before}
    assert len(sizes) <= 2, sorted(sizes)


# ------------------------------------------------------------------ swapped records


def log_record_ids(vault: Vault) -> list[bytes]:
    return [link.record_id for link in vault._chain.links]


Three = tuple[Path, list[Entry], list[bytes], str]


@pytest.fixture
def three(vault_path: Path) -> Three:
    """A closed vault of three entries: path, entries, each revision's record id, code."""
    created, code = create_vault(vault_path, PASSPHRASE, kdf=KdfParams.FLOOR)
    with created:
        saved = [created.add_entry(rich(f"Entry {i}", i)) for i in range(3)]
        ids = log_record_ids(created)
    assert len(ids) == 3
    return vault_path, saved, ids, code


def test_swapped_record_blobs_fail(three: Three) -> None:
    path, saved, ids, _ = three
    blobs = dict(rows(path))
    write(path, "UPDATE records SET blob = ? WHERE id = ?", blobs[ids[1]], ids[0])
    write(path, "UPDATE records SET blob = ? WHERE id = ?", blobs[ids[0]], ids[1])
    with open_vault(path, PASSPHRASE) as vault:
        assert vault.problems
        assert not vault.verify().ok
        assert vault.entries() == [saved[2]]
        for moved in saved[:2]:
            with pytest.raises(VaultError):
                vault.get_entry(moved.id or "")
        assert vault.get_entry(saved[2].id or "") == saved[2]


def test_record_copied_to_a_new_id_fails(three: Three) -> None:
    """A record's blob moved to another id (the original removed) does not decrypt."""
    path, saved, ids, _ = three
    blob = dict(rows(path))[ids[1]]
    write(path, "DELETE FROM records WHERE id = ?", ids[1])
    write(path, "INSERT INTO records (id, blob) VALUES (?, ?)", os.urandom(16), blob)
    with open_vault(path, PASSPHRASE) as vault:
        assert vault.problems
        assert not vault.verify().ok
        assert vault.entries() == [saved[0], saved[2]]


def test_record_from_another_vault_fails(three: Three, tmp_path: Path) -> None:
    path, saved, ids, _ = three
    # Another vault made with the same passphrase has a different key and vault id.
    created, _ = create_vault(tmp_path / "third.rcv", PASSPHRASE, kdf=KdfParams.FLOOR)
    with created:
        created.add_entry(rich("Intruder"))
        foreign = log_record_ids(created)[0]
    foreign_blob = dict(rows(tmp_path / "third.rcv"))[foreign]
    write(path, "UPDATE records SET blob = ? WHERE id = ?", foreign_blob, ids[0])
    write(path, "INSERT INTO records (id, blob) VALUES (?, ?)", foreign, foreign_blob)
    with open_vault(path, PASSPHRASE) as vault:
        assert len(vault.problems) >= 2
        assert vault.entries() == saved[1:]
        assert not vault.verify().ok


def test_swap_between_draft_document_and_entry_fails(vault: Vault) -> None:
    saved = vault.add_entry(rich("Entry"))
    vault.save_draft(rich("Draft"))
    vault.save_document("plan", {"x": 1})
    vault.save_document("contacts", ["Ana"])
    draft_id = vault._unlocked().named_id("draft")
    plan_id = vault._unlocked().named_id("doc:plan")
    contacts_id = vault._unlocked().named_id("doc:contacts")
    entry_record = log_record_ids(vault)[0]
    path = vault.path
    vault.close()
    blobs = dict(rows(path))
    write(path, "UPDATE records SET blob = ? WHERE id = ?", blobs[contacts_id], plan_id)
    write(path, "UPDATE records SET blob = ? WHERE id = ?", blobs[plan_id], contacts_id)
    write(path, "UPDATE records SET blob = ? WHERE id = ?", blobs[entry_record], draft_id)
    with open_vault(path, PASSPHRASE) as again:
        assert again.entries() == [saved]
        with pytest.raises(VaultCorrupted):
            again.load_document("plan")
        with pytest.raises(VaultCorrupted):
            again.load_document("contacts")
        with pytest.raises(VaultCorrupted):
            again.load_draft()
        assert not again.verify().ok


def test_damaged_draft_is_reported_and_entries_stay_readable(vault: Vault) -> None:
    saved = vault.add_entry(rich("Entry"))
    vault.save_draft(rich("Draft"))
    draft_id = vault._unlocked().named_id("draft")
    path = vault.path
    vault.close()
    blob = bytearray(dict(rows(path))[draft_id])
    blob[40] ^= 0x01
    write(path, "UPDATE records SET blob = ? WHERE id = ?", bytes(blob), draft_id)
    with open_vault(path, PASSPHRASE) as again:
        assert again.entries() == [saved]
        with pytest.raises(VaultCorrupted):
            again.load_draft()
        assert again.problems
        assert not again.verify().ok
        again.save_draft(rich("New draft"))  # the user can carry on
        assert again.load_draft() is not None
        assert again.verify().ok


# ------------------------------------------------------------------ canary


CANARY = "Zq7-CANARY-e5Xw-Ünïcødé"


def test_canary_never_reaches_the_disk(vault_path: Path) -> None:
    vault, _ = create_vault(vault_path, PASSPHRASE, kdf=KdfParams.FLOOR)
    with vault:
        saved = [vault.add_entry(rich(f"{CANARY} {i}", i)) for i in range(4)]
        vault.add_entries([rich(CANARY, 10), rich(CANARY.upper(), 11)])
        vault.amend_entry(saved[0].id or "", rich(f"{CANARY} amended", 0))
        vault.amend_entry(saved[1].id or "", rich(f"{CANARY} amended", 1))
        vault.delete_entry(saved[1].id or "")
        vault.delete_entry(saved[2].id or "")
        vault.save_draft(rich(f"{CANARY} draft"))
        vault.save_draft(rich(f"{CANARY} draft 2"))
        vault.save_document("safety_plan", {"where": CANARY, "items": [CANARY] * 3})
        vault.save_document(CANARY, CANARY)  # even a document's name
        vault.change_passphrase(f"{CANARY} passphrase", kdf=KdfParams.FLOOR)
        vault.replace_recovery_code()
        assert vault.search(CANARY.lower())
        # Also while the vault is still open (the -wal file exists now).
        assert_absent(vault_path.parent, CANARY)
    assert_absent(vault_path.parent, CANARY)
    with open_vault(vault_path, f"{CANARY} passphrase") as again:
        assert again.search(CANARY)
        assert again.load_document(CANARY) == CANARY
        again.clear_draft()
    assert_absent(vault_path.parent, CANARY)


def assert_absent(folder: Path, canary: str) -> None:
    needles = set()
    for text in (canary, canary.upper(), canary.lower(), "CANARY-e5Xw"):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            needles.add(text.encode(encoding))
    needles.add(json.dumps(canary).encode())  # JSON-escaped (ensure_ascii) form
    files = [Path(root) / name for root, _, names in os.walk(folder) for name in names]
    assert any(f.name.endswith(".lock") for f in files)
    for file in files:
        data = file.read_bytes()
        for needle in needles:
            assert needle not in data, f"{needle!r} found in {file.name}"


# ------------------------------------------------------------------ every byte flipped


def flip_positions(size: int) -> list[int]:
    """Every byte of the first 64 (nonce and start of ciphertext), a stride, every tag byte."""
    positions = set(range(64))
    positions.update(range(64, size - TAG, 37))
    positions.update(range(size - TAG, size))
    return sorted(positions)


def test_any_flipped_byte_is_caught_and_the_rest_stays_readable(
    three: Three, tmp_path: Path
) -> None:
    path, saved, log_ids, code = three
    pristine = rows(path)
    assert len(pristine) == 4  # three revisions and the chain head
    by_record = {rid: entry for rid, entry in zip(log_ids, saved, strict=True)}
    work = tmp_path / "flips"
    work.mkdir()
    opened = refused = 0
    for j, (record_id, blob) in enumerate(pristine):
        damaged_entry = by_record.get(record_id)  # None: the chain head
        for k, i in enumerate(flip_positions(len(blob))):
            target = work / f"v{j}-{i}.rcv"
            shutil.copyfile(path, target)
            bad = bytearray(blob)
            bad[i] ^= 1 << (k % 8)
            write(target, "UPDATE records SET blob = ? WHERE id = ?", bytes(bad), record_id)
            try:
                # Both ways in are real user paths; the recovery code skips Argon2 (fast).
                if k % 8 == 0:
                    vault = open_vault(target, PASSPHRASE)
                else:
                    vault = open_vault_with_recovery(target, code)
            except VaultError:
                refused += 1
                continue
            except Exception as exc:  # pragma: no cover - the failure being guarded
                pytest.fail(f"blob {j} byte {i}: {type(exc).__name__}: {exc}")
            opened += 1
            with vault:
                others = [e for e in saved if e is not damaged_entry]
                for entry in others:
                    assert vault.get_entry(entry.id or "") == entry
                current = vault.entries()
                assert [e for e in current if e in others] == others
                if damaged_entry is not None:
                    assert all(e.id != damaged_entry.id for e in current)
                    with pytest.raises(VaultError):
                        vault.get_entry(damaged_entry.id or "")
                else:
                    assert current == saved
                assert vault.problems or not vault.verify().ok
                assert not vault.verify().ok
            target.unlink()
    assert opened + refused > 4 * 100
    assert opened > 0
