"""The PDF file around the layout: the Qt application check, the writer and its page setup,
and the fixes its bytes need once Qt has written them (the text mapping, the language).

QtGui only (no widgets); what is drawn on the pages is `journal.drawing.pdf_layout`'s.
"""

from __future__ import annotations

import mmap
import os
import re

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter

from journal.i18n import translate

PRODUCT = "Reality Check"
LANGUAGE = "en"
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
    discreet: bool = False,
) -> QPdfWriter:
    """Return a portrait PDF writer on `path` (which must exist, 0600) with our metadata.

    In discreet mode the product name is left out (the creator is empty)."""
    require_application()
    writer = QPdfWriter(os.fspath(path))
    writer.setTitle(title)
    writer.setCreator("" if discreet else PRODUCT)
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


_CATALOG = re.compile(rb"\n(\d+) 0 obj\s*<<\s*/Type /Catalog(.*?)>>\s*endobj", re.S)
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref", re.S)


def declare_language(path: str | os.PathLike[str], language: str = LANGUAGE) -> None:
    """Add /Lang and "show the title" to the PDF's catalog, as an incremental update.

    Qt's writer sets neither; an update appended at the end (a new version of the catalog
    object, a one-entry cross-reference table, a trailer pointing back) keeps every byte
    Qt wrote in place.
    """
    with open(path, "r+b") as handle:
        data = handle.read()
        catalog = list(_CATALOG.finditer(data))
        trailer = list(_TRAILER.finditer(data))
        start = _STARTXREF.search(data)
        if not catalog or not trailer or start is None:
            raise OSError(5, translate("PdfReport", "The PDF could not be finished (no catalog)"))
        number, body = catalog[-1].group(1), catalog[-1].group(2)
        old = trailer[-1].group(1)
        keep = re.sub(rb"/Prev\s+\d+", b"", old).strip() + b"\n"
        lang = language.encode("ascii")
        entry = (
            b"\n"
            + number
            + b" 0 obj\n<<\n/Type /Catalog"
            + body.rstrip()
            + b"\n/Lang ("
            + lang
            + b")\n/ViewerPreferences << /DisplayDocTitle true >>\n"
            b">>\nendobj\n"
        )
        offset = len(data) + 1
        xref = len(data) + len(entry)
        update = (
            entry
            + b"xref\n"
            + number
            + b" 1\n"
            + b"%010d 00000 n \n" % offset
            + b"trailer\n<<\n"
            + keep
            + b"/Prev "
            + start.group(1)
            + b"\n>>\n"
            + b"startxref\n%d\n%%%%EOF\n" % xref
        )
        handle.seek(0, os.SEEK_END)
        handle.write(update)
