"""What each severity level (1–5) means: anchors after the Danger Assessment calendar (no Qt).

The Danger Assessment (Campbell 1986; dangerassessment.org, "What is the Danger Assessment?",
checked 1 Dec 2026) asks a person to mark the days of physical abuse over the past year on a
calendar and to rate each from 1 (slapping or pushing, no injury or lasting pain) to 5 (a
weapon used, wounds from it). The anchors below follow those five levels in this project's own
words. They only help the user choose a number: the app never adds them up or computes a risk
score. Entries recorded before the anchors existed keep their numbers.
"""

from __future__ import annotations

SEVERITY_ANCHORS: dict[int, str] = {
    1: "Slapped, pushed or shoved; no injury and no pain that lasted",
    2: "Punched or kicked; bruises, cuts or pain that lasted",
    3: "Beaten up; badly bruised, burned or bones broken",
    4: "Threatened with a weapon, or a head, internal or lasting injury",
    5: "A weapon was used, or wounds from a weapon",
}
SEVERITY_SHORT: dict[int, str] = {
    1: "pushed or slapped",
    2: "punched or kicked",
    3: "beaten up",
    4: "weapon threat or serious injury",
    5: "weapon used",
}
SEVERITY_RULE = (
    "If more than one level fits, choose the higher. For harm that was not physical, choose the "
    "level that feels closest; leave it empty if none does."
)
SEVERITY_SOURCE = (
    "Levels after the calendar of the Danger Assessment (J. C. Campbell, 1986; "
    "dangerassessment.org, checked December 2026), in this journal's own words."
)


def severity_label(level: int) -> str:
    """Return "3 – beaten up" for a level from 1 to 5."""
    return f"{level} – {SEVERITY_SHORT[level]}"


def severity_legend() -> list[str]:
    """Return one line per level ("1 – Slapped, pushed …"), for a legend or a tooltip."""
    return [f"{level} – {text}" for level, text in SEVERITY_ANCHORS.items()]
