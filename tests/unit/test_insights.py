"""Pattern insights computed on crafted entries with known answers (no display needed)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from journal.insights import (
    MAX_PERIODS,
    RED_FLAGS,
    captions,
    chart_captions,
    compute_insights,
    format_days,
    parse_checkins,
)
from journal.model import Entry
from journal.taxonomy import default_taxonomy

FORBIDDEN = ("abus", "narcissis", "trauma bond", "toxic", "victim", "manipulat", "perpetrator")


def e(kind: str, when: datetime, **kw: object) -> Entry:
    return Entry(kind=kind, occurred_start=when, **kw)  # type: ignore[arg-type]


def at(day: int, hour: int = 12, month: int = 3) -> datetime:
    return datetime(2025, month, day, hour)


def cycle_data() -> list[Entry]:
    """Three incidents: two full cycles (tension, incident, apology), one without making up."""
    return [
        e("tension", at(1)),
        e("incident", at(3), severity=3),
        e("reconciliation", at(4), behaviours=["apology_after_harm"]),
        e("reflection", at(6)),
        e("tension", at(9)),
        e("incident", at(10), severity=4),
        # Not a reconciliation entry, but it records affection after harm:
        e("contact_attempt", at(15), behaviours=["gifts_after_harm"]),
        e("incident", at(20), severity=5),
    ]


def test_counts_per_week_by_kind() -> None:
    ins = compute_insights(cycle_data(), period="week")
    # 1 Mar 2025 is a Saturday: weeks start 24 Feb, 3 Mar, 10 Mar, 17 Mar.
    assert ins.periods == [
        date(2025, 2, 24),
        date(2025, 3, 3),
        date(2025, 3, 10),
        date(2025, 3, 17),
    ]
    assert ins.period_labels == ["24 Feb", "3 Mar", "10 Mar", "17 Mar"]
    assert ins.counts_by_kind["incident"] == [0, 1, 1, 1]  # 3, 10 and 20 March
    assert ins.counts_by_kind["tension"] == [1, 1, 0, 0]
    assert ins.counts_by_kind["contact_attempt"] == [0, 0, 1, 0]
    assert ins.totals_by_kind == {
        "incident": 3,
        "tension": 2,
        "reconciliation": 1,
        "contact_attempt": 1,
        "reflection": 1,
    }
    assert ins.total == 8
    assert (ins.start, ins.end) == (date(2025, 3, 1), date(2025, 3, 20))


def test_month_and_year_periods_and_range_filter() -> None:
    data = [e("incident", datetime(2024, 12, 31, 23)), e("incident", datetime(2025, 2, 1, 0))]
    months = compute_insights(data, period="month")
    assert months.periods == [date(2024, 12, 1), date(2025, 1, 1), date(2025, 2, 1)]
    assert months.period_labels == ["Dec 2024", "Jan 2025", "Feb 2025"]
    assert months.counts_by_kind["incident"] == [1, 0, 1]
    years = compute_insights(data, period="year")
    assert years.period_labels == ["2024", "2025"]
    only_2025 = compute_insights(data, start=date(2025, 1, 1), period="month")
    assert only_2025.total == 1
    assert only_2025.periods == [date(2025, 1, 1), date(2025, 2, 1)]


def test_long_range_is_shown_by_a_longer_period() -> None:
    data = [e("tension", datetime(2020, 1, 1)), e("tension", datetime(2024, 1, 1))]
    ins = compute_insights(data, period="week")
    assert ins.requested_period == "week"
    assert ins.period == "month"
    assert len(ins.periods) <= MAX_PERIODS
    assert "Shown by month" in chart_captions(ins)["entries"]


def test_cycle_detection_and_time_between_incidents() -> None:
    ins = compute_insights(cycle_data())
    cycle = ins.cycle
    assert cycle.incidents == 3
    first, second, third = cycle.steps
    assert first.tension_lead_days == pytest.approx(2.0)
    assert first.reconciliation_after_days == pytest.approx(1.0)
    assert first.calm_days == pytest.approx(5.0)  # apology on the 4th, tension on the 9th
    assert first.full_cycle
    assert second.tension_lead_days == pytest.approx(1.0)
    assert second.reconciliation_after_days == pytest.approx(5.0)  # gift on the 15th
    assert second.calm_days == pytest.approx(5.0)  # next incident on the 20th
    assert third.tension_lead_days is None
    assert third.reconciliation_after_days is None
    assert cycle.reconciled == 2
    assert cycle.reconciled_within_window == 1  # only the first within 3 days
    assert cycle.full_cycles == 2
    assert cycle.gaps_days == [pytest.approx(7.0), pytest.approx(10.0)]
    assert cycle.gap_median == pytest.approx(8.5)
    assert (cycle.gap_min, cycle.gap_max) == (pytest.approx(7.0), pytest.approx(10.0))
    text = chart_captions(ins)["cycle"]
    assert "you recorded 3 incidents; 1 was followed within 3 days" in text
    assert "2 of the 3 incidents had tension recorded before and making up after" in text
    assert "from 7 days to 10 days, typically 9 days (half the gaps were shorter" in text


def test_evenly_spaced_incidents_are_described_without_a_range() -> None:
    start = datetime(2025, 1, 1, 20, 0)
    ins = compute_insights([e("incident", start + timedelta(days=6 * i)) for i in range(4)])
    text = chart_captions(ins)["cycle"]
    assert "Each incident came 6 days after the one before." in text
    assert "from 6 days to 6 days" not in text


def test_tension_long_before_or_before_a_reconciliation_does_not_lead_an_incident() -> None:
    data = [
        e("tension", at(1)),
        e("incident", at(20)),  # 19 days after the tension: longer than the look-back
        e("reconciliation", at(21)),
        e("tension", at(22)),
        e("reconciliation", at(23)),
        e("incident", at(24)),  # the last thing before it was making up, not tension
    ]
    steps = compute_insights(data).cycle.steps
    assert [s.tension_lead_days for s in steps] == [None, None]
    assert steps[0].reconciliation_after_days == pytest.approx(1.0)
    assert steps[0].calm_days == pytest.approx(1.0)
    assert steps[1].reconciliation_after_days is None


def test_all_incidents_followed_by_making_up_caption() -> None:
    data = []
    for week in range(6):
        start = at(1) + timedelta(days=7 * week)
        data.append(e("incident", start))
        data.append(e("reconciliation", start + timedelta(days=2)))
    text = chart_captions(compute_insights(data))["cycle"]
    assert "you recorded 6 incidents; all 6 were followed within 3 days" in text


def test_contact_attempts_after_leaving() -> None:
    data = [
        e("contact_attempt", at(1)),
        e("contact_attempt", at(10)),
        e("contact_attempt", at(11)),
        e("incident", at(2)),
    ]
    ins = compute_insights(data, left_on=date(2025, 3, 5))
    assert ins.cycle.contact_attempts_after_leaving == 2
    assert (
        "After 5 Mar 2025, the day you left, you recorded 2 contact attempts."
        in (chart_captions(ins)["cycle"])
    )
    assert compute_insights(data).cycle.contact_attempts_after_leaving is None


def test_behaviour_frequency_and_trend_between_halves() -> None:
    # Range 1..20 March: 20 days, the first half is 1..10 March.
    data = [
        e("incident", at(1), behaviours=["yelling", "blaming_you"]),
        e("incident", at(10), behaviours=["yelling"]),
        e("incident", at(11), behaviours=["yelling", "yelling", "hitting"]),
        e("incident", at(15), behaviours=["hitting"]),
        e("incident", at(20), behaviours=["hitting", "my own words"]),
    ]
    stats = {s.id: s for s in compute_insights(data).behaviours}
    assert (stats["yelling"].count, stats["yelling"].first_half, stats["yelling"].second_half) == (
        3,
        2,
        1,
    )
    assert stats["yelling"].trend == "fewer"
    assert (stats["hitting"].first_half, stats["hitting"].second_half) == (0, 3)
    assert stats["hitting"].trend == "more"
    assert stats["blaming_you"].trend == "fewer"
    assert stats["my own words"].label == "my own words"
    assert stats["yelling"].label == default_taxonomy().label("yelling") != "yelling"
    ordered = [s.id for s in compute_insights(data).behaviours]
    assert ordered[:2] in (["hitting", "yelling"], ["yelling", "hitting"])
    text = chart_captions(compute_insights(data))["behaviours"]
    assert "(0, then 3)" in text


def test_severity_and_emotions_over_time() -> None:
    data = [
        e("incident", at(3), severity=2, emotions={"fear": 8, "love": 4}),
        e("incident", at(4), severity=4, emotions={"fear": 6}),
        e("reflection", at(12), emotions={"fear": 1}),
        e("incident", at(18), severity=5),
    ]
    ins = compute_insights(data, period="week")  # weeks of 3, 10 and 17 March
    assert ins.severity_mean == [3.0, None, 5.0]
    assert ins.severity_max == [4, None, 5]
    assert ins.severity_count == 3
    assert ins.severity_halves == (3.0, 5.0)
    assert ins.emotion_mean["fear"] == [7.0, 1.0, None]
    assert ins.emotion_mean["love"] == [4.0, None, None]
    assert ins.emotion_records == {"fear": 3, "love": 1}
    assert ins.emotion_average["fear"] == pytest.approx(5.0)
    assert ins.top_emotions() == ["fear", "love"]
    assert ins.emotion_labels["love"] == "Love or attachment"
    caps = chart_captions(ins)
    assert (
        "average was 3.0 in the first half of this period and 5.0 in the second"
        in (caps["severity"])
    )
    assert "Fear (3 times, average 5.0 of 10)" in caps["emotions"]


def test_aware_and_naive_datetimes_mix() -> None:
    plus_two = timezone(timedelta(hours=2))
    data = [
        e("incident", datetime(2025, 3, 3, 23, 30, tzinfo=UTC)),  # 4 March 01:30 at +2
        e("incident", datetime(2025, 3, 4, 12, 0)),  # naive: local wall-clock time
        e("reconciliation", datetime(2025, 3, 4, 14, 0, tzinfo=plus_two)),
    ]
    ins = compute_insights(data, tz=plus_two, period="week")
    assert ins.start == date(2025, 3, 4)
    assert ins.total == 3
    assert ins.cycle.gaps_days == [pytest.approx(10.5 / 24)]
    assert ins.cycle.steps[1].reconciliation_after_days == pytest.approx(2 / 24)
    in_utc = compute_insights(data, tz=UTC)
    assert in_utc.start == date(2025, 3, 3)
    assert format_days(10.5 / 24) == "less than a day"


def test_empty_data_and_empty_range() -> None:
    ins = compute_insights([])
    assert ins.is_empty
    assert ins.periods == []
    assert ins.cycle.incidents == 0
    assert captions(ins) == ["Nothing recorded in this period yet."]
    outside = compute_insights(cycle_data(), start=date(2030, 1, 1), end=date(2030, 1, 31))
    assert outside.is_empty
    assert outside.total == 0
    assert captions(outside) == ["Nothing recorded in this period yet."]
    with pytest.raises(ValueError, match="start date is after"):
        compute_insights([], start=date(2025, 2, 1), end=date(2025, 1, 1))
    with pytest.raises(ValueError, match="Period"):
        compute_insights([], period="fortnight")


def test_checkins_parsed_gracefully_and_counted() -> None:
    doc = [
        {"date": "2025-03-02", "answers": {"hypervigilance": True, "isolation": True}, "note": ""},
        {"date": "2025-03-01", "answers": {"hypervigilance": True, "push_pull": False}},
        {"date": "not a date", "answers": {"isolation": True}},
        {"date": "2025-03-05", "answers": "yes"},
        {"date": "2025-03-06", "answers": {"isolation": "true", "loss_of_self": 1}},
        "junk",
        None,
    ]
    checks = parse_checkins(doc)
    assert [(c.day, c.flags) for c in checks] == [
        (date(2025, 3, 1), 1),
        (date(2025, 3, 2), 2),
        (date(2025, 3, 6), 0),
    ]
    for bad in (None, {}, "x", 5, [[1, 2]]):
        assert parse_checkins(bad) == []
    ins = compute_insights([], checkins=doc)
    assert not ins.is_empty
    assert (ins.start, ins.end) == (date(2025, 3, 1), date(2025, 3, 6))
    assert ins.flag_counts == {"hypervigilance": 2, "isolation": 1}
    text = chart_captions(ins)["checkins"]
    assert "3 red-flag check-ins" in text
    assert f"on average 1.0 of {len(RED_FLAGS)} signs" in text
    assert "“Always on alert (Hypervigilance)” (2 times)" in text
    ranged = compute_insights([], checkins=doc, start=date(2025, 3, 2))
    assert [c.day for c in ranged.checkins] == [date(2025, 3, 2), date(2025, 3, 6)]


def test_captions_describe_patterns_and_never_label() -> None:
    doc = [{"date": "2025-03-02", "answers": {"rationalizing": True}}]
    ins = compute_insights(cycle_data(), checkins=doc, left_on=date(2025, 3, 12), period="week")
    texts = captions(ins)
    assert len(texts) >= 5
    assert texts[0].startswith("From 1 Mar 2025 to 20 Mar 2025 you recorded 8 entries: 3 incidents")
    for text in texts:
        lowered = text.casefold()
        for word in FORBIDDEN:
            assert word not in lowered, (word, text)
