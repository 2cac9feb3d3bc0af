"""Readable values of exported fields, shared by the PDF and the CSV (no Qt).

In the language in force: a report in another language than the windows is written inside
`journal.i18n.using(catalog)` (see `journal.export.export`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from journal.attachments import format_size
from journal.display import format_when
from journal.export.data import ExportData, ExportItem
from journal.i18n import format_date, format_datetime, translate
from journal.insights.wording import (
    clock,
    field_name,
    in_english,
    kind_label,
    padded_day,
    precision_label,
    yes_no,
)
from journal.model import Entry
from journal.taxonomy import Taxonomy

JOIN = "; "


def readable(name: str, item: ExportItem, taxonomy: Taxonomy) -> str:
    """Return one field of an exported entry as a person reads it ("" when empty)."""
    value: Any = item.record.get(name)
    if name == "kind":
        return kind_label(str(value))
    if name == "occurred_precision":
        return precision_label(str(value))
    if name == "behaviours":
        return JOIN.join(taxonomy.label(b) for b in value)
    if name == "body_responses":
        return JOIN.join(taxonomy.body_label(b) for b in value)
    if name == "emotions":
        return JOIN.join(f"{taxonomy.emotion_label(k)}: {v}" for k, v in value.items())
    if name == "children_present":
        return "" if value is None else yes_no(bool(value))
    if name == "tags":
        return JOIN.join(str(v) for v in value)
    if name == "attachments":
        return JOIN.join(
            translate("ExportText", "Exhibit {number}: {name} ({size}, SHA-256 {sha256})").format(
                number=f["exhibit"],
                name=f["name"],
                size=format_size(int(f["size"])),
                sha256=f["sha256"],
            )
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
        return translate("ExportText", "not saved yet")
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()
    return f"{local_time(local)} {offset_text(local)}"


def local_time(moment: datetime) -> str:
    """Return a time as written ("Fri 01 Mar 2024, 21:30"; in Spanish "1 mar 2024, 21:30")."""
    if in_english():
        return moment.strftime("%a %d %b %Y, %H:%M")
    return format_datetime(moment)


def when_of(entry: Entry) -> str:
    """Return when an entry happened, with its precision and UTC offset."""
    text = format_when(entry) if in_english() else _local_when(entry)
    if entry.occurred_precision == "day":
        return text
    return f"{text} {offset_text(entry.occurred_start.astimezone())}"


def _local_when(entry: Entry) -> str:
    """Return `journal.display.format_when` as the language in force writes dates."""
    start, end = entry.occurred_start, entry.occurred_end
    day_only = entry.occurred_precision == "day"
    text = format_date(start.date()) if day_only else format_datetime(start)
    if end is not None:
        if day_only:
            text += " – " + format_date(end.date())
        elif end.date() == start.date():
            text += " – " + clock(end)
        else:
            text += " – " + format_datetime(end)
    if entry.occurred_precision == "approximate":
        text = translate("ExportText", "approx. {when}").format(when=text)
    return text


def when_text(item: ExportItem) -> str:
    """Return when it happened, with its precision ("approx. …", day only) and UTC offset."""
    return when_of(item.entry)


def amendment_note(item: ExportItem) -> str:
    """Return "Amended on …; earlier versions below." (or "" when never amended)."""
    if not item.amended_at:
        return ""
    dates = ", ".join(stamp(moment) for moment in item.amended_at)
    return translate(
        "ExportText", "Amended on {dates}; the earlier wording is shown below."
    ).format(dates=dates)


def version_lines(
    item: ExportItem, taxonomy: Taxonomy, *, iso_times: bool = False
) -> list[tuple[str, list[tuple[str, str]]]]:
    """Return each earlier version as (heading, [(field label, value then)]), oldest first."""
    result = []
    for number, record in enumerate(item.record.get("earlier_versions", []), start=1):
        moment = record.get("recorded_at")
        when = moment if iso_times else stamp(datetime.fromisoformat(moment) if moment else None)
        if number == 1:
            heading = translate("ExportText", "Original, recorded {when}").format(when=when)
        else:
            version = record.get("revision", number - 1) + 1
            heading = translate("ExportText", "Version {number}, recorded {when}").format(
                number=version, when=when
            )
        rows = [
            (field_name(name), _value_text(name, value, taxonomy, iso_times))
            for name, value in record.get("changed", {}).items()
        ]
        result.append((heading, rows))
    return result


def versions_text(item: ExportItem, taxonomy: Taxonomy, *, iso_times: bool = False) -> str:
    """Return the earlier versions as one text (CSV): "Original, recorded …: Label: value | …"."""
    parts = []
    for heading, rows in version_lines(item, taxonomy, iso_times=iso_times):
        changed = " | ".join(f"{label}: {value}" for label, value in rows) or translate(
            "ExportText", "no shown change"
        )
        parts.append(f"{heading}: {changed}")
    return "\n".join(parts)


def _value_text(name: str, value: object, taxonomy: Taxonomy, iso_times: bool) -> str:
    """Return a stored value as a person reads it (times with their UTC offset)."""
    if value is None or value == "" or value == [] or value == {}:
        return translate("ExportText", "(empty)")
    if name in ("occurred_start", "occurred_end") and isinstance(value, str) and not iso_times:
        moment = datetime.fromisoformat(value)
        return f"{local_time(moment)} {offset_text(moment)}"
    if name == "kind":
        return kind_label(str(value))
    if name == "occurred_precision":
        return precision_label(str(value))
    if name == "behaviours" and isinstance(value, list):
        return JOIN.join(taxonomy.label(str(b)) for b in value)
    if name == "body_responses" and isinstance(value, list):
        return JOIN.join(taxonomy.body_label(str(b)) for b in value)
    if name == "emotions" and isinstance(value, dict):
        return JOIN.join(f"{taxonomy.emotion_label(k)}: {v}" for k, v in value.items())
    if name == "children_present":
        return yes_no(bool(value))
    if isinstance(value, list):
        return JOIN.join(str(v) for v in value)
    return str(value)


def date_range_text(data: ExportData) -> str:
    """Return the export's date range in words (the entries' span when no range was set)."""
    if data.start is None and data.end is None:
        if not data.items:
            return translate("ExportText", "All dates")
        first = data.items[0].entry.occurred_start
        last = data.items[-1].entry.occurred_start
        return translate("ExportText", "All dates (entries from {first} to {last})").format(
            first=padded_day(first.date()), last=padded_day(last.date())
        )
    if data.start is None:
        end = padded_day(data.end) if data.end else ""
        return translate("ExportText", "Up to {end}").format(end=end)
    if data.end is None:
        return translate("ExportText", "From {start}").format(start=padded_day(data.start))
    return translate("ExportText", "{start} to {end}").format(
        start=padded_day(data.start), end=padded_day(data.end)
    )
