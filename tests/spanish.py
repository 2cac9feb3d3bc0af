"""Find English words left on a screen shown in Spanish: `english_words_in(window)`.

The detector's word list comes from the translations themselves: a word counts as English
when it appears in the English source text of some message of `i18n/es/*.ts` and in no Spanish
translation of any of them. Words both languages share ("no", "a", "app", "PDF") therefore
never count, and the list grows with every string the app gains. Proper names the app shows in
any language are allowed.

Everything a person can read or hear is collected from a window's visible widgets: labels,
buttons, check boxes, group boxes, window titles, menu titles and actions, combo box items,
tab titles, placeholders, tooltips, header labels, spin box texts, the status bar, and the
accessible names and descriptions a screen reader says.
"""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[1]
# Names shown as they are in every language.
ALLOWED = frozenset({"reality", "check", "notes", "english"})
_WORD = re.compile(r"[^\W\d_]+")
_TAG = re.compile(r"<[^>]*>")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n|%\d")
_FILE_NAME = re.compile(r"[\w.-]+\.(?:rcv|pdf|csv|json|ini|qm)\b")  # data, not words


# Not words of the interface: web addresses, fingerprints and codes (V4RM-QNCU-…), the names
# of services (kept in their own language on purpose), and a guidance page's list of sources
# (titles of English publications, cited as they are; the page says the sources are in English).
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:org|com|net|gov|uk|ie|nz|au|ca)\b\S*")
# A recovery code or fingerprint: groups of four capitals/digits, joined by "-" or shown spaced out
# on screen ("F0AT  AY53  TH9Z…"); its random letters are not words ("AT" is not English here).
_CODE = re.compile(r"\b[A-Z0-9]{4}(?:(?:-|\s+)[A-Z0-9]{4})+\b")
_PROPER_NAMES = ("Find A Helpline", "ThroughLine")
_SOURCES = re.compile(r"\n\s*Fuentes\s*\n.*", re.DOTALL)


def _words(text: str) -> set[str]:
    text = _SOURCES.sub(" ", _CODE.sub(" ", _URL.sub(" ", text)))
    for name in _PROPER_NAMES:
        text = text.replace(name, " ")
    text = _FILE_NAME.sub(" ", _PLACEHOLDER.sub(" ", text))
    plain = html.unescape(_TAG.sub(" ", text)).replace("&", "")
    return {word.casefold() for word in _WORD.findall(plain) if len(word) > 1}


def _ts_texts(lang: str = "es") -> Iterator[tuple[str, list[str]]]:
    """Yield (English source, [its translations]) for every message of the language."""
    for ts in sorted((ROOT / "i18n" / lang).glob("*.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else [f.text or "" for f in translation.iter()]
            yield message.findtext("source") or "", [f for f in forms if f]


@cache
def english_words(lang: str = "es") -> frozenset[str]:
    """Return the words of the English sources that no translation into `lang` uses."""
    source: set[str] = set()
    translated: set[str] = set()
    for text, forms in _ts_texts(lang):
        source |= _words(text)
        for form in forms:
            translated |= _words(form)
    for text in _content_texts(lang):
        translated |= _words(text)
    return frozenset(source - translated - ALLOWED)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _content_texts(lang: str) -> Iterator[str]:
    """Yield the texts of the language's content files (guidance, taxonomy, hotline cards)."""
    resources = ROOT / "resources"
    for page in sorted((resources / "guidance" / lang).glob("*.md")):
        yield "\n" + page.read_text(encoding="utf-8").replace("## Fuentes", "Fuentes")
    for data in (resources / f"taxonomy.{lang}.json", resources / lang / "hotlines.json"):
        if data.exists():
            yield from _strings(json.loads(data.read_text(encoding="utf-8")))


def _menu_texts(menu: QMenu) -> Iterator[tuple[str, str]]:
    yield "QMenu title", menu.title()
    for action in menu.actions():
        yield "QAction", action.text()
        tip = action.toolTip()
        yield "QAction tooltip", "" if tip == action.text().replace("&", "") else tip
        if action.menu() is not None:
            yield from _menu_texts(action.menu())


def _widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    kind = type(widget).__name__
    if widget.isWindow():
        yield f"{kind} window title", widget.windowTitle()
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield kind, widget.text()
    elif isinstance(widget, QGroupBox):
        yield kind, widget.title()
    elif isinstance(widget, QLineEdit):
        yield f"{kind} placeholder", widget.placeholderText()
        if widget.isReadOnly():
            yield kind, widget.text()
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
        yield f"{kind} placeholder", widget.placeholderText()
        if widget.isReadOnly():
            yield kind, widget.toPlainText()
    elif isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield f"{kind} item", widget.itemText(index)
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield f"{kind} tab", widget.tabText(index)
            yield f"{kind} tab tooltip", widget.tabToolTip(index)
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
        for section in range(columns):
            yield f"{kind} header", str(model.headerData(section, Qt.Orientation.Horizontal) or "")
    if isinstance(widget, QSpinBox):
        yield kind, widget.specialValueText()
        yield kind, widget.suffix() + " " + widget.prefix()
    elif isinstance(widget, QAbstractSpinBox):
        yield kind, widget.specialValueText()
    if isinstance(widget, QMainWindow):
        yield "status bar", widget.statusBar().currentMessage()
        for action in widget.menuBar().actions():
            if action.menu() is not None:
                yield from _menu_texts(action.menu())
    yield f"{kind} tooltip", widget.toolTip()
    yield f"{kind} accessible name", widget.accessibleName()
    yield f"{kind} accessible description", widget.accessibleDescription()


def visible_texts(root: QWidget, skip: Iterable[QWidget] = ()) -> list[tuple[str, str]]:
    """Return (where, text) for every text of `root` and its visible widgets, except `skip`."""
    skipped = set(map(id, skip))
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if id(widget) in skipped or not (widget is root or widget.isVisible()):
            continue
        found += [(where, text) for where, text in _widget_texts(widget) if text.strip()]
    return found


def english_words_in(root: QWidget, skip: Iterable[QWidget] = ()) -> list[str]:
    """Return "word — where: text" for every English word visible in `root` (see module)."""
    english = english_words()
    problems = []
    for where, text in visible_texts(root, skip):
        for word in sorted(_words(text) & english):
            problems.append(f"{word!r} — {where}: {text[:80]!r}")
    return problems


def english_words_in_next_modal(open_it: Callable[[], object]) -> list[str]:
    """Call `open_it()`, which opens a modal dialog or message box and waits for it; return the
    English words of that dialog, then close it (it answers nothing: Escape, in effect)."""
    found: list[str] = []
    seen: list[QWidget] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, look)
            return
        seen.append(dialog)
        found.extend(english_words_in(dialog))
        if isinstance(dialog, QDialog):
            dialog.done(0)
        else:
            dialog.close()

    QTimer.singleShot(0, look)
    open_it()
    assert seen, "no modal dialog opened"
    return found
