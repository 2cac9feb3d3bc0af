"""Readable values of exported fields, shared by the PDF and the CSV (no Qt)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from journal.attachments import format_size
from journal.display import format_when
from journal.export.data import FIELD_LABELS, ExportData, ExportItem
from journal.model import KIND_LABELS, PRECISION_LABELS, Entry
from journal.taxonomy import Taxonomy

JOIN = "; "


def readable(name: str, item: ExportItem, taxonomy: Taxonomy) -> str:
    """Return one field of an exported entry as a person reads it ("" when empty)."""
    value: Any = item.record.get(name)
    if name == "kind":
        return KIND_LABELS.get(str(value), str(value))
    if name == "occurred_precision":
        return PRECISION_LABELS.get(str(value), str(value))
    if name == "behaviours":
        return JOIN.join(taxonomy.label(b) for b in value)
    if name == "body_responses":
        return JOIN.join(taxonomy.body_label(b) for b in value)
    if name == "emotions":
        return JOIN.join(f"{taxonomy.emotion_label(k)}: {v}" for k, v in value.items())
    if name == "children_present":
        return "" if value is None else ("Yes" if value else "No")
    if name == "tags":
        return JOIN.join(str(v) for v in value)
    if name == "attachments":
        return JOIN.join(
            f"Exhibit {f['exhibit']}: {f['name']} ({format_size(int(f['size']))}, "
            f"SHA-256 {f['sha256']})"
            for f in value
        )
    if name == "recorded_at":
        return stamp(item.recorded_at)
    if name == "amended_at":
        return JOIN.join(stamp(moment) for moment in item.amended_at)
    if value is None:
        return ""
    return str(value)


def offset_text(moment: datetime) -> str:
    """Return the UTC offset of an aware time as "UTC+01:00" ("UTC" when zero)."""
    delta = moment.utcoffset()
    if not delta:
        return "UTC"
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def stamp(moment: datetime | None) -> str:
    """Return a time in local time with its UTC offset ("Fri 01 Mar 2024, 21:30 UTC+01:00")."""
    if moment is None:
        return "not saved yet"
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()
    return f"{local.strftime('%a %d %b %Y, %H:%M')} {offset_text(local)}"


def when_of(entry: Entry) -> str:
    """Return when an entry happened, with its precision and UTC offset."""
    text = format_when(entry)
    if entry.occurred_precision == "day":
        return text
    return f"{text} {offset_text(entry.occurred_start.astimezone())}"


def when_text(item: ExportItem) -> str:
    """Return when it happened, with its precision ("approx. …", day only) and UTC offset."""
    return when_of(item.entry)


def amendment_note(item: ExportItem) -> str:
    """Return "Amended on …; earlier versions below." (or "" when never amended)."""
    if not item.amended_at:
        return ""
    dates = ", ".join(stamp(moment) for moment in item.amended_at)
    return f"Amended on {dates}; the earlier wording is shown below."


def version_lines(
    item: ExportItem, taxonomy: Taxonomy, *, iso_times: bool = False
) -> list[tuple[str, list[tuple[str, str]]]]:
    """Return each earlier version as (heading, [(field label, value then)]), oldest first."""
    result = []
    for number, record in enumerate(item.record.get("earlier_versions", []), start=1):
        moment = record.get("recorded_at")
        when = moment if iso_times else stamp(datetime.fromisoformat(moment) if moment else None)
        label = "Original" if number == 1 else f"Version {record.get('revision', number - 1) + 1}"
        rows = [
            (FIELD_LABELS.get(name, name), _value_text(name, value, taxonomy, iso_times))
            for name, value in record.get("changed", {}).items()
        ]
        result.append((f"{label}, recorded {when}", rows))
    return result


def versions_text(item: ExportItem, taxonomy: Taxonomy, *, iso_times: bool = False) -> str:
    """Return the earlier versions as one text (CSV): "Original, recorded …: Label: value | …"."""
    parts = []
    for heading, rows in version_lines(item, taxonomy, iso_times=iso_times):
        changed = " | ".join(f"{label}: {value}" for label, value in rows) or "no shown change"
        parts.append(f"{heading}: {changed}")
    return "\n".join(parts)


def _value_text(name: str, value: object, taxonomy: Taxonomy, iso_times: bool) -> str:
    """Return a stored value as a person reads it (times with their UTC offset)."""
    if value is None or value == "" or value == [] or value == {}:
        return "(empty)"
    if name in ("occurred_start", "occurred_end") and isinstance(value, str) and not iso_times:
        moment = datetime.fromisoformat(value)
        return f"{moment.strftime('%a %d %b %Y, %H:%M')} {offset_text(moment)}"
    if name == "kind":
        return KIND_LABELS.get(str(value), str(value))
    if name == "occurred_precision":
        return PRECISION_LABELS.get(str(value), str(value))
    if name == "behaviours" and isinstance(value, list):
        return JOIN.join(taxonomy.label(str(b)) for b in value)
    if name == "body_responses" and isinstance(value, list):
        return JOIN.join(taxonomy.body_label(str(b)) for b in value)
    if name == "emotions" and isinstance(value, dict):
        return JOIN.join(f"{taxonomy.emotion_label(k)}: {v}" for k, v in value.items())
    if name == "children_present":
        return "Yes" if value else "No"
    if isinstance(value, list):
        return JOIN.join(str(v) for v in value)
    return str(value)


def date_range_text(data: ExportData) -> str:
    """Return the export's date range in words (the entries' span when no range was set)."""
    fmt = "%d %b %Y"
    if data.start is None and data.end is None:
        if not data.items:
            return "All dates"
        first = data.items[0].entry.occurred_start
        last = data.items[-1].entry.occurred_start
        return f"All dates (entries from {first.strftime(fmt)} to {last.strftime(fmt)})"
    if data.start is None:
        return f"Up to {data.end.strftime(fmt) if data.end else ''}"
    if data.end is None:
        return f"From {data.start.strftime(fmt)}"
    return f"{data.start.strftime(fmt)} to {data.end.strftime(fmt)}"
