"""Unlocking parses every record with `orjson` (`RecordKeys.reader`); it gives exactly what the
standard `json` parser gives (`RecordKeys.unseal`), types included, for every record of the
sample journals and for any JSON, and anything `orjson` refuses goes the `json` way."""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal import crypto
from journal.canonical import canonical_json
from journal.errors import VaultCorrupted
from journal.model import Entry
from journal.vault import open_vault, records
from journal.vault.records import KIND_DOC, KIND_DRAFT, KIND_HEAD, KIND_LOG, RecordKeys
from tests.unit.test_model import entries

DATA = Path(__file__).resolve().parents[1] / "data"
RECORD_ID = b"\x02" * 16
KINDS = (KIND_LOG, KIND_HEAD, KIND_DRAFT, KIND_DOC)


def value_of(read: Any) -> Any:
    """The value part of what `RecordKeys.reader`'s function returns (value, text)."""
    return lambda *args: read(*args)[0]


def typed(value: Any) -> Any:
    """`value` with the type of every part spelt out: 1, 1.0 and True differ, so do 0.0 and
    -0.0, and NaN equals NaN."""
    if isinstance(value, dict):
        return ("dict", [(typed(k), typed(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("list", [typed(v) for v in value])
    if isinstance(value, float):
        return ("float", "nan" if math.isnan(value) else value.hex())
    return (type(value).__name__, value)


def outcome(read: Any, record_id: bytes, kind: int, blob: bytes) -> tuple[str, Any]:
    try:
        return "value", typed(read(record_id, kind, blob))
    except VaultCorrupted as exc:
        return "error", exc.message


@pytest.fixture(scope="module")
def keys() -> RecordKeys:
    return RecordKeys(bytearray(os.urandom(32)), os.urandom(16))


def both_ways(keys: RecordKeys, plain: bytes, kind: int = KIND_LOG) -> None:
    """A record holding the JSON text `plain` reads the same both ways."""
    blob = keys.seal_raw(crypto.pad(plain), keys.ad(RECORD_ID, kind))
    assert outcome(value_of(keys.reader()), RECORD_ID, kind, blob) == outcome(
        keys.unseal, RECORD_ID, kind, blob
    )


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats()  # NaN and infinities too: `json.dumps` writes them
    | st.text(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(), inner, max_size=5),
    max_leaves=25,
)


@settings(max_examples=400, deadline=None)
@given(data=JSON_VALUES, kind=st.sampled_from(KINDS))
def test_any_record_the_app_writes_reads_the_same(keys: RecordKeys, data: Any, kind: int) -> None:
    blob = keys.seal(RECORD_ID, kind, data)
    got = outcome(value_of(keys.reader()), RECORD_ID, kind, blob)
    assert got == outcome(keys.unseal, RECORD_ID, kind, blob)
    assert got[0] == "value"


@settings(max_examples=300, deadline=None)
@given(data=JSON_VALUES, ensure_ascii=st.booleans(), indent=st.sampled_from([None, 0, 2]))
def test_any_json_text_reads_the_same(
    keys: RecordKeys, data: Any, ensure_ascii: bool, indent: int | None
) -> None:
    text = json.dumps(data, ensure_ascii=ensure_ascii, indent=indent)
    try:
        plain = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: no record can hold it as UTF-8
        plain = text.encode("utf-8", "surrogatepass")
    both_ways(keys, plain)


@pytest.mark.parametrize(
    "text",
    [
        b"9223372036854775807",  # the largest 64-bit integer: orjson gives the int
        b"-9223372036854775808",
        b"18446744073709551615",
        b"18446744073709551616",  # beyond 64 bits: orjson would give a float
        b"-9223372036854775809",
        b'{"seq": 123456789012345678901234567890, "rev": 1}',
        b'{"phone": "1234567890123456789"}',  # digits in a text: the json way, same result
        b"[1e400, -1e400]",  # infinities: orjson refuses
        b"1.7976931348623157e308",
        b"5e-324",
        b"-0.0",
        b"0.1",
        b"[1.0, 1, true, 1e0]",
        b'{"a": 1, "a": 2}',  # the last one wins both ways
        b'"\\ud83d\\ude00"',
        b'"\\ud800"',  # a lone surrogate: orjson refuses
        b'"\\u0000 \\u001f \\u007f \\u2028"',
        b"\xef\xbb\xbf[1]",  # a byte order mark: json reads it, orjson does not
        b"[" * 100 + b"]" * 100,
    ],
)
def test_numbers_and_texts_orjson_reads_differently_read_the_json_way(
    keys: RecordKeys, text: bytes
) -> None:
    both_ways(keys, text)


def test_an_integer_beyond_64_bits_stays_an_integer(keys: RecordKeys) -> None:
    assert isinstance(orjson.loads(b"18446744073709551616"), float)  # why the guard exists
    data = {"content": {"n": 10**30}, "rev": -(2**63) - 1, "seq": 2**64}  # keys as stored
    blob = keys.seal(RECORD_ID, KIND_LOG, data)
    got = value_of(keys.reader())(RECORD_ID, KIND_LOG, blob)
    assert typed(got) == typed(data)


@pytest.mark.parametrize("name", sorted(p.stem for p in DATA.glob("v*.rcv")))
def test_every_record_of_the_sample_journals_reads_the_same(name: str, tmp_path: Path) -> None:
    expected = json.loads((DATA / f"{name}.expected.json").read_text("utf-8"))
    copy = tmp_path / "journal" / f"{name}.rcv"
    copy.parent.mkdir(mode=0o700)
    shutil.copyfile(DATA / f"{name}.rcv", copy)
    copy.chmod(0o600)
    with open_vault(copy, expected["passphrase"]) as vault:
        keys = vault._unlocked()
        rows = sqlite3.connect(copy).execute("SELECT id, blob FROM records").fetchall()
        is_chunk = keys.chunk_predicate()
        read = value_of(keys.reader())
        readable = 0
        for record_id, blob in rows:
            if is_chunk(record_id):
                continue
            for kind in KINDS:
                got = outcome(read, record_id, kind, blob)
                assert got == outcome(keys.unseal, record_id, kind, blob)
                readable += got[0] == "value"
        assert readable == len(rows) - sum(1 for r in rows if is_chunk(r[0])) > 10


@settings(max_examples=200, deadline=None)
@given(entries())
def test_entries_as_the_vault_writes_them_take_the_quick_way(entry: Entry) -> None:
    # Only a text with a run of 19 digits goes the `json` way; an entry as the vault writes it
    # is read by `orjson` alone (the general parser is never called).
    keys = RecordKeys(bytearray(32), bytes(16))
    stored = {"seq": 1, "prev": "0" * 64, "content": entry.content(), "at": "2024-06-01T08:30"}
    blob = keys.seal(RECORD_ID, KIND_LOG, stored)
    text = canonical_json(stored)
    calls: list[bytes] = []
    general = records._parse
    records._parse = lambda plain: calls.append(plain) or general(plain)
    try:
        assert value_of(keys.reader())(RECORD_ID, KIND_LOG, blob) == stored
    finally:
        records._parse = general
    assert bool(calls) == bool(re.search(rb"[0-9]{19}", text))
