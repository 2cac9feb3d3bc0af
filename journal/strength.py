"""Passphrase strength feedback (a rough estimate, explained in plain words)."""

from __future__ import annotations

import math
import string
from dataclasses import dataclass

from journal.i18n import QT_TRANSLATE_NOOP, translate

MIN_LENGTH = 10
_COMMON = {
    "password",
    "passwort",
    "123456",
    "12345678",
    "qwerty",
    "letmein",
    "iloveyou",
    "welcome",
    "admin",
    "abc123",
    "monkey",
    "dragon",
    "sunshine",
    "princess",
    "football",
    "baseball",
}
LABELS = (  # English source text; `assess` returns them translated (context "Strength")
    QT_TRANSLATE_NOOP("Strength", "Too short"),
    QT_TRANSLATE_NOOP("Strength", "Weak"),
    QT_TRANSLATE_NOOP("Strength", "Fair"),
    QT_TRANSLATE_NOOP("Strength", "Strong"),
    QT_TRANSLATE_NOOP("Strength", "Very strong"),
)


@dataclass(frozen=True)
class Strength:
    """Score 0–4, a label, a hint for the user and whether it is acceptable."""

    score: int
    label: str
    hint: str
    acceptable: bool


def estimate_bits(passphrase: str) -> float:
    """Return a rough entropy estimate in bits, penalising repeats and common words."""
    if not passphrase:
        return 0.0
    pool = 0
    if any(c in string.ascii_lowercase for c in passphrase):
        pool += 26
    if any(c in string.ascii_uppercase for c in passphrase):
        pool += 26
    if any(c in string.digits for c in passphrase):
        pool += 10
    if any(c in string.punctuation or c == " " for c in passphrase):
        pool += 33
    if any(ord(c) > 127 for c in passphrase):
        pool += 100
    distinct = len(set(passphrase.lower()))
    effective = min(len(passphrase), distinct * 2)
    bits = effective * math.log2(max(pool, 2))
    lowered = passphrase.lower()
    if any(word in lowered for word in _COMMON):
        bits *= 0.5
    words = [w for w in passphrase.replace("-", " ").split() if len(w) >= 3]
    if len(words) >= 4:
        bits = max(bits, 11.0 * len(words))  # several words chosen at random are strong
    return bits


def assess(passphrase: str) -> Strength:
    """Return the strength of a passphrase, with a hint on how to improve it (in the current
    language)."""
    if len(passphrase) < MIN_LENGTH:
        hint = translate("Strength", "Use at least {count} characters.").format(count=MIN_LENGTH)
        return _strength(0, hint, False)
    bits = estimate_bits(passphrase)
    if bits < 40:
        hint = translate("Strength", "Add more words: four or more unrelated words work well.")
        return _strength(1, hint, False)
    if bits < 60:
        hint = translate("Strength", "Acceptable. A few more words would make it stronger.")
        return _strength(2, hint, True)
    if bits < 80:
        hint = translate("Strength", "Good. Make sure nobody can guess it from your life.")
        return _strength(3, hint, True)
    return _strength(4, translate("Strength", "Excellent. Make sure you can remember it."), True)


def _strength(score: int, hint: str, acceptable: bool) -> Strength:
    """Return a `Strength` with its label in the current language."""
    return Strength(score, translate("Strength", LABELS[score]), hint, acceptable)
