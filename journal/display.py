"""Plain-text presentation of entries, shared by the window and exports (no Qt)."""

from __future__ import annotations

from datetime import UTC, datetime

from journal.i18n import format_date, format_datetime
from journal.model import KIND_LABELS, Entry
from journal.taxonomy import Taxonomy


def format_when(entry: Entry) -> str:
    """Return when it happened, honouring its precision ("approx.", day only)."""
    start = entry.occurred_start
    if entry.occurred_precision == "day":
        text = format_date(start, english="%a %d %b %Y")
    else:
        text = format_datetime(start, english="%a %d %b %Y, %H:%M")
    if entry.occurred_end is not None:
        end = entry.occurred_end
        same_day = end.date() == start.date()
        if entry.occurred_precision == "day":
            text += " – " + format_date(end, english="%a %d %b %Y")
        elif same_day:
            text += " – " + end.strftime("%H:%M")
        else:
            text += " – " + format_datetime(end, english="%a %d %b %Y, %H:%M")
    if entry.occurred_precision == "approximate":
        text = "approx. " + text
    return text


def format_recorded(moment: datetime | None) -> str:
    """Return a recording time in the user's local time zone."""
    if moment is None:
        return "not saved yet"
    local = moment.astimezone() if moment.tzinfo else moment.replace(tzinfo=UTC).astimezone()
    return format_datetime(local, english="%a %d %b %Y, %H:%M")


def kind_label(kind: str) -> str:
    """Return the readable name of an entry kind."""
    return KIND_LABELS.get(kind, kind)


def behaviour_labels(entry: Entry, taxonomy: Taxonomy) -> list[str]:
    """Return readable names of the entry's behaviours (the user's own kept as typed)."""
    return [taxonomy.label(item) for item in entry.behaviours]


def first_words(text: str, limit: int = 90) -> str:
    """Return the start of a text on one line, cut at a word boundary."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0]
    return cut + "…"
