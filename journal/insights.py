"""Pattern insights over a date range: counts, trends, the cycle, check-ins (no Qt).

`compute_insights(entries, ...)` returns an `Insights` record; `chart_captions(insights)` and
`captions(insights)` describe it in short, factual sentences that never label a person or a
relationship. Times: a naive datetime is local wall-clock time (as the journal stores it); an
aware one is converted to `tz` (default: this computer's time zone) and then treated the same.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from journal.fields import Kind
from journal.model import KINDS, Entry
from journal.plans import CHECKINS_DOC
from journal.plans import RED_FLAGS as PLAN_RED_FLAGS
from journal.taxonomy import Taxonomy, default_taxonomy

PERIODS: tuple[str, ...] = ("week", "month", "year")
PERIOD_LABELS: dict[str, str] = {"week": "Week", "month": "Month", "year": "Year"}
MAX_PERIODS = 60
"""More periods than this are shown by the next longer period (bars stay readable)."""
RECONCILIATION_WINDOW_DAYS = 3
TENSION_LOOKBACK_DAYS = 14
CHECKINS_DOCUMENT = CHECKINS_DOC
# The user's words first ("Always on alert"), the article's term after them in brackets.
RED_FLAGS: dict[str, str] = {flag.id: flag.label for flag in PLAN_RED_FLAGS}
RECONCILIATION_GROUP = "affection_after_harm"
CHART_KEYS: tuple[str, ...] = ("entries", "cycle", "behaviours", "severity", "emotions", "checkins")
_KIND_NOUNS: dict[str, tuple[str, str]] = {kind.value: kind.nouns for kind in Kind}
_DAY = 86400.0


@dataclass(frozen=True)
class BehaviourStat:
    """How often one behaviour was recorded, overall and in each half of the range."""

    id: str
    label: str
    count: int
    first_half: int
    second_half: int

    @property
    def trend(self) -> str:
        """Return "more", "fewer" or "same": the second half compared with the first."""
        if self.second_half > self.first_half:
            return "more"
        if self.second_half < self.first_half:
            return "fewer"
        return "same"


@dataclass(frozen=True)
class CycleStep:
    """One incident and what was recorded around it (times in days)."""

    at: datetime
    tension_lead_days: float | None
    reconciliation_after_days: float | None
    calm_days: float | None

    @property
    def full_cycle(self) -> bool:
        """Return True when tension came before and a reconciliation after the incident."""
        return self.tension_lead_days is not None and self.reconciliation_after_days is not None


@dataclass(frozen=True)
class CycleStats:
    """The cycle view: tension → incident → reconciliation → calm, and time between incidents."""

    steps: list[CycleStep] = field(default_factory=list)
    window_days: int = RECONCILIATION_WINDOW_DAYS
    gaps_days: list[float] = field(default_factory=list)
    left_on: date | None = None
    contact_attempts_after_leaving: int | None = None

    @property
    def incidents(self) -> int:
        """Return the number of incidents in the range."""
        return len(self.steps)

    @property
    def reconciled_within_window(self) -> int:
        """Return how many incidents were followed by a reconciliation within `window_days`."""
        limit = float(self.window_days)
        return sum(
            1
            for s in self.steps
            if s.reconciliation_after_days is not None and s.reconciliation_after_days <= limit
        )

    @property
    def reconciled(self) -> int:
        """Return how many incidents were followed by a reconciliation before the next one."""
        return sum(1 for s in self.steps if s.reconciliation_after_days is not None)

    @property
    def full_cycles(self) -> int:
        """Return how many incidents had tension before and a reconciliation after."""
        return sum(1 for s in self.steps if s.full_cycle)

    @property
    def gap_median(self) -> float | None:
        """Return the median number of days between consecutive incidents."""
        return statistics.median(self.gaps_days) if self.gaps_days else None

    @property
    def gap_min(self) -> float | None:
        """Return the shortest time between consecutive incidents, in days."""
        return min(self.gaps_days) if self.gaps_days else None

    @property
    def gap_max(self) -> float | None:
        """Return the longest time between consecutive incidents, in days."""
        return max(self.gaps_days) if self.gaps_days else None

    @property
    def calm_median(self) -> float | None:
        """Return the median days from a reconciliation to the next tension or incident."""
        calm = [s.calm_days for s in self.steps if s.calm_days is not None]
        return statistics.median(calm) if calm else None


@dataclass(frozen=True)
class Checkin:
    """One red-flag check-in: its date and how many of the flags were marked."""

    day: date
    flags: int
    marked: tuple[str, ...]


@dataclass(frozen=True)
class Insights:
    """Everything the Insights view and the export show for one date range."""

    start: date | None
    end: date | None
    period: str
    requested_period: str
    periods: list[date]
    period_labels: list[str]
    counts_by_kind: dict[str, list[int]]
    totals_by_kind: dict[str, int]
    total: int
    behaviours: list[BehaviourStat]
    severity_mean: list[float | None]
    severity_max: list[int | None]
    severity_halves: tuple[float | None, float | None]
    severity_count: int
    emotion_labels: dict[str, str]
    emotion_mean: dict[str, list[float | None]]
    emotion_records: dict[str, int]
    emotion_average: dict[str, float]
    cycle: CycleStats
    checkins: list[Checkin]
    flag_counts: dict[str, int]

    @property
    def is_empty(self) -> bool:
        """Return True when nothing (no entry, no check-in) falls in the range."""
        return self.total == 0 and not self.checkins

    def top_emotions(self, limit: int = 5) -> list[str]:
        """Return the ids of the emotions recorded most often (ties by name)."""
        ranked = sorted(self.emotion_records.items(), key=lambda kv: (-kv[1], kv[0]))
        return [name for name, _ in ranked[:limit]]


# ----------------------------------------------------------------- computing


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

    timed = sorted(((_wall(e.occurred_start, tz), e) for e in entries), key=lambda p: p[0])
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
    )


def record_span(
    entries: Iterable[Entry], checkins: Any = None, *, tz: tzinfo | None = None
) -> tuple[date, date] | None:
    """Return the first and last local date with an entry or check-in, or None if none."""
    days = [_wall(e.occurred_start, tz).date() for e in entries]
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


def _wall(value: datetime, tz: tzinfo | None) -> datetime:
    if value.tzinfo is None:
        return value
    return value.astimezone(tz).replace(tzinfo=None)


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
    if period == "year":
        return [str(k.year) for k in keys]
    if period == "month":
        return [k.strftime("%b") if one_year else k.strftime("%b %Y") for k in keys]
    return [f"{k.day} {k:%b}" if one_year else f"{k.day} {k:%b %y}" for k in keys]


# ----------------------------------------------------------------- captions


def chart_captions(ins: Insights) -> dict[str, str]:
    """Return one short factual caption per chart key (`CHART_KEYS`); "" when nothing to say."""
    out = dict.fromkeys(CHART_KEYS, "")
    if ins.is_empty or ins.start is None or ins.end is None:
        out["entries"] = "Nothing recorded in this period yet."
        return out
    if ins.start == ins.end:
        span = f"On {format_day(ins.start)}"
    else:
        span = f"From {format_day(ins.start)} to {format_day(ins.end)}"
    if ins.total:
        parts = [
            _count(ins.totals_by_kind[k], *_KIND_NOUNS[k]) for k in KINDS if ins.totals_by_kind[k]
        ]
        out["entries"] = f"{span} you recorded {_count(ins.total, 'entry', 'entries')}: " + (
            f"{_join(parts)}."
        )
    else:
        out["entries"] = f"{span} you recorded no entries."
    if ins.period != ins.requested_period:
        out["entries"] += (
            f" Shown by {ins.period}: the range has too many "
            f"{ins.requested_period}s to show one bar each."
        )
    out["cycle"] = _cycle_caption(ins.cycle)
    out["behaviours"] = _behaviour_caption(ins.behaviours)
    out["severity"] = _severity_caption(ins)
    out["emotions"] = _emotion_caption(ins)
    out["checkins"] = _checkin_caption(ins)
    return out


def captions(ins: Insights) -> list[str]:
    """Return the non-empty chart captions in display order."""
    return [text for text in chart_captions(ins).values() if text]


def format_day(d: date) -> str:
    """Return a date as "3 Mar 2025"."""
    return f"{d.day} {d:%b %Y}"


def format_days(days: float) -> str:
    """Return a duration in days as plain words ("less than a day", "1 day", "9 days")."""
    if days < 1:
        return "less than a day"
    whole = int(days + 0.5)
    return "1 day" if whole == 1 else f"{whole} days"


def _cycle_caption(cycle: CycleStats) -> str:
    sentences: list[str] = []
    n = cycle.incidents
    if n:
        within = cycle.reconciled_within_window
        window = _count(cycle.window_days, "day", "days")
        if n == 1:
            followed = "it was" if within else "it was not"
            sentences.append(
                f"In this period you recorded 1 incident; {followed} followed within {window} "
                "by an apology, a gift or other affection."
            )
        else:
            sentences.append(
                f"In this period you recorded {n} incidents; {_of(within, n)} followed within "
                f"{window} by an apology, a gift or other affection."
            )
        if cycle.full_cycles:
            sentences.append(
                f"{cycle.full_cycles} of the {_count(n, 'incident', 'incidents')} had tension "
                "recorded before and making up after (tension, incident, making up)."
            )
        calm = cycle.calm_median
        if calm is not None:
            sentences.append(
                "After making up, tension or another incident was next recorded typically "
                f"{format_days(calm)} later (half the times sooner, half later: the median)."
            )
        if cycle.gaps_days and cycle.gap_min is not None and cycle.gap_max is not None:
            median = cycle.gap_median or 0.0
            if len(cycle.gaps_days) == 1:
                sentences.append(f"The two incidents were {format_days(cycle.gap_min)} apart.")
            elif format_days(cycle.gap_min) == format_days(cycle.gap_max):
                sentences.append(
                    f"Each incident came {format_days(cycle.gap_min)} after the one before."
                )
            else:
                sentences.append(
                    f"Time between incidents: from {format_days(cycle.gap_min)} to "
                    f"{format_days(cycle.gap_max)}, typically {format_days(median)} (half "
                    "the gaps were shorter, half longer: the median)."
                )
    if cycle.left_on is not None and cycle.contact_attempts_after_leaving is not None:
        attempts = _count(
            cycle.contact_attempts_after_leaving, "contact attempt", "contact attempts"
        )
        sentences.append(
            f"After {format_day(cycle.left_on)}, the day you left, you recorded {attempts}."
        )
    return " ".join(sentences)


def _behaviour_caption(stats: Sequence[BehaviourStat]) -> str:
    if not stats:
        return ""
    top = stats[0]
    text = f"The behaviour recorded most often was “{top.label}” ({_times(top.count)})."
    rising = [s for s in stats if s.trend == "more"][:3]
    if rising:
        listed = _join([f"“{s.label}” ({s.first_half}, then {s.second_half})" for s in rising])
        text += f" Recorded more often in the second half of this period than the first: {listed}."
    return text


def _severity_caption(ins: Insights) -> str:
    if not ins.severity_count:
        return ""
    text = f"Severity was recorded for {_count(ins.severity_count, 'entry', 'entries')}."
    first, second = ins.severity_halves
    if first is not None and second is not None:
        text += (
            f" Its average was {first:.1f} in the first half of this period and "
            f"{second:.1f} in the second half (1 = mild, 5 = most severe)."
        )
    highest = max(m for m in ins.severity_max if m is not None)
    text += f" The highest recorded was {highest}."
    return text


def _emotion_caption(ins: Insights) -> str:
    top = ins.top_emotions(3)
    if not top:
        return ""
    parts = [
        f"{ins.emotion_labels[name]} ({_times(ins.emotion_records[name])}, "
        f"average {ins.emotion_average[name]:.1f} of 10)"
        for name in top
    ]
    return f"The feelings you recorded most often: {_join(parts)}."


def _checkin_caption(ins: Insights) -> str:
    checks = ins.checkins
    if not checks:
        return ""
    mean = sum(c.flags for c in checks) / len(checks)
    text = (
        f"You completed {_count(len(checks), 'red-flag check-in', 'red-flag check-ins')}; "
        f"on average {mean:.1f} of {len(RED_FLAGS)} signs were marked."
    )
    if ins.flag_counts:
        flag, count = min(ins.flag_counts.items(), key=lambda kv: (-kv[1], kv[0]))
        text += f" Marked most often: “{RED_FLAGS.get(flag, flag)}” ({_times(count)})."
    return text


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def _times(n: int) -> str:
    return "once" if n == 1 else f"{n} times"


def _of(part: int, whole: int) -> str:
    if part == whole:
        return "both were" if whole == 2 else f"all {whole} were"
    if part == 0:
        return "none were"
    return "1 was" if part == 1 else f"{part} were"


def _join(parts: Sequence[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]
