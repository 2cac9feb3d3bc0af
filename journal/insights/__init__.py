"""Pattern insights over a date range: counts, trends, the cycle, check-ins, the year calendar,
promises and what followed (no Qt).

`compute_insights(entries, ...)` returns an `Insights` record; `chart_captions(insights)` and
`captions(insights)` describe it in short, factual sentences that never label a person or a
relationship. Times: a naive datetime is local wall-clock time (as the journal stores it); an
aware one is converted to `tz` (default: this computer's time zone) and then treated the same.
"""

from journal.insights.captions import captions, chart_captions, format_day, format_days
from journal.insights.compute import compute_insights, parse_checkins, record_span
from journal.insights.records import (
    CHART_KEYS,
    CHECKINS_DOCUMENT,
    MAX_PERIODS,
    PERIOD_LABELS,
    PERIODS,
    RECONCILIATION_GROUP,
    RECONCILIATION_WINDOW_DAYS,
    RED_FLAGS,
    TENSION_LOOKBACK_DAYS,
    BehaviourStat,
    Checkin,
    CycleStats,
    CycleStep,
    Insights,
)

__all__ = [
    "CHART_KEYS",
    "CHECKINS_DOCUMENT",
    "MAX_PERIODS",
    "PERIODS",
    "PERIOD_LABELS",
    "RECONCILIATION_GROUP",
    "RECONCILIATION_WINDOW_DAYS",
    "RED_FLAGS",
    "TENSION_LOOKBACK_DAYS",
    "BehaviourStat",
    "Checkin",
    "CycleStats",
    "CycleStep",
    "Insights",
    "captions",
    "chart_captions",
    "compute_insights",
    "format_day",
    "format_days",
    "parse_checkins",
    "record_span",
]
