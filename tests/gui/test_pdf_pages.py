"""The PDF's pages: text running over a page break is in the text layer once, each fragment
is laid out once, and fragments laid out again (past the memory budget) give the same pages."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextDocument

from journal.drawing import pdf
from journal.drawing.pdf_breaks import page_breaks, split_at_pages
from journal.drawing.pdf_entries import ENTRY_CHARS
from journal.drawing.pdf_layout import Flow, body_font
from journal.export import export
from journal.export.data import collect
from journal.model import Entry
from journal.vault import Vault

SENTENCE = re.compile(r"\bnumber\s+(\d{4})\b")


def _numbered(count: int, start: int = 0) -> str:
    """Return `count` sentences, each with its own number, as one paragraph."""
    return "".join(
        f"Sentence number {n:04d} is here and it says what happened that day. "
        for n in range(start, start + count)
    )


def _numbers(text: str) -> Counter[str]:
    return Counter(SENTENCE.findall(text))


def _pdftotext(path: Path, *options: str) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *options, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_text_running_over_page_breaks_is_in_the_text_layer_once(
    qapp: object, vault: Vault, tmp_path: Path
) -> None:
    short = _numbered(80)  # one fragment (kept whole) that runs over a page break
    long = _numbered(260, start=1000)  # laid out in pieces, over three pages and more
    assert len(short) < ENTRY_CHARS < len(long)
    day = datetime(2024, 3, 1, 9)
    vault.add_entry(Entry(kind="incident", occurred_start=day, what_happened=short))
    vault.add_entry(
        Entry(kind="incident", occurred_start=day + timedelta(days=1), what_happened=long)
    )
    out = tmp_path / "breaks.pdf"
    export(vault, out, format="pdf", preset="advocate")

    expected = _numbers(short + long)
    assert len(expected) == 340 and set(expected.values()) == {1}
    pages = [page.extract_text() for page in PdfReader(str(out)).pages]
    on_pages = [{n for n in _numbers(page)} for page in pages]
    assert sum(1 for found in on_pages if found & {f"{n:04d}" for n in range(80)}) >= 2
    assert sum(1 for found in on_pages if found & {f"{n:04d}" for n in range(1000, 1260)}) >= 3
    assert _numbers("\n".join(pages)) == expected  # every sentence once: none repeated
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    assert _numbers(_pdftotext(out)) == expected
    assert _numbers(_pdftotext(out, "-layout")) == expected


def _journal(vault: Vault) -> None:
    day = datetime(2024, 1, 1, 20)
    vault.add_entries(
        [
            Entry(
                kind="incident",
                occurred_start=day + timedelta(days=n),
                what_happened=_numbered(8, start=100 * n),
                severity=1 + n % 5,
                behaviours=["yelling"],
                emotions={"fear": n % 10},
            )
            for n in range(30)
        ]
    )
    vault.add_entry(
        Entry(
            kind="incident",
            occurred_start=day + timedelta(days=40),
            what_happened=_numbered(200, start=5000),
        )
    )


def test_each_fragment_is_laid_out_once_and_laying_out_again_gives_the_same_pages(
    qapp: object, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _journal(vault)
    data = collect(vault, preset="therapist")
    made: list[str] = []
    real = Flow._document

    def counted(self: Flow, body: str, images: object) -> QTextDocument:
        made.append(body)
        return real(self, body, images)  # type: ignore[arg-type]

    monkeypatch.setattr(Flow, "_document", counted)

    def render(name: str) -> tuple[int, Path]:
        path = tmp_path / name
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        return pdf.render_pdf(data, path, export_fingerprint="TEST-FPRT"), path

    pages, kept = render("kept.pdf")
    once = list(made)
    assert len(once) > 40 and len(set(once)) == len(once)  # placed and drawn: one layout each

    made.clear()
    monkeypatch.setattr(pdf, "KEEP_BYTES", 0)  # nothing kept: each laid out again to draw
    again_pages, again = render("again.pdf")
    assert Counter(made) == Counter(once * 2)
    assert again_pages == pages > 5
    kept_text = [page.extract_text() for page in PdfReader(str(kept)).pages]
    assert [page.extract_text() for page in PdfReader(str(again)).pages] == kept_text
    assert f"Page {pages} of {pages}" in kept_text[-1]


def _lines(doc: QTextDocument) -> list[tuple[str, float, float]]:
    """Return each line of the document: its text, where it starts across, its top."""
    layout = doc.documentLayout()
    found = []
    block = doc.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        for index in range(lines.lineCount()):
            line = lines.lineAt(index)
            text = block.text()[line.textStart() : line.textStart() + line.textLength()]
            found.append((text.strip(), round(line.naturalTextRect().x(), 2), top + line.y()))
        block = block.next()
    return found


def test_split_at_pages_cuts_paragraphs_at_page_breaks_and_nothing_moves(qapp: object) -> None:
    arabic = "قال إنه سيعود إلى البيت متأخرًا وإنني لن أعرف أين كان. " * 6
    html = (
        f"<p>{_numbered(40)}</p>"  # a paragraph
        f"<table width='100%' cellpadding='2'><tr><td width='24%'>What happened</td>"
        f"<td>{_numbered(40, start=100)}</td></tr></table>"  # the same in a table cell
        f"<p>Said: {arabic * 3}</p>"  # left to right, yet Arabic after every break
    )
    doc = QTextDocument()
    doc.setDefaultFont(body_font())
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    height = 331.0
    doc.setPageSize(QSizeF(500, height))
    pages = doc.pageCount()
    before, plain = _lines(doc), doc.toPlainText()
    breaks = page_breaks(doc, height)
    assert pages >= 4 and len(breaks) >= 3

    assert split_at_pages(doc, height) == len(breaks)
    assert doc.pageCount() == pages
    assert page_breaks(doc, height) == []
    after = _lines(doc)
    assert [(text, x) for text, x, _ in after] == [(text, x) for text, x, _ in before]
    assert [top for _, _, top in after] == pytest.approx([top for _, _, top in before])
    assert doc.toPlainText().count("\n") == plain.count("\n") + len(breaks)
    assert doc.toPlainText().replace("\n", "") == plain.replace("\n", "")
