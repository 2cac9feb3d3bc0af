"""What each severity level (1–5) means: anchors after the Danger Assessment calendar (no Qt).

The Danger Assessment (Campbell 1986; dangerassessment.org, "What is the Danger Assessment?",
checked 1 Dec 2026) asks a person to mark the days of physical abuse over the past year on a
calendar and to rate each from 1 (slapping or pushing, no injury or lasting pain) to 5 (a
weapon used, wounds from it). The anchors below follow those five levels in this project's own
words. They only help the user choose a number: the app never adds them up or computes a risk
score. Entries recorded before the anchors existed keep their numbers.

The texts below are English, marked for translation (context "Severity"); the functions return
them in the language in force (`severity_anchor`, `severity_rule`, `severity_source`, …).
"""

from __future__ import annotations

from journal.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Severity"
SEVERITY_ANCHORS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP(
        "Severity", "Slapped, pushed or shoved; no injury and no pain that lasted"
    ),
    2: QT_TRANSLATE_NOOP("Severity", "Punched or kicked; bruises, cuts or pain that lasted"),
    3: QT_TRANSLATE_NOOP("Severity", "Beaten up; badly bruised, burned or bones broken"),
    4: QT_TRANSLATE_NOOP(
        "Severity", "Threatened with a weapon, or a head, internal or lasting injury"
    ),
    5: QT_TRANSLATE_NOOP("Severity", "A weapon was used, or wounds from a weapon"),
}
SEVERITY_SHORT: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("Severity", "pushed or slapped"),
    2: QT_TRANSLATE_NOOP("Severity", "punched or kicked"),
    3: QT_TRANSLATE_NOOP("Severity", "beaten up"),
    4: QT_TRANSLATE_NOOP("Severity", "weapon threat or serious injury"),
    5: QT_TRANSLATE_NOOP("Severity", "weapon used"),
}
SEVERITY_RULE = QT_TRANSLATE_NOOP(
    "Severity",
    "If more than one level fits, choose the higher. For harm that was not physical, choose the "
    "level that feels closest; leave it empty if none does.",
)
SEVERITY_SOURCE = QT_TRANSLATE_NOOP(
    "Severity",
    "Levels after the calendar of the Danger Assessment (J. C. Campbell, 1986; "
    "dangerassessment.org, checked December 2026), in this journal's own words.",
)


def severity_anchor(level: int) -> str:
    """Return what a level means ("Beaten up; badly bruised, …"); "" for no level."""
    text = SEVERITY_ANCHORS.get(level)
    return translate(CONTEXT, text) if text else ""


def severity_short(level: int) -> str:
    """Return a level's short name ("beaten up")."""
    return translate(CONTEXT, SEVERITY_SHORT[level])


def severity_rule() -> str:
    """Return how to choose between levels."""
    return translate(CONTEXT, SEVERITY_RULE)


def severity_source() -> str:
    """Return where the levels come from."""
    return translate(CONTEXT, SEVERITY_SOURCE)


def severity_label(level: int) -> str:
    """Return "3 – beaten up" for a level from 1 to 5."""
    return f"{level} – {severity_short(level)}"


def severity_legend() -> list[str]:
    """Return one line per level ("1 – Slapped, pushed …"), for a legend or a tooltip."""
    return [f"{level} – {severity_anchor(level)}" for level in SEVERITY_ANCHORS]
