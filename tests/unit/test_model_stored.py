"""`entry_from_stored` (what unlocking uses) gives exactly what `Entry.from_content` gives: the
same entry, or the same error, for stored content and for anything else put in its place."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal.model import (
    CONTENT_FIELDS,
    LIST_FIELDS,
    MAX_ITEM_CHARS,
    MAX_ITEMS,
    MAX_TEXT,
    TEXT_FIELDS,
    Entry,
)
from journal.model_stored import entry_from_stored
from tests.unit.test_model import entries, full_entry

RECORDED = datetime(2024, 6, 1, 8, 30, tzinfo=UTC)


def outcome(build: Any, data: Any, **meta: Any) -> tuple[Any, ...]:
    """The entry built (its fields with their exact types), or the error raised."""
    try:
        entry = build(data, **meta)
    except Exception as exc:  # the very error is what is compared
        return ("error", type(exc), str(exc))
    return ("entry", entry, [(key, type(value), value) for key, value in entry.__dict__.items()])


def same(data: Any, **meta: Any) -> None:
    meta = {"id": "e1", "revision": 1, "recorded_at": RECORDED, **meta}
    expected = outcome(Entry.from_content, data, **meta)
    got = outcome(entry_from_stored, data, **meta)
    if expected[0] == "entry":
        assert got[0] == "entry"
        assert got[1] == expected[1]
        assert sorted(got[2], key=repr) == sorted(expected[2], key=repr)
    else:
        assert got == expected


def stored(entry: Entry) -> dict[str, Any]:
    """The content as the vault stores and reads it back (JSON)."""
    return json.loads(json.dumps(entry.content()))


@settings(max_examples=300, deadline=None)
@given(entries())
def test_any_stored_entry_is_built_the_same(entry: Entry) -> None:
    same(stored(entry))


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers(-20, 20) | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=6,
)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(CONTENT_FIELDS), JSONISH)
def test_any_value_in_any_field_ends_the_same(name: str, value: Any) -> None:
    data = stored(full_entry())
    data[name] = value
    same(data)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(CONTENT_FIELDS))
def test_any_missing_field_ends_the_same(name: str) -> None:
    data = stored(full_entry())
    del data[name]
    same(data)


def surrogate_cases() -> list[tuple[str, Any]]:
    cases: list[tuple[str, Any]] = [(name, "broken \ud800 pair") for name in TEXT_FIELDS]
    cases += [(name, ["ok", "broken \udfff"]) for name in LIST_FIELDS]
    cases += [("emotions", {"fear\ud83d": 3}), ("what_happened", "\ud83d"), ("tags", ["\ude00"])]
    return cases


def boundary_cases() -> list[tuple[str, Any]]:
    cases: list[tuple[str, Any]] = []
    for name in TEXT_FIELDS:
        cases += [(name, "x" * MAX_TEXT), (name, "x" * (MAX_TEXT + 1)), (name, None), (name, 5)]
    for name in LIST_FIELDS:
        cases += [
            (name, ["t"] * MAX_ITEMS),
            (name, ["t"] * (MAX_ITEMS + 1)),
            (name, ["x" * MAX_ITEM_CHARS, "y" * MAX_ITEM_CHARS]),
            (name, ["x" * (MAX_ITEM_CHARS + 1)]),
            (name, ("a", "b")),
            (name, None),
            (name, "not a list"),
            (name, ["a", 1]),
            (name, [None]),
            (name, ["ñandú", "日本"]),
        ]
    many = {f"feeling {i}": i % 11 for i in range(MAX_ITEMS)}
    cases += [
        ("emotions", many),
        ("emotions", {**many, "one more": 1}),
        ("emotions", {"x" * MAX_ITEM_CHARS: 1, "y" * MAX_ITEM_CHARS: 2}),
        ("emotions", {"x" * (MAX_ITEM_CHARS + 1): 1}),
        ("emotions", {"": 1}),
        ("emotions", {"fear": True}),
        ("emotions", {"fear": 11}),
        ("emotions", {"fear": -1}),
        ("emotions", {"fear": 2.0}),
        ("emotions", {"fear": None}),
        ("emotions", None),
        ("emotions", []),
        ("emotions", {"miedo": 0, "alegría": 10}),
        ("severity", 0),
        ("severity", 6),
        ("severity", True),
        ("severity", 3.0),
        ("severity", "3"),
        ("children_present", 0),
        ("children_present", "yes"),
        ("kind", ["incident"]),
        ("kind", {"incident": 1}),
        ("kind", "INCIDENT"),
        ("occurred_precision", ["exact"]),
        ("occurred_precision", None),
        ("occurred_start", "1899-12-31T23:59:00"),
        ("occurred_start", "1900-01-01T00:00:00"),
        ("occurred_start", "9998-12-31T23:59:00"),
        ("occurred_start", "9999-01-01T00:00:00"),
        ("occurred_start", "not a date"),
        ("occurred_start", None),
        ("occurred_start", 20240101),
        ("occurred_end", "2024-03-01T21:14:59"),  # one second before the start
        ("occurred_end", "2024-03-01T21:15:00"),
        ("occurred_end", "2024-03-01T20:15:00-01:00"),  # the same moment, elsewhere
        ("occurred_end", "2024-03-01T21:15:00+05:00"),  # earlier, once in UTC
        ("occurred_end", "9999-01-01T00:00:00"),
        ("occurred_end", 5),
    ]
    return cases


@pytest.mark.parametrize(("name", "value"), surrogate_cases() + boundary_cases(), ids=repr)
def test_edge_values_end_the_same(name: str, value: Any) -> None:
    data = stored(full_entry(occurred_start=datetime(2024, 3, 1, 21, 15)))
    data[name] = value
    same(data)


@pytest.mark.parametrize(
    "data",
    [None, [], "text", 5, {}, {"kind": "incident"}, {"unknown": 1}, {"occurred_start": "x"}],
    ids=repr,
)
def test_content_that_is_no_entry_ends_the_same(data: Any) -> None:
    same(data)


@pytest.mark.parametrize(
    "meta",
    [
        {"id": None},
        {"id": 5},
        {"revision": True},
        {"revision": 2.0},
        {"recorded_at": None},
        {"recorded_at": datetime(1899, 12, 31)},
        {"recorded_at": "2024-06-01"},
        {"recorded_at": datetime(2024, 6, 1, tzinfo=timezone(timedelta(hours=-7)))},
    ],
    ids=repr,
)
def test_unusual_meta_ends_the_same(meta: dict[str, Any]) -> None:
    same(stored(full_entry()), **meta)


def test_the_built_entry_shares_no_list_with_the_stored_content() -> None:
    data = stored(full_entry())
    entry = entry_from_stored(data, id="e1", revision=1, recorded_at=RECORDED)
    for name in LIST_FIELDS:
        assert getattr(entry, name) == data[name]
        assert getattr(entry, name) is not data[name]
    assert entry.emotions is not data["emotions"]
