"""Property tests: entries round-trip through a real vault; bad bytes only raise VaultError."""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from journal.model import KINDS, PRECISIONS, Entry
from journal.vault import (
    KdfParams,
    Vault,
    VaultError,
    create_vault,
    open_vault,
    open_vault_with_recovery,
)
from journal.vault.header import header_check
from tests.conftest import PASSPHRASE

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# ------------------------------------------------------------------ strategies

offsets = st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(lambda m: timezone(timedelta(minutes=m)))
moments = st.datetimes(
    min_value=datetime(1901, 1, 1), max_value=datetime(9997, 12, 31), timezones=st.none() | offsets
)
texts = st.text(max_size=80)
names = st.text(min_size=1, max_size=20)


@st.composite
def entries(draw: st.DrawFn) -> Entry:
    start = draw(moments)
    end = None
    if draw(st.booleans()):
        end = start + draw(st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=90)))
    return Entry(
        kind=draw(st.sampled_from(KINDS)),
        occurred_start=start,
        occurred_end=end,
        occurred_precision=draw(st.sampled_from(PRECISIONS)),
        location=draw(texts),
        what_happened=draw(st.text(max_size=600)),
        words_used=draw(texts),
        behaviours=draw(st.lists(names, max_size=4)),
        severity=draw(st.none() | st.integers(1, 5)),
        injuries=draw(texts),
        medical_care=draw(texts),
        witnesses=draw(texts),
        children_present=draw(st.none() | st.booleans()),
        police_report=draw(texts),
        technology=draw(texts),
        emotions=draw(st.dictionaries(names, st.integers(0, 10), max_size=4)),
        body_responses=draw(st.lists(names, max_size=4)),
        reflection=draw(texts),
        tags=draw(st.lists(names, max_size=4)),
    )


# Integers stay small enough that a "valid" KDF setting never means minutes of Argon2id,
# plus a few huge ones that must be refused before any work is done.
json_ints = st.integers(-(2**16), 2**16) | st.sampled_from([2**31, 2**63, 10**40, -(2**63)])
json_scalars = (
    st.none() | st.booleans() | json_ints | st.floats(allow_nan=False) | st.text(max_size=40)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)


# ------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
def shared_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    path = tmp_path_factory.mktemp("roundtrip") / "journal.rcv"
    created, _ = create_vault(path, PASSPHRASE, kdf=KdfParams.FLOOR)
    yield created
    created.close()


class Pristine:
    """A closed vault to be copied and damaged (short repr: Hypothesis prints it)."""

    def __init__(
        self,
        path: Path,
        code: str,
        entries: list[Entry],
        revisions: list[Entry],
        header: str,
        record_ids: list[bytes],
    ) -> None:
        self.path = path
        self.code = code
        self.entries = entries
        self.revisions = revisions  # every revision ever saved
        self.header = header
        self.record_ids = record_ids
        self.data = path.read_bytes()

    def __repr__(self) -> str:
        return f"<pristine vault {self.path.name}, {len(self.entries)} entries>"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Pristine:
    """Three entries (one amended), a draft and a document."""
    path = tmp_path_factory.mktemp("pristine") / "journal.rcv"
    created, code = create_vault(path, PASSPHRASE, kdf=KdfParams.FLOOR)
    with created:
        saved = [
            created.add_entry(
                Entry(
                    kind="incident",
                    occurred_start=datetime(2024, 1, i + 1),
                    what_happened=f"entry {i}",
                )
            )
            for i in range(3)
        ]
        created.amend_entry(
            saved[0].id or "",
            Entry(kind="incident", occurred_start=datetime(2024, 1, 1), what_happened="v2"),
        )
        created.save_draft(Entry(kind="tension", occurred_start=datetime(2024, 2, 1)))
        created.save_document("safety_plan", {"cash": 50})
        current = created.entries()
        revisions = [rev for item in current for rev in created.history(item.id or "")]
    conn = sqlite3.connect(path)
    try:
        header = conn.execute("SELECT data FROM header").fetchone()[0]
        record_ids = [r[0] for r in conn.execute("SELECT id FROM records ORDER BY id")]
    finally:
        conn.close()
    return Pristine(path, code, current, revisions, header, record_ids)


def fresh_copy(pristine: Pristine, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copyfile(pristine.path, target)
    return target


def run_sql(path: Path, statement: str, *params: object) -> None:
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute(statement, params)
    finally:
        conn.close()


def open_either(path: Path, code: str, with_recovery: bool) -> Vault:
    try:
        if with_recovery:
            vault = open_vault_with_recovery(path, code)
        else:
            vault = open_vault(path, PASSPHRASE)
    except VaultError as exc:
        event(f"refused: {type(exc).__name__}")
        raise
    event("opened")
    return vault


def check_opened(vault: Vault, pristine: Pristine) -> None:
    """A damaged vault that still opens shows only true data, and can be used without crashing.

    When an amendment is damaged the entry's earlier revision is shown (and the damage
    reported); anything else shown must be exactly what was saved.
    """
    with vault:
        current = vault.entries()
        for item in current:
            assert item in pristine.revisions
        if current != pristine.entries:
            assert vault.problems
            assert not vault.verify().ok
        for item in pristine.entries:
            with contextlib.suppress(VaultError):
                assert vault.get_entry(item.id or "") in pristine.revisions
        for call in (vault.load_draft, lambda: vault.load_document("safety_plan"), vault.verify):
            with contextlib.suppress(VaultError):
                call()
        with contextlib.suppress(VaultError):
            vault.add_entry(Entry(kind="reflection", occurred_start=datetime(2024, 5, 5)))


# ------------------------------------------------------------------ (a) round trip


@FUZZ
@given(entry=entries())
def test_any_entry_round_trips_through_a_real_vault(shared_vault: Vault, entry: Entry) -> None:
    saved = shared_vault.add_entry(entry)
    shared_vault.lock()  # drop everything in memory: the next read comes from the file
    shared_vault.unlock(PASSPHRASE)
    got = shared_vault.get_entry(saved.id or "")
    assert got == saved
    assert got.content() == entry.content()
    assert (got.revision, got.recorded_at) == (1, saved.recorded_at)
    hits = shared_vault.search(entry.what_happened[:20])
    assert saved.id in {e.id for e in hits}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(first=entries(), second=entries())
def test_any_amendment_round_trips(shared_vault: Vault, first: Entry, second: Entry) -> None:
    saved = shared_vault.add_entry(first)
    amended = shared_vault.amend_entry(saved.id or "", second)
    shared_vault.lock()
    shared_vault.unlock(PASSPHRASE)
    assert shared_vault.history(saved.id or "") == [saved, amended]
    assert shared_vault.get_entry(saved.id or "").content() == second.content()


def test_shared_vault_is_consistent_after_the_properties(shared_vault: Vault) -> None:
    report = shared_vault.verify()
    assert report.ok, report.problems


# ------------------------------------------------------------------ (b) arbitrary files


@st.composite
def damaged_files(draw: st.DrawFn, original: bytes) -> bytes:
    choice = draw(st.integers(0, 3))
    if choice == 0:
        return draw(st.binary(max_size=3000))
    if choice == 1:
        return b"SQLite format 3\x00" + draw(st.binary(max_size=3000))
    data = bytearray(original)
    if choice == 2:
        for _ in range(draw(st.integers(1, 8))):
            pos = draw(st.integers(0, len(data) - 1))
            data[pos] = draw(st.integers(0, 255))
        return bytes(data)
    start = draw(st.integers(0, len(data) - 1))
    chunk = draw(st.binary(min_size=1, max_size=600))
    data[start : start + len(chunk)] = chunk
    return bytes(data[: draw(st.integers(len(data) // 2, len(data)))])


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data(), with_recovery=st.booleans())
def test_arbitrary_file_bytes_only_raise_vault_errors(
    pristine: Pristine, tmp_path: Path, data: st.DataObject, with_recovery: bool
) -> None:
    content = data.draw(damaged_files(pristine.data))
    target = tmp_path / "fuzzed.rcv"
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    target.write_bytes(content)
    try:
        vault = open_either(target, pristine.code, with_recovery)
    except VaultError:
        return
    check_opened(vault, pristine)


# ------------------------------------------------------------------ (c) header and records


@FUZZ
@given(raw=st.text(max_size=300) | json_values.map(json.dumps), with_recovery=st.booleans())
def test_arbitrary_header_text_only_raises_vault_errors(
    pristine: Pristine, tmp_path: Path, raw: str, with_recovery: bool
) -> None:
    target = fresh_copy(pristine, tmp_path / "h.rcv")
    try:
        run_sql(target, "UPDATE header SET data = ? WHERE id = 1", raw)
    except UnicodeEncodeError:
        return  # sqlite3 cannot even store lone surrogates as text
    with pytest.raises(VaultError):
        open_either(target, pristine.code, with_recovery)


@st.composite
def header_edits(draw: st.DrawFn, original: str) -> dict[str, Any]:
    header = json.loads(original)
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(["top", "kdf", "drop", "merge"]))
        if where == "top":
            header[draw(st.sampled_from(sorted(header)))] = draw(json_values)
        elif where == "kdf" and isinstance(header.get("kdf"), dict):
            key = draw(st.sampled_from(["name", "memory_kib", "iterations", "lanes", "salt"]))
            header["kdf"][key] = draw(json_values)
        elif where == "drop" and header:
            header.pop(draw(st.sampled_from(sorted(header))))
        else:
            header.update(draw(st.dictionaries(st.text(max_size=10), json_values, max_size=3)))
    return header


@FUZZ
@given(data=st.data(), reseal=st.booleans(), with_recovery=st.booleans())
def test_arbitrary_header_json_only_raises_vault_errors(
    pristine: Pristine,
    tmp_path: Path,
    data: st.DataObject,
    reseal: bool,
    with_recovery: bool,
) -> None:
    header = data.draw(header_edits(pristine.header))
    if reseal:
        header["check"] = header_check(header)  # checksum passes: the parser must cope
    target = fresh_copy(pristine, tmp_path / "hj.rcv")
    run_sql(target, "UPDATE header SET data = ? WHERE id = 1", json.dumps(header))
    try:
        vault = open_either(target, pristine.code, with_recovery)
    except VaultError:
        return
    check_opened(vault, pristine)


@FUZZ
@given(
    index=st.integers(0, 5),
    blob=st.binary(max_size=2000)
    | st.text(max_size=50)
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False),
    with_recovery=st.booleans(),
)
def test_arbitrary_record_blob_only_raises_vault_errors(
    pristine: Pristine, tmp_path: Path, index: int, blob: Any, with_recovery: bool
) -> None:
    ids = pristine.record_ids
    record_id = ids[index % len(ids)]
    target = fresh_copy(pristine, tmp_path / "r.rcv")
    run_sql(target, "UPDATE records SET blob = ? WHERE id = ?", blob, record_id)
    vault = open_either(target, pristine.code, with_recovery)  # the header is intact
    with vault:
        assert vault.problems  # the damaged record is reported ...
        assert not vault.verify().ok
        current = vault.entries()
        assert all(item in pristine.revisions for item in current)
        assert len(current) >= len(pristine.entries) - 1  # ... and only it is lost
    check_opened(open_either(target, pristine.code, with_recovery), pristine)
