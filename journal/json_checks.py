"""The checks the readers of bundled JSON files make of decoded values (no Qt).

Each check returns the value it was given, of the right type, or raises ValueError naming
where it looked: "Hotlines: region #2 must be an object." The functions take `where` whole;
a `Checks` puts a file's label in front of it ("Hotlines: ", "Taxonomy: ").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


def obj(value: object, where: str) -> dict[str, Any]:
    """Return `value` if it is a JSON object, else raise ValueError naming `where`."""
    if not isinstance(value, dict):
        raise ValueError(f"{where} must be an object.")
    return value


def items(value: object, where: str) -> list[Any]:
    """Return `value` if it is a JSON list, else raise ValueError naming `where`."""
    if not isinstance(value, list):
        raise ValueError(f"{where} must be a list.")
    return value


def text(data: Mapping[str, Any], key: str, where: str, *, required: bool = True) -> str:
    """Return the stripped text at `key` (required: not empty; else a missing key reads "")."""
    value = data.get(key, None if required else "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise ValueError(f"{where} needs a non-empty text '{key}'.")
    return value.strip()


@dataclass(frozen=True)
class Checks:
    """The same checks for one file, each error starting with its label ("Hotlines: ...")."""

    label: str

    def obj(self, value: object, where: str) -> dict[str, Any]:
        """Return `value` if it is a JSON object, else raise ValueError naming `where`."""
        return obj(value, f"{self.label}: {where}")

    def items(self, value: object, where: str) -> list[Any]:
        """Return `value` if it is a JSON list, else raise ValueError naming `where`."""
        return items(value, f"{self.label}: {where}")

    def text(self, data: Mapping[str, Any], key: str, where: str, *, required: bool = True) -> str:
        """Return the stripped text at `key` (required: not empty)."""
        return text(data, key, f"{self.label}: {where}", required=required)
