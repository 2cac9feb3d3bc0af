"""The decrypted entries in memory: every revision of each entry, the current ones in time
order, and case-insensitive search over them."""

from __future__ import annotations

import bisect
import operator
from datetime import datetime

from journal.errors import EntryNotFound, VaultCorrupted
from journal.i18n import translate
from journal.model import Entry, entry_from_stored
from journal.vault.chain import Link


def entry_from_link(link: Link) -> Entry:
    """Return the entry revision a "rev" link holds; `VaultCorrupted` if it is malformed."""
    try:
        return entry_from_stored(
            link.content,
            id=link.entry,
            revision=link.rev,
            recorded_at=datetime.fromisoformat(link.at),
        )
    except (ValueError, TypeError) as exc:
        message = translate("Vault", "Entry record {seq} is damaged.")
        raise VaultCorrupted(message.format(seq=link.seq)) from exc


_first = operator.itemgetter(0)  # of a (sort key, entry) pair
_revision = operator.attrgetter("revision")


class EntryIndex:
    """Every entry's revisions (oldest first), deleted entry ids and the search text."""

    def __init__(self) -> None:
        self.revisions: dict[str, list[Entry]] = {}
        self.deleted: set[str] = set()
        self.ordered: list[tuple[tuple[datetime, str], Entry]] = []
        # All search texts joined in time order (built on the first search after a change).
        self.search_text: str | None = None
        self._search_starts: list[int] = []
        self._search_entries: list[Entry] = []

    def load(self, links: list[Link]) -> list[str]:
        """Build the index from the chain's links; returns the damaged entries found."""
        problems: list[str] = []
        deleted = {link.entry for link in links if link.op == "del"}
        revisions: dict[str, list[Entry]] = {}
        several = False  # an entry with more than one revision (most have one)
        for link in links:
            if link.op != "rev" or link.entry in deleted or link.content is None:
                continue
            try:
                entry = entry_from_link(link)
            except VaultCorrupted as exc:
                problems.append(exc.message)
                continue
            revs = revisions.get(link.entry)
            if revs is None:
                revisions[link.entry] = [entry]
            else:
                revs.append(entry)
                several = True
        if several:
            for revs in revisions.values():
                revs.sort(key=_revision)
        self.revisions = revisions
        # One sort instead of 10,000 insertions; search text is built on first search.
        self.ordered = sorted(
            ((revs[-1].sort_key(), revs[-1]) for revs in revisions.values()), key=_first
        )
        self.deleted = deleted
        self.search_text = None
        return problems

    def __len__(self) -> int:
        return len(self.ordered)

    def existing(self, entry_id: str) -> list[Entry]:
        """Return an entry's revisions; `EntryNotFound` when there is no such entry."""
        revs = self.revisions.get(entry_id) if isinstance(entry_id, str) else None
        if not revs:
            raise EntryNotFound()
        return revs

    def entries(self) -> list[Entry]:
        """Return the current revision of every entry, ordered by when it happened."""
        return [entry for _, entry in self.ordered]

    def put(self, entry_id: str, revs: list[Entry]) -> None:
        """Set an entry's revisions (its last one is current), keeping the time order."""
        old = self.revisions.get(entry_id)
        if old:
            self._drop_ordered(entry_id, old[-1])
        self.revisions[entry_id] = revs
        current = revs[-1]
        item = (current.sort_key(), current)
        bisect.insort(self.ordered, item, key=lambda pair: pair[0])
        self.search_text = None

    def remove(self, entry_id: str) -> None:
        """Forget a deleted entry."""
        self.deleted.add(entry_id)
        revs = self.revisions.pop(entry_id, None)
        self.search_text = None
        if revs:
            self._drop_ordered(entry_id, revs[-1])

    def _drop_ordered(self, entry_id: str, current: Entry) -> None:
        key = current.sort_key()
        pos = bisect.bisect_left(self.ordered, key, key=lambda item: item[0])
        if pos < len(self.ordered) and self.ordered[pos][1].id == entry_id:
            del self.ordered[pos]

    def search(self, text: str) -> list[Entry]:
        """Return entries whose text fields contain `text` (case-insensitive), in time order."""
        # NUL separates entries in the joined search text, so it stands for a space in both.
        needle = str(text).casefold().strip().replace("\x00", " ")
        if not needle:
            return self.entries()
        joined, starts, ordered = self.search_index()
        found: list[Entry] = []
        size = len(needle)
        pos = joined.find(needle)
        while pos != -1:
            i = bisect.bisect_right(starts, pos) - 1
            end = starts[i + 1] - 1 if i + 1 < len(starts) else len(joined)
            if pos + size <= end:  # inside one entry's text: a hit; go on after that entry
                found.append(ordered[i])
                pos = joined.find(needle, end)
            else:  # ran across the separator into the next entry's text
                pos = joined.find(needle, pos + 1)
        return found

    def search_index(self) -> tuple[str, list[int], list[Entry]]:
        """Return every entry's search text joined in time order, with where each starts.

        One C-level `str.find` over the joined text is several times faster than a Python
        loop over 10,000 strings, and case-folding the joined text at once is faster than
        entry by entry. Built on the first search after a change (about 25 ms at 10,000).
        """
        if self.search_text is None:
            entries = self.entries()
            joined = "\x00".join(entry.search_source().replace("\x00", " ") for entry in entries)
            folded = joined.casefold()  # may change lengths ("ß" -> "ss"): measure after
            starts = []
            offset = 0
            for piece in folded.split("\x00"):
                starts.append(offset)
                offset += len(piece) + 1
            self.search_text = folded
            self._search_starts = starts if entries else []
            self._search_entries = entries
        return self.search_text, self._search_starts, self._search_entries
