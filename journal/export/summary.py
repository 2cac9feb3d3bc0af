"""The counts an export summarises (by kind, month and behaviour) and its patterns (no Qt).

Keyed by readable names in the language in force: `journal.export.data.collect` keeps English
ones for the JSON record (its keys stay stable, docs/EXPORT_FORMAT.md), the PDF computes them
again in the report's language.
"""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import datetime
from typing import Any

from journal.export.english import english
from journal.insights.wording import kind_label
from journal.model import KINDS, Entry
from journal.taxonomy import Taxonomy


def english_summary(
    entries: list[Entry], fields: tuple[str, ...], tax: Taxonomy
) -> dict[str, dict[str, int]]:
    """Return `summarize` in English, whatever the language in force (the JSON record)."""
    with english():
        return summarize(entries, fields, tax)


def summarize(
    entries: list[Entry], fields: tuple[str, ...], tax: Taxonomy
) -> dict[str, dict[str, int]]:
    """Return the counts by kind, month and behaviour, keyed by readable names.

    The names are in the language in force: `collect` keeps English ones for the JSON record
    (its keys stay stable), the PDF asks again in the report's language.
    """
    by_kind = Counter(entry.kind for entry in entries)
    summary: dict[str, dict[str, int]] = {
        "by_kind": {kind_label(k): by_kind[k] for k in KINDS if by_kind[k]},
        "by_month": dict(sorted(Counter(_month(e) for e in entries).items())),
    }
    if "behaviours" in fields:  # never reveal what was excluded, not even as counts
        counts = Counter(tax.label(b) for e in entries for b in dict.fromkeys(e.behaviours))
        summary["by_behaviour"] = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return summary


def summarize_patterns(
    entries: list[Entry], fields: tuple[str, ...], tax: Taxonomy
) -> dict[str, Any]:
    """Return the patterns (kinds by month, severity, feelings, body), keyed by readable names
    in the language in force (see `summarize`)."""
    months: dict[str, Counter[str]] = {}
    for entry in entries:
        months.setdefault(_month(entry), Counter())[entry.kind] += 1
    patterns: dict[str, Any] = {
        "kinds_by_month": {
            month: {kind_label(k): counts[k] for k in KINDS if counts[k]}
            for month, counts in sorted(months.items())
        }
    }
    if "severity" in fields:
        per_month: dict[str, list[int]] = {}
        for entry in entries:
            if entry.severity is not None:
                per_month.setdefault(_month(entry), []).append(entry.severity)
        patterns["severity_by_month"] = {m: _tenths(v) for m, v in sorted(per_month.items())}
    if "emotions" in fields:
        levels: dict[str, list[int]] = {}
        for entry in entries:
            for name, level in entry.emotions.items():
                levels.setdefault(tax.emotion_label(name), []).append(level)
        patterns["emotions"] = {
            name: {"times": len(v), "average": _tenths(v)}
            for name, v in sorted(levels.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        }
    if "body_responses" in fields:
        counts = Counter(
            tax.body_label(b) for e in entries for b in dict.fromkeys(e.body_responses)
        )
        patterns["body_responses"] = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    incidents = sorted(local_naive(e.occurred_start) for e in entries if e.kind == "incident")
    gaps = [(b - a).days for a, b in itertools.pairwise(incidents)]
    if gaps:
        patterns["days_between_incidents"] = {
            "shortest": min(gaps),
            "longest": max(gaps),
            "average": _tenths(gaps),
        }
    return patterns


def _tenths(values: list[int]) -> str:
    """Return an average as text with one decimal ("9.0"): the signed form holds no floats."""
    return f"{sum(values) / len(values):.1f}"


def _month(entry: Entry) -> str:
    """Return the entry's local month as `strftime("%Y-%m")` writes it, without strftime (which
    imports a module on every call, through PySide6's import hook once Qt is loaded)."""
    moment = local_naive(entry.occurred_start)
    return f"{moment.year}-{moment.month:02d}"


def local_naive(moment: datetime) -> datetime:
    """Return a moment as a naive local time (naive ones are already local)."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment
