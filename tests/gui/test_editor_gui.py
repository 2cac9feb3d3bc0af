"""The entry editor as a person uses it: behaviours that help, a quick path, typed dates."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
)

from journal.app import create_main_window
from journal.model import Entry
from journal.taxonomy import default_taxonomy
from journal.ui.editor.behaviours import group_label
from journal.ui.editor.editor import EntryEditor
from journal.vault import KdfParams, create_vault
from tests.gui_helpers import find, find_button, ini_settings

TAXONOMY = default_taxonomy()


@pytest.fixture
def editor(qtbot) -> EntryEditor:
    widget = EntryEditor(TAXONOMY)
    qtbot.addWidget(widget)
    widget.resize(760, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _behaviour_item(tree: QTreeWidget, behaviour_id: str):
    for top in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(top)
        for i in range(group.childCount()):
            if group.child(i).data(0, Qt.ItemDataRole.UserRole) == behaviour_id:
                return group, group.child(i)
    raise LookupError(behaviour_id)


def _open_behaviours(qtbot, editor: EntryEditor) -> QTreeWidget:
    editor.show_details(True)
    editor.tabs.setCurrentWidget(editor.behaviour_panel)
    tree = find(editor, QTreeWidget, "Behaviours")
    tree.setFocus()
    return tree


def _tick_with_keyboard(qtbot, tree: QTreeWidget, behaviour_id: str) -> None:
    group, item = _behaviour_item(tree, behaviour_id)
    group.setExpanded(True)
    tree.setCurrentItem(item)
    qtbot.keyClick(tree, Qt.Key.Key_Space)


def test_groups_count_what_is_ticked_and_say_it(qtbot, editor: EntryEditor) -> None:
    tree = _open_behaviours(qtbot, editor)
    high = sorted(TAXONOMY.high_risk_ids())
    group = TAXONOMY.group(TAXONOMY.behaviour("threats_to_kill").group_id)
    _tick_with_keyboard(qtbot, tree, "threats_to_kill")
    top, item = _behaviour_item(tree, "threats_to_kill")
    assert item.checkState(0) == Qt.CheckState.Checked
    assert top.text(0) == f"{group.name} (1 ticked)" == group_label(group.name, 1)
    assert top.data(0, Qt.ItemDataRole.AccessibleTextRole) == f"{group.name} (1 ticked)"
    # Collapsing the group keeps the count in view.
    top.setExpanded(False)
    assert "(1 ticked)" in top.text(0)
    _tick_with_keyboard(qtbot, tree, "threats_to_kill")  # untick
    assert top.text(0) == group.name
    assert editor.behaviours.values() == [] and high


def test_selected_behaviour_is_described_without_hovering(qtbot, editor: EntryEditor) -> None:
    tree = _open_behaviours(qtbot, editor)
    behaviour = TAXONOMY.all_behaviours()[0]
    _group, item = _behaviour_item(tree, behaviour.id)
    tree.setCurrentItem(item)
    description = find(editor, QLabel, "Behaviour description")
    assert description.isVisible()
    assert behaviour.description in description.text()
    assert behaviour.name in description.text()
    # Arrow keys move the description along.
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    following = tree.currentItem().data(0, Qt.ItemDataRole.UserRole)
    assert TAXONOMY.behaviour(following).description in description.text()


def test_high_risk_tick_shows_a_calm_note_and_get_help(qtbot, editor: EntryEditor) -> None:
    tree = _open_behaviours(qtbot, editor)
    note = editor.behaviour_panel.risk_note
    assert not note.isVisible()
    _tick_with_keyboard(qtbot, tree, "strangulation")
    assert note.isVisible()
    text = find(editor, QLabel, "Safety note").text()
    assert TAXONOMY.risk_note("strangulation") in text
    assert "medical" in text
    button = find_button(note, "Get help")
    assert button.accessibleName() == "Get help"
    with qtbot.waitSignal(editor.help_requested):
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)
    _tick_with_keyboard(qtbot, tree, "strangulation")  # unticked: the note goes away
    assert not note.isVisible()
    # A behaviour without risk never shows it.
    plain = next(b for b in TAXONOMY.all_behaviours() if not b.high_risk)
    _tick_with_keyboard(qtbot, tree, plain.id)
    assert not note.isVisible()


def test_quick_path_saves_with_only_what_happened(qtbot, editor: EntryEditor) -> None:
    # A new entry: kind, when (now), What happened; the rest waits behind "More details".
    assert not editor.tabs.isVisible()
    more = find_button(editor, "More details")
    assert not more.isChecked()
    box = find(editor, QPlainTextEdit, "What happened")
    qtbot.keyClicks(box, "He shouted at me in the car.")
    before = datetime.now().replace(second=0, microsecond=0)
    with qtbot.waitSignal(editor.save_requested) as saved:
        qtbot.keyClick(editor.save_button, Qt.Key.Key_Space)
    entry: Entry = saved.args[0]
    assert entry.what_happened == "He shouted at me in the car."
    assert abs(entry.occurred_start - before) <= timedelta(minutes=1)
    # Opening the rest on demand, with the keyboard.
    more.setFocus()
    qtbot.keyClick(more, Qt.Key.Key_Space)
    assert editor.tabs.isVisible() and more.isChecked()
    assert find(editor, QLineEdit, "Location").isVisible()


def _shown(editor: EntryEditor) -> list[str]:
    return editor.kind_rows.shown()


def test_form_adapts_to_the_kind(qtbot, editor: EntryEditor) -> None:
    editor.show_details(True)
    kind = find(editor, QComboBox, "Kind")
    kind.setCurrentIndex(kind.findData("incident"))
    assert {"injuries", "medical_care", "police_report"} <= set(_shown(editor))
    kind.setCurrentIndex(kind.findData("contact_attempt"))
    shown = _shown(editor)
    assert "injuries" not in shown and "medical_care" not in shown
    assert {"technology", "words_used"} <= set(shown)
    assert editor.kind_rows.label("technology").startswith("How they made contact")
    assert editor.technology.accessibleDescription().startswith("How they made contact")
    kind.setCurrentIndex(kind.findData("reflection"))
    assert not {"injuries", "medical_care", "police_report", "technology"} & set(_shown(editor))
    assert not find_all_visible(editor, "Police report number")


def find_all_visible(root, name: str) -> list:
    return [w for w in root.findChildren(QLineEdit) if w.accessibleName() == name and w.isVisible()]


def test_hidden_field_with_a_value_is_shown_not_lost(qtbot, editor: EntryEditor) -> None:
    entry = Entry(
        kind="reflection",
        occurred_start=datetime(2025, 1, 5, 10, 0),
        what_happened="A calm day, but I remembered the report.",
        police_report="PR-77",
    )
    editor.load(entry, amending=None)
    assert editor.tabs.isVisible()  # it has details: they are open
    assert "police_report" in _shown(editor) and "injuries" not in _shown(editor)
    assert find(editor, QLineEdit, "Police report number").text() == "PR-77"
    assert editor.to_entry().police_report == "PR-77"


def test_end_starts_at_the_start_and_day_only_hides_the_time(qtbot, editor: EntryEditor) -> None:
    start = find(editor, QDateTimeEdit, "When it happened")
    assert start.calendarPopup()
    start.setDateTime(QDateTime(QDate(2025, 2, 3), QTime(14, 30)))
    until = find(editor, QCheckBox, "It went on until")
    until.setFocus()
    qtbot.keyClick(until, Qt.Key.Key_Space)
    end = find(editor, QDateTimeEdit, "Ended at")
    assert end.isEnabled() and end.dateTime() == start.dateTime()
    precision = find(editor, QComboBox, "Precision")
    precision.setCurrentIndex(precision.findData("day"))
    assert "HH" not in start.displayFormat() and "HH" not in end.displayFormat()
    assert ":" not in start.text()
    precision.setCurrentIndex(precision.findData("exact"))
    assert "14:30" in start.text()


def test_no_future_dates_and_the_message_clears_when_fixed(qtbot, editor: EntryEditor) -> None:
    start = find(editor, QDateTimeEdit, "When it happened")
    assert start.maximumDate() == QDate.currentDate()  # the calendar offers no later day
    start.setDateTime(QDateTime.currentDateTime().addSecs(3 * 3600))
    qtbot.keyClicks(find(editor, QPlainTextEdit, "What happened"), "Later?")
    if start.dateTime() <= QDateTime.currentDateTime().addSecs(600):
        pytest.skip("too close to midnight to type a later time today")
    with qtbot.assertNotEmitted(editor.save_requested):
        qtbot.keyClick(editor.save_button, Qt.Key.Key_Space)
    assert "later than now" in editor.error.text()
    start.setDateTime(QDateTime.currentDateTime().addSecs(-3600))
    assert editor.error.text() == ""


def test_empty_message_clears_as_soon_as_something_is_written(qtbot, editor: EntryEditor) -> None:
    with qtbot.assertNotEmitted(editor.save_requested):
        qtbot.keyClick(editor.save_button, Qt.Key.Key_Space)
    assert editor.error.text().startswith("Write at least")
    qtbot.keyClicks(find(editor, QPlainTextEdit, "What happened"), "x")
    assert editor.error.text() == ""


PASS = "quiet river under seven lanterns"


@pytest.fixture
def window(qtbot, tmp_path: Path):
    path = tmp_path / "vault" / "journal.rcv"
    vault, _code = create_vault(path, PASS, kdf=KdfParams.FLOOR)
    vault.add_entry(
        Entry(
            kind="incident",
            occurred_start=datetime(2025, 3, 2, 21, 15),
            what_happened="He followed me to work.",
            behaviours=["following_you", "Took my keys"],
        )
    )
    vault.close()
    win = create_main_window(path, kdf=KdfParams.FLOOR, settings=ini_settings(tmp_path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    field = find(win, QLineEdit, "Passphrase")
    qtbot.keyClicks(field, PASS)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win._on_journal_page(), timeout=15_000)
    yield win
    win.close()


def test_get_help_beside_a_safety_note_opens_the_safety_plan(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.journal_page.editor
    tree = _open_behaviours(qtbot, editor)
    _tick_with_keyboard(qtbot, tree, "threats_to_kill")
    buttons = [b for b in window.findChildren(QPushButton) if b.accessibleName() == "Get help"]
    assert len(buttons) == 2 and all(b.text() == "Get help" for b in buttons)
    qtbot.mouseClick(editor.behaviour_panel.help_button, Qt.MouseButton.LeftButton)
    panel = window._help_panel
    qtbot.waitUntil(lambda: panel is not None and panel.isVisible())
    assert panel.tabs.tabText(panel.tabs.currentIndex()) == "Safety plan"


def test_behaviour_filter_is_grouped_like_the_editor(qtbot, window) -> None:
    combo = find(window, QComboBox, "Filter by behaviour")
    model = combo.model()
    texts = [combo.itemText(i) for i in range(combo.count())]
    for group in TAXONOMY.groups:
        at = texts.index(group.name)
        assert not model.item(at).isEnabled()  # a heading, not a choice
        first = group.behaviours[0]
        assert texts[at + 1].strip() == first.name and combo.itemData(at + 1) == first.id
    assert "Your own" in texts and texts[-1].strip() == "Took my keys"
    # Choosing with the keyboard passes over the headings.
    combo.setFocus()
    combo.setCurrentIndex(0)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == TAXONOMY.groups[0].behaviours[0].id
    stalking = combo.findData("following_you")
    combo.setCurrentIndex(stalking)
    qtbot.waitUntil(lambda: window.journal_page.model.rowCount() == 1)
