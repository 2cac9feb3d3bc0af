"""One exported entry: redaction to the chosen fields, its record, earlier versions, exhibits.

Redaction happens here, once: `ExportItem.entry` and every earlier version are copies of the
entry with each field that was not chosen emptied, so the summary, the patterns, the charts
and the hashes downstream can only see what the export shows (no Qt).
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from journal.attachments import Attachment
from journal.canonical import portable_canonical_json
from journal.fields import ENTRY_FIELDS, FIELDS_BY_NAME, Export
from journal.model import Entry
from journal.vault import content_digest

# The entry's own optional content: what a preset or the user may leave out.
OPTIONAL_CONTENT: tuple[str, ...] = tuple(
    spec.name for spec in ENTRY_FIELDS if spec.export is Export.OPTIONAL
)
# Content every export shows (kind and times): compared between versions too.
REQUIRED_CONTENT: tuple[str, ...] = tuple(
    spec.name for spec in ENTRY_FIELDS if spec.export is Export.REQUIRED
)
_DEFAULTS: dict[str, Any] = {}
for _field in dataclasses.fields(Entry):
    if _field.default is not dataclasses.MISSING:
        _DEFAULTS[_field.name] = _field.default
    elif _field.default_factory is not dataclasses.MISSING:
        _DEFAULTS[_field.name] = _field.default_factory


@dataclass(frozen=True)
class Exhibit:
    """An attached file listed as a numbered exhibit, with the entry it belongs to."""

    number: int
    attachment: Attachment
    entry_number: int
    entry_id: str


@dataclass(frozen=True)
class ExportItem:
    """One exported entry: the redacted entry, its JSON-ready record and its history."""

    entry: Entry  # redacted: fields not chosen are empty
    record: dict[str, Any]
    recorded_at: datetime | None
    amended_at: tuple[datetime, ...]
    attachments: tuple[Attachment, ...] = ()
    earlier: tuple[Entry, ...] = ()  # earlier versions, oldest first, redacted the same way
    exhibits: tuple[int, ...] = ()  # the exhibit number of each attachment


def redact(entry: Entry, fields: Sequence[str]) -> Entry:
    """Return a copy of `entry` with every optional field not in `fields` emptied."""
    hidden = {name for name in OPTIONAL_CONTENT if name not in fields}
    blank = {name: _blank(name) for name in hidden}
    return dataclasses.replace(entry, **blank) if blank else entry


def _blank(name: str) -> Any:
    value = _DEFAULTS[name]
    return value() if callable(value) else value


def aware(moment: datetime | None) -> datetime | None:
    """Return `moment` with its UTC offset (a naive time is the computer's local time)."""
    if moment is None:
        return None
    return moment.astimezone()


def iso(moment: datetime | None) -> str | None:
    """Return ISO 8601 with seconds and UTC offset, in local time ("2024-03-01T21:30:00+01:00")."""
    local = aware(moment.replace(tzinfo=UTC) if moment and moment.tzinfo is None else moment)
    return local.isoformat(timespec="seconds") if local else None


def record_digest(record: Mapping[str, Any]) -> str:
    """Return the SHA-256 (hex) of an exported record's portable canonical form, minus "sha256"."""
    body = {k: v for k, v in record.items() if k != "sha256"}
    return hashlib.sha256(portable_canonical_json(body)).hexdigest()


def build_item(
    entry: Entry,
    history: list[Entry],
    fields: tuple[str, ...],
    files: list[Attachment],
    first_exhibit: int,
) -> ExportItem:
    """Return the exported item of `entry` (redacted to `fields`), exhibits from `first_exhibit`."""
    first = history[0].recorded_at if history else entry.recorded_at
    amended = tuple(rev.recorded_at for rev in history[1:] if rev.recorded_at is not None)
    shown = redact(entry, fields)
    earlier = tuple(redact(rev, fields) for rev in history[:-1] if rev.revision < entry.revision)
    numbers = tuple(range(first_exhibit, first_exhibit + len(files)))
    record: dict[str, Any] = {
        "id": entry.id,
        "kind": entry.kind,
        "occurred_start": _local_time(entry.occurred_start),
        "occurred_end": _local_time(entry.occurred_end),
        "occurred_precision": entry.occurred_precision,
        "recorded_at": iso(first),
        "revision": entry.revision,
        "amended_at": [iso(moment) for moment in amended],
    }
    content = shown.content()
    for name in fields:
        if name == "attachments":
            record[name] = [_file(att, n) for att, n in zip(files, numbers, strict=True)]
        elif name in FIELDS_BY_NAME and FIELDS_BY_NAME[name].content:
            # A chosen field is in every record; a field added after format version 1 is left
            # out of `content()` when empty, and exported as "" like any other empty text.
            record[name] = content.get(name, "")
    record["earlier_versions"] = [version_changes(rev, shown, fields) for rev in earlier]
    if all(name in fields for name in OPTIONAL_CONTENT):  # nothing left out: safe to link
        record["journal_sha256"] = content_digest(entry.content())
    record["sha256"] = record_digest(record)
    return ExportItem(
        entry=shown,
        record=record,
        recorded_at=first,
        amended_at=amended,
        attachments=tuple(files),
        earlier=earlier,
        exhibits=numbers,
    )


def version_changes(old: Entry, current: Entry, fields: Sequence[str]) -> dict[str, Any]:
    """Return an earlier version: its number, when recorded, and the shown fields it differs in."""
    before, now = old.content(), current.content()
    changed = {}
    for name in (*REQUIRED_CONTENT, *fields):
        if name in before and before[name] != now.get(name):
            value = before[name]
            if name in ("occurred_start", "occurred_end"):
                value = _local_time(getattr(old, name))
            changed[name] = value
    return {"revision": old.revision, "recorded_at": iso(old.recorded_at), "changed": changed}


def _local_time(moment: datetime | None) -> str | None:
    """Return a time the user entered (local, naive) as ISO 8601 with its UTC offset."""
    local = aware(moment)
    return local.isoformat(timespec="seconds") if local else None


def _file(att: Attachment, exhibit: int) -> dict[str, Any]:
    """Describe an attachment: exhibit number, name, type, size and the SHA-256 of its bytes."""
    return {
        "exhibit": exhibit,
        "name": att.filename,
        "media_type": att.media_type,
        "size": att.size,
        "sha256": att.sha256,
    }
