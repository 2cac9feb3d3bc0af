"""The sections of the PDF export, as HTML fragments in page order: cover, summary,
patterns and charts, check-ins, the chronological log, the integrity appendix."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from PySide6.QtGui import QImage

from journal.attachments import format_size
from journal.drawing.pdf_entries import e as _e
from journal.drawing.pdf_entries import entry_fragments
from journal.drawing.pdf_evidence import promises_fragment
from journal.drawing.pdf_layout import Fragment
from journal.export.data import (
    FIELD_LABELS,
    OPTIONAL_FIELDS,
    ExportData,
    ExportItem,
    flag_label,
)
from journal.export.text import (
    date_range_text,
    stamp,
)
from journal.model import KIND_LABELS

TITLE = "Record of events"
HASHES_PER_CHUNK = 400
CHART_WIDTH = 620  # logical pixels (1/96 inch): the charts span the text width
AUDIENCE = {"advocate": "an advocate or lawyer", "therapist": "a therapist"}

# (item) -> thumbnails of its image attachments, with their captions
Thumbnails = Callable[[ExportItem], Sequence[tuple[QImage, str]]]


def audience(data: ExportData) -> str:
    """Return who the document was prepared for, in words ("an advocate or lawyer")."""
    return AUDIENCE.get(data.preset.name, data.preset.name)


def sections(
    data: ExportData,
    charts: Sequence[tuple[QImage, str]],
    thumbnails: Thumbnails | None = None,
    tick: Callable[[], None] = lambda: None,
    undrawable: frozenset[int] = frozenset(),
    calendar: Sequence[Fragment] = (),
) -> Iterator[Fragment]:
    """Yield the document's fragments in page order (calling `tick` before each entry).

    Entries numbered in `undrawable` say that some of their characters cannot be shown;
    `calendar` is the calendar page (see `journal.drawing.pdf_evidence`)."""
    yield Fragment(_cover(data), new_page=True)
    yield from _summary(data)
    yield from calendar
    if data.patterns is not None or charts:
        yield Fragment(
            "<h2>Patterns</h2><p class='note'>Counts and charts from the entries in this "
            "document. They describe what was written down, not a diagnosis.</p>",
            new_page=True,
        )
    if charts:
        yield Fragment(
            "<p class='note'>The charts and their captions are those the journal's Insights "
            "view shows the person who kept it (“you” in a caption is that person).</p>"
        )
        for image, caption in charts:
            yield _chart(image, caption)
    if data.patterns is not None:
        yield from _patterns(data)
    promised = promises_fragment(data)
    if promised is not None:
        yield promised
    if data.checkins is not None:
        yield _checkins(data)
    yield Fragment("<h2>Chronological log</h2>" + _log_intro(data), new_page=True)
    for number, item in enumerate(data.items, start=1):
        tick()
        pictures = thumbnails(item) if thumbnails is not None else ()
        yield from entry_fragments(data, number, item, pictures, number in undrawable)
    exhibits = data.exhibits
    if exhibits:
        yield Fragment(_exhibits_intro(), new_page=True)
        for first in range(0, len(exhibits), HASHES_PER_CHUNK):
            yield Fragment(_exhibit_table(data, first))
    yield Fragment(_appendix_intro(data), new_page=True)
    items = data.items
    for first in range(0, len(items), HASHES_PER_CHUNK):
        yield Fragment(_hash_table(items[first : first + HASHES_PER_CHUNK], first))


TABLE = "<table cellspacing='0' cellpadding='3' border='0.5' style='border-color:#999999'"


def _table(rows: Sequence[tuple[str, str]], header: tuple[str, str], width: str = "") -> str:
    """Return a two-column table (label, count) whose header repeats on each page."""
    parts = [f"{TABLE}{f' width={width!r}' if width else ''}>"]
    parts.append(f"<thead><tr><th>{_e(header[0])}</th><th>{_e(header[1])}</th></tr></thead>")
    for label, value in rows:
        parts.append(f"<tr><td>{_e(label)}</td><td align='right'>{_e(value)}</td></tr>")
    parts.append("</table>")
    return "".join(parts)


def _cover(data: ExportData) -> str:
    prepared_for = audience(data)
    exhibits = "Attached files are listed as numbered exhibits. " if data.exhibits else ""
    included = [FIELD_LABELS[f] for f in data.fields]
    left_out = [FIELD_LABELS[f] for f in OPTIONAL_FIELDS if f not in data.fields]
    rows = [
        ("Prepared for", prepared_for[0].upper() + prepared_for[1:]),
        ("Dates covered", date_range_text(data)),
        ("Number of entries", str(len(data.items))),
        ("Generated", stamp(data.generated_at)),
        ("Kinds of entry", ", ".join(KIND_LABELS[k] for k in data.kinds)),
    ]
    if data.behaviours is not None:
        names = ", ".join(data.taxonomy.label(b) for b in data.behaviours) or "none"
        rows.append(("Only entries with", names))
    if data.entry_ids is not None:
        rows.append(("Selection", "Entries picked by the writer"))
    rows.append(("Details included", ", ".join(included) or "Kinds and dates only"))
    if left_out:
        rows.append(("Left out by choice", ", ".join(left_out)))
    if data.journal_fingerprint:
        rows.append(("Journal key fingerprint", data.journal_fingerprint))
    body = "".join(
        f"<tr><td class='label' width='28%'>{_e(k)}</td><td>{_e(v)}</td></tr>" for k, v in rows
    )
    return (
        "<p>&nbsp;</p><p>&nbsp;</p>"
        f"<h1>{TITLE}</h1>"
        "<p class='note'>A personal, dated record kept in an encrypted journal.</p>"
        "<p>&nbsp;</p>"
        f"<table cellspacing='0' cellpadding='5' width='100%'>{body}</table>"
        "<p>&nbsp;</p>"
        "<h3>How to read this document</h3>"
        "<p class='note'>Entries are in the order the events happened. Each shows two times: "
        "when it <b>happened</b> (as exactly as the writer could tell: “approx.” marks an "
        "estimate, a date without a time means the day only) and when it was <b>recorded</b> "
        "in the journal, which is set automatically and cannot be changed. Every time shows "
        "its offset from UTC (“UTC+01:00”). An entry edited later says when, and shows the "
        "earlier wording of what changed.</p>"
        f"<p class='note'>{exhibits}The integrity appendix at the end explains, in plain "
        "words, how this record can be checked.</p>"
        "<p class='note'><b>This document is not encrypted.</b> Please store it securely and "
        "do not share it further without the writer's agreement.</p>"
    )


def _summary(data: ExportData) -> Iterator[Fragment]:
    summary = data.summary
    count = len(data.items)
    noun = "entry" if count == 1 else "entries"
    span = date_range_text(data)
    yield Fragment(
        f"<h2>Summary</h2><p>{count} {noun}. Dates covered: {_e(span)}.</p>", new_page=True
    )
    kinds = _table(list(_counts(summary.get("by_kind", {}))), ("Kind", "Entries"), "100%")
    months = [(_month_label(m), str(n)) for m, n in summary.get("by_month", {}).items()]
    if len(months) <= 24:  # side by side while both are short
        yield Fragment(
            "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
            f"<td width='56%' valign='top'><h3>By kind</h3>{kinds}</td><td width='6%'></td>"
            f"<td width='38%' valign='top'><h3>By month</h3>"
            f"{_table(months, ('Month', 'Entries'), '100%')}</td></tr></table>"
        )
    else:
        yield Fragment(f"<h3>By kind</h3>{kinds}")
    if "by_behaviour" in summary:
        rows = list(_counts(summary["by_behaviour"]))
        table = _table(rows, ("Behaviour", "Entries"), "75%") if rows else "<p>None recorded.</p>"
        yield Fragment(f"<h3>By behaviour</h3>{table}")
    if len(months) > 24:
        yield Fragment(f"<h3>By month</h3>{_table(months, ('Month', 'Entries'), '50%')}")


def _counts(counts: dict[str, int]) -> Iterator[tuple[str, str]]:
    for label, count in counts.items():
        yield label, str(count)


def _month_label(month: str) -> str:
    from datetime import datetime

    try:
        return datetime.strptime(month, "%Y-%m").strftime("%B %Y")
    except ValueError:
        return month


def _chart(image: QImage, caption: str) -> Fragment:
    return Fragment(
        f"<p><img src='img:0' width='{CHART_WIDTH}'/></p><p class='caption'>{_e(caption)}</p>",
        images=[image],
    )


def _patterns(data: ExportData) -> Iterator[Fragment]:
    patterns = data.patterns or {}
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
        text = (
            "<h3>Kinds of entry by month</h3>"
            f"{TABLE} width='100%'><thead><tr><th>Month</th>{head}</tr></thead>{rows}</table>"
        )
        gaps = patterns.get("days_between_incidents")
        if gaps:
            text += (
                f"<p>Days between incidents: shortest {gaps['shortest']}, longest "
                f"{gaps['longest']}, on average {gaps['average']}.</p>"
            )
        yield Fragment(text)
    severity = patterns.get("severity_by_month", {})
    if severity:
        rows_s = [(_month_label(m), str(v)) for m, v in severity.items()]
        yield Fragment(
            "<h3>Average severity by month (1–5)</h3>"
            + _table(rows_s, ("Month", "Average severity"), "50%")
        )
    emotions = patterns.get("emotions", {})
    if emotions:
        rows_e = "".join(
            f"<tr><td>{_e(name)}</td><td align='right'>{v['times']}</td>"
            f"<td align='right'>{v['average']}</td></tr>"
            for name, v in emotions.items()
        )
        yield Fragment(
            f"<h3>Emotional responses</h3>{TABLE} width='75%'><thead><tr><th>Emotion</th>"
            f"<th>Entries</th><th>Average intensity (0–10)</th></tr></thead>{rows_e}</table>"
        )
    bodies = patterns.get("body_responses", {})
    if bodies:
        yield Fragment(
            "<h3>Body responses</h3>"
            + _table(list(_counts(bodies)), ("Body response", "Entries"), "50%")
        )


def _checkins(data: ExportData) -> Fragment:
    checkins = data.checkins or []
    parts = ["<h3>Red-flag check-ins</h3>"]
    if not checkins:
        parts.append("<p>No check-ins in this period.</p>")
        return Fragment("".join(parts))
    rows = []
    for item in checkins:
        answers = item["answers"]
        yes = [flag_label(k) for k, v in answers.items() if v]
        noted = f"{len(yes)} of {len(answers)}: " + ", ".join(yes) if answers else "—"
        day = _day_label(item["date"])
        rows.append(f"<tr><td>{_e(day)}</td><td>{_e(noted)}</td><td>{_e(item['note'])}</td></tr>")
    parts.append(
        f"{TABLE} width='100%'><thead><tr><th width='16%'>Date</th>"
        f"<th width='50%'>Signs noticed</th><th>Note</th></tr></thead>{''.join(rows)}</table>"
    )
    return Fragment("".join(parts))


def _day_label(day: str) -> str:
    from datetime import date

    try:
        return date.fromisoformat(day).strftime("%d %b %Y")
    except ValueError:
        return day


def _log_intro(data: ExportData) -> str:
    if not data.items:
        return "<p>No entries match the choices made for this document.</p>"
    return (
        "<p class='note'>Ordered by when each event happened. “Recorded” is when it was "
        "written in the journal.</p>"
    )


def _appendix_intro(data: ExportData) -> str:
    key = _e(data.journal_fingerprint) or "(not signed)"
    return (
        "<h2>Integrity appendix</h2>"
        "<h3>How this record can be checked</h3>"
        "<p>The journal that produced this document has its own signing key. When the "
        "document was made, the journal signed a digital copy of exactly what it holds. That "
        "copy is stored inside this PDF file as an attachment, and the same signed copy is in "
        "the JSON export made with the same choices.</p>"
        "<p>Anyone with the journal program, or any tool that checks Ed25519 signatures, can "
        "check the signed copy. The check answers two questions:</p>"
        "<ol>"
        "<li><b>Was it changed?</b> If any entry, date or number was changed, removed, added "
        "or moved after the document was made, the signature no longer matches and the check "
        "says so.</li>"
        "<li><b>Which journal signed it?</b> The check shows the fingerprint of the key that "
        "signed it. It should be the one printed at the foot of every page, below, and the "
        "one the writer can show you in their journal. If it is different, the copy was not "
        "signed by the writer's journal.</li>"
        "</ol>"
        f"<p>Journal key fingerprint: <b>{key}</b></p>"
        "<p>Each page also shows this document's own export fingerprint, which the check "
        "prints as well, so a page can be matched to its signed copy. The technical "
        "description of the check is published with the program (EXPORT_FORMAT).</p>"
        "<p class='note'>What the check cannot tell: whether what was written is true, or when "
        "it was really written down beyond the times the journal records. The table below "
        "lists a SHA-256 fingerprint of each entry as held in the signed copy.</p>"
        "<p>Journal chain head at the time of export (the latest link of the journal's own "
        "hash chain):</p>"
        f"<p class='mono'>{_e(data.chain_head)}</p>"
    )


def _exhibits_intro() -> str:
    return (
        "<h2>Exhibits</h2><p class='note'>Each file attached to an entry, numbered in the order "
        "of the log. The SHA-256 is a fingerprint of the file's exact bytes: a copy whose "
        "SHA-256 matches is the same file.</p>"
    )


def _exhibit_table(data: ExportData, first: int) -> str:
    rows = "".join(
        f"<tr><td align='right'>{ex.number}</td><td>{_e(ex.attachment.filename)}<br/>"
        f"<span class='mono'>{_e(ex.attachment.sha256)}</span></td>"
        f"<td align='right'>{_e(format_size(ex.attachment.size))}</td>"
        f"<td>Entry {ex.entry_number} (ref. {_e(ex.entry_id)})</td></tr>"
        for ex in data.exhibits[first : first + HASHES_PER_CHUNK]
    )
    return (
        f"{TABLE} width='100%'><thead><tr><th width='9%'>Exhibit</th><th>File and SHA-256</th>"
        f"<th width='11%'>Size</th><th width='26%'>Appears in</th></tr></thead>{rows}</table>"
    )


def _hash_table(items: Sequence[ExportItem], offset: int) -> str:
    rows = "".join(
        f"<tr><td align='right'>{offset + i + 1}</td><td class='mono'>{_e(str(it.record['id']))}"
        f"</td><td class='mono'>{_e(str(it.record['sha256']))}</td></tr>"
        for i, it in enumerate(items)
    )
    return (
        f"{TABLE} width='100%'><thead><tr><th width='7%'>No.</th><th width='21%'>Reference</th>"
        f"<th>SHA-256</th></tr></thead>{rows}</table>"
    )
