"""The help panel driven as a person would: before unlocking, and with contacts and plans."""

from __future__ import annotations

import json
import stat
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from journal import plans
from journal.app import create_main_window
from journal.paths import resource_path
from journal.resources import OTHER_REGION, load_guidance, parse_hotlines
from journal.ui.help import help_panel
from journal.ui.help.help_panel import HelpPanel
from journal.vault import KdfParams, create_vault, open_vault
from tests.gui_helpers import (
    answer_next_message_box,
    click_check,
    find,
    find_button,
    ini_settings,
    visible_text,
)

PASS = "quiet river under seven lanterns"
CANARY = "Quokka-Contact-5521"
NDVH = "1-800-799-7233"


@pytest.fixture
def window(qtbot, tmp_path: Path) -> QMainWindow:
    path = tmp_path / "vault" / "journal.rcv"
    vault, _code = create_vault(path, PASS, kdf=KdfParams.FLOOR)
    vault.close()
    win = create_main_window(path, kdf=KdfParams.FLOOR, settings=ini_settings(tmp_path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def unlock(qtbot, win: QMainWindow) -> None:
    field = find(win, QLineEdit, "Passphrase")
    qtbot.keyClicks(field, PASS)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _shown(win, QTableView, "Entries"), timeout=15_000)


def lock(qtbot, win: QMainWindow) -> None:
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _shown(win, QPushButton, "Unlock"))


def _shown(root: QWidget, cls: type, name: str) -> bool:
    try:
        find(root, cls, name)
    except LookupError:
        return False
    return True


def open_help(qtbot, win: QMainWindow) -> HelpPanel:
    qtbot.mouseClick(find_button(win, "Get help"), Qt.MouseButton.LeftButton)
    panel = win.findChild(HelpPanel)
    assert panel is not None
    qtbot.waitExposed(panel)
    return panel


def open_tab(qtbot, panel: HelpPanel, title: str) -> None:
    tabs = find(panel, QTabWidget, "Help sections")
    bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(lambda: tabs.currentIndex() == index)


def choose_region(qtbot, panel: HelpPanel, code: str) -> None:
    region = find(panel, QComboBox, "Region")
    region.setFocus()
    target = region.findData(code)
    while region.currentIndex() != target:
        key = Qt.Key.Key_Down if region.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(region, key)


def all_text(root: QWidget) -> str:
    """Every text a widget holds, shown or hidden (lists and tables included)."""
    parts = [visible_text(root)]
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QLabel, QLineEdit)):
            parts.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextBrowser)):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QListWidget):
            parts += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QTableWidget):
            for row in range(widget.rowCount()):
                for col in range(widget.columnCount()):
                    item = widget.item(row, col)
                    parts.append(item.text() if item else "")
    return "\n".join(parts)


# --------------------------------------------------------------- before unlocking


def test_help_opens_from_the_unlock_screen_without_unlocking(qtbot, window) -> None:
    assert _shown(window, QPushButton, "Unlock")
    panel = open_help(qtbot, window)
    assert window.session.is_unlocked is False
    find(panel, QPushButton, "Quick exit")
    choose_region(qtbot, panel, "US")
    text = visible_text(panel)
    assert "National Domestic Violence Hotline" in text
    assert NDVH in text
    assert "Last checked" in text and "Source: https://www.thehotline.org" in text
    assert "Calling safely" in text and "call log" in text

    open_tab(qtbot, panel, "My contacts")
    assert "appear here only after you unlock it" in visible_text(panel)
    assert not _shown(panel, QPushButton, "Add contact")
    open_tab(qtbot, panel, "Safety plan")
    assert not _shown(panel, QPushButton, "Save plan")
    assert not _shown(panel, QPushButton, "Save plans as PDF")


def test_get_help_is_on_the_welcome_screen_and_on_f1(qtbot, tmp_path: Path) -> None:
    win = create_main_window(
        tmp_path / "new" / "journal.rcv", kdf=KdfParams.FLOOR, settings=ini_settings(tmp_path)
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert find_button(win, "Get help").isVisible()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.keyClick(win, Qt.Key.Key_F1)
    panel = win.findChild(HelpPanel)
    assert panel is not None
    qtbot.waitUntil(panel.isVisible)
    win.close()


def test_search_narrows_the_list(qtbot, window) -> None:
    panel = open_help(qtbot, window)
    choose_region(qtbot, panel, "US")
    search = find(panel, QLineEdit, "Search help")
    qtbot.keyClicks(search, "rainn")
    qtbot.waitUntil(lambda: NDVH not in visible_text(panel))
    assert "National Sexual Assault Hotline" in visible_text(panel)
    assert find(panel, QLabel, "Results").text().startswith("1 service")

    search.clear()
    qtbot.keyClicks(search, "799-7233")
    qtbot.waitUntil(lambda: NDVH in visible_text(panel))
    assert "RAINN" not in visible_text(panel)

    search.clear()
    qtbot.keyClicks(search, "zzzz nothing")
    qtbot.waitUntil(lambda: "Nothing in United States matches" in visible_text(panel))


def test_copy_number_uses_the_clipboard_guard(qtbot, window) -> None:
    window.clipboard_guard.set_clear_after(300)
    panel = open_help(qtbot, window)
    choose_region(qtbot, panel, "US")
    qtbot.keyClicks(find(panel, QLineEdit, "Search help"), "domestic violence")
    qtbot.waitUntil(lambda: "RAINN" not in visible_text(panel))
    copy = find(panel, QPushButton, "Copy number")
    assert NDVH in copy.accessibleDescription()
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == NDVH
    assert bytes(clipboard.mimeData().data("x-kde-passwordManagerHint")) == b"secret"
    assert "cleared" in find(panel, QLabel, "Copy status").text()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5000)


def _cards(panel: HelpPanel) -> list[QFrame]:
    return [
        frame
        for frame in panel.hotlines.cards.findChildren(QFrame)
        if frame.objectName() in ("hotlineCard", "emergencyCard") and frame.isVisible()
    ]


def _labels(card: QFrame, object_name: str) -> list[str]:
    labels = card.findChildren(QLabel)
    return [label.text() for label in labels if label.objectName() == object_name]


def test_canada_lists_provincial_lines_a_shelter_finder_and_how_to_reach_911_silently(
    qtbot,
) -> None:
    panel = HelpPanel(territory="CA")
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    assert find(panel, QComboBox, "Region").currentData() == "CA"
    text = visible_text(panel)
    for expected in ("SOS violence conjugale", "VictimLinkBC", "ShelterSafe", "Hope for Wellness"):
        assert expected in text, expected
    first = _cards(panel)[0]
    assert first.objectName() == "emergencyCard"
    (silent,) = _labels(first, "silentAccess")
    assert "Silently or by text" in silent and "T9-1-1" in silent


def test_every_emergency_card_says_how_to_get_help_silently_or_by_text(qtbot) -> None:
    panel = HelpPanel(territory="US")
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    choose_region(qtbot, panel, "EMERGENCY")
    emergency = [c for c in _cards(panel) if c.objectName() == "emergencyCard"]
    assert len(emergency) == len([h for h in panel.hotlines.shown() if h.emergency]) >= 7
    for card in emergency:
        assert _labels(card, "silentAccess"), card.accessibleName()


def test_a_country_that_is_not_listed_gets_ways_to_find_local_help(qtbot) -> None:
    panel = HelpPanel(territory="FR")
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    region = find(panel, QComboBox, "Region")
    assert region.currentData() == OTHER_REGION
    assert region.currentText() == "My country is not listed"
    text = visible_text(panel)
    assert "Find a helpline where you are" in text and "findahelpline.com" in text
    assert "116 016" in text and "Emergency: 112" in text


def test_a_card_checked_more_than_a_year_ago_says_its_details_may_have_changed(qtbot) -> None:
    raw = json.loads(resource_path("hotlines.json").read_text(encoding="utf-8"))
    (ndvh,) = [h for h in raw["hotlines"] if h["id"] == "us_ndvh"]
    ndvh["last_checked"] = "2024-01-15"
    panel = HelpPanel(hotlines=parse_hotlines(raw), territory="US")
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    by_name = {card.accessibleName(): card for card in _cards(panel)}
    (stale,) = _labels(by_name["National Domestic Violence Hotline"], "staleNote")
    assert "Last checked 15 January 2024" in stale and "may have changed" in stale
    fresh = by_name["Crisis Text Line"]
    assert not _labels(fresh, "staleNote")
    assert any("Last checked" in t for t in _labels(fresh, "small"))

    panel.hotlines.today = date(2031, 1, 1)  # years later, every bundled card is old
    panel.hotlines.refresh()
    assert all(_labels(card, "staleNote") for card in _cards(panel))


# --------------------------------------------------------------------- guidance


def _guidance_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "guidance"
    folder.mkdir()
    (folder / "index.json").write_text(
        '{"version": 1, "pages": ['
        '{"id": "first", "title": "First page", "file": "first.md"},'
        '{"id": "second", "title": "Second page", "file": "second.md"}]}',
        encoding="utf-8",
    )
    (folder / "first.md").write_text(
        "# Red flags in plain words\n\nSome **calm** text. See [the next page](second.md) or "
        "[an outside site](https://example.org/page).\n\n## References\n\n- Cleveland Clinic\n",
        encoding="utf-8",
    )
    (folder / "second.md").write_text(
        "# Six action steps\n\n1. One\n2. Two\n\n## References\n\n- Psychology Today\n",
        encoding="utf-8",
    )
    return folder


def test_guidance_renders_markdown_and_warns_before_the_browser(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    panel = HelpPanel(guidance=load_guidance(_guidance_folder(tmp_path)), territory="GB")
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    assert find(panel, QComboBox, "Region").currentData() == "GB"
    open_tab(qtbot, panel, "Guidance")
    browser = find(panel, QTextBrowser, "Guidance page")
    assert browser.openLinks() is False and browser.openExternalLinks() is False
    assert "Red flags in plain words" in browser.toPlainText()
    assert "# Red flags" not in browser.toPlainText()  # rendered, not raw Markdown
    assert browser.document().toHtml().count("font-weight") > 0

    browser.anchorClicked.emit(QUrl("second.md"))  # a link to another guidance page
    assert "Six action steps" in browser.toPlainText()
    assert find(panel, QListWidget, "Guidance pages").currentRow() == 1

    find(panel, QListWidget, "Guidance pages").setCurrentRow(0)
    answer_next_message_box(QMessageBox.StandardButton.Cancel)
    browser.anchorClicked.emit(QUrl("https://example.org/page"))
    assert opened == []
    answer_next_message_box(QMessageBox.StandardButton.Open)
    browser.anchorClicked.emit(QUrl("https://example.org/page"))
    assert opened == [QUrl("https://example.org/page")]
    assert "Red flags in plain words" in browser.toPlainText()


def test_bundled_guidance_or_a_plain_message(qtbot) -> None:
    panel = HelpPanel(territory="US")
    qtbot.addWidget(panel)
    panel.show()
    open_tab(qtbot, panel, "Guidance")
    text = visible_text(panel)
    assert find(panel, QTextBrowser, "Guidance page").toPlainText().strip() or (
        "could not be loaded" in text
    )


# ------------------------------------------------------------------ contacts, plans


def test_safety_plan_step_ticked_with_a_note_survives_lock(qtbot, window) -> None:
    unlock(qtbot, window)
    panel = open_help(qtbot, window)
    open_tab(qtbot, panel, "Safety plan")
    steps = find(panel, QListWidget, "Safety plan steps")
    assert steps.count() == len(plans.SAFETY_SEEDS)
    steps.setCurrentRow(1)
    click_check(qtbot, find(panel, QCheckBox, "Done"))
    assert steps.item(1).checkState() == Qt.CheckState.Checked
    qtbot.keyClicks(find(panel, QPlainTextEdit, "Note"), f"In the blue tin {CANARY}")
    assert "not saved" in find(panel, QLabel, "Save status").text()
    qtbot.mouseClick(find_button(panel, "Save plan"), Qt.MouseButton.LeftButton)
    assert find(panel, QLabel, "Save status").text() == "Saved."

    lock(qtbot, window)
    assert not panel.isVisible()
    assert CANARY not in all_text(panel)
    assert steps.count() == 0

    unlock(qtbot, window)
    panel = open_help(qtbot, window)
    open_tab(qtbot, panel, "Safety plan")
    steps = find(panel, QListWidget, "Safety plan steps")
    assert steps.item(1).checkState() == Qt.CheckState.Checked
    assert steps.item(0).checkState() == Qt.CheckState.Unchecked
    steps.setCurrentRow(1)
    assert find(panel, QPlainTextEdit, "Note").toPlainText() == f"In the blue tin {CANARY}"


def test_contacts_appear_after_unlocking_while_the_panel_is_open(qtbot, window) -> None:
    panel = open_help(qtbot, window)
    open_tab(qtbot, panel, "My contacts")
    assert "after you unlock" in visible_text(panel)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: _shown(panel, QPushButton, "Add contact"))
    qtbot.mouseClick(find(panel, QPushButton, "Add contact"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(find(panel, QLineEdit, "Name"), f"Sam {CANARY}")
    qtbot.mouseClick(find(panel, QPushButton, "Save contacts"), Qt.MouseButton.LeftButton)
    assert "way to reach" in find(panel, QLabel, "Save status").text()  # says what is missing
    qtbot.keyClicks(find(panel, QLineEdit, "How to reach"), "07700 900123")
    qtbot.mouseClick(find(panel, QPushButton, "Save contacts"), Qt.MouseButton.LeftButton)
    assert find(panel, QLabel, "Save status").text() == "Saved."
    saved = plans.load_contacts(window.session.vault)
    assert [(c.name, c.reach) for c in saved] == [(f"Sam {CANARY}", "07700 900123")]


def test_unsaved_plan_changes_are_kept_encrypted_on_lock(qtbot, window) -> None:
    unlock(qtbot, window)
    panel = open_help(qtbot, window)
    open_tab(qtbot, panel, plans.HARD_MOMENTS_TITLE)
    qtbot.mouseClick(find(panel, QPushButton, "Add trigger"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(find(panel, QLineEdit, "Trigger"), f"A message from them {CANARY}")
    qtbot.keyClicks(find(panel, QPlainTextEdit, "What I will do"), "Do not reply tonight")
    lock(qtbot, window)
    assert CANARY not in all_text(panel)
    unlock(qtbot, window)
    triggers = plans.load_relapse_plan(window.session.vault)
    assert triggers[-1].trigger == f"A message from them {CANARY}"
    assert triggers[-1].actions == ("Do not reply tonight",)


def test_checkin_is_saved_with_its_date_and_listed(qtbot, window) -> None:
    unlock(qtbot, window)
    plans.save_checkin(
        window.session.vault,
        plans.make_checkin(date(2024, 5, 1), dict.fromkeys(plans.FLAG_IDS, True)),
    )
    panel = open_help(qtbot, window)
    open_tab(qtbot, panel, "Red-flag check-in")
    history = find(panel, QTableWidget, "Past check-ins")
    assert history.rowCount() == 1
    click_check(qtbot, find(panel, QCheckBox, "Always on alert"))
    click_check(qtbot, find(panel, QCheckBox, "Losing myself"))
    qtbot.keyClicks(find(panel, QPlainTextEdit, "Note"), f"Calmer week {CANARY}")
    qtbot.mouseClick(find(panel, QPushButton, "Save check-in"), Qt.MouseButton.LeftButton)

    today = date.today()
    assert history.rowCount() == 2
    assert history.item(0, 0).text() == f"{today.day} {today:%b %Y}"
    assert "2 of 7" in history.item(0, 1).text()
    assert "Always on alert" in history.item(0, 2).text()
    assert "7 of 7" in history.item(1, 1).text()
    assert "5 fewer than at your first check-in" in find(panel, QLabel, "Change over time").text()
    saved = plans.load_checkins(window.session.vault)
    assert saved[-1].day == today and saved[-1].count == 2

    lock(qtbot, window)
    assert history.rowCount() == 0
    assert CANARY not in all_text(panel)
    assert not any(box.isChecked() for box in panel.checkin.boxes.values())


def test_plans_export_to_a_private_pdf_after_a_warning(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    asked: list[str] = []
    target = tmp_path / "out" / "my plans"
    target.parent.mkdir()

    def choose(parent, title, suggested, name_filter):  # the file chooser only
        asked.append(suggested)
        return str(target)

    monkeypatch.setattr(help_panel, "choose_pdf_path", choose)
    unlock(qtbot, window)
    plans.save_contacts(window.session.vault, [plans.make_contact(f"Ali {CANARY}", "0123")])
    panel = open_help(qtbot, window)

    answer_next_message_box(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(find(panel, QPushButton, "Save plans as PDF"), Qt.MouseButton.LeftButton)
    assert asked == []

    answer_next_message_box(QMessageBox.StandardButton.Save)
    qtbot.mouseClick(find(panel, QPushButton, "Save plans as PDF"), Qt.MouseButton.LeftButton)
    assert asked == [f"my-plans-{date.today().isoformat()}.pdf"]
    pdf = target.with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == ["my plans.pdf"]
    assert "not encrypted" in find(panel, QLabel, "Export status").text()


def test_quick_exit_from_the_panel_hides_it_and_clears_the_plans(qtbot, window) -> None:
    unlock(qtbot, window)
    panel = open_help(qtbot, window)
    open_tab(qtbot, panel, "My contacts")
    qtbot.mouseClick(find(panel, QPushButton, "Add contact"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(find(panel, QLineEdit, "Name"), f"Jo {CANARY}")
    qtbot.keyClicks(find(panel, QLineEdit, "How to reach"), "555 0100")
    with qtbot.waitSignal(window.quick_exit_finished, timeout=5000):
        qtbot.mouseClick(find(panel, QPushButton, "Quick exit"), Qt.MouseButton.LeftButton)
    assert not panel.isVisible() and not window.isVisible()
    assert CANARY not in all_text(panel)
    assert window.session.is_unlocked is False
    vault = open_vault(window.session.vault_path, PASS)
    try:  # what was typed but not saved was kept, encrypted
        assert [c.name for c in plans.load_contacts(vault)] == [f"Jo {CANARY}"]
    finally:
        vault.close()


def test_a_note_goes_to_the_step_it_was_typed_for(qtbot, window) -> None:
    unlock(qtbot, window)
    panel = open_help(qtbot, window)
    open_tab(qtbot, panel, "Safety plan")
    steps = find(panel, QListWidget, "Safety plan steps")
    step = find(panel, QLineEdit, "Step")
    note = find(panel, QPlainTextEdit, "Note")
    steps.setCurrentRow(0)
    # Tick the fifth step's box with the mouse while the first step is being edited.
    rect = steps.visualItemRect(steps.item(4))
    qtbot.mouseClick(
        steps.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y())
    )
    assert steps.item(4).checkState() == Qt.CheckState.Checked
    fifth = plans.SAFETY_SEEDS[4][1]
    assert step.text() == fifth  # the fields now show the step just ticked
    qtbot.keyClicks(note, "Under the sink")
    qtbot.mouseClick(find_button(panel, "Save plan"), Qt.MouseButton.LeftButton)
    saved = {item.text: item.note for item in plans.load_safety_plan(window.session.vault)}
    assert saved[fifth] == "Under the sink"
    assert [text for text, value in saved.items() if value] == [fifth]
    # Selecting another step and typing writes there, and only there.
    steps.setCurrentRow(2)
    qtbot.keyClicks(note, "Ask my sister")
    assert panel.safety.items()[2]["note"] == "Ask my sister"
    assert panel.safety.items()[4]["note"] == "Under the sink"
