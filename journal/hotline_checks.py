"""Checks of the hotlines files: the English services and their translations (no Qt, no network).

`resources/hotlines.json` holds the services in English (its format: `journal.resources`, which
builds its objects from what the functions here return, cleaned and validated). Each other
language has `resources/<lang>/hotlines.json` (the name `journal.i18n.localized_resource` gives),
which holds only the texts a reader reads, keyed by region code and hotline id::

    {"version": 1, "language": "es",
     "regions": {"US": "Estados Unidos", ...},
     "hotlines": {"us_ndvh": {
        "about": "...", "hours": "...", "languages": "...",
        "reach": ["how to call, in Spanish", "how to text", ...],  # one per English "reach"
        "spanish": "...",                     # the "how" of the English "spanish" object
        "area": "...", "silent_access": "...", "note": "...",  # where the English has them
        "name": "..."}}}                      # optional: only descriptive names are translated

Numbers, addresses and service names stay as they are. There is no falling back to English:
every region, every hotline and every text the English entry has must be translated, or the
file is refused (ValueError), so a missing Spanish text is found by the tests, not by a reader.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from journal.json_checks import Checks

SUPPORTED_VERSION = 1
EMERGENCY_REGION = "EMERGENCY"
OTHER_REGION = "OTHER"
TOPICS = frozenset(
    {"emergency", "domestic_abuse", "sexual_violence", "crisis", "directory", "appointments"}
)
NUMBER_METHODS = frozenset({"call", "text", "tty"})
ADDRESS_METHODS = frozenset({"chat", "email", "web"})
METHODS = NUMBER_METHODS | ADDRESS_METHODS
# Can a Spanish speaker be helped: directly, through an interpreter, or not confirmed (the
# service's own pages do not say; never guessed).
SPANISH_STATUSES = ("yes", "interpreter", "not_confirmed")
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_REGION_CODE = re.compile(r"^[A-Z]{2}$")
# Texts of an English hotline entry that a translation must give whenever the English has them.
TRANSLATED_TEXTS = ("about", "hours", "languages", "area", "silent_access", "note")
OPTIONAL_TEXTS = ("name",)
TRANSLATION_KEYS = frozenset({*TRANSLATED_TEXTS, *OPTIONAL_TEXTS, "reach", "spanish"})
_URL = re.compile(r"https?://[^\s,;)]+[^\s,;).]")
_DIGITS = re.compile(r"\d+")


# The JSON checks, each error starting "Hotlines: " (`check.obj`... in `journal.resources`).
_CHECKS = Checks("Hotlines")
obj, items, text = _CHECKS.obj, _CHECKS.items, _CHECKS.text


def https(value: str, where: str, *, plain: bool = False) -> str:
    """Return an https:// address (`plain`: http:// is accepted too)."""
    if not value.startswith(("https://", "http://") if plain else "https://"):
        raise ValueError(f"Hotlines: {where} 'source' must be an https:// address.")
    return value


def checked_date(data: dict[str, Any], where: str) -> date:
    """Return the ISO date at 'last_checked' (never in the future)."""
    raw = text(data, "last_checked", where)
    try:
        checked = date.fromisoformat(raw)
    except ValueError as exc:
        raise ValueError(f"Hotlines: {where} 'last_checked' must be YYYY-MM-DD.") from exc
    if checked > date.today():
        raise ValueError(f"Hotlines: {where} 'last_checked' is in the future.")
    return checked


def region(raw: object, index: int, seen: set[str]) -> tuple[str, str]:
    """Return a region's (code, name); `seen` collects the codes to refuse duplicates."""
    where = f"region #{index + 1}"
    data = obj(raw, where)
    code = text(data, "code", where)
    if code not in (EMERGENCY_REGION, OTHER_REGION) and not _REGION_CODE.match(code):
        raise ValueError(f"Hotlines: {where} code {code!r} is not a two-letter region code.")
    if code in seen:
        raise ValueError(f"Hotlines: duplicate region {code!r}.")
    seen.add(code)
    return code, text(data, "name", where)


def reach(raw: object, where: str) -> dict[str, str]:
    """Return one way to reach a service: method, value, how."""
    data = obj(raw, where)
    method = text(data, "method", where)
    if method not in METHODS:
        raise ValueError(f"Hotlines: {where} has an unknown method {method!r}.")
    value = text(data, "value", where)
    if method in NUMBER_METHODS and not re.search(r"\d", value):
        raise ValueError(f"Hotlines: {where} needs a number to {method}.")
    return {"method": method, "value": value, "how": text(data, "how", where)}


def spanish(raw: object, where: str) -> dict[str, Any]:
    """Return whether and how a service helps in Spanish: status, how, source, last_checked."""
    where = f"{where} 'spanish'"
    data = obj(raw, where)
    status = text(data, "status", where)
    if status not in SPANISH_STATUSES:
        raise ValueError(f"Hotlines: {where} has an unknown status {status!r}.")
    confirmed = status != "not_confirmed"
    source = text(data, "source", where, required=confirmed)
    return {
        "status": status,
        "how": text(data, "how", where, required=confirmed),
        "source": https(source, where) if source else "",
        "last_checked": checked_date(data, where),
    }


def _words(data: dict[str, Any], key: str, where: str, known: Collection[str]) -> tuple[str, ...]:
    words = items(data.get(key), f"{where} '{key}'")
    if not words or not all(isinstance(i, str) and i in known for i in words):
        raise ValueError(f"Hotlines: {where} needs a list of known '{key}'.")
    return tuple(words)


def hotline(
    raw: object, index: int, regions: set[str], seen: set[str], audiences: Collection[str]
) -> dict[str, Any]:
    """Return a hotline's fields, cleaned ("reach": dicts, "spanish": a dict or None)."""
    where = f"hotline #{index + 1}"
    data = obj(raw, where)
    hotline_id = text(data, "id", where)
    if not _ID.match(hotline_id):
        raise ValueError(f"Hotlines: {where} has an invalid id {hotline_id!r}.")
    if hotline_id in seen:
        raise ValueError(f"Hotlines: duplicate id {hotline_id!r}.")
    seen.add(hotline_id)
    where = f"hotline {hotline_id!r}"
    region_code = text(data, "region", where)
    if region_code not in regions:
        raise ValueError(f"Hotlines: {where} names an unknown region {region_code!r}.")
    source = https(text(data, "source", where), where)
    extra = items(data.get("extra_sources", []), f"{where} 'extra_sources'")
    if not all(isinstance(e, str) for e in extra):
        raise ValueError(f"Hotlines: {where} 'extra_sources' must be a list of addresses.")
    emergency = data.get("emergency", False)
    if not isinstance(emergency, bool):
        raise ValueError(f"Hotlines: {where} 'emergency' must be true or false.")
    topics = _words(data, "topics", where, TOPICS)
    if emergency != ("emergency" in topics):
        raise ValueError(f"Hotlines: {where} 'emergency' and its topics disagree.")
    countries = items(data.get("countries", []), f"{where} 'countries'")
    for code in countries:
        if code not in regions or code == EMERGENCY_REGION:
            raise ValueError(f"Hotlines: {where} names an unknown country {code!r}.")
    ways = items(data.get("reach"), f"{where} 'reach'")
    if not ways:
        raise ValueError(f"Hotlines: {where} has no way to reach it.")
    raw_spanish = data.get("spanish")
    return {
        "id": hotline_id,
        "name": text(data, "name", where),
        "region": region_code,
        "about": text(data, "about", where),
        "reach": [reach(r, f"{where} reach #{i + 1}") for i, r in enumerate(ways)],
        "hours": text(data, "hours", where),
        "languages": text(data, "languages", where),
        "source": source,
        "last_checked": checked_date(data, where),
        "area": text(data, "area", where, required=False),
        "emergency": emergency,
        "countries": tuple(countries),
        "note": text(data, "note", where, required=False),
        "topics": topics,
        "audience": _words(data, "audience", where, audiences),
        "silent_access": text(data, "silent_access", where, required=emergency),
        "extra_sources": tuple(https(e, where, plain=True) for e in extra),
        "spanish": None if raw_spanish is None else spanish(raw_spanish, where),
    }


@dataclass(frozen=True)
class HotlineTexts:
    """One hotline's texts in another language (empty where the English has none)."""

    name: str
    about: str
    hours: str
    languages: str
    area: str
    silent_access: str
    note: str
    reach: tuple[str, ...]
    spanish: str


@dataclass(frozen=True)
class Translation:
    """A language's texts for the hotlines file: region names and each hotline's texts."""

    language: str
    regions: dict[str, str]
    hotlines: dict[str, HotlineTexts]


def _same_numbers(english: str, translated: str, where: str) -> None:
    """Refuse a translation whose numbers or web addresses differ from the English ones."""
    for pattern in (_DIGITS, _URL):
        if sorted(pattern.findall(english)) != sorted(pattern.findall(translated)):
            raise ValueError(f"Hotlines: {where} does not give the English numbers or addresses.")


def _hotline_texts(raw: object, english: dict[str, Any], where: str) -> HotlineTexts:
    data = obj(raw, where)
    unknown = sorted(set(data) - TRANSLATION_KEYS)
    if unknown:
        raise ValueError(f"Hotlines: {where} has unknown keys {unknown}.")
    found: dict[str, str] = {}
    for key in TRANSLATED_TEXTS:
        has_english = bool(str(english.get(key, "")).strip())
        found[key] = text(data, key, where, required=has_english)
        if found[key] and not has_english:
            raise ValueError(f"Hotlines: {where} translates '{key}', which the English lacks.")
        if has_english:
            _same_numbers(english[key], found[key], f"{where} '{key}'")
    hows = items(data.get("reach"), f"{where} 'reach'")
    english_reach = english.get("reach", [])
    if len(hows) != len(english_reach) or not all(isinstance(h, str) and h.strip() for h in hows):
        raise ValueError(f"Hotlines: {where} needs one 'reach' text for each way to reach it.")
    for index, (how, way) in enumerate(zip(hows, english_reach, strict=True)):
        _same_numbers(way.get("how", ""), how, f"{where} reach #{index + 1}")
    spanish = english.get("spanish", {})
    wanted = bool(isinstance(spanish, dict) and str(spanish.get("how", "")).strip())
    how_spanish = text(data, "spanish", where, required=wanted)
    if how_spanish and not wanted:
        raise ValueError(f"Hotlines: {where} translates 'spanish', which the English lacks.")
    return HotlineTexts(
        name=text(data, "name", where, required=False) or str(english.get("name", "")),
        reach=tuple(h.strip() for h in hows),
        spanish=how_spanish,
        **{key: found[key] for key in TRANSLATED_TEXTS},
    )


def parse_translation(raw: object, english: object, language: str) -> Translation:
    """Validate a translation against the English hotlines file (both decoded JSON)."""
    root, base = obj(raw, "the translation"), obj(english, "the top level")
    if root.get("version") != base.get("version") or root.get("language") != language:
        raise ValueError(f"Hotlines: the {language} translation has another version or language.")
    regions = obj(root.get("regions"), f"the {language} 'regions'")
    codes = [obj(r, "region").get("code") for r in items(base.get("regions"), "'regions'")]
    if sorted(regions) != sorted(str(c) for c in codes):
        raise ValueError(f"Hotlines: the {language} translation must name every region once.")
    names = {code: text(regions, code, f"the {language} region {code!r}") for code in regions}
    texts = obj(root.get("hotlines"), f"the {language} 'hotlines'")
    entries = {
        str(obj(h, "hotline").get("id")): h for h in items(base.get("hotlines"), "'hotlines'")
    }
    missing, extra = sorted(set(entries) - set(texts)), sorted(set(texts) - set(entries))
    if missing or extra:
        raise ValueError(
            f"Hotlines: the {language} translation lacks {missing} or has unknown {extra}."
        )
    hotlines = {
        hotline_id: _hotline_texts(texts[hotline_id], entry, f"{language} hotline {hotline_id!r}")
        for hotline_id, entry in entries.items()
    }
    return Translation(language=language, regions=names, hotlines=hotlines)
