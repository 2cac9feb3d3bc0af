"""The plans as one printable HTML page (contacts, safety plan, hard moments, check-ins)."""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import date

from journal.plans import (
    FLAG_IDS,
    HARD_MOMENTS_TITLE,
    CheckIn,
    RelapseTrigger,
    SafetyItem,
    TrustedContact,
)


def plans_html(
    contacts: Iterable[TrustedContact],
    safety: Iterable[SafetyItem],
    relapse: Iterable[RelapseTrigger],
    checkins: Iterable[CheckIn],
    printed_on: date,
) -> str:
    """Return the plans as simple HTML for printing or a PDF (all text escaped)."""
    e = html.escape
    parts = [
        "<h1>My plans</h1>",
        f"<p class='meta'>Printed on {e(printed_on.isoformat())}. "  # no app name: discreet
        "This copy is not encrypted: keep it somewhere safe.</p>",
        "<h2>Trusted contacts</h2>",
    ]
    rows = [
        f"<tr><td><b>{e(c.name)}</b></td><td>{e(c.reach)}</td><td>{e(c.note)}</td></tr>"
        for c in contacts
    ]
    parts.append(
        "<table cellpadding='4'><tr><th>Name</th><th>How to reach</th><th>Note</th></tr>"
        + "".join(rows)
        + "</table>"
        if rows
        else "<p>No contacts yet.</p>"
    )
    parts.append("<h2>Safety plan</h2><ul>")
    for item in safety:
        mark = "Done" if item.done else "Not yet"
        note = f"<br/><i>{e(item.note)}</i>" if item.note else ""
        parts.append(f"<li>[{mark}] {e(item.text)}{note}</li>")
    parts.append(f"</ul><h2>{HARD_MOMENTS_TITLE}</h2>")
    for trig in relapse:
        parts.append(f"<h3>{e(trig.trigger)}</h3>")
        if trig.actions:
            parts.append("<p>What I will do:</p><ul>")
            parts += [f"<li>{e(a)}</li>" for a in trig.actions]
            parts.append("</ul>")
        if trig.people:
            parts.append(f"<p>Who I will contact: {e(', '.join(trig.people))}</p>")
    parts.append("<h2>Red-flag check-ins</h2>")
    rows = [
        f"<tr><td>{e(c.day.isoformat())}</td><td>{c.count} of {len(FLAG_IDS)}</td>"
        f"<td>{e(', '.join(c.flagged_titles()) or '-')}</td><td>{e(c.note)}</td></tr>"
        for c in checkins
    ]
    parts.append(
        "<table cellpadding='4'><tr><th>Date</th><th>Flags</th><th>Which</th><th>Note</th></tr>"
        + "".join(rows)
        + "</table>"
        if rows
        else "<p>No check-ins yet.</p>"
    )
    return "\n".join(parts)
