"""The PDF's fast paths draw exactly what the plain ones draw (issue 15): each fragment's
document cloned from one with the style sheet parsed once, and each paragraph's glyphs kept
from layout to drawing instead of shaped again. Compared page by page, operator for operator."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSizeF, QUrl
from PySide6.QtGui import QImage, QTextDocument

from journal.drawing import pdf, pdf_layout
from journal.drawing.pdf_layout import CSS, Flow
from journal.export.data import collect
from journal.model import Entry
from journal.vault import Vault

from .test_pdf_pages import _journal, _numbered


def plain_document(self: Flow, body: str, images: Sequence[QImage]) -> QTextDocument:
    """A fragment's document made as before the fast path: its own style sheet, no glyphs kept."""
    doc = QTextDocument()
    doc.setDefaultFont(self.font)
    doc.setDefaultStyleSheet(CSS)
    doc.setDocumentMargin(0)
    for index, image in enumerate(images):
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"img:{index}"), image)
    doc.setHtml(f"<html><body>{body}</body></html>")
    doc.setDefaultStyleSheet("")
    root = doc.rootFrame()
    frame = root.frameFormat()
    frame.setMargin(0)
    frame.setPadding(0)
    frame.setBorder(0)
    root.setFrameFormat(frame)
    doc.setPageSize(QSizeF(self.page.width, self.page.body_height))
    return doc


def _contents(path: Path) -> list[bytes]:
    return [page.get_contents().get_data() for page in PdfReader(str(path)).pages]


@pytest.mark.parametrize("keep", [True, False], ids=["layouts kept", "laid out again"])
def test_the_fast_documents_draw_the_same_pages_as_plain_ones(
    qapp: object, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keep: bool
) -> None:
    _journal(vault)  # 30 entries, tables, a very long one in pieces over several pages
    day = datetime(2024, 3, 1, 8)
    first = vault.add_entry(
        Entry(
            kind="incident",
            occurred_start=day,
            what_happened="Он кричал. صرخ في وجهي. 他砸了杯子。 " + _numbered(30, start=7000),
            words_used="fi fl ffi — “quoted” ‘words’ 😀",
            tags=["a", "b"],
        )
    )
    changed = dataclasses.replace(first, what_happened=_numbered(3, start=9000))
    vault.amend_entry(first.id or "", changed)  # an earlier version shown below the entry
    data = collect(vault, preset="therapist")
    if not keep:
        monkeypatch.setattr(pdf, "KEEP_BYTES", 0)  # each fragment made again to draw it
    calls: list[int] = []
    real_keep = pdf_layout.keep_glyphs

    def counted(doc: QTextDocument) -> None:
        calls.append(doc.blockCount())
        real_keep(doc)

    monkeypatch.setattr(pdf_layout, "keep_glyphs", counted)

    def render(name: str) -> tuple[int, Path]:
        path = tmp_path / name
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        return pdf.render_pdf(data, path, export_fingerprint="TEST-FPRT"), path

    pages, fast = render("fast.pdf")
    # the fast path ran, on every paragraph (fields and hash lists are paragraphs, not table
    # cells, since the third pass of issue 15: fewer blocks a document than the 10 of before)
    assert calls and sum(calls) > 5 * len(calls)
    monkeypatch.setattr(Flow, "_document", plain_document)
    plain_pages, plain = render("plain.pdf")
    assert pages == plain_pages > 5
    assert _contents(fast) == _contents(plain)


def test_a_cloned_document_is_owned_by_python_and_freed(qapp: object) -> None:
    import shiboken6

    page = pdf_layout.Page(width=600, height=900, header=30, footer=40)
    flow = Flow(page, pdf_layout.body_font())
    doc = flow._document("<p>one</p>", [])
    assert shiboken6.ownedByPython(doc) and doc.parent() is None
    assert doc.toPlainText() == "one"
    assert flow._document("<p>two</p>", []).defaultStyleSheet() == CSS
