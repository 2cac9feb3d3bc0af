"""The year calendar: each day with an entry, its highest severity and the kinds recorded (no Qt).

After the calendar of the Danger Assessment (Campbell 1986; see journal/severity.py): days are
marked and incidents shaded by severity. Nothing here adds severities up or scores risk.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from journal.i18n import translate
from journal.insights.records import wall_time
from journal.insights.wording import day_month, days_count, format_day, kind_plural, month_year
from journal.model import KINDS, Entry

CALENDAR_MONTHS = 12


@dataclass(frozen=True)
class DayMark:
    """One day of the calendar: the highest severity recorded (or None) and the kinds."""

    severity: int | None
    kinds: tuple[str, ...]
    entries: int = 1
    entry_ids: tuple[str, ...] = ()

    @property
    def has_incident(self) -> bool:
        """Return True when an incident was recorded that day."""
        return "incident" in self.kinds


def entry_day(entry: Entry, tz: tzinfo | None = None) -> date:
    """Return the local day an entry happened on.

    A "day known, time not" entry keeps the date it was written with: its clock time means
    nothing, so converting it between time zones must not move it to another day.
    """
    start = entry.occurred_start
    if entry.occurred_precision == "day":
        return start.date()
    return wall_time(start, tz).date()


def year_calendar(
    entries: Iterable[Entry], end: date, days: int = 365, *, tz: tzinfo | None = None
) -> dict[date, DayMark]:
    """Return a `DayMark` for each day with an entry in the `days` days ending on `end`."""
    if days < 1:
        raise ValueError("The calendar needs at least one day.")
    start = end - timedelta(days=days - 1)
    found: dict[date, tuple[int | None, set[str], int, list[str]]] = {}
    near_start, near_end = start - timedelta(days=2), end + timedelta(days=2)
    for entry in entries:
        if not near_start <= entry.occurred_start.date() <= near_end:
            continue  # a time zone moves a day by at most one: no need to convert
        day = entry_day(entry, tz)
        if not start <= day <= end:
            continue
        severity, kinds, count, ids = found.get(day, (None, set(), 0, []))
        if entry.severity is not None and (severity is None or entry.severity > severity):
            severity = entry.severity
        kinds.add(entry.kind)
        if entry.id is not None:
            ids.append(entry.id)
        found[day] = (severity, kinds, count + 1, ids)
    return {
        day: DayMark(severity, tuple(k for k in KINDS if k in kinds), count, tuple(ids))
        for day, (severity, kinds, count, ids) in sorted(found.items())
    }


def calendar_span(end: date, months: int = CALENDAR_MONTHS) -> tuple[date, int]:
    """Return (first day, number of days) of the `months` whole months ending with `end`'s month.

    The last day is `end` itself (a calendar does not show days that have not come yet).
    """
    index = end.year * 12 + end.month - 1 - (months - 1)
    first = date(index // 12, index % 12 + 1, 1)
    return first, (end - first).days + 1


def month_starts(start: date, end: date) -> list[date]:
    """Return the first day of every month from `start`'s month to `end`'s month."""
    out: list[date] = []
    current = start.replace(day=1)
    while current <= end:
        out.append(current)
        current = (current + timedelta(days=32)).replace(day=1)
    return out


def month_summary(month: date, marks: dict[date, DayMark]) -> str:
    """Return one plain sentence about a month of the calendar, for screen readers and the PDF."""
    days = [(d, m) for d, m in marks.items() if d.year == month.year and d.month == month.month]
    name = month_year(month)
    if not days:
        return translate("InsightsCalendar", "{month}: nothing recorded.").format(month=name)
    parts = [translate("InsightsCalendar", "entries on {days}").format(days=days_count(len(days)))]
    for kind in KINDS:
        on = [(d, m) for d, m in days if kind in m.kinds]
        if not on:
            continue
        count = days_count(len(on))
        rated = [(m.severity, d) for d, m in on if m.severity is not None]
        if kind == "incident" and rated:
            top, when = max(rated, key=lambda p: (p[0], -p[1].toordinal()))
            text = translate(
                "InsightsCalendar", "{kinds} on {days} (highest severity {level}, on {day})"
            ).format(kinds=kind_plural(kind), days=count, level=top, day=day_month(when))
        else:
            text = translate("InsightsCalendar", "{kinds} on {days}").format(
                kinds=kind_plural(kind), days=count
            )
        parts.append(text)
    return translate("InsightsCalendar", "{month}: {facts}.").format(
        month=name, facts="; ".join(parts)
    )


def calendar_caption(marks: dict[date, DayMark], start: date, end: date) -> str:
    """Return a short factual caption for the whole calendar."""
    shown = {d: m for d, m in marks.items() if start <= d <= end}
    first, last = format_day(start), format_day(end)
    if not shown:
        return translate("InsightsCalendar", "From {start} to {end} nothing was recorded.").format(
            start=first, end=last
        )
    incident_days = sum(1 for m in shown.values() if m.has_incident)
    days = days_count(len(shown))
    if incident_days:
        return translate(
            "InsightsCalendar",
            "From {start} to {end} you recorded entries on {days}, with an incident on "
            "{count} of them.",
        ).format(start=first, end=last, days=days, count=incident_days)
    return translate(
        "InsightsCalendar", "From {start} to {end} you recorded entries on {days}."
    ).format(start=first, end=last, days=days)
