"""The link index: one record noting, for each chain link as unlocking last read it, the
record it came from and the SHA-256 of that record's stored bytes, so that the next unlock
takes the link of every unchanged record from it instead of decrypting and parsing it.

The index only ever saves work; it never decides anything. An item is used only for the row
it names whose stored bytes still hash to what it notes: then the row is the very one it was
read from, so reading it the general way would give the same link, and the entry's content
is decrypted (and checked against the link) when the entry is built. Every other row is read
the general way, and the chain check runs over all links as before. The index is sealed under
the records key like every record (kind 6), so nobody without the key can write one; an old
copy put back only sends more rows the general way. It is written once the entries are built
(`Vault.refresh_link_index`) and deleted whenever a record it names is rewritten (deleting
an entry or a file scrubs its records; re-keying drops it with every record it cannot
re-encrypt)."""

from __future__ import annotations

import hashlib
import sqlite3
from typing import Any

import orjson

from journal.errors import VaultError
from journal.vault.chain import UNREAD, Link, SealedContent, stored_start
from journal.vault.records import KIND_INDEX, RecordKeys
from journal.vault.storage import DB_ERRORS

INDEX_NAME = "link-index"  # its row id is `RecordKeys.named_id(INDEX_NAME)`
INDEX_VERSION = 1

# One link: [row id (hex), SHA-256 of the row's blob (hex), seq, prev, op, entry, rev, at,
# digest, text hash, content unread (True) or none (False), the entry's stored date or None].
Item = list[Any]
_OPS = frozenset(("rev", "del", "doc"))


def blob_digest(blob: object) -> str | None:
    """Return the SHA-256 (hex) of a row's blob as read, or None when it is not bytes."""
    return hashlib.sha256(blob).hexdigest() if type(blob) is bytes else None


def item_for(link: Link, digest: str | None) -> Item | None:
    """Return the index item of a link read the general way from a row whose blob hashes to
    `digest`; None for links the index does not hold (an attachment's, a content parsed)."""
    if digest is None or link.attachment is not None or link.op not in _OPS:
        return None
    if link.text_hash is None:
        return None
    stored = link.stored_content
    if link.content is None:
        unread, start = False, None
    elif link.content is UNREAD and type(stored) is bytes:
        unread, start = True, stored_start(stored)
    else:
        return None
    return [
        link.record_id.hex(), digest, link.seq, link.prev, link.op, link.entry, link.rev,
        link.at, link.digest, link.text_hash, unread, start,
    ]  # fmt: skip


def link_from_item(item: Item, record_id: bytes, blob: bytes, keys: RecordKeys) -> Link:
    """Return the link an item notes for this row (its blob hash was compared already). The
    index is sealed under the records key, so only this app wrote it, with `item_for`'s types
    (`read_index` takes only items of the right length)."""
    _, _, seq, prev, op, entry, rev, at, digest, text_hash, unread, start = item
    if unread:
        return Link(
            seq, prev, op, entry, rev, at, digest, UNREAD, record_id, None, text_hash,
            SealedContent(blob, keys, start),
        )  # fmt: skip
    return Link(seq, prev, op, entry, rev, at, digest, None, record_id, None, text_hash)


def read_index(conn: sqlite3.Connection, keys: RecordKeys) -> tuple[dict[bytes, Item], bool]:
    """Return the stored index by row id ({} when there is none), and whether its record
    is damaged (it does not decrypt, or is not an index this version writes)."""
    index_id = keys.named_id(INDEX_NAME)
    try:
        row = conn.execute("SELECT blob FROM records WHERE id = ?", (index_id,)).fetchone()
    except DB_ERRORS:
        return {}, False  # the general way reads the table and says what is wrong
    if row is None:
        return {}, False
    try:
        text = keys.open_text(index_id, KIND_INDEX, row[0])
    except VaultError:
        return {}, True
    try:  # `orjson` directly: this app wrote it, with no integer beyond 64 bits
        data = orjson.loads(text)
    except ValueError:
        return {}, True
    if type(data) is not dict or data.get("version") != INDEX_VERSION:
        return {}, True
    links = data.get("links")
    if type(links) is not list:
        return {}, True
    if links and (set(map(type, links)) != {list} or set(map(len, links)) != {12}):
        return {}, True
    try:
        ids = map(bytes.fromhex, [item[0] for item in links])
        return dict(zip(ids, links, strict=True)), False
    except (TypeError, ValueError):  # a row id that is not hex text
        return {}, True


def write_index(cur: sqlite3.Cursor, keys: RecordKeys, items: list[Item]) -> None:
    """Store `items` as the link index, in the caller's transaction."""
    index_id = keys.named_id(INDEX_NAME)
    blob = keys.seal(index_id, KIND_INDEX, {"version": INDEX_VERSION, "links": items})
    cur.execute("INSERT OR REPLACE INTO records (id, blob) VALUES (?, ?)", (index_id, blob))


def drop_index(cur: sqlite3.Cursor, keys: RecordKeys) -> None:
    """Delete the link index, in the caller's transaction (a record it names is rewritten)."""
    cur.execute("DELETE FROM records WHERE id = ?", (keys.named_id(INDEX_NAME),))
