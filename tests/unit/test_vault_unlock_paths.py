"""The quick paths unlocking takes (reading every record, hashing every link) give exactly what
the general ones give, and fail exactly where they fail."""

from __future__ import annotations

import hashlib
import os
from typing import Any

import pytest
from hypothesis import given, settings

from journal import crypto
from journal.canonical import canonical_json
from journal.errors import VaultCorrupted
from journal.vault.chain import Link
from journal.vault.records import KIND_DOC, KIND_DRAFT, KIND_HEAD, KIND_LOG, RecordKeys
from tests.unit.test_model import entries

ODD_TEXTS = [
    "",
    "plain",
    'a "quoted" word',
    "back\\slash and /slash",
    "new\nline, tab\t, return\r, nul\x00, bell\x07, escape\x1b, delete\x7f",
    "line separator \u2028 and paragraph \u2029",
    "Año, niño, straße, ﬁ, Ⅻ, İ",
    "emoji 😀👩‍👩‍👧",
    "日本語のテキスト",
    "\ufeffbyte order mark",
]


def value_of(read: Any) -> Any:
    """The value part of what `RecordKeys.reader`'s function returns (value, text)."""
    return lambda *args: read(*args)[0]


def general_hash(link: Link) -> str:
    return hashlib.sha256(canonical_json(link.header())).hexdigest()


def a_link(text: str, attachment: str | None = None, **changes: Any) -> Link:
    fields: dict[str, Any] = {
        "seq": 7,
        "prev": "ab" * 32,
        "op": "att" if attachment is not None else "rev",
        "entry": text,
        "rev": 2,
        "at": f"2024-06-01T08:30:00+00:00{text}",
        "digest": text[::-1],
        "content": {"what_happened": text},
        "record_id": b"\x01" * 16,
        "attachment": attachment,
    }
    fields.update(changes)
    return Link(**fields)


@pytest.mark.parametrize("text", ODD_TEXTS)
@pytest.mark.parametrize("attachment", [None, "0f" * 16, 'odd "attachment" ñ\n'])
def test_link_hash_is_the_hash_of_the_canonical_json(text: str, attachment: str | None) -> None:
    link = a_link(text, attachment)
    assert link.link_hash() == general_hash(link)


@pytest.mark.parametrize(
    "changes",
    [
        {"seq": 10**40, "rev": 0},
        {"seq": -3, "rev": -1},
        {"seq": True},  # not an int for JSON ("true"): the general encoder decides
        {"rev": False},
        {"seq": 7.0},
        {"prev": None},
        {"entry": ["not", "text"]},
    ],
)
def test_link_hash_of_unusual_fields_is_still_the_canonical_one(changes: dict[str, Any]) -> None:
    link = a_link("x", **changes)
    assert link.link_hash() == general_hash(link)


def test_link_hash_with_a_lone_surrogate_fails_like_the_general_one() -> None:
    link = a_link("half \ud800 pair")
    with pytest.raises(UnicodeEncodeError):
        general_hash(link)
    with pytest.raises(UnicodeEncodeError):
        link.link_hash()


@pytest.fixture
def keys() -> RecordKeys:
    return RecordKeys(bytearray(os.urandom(32)), os.urandom(16))


def outcome(read: Any, record_id: bytes, kind: int, blob: Any) -> tuple[str, Any]:
    try:
        return "value", read(record_id, kind, blob)
    except VaultCorrupted as exc:
        return "error", exc.message


RECORD_ID = b"\x02" * 16


@pytest.mark.parametrize(
    "data",
    [{"seq": 1, "content": {"what_happened": text}, "tags": [text]} for text in ODD_TEXTS]
    + [[], [1, 2.5, None, True], "text", 0, None, {"nested": {"deep": [{"x": "ü"}]}}],
)
@pytest.mark.parametrize("kind", [KIND_LOG, KIND_HEAD, KIND_DRAFT, KIND_DOC])
def test_reader_reads_what_unseal_reads(keys: RecordKeys, data: Any, kind: int) -> None:
    blob = keys.seal(RECORD_ID, kind, data)
    assert (
        value_of(keys.reader())(RECORD_ID, kind, blob) == keys.unseal(RECORD_ID, kind, blob) == data
    )


def sealed_bytes(keys: RecordKeys, plain: bytes, kind: int = KIND_LOG) -> bytes:
    """A record whose decrypted (padded) bytes are exactly `plain`."""
    return keys.seal_raw(plain, keys.ad(RECORD_ID, kind))


def framed(text: bytes) -> bytes:
    return crypto.pad(text)


ODD_PLAINTEXTS = {
    "not JSON": framed(b"not json"),
    "empty": framed(b""),
    "JSON then more": framed(b'{"a": 1} {"b": 2}'),
    "two values": framed(b"1 2"),
    "leading space": framed(b'   {"a": 1}'),
    "trailing space": framed(b'{"a": 1}\n  '),
    "byte order mark": framed(b'\xef\xbb\xbf{"a": 1}'),
    "not UTF-8": framed(b'{"a": "\xff\xfe"}'),
    "lone surrogate escape": framed(b'{"a": "\\ud800"}'),
    "cut short": framed(b'{"a": [1, 2'),
    "NaN": framed(b'{"a": NaN}'),
    "deep": framed(b"[" * 50 + b"]" * 50),
    "length beyond the end": b"\x00\x00\x10\x00" + b'{"a": 1}' + bytes(500),
    "too short to frame": b"\x00\x01",
    "nothing": b"",
}


@pytest.mark.parametrize("name", sorted(ODD_PLAINTEXTS))
def test_reader_ends_like_unseal_on_odd_plaintext(keys: RecordKeys, name: str) -> None:
    blob = sealed_bytes(keys, ODD_PLAINTEXTS[name])
    assert outcome(value_of(keys.reader()), RECORD_ID, KIND_LOG, blob) == outcome(
        keys.unseal, RECORD_ID, KIND_LOG, blob
    )


def tampered_blobs(keys: RecordKeys) -> dict[str, tuple[bytes, int, Any]]:
    good = keys.seal(RECORD_ID, KIND_LOG, {"seq": 1})
    flipped = bytearray(good)
    flipped[len(good) // 2] ^= 1
    return {
        "flipped byte": (RECORD_ID, KIND_LOG, bytes(flipped)),
        "other kind": (RECORD_ID, KIND_DOC, good),
        "other row": (b"\x03" * 16, KIND_LOG, good),
        "truncated": (RECORD_ID, KIND_LOG, good[:-1]),
        "nonce only": (RECORD_ID, KIND_LOG, good[:12]),
        "empty": (RECORD_ID, KIND_LOG, b""),
        "other vault": (
            RECORD_ID,
            KIND_LOG,
            RecordKeys(bytearray(keys.vault_key), os.urandom(16)).seal(RECORD_ID, KIND_LOG, {}),
        ),
    }


@pytest.mark.parametrize(
    "name",
    ["flipped byte", "other kind", "other row", "truncated", "nonce only", "empty", "other vault"],
)
def test_reader_refuses_what_unseal_refuses(keys: RecordKeys, name: str) -> None:
    record_id, kind, blob = tampered_blobs(keys)[name]
    got = outcome(value_of(keys.reader()), record_id, kind, blob)
    assert got[0] == "error"
    assert got == outcome(keys.unseal, record_id, kind, blob)


def test_the_chunk_test_knows_chunk_ids_and_nothing_else(keys: RecordKeys) -> None:
    is_chunk = keys.chunk_predicate()
    chunk_ids = [keys.chunk_id(f"chunk:{'ab' * 16}:{index}") for index in range(50)]
    assert all(is_chunk(record_id) for record_id in chunk_ids)
    assert not any(is_chunk(keys.new_record_id()) for _ in range(500))
    near = chunk_ids[0][:-1] + bytes([chunk_ids[0][-1] ^ 1])
    others = [near, chunk_ids[0][:-1], chunk_ids[0] + b"\x00", keys.named_id("head"), None, 7]
    assert not any(is_chunk(other) for other in others)
    other_keys = RecordKeys(bytearray(os.urandom(32)), keys.vault_id)
    assert not any(other_keys.chunk_predicate()(record_id) for record_id in chunk_ids)


def test_unlock_reads_the_records_verify_reads(tmp_path: Any) -> None:
    """Unlocking reads small records whole and a large one (over 64 KiB) by its id first,
    skipping attachment chunks without the keyed check of every record; it finds exactly the
    records, documents and problems that the keyed pass of `verify` finds."""
    import random
    import sqlite3
    from datetime import datetime

    from journal.model import MAX_TEXT, Entry
    from journal.vault import KdfParams, create_vault, open_vault
    from journal.vault.scan import scan_records

    path = tmp_path / "journal" / "journal.rcv"
    vault, _code = create_vault(path, "a passphrase", kdf=KdfParams.FLOOR)
    with vault:
        when = datetime(2025, 5, 1, 20, 0)
        long = vault.add_entry(Entry("incident", when, what_happened="long " * (MAX_TEXT // 5)))
        short = vault.add_entry(Entry("incident", when, what_happened="short"))
        noise = random.Random(5).randbytes
        for name, size in [("tiny.bin", 10), ("small.bin", 40_000), ("big.bin", 2_300_000)]:
            source = tmp_path / name
            source.write_bytes(noise(size))
            vault.add_attachment(short.id or "", source)
        vault.save_document("safety_plan", {"steps": ["call a friend"]})
    conn = sqlite3.connect(path)
    sizes = [length for (length,) in conn.execute("SELECT length(blob) FROM records")]
    assert sum(size > 1 << 16 for size in sizes) >= 3  # the long entry and two big chunks
    assert sum(size < 1 << 16 for size in sizes) > 5  # small chunks among the small records
    # Someone added a long text where a blob belongs, and a record that is not an entry.
    conn.execute("INSERT INTO records (id, blob) VALUES (?, ?)", (os.urandom(16), "t" * 70_000))
    conn.execute("INSERT INTO records (id, blob) VALUES (?, ?)", (os.urandom(16), b"x" * 99))
    conn.commit()
    conn.close()
    with open_vault(path, "a passphrase") as opened:
        keys = opened._unlocked()
        conn = opened._store.conn
        unlock, full = scan_records(conn, keys), scan_records(conn, keys, chunks=True)
        assert [link.seq for link in unlock.links] == [link.seq for link in full.links]
        assert [link.read_content() for link in unlock.links] == [x.content for x in full.links]
        assert (unlock.head, unlock.draft_blob, unlock.docs, unlock.rows) == (
            full.head,
            full.draft_blob,
            full.docs,
            full.rows,
        )
        assert sorted(unlock.problems) == sorted(full.problems) and len(full.problems) == 2
        assert len(full.chunk_ids) == 5 and not unlock.chunk_ids
        assert sorted(e.id for e in opened.entries()) == sorted([long.id, short.id])


@pytest.mark.parametrize("text", ODD_TEXTS)
@pytest.mark.parametrize("attachment", [None, "0f" * 16, 'odd "attachment" ñ\n'])
def test_the_hash_of_a_stored_link_without_its_content_is_its_link_hash(
    text: str, attachment: str | None
) -> None:
    from journal.vault.chain import hash_of_stored

    for content in ({"what_happened": text, "emotions": {',"digest":"': 1}}, None):
        link = a_link(text, attachment, content=content)
        assert hash_of_stored(canonical_json(link.payload())) == general_hash(link)


def test_the_chain_check_gives_the_general_result_whatever_the_text_hashes(
    tmp_path: Any,
) -> None:
    """A text hash is only taken when the next link or the head confirms it: wrong ones (a
    text written another way) change nothing in what the check finds."""
    import dataclasses
    import random
    from datetime import datetime

    from journal.model import Entry
    from journal.vault import KdfParams, create_vault, open_vault
    from journal.vault.chain import Chain
    from journal.vault.chain_check import check_chain
    from journal.vault.scan import scan_records

    path = tmp_path / "journal" / "journal.rcv"
    vault, _code = create_vault(path, "a passphrase", kdf=KdfParams.FLOOR)
    with vault:
        for day in range(1, 9):
            vault.add_entry(Entry("incident", datetime(2025, 5, day), what_happened=str(day)))
    with open_vault(path, "a passphrase") as opened:
        scan = scan_records(opened._store.conn, opened._unlocked())
    assert all(link.text_hash == link.link_hash() for link in scan.links)
    pick = random.Random(3)
    for case in range(40):
        links = [dataclasses.replace(link) for link in scan.links]
        head = dict(scan.head or {})
        if case % 4 == 1:  # a link taken out
            del links[pick.randrange(len(links))]
        if case % 4 == 2:  # a link's prev changed
            links[pick.randrange(len(links))].prev = "cd" * 32
        if case % 4 == 3:
            head["head"] = "ef" * 32
        for link in links:  # the text's hash as read, none, or a text written another way
            link.text_hash = pick.choice([link.link_hash(), None, "ab" * 32])
        general = [dataclasses.replace(link, text_hash=None) for link in links]
        got = check_chain(links, head or None, False, Chain(), digests=False)
        want = check_chain(general, head or None, False, Chain(), digests=False)
        assert (got.problems, got.head) == (want.problems, want.head)
        got = check_chain(links, None, False, Chain(), digests=False)
        want = check_chain(general, None, False, Chain(), digests=False)
        assert (got.problems, got.head) == (want.problems, want.head)


def _general(text: bytes) -> Link:
    from journal.vault.chain import hash_of_stored, parse_link
    from journal.vault.records import parse_record

    link = parse_link(parse_record(text), b"\x01" * 16)
    link.text_hash = hash_of_stored(text)
    return link


def _same_link(quick: Link, general: Link) -> None:
    assert quick.read_content() == general.content
    assert (quick, quick.text_hash) == (general, general.text_hash)


@pytest.mark.parametrize("text", ODD_TEXTS)
@pytest.mark.parametrize("op", ["rev", "del", "att", "doc"])
@pytest.mark.parametrize("empty", [False, True])
def test_a_link_read_from_its_text_is_the_link_parsed_whole(
    text: str, op: str, empty: bool
) -> None:
    import json

    from journal.vault.chain import UNREAD, link_from_text

    attachment = "0f" * 16 if op == "att" else None
    content = None if empty else {"what_happened": text, "emotions": {text: 3}, "tags": [text]}
    link = a_link(text, attachment, op=op, content=content)
    written = canonical_json(link.payload())
    quick = link_from_text(written, b"\x01" * 16)
    assert (quick.content is UNREAD) == (op == "rev" and not empty)  # left for later
    _same_link(quick, _general(written))
    for other in (  # written another way: read whole, as before
        json.dumps(link.payload(), indent=1).encode(),
        json.dumps(link.payload(), sort_keys=True).encode(),
        json.dumps(link.payload(), ensure_ascii=False, separators=(",", ":")).encode(),
    ):
        _same_link(link_from_text(other, b"\x01" * 16), _general(other))


@settings(max_examples=150, deadline=None)
@given(entry=entries())
def test_an_entry_link_read_from_its_text_and_its_place_in_time(entry: Any) -> None:
    from journal.vault.chain import link_from_text
    from journal.vault.index import _raw_key, entry_from_link

    link = a_link("e1", None, content=entry.content(), at="2024-06-01T08:30:00+00:00")
    written = canonical_json(link.payload())
    quick = link_from_text(written, b"\x01" * 16)
    key = _raw_key(quick)  # read from the stored text, before the content is parsed
    _same_link(quick, _general(written))
    assert key == entry_from_link(quick).sort_key()


@pytest.mark.parametrize(
    "written",
    [
        # "content" twice at the top: the last one counts, as `json` reads it
        b'{"at":"2024-06-01T08:30","content":{"a":1},"content":{"what_happened":"b"},'
        b'"digest":"d","entry":"e","op":"rev","prev":"p","rev":1,"seq":1}',
        # a key named like the link's own inside the content
        b'{"at":"2024-06-01T08:30","content":{"emotions":{"content":2,"digest":3}},'
        b'"digest":"d","entry":"e","op":"rev","prev":"p","rev":1,"seq":1}',
        # "at" twice, the second after the content
        b'{"at":"2024-06-01T08:30","content":{},"digest":"d","entry":"e","op":"rev",'
        b'"prev":"p","rev":1,"seq":1,"at":"2025-01-01T00:00"}',
        # no "at"
        b'{"content":{},"digest":"d","entry":"e","op":"rev","prev":"p","rev":1,"seq":1}',
        # true where a number belongs (Python counts it as one), a number where text belongs
        b'{"at":"2024-06-01T08:30","content":{},"digest":"d","entry":"e","op":"rev",'
        b'"prev":"p","rev":true,"seq":1}',
        b'{"at":"2024-06-01T08:30","content":null,"digest":"d","entry":5,"op":"rev",'
        b'"prev":"p","rev":1,"seq":1}',
        b'{"at":"2024-06-01T08:30","attachment":"a","content":{},"digest":"d","entry":"e",'
        b'"op":"rev","prev":"p","rev":1,"seq":1}',
    ],
)
def test_a_link_written_oddly_reads_as_it_reads_whole(written: bytes) -> None:
    from journal.vault.chain import link_from_text

    try:
        general = _general(written)
    except VaultCorrupted:
        with pytest.raises(VaultCorrupted):
            link_from_text(written, b"\x01" * 16)
        return
    _same_link(link_from_text(written, b"\x01" * 16), general)
