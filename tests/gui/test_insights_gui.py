"""The Insights view and offscreen chart images, driven and read as a person would."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QLabel

from journal.crypto import KdfParams
from journal.drawing.charts import KIND_COLOURS, build_charts, render_chart_images
from journal.insights import compute_insights
from journal.model import KINDS, Entry
from journal.session import Session
from journal.ui.insights.insights_view import EMPTY_TEXT, SETTINGS_DOCUMENT, InsightsView
from tests.conftest import PASSPHRASE
from tests.gui_helpers import find, visible_text

CANARY = "Quokka-Behaviour-5531"


@pytest.fixture
def session(vault_path: Path) -> Iterator[Session]:
    """An unlocked session on a new floor-KDF journal."""
    made = Session(vault_path, kdf=KdfParams.FLOOR)
    made.create(PASSPHRASE)
    yield made
    made.close()


@pytest.fixture
def view(qtbot, session: Session) -> InsightsView:
    widget = InsightsView(session)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def crafted(count: int = 12) -> list[Entry]:
    """Tension, incident, making up, repeated every five days from 3 March 2025."""
    out = []
    for n in range(count // 3):
        day = datetime(2025, 3, 3, 18) + timedelta(days=5 * n)
        out.append(Entry(kind="tension", occurred_start=day, emotions={"fear": 6}))
        out.append(
            Entry(
                kind="incident",
                occurred_start=day + timedelta(days=1),
                severity=3,
                behaviours=["yelling", CANARY],
            )
        )
        out.append(
            Entry(
                kind="reconciliation",
                occurred_start=day + timedelta(days=2),
                behaviours=["apology_after_harm"],
            )
        )
    return out


def captions_shown(view: InsightsView) -> list[str]:
    return [label.text() for label in view.findChildren(QLabel) if label.objectName() == "caption"]


def wait_for_charts(qtbot, view: InsightsView, count: int) -> None:
    qtbot.waitUntil(
        lambda: len([v for v in view.findChildren(QChartView) if v.isVisible()]) == count
    )


def test_empty_journal_shows_the_empty_state(qtbot, view: InsightsView) -> None:
    view.refresh()
    qtbot.waitUntil(lambda: find(view, QLabel, EMPTY_TEXT).isVisible())
    assert [v for v in view.findChildren(QChartView) if v.isVisible()] == []
    assert find(view, QDateEdit, "From").isEnabled()
    assert find(view, QDateEdit, "To").isEnabled()


def test_one_entry_renders_a_chart_and_caption(qtbot, view: InsightsView, session: Session) -> None:
    session.vault.add_entry(
        Entry(kind="incident", occurred_start=datetime(2025, 3, 4, 20), severity=2)
    )
    view.refresh()
    wait_for_charts(qtbot, view, 2)  # entries per period, severity
    text = visible_text(view)
    assert "you recorded 1 entry: 1 incident." in text
    assert "In this period you recorded 1 incident; it was not followed within 3 days" in text
    assert EMPTY_TEXT not in text
    assert find(view, QDateEdit, "From").date().toPython() == datetime(2025, 3, 4).date()


def test_crafted_cycle_captions_charts_and_wipe(qtbot, view: InsightsView, session) -> None:
    session.vault.add_entries(crafted())
    session.vault.save_document(
        "red_flag_checkins",
        [{"date": "2025-03-05", "answers": {"isolation": True, "push_pull": True}, "note": "n"}],
    )
    view.refresh()
    wait_for_charts(qtbot, view, 6)  # ... and feelings by kind (fear during tension)
    text = visible_text(view)
    assert "In this period you recorded 4 incidents; all 4 were followed within 3 days" in text
    assert "4 of the 4 incidents had tension recorded before and making up after" in text
    assert "1 red-flag check-in" in text
    charts = {v.accessibleName(): v.chart() for v in view.chart_views}
    behaviours = charts["Behaviours recorded most often"]
    axis = behaviours.axes(Qt.Orientation.Vertical)[0]
    assert CANARY in axis.categories()  # the user's own behaviour name

    view.wipe()
    qtbot.waitUntil(lambda: view.findChildren(QChartView) == [])
    assert all(not text for text in captions_shown(view))
    assert view.cycle_caption.text() == ""
    remaining = visible_text(view)
    for fragment in ("incident", "check-in", CANARY, "Yelling", "Mar 2025"):
        assert fragment not in remaining


def test_range_and_period_change_like_a_user(qtbot, view: InsightsView, session) -> None:
    session.vault.add_entries(crafted())
    view.refresh()
    wait_for_charts(qtbot, view, 5)
    period = find(view, QComboBox, "Period")
    period.setFocus()
    qtbot.keyClick(period, Qt.Key.Key_Down)  # Week -> Month
    qtbot.waitUntil(lambda: view.insights is not None and view.insights.period == "month")
    assert view.insights is not None
    assert view.insights.period_labels == ["Mar"]

    to = find(view, QDateEdit, "To")
    to.setFocus()
    to.setCurrentSection(QDateTimeEdit.Section.YearSection)
    qtbot.keyClick(to, Qt.Key.Key_Down)  # one year back: "To" is now before "From"
    qtbot.waitUntil(lambda: "“From” date is after the “To” date" in visible_text(view))
    assert [v for v in view.findChildren(QChartView) if v.isVisible()] == []

    qtbot.mouseClick(view.whole_record, Qt.MouseButton.LeftButton)
    wait_for_charts(qtbot, view, 5)
    assert "you recorded 12 entries" in visible_text(view)


def test_left_on_date_is_stored_in_the_vault(qtbot, view: InsightsView, session) -> None:
    entries = crafted(3) + [
        Entry(kind="contact_attempt", occurred_start=datetime(2025, 3, 20 + n, 21))
        for n in range(3)
    ]
    session.vault.add_entries(entries)
    view.refresh()
    wait_for_charts(qtbot, view, 5)
    box = find(view, QCheckBox, "I left on")
    left_on = find(view, QDateEdit, "Date you left")
    assert not left_on.isEnabled()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    assert box.isChecked()
    assert left_on.isEnabled()
    left_on.setFocus()
    left_on.setCurrentSection(QDateTimeEdit.Section.YearSection)
    left_on.setDate(left_on.date().fromString("2025-03-19", "yyyy-MM-dd"))
    qtbot.waitUntil(
        lambda: "the day you left, you recorded 3 contact attempts" in (visible_text(view))
    )
    assert session.vault.load_document(SETTINGS_DOCUMENT) == {"left_on": "2025-03-19"}
    view.wipe()
    assert not box.isChecked()
    view.refresh()
    assert box.isChecked()
    assert left_on.date().toString("yyyy-MM-dd") == "2025-03-19"


def test_malformed_checkins_and_locked_journal(qtbot, view: InsightsView, session) -> None:
    session.vault.add_entries(crafted(3))
    session.vault.save_document("red_flag_checkins", {"not": "a list"})
    session.vault.save_document(SETTINGS_DOCUMENT, ["junk"])
    view.refresh()
    wait_for_charts(qtbot, view, 5)
    session.lock()
    view.refresh()
    qtbot.waitUntil(lambda: view.findChildren(QChartView) == [])
    assert "The journal is locked." in visible_text(view)
    assert "incident" not in visible_text(view)


def test_ten_thousand_entries_render(qtbot, view: InsightsView, session) -> None:
    rng = random.Random(4)
    start = datetime(2024, 1, 1, 9)
    entries = [
        Entry(
            kind=rng.choice(KINDS),
            occurred_start=start + timedelta(minutes=rng.randrange(2 * 365 * 24 * 60)),
            severity=rng.choice([None, 1, 3, 5]),
            behaviours=rng.sample(["yelling", "hitting", "blaming_you", "love_bombing"], 2),
            emotions={"fear": rng.randrange(11)},
        )
        for _ in range(10_000)
    ]
    session.vault.add_entries(entries)
    view.refresh()
    wait_for_charts(qtbot, view, 5)
    assert view.insights is not None
    assert view.insights.total == 10_000
    assert view.insights.period == "month"  # 2 years of weeks is too many bars
    assert "you recorded 10,000 entries" in visible_text(view)


def _colours(image: QImage) -> set[int]:
    return {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }


def test_render_chart_images_offscreen(qtbot) -> None:
    checkins = [{"date": "2025-03-04", "answers": {"isolation": True}, "note": ""}]
    images = render_chart_images(compute_insights(crafted(), checkins=checkins), 1400, 700)
    assert len(images) == 6
    for image, caption in images:
        assert (image.width(), image.height()) == (1400, 700)
        assert caption
        assert len(_colours(image)) > 20  # text, axes and data, not a blank page
    entries_image, entries_caption = images[0]
    assert "you recorded 12 entries" in entries_caption
    assert "all 4 were followed within 3 days" in entries_caption
    incident = QColor(KIND_COLOURS["incident"]).rgb()
    assert incident in _colours(entries_image)
    assert render_chart_images(compute_insights([]), 800, 400) == []


def test_user_names_in_charts_are_not_rendered_as_html(qtbot) -> None:
    odd = Entry(
        kind="incident",
        occurred_start=datetime(2025, 3, 3, 9),
        behaviours=["<b>loud</b> & <img src='x'>"],
        emotions={"<i>mine</i>": 4},
    )
    charts = {key: chart for key, chart, _ in build_charts(compute_insights([odd]))}
    axis = charts["behaviours"].axes(Qt.Orientation.Vertical)[0]
    assert axis.categories() == ["&lt;b&gt;loud&lt;/b&gt; &amp; &lt;img src='x'&gt;"]
    assert charts["emotions"].series()[0].name() == "&lt;i&gt;mine&lt;/i&gt;"


def test_i_left_on_takes_no_day_after_today(qtbot, view: InsightsView) -> None:
    left = find(view, QCheckBox, "I left on")
    left.setFocus()
    qtbot.keyClick(left, Qt.Key.Key_Space)
    day = find(view, QDateEdit, "Date you left")
    assert day.isEnabled() and day.maximumDate() == QDate.currentDate()
    day.setDate(QDate.currentDate().addDays(10))
    assert day.date() == QDate.currentDate()
    day.setFocus()
    qtbot.keyClick(day, Qt.Key.Key_Up)  # the day section cannot step past today either
    assert day.date() <= QDate.currentDate()
