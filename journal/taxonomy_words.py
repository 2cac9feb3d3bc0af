"""The words of the taxonomy in each language, read when they are shown (no Qt).

English, the source, comes with the vocabulary itself (resources/taxonomy.json). Every other
language has its own file, `taxonomy.<code>.json`, holding only words, by id::

    {"version": 1, "language": "es", "risk_heading": "Por tu seguridad",
     "groups": {"<id>": {"name": "...", "description": "...", "keywords": ["..."]}},
     "behaviours": {"<id>": {"name": "...", "description": "...", "risk_note": "..."}},
     "emotions": {"<id>": {"name": "..."}}, "body_responses": {"<id>": {"name": "..."}}}

The ids, the high-risk flags and the sources stay in taxonomy.json alone, so a translation
cannot change what is recorded, only how it reads.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from journal import json_checks as check
from journal.i18n import Language, language

RISK_HEADING = "For your safety"  # what a high-risk behaviour's tooltip puts before its note
SECTIONS = ("groups", "behaviours", "emotions", "body_responses")
_DESCRIBED = ("groups", "behaviours")  # sections whose items have a description
TRANSLATION_VERSION = 1


@dataclass(frozen=True)
class Wording:
    """The words of one item in one language."""

    name: str
    description: str = ""
    keywords: tuple[str, ...] = ()
    risk_note: str = ""
    risk_heading: str = RISK_HEADING


Translations = tuple[tuple[Language, Wording], ...]


class Worded:
    """An item whose words are read in the language in force when they are asked for."""

    source: Wording  # English, the source language
    translations: Translations

    def wording(self, lang: Language | None = None) -> Wording:
        """Return the words in `lang` (default: the current language; English if missing)."""
        wanted = lang or language()
        for code, words in self.translations:
            if code is wanted:
                return words
        return self.source

    @property
    def name(self) -> str:
        """The display name, in the current language."""
        return self.wording().name

    @property
    def description(self) -> str:
        """What it means, in the current language ("" for emotions and body responses)."""
        return self.wording().description

    @property
    def keywords(self) -> tuple[str, ...]:
        """Words people search for, in the current language."""
        return self.wording().keywords

    def search_text(self) -> str:
        """Return the name, description and keywords in the current language, folded."""
        words = self.wording()
        return fold(" ".join((words.name, words.description, *words.keywords)))


def fold(text: str) -> str:
    """Return `text` for matching: case and accents ignored ("Agresión" → "agresion")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class TaxonomyTranslation:
    """One language's words for the taxonomy's ids (a `taxonomy.<code>.json` file)."""

    language: Language
    sections: Mapping[str, Mapping[str, Wording]]  # section → id → words

    def words(self, section: str, item_id: str) -> Wording | None:
        """Return the words of an id in a section ("behaviours"...), or None if missing."""
        return self.sections.get(section, {}).get(item_id)


def _wording(raw: object, section: str, where: str, heading: str) -> Wording:
    data = check.obj(raw, where)
    unknown = set(data) - {"name", "description", "keywords", "risk_note"}
    if unknown or ("risk_note" in data and section != "behaviours"):
        raise ValueError(f"{where} has unknown keys {sorted(unknown or {'risk_note'})}.")
    keywords = data.get("keywords", [])
    if not isinstance(keywords, list) or not all(
        isinstance(k, str) and k.strip() for k in keywords
    ):
        raise ValueError(f"{where} 'keywords' must be a list of words.")
    return Wording(
        name=check.text(data, "name", where),
        description=check.text(data, "description", where, required=section in _DESCRIBED),
        keywords=tuple(k.strip() for k in keywords),
        risk_note=check.text(data, "risk_note", where, required=False),
        risk_heading=heading,
    )


def parse_translation(data: object, lang: Language) -> TaxonomyTranslation:
    """Read a language's taxonomy words (decoded JSON), raising ValueError if malformed."""
    label = f"Taxonomy ({lang.value})"
    if not isinstance(data, dict) or data.get("version") != TRANSLATION_VERSION:
        raise ValueError(f"{label}: the file must be an object with version 1.")
    if data.get("language") != lang.value:
        raise ValueError(f"{label}: the file says it is {data.get('language')!r}.")
    heading = check.text(data, "risk_heading", label)
    sections: dict[str, dict[str, Wording]] = {}
    for section in SECTIONS:
        raw = data.get(section, {})
        if not isinstance(raw, dict):
            raise ValueError(f"{label}: '{section}' must be an object of ids.")
        sections[section] = {
            str(item_id): _wording(item, section, f"{label}: {section} {item_id!r}", heading)
            for item_id, item in raw.items()
        }
    return TaxonomyTranslation(language=lang, sections=sections)


def translations_of(
    found: Mapping[Language, TaxonomyTranslation], section: str, item_id: str
) -> Translations:
    """Return an id's words in every language that has them."""
    pairs = ((lang, t.words(section, item_id)) for lang, t in found.items())
    return tuple((lang, words) for lang, words in pairs if words is not None)


def check_ids(found: Mapping[Language, TaxonomyTranslation], known: Mapping[str, set[str]]) -> None:
    """Raise ValueError if a translation names an id the taxonomy does not have."""
    for lang, translation in found.items():
        for section in SECTIONS:
            unknown = sorted(set(translation.sections.get(section, {})) - known[section])
            if unknown:
                raise ValueError(f"Taxonomy ({lang.value}): unknown {section} ids {unknown}.")
