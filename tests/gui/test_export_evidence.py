"""Exports as evidence: no unchosen field anywhere, signatures that forgeries cannot pass, a
canonical form another implementation reproduces, fonts, CSV cells, discreet mode, PDF metadata."""

from __future__ import annotations

import base64
import csv
import json
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pypdf import PdfReader

from journal.canonical import portable_canonical_json
from journal.export import OPTIONAL_FIELDS, export, journal_fingerprint
from journal.export.files import document_digest
from journal.export.records import record_digest
from journal.export.signing import SIGNING_DOC, sign_document
from journal.export.verify import pdf_manifest, verify_export
from journal.model import Entry
from journal.vault import Vault

ROOT = Path(__file__).resolve().parents[2]
INDEPENDENT = ROOT / "tests" / "scripts" / "independent_verify.py"
# A value for every optional field that shows up in any output only if the field does.
MARKED: dict[str, object] = {
    "location": "HIDLOCATIONZ",
    "what_happened": "HIDWHATZ",
    "words_used": "HIDWORDSZ",
    "behaviours": ["hidbehaviourz"],
    "severity": 5,
    "injuries": "HIDINJURIESZ",
    "medical_care": "HIDMEDICALZ",
    "witnesses": "HIDWITNESSZ",
    "children_present": True,
    "police_report": "HIDPOLICEZ",
    "technology": "HIDTECHZ",
    "emotions": {"hidemotionz": 9},
    "body_responses": ["hidbodyz"],
    "reflection": "HIDREFLECTIONZ",
    "tags": ["HIDTAGZ"],
}
# What betrays a field that holds no text of its own: its JSON key or CSV column, and in the
# PDF its label anywhere but the cover's "Left out by choice" list.
TELLS: dict[str, tuple[str, str]] = {
    "severity": ("severity", "severity (1–5)"),
    "children_present": ("children_present", "children present"),
}


def _marked_journal(vault: Vault, tmp_path: Path) -> Vault:
    fields = {k: v for k, v in MARKED.items() if k in OPTIONAL_FIELDS}
    first = vault.add_entry(
        Entry(kind="incident", occurred_start=datetime(2024, 5, 1, 9), **fields)
    )  # type: ignore[arg-type]
    vault.add_entry(Entry(kind="incident", occurred_start=datetime(2024, 6, 1, 9), **fields))  # type: ignore[arg-type]
    source = tmp_path / "HIDFILEZ.txt"
    source.write_bytes(b"exhibit bytes")
    vault.add_attachment(first.id or "", source)
    source.unlink()
    return vault


def _visible(path: Path) -> str:
    raw = path.read_bytes()
    if raw.startswith(b"%PDF"):
        text = "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
        return text.lower()
    return raw.decode("utf-8-sig").lower()


@pytest.mark.parametrize("preset", ["advocate", "therapist"])
@pytest.mark.parametrize("hidden", OPTIONAL_FIELDS)
def test_a_field_not_chosen_is_absent_everywhere(
    qapp: object, vault: Vault, tmp_path: Path, hidden: str, preset: str
) -> None:
    """Text, tables, charts, summaries, the attached record and hashes, in every format."""
    journal = _marked_journal(vault, tmp_path)
    chosen = [f for f in OPTIONAL_FIELDS if f != hidden]
    markers = [str(v).lower() for v in _flat(MARKED.get(hidden))]
    if hidden == "attachments":
        markers += ["hidfilez", "exhibit"]
    for fmt in ("pdf", "csv", "json"):
        out = tmp_path / f"{hidden}.{fmt}"
        export(journal, out, format=fmt, preset=preset, fields=chosen, include_patterns=True)
        text = _visible(out)
        for marker in markers:
            assert marker not in text, (hidden, fmt, marker)
        key, label = TELLS.get(hidden, (hidden, _label(hidden)))
        if fmt in ("json", "pdf"):  # the PDF carries the signed JSON record too
            manifest = out.read_bytes() if fmt == "json" else pdf_manifest(out.read_bytes())
            assert manifest is not None
            _assert_no_key(json.loads(manifest), hidden)
            for marker in markers:
                assert marker not in manifest.decode("utf-8").lower(), (hidden, fmt, marker)
        if fmt == "json":
            pass
        elif fmt == "csv":
            assert key not in text.splitlines()[0].split(",")
        else:
            assert text.count(label) <= 1, (hidden, label)  # only the cover's list of left out
        if hidden != "attachments":  # files are not entry content: the digest covers none
            assert "journal_sha256" not in text  # no unkeyed digest of what was left out
        for required in ("hidwhatz",) if hidden != "what_happened" else ():
            assert required in text  # the chosen fields are there


def _assert_no_key(doc: dict[str, object], hidden: str) -> None:
    """The field is in no record, not in the list of fields, the vocabulary or the patterns."""
    assert hidden not in doc["fields"]  # type: ignore[operator]
    for record in doc["entries"]:  # type: ignore[attr-defined]
        assert hidden not in record
        for version in record["earlier_versions"]:
            assert hidden not in version["changed"]
    assert hidden not in doc["vocabulary"]  # type: ignore[operator]
    assert hidden not in doc.get("patterns", {})  # type: ignore[operator]
    assert hidden not in str(doc["summary"])


def _label(name: str) -> str:
    from journal.fields import field_label

    return field_label(name).lower()


def _flat(value: object) -> list[object]:
    if isinstance(value, dict):
        return list(value)
    if isinstance(value, list):
        return value
    return [] if value is None or isinstance(value, bool | int) else [value]


def test_the_whole_content_digest_only_when_every_field_is_exported(
    vault: Vault, tmp_path: Path
) -> None:
    journal = _marked_journal(vault, tmp_path)
    out = tmp_path / "all.json"
    export(journal, out, format="json", preset="therapist", fields=list(OPTIONAL_FIELDS))
    assert all("journal_sha256" in r for r in json.loads(out.read_text())["entries"])


# ------------------------------------------------------------------ signatures


def _signed(vault: Vault, tmp_path: Path) -> Path:
    first = vault.add_entry(
        Entry(kind="incident", occurred_start=datetime(2024, 3, 1, 21), what_happened="First")
    )
    vault.add_entry(
        Entry(kind="incident", occurred_start=datetime(2024, 3, 5, 8), what_happened="حدث \x7f 😀")
    )
    vault.amend_entry(
        first.id or "",
        Entry(kind="incident", occurred_start=datetime(2024, 3, 1, 21), what_happened="Second"),
    )
    out = tmp_path / "signed.json"
    export(vault, out, format="json", preset="advocate")
    return out


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, cwd=ROOT, timeout=120, check=False
    )


def _rehash(doc: dict[str, object]) -> None:
    """Do what a forger can: recompute every published hash after a change."""
    entries = doc["entries"]
    assert isinstance(entries, list)
    for record in entries:
        record["sha256"] = record_digest(record)
    doc["entry_count"] = len(entries)
    doc["export_sha256"] = document_digest(doc)


def test_an_untouched_export_verifies_and_the_independent_check_agrees(
    vault: Vault, tmp_path: Path
) -> None:
    out = _signed(vault, tmp_path)
    mine = _run("-m", "journal", "verify", str(out))
    assert mine.returncode == 0, mine.stdout
    signer = journal_fingerprint(vault)
    assert f"\nSigned by: {signer}\n" in mine.stdout
    other = _run(str(INDEPENDENT), str(out))
    assert other.returncode == 0, other.stderr
    assert other.stdout.splitlines()[0] == f"Signed by: {signer}"
    expected = _run("-m", "journal", "verify", "--fingerprint", signer.lower(), str(out))
    assert expected.returncode == 0


@pytest.mark.parametrize("forgery", ["edit", "delete", "reorder", "unsigned"])
def test_a_forged_export_never_verifies(vault: Vault, tmp_path: Path, forgery: str) -> None:
    out = _signed(vault, tmp_path)
    doc = json.loads(out.read_text(encoding="utf-8"))
    if forgery == "edit":
        doc["entries"][0]["what_happened"] = "Something else"
    elif forgery == "delete":
        del doc["entries"][0]
    elif forgery == "reorder":
        doc["entries"].reverse()
    else:
        del doc["signature"]
    _rehash(doc)
    out.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    result = _run("-m", "journal", "verify", str(out))
    assert result.returncode in (1, 3), result.stdout
    assert "Signed by:" not in result.stdout and "unchanged" not in result.stdout
    if forgery == "unsigned":
        assert result.returncode == 3 and "internally consistent" in result.stdout
    assert _run(str(INDEPENDENT), str(out)).returncode != 0


def test_a_copy_re_signed_with_another_key_is_not_the_journals(
    vault: Vault, tmp_path: Path
) -> None:
    out = _signed(vault, tmp_path)
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc["entries"][0]["what_happened"] = "Something else"
    _rehash(doc)
    forged = sign_document(doc, Ed25519PrivateKey.generate())
    out.write_text(json.dumps(forged, ensure_ascii=False), encoding="utf-8")
    signer = journal_fingerprint(vault)
    plain = _run("-m", "journal", "verify", str(out))
    assert signer not in plain.stdout  # the reader compares: not the writer's fingerprint
    told = _run("-m", "journal", "verify", "--fingerprint", signer, str(out))
    assert told.returncode == 1 and "not the one you gave" in told.stdout
    # a fingerprint claimed in the file but not matching its key is refused too
    forged["signature"]["signer_fingerprint"] = signer
    out.write_text(json.dumps(forged, ensure_ascii=False), encoding="utf-8")
    assert not verify_export(out).ok


def test_duplicate_keys_are_refused(vault: Vault, tmp_path: Path) -> None:
    out = _signed(vault, tmp_path)
    text = out.read_text(encoding="utf-8")
    out.write_text(text.replace('"preset": "advocate",', '"preset": "advocate", "preset": "x",'))
    result = _run("-m", "journal", "verify", str(out))
    assert result.returncode == 2 and "twice" in result.stdout


def test_jq_and_openssl_reproduce_the_canonical_form_and_signature(
    vault: Vault, tmp_path: Path
) -> None:
    if shutil.which("jq") is None:
        pytest.skip("jq is not installed")
    out = _signed(vault, tmp_path)
    doc = json.loads(out.read_text(encoding="utf-8"))
    body = subprocess.run(
        ["jq", "-cSj", "del(.signature)", str(out)], capture_output=True, check=True
    ).stdout
    assert body == portable_canonical_json({k: v for k, v in doc.items() if k != "signature"})
    if shutil.which("openssl") is None:
        return
    (tmp_path / "body").write_bytes(body)
    (tmp_path / "sig").write_bytes(base64.b64decode(doc["signature"]["value"]))
    der = bytes.fromhex("302a300506032b6570032100") + base64.b64decode(
        doc["signature"]["public_key"]
    )
    (tmp_path / "pub.der").write_bytes(der)
    checked = subprocess.run(
        [
            "openssl",
            "pkeyutl",
            "-verify",
            "-pubin",
            "-keyform",
            "DER",
            "-inkey",
            "pub.der",
            "-rawin",
            "-in",
            "body",
            "-sigfile",
            "sig",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_signing_key_is_made_once_and_stored_encrypted(vault: Vault) -> None:
    assert vault.load_document(SIGNING_DOC) is None  # an older journal: made on first need
    first = journal_fingerprint(vault)
    assert journal_fingerprint(vault) == first
    stored = vault.load_document(SIGNING_DOC)
    raw = base64.b64decode(stored["private_key"])
    assert raw not in vault.path.read_bytes()


# ------------------------------------------------------------------ the PDF


def test_the_pdf_is_signed_footed_titled_and_declares_its_language(
    qapp: object, vault: Vault, tmp_path: Path
) -> None:
    _signed(vault, tmp_path)
    out = tmp_path / "signed.pdf"
    result = export(vault, out, format="pdf", preset="advocate")
    reader = PdfReader(str(out))
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert reader.metadata is not None and reader.metadata.title == "Record of events"
    for page in reader.pages:
        text = page.extract_text() or ""
        assert result.signer in text and result.fingerprint in text
    checked = _run("-m", "journal", "verify", str(out))
    assert checked.returncode == 0 and f"Signed by: {result.signer}" in checked.stdout
    assert f"Export fingerprint: {result.fingerprint}" in checked.stdout
    whole = "\n".join(p.extract_text() or "" for p in reader.pages)
    assert "python -m" not in whole  # plain words for a lawyer, no commands
    assert "Original, recorded" in whole and "UTC" in whole


def test_characters_no_bundled_font_draws_are_reported(
    qapp: object, vault: Vault, tmp_path: Path
) -> None:
    vault.add_entries(
        [
            Entry(
                kind="incident",
                occurred_start=datetime(2024, 1, 1),
                what_happened="नमस्ते مرحبا שלום Привет Γειά",
            ),
            Entry(kind="incident", occurred_start=datetime(2024, 1, 2), what_happened="안녕하세요"),
        ]
    )
    result = export(vault, tmp_path / "scripts.pdf", format="pdf", preset="advocate")
    assert result.undrawable == (2,)
    text = "\n".join(p.extract_text() or "" for p in PdfReader(str(tmp_path / "scripts.pdf")).pages)
    assert "cannot be shown in this PDF" in text


def test_discreet_exports_carry_no_product_name(qapp: object, vault: Vault, tmp_path: Path) -> None:
    _signed(vault, tmp_path)
    for fmt in ("pdf", "json", "csv"):
        out = tmp_path / f"discreet.{fmt}"
        export(vault, out, format=fmt, preset="therapist", discreet=True)
        raw = out.read_bytes()
        assert b"Reality Check" not in raw and b"reality-check" not in raw.lower()
        assert b"Reality Check" not in (pdf_manifest(raw) or b"")
    assert verify_export(tmp_path / "discreet.json").ok


def test_csv_times_have_offsets_and_long_text_continues(vault: Vault, tmp_path: Path) -> None:
    long = "word " * 20_000 + "😀" * 10  # 100,010 characters
    vault.add_entry(
        Entry(kind="incident", occurred_start=datetime(2024, 1, 1, 8), what_happened=long)
    )
    out = tmp_path / "long.csv"
    export(vault, out, format="csv", preset="advocate")
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    header, row = rows[0], rows[1]
    parts = [row[i] for i, name in enumerate(header) if name.startswith("what_happened")]
    assert len(parts) == 4 and "".join(parts) == long
    assert all(len(p.encode("utf-16-le")) // 2 <= 32_767 for p in row)
    for name in ("occurred_start", "recorded_at"):
        moment = datetime.fromisoformat(row[header.index(name)])
        assert moment.utcoffset() is not None
