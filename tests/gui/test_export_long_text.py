"""A very long paragraph is laid out in short pieces (so the window never waits long for Qt),
and the PDF still holds all of it, in order."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from journal.drawing.pdf_entries import PIECE_CHARS, entry_fragments, split_text
from journal.export import export
from journal.export.data import collect
from journal.model import Entry
from journal.vault import Vault

# The body of each page, in points from the top: the page margins (14 mm above, 12 mm below)
# and the running header (0.32 in) and footer (0.42 in) of journal.drawing.pdf are left out.
BODY_TOP = 63
BODY_BOTTOM = 65


def _canary(length: int, tag: str) -> str:
    """Return one paragraph of exactly `length` characters, every sentence numbered."""
    sentences = (f"{tag} sentence {n:05d} keeps its place, word by word. " for n in range(9_999))
    text = f"{tag}START " + "".join(sentences)
    return text[: length - len(tag) - 3] + f"{tag}END"


def _body_text(path: Path) -> str:
    """Return the text a reader sees in the pages' bodies (no header, footer or clipped text)."""
    box = PdfReader(str(path)).pages[0].mediabox
    width, height = round(float(box.width)), round(float(box.height))
    crop = ["-x", "0", "-y", str(BODY_TOP), "-W", str(width)]
    crop += ["-H", str(height - BODY_TOP - BODY_BOTTOM)]
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *crop, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_split_text_keeps_every_character_and_cuts_where_a_reader_would() -> None:
    prose = _canary(20_000, "P")
    pieces = split_text(prose)
    assert "".join(pieces) == prose and len(pieces) >= 10
    assert all(len(p) <= PIECE_CHARS for p in pieces)
    assert all(p.endswith(". ") for p in pieces[:-1])  # at a sentence end
    lines = "short line\n" * 1_000
    assert all(p.endswith("\n") for p in split_text(lines)[:-1])
    marks = "e\u0301" * 3_000  # no blank at all: never between a letter and its accent
    pieces = split_text(marks)
    assert "".join(pieces) == marks and len(pieces) > 1
    assert not any(unicodedata.combining(p[0]) for p in pieces)
    assert split_text("short") == ["short"]


def test_a_200000_character_paragraph_is_split_and_fully_in_the_pdf(
    qapp: object, vault: Vault, tmp_path: Path
) -> None:
    original = _canary(30_000, "OLD")
    canary = _canary(200_000, "CANARY")
    assert len(canary) == 200_000 and "\n" not in canary
    entry = vault.add_entry(
        Entry(kind="incident", occurred_start=datetime(2024, 3, 1, 9), what_happened=original)
    )
    vault.amend_entry(entry.id or "", replace(entry, what_happened=canary))
    data = collect(vault, preset="advocate")
    fragments = entry_fragments(data, 1, data.items[0])
    assert len(fragments) >= (200_000 + 30_000) // PIECE_CHARS
    assert all(f.flows for f in fragments) and all(f.joined for f in fragments[1:])
    longest = max(len(re.sub(r"<[^>]*>", "", f.html)) for f in fragments)
    assert longest <= PIECE_CHARS + 300  # one piece of text and its labels, no more

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = tmp_path / "long.pdf"
    result = export(vault, out, format="pdf", preset="advocate")
    assert result.pages > 40
    text = _squeezed(_body_text(out))
    assert _squeezed(canary) in text  # all of it, in order
    assert _squeezed(original) in text  # the original wording, shown with the amendment
    assert text.count("CANARYsentence") == canary.count("CANARY sentence")  # and only once
