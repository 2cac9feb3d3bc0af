"""Bundled help resources: the hotlines file and the guidance pages (docs/DESIGN.md)."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import os
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextDocument

from journal.paths import resource_path
from journal.resources import (
    AUDIENCE_LABELS,
    EMERGENCY_REGION,
    KNOWN_REFERENCES,
    OTHER_REGION,
    REFERENCES_HEADING,
    TOPICS,
    Hotline,
    HotlineDirectory,
    cited_references,
    freshness_note,
    is_stale,
    load_guidance,
    load_hotlines,
    parse_hotlines,
)

REGIONS = ("US", "GB", "CA", "AU", "IE", "NZ", OTHER_REGION)
COUNTRIES = ("US", "GB", "CA", "AU", "IE", "NZ")

# --- hotlines ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def raw_hotlines() -> dict[str, Any]:
    """Return the bundled hotlines file as plain JSON."""
    data = json.loads(resource_path("hotlines.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def directory() -> HotlineDirectory:
    """Return the bundled hotlines, validated."""
    return load_hotlines()


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def _reachable_at(directory: HotlineDirectory, method: str, number: str) -> list[Hotline]:
    return [
        h
        for h in directory.hotlines
        if any(w.method == method and _digits(w.value) == _digits(number) for w in h.reach)
    ]


def test_every_hotline_names_an_official_source_and_when_it_was_checked(
    raw_hotlines: dict[str, Any],
) -> None:
    assert raw_hotlines["version"] == 1
    for entry in raw_hotlines["hotlines"]:
        assert entry["source"].startswith("https://"), entry["id"]
        checked = date.fromisoformat(entry["last_checked"])
        assert date(2024, 1, 1) <= checked <= date.today(), entry["id"]
        assert entry["reach"], entry["id"]


def test_regions_are_valid_and_none_is_empty(directory: HotlineDirectory) -> None:
    codes = [r.code for r in directory.regions]
    assert len(codes) == len(set(codes))
    assert set(codes) >= {*REGIONS, EMERGENCY_REGION}
    for hotline in directory.hotlines:
        assert hotline.region in codes
        assert all(c in codes and c != EMERGENCY_REGION for c in hotline.countries)
        if hotline.emergency:
            assert hotline.region == EMERGENCY_REGION, hotline.id
        for way in hotline.reach:
            if way.is_number:
                assert _digits(way.value), hotline.id
    for code in REGIONS:
        services = directory.for_region(code)
        assert any(not h.emergency for h in services), code
        assert services[0].emergency, f"{code}: the emergency number should come first"


@pytest.mark.parametrize(
    ("method", "number", "name"),
    [
        ("call", "1-800-799-7233", "National Domestic Violence Hotline"),
        ("text", "88788", "National Domestic Violence Hotline"),
        ("text", "741741", "Crisis Text Line"),
        ("call", "988", "988 Suicide & Crisis Lifeline"),
        ("text", "988", "988 Suicide & Crisis Lifeline"),
        ("call", "1-800-656-4673", "RAINN"),
        ("call", "(406) 200-8471", "Frontier Psychiatry"),
    ],
)
def test_required_us_services_are_present(
    directory: HotlineDirectory, method: str, number: str, name: str
) -> None:
    found = [h for h in _reachable_at(directory, method, number) if h.region == "US"]
    assert any(name in h.name for h in found), f"{name}: {method} {number} missing"


def test_crisis_text_line_says_what_to_text(directory: HotlineDirectory) -> None:
    (line,) = [h for h in _reachable_at(directory, "text", "741741")]
    assert any("HOME" in way.how for way in line.reach)


def test_frontier_psychiatry_is_a_regional_entry(directory: HotlineDirectory) -> None:
    (entry,) = _reachable_at(directory, "call", "(406) 200-8471")
    assert entry.region == "US"
    assert not entry.emergency
    for state in ("Idaho", "Montana", "Alaska"):
        assert state in entry.area
    assert entry.matches("montana")
    assert entry.matches("406 200 8471")


@pytest.mark.parametrize(
    ("number", "countries"),
    [("911", {"US", "CA"}), ("999", {"GB"}), ("000", {"AU"}), ("112", {"IE"})],
)
def test_emergency_numbers_are_shown_first_where_they_apply(
    directory: HotlineDirectory, number: str, countries: set[str]
) -> None:
    entries = [h for h in _reachable_at(directory, "call", number) if h.emergency]
    assert entries, number
    assert countries <= {c for h in entries for c in h.countries}
    every = directory.for_region(EMERGENCY_REGION)
    assert all(h in every for h in entries)
    for code in countries:
        shown = directory.for_region(code)
        assert any(h in shown for h in entries)
        assert shown[0].emergency


def test_default_region_follows_the_system_territory(directory: HotlineDirectory) -> None:
    assert directory.default_region("UK") == "GB"
    assert directory.default_region("ie") == "IE"
    assert directory.default_region("nz") == "NZ"
    # A country with no services of its own gets the "not listed" page, which says how to
    # find local help, with the emergency numbers that work in many countries first.
    assert directory.default_region("FR") == OTHER_REGION
    assert directory.default_region("") == OTHER_REGION
    assert directory.default_region("emergency") == OTHER_REGION


def _break_source(entry: dict[str, Any]) -> None:
    del entry["source"]


def _break_checked(entry: dict[str, Any]) -> None:
    del entry["last_checked"]


@pytest.mark.parametrize(
    "breakage",
    [
        _break_source,
        _break_checked,
        lambda e: e.update(source="http://example.org/"),
        lambda e: e.update(last_checked="24/11/2026"),
        lambda e: e.update(last_checked=(date.today() + timedelta(days=2)).isoformat()),
        lambda e: e.update(region="XX"),
        lambda e: e.update(reach=[]),
        lambda e: e.update(reach=[{"method": "call", "value": "HOME", "how": "x"}]),
        lambda e: e.update(reach=[{"method": "fax", "value": "123", "how": "x"}]),
        lambda e: e.update(id="Not Snake"),
        lambda e: e.pop("silent_access"),
        lambda e: e.update(silent_access="  "),
        lambda e: e.update(topics=["emergency", "astrology"]),
        lambda e: e.update(topics=["domestic_abuse"]),  # an emergency number without the topic
        lambda e: e.update(audience=[]),
        lambda e: e.update(audience=["everyone"]),
        lambda e: e.update(countries=["XX"]),
        lambda e: e.update(extra_sources=["ftp://example.org/"]),
    ],
)
def test_the_validator_rejects_malformed_hotlines(
    raw_hotlines: dict[str, Any], breakage: Any
) -> None:
    data = copy.deepcopy(raw_hotlines)
    breakage(data["hotlines"][0])
    with pytest.raises(ValueError, match="Hotlines"):
        parse_hotlines(data)


HOTLINE_KEYS = {
    "id",
    "name",
    "region",
    "emergency",
    "countries",
    "area",
    "about",
    "reach",
    "silent_access",
    "topics",
    "audience",
    "hours",
    "languages",
    "source",
    "extra_sources",
    "last_checked",
    "note",
    "spanish",
}
REQUIRED_KEYS = {
    "id",
    "name",
    "region",
    "about",
    "reach",
    "topics",
    "audience",
    "hours",
    "languages",
    "source",
    "last_checked",
}


def test_the_file_follows_its_schema(raw_hotlines: dict[str, Any]) -> None:
    """Every entry: known keys, official https source, a date, a way to reach, known codes."""
    codes = {r["code"] for r in raw_hotlines["regions"]}
    assert codes == {*REGIONS, EMERGENCY_REGION}
    assert all(len(c) == 2 and c.isupper() for c in codes - {EMERGENCY_REGION, OTHER_REGION})
    ids = [entry["id"] for entry in raw_hotlines["hotlines"]]
    assert len(ids) == len(set(ids))
    for entry in raw_hotlines["hotlines"]:
        where = entry["id"]
        assert set(entry) <= HOTLINE_KEYS, where
        assert set(entry) >= REQUIRED_KEYS, where
        assert entry["region"] in codes, where
        assert set(entry.get("countries", [])) <= codes - {EMERGENCY_REGION}, where
        assert entry["source"].startswith("https://"), where
        assert all(x.startswith(("https://", "http://")) for x in entry.get("extra_sources", []))
        date.fromisoformat(entry["last_checked"])
        assert entry["reach"] and all(w["value"].strip() for w in entry["reach"]), where
        assert set(entry["topics"]) <= TOPICS and entry["topics"], where
        assert set(entry["audience"]) <= set(AUDIENCE_LABELS) and entry["audience"], where
        assert entry.get("emergency", False) == ("emergency" in entry["topics"]), where
        if entry.get("emergency"):
            assert entry["region"] == EMERGENCY_REGION and entry["countries"], where
            assert len(entry["silent_access"].split()) >= 20, where


@pytest.mark.parametrize("code", REGIONS)
def test_every_region_has_a_domestic_abuse_service_open_to_any_gender(
    directory: HotlineDirectory, code: str
) -> None:
    services = directory.for_region(code)
    assert any(
        "domestic_abuse" in h.topics and h.open_to_any_gender and not h.emergency for h in services
    ), code


def test_open_to_any_gender_means_not_only_women_or_only_men(directory: HotlineDirectory) -> None:
    by_id = {h.id: h for h in directory.hotlines}
    assert not by_id["gb_ndah"].open_to_any_gender  # women
    assert not by_id["gb_mens_advice_line"].open_to_any_gender  # men
    assert by_id["gb_galop"].open_to_any_gender  # LGBT+ people of any gender
    assert by_id["gb_scotland_dafmh"].open_to_any_gender


@pytest.mark.parametrize("code", [*COUNTRIES, OTHER_REGION])
def test_every_region_starts_with_an_emergency_card_saying_how_to_ask_silently(
    directory: HotlineDirectory, code: str
) -> None:
    services = directory.for_region(code)
    assert services[0].emergency
    for hotline in (h for h in services if h.emergency):
        assert hotline.silent_access, hotline.id
        text = hotline.silent_access.lower()
        assert "text" in text and ("speak" in text or "silent" in text), hotline.id


@pytest.mark.parametrize(
    ("hotline_id", "facts"),
    [
        # Australia: press 55, police may call back or send a car to the billing address;
        # 000 cannot be texted, the National Relay Service's SMS relay can.
        ("au_000", ("press 55", "billing address", "cannot text 000", "0423 677 767")),
        # UK: emergencySMS only after registering; a silent landline call goes to the police.
        ("gb_999", ("press 55", "register", "landline", "police")),
        # Canada: Text with 9-1-1 only for registered deaf, hard-of-hearing, speech-impaired.
        ("ca_911", ("deaf", "registered", "cannot text 911")),
        # US: text-to-911 only where the local centre accepts it.
        ("us_911", ("only in some areas", "automatic reply", "relay")),
        ("nz_111", ("press 55", "111 txt")),
        ("ie_112", ("text 112", "register", "eircode")),
        ("eu_112", ("no silent-call code", "register")),
    ],
)
def test_silent_and_text_access_says_what_really_works(
    directory: HotlineDirectory, hotline_id: str, facts: tuple[str, ...]
) -> None:
    (hotline,) = [h for h in directory.hotlines if h.id == hotline_id]
    text = hotline.silent_access.lower()
    for fact in facts:
        assert fact.lower() in text, f"{hotline_id}: {fact!r}"


@pytest.mark.parametrize(
    ("region", "method", "number", "name", "audience"),
    [
        ("GB", "call", "0808 801 0327", "Men's Advice Line", "men"),
        ("GB", "call", "0800 999 5428", "Galop", "lgbtq"),
        ("GB", "call", "0808 802 1414", "Domestic and Sexual Abuse Helpline", "anyone"),
        ("AU", "call", "1300 78 99 78", "MensLine Australia", "men"),
        ("AU", "call", "1800 184 527", "QLife", "lgbtq"),
        ("AU", "call", "13 92 76", "13YARN", "indigenous"),
        ("IE", "call", "01 554 3811", "Men's Aid", "men"),
        ("IE", "text", "50808", "Text 50808", "anyone"),
        ("IE", "call", "116 006", "Crime Victims Helpline", "anyone"),
        ("US", "call", "1-844-762-8483", "StrongHearts Native Helpline", "indigenous"),
        ("CA", "call", "1-800-363-9010", "SOS violence conjugale", "anyone"),
        ("CA", "call", "1-800-563-0808", "VictimLinkBC", "anyone"),
        ("CA", "call", "1-855-242-3310", "Hope for Wellness", "indigenous"),
        ("CA", "call", "1-877-330-6366", "Trans Lifeline", "lgbtq"),
        ("NZ", "call", "0800 733 843", "Women's Refuge", "women"),
        ("NZ", "call", "0508 744 633", "Shine", "anyone"),
        (OTHER_REGION, "call", "116 016", "116 016", "women"),
    ],
)
def test_services_for_men_lgbtq_and_indigenous_people_are_listed(
    directory: HotlineDirectory, region: str, method: str, number: str, name: str, audience: str
) -> None:
    found = [h for h in _reachable_at(directory, method, number) if h.region == region]
    assert any(name in h.name and audience in h.audience for h in found), name


def test_canada_has_provincial_lines_a_shelter_finder_and_an_indigenous_line(
    directory: HotlineDirectory,
) -> None:
    canada = directory.for_region("CA")
    assert any("domestic_abuse" in h.topics and h.area == "Québec" for h in canada)
    assert any("directory" in h.topics and "sheltersafe.ca" in h.search_text() for h in canada)
    assert sum("indigenous" in h.audience for h in canada) >= 2


def test_the_not_listed_page_explains_how_to_find_local_help(directory: HotlineDirectory) -> None:
    region = directory.region(OTHER_REGION)
    assert region is not None and "not listed" in region.name
    shown = directory.for_region(OTHER_REGION)
    directory_card = next(h for h in shown if "directory" in h.topics)
    assert "without the internet" in directory_card.about
    assert any(w.method == "web" for w in directory_card.reach)
    assert any(h.emergency and "112" in {w.value for w in h.reach} for h in shown)


def test_corrected_details(directory: HotlineDirectory) -> None:
    by_id = {h.id: h for h in directory.hotlines}
    samaritans_ie = by_id["ie_samaritans"]
    assert {w.value for w in samaritans_ie.reach if w.method == "email"} == {"jo@samaritans.ie"}
    assert "samaritans.org/how-we-can-help" not in samaritans_ie.source  # the UK page
    assert "interpret" in by_id["ie_womens_aid"].languages
    frontier = by_id["us_frontier_psychiatry"]
    assert frontier.topics == ("appointments",)
    assert "crisis" not in frontier.topics and "not a crisis line" in frontier.about


# --- freshness --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("checked", "today", "stale"),
    [
        (date(2026, 12, 1), date(2026, 12, 1), False),
        (date(2025, 12, 1), date(2026, 12, 1), False),  # exactly 12 months: still fresh
        (date(2025, 11, 30), date(2026, 12, 1), True),
        (date(2024, 2, 29), date(2025, 2, 28), False),  # leap day, one year on
        (date(2024, 2, 28), date(2025, 3, 1), True),
        (date(2023, 1, 1), date(2026, 12, 1), True),
    ],
)
def test_a_card_is_stale_after_twelve_months(checked: date, today: date, stale: bool) -> None:
    assert is_stale(checked, today) is stale


def test_the_freshness_note_says_plainly_that_old_details_may_have_changed() -> None:
    fresh = freshness_note(date(2026, 11, 24), date(2026, 12, 1))
    assert fresh == "Last checked 24 November 2026."
    old = freshness_note(date(2024, 5, 2), date(2026, 12, 1))
    assert old.startswith("Last checked 2 May 2024.")
    assert "more than a year ago" in old and "may have changed" in old


def test_every_bundled_card_was_checked_recently(directory: HotlineDirectory) -> None:
    today = date(2026, 12, 1)  # the day these details were last reviewed
    assert not [h.id for h in directory.hotlines if is_stale(h.last_checked, today)]


# --- guidance ---------------------------------------------------------------------------

PAGE_IDS = (
    "using_this_guidance",
    "crisis_support",
    "what_is_a_trauma_bond",
    "trauma_bond_vs_secure_love",
    "red_flags",
    "who_is_more_vulnerable",
    "trauma_bond_vs_codependency",
    "the_science",
    "six_action_steps",
    "safety_planning",
    "therapy_paths",
    "long_term_healing",
)
# How each of the article's references must be written out when a page cites it.
FULL_REFERENCES = {
    "Cleveland Clinic": (
        "(2024)",
        "What is trauma bonding? Signs and how to cope",
        "health.clevelandclinic.org/trauma-bonding",
    ),
    "National Domestic Violence Hotline": (
        "(2024)",
        "Identifying & overcoming trauma bonds",
        "thehotline.org/resources/trauma-bonds-what-are-they-and-how-can-we-overcome-them",
    ),
    "Adonis": (
        "Adonis, M., Loucaides, M., Sullman, M. J. M., & Lajunen, T. (2025)",
        "The protective role of self compassion in trauma recovery",
        "Scientific Reports, 15, 8145",
        "nature.com/articles/s41598-025-91819-x",
    ),
    "Olff": (
        "Olff, M., Frijling",
        "van Zuiden, M. (2013)",
        "The role of oxytocin in social bonding",
        "Psychoneuroendocrinology, 38(9), 1883-1894",
        "sciencedirect.com/science/article/pii/S0306453013002369",
    ),
    "Psychology Today": (
        "(2024)",
        "Trauma bonding",
        "psychologytoday.com/us/basics/trauma-bonding",
    ),
    "Yadav": (
        "Yadav, G., McNamara, S., & Gunturu, S. (2024)",
        "Trauma-informed therapy",
        "StatPearls",
        "ncbi.nlm.nih.gov/books/NBK604200",
    ),
    "Mindful Center": (
        "(n.d.)",
        "Is it codependency or trauma bonding? How to tell the difference",
        "mindfulcenter.org/is-it-codependency-or-trauma-bonding-how-to-tell-the-difference",
    ),
    "Campbell": (
        "Campbell, J. C., Webster, D., Koziol-McLain, J.",
        "(2003)",
        "Risk factors for femicide in abusive relationships",
        "American Journal of Public Health, 93(7), 1089-1097",
    ),
    "Foyle Women's Aid": ("(n.d.)", "Safety planning", "foylewomensaid.org/safety-planning"),
    "nidirect": (
        "Staying safe after domestic or sexual violence",
        "nidirect.gov.uk/articles/staying-safe-after-domestic-or-sexual-violence",
    ),
    "National Network to End Domestic Violence": ("Safety Net", "techsafety.org"),
    "National Institute for Health and Care Excellence": (
        "(2018)",
        "Post-traumatic stress disorder (NICE guideline NG116)",
        "nice.org.uk/guidance/ng116",
    ),
    "Ramirez de Arellano": (
        "(2014)",
        "Trauma-focused cognitive-behavioral therapy: Assessing the evidence",
        "Psychiatric Services, 65(5), 591-602",
        "PMC4396183",
    ),
    "UC Davis Health": ("(n.d.)", "CAARE", "health.ucdavis.edu/children"),
    "Samaritans": ("(n.d.)", "Contact a Samaritan", "samaritans.org/how-we-can-help"),
}


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    """Return the bundled guidance pages' Markdown by id, in index order."""
    return {page.id: page.read() for page in load_guidance()}


def _body(text: str) -> str:
    return text.partition(REFERENCES_HEADING)[0]


def test_full_references_cover_the_known_references() -> None:
    assert set(FULL_REFERENCES) == set(KNOWN_REFERENCES)
    for name in KNOWN_REFERENCES:  # each reference line starts with exactly one known name
        assert [other for other in KNOWN_REFERENCES if other.startswith(name)] == [name]


def test_guidance_lists_every_page_in_order(pages: dict[str, str]) -> None:
    assert tuple(pages) == PAGE_IDS
    titles = [page.title for page in load_guidance()]
    assert len(set(titles)) == len(titles)


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_page_is_short_plain_markdown_ending_in_its_references(
    pages: dict[str, str], page_id: str
) -> None:
    (page,) = [p for p in load_guidance() if p.id == page_id]
    text = pages[page_id]
    assert text.splitlines()[0] == f"# {page.title}"
    assert 250 <= len(_body(text).split()) <= 600
    _, _, tail = text.partition(REFERENCES_HEADING)
    assert not re.search(r"^#", tail, re.MULTILINE), "References must be the last section"
    # Only what QTextBrowser.setMarkdown renders, and nothing clickable or remote.
    assert not re.search(r"</?[A-Za-z!]", text), "no HTML"
    assert "](" not in text and "![" not in text, "no Markdown links or images"
    outside_code = re.sub(r"`[^`\n]*`", "", text)
    assert not re.search(r"https?:|www\.", outside_code), "addresses only in code spans"


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_page_cites_the_article_references_in_full(pages: dict[str, str], page_id: str) -> None:
    text = pages[page_id]
    cited = cited_references(text)
    assert cited
    tail = text.partition(REFERENCES_HEADING)[2]
    lines = [line[2:] for line in tail.splitlines() if line.startswith("- ")]
    assert len(lines) == len(cited), "one list item per reference, each a known one"
    for name in cited:
        (line,) = [line for line in lines if line.startswith(name)]
        for piece in FULL_REFERENCES[name]:
            assert piece in line, f"{page_id}: {name} lacks {piece!r}"


def test_a_reference_is_written_the_same_way_on_every_page(pages: dict[str, str]) -> None:
    seen: dict[str, set[str]] = {}
    for text in pages.values():
        for line in text.partition(REFERENCES_HEADING)[2].splitlines():
            for name in KNOWN_REFERENCES:
                if line.startswith(f"- {name}"):
                    seen.setdefault(name, set()).add(line)
    assert all(len(versions) == 1 for versions in seen.values()), seen


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_page_renders_in_a_text_document(qapp: Any, pages: dict[str, str], page_id: str) -> None:
    (page,) = [p for p in load_guidance() if p.id == page_id]
    doc = QTextDocument()
    doc.setMarkdown(pages[page_id])
    plain = doc.toPlainText()
    assert plain.strip()
    assert plain.splitlines()[0] == page.title
    assert doc.firstBlock().blockFormat().headingLevel() == 1
    levels = []
    block = doc.firstBlock()
    while block.isValid():
        levels.append(block.blockFormat().headingLevel())
        block = block.next()
    assert levels.count(1) == 1 and 2 in levels
    assert "References" in plain
    assert "**" not in plain and "`" not in plain and "\n#" not in plain
    html = doc.toHtml()
    assert "<a " not in html and "href" not in html, "nothing in a page is a link"


def test_guidance_mentions_the_journal_and_help_where_it_should(pages: dict[str, str]) -> None:
    assert "emergency number" in pages["using_this_guidance"]
    assert "not a diagnosis" in pages["using_this_guidance"]
    assert "Get help" in pages["using_this_guidance"]
    steps = pages["six_action_steps"]
    assert "This journal is the tool" in steps
    assert "1-800-799-7233" in steps and "741741" in steps
    for word in ("hoovering", "safety plan", "Cognitive restructuring", "withdrawal"):
        assert word.lower() in steps.lower()
    therapy = pages["therapy_paths"]
    for word in ("TF-CBT", "DBT", "EMDR", "Group therapy", "couples"):
        assert word in therapy
    assert "not advice" in therapy and "not a diagnosis" in therapy


# Advice to confront the partner, or to tell them you are leaving, can put someone in danger.
_RISKY = re.compile(
    r"\bconfront|\bannounce|\b(tell|telling|inform|warn)\b[^.]{0,40}\b(you are|you're|of)\b"
    r"[^.]{0,25}\bleav",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(not|never|no|don't|avoid|without)\b", re.IGNORECASE)


def risky_advice(text: str) -> list[str]:
    """Return the sentences that suggest confronting the partner or announcing leaving."""
    flat = re.sub(r"\s+", " ", _body(text).replace("**", ""))
    sentences = re.split(r"(?<=[.!?:])\s", flat)
    return [s for s in sentences if _RISKY.search(s) and not _NEGATION.search(s)]


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_no_page_tells_the_user_to_confront_the_partner_or_announce_leaving(
    pages: dict[str, str], page_id: str
) -> None:
    assert risky_advice(pages[page_id]) == []


def test_the_risky_advice_check_can_fail() -> None:
    assert risky_advice("# A page\n\nConfront your partner about what they did.\n")
    assert risky_advice("# A page\n\nTell your partner that you are leaving, calmly.\n")
    assert not risky_advice("# A page\n\nYou do not have to tell them you are leaving.\n")


def test_safety_planning_covers_what_services_put_first(pages: dict[str, str]) -> None:
    plan = pages["safety_planning"].lower()
    for essential in (
        "higher risk",
        "do not have to tell them",
        "kitchen",
        "garage",
        "code word",
        "children",
        "someone you trust",
        "pets",
        "location sharing",
        "safer device",
        "advocate",
        "court can order",
    ):
        assert essential in plan, essential
    steps = pages["six_action_steps"].lower()
    for essential in ("most dangerous", "contact", "order", "before you block", "evidence"):
        assert essential in steps, essential


@pytest.mark.parametrize(
    "page_id", ["using_this_guidance", "six_action_steps", "long_term_healing", "crisis_support"]
)
def test_pages_about_distress_point_to_crisis_support(pages: dict[str, str], page_id: str) -> None:
    text = pages[page_id]
    assert "When it all feels too much" in text or "crisis line" in text
    crisis = pages["crisis_support"]
    assert "crisis line" in crisis and "emergency number" in crisis and "988" in crisis


def test_withdrawal_is_not_described_as_something_that_just_passes(pages: dict[str, str]) -> None:
    steps = pages["six_action_steps"]
    assert "These feelings pass" not in steps and "getting used to being safe" not in steps
    assert "Fear can be an accurate" in steps and "can need treatment" in steps


def test_therapy_page_states_the_facts(pages: dict[str, str]) -> None:
    therapy = pages["therapy_paths"]
    assert "not a diagnosis" in therapy
    assert "3 to 18" in therapy and "caregiver" in therapy and "not a therapy for adults" in therapy
    assert "PTSD" in therapy and "NICE" in therapy
    assert "good evidence behind them" not in therapy
    assert "Adonis" not in therapy  # a correlational study of self-compassion, not of therapies
    everything = "\n".join(pages.values())
    assert "Nature Scientific Reports" not in everything and "91819. " not in everything
    assert "Scientific Reports, 15, 8145" in pages["long_term_healing"]


def test_the_plan_for_hard_moments_has_its_kinder_name(pages: dict[str, str]) -> None:
    everything = "\n".join(pages.values())
    assert "Relapse plan" not in everything and "relapse" not in everything.lower()
    assert "Plan for hard moments" in everything


def _write_guidance(folder: Path, page_text: str) -> None:
    index = {"version": 1, "pages": [{"id": "a_page", "title": "A page", "file": "a.md"}]}
    (folder / "index.json").write_text(json.dumps(index), encoding="utf-8")
    (folder / "a.md").write_text(page_text, encoding="utf-8")


def test_the_validator_accepts_a_page_citing_a_reference(tmp_path: Path) -> None:
    _write_guidance(tmp_path, "# A page\n\nWords.\n\n## References\n\n- Psychology Today.\n")
    (page,) = load_guidance(tmp_path)
    assert page.title == "A page"


@pytest.mark.parametrize(
    "text",
    [
        "# A page\n\nWords, and a mention of Cleveland Clinic, but no list of sources.\n",
        "# A page\n\nWords.\n\n## References\n\n- Somebody's blog. (2020).\n",
        "# A page\n\nWords.\n\n## Further reading\n\n- Olff, M. (2013).\n",
    ],
)
def test_the_validator_rejects_a_page_without_references(tmp_path: Path, text: str) -> None:
    _write_guidance(tmp_path, text)
    with pytest.raises(ValueError, match="references"):
        load_guidance(tmp_path)


def test_the_validator_rejects_a_missing_page(tmp_path: Path) -> None:
    _write_guidance(tmp_path, "")
    (tmp_path / "a.md").unlink()
    with pytest.raises(ValueError, match="cannot be read"):
        load_guidance(tmp_path)


# --- no copying from the source article --------------------------------------------------
#
# The guidance is written in the project's own words. The article itself is not kept in the
# repository; ARTICLE_FINGERPRINT holds, instead, a 5-byte BLAKE2b digest of every run of
# WINDOW consecutive words of its text (its reference list left out). To rebuild it from a
# copy of the article, run this test file with REALITY_CHECK_ARTICLE=/path/to/article.txt:
# test_fingerprint_matches_the_article then checks (and prints) it.

WINDOW = 12
DIGEST_SIZE = 5
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")


def _words(text: str) -> list[str]:
    """Return the lower-cased words of a text, ignoring punctuation and Markdown marks."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return _WORD.findall(text)


def _digest(words: list[str]) -> bytes:
    return hashlib.blake2b(" ".join(words).encode(), digest_size=DIGEST_SIZE).digest()


def _fingerprint(text: str) -> set[bytes]:
    words = _words(text)
    return {_digest(words[i : i + WINDOW]) for i in range(len(words) - WINDOW + 1)}


def copied_runs(text: str) -> list[str]:
    """Return every WINDOW-word run of `text` that also appears in the article."""
    words = _words(text)
    return [
        " ".join(words[i : i + WINDOW])
        for i in range(len(words) - WINDOW + 1)
        if _digest(words[i : i + WINDOW]) in _ARTICLE
    ]


def test_the_fingerprint_covers_the_whole_article() -> None:
    raw = base64.b64decode(ARTICLE_FINGERPRINT)
    assert len(raw) % DIGEST_SIZE == 0
    assert len(_ARTICLE) > 2000  # the article is about 2,700 words


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_no_page_copies_the_article(pages: dict[str, str], page_id: str) -> None:
    assert copied_runs(_body(pages[page_id])) == []


def test_the_copy_check_catches_a_copied_sentence() -> None:
    # A single sentence quoted from the article, to show the check can fail.
    quote = (
        "Trauma bonding is the powerful emotional attachment that develops between "
        "an abuser and their victim through a repeated cycle of abuse"
    )
    assert copied_runs(f"# A page\n\nOur own words first. {quote}. Then ours again.")
    marked_up = "- **" + quote.upper().replace(" ", "\n  ", 3) + "**"
    assert copied_runs(marked_up)
    assert not copied_runs("Our own words, " * 20)


# The project's shared folder sits beside the checkout (and beside CI's clone).
_ARTICLE_PATH = Path(
    os.environ.get("REALITY_CHECK_ARTICLE")
    or Path(__file__).resolve().parents[3] / "shared" / "reference" / "trauma-bonding-article.txt"
)


@pytest.mark.skipif(
    not _ARTICLE_PATH.is_file(),
    reason="set REALITY_CHECK_ARTICLE to a copy of the source article to check the fingerprint",
)
def test_fingerprint_matches_the_article() -> None:
    text = _ARTICLE_PATH.read_text(encoding="utf-8")
    body = text.rsplit("\nReferences\n", 1)[0]
    digests = sorted(_fingerprint(body))
    encoded = base64.b64encode(b"".join(digests)).decode()
    assert set(digests) == _ARTICLE, "\n".join(
        f'    "{encoded[i : i + 92]}"' for i in range(0, len(encoded), 92)
    )


ARTICLE_FINGERPRINT = (
    "AB0w4DIAKJkrcwBYJOTQAF1qEWIAb5/ZTwB1YJ8qAJQoh1AAm3wG4ADFDf/mAOQQhh0A7AUIFQE8MfjiAT/BmF0BwqU0"
    "fQHIwrlQAcvlJ/cB103QRgHpnMoMAftLOlAB+1vGMQIDzgYNAhm8S4QCuHDc4wMFdCYuAwg/Kx4DKJBhSgNBrHToA11f"
    "jSUDXhkWHgNeIOfaA7y/mQYD+NuYjQQAKBueBCiqyOQEPS1yPQRCfsMQBFMWnfIEYT+EUQR2mgqwBMB7p+UEzSewiAT+"
    "mWK5BSKiym0FKBV8ugVEQmxUBUy6neoFT66J5wVRwzpZBV2ZZK4FiepFsQWk9I5qBalA4SoFr3PXYQXO2v6ABfa0Oa0G"
    "BCzZOwYfF8RgBiMCL8cGKzci0QYxxoRtBjlh93AGUHBgrQZ8slQZBomRN7AGj9lS1QazdwEIBsLc3xAGzNryhwbNOol2"
    "Bu0US1sG8AewVAb0DEalBvxyUAgHDX2YzgclXYhnByzsLwQHUGpW8AdlK7VSB22RgQMHv0fk5wgICA17CA+SGHIIFq0H"
    "6Qgp1V9ICDQhh2sIU42UaAhkOksFCI1o4ekIjdkazQiPDaC9CKDlb1kIo+NcEAjcdcKcCRf6AOYJHbU1Lwk6tp46CUly"
    "SKUJTZFN6AleqVmWCV8Cq34JYZTWMwmAWb89CYIyWPkJpzKKigmxN7YqCbTSppsJxxomkQnZ6NUYCd7NF60J/qILgQou"
    "RTimCjBYVMMKVhRf6Qpo22AFCp3w9p8Kny2yxArGMqE1C1C+x54Lc9mmwQuZFZVPC7s0pO4Lwd+ffQwFF6stDCOZ5zYM"
    "KRL4EQxWUjrBDF0LufAMbipKWAz1+5P6DRC0ShMNE4TgFg0Zuj8qDShvJkENPjJNmg1sB4DeDZHSJYMOOx8RRQ6C2koH"
    "DoWJt4sOqPEYgw6vVafUDuHoL3YO5ZFoSw8G3A/DDxJeE2cPHYEWTQ8mN8tODycqRtcPUCwR7w96heSSD5PFbPgPvi4m"
    "ZQ/PhJk3D/yEhwUQCfSTQxATaOb8EBp7rSoQKMIi4BA90IVREEQrlvEQgGTZ8RCMJqWKEJicdHgQnOjVIhChPjL+EKI+"
    "izEQs5aGcRDPHmDpEORk9AgQ7PQXIhEDZUenERGZqU0RKeXFOxE+ZoykEUQsJDsRb5U/ZBGCT8TFEb+5uf4R3qd1XhHh"
    "AoeJEeG4XpsR4dy8vxHtz63QEfOcCY4SBNwyOhJTQemfEmaOc5MSjpE/JBK72EqNEsAfY8ASzsNqjhLRKvzMEuoR22YS"
    "+fcmxBMCwvuZE33w61kT1bp6mRQXbSM9FE1X4ZMUZjx9dhR2l9igFJpfQegUp6J8oxSp+ualFLJN460VHVh5BhVAqV3y"
    "FWOQqpoVhwf8DxWl57mxFazxFQsVsjdgIhW2qVq8FcfcOvYVzmTToRXdB1O7FfYPmhUWEmljGhYhsnXcFjW2GJwWN26Y"
    "GhZrnutfFnfdZ5EWf4S55xa5LAuuFsScTM8W1jL1MBbYRzxRFtiss4oW7dQuQhbunXsDFy0aD6IXTU17XRdaiZt7F2Bh"
    "eFkXYQTTTRd7dAjFF3+6BwsXh2VC3ReOf2JwF8A6YCIXx6+JXxfI281jF9o0sp0YE1xywRgpWsvrGEEVUroYURWM3xh9"
    "LbDXGJ/tIQAYpD0Qlhiqe0nyGMHVEisYzenB7hkJKlRTGRXEl6gZIIJxDxk7SaFJGWKug3AZl2c2OhmXy2VPGZyfI+UZ"
    "qybo3xm3muwrGc397CYZ0TgD6BoAocSjGgJD9m4aEEQH1howOrGPGjmLtfIaXy203hqr9a01GskkJoYa0ReLQRus/0fw"
    "G6826fIbsiLYXRv4V87dG/m+D0scF/iz5xyHqgeEHKa/WSAcstLETBzAd93bHMUNLiIc1/CFGRzbVXGmHOABy70c5WWl"
    "zxzpig40HQ3R8DAdEi99WB0k5vOsHUG2X4odSdGd8x1lAbRQHazPVgcdtVuh5R3AmHDDHckqY4kd2F9FXB45qBCfHlOH"
    "yRMedNH5Mx6I+rNsHp9ygaIepW7IAh6wizAwHviiDWEe/JEqKx8FptJpHxB0Ep4fUoijqR9UCOmYH1uJtq8fXN16eR+i"
    "DsfwH9w60Rkf677CZiAEVCS8IBzqpUEgI2hHdiA3SfogIGTYO+Egah/PICCNKd4EIMx+bS8g00za7yEEa1sgIRVyrOEh"
    "bR9F/CGuxWbnIcn2jGMh9H0ycCH+zIXbIiWJfwoiKgJd0SIu8c+eIj6TuDkiRVG1vCJPCuN4IlKG4sciknpcbCKhG+La"
    "IqqJbsIisRTazyLOmqujIyt/1asjNr6VhiNHs3qLI2pLtiwjdnATySOnHde5I8bG6Gkj1cF2fSP17SScJCThwPYkMDuS"
    "FCRvEgDhJHVOs+okgxnefSSUUX1bJK1TX8ck78y/AyUH/bJ+JQscpdklFfMEFCVBXC5pJZfJ+xolpFWSniXHo49BJfD1"
    "S5EmBjQkOiYNV/PZJklG7o8mV2odRSZaUUBqJmrFbgYmlRWwCyboybfXJvJWRBInGAaSMicZWA1XJypSN2cnM6rf4Sdi"
    "DF9pJ4RHQ8wnk2v46yfrESAFKBZmsMcoSJ127yhUh9r/KGKDzjsodtUwSyiG3t18KIjydEkom2uG/ii72GGDKSFmOusp"
    "SrieVSlWOB3SKXZWjLwpe9B1iymV3aLhKaJCZZEpsO8rvSneTs+RKefdmAYp6zbcNSoW3mFhKjIstJ4qYpcTKCp9NM6n"
    "KoalywYqictSxCqYyoXxKqQd+5AqpMIdPCqquATAKriTlHEq8plOBSstiu1QKy4feN8rLwSz2ysxd/LXKztiucYrg5/B"
    "+SuHfBzWK5dTW4QrnqoTjiur+QVbK84IiTYr1Q/4gCvYRIt6K9/zaU0r6k2Piiw5DaqGLEG2bP8sbEGGbCyOh3AFLJ5R"
    "SdUssbc55yzesUH9LOf6QsEtL5eFKi1MK0sxLWbxs1cteKuIOC2B2iupLdqhPOguA9zvIy4aqQIwLh1DOMouVvzlnS5Y"
    "VQ+lLmCUdD8uaR+5ni5/b4TiLpSNAWYunA/Tly7WmJh4LuEwD50u5A5J2S7k8XqQLyWliscvTyfomi9T00C4L1cBOpMv"
    "YQZHFS+v3MoYL8JpFm4v47mLYS/sGlzUMA1/EqEwOWZS4jCjBQM6MQ+RVooxEaYr8DEwkkAzMUGJhBExRD18ejFMJoPw"
    "MVyAWJ4xaN4CkDGrvQAEMdTQ3FUyM2GBtDI8fDyGMlS+4IoylnKO/DKgiIsuMsQL9tAyyalgzjMBL3+VMzNb7gQztGho"
    "zjPH/SQyM+MPAhEz9LPYlzP9sVyXNBnKXEE0IJWbDjQxNlKJNDGDSg40OxhR2DQ8hIzcNG/r4so0njvaGjS28Py4NOl3"
    "qTs1EbQ1GzUZ97HWNUfTnbk1V6vLZTWM4oeWNa3sMoo1rz92SjXNNwu2NfP2IiY1/oYkIDYMvMpnNhmw2Q02G/d3JjY1"
    "7coqNj+J6+o2Sl0R8DZNiFhVNmNJeGA2ZwlUazaPzGaANqJIaf82rwkPSjbPRkdyNtHHOxw21g7dpzbdYofgNweSSc83"
    "DJyZETcWkfhAN0ZUmA03eDLzLjd7KtYqN4NcaHk3i6+diTeRF77PN56Ytpc39n4WHjgU6DsNOCcv4nY4KO/thTh2lprf"
    "OKTDRhM4zKQIVDjgFfGwOPL9h94487Ur5jkRpMgdOVU1HBI5fHpFlDmWhAQlOZmJIPU5vkHCdTnEPx9POcXD4+85zXDZ"
    "PzoMejqQOhaiQ+86KbXcfDotZJnpOjr1Wf46PFu28TpMZnF4Ok+QrMQ6odiuDDqlGa43OqZsAFs63kQbOzryFyTVO08j"
    "oSo7j0CYNjuQ6RKTO5iNgYY7pRmKVzvbRTRSO+PWpQo75UBjbDvscFP5O+7/63U8DUuXsTxgssLAPIYAwOk8wXC2aD0v"
    "ojVTPTAzxpg9OkptFD0+A85hPVnLLsQ9Zu7JzT2AbDKfPbc8n7M9uSIYaz3CoiTfPcg35s49yn3Odz3fPNucPhpYoM0+"
    "aPGhjT51UWmvPnnsy9o+gR4nyT6pv1X4PsHF8As/BJUSVz8Iy2M9P2Cqh6E/gjwgcD/qT3KbQAF+dmpAEX/Db0AqiMwi"
    "QDIvytpAOH23pEBNOwHXQNA8Q1RA32ANaUEoPhEaQZdXLtxBm7tgkkHhBftOQfodNT9B/gZ+H0ISI3sHQle0+pdCZZp6"
    "VEJmzij3QrdpwmdCvhAm9ELf9UenQuUnvYtC7BJL2EMFXIh0QwcNofBDJIVTzUMvcPrNQzO6uVZDPwDKEkM/K5KzQ0Pm"
    "H7BDXiwUp0OcG1xhQ9d+O5BD2mWArkPmVL+AQ/HK21xD+xku7kQK/TSlRBgALMBEH4V1CkQkvsDKRF4fJd9EZ72r/0Sr"
    "NVB9RMuiwQZE50p4aEUWGYyIRTB6ZYFFV0k4FUVhHHJCRWNF8OlFhDJjhUWIKRGWRZkw4EBFvV7OXkXaFoVGRgfqjdNG"
    "LF0IV0Y1ytEpRjkS4uZGTnC+kkZWHPI2RlwoCotGfpdBpEbDfgu7RttkaIRG72pZtUcNj1+6R6YLDvlHp+m+T0e8ZiNB"
    "R/tLBcpIMp9i3Ug2PC8lSEN1Y2BIaucy/EiAysLnSJGuNFlIsld+okjDI4k+SN450UNI/NdzOUj/nPHaSQFBEmdJCShM"
    "MkkbLEAfST0bvOVJpw12zUm6Z8i9ScziKthKFYoCJkoVovHeSiQmaldKK4merEpaPHWlSnvgprdKfrPf6kqa8EujSqPB"
    "gqxKsxNCakrTQwtXSxDUIFdLJAvBKEtWRrHkS2WG6c9LagN3PkuH0q0MS5Kx/hBLmUnUUUwIlqd2TBNkMfZMJBBB0Ewt"
    "cZDeTDfmEpVMUA4QZExpaMRjTHgvDz9Mgw+yQEyYIlENTNE89b9M0sB7TE0EAmZHTRXPtu1NOFJzAk1ZzxRUTWxL9oBN"
    "bwswbk11ARWWTX3Z3dFNhKGJxU2TzIW1TaOx3NlNuwwD003xpabwThv5sQhOHcsA7U4g0PdbTilHN/1OUap3NE5XJcgT"
    "TlxRReBOjcW6l06lcDEYTregaM1Ox2SOzk79WsE2Tv8t+ghPA4NXH082ZQBrTztGrtpPQ4KLlU+E3dSvT4vjQhxPjWKl"
    "pk+lSU4OT6elInBPyWteFk/LA9cBT9NYQGNP3hJlFk/l6S82T+wYHhlP7lYoLVAN1x+IUC5K/W9QS/QCMFBkuDVdUHjo"
    "GJtQfeXsOFDDqX6jUMy9X75Q5yIlHVD5c6pMUQs5i3NRHoD+XVHEBZ+lUcQYO7FR5AGyf1HsjGduUe2TYdhR8psC1FH4"
    "+GR4Uf2nV8JSAXA+eFI9mH9tUl3Lfm5SjOlB2VKOnOjaUqXOrOJSvBVttFLDhGr6UtB+3TBTArZefFMZgl12Ux58KphT"
    "QTcE7VNlo8A6U3atFPZTksttf1OVcKnyU5f2FAxTqGfbFFOoi9PIU8bsl0BTymGGoVPMGuNTU85WvihT2R/hM1P6u+Vl"
    "VAyOz9NUHgbXFlQ2bFmMVFH8KQ1U5VcTiVTmkVZDVO5SclJU+klxPFUSbUngVTl3u81VPFVQnlVHO1sGVUsFTYxVUc9T"
    "TFV+6wRFVZVcj2JVnpxxOVWe4tKDVcuAd+hV/q1MS1YL+DpQVh1Si1pWKCznk1ZSuZJDVn6sIfFWifvhtlaT6bRsVpv9"
    "8ixXBJuPDVcI4JIfVw/8jNNXKvohZVdd3YodV7vDiCBXxNbkW1fE9KtLV88/3upX16/6kVfqiePiWAPcHCRYYGGIE1h0"
    "WNQkWIAqkIxYkCHDrliZfj0KWMcXyj1Y1DoHoljbNp29WRW2P39ZKliPYFkthtx9WVDtoLZZbVDqYFlu28Y2WaaJZApZ"
    "unwNJ1nHwdNTWdlkimRZ8cNGQloDWmKQWhecdy5aH5H0uFoswRmEWnE6pqZafSKiLlqAuHSKWpIfaoNaoHvON1qh8+/T"
    "WrZ3ZLtavM7Hr1rmsSG1Wu9q71NbATKko1sCrUmuWxtMlMpbH9Mkg1sjpNNUWyPjYvlbJytY01snf6oIWzL1uMlbPpGp"
    "EVs/3nhXW0rmoVtbTEqGVFtRWRTUW3DLjBhbcuwkxFt30sG0W5BwVllbkdueuFuUq43MW8isuRlb6K7bDFwEAPppXAbj"
    "t5NcPwfh/Vxmlr6dXIFFXPlcix1K1lyZuqXiXJ0fz99coabSyFy1j039XLpwX1xdHdhFA10nNpHjXUybscJdT554QV1h"
    "AdjOXXUGdH9ddTsAeV2VZnavXbhGL3dd1keNEl4QHiorXjhakt5eQh9VkF5PwHgdXoLTi9ZejdP+cV64Fjz2XsPvXxpe"
    "y8bsBl7kQz33XwiBW6BfHIvKLl8g0kyGXyVYhRJfVtle919kXwxOX3zIUihfkveIfV+nyBSgX/zgbxxgI5FlzGAzwsMS"
    "YDc1GC9gXuV6PWBw5IdQYIiEeNxgidHvc2Cr78noYMtdxXRhAfCL2mESoYayYS52qdZhMtX+c2E4S8r9YUMk291hTtq+"
    "qGGQ7iQbYZENoiBhwOfEwGH/y2l/Yhaq83FiGiW4rmJgz015YnfeEBpifKChU2KSO8k9YsBiO2Zi5dOapmLynRwmYv35"
    "i0xjBDspYmMGG0bHYw6+c4djQrsbKmND/65RY0kkuBhjc6R4D2OaO7YAY89BYORj89FIEGQx9OcyZDcAHCdkRtS5oWRJ"
    "oom8ZEmnf4FkVdbYImRh8OCbZHu35PhkpX8xN2St6BYXZN83oBpk4VF6+WTjRbz1ZO+YUIZk+PUZgWULIzxlZTBQ1uZl"
    "Mok132Uy6U7MZTVU1zplfIFdEWWsnwduZcf2A/xl3wFXCWXhUyZlZgeou7ZmJ+A7q2ZE7I23ZkXxO5lmfMYKsWaAuEu2"
    "ZoIHghxmlO08oGag20SyZq3gSg5mtxhN8GbKcjToZtyNDbVnDC15v2cVVXVOZygwrGJnT1lzomdbo4usZ3VmRxtnnAdt"
    "5WfRE0QqZ9VUEbVn2L3hRGfeK0CUZ+/uYyJn/qpyI2gR/dcxaBJ0C55oL6ONl2hDMJ4AaEce7zVoSOiHn2ilhukUaMlw"
    "yBVozAq2eGjde3LEaOtgJJRo8SqfTWj4ZfL8aRaQosNpGAyUMWlP5ISHaViQVhlpee1YBWmIIsx6adtkG+RqH11O+Woo"
    "KZFfaj0/sfBqWtrluGpnD2Moam8p2GBq9/I77msY4T92ayRnsP5rOxD8a2tMlyY3a1Vbr3hralY4R2t3nb9Xa496PBFr"
    "mJ+VOmu1XMcta+DrRLNr5N0SbGvqLm/jbA+3SZ1sVP+tJGxXm6m0bFzYP81smtDmhmygvr4ebKZ0rp5svo8UV2zB9ae2"
    "bM1+6dxszcJ9s2zZ07sTbQVODSxtGQP8zG0ly+VibTK3tEVtNmE8v21UnWkmbWSNA1ZtbIIuEW2GhhAGbYpthn1tpitB"
    "UW3UlmpEbfRSdGlt+CtPsm37Ra34bfzKdIluHN6Xzm5HFxR3bnzBhFJusk5em27B06j8btzFvUFu5ES6yW8uSW0qb0jk"
    "KXhvaxz9Jm+CtSSkb4pwhQdvnz3ROm+tWpD/b7z5k+Jv6K6OaXBbGW/9cF2VUeJwX8xaGHBgfiuIcGM63rxwY5BeAnCK"
    "vz9ocJ5ZchBwrsX2jXC9MGVxcMTlddxwyQucjnDXZDP1cOuaydxw7VFVf3FWv47wcVp+TX5xX9ShRXFjccYlcYw0hRJx"
    "jWMn2XGRpZkqcZn2r05yO3JdCnJfe24/csiF3LNy52mnnXLvQ/aVcxMs5HZzH+Ki4HMkOCjVczXgi1FzOWE/WHNCdku5"
    "c1Pj9PRzg1BKZXOU79O8c6oGe4lzqipTl3PdDQM8c+lb15F0GI0nynQqcPHXdDzZSX90Pp9uL3RBSmZxdELsIvJ0URmD"
    "ZnRl/gufdG4NOfd0g1bJM3SU2A14dJxX7xl0n1oOzHS+SQB3dRXRVHN1F2J6qnUYrhuVdSG3dAV1LHNT4nUyKTVQdTki"
    "QxB1TI1843VTKKbcdVkK+jp1dDd823WLmKhbdZ5RVxp1nr6EBHWp7kFvdgcmih52L6bFpXZT8xA/dmXcmC92cxt55Xad"
    "Urmudqp/gzV2t+Y2E3bYDdCrdvNQ3C92+CWkgHcQadLsdyH/gll3aAFJi3eKeXrid4zewJl37BS+OXf+7hIzeAWS1sF4"
    "ETY1IXhtabqueHanrGd44CLzpXj8OgmaeP2WgYl5H7GxCHk1wRLgeTjmXvZ5ebyQ8XmNx7Z/eZvjzrF5rJXdK3m3ZY35"
    "ebo5nL55u9YByXnWUOeFeelrdl56bG5c+Hq6eGcCesXyOJR6zGjej3rjuDtGewTTtlt7DQiAx3sezOrye1cdz9F7aujb"
    "PnuftzSVe7wXVgR7wUQsOHvPn5Jye9R+S7973uQ/nnwD0PNYfCepDVR8Rmhj53ygA+WdfKYi66h8v+r3pXzzgNePfQ0u"
    "lip9H4i0RX0sLLZ0fUJ9kfR9WbGSN31nxDxVfYMQaH19hKtqTX2OGVpVfaAroKl9oOjtlX2/CNzmfd/H+z198Z0R5H5C"
    "E8Sbfq0qFId+t+caFH64vkr5fsvpwkF+/ICeVn8JF3ayfzZD0EB/QhoxUH9UzCwyf3YWtH1/eLcta395qFsXf4DM9tJ/"
    "wDLATH/HY/TPf/ZMUaR/+jDCd4Avs4iPgD/wmd+ARfXqSYB39eSHgID3nF6AijDe84CNRdiNgJ+yoRiAxvruL4Dlb4pY"
    "gO+d8yqBK6cnRIE2eGy2gTqKQa2BPnVOVYFecWKQgWTKsdGBkji5AYHAsYqIgcw9cZGB202jCoHgmZaIge1jmNmCBnMu"
    "8YIxkXhogjY4geeCTTq2ZYJlBF5lgoHDfhWCiPVNZ4KYDZR1gpvjqF2CoB1mPYKm/C3cgrXngEGDGeyRiYNFQfojg0os"
    "ijCDYM7oioOP3pvJg6HTgUKEHUrRxIQfnFZshExPAmKEbHT72ISBxRJ+hJ64nMaErCX5NoSupwJFhO5f4MWFBXL6cIUV"
    "lsFchS/ZtwyFVN4vIYWh2rdphqA/fl+GsqZOO4a9vLIjhslbgcyG7bbk6IcLAnLchwzr0oSHKQrDxYc1asNYh0iQnNGH"
    "YejW3odpj2EJh4vCFR+HstwiNofGqROqh+uFN8mIOi1rRog+IcAeiEhKHkCITQ2LaohjFtJ1iGtByW2IluoVsoj7yHuy"
    "iSA2GY+JKe4m+4lcF0HbiXYkd4eJqXCN/omzsRdAibvDwIeJyxxylonmVIqbifCiZKOJ9KktZYn2LrKuiifSd+WKK+Eh"
    "KIpI4C45ilJwumuKZVAJM4pm19fWioElo1mKhdJacorStCativfw5tmLI3/uUIs191B5iznRzPKLSx9W84t8eZkyi5Se"
    "Tv6LoLwnX4ukCah4i7wOk7WL0m+QEYwEsguFjCksRsOMXSZaCYx1fagtjKPPDDeMsalYIIzRO0RajNRU2iWM3YeojY0Y"
    "0XdZjVyB39yNZpWATY2BEbbVja/l+DmNtBtwdI3XnIFvjfZUj2CN+L5MyI4CwnGdjgkFmvqOIwTLsI5UuqNOjlwMHeCO"
    "fIQ7s46BzIK4jpelIc+OmD4jmY7TS0ANjuAOicaPWsEv8o9dojGSj2AggkePdWR7I4+H/5hAj5L1Cv2PlBchpI+WUzbR"
    "j7xK8OaQCP12qpA3P85okFtIaV6QbVPGVJDTfmoJkNdcGdORDk4C+pEQzfNmkUx9LxWRXCYElpF5ZQD9kYBNJMORg45k"
    "cZGhQCRwkb0SsMaR4td5npHz4889kfj3BHWR+aTwB5JEmoZvklvBuOqSX/qhvJJi64j0kmvALmyScxWfNJJzw4vnkoOV"
    "7JOSoBQ10JK6+0w1ksD6+L2S2Cs2T5MKHrgekxYU6tuTGnWvQJMdFMfFkyoUjAuTSUvADZOaEOEMk6xIP3WT0X5Dm5Pf"
    "Qrq4k+4V1uiUDZ1lFZQVJaQulBj7gFuUJ2UgMJRMiIr4lIFxn0uUmLNHzpTD28RFlNXpvxmU6NKGBpTw+gmTlPkVId6U"
    "+x0CXJUBUtoslQ4fOVGVGFNnsJUm8+urlUGLYX2VWwr16ZVge15glW6FciOVneBdJpW7uHh0lgUEHuGWC+KyopYVdcA8"
    "lh3OtK2WKjxS/JZAu8rwlkIdQTKWTESIpZZg4vAOlnJvFzSWiMiCe5akjz8Pltd0YvWW4T7EVpdS17J+l18fFT6XZmoD"
    "VZdoe+Rql4tcTjuXluayopemkorCl657J9OXtRSvNZhDnScXmE2vRI+YjOSZRJigwG6nmKedstqYrUvvBpj197bdmRyb"
    "JMyZLvezLJk4MAXqmU/L4gaZWoRFnJldXLFvmWXVnM2ZmtvkEZnu2ID9mfVAcCGaBS+2h5oLgUHBmiZyxqiaMGcOUpqC"
    "SSnXmqMxPLOapm3Ev5qsl7zomuui0GCa69xOEJsSMp+kmxXePLybH69ZWJsi/qTym1B2RLqbaApeNZuhVbSKm6ijdN+b"
    "yobEoJvncciEm/VpFvacEQnZapw0JJtcnGHFP02ci/haLpyPLbmjnJwaLm2cr9/6gZzXQEgynPfV1VGc+ixSr50gNJGI"
    "nTYehcGdQcs8/p1J2O0WnXsAuSudf8s0ZZ2aW7FhnaVHI8GdqLNAkp3aLqQ/nd81Lp2d7NkeF537sua0nhcb9tyedFVc"
    "R56O6qTJnpVAG7CeljKwGp8qnmLQnzbJi6GfO/vLwJ890/OKn01zLIqfaKicW59wA/vTn478jzyftZNSf5/BVzern8mh"
    "N3Kf2Rx+NqAStD7/oCXfqbagNZxx16BGi6OtoJxTtfegoA3kAaCoT5zCoLECTKCgsYflQ6C0yh78oMOcT4ygzzIeTqEc"
    "4jspoUG2KpGhby41lqF7m5hsodYYCfeh5+ggAKH0m7ezogp2JL+iCvIE8aIXf970ok9K0pCiUUapQaJZvP4YolzQUAqi"
    "nJuBs6Kh3a+woqxhtAei1iPB86Lb/RGiot0WW3ii3yRwGKL9iihGoxUc+L+jJaezfaMvlscuo0tNRkajXHACNKNlbKOi"
    "o2gXc7ijhq4F86OYet42o5y/gsajzPYVcqPUI5f4o+85X/ekJYW/gaQsjcAepDYOE0mkOAHRl6R6Svh4pJjWKtGkwMzU"
    "HaTRIrDKpOUR2PClDWlLzaURLNY4pShMvvWlKtEv+6VHRa20pWjBHbmle5mtw6WA1fP7pYHgjG2lmX69V6WwPXwppbl7"
    "11+lxu5mCaXOVzN0pc7tH4mmEfJ4/qYf7P6dpjRKD5emNLX6v6Y+tAKdplEA3xymU+F/eqbHSQmnptKQJm2m+223u6b+"
    "kfc8p00besunUDk3X6eKzuEqp7aLJV2ntvIGy6e/IupVp8NFvN2n0YRya6fcvmgIp/rDnH+n/EWlB6gWw1OSqEGczk+o"
    "R2LIMah+Q712qIUgRN2orTF6rKiuNOQRqMvK90Go5AQiz6j2T6FkqSTkM7KpMO4fpKlR9wrFqV02ScCpZIlb3qloAbzS"
    "qbT2kkCpviwkg6nl3UdUqe8NCMWp/tocIapHNbnUqlF19NSqZU6yd6pzSTA9qnv3f0aqfq6j8KqcuVDEquBKOoeq96zl"
    "sqszg3jfqzfCCb+rV7i2+auB6LRMq4Z1j7SrjPPj3au1JdN6q7lE8bCrxdxAv6vddrTvrACLJW2sDdqfV6w8XkzyrFEB"
    "0NusUQ9HoqxcksXJrIVfnFGs2NZX7qznVE4VrRzqYmitXXvtp61ijJfqrXFGb7etdYccQK2O7Pj3reeyb1Gt9n+HVK4W"
    "c7ztriMCdyGuMYhGk6485viTrkZRPXCuU5L5RK5WJ3xJrmk6WgOukjQ2uK6vimpErvsJjPKvH0dQXq8m+S/hryhIiMiv"
    "ZY41Da98muFCr5iQojOvowZLUa+w3gYzr7I9pKqvtWsJJ6/JE1ZSr+ND/viwJ9/BbrA13CwSsHTQEMiwi1wzSrCf4Zj9"
    "sLqBjEKwy6ZhcLEdysKHsUMf/CqxYAZra7FtgFJZsc3ChmWx4Gv23bHzPgzYsfxE0O+yAjWUIrIsVVmEsloVEKGyn3ay"
    "frKs4Oqhsq3XO16y21BTobLlyjpzsumFhQazBivnt7MWk5Rlsxr4frCzH0CDiLM/vQzDs0AsxXKzSNqhWLNgIEPIs5UE"
    "32Ozqh92wLPRppLQs+q7iAi0DdbcCLQy1pJ1tGuZAbO0qwyvVbTO8COBtNyjv0e1DrRmM7U2EzLMtWOixI61lssHzbWm"
    "dTGntbteVx613qWEPbXg358YtftuNZq2MIJI7LZzJSNJtnTyF+q2ngh35bagFBbUtqZ0V4u2t1LkprbsjS8LtvW7Px23"
    "FnadR7cYo59ht0088Oy3bTfdirdxRcMCt4QbI5+3iIBrzbee7FyRt8fXgw+37hqRRrhFmPxquGugrEu4uzLzQbj6dwXL"
    "uQ+Jug25MMexSbk63XKbuUZnxcu5SSn8MLlVIPXjuXDRs2e5fLmM27l94QJsuaKkaFm5ppBrdLm72dYfuc5xViq54E9k"
    "UboHctC2uh4sLJS6UfoZM7plcsWPurdYK2i6uzs8+brWrQQsuuvl92+68o9vBrsE71TXuw0lt1u7Dhe2VbshNv93u1Kv"
    "Nj+7WC66HLudiw9Vu6f4Ar67quGhx7vXJ5UMvDA+lx28R1uTiLxcVo08vGZ++by8iM0ofryr6PncvKx6zRy8rXwzrry0"
    "qerjvNVJqu285fZljr0R5fpLvTPQToS9N1je471DgFIwvU01OcS9VQSA4L1ZG7nDvV3F5gG+K5ce+L5nR/XJvnCtkJ2+"
    "d1Ogfr6tw2NNvtV2uvK/CBnjYL8pnz3RvyqdObi/N9GAVL9M/Eb6v1TFuU2/bmSLMr+EShspv6YTIcO/u+6Fl7/DkKIH"
    "v8Wjpyy/4NbR0sAEFbnywA/7wDPAF1uBq8AYpTwmwBvEV0HALnU2m8BCVsoRwFyBi4nAg8Uo1sClbiA0wPfuUx3BF725"
    "esEnlG4OwTv7Nd7BSa5GisGXj84zwZrPaFXByT2GRsIRwZeFwhRDzoXCKJrM/sIp3W7Dwi7KYBHCL0WhpsI1CsMUwj/q"
    "BFzCRWDpI8JjCgdywnDzmiLCkicgxsKYb3DywprJVvvCrOqCdcLBD6wqws4UHx3C3pDLKMLnJHrbwvB4i5zDOmlt7sNU"
    "0ef9w2N1MsrDytcwecP1LCZpxCKV1qbEbKjmXsSgARhuxKP+U+bEpqRbz8S9IdhsxMbRkhjEzPRzTcTQKh3pxNf8YxrF"
    "Elj51sWFwlOqxZJ4dLbFpIKk58WvkzTExhJz84zGHbe8AsY23+CLxkczFN7Ggigp1caFfalIxorVfh3Gl3Ws2McHjjLX"
    "xwjj3TbHQjZExsdIJaeBx2RIrNTHfnVPUcfNxfjDx99i4FnIAb+uX8gmkGc0yChQY+rIPNVRnshUIJs9yF8yjkTIdDkw"
    "yciZCjwayOKGGZzI+7ExF8j/72q2yQI4ISzJBckLXMkYL5AJyRwtOQPJHa0l18lLsLNDyUwJA8DJWadU3MlncByGydGk"
    "G+nJ/jYX58o33ecaykL5SPbKXOG7b8qHJKr2ypLXbJ7Kn6G5ccrCqnEXytx9WPLK3UDxNsrp0wcbyu7Sik3K93p92ssR"
    "e8/ryyezNy/LLszOXstPAqXyy31MQLDLhucbkMuXSeaQy5sF+GDLzU38V8vSOdmny9rUgtXL5R9mgsv9WvEJzBYtSQzM"
    "J6OK5Mws7DWnzEsdK37MWW1xecx5mMUyzIwDYEbMxLH3R80CPg2uzSlnYvzNNdn0pc0/lRWxzVFnaP3Nm2+CCc3Tc5PC"
    "ziGHDXvOKvxt184wXp5tzjGEkZXOfMd8G86TzUvUzrZIABXOyFDATc7cesYezu4HULPO8YQdDM8GUokqzwyuAqbPEkaT"
    "Xc8v/961z12XXevPcUvOaM9yMIaHz4Pv997PsGgbU9Ae7c2D0CDEcSLQSAQyx9BiV8NN0GwSMKbQtBW2hNC3EYDm0LjO"
    "1avQwL530dDA290Z0NqRiALQ+mYQCtEielgU0X0KcTnRp5OND9Goc5Yc0btOEgTR4jbza9HiQVd30frzOsvSFOyuvNIz"
    "s7qW0kW1TbHSR+F+HtJiRfij0nyOoMrSllYGldKWbI9/0sEc2vjSzz1JMtL+lcuO0w2RmczTEjlK+9MdNvE/00qBNyDT"
    "UJ5gi9NQuGFr01m3vCPTp65mOdOrhuxt09cpu4nUJKZaQNQ1uZH/1IMYXxbVLZcZWdVt8skh1XSPrAzVjfUfD9WYkwik"
    "1abzJjvVsqds5tXXjny91d0huqbV3v76+9Xu+CQq1hfaauHWIDT1zNZxGwbn1oPcCzTWl/CjWdaoVEe71quPrQbWyRgX"
    "+9bJImV31uEN0OPXAC1VpNcEeEa/1woPrsTXQ0kB49dG/2Gl13fYTY/XhmBVYNfCiyIf1/bZb8LX9zFED9gNlhkZ2B7H"
    "hDLYJe77gthdcVkb2GYK6hXYmTaouNjRc2Jc2N4LGY3Y4yE9ldj5s0sF2PvMaLnZD5FDL9kbp+kB2SgZgnHZOyBqFdk8"
    "5blr2VtJlErZeSHTeNnN9Xlf2c8kDvXZ318j8tngroNL2e7KMdnZ9Xdv3toCOYz32hdeip3aPEOiYNpCFhf92liboj/a"
    "bvZS99qTk2kY2rASlg3a8/aRTtsIFxvs2xUioBfbOr4jVtt5kwjn24zCBzfb6ZHh2tvu73HR2/Ivm8fcMm4k5txEevHp"
    "3HHLN9TciEXK9tyNKhMZ3KVMuw7c+7+5zN0Skjki3SHIlE/dLpKgud1baSds3WtQ/UndfjwiZt2CjEQp3adU9u7dtOTz"
    "W93EmrK73cVrs1veAZCEwt4DrrGt3gfSy/jeHNC3YN4wC6Bv3jcpr1/eQ3f64d5SYkhL3pvGm97e0vsPWt7gAyqp3wLm"
    "jdDfB0bLRt8iqsuG3y1SWx7fX4wDPt+EZBGL36QvbqHf2fodmd/qTwqc3/oj48LgKK9IJeBAdVik4ESAkLvgnPOooODP"
    "N8N/4No4W1jg5vUVueD3gK2D4QhhWv/hKsX8xuFvfT9O4W/+NjvhdP/2dOG4bUoK4dBc9avh358op+HjTC024fDy5uTi"
    "BiKrVuIMcboN4hpBNKfiMlL7AeI62tZP4l2+Wx/iZs61n+KFAnA/4prt8Efi1w290uLhqkqy4yB0vPnjI451OeM57dWg"
    "4z4MQKTjScZsueNfNoGP42+0707jlbbRoOOn3Pu148C3rG7j0tVWlePU+/YH4+zzPJ3kCUV9O+ROXdMk5Fugi7HkbAx2"
    "GeSaFsBp5Kt/AerkropJ9eTURr4B5NhFGN7k9oVRueUjlT6P5UIWAPDlaAs7SOVwLN1k5XEC7ablc96CJOWPlQEJ5ZR2"
    "iijlnz+CJOW4vr4k5cg/jeflyh7fm+XSDYN35fpy98TmFJE3IeY86+r+5nQlFNPmgg67MOahCrMn5rIEqKnm01U+zubi"
    "1E9m5v8vY2XnU0rbxueZmjxy55oEt8PnpazTFufCM22O5/jon8rn+WH4Oegt5s3D6DRUgH/oOuJLxuhTZ89k6F82TBLo"
    "Y2CNYuhq3Mcw6HxpQsHonw9KFejJPhoA6OBUY0Xo7quRTOkW27fC6RgzZF7pKJv9d+k4vKvC6UgRNPDpdI25/Ol6x9cJ"
    "6e4vvt/p+I1J/eoJmhB86hbwuPnqVd8YFOpW+tkO6l3wVhXqYGIWPep9BoSr6pJo2eDqnI2QneqzujIS6sU+33jrANi2"
    "kusC/Upk6y7KYVPrN8tzqes4MnF161IhU3jrV7Pvqut6Nafc67ddPGzrvE6x0evHnSKa68tX0xfr6A2wHOvsrV5V6/I9"
    "H1Tr9XEHAuxS7/QK7GG/23vsY0i85OxnfpZ47HXmcN3sh1q7duyKh33c7KHrF7HsqRlGw+yz1NKz7LdUwF7st4DF0uzI"
    "hWh07M8M/pTs44Wo/uz3ufkN7Plmp47tRDC/8u2aow8I7aVQPRHt/mMmUu4omfYD7jzy/3numY5Y8e66CVLH7tTH+FXu"
    "3PW+qe8YPR9F7zz9j/LvQkTGme9ii1Yt76J6C5rvyyzDEe/xqK9l8BuiY0LwKKOVPvA28VbP8EBudtDwU7W1/vB+yEf2"
    "8KU1oEDwrRZW7fCzyT4J8Ldpfnvw3mPzO/DizY868Q01W9zxQr7civGfEziO8a66BRDxwc8wwPHprCN78goGK3fyKrUO"
    "b/I6rCDs8kWKkNnyddmCDvKW2c1t8qEhFa7yuKyZS/LeVxam8wmHhNjzEQR7pPMpJlgt803pAuDzYvlGM/OAO18785rn"
    "McXz5FXAzPP+l9/r8/9428Lz/6/k3fQMkBcB9CDeKv/0PJGWhPRvb59R9IBAxyr0pTCtgvSrxA7u9RBcqT31FjUM4fUj"
    "8Rp/9Z/Xufr11JDSI/XXQLNA9iYROGb2Sxii/vZZvZ419mTXEtD2dspeHfaEjjHo9ophMr72y2TdyvbqNiW+9xJ7X6f3"
    "NH5hmfc7pQMF9z1kEe/3QaIbIvdo++TT94ZxOQr3nzr87/e8eJDH971eRa/30UQ5VPf4CII9+AKnmwX4Mlji8/hgOnMd"
    "+GN0lur4fSBb4PiMOgDw+KMxmaH4qFOfpPj58SpW+PuZW2T5LHqISPlQwg/o+WjtKGT51Sb5VvnsWIhU+fK+yB/6Amfp"
    "qvoMFZYW+jgQvM/6aWVnf/p6330Z+oL/UOb6k+ipdPqjNXGU+q2iJrf6vD4qSvra2uxm+uMkNb764z9EHPr05cAy+zFm"
    "eYP7RtkqvPtPPdhX+4S2TT37hhYYL/uGdfWR+8/sOWn76tWy3fv3wGii/DiNrdf8PuhHXPxcAUQK/GEL/fb8dN4wSfyO"
    "EvG4/Kw5XEv8wXBEDPzVNQT4/RhJVWP9Gumiu/0onzg9/VlgYWT9Wo7fiP1+cFIs/ZB65wL9nbpbs/2ly+AU/fUnuO3+"
    "H6Zx4v4hnTJ6/iKxwi7+NPMNYv5NeEjR/mp6jRj+uzV1aP9Q4ptd/1wsf77/ZoP0qf+XDHw3/833xy//8Gje/A=="
)
_FP = base64.b64decode(ARTICLE_FINGERPRINT)
_ARTICLE = {_FP[i : i + DIGEST_SIZE] for i in range(0, len(_FP), DIGEST_SIZE)}
