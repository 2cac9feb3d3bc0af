"""Bundled guidance pages: Markdown in the project's own words, each citing its sources.

`resources/guidance/index.json` (version 1)::

    {"version": 1, "pages": [{"id": "what_is_a_trauma_bond", "title": "...",
                              "title_es": "...", "file": "x.md"}]}

Each page ends with a "## References" section listing only known sources (`KNOWN_REFERENCES`):
the article's reference list and the domestic-abuse, health and research sources added since.
Pages are written anew in each language, with the same sections and the same references, in
`guidance/<code>/<file>` (`guidance/es/x.md`), titled by `title_<code>`. A page's title and
text are those of the language in force when asked for (`journal.i18n.language()`); a page
not written in that language reads in English (a test checks none is missing).
No Qt, no network.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib.resources.abc import Traversable

from journal.i18n import SOURCE_LANGUAGE, Language, language
from journal.paths import read_json, resource_file

GUIDANCE_FOLDER = "guidance"
GUIDANCE_INDEX = "index.json"
SUPPORTED_VERSION = 1
_ID = re.compile(r"^[a-z][a-z0-9_]*$")

REFERENCES_HEADING = "## References"
# The same section's heading in every language (a page's references are the English list).
REFERENCES_HEADINGS = {Language.ENGLISH: REFERENCES_HEADING, Language.SPANISH: "## Fuentes"}
# The article's reference list, by the names the guidance pages cite. The article's "Nature
# Scientific Reports" entry had the wrong title and number; the paper is Adonis et al. (2025).
ARTICLE_REFERENCES = (
    "Cleveland Clinic",
    "National Domestic Violence Hotline",
    "Adonis",
    "Olff",
    "Psychology Today",
    "Yadav",
    "Mindful Center",
)
# Sources added for safety planning, crisis support and therapy facts. Each reference line
# starts with exactly one of these names.
SUPPORT_REFERENCES = (
    "Campbell",
    "Foyle Women's Aid",
    "nidirect",
    "National Network to End Domestic Violence",
    "National Institute for Health and Care Excellence",
    "Ramirez de Arellano",
    "UC Davis Health",
    "Samaritans",
)
KNOWN_REFERENCES = ARTICLE_REFERENCES + SUPPORT_REFERENCES


@dataclass(frozen=True)
class PageText:
    """A guidance page in one language: its title and its Markdown file."""

    language: Language
    title: str
    path: Traversable


@dataclass(frozen=True, init=False)
class GuidancePage:
    """One bundled guidance page (Markdown), read in the language in force when asked."""

    id: str
    texts: tuple[PageText, ...]  # English first, then the translations

    def __init__(
        self, id: str, title: str, path: Traversable, translations: tuple[PageText, ...] = ()
    ) -> None:
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "texts", (PageText(SOURCE_LANGUAGE, title, path), *translations))

    def text(self, lang: Language | None = None) -> PageText:
        """Return the page in `lang` (default: the current language; English if missing)."""
        wanted = lang or language()
        return next((t for t in self.texts if t.language is wanted), self.texts[0])

    @property
    def title(self) -> str:
        """The page's title, in the current language."""
        return self.text().title

    @property
    def path(self) -> Traversable:
        """The page's Markdown file, in the current language."""
        return self.text().path

    def read(self, lang: Language | None = None) -> str:
        """Return the page's Markdown text (default: in the current language)."""
        return self.text(lang).path.read_text(encoding="utf-8")


def load_guidance(folder: Traversable | None = None) -> tuple[GuidancePage, ...]:
    """Read and validate the guidance index; every page must exist and cite its references."""
    base = folder if folder is not None else resource_file(GUIDANCE_FOLDER)
    root = read_json(base / GUIDANCE_INDEX, "Guidance")
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
        page = GuidancePage(page_id, title.strip(), base / name, _translations(base, raw, where))
        for text in page.texts:
            prefix = "" if text.language is SOURCE_LANGUAGE else f"{text.language.value}/"
            _check_page(text, f"{where} ({prefix}{name})")
        pages.append(page)
    return tuple(pages)


def _translations(base: Traversable, raw: dict[str, object], where: str) -> tuple[PageText, ...]:
    """Return a page's other languages: those whose folder holds its file."""
    found = []
    for lang in Language:
        path = base / lang.value / str(raw["file"])
        if lang is SOURCE_LANGUAGE or not path.is_file():
            continue
        title = raw.get(f"title_{lang.value}", raw["title"])
        if not isinstance(title, str) or not title.strip():
            raise ValueError(f"{where} needs a title in {lang.native_name}.")
        found.append(PageText(lang, title.strip(), path))
    return tuple(found)


def _check_page(text: PageText, where: str) -> None:
    """Raise ValueError unless a page can be read and cites its references."""
    try:
        markdown = text.path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{where} cannot be read.") from exc
    heading = REFERENCES_HEADINGS.get(text.language, REFERENCES_HEADING)
    if heading not in markdown or not cited_references(markdown):
        raise ValueError(f"{where} does not cite its references.")


def references_section(text: str) -> str | None:
    """Return what follows a page's references heading (in any language), or None."""
    for heading in REFERENCES_HEADINGS.values():
        if heading in text:
            return text.partition(heading)[2]
    return None


def cited_references(text: str) -> tuple[str, ...]:
    """Return the known references named in a page's References section."""
    tail = references_section(text) or ""
    return tuple(name for name in KNOWN_REFERENCES if name in tail)


@functools.lru_cache(maxsize=1)
def default_guidance() -> tuple[GuidancePage, ...]:
    """Return the bundled guidance pages, loaded once."""
    return load_guidance()
