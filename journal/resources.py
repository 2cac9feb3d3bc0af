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
        "hours": "24 hours, every day",
        "languages": "English, Spanish; interpreters for many more",
        "source": "https://...",              # the official page the details come from
        "last_checked": "2026-11-24",         # ISO date the details were last checked
        "note": "optional caveat"}]}

`method` is one of call, text, tty, chat, email, web; for call/text/tty `value` is a number.

`resources/guidance/index.json` (version 1)::

    {"version": 1, "pages": [{"id": "what_is_a_trauma_bond", "title": "...", "file": "x.md"}]}

Each page is Markdown in the project's own words and ends with a "## References" section.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from datetime import date
from importlib.resources.abc import Traversable
from typing import Any

from journal.paths import resource_file

HOTLINES_FILENAME = "hotlines.json"
GUIDANCE_FOLDER = "guidance"
GUIDANCE_INDEX = "index.json"
SUPPORTED_VERSION = 1
EMERGENCY_REGION = "EMERGENCY"
NUMBER_METHODS = frozenset({"call", "text", "tty"})
ADDRESS_METHODS = frozenset({"chat", "email", "web"})
METHODS = NUMBER_METHODS | ADDRESS_METHODS
REFERENCES_HEADING = "## References"
# The article's reference list, by the names the guidance pages cite.
ARTICLE_REFERENCES = (
    "Cleveland Clinic",
    "National Domestic Violence Hotline",
    "Nature Scientific Reports",
    "Olff",
    "Psychology Today",
    "Yadav",
    "Mindful Center",
)
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

    def search_text(self) -> str:
        """Return everything a search may match, lower-cased."""
        parts = [self.name, self.about, self.area, self.hours, self.languages, self.note]
        for way in self.reach:
            parts += [way.method, way.value, way.how]
        return "\n".join(parts).lower()

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
        """Return the region for a system territory ("US", "GB", ...), else emergency numbers."""
        code = _TERRITORY_ALIASES.get(territory_code.upper(), territory_code.upper())
        if code != EMERGENCY_REGION and self.region(code) is not None:
            return code
        return EMERGENCY_REGION


@dataclass(frozen=True)
class GuidancePage:
    """One bundled guidance page (Markdown)."""

    id: str
    title: str
    path: Traversable

    def read(self) -> str:
        """Return the page's Markdown text."""
        return self.path.read_text(encoding="utf-8")


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
    if code != EMERGENCY_REGION and not _REGION_CODE.match(code):
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
    source = _text(obj, "source", where)
    if not source.startswith("https://"):
        raise ValueError(f"Hotlines: {where} 'source' must be an https:// address.")
    emergency = obj.get("emergency", False)
    if not isinstance(emergency, bool):
        raise ValueError(f"Hotlines: {where} 'emergency' must be true or false.")
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


def _read_json(path: Traversable, label: str) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise ValueError(f"{label}: {path.name} is not valid UTF-8 text.") from exc
    except json.JSONDecodeError as exc:
        raise ValueError(
            f"{label}: {path.name} is not valid JSON (line {exc.lineno}, column {exc.colno})."
        ) from exc
    except OSError as exc:
        raise ValueError(f"{label}: {path.name} cannot be read ({exc.strerror}).") from exc


def load_hotlines(path: Traversable | None = None) -> HotlineDirectory:
    """Read and validate a hotlines file (the bundled one by default)."""
    target = path if path is not None else resource_file(HOTLINES_FILENAME)
    return parse_hotlines(_read_json(target, "Hotlines"))


def load_guidance(folder: Traversable | None = None) -> tuple[GuidancePage, ...]:
    """Read and validate the guidance index; every page must exist and cite its references."""
    base = folder if folder is not None else resource_file(GUIDANCE_FOLDER)
    root = _read_json(base / GUIDANCE_INDEX, "Guidance")
    if not isinstance(root, dict) or root.get("version") != SUPPORTED_VERSION:
        raise ValueError("Guidance: the index must be an object with version 1.")
    raw_pages = root.get("pages")
    if not isinstance(raw_pages, list) or not raw_pages:
        raise ValueError("Guidance: the index lists no pages.")
    pages: list[GuidancePage] = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_pages):
        where = f"Guidance: page #{i + 1}"
        if not isinstance(raw, dict):
            raise ValueError(f"{where} must be an object.")
        page_id, title, name = raw.get("id"), raw.get("title"), raw.get("file")
        if not isinstance(page_id, str) or not _ID.match(page_id) or page_id in seen:
            raise ValueError(f"{where} has a missing, invalid or duplicate id.")
        seen.add(page_id)
        if not isinstance(title, str) or not title.strip():
            raise ValueError(f"{where} needs a title.")
        if not isinstance(name, str) or "/" in name or "\\" in name or not name.endswith(".md"):
            raise ValueError(f"{where} needs a Markdown file name in the guidance folder.")
        page = GuidancePage(id=page_id, title=title.strip(), path=base / name)
        try:
            text = page.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise ValueError(f"{where} ({name}) cannot be read.") from exc
        if REFERENCES_HEADING not in text or not cited_references(text):
            raise ValueError(f"{where} ({name}) does not cite the article's references.")
        pages.append(page)
    return tuple(pages)


def cited_references(text: str) -> tuple[str, ...]:
    """Return the article references named in a page's References section."""
    _, _, tail = text.partition(REFERENCES_HEADING)
    return tuple(name for name in ARTICLE_REFERENCES if name in tail)


@functools.lru_cache(maxsize=1)
def default_hotlines() -> HotlineDirectory:
    """Return the bundled hotlines, loaded once."""
    return load_hotlines()


@functools.lru_cache(maxsize=1)
def default_guidance() -> tuple[GuidancePage, ...]:
    """Return the bundled guidance pages, loaded once."""
    return load_guidance()
