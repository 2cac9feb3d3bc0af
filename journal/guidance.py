"""Bundled guidance pages: Markdown in the project's own words, each citing its sources.

`resources/guidance/index.json` (version 1)::

    {"version": 1, "pages": [{"id": "what_is_a_trauma_bond", "title": "...", "file": "x.md"}]}

Each page ends with a "## References" section listing only known sources (`KNOWN_REFERENCES`):
the article's reference list and the domestic-abuse, health and research sources added since.
No Qt, no network.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib.resources.abc import Traversable

from journal.paths import resource_file

GUIDANCE_FOLDER = "guidance"
GUIDANCE_INDEX = "index.json"
SUPPORTED_VERSION = 1
_ID = re.compile(r"^[a-z][a-z0-9_]*$")

REFERENCES_HEADING = "## References"
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
class GuidancePage:
    """One bundled guidance page (Markdown)."""

    id: str
    title: str
    path: Traversable

    def read(self) -> str:
        """Return the page's Markdown text."""
        return self.path.read_text(encoding="utf-8")


def read_json(path: Traversable, label: str) -> object:
    """Read a JSON file, turning every failure into a ValueError naming `label`."""
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
        page = GuidancePage(id=page_id, title=title.strip(), path=base / name)
        try:
            text = page.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise ValueError(f"{where} ({name}) cannot be read.") from exc
        if REFERENCES_HEADING not in text or not cited_references(text):
            raise ValueError(f"{where} ({name}) does not cite its references.")
        pages.append(page)
    return tuple(pages)


def cited_references(text: str) -> tuple[str, ...]:
    """Return the known references named in a page's References section."""
    _, _, tail = text.partition(REFERENCES_HEADING)
    return tuple(name for name in KNOWN_REFERENCES if name in tail)


@functools.lru_cache(maxsize=1)
def default_guidance() -> tuple[GuidancePage, ...]:
    """Return the bundled guidance pages, loaded once."""
    return load_guidance()
