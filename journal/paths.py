"""Where bundled resources and the default vault live."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # importlib.resources (and zipfile) load only where a checkout is not found
    from importlib.resources.abc import Traversable

APP_NAME = "Reality Check"
NEUTRAL_NAME = "Notes"  # discreet mode: window class, and folders of a discreet new install
VAULT_FILENAME = "journal.rcv"
RESOURCE_PACKAGE = "journal._resources"
_CHECKOUT = Path(__file__).resolve().parent.parent


def resource_root() -> Traversable:
    """Return the folder of bundled resources (taxonomy, hotlines, guidance, icons).

    Installed from the wheel, or in the PyInstaller app, they are the package data
    `journal._resources` (the repository's `resources/` folder, see setup.py). In a source
    checkout they are that folder itself, found beside `journal/`: the same folder an editable
    install maps the package to, but also right when the checkout runs from PYTHONPATH while
    another copy of the project is installed.
    """
    if (_CHECKOUT / "pyproject.toml").is_file() and (_CHECKOUT / "resources").is_dir():
        return _CHECKOUT / "resources"
    from importlib.resources import files

    return files(RESOURCE_PACKAGE)


def resource_file(name: str) -> Traversable:
    """Return one bundled resource by its '/'-separated name, e.g. "guidance/index.json"."""
    item = resource_root()
    for part in name.split("/"):
        item = item / part
    return item


def read_json(path: Traversable, label: str) -> object:
    """Read a bundled JSON file, turning every failure into a ValueError naming `label`."""
    import json  # not needed to show the first window

    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise ValueError(f"{label}: {path.name} is not valid UTF-8 text.") from exc
    except json.JSONDecodeError as exc:
        raise ValueError(
            f"{label}: {path.name} is not valid JSON (line {exc.lineno}, column {exc.colno})."
        ) from exc
    except OSError as exc:
        raise ValueError(f"{label}: {path.name} cannot be read ({exc.strerror}).") from exc


def resource_path(name: str) -> Path:
    """Return one bundled resource as a file on disk (for APIs that need a file name)."""
    item = resource_file(name)
    if not isinstance(item, Path):
        raise FileNotFoundError(f"The bundled resource {name} is not a file on disk.")
    return item


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


def folder_name(real_exists: bool, neutral_exists: bool, discreet: bool) -> str:
    """Return the name the config and data folders go by.

    A folder that already exists keeps being used (a discreet install first, then one under
    the real name: existing journals keep opening). Only a new installation (no folder yet)
    chooses, and in discreet mode it takes the neutral name, so nothing on disk names the app.
    """
    if neutral_exists:
        return NEUTRAL_NAME
    if real_exists:
        return APP_NAME
    return NEUTRAL_NAME if discreet else APP_NAME
