"""Page layout shared by every PDF the app writes: the flow of HTML fragments over pages, the
footer and running title drawn on each, the body font and the style sheet.

QtGui only (no widgets). Pages are laid out in screen-like logical units (1/96 inch), then
scaled to the page. The writer and the fixes of the written file are in
`journal.drawing.pdf_file`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextDocument,
    QTextLayout,
)

from journal.drawing.pdf_breaks import draw_page, push_down, split_at_pages

# Moved to pdf_file; still importable from here, where callers took them from before.
from journal.drawing.pdf_file import declare_language as declare_language
from journal.drawing.pdf_file import fix_text_mapping as fix_text_mapping
from journal.drawing.pdf_file import local_page_size as local_page_size
from journal.drawing.pdf_file import new_pdf_writer as new_pdf_writer
from journal.drawing.pdf_file import require_application as require_application
from journal.i18n import translate

LOGICAL_DPI = 96.0  # the document is laid out in screen-like units, then scaled to the page
FOOTER_PT = 8
SECTION_GAP = 6.0
RULE_GAP = 16.0  # between entries, with a thin line in the middle
MIN_ROOM = 24.0  # below this much space left, a flowing fragment starts on the next page
BODY_PT = 10
PREFERRED_FONTS = ("DejaVu Sans", "Liberation Sans", "Arial", "Helvetica")  # if none bundled
CSS = """
h1 { font-size: 22pt; font-weight: 600; margin-bottom: 4px; }
h2 { font-size: 15pt; font-weight: 600; margin-top: 14px; margin-bottom: 6px; }
h3 { font-size: 11.5pt; font-weight: 600; margin-top: 14px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 4px; }
.meta { color: #333333; font-size: 9pt; }
.amend { font-style: italic; font-size: 9pt; }
.note { font-size: 9pt; color: #333333; }
.mono { font-family: "DejaVu Sans Mono", monospace; font-size: 8pt; }
td.label { font-weight: 600; color: #222222; }
p.label { font-weight: 600; color: #222222; font-size: 9pt; margin-top: 5px; margin-bottom: 0px; }
p.value { margin-top: 1px; margin-bottom: 2px; margin-left: 14px; }
p.field { margin-top: 3px; margin-bottom: 2px; margin-left: 14px; text-indent: -14px; }
span.label { font-weight: 600; color: #222222; font-size: 9pt; }
p.old { color: #333333; }
pre.hashes { font-family: "DejaVu Sans Mono", monospace; font-size: 8pt; margin-top: 6px; }
th { text-align: left; background-color: #eeeeee; }
.caption { font-size: 9pt; font-style: italic; }
"""


@dataclass(frozen=True)
class Fragment:
    """A piece of the document: HTML, whether it starts a new page, and its images.

    A fragment that fits on one page is never split: when it does not fit in the space left,
    it moves to the next page (an entry, a table with its heading, a chart with its caption),
    unless it `flows` (a piece of a very long entry): then it fills the space left and goes on
    on the next page. A `joined` fragment continues the one before it, with no gap.
    """

    html: str
    new_page: bool = False
    images: Sequence[QImage] = ()
    rule: bool = False  # a thin line above it, unless it starts a page
    flows: bool = False
    joined: bool = False


@dataclass
class Page:
    """Geometry of a page in logical units (1/96 inch), content area and footer."""

    width: float
    height: float
    header: float
    footer: float

    @property
    def body_height(self) -> float:
        """Return the height left for the content between header and footer."""
        return self.height - self.header - self.footer


@dataclass
class Placed:
    """Where a fragment goes, decided by `Flow.place`, for `Flow.draw` to follow.

    `doc` is its laid-out document (None when it was not kept: `Flow.rebuild` makes it again
    from the fragment); `spacer` the empty height pushed above its first line (`push_down`);
    `steps` are (PAGE, 0, 0) start a page, (RULE, y, 0) a thin line, (WHOLE, top, height) the
    document at `top`, (PART, n, height) the document's page n on the current page.
    """

    doc: QTextDocument | None
    spacer: float
    steps: list[tuple[str, float, float]]


PAGE, RULE, WHOLE, PART = "page", "rule", "whole", "part"


class Flow:
    """Places fragments one after another on pages, continuing on a page's free space.

    Placing (`place`, no painter) lays each fragment out once and decides its pages; drawing
    (`draw`, on a painter) follows those decisions page after page, reusing the laid-out
    document: the layout, the costly part, is done once for both.
    """

    def __init__(self, page: Page, font: QFont, painter: QPainter | None = None) -> None:
        self.page = page
        self.font = font
        self.painter = painter
        self.writer: QPdfWriter | None = None
        self.page_index = -1  # nothing placed yet
        self.used = 0.0
        self.total = 0
        self.running_title = ""
        self.footer_note = ""  # e.g. the fingerprints, on every page
        self._blank: QTextDocument | None = None
        self._small: QFont | None = None  # the footer's font

    def place(self, fragment: Fragment) -> Placed:
        """Lay out a fragment below what is already on the page (or on a new page)."""
        steps: list[tuple[str, float, float]] = []
        if self.page_index < 0 or fragment.new_page:
            self._turn(steps)
        doc = self._document(fragment.html, fragment.images)
        height = self.page.body_height
        gap = 0.0 if fragment.joined else RULE_GAP if fragment.rule else SECTION_GAP
        pages = 0 if fragment.flows else doc.pageCount()
        if pages == 1:  # fits on a page: keep it together
            size = doc.documentLayout().documentSize().height()
            top = self.used + gap if self.used > 0 else 0.0
            if self.used > 0 and top + size > height:
                self._turn(steps)
                top = 0.0
            if fragment.rule and top > 0:
                steps.append((RULE, top - gap / 2, 0.0))
            steps.append((WHOLE, top, size))
            self.used = min(top + size, height)
            return Placed(doc, 0.0, steps)
        if self.used > 0 and self.used + gap > height - MIN_ROOM:
            self._turn(steps)  # not even a line fits below what is there
        spacer = 0.0
        if self.used > 0:
            if fragment.rule:
                steps.append((RULE, self.used + gap / 2, 0.0))
            spacer = self.used + gap
            push_down(doc, spacer)
        doc.pageCount()
        split_at_pages(doc, height)  # each page's text starts a paragraph (see pdf_breaks)
        pages = doc.pageCount()
        for number in range(pages):
            if number > 0:
                self._turn(steps)
            steps.append((PART, float(number), height))
        bottom = doc.documentLayout().documentSize().height()
        self.used = min(max(bottom - (pages - 1) * height, 0.0), height)
        return Placed(doc, spacer, steps)

    def rebuild(self, fragment: Fragment, placed: Placed) -> QTextDocument:
        """Return the fragment's document laid out as `place` did (when it was not kept)."""
        doc = self._document(fragment.html, fragment.images)
        if not any(kind == PART for kind, _, _ in placed.steps):
            return doc
        if not fragment.flows:
            doc.pageCount()  # the same steps as `place`, for the same layout
        if placed.spacer:
            push_down(doc, placed.spacer)
        doc.pageCount()
        split_at_pages(doc, self.page.body_height)
        return doc

    def draw(self, placed: Placed, doc: QTextDocument) -> None:
        """Draw a placed fragment's document on the pages `place` chose for it."""
        for kind, first, second in placed.steps:
            if kind == PAGE:
                self._next_page()
            elif kind == RULE:
                self._rule(first)
            elif kind == WHOLE:
                self._draw_at(doc, first, second)
            else:
                self._draw(doc, int(first), second)

    def finish(self) -> int:
        """Return the number of pages placed."""
        return self.page_index + 1

    def _turn(self, steps: list[tuple[str, float, float]]) -> None:
        self._next_page()
        steps.append((PAGE, 0.0, 0.0))

    def _document(self, body: str, images: Sequence[QImage]) -> QTextDocument:
        if self._blank is None:  # the font and the style sheet (parsed once), for every fragment
            self._blank = QTextDocument()
            self._blank.setDefaultFont(self.font)
            self._blank.setDefaultStyleSheet(CSS)
        doc = self._blank.clone()  # shares the parsed style sheet (Qt's implicit sharing)
        doc.setParent(None)  # owned by Python: freed with its last reference
        doc.setDocumentMargin(0)
        for index, image in enumerate(images):
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"img:{index}"), image)
        doc.setHtml(f"<html><body>{body}</body></html>")
        keep_glyphs(doc)
        root = doc.rootFrame()
        frame = root.frameFormat()
        frame.setMargin(0)
        frame.setPadding(0)
        frame.setBorder(0)
        root.setFrameFormat(frame)
        doc.setPageSize(QSizeF(self.page.width, self.page.body_height))
        return doc

    def _next_page(self) -> None:
        self.page_index += 1
        self.used = 0.0
        if self.painter is None or self.writer is None:
            return
        if self.page_index > 0:
            self.writer.newPage()
        self._decorate()

    def _rule(self, y: float) -> None:
        painter = self.painter
        assert painter is not None
        painter.save()
        painter.setPen(QPen(QColor("#8a8a8a"), 0.8))
        y += self.page.header
        painter.drawLine(QPointF(0, y), QPointF(self.page.width, y))
        painter.restore()

    def _draw_at(self, doc: QTextDocument, top: float, size: float) -> None:
        painter = self.painter
        assert painter is not None
        painter.save()
        painter.translate(0, self.page.header + top)
        doc.drawContents(painter, QRectF(0, 0, self.page.width, size + 1))
        painter.restore()

    def _draw(self, doc: QTextDocument, number: int, height: float) -> None:
        painter = self.painter
        assert painter is not None
        painter.save()
        painter.translate(0, self.page.header)
        draw_page(painter, doc, number, height, self.page.width)
        painter.restore()

    def _decorate(self) -> None:
        painter = self.painter
        assert painter is not None
        if self._small is None:
            self._small = QFont(self.font)
            self._small.setPixelSize(round(FOOTER_PT * LOGICAL_DPI / 72))
        painter.save()
        painter.setFont(self._small)
        painter.setPen(QColor("#444444"))
        page = self.page
        number = translate("PdfReport", "Page {page} of {pages}").format(
            page=self.page_index + 1, pages=self.total
        )
        line = page.footer * 0.4
        upper = QRectF(0, page.height - 2 * line, page.width, line)
        lower = QRectF(0, page.height - line, page.width, line)
        align = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(upper, int(align | Qt.AlignmentFlag.AlignRight), number)
        painter.drawText(upper, int(align | Qt.AlignmentFlag.AlignLeft), self.footer_note)
        painter.drawText(
            lower, int(align | Qt.AlignmentFlag.AlignLeft), translate("PdfReport", "Confidential")
        )
        if self.page_index > 0 and self.running_title:
            top = QRectF(0, 0, page.width, page.header * 0.6)
            painter.drawText(top, int(align | Qt.AlignmentFlag.AlignLeft), self.running_title)
            painter.setPen(QColor("#999999"))
            painter.drawLine(
                QPointF(0, page.header * 0.65), QPointF(page.width, page.header * 0.65)
            )
        painter.restore()


_LAYOUT = QTextBlock.layout  # looked up once: called for every paragraph of the document
_CACHE_GLYPHS = QTextLayout.setCacheEnabled


def keep_glyphs(doc: QTextDocument) -> None:
    """Keep each paragraph's shaped glyphs from laying it out to drawing it.

    Qt drops them after layout by default, and drawing a line shapes its text again (the
    same glyphs: same text, same font): about a fifth of the time of drawing an entry. The
    paragraphs are laid out and drawn by the same `QTextDocument` (`Flow.place`, `Flow.draw`),
    so they are shaped once for both (twice for a table cell, which Qt first lays out at full
    width to measure it)."""
    find = doc.findBlockByNumber
    for number in range(doc.blockCount()):
        _CACHE_GLYPHS(_LAYOUT(find(number)), True)


def body_font() -> QFont:
    """Return the body font: the bundled Noto fonts (every script they cover), ligatures off."""
    from journal.drawing.fonts import bundled_families

    bundled = bundled_families()
    families = set(QFontDatabase.families())
    family = next((f for f in PREFERRED_FONTS if f in families), None)
    if bundled:
        font = QFont()
        font.setFamilies(bundled)
    else:
        font = (
            QFont(family)
            if family
            else QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        )
    font.setPointSizeF(BODY_PT)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    for tag in ("liga", "clig", "dlig"):  # "fi" as one glyph extracts as "ﬁ": search fails
        font.setFeature(QFont.Tag(tag), 0)
    return font
