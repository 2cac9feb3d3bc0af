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


PORTABLE_MARKER = "portable"
PORTABLE_FOLDER = "Reality Check data"


def app_dir() -> Path:
    """Return the folder the app runs from: the executable's (packaged) or main.py's."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def portable_marker_present(folder: Path | None = None) -> bool:
    """Return True when a file named `portable` sits beside the app (portable mode)."""
    return ((folder or app_dir()) / PORTABLE_MARKER).is_file()


def portable_data_dir(folder: Path | None = None) -> Path:
    """Return the folder beside the app that holds the journal and settings in portable mode."""
    return (folder or app_dir()) / PORTABLE_FOLDER
