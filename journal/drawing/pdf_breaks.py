"""Page breaks inside a laid-out QTextDocument that runs over several pages.

Qt draws one page of such a document by drawing it whole with the page as the clip. For a
paragraph that runs over the page break, Qt also draws the line just above the clip (its
first-visible-line search stops one line early): the painter's clip hides it, but it is
written to the PDF, so the text layer reads the last line of each page twice, once more at the
top of the next page. `split_at_pages` cuts such a paragraph in two where the page breaks, so
that each page's text starts a paragraph; `draw_page` draws one page, leaving out lines that
only touch it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

EDGE = 1.0  # a line this close to a page's edge (in 1/96 inch) belongs to the page beyond it


def push_down(doc: QTextDocument, offset: float) -> None:
    """Start the document `offset` lower on its first page (an empty fixed-height line)."""
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()  # one change: a laid-out document is laid out again once
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.insertBlock()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    spacer = QTextBlockFormat()
    spacer.setLineHeight(offset, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    cursor.setBlockFormat(spacer)
    cursor.endEditBlock()


def page_breaks(doc: QTextDocument, height: float) -> list[tuple[QTextBlock, int]]:
    """Return each paragraph running over a page break, with where in it the next page starts.

    `doc` is laid out in pages of `height`; a position is counted in characters from the
    paragraph's start (several breaks in a paragraph give several entries)."""
    layout = doc.documentLayout()
    breaks = []
    block = doc.begin()
    while block.isValid():
        lines = block.layout()
        if lines.lineCount() > 1 and block.textList() is None:
            top = layout.blockBoundingRect(block).top()
            page = math.floor((top + lines.lineAt(0).y() + EDGE) / height)
            for index in range(1, lines.lineCount()):
                line = lines.lineAt(index)
                now = math.floor((top + line.y() + EDGE) / height)
                if now != page:
                    breaks.append((block, line.textStart()))
                    page = now
        block = block.next()
    return breaks


def split_at_pages(doc: QTextDocument, height: float) -> int:
    """Cut every paragraph of `doc` (laid out in pages of `height`) that runs over a page
    break into two paragraphs at the break, which lay out as before; return how many cuts.

    The second part continues the first exactly: no space between them, no first-line
    indent, the same text direction (a paragraph's direction comes from its first letters).
    List items are left whole (a new paragraph would be a new item); they are short."""
    breaks = page_breaks(doc, height)
    if not breaks:
        return 0
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()  # laid out again once, after every cut
    for block, start in reversed(breaks):  # from the end: earlier positions stay valid
        direction = block.textDirection()
        first = QTextBlockFormat()
        first.setBottomMargin(0)
        first.setLayoutDirection(direction)
        second = QTextBlockFormat(block.blockFormat())
        second.setTopMargin(0)
        second.setTextIndent(0)
        second.setLayoutDirection(direction)
        cursor.setPosition(block.position() + start)
        cursor.insertBlock(second, block.charFormat())
        cursor.setPosition(block.position())
        cursor.mergeBlockFormat(first)
    cursor.endEditBlock()
    return len(breaks)


def draw_page(
    painter: QPainter, doc: QTextDocument, number: int, height: float, width: float
) -> None:
    """Draw page `number` (pages of `height`) of `doc` at the painter's origin.

    The page is the painter's clip; the lines drawn are those inside it, less `EDGE`: a line
    starting right where the next page starts is hidden by the clip but would still be
    written to the PDF's text."""
    painter.save()
    painter.translate(0, -number * height)
    shown = QRectF(0, number * height, width, height)
    painter.setClipRect(shown)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = shown.adjusted(0, EDGE, 0, -EDGE)
    doc.documentLayout().draw(painter, context)
    painter.restore()
