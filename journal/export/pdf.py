"""The printable PDF export: QPdfWriter + QTextDocument, QtGui only (no widgets).

Pages are laid out in chunks of entries so memory stays bounded for large journals. The
layout runs twice: once to count the pages ("Page N of M"), once to draw them.
"""

from __future__ import annotations

import html
import mmap
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

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
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

from journal.display import format_recorded
from journal.export.data import FIELD_LABELS, PRIVATE_FIELDS, ExportData, ExportItem, flag_label
from journal.export.text import amendment_note, date_range_text, readable, when_text

TITLE = "Record of events"
LOGICAL_DPI = 96.0  # the document is laid out in screen-like units, then scaled to the page
ENTRIES_PER_CHUNK = 150
HASHES_PER_CHUNK = 400
FOOTER_PT = 8
SECTION_GAP = 6.0
BODY_PT = 10
MONO = "DejaVu Sans Mono"
PREFERRED_FONTS = ("DejaVu Sans", "Liberation Sans", "Arial", "Helvetica")
AUDIENCE = {"advocate": "an advocate or lawyer", "therapist": "a therapist"}
# Shown in this order in each entry, after the heading lines (which carry kind and times).
ENTRY_BODY_FIELDS = (
    "location",
    "what_happened",
    "words_used",
    "behaviours",
    "severity",
    "injuries",
    "medical_care",
    "witnesses",
    "children_present",
    "police_report",
    "technology",
    "emotions",
    "body_responses",
    "reflection",
    "tags",
)
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

_app: QGuiApplication | None = None


def ensure_gui_application() -> None:
    """Create the QGuiApplication PDF rendering needs when none exists (headless too)."""
    global _app
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return
    if existing is not None:
        raise RuntimeError("PDF export needs a QGuiApplication, not a QCoreApplication.")
    if (
        os.name == "posix"
        and "QT_QPA_PLATFORM" not in os.environ
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and os.uname().sysname == "Linux"
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication(["reality-check-export"])


@dataclass
class _Page:
    """Geometry of a page in logical units (1/96 inch), content area and footer."""

    width: float
    height: float
    header: float
    footer: float

    @property
    def body_height(self) -> float:
        return self.height - self.header - self.footer


class _Flow:
    """Places documents one after another on pages, continuing on a page's free space."""

    def __init__(self, page: _Page, font: QFont, painter: QPainter | None = None) -> None:
        self.page = page
        self.font = font
        self.painter = painter
        self.writer: QPdfWriter | None = None
        self.page_index = -1  # nothing placed yet
        self.used = 0.0
        self.total = 0
        self.running_title = ""

    def place(self, body: str, *, new_page: bool, images: Sequence[QImage] = ()) -> None:
        """Lay out an HTML fragment; start on a new page or below what is already there."""
        if self.page_index < 0 or new_page:
            self._next_page()
        doc = self._document(body, images)
        if self.used > 0:
            _push_down(doc, self.used + SECTION_GAP)
        pages = doc.pageCount()
        height = self.page.body_height
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
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{index}"), image)
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


def _push_down(doc: QTextDocument, offset: float) -> None:
    """Start the document `offset` lower on its first page (an empty fixed-height line)."""
    cursor = QTextCursor(doc)
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.insertBlock()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    spacer = QTextBlockFormat()
    spacer.setLineHeight(offset, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    cursor.setBlockFormat(spacer)


def render_pdf(
    data: ExportData, path: str | os.PathLike[str], *, charts: Sequence[tuple[QImage, str]] = ()
) -> int:
    """Write the PDF to `path` (which must exist, 0600) and return its number of pages.

    `charts` are (image, caption) pairs shown after the summary, e.g. from the insights view.
    """
    ensure_gui_application()
    font = _body_font()
    writer = QPdfWriter(os.fspath(Path(path)))
    writer.setTitle(TITLE)
    writer.setCreator("Reality Check")
    writer.setResolution(300)
    size_id = (
        QPageSize.PageSizeId.Letter
        if QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        else QPageSize.PageSizeId.A4
    )
    writer.setPageLayout(
        QPageLayout(
            QPageSize(size_id),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 14, 18, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    paint = writer.pageLayout().paintRect(QPageLayout.Unit.Inch)
    page = _Page(
        width=paint.width() * LOGICAL_DPI,
        height=paint.height() * LOGICAL_DPI,
        header=0.32 * LOGICAL_DPI,
        footer=0.42 * LOGICAL_DPI,
    )
    sections = list(_sections(data, charts))
    counter = _Flow(page, font)
    for body, new_page, images in sections:
        counter.place(body, new_page=new_page, images=images)
    total = counter.finish()
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(13, "The PDF file cannot be written")
    try:
        scale = writer.resolution() / LOGICAL_DPI
        painter.scale(scale, scale)
        flow = _Flow(page, font, painter)
        flow.writer = writer
        flow.total = total
        audience = AUDIENCE.get(data.preset.name, data.preset.name)
        flow.running_title = (
            f"{TITLE} · prepared for {audience} · generated {format_recorded(data.generated_at)}"
        )
        for body, new_page, images in _sections(data, charts):
            flow.place(body, new_page=new_page, images=images)
    finally:
        painter.end()
    fix_text_mapping(path)
    return total


def _body_font() -> QFont:
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


# ------------------------------------------------------------------- content


def _sections(
    data: ExportData, charts: Sequence[tuple[QImage, str]]
) -> Iterator[tuple[str, bool, Sequence[QImage]]]:
    """Yield (HTML, starts a new page, images) in page order."""
    yield _cover(data), True, ()
    yield _summary(data), True, ()
    if charts:
        yield _charts(charts), False, [image for image, _ in charts]
    if data.patterns is not None:
        yield _patterns(data), False, ()
    if data.checkins is not None:
        yield _checkins(data), False, ()
    yield "<h2>Chronological log</h2>" + _log_intro(data), True, ()
    items = data.items
    for first in range(0, len(items), ENTRIES_PER_CHUNK):
        chunk = items[first : first + ENTRIES_PER_CHUNK]
        yield "".join(_entry(data, first + i + 1, item) for i, item in enumerate(chunk)), False, ()
    yield _appendix_intro(data), True, ()
    for first in range(0, len(items), HASHES_PER_CHUNK):
        yield _hash_table(items[first : first + HASHES_PER_CHUNK], first), False, ()


def _e(text: str) -> str:
    """Escape user text for the page; keep line breaks."""
    return html.escape(text).replace("\n", "<br/>")


def _table(rows: Sequence[tuple[str, str]], header: tuple[str, str] | None = None) -> str:
    parts = ['<table cellspacing="0" cellpadding="3" border="0.5" style="border-color:#999999">']
    if header:
        parts.append(f"<tr><th>{_e(header[0])}</th><th>{_e(header[1])}</th></tr>")
    for label, value in rows:
        parts.append(f"<tr><td>{_e(label)}</td><td align='right'>{_e(value)}</td></tr>")
    parts.append("</table>")
    return "".join(parts)


def _cover(data: ExportData) -> str:
    audience = AUDIENCE.get(data.preset.name, data.preset.name)
    included = [FIELD_LABELS[f] for f in data.fields if f != "attachments"]
    left_out = [FIELD_LABELS[f] for f in sorted(PRIVATE_FIELDS) if f not in data.fields]
    rows = [
        ("Prepared for", audience[0].upper() + audience[1:]),
        ("Dates covered", date_range_text(data)),
        ("Number of entries", str(len(data.items))),
        ("Generated", format_recorded(data.generated_at)),
        ("Details included", ", ".join(included) or "Kinds and dates only"),
    ]
    if left_out:
        rows.append(("Left out by choice", ", ".join(left_out)))
    body = "".join(
        f"<tr><td class='label' width='30%'>{_e(k)}</td><td>{_e(v)}</td></tr>" for k, v in rows
    )
    return (
        "<p>&nbsp;</p><p>&nbsp;</p>"
        f"<h1>{TITLE}</h1>"
        "<p class='note'>A personal, dated record kept in an encrypted journal.</p>"
        "<p>&nbsp;</p>"
        f"<table cellspacing='0' cellpadding='5' width='100%'>{body}</table>"
        "<p>&nbsp;</p>"
        "<p class='note'>Every entry shows two times: when it <b>happened</b> (as exactly as the "
        "writer could tell) and when it was <b>recorded</b> in the journal, which is set "
        "automatically and cannot be changed. An entry edited later says so; the journal keeps "
        "the original wording. An integrity appendix at the end lists a SHA-256 fingerprint of "
        "each entry.</p>"
        "<p class='note'>This document is not encrypted. Please store it securely.</p>"
    )


def _summary(data: ExportData) -> str:
    summary = data.summary
    parts = ["<h2>Summary</h2>", f"<p>{len(data.items)} entries, {_e(date_range_text(data))}.</p>"]
    parts.append("<h3>By kind</h3>")
    parts.append(_table(list(_counts(summary.get("by_kind", {}))), ("Kind", "Entries")))
    if "by_behaviour" in summary:
        parts.append("<h3>By behaviour</h3>")
        rows = list(_counts(summary["by_behaviour"]))
        parts.append(_table(rows, ("Behaviour", "Entries")) if rows else "<p>None recorded.</p>")
    parts.append("<h3>By month</h3>")
    months = [(_month_label(m), str(n)) for m, n in summary.get("by_month", {}).items()]
    parts.append(_table(months, ("Month", "Entries")))
    return "".join(parts)


def _counts(counts: dict[str, int]) -> Iterator[tuple[str, str]]:
    for label, count in counts.items():
        yield label, str(count)


def _month_label(month: str) -> str:
    from datetime import datetime

    try:
        return datetime.strptime(month, "%Y-%m").strftime("%B %Y")
    except ValueError:
        return month


def _charts(charts: Sequence[tuple[QImage, str]]) -> str:
    parts = ["<h2>Charts</h2>"]
    for index, (image, caption) in enumerate(charts):
        width = min(image.width(), 620)
        parts.append(f"<p><img src='chart:{index}' width='{width}'/></p>")
        parts.append(f"<p class='caption'>{_e(caption)}</p>")
    return "".join(parts)


def _patterns(data: ExportData) -> str:
    patterns = data.patterns or {}
    parts = [
        "<h2>Patterns</h2>",
        "<p class='note'>Counts from the entries in this document. They describe what was "
        "written down, not a diagnosis.</p>",
    ]
    by_month = patterns.get("kinds_by_month", {})
    if by_month:
        kinds = list(dict.fromkeys(k for counts in by_month.values() for k in counts))
        head = "".join(f"<th>{_e(k)}</th>" for k in kinds)
        rows = "".join(
            f"<tr><td>{_e(_month_label(m))}</td>"
            + "".join(f"<td align='right'>{counts.get(k, 0)}</td>" for k in kinds)
            + "</tr>"
            for m, counts in by_month.items()
        )
        parts.append("<h3>Kinds of entry by month</h3>")
        parts.append(
            "<table cellspacing='0' cellpadding='3' border='0.5' width='100%'>"
            f"<tr><th>Month</th>{head}</tr>{rows}</table>"
        )
    gaps = patterns.get("days_between_incidents")
    if gaps:
        parts.append(
            f"<p>Days between incidents: shortest {gaps['shortest']}, longest "
            f"{gaps['longest']}, on average {gaps['average']}.</p>"
        )
    severity = patterns.get("severity_by_month", {})
    if severity:
        parts.append("<h3>Average severity by month (1–5)</h3>")
        rows_s = [(_month_label(m), str(v)) for m, v in severity.items()]
        parts.append(_table(rows_s, ("Month", "Average")))
    emotions = patterns.get("emotions", {})
    if emotions:
        parts.append("<h3>Emotional responses</h3>")
        rows_e = "".join(
            f"<tr><td>{_e(name)}</td><td align='right'>{v['times']}</td>"
            f"<td align='right'>{v['average']}</td></tr>"
            for name, v in emotions.items()
        )
        parts.append(
            "<table cellspacing='0' cellpadding='3' border='0.5'><tr><th>Emotion</th>"
            f"<th>Entries</th><th>Average intensity (0–10)</th></tr>{rows_e}</table>"
        )
    bodies = patterns.get("body_responses", {})
    if bodies:
        parts.append("<h3>Body responses</h3>")
        parts.append(_table(list(_counts(bodies)), ("Body response", "Entries")))
    return "".join(parts)


def _checkins(data: ExportData) -> str:
    checkins = data.checkins or []
    parts = ["<h2>Red-flag check-ins</h2>"]
    if not checkins:
        parts.append("<p>No check-ins in this period.</p>")
        return "".join(parts)
    rows = []
    for item in checkins:
        answers = item["answers"]
        yes = [flag_label(k) for k, v in answers.items() if v]
        noted = f"{len(yes)} of {len(answers)}: " + ", ".join(yes) if answers else "—"
        rows.append(
            f"<tr><td>{_e(item['date'])}</td><td>{_e(noted)}</td><td>{_e(item['note'])}</td></tr>"
        )
    parts.append(
        "<table cellspacing='0' cellpadding='3' border='0.5' width='100%'><tr><th>Date</th>"
        f"<th>Red flags noticed</th><th>Note</th></tr>{''.join(rows)}</table>"
    )
    return "".join(parts)


def _log_intro(data: ExportData) -> str:
    if not data.items:
        return "<p>No entries match the choices made for this document.</p>"
    return (
        "<p class='note'>Ordered by when each event happened. “Recorded” is when it was "
        "written in the journal.</p>"
    )


def _entry(data: ExportData, number: int, item: ExportItem) -> str:
    tax = data.taxonomy
    kind = readable("kind", item, tax)
    parts = [
        "<hr/>" if number > 1 else "",
        f"<h3>{number}. {_e(kind)} — {_e(when_text(item))}</h3>",
        f"<p class='meta'>Happened: {_e(when_text(item))} · "
        f"Recorded: {_e(readable('recorded_at', item, tax))} · "
        f"Ref. {_e(str(item.record['id']))}</p>",
    ]
    note = amendment_note(item)
    if note:
        parts.append(f"<p class='amend'>{_e(note)}</p>")
    rows = []
    for name in ENTRY_BODY_FIELDS:
        if name not in data.fields:
            continue
        value = readable(name, item, tax)
        if value:
            rows.append(
                f"<tr><td class='label' width='24%'>{_e(FIELD_LABELS[name])}</td>"
                f"<td>{_e(value)}</td></tr>"
            )
    if rows:
        parts.append(f"<table cellspacing='0' cellpadding='2' width='100%'>{''.join(rows)}</table>")
    return "".join(parts)


def _appendix_intro(data: ExportData) -> str:
    return (
        "<h2>Integrity appendix</h2>"
        "<p>Each entry below has a SHA-256 fingerprint of exactly what this document holds "
        "for it (the fields listed on the cover). The same choices exported as JSON give the "
        "same fingerprints; anyone with that JSON file can check it with "
        "<span class='mono'>python -m journal verify FILE.json</span>, which recomputes every "
        "fingerprint and reports any change, even of one character.</p>"
        "<p>Journal chain head at the time of export (the latest link of the journal's "
        "SHA-256 hash chain; its first 16 characters are the “chain fingerprint” shown by "
        "Journal ▸ Check integrity):</p>"
        f"<p class='mono'>{_e(data.chain_head)}</p>"
        "<p class='note'>A fingerprint shows that text was not changed after export; it does "
        "not by itself prove who wrote it or when. The journal's own integrity check confirms "
        "that entries were not removed, reordered or rewritten.</p>"
    )


def _hash_table(items: Sequence[ExportItem], offset: int) -> str:
    rows = "".join(
        f"<tr><td align='right'>{offset + i + 1}</td><td class='mono'>{_e(str(it.record['id']))}"
        f"</td><td class='mono'>{_e(str(it.record['sha256']))}</td></tr>"
        for i, it in enumerate(items)
    )
    return (
        "<table cellspacing='0' cellpadding='2' border='0.5' width='100%'>"
        f"<tr><th>No.</th><th>Reference</th><th>SHA-256</th></tr>{rows}</table>"
    )
