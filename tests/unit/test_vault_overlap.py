"""Unlocking derives the key on a helper thread while the file is checked and read
(`journal.vault.overlap`): the results, the errors and the order of the checks are those of
doing one after the other."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime
from pathlib import Path

import pytest

from journal.errors import HeaderChanged, VaultCorrupted, WrongPassphrase
from journal.model import Entry
from journal.vault import KdfParams, create_vault, header_fingerprint, open_vault
from journal.vault.overlap import while_deriving

PASS = "seven lanterns over the quiet river"


def test_both_done_gives_both_and_the_derive_runs_beside_the_work() -> None:
    started = threading.Event()

    def derive() -> bytearray:
        started.set()
        return bytearray(b"seed")

    def work() -> str:
        assert started.wait(5)  # the derive runs while the work does
        return "rows"

    assert while_deriving(derive, work) == (bytearray(b"seed"), "rows")


def test_a_failed_work_wipes_the_seed_and_raises_its_own_error() -> None:
    seed = bytearray(b"secret seed")

    def work() -> str:
        raise VaultCorrupted("The journal file is damaged (its database check failed).")

    with pytest.raises(VaultCorrupted, match="database check"):
        while_deriving(lambda: seed, work)
    assert seed == bytearray(len(seed))  # zeroed


def test_a_failed_derive_undoes_the_work_and_raises_its_error() -> None:
    undone: list[str] = []

    def derive() -> bytearray:
        raise WrongPassphrase("Please type your passphrase.")

    with pytest.raises(WrongPassphrase, match="Please type"):
        while_deriving(derive, lambda: "connection", undo=undone.append)
    assert undone == ["connection"]


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    path = tmp_path / "vault" / "journal.rcv"
    create_vault(path, PASS, kdf=KdfParams.FLOOR)[0].close()
    return path


def test_a_damaged_page_is_found_before_the_passphrase_is_judged(tmp_path: Path) -> None:
    path = tmp_path / "vault" / "journal.rcv"
    vault, _code = create_vault(path, PASS, kdf=KdfParams.FLOOR)
    with vault:
        for n in range(30):  # long enough to need overflow pages
            vault.add_entry(
                Entry("incident", datetime(2025, 1, 1), what_happened="x" * 300 + str(n))
            )
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    last = len(data) - page  # an overflow page: its pointer to the next one, made impossible
    data[last + 1 : last + 3] = b"\xff\xff"
    path.write_bytes(bytes(data))
    check = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
    assert check.execute("SELECT id FROM header").fetchall() == [(1,)]  # the header reads
    assert check.execute("PRAGMA quick_check").fetchall() != [("ok",)]
    check.close()
    # The file's damage is told first, whatever the secret (the lock released each time).
    for secret in (PASS, "not the passphrase", ""):
        with pytest.raises(VaultCorrupted, match="database check failed"):
            open_vault(path, secret)
        assert path.read_bytes() == data  # nothing written


def test_no_passphrase_or_a_wrong_one_on_a_changed_header_says_the_header_changed(
    journal: Path,
) -> None:
    remembered = header_fingerprint(journal)
    with pytest.raises(WrongPassphrase):
        open_vault(journal, "", remembered_header=remembered)
    conn = sqlite3.connect(journal)
    conn.execute("UPDATE header SET data = replace(data, '\"version\"', '\"version\" ')")
    conn.commit()
    conn.close()
    assert header_fingerprint(journal) != remembered
    for secret in ("", "not the passphrase"):
        with pytest.raises(HeaderChanged):
            open_vault(journal, secret, remembered_header=remembered)
    with open_vault(journal, PASS) as vault:  # the file was not held by the failed attempts
        assert vault.entries() == []


def test_the_derive_writes_its_messages_in_the_callers_language() -> None:
    from journal.i18n import current, using

    marker = object()
    seen: list[object] = []

    def derive() -> bytearray:
        seen.append(current())
        return bytearray(1)

    with using(marker):  # type: ignore[arg-type]
        while_deriving(derive, lambda: None)
    assert seen == [marker]
