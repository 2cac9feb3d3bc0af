"""Short, factual sentences describing an `Insights` record (no Qt).

They never label a person or a relationship.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from journal.insights.records import (
    CHART_KEYS,
    FEELING_KINDS,
    KIND_NOUNS,
    RED_FLAGS,
    BehaviourStat,
    CycleStats,
    Insights,
)
from journal.model import KINDS


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
            _count(ins.totals_by_kind[k], *KIND_NOUNS[k]) for k in KINDS if ins.totals_by_kind[k]
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
    out["feelings_by_kind"] = feelings_by_kind_caption(ins)
    out["body"] = _body_caption(ins)
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


def top_kind_feelings(ins: Insights, limit: int = 6) -> list[str]:
    """Return the feelings recorded most often for incidents, tension, making up or contact."""
    totals = {
        name: sum(per_kind.values()) for name, per_kind in ins.emotion_by_kind_records.items()
    }
    ranked = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
    return [name for name, _ in ranked[:limit]]


def feelings_by_kind_caption(ins: Insights) -> str:
    """Describe the strongest feeling recorded for each kind of event, side by side."""
    parts: list[str] = []
    for kind in FEELING_KINDS:
        rated = [
            (means[kind], name)
            for name, means in ins.emotion_by_kind.items()
            if kind in means and ins.emotion_by_kind_records[name][kind] > 0
        ]
        if not rated:
            continue
        level, name = max(sorted(rated, key=lambda p: p[1]), key=lambda p: p[0])
        label = ins.emotion_labels.get(name, name)
        parts.append(f"{KIND_NOUNS[kind][1]}: {label.lower()} (average {level:.1f} of 10)")
    if not parts:
        return ""
    return "The strongest average feeling recorded for " + "; ".join(parts) + "."


def _body_caption(ins: Insights) -> str:
    top = ins.top_body(3)
    if not top:
        return ""
    parts = [
        f"{ins.body_labels[name].lower()} ({_times(sum(ins.body_counts[name]))})" for name in top
    ]
    return f"Body responses recorded most often: {_join(parts)}."
