"""Writing exports privately (0600, no temp folders) as CSV or JSON, and checking them."""

from __future__ import annotations

import contextlib
import csv
import hashlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from journal import private_files
from journal.canonical import indented_json, portable_canonical_json
from journal.errors import VaultError
from journal.export.data import (
    DISCREET_FORMAT_NAME,
    FORMAT_NAME,
    SCHEMA_VERSION,
    ExportData,
    flag_label,
)
from journal.export.english import english
from journal.export.records import ExportItem, iso
from journal.export.signing import SIGNATURE_KEY, fingerprint, sign_document
from journal.export.text import readable, versions_text
from journal.i18n import QT_TRANSLATE_NOOP, translate

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportError(VaultError):
    """The export file could not be written where the user chose."""

    default_message = QT_TRANSLATE_NOOP("ExportErrors", "The export could not be written.")


class ExportCancelled(Exception):
    """The export was stopped (Cancel, lock or quick exit); its partial file is removed."""


class Cancel:
    """A stop switch shared with an export running on another thread.

    `cancel()` (any thread) removes the partial file at once; the export stops at its next
    `check()` and never renames a partial file into place once cancelled.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.cancelled = False
        self.partial: Path | None = None

    def cancel(self) -> None:
        """Stop the export and remove its partial file now."""
        with self.lock:
            self.cancelled = True
            if self.partial is not None:
                private_files.discard(self.partial)

    def check(self) -> None:
        """Raise `ExportCancelled` once `cancel()` was called."""
        if self.cancelled:
            raise ExportCancelled()


@contextlib.contextmanager
def private_file(
    path: Path, protected: tuple[Path, ...] = (), cancel: Cancel | None = None
) -> Iterator[Path]:
    """Yield a new 0600 file beside `path`; on success it replaces `path`, else it is removed.

    The partial file lives in the destination folder (never a temp folder), so a crash leaves
    nothing elsewhere and the finished file appears whole. `cancel` can stop it from any thread.
    """
    target = Path(path)
    refuse_protected(target, protected)
    if not target.parent.is_dir():
        raise ExportError(
            translate("ExportErrors", "The folder chosen for the export does not exist.")
        )
    try:
        partial = private_files.new_partial(target)
    except OSError as exc:
        raise ExportError(cannot_write(exc)) from exc
    try:
        if cancel is not None:
            with cancel.lock:
                cancel.partial = partial
            cancel.check()
        yield partial
        if cancel is None:
            private_files.commit_partial(partial, target)
        else:
            with cancel.lock:
                cancel.check()
                private_files.commit_partial(partial, target)
                cancel.partial = None
    except OSError as exc:
        private_files.discard(partial)
        raise ExportError(
            translate("ExportErrors", "The export could not be written ({reason}).").format(
                reason=exc.strerror
            )
        ) from exc
    except BaseException:
        private_files.discard(partial)
        raise


def refuse_protected(target: Path, protected: tuple[Path, ...]) -> None:
    """Raise `ExportError` if `target` is a journal file (or one of its companions)."""
    try:
        resolved = target.resolve()
    except OSError as exc:
        raise ExportError(cannot_write(exc)) from exc
    for journal in protected:
        live = journal.resolve()
        companions = {live, *(live.with_name(live.name + s) for s in ("-wal", "-shm", ".lock"))}
        if resolved in companions:
            raise ExportError(
                translate("ExportErrors", "That is the journal itself; choose another file name.")
            )


def cannot_write(exc: OSError) -> str:
    """Return "Cannot write there (reason)." in the language in force."""
    return translate("ExportErrors", "Cannot write there ({reason}).").format(reason=exc.strerror)


CELL_LIMIT = 32_000  # UTF-16 code units; spreadsheets hold 32,767 characters in a cell


def write_csv(data: ExportData, path: Path) -> None:
    """Write one row per entry (UTF-8 with BOM); long text continues in numbered columns.

    Every time is ISO 8601 with its UTC offset. A cell longer than `CELL_LIMIT` is never cut:
    it continues in the columns "<name> (continued 2)", "(continued 3)" … (docs/EXPORT_FORMAT.md).
    """
    columns = data.columns
    rows = [[_pieces(name, item, data) for name in columns] for item in data.items]
    widths = [max([1, *(len(row[i]) for row in rows)]) for i in range(len(columns))]
    header: list[str] = []
    for name, width in zip(columns, widths, strict=True):
        header.append(name)
        header.extend(f"{name} (continued {n})" for n in range(2, width + 1))
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            cells: list[str] = []
            for pieces, width in zip(row, widths, strict=True):
                cells.extend([*pieces, *([""] * (width - len(pieces)))])
            writer.writerow(cells)


def _pieces(name: str, item: ExportItem, data: ExportData) -> list[str]:
    """Return one field as one or more cells (a long text split at `CELL_LIMIT`)."""
    record = item.record
    if name in ("occurred_start", "occurred_end", "recorded_at", "revision", "id", "sha256"):
        value = record.get(name)
        return ["" if value is None else str(value)]
    if name == "journal_sha256":
        return [str(record.get(name, ""))]
    if name == "amended_at":
        return ["; ".join(str(moment) for moment in record["amended_at"])]
    if name == "earlier_versions":
        text = versions_text(item, data.taxonomy, iso_times=True)
    elif name == "attachments":
        text = "; ".join(
            translate(
                "ExportText", "Exhibit {number}: {name} ({size} bytes, SHA-256 {sha256})"
            ).format(number=f["exhibit"], name=f["name"], size=f["size"], sha256=f["sha256"])
            for f in record.get("attachments", [])
        )
    else:
        text = readable(name, item, data.taxonomy)
    return [_cell(piece) for piece in split_cell(text)]


def split_cell(text: str, limit: int = CELL_LIMIT) -> list[str]:
    """Split `text` into pieces of at most `limit` UTF-16 code units (pairs never broken)."""
    pieces: list[str] = []
    start = used = 0
    for index, char in enumerate(text):
        units = 2 if ord(char) > 0xFFFF else 1
        if used + units > limit:
            pieces.append(text[start:index])
            start, used = index, 0
        used += units
    pieces.append(text[start:])
    return pieces


def _cell(text: str) -> str:
    """Keep spreadsheet programs from running a cell as a formula (a leading apostrophe)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


HOW_TO_CHECK = (
    "Check this file with `python -m journal verify FILE` (the journal program installed): it "
    "checks the Ed25519 signature and prints 'Signed by:' with the journal's fingerprint; "
    "compare it with the fingerprint the writer showed or sent you. Without the program: the "
    "signature covers the portable canonical form of this object without its 'signature' key "
    "(keys sorted by code point, no spaces, UTF-8, integers only; see docs/EXPORT_FORMAT.md)."
)


def json_document(data: ExportData) -> dict[str, Any]:
    """Return the JSON export as data, unsigned (documented in docs/EXPORT_FORMAT.md).

    Its readable names are English in every language (`journal.export.english`)."""
    with english():
        return _json_document(data)


def _json_document(data: ExportData) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": DISCREET_FORMAT_NAME if data.discreet else FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "generated_at": iso(data.generated_at),
        "preset": data.preset.name,
        "fields": list(data.columns),
        "filters": {
            "start": data.start.isoformat() if data.start else None,
            "end": data.end.isoformat() if data.end else None,
            "kinds": list(data.kinds),
            "behaviours": list(data.behaviours) if data.behaviours is not None else None,
            "entry_ids": list(data.entry_ids) if data.entry_ids is not None else None,
        },
        "chain_head": data.chain_head,
        "entry_count": len(data.items),
        "vocabulary": data.vocabulary(),
        "summary": data.summary,
        "notes": {"how_to_check": HOW_TO_CHECK},
    }
    if "attachments" in data.fields:
        doc["exhibit_count"] = len(data.exhibits)
    if data.patterns is not None:
        doc["patterns"] = data.patterns
    if data.checkins is not None:
        doc["red_flag_checkins"] = [
            {**c, "labels": {k: flag_label(k) for k in c["answers"]}} for c in data.checkins
        ]
    doc["entries"] = [item.record for item in data.items]
    doc["export_sha256"] = document_digest(doc)
    return doc


def signed_document(data: ExportData, key: Ed25519PrivateKey) -> dict[str, Any]:
    """Return the JSON export signed with the journal's key."""
    return sign_document(json_document(data), key)


def export_fingerprint(doc: dict[str, Any]) -> str:
    """Return the export's own fingerprint: that of its signed bytes (all but "signature")."""
    return fingerprint(
        portable_canonical_json({k: v for k, v in doc.items() if k != SIGNATURE_KEY})
    )


def document_digest(doc: dict[str, Any]) -> str:
    """Return the SHA-256 of an export's portable canonical form without its hash and signature."""
    body = {k: v for k, v in doc.items() if k not in ("export_sha256", SIGNATURE_KEY)}
    return hashlib.sha256(portable_canonical_json(body)).hexdigest()


def manifest_bytes(doc: dict[str, Any]) -> bytes:
    """Return the JSON export as written to a file (UTF-8, indented, newline at the end)."""
    return indented_json(doc) + b"\n"


def write_json(doc: dict[str, Any], path: Path) -> None:
    """Write the signed JSON export (indented for people; the signature uses the canonical form)."""
    with open(path, "wb") as handle:
        handle.write(manifest_bytes(doc))
