"""The calendar page, the severity legend and "Promises and what followed" in the PDF export."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from journal.export import export
from journal.export.data import collect
from journal.model import Entry
from journal.vault import Vault

TOLD_CANARY = "CANARYTOLDMYSELFZX"


@pytest.fixture
def journal(vault: Vault) -> Vault:
    vault.add_entries(
        [
            Entry(
                kind="incident",
                occurred_start=datetime(2024, 3, 1, 21),
                severity=3,
                what_happened="Shoved against the door",
                told_myself=TOLD_CANARY,
            ),
            Entry(
                kind="reconciliation",
                occurred_start=datetime(2024, 3, 2, 10),
                behaviours=["promises_to_change"],
                what_happened="Flowers and a promise",
            ),
            Entry(
                kind="incident",
                occurred_start=datetime(2024, 3, 12, 22),
                severity=5,
                what_happened="Threatened with a knife",
            ),
            Entry(kind="tension", occurred_start=datetime(2024, 3, 20, 8), what_happened="Silent"),
        ]
    )
    return vault


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_therapist_pdf_has_the_calendar_legend_and_promises(
    qapp, journal: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "therapist.pdf"
    export(journal, out, format="pdf", preset="therapist", charts=[], end=date(2024, 12, 31))
    text = _flat(_text(out))
    assert "Calendar of the twelve months to 31 Dec 2024" in text
    assert "a trained advocate can use it together with a risk assessment" in text
    assert "does not score risk" in text
    assert "5 – A weapon was used, or wounds from a weapon" in text
    assert "Danger Assessment (J. C. Campbell, 1986" in text
    assert (
        "March 2024: entries on 4 days; incidents on 2 days (highest severity 5, on 12 March)"
        in text
    )
    assert "Promises and what followed" in text
    assert (
        "After the 1 recorded promise, apology or gift, an incident was recorded within 30 days."
        in text
    )
    assert "2 Mar 2024 Promises to change 12 Mar 2024 10 1 1" in text
    assert TOLD_CANARY in text  # the therapist preset includes the private field
    assert "What I told myself afterwards" in text


def test_advocate_pdf_has_the_calendar_but_promises_only_when_ticked(
    qapp, journal: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "advocate.pdf"
    export(
        journal, out, format="pdf", preset="advocate", start=date(2024, 3, 1), end=date(2024, 3, 31)
    )
    text = _flat(_text(out))
    assert "Calendar of the chosen period, 1 Mar 2024 to 31 Mar 2024" in text
    assert "Promises and what followed" not in text
    assert TOLD_CANARY not in text  # private by default
    ticked = tmp_path / "advocate-promises.pdf"
    export(journal, ticked, format="pdf", preset="advocate", include_promises=True)
    ticked_text = _flat(_text(ticked))
    assert "Promises and what followed" in ticked_text
    # Nothing in the year before today (2024 entries): the year up to the last entry instead.
    assert "Calendar of the twelve months to 20 Mar 2024" in ticked_text
    recent = tmp_path / "recent.pdf"
    journal.add_entry(Entry(kind="incident", occurred_start=datetime.now(), what_happened="x"))
    export(journal, recent, format="pdf", preset="advocate", charts=[])
    assert "Calendar of the past year" in _flat(_text(recent))


def test_told_myself_is_exported_only_when_chosen(journal: Vault) -> None:
    advocate = collect(journal, preset="advocate")
    assert "told_myself" not in advocate.fields
    assert advocate.promises is None
    chosen = collect(journal, preset="advocate", fields=["what_happened", "told_myself"])
    records = [item.record for item in chosen.items]
    assert [r["told_myself"] for r in records] == [TOLD_CANARY, "", "", ""]
    therapist = collect(journal, preset="therapist")
    assert therapist.promises is not None and len(therapist.promises) == 1
