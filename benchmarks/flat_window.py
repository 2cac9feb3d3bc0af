"""The unlock window's visible content built flat, in this one module: a floor for cold start.

`benchmarks.cold_start` starts it under the same harness as the bare window and the app (the
"flat unlock window" row). It shows what the unlock window shows — the menu bar with the same
menus and number of actions, the top bar (the app's name, the language chooser, Get help, Quick
exit), and the card with the heading, the passphrase field with its Show toggle, Unlock and the
two links, in the same style sheets and window size — with the app's start-up (`journal.start_up`:
fontconfig on its own thread, no garbage collection while it builds) and nothing else: no
settings, translations, accessible names, journal file, Quick exit, idle lock or app-wide
filters, and none of the app's other modules. What the app takes beyond this row is what its
structure and behaviour cost; what this row takes beyond the bare window is what drawing this
content costs in PySide6 (see "Cold start" in docs/PERFORMANCE.md).
"""

from __future__ import annotations

from journal import start_up

start_up.begin()  # as journal.app does before its other imports

from PySide6.QtCore import QSize, QTimer  # noqa: E402
from PySide6.QtGui import QAction, QGuiApplication  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal.ui.common.style import apply_style  # noqa: E402

# The rules of the main window's style sheet that the unlock window uses.
STYLE = """
QLabel#heading { font-size: 17pt; font-weight: 600; }
QFrame#card { background: palette(base); border: 1px solid palette(mid); border-radius: 10px; }
QPushButton#link { color: palette(link); text-decoration: underline; border: none; }
QLabel#apptitle { font-weight: 600; }
"""
# Quick exit's own look (journal.ui.safety.quick_exit), its focus and hover rules left out.
QUICK_EXIT = "QPushButton { background: #c62828; color: white; font-weight: 600; border: none; "
QUICK_EXIT += "border-radius: 4px; padding: 6px 16px; }"
# The menus, each with its groups of actions between separators, as on the unlock window.
MENUS = (
    ("&Journal", (3, 2, 3, 2)),
    ("&Security", (2, 1)),
    ("&View", (1,)),
    ("&Help", (1, 1)),
)
PREFERRED = QSize(1180, 760)  # as the main window asks (journal.ui.main_window)
FRAME = QSize(8, 40)  # the frame estimate of journal.ui.common.fit, both sides together


def _top_bar() -> QHBoxLayout:
    bar = QHBoxLayout()
    bar.setContentsMargins(10, 6, 10, 0)
    title = QLabel("Reality Check")
    title.setObjectName("apptitle")
    languages = QComboBox()
    for name in ("English", "Español"):
        languages.addItem(name)
    language = QLabel("&Language:")
    language.setBuddy(languages)
    quick_exit = QPushButton("Quick exit")
    quick_exit.setStyleSheet(QUICK_EXIT)
    bar.addWidget(title)
    bar.addStretch(1)
    bar.addWidget(language)
    bar.addWidget(languages)
    bar.addSpacing(12)
    bar.addWidget(QPushButton("Get help"))
    bar.addSpacing(6)
    bar.addWidget(quick_exit)
    return bar


def _card() -> QWidget:
    frame = QFrame()
    frame.setObjectName("card")
    frame.setMaximumWidth(620)
    column = QVBoxLayout(frame)
    column.setSpacing(12)
    column.setContentsMargins(28, 24, 28, 24)
    heading = QLabel("Unlock your journal")
    heading.setObjectName("heading")
    column.addWidget(heading)
    label = QLabel("&Passphrase:")
    column.addWidget(label)
    passphrase = QLineEdit()
    label.setBuddy(passphrase)
    passphrase.setEchoMode(QLineEdit.EchoMode.Password)
    passphrase.setMinimumWidth(320)
    field = QWidget()
    field_row = QHBoxLayout(field)
    field_row.setContentsMargins(0, 0, 0, 0)
    field_row.addWidget(passphrase, 1)
    field_row.addWidget(QCheckBox("Show"))
    column.addWidget(field)
    error = QLabel()
    error.setObjectName("error")
    column.addWidget(error)
    buttons = QWidget()
    row = QHBoxLayout(buttons)
    row.setContentsMargins(0, 0, 0, 0)
    links = QVBoxLayout()
    links.setSpacing(10)
    for text in ("Use recovery code", "Restore from a backup…"):
        link = QPushButton(text)
        link.setFlat(True)
        link.setObjectName("link")
        line = QHBoxLayout()
        line.addWidget(link)
        line.addStretch(1)
        links.addLayout(line)
    busy = QProgressBar()
    busy.setRange(0, 0)
    busy.setVisible(False)
    unlock = QPushButton("Unlock")
    unlock.setDefault(True)
    side = QVBoxLayout()
    side.addWidget(unlock)
    side.addStretch(1)
    row.addLayout(links)
    row.addStretch(1)
    row.addWidget(busy, 1)
    row.addLayout(side)
    column.addWidget(buttons)
    page = QWidget()
    page.setFocusProxy(passphrase)
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    centre = QHBoxLayout()
    centre.addStretch(1)
    centre.addWidget(frame, 3)
    centre.addStretch(1)
    outer.addLayout(centre)
    outer.addStretch(2)
    return page


def build(app: QApplication) -> QMainWindow:
    """Build (not show) the flat unlock window; the garbage collector waits, as the app's does
    in `main`, until the event loop's first pass."""
    start_up.pause_collection()
    QTimer.singleShot(0, start_up.collect_again)
    apply_style(app)
    window = QMainWindow()
    window.setStyleSheet(STYLE)
    window.setWindowTitle("Reality Check")
    screen = QGuiApplication.primaryScreen().availableGeometry().size()
    window.resize(PREFERRED.boundedTo(screen - FRAME))
    letters = iter("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    for title, groups in MENUS:
        menu = window.menuBar().addMenu(title)
        for group, count in enumerate(groups):
            if group:
                menu.addSeparator()
            for _ in range(count):
                letter = next(letters)
                action = QAction(f"Action {letter}", window)
                action.setProperty("shortcut", f"Ctrl+Alt+{letter}")  # as journal.ui.common.early
                menu.addAction(action)
    central = QWidget()
    window.setCentralWidget(central)
    column = QVBoxLayout(central)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addLayout(_top_bar())
    pages = QStackedWidget()
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(pages)
    column.addWidget(scroll, 1)
    page = _card()
    pages.addWidget(page)
    page.setFocus()
    return window


start_up.collect_again()  # as at the end of journal.app's import
