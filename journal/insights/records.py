"""The records Insights computes, and the constants shared by its modules (no Qt)."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo

from journal.fields import Kind
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.plans import CHECKINS_DOC
from journal.plans import RED_FLAGS as PLAN_RED_FLAGS

PERIODS: tuple[str, ...] = ("week", "month", "year")
PERIOD_LABELS: dict[str, str] = {  # shown with translate("InsightsPeriods", label)
    "week": QT_TRANSLATE_NOOP("InsightsPeriods", "Week"),
    "month": QT_TRANSLATE_NOOP("InsightsPeriods", "Month"),
    "year": QT_TRANSLATE_NOOP("InsightsPeriods", "Year"),
}
MAX_PERIODS = 60
"""More periods than this are shown by the next longer period (bars stay readable)."""
RECONCILIATION_WINDOW_DAYS = 3
TENSION_LOOKBACK_DAYS = 14
CHECKINS_DOCUMENT = CHECKINS_DOC
# The user's words first ("Always on alert"), the article's term after them in brackets
# (English: the shown name comes from `red_flag_label`, in the language in force).
RED_FLAGS: dict[str, str] = {flag.id: flag.label for flag in PLAN_RED_FLAGS}
RECONCILIATION_GROUP = "affection_after_harm"
CHART_KEYS: tuple[str, ...] = (
    "entries",
    "cycle",
    "behaviours",
    "severity",
    "emotions",
    "feelings_by_kind",
    "body",
    "checkins",
)
FEELING_KINDS: tuple[str, ...] = ("incident", "tension", "reconciliation", "contact_attempt")
"""The kinds of event compared in "feelings by kind" (the threat-and-relief swing)."""
KIND_NOUNS: dict[str, tuple[str, str]] = {kind.value: kind.nouns for kind in Kind}


def period_name(period: str) -> str:
    """Return the readable name of a period ("Week"), in the language in force."""
    return translate("InsightsPeriods", PERIOD_LABELS.get(period, period))


def red_flag_label(flag_id: str) -> str:
    """Return a red flag's name in the language in force: the user's words, then the term."""
    for flag in PLAN_RED_FLAGS:
        if flag.id == flag_id:
            return flag.label
    text = flag_id.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


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
    emotion_by_kind: dict[str, dict[str, float]] = field(default_factory=dict)
    """Feeling id → kind → average intensity, over the entries of that kind that rated it."""
    emotion_by_kind_records: dict[str, dict[str, int]] = field(default_factory=dict)
    body_labels: dict[str, str] = field(default_factory=dict)
    body_counts: dict[str, list[int]] = field(default_factory=dict)
    """Body response id → how many entries recorded it in each period."""

    @property
    def is_empty(self) -> bool:
        """Return True when nothing (no entry, no check-in) falls in the range."""
        return self.total == 0 and not self.checkins

    def top_body(self, limit: int = 5) -> list[str]:
        """Return the ids of the body responses recorded most often (ties by name)."""
        totals = {name: sum(values) for name, values in self.body_counts.items()}
        ranked = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
        return [name for name, _ in ranked[:limit]]

    def top_emotions(self, limit: int = 5) -> list[str]:
        """Return the ids of the emotions recorded most often (ties by name)."""
        ranked = sorted(self.emotion_records.items(), key=lambda kv: (-kv[1], kv[0]))
        return [name for name, _ in ranked[:limit]]


def wall_time(value: datetime, tz: tzinfo | None) -> datetime:
    """Return local wall-clock time: naive as is, aware converted to `tz` (None: this computer)."""
    if value.tzinfo is None:
        return value
    return value.astimezone(tz).replace(tzinfo=None)
