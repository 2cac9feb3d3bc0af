"""Exports: PDF text, order, presets, filters, redaction; CSV and JSON round trips; checking."""

from __future__ import annotations

import csv
import json
import os
import stat
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from journal.export import ExportError, export, select_entries, verify_export
from journal.model import CONTENT_FIELDS, OMITTED_WHEN_EMPTY, Entry
from journal.vault import Vault, content_digest

REFLECTION_CANARY = "CANARYREFLECTIONZX"
EMOTION_CANARY = "canaryemotionzx"
PRIVATE_KIND_CANARY = "CANARYPRIVATEKINDZX"
ROOT = Path(__file__).resolve().parents[2]


def _entry(day: int, marker: str, **extra: object) -> Entry:
    values: dict[str, object] = {
        "kind": "incident",
        "occurred_start": datetime(2024, 3, 1, 21, 30) + timedelta(days=day),
        "what_happened": f"{marker} happened in the hallway.",
        "behaviours": ["yelling"],
        "severity": 3,
    }
    values.update(extra)
    return Entry(**values)  # type: ignore[arg-type]


@pytest.fixture
def journal(vault: Vault) -> Vault:
    """A journal whose entries were written out of order, one amended, one private."""
    saved = vault.add_entries(
        [
            _entry(9, "MARKER-C", behaviours=["name_calling"], kind="tension"),
            _entry(
                0,
                "MARKER-A",
                reflection=REFLECTION_CANARY,
                emotions={EMOTION_CANARY: 8},
                body_responses=["shaking"],
                words_used="You; are nothing",
                occurred_precision="approximate",
            ),
            _entry(4, "MARKER-B", witnesses="Neighbour", children_present=True),
            _entry(20, PRIVATE_KIND_CANARY, kind="reflection"),
            _entry(40, "MARKER-D", kind="contact_attempt", behaviours=[]),
        ]
    )
    amended = _entry(4, "MARKER-B", witnesses="Neighbour and her son", children_present=True)
    vault.amend_entry(saved[2].id or "", amended)
    vault.save_document(
        "red_flag_checkins",
        [
            {
                "date": "2024-03-03",
                "answers": {"love_bombing": True, "isolation": False},
                "note": "CHECKIN-NOTE",
            }
        ],
    )
    return vault


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def _order(text: str, *markers: str) -> list[int]:
    return [text.index(marker) for marker in markers]


def test_advocate_pdf_is_chronological_redacted_and_paginated(
    qapp: object, journal: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "advocate.pdf"
    result = export(journal, out, format="pdf", preset="advocate")
    text = _pdf_text(out)
    assert result.entries == 4
    positions = _order(text, "MARKER-A", "MARKER-B", "MARKER-C", "MARKER-D")
    assert positions == sorted(positions)
    for canary in (REFLECTION_CANARY, EMOTION_CANARY, PRIVATE_KIND_CANARY, "CHECKIN-NOTE"):
        assert canary not in text
    assert "Shaking" not in text
    pages = len(PdfReader(str(out)).pages)
    assert result.pages == pages
    for number in range(1, pages + 1):
        assert f"Page {number} of {pages}" in text
    assert "Happened: approx." in text and "Recorded:" in text
    assert "the earlier wording is shown below" in text and "Neighbour and her son" in text
    assert "Original, recorded" in text and "UTC" in text
    assert journal.chain_head in text.replace("\n", "")
    assert "\t" not in text and "\ufb01" not in text  # spaces stay spaces; no "fi" ligature
    assert "fingerprint" in text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["advocate.pdf", "journal"]  # no partial


def test_therapist_pdf_adds_feelings_checkins_patterns_and_charts(
    qapp: object, journal: Vault, tmp_path: Path
) -> None:
    from PySide6.QtGui import QColor, QImage

    chart = QImage(400, 200, QImage.Format.Format_RGB32)
    chart.fill(QColor("#3366aa"))
    out = tmp_path / "therapist.pdf"
    export(journal, out, format="pdf", preset="therapist", charts=[(chart, "CHART-CAPTION")])
    text = _pdf_text(out)
    for expected in (
        REFLECTION_CANARY,
        EMOTION_CANARY,
        PRIVATE_KIND_CANARY,
        "CHECKIN-NOTE",
        "Love bombing",
        "Patterns",
        "CHART-CAPTION",
        "Red-flag check-ins",
    ):
        assert expected in text
    assert _order(text, "MARKER-A", PRIVATE_KIND_CANARY) == sorted(
        _order(text, "MARKER-A", PRIVATE_KIND_CANARY)
    )


def test_adding_a_private_field_to_the_advocate_preset(
    qapp: object, journal: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "with-reflection.pdf"
    fields = ["what_happened", "reflection"]
    export(journal, out, format="pdf", preset="advocate", fields=fields)
    text = _pdf_text(out)
    assert REFLECTION_CANARY in text
    assert "Neighbour" not in text and EMOTION_CANARY not in text
    left_out = text.split("Left out by choice", 1)[1].split("How to read", 1)[0]
    assert "Witnesses" in left_out  # the cover says what was left out, never the content


def test_filters_combine(journal: Vault) -> None:
    def markers(**filters: object) -> list[str]:
        found = select_entries(journal, **filters)  # type: ignore[arg-type]
        return [entry.what_happened.split()[0] for entry in found]

    assert markers(preset="therapist") == [
        "MARKER-A",
        "MARKER-B",
        "MARKER-C",
        PRIVATE_KIND_CANARY,
        "MARKER-D",
    ]
    assert markers(start=date(2024, 3, 5), end=date(2024, 3, 10)) == ["MARKER-B", "MARKER-C"]
    assert markers(kinds=["tension", "contact_attempt"]) == ["MARKER-C", "MARKER-D"]
    assert markers(behaviours=["name_calling"]) == ["MARKER-C"]
    ids = [e.id or "" for e in journal.entries() if "MARKER-D" in e.what_happened]
    assert markers(entry_ids=ids) == ["MARKER-D"]
    with pytest.raises(ValueError):
        select_entries(journal, start=date(2024, 5, 1), end=date(2024, 4, 1))
    with pytest.raises(ValueError):
        select_entries(journal, kinds=["nonsense"])


def test_csv_has_bom_field_name_header_and_joined_lists(journal: Vault, tmp_path: Path) -> None:
    out = tmp_path / "log.csv"
    export(journal, out, format="csv", preset="therapist")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    header = raw.decode("utf-8-sig").splitlines()[0].split(",")
    assert header[:3] == ["id", "kind", "occurred_start"]
    assert "reflection" in header and header[-1] == "sha256"
    assert len(rows) == 5
    first = rows[0]
    assert first["what_happened"] == "MARKER-A happened in the hallway."
    assert first["reflection"] == REFLECTION_CANARY
    assert first["words_used"] == "You; are nothing"
    assert first["emotions"] == f"{EMOTION_CANARY}: 8"
    with_two = next(r for r in rows if "MARKER-B" in r["what_happened"])
    assert with_two["children_present"] == "Yes"
    assert with_two["amended_at"]
    entries = {e.id: e for e in journal.entries()}
    for row in rows:
        entry = entries[row["id"]]
        assert row["occurred_start"] == entry.occurred_start.astimezone().isoformat("T", "seconds")
        assert row["journal_sha256"] == content_digest(entry.content())

    advocate = tmp_path / "advocate.csv"
    export(journal, advocate, format="csv", preset="advocate", behaviours=["yelling"])
    text = advocate.read_text(encoding="utf-8-sig")
    assert REFLECTION_CANARY not in text and "reflection" not in text.splitlines()[0]
    assert "Yelling or screaming" in text
    assert len(list(csv.DictReader(text.splitlines()))) == 2


def test_csv_cells_cannot_become_spreadsheet_formulas(vault: Vault, tmp_path: Path) -> None:
    vault.add_entry(_entry(0, "=HYPERLINK(1)"))
    out = tmp_path / "log.csv"
    export(vault, out, format="csv", preset="advocate")
    row = next(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert row["what_happened"].startswith("'=HYPERLINK")


def test_json_round_trip_and_verification(journal: Vault, tmp_path: Path) -> None:
    out = tmp_path / "log.json"
    export(journal, out, format="json", preset="therapist")
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "reality-check-export" and doc["schema_version"] == 2
    assert doc["chain_head"] == journal.chain_head
    assert doc["entry_count"] == 5
    assert doc["red_flag_checkins"][0]["note"] == "CHECKIN-NOTE"
    by_id = {e.id: e for e in journal.entries()}
    for record in doc["entries"]:
        entry = by_id[record["id"]]
        content = {k: record[k] for k in CONTENT_FIELDS if record[k] or k not in OMITTED_WHEN_EMPTY}
        for key in ("occurred_start", "occurred_end"):  # exported with their UTC offset
            if content[key]:
                moment = datetime.fromisoformat(content[key])
                assert moment.utcoffset() is not None
                content[key] = moment.astimezone().replace(tzinfo=None).isoformat()
        restored = Entry.from_content(content)
        assert restored.content() == entry.content()
        assert record["attachments"] == []
    assert verify_export(out).ok

    text = out.read_text(encoding="utf-8")
    changed = tmp_path / "changed.json"
    changed.write_text(text.replace("MARKER-B happened", "MARKER-B hAppened"), encoding="utf-8")
    check = verify_export(changed)
    assert not check.ok
    assert any("Entry 2" in problem for problem in check.problems)

    dropped = json.loads(text)
    del dropped["entries"][0]
    changed.write_text(json.dumps(dropped), encoding="utf-8")
    assert not verify_export(changed).ok


def test_advocate_json_holds_only_chosen_fields(journal: Vault, tmp_path: Path) -> None:
    out = tmp_path / "advocate.json"
    export(journal, out, format="json", preset="advocate", start=date(2024, 3, 1))
    text = out.read_text(encoding="utf-8")
    for canary in (REFLECTION_CANARY, EMOTION_CANARY, PRIVATE_KIND_CANARY, "CHECKIN-NOTE"):
        assert canary not in text
    record = json.loads(text)["entries"][0]
    assert "reflection" not in record and "emotions" not in record
    assert verify_export(out).ok


def test_export_refuses_the_journal_file_and_bad_arguments(journal: Vault) -> None:
    before = journal.path.read_bytes()
    with pytest.raises(ExportError):
        export(journal, journal.path, format="csv", preset="advocate")
    assert journal.path.read_bytes() == before
    with pytest.raises(ValueError):
        export(journal, journal.path.with_name("x.doc"), format="doc", preset="advocate")
    with pytest.raises(ValueError):
        export(journal, journal.path.with_name("x.csv"), format="csv", preset="lawyer")
    with pytest.raises(ValueError):
        export(
            journal, journal.path.with_name("x.csv"), format="csv", preset="advocate", fields=["x"]
        )


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )


def test_command_line_verify(journal: Vault, tmp_path: Path) -> None:
    out = tmp_path / "log.json"
    export(journal, out, format="json", preset="advocate")
    ok = _run("-m", "journal", "verify", str(out))
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("SIGNED:") and "\nSigned by: " in ok.stdout
    out.write_text(out.read_text(encoding="utf-8").replace("MARKER-C", "MARKER-X"), "utf-8")
    changed = _run("-m", "journal", "verify", str(out))
    assert changed.returncode == 1
    assert changed.stdout.startswith("CHANGED:") and "Entry 3" in changed.stdout
    garbage = tmp_path / "garbage.json"
    garbage.write_text("{not json", encoding="utf-8")
    assert _run("-m", "journal", "verify", str(garbage)).returncode == 2
    missing = _run("-m", "journal", "verify", str(tmp_path / "missing.json"))
    assert missing.returncode == 2 and missing.stdout.startswith("NOT CHECKED:")
    pdf = tmp_path / "log.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    as_pdf = _run("-m", "journal", "verify", str(pdf))
    assert as_pdf.returncode == 2 and "carries no signed record" in as_pdf.stdout


def test_pdf_export_needs_the_callers_application_and_works_headless(
    vault: Vault, tmp_path: Path
) -> None:
    """The drawing layer never creates the Qt application: without one a PDF export says so
    and writes nothing; once the caller made one (offscreen, no display) it works."""
    vault.add_entry(_entry(0, "HEADLESS-MARKER"))
    vault.close()
    out = tmp_path / "headless.pdf"
    script = (
        "import os, sys\n"
        "from journal.vault import open_vault\n"
        "from journal.export import export\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "assert QCoreApplication.instance() is None\n"
        f"with open_vault({str(vault.path)!r}, sys.argv[1]) as v:\n"
        "    try:\n"
        f"        export(v, {str(out)!r}, format='pdf', preset='advocate')\n"
        "    except RuntimeError as exc:\n"
        "        print('REFUSED:', exc)\n"
        f"    assert not os.path.exists({str(out)!r})\n"
        "    assert QCoreApplication.instance() is None\n"
        "    os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "    from PySide6.QtWidgets import QApplication\n"
        "    app = QApplication([])\n"
        f"    print(export(v, {str(out)!r}, format='pdf', preset='advocate').pages)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.pop("WAYLAND_DISPLAY", None)
    from tests.conftest import PASSPHRASE

    done = _run("-c", script, PASSPHRASE, env=env)
    assert done.returncode == 0, done.stderr
    assert "REFUSED: Drawing a PDF needs a running QApplication" in done.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["headless.pdf", "journal"]
    assert "HEADLESS-MARKER" in _pdf_text(out)


def _png_bytes(colour: str, width: int = 320, height: int = 200) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def _image_count(path: Path) -> int:
    return sum(len(page.images) for page in PdfReader(str(path)).pages)


def test_attachments_are_listed_and_photos_shown_when_chosen(
    qapp: object, journal: Vault, tmp_path: Path
) -> None:
    import io

    entry = next(e for e in journal.entries() if "MARKER-B" in e.what_happened)
    journal.add_attachment(entry.id or "", io.BytesIO(_png_bytes("#cc3300")), filename="arm.png")
    journal.add_attachment(entry.id or "", io.BytesIO(b"%PDF-1.4 not shown"), filename="gp.pdf")
    listed = tmp_path / "listed.pdf"
    export(journal, listed, format="pdf", preset="advocate")
    text = _pdf_text(listed)
    assert "arm.png" in text and "gp.pdf" in text and "SHA-256" in text
    assert _image_count(listed) == 1  # the calendar page's picture only
    shown = tmp_path / "shown.pdf"
    export(journal, shown, format="pdf", preset="advocate", thumbnails=True)
    assert _image_count(shown) == 2  # calendar and the photo; the PDF document is only listed
    doc = tmp_path / "listed.json"
    export(journal, doc, format="json", preset="advocate")
    record = next(r for r in json.loads(doc.read_text("utf-8"))["entries"] if r["attachments"])
    assert [f["name"] for f in record["attachments"]] == ["arm.png", "gp.pdf"]
    assert verify_export(doc).ok
    private = tmp_path / "no-files.pdf"
    export(journal, private, format="pdf", preset="advocate", fields=["what_happened"])
    assert "arm.png" not in _pdf_text(private)


def test_therapist_pdf_draws_the_insights_charts_by_itself(
    qapp: object, journal: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "therapist.pdf"
    export(journal, out, format="pdf", preset="therapist")
    text = _pdf_text(out)
    assert "Patterns" in text and "recorded" in text
    assert _image_count(out) >= 3  # entries by kind, behaviours, severity, check-ins …
    plain = tmp_path / "advocate.pdf"
    export(journal, plain, format="pdf", preset="advocate")
    assert _image_count(plain) == 1 and "Patterns" not in _pdf_text(plain)  # the calendar


# ------------------------------------------------------------- attached files beside it


def _attach(vault: Vault, marker: str, name: str, data: bytes) -> object:
    import io

    entry = next(e for e in vault.entries() if marker in e.what_happened)
    return vault.add_attachment(entry.id or "", io.BytesIO(data), filename=name)


def _hash(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_attached_files_are_copied_beside_the_export_byte_for_byte(
    qapp: object, journal: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    from tests.gps_images import png_with_exif

    temp = tmp_path / "tmpdir"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    photo = png_with_exif(_png_bytes("#3366cc"), gps=True)
    atts = [
        _attach(journal, "MARKER-A", "photo.png", photo),
        _attach(journal, "MARKER-B", "photo.png", b"second photo, same name"),
        _attach(journal, "MARKER-B", "PHOTO.PNG", b"same name, other case"),
        _attach(journal, "MARKER-C", "../..\\evil:na*me?.txt", b"folders stripped"),
        _attach(journal, "MARKER-C", ".hidden", b"not hidden in the copy"),
        _attach(journal, "MARKER-C", "CON.txt", b"a name Windows reserves"),
        _attach(journal, PRIVATE_KIND_CANARY, "private.txt", b"its entry is not exported"),
    ]
    out_dir = tmp_path / "stick"
    out_dir.mkdir()
    out = out_dir / "for-advocate.pdf"
    result = export(journal, out, format="pdf", preset="advocate", copy_attachments=True)
    folder = out_dir / "for-advocate files"
    assert result.files_folder == folder and result.files == 6
    assert sorted(p.name for p in out_dir.iterdir()) == ["for-advocate files", "for-advocate.pdf"]
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(
        [
            "photo.png",
            "photo (2).png",
            "PHOTO (3).PNG",
            "evil_na_me_.txt",
            "hidden",
            "_CON.txt",
        ]
    )
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in folder.iterdir())
    by_hash = {_hash(p): p.name for p in folder.iterdir()}
    exported = [a for a in atts if a.filename != "private.txt"]  # type: ignore[attr-defined]
    assert set(by_hash) == {a.sha256 for a in exported}  # type: ignore[attr-defined]
    assert (folder / "photo.png").read_bytes() == photo  # original bytes, GPS and all
    text = _pdf_text(out)
    assert all(a.sha256 in text.replace("\n", "") for a in exported)  # type: ignore[attr-defined]
    assert os.listdir(temp) == []
    again = export(journal, out, format="json", preset="advocate", copy_attachments=True)
    assert again.files_folder == out_dir / "for-advocate files (2)"  # never mixed or replaced
    doc = json.loads(out.read_text("utf-8"))
    listed = {f["sha256"] for r in doc["entries"] for f in r["attachments"]}
    assert listed == {_hash(p) for p in again.files_folder.iterdir()}


def test_no_folder_without_attachments_and_the_list_is_required(
    journal: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "plain.csv"
    result = export(journal, out, format="csv", preset="advocate", copy_attachments=True)
    assert result.files_folder is None and result.files == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal", "plain.csv"]
    _attach(journal, "MARKER-A", "note.txt", b"x")
    with pytest.raises(ValueError, match="list of attachments"):
        export(
            journal,
            out,
            format="csv",
            preset="advocate",
            fields=["what_happened"],
            copy_attachments=True,
        )


def test_a_cancelled_or_failed_export_leaves_no_copies(
    qapp: object, journal: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal.attachments import CHUNK_SIZE
    from journal.errors import VaultError
    from journal.export import copies

    _attach(journal, "MARKER-A", "big.bin", os.urandom(3 * CHUNK_SIZE + 5))
    _attach(journal, "MARKER-B", "small.txt", b"small")
    out_dir = tmp_path / "out"
    out_dir.mkdir()

    class Stop(Exception):
        pass

    calls = [0]

    def cancel_midway() -> None:
        calls[0] += 1
        if calls[0] == 3:  # while the big file is being copied
            raise Stop

    for fmt in ("csv", "pdf"):
        calls[0] = 0
        with pytest.raises(Stop):
            export(
                journal,
                out_dir / f"x.{fmt}",
                format=fmt,
                preset="advocate",
                copy_attachments=True,
                progress=cancel_midway,
            )
        assert list(out_dir.iterdir()) == []

    real = copies.write_private_copy
    done: list[Path] = []

    def fail_second(chunks: object, dest: Path) -> int:
        if done:  # as the real one reports a full disk
            raise VaultError("The copy could not be written (No space left on device).")
        done.append(dest)
        return real(chunks, dest)  # type: ignore[arg-type]

    monkeypatch.setattr(copies, "write_private_copy", fail_second)
    with pytest.raises(ExportError, match="could not be copied"):
        export(journal, out_dir / "y.json", format="json", preset="advocate", copy_attachments=True)
    assert done and list(out_dir.iterdir()) == []
    monkeypatch.setattr(copies, "write_private_copy", real)

    def refuse_rename(*_: object) -> None:
        raise OSError(13, "Permission denied")

    monkeypatch.setattr("os.replace", refuse_rename)
    with pytest.raises(ExportError):
        export(journal, out_dir / "z.csv", format="csv", preset="advocate", copy_attachments=True)
    assert list(out_dir.iterdir()) == []  # the copies went with the failed export


def test_photos_in_the_pdf_are_redrawn_without_their_location(
    qapp: object, journal: Vault, tmp_path: Path
) -> None:
    from journal.attachments import has_location_bytes
    from tests.gps_images import png_with_exif

    photo = png_with_exif(_png_bytes("#118844"), gps=True)
    att = _attach(journal, "MARKER-A", "where.png", photo)
    assert att.has_location  # type: ignore[attr-defined]
    out = tmp_path / "photos.pdf"
    export(journal, out, format="pdf", preset="advocate", thumbnails=True)
    assert _image_count(out) == 2  # the calendar and the photo
    streams = []  # every image drawn, decoded as stored in the PDF
    for page in PdfReader(str(out)).pages:
        objects = page["/Resources"].get("/XObject", {})
        for ref in objects.values():
            image = ref.get_object()
            if image.get("/Subtype") == "/Image":
                streams.append(image.get_data())
    assert streams
    for data in [out.read_bytes(), *streams]:
        assert not has_location_bytes(data)
        assert b"eXIf" not in data and b"Exif\x00" not in data
