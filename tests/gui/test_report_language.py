"""The report's language is chosen on its own: the PDF follows it, the windows keep theirs.

A PDF written in Spanish from English windows (and the other way round) is read back from its
text layer (pdftotext, else pypdf): its headings, a month's name and its /Lang follow the report
language, and no heading of the other language is left. The JSON record stays English.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from journal import i18n
from journal.drawing.catalogs import apply_language, catalog
from journal.export import export
from journal.i18n import Language
from journal.model import Entry
from journal.plans import CHECKINS_DOC
from journal.session import Session
from journal.ui.export.export_dialog import ExportDialog
from journal.vault import KdfParams, Vault
from tests.conftest import PASSPHRASE
from tests.gui_helpers import answer_next_message_box, find_button

# The report's own headings and fixed words, in each language (taxonomy and field names come
# from their own modules and are checked there).
HEADINGS = {
    Language.ENGLISH: [
        "Record of events",
        "How to read this document",
        "Summary",
        "By month",
        "Severity levels",
        "The calendar in words",
        "Patterns",
        "Promises and what followed",
        "Red-flag check-ins",
        "Chronological log",
        "Exhibits",
        "Integrity appendix",
        "How this record can be checked",
        "Confidential",
        "Prepared for",
        "Dates covered",
        "Page 1 of",
    ],
    Language.SPANISH: [
        "Registro de hechos",
        "Cómo leer este documento",
        "Resumen",
        "Por mes",
        "Niveles de gravedad",
        "El calendario en palabras",
        "Patrones",
        "Promesas y lo que pasó después",
        "Chequeos de señales de alerta",
        "Registro en orden de fechas",
        "Pruebas",
        "Anexo de integridad",
        "Cómo se puede comprobar este registro",
        "Confidencial",
        "Preparado para",
        "Fechas que abarca",
        "Página 1 de",
    ],
}
MONTH = {Language.ENGLISH: "March 2025", Language.SPANISH: "marzo de 2025"}


@pytest.fixture(autouse=True)
def english_afterwards(qapp: object) -> Iterator[None]:
    """Leave the interface in English for the tests that follow."""
    yield
    apply_language(Language.ENGLISH)


def _fill(vault: Vault, folder: Path) -> None:
    start = datetime(2025, 3, 3, 20, 30)
    for week in range(6):
        base = start + timedelta(days=7 * week)
        vault.add_entry(
            Entry(kind="tension", occurred_start=base - timedelta(days=1), severity=None)
        )
        entry = vault.add_entry(
            Entry(
                kind="incident",
                occurred_start=base,
                what_happened=f"EVENT-{week}",
                behaviours=["yelling"],
                severity=week % 5 + 1,
                emotions={"fear": 7},
                body_responses=["shaking"],
            )
        )
        vault.add_entry(
            Entry(
                kind="reconciliation",
                occurred_start=base + timedelta(days=1),
                behaviours=["apology_after_harm"],
            )
        )
    note = folder / "note.txt"
    note.write_text("exhibit")
    vault.add_attachment(entry.id or "", note)
    note.unlink()
    vault.save_document(
        CHECKINS_DOC,
        [{"date": "2025-03-20", "answers": {"hypervigilance": True, "isolation": False}}],
    )


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    made = Session(tmp_path / "journal" / "journal.rcv", kdf=KdfParams.FLOOR)
    made.create(PASSPHRASE)
    _fill(made.vault, tmp_path)
    yield made
    made.close()


def _text(pdf: Path) -> str:
    """Return the PDF's text layer (pdftotext when installed, else pypdf)."""
    if shutil.which("pdftotext"):
        done = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True
        )
        text = done.stdout.decode("utf-8")
    else:
        text = "\n".join(page.extract_text() or "" for page in PdfReader(str(pdf)).pages)
    return " ".join(text.split())


def _lang(pdf: Path) -> str:
    found = re.findall(rb"/Lang \((\w+)\)", pdf.read_bytes())
    assert found, "the PDF declares no language"
    return found[-1].decode("ascii")


def _assert_written_in(pdf: Path, lang: Language) -> None:
    other = Language.SPANISH if lang is Language.ENGLISH else Language.ENGLISH
    text = _text(pdf)
    missing = [h for h in HEADINGS[lang] if h not in text]
    assert not missing, f"{lang.native_name} headings missing: {missing}"
    left = [h for h in HEADINGS[other] if re.search(rf"(?<!\w){re.escape(h)}(?!\w)", text)]
    assert not left, f"{other.native_name} headings left in a {lang.native_name} PDF: {left}"
    assert MONTH[lang] in text
    assert _lang(pdf) == lang.value


def _export_pdf(vault: Vault, path: Path, report: Language) -> None:
    export(
        vault,
        path,
        format="pdf",
        preset="therapist",
        fields=None,
        language=catalog(report),
    )


def test_english_windows_write_a_spanish_report(session: Session, tmp_path: Path) -> None:
    apply_language(Language.ENGLISH)
    pdf = tmp_path / "es.pdf"
    _export_pdf(session.vault, pdf, Language.SPANISH)
    _assert_written_in(pdf, Language.SPANISH)
    assert i18n.language() is Language.ENGLISH  # the windows keep theirs


def test_spanish_windows_write_an_english_report(session: Session, tmp_path: Path) -> None:
    apply_language(Language.SPANISH)
    pdf = tmp_path / "en.pdf"
    _export_pdf(session.vault, pdf, Language.ENGLISH)
    _assert_written_in(pdf, Language.ENGLISH)
    assert i18n.language() is Language.SPANISH
    # The same journal in the windows' language gives Spanish: the choice is what changed it.
    again = tmp_path / "es.pdf"
    export(session.vault, again, format="pdf", preset="therapist")
    _assert_written_in(again, Language.SPANISH)


def test_the_json_record_stays_english_in_every_language(session: Session, tmp_path: Path) -> None:
    apply_language(Language.SPANISH)
    out = tmp_path / "record.json"
    export(
        session.vault, out, format="json", preset="therapist", language=catalog(Language.SPANISH)
    )
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["vocabulary"]["kinds"]["incident"] == "Incident"
    assert set(doc["summary"]["by_kind"]) == {"Incident", "Tension (walking on eggshells)"} | {
        "Reconciliation or affection after conflict"
    }
    assert "2025-03" in doc["summary"]["by_month"]
    assert doc["entries"][0]["occurred_start"].startswith("2025-03-02T20:30:00")
    csv_out = tmp_path / "record.csv"
    export(
        session.vault,
        csv_out,
        format="csv",
        preset="therapist",
        language=catalog(Language.SPANISH),
    )
    header = csv_out.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("id,kind,occurred_start,")  # stable English keys


def test_the_dialog_offers_the_report_language_and_writes_in_it(
    qtbot: object, session: Session, tmp_path: Path
) -> None:
    apply_language(Language.ENGLISH)
    pdf = tmp_path / "chosen.pdf"
    dialog = ExportDialog(session, choose_path=lambda *_: str(pdf))
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    qtbot.waitExposed(dialog)  # type: ignore[attr-defined]
    choice = dialog.report_language
    assert [choice.itemText(i) for i in range(choice.count())] == ["English", "Español"]
    assert dialog.chosen_language() is Language.ENGLISH  # the interface's, to begin with
    choice.setCurrentIndex(choice.findData("es"))
    dialog.preset.setCurrentIndex(dialog.preset.findData("therapist"))
    answer_next_message_box(QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(find_button(dialog, "Export…"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: pdf.exists(), timeout=60_000)  # type: ignore[attr-defined]
    _assert_written_in(pdf, Language.SPANISH)
    assert dialog.windowTitle() == "Export for a helper"  # the window stayed English
    assert i18n.language() is Language.ENGLISH


def test_a_json_export_says_it_is_english(qtbot: object, session: Session) -> None:
    apply_language(Language.SPANISH)
    dialog = ExportDialog(session)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.chosen_language() is Language.SPANISH
    assert dialog.windowTitle() == "Exportar para una persona que te ayuda"
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    assert not dialog.report_language.isEnabled()
    assert "inglés" in dialog.report_language.toolTip()


def test_insights_speak_the_language_in_force(session: Session) -> None:
    from journal.insights import chart_captions, compute_insights, month_summary, year_calendar

    entries = session.vault.entries()
    args = {"start": datetime(2025, 3, 1).date(), "end": datetime(2025, 4, 30).date()}
    english = chart_captions(compute_insights(entries, **args))
    assert english["entries"].startswith("From 1 Mar 2025 to 30 Apr 2025 you recorded 18 entries")
    with i18n.using(catalog(Language.SPANISH)):
        spanish = chart_captions(compute_insights(entries, **args))
        marks = year_calendar(entries, args["end"], 61)
        month = month_summary(args["start"], marks)
    assert spanish["entries"].startswith("Del 1 mar 2025 al 30 abr 2025 anotaste 18 entradas")
    assert "6 incidentes" in spanish["entries"]
    assert month.startswith("marzo de 2025: entradas en ")
    assert "gravedad más alta" in month
    assert i18n.language() is Language.ENGLISH  # only inside the block
