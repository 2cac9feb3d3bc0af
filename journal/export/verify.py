"""Checking an export (`python -m journal verify FILE`): the signature, then every hash.

A JSON export, or a PDF export (which carries the same signed JSON record as an attached file).
Only a valid signature lets the check say the content is as the journal signed it; without one
it can say at most that the file is internally consistent (docs/EXPORT_FORMAT.md).
"""

from __future__ import annotations

import io
import json
import os
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journal.export.data import DISCREET_FORMAT_NAME, FORMAT_NAME, REQUIRED_FIELDS
from journal.export.files import document_digest, export_fingerprint
from journal.export.records import record_digest
from journal.export.signing import check_signature

FORMAT_NAMES = (FORMAT_NAME, DISCREET_FORMAT_NAME)
MANIFEST_NAME = "record.json"  # the signed JSON record attached to a PDF export
SIGNED_SCHEMA = 2


@dataclass
class ExportCheck:
    """Result of `verify_export`: `ok` only with a valid signature and every hash matching."""

    ok: bool
    problems: list[str] = field(default_factory=list)
    entries: int = 0
    chain_head: str = ""
    generated_at: str = ""
    readable: bool = True
    consistent: bool = False  # every hash matches the content (says nothing about who)
    signer: str | None = None  # the fingerprint of the key that signed it, when valid
    export_fingerprint: str = ""
    unsigned_reason: str = ""
    from_pdf: bool = False
    expected: str | None = None  # the fingerprint the reader was given, when passed


class _Duplicate(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Duplicate(key)
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(name)


def parse_strict(raw: bytes) -> Any:
    """Parse JSON, refusing duplicate keys, NaN/Infinity and bytes that are not UTF-8."""
    return json.loads(
        raw.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=_no_constant
    )


def verify_export(path: str | os.PathLike[str], expected: str | None = None) -> ExportCheck:
    """Check an export's signature and hashes; `expected` is the fingerprint the reader has."""
    target = Path(path)
    try:
        raw = target.read_bytes()
    except OSError as exc:
        return _unreadable(f"The file cannot be read ({exc.strerror}).")
    from_pdf = raw.startswith(b"%PDF")
    if from_pdf:
        found = pdf_manifest(raw)
        if found is None:
            return _unreadable("This PDF carries no signed record to check.")
        raw = found
    try:
        doc = parse_strict(raw)
    except _Duplicate as exc:
        return _unreadable(
            f"The file has the key {exc} twice in one object: a reader could see either "
            "value, so it is refused."
        )
    except (UnicodeDecodeError, ValueError):
        return _unreadable("This file is not a readable export: it is damaged or not JSON.")
    if not isinstance(doc, dict) or doc.get("format") not in FORMAT_NAMES:
        return _unreadable("This file is not an export of the journal.")
    version = doc.get("schema_version")
    if version != SIGNED_SCHEMA:
        return _unreadable(
            f"This export uses schema version {version!r}; this program checks version "
            f"{SIGNED_SCHEMA} (older exports carry no signature)."
        )
    check = _check(doc)
    check.from_pdf = from_pdf
    check.expected = expected
    if expected is not None and check.signer is not None and _norm(expected) != check.signer:
        check.problems.append("The signer's fingerprint is not the one you gave.")
    check.ok = check.consistent and check.signer is not None and not check.problems
    return check


def _norm(text: str) -> str:
    letters = re.sub(r"[^A-Za-z2-7]", "", text).upper()
    return "-".join(letters[i : i + 4] for i in range(0, len(letters), 4))


def _check(doc: dict[str, Any]) -> ExportCheck:
    problems: list[str] = []
    entries = doc.get("entries")
    if not isinstance(entries, list):
        return _unreadable("This export has no list of entries.")
    try:
        for number, record in enumerate(entries, start=1):
            problems.extend(_check_record(number, record))
        whole = document_digest(doc)
        print_ = export_fingerprint(doc)
    except ValueError as exc:
        return _unreadable(f"This file is not in the export's canonical form ({exc}).")
    if doc.get("entry_count") != len(entries):
        problems.append(
            f"The export says it holds {doc.get('entry_count')} entries but {len(entries)} "
            "are in the file: entries were added or removed."
        )
    if doc.get("export_sha256") != whole:
        problems.append(
            "The file as a whole does not match its SHA-256: something in it (the entries, "
            "their order, the dates or the summary) differs from what was hashed."
        )
    signer, reason = check_signature(doc)
    return ExportCheck(
        ok=False,
        problems=problems,
        entries=len(entries),
        chain_head=str(doc.get("chain_head", "")),
        generated_at=str(doc.get("generated_at", "")),
        consistent=not problems,
        signer=signer,
        export_fingerprint=print_,
        unsigned_reason=reason,
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
        problems.append(f"Entry {number} (ref. {ref}) does not match its SHA-256.")
    return problems


def _unreadable(message: str) -> ExportCheck:
    return ExportCheck(ok=False, problems=[message], readable=False)


_FILESPEC = re.compile(rb"/F \((?P<name>[^)]*)\)\s*/EF\s*<<\s*/F (?P<obj>\d+) 0 R\s*>>")


def pdf_manifest(raw: bytes) -> bytes | None:
    """Return the signed JSON record attached to a PDF export, or None when there is none."""
    for match in _FILESPEC.finditer(raw):
        name = match.group("name").replace(b"\x00", b"").replace(b"\xfe\xff", b"")
        if name.decode("latin-1") != MANIFEST_NAME:
            continue
        data = _stream(raw, match.group("obj"))
        if data is not None:
            return data
    return None


def _stream(raw: bytes, number: bytes) -> bytes | None:
    head = re.search(rb"(?:^|\n)" + number + rb" 0 obj\s*<<(.*?)>>\s*stream\r?\n", raw, re.S)
    if head is None:
        return None
    info = head.group(1)
    length = re.search(rb"/Length (\d+)( 0 R)?", info)
    if length is None:
        return None
    size = int(length.group(1))
    if length.group(2):
        ref = re.search(rb"(?:^|\n)" + length.group(1) + rb" 0 obj\s*(\d+)\s*endobj", raw)
        if ref is None:
            return None
        size = int(ref.group(1))
    data = raw[head.end() : head.end() + size]
    if b"/FlateDecode" in info:
        try:
            return zlib.decompress(data)
        except zlib.error:
            return None
    return data


def describe(check: ExportCheck, name: str) -> str:
    """Return the plain-text report `python -m journal verify` prints."""
    out = io.StringIO()
    if not check.readable:
        out.write(f"NOT CHECKED: {name}\n")
        for problem in check.problems:
            out.write(f"- {problem}\n")
        return out.getvalue()
    what = "The signed record attached to this PDF" if check.from_pdf else "This file"
    if check.ok:
        out.write(f"SIGNED: {what} is exactly as the journal with this key signed it.\n")
    elif check.signer is not None and check.consistent:
        out.write(f"NOT THE EXPECTED SIGNER: {name}\n")
    elif check.consistent:
        out.write(f"NOT VERIFIED: {name} has no valid signature.\n")
    else:
        out.write(f"CHANGED: {name} does not match its hashes or its signature.\n")
    for problem in check.problems:
        out.write(f"- {problem}\n")
    if check.signer is not None:
        out.write(f"Signed by: {check.signer}\n")
        if check.expected is None:
            out.write(
                "Compare this fingerprint with the one the writer showed or sent you (their "
                "app shows it, and every page of their PDF prints it). Only if they match is "
                "this the writer's journal.\n"
            )
    else:
        out.write(f"- {check.unsigned_reason}\n")
        if check.consistent:
            out.write(
                "What can be told: the file is internally consistent (every hash matches its "
                "content). What cannot be told: whether it was changed after it was exported, "
                "or who made it, because anyone can recompute these hashes.\n"
            )
    out.write(f"Export fingerprint: {check.export_fingerprint}\n")
    out.write(f"Entries: {check.entries}\n")
    out.write(f"Exported at: {check.generated_at}\n")
    out.write(f"Journal chain head: {check.chain_head}\n")
    if check.from_pdf:
        out.write(
            "The pages of the PDF are drawn from this record; the footer of each page prints "
            "the same export fingerprint.\n"
        )
    return out.getvalue()
