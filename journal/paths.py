"""Where bundled resources and the default vault live."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "Reality Check"
VAULT_FILENAME = "journal.rcv"


def resources_dir() -> Path:
    """Return the folder of bundled resources (taxonomy, hotlines, guidance, icons)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(name: str) -> Path:
    """Return the path of one bundled resource file."""
    return resources_dir() / name
