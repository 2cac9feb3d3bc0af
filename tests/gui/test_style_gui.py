"""A calm look: focus rings that show, text with at least 4.5:1 contrast, light and dark."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QPushButton,
    QStyleFactory,
    QVBoxLayout,
    QWidget,
)

from journal.ui.common.style import (
    DARK,
    LIGHT,
    MIN_CONTRAST,
    TINTS,
    app_style,
    apply_style,
    blend,
    contrast,
    readable_placeholder,
)

UI = Path(__file__).resolve().parents[2] / "journal" / "ui"


def light_palette() -> QPalette:
    return QStyleFactory.create("Fusion").standardPalette()


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#eeeeee"),
        (QPalette.ColorRole.Button, "#3a3a3a"),
        (QPalette.ColorRole.ButtonText, "#eeeeee"),
        (QPalette.ColorRole.Highlight, "#3d8fd6"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def _rgba(text: str) -> QColor:
    r, g, b, a = (float(x) for x in re.findall(r"[\d.]+", text))
    return QColor.fromRgbF(r / 255, g / 255, b / 255, a)


def test_contrast_is_computed_like_wcag() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21, abs=0.01)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("make, accents", [(light_palette, LIGHT), (dark_palette, DARK)])
def test_text_colours_keep_4_5_to_1_on_light_and_dark(make, accents) -> None:
    palette = make()
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.WindowText)
    surfaces = [window, base] + [blend(_rgba(tint), window) for tint in TINTS.values()]
    for surface in surfaces:
        assert contrast(text, surface) >= MIN_CONTRAST
        for name, colour in accents.items():
            ratio = contrast(QColor(colour), surface)
            assert ratio >= MIN_CONTRAST, f"{name} {colour} on {surface.name()}: {ratio:.2f}"
    placeholder = readable_placeholder(palette)
    assert contrast(placeholder, base) >= MIN_CONTRAST
    assert placeholder != palette.color(QPalette.ColorRole.Text)  # still quieter than text
    assert contrast(QColor("white"), QColor("#c62828")) >= MIN_CONTRAST  # Quick exit


def test_no_hard_coded_light_background_or_grey_text_in_the_windows() -> None:
    offenders = []
    for path in UI.rglob("*.py"):
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if re.search(r"(background|color)\s*:\s*#(?!c62828|a31f1f)[0-9a-fA-F]{3,6}", line):
                offenders.append(f"{path.name}:{number}: {line.strip()}")
    assert offenders == []


def test_the_style_follows_a_dark_system_palette(qtbot) -> None:
    app = QApplication.instance()
    saved_palette, saved_sheet = app.palette(), app.styleSheet()
    try:
        app.setPalette(dark_palette())
        apply_style(app)
        assert DARK["error"] in app.styleSheet()
        base = app.palette().color(QPalette.ColorRole.Base)
        assert contrast(app.palette().color(QPalette.ColorRole.PlaceholderText), base) >= 4.5
        app.setPalette(light_palette())
        apply_style(app)
        assert LIGHT["error"] in app.styleSheet()
    finally:
        app.setPalette(saved_palette)
        app.setStyleSheet(saved_sheet)


@pytest.mark.parametrize("cls", [QPushButton, QCheckBox, QLineEdit])
def test_a_focused_control_looks_different_from_an_unfocused_one(qtbot, cls) -> None:
    host = QWidget()
    host.setStyleSheet(app_style(light_palette()))
    layout = QVBoxLayout(host)
    first, second = cls("Same text"), cls("Same text")
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    ring = host.palette().color(QPalette.ColorRole.Highlight)

    def ring_pixels(widget: QWidget) -> int:
        image = widget.grab().toImage()
        return sum(
            image.pixelColor(x, y) == ring
            for x in range(image.width())
            for y in range(image.height())
        )

    # A ring in the highlight colour all around the focused control; none on the other.
    assert ring_pixels(first) >= 2 * (first.width() + first.height())
    assert ring_pixels(second) == 0
