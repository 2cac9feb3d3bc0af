"""The setup pages' card never squeezes its content: at 1024×600 with a 1.5 scale factor (a
window about 680 points wide) the Spanish unlock page once cut "Restaurar desde una copia de
seguridad…" and pushed "Mostrar" over the passphrase field."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QMainWindow, QWidget

from journal.app import create_main_window
from journal.drawing.catalogs import apply_language
from journal.i18n import Language
from journal.session import Session
from journal.vault import KdfParams, create_vault
from tests.conftest import PASSPHRASE
from tests.gui_helpers import ini_settings

WIDTH, HEIGHT = 683, 400  # 1024×600 at QT_SCALE_FACTOR=1.5, in the window's own points


@pytest.fixture(params=[Language.SPANISH, Language.ENGLISH], ids=["es", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[Language]:
    apply_language(request.param)
    yield request.param
    apply_language(Language.ENGLISH)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    """An unlocked new journal (floor KDF), closed afterwards."""
    made = Session(tmp_path / "j" / "journal.rcv", kdf=KdfParams.FLOOR)
    made.create(PASSPHRASE)
    yield made
    made.close()


def _squeezed(page: QWidget) -> list[str]:
    """Return the visible buttons narrower than their text needs and fields overlapped."""
    problems = []
    for button in page.findChildren(QAbstractButton):
        if button.isVisible() and button.width() < button.sizeHint().width():
            problems.append(f"{button.text()!r}: {button.width()} < {button.sizeHint().width()}")
    buttons = [b for b in page.findChildren(QAbstractButton) if b.isVisible()]
    for edit in page.findChildren(QLineEdit):
        if edit.isVisible():
            for button in buttons:
                if _on_page(edit, page).intersects(_on_page(button, page)):
                    problems.append(f"{button.text()!r} overlaps a field")
    return problems


def _on_page(widget: QWidget, page: QWidget) -> QRect:
    """Return the widget's rectangle in the page's coordinates."""
    return QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())


def _window(qtbot, path: Path, tmp_path: Path) -> QMainWindow:
    win = create_main_window(path, kdf=KdfParams.FLOOR, settings=ini_settings(tmp_path))
    qtbot.addWidget(win)
    win.resize(WIDTH, HEIGHT)
    win.show()
    qtbot.waitExposed(win)
    return win


def _window_on_a_journal(qtbot, tmp_path: Path) -> QMainWindow:
    """A narrow window on a new journal (floor KDF), showing its unlock page."""
    path = tmp_path / "j" / "journal.rcv"
    create_vault(path, PASSPHRASE, kdf=KdfParams.FLOOR)[0].close()
    return _window(qtbot, path, tmp_path)


def test_the_unlock_page_keeps_its_words_whole_in_a_narrow_window(
    qtbot, language: Language, tmp_path: Path
) -> None:
    win = _window_on_a_journal(qtbot, tmp_path)
    page = win.pages.currentWidget()
    assert page is win.unlock_page
    qtbot.waitUntil(lambda: page.width() > 0)
    assert _squeezed(page) == []
    win.close()


def test_the_first_pages_of_a_new_journal_keep_their_words_whole(
    qtbot, language: Language, tmp_path: Path
) -> None:
    win = _window(qtbot, tmp_path / "new" / "journal.rcv", tmp_path)
    for page in (win.welcome_page, win.create_page):
        win.pages.setCurrentWidget(page)
        qtbot.waitUntil(page.isVisible)
        assert _squeezed(page) == [], page.objectName() or type(page).__name__
    win.close()


def test_the_export_dialog_wraps_its_text_in_a_narrow_window(
    qtbot, language: Language, session: Session
) -> None:
    from PySide6.QtWidgets import QGroupBox, QScrollArea

    from journal.ui.export.export_dialog import ExportDialog

    dialog = ExportDialog(session)
    qtbot.addWidget(dialog)
    kinds, behaviours = dialog.filters.findChildren(QGroupBox)
    # Narrower than the two filter boxes side by side (whatever the fonts here), wider than
    # either of them and than the rest of the form.
    side_by_side = kinds.minimumSizeHint().width() + behaviours.minimumSizeHint().width()
    dialog.resize(min(WIDTH, side_by_side), HEIGHT)
    dialog.show()
    qtbot.waitExposed(dialog)
    inner = dialog.filters.parentWidget()
    scroll = next(s for s in dialog.findChildren(QScrollArea) if s.widget() is inner)
    # No sideways scrolling: the warning wraps, the two filter boxes stand one above the other.
    qtbot.waitUntil(lambda: inner.width() <= scroll.viewport().width())
    qtbot.waitUntil(lambda: kinds.y() < behaviours.y())  # laid out again, one above the other
    assert not scroll.horizontalScrollBar().isVisible()
    assert not _on_page(kinds, inner).intersects(_on_page(behaviours, inner))
    dialog.resize(1200, 800)  # room enough: side by side again
    qtbot.waitUntil(lambda: kinds.y() == behaviours.y())
    assert kinds.x() < behaviours.x()
    dialog.close()


def test_the_insights_controls_fold_in_a_narrow_window(
    qtbot, language: Language, session: Session
) -> None:
    from PySide6.QtWidgets import QScrollArea

    from journal.ui.insights.insights_view import InsightsView

    view = InsightsView(session)
    qtbot.addWidget(view)
    span, leaving = view.controls.parts
    one_row = span.minimumSizeHint().width() + leaving.minimumSizeHint().width()
    holder = QScrollArea()  # as in the Insights window: a narrow window scrolls, never cuts
    holder.setWidgetResizable(True)
    holder.setWidget(view)
    qtbot.addWidget(holder)
    holder.resize(one_row, HEIGHT)  # narrower than one row once the margins are taken
    holder.show()
    qtbot.waitExposed(holder)
    qtbot.waitUntil(lambda: view.controls.folded)
    qtbot.waitUntil(lambda: leaving.y() > span.y())
    assert view.width() <= holder.viewport().width()  # no sideways scrolling
    holder.resize(one_row + 200, HEIGHT)
    qtbot.waitUntil(lambda: not view.controls.folded and leaving.y() == span.y())
    holder.close()


def test_every_help_section_stays_in_view_in_a_narrow_window(qtbot, language: Language) -> None:
    from journal.ui.help.help_panel import HelpPanel

    panel = HelpPanel(territory="US")
    qtbot.addWidget(panel)
    panel.resize(WIDTH, HEIGHT)
    panel.show()
    qtbot.waitExposed(panel)
    bar = panel.tabs.tabBar()
    assert not bar.usesScrollButtons()
    # Every tab lies inside the bar (none behind scroll arrows), its whole name in its tip.
    for index in range(bar.count()):
        assert bar.rect().contains(bar.tabRect(index)), bar.tabText(index)
        assert panel.tabs.tabToolTip(index) == panel.tabs.tabText(index)
    panel.close()


def test_the_journal_list_keeps_its_order_whole_in_a_narrow_window(
    qtbot, language: Language, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    win = _window_on_a_journal(qtbot, tmp_path)
    field = win.unlock_page.passphrase.edit
    qtbot.keyClicks(field, PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.journal_page.isVisible())
    entries = win.journal_page.entries
    span, order = entries.dates_row.parts
    # "Recientes primero" once showed as "Recientes p…": now it goes under the dates.
    qtbot.waitUntil(lambda: order.width() >= order.sizeHint().width())
    assert order.geometry().right() <= entries.dates_row.width()
    assert entries.dates_row.folded == (order.y() > span.y())
    win.close()
