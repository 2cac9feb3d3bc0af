"""Trusted contacts, safety plan, plan for hard moments and red-flag check-ins in a real vault."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from journal import plans, plans_print
from journal.plans import (
    CHECKINS_DOC,
    CONTACTS_DOC,
    FLAG_IDS,
    MAX_LONG,
    MAX_SHORT,
    RELAPSE_DOC,
    SAFETY_DOC,
    RelapseTrigger,
    SafetyItem,
    TrustedContact,
)
from journal.vault import Vault, open_vault
from tests.conftest import PASSPHRASE

CONTACT_CANARY = "QuillContactCanary7731"
SAFETY_CANARY = "QuillSafetyCanary4402"
RELAPSE_CANARY = "QuillRelapseCanary9156"
PERSON_CANARY = "QuillPersonCanary2280"
CHECKIN_CANARY = "QuillCheckinCanary6613"
CANARIES = (CONTACT_CANARY, SAFETY_CANARY, RELAPSE_CANARY, PERSON_CANARY, CHECKIN_CANARY)


def _reopen(vault: Vault, vault_path: Path) -> Vault:
    """Close the vault and open it again from disk with the passphrase."""
    vault.close()
    return open_vault(vault_path, PASSPHRASE)


def _files_containing(folder: Path, text: str) -> list[Path]:
    """Return the files under `folder` holding `text` in clear (UTF-8 or UTF-16-LE)."""
    needles = (text.encode("utf-8"), text.encode("utf-16-le"))
    return [
        path
        for path in folder.rglob("*")
        if path.is_file() and any(needle in path.read_bytes() for needle in needles)
    ]


# --- round trips through a real vault ---------------------------------------------------


def test_a_new_vault_starts_with_the_seed_plans_and_nothing_personal(vault: Vault) -> None:
    assert plans.load_contacts(vault) == []
    assert plans.load_checkins(vault) == []
    safety = plans.load_safety_plan(vault)
    assert safety == plans.seed_safety_plan()
    assert [i.id for i in safety] == [seed_id for seed_id, _ in plans.SAFETY_SEEDS]
    assert all(i.seeded and not i.done and not i.note for i in safety)
    relapse = plans.load_relapse_plan(vault)
    assert relapse == plans.seed_relapse_plan()
    assert all(t.actions and not t.people for t in relapse)


def test_trusted_contacts_survive_closing_and_reopening(vault: Vault, vault_path: Path) -> None:
    contacts = [
        plans.make_contact("Sam", "07700 900123", "Knows the code word"),
        plans.make_contact("  Aunt Rosa  ", "rosa@example.org"),
        plans.make_contact("Zoë Ñúñez", "+1 555 0100", "Can collect the children"),
    ]
    plans.save_contacts(vault, contacts)
    assert contacts[1].name == "Aunt Rosa"  # trimmed
    with _reopen(vault, vault_path) as again:
        assert plans.load_contacts(again) == contacts
        plans.save_contacts(again, contacts[1:])
    with open_vault(vault_path, PASSPHRASE) as third:
        assert plans.load_contacts(third) == contacts[1:]


def test_the_safety_plan_keeps_seeds_own_steps_notes_and_done_marks(
    vault: Vault, vault_path: Path
) -> None:
    items = plans.load_safety_plan(vault)
    cash = next(i for i in items if i.id == "seed_cash")
    items = [
        plans.make_safety_item(cash.text, "In the blue tin at work", True, cash.id, True)
        if i.id == cash.id
        else i
        for i in items
    ]
    own = plans.make_safety_item("Spare car key with my neighbour", "Ask on Sunday")
    items.append(own)
    plans.save_safety_plan(vault, items)
    with _reopen(vault, vault_path) as again:
        loaded = plans.load_safety_plan(again)
    assert loaded == items
    by_id = {i.id: i for i in loaded}
    assert by_id["seed_cash"] == SafetyItem(
        "seed_cash", cash.text, "In the blue tin at work", done=True, seeded=True
    )
    assert by_id[own.id].text == "Spare car key with my neighbour"
    assert by_id[own.id].note == "Ask on Sunday"
    assert not by_id[own.id].done and not by_id[own.id].seeded
    assert sum(i.done for i in loaded) == 1


def test_a_safety_plan_saved_empty_stays_empty(vault: Vault, vault_path: Path) -> None:
    plans.save_safety_plan(vault, [])
    with _reopen(vault, vault_path) as again:
        assert plans.load_safety_plan(again) == []


def test_the_relapse_plan_pairs_triggers_with_actions_and_people(
    vault: Vault, vault_path: Path
) -> None:
    triggers = plans.load_relapse_plan(vault)
    holidays = triggers[0]
    triggers[0] = plans.make_trigger(
        holidays.trigger, [*holidays.actions, "Book the cinema"], ["Sam", " ", "Rosa"], holidays.id
    )
    own = plans.make_trigger(
        "Hearing our song on the radio",
        ["Change the station", "", "Write how I feel"],
        ["My therapist"],
    )
    triggers.append(own)
    plans.save_relapse_plan(vault, triggers)
    with _reopen(vault, vault_path) as again:
        loaded = plans.load_relapse_plan(again)
    assert loaded == triggers
    assert loaded[0].people == ("Sam", "Rosa")  # blank lines dropped
    assert loaded[0].actions[-1] == "Book the cinema"
    assert loaded[-1] == RelapseTrigger(
        own.id,
        "Hearing our song on the radio",
        ("Change the station", "Write how I feel"),
        ("My therapist",),
    )


def test_red_flag_check_ins_are_kept_one_per_day_in_date_order(
    vault: Vault, vault_path: Path
) -> None:
    later = plans.make_checkin(date(2025, 3, 9), {"isolation": True}, "Quiet week")
    plans.save_checkin(vault, later)
    first = plans.make_checkin(
        date(2025, 3, 2), {"hypervigilance": True, "push_pull": True}, "After the party"
    )
    saved = plans.save_checkin(vault, first)
    assert [c.day for c in saved] == [date(2025, 3, 2), date(2025, 3, 9)]
    redo = plans.make_checkin(date(2025, 3, 9), {"isolation": True, "loss_of_self": True}, "")
    plans.save_checkin(vault, redo)  # the same day again replaces it
    with _reopen(vault, vault_path) as again:
        loaded = plans.load_checkins(again)
    assert loaded == [first, redo]
    assert set(loaded[0].answers) == set(FLAG_IDS)
    assert loaded[0].count == 2
    assert loaded[0].flagged_titles() == ["Always on alert", "Push and pull"]
    assert loaded[1].count == 2 and loaded[1].note == ""


def test_plans_leave_no_readable_trace_in_the_vault_folder(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    plans.save_contacts(vault, [plans.make_contact(CONTACT_CANARY, "555 0100", CONTACT_CANARY)])
    safety = [*plans.load_safety_plan(vault), plans.make_safety_item(SAFETY_CANARY, SAFETY_CANARY)]
    plans.save_safety_plan(vault, safety)
    plans.save_relapse_plan(
        vault, [plans.make_trigger(RELAPSE_CANARY, [RELAPSE_CANARY], [PERSON_CANARY])]
    )
    plans.save_checkin(
        vault, plans.make_checkin(date(2025, 1, 5), {"isolation": True}, CHECKIN_CANARY)
    )
    with _reopen(vault, vault_path) as again:  # the canaries really were stored
        assert plans.load_contacts(again)[0].name == CONTACT_CANARY
        assert plans.load_safety_plan(again)[-1].note == SAFETY_CANARY
        assert plans.load_relapse_plan(again)[0].people == (PERSON_CANARY,)
        assert plans.load_checkins(again)[0].note == CHECKIN_CANARY
    folder = vault_path.parent
    assert any(path.is_file() for path in folder.rglob("*"))
    for canary in CANARIES:
        assert _files_containing(folder, canary) == [], canary
    # The search itself works: a file in clear is found in both encodings.
    control = tmp_path / "control"
    control.mkdir()
    (control / "a.txt").write_text(f"x{CONTACT_CANARY}x", encoding="utf-16-le")
    (control / "b.txt").write_text(CONTACT_CANARY, encoding="utf-8")
    assert len(_files_containing(control, CONTACT_CANARY)) == 2


# --- malformed documents ----------------------------------------------------------------

_CONTACT = {"id": "c1", "name": "Sam", "reach": "555", "note": ""}
_ITEM = {"id": "s1", "text": "Cash", "note": "", "done": False, "seeded": False}
_TRIGGER = {"id": "t1", "trigger": "Lonely", "actions": ["Call"], "people": ["Sam"]}
_ANSWERS = dict.fromkeys(FLAG_IDS, False)
_CHECKIN = {"date": "2025-01-05", "answers": _ANSWERS, "note": ""}

MALFORMED: list[tuple[Callable[[Any], Any], Any]] = [
    (plans.contacts_from_json, None),
    (plans.contacts_from_json, []),
    (plans.contacts_from_json, {"version": 2, "contacts": []}),
    (plans.contacts_from_json, {"version": 1}),
    (plans.contacts_from_json, {"version": 1, "contacts": {"c1": _CONTACT}}),
    (plans.contacts_from_json, {"version": 1, "contacts": ["Sam"]}),
    (plans.contacts_from_json, {"version": 1, "contacts": [{**_CONTACT, "name": "  "}]}),
    (plans.contacts_from_json, {"version": 1, "contacts": [{**_CONTACT, "reach": 555}]}),
    (plans.contacts_from_json, {"version": 1, "contacts": [{**_CONTACT, "id": ""}]}),
    (plans.contacts_from_json, {"version": 1, "contacts": [_CONTACT, _CONTACT]}),
    (
        plans.contacts_from_json,
        {"version": 1, "contacts": [{**_CONTACT, "name": "x" * (MAX_SHORT + 1)}]},
    ),
    (plans.safety_from_json, {"version": 1, "items": "Cash"}),
    (plans.safety_from_json, {"version": 1, "items": [{**_ITEM, "done": "yes"}]}),
    (plans.safety_from_json, {"version": 1, "items": [{**_ITEM, "seeded": 1}]}),
    (plans.safety_from_json, {"version": 1, "items": [{**_ITEM, "text": ""}]}),
    (plans.safety_from_json, {"version": 1, "items": [{**_ITEM, "note": "x" * (MAX_LONG + 1)}]}),
    (plans.safety_from_json, {"version": 1, "items": [{**_ITEM, "id": 7}]}),
    (plans.safety_from_json, {"version": 1, "items": [_ITEM, _ITEM]}),
    (plans.safety_from_json, {"version": 1, "items": [_ITEM] * (plans.MAX_ITEMS + 1)}),
    (plans.relapse_from_json, {"version": 1, "triggers": [{**_TRIGGER, "actions": "Call"}]}),
    (plans.relapse_from_json, {"version": 1, "triggers": [{**_TRIGGER, "people": None}]}),
    (plans.relapse_from_json, {"version": 1, "triggers": [{**_TRIGGER, "actions": [3]}]}),
    (plans.relapse_from_json, {"version": 1, "triggers": [{**_TRIGGER, "trigger": ""}]}),
    (
        plans.relapse_from_json,
        {"version": 1, "triggers": [{**_TRIGGER, "actions": ["a"] * (plans.MAX_LINES + 1)}]},
    ),
    (plans.relapse_from_json, {"version": 1, "triggers": [_TRIGGER, _TRIGGER]}),
    (plans.checkins_from_json, {"version": 1, "checkins": []}),
    (plans.checkins_from_json, [{**_CHECKIN, "date": "5 January"}]),
    (plans.checkins_from_json, [{**_CHECKIN, "date": None}]),
    (plans.checkins_from_json, [{**_CHECKIN, "answers": ["isolation"]}]),
    (plans.checkins_from_json, [{**_CHECKIN, "answers": {"made_up_flag": True}}]),
    (plans.checkins_from_json, [{**_CHECKIN, "answers": {"isolation": "yes"}}]),
    (plans.checkins_from_json, [{**_CHECKIN, "note": 5}]),
    (plans.checkins_from_json, ["2025-01-05"]),
]


@pytest.mark.parametrize(("parse", "raw"), MALFORMED)
def test_malformed_documents_raise_value_error(parse: Callable[[Any], Any], raw: Any) -> None:
    with pytest.raises(ValueError):
        parse(raw)


def test_well_formed_documents_parse() -> None:
    assert plans.contacts_from_json({"version": 1, "contacts": [_CONTACT]})[0].name == "Sam"
    assert plans.safety_from_json({"version": 1, "items": [_ITEM]})[0].text == "Cash"
    assert plans.relapse_from_json({"version": 1, "triggers": [_TRIGGER]})[0].people == ("Sam",)
    assert plans.checkins_from_json([_CHECKIN])[0].day == date(2025, 1, 5)


@pytest.mark.parametrize(
    ("doc", "raw", "load"),
    [
        (CONTACTS_DOC, {"version": 1, "contacts": "Sam"}, plans.load_contacts),
        (SAFETY_DOC, ["not", "a", "plan"], plans.load_safety_plan),
        (RELAPSE_DOC, {"version": 9, "triggers": []}, plans.load_relapse_plan),
        (CHECKINS_DOC, {"2025-01-05": _ANSWERS}, plans.load_checkins),
    ],
)
def test_a_malformed_document_in_the_vault_raises_value_error(
    vault: Vault, vault_path: Path, doc: str, raw: Any, load: Callable[[Vault], Any]
) -> None:
    vault.save_document(doc, raw)
    with _reopen(vault, vault_path) as again, pytest.raises(ValueError):
        load(again)


def test_invalid_plans_are_refused_before_anything_is_saved(vault: Vault) -> None:
    good = [plans.make_contact("Sam", "555 0100")]
    plans.save_contacts(vault, good)
    twins = [TrustedContact("same", "A", "1"), TrustedContact("same", "B", "2")]
    with pytest.raises(ValueError):
        plans.save_contacts(vault, twins)
    with pytest.raises(ValueError):
        plans.save_safety_plan(vault, [SafetyItem("s1", "   ")])
    with pytest.raises(ValueError):
        plans.save_relapse_plan(vault, [RelapseTrigger("t1", "")])
    assert plans.load_contacts(vault) == good
    assert plans.load_safety_plan(vault) == plans.seed_safety_plan()
    assert plans.load_relapse_plan(vault) == plans.seed_relapse_plan()


@pytest.mark.parametrize(
    "make",
    [
        lambda: plans.make_contact("", "555"),
        lambda: plans.make_contact("Sam", ""),
        lambda: plans.make_safety_item("Cash", done="yes"),  # type: ignore[arg-type]
        lambda: plans.make_trigger("  "),
        lambda: plans.make_checkin(date(2025, 1, 1), {"not_a_flag": True}),
        lambda: plans.make_checkin("2025-01-01", {}),  # type: ignore[arg-type]
        lambda: plans.make_checkin(date(2025, 1, 1), {}, "x" * (MAX_LONG + 1)),
    ],
)
def test_making_an_invalid_item_raises_value_error(make: Callable[[], Any]) -> None:
    with pytest.raises(ValueError):
        make()


# --- what the seeds contain, and the plan's kinder name ----------------------------------


def test_the_safety_plan_seeds_cover_what_domestic_abuse_services_put_first() -> None:
    text = "\n".join(t for _, t in plans.SAFETY_SEEDS).lower()
    for essential in (
        "advocate",
        "will not find it",  # kept hidden from the partner
        "most dangerous time",  # separation
        "kitchen",  # safer rooms while living together
        "ways out",
        "code word",
        "children",
        "left with someone i trust",  # a go-bag kept elsewhere
        "pets",
        "location sharing",
        "before blocking",
        "protection orders",
    ):
        assert essential in text, essential
    ids = [seed_id for seed_id, _ in plans.SAFETY_SEEDS]
    assert len(ids) == len(set(ids))
    assert ids[:6] == [  # saved plans refer to these ids: they never change
        "seed_documents",
        "seed_cash",
        "seed_medications",
        "seed_numbers",
        "seed_people",
        "seed_places",
    ]
    assert all(len(t) <= MAX_SHORT for _, t in plans.SAFETY_SEEDS)
    assert all(i.seeded and not i.done for i in plans.seed_safety_plan())


def test_a_plan_saved_before_the_new_seeds_keeps_its_own_steps(vault: Vault) -> None:
    older = [plans.make_safety_item("Copies of documents", item_id="seed_documents", seeded=True)]
    plans.save_safety_plan(vault, older)
    assert [i.id for i in plans.load_safety_plan(vault)] == ["seed_documents"]


def test_the_plan_for_hard_moments_keeps_its_stored_name(vault: Vault, vault_path: Path) -> None:
    assert plans.HARD_MOMENTS_TITLE == "Plan for hard moments"
    assert RELAPSE_DOC == "relapse_plan"  # journals saved before the rename open unchanged
    saved_before = {
        "version": 1,
        "triggers": [{"id": "t1", "trigger": "Payday", "actions": ["Call Sam"], "people": []}],
    }
    vault.save_document("relapse_plan", saved_before)
    with _reopen(vault, vault_path) as again:
        (trigger,) = plans.load_relapse_plan(again)
    assert (trigger.trigger, trigger.actions) == ("Payday", ("Call Sam",))
    html = plans_print.plans_html([], [], [trigger], [], date(2026, 12, 1))
    assert "<h2>Plan for hard moments</h2>" in html and "Relapse" not in html


def test_the_hard_moments_seeds_include_crisis_support() -> None:
    (very_low,) = [t for t in plans.seed_relapse_plan() if t.id == "seed_very_low"]
    assert "ending my life" in very_low.trigger
    assert any("crisis line" in a for a in very_low.actions)
    assert any("emergency number" in a for a in very_low.actions)


def test_check_in_flags_read_in_the_users_words_first_with_the_term_in_brackets() -> None:
    from journal.export.data import flag_label
    from journal.insights import RED_FLAGS as INSIGHT_FLAGS

    assert flag_label("fixation_on_potential") == (
        "Holding on to who they could be (Fixation on potential)"
    )
    for flag in plans.RED_FLAGS:
        assert INSIGHT_FLAGS[flag.id].startswith(flag.title + " (")
        assert INSIGHT_FLAGS[flag.id].endswith(f"({flag.term})")
