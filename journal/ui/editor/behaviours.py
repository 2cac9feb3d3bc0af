"""The behaviour list of the editor: groups that count what is ticked, the selected
behaviour's description in view, and a calm safety note with Get help for high-risk ones."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.taxonomy import Taxonomy
from journal.ui.common.widgets import described, named
from journal.ui.editor.fields import line_field

OWN_GROUP = QT_TRANSLATE_NOOP("Behaviours", "Your own")  # shown as translate("Behaviours", …)
TEXT_ROLE = Qt.ItemDataRole.AccessibleTextRole
GROUP_NAME_ROLE = Qt.ItemDataRole.UserRole + 1
MEANING_ROLE = Qt.ItemDataRole.UserRole + 2  # the description alone (no safety note)
NAME_ROLE = Qt.ItemDataRole.UserRole + 3  # a behaviour's name alone (no "high risk" mark)
NO_DESCRIPTION = QT_TRANSLATE_NOOP("Behaviours", "Select a behaviour to read what it means here.")


def own_group() -> str:
    """Return the name of the group of behaviours the user wrote in, translated."""
    return translate("Behaviours", OWN_GROUP)


def group_label(name: str, ticked: int) -> str:
    """Return a group's label with how many of its behaviours are ticked ("Threats (2 ticked)")."""
    if not ticked:
        return name
    return translate("Behaviours", "{name} (%n ticked)", None, ticked).format(name=name)


class BehaviourTree(QTreeWidget):
    """Behaviours grouped as in the taxonomy; each group's label counts its ticked ones."""

    changed = Signal()

    def __init__(self, taxonomy: Taxonomy) -> None:
        super().__init__()
        named(self, QT_TRANSLATE_NOOP("Names", "Behaviours"))
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._own_group: QTreeWidgetItem | None = None
        self._counting = False
        for group in taxonomy.groups:
            top = self._group(group.name)
            top.setToolTip(0, group.description)
            top.setData(0, MEANING_ROLE, group.description)
            top.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, group.description)
            for behaviour in group.behaviours:
                label = behaviour.name
                if behaviour.high_risk:
                    label = translate("Behaviours", "{name}  ⚠ high risk").format(name=label)
                item = QTreeWidgetItem([label])
                item.setData(0, NAME_ROLE, behaviour.name)
                item.setToolTip(0, behaviour.tooltip())
                item.setData(0, MEANING_ROLE, behaviour.description)
                item.setData(0, Qt.ItemDataRole.UserRole, behaviour.id)
                item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, behaviour.tooltip())
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                top.addChild(item)
                self._items[behaviour.id] = item
        self.itemChanged.connect(self._item_changed)

    def _group(self, name: str) -> QTreeWidgetItem:
        top = QTreeWidgetItem([name])
        bold = QFont()
        bold.setBold(True)
        top.setFont(0, bold)
        top.setData(0, GROUP_NAME_ROLE, name)
        top.setData(0, TEXT_ROLE, name)
        top.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.addTopLevelItem(top)
        return top

    @Slot(QTreeWidgetItem, int)
    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        if self._counting:
            return
        if item.parent() is not None:
            self._count(item.parent())
        self.changed.emit()

    def _count(self, top: QTreeWidgetItem) -> None:
        ticked = sum(
            top.child(i).checkState(0) == Qt.CheckState.Checked for i in range(top.childCount())
        )
        label = group_label(str(top.data(0, GROUP_NAME_ROLE)), ticked)
        self._counting = True  # relabelling a group is not an edit
        try:
            top.setText(0, label)
            top.setData(0, TEXT_ROLE, label)
        finally:
            self._counting = False

    def group_items(self) -> list[QTreeWidgetItem]:
        """Return the group rows, in order."""
        return [self.topLevelItem(i) for i in range(self.topLevelItemCount())]

    def add_own(self, text: str) -> None:
        """Add (and check) a behaviour the user names themselves."""
        text = text.strip()
        if not text:
            return
        if text not in self._items:
            if self._own_group is None:
                self._own_group = self._group(own_group())
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


class BehaviourPanel(QWidget):
    """The editor's Behaviours tab: the tree, what the selected one means, safety notes."""

    help_requested = Signal()

    def __init__(self, taxonomy: Taxonomy) -> None:
        super().__init__()
        self._taxonomy = taxonomy
        self.tree = BehaviourTree(taxonomy)
        self.description = described(
            QLabel(translate("Behaviours", NO_DESCRIPTION)),
            QT_TRANSLATE_NOOP("Names", "Behaviour description"),
        )
        self.description.setObjectName("hint")
        self.description.setWordWrap(True)
        self.description.setMinimumHeight(self.description.fontMetrics().lineSpacing() * 3)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.risk_note = QFrame()
        self.risk_note.setObjectName("riskNote")
        self.risk_text = described(QLabel(), QT_TRANSLATE_NOOP("Names", "Safety note"))
        self.risk_text.setWordWrap(True)
        self.risk_text.setTextFormat(Qt.TextFormat.PlainText)
        self.help_button = named(
            QPushButton(translate("Behaviours", "Get help")),
            QT_TRANSLATE_NOOP("Names", "Get help"),
            translate("Behaviours", "Hotlines, guidance and your safety plan (F1)"),
        )
        self.help_button.setAutoDefault(False)
        self.help_button.clicked.connect(self.help_requested)
        note_row = QHBoxLayout(self.risk_note)
        note_row.addWidget(self.risk_text, 1)
        note_row.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignTop)
        self.risk_note.setVisible(False)

        self.own = line_field(
            QT_TRANSLATE_NOOP("Names", "Add your own behaviour"),
            translate("Behaviours", "Something not in the list"),
        )
        add = named(
            QPushButton(translate("Behaviours", "Add")), QT_TRANSLATE_NOOP("Names", "Add behaviour")
        )
        add.clicked.connect(self._add_own)
        self.own.returnPressed.connect(self._add_own)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own, 1)
        own_row.addWidget(add)

        layout = QVBoxLayout(self)
        intro = QLabel(
            translate("Behaviours", "Tick what happened. Select an item to read what it means.")
        )
        intro.setWordWrap(True)  # never cut, in any language
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.description)
        layout.addWidget(self.risk_note)
        layout.addLayout(own_row)
        self.tree.currentItemChanged.connect(self._describe)
        self.tree.currentItemChanged.connect(self._update_risk)
        self.tree.changed.connect(self._update_risk)

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _describe(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        text = translate("Behaviours", NO_DESCRIPTION)
        if item is not None:
            tip = item.data(0, MEANING_ROLE) or ""
            name = item.data(0, GROUP_NAME_ROLE) or item.data(0, NAME_ROLE) or item.text(0)
            text = f"{name}: {tip}" if tip else str(name)
        self.description.setText(text)

    @Slot()
    def _update_risk(self) -> None:
        """Show the safety note of the selected ticked high-risk behaviour (else the last one)."""
        risky = [key for key in self.tree.values() if self._taxonomy.risk_note(key)]
        current = self.tree.currentItem()
        key = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        shown = key if key in risky else (risky[-1] if risky else None)
        if shown is None:
            self.risk_text.clear()
        else:
            more = len(risky) - 1
            text = translate("Behaviours", "For your safety — {behaviour}: {note}").format(
                behaviour=self._taxonomy.label(shown), note=self._taxonomy.risk_note(shown)
            )
            if more:
                text += "\n" + translate(
                    "Behaviours", "(%n more ticked: select one to read its note.)", None, more
                )
            self.risk_text.setText(text)
        appeared = shown is not None and self.risk_note.isHidden()
        self.risk_note.setVisible(shown is not None)
        if appeared:  # bring the note into view where the form scrolls (a small screen)
            QTimer.singleShot(0, self, self._show_note)  # not after the panel is gone

    @Slot()
    def _show_note(self) -> None:
        parent = self.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea) and self.risk_note.isVisible():
                parent.ensureWidgetVisible(self.risk_note, 0, 8)
            parent = parent.parentWidget()

    @Slot()
    def _add_own(self) -> None:
        self.tree.add_own(self.own.text())
        self.own.clear()
