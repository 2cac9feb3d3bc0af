"""The bundled behaviour, emotion and body-response vocabulary (resources/taxonomy.json).

Descriptions say what happened, not why. Groups and behaviours may carry `keywords`: the
words people search for ("stalking", "coercive control") that `Taxonomy.find` also matches.
Behaviours flagged `high_risk` (aligned with the Danger Assessment's risk factors) carry a
short, calm `risk_note` and the `risk_sources` it rests on, each the start of an entry in the
file's `sources` list.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from typing import Any

from journal.paths import resource_file

TAXONOMY_FILENAME = "taxonomy.json"
SUPPORTED_VERSION = 1
_ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class Behaviour:
    """One recordable behaviour, e.g. "Insults or name-calling"."""

    id: str
    name: str
    description: str
    group_id: str
    high_risk: bool = False
    keywords: tuple[str, ...] = ()
    risk_note: str = ""
    risk_sources: tuple[str, ...] = ()

    def tooltip(self) -> str:
        """Return the description, followed by the safety note for a high-risk behaviour."""
        if self.high_risk and self.risk_note:
            return f"{self.description}\n\nFor your safety: {self.risk_note}"
        return self.description


@dataclass(frozen=True)
class Group:
    """A named group of related behaviours."""

    id: str
    name: str
    description: str
    behaviours: tuple[Behaviour, ...]
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Choice:
    """A simple selectable item (an emotion or a body response)."""

    id: str
    name: str


@dataclass(frozen=True)
class Taxonomy:
    """The full vocabulary with id lookups; unknown ids label as themselves."""

    groups: tuple[Group, ...]
    emotions: tuple[Choice, ...]
    body_responses: tuple[Choice, ...]
    sources: tuple[str, ...] = ()
    version: int = SUPPORTED_VERSION
    _behaviours: dict[str, Behaviour] = field(init=False, repr=False, compare=False)
    _emotions: dict[str, str] = field(init=False, repr=False, compare=False)
    _bodies: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        behaviours = {b.id: b for g in self.groups for b in g.behaviours}
        object.__setattr__(self, "_behaviours", behaviours)
        object.__setattr__(self, "_emotions", {c.id: c.name for c in self.emotions})
        object.__setattr__(self, "_bodies", {c.id: c.name for c in self.body_responses})

    def behaviour(self, behaviour_id: str) -> Behaviour | None:
        """Return the behaviour with this id, or None if it is not in the taxonomy."""
        return self._behaviours.get(behaviour_id)

    def group(self, group_id: str) -> Group | None:
        """Return the group with this id, or None."""
        return next((g for g in self.groups if g.id == group_id), None)

    def label(self, behaviour_id: str) -> str:
        """Return a behaviour's display name; a user's own free-text behaviour is returned as is."""
        found = self._behaviours.get(behaviour_id)
        return found.name if found is not None else behaviour_id

    def emotion_label(self, emotion_id: str) -> str:
        """Return an emotion's display name, or the id itself if it is the user's own."""
        return self._emotions.get(emotion_id, emotion_id)

    def body_label(self, body_id: str) -> str:
        """Return a body response's display name, or the id itself if it is the user's own."""
        return self._bodies.get(body_id, body_id)

    def is_high_risk(self, behaviour_id: str) -> bool:
        """Return True if this id is a behaviour flagged as a lethality indicator."""
        found = self._behaviours.get(behaviour_id)
        return found is not None and found.high_risk

    def high_risk_ids(self) -> frozenset[str]:
        """Return the ids of behaviours flagged high-risk (e.g. strangulation, weapons)."""
        return frozenset(b.id for b in self._behaviours.values() if b.high_risk)

    def all_behaviours(self) -> tuple[Behaviour, ...]:
        """Return every behaviour, in group order."""
        return tuple(b for g in self.groups for b in g.behaviours)

    def risk_note(self, behaviour_id: str) -> str:
        """Return the safety note of a high-risk behaviour ("" for any other id)."""
        found = self._behaviours.get(behaviour_id)
        return found.risk_note if found is not None and found.high_risk else ""

    def find(self, query: str) -> tuple[Behaviour, ...]:
        """Return behaviours matching every word of `query`: own words first, then by group.

        A behaviour matches through its name, description and keywords ("stalking"), or
        through its group's name, description and keywords ("coercive control").
        """
        words = query.casefold().split()
        own: list[Behaviour] = []
        by_group: list[Behaviour] = []
        for group in self.groups:
            group_text = " ".join((group.name, group.description, *group.keywords))
            for behaviour in group.behaviours:
                text = " ".join((behaviour.name, behaviour.description, *behaviour.keywords))
                if all(word in text.casefold() for word in words):
                    own.append(behaviour)
                elif all(word in f"{text} {group_text}".casefold() for word in words):
                    by_group.append(behaviour)
        return tuple(own + by_group)


# --- parsing and validation -------------------------------------------------


def _require_dict(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"Taxonomy: {where} must be an object.")
    return value


def _require_list(value: object, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError(f"Taxonomy: {where} must be a list.")
    return value


def _require_text(obj: dict[str, Any], key: str, where: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"Taxonomy: {where} needs a non-empty text '{key}'.")
    return value.strip()


def _require_id(obj: dict[str, Any], where: str, seen: set[str], kind: str) -> str:
    value = _require_text(obj, "id", where)
    if not _ID_PATTERN.match(value):
        raise ValueError(f"Taxonomy: {where} has an invalid id {value!r} (use snake_case).")
    if value in seen:
        raise ValueError(f"Taxonomy: duplicate {kind} id {value!r}.")
    seen.add(value)
    return value


def _texts(obj: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    items = _require_list(obj.get(key, []), f"{where} '{key}'")
    if not all(isinstance(i, str) and i.strip() for i in items):
        raise ValueError(f"Taxonomy: {where} '{key}' must be a list of words.")
    return tuple(i.strip() for i in items)


def _parse_behaviour(raw: object, where: str, group_id: str, seen: set[str]) -> Behaviour:
    obj = _require_dict(raw, where)
    behaviour_id = _require_id(obj, where, seen, "behaviour")
    high_risk = obj.get("high_risk", False)
    if not isinstance(high_risk, bool):
        raise ValueError(f"Taxonomy: {where} 'high_risk' must be true or false.")
    risk_note = ""
    risk_sources: tuple[str, ...] = ()
    if high_risk:
        risk_note = _require_text(obj, "risk_note", where)
        risk_sources = _texts(obj, "risk_sources", where)
        if not risk_sources:
            raise ValueError(f"Taxonomy: {where} needs 'risk_sources' for its risk note.")
    elif "risk_note" in obj or "risk_sources" in obj:
        raise ValueError(f"Taxonomy: {where} has a risk note but is not high-risk.")
    return Behaviour(
        id=behaviour_id,
        name=_require_text(obj, "name", where),
        description=_require_text(obj, "description", where),
        group_id=group_id,
        high_risk=high_risk,
        keywords=_texts(obj, "keywords", where),
        risk_note=risk_note,
        risk_sources=risk_sources,
    )


def _parse_group(raw: object, index: int, group_ids: set[str], behaviour_ids: set[str]) -> Group:
    where = f"group #{index + 1}"
    obj = _require_dict(raw, where)
    group_id = _require_id(obj, where, group_ids, "group")
    where = f"group {group_id!r}"
    raw_behaviours = _require_list(obj.get("behaviours"), f"{where} 'behaviours'")
    if not raw_behaviours:
        raise ValueError(f"Taxonomy: {where} has no behaviours.")
    behaviours = tuple(
        _parse_behaviour(item, f"{where} behaviour #{i + 1}", group_id, behaviour_ids)
        for i, item in enumerate(raw_behaviours)
    )
    return Group(
        id=group_id,
        name=_require_text(obj, "name", where),
        description=_require_text(obj, "description", where),
        behaviours=behaviours,
        keywords=_texts(obj, "keywords", where),
    )


def _parse_choices(raw: object, key: str) -> tuple[Choice, ...]:
    items = _require_list(raw, f"'{key}'")
    seen: set[str] = set()
    choices: list[Choice] = []
    for i, item in enumerate(items):
        where = f"{key} #{i + 1}"
        obj = _require_dict(item, where)
        choice_id = _require_id(obj, where, seen, key.rstrip("s").replace("_", " "))
        choices.append(Choice(id=choice_id, name=_require_text(obj, "name", where)))
    return tuple(choices)


def _parse_sources(raw: object) -> tuple[str, ...]:
    if raw is None:
        return ()
    items = _require_list(raw, "'sources'")
    if not all(isinstance(s, str) for s in items):
        raise ValueError("Taxonomy: 'sources' must be a list of text.")
    return tuple(items)


def parse_taxonomy(data: object) -> Taxonomy:
    """Build a Taxonomy from already-decoded JSON data, raising ValueError if it is malformed."""
    root = _require_dict(data, "the top level")
    version = root.get("version")
    if version != SUPPORTED_VERSION:
        raise ValueError(
            f"Taxonomy: unsupported version {version!r} (expected {SUPPORTED_VERSION})."
        )
    raw_groups = _require_list(root.get("groups"), "'groups'")
    if not raw_groups:
        raise ValueError("Taxonomy: 'groups' is empty.")
    group_ids: set[str] = set()
    behaviour_ids: set[str] = set()
    groups = tuple(
        _parse_group(raw, i, group_ids, behaviour_ids) for i, raw in enumerate(raw_groups)
    )
    sources = _parse_sources(root.get("sources"))
    for behaviour in (b for g in groups for b in g.behaviours):
        for ref in behaviour.risk_sources:
            if not any(source.startswith(ref) for source in sources):
                raise ValueError(
                    f"Taxonomy: behaviour {behaviour.id!r} cites {ref!r}, not in 'sources'."
                )
    return Taxonomy(
        groups=groups,
        emotions=_parse_choices(root.get("emotions"), "emotions"),
        body_responses=_parse_choices(root.get("body_responses"), "body_responses"),
        sources=sources,
        version=SUPPORTED_VERSION,
    )


def load_taxonomy(path: Traversable | None = None) -> Taxonomy:
    """Read and validate a taxonomy file (the bundled one by default); ValueError if malformed."""
    target = path if path is not None else resource_file(TAXONOMY_FILENAME)
    try:
        text = target.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"Taxonomy: {target.name} is not valid UTF-8 text.") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(
            f"Taxonomy: {target.name} is not valid JSON (line {exc.lineno}, column {exc.colno})."
        ) from exc
    return parse_taxonomy(data)


@functools.lru_cache(maxsize=1)
def default_taxonomy() -> Taxonomy:
    """Return the bundled taxonomy, loaded once and cached."""
    return load_taxonomy()
