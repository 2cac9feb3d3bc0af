"""Short, factual sentences describing an `Insights` record (no Qt), in the language in force.

They never label a person or a relationship.
"""

from __future__ import annotations

from collections.abc import Sequence

from journal.i18n import translate
from journal.insights.records import (
    CHART_KEYS,
    FEELING_KINDS,
    RED_FLAGS,
    BehaviourStat,
    CycleStats,
    Insights,
    red_flag_label,
)
from journal.insights.wording import (
    days_count,
    decimal,
    entries_count,
    format_day,
    join_words,
    kind_count,
    kind_plural,
    number,
    period_plural,
    period_word,
    times_count,
)
from journal.model import KINDS

__all__ = [
    "captions",
    "chart_captions",
    "feelings_by_kind_caption",
    "format_day",
    "format_days",
    "top_kind_feelings",
]


def chart_captions(ins: Insights) -> dict[str, str]:
    """Return one short factual caption per chart key (`CHART_KEYS`); "" when nothing to say."""
    out = dict.fromkeys(CHART_KEYS, "")
    if ins.is_empty or ins.start is None or ins.end is None:
        out["entries"] = translate("InsightsCaptions", "Nothing recorded in this period yet.")
        return out
    out["entries"] = _entries_caption(ins)
    if ins.period != ins.requested_period:
        out["entries"] += " " + _shown_by(ins.period, ins.requested_period)
    out["cycle"] = _cycle_caption(ins.cycle)
    out["behaviours"] = _behaviour_caption(ins.behaviours)
    out["severity"] = _severity_caption(ins)
    out["emotions"] = _emotion_caption(ins)
    out["checkins"] = _checkin_caption(ins)
    out["feelings_by_kind"] = feelings_by_kind_caption(ins)
    out["body"] = _body_caption(ins)
    return out


def _entries_caption(ins: Insights) -> str:
    assert ins.start is not None and ins.end is not None
    start, end = format_day(ins.start), format_day(ins.end)
    one_day = ins.start == ins.end
    if not ins.total:
        if one_day:
            return translate("InsightsCaptions", "On {day} you recorded no entries.").format(
                day=start
            )
        return translate(
            "InsightsCaptions", "From {start} to {end} you recorded no entries."
        ).format(start=start, end=end)
    kinds = join_words(
        [kind_count(k, ins.totals_by_kind[k]) for k in KINDS if ins.totals_by_kind[k]]
    )
    entries = entries_count(ins.total)
    if one_day:
        return translate("InsightsCaptions", "On {day} you recorded {entries}: {kinds}.").format(
            day=start, entries=entries, kinds=kinds
        )
    return translate(
        "InsightsCaptions", "From {start} to {end} you recorded {entries}: {kinds}."
    ).format(start=start, end=end, entries=entries, kinds=kinds)


def _shown_by(period: str, requested: str) -> str:
    """Say why the bars are longer periods than asked for (one sentence per pair)."""
    if (period, requested) == ("month", "week"):
        return translate(
            "InsightsCaptions",
            "Shown by month: the range has too many weeks to show one bar each.",
        )
    if (period, requested) == ("year", "week"):
        return translate(
            "InsightsCaptions",
            "Shown by year: the range has too many weeks to show one bar each.",
        )
    if (period, requested) == ("year", "month"):
        return translate(
            "InsightsCaptions",
            "Shown by year: the range has too many months to show one bar each.",
        )
    return translate(
        "InsightsCaptions",
        "Shown by {period}: the range has too many {periods} to show one bar each.",
    ).format(period=period_word(period), periods=period_plural(requested))


def captions(ins: Insights) -> list[str]:
    """Return the non-empty chart captions in display order."""
    return [text for text in chart_captions(ins).values() if text]


def format_days(days: float) -> str:
    """Return a duration in days as plain words ("less than a day", "1 day", "9 days")."""
    if days < 1:
        return translate("InsightsCaptions", "less than a day")
    return days_count(int(days + 0.5))


def _cycle_caption(cycle: CycleStats) -> str:
    sentences: list[str] = []
    n = cycle.incidents
    if n:
        sentences.append(
            _followed(n, cycle.reconciled_within_window, days_count(cycle.window_days))
        )
        if cycle.full_cycles:
            sentences.append(
                translate(
                    "InsightsCaptions",
                    "{part} of the {incidents} had tension recorded before and making up after "
                    "(tension, incident, making up).",
                ).format(part=cycle.full_cycles, incidents=kind_count("incident", n))
            )
        calm = cycle.calm_median
        if calm is not None:
            sentences.append(
                translate(
                    "InsightsCaptions",
                    "After making up, tension or another incident was next recorded typically "
                    "{days} later (half the times sooner, half later: the median).",
                ).format(days=format_days(calm))
            )
        if cycle.gaps_days and cycle.gap_min is not None and cycle.gap_max is not None:
            sentences.append(_gaps(cycle, cycle.gap_min, cycle.gap_max))
    if cycle.left_on is not None and cycle.contact_attempts_after_leaving is not None:
        attempts = kind_count("contact_attempt", cycle.contact_attempts_after_leaving)
        sentences.append(
            translate(
                "InsightsCaptions", "After {day}, the day you left, you recorded {attempts}."
            ).format(day=format_day(cycle.left_on), attempts=attempts)
        )
    return " ".join(sentences)


def _followed(n: int, within: int, window: str) -> str:
    """Say how many of the `n` incidents were followed by affection within `window`."""
    if n == 1:
        if within:
            text = translate(
                "InsightsCaptions",
                "In this period you recorded 1 incident; it was followed within {window} by an "
                "apology, a gift or other affection.",
            )
        else:
            text = translate(
                "InsightsCaptions",
                "In this period you recorded 1 incident; it was not followed within {window} by "
                "an apology, a gift or other affection.",
            )
        return text.format(window=window)
    if within == n and n == 2:
        text = translate(
            "InsightsCaptions",
            "In this period you recorded 2 incidents; both were followed within {window} by an "
            "apology, a gift or other affection.",
        )
    elif within == n:
        text = translate(
            "InsightsCaptions",
            "In this period you recorded {count} incidents; all {count} were followed within "
            "{window} by an apology, a gift or other affection.",
        )
    elif within == 0:
        text = translate(
            "InsightsCaptions",
            "In this period you recorded {count} incidents; none were followed within {window} "
            "by an apology, a gift or other affection.",
        )
    elif within == 1:
        text = translate(
            "InsightsCaptions",
            "In this period you recorded {count} incidents; 1 was followed within {window} by "
            "an apology, a gift or other affection.",
        )
    else:
        text = translate(
            "InsightsCaptions",
            "In this period you recorded {count} incidents; {part} were followed within "
            "{window} by an apology, a gift or other affection.",
        )
    return text.format(window=window, part=within, count=n)


def _gaps(cycle: CycleStats, low: float, high: float) -> str:
    if len(cycle.gaps_days) == 1:
        return translate("InsightsCaptions", "The two incidents were {days} apart.").format(
            days=format_days(low)
        )
    if format_days(low) == format_days(high):
        return translate(
            "InsightsCaptions", "Each incident came {days} after the one before."
        ).format(days=format_days(low))
    return translate(
        "InsightsCaptions",
        "Time between incidents: from {low} to {high}, typically {median} (half the gaps were "
        "shorter, half longer: the median).",
    ).format(
        low=format_days(low),
        high=format_days(high),
        median=format_days(cycle.gap_median or 0.0),
    )


def _behaviour_caption(stats: Sequence[BehaviourStat]) -> str:
    if not stats:
        return ""
    top = stats[0]
    text = translate(
        "InsightsCaptions", "The behaviour recorded most often was “{name}” ({times})."
    ).format(name=top.label, times=times_count(top.count))
    rising = [s for s in stats if s.trend == "more"][:3]
    if rising:
        listed = join_words(
            [
                translate("InsightsCaptions", "“{name}” ({first}, then {second})").format(
                    name=s.label, first=s.first_half, second=s.second_half
                )
                for s in rising
            ]
        )
        text += " " + translate(
            "InsightsCaptions",
            "Recorded more often in the second half of this period than the first: {list}.",
        ).format(list=listed)
    return text


def _severity_caption(ins: Insights) -> str:
    if not ins.severity_count:
        return ""
    text = translate("InsightsCaptions", "Severity was recorded for {entries}.").format(
        entries=entries_count(ins.severity_count)
    )
    first, second = ins.severity_halves
    if first is not None and second is not None:
        text += " " + translate(
            "InsightsCaptions",
            "Its average was {first} in the first half of this period and {second} in the "
            "second half (1 = mild, 5 = most severe).",
        ).format(first=decimal(first), second=decimal(second))
    highest = max(m for m in ins.severity_max if m is not None)
    text += " " + translate("InsightsCaptions", "The highest recorded was {level}.").format(
        level=highest
    )
    return text


def _emotion_caption(ins: Insights) -> str:
    top = ins.top_emotions(3)
    if not top:
        return ""
    parts = [
        translate("InsightsCaptions", "{feeling} ({times}, average {level} of 10)").format(
            feeling=ins.emotion_labels[name],
            times=times_count(ins.emotion_records[name]),
            level=decimal(ins.emotion_average[name]),
        )
        for name in top
    ]
    return translate("InsightsCaptions", "The feelings you recorded most often: {list}.").format(
        list=join_words(parts)
    )


def _checkin_caption(ins: Insights) -> str:
    checks = ins.checkins
    if not checks:
        return ""
    mean = sum(c.flags for c in checks) / len(checks)
    if len(checks) == 1:
        done = translate("InsightsCaptions", "You completed 1 red-flag check-in")
    else:
        done = translate("InsightsCaptions", "You completed {count} red-flag check-ins").format(
            count=number(len(checks))
        )
    text = translate(
        "InsightsCaptions", "{done}; on average {mean} of {total} signs were marked."
    ).format(done=done, mean=decimal(mean), total=len(RED_FLAGS))
    if ins.flag_counts:
        flag, count = min(ins.flag_counts.items(), key=lambda kv: (-kv[1], kv[0]))
        text += " " + translate(
            "InsightsCaptions", "Marked most often: “{flag}” ({times})."
        ).format(flag=red_flag_label(flag), times=times_count(count))
    return text


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
        parts.append(
            translate("InsightsCaptions", "{kinds}: {feeling} (average {level} of 10)").format(
                kinds=kind_plural(kind), feeling=label.lower(), level=decimal(level)
            )
        )
    if not parts:
        return ""
    return translate(
        "InsightsCaptions", "The strongest average feeling recorded for {list}."
    ).format(list="; ".join(parts))


def _body_caption(ins: Insights) -> str:
    top = ins.top_body(3)
    if not top:
        return ""
    parts = [
        f"{ins.body_labels[name].lower()} ({times_count(sum(ins.body_counts[name]))})"
        for name in top
    ]
    return translate("InsightsCaptions", "Body responses recorded most often: {list}.").format(
        list=join_words(parts)
    )
