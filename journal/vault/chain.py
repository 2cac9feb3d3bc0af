"""The hash chain: its links (revisions, tombstones, attachment links), appending them with
the head record, scrubbing deleted content, and checking a re-read chain (for `verify()`)."""

from __future__ import annotations

import dataclasses
import hashlib
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from json.encoder import encode_basestring
from typing import Any

from journal.canonical import canonical_json
from journal.errors import VaultCorrupted
from journal.i18n import translate
from journal.model import Entry
from journal.vault.records import KIND_HEAD, KIND_LOG, RecordKeys, parse_record

GENESIS = "0" * 64

HEAD_FORMAT = 2  # written into the head record since format version 2
# One link to append: (op, entry id, revision, the entry or attachment details, or None);
# for a "doc" link: ("doc", the document's name, 0, the digest of its content).
LinkSpec = tuple[str, str, int, Entry | dict[str, Any] | str | None]


def content_digest(content: dict[str, Any]) -> str:
    """Return the SHA-256 (hex) of an entry's canonical JSON content."""
    return hashlib.sha256(canonical_json(content)).hexdigest()


def now() -> datetime:
    """Return the current time in UTC (what links and drafts record)."""
    return datetime.now(UTC)


@dataclass(slots=True)
class Link:
    """One chain link as stored in a log record (`content` is None once scrubbed)."""

    seq: int
    prev: str
    op: str
    entry: str
    rev: int
    at: str
    digest: str
    content: dict[str, Any] | None  # `UNREAD` until `read_content()` (see `link_from_text`)
    record_id: bytes
    attachment: str | None = None  # "att" and "att-del" links only
    # The hash of the stored text without its content (`hash_of_stored`), when read from the
    # file: the link hash if that text is canonical, which `check_chain` confirms.
    text_hash: str | None = field(default=None, compare=False, repr=False)
    # An entry's content as stored (JSON text), or still sealed in its record when unlocking
    # took the link from the link index, while `content` is `UNREAD`.
    stored_content: bytes | SealedContent | None = field(default=None, compare=False, repr=False)

    def read_content(self) -> dict[str, Any] | None:
        """Return the content, parsing it the first time if unlocking left it unread;
        `VaultCorrupted` if it is not a JSON object (the link itself was sound)."""
        content, stored = self.content, self.stored_content
        if content is UNREAD:
            if stored is None:  # another thread read it between the two lines above
                return self.content
            if isinstance(stored, SealedContent):
                stored = stored.content_text(self)
            value = parse_record(stored)
            if not isinstance(value, dict):
                raise VaultCorrupted(translate("Vault", "A journal record is damaged."))
            self.content, self.stored_content = value, None
            return value
        return content

    def header(self) -> dict[str, Any]:
        """Return the fields the link hash covers (everything but the content)."""
        data: dict[str, Any] = {
            "seq": self.seq,
            "prev": self.prev,
            "op": self.op,
            "entry": self.entry,
            "rev": self.rev,
            "at": self.at,
            "digest": self.digest,
        }
        if self.attachment is not None:
            data["attachment"] = self.attachment
        return data

    def link_hash(self) -> str:
        """Return this link's hash: what the next link's `prev` and the head record name."""
        # Unlocking hashes every link: for the usual field types, the canonical JSON is
        # written directly (the same bytes, keys in sorted order, strings quoted as `json`
        # does without ensure_ascii); anything else takes the general encoder.
        at, attachment, digest, entry, op, prev = (
            self.at,
            self.attachment,
            self.digest,
            self.entry,
            self.op,
            self.prev,
        )
        if (
            type(self.seq) is int
            and type(self.rev) is int
            and type(at) is str
            and type(digest) is str
            and type(entry) is str
            and type(op) is str
            and type(prev) is str
            and (attachment is None or type(attachment) is str)
        ):
            quote = encode_basestring
            text = (
                f'{{"at":{quote(at)},'
                + ("" if attachment is None else f'"attachment":{quote(attachment)},')
                + f'"digest":{quote(digest)},"entry":{quote(entry)},"op":{quote(op)},'
                f'"prev":{quote(prev)},"rev":{self.rev},"seq":{self.seq}}}'
            )
            return hashlib.sha256(text.encode("utf-8")).hexdigest()
        return hashlib.sha256(canonical_json(self.header())).hexdigest()

    def payload(self) -> dict[str, Any]:
        """Return the log record's JSON."""
        data = self.header()
        data["content"] = self.read_content()
        return data


class SealedContent:
    """An entry's content still sealed in its record: unlocking took the link's fields from
    the link index (`journal.vault.link_index`), so the record is decrypted when the entry is
    built. `start` is the entry's stored date as `stored_start` read it then."""

    __slots__ = ("blob", "keys", "start")

    def __init__(self, blob: bytes, keys: RecordKeys, start: str | None) -> None:
        self.blob, self.keys, self.start = blob, keys, start

    def content_text(self, link: Link) -> bytes:
        """Return the content's JSON text, checking that the record holds this very link (the
        hash of its text without the content); `VaultCorrupted` otherwise or once locked."""
        text = self.keys.open_text(link.record_id, KIND_LOG, self.blob)
        start, end = _content_span(text)
        if (
            not (0 < start < end)
            or hashlib.sha256(text[:start] + text[end:]).hexdigest() != link.text_hash
        ):
            raise VaultCorrupted(translate("Vault", "A journal record is damaged."))
        return text[start + 11 : end]


_START = b'"occurred_start":"'


def stored_start(stored: bytes) -> str | None:
    """Return the text of the first `"occurred_start":"…"` in an entry's stored content:
    the entry's own date (the only object inside an entry, "emotions", holds numbers), or
    None when there is none or it is not ASCII."""
    at = stored.find(_START)
    close = stored.find(b'"', at + len(_START)) if at >= 0 else -1
    if close < 0:
        return None
    try:
        return stored[at + len(_START) : close].decode("ascii")
    except UnicodeDecodeError:
        return None


# The content of a link that unlocking has not parsed yet (compared by identity; never used as
# a value): an entry is parsed when it is built, most of them just after the list is drawn.
UNREAD: dict[str, Any] = {}
_HEAD_KEYS = frozenset(("at", "attachment"))  # the keys before "content"
_TAIL_KEYS = frozenset(("digest", "entry", "op", "prev", "rev", "seq"))  # after


def link_from_text(text: bytes, record_id: bytes) -> Link:
    """Return the link in a log record's JSON text (`parse_link` of its value), leaving an
    entry's content unread (`UNREAD`, `read_content`) and noting the text's hash.

    The vault writes canonical JSON: keys in order, "content" after "at" and "attachment" and
    before "digest", and nothing after "digest" holds an object; a quote inside a string is
    escaped. So the first `,"content":` and the last `,"digest":"` are the top-level keys, and
    what lies before, between and after them parse on their own to the same values as the
    whole. A text written any other way takes the general way (`parse_link`)."""
    start, end = _content_span(text)
    if 0 < start < end:
        outside = text[:start] + text[end:]  # the link's fields: what its hash covers
        try:
            fields = parse_record(outside)
        except VaultCorrupted:
            fields = None
        if (
            type(fields) is dict
            and fields.keys() - _HEAD_KEYS == _TAIL_KEYS
            and fields["op"] == "rev"
            and text.count(b',"content":', 0, end) == 1  # no key of the fields inside it
        ):
            stored: bytes | None = text[start + 11 : end]
            content = None if stored == b"null" else UNREAD
            seq, rev, at = fields["seq"], fields["rev"], fields.get("at", 0)
            prev, entry, digest = fields["prev"], fields["entry"], fields["digest"]
            if not (  # what `parse_link` accepts, by exact type (a bool is not a number)
                type(seq) is int
                and type(rev) is int
                and type(at) is str
                and type(prev) is str
                and type(entry) is str
                and type(digest) is str
                and "attachment" not in fields
            ):
                fields["content"] = None
                parse_link(fields, record_id)  # says what is wrong, or accepts it
            link_hash = hashlib.sha256(outside).hexdigest()
            return Link(
                seq, prev, "rev", entry, rev, at, digest, content, record_id, None, link_hash,
                stored if content is UNREAD else None,
            )  # fmt: skip
    link = parse_link(parse_record(text), record_id)
    link.text_hash = hash_of_stored(text)
    return link


def hash_of_stored(text: bytes) -> str | None:
    """Return the SHA-256 of a log record's JSON text without its content: its link hash
    when the text is canonical, as the vault writes it (keys in order, "content" after "at"
    and "attachment", before "digest"). A quote inside a JSON string is escaped, so the first
    `,"content":` and the last `,"digest":"` are the top-level keys (nothing after "digest"
    holds an object)."""
    start, end = _content_span(text)
    if start < 0 or end < start:
        return None
    return hashlib.sha256(text[:start] + text[end:]).hexdigest()


def _content_span(text: bytes) -> tuple[int, int]:
    """Return where `,"content":` starts and where `,"digest":"` starts (-1: not there)."""
    return text.find(b',"content":'), text.rfind(b',"digest":"')


def parse_link(data: Any, record_id: bytes) -> Link:
    """Return the link in a decrypted log record; `VaultCorrupted` if it is malformed."""
    try:
        link = Link(  # positional: unlocking parses every link
            data["seq"],
            data["prev"],
            data["op"],
            data["entry"],
            data["rev"],
            data["at"],
            data["digest"],
            data["content"],
            record_id,
            data.get("attachment"),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise VaultCorrupted(translate("Vault", "A journal record is damaged.")) from exc
    types_ok = (
        isinstance(link.seq, int)
        and isinstance(link.prev, str)
        and link.op in ("rev", "del", "att", "att-del", "doc")
        and (link.attachment is None or isinstance(link.attachment, str))
        and (link.attachment is not None) == link.op.startswith("att")
        and isinstance(link.entry, str)
        and isinstance(link.rev, int)
        and isinstance(link.at, str)
        and isinstance(link.digest, str)
        and (link.content is None or isinstance(link.content, dict))
    )
    if not types_ok:
        raise VaultCorrupted(translate("Vault", "A journal record is damaged."))
    return link


def parse_head(data: Any) -> dict[str, Any]:
    """Return a decrypted head record ({"seq", "head"}); `VaultCorrupted` if malformed."""
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("seq"), int)
        or not isinstance(data.get("head"), str)
    ):
        raise VaultCorrupted(translate("Vault", "The chain head record is damaged."))
    return data


def head_record(seq: int, head: str) -> dict[str, Any]:
    """Return the head record's JSON for a chain of `seq` links ending in `head`."""
    return {"seq": seq, "head": head, "format": HEAD_FORMAT}


class Chain:
    """The chain as this window last read or wrote it: its links in order, length and head."""

    def __init__(self) -> None:
        self.links: list[Link] = []
        self.seq = 0
        self.head = GENESIS

    def load(self, links: list[Link], head: dict[str, Any] | None) -> list[str]:
        """Take the links read from the file and its head record; returns problems found."""
        problems: list[str] = []
        self.links = links
        if links:
            self.seq = links[-1].seq
            self.head = links[-1].link_hash()
        if head is not None:
            # Continue the chain from the authenticated head when the log agrees with it.
            if head["seq"] >= self.seq:
                self.seq = head["seq"]
                self.head = head["head"]
            if head["seq"] != len(links):
                problems.append(
                    translate(
                        "Vault",
                        "The journal's record count does not match its chain: "
                        "records may have been removed or rolled back.",
                    )
                )
        return problems

    def append(
        self,
        cur: sqlite3.Cursor,
        keys: RecordKeys,
        specs: Sequence[LinkSpec],
        *,
        attachment: str | None = None,
    ) -> list[Link]:
        """Write new links and the new head in the caller's transaction; `commit` them after."""
        links: list[Link] = []
        seq, head = self.seq, self.head
        at = now().isoformat()
        for op, entry_id, rev, entry in specs:
            content = entry.content() if isinstance(entry, Entry) else entry
            digest = content_digest(content) if isinstance(content, dict) else ""
            if isinstance(content, str):  # a "doc" link: the document's digest, no content
                digest, content = content, None
            seq += 1
            link = Link(
                seq=seq,
                prev=head,
                op=op,
                entry=entry_id,
                rev=rev,
                at=at,
                digest=digest,
                content=content,
                record_id=keys.new_record_id(),
                attachment=attachment,
            )
            cur.execute(
                "INSERT INTO records (id, blob) VALUES (?, ?)",
                (link.record_id, keys.seal(link.record_id, KIND_LOG, link.payload())),
            )
            head = link.link_hash()
            links.append(link)
        head_id = keys.named_id("head")
        cur.execute(
            "INSERT OR REPLACE INTO records (id, blob) VALUES (?, ?)",
            (head_id, keys.seal(head_id, KIND_HEAD, head_record(seq, head))),
        )
        return links

    def commit(self, links: list[Link]) -> None:
        """Take links written by `append` once their transaction is committed."""
        self.links.extend(links)
        if links:
            self.seq = links[-1].seq
            self.head = links[-1].link_hash()

    def with_content(self, match: Callable[[Link], bool]) -> list[Link]:
        """Return the links matching `match` that still hold content."""
        return [link for link in self.links if match(link) and link.content is not None]

    @staticmethod
    def scrub(cur: sqlite3.Cursor, keys: RecordKeys, links: list[Link]) -> None:
        """Rewrite `links` without their content, in the caller's transaction (the link hash
        covers the digest, not the content, so the chain stays valid)."""
        for link in links:
            scrubbed = dataclasses.replace(link, content=None, stored_content=None)
            cur.execute(
                "UPDATE records SET blob = ? WHERE id = ?",
                (keys.seal(link.record_id, KIND_LOG, scrubbed.payload()), link.record_id),
            )

    @staticmethod
    def forget(links: list[Link]) -> None:
        """Drop the content of links scrubbed by `scrub` once its transaction is committed."""
        for link in links:
            link.content, link.stored_content = None, None
