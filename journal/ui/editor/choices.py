"""Choosing from bundled lists plus the user's own: check-box grids (emotions, body)."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal.i18n import translate
from journal.ui.common.widgets import named
from journal.ui.editor.fields import line_field


class ChoiceGrid(QWidget):
    """Check boxes for bundled choices (optionally with an intensity) plus the user's own.

    `own` and `add` are the English accessible names of the "add your own" field and button
    (marked with `QT_TRANSLATE_NOOP("Names", ...)`); `hint` is the field's translated hint.
    """

    changed = Signal()

    def __init__(
        self, choices: list[tuple[str, str]], *, with_level: bool, own: str, add: str, hint: str
    ) -> None:
        super().__init__()
        self._with_level = with_level
        self._boxes: dict[str, QCheckBox] = {}
        self._levels: dict[str, QSpinBox] = {}
        self._labels: dict[str, str] = {}
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(16)
        self._columns = 1 if with_level else 2  # fits a 1024-px screen, never sideways
        for key, label in choices:
            self._add(key, label)
        self.own = line_field(own, hint)
        add_button = named(QPushButton(translate("ChoiceGrid", "Add")), add)
        add_button.clicked.connect(self._add_own)
        self.own.returnPressed.connect(self._add_own)
        row = QHBoxLayout()
        row.addWidget(self.own, 1)
        row.addWidget(add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        layout.addLayout(row)

    def _add(self, key: str, label: str) -> None:
        index = len(self._boxes)
        row, col = divmod(index, self._columns)
        box = named(QCheckBox(label), label)
        box.toggled.connect(self.changed)
        self._boxes[key] = box
        self._labels[key] = label
        if self._with_level:
            level = QSpinBox()  # named like named() would: English object name, translated name
            level.setObjectName(f"{label} intensity".replace(" ", "_").lower())
            level.setAccessibleName(
                translate("ChoiceGrid", "{label} intensity").format(label=label)
            )
            level.setRange(0, 10)
            level.setValue(5)
            level.setSuffix(" / 10")
            level.setEnabled(False)
            box.toggled.connect(level.setEnabled)
            level.valueChanged.connect(self.changed)
            self._levels[key] = level
            self._grid.addWidget(box, row, col * 2)
            self._grid.addWidget(level, row, col * 2 + 1)
        else:
            self._grid.addWidget(box, row, col)

    @Slot()
    def _add_own(self) -> None:
        text = self.own.text().strip()
        if not text:
            return
        if text not in self._boxes:
            self._add(text, text)
        self._boxes[text].setChecked(True)
        self.own.clear()

    def values(self) -> dict[str, int]:
        """Return checked keys with their level (0 when there is no level)."""
        result: dict[str, int] = {}
        for key, box in self._boxes.items():
            if box.isChecked():
                result[key] = self._levels[key].value() if key in self._levels else 0
        return result

    def set_values(self, values: dict[str, int]) -> None:
        """Check exactly these keys (adding unknown ones as the user's own)."""
        for key in values:
            if key not in self._boxes:
                self._add(key, key)
        for key, box in self._boxes.items():
            box.setChecked(key in values)
            if key in self._levels:
                self._levels[key].setValue(values.get(key, 5))
