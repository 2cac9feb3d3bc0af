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
        "spanish": {"status": "yes",          # can a Spanish speaker be helped (SPANISH_STATUSES)
                    "how": "Call and press 2.",   # how to get it (optional if not_confirmed)
                    "source": "https://...",  # the service's page that says so
                    "last_checked": "2026-12-01"},
        "note": "optional caveat"}]}

`method` is one of call, text, tty, chat, email, web; for call/text/tty `value` is a number.
Region codes are two capital letters, "EMERGENCY" (every emergency number) or "OTHER" (for
someone whose country is not listed: directories and numbers that work in many countries).
A card checked more than `STALE_AFTER_MONTHS` months ago says so (`freshness_note`).
The texts in other languages are in `resources/<lang>/hotlines.json` (`journal.hotline_checks`);
`HotlineDirectory.in_language()` gives the directory as the reader's language shows it.

The guidance pages are loaded by `journal.guidance` (re-exported here).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from importlib.resources.abc import Traversable
from typing import Any

from journal import hotline_checks as check
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
)
from journal.i18n import (
    QT_TRANSLATE_NOOP,
    SOURCE_LANGUAGE,
    Language,
    language,
    localized_resource,
    translate,
)
from journal.paths import read_json, resource_file

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
SUPPORTED_VERSION = check.SUPPORTED_VERSION
EMERGENCY_REGION = check.EMERGENCY_REGION
OTHER_REGION = check.OTHER_REGION
TOPICS = check.TOPICS
METHODS = check.METHODS
NUMBER_METHODS = check.NUMBER_METHODS
ADDRESS_METHODS = check.ADDRESS_METHODS
SPANISH_STATUSES = check.SPANISH_STATUSES
STALE_AFTER_MONTHS = 12
AUDIENCE_LABELS: dict[str, str] = {  # English, translated where shown (context "Hotlines")
    "anyone": QT_TRANSLATE_NOOP("Hotlines", "Anyone"),
    "women": QT_TRANSLATE_NOOP("Hotlines", "Women"),
    "men": QT_TRANSLATE_NOOP("Hotlines", "Men"),
    "lgbtq": QT_TRANSLATE_NOOP("Hotlines", "LGBTQ+ people"),
    "indigenous": QT_TRANSLATE_NOOP("Hotlines", "Indigenous people"),
    "deaf": QT_TRANSLATE_NOOP("Hotlines", "Deaf, hard-of-hearing or speech-impaired people"),
    "youth": QT_TRANSLATE_NOOP("Hotlines", "Young people"),
}
GENDERED_AUDIENCES = frozenset({"women", "men"})
_MONTHS = [
    QT_TRANSLATE_NOOP("Hotlines", "January"),
    QT_TRANSLATE_NOOP("Hotlines", "February"),
    QT_TRANSLATE_NOOP("Hotlines", "March"),
    QT_TRANSLATE_NOOP("Hotlines", "April"),
    QT_TRANSLATE_NOOP("Hotlines", "May"),
    QT_TRANSLATE_NOOP("Hotlines", "June"),
    QT_TRANSLATE_NOOP("Hotlines", "July"),
    QT_TRANSLATE_NOOP("Hotlines", "August"),
    QT_TRANSLATE_NOOP("Hotlines", "September"),
    QT_TRANSLATE_NOOP("Hotlines", "October"),
    QT_TRANSLATE_NOOP("Hotlines", "November"),
    QT_TRANSLATE_NOOP("Hotlines", "December"),
]
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
class SpanishAccess:
    """Whether and how a service helps in Spanish, with the page that says so."""

    status: str  # one of SPANISH_STATUSES
    how: str
    source: str
    last_checked: date

    @property
    def label(self) -> str:
        """Return the card's words for the status ("Answers in Spanish:"), translated."""
        if self.status == "yes":
            return translate("Hotlines", "Answers in Spanish:")
        if self.status == "interpreter":
            return translate("Hotlines", "Spanish through an interpreter:")
        return translate("Hotlines", "Spanish: not confirmed.")

    @property
    def text(self) -> str:
        """Return what a card says about Spanish: the status, then how."""
        return f"{self.label} {self.how}".strip()


NOT_CONFIRMED = SpanishAccess("not_confirmed", "", "", date(2026, 12, 1))


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
    spanish: SpanishAccess = NOT_CONFIRMED

    @property
    def open_to_any_gender(self) -> bool:
        """Return True unless the service is only for women or only for men."""
        return not GENDERED_AUDIENCES & set(self.audience)

    @property
    def audience_text(self) -> str:
        """Return who the service is for, in words ("Men", "LGBTQ+ people", ...)."""
        return ", ".join(translate("Hotlines", AUDIENCE_LABELS.get(a, a)) for a in self.audience)

    def search_text(self) -> str:
        """Return everything a search may match, lower-cased."""
        parts = [self.name, self.about, self.area, self.hours, self.languages, self.note]
        parts += [self.silent_access, self.audience_text, *self.topics]
        if self.spanish.status != "not_confirmed":  # "spanish", "español" find who helps in it
            parts += [self.spanish.text, translate("Hotlines", "Spanish")]
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
    translations: Mapping[str, HotlineDirectory] = field(
        default_factory=dict, compare=False, repr=False
    )

    def in_language(self, lang: Language | None = None) -> HotlineDirectory:
        """Return the directory with its texts in `lang` (default: the current language).

        The bundled directory has every language (`load_hotlines` refuses an incomplete
        translation); one built from other data without translations stays English.
        """
        lang = lang or language()
        if lang is SOURCE_LANGUAGE:
            return self
        return self.translations.get(lang.value, self)

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
    """Return a date as "1 December 2026" (Spanish: "1 de diciembre de 2026"), not by locale."""
    month = translate("Hotlines", _MONTHS[day.month - 1])
    return translate("Hotlines", "{day} {month} {year}").format(
        day=day.day, month=month, year=day.year
    )


def freshness_note(checked: date, today: date) -> str:
    """Return the plain note shown on a card: when it was checked, and a caution if it is old."""
    day = format_day(checked)
    if is_stale(checked, today):
        return translate(
            "Hotlines",
            "Last checked {day}. That was more than a year ago, so these details may have "
            "changed. If a number does not work, try the service's website or your emergency "
            "number.",
        ).format(day=day)
    return translate("Hotlines", "Last checked {day}.").format(day=day)


# --- reading the files ------------------------------------------------------------------


def _hotline(fields: dict[str, Any]) -> Hotline:
    """Return a Hotline from the fields `hotline_checks.hotline` cleaned."""
    spanish = fields.pop("spanish")
    return Hotline(
        **{key: value for key, value in fields.items() if key != "reach"},
        reach=tuple(Reach(**way) for way in fields["reach"]),
        spanish=NOT_CONFIRMED if spanish is None else SpanishAccess(**spanish),
    )


def _translated(directory: HotlineDirectory, words: check.Translation) -> HotlineDirectory:
    """Return `directory` with the texts of a translation (numbers and addresses unchanged)."""
    regions = tuple(Region(r.code, words.regions[r.code]) for r in directory.regions)
    hotlines = []
    for hotline in directory.hotlines:
        texts = words.hotlines[hotline.id]
        hotlines.append(
            dataclasses.replace(
                hotline,
                name=texts.name,
                about=texts.about,
                hours=texts.hours,
                languages=texts.languages,
                area=texts.area,
                silent_access=texts.silent_access,
                note=texts.note,
                reach=tuple(
                    dataclasses.replace(way, how=how)
                    for way, how in zip(hotline.reach, texts.reach, strict=True)
                ),
                spanish=dataclasses.replace(hotline.spanish, how=texts.spanish),
            )
        )
    return HotlineDirectory(regions=regions, hotlines=tuple(hotlines))


def parse_hotlines(
    data: object, translations: Mapping[Language, object] | None = None
) -> HotlineDirectory:
    """Build a HotlineDirectory from decoded JSON (and its translations, decoded JSON too).

    Raises ValueError if the file or a translation is malformed or incomplete.
    """
    root = check.obj(data, "the top level")
    if root.get("version") != SUPPORTED_VERSION:
        raise ValueError(f"Hotlines: unsupported version {root.get('version')!r}.")
    seen_regions: set[str] = set()
    regions = tuple(
        Region(*check.region(r, i, seen_regions))
        for i, r in enumerate(check.items(root.get("regions"), "'regions'"))
    )
    if EMERGENCY_REGION not in seen_regions:
        raise ValueError("Hotlines: the 'EMERGENCY' region is missing.")
    seen: set[str] = set()
    hotlines = tuple(
        _hotline(check.hotline(h, i, seen_regions, seen, AUDIENCE_LABELS))
        for i, h in enumerate(check.items(root.get("hotlines"), "'hotlines'"))
    )
    for region in regions:
        if not any(h.region == region.code or region.code in h.countries for h in hotlines):
            raise ValueError(f"Hotlines: region {region.code!r} has no entries.")
    english = HotlineDirectory(regions=regions, hotlines=hotlines)
    translated = {
        lang.value: _translated(english, check.parse_translation(raw, data, lang.value))
        for lang, raw in (translations or {}).items()
    }
    return HotlineDirectory(regions=regions, hotlines=hotlines, translations=translated)


def translation_file(lang: Language) -> str:
    """Return the bundled resource name of the hotlines' texts in `lang`."""
    return localized_resource(HOTLINES_FILENAME, lang)


def load_hotlines(
    path: Traversable | None = None, translations: Mapping[Language, Traversable] | None = None
) -> HotlineDirectory:
    """Read and validate a hotlines file; the bundled one by default, with every translation."""
    if path is None:
        path = resource_file(HOTLINES_FILENAME)
        if translations is None:
            translations = {
                lang: resource_file(translation_file(lang))
                for lang in Language
                if lang is not SOURCE_LANGUAGE
            }
    texts = {lang: read_json(file, "Hotlines") for lang, file in (translations or {}).items()}
    return parse_hotlines(read_json(path, "Hotlines"), texts)


@functools.lru_cache(maxsize=1)
def default_hotlines() -> HotlineDirectory:
    """Return the bundled hotlines in every language, loaded once."""
    return load_hotlines()
