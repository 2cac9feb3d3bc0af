"""The year calendar, promises and what followed, feelings by kind (crafted entries, no display)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from journal.insights import (
    DayMark,
    calendar_caption,
    calendar_span,
    chart_captions,
    compute_insights,
    entry_day,
    month_starts,
    month_summary,
    outcome_text,
    promises,
    promises_caption,
    year_calendar,
)
from journal.model import Entry
from journal.severity import SEVERITY_ANCHORS, severity_label, severity_legend

FORBIDDEN = ("abus", "narcissis", "trauma bond", "toxic", "victim", "manipulat", "perpetrator")


def e(kind: str, when: datetime, **kw: object) -> Entry:
    return Entry(kind=kind, occurred_start=when, **kw)  # type: ignore[arg-type]


def at(day: int, hour: int = 12, month: int = 3) -> datetime:
    return datetime(2025, month, day, hour)


# ----------------------------------------------------------------- calendar


def test_calendar_marks_highest_severity_and_kinds_of_each_day() -> None:
    data = [
        e("incident", at(3, 9), severity=2, id="a"),
        e("incident", at(3, 21), severity=4, id="b"),
        e("reconciliation", at(3, 22), id="c"),
        e("tension", at(5)),
        e("reflection", at(7), severity=1),
    ]
    marks = year_calendar(data, date(2025, 3, 31))
    assert marks[date(2025, 3, 3)] == DayMark(4, ("incident", "reconciliation"), 3, ("a", "b", "c"))
    assert marks[date(2025, 3, 5)] == DayMark(None, ("tension",), 1, ())
    assert marks[date(2025, 3, 7)].severity == 1
    assert not marks[date(2025, 3, 7)].has_incident
    assert marks[date(2025, 3, 3)].has_incident
    assert list(marks) == sorted(marks)


def test_calendar_keeps_only_the_days_asked_for() -> None:
    data = [e("incident", at(1)), e("incident", at(10)), e("incident", at(20))]
    marks = year_calendar(data, date(2025, 3, 10), days=10)  # 1 to 10 March
    assert set(marks) == {date(2025, 3, 1), date(2025, 3, 10)}
    assert year_calendar(data, date(2025, 3, 10), days=1).keys() == {date(2025, 3, 10)}
    with pytest.raises(ValueError):
        year_calendar(data, date(2025, 3, 10), days=0)
    assert year_calendar([], date(2025, 3, 10)) == {}


def test_calendar_default_is_a_year_ending_on_the_day() -> None:
    end = date(2025, 3, 10)
    data = [
        e("incident", datetime(2024, 3, 10, 12)),  # 366 days before: 2024 is a leap year
        e("incident", datetime(2024, 3, 11, 12)),  # the first of the 365 days
    ]
    assert set(year_calendar(data, end)) == {date(2024, 3, 11)}


def test_calendar_time_zones_and_day_only_entries() -> None:
    plus_ten = timezone(timedelta(hours=10))
    late_utc = datetime(2025, 3, 3, 20, 0, tzinfo=UTC)  # 4 March, 06:00 at UTC+10
    day_only = datetime(2025, 3, 3, 0, 0, tzinfo=UTC)  # "day known": stays on 3 March
    approx = datetime(2025, 3, 3, 23, 0, tzinfo=UTC)
    data = [
        e("incident", late_utc, severity=3),
        e("tension", day_only, occurred_precision="day"),
        e("reflection", approx, occurred_precision="approximate"),
    ]
    marks = year_calendar(data, date(2025, 3, 31), tz=plus_ten)
    assert marks[date(2025, 3, 4)].kinds == ("incident", "reflection")
    assert marks[date(2025, 3, 3)].kinds == ("tension",)
    minus_five = timezone(timedelta(hours=-5))
    assert entry_day(data[1], minus_five) == date(2025, 3, 3)  # not moved to 2 March
    assert entry_day(data[0], minus_five) == date(2025, 3, 3)
    assert entry_day(e("incident", at(3, 23)), plus_ten) == date(2025, 3, 3)  # naive: as is


def test_calendar_span_is_twelve_whole_months_up_to_the_day() -> None:
    first, days = calendar_span(date(2025, 3, 10))
    assert first == date(2024, 4, 1)
    assert first + timedelta(days=days - 1) == date(2025, 3, 10)
    assert calendar_span(date(2025, 12, 31), months=1) == (date(2025, 12, 1), 31)
    assert len(month_starts(first, date(2025, 3, 10))) == 12
    assert month_starts(date(2024, 12, 31), date(2025, 1, 1)) == [
        date(2024, 12, 1),
        date(2025, 1, 1),
    ]


def test_month_summary_and_caption_are_plain_text() -> None:
    data = [
        e("incident", at(3), severity=2),
        e("incident", at(12), severity=4),
        e("incident", at(20), severity=4),
        e("tension", at(11)),
    ]
    marks = year_calendar(data, date(2025, 3, 31))
    text = month_summary(date(2025, 3, 1), marks)
    assert text == (
        "March 2025: entries on 4 days; incidents on 3 days (highest severity 4, on 12 March); "
        "times of tension on 1 day."
    )
    assert month_summary(date(2025, 2, 1), marks) == "February 2025: nothing recorded."
    caption = calendar_caption(marks, date(2025, 3, 1), date(2025, 3, 31))
    assert caption == (
        "From 1 Mar 2025 to 31 Mar 2025 you recorded entries on 4 days, "
        "with an incident on 3 of them."
    )
    assert "nothing was recorded" in calendar_caption({}, date(2025, 1, 1), date(2025, 1, 2))
    for sentence in (text, caption):
        assert not any(word in sentence.casefold() for word in FORBIDDEN)


# ----------------------------------------------------------------- promises


def test_promises_count_the_incidents_that_followed() -> None:
    data = [
        e("incident", at(1), severity=3),
        e("reconciliation", at(2), behaviours=["promises_to_change", "love_bombing"], id="p1"),
        e("incident", at(10)),
        e("incident", at(28, month=3)),
        e("incident", datetime(2025, 5, 20, 12)),  # 79 days after 2 March
        e("incident", datetime(2025, 6, 5, 12)),  # 95 days after: outside 90
    ]
    (only,) = promises(data)
    assert only.entry_id == "p1"
    assert only.day == date(2025, 3, 2)
    assert only.behaviours == ("promises_to_change",)
    assert only.next_incident == date(2025, 3, 10)
    assert only.days_until_next == 8
    assert only.within_window == 2  # 10 and 28 March
    assert only.within_90 == 3
    assert promises(data, window_days=7)[0].within_window == 0
    assert promises(data, window_days=8)[0].within_window == 1  # the window's last day counts


def test_promise_with_no_incident_after_it() -> None:
    data = [e("incident", at(1)), e("contact_attempt", at(5), behaviours=["gifts_after_leaving"])]
    (only,) = promises(data)
    assert only.next_incident is None and only.days_until_next is None
    assert only.within_window == only.within_90 == 0
    assert "No incident recorded after it" in outcome_text(only, {})
    assert promises([e("incident", at(1))]) == []
    assert promises_caption([]) == ""


def test_several_promises_on_one_day_are_each_listed() -> None:
    data = [
        e("reconciliation", at(4, 9), behaviours=["apology_after_harm"], id="a"),
        e("reconciliation", at(4, 18), behaviours=["gifts_after_harm"], id="b"),
        e("incident", at(4, 12), id="i1"),  # between the two, same day, exact times
        e("incident", at(6), id="i2"),
    ]
    first, second = promises(data)
    assert (first.entry_id, second.entry_id) == ("a", "b")
    assert first.next_incident == date(2025, 3, 4) and first.days_until_next == 0
    assert first.within_window == 2
    assert second.next_incident == date(2025, 3, 6) and second.within_window == 1
    caption = promises_caption([first, second])
    assert caption.startswith("After 2 of 2 recorded promises, apologies or gifts, another")


def test_same_day_without_exact_time_is_not_counted_as_after() -> None:
    data = [
        e("reconciliation", at(4, 0), behaviours=["promises_to_change"], occurred_precision="day"),
        e("incident", at(4, 20)),  # same day, order unknown
        e("incident", at(5, 1), occurred_precision="approximate"),
    ]
    (only,) = promises(data)
    assert only.next_incident == date(2025, 3, 5)
    assert only.within_window == 1


def test_an_incident_that_records_an_apology_does_not_follow_itself() -> None:
    data = [e("incident", at(4), behaviours=["apology_after_harm"], id="x")]
    (only,) = promises(data)
    assert only.next_incident is None


def test_promises_across_time_zones_use_local_days() -> None:
    plus_ten = timezone(timedelta(hours=10))
    data = [
        e("reconciliation", datetime(2025, 3, 4, 13, tzinfo=UTC), behaviours=["gifts_after_harm"]),
        e("incident", datetime(2025, 3, 4, 15, tzinfo=UTC)),  # 5 March 01:00 at UTC+10
    ]
    (only,) = promises(data, tz=plus_ten)
    assert only.day == date(2025, 3, 4)  # 23:00 local
    assert only.next_incident == date(2025, 3, 5) and only.days_until_next == 1


def test_promises_caption_describes_without_judging() -> None:
    data = [e("incident", at(1))]
    for day in (2, 4, 6, 8, 10, 12):
        data.append(e("reconciliation", at(day, 8), behaviours=["promises_to_change"]))
    data.append(e("incident", at(11)))
    outcomes = promises(data)
    caption = promises_caption(outcomes)
    assert caption.startswith(
        "After 5 of 6 recorded promises, apologies or gifts, another incident was recorded "
        "within 30 days."
    )
    assert "After 1 of them, no incident has been recorded since." in caption
    recent = promises_caption(outcomes, as_of=date(2025, 3, 20))
    assert "6 of them were recorded less than 30 days before 20 Mar 2025" in recent
    one = promises_caption(outcomes[-1:])
    assert one.startswith("After the 1 recorded promise, apology or gift, no incident was")
    line = outcome_text(outcomes[0], {"promises_to_change": "Promises to change"})
    assert line == (
        "2 Mar 2025: Promises to change. Next incident 11 Mar 2025 (9 days later); incidents "
        "within 30 days: 1; within 90 days: 1."
    )
    for text in (caption, recent, one, line):
        assert not any(word in text.casefold() for word in FORBIDDEN)


# ----------------------------------------------------------------- feelings by kind, body


def test_feelings_by_kind_side_by_side() -> None:
    data = [
        e("incident", at(1), emotions={"fear": 9, "shame": 4}),
        e("incident", at(2), emotions={"fear": 7}),
        e("tension", at(3), emotions={"fear": 5, "on_edge": 8}),
        e("reconciliation", at(4), emotions={"relief": 8, "love": 6}),
        e("reconciliation", at(5), emotions={"relief": 6}),
        e("contact_attempt", at(6), emotions={"longing": 7}),
        e("reflection", at(7), emotions={"fear": 1, "hope": 5}),  # not compared by kind
    ]
    ins = compute_insights(data)
    assert ins.emotion_by_kind["fear"] == {"incident": 8.0, "tension": 5.0}
    assert ins.emotion_by_kind_records["fear"] == {"incident": 2, "tension": 1}
    assert ins.emotion_by_kind["relief"] == {"reconciliation": 7.0}
    assert "hope" not in ins.emotion_by_kind
    text = chart_captions(ins)["feelings_by_kind"]
    assert text == (
        "The strongest average feeling recorded for incidents: fear (average 8.0 of 10); "
        "times of tension: on edge (walking on eggshells) (average 8.0 of 10); "
        "reconciliations: relief (average 7.0 of 10); "
        "contact attempts: longing to make contact (average 7.0 of 10)."
    )


def test_body_responses_over_time() -> None:
    data = [
        e("incident", at(3), body_responses=["shaking", "nausea"]),
        e("tension", at(4), body_responses=["shaking", "shaking"]),
        e("incident", at(12), body_responses=["shaking"]),
        e("reflection", at(13)),
    ]
    ins = compute_insights(data, period="week", start=date(2025, 3, 3), end=date(2025, 3, 16))
    assert ins.body_counts == {"shaking": [2, 1], "nausea": [1, 0]}
    assert ins.body_labels["shaking"] == "Shaking or trembling"
    assert ins.top_body() == ["shaking", "nausea"]
    assert chart_captions(ins)["body"] == (
        "Body responses recorded most often: shaking or trembling (3 times) and nausea (once)."
    )
    assert chart_captions(compute_insights([]))["body"] == ""


# ----------------------------------------------------------------- severity anchors


def test_severity_anchors_cover_one_to_five() -> None:
    assert sorted(SEVERITY_ANCHORS) == [1, 2, 3, 4, 5]
    assert "weapon" in SEVERITY_ANCHORS[5].casefold()
    assert severity_label(3) == "3 – beaten up"
    assert len(severity_legend()) == 5
    assert all(line[0] in "12345" for line in severity_legend())
