"""An entry's fields in the PDF log are paragraphs, not a table (issue 15): each label comes
before its value in the text layer, and a right-to-left value keeps its own paragraph."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from pypdf import PdfReader

from journal.drawing import pdf
from journal.drawing.pdf_entries import _right_to_left, entry_fragments
from journal.export.data import collect
from journal.model import Entry
from journal.vault import Vault

ARABIC = "قال إنه سيعود إلى البيت متأخرًا"


def test_a_value_starting_right_to_left_is_found_past_markup() -> None:
    assert _right_to_left(ARABIC + " and then")
    assert _right_to_left(f"<b>{ARABIC}</b>")
    assert _right_to_left("&quot;12 " + ARABIC)  # quotes and digits have no direction
    assert not _right_to_left(f"He said {ARABIC}")
    assert not _right_to_left("<span class='mono'>x</span>")
    assert not _right_to_left("3 &amp; 4")


def test_labels_come_before_their_values_and_no_table_is_used(
    qapp: object, vault: Vault, tmp_path: Path
) -> None:
    vault.add_entry(
        Entry(
            kind="incident",
            occurred_start=datetime(2024, 3, 1, 8),
            what_happened="He threw my phone against the wall.",
            words_used=ARABIC,
            location="Kitchen",
        )
    )
    data = collect(vault, preset="therapist")
    (fragment,) = entry_fragments(data, 1, data.items[0])
    assert "<table" not in fragment.html
    value = f"<p class='value' dir='rtl'>{ARABIC}</p>"  # right to left, under its label
    assert f"<p class='label'>Words used</p>{value}" in fragment.html
    path = tmp_path / "out.pdf"
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    pdf.render_pdf(data, path, export_fingerprint="TEST-FPRT")
    text = "".join(page.extract_text() for page in PdfReader(str(path)).pages)
    flat = " ".join(text.split())
    assert "Location Kitchen" in flat
    assert "What happened He threw my phone against the wall." in flat
    assert flat.index("Location") < flat.index("What happened") < flat.index("Words used")
