"""The editor's severity anchors and the "What I told myself afterwards" field."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit

from journal.model import Entry
from journal.severity import SEVERITY_ANCHORS
from journal.taxonomy import default_taxonomy
from journal.ui.editor.editor import EntryEditor
from tests.gui_helpers import find, find_button


def test_severity_anchor_is_shown_beside_the_choice(qtbot) -> None:
    editor = EntryEditor(default_taxonomy())
    qtbot.addWidget(editor)
    editor.show()
    qtbot.mouseClick(find_button(editor, "More details"), Qt.MouseButton.LeftButton)
    severity = find(editor, QComboBox, "Severity (1–5)")
    anchor = find(editor, QLabel, "What the severity means")
    assert [severity.itemText(i) for i in range(severity.count())][:2] == [
        "Not recorded",
        "1 – pushed or slapped",
    ]
    assert anchor.text() == ""
    severity.setFocus()
    qtbot.keyClick(severity, Qt.Key.Key_Down)
    qtbot.keyClick(severity, Qt.Key.Key_Down)
    assert severity.currentIndex() == 2
    assert anchor.text() == SEVERITY_ANCHORS[2]
    assert "Danger Assessment" in severity.toolTip()
    old = Entry(kind="incident", occurred_start=datetime(2024, 5, 1, 9), severity=3)
    editor.load(old, amending=old)
    assert editor.to_entry().severity == 3  # stored values keep their meaning
    assert anchor.text() == SEVERITY_ANCHORS[3]


def test_what_i_told_myself_round_trips_and_is_wiped(qtbot) -> None:
    editor = EntryEditor(default_taxonomy())
    qtbot.addWidget(editor)
    editor.show()
    qtbot.mouseClick(find_button(editor, "More details"), Qt.MouseButton.LeftButton)
    titles = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    editor.tabs.setCurrentIndex(titles.index("Reflection"))
    told = find(editor, QPlainTextEdit, "What I told myself afterwards")
    assert "Private" in told.placeholderText()
    qtbot.keyClicks(told, "It was my fault for being late")
    assert editor.dirty
    entry = editor.to_entry()
    assert entry.told_myself == "It was my fault for being late"
    editor.load(entry)
    assert told.toPlainText() == entry.told_myself
    editor.wipe()
    assert told.toPlainText() == ""
    assert not told.document().isUndoAvailable()
