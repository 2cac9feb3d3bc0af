"""Saving and reading entries, drafts and documents through a real vault file."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from journal.model import Entry
from journal.vault import (
    EntryNotFound,
    KdfParams,
    Vault,
    VaultError,
    VaultInUse,
    VaultLocked,
    WrongPassphrase,
    create_vault,
    open_vault,
)
from tests.conftest import PASSPHRASE

START = datetime(2024, 3, 1, 21, 15)


def full_entry(**changes: Any) -> Entry:
    """Return an entry with every field filled in."""
    values: dict[str, Any] = {
        "kind": "incident",
        "occurred_start": START,
        "occurred_end": START + timedelta(hours=2),
        "occurred_precision": "approximate",
        "location": "Kitchen at Elm Street",
        "what_happened": "He threw the plate at the wall, then blocked the door.",
        "words_used": "“Nobody will believe you.”",
        "behaviours": ["intimidation.throwing", "my own: hid my keys"],
        "severity": 4,
        "injuries": "Cut on left hand",
        "medical_care": "Walk-in clinic, two stitches",
        "witnesses": "Neighbour, Mrs. Kowalski",
        "children_present": True,
        "police_report": "Report 2024-00017",
        "technology": "Location sharing turned on without asking",
        "emotions": {"fear": 8, "shame": 3},
        "body_responses": ["shaking", "nausea"],
        "reflection": "I keep thinking it was my fault. It was not.",
        "tags": ["kitchen", "plates"],
    }
    values.update(changes)
    return Entry(**values)


def simple(text: str = "x", *, start: datetime = START, kind: str = "tension") -> Entry:
    return Entry(kind=kind, occurred_start=start, what_happened=text)


def reopen(vault: Vault) -> Vault:
    """Close the vault and open its file again with the passphrase."""
    path = vault.path
    vault.close()
    return open_vault(path, PASSPHRASE)


@pytest.fixture
def reopened() -> Iterator[list[Vault]]:
    """Collect vaults opened inside a test so they are closed afterwards."""
    opened: list[Vault] = []
    yield opened
    for item in opened:
        item.close()


# ------------------------------------------------------------------ round trip


def test_full_entry_round_trips_through_the_file(vault: Vault, reopened: list[Vault]) -> None:
    original = full_entry()
    saved = vault.add_entry(original)
    assert saved.id and saved.revision == 1
    assert saved.recorded_at is not None and saved.recorded_at.tzinfo is not None
    assert abs(saved.recorded_at - datetime.now(UTC)) < timedelta(minutes=1)
    assert saved.content() == original.content()

    again = reopen(vault)
    reopened.append(again)
    got = again.get_entry(saved.id)
    assert got == saved
    assert got.content() == original.content()
    assert (got.id, got.revision, got.recorded_at) == (saved.id, 1, saved.recorded_at)
    for name in original.content():
        assert getattr(got, name) == getattr(original, name), name


def test_minimal_entry_round_trips(vault: Vault, reopened: list[Vault]) -> None:
    saved = vault.add_entry(Entry(kind="reflection", occurred_start=START))
    again = reopen(vault)
    reopened.append(again)
    got = again.get_entry(saved.id or "")
    assert got == saved
    assert got.occurred_end is None and got.severity is None and got.children_present is None


def test_unicode_and_long_text_round_trip(vault: Vault, reopened: list[Vault]) -> None:
    text = "Er sagte: „Du bist nichts.“ — 你什么都不是 🙁 \u0000 \n\t" * 200
    saved = vault.add_entry(simple(text))
    again = reopen(vault)
    reopened.append(again)
    assert again.get_entry(saved.id or "").what_happened == text


def test_ids_are_unique_and_new(vault: Vault) -> None:
    ids = [vault.add_entry(simple(str(i))).id for i in range(20)]
    assert len(set(ids)) == 20
    assert len(vault) == 20


def test_add_entry_rejects_non_entries(vault: Vault) -> None:
    with pytest.raises(ValueError):
        vault.add_entry({"kind": "incident"})  # type: ignore[arg-type]
    assert vault.entries() == []


# ------------------------------------------------------------------ add_entries


def test_add_entries_saves_all_in_one_transaction(vault: Vault, reopened: list[Vault]) -> None:
    statements: list[str] = []
    vault._store.conn.set_trace_callback(statements.append)  # observe the real SQL sent
    items = [simple(f"imported {i}", start=START + timedelta(days=i)) for i in range(5)]
    saved = vault.add_entries(items)
    vault._store.conn.set_trace_callback(None)
    commits = [s for s in statements if s.strip().upper().startswith(("COMMIT", "END"))]
    begins = [s for s in statements if s.strip().upper().startswith("BEGIN")]
    assert len(commits) == 1 and len(begins) == 1
    assert [e.what_happened for e in saved] == [f"imported {i}" for i in range(5)]
    assert len({e.id for e in saved}) == 5
    again = reopen(vault)
    reopened.append(again)
    assert [e.what_happened for e in again.entries()] == [f"imported {i}" for i in range(5)]
    assert again.verify().ok


def test_add_entries_is_all_or_nothing_on_bad_item(vault: Vault) -> None:
    with pytest.raises(ValueError):
        vault.add_entries([simple("a"), "not an entry", simple("b")])  # type: ignore[list-item]
    assert vault.entries() == []
    assert vault.verify().ok


def test_failed_save_leaves_nothing_behind(vault: Vault, reopened: list[Vault]) -> None:
    """Another writer holds the file: the save fails cleanly, and the vault stays consistent."""
    first = vault.add_entry(simple("before"))
    other = sqlite3.connect(vault.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(VaultError):
            vault.add_entries([simple("lost 1"), simple("lost 2")])
        with pytest.raises(VaultError):
            vault.amend_entry(first.id or "", simple("lost amend"))
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert [e.what_happened for e in vault.entries()] == ["before"]
    assert vault.history(first.id or "") == [first]
    after = vault.add_entry(simple("after"))
    assert vault.verify().ok
    again = reopen(vault)
    reopened.append(again)
    assert {e.what_happened for e in again.entries()} == {"before", "after"}
    assert again.get_entry(after.id or "").what_happened == "after"
    assert again.verify().ok and again.problems == []


def test_empty_add_entries_is_harmless(vault: Vault) -> None:
    assert vault.add_entries([]) == []
    assert vault.verify().ok


# ------------------------------------------------------------------ amend


def test_amend_keeps_history_oldest_first(vault: Vault, reopened: list[Vault]) -> None:
    first = vault.add_entry(full_entry(what_happened="version one"))
    entry_id = first.id or ""
    second = vault.amend_entry(entry_id, full_entry(what_happened="version two", severity=5))
    third = vault.amend_entry(entry_id, full_entry(what_happened="version three"))
    assert (second.id, second.revision) == (entry_id, 2)
    assert (third.id, third.revision) == (entry_id, 3)
    assert vault.get_entry(entry_id) == third
    assert len(vault) == 1

    again = reopen(vault)
    reopened.append(again)
    history = again.history(entry_id)
    assert [e.revision for e in history] == [1, 2, 3]
    assert [e.what_happened for e in history] == ["version one", "version two", "version three"]
    assert history[1].severity == 5
    assert history == [first, second, third]
    recorded = [e.recorded_at for e in history]
    assert all(r is not None for r in recorded)
    assert recorded == sorted(recorded)  # type: ignore[type-var]
    assert again.get_entry(entry_id).what_happened == "version three"
    assert [e.id for e in again.entries()] == [entry_id]


def test_amend_unknown_entry_raises(vault: Vault) -> None:
    with pytest.raises(EntryNotFound):
        vault.amend_entry("0123456789abcdef", simple())
    assert vault.entries() == []


def test_amend_can_move_an_entry_in_time(vault: Vault, reopened: list[Vault]) -> None:
    a = vault.add_entry(simple("a", start=START))
    b = vault.add_entry(simple("b", start=START + timedelta(days=1)))
    vault.amend_entry(a.id or "", simple("a moved", start=START + timedelta(days=2)))
    assert [e.what_happened for e in vault.entries()] == ["b", "a moved"]
    again = reopen(vault)
    reopened.append(again)
    assert [e.id for e in again.entries()] == [b.id, a.id]


# ------------------------------------------------------------------ delete


def test_delete_removes_entry(vault: Vault, reopened: list[Vault]) -> None:
    keep = vault.add_entry(simple("keep"))
    gone = vault.add_entry(full_entry(what_happened="secret-to-delete"))
    gone_id = gone.id or ""
    vault.amend_entry(gone_id, full_entry(what_happened="secret-to-delete v2"))
    vault.delete_entry(gone_id)

    current = vault
    for phase in ("open", "reopened"):
        if phase == "reopened":
            current = reopen_and_track(vault, reopened)
        with pytest.raises(EntryNotFound):
            current.get_entry(gone_id)
        with pytest.raises(EntryNotFound):
            current.history(gone_id)
        with pytest.raises(EntryNotFound):
            current.amend_entry(gone_id, simple())
        with pytest.raises(EntryNotFound):
            current.delete_entry(gone_id)
        assert [e.id for e in current.entries()] == [keep.id]
        assert current.search("secret-to-delete") == []
        assert current.search("Kowalski") == []
        assert current.verify().ok


def reopen_and_track(vault: Vault, opened: list[Vault]) -> Vault:
    again = reopen(vault)
    opened.append(again)
    return again


def test_delete_removes_content_from_every_stored_record(vault: Vault) -> None:
    """Decrypt every record with the vault's own key: no revision of the entry survives."""
    vault.add_entry(simple("keep me"))
    gone = vault.add_entry(full_entry(what_happened="PURPLE-ELEPHANT-1", location="Attic-XQ"))
    vault.amend_entry(gone.id or "", full_entry(what_happened="PURPLE-ELEPHANT-2"))
    vault.delete_entry(gone.id or "")
    path = vault.path
    vault.close()
    with open_vault(path, PASSPHRASE) as again:
        plaintexts = decrypt_all(again)
        assert any(b"keep me" in p for p in plaintexts)
        for plain in plaintexts:
            assert b"PURPLE-ELEPHANT" not in plain
            assert b"Attic-XQ" not in plain


def decrypt_all(vault: Vault) -> list[bytes]:
    """Return the plaintext of every record the vault's key can open, whatever its kind."""
    import json

    rows = vault._store.conn.execute("SELECT id, blob FROM records").fetchall()
    out = []
    for record_id, blob in rows:
        for kind in range(1, 8):
            try:
                data = vault._unlocked().unseal(record_id, kind, blob)
            except VaultError:
                continue
            out.append(json.dumps(data, ensure_ascii=False).encode())
            break
        else:
            pytest.fail("a record could not be decrypted with any kind")
    return out


def test_delete_unknown_entry_raises(vault: Vault) -> None:
    with pytest.raises(EntryNotFound):
        vault.delete_entry("nope")
    with pytest.raises(EntryNotFound):
        vault.get_entry("nope")


def test_entry_not_found_is_a_vault_error_and_key_error(vault: Vault) -> None:
    with pytest.raises(VaultError):
        vault.get_entry("missing")
    with pytest.raises(KeyError):
        vault.get_entry("missing")


# ------------------------------------------------------------------ ordering


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs POSIX time.tzset")
def test_entries_ordered_by_when_it_happened_mixing_naive_and_aware(
    vault: Vault, reopened: list[Vault], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Naive times are local: with local = UTC-5, naive 12:00 is 17:00 UTC."""
    monkeypatch.setenv("TZ", "XYZ+5")
    time.tzset()
    try:
        plus2 = timezone(timedelta(hours=2))
        specs = [
            ("naive 12:00 local (17:00Z)", datetime(2024, 5, 1, 12, 0)),
            ("aware 16:00Z", datetime(2024, 5, 1, 16, 0, tzinfo=UTC)),
            ("aware 20:00+02 (18:00Z)", datetime(2024, 5, 1, 20, 0, tzinfo=plus2)),
            ("naive 11:30 local (16:30Z)", datetime(2024, 5, 1, 11, 30)),
            ("aware 2023", datetime(2023, 12, 31, 23, 59, tzinfo=UTC)),
            ("naive 2025", datetime(2025, 1, 1, 0, 0)),
        ]
        expected = [
            "aware 2023",
            "aware 16:00Z",
            "naive 11:30 local (16:30Z)",
            "naive 12:00 local (17:00Z)",
            "aware 20:00+02 (18:00Z)",
            "naive 2025",
        ]
        # Added in a scrambled order, partly one by one and partly in one batch.
        vault.add_entry(simple(specs[0][0], start=specs[0][1]))
        vault.add_entries([simple(text, start=start) for text, start in specs[1:4]])
        for text, start in specs[4:]:
            vault.add_entry(simple(text, start=start))
        assert [e.what_happened for e in vault.entries()] == expected
        again = reopen(vault)
        reopened.append(again)
        assert [e.what_happened for e in again.entries()] == expected
        assert [e.what_happened for e in again.search("z)")] == [
            "naive 11:30 local (16:30Z)",
            "naive 12:00 local (17:00Z)",
            "aware 20:00+02 (18:00Z)",
        ]
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_entries_with_the_same_time_are_all_kept(vault: Vault) -> None:
    for i in range(5):
        vault.add_entry(simple(f"same {i}"))
    assert sorted(e.what_happened for e in vault.entries()) == [f"same {i}" for i in range(5)]


# ------------------------------------------------------------------ search


SEARCHABLE = [
    ("location", "Parking Garage Level3"),
    ("what_happened", "Grabbed My Phone"),
    ("words_used", "You Are Worthless"),
    ("injuries", "Bruised Wrist"),
    ("medical_care", "Urgent Care Clinic"),
    ("witnesses", "Cousin Marguerite"),
    ("police_report", "Case AB-99871"),
    ("technology", "AirTag In My Bag"),
    ("reflection", "I Felt Invisible"),
]


@pytest.mark.parametrize(("field", "text"), SEARCHABLE)
def test_search_finds_every_text_field_case_insensitively(
    vault: Vault, field: str, text: str
) -> None:
    hit = vault.add_entry(Entry(kind="incident", occurred_start=START, **{field: text}))
    vault.add_entry(simple("unrelated"))
    for query in (text, text.lower(), text.upper(), text.swapcase(), text[3:-2].lower()):
        assert [e.id for e in vault.search(query)] == [hit.id], query


@pytest.mark.parametrize(
    ("field", "value", "query"),
    [
        ("behaviours", ["Isolation.Checking-Phone"], "isolation.checking-phone"),
        ("body_responses", ["Racing Heart"], "RACING heart"),
        ("tags", ["Birthday-Party"], "birthday-PARTY"),
        ("emotions", {"Humiliation": 7}, "humiliation"),
    ],
)
def test_search_finds_list_fields(vault: Vault, field: str, value: Any, query: str) -> None:
    hit = vault.add_entry(Entry(kind="incident", occurred_start=START, **{field: value}))
    vault.add_entry(simple("unrelated"))
    assert [e.id for e in vault.search(query)] == [hit.id]


def test_search_after_reopen_amend_and_caseless_unicode(
    vault: Vault, reopened: list[Vault]
) -> None:
    a = vault.add_entry(simple("Er wohnt in der Hauptstraße", start=START))
    b = vault.add_entry(simple("nothing here", start=START + timedelta(days=1)))
    vault.amend_entry(b.id or "", simple("now mentions STRASSE", start=START + timedelta(days=1)))
    again = reopen(vault)
    reopened.append(again)
    assert [e.id for e in again.search("strasse")] == [a.id, b.id]
    assert again.search("nothing here") == []  # only the current revision is searched
    assert [e.id for e in again.search("")] == [a.id, b.id]
    assert again.search("no such words") == []


def test_search_never_matches_across_two_entries_and_keeps_positions_after_folding(
    vault: Vault,
) -> None:
    # "ß" folds to "ss" (longer), so positions in the folded text shift; "ﬁ" likewise.
    a = vault.add_entry(simple("Straße Straße end-of-one", start=START))
    b = vault.add_entry(simple("start-of-two ﬁnal words", start=START + timedelta(days=1)))
    c = vault.add_entry(simple("zero \x00 byte, then TWO", start=START + timedelta(days=2)))
    assert vault.search("end-of-one\nstart") == []  # not across the boundary
    assert [e.id for e in vault.search("start-of-two")] == [b.id]
    assert [e.id for e in vault.search("final")] == [b.id]
    assert [e.id for e in vault.search("two")] == [b.id, c.id]  # one hit per entry, in order
    assert [e.id for e in vault.search("\x00 byte")] == [c.id]  # NUL is taken as a space
    assert [e.id for e in vault.search("strasse strasse")] == [a.id]
    assert [e.id for e in vault.search("eggshells")] == [a.id, b.id, c.id]  # the kind's label
    vault.delete_entry(b.id or "")
    assert [e.id for e in vault.search("two")] == [c.id]
    vault.amend_entry(a.id or "", simple("now about the weather", start=START))
    assert vault.search("strasse") == []
    assert [e.id for e in vault.search("weather")] == [a.id]
    vault.prepare_search()
    assert [e.id for e in vault.search("WEATHER")] == [a.id]


# ------------------------------------------------------------------ drafts


def test_drafts_save_load_replace_clear(vault: Vault, reopened: list[Vault]) -> None:
    assert vault.load_draft() is None
    vault.save_draft(full_entry(what_happened="half a sentence"))
    draft = full_entry(what_happened="the whole sentence")
    vault.save_draft(draft)
    loaded = vault.load_draft()
    assert loaded is not None and loaded.content() == draft.content()

    again = reopen(vault)
    reopened.append(again)
    loaded = again.load_draft()
    assert loaded is not None and loaded.content() == draft.content()
    assert loaded.id is None
    assert again.entries() == []  # a draft is not an entry
    assert again.verify().ok
    again.clear_draft()
    assert again.load_draft() is None
    again.clear_draft()  # clearing twice is fine


def test_draft_of_an_amendment_keeps_its_entry_id(vault: Vault, reopened: list[Vault]) -> None:
    saved = vault.add_entry(simple("original"))
    vault.save_draft(
        full_entry(what_happened="editing").with_meta(
            id=saved.id or "", revision=saved.revision, recorded_at=datetime.now(UTC)
        )
    )
    again = reopen(vault)
    reopened.append(again)
    draft = again.load_draft()
    assert draft is not None
    assert (draft.id, draft.revision, draft.what_happened) == (saved.id, 1, "editing")


# ------------------------------------------------------------------ documents


def test_documents_save_load(vault: Vault, reopened: list[Vault]) -> None:
    plan = {
        "documents": ["passport", "birth certificate"],
        "cash": 200,
        "safe": True,
        "contacts": [{"name": "Ana", "phone": "+1 555 0100"}],
        "note": None,
    }
    assert vault.load_document("safety_plan") is None
    assert vault.load_document("safety_plan", {"empty": 1}) == {"empty": 1}
    vault.save_document("safety_plan", {"old": True})
    vault.save_document("safety_plan", plan)
    vault.save_document("contacts", ["Ana", "Bo"])
    vault.save_document("settings", 42)
    again = reopen(vault)
    reopened.append(again)
    assert again.load_document("safety_plan") == plan
    assert again.load_document("contacts") == ["Ana", "Bo"]
    assert again.load_document("settings") == 42
    assert again.load_document("unknown", "dflt") == "dflt"
    assert again.entries() == []
    assert again.verify().ok and again.problems == []


# ------------------------------------------------------------------ lock / unlock


LOCKED_CALLS = [
    ("entries", lambda v, i: v.entries()),
    ("get_entry", lambda v, i: v.get_entry(i)),
    ("history", lambda v, i: v.history(i)),
    ("search", lambda v, i: v.search("kitchen")),
    ("add_entry", lambda v, i: v.add_entry(simple())),
    ("add_entries", lambda v, i: v.add_entries([simple()])),
    ("amend_entry", lambda v, i: v.amend_entry(i, simple())),
    ("delete_entry", lambda v, i: v.delete_entry(i)),
    ("save_draft", lambda v, i: v.save_draft(simple())),
    ("load_draft", lambda v, i: v.load_draft()),
    ("clear_draft", lambda v, i: v.clear_draft()),
    ("save_document", lambda v, i: v.save_document("plan", {})),
    ("load_document", lambda v, i: v.load_document("plan")),
    ("verify", lambda v, i: v.verify()),
    ("problems", lambda v, i: v.problems),
    ("chain_head", lambda v, i: v.chain_head),
    ("change_passphrase", lambda v, i: v.change_passphrase("another one")),
    ("replace_recovery_code", lambda v, i: v.replace_recovery_code()),
]


@pytest.mark.parametrize(("name", "call"), LOCKED_CALLS, ids=[n for n, _ in LOCKED_CALLS])
def test_locked_vault_refuses_use(vault: Vault, name: str, call: Any) -> None:
    saved = vault.add_entry(full_entry())
    vault.lock()
    assert vault.is_locked
    assert len(vault) == 0  # no decrypted entry is kept
    with pytest.raises(VaultLocked):
        call(vault, saved.id)
    vault.unlock(PASSPHRASE)
    assert vault.get_entry(saved.id or "") == saved


def test_unlock_again_after_lock(vault: Vault) -> None:
    saved = vault.add_entry(full_entry())
    vault.save_document("plan", [1, 2])
    vault.lock()
    with pytest.raises(WrongPassphrase):
        vault.unlock("wrong passphrase")
    assert vault.is_locked
    with pytest.raises(VaultLocked):
        vault.entries()
    vault.unlock(PASSPHRASE)
    assert not vault.is_locked
    assert vault.entries() == [saved]
    assert vault.load_document("plan") == [1, 2]
    more = vault.add_entry(simple("after unlock", start=START + timedelta(days=1)))
    assert vault.entries() == [saved, more]
    assert vault.verify().ok


def test_lock_drops_decrypted_entries(vault: Vault) -> None:
    vault.add_entry(full_entry())
    vault.lock()
    index = vault._index
    assert index.ordered == [] and index.revisions == {} and index.search_text is None
    assert vault._keys is None


def test_lock_zeroes_key_buffers(vault: Vault) -> None:
    held = vault._unlocked()
    keys = [held.vault_key, held.record_key, held.id_key, held.chunk_key]
    assert all(k is not None and any(k) for k in keys)
    vault.lock()
    assert all(k is not None and not any(k) for k in keys)
    with pytest.raises(VaultLocked):  # the wiped keys can never seal with zeroes
        held.seal(bytes(16), 1, {"x": 1})


def test_closed_vault_refuses_use_and_cannot_unlock(vault: Vault) -> None:
    saved = vault.add_entry(full_entry())
    vault.close()
    vault.close()  # twice is fine
    with pytest.raises(VaultLocked):
        vault.get_entry(saved.id or "")
    with pytest.raises(VaultLocked):
        vault.unlock(PASSPHRASE)
    with pytest.raises(VaultLocked):
        vault.add_entry(simple())


def test_reopen_after_close_and_context_manager(vault_path: Path) -> None:
    created, _ = create_vault(vault_path, PASSPHRASE, kdf=KdfParams.FLOOR)
    with created:
        saved = created.add_entry(full_entry())
    assert created.is_locked
    with open_vault(vault_path, PASSPHRASE) as again:
        assert again.entries() == [saved]
        assert again.kdf == KdfParams.FLOOR
    with open_vault(vault_path, PASSPHRASE) as third:
        assert third.get_entry(saved.id or "") == saved


def test_open_missing_file_is_a_vault_error(tmp_path: Path) -> None:
    with pytest.raises(VaultError):
        open_vault(tmp_path / "nothing-here.rcv", PASSPHRASE)
    assert not (tmp_path / "nothing-here.rcv").exists()


def test_create_refuses_to_overwrite_a_journal(vault_path: Path) -> None:
    created, _ = create_vault(vault_path, PASSPHRASE, kdf=KdfParams.FLOOR)
    saved = created.add_entry(full_entry())
    with pytest.raises(VaultInUse):
        create_vault(vault_path, "other passphrase", kdf=KdfParams.FLOOR)
    created.close()
    with pytest.raises(VaultError):
        create_vault(vault_path, "other passphrase", kdf=KdfParams.FLOOR)
    with open_vault(vault_path, PASSPHRASE) as again:
        assert again.entries() == [saved]


@pytest.mark.parametrize("passphrase", ["", None])
def test_create_refuses_empty_passphrase(vault_path: Path, passphrase: Any) -> None:
    with pytest.raises(ValueError):
        create_vault(vault_path, passphrase, kdf=KdfParams.FLOOR)
    assert not vault_path.exists() or vault_path.stat().st_size == 0


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX paths")
def test_passphrase_is_unicode_normalised(vault_path: Path) -> None:
    composed, decomposed = "caf\u00e9 au lait", "cafe\u0301 au lait"
    created, _ = create_vault(vault_path, composed, kdf=KdfParams.FLOOR)
    created.close()
    with open_vault(vault_path, decomposed) as again:
        assert again.entries() == []
    assert os.path.exists(vault_path)
