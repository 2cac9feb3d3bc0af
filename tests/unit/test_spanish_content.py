"""The taxonomy and the guidance in Spanish: complete, faithful to the English, and read in the
language in force when asked (no Qt: a small catalog stands in for Qt's; see
tests/gui/test_spanish_content_qt.py for the real one).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import threading
import zipfile
from pathlib import Path
from typing import Any

import pytest

from journal.guidance import (
    REFERENCES_HEADINGS,
    GuidancePage,
    cited_references,
    load_guidance,
    references_section,
)
from journal.i18n import Catalog, Language, language, using
from journal.paths import resource_path
from journal.taxonomy import Taxonomy, load_taxonomy, parse_taxonomy, translation_filename
from journal.taxonomy_words import parse_translation

ROOT = Path(__file__).resolve().parents[2]
GUIDANCE = ROOT / "resources" / "guidance"
SPANISH_FILE = resource_path(translation_filename(Language.SPANISH))


class SpanishCatalog:
    """The smallest catalog: Spanish, with no message translations (the core needs none)."""

    language = Language.SPANISH

    def lookup(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        return ""

    def format_number(self, value: int | float, decimals: int = 0) -> str:
        return f"{value:.{decimals}f}".replace(".", ",")

    def format_date(self, value: dt.date, long: bool = False) -> str:
        return value.isoformat()

    def format_datetime(self, value: dt.datetime, long: bool = False) -> str:
        return value.isoformat()


SPANISH: Catalog = SpanishCatalog()


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


@pytest.fixture(scope="module")
def spanish_words() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SPANISH_FILE.read_text(encoding="utf-8"))
    return data


# --- the taxonomy's Spanish is complete -------------------------------------------------


def test_every_id_has_a_spanish_name_and_description(
    taxonomy: Taxonomy, spanish_words: dict[str, Any]
) -> None:
    sections = {
        "groups": [(g.id, g.source) for g in taxonomy.groups],
        "behaviours": [(b.id, b.source) for b in taxonomy.all_behaviours()],
        "emotions": [(c.id, c.source) for c in taxonomy.emotions],
        "body_responses": [(c.id, c.source) for c in taxonomy.body_responses],
    }
    for section, items in sections.items():
        assert list(spanish_words[section]) == [i for i, _ in items], section  # same order
        for item_id, english in items:
            words = spanish_words[section][item_id]
            assert words["name"].strip() and words["name"] != english.name, item_id
            if english.description:  # groups and behaviours; emotions have only names
                assert words["description"].strip(), item_id
                assert words["description"] != english.description, item_id


def test_spanish_safety_notes_sit_exactly_on_the_high_risk_behaviours(taxonomy: Taxonomy) -> None:
    for behaviour in taxonomy.all_behaviours():
        words = behaviour.wording(Language.SPANISH)
        assert words is not behaviour.source, behaviour.id
        if not behaviour.high_risk:
            assert words.risk_note == "", behaviour.id
            continue
        note = words.risk_note
        assert 15 <= len(note.split()) <= 85, behaviour.id
        assert "!" not in note and not any(w.isupper() and len(w) > 3 for w in note.split())
        assert any(w in note for w in ("persona defensora", "línea de ayuda", "médic", "partera"))
        assert words.risk_heading == "Por tu seguridad"


def test_the_spanish_strangulation_note_keeps_the_facts(taxonomy: Taxonomy) -> None:
    note = taxonomy.behaviour("strangulation").wording(Language.SPANISH).risk_note  # type: ignore[union-attr]
    assert "sin dejar marcas visibles" in note and "de seis a siete veces" in note


# Phrases that state a motive ("para controlarte") rather than what happened.
MOTIVOS = ("para controlar", "como castigo", "para castigar", "con el fin de", "con la intención")
MOTIVOS += ("para que tú", "para hacerte", "para presionar", "para salirse con la suya")


def test_spanish_descriptions_say_what_happened_not_why(taxonomy: Taxonomy) -> None:
    texts = [g.wording(Language.SPANISH).description for g in taxonomy.groups]
    texts += [b.wording(Language.SPANISH).description for b in taxonomy.all_behaviours()]
    assert not [t for t in texts if any(m in t.lower() for m in MOTIVOS)]
    assert any(m in "Dejó de hablarte para castigarte." for m in MOTIVOS)  # the check can fail


# --- the taxonomy answers in the language in force ---------------------------------------


def test_labels_descriptions_and_tooltips_follow_the_language(taxonomy: Taxonomy) -> None:
    strangulation = taxonomy.behaviour("strangulation")
    assert strangulation is not None
    assert taxonomy.label("name_calling") == "Insults or name-calling"
    with using(SPANISH):
        assert language() is Language.SPANISH
        assert taxonomy.label("name_calling") == "Insultos o apodos ofensivos"
        assert taxonomy.emotion_label("fear") == "Miedo"
        assert taxonomy.body_label("tension") == "Tensión en los músculos"
        assert taxonomy.groups[0].name == "Maltrato emocional y verbal"
        assert taxonomy.emotions[0].name == "Miedo"
        assert strangulation.name == "Estrangulamiento o asfixia"
        assert strangulation.tooltip().startswith(strangulation.description)
        assert "\n\nPor tu seguridad: Apretar el cuello" in strangulation.tooltip()
        assert taxonomy.risk_note("strangulation").startswith("Apretar el cuello")
        assert taxonomy.label("Me leyó el diario") == "Me leyó el diario"  # the user's own words
    # The same objects, asked again in English, answer in English: nothing froze at load time.
    assert strangulation.name == "Strangulation or choking"
    assert "\n\nFor your safety: Pressure on the neck" in strangulation.tooltip()
    assert taxonomy.emotion_label("fear") == "Fear"


def test_a_spanish_report_thread_and_an_english_window_at_the_same_time(
    taxonomy: Taxonomy,
) -> None:
    asked = threading.Event()
    answered = threading.Event()
    seen: list[str] = []

    def report() -> None:
        with using(SPANISH):
            asked.set()  # the main thread reads while this thread is in Spanish
            answered.wait(10)
            seen.append(taxonomy.label("yelling"))

    worker = threading.Thread(target=report)
    worker.start()
    assert asked.wait(10)
    assert taxonomy.label("yelling") == "Yelling or screaming"
    answered.set()
    worker.join(10)
    assert seen == ["Gritos"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("acecho", {"following_you", "location_tracking", "spyware_or_hidden_devices"}),
        ("control coercitivo", {"controlling_choices", "checking_whereabouts", "limiting_contact"}),
        ("maltrato espiritual", {"faith_used_against_you", "faith_restricted_or_forced"}),
        ("deportacion", {"immigration_threats"}),  # without its accent
        ("EMBARAZADA", {"harm_during_pregnancy"}),
        ("estrangular", {"strangulation"}),
    ],
)
def test_spanish_searches_find_behaviours(
    taxonomy: Taxonomy, query: str, expected: set[str]
) -> None:
    with using(SPANISH):
        found = [b.id for b in taxonomy.find(query)]
    assert expected <= set(found)
    assert "yelling" not in found
    assert taxonomy.find(query) == ()  # the same words find nothing in English


def test_a_spanish_search_does_not_answer_in_english(taxonomy: Taxonomy) -> None:
    with using(SPANISH):
        assert taxonomy.find("stalking spying") == ()  # English keywords, Spanish window
        assert [b.id for b in taxonomy.find("gritó")][:1] == ["yelling"]
    assert taxonomy.find("acecho") == ()


# --- the translation file is checked ------------------------------------------------------


def _minimal() -> dict[str, Any]:
    return {
        "version": 1,
        "groups": [
            {
                "id": "physical_harm",
                "name": "Physical harm",
                "description": "Use of force.",
                "behaviours": [
                    {
                        "id": "strangulation",
                        "name": "Strangulation",
                        "description": "Pressure on the neck.",
                        "high_risk": True,
                        "risk_note": "A calm note.",
                        "risk_sources": ["Test"],
                    },
                    {"id": "hitting", "name": "Hitting", "description": "Struck you."},
                ],
            }
        ],
        "emotions": [{"id": "fear", "name": "Fear"}],
        "body_responses": [{"id": "tension", "name": "Tension"}],
        "sources": ["Test"],
    }


def _spanish() -> dict[str, Any]:
    return {
        "version": 1,
        "language": "es",
        "risk_heading": "Por tu seguridad",
        "groups": {"physical_harm": {"name": "Daño físico", "description": "Uso de la fuerza."}},
        "behaviours": {
            "strangulation": {
                "name": "Estrangulamiento",
                "description": "Te apretó el cuello.",
                "risk_note": "Una nota tranquila.",
            },
            "hitting": {"name": "Golpes", "description": "Te golpeó."},
        },
        "emotions": {"fear": {"name": "Miedo"}},
        "body_responses": {},
    }


def _parse(spanish: dict[str, Any]) -> Taxonomy:
    found = {Language.SPANISH: parse_translation(spanish, Language.SPANISH)}
    return parse_taxonomy(_minimal(), found)


def test_a_minimal_translation_reads_and_a_missing_id_stays_english() -> None:
    small = _parse(_spanish())
    with using(SPANISH):
        assert small.label("hitting") == "Golpes"
        assert small.body_label("tension") == "Tension"  # not translated: English
        assert small.behaviour("strangulation").tooltip() == (  # type: ignore[union-attr]
            "Te apretó el cuello.\n\nPor tu seguridad: Una nota tranquila."
        )
    assert small == parse_taxonomy(_minimal())  # equal: the same vocabulary


def _unknown_id(d: dict[str, Any]) -> None:
    d["behaviours"]["kicking"] = {"name": "Patadas", "description": "Te pateó."}


def _note_on_ordinary(d: dict[str, Any]) -> None:
    d["behaviours"]["hitting"]["risk_note"] = "Nota."


def _no_note_on_high_risk(d: dict[str, Any]) -> None:
    del d["behaviours"]["strangulation"]["risk_note"]


def _other_language(d: dict[str, Any]) -> None:
    d["language"] = "fr"


def _no_description(d: dict[str, Any]) -> None:
    del d["groups"]["physical_harm"]["description"]


def _note_on_emotion(d: dict[str, Any]) -> None:
    d["emotions"]["fear"]["risk_note"] = "Nota."


def _bad_keywords(d: dict[str, Any]) -> None:
    d["behaviours"]["hitting"]["keywords"] = ["golpe", 3]


def _no_heading(d: dict[str, Any]) -> None:
    del d["risk_heading"]


@pytest.mark.parametrize(
    "mutate",
    [
        _unknown_id,
        _note_on_ordinary,
        _no_note_on_high_risk,
        _other_language,
        _no_description,
        _note_on_emotion,
        _bad_keywords,
        _no_heading,
    ],
)
def test_a_malformed_translation_raises(mutate: Any) -> None:
    spanish = _spanish()
    mutate(spanish)
    with pytest.raises(ValueError, match=r"Taxonomy \(es\)"):
        _parse(spanish)


def test_a_broken_translation_file_raises_a_value_error(tmp_path: Path) -> None:
    english = tmp_path / "taxonomy.json"
    english.write_text(json.dumps(_minimal()), encoding="utf-8")
    broken = tmp_path / "taxonomy.es.json"
    broken.write_text('{"version": 1, "groups": {', encoding="utf-8")
    with pytest.raises(ValueError, match=r"Taxonomy \(es\): taxonomy.es.json is not valid JSON"):
        load_taxonomy(english, {Language.SPANISH: broken})
    assert load_taxonomy(english).label("hitting") == "Hitting"  # another file: English only
    with using(SPANISH):
        assert load_taxonomy(english).label("hitting") == "Hitting"
        absent = {Language.SPANISH: tmp_path / "missing.json"}
        assert load_taxonomy(english, absent).label("hitting") == "Hitting"


def test_the_spanish_words_load_from_any_importlib_resources_folder(tmp_path: Path) -> None:
    archive = tmp_path / "resources.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for name in ("taxonomy.json", translation_filename(Language.SPANISH)):
            zipped.write(ROOT / "resources" / name, f"resources/{name}")
    root = zipfile.Path(archive, "resources/")
    zipped_taxonomy = load_taxonomy(
        root / "taxonomy.json", {Language.SPANISH: root / "taxonomy.es.json"}
    )
    with using(SPANISH):
        assert zipped_taxonomy.label("yelling") == load_taxonomy().label("yelling") == "Gritos"


# --- the guidance in Spanish ---------------------------------------------------------------

PAGES = [page["file"] for page in json.loads((GUIDANCE / "index.json").read_text("utf-8"))["pages"]]


def _headings(text: str) -> list[int]:
    return [len(m.group(1)) for m in re.finditer(r"^(#+) ", text, re.MULTILINE)]


def _numbered(text: str) -> list[str]:
    return re.findall(r"^(\d+)\. ", text, re.MULTILINE)


def _body(text: str) -> str:
    for heading in REFERENCES_HEADINGS.values():
        text = text.partition(heading)[0]
    return text


def test_every_english_page_has_a_spanish_page_and_title() -> None:
    index = json.loads((GUIDANCE / "index.json").read_text("utf-8"))
    assert sorted(p.name for p in (GUIDANCE / "es").glob("*.md")) == sorted(PAGES)
    for page in index["pages"]:
        spanish = (GUIDANCE / "es" / page["file"]).read_text("utf-8")
        assert spanish.splitlines()[0] == f"# {page['title_es']}"
        assert page["title_es"] != page["title"]
    assert len({p["title_es"] for p in index["pages"]}) == len(index["pages"])


@pytest.mark.parametrize("name", PAGES)
def test_a_spanish_page_has_the_english_structure_and_references(name: str) -> None:
    english = (GUIDANCE / name).read_text("utf-8")
    spanish = (GUIDANCE / "es" / name).read_text("utf-8")
    assert _headings(spanish) == _headings(english)  # same sections, same levels
    assert _numbered(spanish) == _numbered(english)
    assert "## Fuentes" in spanish and "## References" not in spanish
    assert cited_references(spanish) == cited_references(english)
    english_refs = [ln for ln in (references_section(english) or "").splitlines() if ln[:2] == "- "]
    spanish_refs = [ln for ln in (references_section(spanish) or "").splitlines() if ln[:2] == "- "]
    assert spanish_refs == english_refs  # the citations, word for word, with their addresses
    assert re.findall(r"`[^`]+`", spanish) == re.findall(r"`[^`]+`", english)
    assert not re.findall(r"`[^`]+`", _body(spanish))  # no addresses in the prose
    assert not re.search(r"</?[A-Za-z!]", spanish) and "](" not in spanish and "![" not in spanish
    assert 250 <= len(_body(spanish).split()) <= 750


# English names of the app's buttons and panels that must not survive into the Spanish pages.
ENGLISH_LEFT = re.compile(
    r"Get help|Quick exit|Safety plan|hard moments|check-in|trauma bond|References|"
    r"not listed|\bthe\b|\band\b|\byou\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("name", PAGES)
def test_a_spanish_page_uses_the_glossary_and_no_english(name: str) -> None:
    body = _body((GUIDANCE / "es" / name).read_text("utf-8"))
    body = body.replace("National Domestic Violence Hotline", "").replace("Crisis Text Line", "")
    assert ENGLISH_LEFT.findall(body) == []


def test_the_pages_use_the_glossary_terms() -> None:
    pages = {name: (GUIDANCE / "es" / name).read_text("utf-8") for name in PAGES}
    assert "**Pedir ayuda**" in pages["using_this_guidance.md"]
    assert "**Salida rápida**" in pages["using_this_guidance.md"]
    assert "**vínculo traumático**" in pages["what_is_a_trauma_bond.md"]
    assert "señales de alerta" in pages["red_flags.md"]
    assert "**Plan de seguridad**" in pages["safety_planning.md"]
    assert "**Plan para momentos difíciles**" in pages["long_term_healing.md"]
    steps = pages["six_action_steps.md"]
    assert "Este diario es la herramienta" in steps and "1-800-799-7233" in steps
    assert "741741" in steps and "hoovering" in steps
    therapy = pages["therapy_paths.md"]
    for word in (
        "TF-CBT",
        "DBT",
        "EMDR",
        "terapia de grupo",
        "terapia de pareja",
        "no es un diagnóstico",
    ):
        assert word in therapy


# Neutral Spanish (US and Latin America), "tú", no blame-laden or gendered shortcuts.
NOT_NEUTRAL = re.compile(
    r"\b(ordenador|móvil|coger|coche|vosotr[oa]s|os\b|podéis|tenéis|sois|estáis|vale(?! la pena)|"
    r"vos|víctimas?|usted(?:es)?)\b|@|\w/a\b",
    re.IGNORECASE,
)


def _spanish_texts(taxonomy: Taxonomy) -> list[str]:
    texts = [(GUIDANCE / "es" / name).read_text("utf-8") for name in PAGES]
    for item in (*taxonomy.groups, *taxonomy.all_behaviours(), *taxonomy.emotions):
        words = item.wording(Language.SPANISH)
        texts += [words.name, words.description, words.risk_note]
    texts += [c.wording(Language.SPANISH).name for c in taxonomy.body_responses]
    return texts


def test_the_spanish_is_neutral(taxonomy: Taxonomy) -> None:
    found = [m.group(0) for text in _spanish_texts(taxonomy) for m in NOT_NEUTRAL.finditer(text)]
    assert found == []
    assert NOT_NEUTRAL.search("Toma tu móvil, vale?") and not NOT_NEUTRAL.search("Vale la pena.")


# Advice to confront the partner, or to tell them you are leaving, can put someone in danger.
_ARRIESGADO = re.compile(
    r"\b(enfrent|confront)(a|ar|es|e)?(le|lo|la)?\s+a\s+(tu|esa|la otra)\b"
    r"|\b(enfrent|confront)ar(le|lo|la)\b"
    r"|\b(dile|decirle|cuéntale|contarle|avísale|avisarle|anúnciale|anunciarle)\b[^.]{0,40}"
    r"\b(te vas|te irás|vas a irte|piensas irte)\b",
    re.IGNORECASE,
)
_NEGACION = re.compile(r"\b(no|nunca|sin|evita)\b", re.IGNORECASE)


def consejos_arriesgados(text: str) -> list[str]:
    """Return the sentences that suggest confronting the partner or announcing leaving."""
    flat = re.sub(r"\s+", " ", _body(text).replace("**", ""))
    sentences = re.split(r"(?<=[.!?:])\s", flat)
    return [s for s in sentences if _ARRIESGADO.search(s) and not _NEGACION.search(s)]


@pytest.mark.parametrize("name", PAGES)
def test_no_spanish_page_tells_the_user_to_confront_or_announce(name: str) -> None:
    assert consejos_arriesgados((GUIDANCE / "es" / name).read_text("utf-8")) == []


def test_the_risky_advice_check_can_fail() -> None:
    assert consejos_arriesgados("# Una página\n\nEnfrenta a tu pareja por lo que hizo.\n")
    assert consejos_arriesgados("# Una página\n\nDile con calma a tu pareja que te vas.\n")
    assert not consejos_arriesgados("# Una página\n\nNo tienes que decirle que te vas.\n")


# --- the guidance loader answers in the language in force --------------------------------


def test_pages_and_titles_follow_the_language() -> None:
    pages = load_guidance()
    first = pages[0]
    assert first.title == "Using this guidance"
    assert first.read().startswith("# Using this guidance\n")
    with using(SPANISH):
        assert first.title == "Cómo usar esta guía"
        assert first.read().startswith("# Cómo usar esta guía\n")
        assert first.path.name == "using_this_guidance.md" and first.path.parent.name == "es"
        assert all(page.read().splitlines()[0] == f"# {page.title}" for page in pages)
    assert first.read(Language.SPANISH).startswith("# Cómo usar esta guía\n")
    assert first.title == "Using this guidance"  # back in English: nothing froze


def _guidance(folder: Path, spanish: str | None, title_es: bool = True) -> Path:
    page: dict[str, str] = {"id": "a", "title": "A page", "file": "a.md"}
    if title_es:
        page["title_es"] = "Una página"
    (folder / "index.json").write_text(json.dumps({"version": 1, "pages": [page]}), "utf-8")
    (folder / "a.md").write_text("# A page\n\nWords.\n\n## References\n\n- Olff, M.\n", "utf-8")
    if spanish is not None:
        (folder / "es").mkdir()
        (folder / "es" / "a.md").write_text(spanish, "utf-8")
    return folder


def test_a_page_not_yet_written_in_spanish_reads_in_english(tmp_path: Path) -> None:
    (page,) = load_guidance(_guidance(tmp_path, None))
    with using(SPANISH):
        assert page.title == "A page" and page.read().startswith("# A page")


def test_a_spanish_page_without_its_references_is_rejected(tmp_path: Path) -> None:
    folder = _guidance(tmp_path, "# Una página\n\nPalabras, sin fuentes.\n")
    with pytest.raises(ValueError, match=r"es/a\.md\) does not cite its references"):
        load_guidance(folder)


def test_a_spanish_page_with_its_references_loads(tmp_path: Path) -> None:
    folder = _guidance(tmp_path, "# Una página\n\nPalabras.\n\n## Fuentes\n\n- Olff, M.\n")
    (page,) = load_guidance(folder)
    assert isinstance(page, GuidancePage) and page.title == "A page"
    with using(SPANISH):
        assert page.title == "Una página" and "## Fuentes" in page.read()


def test_the_spanish_pages_load_from_a_zip(tmp_path: Path) -> None:
    copy = tmp_path / "guidance"
    shutil.copytree(GUIDANCE, copy)
    archive = tmp_path / "resources.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in copy.rglob("*"):
            zipped.write(path, path.relative_to(tmp_path).as_posix())
    zipped_pages = load_guidance(zipfile.Path(archive, "guidance/"))
    with using(SPANISH):
        assert [p.read() for p in zipped_pages] == [p.read() for p in load_guidance()]
        assert [p.title for p in zipped_pages] == [p.title for p in load_guidance()]
