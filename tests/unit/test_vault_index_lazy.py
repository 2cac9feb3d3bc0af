"""Unlocking builds entries as they are read (`EntryIndex`): the order, the entries, the
behaviours and the problems found are exactly what building every entry at once gave."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal.errors import EntryNotFound, VaultCorrupted
from journal.model import Entry
from journal.vault import KdfParams, create_vault, open_vault
from journal.vault.chain import Link
from journal.vault.index import EntryIndex, entry_from_link
from tests.unit.test_model import entries


def link(seq: int, entry_id: str, rev: int, content: Any, op: str = "rev") -> Link:
    at = f"2026-01-01T10:{seq // 60 % 60:02d}:{seq % 60:02d}+00:00"
    return Link(seq, "0" * 64, op, entry_id, rev, at, "d", content, b"\x01" * 16)


def eager(links: list[Link]) -> tuple[list[Entry], list[str]]:
    """What unlocking gave before: every revision built, damaged ones left out, current
    revisions ordered by `Entry.sort_key`."""
    deleted = {x.entry for x in links if x.op == "del"}
    built: dict[str, list[Entry]] = {}
    problems = []
    for x in links:
        if x.op != "rev" or x.entry in deleted or x.content is None:
            continue
        try:
            entry = entry_from_link(x)
        except VaultCorrupted as exc:
            problems.append(exc.message)
            continue
        built.setdefault(x.entry, []).append(entry)
    current = [sorted(revs, key=lambda e: e.revision)[-1] for revs in built.values()]
    return sorted(current, key=Entry.sort_key), problems


def damaged(content: dict[str, Any]) -> dict[str, Any]:
    return {**content, "kind": "not a kind"}


@settings(max_examples=80, deadline=None)
@given(
    drawn=st.lists(entries(), min_size=1, max_size=12),
    amend=st.lists(st.booleans(), min_size=12, max_size=12),
    breaks=st.lists(st.sampled_from(["none", "latest", "first", "date"]), min_size=12, max_size=12),
    gone=st.lists(st.booleans(), min_size=12, max_size=12),
    read=st.lists(st.integers(0, 11), max_size=6),
)
def test_building_as_read_gives_what_building_everything_gave(
    drawn: list[Entry],
    amend: list[bool],
    breaks: list[str],
    gone: list[bool],
    read: list[int],
) -> None:
    links: list[Link] = []
    for n, item in enumerate(drawn):
        entry_id = f"e{n:02d}"
        first = item.content()
        if breaks[n] == "first":
            first = damaged(first)
        if breaks[n] == "date":
            first = {**first, "occurred_start": 20250101}  # not text: built at once
        links.append(link(len(links) + 1, entry_id, 1, first))
        if amend[n]:
            later = {**item.content(), "location": "later", "occurred_start": "2031-02-03T04:05"}
            later = damaged(later) if breaks[n] == "latest" else later
            links.append(link(len(links) + 1, entry_id, 2, later))
        if gone[n] and n % 3 == 0:
            links.append(link(len(links) + 1, entry_id, 0, None, op="del"))
    expected, expected_problems = eager(links)
    index = EntryIndex()
    problems = index.load(links)
    listing = index.listing()
    for row in read:  # a list shows some rows first: built then, the order kept or mended
        if row < len(listing):
            listing[row]
    used = {b for e in expected for b in e.behaviours}
    built = {b for revs in index.revisions.values() for b in revs[-1].behaviours}
    assert index.behaviours() == built  # those of the entries read so far
    assert index.entries() == expected
    assert index.behaviours() == used  # once every entry is built, all of them
    assert [e.id for e in index.entries()] == [entry_id for _, entry_id in index.ordered]
    assert len(index) == len(expected)
    assert sorted(problems + index.problems) == sorted(expected_problems)


def test_an_entry_is_built_when_first_read(tmp_path: Path) -> None:
    path = tmp_path / "journal" / "journal.rcv"
    vault, _code = create_vault(path, "a passphrase", kdf=KdfParams.FLOOR)
    with vault:
        saved = [
            vault.add_entry(Entry("incident", datetime(2025, 5, day, 20), what_happened=str(day)))
            for day in range(1, 8)
        ]
    with open_vault(path, "a passphrase") as vault:
        index = vault._index
        assert index.revisions == {} and len(vault) == 7  # nothing built by unlocking
        listing = vault.listing()
        assert listing.ids == [e.id for e in saved]
        assert listing[2] == saved[2] and list(index.revisions) == [saved[2].id]
        assert listing.reversed()[0] == saved[-1]
        assert vault.build_entries(limit=2) == 3
        assert vault.get_entry(saved[6].id or "") == saved[6]
        assert vault.build_entries() == 0 and vault.entries() == saved
        assert vault.problems == []


def test_a_damaged_entry_read_late_is_reported_and_left_out() -> None:
    good = Entry("incident", datetime(2025, 5, 1, 20), what_happened="kept").content()
    broken = damaged({**good, "what_happened": "lost"})
    amended_broken = damaged({**good, "occurred_start": "2030-01-01T00:00"})
    links = [
        link(1, "a", 1, good),
        link(2, "b", 1, broken),
        link(3, "c", 1, {**good, "occurred_start": "2020-01-01T00:00"}),
        link(4, "c", 2, amended_broken),  # its latest revision is damaged: the first is shown
    ]
    index = EntryIndex()
    assert index.load(links) == []  # nothing built yet, nothing found yet
    assert [entry_id for _, entry_id in index.ordered] == ["a", "b", "c"]  # by stored dates
    listing = index.listing()
    assert listing[1] is None  # "b" cannot be built: it reads as nothing ...
    assert index.problems == ["Entry record 2 is damaged."]  # ... and is reported
    assert listing[2] is not None and listing[2].revision == 1  # "c": its first revision
    assert [entry_id for _, entry_id in index.ordered] == ["c", "a"]  # "c" moved to 2020
    assert len(index) == 2 and len(index.problems) == 2
    try:
        index.existing("b")
    except EntryNotFound:
        pass
    else:
        raise AssertionError("a damaged entry is not found")
    assert json.dumps(sorted(index.behaviours())) == "[]"


def test_entries_built_from_two_threads_at_once_are_built_once_and_right() -> None:
    import threading

    links = [
        link(
            n,
            f"e{n:04d}",
            1,
            Entry("incident", datetime(2025, 1, 1 + n % 28), what_happened=str(n)).content(),
        )
        for n in range(1, 1201)
    ]
    expected, _problems = eager(links)
    for _ in range(3):
        index = EntryIndex()
        index.load(links)
        listing = index.listing()
        worker = threading.Thread(target=index.build)  # as a worker thread might
        worker.start()
        shown = [listing[row] for row in range(len(listing))]  # as the list draws
        worker.join()
        assert shown == expected and index.entries() == expected and index.problems == []


def test_the_upgrade_backup_stays_while_an_entry_is_damaged(tmp_path: Path) -> None:
    """The copy of a journal kept by an interrupted upgrade is removed only once the journal is
    sound — every entry built and checked, as unlocking once did before entries were lazy."""
    from journal.vault.migration import backup_path

    path = tmp_path / "journal" / "journal.rcv"
    vault, _code = create_vault(path, "a passphrase", kdf=KdfParams.FLOOR)
    odd = Entry("incident", datetime(2025, 5, 1, 20), what_happened="?")
    object.__setattr__(odd, "kind", "no such kind")  # as a bug in some version could write
    with vault._store.transaction() as cur:
        links = vault._chain.append(cur, vault._unlocked(), [("rev", "0dd0dd0dd0dd0dd0", 1, odd)])
    vault._chain.commit(links)
    vault.close()
    spare = backup_path(path)
    spare.write_bytes(b"the journal as it was before an upgrade")
    with open_vault(path, "a passphrase") as opened:
        assert opened.problems == ["Entry record 1 is damaged."]
    assert spare.exists()
    fixed = tmp_path / "fine" / "journal.rcv"
    create_vault(fixed, "a passphrase", kdf=KdfParams.FLOOR)[0].close()
    backup_path(fixed).write_bytes(b"as before")
    open_vault(fixed, "a passphrase").close()
    assert not backup_path(fixed).exists()  # a sound journal: the copy goes


def _with_a_damaged_entry(path: Path, passphrase: str) -> None:
    """A journal whose second entry is sound as a link but not an entry (as a bug could write)."""
    vault, _code = create_vault(path, passphrase, kdf=KdfParams.FLOOR)
    vault.add_entry(Entry("incident", datetime(2024, 1, 1), what_happened="kept"))
    odd = {"kind": "bogus", "occurred_start": "2024-05-01T00:00:00"}
    with vault._store.transaction() as cur:
        links = vault._chain.append(cur, vault._unlocked(), [("rev", "deadbeefdeadbeef", 1, odd)])
    vault._chain.commit(links)
    vault.close()


def test_a_backup_with_a_damaged_entry_is_refused_before_it_replaces_the_journal(
    tmp_path: Path,
) -> None:
    from journal.errors import VaultCorrupted as Refused
    from journal.session import Session

    backup = tmp_path / "backup" / "journal.rcv"
    _with_a_damaged_entry(backup, "pass phrase one")
    session = Session(tmp_path / "live" / "journal.rcv", kdf=KdfParams.FLOOR)
    session.create("pass phrase live")
    try:
        with pytest.raises(Refused):
            session.restore_from(backup, "pass phrase one")
        assert session.vault.entries() == []  # the live journal, untouched
    finally:
        session.close()


def test_settings_move_into_a_journal_with_a_damaged_entry_take_the_safe_defaults(
    tmp_path: Path,
) -> None:
    from journal.protective_settings import ProtectiveSettings, load_or_migrate

    path = tmp_path / "journal" / "journal.rcv"
    _with_a_damaged_entry(path, "a passphrase")
    legacy = {"autolock_minutes": 0, "lock_on_minimise": False}  # edited in the INI file
    with open_vault(path, "a passphrase") as vault:
        assert load_or_migrate(vault, legacy) == ProtectiveSettings()
