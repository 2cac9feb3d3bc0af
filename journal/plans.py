"""Trusted contacts, safety plan, plan for hard moments and red-flag check-ins (no Qt).

Everything here is the user's own writing, so it is stored only inside the encrypted vault,
through `vault.load_document(name)` / `vault.save_document(name, data)`. Documents:

- ``"trusted_contacts"``: ``{"version": 1, "contacts": [{"id": str, "name": str,
  "reach": str, "note": str}]}`` — people the user trusts and how to reach them.
- ``"safety_plan"``: ``{"version": 1, "items": [{"id": str, "text": str, "note": str,
  "done": bool, "seeded": bool}]}`` — a checklist; never saved means the seed list below.
- ``"relapse_plan"``: ``{"version": 1, "triggers": [{"id": str, "trigger": str,
  "actions": [str], "people": [str]}]}`` — the plan for hard moments (shown to the user as
  `HARD_MOMENTS_TITLE`; the stored name stays "relapse_plan" so journals saved before the
  rename open unchanged): each hard moment paired with planned actions and people to
  contact; never saved means the seed triggers below.
- ``"red_flag_checkins"``: ``[{"date": "YYYY-MM-DD", "answers": {flag_id: bool},
  "note": str}]`` — sorted by date, at most one per date (saving again that day replaces
  it). Flag ids are exactly those in `FLAG_IDS`.

Malformed data raises ValueError with a message that can be shown to the user (translated).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.plan_seeds import (
    DOCUMENT_ERRORS,
    FIELD_ERRORS,
    NOT_TRUE_OR_FALSE,
    TOO_MANY_LINES,
)
from journal.plan_seeds import RELAPSE_SEEDS as RELAPSE_SEEDS
from journal.plan_seeds import SAFETY_SEEDS as SAFETY_SEEDS
from journal.red_flags import RED_FLAGS as RED_FLAGS
from journal.red_flags import RedFlag as RedFlag

CONTACTS_DOC = "trusted_contacts"
SAFETY_DOC = "safety_plan"
RELAPSE_DOC = "relapse_plan"
CHECKINS_DOC = "red_flag_checkins"
HARD_MOMENTS_TITLE = QT_TRANSLATE_NOOP("Plans", "Plan for hard moments")  # translated where shown
VERSION = 1
MAX_SHORT = 300
MAX_LONG = 5000
MAX_ITEMS = 500
MAX_LINES = 50


class DocumentStore(Protocol):
    """What plans need from the vault: named, encrypted JSON documents."""

    def load_document(self, name: str, default: Any = None) -> Any:
        """Return a saved document, or `default` when it was never saved."""

    def save_document(self, name: str, data: Any) -> None:
        """Store a document encrypted."""


FLAG_IDS: tuple[str, ...] = tuple(flag.id for flag in RED_FLAGS)
_FLAGS = {flag.id: flag for flag in RED_FLAGS}


@dataclass(frozen=True)
class TrustedContact:
    """A person the user trusts: name, how to reach them, a note."""

    id: str
    name: str
    reach: str
    note: str = ""


@dataclass(frozen=True)
class SafetyItem:
    """One safety-plan step with a note and whether it is done."""

    id: str
    text: str
    note: str = ""
    done: bool = False
    seeded: bool = False


@dataclass(frozen=True)
class RelapseTrigger:
    """A high-risk moment paired with planned actions and people to contact."""

    id: str
    trigger: str
    actions: tuple[str, ...] = ()
    people: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckIn:
    """A dated red-flag self-check: which flags felt true, and a note."""

    day: date
    answers: Mapping[str, bool] = field(default_factory=dict)
    note: str = ""

    @property
    def count(self) -> int:
        """Return how many of the seven flags were answered yes."""
        return sum(1 for flag in FLAG_IDS if self.answers.get(flag, False))

    def flagged_titles(self) -> list[str]:
        """Return the titles of the flags answered yes, in the standard order and language."""
        return [_FLAGS[flag].title for flag in FLAG_IDS if self.answers.get(flag, False)]


def new_id() -> str:
    """Return a random id for a new item."""
    return secrets.token_hex(8)


# --- validation -----------------------------------------------------------------------


def _say(message: str, **values: object) -> str:
    return translate("Plans", message).format(**values)


def _clean(value: object, what: str, limit: int, *, required: bool) -> str:
    not_text, missing, too_long = FIELD_ERRORS[what]
    if not isinstance(value, str):
        raise ValueError(_say(not_text))
    text = value.strip()
    if required and not text and missing:
        raise ValueError(_say(missing))
    if len(text) > limit:
        raise ValueError(_say(too_long, limit=limit))
    return text


def _lines(values: Iterable[object], what: str) -> tuple[str, ...]:
    cleaned = tuple(_clean(value, what, MAX_SHORT, required=False) for value in values)
    result = tuple(line for line in cleaned if line)
    if len(result) > MAX_LINES:
        raise ValueError(_say(TOO_MANY_LINES[what], limit=MAX_LINES))
    return result


def _item_id(value: object) -> str:
    if not isinstance(value, str) or not value or len(value) > 64:
        raise ValueError(translate("Plans", "A saved plan item has an invalid id."))
    return value


def _bool(value: object, what: str) -> bool:
    if not isinstance(value, bool):
        raise ValueError(_say(NOT_TRUE_OR_FALSE[what]))
    return value


def _versioned(raw: object, doc: str, key: str) -> list[Any]:
    unknown, too_many, _ = DOCUMENT_ERRORS[doc]
    if not isinstance(raw, dict) or raw.get("version") != VERSION:
        raise ValueError(_say(unknown))
    items = raw.get(key)
    if not isinstance(items, list):
        raise ValueError(_say(unknown))
    if len(items) > MAX_ITEMS:
        raise ValueError(_say(too_many))
    return items


def _unique(ids: list[str], doc: str) -> None:
    if len(set(ids)) != len(ids):
        raise ValueError(_say(DOCUMENT_ERRORS[doc][2]))


# --- trusted contacts -------------------------------------------------------------------


def make_contact(name: str, reach: str, note: str = "", contact_id: str = "") -> TrustedContact:
    """Return a validated contact (a new id unless one is given)."""
    return TrustedContact(
        id=_item_id(contact_id) if contact_id else new_id(),
        name=_clean(name, "name", MAX_SHORT, required=True),
        reach=_clean(reach, "reach", MAX_SHORT, required=True),
        note=_clean(note, "note", MAX_LONG, required=False),
    )


def contacts_from_json(raw: object) -> list[TrustedContact]:
    """Parse the "trusted_contacts" document."""
    contacts = []
    for item in _versioned(raw, CONTACTS_DOC, "contacts"):
        if not isinstance(item, dict):
            raise ValueError(translate("Plans", "A saved contact has an unknown format."))
        contacts.append(
            make_contact(
                item.get("name", ""),
                item.get("reach", ""),
                item.get("note", ""),
                _item_id(item.get("id")),
            )
        )
    _unique([c.id for c in contacts], CONTACTS_DOC)
    return contacts


def contacts_to_json(contacts: Iterable[TrustedContact]) -> dict[str, Any]:
    """Return the "trusted_contacts" document for these contacts."""
    items = [{"id": c.id, "name": c.name, "reach": c.reach, "note": c.note} for c in contacts]
    contacts_from_json({"version": VERSION, "contacts": items})  # refuse to save bad data
    return {"version": VERSION, "contacts": items}


def load_contacts(store: DocumentStore) -> list[TrustedContact]:
    """Return the saved trusted contacts (none at first)."""
    raw = store.load_document(CONTACTS_DOC, None)
    return [] if raw is None else contacts_from_json(raw)


def save_contacts(store: DocumentStore, contacts: Iterable[TrustedContact]) -> None:
    """Save the trusted contacts encrypted."""
    store.save_document(CONTACTS_DOC, contacts_to_json(contacts))


# --- safety plan ------------------------------------------------------------------------


def seed_safety_plan() -> list[SafetyItem]:
    """Return the starting checklist drawn from the article's safety steps (current language)."""
    return [
        SafetyItem(id=i, text=translate("PlanSeeds", text), seeded=True) for i, text in SAFETY_SEEDS
    ]


def make_safety_item(
    text: str, note: str = "", done: bool = False, item_id: str = "", seeded: bool = False
) -> SafetyItem:
    """Return a validated safety-plan item (a new id unless one is given)."""
    return SafetyItem(
        id=_item_id(item_id) if item_id else new_id(),
        text=_clean(text, "step", MAX_SHORT, required=True),
        note=_clean(note, "note", MAX_LONG, required=False),
        done=_bool(done, "done"),
        seeded=_bool(seeded, "seeded"),
    )


def safety_from_json(raw: object) -> list[SafetyItem]:
    """Parse the "safety_plan" document."""
    items = []
    for item in _versioned(raw, SAFETY_DOC, "items"):
        if not isinstance(item, dict):
            raise ValueError(translate("Plans", "A saved safety step has an unknown format."))
        items.append(
            make_safety_item(
                item.get("text", ""),
                item.get("note", ""),
                item.get("done", False),
                _item_id(item.get("id")),
                item.get("seeded", False),
            )
        )
    _unique([i.id for i in items], SAFETY_DOC)
    return items


def safety_to_json(items: Iterable[SafetyItem]) -> dict[str, Any]:
    """Return the "safety_plan" document for these items."""
    data = [
        {"id": i.id, "text": i.text, "note": i.note, "done": i.done, "seeded": i.seeded}
        for i in items
    ]
    safety_from_json({"version": VERSION, "items": data})
    return {"version": VERSION, "items": data}


def load_safety_plan(store: DocumentStore) -> list[SafetyItem]:
    """Return the saved safety plan, or the seed checklist if it was never saved."""
    raw = store.load_document(SAFETY_DOC, None)
    return seed_safety_plan() if raw is None else safety_from_json(raw)


def save_safety_plan(store: DocumentStore, items: Iterable[SafetyItem]) -> None:
    """Save the safety plan encrypted."""
    store.save_document(SAFETY_DOC, safety_to_json(items))


# --- plan for hard moments (stored as "relapse_plan") --------------------------------


def seed_relapse_plan() -> list[RelapseTrigger]:
    """Return the starting triggers named in the article, with suggested actions (translated)."""
    return [
        RelapseTrigger(
            id=i,
            trigger=translate("PlanSeeds", t),
            actions=tuple(translate("PlanSeeds", action) for action in a),
        )
        for i, t, a in RELAPSE_SEEDS
    ]


def make_trigger(
    trigger: str,
    actions: Iterable[str] = (),
    people: Iterable[str] = (),
    trigger_id: str = "",
) -> RelapseTrigger:
    """Return a validated trigger; empty action and people lines are dropped."""
    return RelapseTrigger(
        id=_item_id(trigger_id) if trigger_id else new_id(),
        trigger=_clean(trigger, "trigger", MAX_SHORT, required=True),
        actions=_lines(actions, "action"),
        people=_lines(people, "person"),
    )


def relapse_from_json(raw: object) -> list[RelapseTrigger]:
    """Parse the "relapse_plan" document."""
    triggers = []
    for item in _versioned(raw, RELAPSE_DOC, "triggers"):
        if not isinstance(item, dict):
            raise ValueError(translate("Plans", "A saved trigger has an unknown format."))
        actions, people = item.get("actions", []), item.get("people", [])
        if not isinstance(actions, list) or not isinstance(people, list):
            raise ValueError(translate("Plans", "A saved trigger has an unknown format."))
        triggers.append(
            make_trigger(item.get("trigger", ""), actions, people, _item_id(item.get("id")))
        )
    _unique([t.id for t in triggers], RELAPSE_DOC)
    return triggers


def relapse_to_json(triggers: Iterable[RelapseTrigger]) -> dict[str, Any]:
    """Return the "relapse_plan" document for these triggers."""
    data = [
        {"id": t.id, "trigger": t.trigger, "actions": list(t.actions), "people": list(t.people)}
        for t in triggers
    ]
    relapse_from_json({"version": VERSION, "triggers": data})
    return {"version": VERSION, "triggers": data}


def load_relapse_plan(store: DocumentStore) -> list[RelapseTrigger]:
    """Return the saved plan for hard moments, or the seed triggers if never saved."""
    raw = store.load_document(RELAPSE_DOC, None)
    return seed_relapse_plan() if raw is None else relapse_from_json(raw)


def save_relapse_plan(store: DocumentStore, triggers: Iterable[RelapseTrigger]) -> None:
    """Save the plan for hard moments encrypted (under its old name, "relapse_plan")."""
    store.save_document(RELAPSE_DOC, relapse_to_json(triggers))


# --- red-flag check-ins ----------------------------------------------------------------


def make_checkin(day: date, answers: Mapping[str, bool], note: str = "") -> CheckIn:
    """Return a validated check-in; flags not answered count as no."""
    if not isinstance(day, date):
        raise ValueError(translate("Plans", "A check-in needs a date."))
    unknown = sorted(set(answers) - set(FLAG_IDS))
    if unknown:
        raise ValueError(
            translate("Plans", "Unknown red flag {flag}.").format(flag=repr(unknown[0]))
        )
    full = {flag: _bool(answers.get(flag, False), "answer") for flag in FLAG_IDS}
    return CheckIn(day=day, answers=full, note=_clean(note, "note", MAX_LONG, required=False))


def checkins_from_json(raw: object) -> list[CheckIn]:
    """Parse the "red_flag_checkins" document (a list), sorted by date."""
    if not isinstance(raw, list):
        raise ValueError(translate("Plans", "The saved check-ins have an unknown format."))
    checkins: dict[date, CheckIn] = {}
    for item in raw:
        if not isinstance(item, dict) or not isinstance(item.get("answers"), dict):
            raise ValueError(translate("Plans", "A saved check-in has an unknown format."))
        try:
            day = date.fromisoformat(str(item.get("date")))
        except ValueError as exc:
            raise ValueError(translate("Plans", "A saved check-in has an invalid date.")) from exc
        checkins[day] = make_checkin(day, item["answers"], item.get("note", ""))
    return [checkins[d] for d in sorted(checkins)]


def checkins_to_json(checkins: Iterable[CheckIn]) -> list[dict[str, Any]]:
    """Return the "red_flag_checkins" document: one entry per date, oldest first."""
    by_day = {c.day: c for c in checkins}
    return [
        {
            "date": day.isoformat(),
            "answers": {flag: bool(by_day[day].answers.get(flag, False)) for flag in FLAG_IDS},
            "note": by_day[day].note,
        }
        for day in sorted(by_day)
    ]


def load_checkins(store: DocumentStore) -> list[CheckIn]:
    """Return the saved check-ins, oldest first."""
    raw = store.load_document(CHECKINS_DOC, None)
    return [] if raw is None else checkins_from_json(raw)


def save_checkin(store: DocumentStore, checkin: CheckIn) -> list[CheckIn]:
    """Add (or replace that day's) check-in, save, and return all check-ins."""
    checkins = [c for c in load_checkins(store) if c.day != checkin.day] + [checkin]
    data = checkins_to_json(checkins)
    store.save_document(CHECKINS_DOC, data)
    return checkins_from_json(data)
