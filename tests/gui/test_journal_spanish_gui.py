"""The journal screens in Spanish: editor, entry list and view, attachments; English after.

Built on a real journal (floor KDF) with the real Spanish catalog (`make translations`); the
language is switched the way the app does it (`apply_language`) and back to English after
each test.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from journal.drawing.catalogs import apply_language
from journal.i18n import Language
from journal.model import Entry
from journal.session import Session
from journal.taxonomy import default_taxonomy
from journal.ui.attachments.attachment_viewers import png_bytes
from journal.ui.attachments.attachments_view import AttachmentsView
from journal.ui.editor.editor import EntryEditor
from journal.ui.journal.journal_page import JournalPage
from journal.vault import KdfParams
from tests.gui_helpers import visible_text

ROOT = Path(__file__).resolve().parents[2]
PASS = "quiet river under seven lanterns"
TAXONOMY = default_taxonomy()
JANUARY = datetime(2025, 1, 5, 21, 15)  # "ene" in Spanish, "Jan" in English


def _english_sources() -> list[str]:
    """Return the English texts of i18n/es/journal.ts that read differently in Spanish and are
    long enough (two words or more, no placeholder) to be looked for on a screen."""
    found = []
    for message in ET.parse(ROOT / "i18n" / "es" / "journal.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        plain = source.replace("&", "")
        if " " in plain and "{" not in plain and "%" not in plain and source != translation:
            found.append(plain.rstrip(":"))
    return found


ENGLISH = _english_sources()


def _english_on(widget: QWidget) -> list[str]:
    text = visible_text(widget)
    return [source for source in ENGLISH if source in text]


@pytest.fixture
def spanish(qapp) -> Iterator[None]:
    apply_language(Language.SPANISH)
    yield
    apply_language(Language.ENGLISH)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    made = Session(tmp_path / "journal" / "journal.rcv", kdf=KdfParams.FLOOR)
    made.create(PASS)
    vault = made.vault
    first = vault.add_entry(
        Entry(kind="incident", occurred_start=JANUARY, what_happened="He took my phone.")
    )
    vault.amend_entry(
        first.id or "",
        Entry(
            kind="incident",
            occurred_start=JANUARY,
            what_happened="He took my phone and my keys.",
            behaviours=["strangulation"],
            severity=3,
            children_present=True,
        ),
    )
    vault.add_entry(Entry(kind="reflection", occurred_start=datetime(2025, 4, 2, 9, 0)))
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    vault.add_attachment(first.id or "", io.BytesIO(png_bytes(image)), filename="door.png")
    yield made
    made.close()


def _label_of(root: QWidget, field: QWidget) -> str:
    """Return the text (without its & shortcut) of the label whose buddy is `field`."""
    for label in root.findChildren(QLabel):
        if label.buddy() is field:
            return label.text().replace("&", "")
    raise LookupError(field.objectName())


def _show(qtbot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.resize(1000, 560)
    widget.show()
    qtbot.waitExposed(widget)


def test_the_editor_reads_in_spanish(qtbot, spanish: None, session: Session) -> None:
    editor = EntryEditor(TAXONOMY, session)
    _show(qtbot, editor)
    entry = session.vault.entries()[0]
    editor.load(entry, amending=entry)
    editor.show_details(True)

    assert editor.save_button.text() == "Guardar"
    assert editor.save_button.accessibleName() == "Guardar"
    assert editor.save_button.objectName() == "save"  # English, as tests and tools find it
    assert _label_of(editor, editor.what_happened) == "Qué pasó:"
    assert editor.what_happened.accessibleName() == "Qué pasó"
    assert editor.title.text() == "Corregir entrada"
    assert editor.kind.currentText() == "Incidente"
    assert editor.precision.itemText(0) == "Hora exacta"
    assert "ene" in editor.start.text() and "Jan" not in editor.start.text()
    assert editor.recorded_at.text().endswith("(se conserva el original)")
    tabs = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    assert tabs == ["Detalles", "Conductas", "Sentimientos", "Reflexión", "Archivos"]
    assert _label_of(editor, editor.witnesses) == "Testigos:"
    assert editor.children.currentText() == "Sí"
    assert not _english_on(editor)

    editor.kind.setCurrentIndex(editor.kind.findData("contact_attempt"))
    assert editor.kind_rows.label("technology").startswith("Cómo se puso en contacto")
    shortcuts = [
        label.text().split("&")[1][0].lower()
        for label in editor.findChildren(QLabel)
        if label.isVisibleTo(editor) and "&" in label.text()
    ]
    assert len(shortcuts) == len(set(shortcuts))  # every Alt letter of the form is its own

    editor.what_happened.clear()
    editor.reflection.clear()
    editor.request_save()
    assert editor.error.text() == "Escribe al menos unas palabras sobre lo que pasó."


def test_the_journal_page_reads_in_spanish(qtbot, spanish: None, session: Session) -> None:
    page = JournalPage(session, TAXONOMY)
    _show(qtbot, page)
    page.start()

    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Cuándo pasó", "Tipo", "Conductas", "Qué pasó"]
    assert page.entries.count.text() == "2 entradas"
    page.entries.kind_filter.setCurrentIndex(page.entries.kind_filter.findData("incident"))
    qtbot.waitUntil(lambda: page.entries.count.text() == "1 de 2 entradas")
    when = model.data(model.index(0, 0))
    assert "5 ene 2025" in when and "Jan" not in when
    assert model.data(model.index(0, 1)) == "Incidente"
    assert page.entries.new_button.text() == "Nueva entrada"
    assert page.entries.new_button.accessibleName() == "Nueva entrada"
    assert page.search.accessibleName() == "Buscar"

    page.select(model.data(model.index(0, 0), Qt.ItemDataRole.UserRole))
    shown = page.view.browser.toPlainText()
    for spanish_text in (
        "Tipo",
        "Fecha de registro",
        "Historial de cambios",
        "Corrección 1",
        "3 de 5",
    ):
        assert spanish_text in shown
    assert "(alto riesgo)" in shown
    assert "Revision history" not in shown and "Recorded at" not in shown
    assert page.view.attachments_title.text() == "Archivos adjuntos (1)"
    assert not _english_on(page)

    page.problems_banner.show_problems(["x", "y"])
    assert page.problems_banner.text.startswith("Al desbloquear el diario, se encontraron 2 ")


def test_the_attachments_read_in_spanish(qtbot, spanish: None, session: Session) -> None:
    view = AttachmentsView(session)
    _show(qtbot, view)
    entry = session.vault.entries()[0]
    view.set_entry(entry.id)
    view.select_row(0)

    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Nombre", "Tamaño", "Agregado", "SHA-256"]
    assert view.add_button.text() == "Agregar archivo…"
    assert view.details.hash_label.text() == "Huella (SHA-256):"
    attachment = session.vault.attachments(entry.id or "")[0]
    added = attachment.added_at.astimezone()
    locale = QLocale(QLocale.Language.Spanish, QLocale.Country.LatinAmerica)
    day = locale.toString(QDate(added.year, added.month, added.day), "d MMM yyyy")
    assert view.model.data(view.model.index(0, 2)) == f"{day}, {added:%H:%M}"
    assert view.model.data(view.model.index(0, 1)).endswith("bytes")
    assert not _english_on(view)


def test_english_is_unchanged_after_spanish(qtbot, session: Session) -> None:
    apply_language(Language.SPANISH)
    apply_language(Language.ENGLISH)
    editor = EntryEditor(TAXONOMY, session)
    _show(qtbot, editor)
    page = JournalPage(session, TAXONOMY)
    _show(qtbot, page)
    page.start()

    assert editor.save_button.text() == editor.save_button.accessibleName() == "Save"
    assert _label_of(editor, editor.what_happened) == "What happened:"
    assert editor.kind.itemText(0) == "Incident"
    assert page.entries.count.text() == "2 entries"
    assert page.model.data(page.model.index(0, 0)) == "Wed 02 Apr 2025, 09:00"  # newest first
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "When it happened"
    assert "Qué pasó" not in visible_text(editor) and "entradas" not in visible_text(page)


def test_long_spanish_labels_wrap_and_the_fields_stay_in_view(
    qtbot, spanish: None, session: Session
) -> None:
    editor = EntryEditor(TAXONOMY, session)
    _show(qtbot, editor)
    editor.resize(560, 560)  # the editor's side of the window on a 1024 × 600 screen
    editor.show_details(True)
    editor.kind.setCurrentIndex(editor.kind.findData("contact_attempt"))
    details = editor.tabs.widget(0)
    assert isinstance(details, QScrollArea)
    viewport = details.viewport()
    label = editor.kind_rows.label_widget("technology")
    assert label.text().replace("&", "").startswith("Cómo se puso en contacto")
    qtbot.waitUntil(lambda: label.width() > 0 and label.isVisible())
    details.widget().layout().activate()
    # The form fits its room without squeezing a field below its own minimum (the view never
    # scrolls sideways: what is wider is cut off).
    assert details.widget().minimumSizeHint().width() <= viewport.width()
    for name in editor.kind_rows.shown():
        field = editor.kind_rows.field(name)
        right = field.mapTo(viewport, field.rect().topRight()).x()
        assert right < viewport.width(), name
        assert field.width() >= field.minimumSizeHint().width(), name
        label = editor.kind_rows.label_widget(name)
        assert label.geometry().right() < field.geometry().left(), name  # side by side
        assert label.height() >= label.heightForWidth(label.width()), name  # no line cut
