"""Exports for a therapist or an advocate (PDF, CSV, JSON) and checking a JSON export.

`export()` writes a plaintext file the user chose, 0600, with no temporary copy anywhere
else, signed with the journal's own key; `verify_export()` checks a JSON or PDF export's
signature and hashes (docs/EXPORT_FORMAT.md).

The core export (data, text, CSV/JSON, verification, copies) uses no Qt. Only a PDF needs
the drawing layer (`journal.drawing`, PySide6), imported when a PDF is asked for; the caller
must then have created the Qt application.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from journal.export import pending
from journal.export.copies import copy_attachments as _copy_attachments
from journal.export.copies import folder_name, photos_with_location, remove_copies
from journal.export.data import (
    FIELD_LABELS,
    FORMATS,
    OPTIONAL_FIELDS,
    PRESETS,
    PRIVATE_FIELDS,
    REQUIRED_FIELDS,
    ExportData,
    Preset,
    collect,
    get_preset,
    select_entries,
)
from journal.export.files import (
    Cancel,
    ExportCancelled,
    ExportError,
    export_fingerprint,
    manifest_bytes,
    private_file,
    signed_document,
    write_csv,
    write_json,
)
from journal.export.records import ExportItem
from journal.export.signing import fingerprint, journal_fingerprint, signing_key
from journal.export.verify import ExportCheck, describe, verify_export
from journal.i18n import Catalog, translate, using
from journal.taxonomy import Taxonomy
from journal.vault import Vault

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

__all__ = [
    "FIELD_LABELS",
    "FORMATS",
    "OPTIONAL_FIELDS",
    "PRESETS",
    "PRIVATE_FIELDS",
    "REQUIRED_FIELDS",
    "Cancel",
    "ExportCancelled",
    "ExportCheck",
    "ExportData",
    "ExportError",
    "ExportResult",
    "Preset",
    "collect",
    "describe",
    "export",
    "fingerprint",
    "folder_name",
    "get_preset",
    "journal_fingerprint",
    "photos_with_location",
    "select_entries",
    "verify_export",
]


@dataclass(frozen=True)
class ExportResult:
    """What `export()` wrote: where, how many entries, (for a PDF) how many pages, and
    where the attached files were copied (None when not asked for or there were none)."""

    path: Path
    format: str
    entries: int
    pages: int = 0
    files_folder: Path | None = None
    files: int = 0
    signer: str = ""  # the journal's fingerprint (the key that signed it)
    fingerprint: str = ""  # the export's own fingerprint
    undrawable: tuple[int, ...] = ()  # PDF: numbers of entries with characters it cannot draw


def export(
    vault: Vault,
    path: str | os.PathLike[str],
    *,
    format: str,
    preset: str,
    start: date | None = None,
    end: date | None = None,
    kinds: Iterable[str] | None = None,
    behaviours: Iterable[str] | None = None,
    fields: Iterable[str] | None = None,
    entry_ids: Iterable[str] | None = None,
    include_checkins: bool | None = None,
    include_patterns: bool | None = None,
    include_promises: bool | None = None,
    charts: Sequence[tuple[QImage, str]] | None = None,
    thumbnails: bool = False,
    copy_attachments: bool = False,
    taxonomy: Taxonomy | None = None,
    progress: Callable[[], None] | None = None,
    cancel: Cancel | None = None,
    discreet: bool = False,
    runner: Callable[[Callable[[], int]], int] | None = None,
    language: Catalog | None = None,
) -> ExportResult:
    """Write the chosen entries to `path` as "pdf", "csv" or "json" (plaintext, mode 0600).

    `fields` replaces the preset's optional fields; None keeps the preset's. Filters combine:
    date range (inclusive days of when it happened), kinds, any of `behaviours`, `entry_ids`.
    PDF only (the caller must have created a QApplication, else RuntimeError and nothing is
    written): with the patterns summary, `charts` None draws the Insights charts (pass [] for
    none); `thumbnails` shows image attachments under their entries; `progress` is called
    now and then while the PDF is drawn or files are copied (a UI keeps responding; raising
    from it cancels and removes the partial file and any copies).

    `copy_attachments` (needs the "attachments" field) also writes the listed entries' attached
    files, byte for byte, into a new folder "<export name> files" beside the export (0700,
    files 0600, names made portable and unique); the export lists each file's SHA-256. If the
    export fails or is cancelled, the copies and the folder are removed too.

    Every export is signed with the journal's key (created on first need); a PDF carries the
    signed JSON record as an attached file and prints both fingerprints on every page.
    `cancel` stops the export from another thread and removes the partial file at once;
    `discreet` leaves the product name out of the file. `runner`, when given, is handed the
    layout and writing (no journal access, no widgets) to run off the UI thread; everything
    that reads the journal or draws charts runs on the calling thread before and after it.

    `language`, when given, is the report's language (a catalog of `journal.drawing.catalogs`):
    the PDF and the readable cells of a CSV are written in it, on whichever thread draws them,
    while messages and errors stay in the windows' language. The JSON record is English.
    """
    if format not in FORMATS:
        raise ValueError(f"Format must be one of {', '.join(FORMATS)}; got {format!r}.")
    # Before collecting (the export's chain head then includes it): if the app is killed
    # while the partial file holds clear text, the next unlock removes it.
    pending.record(vault, Path(path))
    key = signing_key(vault)  # created on first use: also before collecting, for the same reason
    data = collect(
        vault,
        preset=preset,
        start=start,
        end=end,
        kinds=kinds,
        behaviours=behaviours,
        fields=fields,
        entry_ids=entry_ids,
        include_checkins=include_checkins,
        include_patterns=include_patterns,
        include_promises=include_promises,
        taxonomy=taxonomy,
        discreet=discreet,
    )
    if copy_attachments and "attachments" not in data.fields:
        raise ValueError(
            translate(
                "ExportErrors",
                "Copying the attached files needs the list of attachments in the export.",
            )
        )
    if format == "pdf":
        from journal.drawing.pdf import require_application

        require_application()  # before anything is written
    data.journal_fingerprint = fingerprint(key.public_key().public_bytes_raw())
    doc = signed_document(data, key)
    own = export_fingerprint(doc)
    target = Path(path)
    pages = 0
    undrawable: tuple[int, ...] = ()
    files = [att for item in data.items for att in item.attachments] if copy_attachments else []
    folder: Path | None = None
    tick = _with_cancel(progress, cancel)
    try:
        with private_file(target, (vault.path,), cancel) as partial:
            if format == "pdf":
                from journal.drawing.fonts import undrawable_entries
                from journal.drawing.images import image_loader
                from journal.drawing.pdf import pattern_charts, render_pdf

                if charts is None:
                    with _in(language):
                        charts = pattern_charts(data) if data.patterns is not None else []
                pictures = (
                    image_loader(vault) if thumbnails and "attachments" in data.fields else None
                )
                if pictures is not None and runner is not None:  # read the journal here
                    pictures = _preloaded(pictures, data, tick, language)
                undrawable = undrawable_entries(data)  # also loads the fonts on this thread
                chosen_charts = charts
                found = undrawable
                inner = tick if runner is None else _with_cancel(None, cancel)

                def write() -> int:
                    with _in(language):  # on the thread that draws (see `runner`)
                        return render_pdf(
                            data,
                            partial,
                            charts=chosen_charts,
                            thumbnails=pictures,
                            progress=inner,
                            manifest=manifest_bytes(doc),
                            export_fingerprint=own,
                            undrawable=found,
                        )

            else:

                def write() -> int:
                    if format == "csv":
                        with _in(language):
                            write_csv(data, partial)
                    else:
                        write_json(doc, partial)
                    return 0

            pages = write() if runner is None else runner(write)
            tick()
            folder = _copy_attachments(vault, files, target, tick)
    except BaseException:
        if folder is not None:  # the copies were made but the export itself failed
            remove_copies(folder)
        raise
    return ExportResult(
        path=target,
        format=format,
        entries=len(data.items),
        pages=pages,
        files_folder=folder,
        files=len(files) if folder is not None else 0,
        signer=data.journal_fingerprint,
        fingerprint=own,
        undrawable=undrawable,
    )


@contextlib.contextmanager
def _in(language: Catalog | None) -> Iterator[None]:
    """Within the block, on this thread, write in the report's language (if one was given)."""
    if language is None:
        yield
        return
    with using(language):
        yield


def _preloaded(
    loader: Callable[[ExportItem], Sequence[tuple[QImage, str]]],
    data: ExportData,
    tick: Callable[[], None],
    language: Catalog | None = None,
) -> Callable[[ExportItem], Sequence[tuple[QImage, str]]]:
    """Return thumbnails read now (on this thread) for a layout that runs on another."""
    ready: dict[str, Sequence[tuple[QImage, str]]] = {}
    for item in data.items:
        tick()
        with _in(language):  # the captions are the report's
            ready[str(item.record["id"])] = loader(item)
    return lambda item: ready.get(str(item.record["id"]), ())


def _with_cancel(progress: Callable[[], None] | None, cancel: Cancel | None) -> Callable[[], None]:
    """Return a progress call that also stops the export once `cancel` is set."""

    def tick() -> None:
        if cancel is not None:
            cancel.check()
        if progress is not None:
            progress()

    return tick
