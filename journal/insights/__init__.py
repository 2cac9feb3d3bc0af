"""Pattern insights over a date range: counts, trends, the cycle, check-ins, the year calendar,
promises and what followed (no Qt).

`compute_insights(entries, ...)` returns an `Insights` record; `chart_captions(insights)` and
`captions(insights)` describe it in short, factual sentences that never label a person or a
relationship. Times: a naive datetime is local wall-clock time (as the journal stores it); an
aware one is converted to `tz` (default: this computer's time zone) and then treated the same.
"""

from journal.insights.calendar import (
    CALENDAR_MONTHS,
    DayMark,
    calendar_caption,
    calendar_span,
    entry_day,
    month_starts,
    month_summary,
    year_calendar,
)
from journal.insights.captions import (
    captions,
    chart_captions,
    feelings_by_kind_caption,
    format_day,
    format_days,
    top_kind_feelings,
)
from journal.insights.compute import compute_insights, parse_checkins, record_span
from journal.insights.promises import (
    PROMISE_BEHAVIOURS,
    PROMISE_WINDOW_DAYS,
    PromiseOutcome,
    outcome_text,
    promises,
    promises_caption,
)
from journal.insights.records import (
    CHART_KEYS,
    CHECKINS_DOCUMENT,
    FEELING_KINDS,
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
    "CALENDAR_MONTHS",
    "CHART_KEYS",
    "CHECKINS_DOCUMENT",
    "FEELING_KINDS",
    "MAX_PERIODS",
    "PERIODS",
    "PERIOD_LABELS",
    "PROMISE_BEHAVIOURS",
    "PROMISE_WINDOW_DAYS",
    "RECONCILIATION_GROUP",
    "RECONCILIATION_WINDOW_DAYS",
    "RED_FLAGS",
    "TENSION_LOOKBACK_DAYS",
    "BehaviourStat",
    "Checkin",
    "CycleStats",
    "CycleStep",
    "DayMark",
    "Insights",
    "PromiseOutcome",
    "calendar_caption",
    "calendar_span",
    "captions",
    "chart_captions",
    "compute_insights",
    "entry_day",
    "feelings_by_kind_caption",
    "format_day",
    "format_days",
    "month_starts",
    "month_summary",
    "outcome_text",
    "parse_checkins",
    "promises",
    "promises_caption",
    "record_span",
    "top_kind_feelings",
    "year_calendar",
]
