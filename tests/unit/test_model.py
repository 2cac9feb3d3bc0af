"""The journal entry model: validation with clear messages, and lossless round trips."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal.model import CONTENT_FIELDS, KINDS, PRECISIONS, Entry

START = datetime(2024, 3, 1, 21, 15)

# ------------------------------------------------------------------ strategies

# Real UTC offsets are whole minutes (sub-second offsets do not survive ISO 8601 text).
offsets = st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(lambda m: timezone(timedelta(minutes=m)))
moments = st.datetimes(
    min_value=datetime(1901, 1, 1), max_value=datetime(9997, 12, 31), timezones=st.none() | offsets
)
texts = st.text(max_size=60)
names = st.text(min_size=1, max_size=20)


@st.composite
def entries(draw: st.DrawFn) -> Entry:
    """Draw a valid entry with every field exercised."""
    start = draw(moments)
    end = None
    if draw(st.booleans()):
        end = start + draw(st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=400)))
    return Entry(
        kind=draw(st.sampled_from(KINDS)),
        occurred_start=start,
        occurred_end=end,
        occurred_precision=draw(st.sampled_from(PRECISIONS)),
        location=draw(texts),
        what_happened=draw(st.text(max_size=300)),
        words_used=draw(texts),
        behaviours=draw(st.lists(names, max_size=5)),
        severity=draw(st.none() | st.integers(1, 5)),
        injuries=draw(texts),
        medical_care=draw(texts),
        witnesses=draw(texts),
        children_present=draw(st.none() | st.booleans()),
        police_report=draw(texts),
        technology=draw(texts),
        emotions=draw(st.dictionaries(names, st.integers(0, 10), max_size=5)),
        body_responses=draw(st.lists(names, max_size=5)),
        reflection=draw(texts),
        tags=draw(st.lists(names, max_size=5)),
    )


def full_entry(**changes: object) -> Entry:
    """Return an entry with every field filled in."""
    values: dict[str, object] = {
        "kind": "incident",
        "occurred_start": START,
        "occurred_end": START + timedelta(hours=2),
        "occurred_precision": "approximate",
        "location": "Kitchen",
        "what_happened": "He threw the plate at the wall.",
        "words_used": "“Nobody will believe you.”",
        "behaviours": ["intimidation.throwing", "my own: slammed doors"],
        "severity": 4,
        "injuries": "Cut on left hand",
        "medical_care": "None",
        "witnesses": "Neighbour (Mrs. K.)",
        "children_present": True,
        "police_report": "Report 2024-00017",
        "technology": "He read my messages",
        "emotions": {"fear": 8, "shame": 3},
        "body_responses": ["shaking", "nausea"],
        "reflection": "I keep thinking it was my fault. It was not.",
        "tags": ["kitchen", "plates"],
        "told_myself": "It was only because of the stress at work.",
    }
    values.update(changes)
    return Entry(**values)  # type: ignore[arg-type]


def same_content(a: Entry, b: Entry) -> bool:
    """Compare entries strictly: equal fields and identical serialised times and offsets."""
    return a == b and a.content() == b.content()


# ------------------------------------------------------------------ round trips


def test_content_has_every_field_and_is_json() -> None:
    entry = full_entry()
    content = entry.content()
    assert set(content) == set(CONTENT_FIELDS)
    assert json.loads(json.dumps(content)) == content


def test_full_entry_round_trips_through_content() -> None:
    entry = full_entry()
    back = Entry.from_content(json.loads(json.dumps(entry.content())))
    assert same_content(back, entry)
    assert back.occurred_end == START + timedelta(hours=2)
    assert back.emotions == {"fear": 8, "shame": 3}
    assert back.children_present is True


def test_aware_time_keeps_its_offset_through_content() -> None:
    tz = timezone(timedelta(hours=-5))
    entry = full_entry(occurred_start=datetime(2024, 1, 1, 9, tzinfo=tz), occurred_end=None)
    back = Entry.from_content(entry.content())
    assert back.occurred_start.utcoffset() == timedelta(hours=-5)
    assert back.occurred_start.isoformat() == "2024-01-01T09:00:00-05:00"


def test_naive_time_stays_naive_through_content() -> None:
    back = Entry.from_content(full_entry().content())
    assert back.occurred_start.tzinfo is None
    assert back.occurred_start == START


def test_meta_is_passed_through_from_content() -> None:
    at = datetime(2024, 3, 2, tzinfo=UTC)
    back = Entry.from_content(full_entry().content(), id="abc", revision=3, recorded_at=at)
    assert (back.id, back.revision, back.recorded_at) == ("abc", 3, at)


@settings(max_examples=150, deadline=None)
@given(entries())
def test_any_entry_round_trips_through_json_content(entry: Entry) -> None:
    back = Entry.from_content(json.loads(json.dumps(entry.content())))
    assert same_content(back, entry)


def test_tuples_are_accepted_for_lists_and_stored_as_lists() -> None:
    entry = full_entry(behaviours=("a", "b"), tags=("x",))
    assert entry.behaviours == ["a", "b"]
    assert entry.tags == ["x"]


def test_none_text_becomes_empty() -> None:
    entry = Entry(kind="tension", occurred_start=START, location=None)  # type: ignore[arg-type]
    assert entry.location == ""


# ------------------------------------------------------------------ validation


@pytest.mark.parametrize("kind", ["", "Incident", "fight", None, 3])
def test_invalid_kind_is_refused(kind: object) -> None:
    with pytest.raises(ValueError, match="Kind must be one of"):
        Entry(kind=kind, occurred_start=START)  # type: ignore[arg-type]


@pytest.mark.parametrize("severity", [0, 6, -1, 100, True, False, 2.5, "3"])
def test_invalid_severity_is_refused(severity: object) -> None:
    with pytest.raises(ValueError, match="Severity must be empty or a whole number from 1 to 5"):
        Entry(kind="incident", occurred_start=START, severity=severity)  # type: ignore[arg-type]


@pytest.mark.parametrize("severity", [None, 1, 2, 3, 4, 5])
def test_valid_severity_is_accepted(severity: int | None) -> None:
    assert Entry(kind="incident", occurred_start=START, severity=severity).severity == severity


@given(st.integers().filter(lambda n: not 1 <= n <= 5))
def test_any_out_of_range_severity_is_refused(severity: int) -> None:
    with pytest.raises(ValueError, match="Severity"):
        Entry(kind="incident", occurred_start=START, severity=severity)


@pytest.mark.parametrize("level", [-1, 11, 1000, True, 2.5, "5", None])
def test_invalid_emotion_intensity_is_refused(level: object) -> None:
    with pytest.raises(ValueError, match=r"The intensity of 'fear' must be a whole number from 0"):
        Entry(kind="incident", occurred_start=START, emotions={"fear": level})  # type: ignore[dict-item]


@pytest.mark.parametrize("name", ["", 3, None])
def test_emotion_without_a_name_is_refused(name: object) -> None:
    with pytest.raises(ValueError, match="Each emotion needs a name"):
        Entry(kind="incident", occurred_start=START, emotions={name: 3})  # type: ignore[dict-item]


def test_emotions_must_be_a_mapping() -> None:
    with pytest.raises(ValueError, match="Emotions must map a name"):
        Entry(kind="incident", occurred_start=START, emotions=[("fear", 3)])  # type: ignore[arg-type]


@pytest.mark.parametrize("level", [0, 10])
def test_emotion_intensity_bounds_are_accepted(level: int) -> None:
    assert Entry(kind="incident", occurred_start=START, emotions={"fear": level}).emotions == {
        "fear": level
    }


@pytest.mark.parametrize("precision", ["", "Exact", "roughly", None])
def test_invalid_precision_is_refused(precision: object) -> None:
    with pytest.raises(ValueError, match="Precision must be one of exact, day, approximate"):
        Entry(kind="incident", occurred_start=START, occurred_precision=precision)  # type: ignore[arg-type]


def test_end_before_start_is_refused() -> None:
    with pytest.raises(ValueError, match="end of what happened cannot be before its start"):
        Entry(kind="incident", occurred_start=START, occurred_end=START - timedelta(minutes=1))


def test_end_before_start_is_refused_across_time_zones() -> None:
    start = datetime(2024, 1, 1, 12, tzinfo=UTC)
    end = datetime(2024, 1, 1, 12, 30, tzinfo=timezone(timedelta(hours=1)))  # 11:30 UTC
    with pytest.raises(ValueError, match="cannot be before its start"):
        Entry(kind="incident", occurred_start=start, occurred_end=end)


def test_end_equal_to_start_is_accepted() -> None:
    assert Entry(kind="incident", occurred_start=START, occurred_end=START).occurred_end == START


@pytest.mark.parametrize("start", [None, "2024-01-01", 1700000000, datetime(1800, 1, 1)])
def test_invalid_start_is_refused(start: object) -> None:
    with pytest.raises(ValueError, match="occurred_start must be"):
        Entry(kind="incident", occurred_start=start)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["location", "what_happened", "words_used", "reflection"])
def test_text_fields_must_be_text(name: str) -> None:
    with pytest.raises(ValueError, match=f"{name} must be text"):
        Entry(kind="incident", occurred_start=START, **{name: 5})  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["behaviours", "body_responses", "tags"])
@pytest.mark.parametrize("value", ["shaking", [1, 2], {"a": 1}, 3])
def test_list_fields_must_be_lists_of_text(name: str, value: object) -> None:
    with pytest.raises(ValueError, match=f"{name} must be a list of text"):
        Entry(kind="incident", occurred_start=START, **{name: value})  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["yes", 1, 0])
def test_children_present_must_be_yes_no_or_unknown(value: object) -> None:
    with pytest.raises(ValueError, match="Children present"):
        Entry(kind="incident", occurred_start=START, children_present=value)  # type: ignore[arg-type]


def test_entries_are_immutable() -> None:
    entry = full_entry()
    with pytest.raises(AttributeError):
        entry.location = "elsewhere"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "must be a mapping"),
        ("text", "must be a mapping"),
        ({"kind": "incident"}, "needs a kind and a time"),
        ({"occurred_start": "2024-01-01T00:00:00"}, "needs a kind and a time"),
        ({"kind": "incident", "occurred_start": 5}, "occurred_start must be an ISO"),
        ({"kind": "incident", "occurred_start": "yesterday"}, "yesterday"),
        ({"kind": "incident", "occurred_start": "2024-01-01", "mood": 3}, "Unknown entry fields"),
        ({"kind": "bad", "occurred_start": "2024-01-01T00:00:00"}, "Kind must be one of"),
    ],
)
def test_malformed_content_raises_value_error(data: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Entry.from_content(data)


def test_what_i_told_myself_is_optional_and_searchable() -> None:
    plain = Entry(kind="incident", occurred_start=datetime(2025, 3, 4, 20), what_happened="x")
    assert plain.told_myself == ""
    assert "told_myself" not in plain.content()  # stored exactly as before the field existed
    assert Entry.from_content(plain.content()).told_myself == ""
    told = Entry(
        kind="incident",
        occurred_start=datetime(2025, 3, 4, 20),
        told_myself="He was just tired, it will not happen again",
    )
    again = Entry.from_content(told.content())
    assert again.told_myself == told.told_myself
    assert "just tired" in again.searchable_text()
    with pytest.raises(ValueError):
        Entry(kind="incident", occurred_start=datetime(2025, 3, 4), told_myself=5)  # type: ignore[arg-type]
