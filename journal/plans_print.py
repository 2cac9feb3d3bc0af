"""The plans as one printable HTML page (contacts, safety plan, hard moments, check-ins)."""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import date

from journal.i18n import format_date, translate
from journal.plans import (
    FLAG_IDS,
    HARD_MOMENTS_TITLE,
    CheckIn,
    RelapseTrigger,
    SafetyItem,
    TrustedContact,
)


def _cells(tag: str, texts: Iterable[str]) -> str:
    """Return one table row of escaped texts in `tag` cells (th or td)."""
    return "<tr>" + "".join(f"<{tag}>{html.escape(t)}</{tag}>" for t in texts) + "</tr>"


def _heading(text: str) -> str:
    return f"<h2>{html.escape(text)}</h2>"


def _table(head: Iterable[str], rows: list[str], empty: str) -> str:
    if not rows:
        return f"<p>{html.escape(empty)}</p>"
    return "<table cellpadding='4'>" + _cells("th", head) + "".join(rows) + "</table>"


def plans_html(
    contacts: Iterable[TrustedContact],
    safety: Iterable[SafetyItem],
    relapse: Iterable[RelapseTrigger],
    checkins: Iterable[CheckIn],
    printed_on: date,
) -> str:
    """Return the plans as simple HTML for printing or a PDF (all text escaped)."""
    e = html.escape
    meta = translate(
        "PlansPrint", "Printed on {date}. This copy is not encrypted: keep it somewhere safe."
    ).format(date=format_date(printed_on, english="%Y-%m-%d"))
    title = translate("PlansPrint", "My plans")
    parts = [
        f"<h1>{e(title)}</h1>",
        f"<p class='meta'>{e(meta)}</p>",  # no app name: discreet
        _heading(translate("PlansPrint", "Trusted contacts")),
    ]
    rows = [
        f"<tr><td><b>{e(c.name)}</b></td><td>{e(c.reach)}</td><td>{e(c.note)}</td></tr>"
        for c in contacts
    ]
    head: tuple[str, ...] = (
        translate("PlansPrint", "Name"),
        translate("PlansPrint", "How to reach"),
        translate("PlansPrint", "Note"),
    )
    parts.append(_table(head, rows, translate("PlansPrint", "No contacts yet.")))
    parts.append(_heading(translate("PlansPrint", "Safety plan")) + "<ul>")
    done, not_yet = translate("PlansPrint", "Done"), translate("PlansPrint", "Not yet")
    for item in safety:
        note = f"<br/><i>{e(item.note)}</i>" if item.note else ""
        parts.append(f"<li>[{e(done if item.done else not_yet)}] {e(item.text)}{note}</li>")
    parts.append("</ul>" + _heading(translate("Plans", HARD_MOMENTS_TITLE)))
    will_do = translate("PlansPrint", "What I will do:")
    for trig in relapse:
        parts.append(f"<h3>{e(trig.trigger)}</h3>")
        if trig.actions:
            parts.append(f"<p>{e(will_do)}</p><ul>")
            parts += [f"<li>{e(a)}</li>" for a in trig.actions]
            parts.append("</ul>")
        if trig.people:
            who = translate("PlansPrint", "Who I will contact: {people}")
            parts.append(f"<p>{e(who.format(people=', '.join(trig.people)))}</p>")
    parts.append(_heading(translate("PlansPrint", "Red-flag check-ins")))
    of = translate("PlansPrint", "{count} of {total}")
    rows = [
        _cells(
            "td",
            (
                format_date(c.day, english="%Y-%m-%d"),
                of.format(count=c.count, total=len(FLAG_IDS)),
                ", ".join(c.flagged_titles()) or "-",
                c.note,
            ),
        )
        for c in checkins
    ]
    head = (
        translate("PlansPrint", "Date"),
        translate("PlansPrint", "Flags"),
        translate("PlansPrint", "Which"),
        translate("PlansPrint", "Note"),
    )
    parts.append(_table(head, rows, translate("PlansPrint", "No check-ins yet.")))
    return "\n".join(parts)
