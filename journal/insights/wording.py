"""Words shared by Insights, the exports and the PDF, in the language in force (no Qt).

Months and days, counts ("3 incidents", "1 day"), lists ("a, b and c") and the readable names
of kinds and fields. English output is exactly what the code wrote before translation; other
languages take their dates from the catalog (`journal.i18n.format_date`, QLocale) and their
words from the `.ts` files. A report in another language than the windows calls these inside
`journal.i18n.using(catalog)`, so they follow the report.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from journal.display import kind_label as kind_label  # one implementation, used here too
from journal.fields import FIELDS_BY_NAME, Kind, Precision, field_label
from journal.i18n import (
    QT_TRANSLATE_NOOP,
    Language,
    format_date,
    format_number,
    language,
    translate,
)

MONTHS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ReportMonths", "January"),
    QT_TRANSLATE_NOOP("ReportMonths", "February"),
    QT_TRANSLATE_NOOP("ReportMonths", "March"),
    QT_TRANSLATE_NOOP("ReportMonths", "April"),
    QT_TRANSLATE_NOOP("ReportMonths", "May"),
    QT_TRANSLATE_NOOP("ReportMonths", "June"),
    QT_TRANSLATE_NOOP("ReportMonths", "July"),
    QT_TRANSLATE_NOOP("ReportMonths", "August"),
    QT_TRANSLATE_NOOP("ReportMonths", "September"),
    QT_TRANSLATE_NOOP("ReportMonths", "October"),
    QT_TRANSLATE_NOOP("ReportMonths", "November"),
    QT_TRANSLATE_NOOP("ReportMonths", "December"),
)
SHORT_MONTHS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ReportShortMonths", "Jan"),
    QT_TRANSLATE_NOOP("ReportShortMonths", "Feb"),
    QT_TRANSLATE_NOOP("ReportShortMonths", "Mar"),
    QT_TRANSLATE_NOOP("ReportShortMonths", "Apr"),
    QT_TRANSLATE_NOOP("ReportShortMonths", "May"),
    QT_TRANSLATE_NOOP("ReportShortMonths", "Jun"),
    QT_TRANSLATE_NOOP("ReportShortMonths", "Jul"),
    QT_TRANSLATE_NOOP("ReportShortMonths", "Aug"),
    QT_TRANSLATE_NOOP("ReportShortMonths", "Sep"),
    QT_TRANSLATE_NOOP("ReportShortMonths", "Oct"),
    QT_TRANSLATE_NOOP("ReportShortMonths", "Nov"),
    QT_TRANSLATE_NOOP("ReportShortMonths", "Dec"),
)


def in_english() -> bool:
    """Return True when the language in force is English (the code's own formats apply)."""
    return language() is Language.ENGLISH


def month_name(day: date) -> str:
    """Return the month's full name ("March", "marzo")."""
    return translate("ReportMonths", MONTHS[day.month - 1])


def short_month(day: date) -> str:
    """Return the month's short name ("Mar", "mar")."""
    return translate("ReportShortMonths", SHORT_MONTHS[day.month - 1])


def month_year(day: date) -> str:
    """Return a month and its year ("March 2025", "marzo de 2025")."""
    return translate("ReportWords", "{month} {year}").format(month=month_name(day), year=day.year)


def day_month(day: date) -> str:
    """Return a day and its month's full name ("3 March", "3 de marzo")."""
    return translate("ReportWords", "{day} {month}").format(day=day.day, month=month_name(day))


def period_label(day: date, period: str, one_year: bool) -> str:
    """Return a chart's label for the week, month or year starting on `day`."""
    if period == "year":
        return str(day.year)
    if period == "month":
        if one_year:
            return short_month(day)
        return translate("ReportWords", "{month} {year}", "short month").format(
            month=short_month(day), year=day.year
        )
    if one_year:
        return translate("ReportWords", "{day} {month}", "short month").format(
            day=day.day, month=short_month(day)
        )
    return translate("ReportWords", "{day} {month} {year}", "short month, two-digit year").format(
        day=day.day, month=short_month(day), year=f"{day:%y}"
    )


def format_day(day: date) -> str:
    """Return a date as "3 Mar 2025" (in Spanish "3 mar 2025")."""
    if in_english():
        return f"{day.day} {day:%b %Y}"
    return format_date(day)


def padded_day(day: date) -> str:
    """Return a date as "03 Mar 2025" (tables of the PDF)."""
    if in_english():
        return day.strftime("%d %b %Y")
    return format_date(day)


def weekday_day(day: date) -> str:
    """Return a date with its weekday ("Monday 3 Mar 2025", "lunes, 3 de marzo de 2025")."""
    if in_english():
        return f"{day:%A} {format_day(day)}"
    return format_date(day, long=True)


def clock(moment: datetime) -> str:
    """Return a time of day as "21:30" (the same in every language the app speaks)."""
    return f"{moment:%H:%M}"


def join_words(parts: Sequence[str]) -> str:
    """Return "a", "a and b", "a, b and c" (in Spanish "a, b y c")."""
    if len(parts) <= 1:
        return "".join(parts)
    return translate("ReportWords", "{items} and {last}").format(
        items=", ".join(parts[:-1]), last=parts[-1]
    )


def number(value: int) -> str:
    """Return a whole number grouped as the language writes it ("1,234")."""
    return format_number(value)


def decimal(value: float) -> str:
    """Return a number with one decimal ("3.5"; in Spanish as QLocale writes it)."""
    if in_english():
        return f"{value:.1f}"
    return format_number(value, 1)


def entries_count(n: int) -> str:
    """Return "1 entry" or "12 entries"."""
    if n == 1:
        return translate("ReportWords", "1 entry")
    return translate("ReportWords", "{count} entries").format(count=number(n))


def days_count(n: int) -> str:
    """Return "1 day" or "9 days"."""
    if n == 1:
        return translate("ReportWords", "1 day")
    return translate("ReportWords", "{count} days").format(count=number(n))


def times_count(n: int) -> str:
    """Return "once" or "4 times"."""
    if n == 1:
        return translate("ReportWords", "once")
    return translate("ReportWords", "{count} times").format(count=number(n))


def kind_count(kind: str, n: int) -> str:
    """Return how many entries of a kind, in words ("3 incidents", "1 time of tension")."""
    one = n == 1
    if kind == "incident":
        return (
            translate("ReportWords", "1 incident")
            if one
            else translate("ReportWords", "{count} incidents").format(count=number(n))
        )
    if kind == "tension":
        if one:
            return translate("ReportWords", "1 time of tension")
        return translate("ReportWords", "{count} times of tension").format(count=number(n))
    if kind == "reconciliation":
        if one:
            return translate("ReportWords", "1 reconciliation")
        return translate("ReportWords", "{count} reconciliations").format(count=number(n))
    if kind == "contact_attempt":
        if one:
            return translate("ReportWords", "1 contact attempt")
        return translate("ReportWords", "{count} contact attempts").format(count=number(n))
    if kind == "reflection":
        if one:
            return translate("ReportWords", "1 reflection or calm day")
        return translate("ReportWords", "{count} reflections or calm days").format(count=number(n))
    return f"{number(n)} {kind}"


def kind_noun(kind: str) -> str:
    """Return a kind as a lower-case noun in the singular ("incident", "time of tension")."""
    nouns = {
        "incident": QT_TRANSLATE_NOOP("ReportWords", "incident"),
        "tension": QT_TRANSLATE_NOOP("ReportWords", "time of tension"),
        "reconciliation": QT_TRANSLATE_NOOP("ReportWords", "reconciliation"),
        "contact_attempt": QT_TRANSLATE_NOOP("ReportWords", "contact attempt"),
        "reflection": QT_TRANSLATE_NOOP("ReportWords", "reflection or calm day"),
    }
    return translate("ReportWords", nouns[kind]) if kind in nouns else kind


def kind_plural(kind: str) -> str:
    """Return a kind as a lower-case noun in the plural ("incidents", "times of tension")."""
    nouns = {
        "incident": QT_TRANSLATE_NOOP("ReportWords", "incidents"),
        "tension": QT_TRANSLATE_NOOP("ReportWords", "times of tension"),
        "reconciliation": QT_TRANSLATE_NOOP("ReportWords", "reconciliations"),
        "contact_attempt": QT_TRANSLATE_NOOP("ReportWords", "contact attempts"),
        "reflection": QT_TRANSLATE_NOOP("ReportWords", "reflections or calm days"),
    }
    return translate("ReportWords", nouns[kind]) if kind in nouns else kind


def kind_short(kind: str) -> str:
    """Return the short name of an entry kind (chart legends), as `journal.fields` gives it."""
    try:
        return Kind(kind).short_label
    except ValueError:
        return kind


def precision_label(value: str) -> str:
    """Return the readable name of a time precision, as `journal.fields` gives it."""
    try:
        return Precision(value).label
    except ValueError:
        return value


def field_name(name: str) -> str:
    """Return the label of an exported field (entry fields from `journal.fields`)."""
    extra = {
        "earlier_versions": QT_TRANSLATE_NOOP("ReportWords", "Earlier versions"),
        "journal_sha256": QT_TRANSLATE_NOOP("ReportWords", "Journal SHA-256"),
        "sha256": "SHA-256",
    }
    if name in extra:
        return translate("ReportWords", extra[name])
    return field_label(name) if name in FIELDS_BY_NAME else name


def yes_no(value: bool) -> str:
    """Return "Yes" or "No"."""
    return translate("ReportWords", "Yes") if value else translate("ReportWords", "No")


def period_word(period: str) -> str:
    """Return a period as a lower-case noun ("week", "month", "year")."""
    words = {
        "week": QT_TRANSLATE_NOOP("ReportWords", "week"),
        "month": QT_TRANSLATE_NOOP("ReportWords", "month"),
        "year": QT_TRANSLATE_NOOP("ReportWords", "year"),
    }
    return translate("ReportWords", words[period]) if period in words else period


def period_plural(period: str) -> str:
    """Return a period as a lower-case noun in the plural ("weeks", "months", "years")."""
    words = {
        "week": QT_TRANSLATE_NOOP("ReportWords", "weeks"),
        "month": QT_TRANSLATE_NOOP("ReportWords", "months"),
        "year": QT_TRANSLATE_NOOP("ReportWords", "years"),
    }
    return translate("ReportWords", words[period]) if period in words else f"{period}s"
