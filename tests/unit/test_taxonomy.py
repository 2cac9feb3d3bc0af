"""Tests for the bundled taxonomy and its loader (no Qt)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from journal.paths import resource_path
from journal.taxonomy import (
    Behaviour,
    Taxonomy,
    default_taxonomy,
    load_taxonomy,
    parse_taxonomy,
)

EXPECTED_GROUPS = [
    "emotional_verbal",
    "isolation_control",
    "economic_control",
    "intimidation_threats",
    "physical_harm",
    "sexual_coercion",
    "digital_abuse",
    "using_children",
    "blame_gaslighting",
    "identity_status_faith",
    "hoovering",
    "affection_after_harm",
]
# Stored journals refer to behaviours by id; the sample journals in tests/data use these.
SAMPLE_JOURNAL_IDS = (
    "strangulation",
    "pushing_grabbing",
    "destroying_property",
    "checking_whereabouts",
    "silent_treatment",
    "yelling",
    "promises_to_change",
)
# Danger Assessment risk factors (Campbell, Webster & Glass 2009) and the behaviours that
# record them.
DANGER_ASSESSMENT_FLAGS = (
    "strangulation",
    "weapon_use",
    "weapon_threat",
    "threats_to_kill",
    "suicide_threats",
    "sex_through_threats",
    "sex_without_consent",  # forced sex
    "following_you",  # stalking or spying
    "location_tracking",
    "spyware_or_hidden_devices",
    "threats_to_children",
    "constant_jealousy",
    "controlling_choices",  # control of daily activities
    "harm_during_pregnancy",
)
# Phrases that state a motive ("to control you") rather than what happened.
MOTIVE_PHRASES = (
    "to control",
    "as a punishment",
    "to punish",
    "in order to",
    "intended to",
    "meant to",
    "to get their way",
    "so that you",
    "to make you",
    "to pressure",
)


def minimal_data() -> dict[str, Any]:
    """Return the smallest valid taxonomy document."""
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
                        "name": "Strangulation or choking",
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
        "body_responses": [{"id": "tension", "name": "Muscle tension"}],
        "sources": ["Test"],
    }


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "taxonomy.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


def test_bundled_file_exists_and_loads(taxonomy: Taxonomy) -> None:
    assert resource_path("taxonomy.json").is_file()
    assert taxonomy.groups
    assert len(taxonomy.emotions) >= 12
    assert len(taxonomy.body_responses) >= 10
    assert taxonomy.sources


def test_default_taxonomy_is_cached() -> None:
    assert default_taxonomy() is default_taxonomy()
    assert default_taxonomy() == load_taxonomy()


def test_groups_in_order_and_non_empty(taxonomy: Taxonomy) -> None:
    assert [g.id for g in taxonomy.groups] == EXPECTED_GROUPS
    for group in taxonomy.groups:
        assert group.name and group.description
        assert 4 <= len(group.behaviours) <= 10, group.id
        for behaviour in group.behaviours:
            assert behaviour.group_id == group.id
            assert behaviour.name and behaviour.description


def test_ids_unique(taxonomy: Taxonomy) -> None:
    behaviour_ids = [b.id for b in taxonomy.all_behaviours()]
    assert len(behaviour_ids) == len(set(behaviour_ids))
    group_ids = [g.id for g in taxonomy.groups]
    assert len(group_ids) == len(set(group_ids))
    assert not set(group_ids) & set(behaviour_ids)
    emotion_ids = [c.id for c in taxonomy.emotions]
    assert len(emotion_ids) == len(set(emotion_ids))
    body_ids = [c.id for c in taxonomy.body_responses]
    assert len(body_ids) == len(set(body_ids))


@pytest.mark.parametrize("behaviour_id", DANGER_ASSESSMENT_FLAGS)
def test_lethality_indicators_are_high_risk(taxonomy: Taxonomy, behaviour_id: str) -> None:
    behaviour = taxonomy.behaviour(behaviour_id)
    assert isinstance(behaviour, Behaviour)
    assert behaviour.high_risk
    assert behaviour_id in taxonomy.high_risk_ids()
    assert taxonomy.is_high_risk(behaviour_id)


def test_strangulation_is_physical_harm(taxonomy: Taxonomy) -> None:
    behaviour = taxonomy.behaviour("strangulation")
    assert behaviour is not None
    assert behaviour.group_id == "physical_harm"
    assert "strangulation" in behaviour.name.lower()


def test_ordinary_behaviour_is_not_high_risk(taxonomy: Taxonomy) -> None:
    assert "name_calling" not in taxonomy.high_risk_ids()
    assert not taxonomy.is_high_risk("name_calling")
    assert not taxonomy.is_high_risk("something the user typed")


def test_labels_and_fallback(taxonomy: Taxonomy) -> None:
    assert taxonomy.label("name_calling") == "Insults or name-calling"
    assert taxonomy.emotion_label("fear") == "Fear"
    assert taxonomy.body_label("tension") == "Muscle tension"
    own = "Read my diary out loud"
    assert taxonomy.label(own) == own
    assert taxonomy.emotion_label("betrayed") == "betrayed"
    assert taxonomy.body_label("dizzy") == "dizzy"
    assert taxonomy.behaviour(own) is None


def test_all_behaviours_in_group_order(taxonomy: Taxonomy) -> None:
    flat = taxonomy.all_behaviours()
    assert flat == tuple(b for g in taxonomy.groups for b in g.behaviours)


def test_minimal_file_loads(tmp_path: Path) -> None:
    loaded = load_taxonomy(write(tmp_path, minimal_data()))
    assert loaded.high_risk_ids() == frozenset({"strangulation"})
    assert loaded.label("hitting") == "Hitting"


def test_malformed_json_raises(tmp_path: Path) -> None:
    path = tmp_path / "taxonomy.json"
    path.write_text('{"version": 1, "groups": [', encoding="utf-8")
    with pytest.raises(ValueError, match="not valid JSON"):
        load_taxonomy(path)


def test_duplicate_behaviour_id_across_groups_raises(tmp_path: Path) -> None:
    data = minimal_data()
    data["groups"].append(
        {
            "id": "other",
            "name": "Other",
            "description": "Another group.",
            "behaviours": [{"id": "hitting", "name": "Again", "description": "Dup."}],
        }
    )
    with pytest.raises(ValueError, match="duplicate behaviour id 'hitting'"):
        load_taxonomy(write(tmp_path, data))


def test_duplicate_group_id_raises(tmp_path: Path) -> None:
    data = minimal_data()
    second = json.loads(json.dumps(data["groups"][0]))
    for behaviour in second["behaviours"]:
        behaviour["id"] += "_2"
    data["groups"].append(second)
    with pytest.raises(ValueError, match="duplicate group id"):
        load_taxonomy(write(tmp_path, data))


def test_duplicate_emotion_id_raises(tmp_path: Path) -> None:
    data = minimal_data()
    data["emotions"].append({"id": "fear", "name": "Fear again"})
    with pytest.raises(ValueError, match="duplicate emotion id"):
        load_taxonomy(write(tmp_path, data))


def _drop_behaviour_name(d: dict[str, Any]) -> None:
    del d["groups"][0]["behaviours"][1]["name"]


def _bad_high_risk(d: dict[str, Any]) -> None:
    d["groups"][0]["behaviours"][0]["high_risk"] = "yes"


def _bad_version(d: dict[str, Any]) -> None:
    d["version"] = 99


def _high_risk_without_note(d: dict[str, Any]) -> None:
    del d["groups"][0]["behaviours"][0]["risk_note"]


def _note_on_ordinary_behaviour(d: dict[str, Any]) -> None:
    d["groups"][0]["behaviours"][1]["risk_note"] = "Not high-risk."


def _unknown_risk_source(d: dict[str, Any]) -> None:
    d["groups"][0]["behaviours"][0]["risk_sources"] = ["Nobody (1999)"]


def _bad_keywords(d: dict[str, Any]) -> None:
    d["groups"][0]["behaviours"][1]["keywords"] = ["stalking", 3]


def _empty_group(d: dict[str, Any]) -> None:
    d["groups"][0]["behaviours"] = []


def _bad_id(d: dict[str, Any]) -> None:
    d["groups"][0]["behaviours"][1]["id"] = "Hitting Hard"


def _emotions_not_list(d: dict[str, Any]) -> None:
    d["emotions"] = {"fear": "Fear"}


@pytest.mark.parametrize(
    "mutate",
    [
        _drop_behaviour_name,
        _bad_high_risk,
        _bad_version,
        _empty_group,
        _bad_id,
        _emotions_not_list,
        _high_risk_without_note,
        _note_on_ordinary_behaviour,
        _unknown_risk_source,
        _bad_keywords,
    ],
)
def test_invalid_structure_raises(tmp_path: Path, mutate: Any) -> None:
    data = minimal_data()
    mutate(data)
    with pytest.raises(ValueError, match="Taxonomy"):
        load_taxonomy(write(tmp_path, data))


def test_top_level_must_be_object() -> None:
    with pytest.raises(ValueError):
        parse_taxonomy([1, 2, 3])


def test_every_id_stored_journals_use_still_exists(taxonomy: Taxonomy) -> None:
    for behaviour_id in SAMPLE_JOURNAL_IDS:
        assert taxonomy.behaviour(behaviour_id) is not None, behaviour_id


def test_descriptions_say_what_happened_not_why(taxonomy: Taxonomy) -> None:
    texts = [(g.id, g.description) for g in taxonomy.groups]
    texts += [(b.id, b.description) for b in taxonomy.all_behaviours()]
    for where, text in texts:
        lowered = text.lower()
        assert not [m for m in MOTIVE_PHRASES if m in lowered], (where, text)


def test_the_motive_check_can_fail() -> None:
    lowered = "Refused to speak to you as a punishment or to pressure you.".lower()
    assert [m for m in MOTIVE_PHRASES if m in lowered]


def test_every_high_risk_behaviour_has_a_short_calm_sourced_note(taxonomy: Taxonomy) -> None:
    for behaviour in taxonomy.all_behaviours():
        if not behaviour.high_risk:
            assert behaviour.risk_note == "" and behaviour.risk_sources == ()
            assert taxonomy.risk_note(behaviour.id) == ""
            assert behaviour.tooltip() == behaviour.description
            continue
        note = behaviour.risk_note
        assert 15 <= len(note.split()) <= 70, behaviour.id
        assert "!" not in note and not any(w.isupper() and len(w) > 3 for w in note.split())
        assert any(word in note for word in ("advocate", "helpline", "doctor", "midwife"))
        assert behaviour.risk_sources
        for ref in behaviour.risk_sources:
            assert any(source.startswith(ref) for source in taxonomy.sources), ref
        assert taxonomy.risk_note(behaviour.id) == note
        assert behaviour.tooltip().startswith(behaviour.description)
        assert note in behaviour.tooltip()


def test_the_strangulation_note_gives_the_facts(taxonomy: Taxonomy) -> None:
    note = taxonomy.risk_note("strangulation")
    assert "without leaving visible marks" in note and "six to seven times" in note
    sources = taxonomy.behaviour("strangulation").risk_sources  # type: ignore[union-attr]
    assert any(ref.startswith("Glass") for ref in sources)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("stalking", {"following_you", "location_tracking", "spyware_or_hidden_devices"}),
        ("coercive control", {"controlling_choices", "checking_whereabouts", "limiting_contact"}),
        ("Spiritual abuse", {"faith_used_against_you", "faith_restricted_or_forced"}),
        ("outing", {"outing_threats"}),
        ("deportation", {"immigration_threats"}),
        ("pregnant", {"harm_during_pregnancy"}),
    ],
)
def test_the_words_people_search_for_find_behaviours(
    taxonomy: Taxonomy, query: str, expected: set[str]
) -> None:
    found = [b.id for b in taxonomy.find(query)]
    assert expected <= set(found)
    assert "yelling" not in found


def test_own_keywords_come_before_group_matches(taxonomy: Taxonomy) -> None:
    found = [b.id for b in taxonomy.find("stalking")]
    assert found.index("following_you") < found.index("intimidating_presence")
    assert taxonomy.find("") == taxonomy.all_behaviours()
    assert taxonomy.find("zzzz nothing") == ()


def test_identity_immigration_and_faith_are_covered(taxonomy: Taxonomy) -> None:
    group = taxonomy.group("identity_status_faith")
    assert group is not None
    ids = {b.id for b in group.behaviours}
    assert {"outing_threats", "immigration_threats", "faith_used_against_you"} <= ids
