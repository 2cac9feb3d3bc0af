"""Choosing from bundled lists plus the user's own: check-box grids and the behaviour tree."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.taxonomy import Taxonomy
from journal.ui.common.widgets import named
from journal.ui.editor.fields import line_field

OWN_GROUP = "Your own"


class ChoiceGrid(QWidget):
    """Check boxes for bundled choices (optionally with an intensity) plus the user's own."""

    changed = Signal()

    def __init__(self, choices: list[tuple[str, str]], *, with_level: bool, name: str) -> None:
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
        self.own = line_field(f"Add your own {name}", f"Add your own {name}")
        add = named(QPushButton("Add"), f"Add {name}")
        add.clicked.connect(self._add_own)
        self.own.returnPressed.connect(self._add_own)
        row = QHBoxLayout()
        row.addWidget(self.own, 1)
        row.addWidget(add)
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
            level = named(QSpinBox(), f"{label} intensity")
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


class BehaviourTree(QTreeWidget):
    """Behaviours grouped as in the taxonomy, each with its plain-language description."""

    changed = Signal()

    def __init__(self, taxonomy: Taxonomy) -> None:
        super().__init__()
        named(self, "Behaviours")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._own_group: QTreeWidgetItem | None = None
        bold = QFont()
        bold.setBold(True)
        for group in taxonomy.groups:
            top = QTreeWidgetItem([group.name])
            top.setFont(0, bold)
            top.setToolTip(0, group.description)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(top)
            for behaviour in group.behaviours:
                label = behaviour.name + ("  ⚠ high risk" if behaviour.high_risk else "")
                item = QTreeWidgetItem([label])
                item.setToolTip(0, behaviour.tooltip())
                item.setData(0, Qt.ItemDataRole.UserRole, behaviour.id)
                item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, behaviour.tooltip())
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                top.addChild(item)
                self._items[behaviour.id] = item
        self.itemChanged.connect(lambda *_: self.changed.emit())

    def add_own(self, text: str) -> None:
        """Add (and check) a behaviour the user names themselves."""
        text = text.strip()
        if not text:
            return
        if text not in self._items:
            if self._own_group is None:
                self._own_group = QTreeWidgetItem([OWN_GROUP])
                self._own_group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.addTopLevelItem(self._own_group)
            item = QTreeWidgetItem([text])
            item.setData(0, Qt.ItemDataRole.UserRole, text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            self._own_group.addChild(item)
            self._own_group.setExpanded(True)
            self._items[text] = item
        self._items[text].setCheckState(0, Qt.CheckState.Checked)

    def values(self) -> list[str]:
        """Return checked behaviour ids in display order."""
        return [
            key for key, item in self._items.items() if item.checkState(0) == Qt.CheckState.Checked
        ]

    def set_values(self, values: list[str]) -> None:
        """Check exactly these behaviours."""
        for key in values:
            if key not in self._items:
                self.add_own(key)
        for key, item in self._items.items():
            item.setCheckState(
                0, Qt.CheckState.Checked if key in values else Qt.CheckState.Unchecked
            )
            if key in values and item.parent() is not None:
                item.parent().setExpanded(True)
