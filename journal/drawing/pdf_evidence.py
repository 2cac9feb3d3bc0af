"""The PDF pages built on the Reality Check: the calendar (with the severity legend) and
"Promises and what followed"."""

from __future__ import annotations

import html
from datetime import date

from journal.drawing.calendar import legend_lines, render_calendar_image
from journal.drawing.pdf_layout import Fragment
from journal.export.data import ExportData
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.insights import (
    calendar_caption,
    calendar_span,
    entry_day,
    format_day,
    month_starts,
    month_summary,
    promises_caption,
    year_calendar,
)
from journal.severity import SEVERITY_ANCHORS, severity_anchor, severity_rule, severity_source

CALENDAR_TITLE = QT_TRANSLATE_NOOP("PdfEvidence", "Calendar of the past year")
PROMISES_TITLE = QT_TRANSLATE_NOOP("PdfEvidence", "Promises and what followed")
CALENDAR_WIDTH = 620  # logical pixels: the text width
CALENDAR_NOTE = QT_TRANSLATE_NOOP(
    "PdfEvidence",
    "Each day with an entry in this document is marked. Incident days are shaded by the "
    "severity recorded (1–5, legend below); other kinds of entry are shown as coloured dots. "
    "The calendar follows the one in the Danger Assessment (J. C. Campbell): a trained advocate "
    "can use it together with a risk assessment. This document does not score risk.",
)
PROMISES_NOTE = QT_TRANSLATE_NOOP(
    "PdfEvidence",
    "Each entry that records a promise, an apology or a gift after harm, with the incidents "
    "recorded in this document after it. Days are counted from the day of the entry.",
)
TABLE = "<table cellspacing='0' cellpadding='3' border='0.5' style='border-color:#999999'"


def calendar_period(data: ExportData) -> tuple[str, date, date]:
    """Return the page title and the first and last day the calendar shows.

    No end chosen: the past year up to the day the document is made (or, when nothing was
    recorded in it, the year up to the last entry). A chosen period of up to a year: that
    period. A longer one: its last twelve months.
    """
    if data.end is None:
        end = data.generated_at.astimezone().date()
        last = max((entry_day(item.entry) for item in data.items), default=end)
        start, _days = calendar_span(end)
        if last >= start:
            return translate("PdfEvidence", CALENDAR_TITLE), start, end
        end = last  # nothing in the past year: the year up to the last entry
        start, _days = calendar_span(end)
        return _title_to(end), start, end
    end = data.end
    if data.start is not None and (end - data.start).days < 366:
        title = translate("PdfEvidence", "Calendar of the chosen period, {start} to {end}").format(
            start=format_day(data.start), end=format_day(end)
        )
        return title, data.start, end
    start, _days = calendar_span(end)
    return _title_to(end), start, end


def _title_to(end: date) -> str:
    return translate("PdfEvidence", "Calendar of the twelve months to {day}").format(
        day=format_day(end)
    )


def calendar_fragments(data: ExportData, width_px: int = 1600) -> list[Fragment]:
    """Return the calendar page: title, note, picture, caption, severity legend, months."""
    title, start, end = calendar_period(data)
    marks = year_calendar([item.entry for item in data.items], end, (end - start).days + 1)
    image = render_calendar_image(marks, start, end, width_px)
    months = month_starts(start, end)
    summary = "".join(f"<li>{_e(month_summary(m, marks))}</li>" for m in months)
    legend = "".join(
        f"<li>{level} – {_e(severity_anchor(level))}</li>" for level in SEVERITY_ANCHORS
    )
    note = translate("PdfEvidence", CALENDAR_NOTE)
    return [
        Fragment(
            f"<h2>{_e(title)}</h2><p class='note'>{_e(note)}</p>"
            f"<p><img src='img:0' width='{CALENDAR_WIDTH}'/></p>"
            f"<p class='caption'>{_e(calendar_caption(marks, start, end))}</p>",
            new_page=True,
            images=[image],
        ),
        Fragment(
            "<h3>" + translate("PdfEvidence", "Severity levels") + f"</h3><ul>{legend}</ul>"
            f"<p class='note'>{_e(severity_rule())} {_e(severity_source())}</p>"
            f"<p class='note'>{_e(' '.join(legend_lines()[-2:]))}</p>"
        ),
        Fragment(
            "<h3>" + translate("PdfEvidence", "The calendar in words") + f"</h3><ul>{summary}</ul>"
        ),
    ]


def promises_fragment(data: ExportData) -> Fragment | None:
    """Return "Promises and what followed" as a table, or None when not chosen."""
    if data.promises is None:
        return None
    outcomes = data.promises
    parts = [
        "<h2>" + _e(translate("PdfEvidence", PROMISES_TITLE)) + "</h2>"
        "<p class='note'>" + _e(translate("PdfEvidence", PROMISES_NOTE)) + "</p>"
    ]
    if not outcomes:
        none = translate(
            "PdfEvidence", "No promise, apology or gift after harm is recorded in this document."
        )
        parts.append(f"<p>{none}</p>")
        return Fragment("".join(parts))
    last = max(entry_day(item.entry) for item in data.items)
    parts.append(f"<p>{_e(promises_caption(outcomes, as_of=last))}</p>")
    tax = data.taxonomy
    window = outcomes[0].window_days
    heads = (
        translate("PdfEvidence", "Date"),
        translate("PdfEvidence", "Recorded"),
        translate("PdfEvidence", "Next incident"),
        translate("PdfEvidence", "Days until it"),
        translate("PdfEvidence", "Incidents within {days} days").format(days=window),
        translate("PdfEvidence", "Within 90 days"),
    )
    parts.append(
        f"{TABLE} width='100%'><thead><tr>"
        + "".join(f"<th>{_e(head)}</th>" for head in heads)
        + "</tr></thead>"
    )
    for o in outcomes:
        what = ", ".join(tax.label(b) for b in o.behaviours)
        nxt = (
            format_day(o.next_incident)
            if o.next_incident
            else translate("PdfEvidence", "none recorded")
        )
        until = "" if o.days_until_next is None else str(o.days_until_next)
        parts.append(
            f"<tr><td>{format_day(o.day)}</td><td>{_e(what)}</td><td>{nxt}</td>"
            f"<td align='right'>{until}</td><td align='right'>{o.within_window}</td>"
            f"<td align='right'>{o.within_90}</td></tr>"
        )
    parts.append("</table>")
    return Fragment("".join(parts))


def _e(text: str) -> str:
    return html.escape(text)
