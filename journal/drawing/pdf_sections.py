"""The sections of the PDF export, as HTML fragments in page order: cover, summary,
patterns and charts, check-ins, the chronological log, the integrity appendix.

Every word is in the language in force: the report's, when the export runs inside
`journal.i18n.using(catalog)`."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date

from PySide6.QtGui import QImage

from journal.drawing.pdf_appendix import (
    HASHES_PER_CHUNK,
    appendix_intro,
    exhibit_table,
    exhibits_intro,
    hash_table,
)
from journal.drawing.pdf_entries import e as _e
from journal.drawing.pdf_entries import entry_fragments
from journal.drawing.pdf_evidence import promises_fragment
from journal.drawing.pdf_layout import Fragment
from journal.export.data import (
    OPTIONAL_FIELDS,
    ExportData,
    ExportItem,
    flag_label,
)
from journal.export.summary import summarize, summarize_patterns
from journal.export.text import (
    date_range_text,
    stamp,
)
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.insights.wording import (
    decimal,
    field_name,
    kind_label,
    month_year,
    padded_day,
)

TITLE = QT_TRANSLATE_NOOP("PdfReport", "Record of events")  # shown: translate("PdfReport", TITLE)
CHART_WIDTH = 620  # logical pixels (1/96 inch): the charts span the text width
AUDIENCE = {
    "advocate": QT_TRANSLATE_NOOP("PdfReport", "an advocate or lawyer"),
    "therapist": QT_TRANSLATE_NOOP("PdfReport", "a therapist"),
}

# (item) -> thumbnails of its image attachments, with their captions
Thumbnails = Callable[[ExportItem], Sequence[tuple[QImage, str]]]


def audience(data: ExportData) -> str:
    """Return who the document was prepared for, in words ("an advocate or lawyer")."""
    name = data.preset.name
    return translate("PdfReport", AUDIENCE[name]) if name in AUDIENCE else name


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
            "<h2>"
            + translate("PdfReport", "Patterns")
            + "</h2><p class='note'>"
            + translate(
                "PdfReport",
                "Counts and charts from the entries in this document. They describe what was "
                "written down, not a diagnosis.",
            )
            + "</p>",
            new_page=True,
        )
    if charts:
        yield Fragment(
            "<p class='note'>"
            + translate(
                "PdfReport",
                "The charts and their captions are those the journal's Insights view shows the "
                "person who kept it (“you” in a caption is that person).",
            )
            + "</p>"
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
    yield Fragment(
        "<h2>" + translate("PdfReport", "Chronological log") + "</h2>" + _log_intro(data),
        new_page=True,
    )
    for index, item in enumerate(data.items, start=1):
        tick()
        pictures = thumbnails(item) if thumbnails is not None else ()
        yield from entry_fragments(data, index, item, pictures, index in undrawable)
    exhibits = data.exhibits
    if exhibits:
        yield Fragment(exhibits_intro(), new_page=True)
        for first in range(0, len(exhibits), HASHES_PER_CHUNK):
            yield Fragment(exhibit_table(data, first))
    yield Fragment(appendix_intro(data), new_page=True)
    items = data.items
    for first in range(0, len(items), HASHES_PER_CHUNK):
        yield Fragment(hash_table(items[first : first + HASHES_PER_CHUNK], first))


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
    included = [field_name(f) for f in data.fields]
    left_out = [field_name(f) for f in OPTIONAL_FIELDS if f not in data.fields]
    rows = [
        (translate("PdfReport", "Prepared for"), prepared_for[0].upper() + prepared_for[1:]),
        (translate("PdfReport", "Dates covered"), date_range_text(data)),
        (translate("PdfReport", "Number of entries"), str(len(data.items))),
        (translate("PdfReport", "Generated"), stamp(data.generated_at)),
        (translate("PdfReport", "Kinds of entry"), ", ".join(kind_label(k) for k in data.kinds)),
    ]
    if data.behaviours is not None:
        names = ", ".join(data.taxonomy.label(b) for b in data.behaviours)
        rows.append(
            (translate("PdfReport", "Only entries with"), names or translate("PdfReport", "none"))
        )
    if data.entry_ids is not None:
        rows.append(
            (
                translate("PdfReport", "Selection"),
                translate("PdfReport", "Entries picked by the writer"),
            )
        )
    rows.append(
        (
            translate("PdfReport", "Details included"),
            ", ".join(included) or translate("PdfReport", "Kinds and dates only"),
        )
    )
    if left_out:
        rows.append((translate("PdfReport", "Left out by choice"), ", ".join(left_out)))
    if data.journal_fingerprint:
        rows.append((translate("PdfReport", "Journal key fingerprint"), data.journal_fingerprint))
    body = "".join(
        f"<tr><td class='label' width='28%'>{_e(k)}</td><td>{_e(v)}</td></tr>" for k, v in rows
    )
    if data.exhibits:
        check = translate(
            "PdfReport",
            "Attached files are listed as numbered exhibits. The integrity appendix at the end "
            "explains, in plain words, how this record can be checked.",
        )
    else:
        check = translate(
            "PdfReport",
            "The integrity appendix at the end explains, in plain words, how this record can "
            "be checked.",
        )
    return (
        "<p>&nbsp;</p><p>&nbsp;</p>"
        "<h1>" + _e(translate("PdfReport", TITLE)) + "</h1>"
        "<p class='note'>"
        + translate("PdfReport", "A personal, dated record kept in an encrypted journal.")
        + "</p><p>&nbsp;</p>"
        f"<table cellspacing='0' cellpadding='5' width='100%'>{body}</table>"
        "<p>&nbsp;</p>"
        f"<h3>" + translate("PdfReport", "How to read this document") + "</h3>"
        "<p class='note'>"
        + translate(
            "PdfReport",
            "Entries are in the order the events happened. Each shows two times: when it "
            "<b>happened</b> (as exactly as the writer could tell: “approx.” marks an estimate, "
            "a date without a time means the day only) and when it was <b>recorded</b> in the "
            "journal, which is set automatically and cannot be changed. Every time shows its "
            "offset from UTC (“UTC+01:00”). An entry edited later says when, and shows the "
            "earlier wording of what changed.",
        )
        + f"</p><p class='note'>{check}</p><p class='note'>"
        + translate(
            "PdfReport",
            "<b>This document is not encrypted.</b> Please store it securely and do not share "
            "it further without the writer's agreement.",
        )
        + "</p>"
    )


def _summary(data: ExportData) -> Iterator[Fragment]:
    entries = [item.entry for item in data.items]
    summary = summarize(entries, data.fields, data.taxonomy)  # in the report's language
    span = date_range_text(data)
    count = len(data.items)
    if count == 1:
        text = translate("PdfReport", "1 entry. Dates covered: {span}.")
    else:
        text = translate("PdfReport", "{count} entries. Dates covered: {span}.")
    text = text.format(count=count, span=_e(span))
    yield Fragment(
        "<h2>" + translate("PdfReport", "Summary") + f"</h2><p>{text}</p>", new_page=True
    )
    kind, month, entries_head = (
        translate("PdfReport", "Kind"),
        translate("PdfReport", "Month"),
        translate("PdfReport", "Entries"),
    )
    kinds = _table(list(_counts(summary.get("by_kind", {}))), (kind, entries_head), "100%")
    months = [(_month_label(m), str(n)) for m, n in summary.get("by_month", {}).items()]
    by_kind, by_month = translate("PdfReport", "By kind"), translate("PdfReport", "By month")
    if len(months) <= 24:  # side by side while both are short
        yield Fragment(
            "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
            f"<td width='56%' valign='top'><h3>{by_kind}</h3>{kinds}</td><td width='6%'></td>"
            f"<td width='38%' valign='top'><h3>{by_month}</h3>"
            f"{_table(months, (month, entries_head), '100%')}</td></tr></table>"
        )
    else:
        yield Fragment(f"<h3>{by_kind}</h3>{kinds}")
    if "by_behaviour" in summary:
        rows = list(_counts(summary["by_behaviour"]))
        table = (
            _table(rows, (translate("PdfReport", "Behaviour"), entries_head), "75%")
            if rows
            else "<p>" + translate("PdfReport", "None recorded.") + "</p>"
        )
        yield Fragment("<h3>" + translate("PdfReport", "By behaviour") + f"</h3>{table}")
    if len(months) > 24:
        yield Fragment(f"<h3>{by_month}</h3>{_table(months, (month, entries_head), '50%')}")


def _counts(counts: dict[str, int]) -> Iterator[tuple[str, str]]:
    for label, count in counts.items():
        yield label, str(count)


def _month_label(month: str) -> str:
    try:
        year, month_number = month.split("-")
        return month_year(date(int(year), int(month_number), 1))
    except ValueError:
        return month


def _chart(image: QImage, caption: str) -> Fragment:
    return Fragment(
        f"<p><img src='img:0' width='{CHART_WIDTH}'/></p><p class='caption'>{_e(caption)}</p>",
        images=[image],
    )


def _patterns(data: ExportData) -> Iterator[Fragment]:
    entries = [item.entry for item in data.items]
    patterns = summarize_patterns(entries, data.fields, data.taxonomy)  # the report's language
    month_head, entries_head = translate("PdfReport", "Month"), translate("PdfReport", "Entries")
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
            "<h3>" + translate("PdfReport", "Kinds of entry by month") + f"</h3>"
            f"{TABLE} width='100%'><thead><tr><th>{month_head}</th>{head}</tr></thead>"
            f"{rows}</table>"
        )
        gaps = patterns.get("days_between_incidents")
        if gaps:
            text += "<p>{}</p>".format(
                translate(
                    "PdfReport",
                    "Days between incidents: shortest {shortest}, longest {longest}, on "
                    "average {average}.",
                ).format(
                    shortest=gaps["shortest"],
                    longest=gaps["longest"],
                    average=_tenths(gaps["average"]),
                )
            )
        yield Fragment(text)
    severity = patterns.get("severity_by_month", {})
    if severity:
        rows_s = [(_month_label(m), _tenths(v)) for m, v in severity.items()]
        yield Fragment(
            "<h3>"
            + translate("PdfReport", "Average severity by month (1–5)")
            + "</h3>"
            + _table(rows_s, (month_head, translate("PdfReport", "Average severity")), "50%")
        )
    emotions = patterns.get("emotions", {})
    if emotions:
        rows_e = "".join(
            f"<tr><td>{_e(name)}</td><td align='right'>{v['times']}</td>"
            f"<td align='right'>{_tenths(v['average'])}</td></tr>"
            for name, v in emotions.items()
        )
        yield Fragment(
            "<h3>"
            + translate("PdfReport", "Emotional responses")
            + f"</h3>{TABLE} width='75%'><thead><tr>"
            f"<th>" + translate("PdfReport", "Emotion") + f"</th><th>{entries_head}</th>"
            f"<th>"
            + translate("PdfReport", "Average intensity (0–10)")
            + f"</th></tr></thead>{rows_e}</table>"
        )
    bodies = patterns.get("body_responses", {})
    if bodies:
        yield Fragment(
            "<h3>"
            + translate("PdfReport", "Body responses")
            + "</h3>"
            + _table(
                list(_counts(bodies)),
                (translate("PdfReport", "Body response"), entries_head),
                "50%",
            )
        )


def _tenths(value: str) -> str:
    """Return an average kept as text ("9.0") as the language writes it."""
    try:
        return decimal(float(value))
    except ValueError:
        return value


def _checkins(data: ExportData) -> Fragment:
    checkins = data.checkins or []
    parts = ["<h3>" + translate("PdfReport", "Red-flag check-ins") + "</h3>"]
    if not checkins:
        parts.append("<p>" + translate("PdfReport", "No check-ins in this period.") + "</p>")
        return Fragment("".join(parts))
    rows = []
    for item in checkins:
        answers = item["answers"]
        yes = [flag_label(k) for k, v in answers.items() if v]
        noted = (
            translate("PdfReport", "{marked} of {asked}: {signs}").format(
                marked=len(yes), asked=len(answers), signs=", ".join(yes)
            )
            if answers
            else "—"
        )
        day = _day_label(item["date"])
        rows.append(f"<tr><td>{_e(day)}</td><td>{_e(noted)}</td><td>{_e(item['note'])}</td></tr>")
    parts.append(
        f"{TABLE} width='100%'><thead><tr><th width='16%'>"
        + translate("PdfReport", "Date")
        + "</th>"
        "<th width='50%'>" + translate("PdfReport", "Signs noticed") + "</th>"
        "<th>" + translate("PdfReport", "Note") + f"</th></tr></thead>{''.join(rows)}</table>"
    )
    return Fragment("".join(parts))


def _day_label(day: str) -> str:
    try:
        return padded_day(date.fromisoformat(day))
    except ValueError:
        return day


def _log_intro(data: ExportData) -> str:
    if not data.items:
        return (
            "<p>"
            + translate("PdfReport", "No entries match the choices made for this document.")
            + "</p>"
        )
    return (
        "<p class='note'>"
        + translate(
            "PdfReport",
            "Ordered by when each event happened. “Recorded” is when it was written in the "
            "journal.",
        )
        + "</p>"
    )
