"""Compute an `Insights` record for a date range: counts, trends, the cycle, check-ins."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from journal.insights.records import (
    FEELING_KINDS,
    MAX_PERIODS,
    PERIODS,
    RECONCILIATION_GROUP,
    RECONCILIATION_WINDOW_DAYS,
    TENSION_LOOKBACK_DAYS,
    BehaviourStat,
    Checkin,
    CycleStats,
    CycleStep,
    Insights,
    wall_time,
)
from journal.insights.wording import period_label
from journal.model import KINDS, Entry
from journal.taxonomy import Taxonomy, default_taxonomy

_DAY = 86400.0
FEELING_SET = frozenset(FEELING_KINDS)


def compute_insights(
    entries: Iterable[Entry],
    *,
    start: date | None = None,
    end: date | None = None,
    checkins: Any = None,
    period: str = "week",
    left_on: date | None = None,
    tz: tzinfo | None = None,
    taxonomy: Taxonomy | None = None,
    window_days: int = RECONCILIATION_WINDOW_DAYS,
) -> Insights:
    """Compute the insights for entries (and check-ins data) between `start` and `end`.

    `start`/`end` are inclusive local dates; None means the first/last recorded date.
    `checkins` is the raw "red_flag_checkins" document (malformed items are skipped).
    `period` is "week" (starting Monday), "month" or "year"; a range with more than
    `MAX_PERIODS` periods is shown by the next longer period (see `Insights.period`).
    Raises `ValueError` for an unknown period or a start after the end.
    """
    if period not in PERIODS:
        raise ValueError(f"Period must be one of {', '.join(PERIODS)}.")
    if start is not None and end is not None and start > end:
        raise ValueError("The start date is after the end date.")
    tax = taxonomy if taxonomy is not None else default_taxonomy()
    all_checks = parse_checkins(checkins)

    timed = sorted(((wall_time(e.occurred_start, tz), e) for e in entries), key=lambda p: p[0])
    if start is None or end is None:
        days = [t.date() for t, _ in timed] + [c.day for c in all_checks]
        if days:
            start = start if start is not None else min(days)
            end = end if end is not None else max(days)
            if start > end:
                start, end = end, start
    if start is None or end is None:
        return _empty(period, left_on, window_days)
    lo, hi = start, end
    in_range = [(t, e) for t, e in timed if lo <= t.date() <= hi]
    checks = [c for c in all_checks if lo <= c.day <= hi]

    used = period
    while _period_count(lo, hi, used) > MAX_PERIODS and used != "year":
        used = PERIODS[PERIODS.index(used) + 1]
    first_key = _period_key(lo, used)
    n = _period_count(lo, hi, used)
    keys = [_shift(first_key, used, i) for i in range(n)]

    counts = {kind: [0] * n for kind in KINDS}
    sev_sum = [0] * n
    sev_n = [0] * n
    sev_max: list[int | None] = [None] * n
    emo_sum: dict[str, list[int]] = {}
    emo_n: dict[str, list[int]] = {}
    kind_sum: dict[str, dict[str, int]] = {}
    kind_n: dict[str, dict[str, int]] = {}
    body: dict[str, list[int]] = {}
    beh_first: dict[str, int] = {}
    beh_second: dict[str, int] = {}
    half_sev = [[0, 0], [0, 0]]
    span = (hi - lo).days + 1
    for t, entry in in_range:
        d = t.date()
        i = _index(first_key, d, used)
        counts[entry.kind][i] += 1
        second = (d - lo).days * 2 >= span
        sev = entry.severity
        if sev is not None:
            sev_sum[i] += sev
            sev_n[i] += 1
            current = sev_max[i]
            if current is None or sev > current:
                sev_max[i] = sev
            half_sev[second][0] += sev
            half_sev[second][1] += 1
        for name, level in entry.emotions.items():
            sums = emo_sum.get(name)
            if sums is None:
                sums = emo_sum[name] = [0] * n
                emo_n[name] = [0] * n
            sums[i] += level
            emo_n[name][i] += 1
            by_kind = kind_sum.setdefault(name, {})
            by_kind[entry.kind] = by_kind.get(entry.kind, 0) + level
            n_kind = kind_n.setdefault(name, {})
            n_kind[entry.kind] = n_kind.get(entry.kind, 0) + 1
        for response in set(entry.body_responses):
            row = body.get(response)
            if row is None:
                row = body[response] = [0] * n
            row[i] += 1
        bucket = beh_second if second else beh_first
        for behaviour in set(entry.behaviours):
            bucket[behaviour] = bucket.get(behaviour, 0) + 1

    behaviours = [
        BehaviourStat(
            id=b,
            label=tax.label(b),
            count=beh_first.get(b, 0) + beh_second.get(b, 0),
            first_half=beh_first.get(b, 0),
            second_half=beh_second.get(b, 0),
        )
        for b in set(beh_first) | set(beh_second)
    ]
    behaviours.sort(key=lambda s: (-s.count, s.label.casefold()))
    flag_counts: dict[str, int] = {}
    for check in checks:
        for flag in check.marked:
            flag_counts[flag] = flag_counts.get(flag, 0) + 1

    return Insights(
        start=lo,
        end=hi,
        period=used,
        requested_period=period,
        periods=keys,
        period_labels=_labels(keys, used),
        counts_by_kind=counts,
        totals_by_kind={kind: sum(values) for kind, values in counts.items()},
        total=len(in_range),
        behaviours=behaviours,
        severity_mean=[s / c if c else None for s, c in zip(sev_sum, sev_n, strict=True)],
        severity_max=sev_max,
        severity_halves=(
            half_sev[0][0] / half_sev[0][1] if half_sev[0][1] else None,
            half_sev[1][0] / half_sev[1][1] if half_sev[1][1] else None,
        ),
        severity_count=sum(sev_n),
        emotion_labels={name: tax.emotion_label(name) for name in emo_sum},
        emotion_mean={
            name: [s / c if c else None for s, c in zip(sums, emo_n[name], strict=True)]
            for name, sums in emo_sum.items()
        },
        emotion_records={name: sum(values) for name, values in emo_n.items()},
        emotion_average={name: sum(sums) / sum(emo_n[name]) for name, sums in emo_sum.items()},
        cycle=_cycle(in_range, tax, left_on, window_days),
        checkins=checks,
        flag_counts=flag_counts,
        emotion_by_kind={
            name: {k: kind_sum[name][k] / c for k, c in per_kind.items() if k in FEELING_KINDS}
            for name, per_kind in kind_n.items()
            if not FEELING_SET.isdisjoint(per_kind)
        },
        emotion_by_kind_records={
            name: {k: c for k, c in per_kind.items() if k in FEELING_KINDS}
            for name, per_kind in kind_n.items()
            if not FEELING_SET.isdisjoint(per_kind)
        },
        body_labels={name: tax.body_label(name) for name in body},
        body_counts=body,
    )


def record_span(
    entries: Iterable[Entry], checkins: Any = None, *, tz: tzinfo | None = None
) -> tuple[date, date] | None:
    """Return the first and last local date with an entry or check-in, or None if none."""
    days = [wall_time(e.occurred_start, tz).date() for e in entries]
    days += [c.day for c in parse_checkins(checkins)]
    return (min(days), max(days)) if days else None


def parse_checkins(data: Any) -> list[Checkin]:
    """Return the valid check-ins of a "red_flag_checkins" document, by date; skip bad items."""
    if not isinstance(data, list):
        return []
    found: list[Checkin] = []
    for item in data:
        if not isinstance(item, dict):
            continue
        raw_day, answers = item.get("date"), item.get("answers")
        if not isinstance(raw_day, str) or not isinstance(answers, dict):
            continue
        try:
            day = date.fromisoformat(raw_day)
        except ValueError:
            continue
        marked = tuple(sorted(k for k, v in answers.items() if isinstance(k, str) and v is True))
        found.append(Checkin(day=day, flags=len(marked), marked=marked))
    found.sort(key=lambda c: c.day)
    return found


def _empty(period: str, left_on: date | None, window_days: int) -> Insights:
    return Insights(
        start=None,
        end=None,
        period=period,
        requested_period=period,
        periods=[],
        period_labels=[],
        counts_by_kind={kind: [] for kind in KINDS},
        totals_by_kind=dict.fromkeys(KINDS, 0),
        total=0,
        behaviours=[],
        severity_mean=[],
        severity_max=[],
        severity_halves=(None, None),
        severity_count=0,
        emotion_labels={},
        emotion_mean={},
        emotion_records={},
        emotion_average={},
        cycle=CycleStats(
            window_days=window_days,
            left_on=left_on,
            contact_attempts_after_leaving=0 if left_on is not None else None,
        ),
        checkins=[],
        flag_counts={},
    )


def _cycle(
    timed: Sequence[tuple[datetime, Entry]],
    tax: Taxonomy,
    left_on: date | None,
    window_days: int,
) -> CycleStats:
    group = tax.group(RECONCILIATION_GROUP)
    making_up = frozenset(b.id for b in group.behaviours) if group is not None else frozenset()
    # Events: (time, "t"ension | "i"ncident | "r"econciliation); other entries do not count.
    events: list[tuple[datetime, str]] = []
    for t, e in timed:
        if e.kind == "incident":
            events.append((t, "i"))
        elif e.kind == "tension":
            events.append((t, "t"))
        elif e.kind == "reconciliation" or (making_up and not making_up.isdisjoint(e.behaviours)):
            events.append((t, "r"))
    incidents = [k for k, (_, what) in enumerate(events) if what == "i"]
    steps: list[CycleStep] = []
    for pos, k in enumerate(incidents):
        at = events[k][0]
        previous = incidents[pos - 1] if pos else -1
        following = incidents[pos + 1] if pos + 1 < len(incidents) else len(events)
        lead: float | None = None
        for j in range(k - 1, previous, -1):
            when, what = events[j]
            if what == "t":
                days = _days(when, at)
                if days <= TENSION_LOOKBACK_DAYS:
                    lead = days
                break
            if what == "r":
                break
        after: float | None = None
        calm: float | None = None
        for j in range(k + 1, following):
            when, what = events[j]
            if what == "r" and after is None:
                after = _days(at, when)
                reconciled_at = when
                for m in range(j + 1, len(events)):
                    if events[m][1] in "ti":
                        calm = _days(reconciled_at, events[m][0])
                        break
                break
        steps.append(CycleStep(at, lead, after, calm))
    gaps = [_days(events[a][0], events[b][0]) for a, b in itertools.pairwise(incidents)]
    after_leaving: int | None = None
    if left_on is not None:
        after_leaving = sum(
            1 for t, e in timed if e.kind == "contact_attempt" and t.date() > left_on
        )
    return CycleStats(steps, window_days, gaps, left_on, after_leaving)


def _days(a: datetime, b: datetime) -> float:
    return (b - a).total_seconds() / _DAY


def _period_key(d: date, period: str) -> date:
    if period == "week":
        return d - timedelta(days=d.weekday())
    if period == "month":
        return d.replace(day=1)
    return date(d.year, 1, 1)


def _index(first: date, d: date, period: str) -> int:
    if period == "week":
        return (d - first).days // 7
    if period == "month":
        return (d.year - first.year) * 12 + d.month - first.month
    return d.year - first.year


def _period_count(lo: date, hi: date, period: str) -> int:
    return _index(_period_key(lo, period), hi, period) + 1


def _shift(first: date, period: str, i: int) -> date:
    if period == "week":
        return first + timedelta(days=7 * i)
    if period == "month":
        months = first.month - 1 + i
        return date(first.year + months // 12, months % 12 + 1, 1)
    return date(first.year + i, 1, 1)


def _labels(keys: Sequence[date], period: str) -> list[str]:
    if not keys:
        return []
    one_year = keys[0].year == keys[-1].year
    return [period_label(k, period, one_year) for k in keys]
