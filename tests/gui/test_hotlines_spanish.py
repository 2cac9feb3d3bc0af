"""The hotline cards in Spanish: every text translated, numbers unchanged, Spanish help sourced."""

from __future__ import annotations

import copy
import json
import re
from datetime import date
from typing import Any

import pytest

from journal.hotline_checks import SPANISH_STATUSES, TRANSLATED_TEXTS
from journal.i18n import Language
from journal.paths import resource_path
from journal.resources import load_hotlines, parse_hotlines, translation_file

CHECKED = date(2026, 12, 1)  # the day the Spanish-language facts were checked


@pytest.fixture(scope="module")
def english() -> dict[str, Any]:
    """Return the bundled hotlines file as plain JSON."""
    data = json.loads(resource_path("hotlines.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def spanish() -> dict[str, Any]:
    """Return the Spanish texts of the hotlines as plain JSON."""
    path = resource_path(translation_file(Language.SPANISH))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_the_spanish_file_is_where_the_language_convention_puts_it() -> None:
    assert translation_file(Language.SPANISH) == "es/hotlines.json"
    assert translation_file(Language.ENGLISH) == "hotlines.json"


def test_every_hotline_has_every_spanish_text(
    english: dict[str, Any], spanish: dict[str, Any]
) -> None:
    """No falling back to English: each text the English card has, the Spanish card has."""
    assert set(spanish["regions"]) == {r["code"] for r in english["regions"]}
    assert all(name.strip() for name in spanish["regions"].values())
    texts = spanish["hotlines"]
    assert set(texts) == {h["id"] for h in english["hotlines"]}
    for entry in english["hotlines"]:
        es = texts[entry["id"]]
        for key in TRANSLATED_TEXTS:
            if entry.get(key, "").strip():
                assert es.get(key, "").strip(), f"{entry['id']}: no Spanish {key}"
                assert es[key] != entry[key] or key == "area", f"{entry['id']}: {key} in English"
        assert len(es["reach"]) == len(entry["reach"]), entry["id"]
        assert all(how.strip() for how in es["reach"]), entry["id"]
        if entry["spanish"].get("how"):
            assert es["spanish"].strip(), f"{entry['id']}: no Spanish text for how to get Spanish"


def test_the_spanish_cards_keep_every_number_and_address(english: dict[str, Any]) -> None:
    directory = load_hotlines()
    cards = directory.in_language(Language.SPANISH)
    assert cards is not directory
    for en, es in zip(directory.hotlines, cards.hotlines, strict=True):
        assert (es.id, es.region, es.countries, es.source) == (
            en.id,
            en.region,
            en.countries,
            en.source,
        )
        assert [(w.method, w.value) for w in es.reach] == [(w.method, w.value) for w in en.reach]
        for way_en, way_es in zip(en.reach, es.reach, strict=True):
            assert sorted(re.findall(r"\d+", way_es.how)) == sorted(re.findall(r"\d+", way_en.how))
        assert es.spanish.status == en.spanish.status and es.spanish.source == en.spanish.source


def _broken(spanish: dict[str, Any], change: Any) -> dict[str, Any]:
    data = copy.deepcopy(spanish)
    change(data)
    return data


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["hotlines"]["us_ndvh"].pop("about"),
        lambda d: d["hotlines"]["us_ndvh"].update(hours="  "),
        lambda d: d["hotlines"]["us_988"].pop("spanish"),
        lambda d: d["hotlines"]["us_988"]["reach"].pop(),
        lambda d: d["hotlines"].pop("gb_samaritans"),
        lambda d: d["regions"].pop("NZ"),
        lambda d: d["hotlines"]["us_ndvh"]["reach"].__setitem__(0, "Llama al 1-800-799-0000."),
        lambda d: d["hotlines"]["gb_999"].update(silent_access="Marca 56 si no puedes hablar."),
        lambda d: d["hotlines"]["us_trevor"].update(area="Estados Unidos"),  # English has none
        lambda d: d.update(language="fr"),
    ],
)
def test_an_incomplete_or_changed_translation_is_refused(
    english: dict[str, Any], spanish: dict[str, Any], change: Any
) -> None:
    with pytest.raises(ValueError, match="Hotlines"):
        parse_hotlines(english, {Language.SPANISH: _broken(spanish, change)})


def test_every_hotline_says_whether_it_answers_in_spanish(english: dict[str, Any]) -> None:
    """Each card records what was found about Spanish, from which page, and when."""
    for entry in english["hotlines"]:
        fact = entry["spanish"]
        assert fact["status"] in SPANISH_STATUSES, entry["id"]
        assert fact["source"].startswith("https://"), entry["id"]
        assert date.fromisoformat(fact["last_checked"]) == CHECKED, entry["id"]
        if fact["status"] != "not_confirmed":
            assert len(fact["how"].split()) >= 5, entry["id"]  # says how, not just "yes"


def test_us_cards_say_how_to_get_help_in_spanish() -> None:
    directory = load_hotlines()
    by_id = {h.id: h for h in directory.hotlines}
    lifeline = by_id["us_988"].spanish
    assert lifeline.status == "yes" and "press 2" in lifeline.how and "AYUDA" in lifeline.how
    assert lifeline.text.startswith("Answers in Spanish: call 988 and press 2")
    assert by_id["us_crisis_text_line"].spanish.how.startswith("text AYUDA to 741741")
    assert by_id["us_ndvh"].spanish.status == "yes"
    assert by_id["us_911"].spanish.status == "interpreter"
    spanish = {h.id: h for h in directory.in_language(Language.SPANISH).hotlines}
    assert "llama al 988 y marca 2" in spanish["us_988"].spanish.how
    assert "AYUDA" in spanish["us_crisis_text_line"].spanish.how
    # A card whose own pages do not say is marked so, never guessed.
    assert by_id["gb_samaritans"].spanish.status == "not_confirmed"
    assert by_id["gb_samaritans"].spanish.text == "Spanish: not confirmed."


def test_searching_spanish_finds_the_services_that_help_in_it() -> None:
    directory = load_hotlines()
    english = [h.id for h in directory.for_region("US", "spanish")]
    assert {"us_988", "us_ndvh", "us_crisis_text_line"} <= set(english)
    assert "us_trevor" not in english and "us_stronghearts" not in english
