"""Entries as the vault stores them: `entry_from_stored` builds one with the checks of
`Entry` run on whole groups of fields at once (unlocking builds every entry)."""

from __future__ import annotations

import operator
from datetime import datetime
from typing import Any

from journal.model import (
    _CONTENT_SET,
    _KIND_SET,
    _PRECISION_SET,
    LIST_FIELDS,
    MAX_ITEM_CHARS,
    MAX_ITEMS,
    MAX_TEXT,
    TEXT_FIELDS,
    Entry,
    _field_defaults,
    _utc,
)

_TEXT_OF = operator.itemgetter(*TEXT_FIELDS)
_BEHAVIOURS, _RESPONSES, _TAGS = LIST_FIELDS


def entry_from_stored(
    data: Any, *, id: str | None, revision: int, recorded_at: datetime | None
) -> Entry:
    """Return what `Entry.from_content(data, id=..., revision=..., recorded_at=...)` returns
    (the same entry, or the same error), quicker for content as the vault stores it.

    Unlocking builds every entry of the journal. Here the checks of `_validate` run on whole
    groups of fields at once (all text fields joined, all list items joined, …); anything
    unusual, including every case `_validate` would refuse, goes to `from_content`, so the
    result is always its result (tests/unit/test_model_stored.py compares the two)."""
    entry = _quick_entry(data, id, revision, recorded_at)
    if entry is None:
        return Entry.from_content(data, id=id, revision=revision, recorded_at=recorded_at)
    return entry


def _storable(text: str) -> bool:
    """Return True when UTF-8 can store `text` (no lone surrogate): `_check_characters`."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _quick_entry(data: Any, entry_id: Any, revision: Any, recorded_at: Any) -> Entry | None:
    """Return the entry when `data` passes every check in the usual way, else None."""
    if type(data) is not dict or not data.keys() <= _CONTENT_SET:
        return None
    entry = object.__new__(Entry)
    state = entry.__dict__
    state.update(_field_defaults())
    state.update(data)
    kind, precision = state.get("kind"), state["occurred_precision"]
    raw_start, raw_end = state.get("occurred_start"), state["occurred_end"]
    behaviours, responses, tags = state[_BEHAVIOURS], state[_RESPONSES], state[_TAGS]
    emotions, severity, children = state["emotions"], state["severity"], state["children_present"]
    if not (
        type(kind) is str
        and kind in _KIND_SET
        and type(precision) is str
        and precision in _PRECISION_SET
        and type(raw_start) is str
        and (raw_end is None or type(raw_end) is str)
        and (recorded_at is None or type(recorded_at) is datetime)
        and (entry_id is None or type(entry_id) is str)
        and type(revision) is int
        and type(behaviours) is list
        and type(responses) is list
        and type(tags) is list
        and len(behaviours) <= MAX_ITEMS
        and len(responses) <= MAX_ITEMS
        and len(tags) <= MAX_ITEMS
        and type(emotions) is dict
        and len(emotions) <= MAX_ITEMS
        and "" not in emotions
        and all(type(level) is int and 0 <= level <= 10 for level in emotions.values())
        and (severity is None or (type(severity) is int and 1 <= severity <= 5))
        and (children is None or type(children) is bool)
    ):
        return None
    try:  # TypeError: something that is not text where text belongs
        texts = "".join(_TEXT_OF(state))
        items = [*behaviours, *responses, *tags]
        joined_items = "".join(items)
        names = "".join(emotions)
        start = datetime.fromisoformat(raw_start)
        end = None if raw_end is None else datetime.fromisoformat(raw_end)
    except (TypeError, ValueError):
        return None
    if not (
        len(texts) <= MAX_TEXT  # all of them together, so each one
        and (len(joined_items) <= MAX_ITEM_CHARS or max(map(len, items)) <= MAX_ITEM_CHARS)
        and (len(names) <= MAX_ITEM_CHARS or max(map(len, emotions)) <= MAX_ITEM_CHARS)
        and _storable(texts + joined_items + names)
        and 1900 <= start.year <= 9998
        and (end is None or 1900 <= end.year <= 9998)
        and (recorded_at is None or 1900 <= recorded_at.year <= 9998)
        and (end is None or not _utc(end) < _utc(start))
    ):
        return None
    state["occurred_start"], state["occurred_end"] = start, end
    state[_BEHAVIOURS], state[_RESPONSES], state[_TAGS] = (
        list(behaviours),
        list(responses),
        list(tags),
    )
    state["emotions"] = dict(emotions)
    state["id"], state["revision"], state["recorded_at"] = entry_id, revision, recorded_at
    return entry
