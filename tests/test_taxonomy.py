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
    "hoovering",
    "affection_after_harm",
]


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


@pytest.mark.parametrize("behaviour_id", ["strangulation", "weapon_use", "weapon_threat"])
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
