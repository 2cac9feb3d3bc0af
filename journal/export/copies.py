"""Copy the exported entries' attached files into a private folder beside the export."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from journal import private_files
from journal.attachments import Attachment, safe_filename, write_private_copy
from journal.errors import VaultCorrupted, VaultError
from journal.export.files import ExportError
from journal.i18n import translate
from journal.model import Entry
from journal.vault import Vault

# Characters Windows (and so many USB sticks) cannot hold in a file name.
_UNSAFE = re.compile(r'[<>:"/\\|?*]')
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}
MAX_NAME = 120


def folder_name(export_path: Path) -> str:
    """Return the name of the folder for the copies: "<export name> files"."""
    stem = export_path.stem or translate("ExportCopies", "export")
    return translate("ExportCopies", "{name} files").format(name=stem)


def portable_name(name: str) -> str:
    """Return `name` made safe on every common file system (no folders, no hidden names)."""
    text = _UNSAFE.sub("_", safe_filename(name))
    text = text.strip().lstrip(".").rstrip(". ")
    stem, dot, ext = text.rpartition(".")
    if not dot:
        stem, ext = text, ""
    if stem.split(".")[0].upper() in _RESERVED:
        stem = "_" + stem
    if len(ext) > 10:
        stem, ext = f"{stem}.{ext}", ""
    stem = stem[: MAX_NAME - len(ext) - 1] or "attachment"
    return f"{stem}.{ext}" if ext else stem


def unique_names(attachments: Sequence[Attachment]) -> list[str]:
    """Return one portable file name per attachment, unique even where case is ignored."""
    taken: set[str] = set()
    names: list[str] = []
    for att in attachments:
        base = portable_name(att.filename)
        stem, dot, ext = base.rpartition(".")
        if not dot:
            stem, ext = base, ""
        candidate, number = base, 1
        while candidate.casefold() in taken:
            number += 1
            candidate = f"{stem} ({number}).{ext}" if ext else f"{stem} ({number})"
        taken.add(candidate.casefold())
        names.append(candidate)
    return names


def photos_with_location(vault: Vault, entries: Iterable[Entry]) -> int:
    """Return how many image attachments of `entries` carry a GPS position."""
    return sum(
        1
        for entry in entries
        if entry.id
        for att in vault.attachments(entry.id)
        if att.is_image and att.has_location
    )


def _new_folder(beside: Path) -> Path:
    """Create "<export name> files" (or "… files (2)" …) beside the export, mode 0700."""
    parent = beside.parent if str(beside.parent) else Path(".")
    base = folder_name(beside)
    for number in range(1, 1000):
        folder = parent / (base if number == 1 else f"{base} ({number})")
        try:
            private_files.make_dir(folder)
        except FileExistsError:
            continue
        except OSError as exc:
            raise ExportError(
                translate(
                    "ExportErrors",
                    "The folder for the attached files could not be made ({reason}).",
                ).format(reason=exc.strerror)
            ) from exc
        return folder
    raise ExportError(
        translate(
            "ExportErrors",
            "There are too many folders with this export's name; choose another name.",
        )
    )


def _ticking(chunks: Iterable[bytes], tick: Callable[[], None]) -> Iterator[bytes]:
    for chunk in chunks:
        tick()
        yield chunk


def copy_attachments(
    vault: Vault,
    attachments: Sequence[Attachment],
    beside: Path,
    progress: Callable[[], None] | None = None,
) -> Path | None:
    """Write each attachment's original bytes (0600) into a new 0700 folder beside `beside`.

    Returns the folder, or None when there is nothing to copy. Streams chunk by chunk; no
    temporary copy anywhere else. On any error, or when `progress` raises (a cancel), every
    file written and the folder are removed before the exception goes on.
    """
    if not attachments:
        return None
    tick = progress or (lambda: None)
    folder = _new_folder(beside)
    written: list[Path] = []
    try:
        for att, name in zip(attachments, unique_names(attachments), strict=True):
            tick()
            target = folder / name
            try:
                write_private_copy(_ticking(vault.read_attachment(att.id), tick), target)
            except VaultCorrupted as exc:
                raise ExportError(
                    translate(
                        "ExportErrors",
                        "The attached file {name} is damaged in the journal, so the files "
                        "were not copied. Export without copying them, or remove it.",
                    ).format(name=att.filename)
                ) from exc
            except VaultError as exc:
                raise ExportError(
                    translate(
                        "ExportErrors", "The attached file {name} could not be copied: {reason}"
                    ).format(name=att.filename, reason=exc.message)
                ) from exc
            written.append(target)
    except BaseException:
        remove_copies(folder, written)
        raise
    return folder


def remove_copies(folder: Path, files: Iterable[Path] | None = None) -> None:
    """Remove the copies (all files in `folder` when `files` is None), then the folder."""
    listed = list(files) if files is not None else []
    if files is None:
        with contextlib.suppress(OSError):
            listed = [p for p in folder.iterdir() if p.is_file() and not p.is_symlink()]
    for path in listed:
        with contextlib.suppress(OSError):
            path.unlink()
    with contextlib.suppress(OSError):
        folder.rmdir()
