"""Page layout shared by every PDF the app writes: the Qt application check, the writer and
its page setup, the flow of HTML fragments over pages, the body font, the text-mapping fix.

QtGui only (no widgets). Pages are laid out in screen-like logical units (1/96 inch), then
scaled to the page.
"""

from __future__ import annotations

import mmap
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

LOGICAL_DPI = 96.0  # the document is laid out in screen-like units, then scaled to the page
FOOTER_PT = 8
SECTION_GAP = 6.0
RULE_GAP = 16.0  # between entries, with a thin line in the middle
BODY_PT = 10
PREFERRED_FONTS = ("DejaVu Sans", "Liberation Sans", "Arial", "Helvetica")
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
th { text-align: left; background-color: #eeeeee; }
.caption { font-size: 9pt; font-style: italic; }
"""
NO_APPLICATION = (
    "Drawing a PDF needs a running QApplication (QGuiApplication at least); create one before "
    "exporting. The app, the self-check and the tests' qapp fixture do."
)


def require_application() -> None:
    """Raise RuntimeError unless a QGuiApplication runs: drawing never creates one itself."""
    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        raise RuntimeError(NO_APPLICATION)


def local_page_size() -> QPageSize.PageSizeId:
    """Return Letter where the system measures in US units, A4 elsewhere."""
    if QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize.PageSizeId.Letter
    return QPageSize.PageSizeId.A4


def new_pdf_writer(
    path: str | os.PathLike[str],
    *,
    title: str,
    size: QPageSize.PageSizeId,
    margins_mm: QMarginsF,
    resolution: int | None = None,
) -> QPdfWriter:
    """Return a portrait PDF writer on `path` (which must exist, 0600) with our metadata."""
    require_application()
    writer = QPdfWriter(os.fspath(path))
    writer.setTitle(title)
    # The name shown in the window (neutral in discreet mode), never the product name then.
    writer.setCreator(QGuiApplication.applicationDisplayName())
    if resolution is not None:
        writer.setResolution(resolution)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(size),
            QPageLayout.Orientation.Portrait,
            margins_mm,
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


@dataclass(frozen=True)
class Fragment:
    """A piece of the document: HTML, whether it starts a new page, and its images.

    A fragment that fits on one page is never split: when it does not fit in the space left,
    it moves to the next page (an entry, a table with its heading, a chart with its caption).
    """

    html: str
    new_page: bool = False
    images: Sequence[QImage] = ()
    rule: bool = False  # a thin line above it, unless it starts a page


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


class Flow:
    """Places fragments one after another on pages, continuing on a page's free space."""

    def __init__(self, page: Page, font: QFont, painter: QPainter | None = None) -> None:
        self.page = page
        self.font = font
        self.painter = painter
        self.writer: QPdfWriter | None = None
        self.page_index = -1  # nothing placed yet
        self.used = 0.0
        self.total = 0
        self.running_title = ""

    def place(self, fragment: Fragment) -> None:
        """Lay out a fragment below what is already on the page (or on a new page)."""
        if self.page_index < 0 or fragment.new_page:
            self._next_page()
        doc = self._document(fragment.html, fragment.images)
        height = self.page.body_height
        pages = doc.pageCount()
        gap = RULE_GAP if fragment.rule else SECTION_GAP
        if pages == 1:  # fits on a page: keep it together
            size = doc.documentLayout().documentSize().height()
            top = self.used + gap if self.used > 0 else 0.0
            if self.used > 0 and top + size > height:
                self._next_page()
                top = 0.0
            if self.painter is not None:
                if fragment.rule and top > 0:
                    self._rule(top - gap / 2)
                self._draw_at(doc, top, size)
            self.used = min(top + size, height)
            doc.clear()
            return
        if self.used > 0:
            if self.painter is not None and fragment.rule:
                self._rule(self.used + gap / 2)
            push_down(doc, self.used + gap)
            pages = doc.pageCount()
        for number in range(pages):
            if number > 0:
                self._next_page()
            if self.painter is not None:
                self._draw(doc, number, height)
        bottom = doc.documentLayout().documentSize().height()
        self.used = min(max(bottom - (pages - 1) * height, 0.0), height)
        doc.clear()

    def finish(self) -> int:
        """Return the number of pages placed."""
        return self.page_index + 1

    def _document(self, body: str, images: Sequence[QImage]) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(self.font)
        doc.setDefaultStyleSheet(CSS)
        doc.setDocumentMargin(0)
        for index, image in enumerate(images):
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"img:{index}"), image)
        doc.setHtml(f"<html><body>{body}</body></html>")
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
        painter.translate(0, self.page.header - number * height)
        doc.drawContents(painter, QRectF(0, number * height, self.page.width, height))
        painter.restore()

    def _decorate(self) -> None:
        painter = self.painter
        assert painter is not None
        small = QFont(self.font)
        small.setPixelSize(round(FOOTER_PT * LOGICAL_DPI / 72))
        painter.save()
        painter.setFont(small)
        painter.setPen(QColor("#444444"))
        page = self.page
        number = f"Page {self.page_index + 1} of {self.total}"
        bottom = QRectF(0, page.height - page.footer * 0.7, page.width, page.footer * 0.7)
        align = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(bottom, int(align | Qt.AlignmentFlag.AlignRight), number)
        painter.drawText(bottom, int(align | Qt.AlignmentFlag.AlignLeft), "Confidential")
        if self.page_index > 0 and self.running_title:
            top = QRectF(0, 0, page.width, page.header * 0.6)
            painter.drawText(top, int(align | Qt.AlignmentFlag.AlignLeft), self.running_title)
            painter.setPen(QColor("#999999"))
            painter.drawLine(
                QPointF(0, page.header * 0.65), QPointF(page.width, page.header * 0.65)
            )
        painter.restore()


def push_down(doc: QTextDocument, offset: float) -> None:
    """Start the document `offset` lower on its first page (an empty fixed-height line)."""
    cursor = QTextCursor(doc)
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.insertBlock()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    spacer = QTextBlockFormat()
    spacer.setLineHeight(offset, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    cursor.setBlockFormat(spacer)


def body_font() -> QFont:
    """Return the body font: a common sans-serif family, ligatures off (text stays searchable)."""
    families = set(QFontDatabase.families())
    family = next((f for f in PREFERRED_FONTS if f in families), None)
    font = (
        QFont(family) if family else QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    )
    font.setPointSizeF(BODY_PT)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    for tag in ("liga", "clig", "dlig"):  # "fi" as one glyph extracts as "ﬁ": search fails
        font.setFeature(QFont.Tag(tag), 0)
    return font


_TO_UNICODE = re.compile(rb"/ToUnicode (\d+) 0 R")


def fix_text_mapping(path: str | os.PathLike[str]) -> int:
    """Make copied and extracted text use spaces where Qt's font subset maps them to tabs.

    Qt builds each font's ToUnicode map by taking the first code point that reaches a glyph;
    fonts that also map U+0009 to the space glyph make every space copy as a tab. Those maps
    are written uncompressed, so `<0009>` is rewritten to `<0020>` in place (same length: no
    offsets move). Returns how many mappings were fixed.
    """
    fixed = 0
    with open(path, "r+b") as handle, mmap.mmap(handle.fileno(), 0) as data:
        objects = {match.group(1) for match in _TO_UNICODE.finditer(data)}
        for number in objects:
            start = data.find(b"\n" + number + b" 0 obj")
            if start < 0:
                continue
            end = data.find(b"endstream", start)
            while start >= 0 and end > start:
                start = data.find(b"<0009>", start, end)
                if start >= 0:
                    data[start : start + 6] = b"<0020>"
                    fixed += 1
        data.flush()
    return fixed
