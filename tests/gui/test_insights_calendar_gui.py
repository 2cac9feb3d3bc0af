"""The year calendar and "Promises and what followed" in the Insights view, used by keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from journal.crypto import KdfParams
from journal.drawing.calendar import SEVERITY_COLOURS, geometry, render_calendar_image
from journal.insights import calendar_span, year_calendar
from journal.model import Entry
from journal.session import Session
from journal.ui.insights.calendar_view import YearCalendar
from journal.ui.insights.insights_view import InsightsView
from tests.conftest import PASSPHRASE
from tests.gui_helpers import visible_text


@pytest.fixture
def session(vault_path: Path) -> Iterator[Session]:
    made = Session(vault_path, kdf=KdfParams.FLOOR)
    made.create(PASSPHRASE)
    yield made
    made.close()


def entries() -> list[Entry]:
    return [
        Entry(
            kind="incident",
            occurred_start=datetime(2025, 3, 3, 21),
            severity=4,
            what_happened="Door slammed, shoved into the wall",
        ),
        Entry(
            kind="reconciliation",
            occurred_start=datetime(2025, 3, 4, 10),
            behaviours=["promises_to_change"],
            what_happened="Said it would never happen again",
        ),
        Entry(kind="tension", occurred_start=datetime(2025, 3, 10, 9)),
        Entry(kind="incident", occurred_start=datetime(2025, 3, 20, 22), severity=2),
    ]


@pytest.fixture
def view(qtbot, session: Session) -> InsightsView:
    session.vault.add_entries(entries())
    widget = InsightsView(session)
    qtbot.addWidget(widget)
    widget.resize(1280, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    qtbot.waitUntil(lambda: widget.calendar_section.isVisible())
    return widget


def test_arrow_keys_move_between_days_and_enter_lists_the_day(qtbot, view: InsightsView) -> None:
    calendar = view.calendar
    assert calendar.selected == date(2025, 3, 20)  # the last day with an entry
    calendar.setFocus()
    qtbot.waitUntil(calendar.hasFocus)
    qtbot.keyClick(calendar, Qt.Key.Key_Up)  # a week back
    qtbot.keyClick(calendar, Qt.Key.Key_Up)
    qtbot.keyClick(calendar, Qt.Key.Key_Left)  # 20 - 14 - 1 = 5 March
    qtbot.keyClick(calendar, Qt.Key.Key_Left)
    assert calendar.selected == date(2025, 3, 4)
    line = view.calendar_section.day_line.text()
    assert line.startswith("Tuesday 4 Mar 2025: 1 entry (reconciliation)")
    assert not view.calendar_section.day_list.isVisible()
    with qtbot.waitSignal(calendar.day_opened) as opened:
        qtbot.keyClick(calendar, Qt.Key.Key_Return)
    assert opened.args == [date(2025, 3, 4)]
    listed = view.calendar_section.day_list
    assert listed.isVisible()
    assert [listed.item(i).text() for i in range(listed.count())] == [
        "10:00 · Reconciliation or affection after conflict · Said it would never happen again"
    ]
    qtbot.keyClick(calendar, Qt.Key.Key_Left)
    qtbot.keyClick(calendar, Qt.Key.Key_Enter)
    assert "severity 4 · Door slammed" in listed.item(0).text()
    qtbot.keyClick(calendar, Qt.Key.Key_End)  # the last day shown, no later
    qtbot.keyClick(calendar, Qt.Key.Key_Right)
    assert calendar.selected == calendar.end == date(2025, 3, 20)
    qtbot.keyClick(calendar, Qt.Key.Key_Home)
    assert calendar.selected == calendar.start == date(2024, 4, 1)


def test_calendar_has_a_text_alternative(qtbot, view: InsightsView) -> None:
    calendar = view.calendar
    assert calendar.accessibleName() == "Calendar of the twelve months to 20 Mar 2025"
    text = calendar.accessibleDescription()
    lines = text.splitlines()
    assert lines[0] == (
        "From 1 Apr 2024 to 20 Mar 2025 you recorded entries on 4 days, "
        "with an incident on 2 of them."
    )
    assert "April 2024: nothing recorded." in lines
    assert (
        "March 2025: entries on 4 days; incidents on 2 days (highest severity 4, on 3 March); "
        "times of tension on 1 day; reconciliations on 1 day."
    ) in lines
    assert len([ln for ln in lines if ln.endswith("2024: nothing recorded.")]) == 9
    assert any(ln.startswith("Incident days are shaded by severity: 5") for ln in lines)


def test_promises_card_and_wipe(qtbot, view: InsightsView) -> None:
    text = visible_text(view)
    assert "Promises and what followed" in text
    assert (
        "After the 1 recorded promise, apology or gift, an incident was recorded within 30 days."
        in text
    )
    line = view.promises_card.lines.item(0).text()
    assert line.startswith("4 Mar 2025: Promises to change. Next incident 20 Mar 2025 (16 days")
    view.wipe()
    assert view.calendar.marks == {}
    assert view.calendar.accessibleDescription() == ""
    assert view.promises_card.lines.count() == 0
    assert "Mar 2025" not in visible_text(view)


def test_click_selects_and_opens_a_day(qtbot) -> None:
    calendar = YearCalendar()
    qtbot.addWidget(calendar)
    calendar.resize(1000, calendar.heightForWidth(1000))
    end = date(2025, 3, 20)
    start, days = calendar_span(end)
    calendar.set_marks(year_calendar(entries(), end, days), start, end)
    calendar.show()
    qtbot.waitExposed(calendar)
    rect = geometry(calendar.rect().toRectF(), start, end).day_rect(date(2025, 3, 10))
    assert rect is not None
    with qtbot.waitSignal(calendar.day_opened) as opened:
        qtbot.mouseClick(calendar, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert opened.args == [date(2025, 3, 10)]
    assert calendar.selected == date(2025, 3, 10)


def test_calendar_image_shades_incidents_by_severity(qtbot) -> None:
    end = date(2025, 3, 20)
    start, days = calendar_span(end)
    marks = year_calendar(entries(), end, days)
    image = render_calendar_image(marks, start, end, 1200)
    geo = geometry(image.rect().toRectF(), start, end)
    assert len(geo.months) == 12

    def colour_at(day: date) -> str:
        rect = geo.day_rect(day)
        assert rect is not None
        x, y = int(rect.left() + rect.width() / 6), int(rect.center().y())  # beside the number
        return QColor(image.pixel(x, y)).name()

    assert colour_at(date(2025, 3, 3)) == SEVERITY_COLOURS[4].lower()
    assert colour_at(date(2025, 3, 20)) == SEVERITY_COLOURS[2].lower()
    assert colour_at(date(2025, 3, 10)) == "#ffffff"  # tension: a dot, not a shade
    assert isinstance(image, QImage) and image.height() > 600
