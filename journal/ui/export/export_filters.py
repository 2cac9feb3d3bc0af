"""The export dialog's two filter boxes: the kinds of entry, and the behaviours that occur in
the journal (readable names, most used first)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.insights.wording import kind_label
from journal.model import KIND_LABELS, KINDS, Entry
from journal.taxonomy import Taxonomy
from journal.ui.common.folding_row import FoldingRow
from journal.ui.common.widgets import named


class ExportFilters(QWidget):
    """Tick the kinds of entry and, optionally, the behaviours an exported entry must have."""

    changed = Signal()

    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._taxonomy = taxonomy
        self.kind_boxes: dict[str, QCheckBox] = {}
        kinds_box = QGroupBox(translate("ExportDialog", "Kinds of entry"))
        kinds_layout = QVBoxLayout(kinds_box)
        for kind in KINDS:
            box = named(QCheckBox(kind_label(kind)), KIND_LABELS[kind])
            box.setAccessibleName(box.text())  # the object name stays the English label
            self.kind_boxes[kind] = box
            kinds_layout.addWidget(box)
            box.toggled.connect(self.changed)
        kinds_layout.addStretch(1)

        self.use_behaviours = named(
            QCheckBox(translate("ExportDialog", "Only entries with any of these behaviours")),
            QT_TRANSLATE_NOOP("Names", "Only entries with any of these behaviours"),
        )
        self.behaviours = named(QListWidget(), QT_TRANSLATE_NOOP("Names", "Behaviours"))
        self.behaviours.setEnabled(False)
        self.behaviours.setMinimumHeight(110)
        self.behaviours.setMaximumHeight(170)
        self.use_behaviours.toggled.connect(self.behaviours.setEnabled)
        self.use_behaviours.toggled.connect(self.changed)
        self.behaviours.itemChanged.connect(self.changed)

        behaviours_box = QGroupBox(translate("ExportDialog", "Behaviours"))
        behaviours_layout = QVBoxLayout(behaviours_box)
        behaviours_layout.addWidget(self.use_behaviours)
        behaviours_layout.addWidget(self.behaviours)
        # Side by side when there is room, one above the other in a narrow window.
        self._row = FoldingRow(kinds_box, behaviours_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._row)

    def fill_behaviours(self, entries: Iterable[Entry]) -> None:
        """List the behaviours that occur in `entries`, most used first, none ticked."""
        counts: dict[str, int] = {}
        for entry in entries:
            for name in entry.behaviours:
                counts[name] = counts.get(name, 0) + 1
        for behaviour_id, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            label = self._taxonomy.label(behaviour_id)
            item = QListWidgetItem(f"{label} ({count})")
            item.setData(Qt.ItemDataRole.UserRole, behaviour_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.behaviours.addItem(item)

    def tick_kinds(self, kinds: Iterable[str]) -> None:
        """Tick exactly the kinds in `kinds`."""
        wanted = set(kinds)
        for kind, box in self.kind_boxes.items():
            box.setChecked(kind in wanted)

    def chosen_kinds(self) -> list[str]:
        """Return the kinds ticked."""
        return [kind for kind, box in self.kind_boxes.items() if box.isChecked()]

    def chosen_behaviours(self) -> list[str] | None:
        """Return the behaviours ticked, or None when not limiting by behaviour."""
        if not self.use_behaviours.isChecked():
            return None
        items = (self.behaviours.item(i) for i in range(self.behaviours.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]
