"""One calm look for every window: a visible focus ring on each control, text colours that
keep a contrast of at least 4.5:1, and light or dark following the system palette.

The application style sheet is built from the current palette (`app_style`), so nothing
assumes a light background; `apply_style` installs it, and again when the system palette
changes (see `StyleFollower`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

MIN_CONTRAST = 4.5  # WCAG AA for body text
# Accent text colours for a light and a dark background (error, warning, success).
LIGHT = {"error": "#b00020", "warning": "#7a4b00", "ok": "#1b5e20"}
DARK = {"error": "#ff8a80", "warning": "#ffcc80", "ok": "#a5d6a7"}
# Tinted surfaces: translucent over the window colour, so they read on light and dark alike.
TINTS = {
    "banner": "rgba(230, 170, 0, 0.16)",
    "danger": "rgba(220, 40, 40, 0.10)",
    "info": "rgba(40, 110, 200, 0.10)",
}
FOCUSABLE = (
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QComboBox",
    "QLineEdit",
    "QPlainTextEdit",
    "QTextEdit",
    "QTextBrowser",
    "QAbstractSpinBox",
    "QListView",
    "QTreeView",
    "QTableView",
    "QTabBar",
    "QSlider",
)


def luminance(colour: QColor) -> float:
    """Return the relative luminance of a colour (WCAG 2)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(foreground: QColor, background: QColor) -> float:
    """Return the WCAG contrast ratio of two opaque colours (1 to 21)."""
    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def blend(top: QColor, bottom: QColor) -> QColor:
    """Return `top` (possibly translucent) painted over the opaque `bottom`."""
    alpha = top.alphaF()
    return QColor.fromRgbF(
        top.redF() * alpha + bottom.redF() * (1 - alpha),
        top.greenF() * alpha + bottom.greenF() * (1 - alpha),
        top.blueF() * alpha + bottom.blueF() * (1 - alpha),
    )


def is_dark(palette: QPalette) -> bool:
    """Return True when the palette has light text on a dark window."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def accents(palette: QPalette) -> dict[str, str]:
    """Return the accent text colours that suit the palette."""
    return DARK if is_dark(palette) else LIGHT


def readable_placeholder(palette: QPalette) -> QColor:
    """Return a placeholder colour between text and base with at least 4.5:1 contrast."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    for step in range(40, 101, 5):  # from 40 % of the way to the text colour up to the text
        mix = step / 100
        colour = QColor.fromRgbF(
            base.redF() + (text.redF() - base.redF()) * mix,
            base.greenF() + (text.greenF() - base.greenF()) * mix,
            base.blueF() + (text.blueF() - base.blueF()) * mix,
        )
        if contrast(colour, base) >= MIN_CONTRAST + 0.1:
            return colour
    return text


def app_style(palette: QPalette) -> str:
    """Return the application style sheet for `palette`."""
    colour = accents(palette)
    return f"""
QPushButton, QToolButton {{ padding: 5px 12px; border: 1px solid palette(mid);
    border-radius: 4px; background: palette(button); color: palette(button-text); }}
QPushButton:hover, QToolButton:hover {{ border-color: palette(highlight); }}
QPushButton:pressed, QToolButton:checked {{ background: palette(midlight); }}
QPushButton:disabled, QToolButton:disabled {{ color: palette(placeholder-text); }}
QPushButton:default {{ border: 2px solid palette(dark); }}
QPushButton:focus, QToolButton:focus {{ border: 2px solid palette(highlight);
    background: palette(light); }}
QCheckBox, QRadioButton {{ border: 2px solid transparent; border-radius: 3px; padding: 1px; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid palette(highlight); }}
QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QListView, QTreeView,
QTableView {{ border: 1px solid palette(mid); border-radius: 3px; }}
QLineEdit, QAbstractSpinBox, QComboBox {{ padding: 3px 4px; }}
QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus, QPlainTextEdit:focus,
QTextEdit:focus, QListView:focus, QTreeView:focus, QTableView:focus {{
    border: 2px solid palette(highlight); }}
QTabBar::tab:focus {{ border: 2px solid palette(highlight); }}
QLabel#error {{ color: {colour["error"]}; }}
QLabel#warning, QLabel#staleNote {{ color: {colour["warning"]}; }}
QLabel#notice {{ color: {colour["ok"]}; font-weight: 600; padding: 6px 8px;
    border: 1px solid palette(mid); border-radius: 6px; }}
QFrame#banner {{ background: {TINTS["banner"]}; border: 1px solid palette(mid);
    border-radius: 6px; }}
QFrame#riskNote {{ background: {TINTS["info"]}; border: 1px solid palette(mid);
    border-radius: 6px; }}
QFrame#emergencyCard {{ background: {TINTS["danger"]}; }}
QFrame#safetyNote, QFrame#cycleCard {{ background: {TINTS["info"]}; }}
"""


def apply_style(app: QApplication) -> None:
    """Install the style sheet and a readable placeholder colour for the current palette."""
    palette = app.palette()
    placeholder = readable_placeholder(palette)
    if palette.color(QPalette.ColorRole.PlaceholderText) != placeholder:
        palette.setColor(QPalette.ColorRole.PlaceholderText, placeholder)
        app.setPalette(palette)
    app.setStyleSheet(app_style(palette))


class StyleFollower(QObject):
    """Re-applies the style when the system switches between light and dark.

    It watches the windows it is given (`follow`): Qt tells every top-level window of an
    application palette change. An app-wide filter would see every event of the app, and the
    first event for an object of a class PySide6 does not wrap (a Qt-internal one) has PySide6
    set up most of its remaining types (see "Cold start" in docs/PERFORMANCE.md).
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._dark = is_dark(app.palette())

    def follow(self, window: QObject) -> None:
        """Follow the system palette while `window` exists (an event filter on it)."""
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            dark = is_dark(QGuiApplication.palette())
            if dark != self._dark:
                self._dark = dark
                apply_style(self._app)
        return False
