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
from journal.model import CONTENT_FIELDS, Entry
from journal.vault import Vault, content_digest

REFLECTION_CANARY = "CANARYREFLECTIONZX"
EMOTION_CANARY = "canaryemotionzx"
PRIVATE_KIND_CANARY = "CANARYPRIVATEKINDZX"
ROOT = Path(__file__).resolve().parent.parent


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
    assert "original kept" in text and "Neighbour and her son" in text
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
        assert row["occurred_start"] == entry.occurred_start.isoformat()
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
    assert doc["format"] == "reality-check-export" and doc["schema_version"] == 1
    assert doc["chain_head"] == journal.chain_head
    assert doc["entry_count"] == 5
    assert doc["red_flag_checkins"][0]["note"] == "CHECKIN-NOTE"
    by_id = {e.id: e for e in journal.entries()}
    for record in doc["entries"]:
        entry = by_id[record["id"]]
        restored = Entry.from_content({k: record[k] for k in CONTENT_FIELDS})
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
    assert ok.stdout.startswith("OK:")
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
    assert as_pdf.returncode == 2 and "Only JSON exports can be checked" in as_pdf.stdout


def test_pdf_export_works_headless_without_an_application(vault: Vault, tmp_path: Path) -> None:
    vault.add_entry(_entry(0, "HEADLESS-MARKER"))
    vault.close()
    out = tmp_path / "headless.pdf"
    script = (
        "import sys\n"
        "from journal.vault import open_vault\n"
        "from journal.export import export\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "assert QCoreApplication.instance() is None\n"
        f"with open_vault({str(vault.path)!r}, sys.argv[1]) as v:\n"
        f"    print(export(v, {str(out)!r}, format='pdf', preset='advocate').pages)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.pop("WAYLAND_DISPLAY", None)
    from tests.conftest import PASSPHRASE

    done = _run("-c", script, PASSPHRASE, env=env)
    assert done.returncode == 0, done.stderr
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
    assert _image_count(listed) == 0
    shown = tmp_path / "shown.pdf"
    export(journal, shown, format="pdf", preset="advocate", thumbnails=True)
    assert _image_count(shown) == 1  # the photo; the PDF document is only listed
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
    assert _image_count(plain) == 0 and "Patterns" not in _pdf_text(plain)
