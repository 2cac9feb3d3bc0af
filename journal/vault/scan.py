"""Reading the whole records table once and sorting every record by what it is: chain links,
the head, the draft, documents, attachment chunks (ids only), or damaged."""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from journal.errors import VaultCorrupted, VaultError
from journal.i18n import translate
from journal.vault.chain import Link, hash_of_stored, link_from_text, parse_head, parse_link
from journal.vault.link_index import (
    Item,
    StoredIndex,
    blob_digest,
    is_page,
    item_for,
    link_from_item,
    pages_to_write,
    read_index,
)
from journal.vault.records import (
    KIND_DOC,
    KIND_DRAFT,
    KIND_HEAD,
    KIND_LOG,
    RecordKeys,
    parse_record,
)
from journal.vault.storage import DB_ERRORS


@dataclass
class Scan:
    """Everything `scan_records` found, links in seq order."""

    links: list[Link]
    head: dict[str, Any] | None
    draft_blob: bytes | None
    problems: list[str]
    head_damaged: bool
    chunk_ids: set[bytes] = field(default_factory=set)
    docs: dict[bytes, dict[str, Any]] = field(default_factory=dict)  # row id -> {name, data}
    rows: int = 0  # records read (attachment chunks not counted)
    # Unlocking: the link index pages that are missing or out of date, with the links read
    # (`Vault.refresh_link_index` writes them); {} when the stored index is up to date.
    index_pages: dict[int, list[Item]] = field(default_factory=dict)


# Unlocking reads records up to this size whole; a larger one (an attachment chunk, or now and
# then a long entry) by its id alone first.
_WHOLE_BYTES = 1 << 16


Rows = list[tuple[Any, Any, str | None]]  # (id, blob, the blob's SHA-256) of records as read


def _unreadable() -> VaultCorrupted:
    """Return the error for a records table SQLite cannot read."""
    return VaultCorrupted(translate("Vault", "The journal file is damaged and cannot be read."))


def read_records(conn: sqlite3.Connection) -> Rows:
    """Return (id, blob, SHA-256 of the blob) of every record as unlocking reads them,
    without any key (so while Argon2id works): a blob over `_WHOLE_BYTES` as None (an
    attachment chunk, or now and then a long entry: `_large` reads it when it is not a
    chunk). A record's length is known without reading it; the hash finds the rows the
    link index holds (`link_index`)."""
    try:
        fetched = conn.execute(
            "SELECT id, CASE WHEN length(blob) <= ? THEN blob END FROM records",
            (_WHOLE_BYTES,),
        ).fetchall()
    except DB_ERRORS as exc:
        raise _unreadable() from exc
    return [(record_id, blob, blob_digest(blob)) for record_id, blob in fetched]


def _with_chunk_ids(conn: sqlite3.Connection, keys: RecordKeys) -> tuple[Rows, set[bytes]]:
    """Return (id, blob) of every record but attachment chunks, and the chunk ids (verify):
    a chunk is recognised by its keyed id and its large blob never loaded."""
    chunk_ids: set[bytes] = set()
    rows: Rows = []
    conn.create_function("rc_chunk", 1, keys.chunk_predicate(), deterministic=True)
    try:
        for record_id, blob, is_chunk in conn.execute(
            "SELECT id, CASE WHEN rc_chunk(id) THEN NULL ELSE blob END, rc_chunk(id) FROM records"
        ):
            if is_chunk:
                chunk_ids.add(record_id)
            else:
                rows.append((record_id, blob, None))
    except DB_ERRORS as exc:
        raise _unreadable() from exc
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.create_function("rc_chunk", 1, None)
    return rows, chunk_ids


def _large(conn: sqlite3.Connection, record_id: bytes) -> Any:
    """Return the blob of a record `_rows` left out for its size."""
    try:
        row = conn.execute("SELECT blob FROM records WHERE id = ?", (record_id,)).fetchone()
    except DB_ERRORS as exc:
        raise _unreadable() from exc
    return None if row is None else row[0]


def scan_records(
    conn: sqlite3.Connection,
    keys: RecordKeys,
    *,
    chunks: bool = False,
    rows: Rows | None = None,
    link_index: bool = True,
) -> Scan:
    """Decrypt every record but attachment chunks; with `chunks` (verify), also list chunk
    ids. `rows`: what `read_records` returned for this file, if it was read already.
    Unlocking takes the links of unchanged rows from the link index (`link_index`; False:
    every record the general way, as `chunks` does)."""
    head_id = keys.named_id("head")
    draft_id = keys.named_id("draft")
    links: list[Link] = []
    problems: list[str] = []
    head: dict[str, Any] | None = None
    head_damaged = False
    draft_blob: bytes | None = None
    docs: dict[bytes, dict[str, Any]] = {}
    chunk_ids: set[bytes] = set()
    if chunks:
        rows, chunk_ids = _with_chunk_ids(conn, keys)
    elif rows is None:
        rows = read_records(conn)
    read = keys.reader()
    open_record = keys.opener()
    is_chunk = keys.chunk_predicate()
    stored = read_index(conn, keys, len(rows)) if link_index else StoredIndex()
    index = {} if chunks else stored.items  # verify reads every record the general way
    items: list[Item] = []  # the link index of what is read (unlocking)
    hits = 0
    count = len(rows)
    for record_id, blob, digest in rows:
        if record_id in stored.page_ids:  # read by `read_index`, damaged ones noted there
            if record_id in stored.damaged:
                problems.append(_damaged(record_id))
            continue
        if blob is None and not chunks:  # larger than `_WHOLE_BYTES`, or no blob at all
            if is_chunk(record_id):
                count -= 1
                continue
            blob = _large(conn, record_id)
            digest = blob_digest(blob)
        if index:
            item = index.get(record_id)
            if item is not None and item[1] == digest:  # the very row it was read from
                links.append(link_from_item(item, record_id, blob, keys))
                items.append(item)
                hits += 1
                continue
        if not isinstance(record_id, bytes) or not isinstance(blob, bytes):
            problems.append(translate("Vault", "A record has an invalid format."))
            continue
        if record_id == head_id:
            try:
                head = parse_head(read(record_id, KIND_HEAD, blob)[0])
            except VaultError:
                head_damaged = True
                problems.append(translate("Vault", "The chain head record is damaged."))
            continue
        if record_id == draft_id:
            draft_blob = blob
            try:
                read(record_id, KIND_DRAFT, blob)
            except VaultError:
                problems.append(
                    translate("Vault", "The saved draft is damaged and cannot be read.")
                )
            continue
        try:
            text = open_record(record_id, KIND_LOG, blob)
            if chunks:  # (verify) every content parsed now, as the general way reads it
                link = parse_link(parse_record(text), record_id)
                link.text_hash = hash_of_stored(text)
            else:  # (unlock) an entry's content when it is built (`Link.read_content`)
                link = link_from_text(text, record_id)
                item = item_for(link, digest)
                if item is not None:
                    items.append(item)
            links.append(link)
            continue
        except VaultError:
            pass
        if not chunks and is_chunk(record_id):  # a small attachment chunk
            count -= 1
            continue
        if is_page(keys, record_id, blob):  # beyond those looked for: records were removed
            continue
        try:
            doc = read(record_id, KIND_DOC, blob)[0]
            if isinstance(doc, dict) and keys.named_id("doc:" + str(doc.get("name"))) == record_id:
                docs[record_id] = doc
                continue
        except VaultError:
            pass
        problems.append(_damaged(record_id))
    links.sort(key=lambda link: link.seq)
    return Scan(
        links, head, draft_blob, problems, head_damaged, chunk_ids, docs, count,
        {} if chunks or not link_index else pages_to_write(stored, items, hits),
    )  # fmt: skip


def _damaged(record_id: bytes) -> str:
    return translate("Vault", "Record {record} is damaged and cannot be read.").format(
        record=record_id.hex()[:12]
    )
