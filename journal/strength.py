"""Passphrase strength feedback (a rough estimate, explained in plain words)."""

from __future__ import annotations

import math
import string
from dataclasses import dataclass

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
LABELS = ("Too short", "Weak", "Fair", "Strong", "Very strong")


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
    """Return the strength of a passphrase, with a hint on how to improve it."""
    if len(passphrase) < MIN_LENGTH:
        return Strength(0, LABELS[0], f"Use at least {MIN_LENGTH} characters.", False)
    bits = estimate_bits(passphrase)
    if bits < 40:
        return Strength(
            1, LABELS[1], "Add more words: four or more unrelated words work well.", False
        )
    if bits < 60:
        return Strength(2, LABELS[2], "Acceptable. A few more words would make it stronger.", True)
    if bits < 80:
        return Strength(3, LABELS[3], "Good. Make sure nobody can guess it from your life.", True)
    return Strength(4, LABELS[4], "Excellent. Make sure you can remember it.", True)
