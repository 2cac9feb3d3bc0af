"""Readable values of exported fields, shared by the PDF and the CSV (no Qt)."""

from __future__ import annotations

from typing import Any

from journal.attachments import format_size
from journal.display import format_recorded, format_when
from journal.export.data import ExportData, ExportItem
from journal.model import KIND_LABELS, PRECISION_LABELS
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
            f"{f['name']} ({format_size(int(f['size']))}, SHA-256 {f['sha256']})" for f in value
        )
    if name == "recorded_at":
        return format_recorded(item.recorded_at)
    if name == "amended_at":
        return JOIN.join(format_recorded(moment) for moment in item.amended_at)
    if value is None:
        return ""
    return str(value)


def when_text(item: ExportItem) -> str:
    """Return when it happened, with its precision ("approx. …", day only)."""
    return format_when(item.entry)


def amendment_note(item: ExportItem) -> str:
    """Return "Amended on …; original kept." (or "" when the entry was never amended)."""
    if not item.amended_at:
        return ""
    dates = ", ".join(format_recorded(moment) for moment in item.amended_at)
    return f"Amended on {dates}; original kept."


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
