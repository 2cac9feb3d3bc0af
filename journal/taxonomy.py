"""The bundled behaviour, emotion and body-response vocabulary (resources/taxonomy.json).

Descriptions say what happened, not why. Groups and behaviours may carry `keywords`: the
words people search for ("stalking", "coercive control") that `Taxonomy.find` also matches.
Behaviours flagged `high_risk` (aligned with the Danger Assessment's risk factors) carry a
short, calm `risk_note` and the `risk_sources` it rests on, each the start of an entry in the
file's `sources` list.

Every name, description, keyword and note is given in the language in force when it is asked
for (`journal.i18n.language()`): English from taxonomy.json, another language from
`taxonomy.<code>.json` (see `parse_translation`), by id. Nothing freezes a language at load
time, so a language switch while the app runs, or a Spanish PDF written on a worker thread
under an English window, reads right. An id a translation lacks reads in English (a test
checks the bundled translations leave none out). Entries store ids, never these words.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from typing import Any

from journal.i18n import SOURCE_LANGUAGE, Language
from journal.json_checks import Checks
from journal.paths import read_json, resource_file
from journal.taxonomy_words import (
    TaxonomyTranslation,
    Translations,
    Worded,
    Wording,
    check_ids,
    fold,
    parse_translation,
    translations_of,
)

TAXONOMY_FILENAME = "taxonomy.json"
SUPPORTED_VERSION = 1
_ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")


def translation_filename(lang: Language) -> str:
    """Return the bundled file holding a language's words ("taxonomy.es.json")."""
    stem, _, suffix = TAXONOMY_FILENAME.rpartition(".")
    return f"{stem}.{lang.value}.{suffix}"


def _set(obj: object, **values: object) -> None:
    for key, value in values.items():
        object.__setattr__(obj, key, value)


@dataclass(frozen=True, init=False)
class Behaviour(Worded):
    """One recordable behaviour, e.g. "Insults or name-calling".

    Built from its English words; `translations` adds other languages'. Two behaviours are
    equal when their ids, flags and English words are (translations are presentation).
    """

    id: str
    group_id: str
    high_risk: bool
    risk_sources: tuple[str, ...]
    source: Wording
    translations: Translations = field(default=(), compare=False, repr=False)

    def __init__(
        self,
        id: str,
        name: str,
        description: str,
        group_id: str,
        high_risk: bool = False,
        keywords: tuple[str, ...] = (),
        risk_note: str = "",
        risk_sources: tuple[str, ...] = (),
        translations: Translations = (),
    ) -> None:
        _set(self, id=id, group_id=group_id, high_risk=high_risk, risk_sources=risk_sources)
        _set(self, source=Wording(name, description, keywords, risk_note))
        _set(self, translations=tuple(translations))

    @property
    def risk_note(self) -> str:
        """The safety note of a high-risk behaviour, in the current language ("" otherwise)."""
        return self.wording().risk_note

    def tooltip(self) -> str:
        """Return the description, followed by the safety note for a high-risk behaviour."""
        words = self.wording()
        if self.high_risk and words.risk_note:
            return f"{words.description}\n\n{words.risk_heading}: {words.risk_note}"
        return words.description


@dataclass(frozen=True, init=False)
class Group(Worded):
    """A named group of related behaviours."""

    id: str
    behaviours: tuple[Behaviour, ...]
    source: Wording
    translations: Translations = field(default=(), compare=False, repr=False)

    def __init__(
        self,
        id: str,
        name: str,
        description: str,
        behaviours: tuple[Behaviour, ...],
        keywords: tuple[str, ...] = (),
        translations: Translations = (),
    ) -> None:
        _set(self, id=id, behaviours=behaviours, source=Wording(name, description, keywords))
        _set(self, translations=tuple(translations))


@dataclass(frozen=True, init=False)
class Choice(Worded):
    """A simple selectable item (an emotion or a body response)."""

    id: str
    source: Wording
    translations: Translations = field(default=(), compare=False, repr=False)

    def __init__(self, id: str, name: str, translations: Translations = ()) -> None:
        _set(self, id=id, source=Wording(name), translations=tuple(translations))


@dataclass(frozen=True)
class Taxonomy:
    """The full vocabulary with id lookups; unknown ids label as themselves."""

    groups: tuple[Group, ...]
    emotions: tuple[Choice, ...]
    body_responses: tuple[Choice, ...]
    sources: tuple[str, ...] = ()
    version: int = SUPPORTED_VERSION
    _behaviours: dict[str, Behaviour] = field(init=False, repr=False, compare=False)
    _emotions: dict[str, Choice] = field(init=False, repr=False, compare=False)
    _bodies: dict[str, Choice] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        behaviours = {b.id: b for g in self.groups for b in g.behaviours}
        object.__setattr__(self, "_behaviours", behaviours)
        object.__setattr__(self, "_emotions", {c.id: c for c in self.emotions})
        object.__setattr__(self, "_bodies", {c.id: c for c in self.body_responses})

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
        found = self._emotions.get(emotion_id)
        return found.name if found is not None else emotion_id

    def body_label(self, body_id: str) -> str:
        """Return a body response's display name, or the id itself if it is the user's own."""
        found = self._bodies.get(body_id)
        return found.name if found is not None else body_id

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
        through its group's name, description and keywords ("coercive control"), in the
        current language, ignoring case and accents ("deportacion" finds "deportación").
        """
        words = fold(query).split()
        own: list[Behaviour] = []
        by_group: list[Behaviour] = []
        for group in self.groups:
            group_text = group.search_text()
            for behaviour in group.behaviours:
                text = behaviour.search_text()
                if all(word in text for word in words):
                    own.append(behaviour)
                elif all(word in f"{text} {group_text}" for word in words):
                    by_group.append(behaviour)
        return tuple(own + by_group)


# --- parsing and validation -------------------------------------------------


_CHECKS = Checks("Taxonomy")  # its errors start "Taxonomy: "


def _require_id(obj: dict[str, Any], where: str, seen: set[str], kind: str) -> str:
    value = _CHECKS.text(obj, "id", where)
    if not _ID_PATTERN.match(value):
        raise ValueError(f"Taxonomy: {where} has an invalid id {value!r} (use snake_case).")
    if value in seen:
        raise ValueError(f"Taxonomy: duplicate {kind} id {value!r}.")
    seen.add(value)
    return value


def _texts(obj: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    items = _CHECKS.items(obj.get(key, []), f"{where} '{key}'")
    if not all(isinstance(i, str) and i.strip() for i in items):
        raise ValueError(f"Taxonomy: {where} '{key}' must be a list of words.")
    return tuple(i.strip() for i in items)


Found = Mapping[Language, TaxonomyTranslation]  # the other languages' words, by language


def _parse_behaviour(
    raw: object, where: str, group_id: str, seen: set[str], found: Found
) -> Behaviour:
    obj = _CHECKS.obj(raw, where)
    behaviour_id = _require_id(obj, where, seen, "behaviour")
    high_risk = obj.get("high_risk", False)
    if not isinstance(high_risk, bool):
        raise ValueError(f"Taxonomy: {where} 'high_risk' must be true or false.")
    risk_note = ""
    risk_sources: tuple[str, ...] = ()
    if high_risk:
        risk_note = _CHECKS.text(obj, "risk_note", where)
        risk_sources = _texts(obj, "risk_sources", where)
        if not risk_sources:
            raise ValueError(f"Taxonomy: {where} needs 'risk_sources' for its risk note.")
    elif "risk_note" in obj or "risk_sources" in obj:
        raise ValueError(f"Taxonomy: {where} has a risk note but is not high-risk.")
    translations = translations_of(found, "behaviours", behaviour_id)
    for lang, words in translations:
        if bool(words.risk_note) != high_risk:
            raise ValueError(
                f"Taxonomy ({lang.value}): behaviour {behaviour_id!r} needs a risk note "
                "exactly where the English has one."
            )
    return Behaviour(
        id=behaviour_id,
        name=_CHECKS.text(obj, "name", where),
        description=_CHECKS.text(obj, "description", where),
        group_id=group_id,
        high_risk=high_risk,
        keywords=_texts(obj, "keywords", where),
        risk_note=risk_note,
        risk_sources=risk_sources,
        translations=translations,
    )


def _parse_group(
    raw: object, index: int, group_ids: set[str], behaviour_ids: set[str], found: Found
) -> Group:
    where = f"group #{index + 1}"
    obj = _CHECKS.obj(raw, where)
    group_id = _require_id(obj, where, group_ids, "group")
    where = f"group {group_id!r}"
    raw_behaviours = _CHECKS.items(obj.get("behaviours"), f"{where} 'behaviours'")
    if not raw_behaviours:
        raise ValueError(f"Taxonomy: {where} has no behaviours.")
    behaviours = tuple(
        _parse_behaviour(item, f"{where} behaviour #{i + 1}", group_id, behaviour_ids, found)
        for i, item in enumerate(raw_behaviours)
    )
    return Group(
        id=group_id,
        name=_CHECKS.text(obj, "name", where),
        description=_CHECKS.text(obj, "description", where),
        behaviours=behaviours,
        keywords=_texts(obj, "keywords", where),
        translations=translations_of(found, "groups", group_id),
    )


def _parse_choices(raw: object, key: str, found: Found) -> tuple[Choice, ...]:
    items = _CHECKS.items(raw, f"'{key}'")
    seen: set[str] = set()
    choices: list[Choice] = []
    for i, item in enumerate(items):
        where = f"{key} #{i + 1}"
        obj = _CHECKS.obj(item, where)
        choice_id = _require_id(obj, where, seen, key.rstrip("s").replace("_", " "))
        name = _CHECKS.text(obj, "name", where)
        choices.append(Choice(choice_id, name, translations_of(found, key, choice_id)))
    return tuple(choices)


def _parse_sources(raw: object) -> tuple[str, ...]:
    if raw is None:
        return ()
    items = _CHECKS.items(raw, "'sources'")
    if not all(isinstance(s, str) for s in items):
        raise ValueError("Taxonomy: 'sources' must be a list of text.")
    return tuple(items)


def parse_taxonomy(data: object, translations: Found | None = None) -> Taxonomy:
    """Build a Taxonomy from already-decoded JSON data, raising ValueError if it is malformed.

    `translations`: other languages' words (see `journal.taxonomy_words`), by language.
    """
    found = dict(translations or {})
    root = _CHECKS.obj(data, "the top level")
    version = root.get("version")
    if version != SUPPORTED_VERSION:
        raise ValueError(
            f"Taxonomy: unsupported version {version!r} (expected {SUPPORTED_VERSION})."
        )
    raw_groups = _CHECKS.items(root.get("groups"), "'groups'")
    if not raw_groups:
        raise ValueError("Taxonomy: 'groups' is empty.")
    group_ids: set[str] = set()
    behaviour_ids: set[str] = set()
    groups = tuple(
        _parse_group(raw, i, group_ids, behaviour_ids, found) for i, raw in enumerate(raw_groups)
    )
    sources = _parse_sources(root.get("sources"))
    for behaviour in (b for g in groups for b in g.behaviours):
        for ref in behaviour.risk_sources:
            if not any(source.startswith(ref) for source in sources):
                raise ValueError(
                    f"Taxonomy: behaviour {behaviour.id!r} cites {ref!r}, not in 'sources'."
                )
    taxonomy = Taxonomy(
        groups=groups,
        emotions=_parse_choices(root.get("emotions"), "emotions", found),
        body_responses=_parse_choices(root.get("body_responses"), "body_responses", found),
        sources=sources,
        version=SUPPORTED_VERSION,
    )
    known = {
        "groups": {g.id for g in groups},
        "behaviours": {b.id for b in taxonomy.all_behaviours()},
        "emotions": {c.id for c in taxonomy.emotions},
        "body_responses": {c.id for c in taxonomy.body_responses},
    }
    check_ids(found, known)
    return taxonomy


def bundled_translations() -> dict[Language, Traversable]:
    """Return the bundled translation file of every language other than English."""
    return {
        lang: resource_file(translation_filename(lang))
        for lang in Language
        if lang is not SOURCE_LANGUAGE
    }


def load_taxonomy(
    path: Traversable | None = None, translations: Mapping[Language, Traversable] | None = None
) -> Taxonomy:
    """Read and validate a taxonomy file (the bundled one by default); ValueError if malformed.

    `translations`: each other language's words file; by default the bundled ones for the
    bundled taxonomy, none for another file. A language whose file is absent reads in English.
    """
    target = path if path is not None else resource_file(TAXONOMY_FILENAME)
    data = read_json(target, "Taxonomy")
    if translations is None:
        translations = bundled_translations() if path is None else {}
    found = {
        lang: parse_translation(read_json(file, f"Taxonomy ({lang.value})"), lang)
        for lang, file in translations.items()
        if file.is_file()
    }
    return parse_taxonomy(data, found)


@functools.lru_cache(maxsize=1)
def default_taxonomy() -> Taxonomy:
    """Return the bundled taxonomy, loaded once and cached."""
    return load_taxonomy()
