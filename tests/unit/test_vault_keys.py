"""Passphrases, recovery codes, KDF limits and hostile or broken headers and files."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from journal import crypto
from journal.model import Entry
from journal.vault import (
    KdfParams,
    UnsupportedVault,
    Vault,
    VaultCorrupted,
    VaultError,
    WrongPassphrase,
    create_vault,
    open_vault,
    open_vault_with_recovery,
)
from journal.vault.header import header_check
from tests.conftest import PASSPHRASE

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_RE = re.compile(rf"^[{CROCKFORD}]{{4}}(-[{CROCKFORD}]{{4}}){{7}}$")
NEW_PASSPHRASE = "a different, longer passphrase"


def entry(text: str, day: int) -> Entry:
    return Entry(kind="incident", occurred_start=datetime(2024, 1, day), what_happened=text)


@pytest.fixture
def made(vault_path: Path) -> tuple[Path, str, list[Entry]]:
    """A closed vault with two entries; returns its path, recovery code and entries."""
    created, code = create_vault(vault_path, PASSPHRASE, kdf=KdfParams.FLOOR)
    with created:
        saved = [created.add_entry(entry("first", 1)), created.add_entry(entry("second", 2))]
    return vault_path, code, saved


def read_rows(path: Path) -> tuple[str, list[tuple[bytes, bytes]]]:
    conn = sqlite3.connect(path)
    try:
        header = conn.execute("SELECT data FROM header WHERE id = 1").fetchone()[0]
        records = conn.execute("SELECT id, blob FROM records ORDER BY id").fetchall()
    finally:
        conn.close()
    return header, records


def edit_header(path: Path, change: Callable[[dict[str, Any]], None], *, reseal: bool) -> None:
    """Change the header JSON in the file, recomputing its checksum when `reseal`."""
    conn = sqlite3.connect(path)
    try:
        header = json.loads(conn.execute("SELECT data FROM header WHERE id = 1").fetchone()[0])
        change(header)
        if reseal:
            header["check"] = header_check(header)
        with conn:
            conn.execute("UPDATE header SET data = ? WHERE id = 1", (json.dumps(header),))
    finally:
        conn.close()


def set_raw_header(path: Path, value: Any) -> None:
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("UPDATE header SET data = ? WHERE id = 1", (value,))
    finally:
        conn.close()


# ------------------------------------------------------------------ passphrase


def test_wrong_passphrase_is_refused(made: tuple[Path, str, list[Entry]]) -> None:
    path, _, saved = made
    for wrong in ("wrong", PASSPHRASE.upper(), PASSPHRASE + " ", PASSPHRASE[:-1]):
        with pytest.raises(WrongPassphrase):
            open_vault(path, wrong)
    with pytest.raises(WrongPassphrase):
        open_vault(path, "")
    with open_vault(path, PASSPHRASE) as vault:  # refusals left nothing locked or changed
        assert vault.entries() == saved


def test_wrong_passphrase_is_a_vault_error(made: tuple[Path, str, list[Entry]]) -> None:
    with pytest.raises(VaultError):
        open_vault(made[0], "nope")


# ------------------------------------------------------------------ recovery code


def test_recovery_code_format_and_strength(vault_path: Path, tmp_path: Path) -> None:
    first, code1 = create_vault(vault_path, PASSPHRASE, kdf=KdfParams.FLOOR)
    first.close()
    second, code2 = create_vault(tmp_path / "other.rcv", PASSPHRASE, kdf=KdfParams.FLOOR)
    second.close()
    for code in (code1, code2):
        assert CODE_RE.match(code), code
        groups = code.split("-")
        assert len(groups) == 8 and all(len(g) == 4 for g in groups)
        assert len(crypto.parse_recovery_code(code)) * 8 >= 128
    assert code1 != code2
    assert 32 * 5 == 160  # 32 Crockford characters carry 160 bits


def test_recovery_codes_are_random() -> None:
    codes = {crypto.new_recovery_code()[0] for _ in range(200)}
    assert len(codes) == 200
    # Every position uses many symbols: nothing is fixed or predictable.
    for position in range(0, 39, 5):
        assert len({c[position] for c in codes}) > 10


@pytest.mark.parametrize(
    "transform",
    [
        lambda c: c,
        lambda c: c.lower(),
        lambda c: c.replace("-", " "),
        lambda c: c.replace("-", ""),
        lambda c: "  " + c.lower().replace("-", " ") + "\n",
        lambda c: c.swapcase().replace("-", "  "),
    ],
    ids=["as-shown", "lower", "spaces", "no-separators", "padded-lower", "mixed"],
)
def test_recovery_code_opens_in_any_case_and_spacing(
    made: tuple[Path, str, list[Entry]], transform: Callable[[str], str]
) -> None:
    path, code, saved = made
    with open_vault_with_recovery(path, transform(code)) as vault:
        assert vault.entries() == saved
        assert vault.verify().ok


def test_wrong_recovery_code_is_refused(made: tuple[Path, str, list[Entry]]) -> None:
    path, code, _ = made
    other_code, _ = crypto.new_recovery_code()
    flipped = ("1" if code[0] != "1" else "2") + code[1:]
    for wrong in (other_code, flipped, code[:-1], code + "A", "", "not a code", PASSPHRASE):
        with pytest.raises(WrongPassphrase):
            open_vault_with_recovery(path, wrong)


def test_passphrase_is_not_a_recovery_code_and_back(made: tuple[Path, str, list[Entry]]) -> None:
    path, code, _ = made
    with pytest.raises(WrongPassphrase):
        open_vault(path, code)


def test_unlock_with_recovery_after_lock(made: tuple[Path, str, list[Entry]]) -> None:
    path, code, saved = made
    with open_vault(path, PASSPHRASE) as vault:
        vault.lock()
        with pytest.raises(WrongPassphrase):
            vault.unlock_with_recovery(crypto.new_recovery_code()[0])
        vault.unlock_with_recovery(code.lower())
        assert vault.entries() == saved


# ------------------------------------------------------------------ change passphrase


def test_change_passphrase_reencrypts_everything(made: tuple[Path, str, list[Entry]]) -> None:
    path, code, saved = made
    header_before, records_before = read_rows(path)
    with open_vault(path, PASSPHRASE) as vault:
        assert vault.change_passphrase(NEW_PASSPHRASE, kdf=KdfParams.FLOOR) is None
        assert vault.entries() == saved  # still usable right away
    header_after, records_after = read_rows(path)
    # A new vault key: every record has a new id and new ciphertext.
    assert len(records_after) == len(records_before)
    assert not {r[0] for r in records_after} & {r[0] for r in records_before}
    assert not {r[1] for r in records_after} & {r[1] for r in records_before}
    assert header_after != header_before
    before, after = json.loads(header_before), json.loads(header_after)
    assert after["vault_id"] == before["vault_id"]
    assert after["kdf"]["salt"] != before["kdf"]["salt"]  # fresh salt for the new passphrase
    assert after["passphrase_wrap"] != before["passphrase_wrap"]
    assert after["recovery_wrap"] != before["recovery_wrap"]  # the new key, sealed to the code
    assert after["recovery_public"] == before["recovery_public"]  # the same code

    with pytest.raises(WrongPassphrase):
        open_vault(path, PASSPHRASE)
    with open_vault(path, NEW_PASSPHRASE) as vault:
        assert vault.entries() == saved
        assert vault.verify().ok
    with open_vault_with_recovery(path, code) as vault:  # recovery code still works
        assert vault.entries() == saved


def test_change_passphrase_after_recovery(made: tuple[Path, str, list[Entry]]) -> None:
    path, code, saved = made
    with open_vault_with_recovery(path, code) as vault:
        vault.change_passphrase(NEW_PASSPHRASE, kdf=KdfParams.FLOOR)
    with pytest.raises(WrongPassphrase):
        open_vault(path, PASSPHRASE)
    with open_vault(path, NEW_PASSPHRASE) as vault:
        assert vault.entries() == saved


def test_change_passphrase_with_new_kdf(made: tuple[Path, str, list[Entry]]) -> None:
    path, _, saved = made
    stronger = KdfParams(KdfParams.FLOOR.memory_kib * 2, 3, 1)
    with open_vault(path, PASSPHRASE) as vault:
        vault.change_passphrase(NEW_PASSPHRASE, kdf=stronger)
        assert vault.kdf == stronger
    with open_vault(path, NEW_PASSPHRASE) as vault:
        assert vault.kdf == stronger
        assert vault.entries() == saved


def test_change_passphrase_unlock_after_lock(made: tuple[Path, str, list[Entry]]) -> None:
    path, _, saved = made
    with open_vault(path, PASSPHRASE) as vault:
        vault.change_passphrase(NEW_PASSPHRASE, kdf=KdfParams.FLOOR)
        vault.lock()
        with pytest.raises(WrongPassphrase):
            vault.unlock(PASSPHRASE)
        vault.unlock(NEW_PASSPHRASE)
        assert vault.entries() == saved


def test_change_to_empty_passphrase_is_refused(made: tuple[Path, str, list[Entry]]) -> None:
    path, _, saved = made
    with open_vault(path, PASSPHRASE) as vault, pytest.raises(ValueError):
        vault.change_passphrase("", kdf=KdfParams.FLOOR)
    with open_vault(path, PASSPHRASE) as vault:
        assert vault.entries() == saved


def test_replace_recovery_code_invalidates_old(made: tuple[Path, str, list[Entry]]) -> None:
    path, old_code, saved = made
    _, records_before = read_rows(path)
    with open_vault(path, PASSPHRASE) as vault:
        new_code = vault.replace_recovery_code()
    assert CODE_RE.match(new_code) and new_code != old_code
    records_after = read_rows(path)[1]
    assert not {r[1] for r in records_after} & {r[1] for r in records_before}  # new key
    with pytest.raises(WrongPassphrase):
        open_vault_with_recovery(path, old_code)
    with open_vault_with_recovery(path, new_code) as vault:
        assert vault.entries() == saved
    with open_vault(path, PASSPHRASE) as vault:  # the passphrase is unaffected
        assert vault.entries() == saved


# ------------------------------------------------------------------ KDF parameters


def test_kdf_floor_is_owasp_minimum() -> None:
    assert KdfParams(19456, 2, 1) == KdfParams.FLOOR


def test_calibrate_never_goes_below_the_floor() -> None:
    params = KdfParams.calibrate(target_seconds=0.05)
    floor = KdfParams.FLOOR
    assert params.memory_kib >= floor.memory_kib
    assert params.iterations >= floor.iterations
    assert params.lanes >= floor.lanes
    params.check()


def test_create_records_the_kdf_and_refuses_weak_params(vault_path: Path) -> None:
    with pytest.raises(UnsupportedVault):
        create_vault(vault_path, PASSPHRASE, kdf=KdfParams(1024, 1, 1))
    with create_vault(vault_path, PASSPHRASE, kdf=KdfParams.FLOOR)[0] as vault:
        assert vault.kdf == KdfParams.FLOOR
    header = json.loads(read_rows(vault_path)[0])
    assert header["kdf"]["name"] == "argon2id"
    assert (header["kdf"]["memory_kib"], header["kdf"]["iterations"], header["kdf"]["lanes"]) == (
        19456,
        2,
        1,
    )
    assert len(crypto.b64d(header["kdf"]["salt"])) >= 16


def test_each_vault_has_its_own_salt_and_id(vault_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "b.rcv"
    for path in (vault_path, other):
        create_vault(path, PASSPHRASE, kdf=KdfParams.FLOOR)[0].close()
    a, b = json.loads(read_rows(vault_path)[0]), json.loads(read_rows(other)[0])
    assert a["kdf"]["salt"] != b["kdf"]["salt"]
    assert a["recovery_salt"] != b["recovery_salt"]
    assert a["vault_id"] != b["vault_id"]


ABSURD = [
    {"memory_kib": 8 * 1024 * 1024},
    {"iterations": 10**6},
    {"lanes": 10**4},
    {"memory_kib": 8 * 1024 * 1024, "iterations": 10**6, "lanes": 10**4},
    {"memory_kib": 2**62},
    {"memory_kib": 10**40},
    {"memory_kib": 1024},  # below the floor: refused too
    {"iterations": 1},
    {"lanes": 0},
    {"memory_kib": -1},
    {"memory_kib": 19456.5},
    {"memory_kib": "19456"},
    {"iterations": True},
    {"memory_kib": None},
    {"name": "scrypt"},
    {"name": None},
]


@pytest.mark.parametrize("change", ABSURD, ids=[json.dumps(c) for c in ABSURD])
@pytest.mark.parametrize("opener", ["passphrase", "recovery"])
def test_absurd_kdf_header_is_refused_fast(
    made: tuple[Path, str, list[Entry]], change: dict[str, Any], opener: str
) -> None:
    path, code, _ = made
    edit_header(path, lambda header: header["kdf"].update(change), reseal=True)
    started = time.monotonic()
    with pytest.raises(UnsupportedVault):
        if opener == "passphrase":
            open_vault(path, PASSPHRASE)
        else:
            open_vault_with_recovery(path, code)
    assert time.monotonic() - started < 1.5  # a hang guard, not a benchmark


@pytest.mark.parametrize("kdf", [None, [], "argon2id", {"name": "argon2id"}])
def test_missing_kdf_settings_are_refused(made: tuple[Path, str, list[Entry]], kdf: Any) -> None:
    path, _, _ = made
    edit_header(path, lambda header: header.__setitem__("kdf", kdf), reseal=True)
    with pytest.raises(UnsupportedVault):
        open_vault(path, PASSPHRASE)


@pytest.mark.parametrize(
    ("change", "error"),
    [
        (lambda h: h.__setitem__("version", 3), UnsupportedVault),
        (lambda h: h.__setitem__("version", "1"), UnsupportedVault),
        (lambda h: h.__setitem__("cipher", "ROT13"), UnsupportedVault),
        (lambda h: h.__setitem__("format", "something-else"), UnsupportedVault),
        (lambda h: h.__setitem__("vault_id", "not base64!"), VaultCorrupted),
        (lambda h: h.__setitem__("vault_id", crypto.b64e(b"short")), VaultCorrupted),
        (lambda h: h.pop("vault_id"), VaultCorrupted),
        (lambda h: h["kdf"].__setitem__("salt", "AAAA"), VaultCorrupted),
        (lambda h: h["kdf"].__setitem__("salt", 5), VaultCorrupted),
        (lambda h: h.__setitem__("passphrase_wrap", crypto.b64e(b"x" * 60)), WrongPassphrase),
        (lambda h: h.pop("passphrase_wrap"), VaultError),
        (lambda h: h.__setitem__("passphrase_wrap", "%%%"), VaultError),
    ],
)
def test_resealed_but_invalid_header_fields_are_refused(
    made: tuple[Path, str, list[Entry]], change: Callable[[dict[str, Any]], None], error: type
) -> None:
    path, _, _ = made
    edit_header(path, change, reseal=True)
    with pytest.raises(error):
        open_vault(path, PASSPHRASE)


def test_another_vaults_wrapped_key_does_not_open(
    made: tuple[Path, str, list[Entry]], tmp_path: Path
) -> None:
    """Copying the key wrap of a vault with the same passphrase into another is refused."""
    path, _, _ = made
    other = tmp_path / "other.rcv"
    create_vault(other, PASSPHRASE, kdf=KdfParams.FLOOR)[0].close()
    donor = json.loads(read_rows(other)[0])

    def transplant(header: dict[str, Any]) -> None:
        header["kdf"] = donor["kdf"]
        header["passphrase_wrap"] = donor["passphrase_wrap"]

    edit_header(path, transplant, reseal=True)
    with pytest.raises(WrongPassphrase):
        open_vault(path, PASSPHRASE)


@pytest.mark.parametrize(
    "change",
    [
        lambda h: h["kdf"].__setitem__("iterations", 3),
        lambda h: h["kdf"].__setitem__("memory_kib", 8 * 1024 * 1024),
        lambda h: h.__setitem__("version", 1.0),
        lambda h: h.__setitem__("extra", "field"),
        lambda h: h.__setitem__("check", "0" * 64),
        lambda h: h.pop("check"),
    ],
)
def test_header_with_bad_checksum_is_corrupted(
    made: tuple[Path, str, list[Entry]], change: Callable[[dict[str, Any]], None]
) -> None:
    path, code, _ = made
    edit_header(path, change, reseal=False)
    started = time.monotonic()
    with pytest.raises(VaultCorrupted):
        open_vault(path, PASSPHRASE)
    with pytest.raises(VaultCorrupted):
        open_vault_with_recovery(path, code)
    assert time.monotonic() - started < 1.5


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "{",
        "null",
        "[]",
        "42",
        '"text"',
        "{}",
        '{"format": "rc-vault"}',
        b"\x00\xff binary",
        12345,
        '{"format": "rc-vault", "check": "\\ud800"}',
        '{"format": "rc-vault", "x": "\\udfff\\ud800", "check": ""}',
        "[" * 100_000 + "]" * 100_000,
        '{"format": "rc-vault", "x": ' + "[" * 5000 + "]" * 5000 + "}",
    ],
    ids=lambda r: repr(r)[:30],
)
def test_garbage_header_row_is_a_vault_error(made: tuple[Path, str, list[Entry]], raw: Any) -> None:
    path, code, _ = made
    set_raw_header(path, raw)
    with pytest.raises(VaultError):
        open_vault(path, PASSPHRASE)
    with pytest.raises(VaultError):
        open_vault_with_recovery(path, code)


def test_missing_header_row_is_corrupted(made: tuple[Path, str, list[Entry]]) -> None:
    path, _, _ = made
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM header")
    conn.close()
    with pytest.raises(VaultCorrupted):
        open_vault(path, PASSPHRASE)


@pytest.mark.parametrize("table", ["header", "records"])
def test_missing_table_is_a_vault_error(made: tuple[Path, str, list[Entry]], table: str) -> None:
    path, _, _ = made
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(f"DROP TABLE {table}")
    conn.close()
    with pytest.raises(VaultError):
        open_vault(path, PASSPHRASE)


# ------------------------------------------------------------------ not a vault at all


def write_and_open(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    open_vault(path, PASSPHRASE).close()


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"hello, I am a text file\n",
        b"SQLite format 3",  # the magic, one byte short
        b"SQLite format 3\x00",
        b"SQLite format 3\x00" + b"\x00" * 84,
        b"SQLite format 3\x00" + os.urandom(4096),
        os.urandom(16),
        os.urandom(10_000),
        b"\x00" * 8192,
        b"%PDF-1.7\n" + os.urandom(500),
    ],
    ids=lambda d: f"{len(d)}b:{d[:8]!r}",
)
def test_non_vault_files_are_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fake.rcv"
    with pytest.raises(VaultError):
        write_and_open(path, data)
    assert path.read_bytes() == data  # refusing never writes to the file


def test_plain_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('hello')")
    conn.close()
    with pytest.raises(VaultError):
        open_vault(path, PASSPHRASE)


def test_folder_instead_of_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(VaultError):
        open_vault(tmp_path, PASSPHRASE)


def test_truncated_vault_files_are_refused(made: tuple[Path, str, list[Entry]]) -> None:
    path, _, saved = made
    assert not Path(str(path) + "-wal").exists()
    pristine = path.read_bytes()
    assert len(pristine) >= 4 * 4096
    cut_short = (1, 15, 16, 50, 99, 100, 1000, 4095, 4096, len(pristine) // 2)
    for size in (*cut_short, len(pristine) - 4096):
        path.write_bytes(pristine[:size])
        with pytest.raises(VaultError):
            open_vault(path, PASSPHRASE)
    # Losing only the last byte (free space of the last page) may still open: then the
    # data must be exactly right.
    path.write_bytes(pristine[:-1])
    try:
        vault = open_vault(path, PASSPHRASE)
    except VaultError:
        return
    with vault:
        assert vault.entries() == saved
        assert vault.verify().ok


def test_vault_passes_after_all_this(made: tuple[Path, str, list[Entry]]) -> None:
    path, code, saved = made
    with open_vault(path, PASSPHRASE) as vault:
        assert isinstance(vault, Vault)
        assert vault.entries() == saved
        assert vault.verify().ok and vault.problems == []
    with open_vault_with_recovery(path, code) as vault:
        assert vault.entries() == saved


def test_damaged_schema_with_non_utf8_name_is_a_vault_error(
    made: tuple[Path, str, list[Entry]],
) -> None:
    """SQLite's error message then quotes bytes that are not UTF-8 (a UnicodeDecodeError)."""
    path, code, _ = made
    data = path.read_bytes()
    row = b"tablerecordsrecords"
    assert data.count(row) == 1
    path.write_bytes(data.replace(row, b"table\xff\xfe\xfd\xfc\xfb\xfa\xf9records"))
    with pytest.raises(VaultError):
        open_vault(path, PASSPHRASE)
    with pytest.raises(VaultError):
        open_vault_with_recovery(path, code)
