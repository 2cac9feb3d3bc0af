"""The PDFs the app writes: the printable export (`render_pdf`) and the plans (`write_plans_pdf`).

QPdfWriter + QTextDocument, QtGui only (the pattern charts use QtCharts). The document is made
of HTML fragments (an entry, a table, a chart), each laid out once to count the pages ("Page N
of M"), then drawn; the laid-out fragments are kept in between when they fit a memory budget
(`KEEP_BYTES`); those of a larger document are made and laid out again when drawn, so memory
stays bounded for large journals. Needs a running QApplication, which the caller creates
(`require_application` says so clearly when there is none).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QTextDocument

from journal.drawing.pdf_evidence import calendar_fragments
from journal.drawing.pdf_file import (
    declare_language,
    fix_text_mapping,
    local_page_size,
    new_pdf_writer,
    require_application,
)
from journal.drawing.pdf_layout import LOGICAL_DPI, Flow, Fragment, Page, Placed, body_font
from journal.drawing.pdf_sections import TITLE, Thumbnails, audience, sections
from journal.export.data import ExportData
from journal.export.files import private_file
from journal.export.text import stamp
from journal.export.verify import MANIFEST_NAME
from journal.i18n import QT_TRANSLATE_NOOP, language, translate

__all__ = [
    "fix_text_mapping",
    "pattern_charts",
    "render_pdf",
    "require_application",
    "write_plans_pdf",
]

# The laid-out fragments are kept from placing to drawing when they take up to this much memory
# (about 1,250 entries); a longer document is laid out again when drawn (twice the time), as a
# whole when its size is foreseen, else from where the budget ran out.
KEEP_BYTES = 160 * 2**20
DOC_BYTES = 24 * 2**10  # measured (RSS): a laid-out fragment holds this much, plus per character
CHAR_BYTES = 125  # 80 for the layout, 45 for the glyphs kept to draw it (`keep_glyphs`)
PLANS_TITLE = QT_TRANSLATE_NOOP("PlansPdf", "My plans")
PLANS_CSS = """
h1 { font-size: 20pt; font-weight: 600; }
h2 { font-size: 14pt; font-weight: 600; margin-top: 16px; }
h3 { font-size: 11pt; font-weight: 600; margin-top: 10px; }
.meta { color: #333333; font-size: 9pt; }
th { text-align: left; background-color: #eeeeee; }
"""


def render_pdf(
    data: ExportData,
    path: str | os.PathLike[str],
    *,
    charts: Sequence[tuple[QImage, str]] = (),
    thumbnails: Thumbnails | None = None,
    progress: Callable[[], None] | None = None,
    manifest: bytes = b"",
    export_fingerprint: str = "",
    undrawable: Sequence[int] = (),
) -> int:
    """Write the PDF to `path` (which must exist, 0600) and return its number of pages.

    `charts` are (image, caption) pairs shown with the patterns (see `pattern_charts`);
    `thumbnails`, when given, returns the image attachments to show under each entry;
    `progress` is called every few tens of milliseconds (it may raise to cancel);
    `manifest` (the signed JSON record) is attached as "record.json"; the journal's and the
    export's fingerprints go in every page footer; `undrawable` lists the entries holding
    characters the bundled fonts cannot draw (each says so). May run on a worker thread.
    """
    require_application()
    font = body_font()
    writer = new_pdf_writer(
        Path(path),
        title=translate("PdfReport", TITLE),
        size=local_page_size(),
        margins_mm=QMarginsF(18, 14, 18, 12),
        resolution=300,
        discreet=data.discreet,
    )
    if manifest:
        writer.addFileAttachment(MANIFEST_NAME, manifest, "application/json")
    paint = writer.pageLayout().paintRect(QPageLayout.Unit.Inch)
    page = Page(
        width=paint.width() * LOGICAL_DPI,
        height=paint.height() * LOGICAL_DPI,
        header=0.32 * LOGICAL_DPI,
        footer=0.42 * LOGICAL_DPI,
    )
    planner = Flow(page, font)
    tick = _throttled(progress)
    calendar = calendar_fragments(data) if data.items else []
    missing = frozenset(undrawable)

    def fragments() -> Iterator[Fragment]:
        return sections(data, charts, thumbnails, tick, missing, calendar)

    held = {image.cacheKey() for image, _ in charts}  # in memory throughout anyway
    held |= {image.cacheKey() for fragment in calendar for image in fragment.images}
    keep = _expected_bytes(data) <= KEEP_BYTES  # else each is laid out again to draw it
    plan: list[Placed] = []
    kept = 0  # estimated bytes of the laid-out documents kept for drawing
    for fragment in fragments():
        placed = planner.place(fragment)
        assert placed.doc is not None
        kept += _weight(placed.doc, fragment, held)
        if not keep or kept > KEEP_BYTES:
            placed.doc = None  # laid out again when drawn
        plan.append(placed)
        tick()
    total = planner.finish()
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(13, translate("PdfReport", "The PDF file cannot be written"))
    try:
        scale = writer.resolution() / LOGICAL_DPI
        painter.scale(scale, scale)
        flow = Flow(page, font, painter)
        flow.writer = writer
        flow.total = total
        flow.running_title = translate(
            "PdfReport", "{title} · prepared for {audience} · generated {when}"
        ).format(
            title=translate("PdfReport", TITLE),
            audience=audience(data),
            when=stamp(data.generated_at),
        )
        if data.journal_fingerprint:
            flow.footer_note = translate(
                "PdfReport", "Signed by journal key {key} · Export {export}"
            ).format(key=data.journal_fingerprint, export=export_fingerprint)
        if all(placed.doc is not None for placed in plan):
            for placed in plan:
                doc, placed.doc = placed.doc, None  # each document freed once drawn
                assert doc is not None
                flow.draw(placed, doc)
                tick()
        else:  # too large to keep every layout: the fragments are made again
            for placed, fragment in zip(plan, fragments(), strict=True):
                doc, placed.doc = placed.doc, None
                flow.draw(placed, doc if doc is not None else flow.rebuild(fragment, placed))
                tick()
    finally:
        painter.end()
    fix_text_mapping(path)
    declare_language(path, language().value)
    return total


def _expected_bytes(data: ExportData) -> int:
    """Return about how much memory keeping every laid-out entry of `data` would take."""
    chars = sum(len(str(value)) for item in data.items for value in item.record.values())
    return DOC_BYTES * len(data.items) + CHAR_BYTES * chars


def _weight(doc: QTextDocument, fragment: Fragment, held: set[int]) -> int:
    """Return about how many bytes a laid-out document holds (Qt keeps each character's
    shaped glyphs), its images included unless they are `held` (cache keys) anyway."""
    images = (image for image in fragment.images if image.cacheKey() not in held)
    return DOC_BYTES + CHAR_BYTES * doc.characterCount() + sum(i.sizeInBytes() for i in images)


def _throttled(progress: Callable[[], None] | None, every: float = 0.03) -> Callable[[], None]:
    """Return a function calling `progress` at most once per `every` seconds."""
    if progress is None:
        return lambda: None
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        if now - last[0] >= every:
            last[0] = now
            progress()

    return tick


def pattern_charts(data: ExportData) -> list[tuple[QImage, str]]:
    """Render the Insights charts (QtCharts) of the exported entries and check-ins.

    Needs a QApplication (QtCharts draws through QtWidgets); returns [] when only a
    QGuiApplication is running, and raises RuntimeError when no application runs at all.
    """
    require_application()
    from PySide6.QtWidgets import QApplication

    if not isinstance(QCoreApplication.instance(), QApplication):
        return []
    from journal.drawing.charts import render_chart_images
    from journal.insights import compute_insights

    insights = compute_insights(
        [item.entry for item in data.items],
        start=data.start,
        end=data.end,
        checkins=data.checkins,
        taxonomy=data.taxonomy,
    )
    return render_chart_images(insights, width_px=1400, height_px=640)


def write_plans_pdf(
    html_text: str, path: str | os.PathLike[str], protected: tuple[Path, ...] = ()
) -> Path:
    """Write the plans as a PDF (0600, finished file appears whole); return its path."""
    require_application()
    target = Path(path)
    with private_file(target, protected) as partial:
        writer = new_pdf_writer(
            partial,
            title=translate("PlansPdf", PLANS_TITLE),
            size=QPageSize.PageSizeId.A4,
            margins_mm=QMarginsF(6, 6, 6, 6),  # print_() adds its own 2 cm margin
        )
        document = QTextDocument()
        document.setDefaultStyleSheet(PLANS_CSS)
        document.setHtml(html_text)
        document.print_(writer)
        del writer
        fix_text_mapping(partial)
    return target
