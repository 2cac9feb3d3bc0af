"""The entries of the PDF's chronological log, as HTML fragments.

A very long text (a 200,000-character paragraph) is cut into pieces of a few thousand
characters at a line, sentence or word end, and each piece becomes its own fragment that
continues the one before on the page. Each Qt layout call then handles one piece only: PySide6
keeps Python's lock during `QTextDocument.pageCount()`/`drawContents()`, so one huge block
would hold the window still for as long as it takes to lay out (see docs/PERFORMANCE.md). The
pieces, put back together, are the text exactly; only the line breaks on the page move.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Sequence

from PySide6.QtGui import QImage

from journal.attachments import format_size
from journal.drawing.pdf_layout import Fragment
from journal.export.data import OPTIONAL_FIELDS, ExportData, ExportItem
from journal.export.text import amendment_note, readable, version_lines, when_text
from journal.i18n import translate
from journal.insights.wording import field_name

PIECE_CHARS = 2_000  # the longest piece of text laid out in one Qt call
ENTRY_CHARS = 6_000  # an entry with less text than this stays in one piece, kept together
THUMB_WIDTH = 190  # thumbnails fit a 190 × 150 box, three to a row
THUMB_HEIGHT = 150
# Shown in this order in each entry, after the heading lines (which carry kind and times).
ENTRY_BODY_FIELDS = OPTIONAL_FIELDS
_SENTENCE_END = re.compile(r"[.!?…。！？؟।][\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")
_MARKUP = re.compile(r"<[^>]*>|&#?\w+;")
_JOINERS = "\u200c\u200d\u034f\u2060"  # never cut next to these


def e(text: str) -> str:
    """Escape user text for the page; keep line breaks."""
    return html.escape(text).replace("\n", "<br/>")


def split_text(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """Cut `text` into pieces of at most `limit` characters, at a line, sentence or word end
    when there is one in the piece's second half; `"".join(pieces) == text`."""
    pieces = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def _cut(text: str, start: int, end: int) -> int:
    """Return where to end the piece text[start:end] (after start, at most `end`)."""
    low = start + (end - start) // 2
    newline = text.rfind("\n", low, end)
    if newline >= 0:
        return newline + 1
    for pattern in (_SENTENCE_END, _SPACE):
        ends = [match.end() for match in pattern.finditer(text, low, end)]
        if ends:
            return ends[-1]
    cut = end  # no word end: never between a character and its marks or joiners
    while cut > low and (
        unicodedata.combining(text[cut])
        or unicodedata.category(text[cut]) in ("Mn", "Mc", "Me")
        or text[cut] in _JOINERS
        or text[cut - 1] in _JOINERS
        or 0xFE00 <= ord(text[cut]) <= 0xFE0F
    ):
        cut -= 1
    return cut


def _pieces_html(text: str, split: bool) -> list[str]:
    """Return the escaped pieces of a value; a line break ending a piece is the piece break."""
    if not split:
        return [e(text)]
    return [e(p[:-1] if p.endswith("\n") else p) for p in split_text(text)]


class _Pieces:
    """HTML gathered into fragments: `cut` ends one and starts the next."""

    def __init__(self, split: bool) -> None:
        self.split = split  # whether to cut at all
        self.done: list[str] = []
        self.current: list[str] = []
        self.weight = 0  # characters of text in the current fragment

    def add(self, text: str, weight: int = 0) -> None:
        self.current.append(text)
        self.weight += weight

    def full(self, weight: int) -> bool:
        """Return whether adding `weight` characters of text calls for a new fragment first."""
        return self.split and self.weight > 0 and self.weight + weight > PIECE_CHARS

    def cut(self) -> None:
        self.done.append("".join(self.current))
        self.current = []
        self.weight = 0

    def all(self) -> list[str]:
        return [*self.done, "".join(self.current)]


def _add_fields(out: _Pieces, rows: Sequence[tuple[str, list[str]]], old: bool = False) -> None:
    """Add label/value pairs as paragraphs (not a table: Qt lays out a table cell twice, to
    measure it): the label in bold, then the value, later lines indented; a value starting
    right to left gets its own paragraph under its label, so it keeps its direction. A value in
    several pieces continues in the next fragments."""
    grey = " old" if old else ""
    for label, values in rows:
        rtl = bool(values) and _right_to_left(values[0])
        direction = " dir='rtl'" if rtl else ""  # laid out and aligned right to left
        for index, value in enumerate(values):
            if index > 0 or out.full(len(value)):
                out.cut()
            if index > 0:
                out.add(f"<p class='value{grey}'{direction}>{value}</p>", len(value))
            elif rtl:
                out.add(
                    f"<p class='label'>{label}</p><p class='value{grey}'{direction}>{value}</p>",
                    len(value),
                )
            else:
                out.add(
                    f"<p class='field{grey}'><span class='label'>{label}</span>&nbsp; {value}</p>",
                    len(value),
                )


def _right_to_left(value: str) -> bool:
    """Return whether the first letter of an HTML value is written right to left."""
    for char in _MARKUP.sub("", value):
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def entry_fragments(
    data: ExportData,
    number: int,
    item: ExportItem,
    pictures: Sequence[tuple[QImage, str]] = (),
    undrawable: bool = False,
) -> list[Fragment]:
    """Return one entry of the log: one fragment, or several when its text is very long."""
    tax = data.taxonomy
    texts = [
        (name, readable(name, item, tax))
        for name in ENTRY_BODY_FIELDS
        if name in data.fields and name != "attachments"
    ]
    versions = version_lines(item, tax)
    size = sum(len(t) for _, t in texts) + sum(len(v) for _, r in versions for _, v in r)
    out = _Pieces(split=size > ENTRY_CHARS)
    kind = readable("kind", item, tax)
    when = e(when_text(item))
    out.add(
        f"<h3>{number}. {e(kind)} — {when}</h3>"
        "<p class='meta'>"
        + translate("PdfReport", "Happened: {when} · Recorded: {recorded} · Ref. {ref}").format(
            when=when,
            recorded=e(readable("recorded_at", item, tax)),
            ref=e(str(item.record["id"])),
        )
        + "</p>"
    )
    note = amendment_note(item)
    if note:
        out.add(f"<p class='amend'>{e(note)}</p>")
    if undrawable:
        out.add(
            "<p class='amend'>"
            + translate(
                "PdfReport",
                "Some characters of this entry cannot be shown in this PDF (no bundled font has "
                "them); the JSON and CSV exports keep them unchanged.",
            )
            + "</p>"
        )
    values = dict(texts)
    rows = []
    for name in ENTRY_BODY_FIELDS:
        if name not in data.fields:
            continue
        if name == "attachments":
            shown = [_files(item)] if item.record.get("attachments") else []
        else:
            shown = _pieces_html(values[name], out.split) if values[name] else []
        if shown:
            rows.append((e(field_name(name)), shown))
    if rows:
        _add_fields(out, rows)
    if pictures:
        out.add(_thumbnails(pictures))
    _add_versions(out, versions)
    first, *rest = out.all()
    images = [image for image, _ in pictures]
    if not rest:
        return [Fragment(first, images=images, rule=number > 1)]
    return [
        Fragment(first, rule=number > 1, flows=True),
        *(Fragment(h, flows=True, joined=True) for h in rest[:-1]),
        Fragment(rest[-1], images=images, flows=True, joined=True),
    ]


def _thumbnails(pictures: Sequence[tuple[QImage, str]]) -> str:
    cells = []
    for index, (image, caption) in enumerate(pictures):
        scale = min(THUMB_WIDTH / max(image.width(), 1), THUMB_HEIGHT / max(image.height(), 1))
        width, height = round(image.width() * scale), round(image.height() * scale)
        cells.append(
            f"<td valign='bottom' width='{THUMB_WIDTH + 10}'><img src='img:{index}' "
            f"width='{width}' height='{height}'/><br/>"
            f"<span class='caption'>{e(caption)}</span></td>"
        )
    rows_html = "".join(
        "<tr>" + "".join(cells[i : i + 3]) + "</tr>" for i in range(0, len(cells), 3)
    )
    return f"<table cellspacing='0' cellpadding='4'>{rows_html}</table>"


def _add_versions(out: _Pieces, versions: list[tuple[str, list[tuple[str, str]]]]) -> None:
    """Add the earlier versions of an amended entry: when recorded, what it said then."""
    for heading, rows in versions:
        out.add(f"<p class='meta'><b>{e(heading)}</b></p>")
        if rows:
            shown = [(e(label), _pieces_html(value, out.split)) for label, value in rows]
            _add_fields(out, shown, old=True)
        else:
            same = translate("PdfReport", "No change in the details shown here.")
            out.add(f"<p class='value old'>{same}</p>")


def _files(item: ExportItem) -> str:
    """List attachments one per line: name, size, and the SHA-256 of the original file."""
    lines = [
        "<b>"
        + translate("PdfReport", "Exhibit {number}").format(number=f["exhibit"])
        + f"</b>: {e(str(f['name']))} ({e(format_size(int(f['size'])))})<br/>"
        f"<span class='mono'>SHA-256 {e(str(f['sha256']))}</span>"
        for f in item.record.get("attachments", [])
    ]
    return "<br/>".join(lines)
