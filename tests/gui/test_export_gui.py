"""The export dialog used like a person would: presets, filters, count, warning, file dialog."""

from __future__ import annotations

import os
import stat
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from journal.model import Entry
from journal.session import Session
from journal.ui.backup.backup_dialogs import backup_journal
from journal.ui.export.export_dialog import ExportDialog
from journal.vault import KdfParams
from tests.conftest import PASSPHRASE
from tests.gui_helpers import answer_next_message_box, click_check, find, find_button, visible_text

CANARY = "TEMPCANARYQX"


@pytest.fixture
def session(tmp_path: Path) -> Session:
    made = Session(tmp_path / "journal" / "journal.rcv", kdf=KdfParams.FLOOR)
    made.create(PASSPHRASE)
    start = datetime(2024, 1, 10, 20, 0)
    made.vault.add_entries(
        [
            Entry(
                kind="incident" if i % 3 else "reflection",
                occurred_start=start + timedelta(days=7 * i),
                what_happened=f"EVENT-{i:02d} {CANARY}",
                reflection=f"PRIVATE-{i:02d}",
                behaviours=["yelling"] if i % 2 else ["name_calling"],
            )
            for i in range(12)
        ]
    )
    yield made
    made.close()


def _open(qtbot: object, session: Session, chosen: list[Path], **kwargs: object) -> ExportDialog:
    def choose(*_: object) -> str | None:
        return str(chosen[0]) if chosen else None

    dialog = ExportDialog(session, choose_path=choose, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    qtbot.waitExposed(dialog)  # type: ignore[attr-defined]
    return dialog


def _export(qtbot: object, dialog: ExportDialog) -> None:
    answer_next_message_box(QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(find_button(dialog, "Export…"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]


def test_every_control_is_named_and_the_warning_is_plain(qtbot: object, session: Session) -> None:
    dialog = _open(qtbot, session, [])
    for name in ("Preset", "Format"):
        find(dialog, QComboBox, name)
    for name in ("From", "To"):
        find(dialog, QDateEdit, name)
    for name in (
        "Only entries between these dates",
        "Incident",
        "Reflection or calm day",
        "What happened",
        "Private reflection",
    ):
        find(dialog, QCheckBox, name)
    find_button(dialog, "Export…")
    find_button(dialog, "Quick exit")
    text = visible_text(dialog)
    assert "not encrypted" in text and "USB stick" in text
    assert "8 entries will be exported." in text  # advocate: reflections left out


def test_export_pdf_through_the_dialog(qtbot: object, session: Session, tmp_path: Path) -> None:
    out = tmp_path / "for-advocate.pdf"
    dialog = _open(qtbot, session, [out])
    incident = find(dialog, QCheckBox, "Incident")
    click_check(qtbot, incident)
    assert not incident.isChecked()
    assert dialog.preview.text() == "No entries match these choices."
    assert not find_button(dialog, "Export…").isEnabled()
    click_check(qtbot, incident)
    click_check(qtbot, find(dialog, QCheckBox, "Only entries between these dates"))
    find(dialog, QDateEdit, "From").setDate(datetime(2024, 2, 1).date())
    find(dialog, QDateEdit, "To").setDate(datetime(2024, 2, 29).date())
    assert dialog.preview.text() == "3 entries will be exported."
    click_check(qtbot, find(dialog, QCheckBox, "Private reflection"))
    with qtbot.waitSignal(dialog.accepted):  # type: ignore[attr-defined]
        _export(qtbot, dialog)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = "\n".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert [f"EVENT-{i:02d}" in text for i in range(12)] == [i in (4, 5, 7) for i in range(12)]
    assert "PRIVATE-04" in text
    assert "EVENT-06" not in text  # a reflection entry in the range: kind not ticked


def test_therapist_preset_and_csv_format_by_keyboard(
    qtbot: object, session: Session, tmp_path: Path
) -> None:
    out = tmp_path / "for-therapist.csv"
    dialog = _open(qtbot, session, [out])
    preset = find(dialog, QComboBox, "Preset")
    preset.setFocus()
    qtbot.keyClick(preset, Qt.Key.Key_Down)  # type: ignore[attr-defined]
    assert preset.currentData() == "therapist"
    assert find(dialog, QCheckBox, "Reflection or calm day").isChecked()
    assert dialog.preview.text() == "12 entries will be exported."
    fmt = find(dialog, QComboBox, "Format")
    fmt.setFocus()
    qtbot.keyClick(fmt, Qt.Key.Key_Down)  # type: ignore[attr-defined]
    click_check(qtbot, find(dialog, QCheckBox, "Only entries with any of these behaviours"))
    item = dialog.behaviours.findItems("Yelling", Qt.MatchFlag.MatchStartsWith)[0]
    item.setCheckState(Qt.CheckState.Checked)
    assert dialog.preview.text() == "6 entries will be exported."
    with qtbot.waitSignal(dialog.accepted):  # type: ignore[attr-defined]
        _export(qtbot, dialog)
    text = out.read_text(encoding="utf-8-sig")
    assert text.count("EVENT-") == 6 and "PRIVATE-01" in text


def test_hand_picked_entries(qtbot: object, session: Session, tmp_path: Path) -> None:
    out = tmp_path / "picked.json"
    ids = [e.id or "" for e in session.vault.entries()][1:3]
    dialog = _open(qtbot, session, [out], entry_ids=ids)
    assert dialog.preview.text() == "2 entries will be exported."
    find(dialog, QComboBox, "Format").setCurrentIndex(2)
    with qtbot.waitSignal(dialog.accepted):  # type: ignore[attr-defined]
        _export(qtbot, dialog)
    text = out.read_text(encoding="utf-8")
    assert "EVENT-01" in text and "EVENT-02" in text and "EVENT-03" not in text


def test_cancelled_file_choice_writes_nothing(
    qtbot: object, session: Session, tmp_path: Path
) -> None:
    dialog = _open(qtbot, session, [])
    qtbot.mouseClick(find_button(dialog, "Export…"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert dialog.isVisible() and dialog.result_info is None


def _file_dialog_state() -> dict[str, object]:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.sync()
    settings.beginGroup("FileDialog")
    return {key: settings.value(key) for key in settings.allKeys()}


def test_qt_file_dialog_is_used_and_remembers_nothing(
    qtbot: object, session: Session, tmp_path: Path
) -> None:
    out = tmp_path / "chosen-in-dialog.json"
    before = _file_dialog_state()
    dialog = ExportDialog(session)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    find(dialog, QComboBox, "Format").setCurrentIndex(2)
    seen: list[QFileDialog] = []

    def fill_in() -> None:
        chooser = QApplication.activeModalWidget()
        if not isinstance(chooser, QFileDialog):
            QTimer.singleShot(10, fill_in)
            return
        seen.append(chooser)
        assert chooser.testOption(QFileDialog.Option.DontUseNativeDialog)
        name = chooser.findChild(QLineEdit, "fileNameEdit")
        name.setText(str(out))
        answer_next_message_box(QMessageBox.StandardButton.Ok)
        chooser.accept()

    QTimer.singleShot(0, fill_in)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):  # type: ignore[attr-defined]
        find_button(dialog, "Export…").click()
    assert seen and out.is_file()
    assert _file_dialog_state() == before


def test_nothing_is_left_in_the_temp_folder(
    qtbot: object, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "tmpdir"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    assert tempfile.gettempdir() == str(temp)
    outputs = tmp_path / "out"
    outputs.mkdir()
    for index, fmt in enumerate(("pdf", "csv", "json")):
        out = outputs / f"record.{fmt}"
        dialog = _open(qtbot, session, [out])
        find(dialog, QComboBox, "Format").setCurrentIndex(index)
        with qtbot.waitSignal(dialog.accepted):  # type: ignore[attr-defined]
            _export(qtbot, dialog)
        written = (
            "".join(page.extract_text() for page in PdfReader(str(out)).pages)
            if fmt == "pdf"
            else out.read_text(encoding="utf-8-sig")
        )
        assert CANARY in written  # the canary really went through the export
    answer_next_message_box(QMessageBox.StandardButton.Ok)
    parent = QWidget()
    qtbot.addWidget(parent)  # type: ignore[attr-defined]
    backup_journal(session, parent, choose_path=lambda *_: str(outputs / "b.rcv"))
    leaked = [
        path for path in temp.rglob("*") if path.is_file() and CANARY.encode() in path.read_bytes()
    ]
    assert leaked == []
    assert sorted(p.name for p in outputs.iterdir()) == [
        "b.rcv",
        "record.csv",
        "record.json",
        "record.pdf",
    ]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in outputs.iterdir())
    assert os.listdir(temp) == []


def test_wipe_clears_what_came_from_the_journal(qtbot: object, session: Session) -> None:
    dialog = _open(qtbot, session, [])
    assert dialog.behaviours.count() == 2
    dialog.wipe()
    assert dialog.behaviours.count() == 0 and dialog.preview.text() == ""


def test_photos_can_only_be_shown_in_a_pdf_listing_attachments(
    qtbot: object, session: Session
) -> None:
    dialog = _open(qtbot, session, [])
    photos = find(dialog, QCheckBox, "Show photos in a PDF (small)")
    attachments = find(dialog, QCheckBox, "List of attachments")
    assert attachments.isChecked() and photos.isEnabled() and not photos.isChecked()
    click_check(qtbot, photos)
    assert photos.isChecked()
    find(dialog, QComboBox, "Format").setCurrentIndex(1)  # CSV
    assert not photos.isEnabled() and not photos.isChecked()
    find(dialog, QComboBox, "Format").setCurrentIndex(0)
    click_check(qtbot, attachments)
    assert not photos.isEnabled()
    assert "attachments" not in dialog.chosen_fields()


def _png(width: int, height: int) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#886644"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def test_copying_the_attached_files_and_the_location_warning(
    qtbot: object, session: Session, tmp_path: Path
) -> None:
    import hashlib
    import io

    from tests.gps_images import png_with_exif

    entries = sorted(session.vault.entries(), key=lambda e: e.occurred_start)
    plain_png = _png(320, 200)
    gps_png = png_with_exif(plain_png, gps=True)
    first, second = entries[1].id or "", entries[2].id or ""  # both incidents (advocate)
    located = [
        session.vault.add_attachment(first, io.BytesIO(gps_png), filename="yard.png"),
        session.vault.add_attachment(second, io.BytesIO(gps_png), filename="car.png"),
    ]
    session.vault.add_attachment(second, io.BytesIO(plain_png), filename="plain.png")
    session.vault.add_attachment(second, io.BytesIO(b"%PDF-1.4 report"), filename="gp.pdf")
    assert all(att.has_location for att in located)
    out_dir = tmp_path / "stick"
    out_dir.mkdir()
    out = out_dir / "for-advocate.pdf"
    dialog = _open(qtbot, session, [out])
    listed = find(dialog, QCheckBox, "List of attachments")
    copy = find(dialog, QCheckBox, "Copy the attached files beside the export")
    assert copy.text() == "Copy the attached files beside the export"
    assert listed.isChecked() and copy.isEnabled() and not copy.isChecked()
    warning = find(dialog, QLabel, "Location warning")
    assert warning.isVisible()
    assert warning.text().startswith("2 photos carry location data (GPS).")
    assert "not places" in warning.text() and "keep it" not in warning.text()
    click_check(qtbot, find(dialog, QCheckBox, "Show photos in a PDF (small)"))
    assert "Photos shown in the PDF are redrawn without it." in warning.text()
    click_check(qtbot, copy)
    assert copy.isChecked()
    assert "The copied files keep it" in warning.text()
    assert "not encrypted either" in visible_text(dialog)
    find(dialog, QCheckBox, "Only entries between these dates").setChecked(
        True
    )  # only the entry with yard.png
    find(dialog, QDateEdit, "From").setDate(entries[1].occurred_start.date())
    find(dialog, QDateEdit, "To").setDate(entries[1].occurred_start.date())
    assert warning.text().startswith("1 photo carries location data (GPS).")
    find(dialog, QCheckBox, "Only entries between these dates").setChecked(False)
    click_check(qtbot, listed)  # no list: no copies, no photos, no warning
    assert not copy.isEnabled() and not copy.isChecked() and not warning.isVisible()
    click_check(qtbot, listed)
    click_check(qtbot, copy)
    finished: list[str] = []

    def read_message() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, read_message)
            return
        finished.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(0, read_message)
    with qtbot.waitSignal(dialog.accepted):  # type: ignore[attr-defined]
        qtbot.mouseClick(find_button(dialog, "Export…"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    folder = out_dir / "for-advocate files"
    assert "4 attached files were copied" in finished[0] and folder.name in finished[0]
    assert sorted(p.name for p in folder.iterdir()) == [
        "car.png",
        "gp.pdf",
        "plain.png",
        "yard.png",
    ]
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for copied in folder.iterdir():
        assert stat.S_IMODE(copied.stat().st_mode) == 0o600
    sums = {hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    atts = session.vault.attachments(first) + session.vault.attachments(second)
    assert sums == {att.sha256 for att in atts}


def test_cancelling_a_copying_export_leaves_nothing(
    qtbot: object, session: Session, tmp_path: Path
) -> None:
    import io

    entry = sorted(session.vault.entries(), key=lambda e: e.occurred_start)[1]
    session.vault.add_attachment(entry.id or "", io.BytesIO(os.urandom(3 << 20)), filename="a.bin")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    dialog = _open(qtbot, session, [out_dir / "record.csv"])
    find(dialog, QComboBox, "Format").setCurrentIndex(1)
    click_check(qtbot, find(dialog, QCheckBox, "Copy the attached files beside the export"))
    calls = [0]
    real = dialog._runner.keep_responding

    def cancel_while_copying() -> None:
        calls[0] += 1
        if calls[0] == 2:
            dialog.reject()  # Cancel pressed while the big file is copied
        real()

    dialog._runner.keep_responding = cancel_while_copying  # type: ignore[method-assign]
    find_button(dialog, "Export…").click()
    assert calls[0] >= 2
    assert list(out_dir.iterdir()) == []
