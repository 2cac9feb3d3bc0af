"""Writing exports privately (0600, no temp folders) as CSV or JSON, and checking them."""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from journal import private_files
from journal.canonical import canonical_json
from journal.errors import VaultError
from journal.export.data import (
    FORMAT_NAME,
    REQUIRED_FIELDS,
    SCHEMA_VERSION,
    ExportData,
    flag_label,
    record_digest,
)
from journal.export.text import readable
from journal.model import CONTENT_FIELDS, OMITTED_WHEN_EMPTY
from journal.vault import content_digest

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportError(VaultError):
    """The export file could not be written where the user chose."""

    default_message = "The export could not be written."


@contextlib.contextmanager
def private_file(path: Path, protected: tuple[Path, ...] = ()) -> Iterator[Path]:
    """Yield a new 0600 file beside `path`; on success it replaces `path`, else it is removed.

    The partial file lives in the destination folder (never a temp folder), so a crash leaves
    nothing elsewhere and the finished file appears whole.
    """
    target = Path(path)
    refuse_protected(target, protected)
    if not target.parent.is_dir():
        raise ExportError("The folder chosen for the export does not exist.")
    try:
        partial = private_files.new_partial(target)
    except OSError as exc:
        raise ExportError(f"Cannot write there ({exc.strerror}).") from exc
    try:
        yield partial
        private_files.commit_partial(partial, target)
    except OSError as exc:
        private_files.discard(partial)
        raise ExportError(f"The export could not be written ({exc.strerror}).") from exc
    except BaseException:
        private_files.discard(partial)
        raise


def refuse_protected(target: Path, protected: tuple[Path, ...]) -> None:
    """Raise `ExportError` if `target` is a journal file (or one of its companions)."""
    try:
        resolved = target.resolve()
    except OSError as exc:
        raise ExportError(f"Cannot write there ({exc.strerror}).") from exc
    for journal in protected:
        live = journal.resolve()
        companions = {live, *(live.with_name(live.name + s) for s in ("-wal", "-shm", ".lock"))}
        if resolved in companions:
            raise ExportError("That is the journal itself; choose another file name.")


def write_csv(data: ExportData, path: Path) -> None:
    """Write one row per entry: header = field names, lists joined "; ", UTF-8 with BOM."""
    columns = data.columns
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for item in data.items:
            row = []
            for name in columns:
                if name in ("occurred_start", "occurred_end", "recorded_at", "revision", "id"):
                    value = item.record.get(name)
                    row.append("" if value is None else str(value))
                elif name in ("journal_sha256", "sha256"):
                    row.append(str(item.record[name]))
                else:
                    row.append(_cell(readable(name, item, data.taxonomy)))
            writer.writerow(row)


def _cell(text: str) -> str:
    """Keep spreadsheet programs from running a cell as a formula (a leading apostrophe)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def json_document(data: ExportData) -> dict[str, Any]:
    """Return the JSON export as data (documented in docs/EXPORT_FORMAT.md)."""
    doc: dict[str, Any] = {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "generated_at": data.generated_at.isoformat(),
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
    }
    if data.patterns is not None:
        doc["patterns"] = data.patterns
    if data.checkins is not None:
        doc["red_flag_checkins"] = [
            {**c, "labels": {k: flag_label(k) for k in c["answers"]}} for c in data.checkins
        ]
    doc["entries"] = [item.record for item in data.items]
    doc["export_sha256"] = document_digest(doc)
    return doc


def document_digest(doc: dict[str, Any]) -> str:
    """Return the SHA-256 of a JSON export's canonical form without "export_sha256"."""
    return hashlib.sha256(
        canonical_json({k: v for k, v in doc.items() if k != "export_sha256"})
    ).hexdigest()


def write_json(data: ExportData, path: Path) -> None:
    """Write the JSON export (UTF-8, indented for people; hashes use the canonical form)."""
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        _dump(json_document(data), handle)


def _dump(doc: dict[str, Any], handle: IO[str]) -> None:
    json.dump(doc, handle, ensure_ascii=False, indent=2)
    handle.write("\n")


# ------------------------------------------------------------------ checking


@dataclass
class ExportCheck:
    """Result of `verify_export`: `ok` only when every hash matches what is in the file."""

    ok: bool
    problems: list[str] = field(default_factory=list)
    entries: int = 0
    chain_head: str = ""
    generated_at: str = ""
    readable: bool = True


def verify_export(path: str | os.PathLike[str]) -> ExportCheck:
    """Recompute every hash of a JSON export and report anything changed since it was made."""
    target = Path(path)
    try:
        raw = target.read_bytes()
    except OSError as exc:
        return _unreadable(f"The file cannot be read ({exc.strerror}).")
    if raw.startswith(b"%PDF") or raw.startswith(b"\xef\xbb\xbf"):
        return _unreadable(
            "Only JSON exports can be checked. Ask for the JSON export made with the same "
            "choices: its SHA-256 values match the ones printed in the PDF's appendix."
        )
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return _unreadable(
            "This file is not a readable JSON export: it is damaged or was edited by hand."
        )
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        return _unreadable("This file is not a Reality Check export.")
    if doc.get("schema_version") != SCHEMA_VERSION:
        return _unreadable(
            f"This export uses schema version {doc.get('schema_version')!r}; this program "
            f"checks version {SCHEMA_VERSION}."
        )
    problems: list[str] = []
    entries = doc.get("entries")
    if not isinstance(entries, list):
        return _unreadable("This export has no list of entries.")
    for number, record in enumerate(entries, start=1):
        problems.extend(_check_record(number, record))
    if doc.get("entry_count") != len(entries):
        problems.append(
            f"The export says it holds {doc.get('entry_count')} entries but {len(entries)} "
            "are in the file: entries were added or removed."
        )
    if doc.get("export_sha256") != document_digest(doc):
        problems.append(
            "The file as a whole does not match its SHA-256: something in it (the entries, "
            "their order, the dates or the summary) was changed after it was exported."
        )
    return ExportCheck(
        ok=not problems,
        problems=problems,
        entries=len(entries),
        chain_head=str(doc.get("chain_head", "")),
        generated_at=str(doc.get("generated_at", "")),
    )


def _check_record(number: int, record: Any) -> list[str]:
    if not isinstance(record, dict):
        return [f"Entry {number} is not a record."]
    ref = str(record.get("id", "?"))
    problems: list[str] = []
    missing = [name for name in REQUIRED_FIELDS if name not in record]
    if missing:
        problems.append(f"Entry {number} (ref. {ref}) is missing {', '.join(missing)}.")
    if record.get("sha256") != record_digest(record):
        problems.append(
            f"Entry {number} (ref. {ref}) does not match its SHA-256: it was changed after "
            "it was exported."
        )
    elif all(name in record for name in CONTENT_FIELDS if name not in OMITTED_WHEN_EMPTY):
        content = {
            name: record[name]
            for name in CONTENT_FIELDS
            if record.get(name) or name not in OMITTED_WHEN_EMPTY
        }
        if content_digest(content) != record.get("journal_sha256"):
            problems.append(
                f"Entry {number} (ref. {ref}) does not match the journal's SHA-256 for it."
            )
    return problems


def _unreadable(message: str) -> ExportCheck:
    return ExportCheck(ok=False, problems=[message], readable=False)


def describe(check: ExportCheck, name: str) -> str:
    """Return the plain-text report `python -m journal verify` prints."""
    out = io.StringIO()
    if check.ok:
        out.write(f"OK: {name} is unchanged since it was exported.\n")
        out.write(f"Entries: {check.entries}\n")
        out.write(f"Exported at: {check.generated_at}\n")
        out.write(f"Journal chain head: {check.chain_head}\n")
    elif not check.readable:
        out.write(f"NOT CHECKED: {name}\n")
        for problem in check.problems:
            out.write(f"- {problem}\n")
    else:
        out.write(f"CHANGED: {name} does not match its hashes.\n")
        for problem in check.problems:
            out.write(f"- {problem}\n")
    return out.getvalue()


Writer = Callable[[ExportData, Path], None]
WRITERS: dict[str, Writer] = {"csv": write_csv, "json": write_json}
