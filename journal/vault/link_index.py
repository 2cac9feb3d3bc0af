"""The link index: records noting, for each chain link as unlocking last read it, the row it
came from and the SHA-256 of that row's stored bytes, so that the next unlock takes the link
of every unchanged row from it instead of decrypting and parsing the row.

The index only ever saves work; it never decides anything. An item is used only for the row
it names whose stored bytes still hash to what it notes: then the row is the very one it was
read from, so reading it the general way would give the same link, and the entry's content
is decrypted (and checked against the link) when the entry is built. Every other row is read
the general way, and the chain check runs over all links as before. The index is sealed under
the records key like every record (kind 6), so nobody without the key can write one; an old
copy put back only sends more rows the general way.

It is kept in pages of `PAGE_LINKS` links by chain position (page p holds links p·500+1 to
(p+1)·500), so a session that added a few entries rewrites only the last page. Pages are
written once the entries are built (`Vault.refresh_link_index`, one page at a time) and a
page is deleted whenever a record it names is rewritten (deleting an entry scrubs its
records; re-keying drops every page with every record it cannot re-encrypt)."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field
from typing import Any

import orjson

from journal.errors import VaultError
from journal.vault.chain import UNREAD, Link, SealedContent, stored_start
from journal.vault.records import KIND_INDEX, RecordKeys
from journal.vault.storage import DB_ERRORS

INDEX_NAME = "link-index"  # page p's row id is `RecordKeys.named_id("link-index:p")`
INDEX_VERSION = 1
PAGE_LINKS = 500

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


def page_of(seq: int) -> int:
    """Return the index page that holds the link at chain position `seq`."""
    return (seq - 1) // PAGE_LINKS


def page_id(keys: RecordKeys, page: int) -> bytes:
    """Return the row id of an index page."""
    return keys.named_id(f"{INDEX_NAME}:{page}")


@dataclass
class StoredIndex:
    """The index pages found in the file: every item by row id, how many items each page
    holds, the pages' own row ids, and those that are damaged."""

    items: dict[bytes, Item] = field(default_factory=dict)
    counts: dict[int, int] = field(default_factory=dict)
    page_ids: set[bytes] = field(default_factory=set)
    damaged: set[bytes] = field(default_factory=set)


def read_index(conn: sqlite3.Connection, keys: RecordKeys, rows: int) -> StoredIndex:
    """Read every index page a file of `rows` records can hold (a page found damaged or not
    one this version writes is noted, its items unused)."""
    ids = {page_id(keys, page): page for page in range(rows // PAGE_LINKS + 2)}
    stored = StoredIndex()
    try:
        found = conn.execute(
            f"SELECT id, blob FROM records WHERE id IN ({','.join('?' * len(ids))})", list(ids)
        ).fetchall()
    except DB_ERRORS:
        return stored  # the general way reads the table and says what is wrong
    for record_id, blob in found:
        stored.page_ids.add(record_id)
        items = _page_items(keys, record_id, blob)
        if items is None:
            stored.damaged.add(record_id)
            continue
        stored.counts[ids[record_id]] = len(items)
        stored.items.update(items)
    return stored


def _page_items(keys: RecordKeys, record_id: bytes, blob: object) -> dict[bytes, Item] | None:
    """Return one page's items by row id; None when it is damaged."""
    try:
        text = keys.open_text(record_id, KIND_INDEX, blob)  # type: ignore[arg-type]
    except VaultError:
        return None
    try:  # `orjson` directly: this app wrote it, with no integer beyond 64 bits
        data = orjson.loads(text)
    except ValueError:
        return None
    links = data.get("links") if type(data) is dict else None
    if type(data) is not dict or data.get("version") != INDEX_VERSION or type(links) is not list:
        return None
    if links and (set(map(type, links)) != {list} or set(map(len, links)) != {12}):
        return None
    try:
        ids = map(bytes.fromhex, [item[0] for item in links])
        return dict(zip(ids, links, strict=True))
    except (TypeError, ValueError):  # a row id that is not hex text
        return None


def is_page(keys: RecordKeys, record_id: bytes, blob: bytes) -> bool:
    """Return True for an index page beyond those `read_index` looked for (a file whose
    records were removed): it opens as one."""
    try:
        keys.open_text(record_id, KIND_INDEX, blob)
    except VaultError:
        return False
    return True


def pages_to_write(stored: StoredIndex, items: list[Item], hits: int) -> dict[int, list[Item]]:
    """Return the pages that are missing, damaged or out of date with their items now (an
    empty list: a page to delete); {} when the stored index holds exactly `items`."""
    if hits == len(stored.items) == len(items) and not stored.damaged:
        return {}
    pages: dict[int, list[Item]] = {page: [] for page in stored.counts}
    for item in items:
        pages.setdefault(page_of(item[2]), []).append(item)
    return {
        page: page_items
        for page, page_items in sorted(pages.items())
        if stored.counts.get(page) != len(page_items)
        or any(stored.items.get(bytes.fromhex(item[0])) is not item for item in page_items)
    }


def write_page(cur: sqlite3.Cursor, keys: RecordKeys, page: int, items: list[Item]) -> None:
    """Store one index page (or delete it when `items` is empty), in the caller's transaction."""
    record_id = page_id(keys, page)
    if not items:
        cur.execute("DELETE FROM records WHERE id = ?", (record_id,))
        return
    # Any JSON will do (nothing hashes it): `orjson` writes a page in well under a ms.
    text = orjson.dumps({"version": INDEX_VERSION, "links": items})
    blob = keys.seal_text(record_id, KIND_INDEX, text)
    cur.execute("INSERT OR REPLACE INTO records (id, blob) VALUES (?, ?)", (record_id, blob))


def drop_pages(cur: sqlite3.Cursor, keys: RecordKeys, seqs: list[int]) -> None:
    """Delete the index pages holding the links at these chain positions (their records are
    rewritten), in the caller's transaction."""
    for page in sorted({page_of(seq) for seq in seqs}):
        cur.execute("DELETE FROM records WHERE id = ?", (page_id(keys, page),))
