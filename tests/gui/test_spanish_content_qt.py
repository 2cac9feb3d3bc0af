"""The Spanish taxonomy and guidance through Qt's real catalog, and the pages as Qt renders them.

Needs the built translations (`make translations`, which `make test` runs first).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QTextDocument

from journal.drawing.catalogs import apply_language, catalog
from journal.guidance import default_guidance, load_guidance
from journal.i18n import Language, language, using
from journal.taxonomy import default_taxonomy

PAGES = load_guidance()


def _levels(markdown: str) -> tuple[str, list[int]]:
    """Return a page's plain text and the heading level of each of its blocks, as Qt reads it."""
    doc = QTextDocument()
    doc.setMarkdown(markdown)
    assert "<a " not in doc.toHtml() and "href" not in doc.toHtml(), "nothing is a link"
    levels = []
    block = doc.firstBlock()
    while block.isValid():
        levels.append(block.blockFormat().headingLevel())
        block = block.next()
    return doc.toPlainText(), [level for level in levels if level]


@pytest.mark.parametrize("page", PAGES, ids=[p.id for p in PAGES])
def test_a_spanish_page_renders_like_its_english_page(qapp: Any, page: Any) -> None:
    plain, levels = _levels(page.read(Language.SPANISH))
    english_plain, english_levels = _levels(page.read(Language.ENGLISH))
    assert levels == english_levels and levels.count(1) == 1
    assert plain.splitlines()[0] == page.text(Language.SPANISH).title
    assert "Fuentes" in plain and "References" not in plain
    assert "**" not in plain and "`" not in plain and "\n#" not in plain
    assert len(plain.splitlines()) >= len(english_plain.splitlines()) - 3


def test_the_loaders_answer_in_spanish_within_the_spanish_catalog(qapp: Any) -> None:
    spanish = catalog(Language.SPANISH)
    taxonomy = default_taxonomy()
    first = default_guidance()[0]
    with using(spanish):
        assert language() is Language.SPANISH
        assert taxonomy.label("silent_treatment") == "Ley del hielo"
        assert taxonomy.behaviour("weapon_use").tooltip().count("Por tu seguridad:") == 1  # type: ignore[union-attr]
        assert first.title == "Cómo usar esta guía"
        assert "**Salida rápida**" in first.read()
    with using(catalog(Language.ENGLISH)):
        assert taxonomy.label("silent_treatment") == "Silent treatment"
        assert first.title == "Using this guidance"
    assert taxonomy.label("silent_treatment") == "Silent treatment"


@pytest.fixture
def spanish_interface(qapp: Any) -> Iterator[None]:
    apply_language(Language.SPANISH)
    try:
        yield
    finally:
        apply_language(Language.ENGLISH)


def test_switching_the_interface_language_switches_the_words(spanish_interface: None) -> None:
    taxonomy = default_taxonomy()
    page = default_guidance()[4]
    assert taxonomy.groups[-1].name == "Cariño después del daño"
    assert page.title == "Siete señales de alerta"
    with using(catalog(Language.ENGLISH)):  # an English report written from a Spanish window
        assert taxonomy.groups[-1].name == "Affection after harm"
        assert page.read().startswith("# Seven red flags")
    apply_language(Language.ENGLISH)  # the user switches back while the app runs
    assert taxonomy.groups[-1].name == "Affection after harm"
    assert page.title == "Seven red flags"
