"""Bundled help resources: hotlines by region and guidance pages (no Qt, no network).

`resources/hotlines.json` (version 1)::

    {"version": 1,
     "regions": [{"code": "US", "name": "United States"}, ...,
                 {"code": "EMERGENCY", "name": "Emergency numbers"}],
     "hotlines": [{
        "id": "us_ndvh",                      # snake_case, unique
        "name": "National Domestic Violence Hotline",
        "region": "US",                       # a code from "regions"
        "area": "Idaho, Montana and Alaska",  # optional: part of the region it serves
        "about": "What it is for, in one or two sentences.",
        "emergency": false,                   # optional: an emergency number
        "countries": ["US", "CA"],            # optional (emergency numbers): shown there too
        "reach": [{"method": "call", "value": "1-800-799-7233", "how": "..."}],
        "silent_access": "...",               # required on emergency numbers: how to get
                                              # help silently or by text there
        "topics": ["domestic_abuse"],         # what it helps with (TOPICS)
        "audience": ["anyone"],               # who it is for (AUDIENCES)
        "hours": "24 hours, every day",
        "languages": "English, Spanish; interpreters for many more",
        "source": "https://...",              # the official page the details come from
        "extra_sources": ["https://..."],     # optional: further pages checked
        "last_checked": "2026-11-24",         # ISO date the details were last checked
        "note": "optional caveat"}]}

`method` is one of call, text, tty, chat, email, web; for call/text/tty `value` is a number.
Region codes are two capital letters, "EMERGENCY" (every emergency number) or "OTHER" (for
someone whose country is not listed: directories and numbers that work in many countries).
A card checked more than `STALE_AFTER_MONTHS` months ago says so (`freshness_note`).

The guidance pages are loaded by `journal.guidance` (re-exported here).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from importlib.resources.abc import Traversable
from typing import Any

from journal.guidance import (
    ARTICLE_REFERENCES,
    GUIDANCE_FOLDER,
    GUIDANCE_INDEX,
    KNOWN_REFERENCES,
    REFERENCES_HEADING,
    SUPPORT_REFERENCES,
    GuidancePage,
    cited_references,
    default_guidance,
    load_guidance,
    read_json,
)
from journal.paths import resource_file

__all__ = [  # guidance names re-exported for callers that import them from here
    "ARTICLE_REFERENCES",
    "GUIDANCE_FOLDER",
    "GUIDANCE_INDEX",
    "KNOWN_REFERENCES",
    "REFERENCES_HEADING",
    "SUPPORT_REFERENCES",
    "GuidancePage",
    "cited_references",
    "default_guidance",
    "load_guidance",
]

HOTLINES_FILENAME = "hotlines.json"
SUPPORTED_VERSION = 1
EMERGENCY_REGION = "EMERGENCY"
OTHER_REGION = "OTHER"
STALE_AFTER_MONTHS = 12
TOPICS = frozenset(
    {"emergency", "domestic_abuse", "sexual_violence", "crisis", "directory", "appointments"}
)
AUDIENCE_LABELS: dict[str, str] = {
    "anyone": "Anyone",
    "women": "Women",
    "men": "Men",
    "lgbtq": "LGBTQ+ people",
    "indigenous": "Indigenous people",
    "deaf": "Deaf, hard-of-hearing or speech-impaired people",
    "youth": "Young people",
}
GENDERED_AUDIENCES = frozenset({"women", "men"})
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
NUMBER_METHODS = frozenset({"call", "text", "tty"})
ADDRESS_METHODS = frozenset({"chat", "email", "web"})
METHODS = NUMBER_METHODS | ADDRESS_METHODS
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_REGION_CODE = re.compile(r"^[A-Z]{2}$")
_TERRITORY_ALIASES = {"UK": "GB"}
_NUMBER_WORD = re.compile(r"[\d\-().+]+")


@dataclass(frozen=True)
class Region:
    """A region the user can choose, e.g. ("US", "United States")."""

    code: str
    name: str


@dataclass(frozen=True)
class Reach:
    """One way to reach a service: call, text, TTY, chat, email or web."""

    method: str
    value: str
    how: str

    @property
    def is_number(self) -> bool:
        """Return True when `value` is something to dial or text."""
        return self.method in NUMBER_METHODS


@dataclass(frozen=True)
class Hotline:
    """A helpline or emergency number with where its details come from."""

    id: str
    name: str
    region: str
    about: str
    reach: tuple[Reach, ...]
    hours: str
    languages: str
    source: str
    last_checked: date
    area: str = ""
    emergency: bool = False
    countries: tuple[str, ...] = ()
    note: str = ""
    topics: tuple[str, ...] = ()
    audience: tuple[str, ...] = ("anyone",)
    silent_access: str = ""
    extra_sources: tuple[str, ...] = ()

    @property
    def open_to_any_gender(self) -> bool:
        """Return True unless the service is only for women or only for men."""
        return not GENDERED_AUDIENCES & set(self.audience)

    @property
    def audience_text(self) -> str:
        """Return who the service is for, in words ("Men", "LGBTQ+ people", ...)."""
        return ", ".join(AUDIENCE_LABELS.get(a, a) for a in self.audience)

    def search_text(self) -> str:
        """Return everything a search may match, lower-cased."""
        parts = [self.name, self.about, self.area, self.hours, self.languages, self.note]
        parts += [self.silent_access, self.audience_text, *self.topics]
        for way in self.reach:
            parts += [way.method, way.value, way.how]
        return "\n".join(parts).lower().replace("_", " ")

    def matches(self, query: str) -> bool:
        """Return True if every word of `query` appears in the entry (digits match numbers)."""
        words = query.lower().split()
        if not words:
            return True
        text = self.search_text()
        numbers = [re.sub(r"\D", "", way.value) for way in self.reach]
        for word in words:
            if word in text:
                continue
            digits = re.sub(r"\D", "", word)
            if digits and _NUMBER_WORD.fullmatch(word) and any(digits in n for n in numbers):
                continue
            return False
        return True


@dataclass(frozen=True)
class HotlineDirectory:
    """All bundled hotlines, grouped by region."""

    regions: tuple[Region, ...]
    hotlines: tuple[Hotline, ...]

    def region(self, code: str) -> Region | None:
        """Return the region with this code, or None."""
        return next((r for r in self.regions if r.code == code), None)

    def for_region(self, code: str, query: str = "") -> tuple[Hotline, ...]:
        """Return the region's emergency numbers first, then its other services."""
        if code == EMERGENCY_REGION:
            chosen = [h for h in self.hotlines if h.emergency]
        else:
            urgent = [h for h in self.hotlines if h.emergency and code in h.countries]
            chosen = urgent + [h for h in self.hotlines if h.region == code and not h.emergency]
        return tuple(h for h in chosen if h.matches(query))

    def default_region(self, territory_code: str) -> str:
        """Return the region for a system territory ("US", "GB", ...), else "not listed"."""
        code = _TERRITORY_ALIASES.get(territory_code.upper(), territory_code.upper())
        if _REGION_CODE.match(code) and self.region(code) is not None:
            return code
        return OTHER_REGION if self.region(OTHER_REGION) is not None else EMERGENCY_REGION


# --- freshness ---------------------------------------------------------------------------


def _months_before(day: date, months: int) -> date:
    """Return the same day `months` months earlier (the month's last day if it is shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    for last in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def is_stale(checked: date, today: date) -> bool:
    """Return True when details checked on `checked` are more than 12 months old on `today`."""
    return checked < _months_before(today, STALE_AFTER_MONTHS)


def format_day(day: date) -> str:
    """Return a date as "1 December 2026" (the same in every locale)."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def freshness_note(checked: date, today: date) -> str:
    """Return the plain note shown on a card: when it was checked, and a caution if it is old."""
    text = f"Last checked {format_day(checked)}."
    if is_stale(checked, today):
        text += (
            " That was more than a year ago, so these details may have changed. If a number "
            "does not work, try the service's website or your emergency number."
        )
    return text


# --- validation helpers --------------------------------------------------------------


def _obj(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"Hotlines: {where} must be an object.")
    return value


def _list(value: object, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError(f"Hotlines: {where} must be a list.")
    return value


def _text(obj: dict[str, Any], key: str, where: str, *, required: bool = True) -> str:
    value = obj.get(key, None if required else "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise ValueError(f"Hotlines: {where} needs a non-empty text '{key}'.")
    return value.strip()


def _parse_region(raw: object, index: int, seen: set[str]) -> Region:
    where = f"region #{index + 1}"
    obj = _obj(raw, where)
    code = _text(obj, "code", where)
    if code not in (EMERGENCY_REGION, OTHER_REGION) and not _REGION_CODE.match(code):
        raise ValueError(f"Hotlines: {where} code {code!r} is not a two-letter region code.")
    if code in seen:
        raise ValueError(f"Hotlines: duplicate region {code!r}.")
    seen.add(code)
    return Region(code=code, name=_text(obj, "name", where))


def _parse_reach(raw: object, where: str) -> Reach:
    obj = _obj(raw, where)
    method = _text(obj, "method", where)
    if method not in METHODS:
        raise ValueError(f"Hotlines: {where} has an unknown method {method!r}.")
    value = _text(obj, "value", where)
    if method in NUMBER_METHODS and not re.search(r"\d", value):
        raise ValueError(f"Hotlines: {where} needs a number to {method}.")
    return Reach(method=method, value=value, how=_text(obj, "how", where))


def _parse_date(obj: dict[str, Any], where: str) -> date:
    raw = _text(obj, "last_checked", where)
    try:
        checked = date.fromisoformat(raw)
    except ValueError as exc:
        raise ValueError(f"Hotlines: {where} 'last_checked' must be YYYY-MM-DD.") from exc
    if checked > date.today():
        raise ValueError(f"Hotlines: {where} 'last_checked' is in the future.")
    return checked


def _words(obj: dict[str, Any], key: str, where: str, known: Collection[str]) -> tuple[str, ...]:
    items = _list(obj.get(key), f"{where} '{key}'")
    if not items or not all(isinstance(i, str) and i in known for i in items):
        raise ValueError(f"Hotlines: {where} needs a list of known '{key}'.")
    return tuple(items)


def _https(value: str, where: str, *, plain: bool = False) -> str:
    if not value.startswith(("https://", "http://") if plain else "https://"):
        raise ValueError(f"Hotlines: {where} 'source' must be an https:// address.")
    return value


def _parse_hotline(raw: object, index: int, regions: set[str], seen: set[str]) -> Hotline:
    where = f"hotline #{index + 1}"
    obj = _obj(raw, where)
    hotline_id = _text(obj, "id", where)
    if not _ID.match(hotline_id):
        raise ValueError(f"Hotlines: {where} has an invalid id {hotline_id!r}.")
    if hotline_id in seen:
        raise ValueError(f"Hotlines: duplicate id {hotline_id!r}.")
    seen.add(hotline_id)
    where = f"hotline {hotline_id!r}"
    region = _text(obj, "region", where)
    if region not in regions:
        raise ValueError(f"Hotlines: {where} names an unknown region {region!r}.")
    source = _https(_text(obj, "source", where), where)
    extra = _list(obj.get("extra_sources", []), f"{where} 'extra_sources'")
    if not all(isinstance(e, str) for e in extra):
        raise ValueError(f"Hotlines: {where} 'extra_sources' must be a list of addresses.")
    emergency = obj.get("emergency", False)
    if not isinstance(emergency, bool):
        raise ValueError(f"Hotlines: {where} 'emergency' must be true or false.")
    topics = _words(obj, "topics", where, TOPICS)
    if emergency != ("emergency" in topics):
        raise ValueError(f"Hotlines: {where} 'emergency' and its topics disagree.")
    silent = _text(obj, "silent_access", where, required=emergency)
    countries = _list(obj.get("countries", []), f"{where} 'countries'")
    for code in countries:
        if code not in regions or code == EMERGENCY_REGION:
            raise ValueError(f"Hotlines: {where} names an unknown country {code!r}.")
    reach = _list(obj.get("reach"), f"{where} 'reach'")
    if not reach:
        raise ValueError(f"Hotlines: {where} has no way to reach it.")
    return Hotline(
        id=hotline_id,
        name=_text(obj, "name", where),
        region=region,
        about=_text(obj, "about", where),
        reach=tuple(_parse_reach(r, f"{where} reach #{i + 1}") for i, r in enumerate(reach)),
        hours=_text(obj, "hours", where),
        languages=_text(obj, "languages", where),
        source=source,
        last_checked=_parse_date(obj, where),
        area=_text(obj, "area", where, required=False),
        emergency=emergency,
        countries=tuple(countries),
        note=_text(obj, "note", where, required=False),
        topics=topics,
        audience=_words(obj, "audience", where, AUDIENCE_LABELS),
        silent_access=silent,
        extra_sources=tuple(_https(e, where, plain=True) for e in extra),
    )


def parse_hotlines(data: object) -> HotlineDirectory:
    """Build a HotlineDirectory from decoded JSON, raising ValueError if it is malformed."""
    root = _obj(data, "the top level")
    if root.get("version") != SUPPORTED_VERSION:
        raise ValueError(f"Hotlines: unsupported version {root.get('version')!r}.")
    seen_regions: set[str] = set()
    regions = tuple(
        _parse_region(r, i, seen_regions)
        for i, r in enumerate(_list(root.get("regions"), "'regions'"))
    )
    if EMERGENCY_REGION not in seen_regions:
        raise ValueError("Hotlines: the 'EMERGENCY' region is missing.")
    seen: set[str] = set()
    hotlines = tuple(
        _parse_hotline(h, i, seen_regions, seen)
        for i, h in enumerate(_list(root.get("hotlines"), "'hotlines'"))
    )
    for region in regions:
        if not any(h.region == region.code or region.code in h.countries for h in hotlines):
            raise ValueError(f"Hotlines: region {region.code!r} has no entries.")
    return HotlineDirectory(regions=regions, hotlines=hotlines)


def load_hotlines(path: Traversable | None = None) -> HotlineDirectory:
    """Read and validate a hotlines file (the bundled one by default)."""
    target = path if path is not None else resource_file(HOTLINES_FILENAME)
    return parse_hotlines(read_json(target, "Hotlines"))


@functools.lru_cache(maxsize=1)
def default_hotlines() -> HotlineDirectory:
    """Return the bundled hotlines, loaded once."""
    return load_hotlines()
