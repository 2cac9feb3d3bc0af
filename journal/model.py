"""The journal entry: fields advocates and therapists ask for (docs/DESIGN.md §3)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from journal.fields import ENTRY_FIELDS, Kind, Precision, Shape, field_label, names
from journal.i18n import Language, format_number, language, translate


class Labels(Mapping[str, str]):
    """Readable names by stored value, read in the language in force when looked up."""

    def __init__(self, members: Iterable[Kind | Precision]) -> None:
        self._members: dict[str, Kind | Precision] = {m.value: m for m in members}

    def __getitem__(self, key: str) -> str:
        return self._members[key].label

    def __iter__(self) -> Iterator[str]:
        return iter(self._members)

    def __len__(self) -> int:
        return len(self._members)


# Kinds, precisions and fields are defined once, in journal.fields; these names are kept
# for the many callers that want plain tuples and mappings.
KINDS: tuple[str, ...] = tuple(kind.value for kind in Kind)
# An ordinary, calm day is recorded as a "reflection" (its label says so) rather than as a new
# kind: every app that reads format version 1 accepts these five kinds, and an unknown kind
# would make an older copy of the app report the entry as damaged.
# Both mappings translate when read: `KIND_LABELS[kind]` is in the current language.
KIND_LABELS: Mapping[str, str] = Labels(Kind)
PRECISIONS: tuple[str, ...] = tuple(p.value for p in Precision)
PRECISION_LABELS: Mapping[str, str] = Labels(Precision)

TEXT_FIELDS: tuple[str, ...] = names(tuple(f for f in ENTRY_FIELDS if f.shape is Shape.TEXT))
LIST_FIELDS: tuple[str, ...] = names(tuple(f for f in ENTRY_FIELDS if f.shape is Shape.LIST))
CONTENT_FIELDS: tuple[str, ...] = names(ENTRY_FIELDS)
# Fields added after format version 1: stored only when not empty (see `Entry.content`).
OMITTED_WHEN_EMPTY: frozenset[str] = frozenset({"told_myself"})
MAX_TEXT = 1_000_000  # characters in one text field (docs/VAULT_FORMAT.md lists the limits)
MAX_ITEMS = 200  # tags, behaviours, body responses or emotions in one entry
MAX_ITEM_CHARS = 200  # characters in one tag, behaviour id, body response or emotion name
_CONTENT_SET = frozenset(CONTENT_FIELDS)
_KIND_SET = frozenset(KINDS)
_PRECISION_SET = frozenset(PRECISIONS)


@dataclass(frozen=True)
class Entry:
    """One journal entry; `id`, `revision` and `recorded_at` are assigned by the vault."""

    kind: str
    occurred_start: datetime
    occurred_end: datetime | None = None
    occurred_precision: str = "exact"
    location: str = ""
    what_happened: str = ""
    words_used: str = ""
    behaviours: list[str] = field(default_factory=list)
    severity: int | None = None
    injuries: str = ""
    medical_care: str = ""
    witnesses: str = ""
    children_present: bool | None = None
    police_report: str = ""
    technology: str = ""
    emotions: dict[str, int] = field(default_factory=dict)
    body_responses: list[str] = field(default_factory=list)
    reflection: str = ""
    tags: list[str] = field(default_factory=list)
    told_myself: str = ""
    id: str | None = None
    revision: int = 0
    recorded_at: datetime | None = None

    def __post_init__(self) -> None:
        _validate(self)

    def content(self) -> dict[str, Any]:
        """Return the user-written fields as plain JSON-ready data.

        "told_myself" is left out when empty: an entry without it is stored (and hashed)
        exactly as before the field existed, so older copies of the app still read it.
        """
        data: dict[str, Any] = {
            "kind": self.kind,
            "occurred_start": self.occurred_start.isoformat(),
            "occurred_end": self.occurred_end.isoformat() if self.occurred_end else None,
            "occurred_precision": self.occurred_precision,
            "location": self.location,
            "what_happened": self.what_happened,
            "words_used": self.words_used,
            "behaviours": list(self.behaviours),
            "severity": self.severity,
            "injuries": self.injuries,
            "medical_care": self.medical_care,
            "witnesses": self.witnesses,
            "children_present": self.children_present,
            "police_report": self.police_report,
            "technology": self.technology,
            "emotions": dict(self.emotions),
            "body_responses": list(self.body_responses),
            "reflection": self.reflection,
            "tags": list(self.tags),
        }
        if self.told_myself:  # one of OMITTED_WHEN_EMPTY
            data["told_myself"] = self.told_myself
        return data

    @classmethod
    def from_content(
        cls,
        data: Any,
        *,
        id: str | None = None,
        revision: int = 0,
        recorded_at: datetime | None = None,
    ) -> Entry:
        """Build an entry from `content()` output; raise `ValueError` if it is malformed."""
        if not isinstance(data, dict):
            raise ValueError("Entry data must be a mapping.")
        if not data.keys() <= _CONTENT_SET:
            unknown = set(data) - _CONTENT_SET
            raise ValueError(f"Unknown entry fields: {', '.join(sorted(unknown))}.")
        values = dict(data)
        for name in ("occurred_start", "occurred_end"):
            raw = values.get(name)
            if raw is not None:
                if not isinstance(raw, str):
                    raise ValueError(f"{name} must be an ISO date-time.")
                values[name] = datetime.fromisoformat(raw)
        if "kind" not in values or "occurred_start" not in values:
            raise ValueError("An entry needs a kind and a time it happened.")
        # The same checks as the constructor, without its keyword handling: unlocking builds
        # every entry of the journal this way, so it is worth the few lines.
        entry = object.__new__(cls)
        state = entry.__dict__
        state.update(_field_defaults())
        state.update(values)
        state["id"] = id
        state["revision"] = revision
        state["recorded_at"] = recorded_at
        _validate(entry)
        return entry

    def with_meta(self, *, id: str, revision: int, recorded_at: datetime) -> Entry:
        """Return a copy carrying the vault-assigned id, revision and recording time."""
        return dataclasses.replace(self, id=id, revision=revision, recorded_at=recorded_at)

    def searchable_text(self) -> str:
        """Return all text fields joined and case-folded, for case-insensitive search."""
        return self.search_source().casefold()

    def search_source(self) -> str:
        """Return all text fields joined, before case-folding (see `searchable_text`)."""
        parts = [getattr(self, name) for name in TEXT_FIELDS]
        parts.extend(self.behaviours)
        parts.extend(self.body_responses)
        parts.extend(self.tags)
        parts.extend(self.emotions)
        parts.append(_search_labels().get(self.kind, self.kind))
        return "\n".join(parts)

    def sort_key(self) -> tuple[datetime, str]:
        """Return a key ordering entries by when they happened, as local wall-clock time."""
        start = self.occurred_start
        if start.tzinfo is not None:
            start = start.astimezone().replace(tzinfo=None)
        return (start, self.id or "")


_SEARCH_LABELS: dict[Language, dict[str, str]] = {}


def _search_labels() -> dict[str, str]:
    """Return the kinds' labels in the current language (searched as part of each entry)."""
    lang = language()
    if lang not in _SEARCH_LABELS:
        _SEARCH_LABELS[lang] = dict(KIND_LABELS)
    return _SEARCH_LABELS[lang]


def _field_defaults() -> dict[str, Any]:
    """Return every field's default (list and dict defaults are copied by `_validate`)."""
    global _DEFAULTS
    if _DEFAULTS is None:
        _DEFAULTS = {
            f.name: f.default_factory()
            if f.default_factory is not dataclasses.MISSING
            else f.default
            for f in dataclasses.fields(Entry)
            if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
        }
    return _DEFAULTS


_DEFAULTS: dict[str, Any] | None = None


def _validate(entry: Entry) -> None:
    # A check added here must be added to `_quick_entry` too (or make it return None for the
    # case): unlocking builds entries there; tests/unit/test_model_stored.py compares the two.
    set_ = object.__setattr__
    values = entry.__dict__
    if values["kind"] not in _KIND_SET:
        raise ValueError(f"Kind must be one of {', '.join(KINDS)}; got {entry.kind!r}.")
    for name in ("occurred_start", "occurred_end", "recorded_at"):
        value = values[name]
        if value is None and name != "occurred_start":
            continue
        if not isinstance(value, datetime):
            raise ValueError(f"{name} must be a date and time.")
        if not 1900 <= value.year <= 9998:
            raise ValueError(f"{name} must be between the years 1900 and 9998.")
    if entry.occurred_end is not None and _utc(entry.occurred_end) < _utc(entry.occurred_start):
        raise ValueError(translate("Entry", "The end of what happened cannot be before its start."))
    if values["occurred_precision"] not in _PRECISION_SET:
        raise ValueError(f"Precision must be one of {', '.join(PRECISIONS)}.")
    for name in TEXT_FIELDS:
        value = values[name]
        if type(value) is str:
            if len(value) > MAX_TEXT:
                raise ValueError(_too_long(name))
            if not value.isascii():  # isascii() is O(1); most text never goes further
                _check_characters(name, value)
        elif value is None:
            set_(entry, name, "")
        elif not isinstance(value, str):
            raise ValueError(f"{name} must be text.")
        elif len(value) > MAX_TEXT:
            raise ValueError(_too_long(name))
        else:
            _check_characters(name, value)
    for name in LIST_FIELDS:
        value = values[name]
        if value is None:
            value = []
        if isinstance(value, str) or not isinstance(value, (list, tuple)):
            raise ValueError(f"{name} must be a list of text.")
        items = list(value)
        if len(items) > MAX_ITEMS:
            raise ValueError(
                translate("Entry", "“{field}” has more than {limit} items.").format(
                    field=field_label(name), limit=format_number(MAX_ITEMS)
                )
            )
        for item in items:
            if not isinstance(item, str):
                raise ValueError(f"{name} must be a list of text.")
            if len(item) > MAX_ITEM_CHARS:
                raise ValueError(
                    translate(
                        "Entry", "Each of “{field}” can be at most {limit} characters."
                    ).format(field=field_label(name), limit=format_number(MAX_ITEM_CHARS))
                )
            if not item.isascii():
                _check_characters(name, item)
        set_(entry, name, items)
    severity = values["severity"]
    if severity is not None and (
        isinstance(severity, bool) or not isinstance(severity, int) or not 1 <= severity <= 5
    ):
        raise ValueError("Severity must be empty or a whole number from 1 to 5.")
    children = values["children_present"]
    if children is not None and not isinstance(children, bool):
        raise ValueError("Children present must be yes, no or not recorded.")
    emotions = values["emotions"]
    if emotions is None:
        emotions = {}
    if not isinstance(emotions, dict):
        raise ValueError("Emotions must map a name to an intensity from 0 to 10.")
    if len(emotions) > MAX_ITEMS:
        raise ValueError(
            translate("Entry", "An entry can record at most {limit} emotions.").format(
                limit=format_number(MAX_ITEMS)
            )
        )
    for name, level in emotions.items():
        if not isinstance(name, str) or not name:
            raise ValueError("Each emotion needs a name.")
        if len(name) > MAX_ITEM_CHARS:
            raise ValueError(
                translate("Entry", "An emotion's name can be at most {limit} characters.").format(
                    limit=format_number(MAX_ITEM_CHARS)
                )
            )
        if not name.isascii():
            _check_characters("emotions", name)
        if isinstance(level, bool) or not isinstance(level, int) or not 0 <= level <= 10:
            raise ValueError(f"The intensity of {name!r} must be a whole number from 0 to 10.")
    set_(entry, "emotions", dict(emotions))
    entry_id = values["id"]
    if entry_id is not None and not isinstance(entry_id, str):
        raise ValueError("id must be text.")
    revision = values["revision"]
    if isinstance(revision, bool) or not isinstance(revision, int):
        raise ValueError("revision must be a whole number.")


def _check_characters(name: str, value: str) -> None:
    """Reject text that cannot be stored as UTF-8: a lone surrogate (half of a UTF-16 pair,
    e.g. from a damaged copy and paste) would otherwise fail deep inside saving."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        message = translate(
            "Entry",
            "“{field}” contains a broken character (half of a pair, often from a damaged copy "
            "and paste). Remove or retype it, then save again.",
        )
        raise ValueError(message.format(field=field_label(name))) from exc


def _too_long(name: str) -> str:
    """Return the message for a text field longer than MAX_TEXT characters."""
    return translate("Entry", "“{field}” is too long (at most {limit} characters).").format(
        field=field_label(name), limit=format_number(MAX_TEXT)
    )


def _utc(value: datetime) -> datetime:
    return value.astimezone(UTC)
