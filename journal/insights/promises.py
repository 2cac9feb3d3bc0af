"""Promises and what followed: each recorded promise, apology or gift after harm, and the
incidents recorded after it (no Qt). It describes; it does not judge or predict."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from journal.i18n import translate
from journal.insights.calendar import entry_day
from journal.insights.records import wall_time
from journal.insights.wording import format_day
from journal.model import Entry

PROMISE_BEHAVIOURS: tuple[str, ...] = (
    "promises_to_change",
    "apology_after_harm",
    "gifts_after_harm",
    "promises_if_you_return",
    "gifts_after_leaving",
)
"""Taxonomy behaviour ids that record a promise, an apology or a gift after harm."""
PROMISE_WINDOW_DAYS = 30
LONG_WINDOW_DAYS = 90


@dataclass(frozen=True)
class PromiseOutcome:
    """One promise entry and the incidents recorded after it (days are calendar days)."""

    entry_id: str | None
    day: date
    behaviours: tuple[str, ...]
    next_incident: date | None
    days_until_next: int | None
    within_window: int
    within_90: int
    window_days: int = PROMISE_WINDOW_DAYS


def promises(
    entries: Iterable[Entry],
    *,
    window_days: int = PROMISE_WINDOW_DAYS,
    tz: tzinfo | None = None,
) -> list[PromiseOutcome]:
    """Return, oldest first, every entry recording a promise, apology or gift after harm, with
    the next incident after it and how many incidents came within `window_days` and 90 days.

    "After" means later in time. When either entry has no exact time (only a day, or an
    approximate time) and both fall on the same day, their order is unknown, so an incident on
    that day is not counted as following the promise.
    """
    if window_days < 0:
        raise ValueError("The window cannot be negative.")
    wanted = frozenset(PROMISE_BEHAVIOURS)
    timed: list[tuple[datetime, date, bool, Entry]] = []
    for entry in entries:
        if entry.kind != "incident" and wanted.isdisjoint(entry.behaviours):
            continue  # neither an incident nor a promise: no need to place it in time
        exact = entry.occurred_precision == "exact"
        timed.append((wall_time(entry.occurred_start, tz), entry_day(entry, tz), exact, entry))
    timed.sort(key=lambda t: (t[1], t[0]))
    incidents = [(at, day, exact, e) for at, day, exact, e in timed if e.kind == "incident"]
    days = [day for _, day, _, _ in incidents]  # sorted: binary search keeps this O(n log n)
    out: list[PromiseOutcome] = []
    for at, day, exact, entry in timed:
        if wanted.isdisjoint(entry.behaviours):
            continue
        found = tuple(b for b in PROMISE_BEHAVIOURS if b in entry.behaviours)
        lo, hi = bisect_left(days, day), bisect_right(days, day)
        same_day = sum(
            1
            for i_at, _, i_exact, other in incidents[lo:hi]
            if other is not entry and exact and i_exact and i_at > at
        )
        later = len(days) - hi
        first = day if same_day else (days[hi] if later else None)
        out.append(
            PromiseOutcome(
                entry_id=entry.id,
                day=day,
                behaviours=found,
                next_incident=first,
                days_until_next=(first - day).days if first is not None else None,
                within_window=same_day + _upto(days, hi, day, window_days),
                within_90=same_day + _upto(days, hi, day, LONG_WINDOW_DAYS),
                window_days=window_days,
            )
        )
    return out


def _upto(days: list[date], start: int, day: date, window: int) -> int:
    """Return how many of `days[start:]` are at most `window` days after `day`."""
    return bisect_right(days, day + timedelta(days=window), lo=start) - start


def promises_caption(outcomes: Sequence[PromiseOutcome], *, as_of: date | None = None) -> str:
    """Return a plain caption ("After 5 of 6 recorded promises, …"); "" when there are none.

    With `as_of` (the last day looked at), promises too recent for the whole window are said so.
    """
    if not outcomes:
        return ""
    n = len(outcomes)
    window = outcomes[0].window_days
    within = sum(1 for o in outcomes if o.within_window)
    if n == 1 and within:
        text = translate(
            "InsightsPromises",
            "After the 1 recorded promise, apology or gift, an incident was recorded within "
            "{window} days.",
        ).format(window=window)
    elif n == 1:
        text = translate(
            "InsightsPromises",
            "After the 1 recorded promise, apology or gift, no incident was recorded within "
            "{window} days.",
        ).format(window=window)
    else:
        text = translate(
            "InsightsPromises",
            "After {within} of {count} recorded promises, apologies or gifts, another incident "
            "was recorded within {window} days.",
        ).format(within=within, count=n, window=window)
    never = sum(1 for o in outcomes if o.next_incident is None)
    if never:
        text += " " + translate(
            "InsightsPromises", "After {count} of them, no incident has been recorded since."
        ).format(count=never)
    if as_of is not None:
        recent = sum(1 for o in outcomes if (as_of - o.day).days < window)
        if recent == 1:
            text += " " + translate(
                "InsightsPromises", "1 of them was recorded less than {window} days before {day}."
            ).format(window=window, day=format_day(as_of))
        elif recent:
            text += " " + translate(
                "InsightsPromises",
                "{count} of them were recorded less than {window} days before {day}.",
            ).format(count=recent, window=window, day=format_day(as_of))
    return text


def outcome_text(outcome: PromiseOutcome, labels: dict[str, str]) -> str:
    """Return one plain line about one promise, naming its behaviours with `labels`."""
    what = ", ".join(labels.get(b, b) for b in outcome.behaviours)
    day = format_day(outcome.day)
    if outcome.next_incident is None:
        return translate(
            "InsightsPromises", "{day}: {what}. No incident recorded after it."
        ).format(day=day, what=what)
    return translate(
        "InsightsPromises",
        "{day}: {what}. Next incident {next} ({later}); incidents within {window} days: "
        "{within}; within 90 days: {within_90}.",
    ).format(
        day=day,
        what=what,
        next=format_day(outcome.next_incident),
        later=later_text(outcome.days_until_next or 0),
        window=outcome.window_days,
        within=outcome.within_window,
        within_90=outcome.within_90,
    )


def later_text(n: int) -> str:
    """Return "the same day", "1 day later" or "9 days later"."""
    if n == 0:
        return translate("InsightsPromises", "the same day")
    if n == 1:
        return translate("InsightsPromises", "1 day later")
    return translate("InsightsPromises", "{count} days later").format(count=n)
