"""The entry editor: the quick path first (kind, when, what happened), the rest one tab away."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journal.display import format_recorded
from journal.fields import ENTRY_FIELDS
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.model import KIND_LABELS, KINDS, PRECISION_LABELS, PRECISIONS, Entry
from journal.session import Session
from journal.taxonomy import Taxonomy
from journal.ui.attachments.attachment_model import Source
from journal.ui.attachments.attachments_view import AttachmentsView
from journal.ui.common.widgets import announce, heading, named, tabs_in_view
from journal.ui.editor.behaviours import BehaviourPanel
from journal.ui.editor.choices import ChoiceGrid
from journal.ui.editor.entry_forms import DetailsForm, ReflectionForm
from journal.ui.editor.fields import scrolling, text_box
from journal.ui.editor.form_rules import (
    as_python,
    as_qt,
    cap_at_today,
    date_time_edit,
    details_toggle,
    future_problem,
    set_buddies,
    shortcut_of,
    show_precision,
)

WHAT_HAPPENED_HINT = QT_TRANSLATE_NOOP(
    "Editor", "Who did what, in order. Quote exact words where you can."
)
NEED_WORDS = QT_TRANSLATE_NOOP("Editor", "Write at least a few words about what happened.")


# The quick path: what an entry needs. Anything else opens "More details" when loaded.
QUICK_FIELDS = frozenset(
    {"kind", "occurred_start", "occurred_end", "occurred_precision", "what_happened"}
)


class EntryEditor(QWidget):
    """Edit one entry. Emits `save_requested(Entry)`; the page stores it."""

    save_requested = Signal(object)
    cancel_requested = Signal()
    edited = Signal()
    help_requested = Signal()  # "Get help" beside a high-risk behaviour's safety note

    def __init__(self, taxonomy: Taxonomy, session: Session | None = None) -> None:
        super().__init__()
        self._taxonomy = taxonomy
        self._loading = False
        self.dirty = False
        self.amending: Entry | None = None

        self.title = heading(translate("Editor", "New entry"))
        self.recorded_at = named(QLineEdit(), QT_TRANSLATE_NOOP("Names", "Recorded at"))
        self.recorded_at.setReadOnly(True)
        self.recorded_at.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.kind = named(QComboBox(), QT_TRANSLATE_NOOP("Names", "Kind"))
        for kind in KINDS:
            self.kind.addItem(KIND_LABELS[kind], kind)
        self.start = date_time_edit(QT_TRANSLATE_NOOP("Names", "When it happened"))
        self.precision = named(QComboBox(), QT_TRANSLATE_NOOP("Names", "Precision"))
        for precision in PRECISIONS:
            self.precision.addItem(PRECISION_LABELS[precision], precision)
        self.has_end = named(
            QCheckBox(translate("Editor", "It went on until")),
            QT_TRANSLATE_NOOP("Names", "It went on until"),
        )
        self.end = date_time_edit(QT_TRANSLATE_NOOP("Names", "Ended at"))
        self.end.setEnabled(False)
        self.has_end.toggled.connect(self._end_toggled)
        self.precision.currentIndexChanged.connect(self._precision_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.what_happened = text_box(
            QT_TRANSLATE_NOOP("Names", "What happened"),
            translate("Editor", WHAT_HAPPENED_HINT),
            140,
        )

        when_row = QHBoxLayout()
        when_row.addWidget(self.start, 2)
        when_row.addWidget(self.precision, 1)
        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.end, 1)
        quick = QFormLayout()
        quick_labels = (
            translate("Editor", "&Kind:"),
            translate("Editor", "&When it happened:"),
            translate("Editor", "What &happened:"),
        )
        quick.addRow(quick_labels[0], self.kind)
        when_label = QLabel(quick_labels[1])
        when_label.setBuddy(self.start)
        quick.addRow(when_label, when_row)
        quick.addRow("", end_row)
        what_label = QLabel(quick_labels[2])
        what_label.setBuddy(self.what_happened)
        quick.addRow(what_label, self.what_happened)
        quick.addRow(translate("Editor", "Recorded at:"), self.recorded_at)
        set_buddies(quick)
        taken = "".join(shortcut_of(text) for text in quick_labels)

        # --- one step away: the rest, grouped
        details = DetailsForm(taken)
        self.kind_rows = details.kind_rows
        self.location, self.words_used = details.location, details.words_used
        self.severity, self.severity_anchor = details.severity, details.severity_anchor
        self.injuries, self.medical_care = details.injuries, details.medical_care
        self.witnesses, self.children = details.witnesses, details.children
        self.police, self.technology = details.police, details.technology

        self.behaviour_panel = BehaviourPanel(taxonomy)
        self.behaviour_panel.help_requested.connect(self.help_requested)
        self.behaviours = self.behaviour_panel.tree
        self.own_behaviour = self.behaviour_panel.own
        behaviours_tab = self.behaviour_panel

        self.emotions = ChoiceGrid(
            [(c.id, c.name) for c in taxonomy.emotions],
            with_level=True,
            own=QT_TRANSLATE_NOOP("Names", "Add your own emotion"),
            add=QT_TRANSLATE_NOOP("Names", "Add emotion"),
            hint=translate("Editor", "Add your own emotion"),
        )
        self.body = ChoiceGrid(
            [(c.id, c.name) for c in taxonomy.body_responses],
            with_level=False,
            own=QT_TRANSLATE_NOOP("Names", "Add your own body response"),
            add=QT_TRANSLATE_NOOP("Names", "Add body response"),
            hint=translate("Editor", "Add your own body response"),
        )
        feelings = QWidget()
        fl = QVBoxLayout(feelings)
        fl.addWidget(
            heading(translate("Editor", "How you felt (0 = not at all, 10 = overwhelming)"), 2)
        )
        fl.addWidget(self.emotions)
        fl.addWidget(heading(translate("Editor", "What your body did"), 2))
        fl.addWidget(self.body)
        fl.addStretch(1)
        feelings_scroll = scrolling(feelings)

        reflection_tab = ReflectionForm()
        self.reflection = reflection_tab.reflection
        self.told_myself = reflection_tab.told_myself
        self.tags = reflection_tab.tags

        self.more = details_toggle()
        self.more.toggled.connect(self.show_details)
        self.tabs = named(QTabWidget(), QT_TRANSLATE_NOOP("Names", "More details"))
        self.tabs.addTab(scrolling(details), translate("Editor", "Details"))
        self.tabs.addTab(behaviours_tab, translate("Editor", "Behaviours"))
        self.tabs.addTab(feelings_scroll, translate("Editor", "Feelings"))
        self.tabs.setTabToolTip(2, translate("Editor", "Feelings and body"))
        self.tabs.addTab(scrolling(reflection_tab), translate("Editor", "Reflection"))
        self.tabs.setTabToolTip(3, translate("Editor", "Reflection and tags"))
        # Files picked while writing wait here; the page adds them once the entry is saved.
        self.attachments: AttachmentsView | None = None
        if session is not None:
            self.attachments = AttachmentsView(session, pending=True)
            self.attachments.changed.connect(self._attachments_changed)
            self._attachments_tab = self.tabs.addTab(self.attachments, translate("Editor", "Files"))
            self.tabs.setTabToolTip(
                self._attachments_tab, translate("Editor", "Photos, screenshots and other files")
            )

        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.save_button = named(
            QPushButton(translate("Editor", "Save")),
            QT_TRANSLATE_NOOP("Names", "Save"),
            translate("Editor", "Save this entry (Ctrl+S)"),
        )
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.request_save)
        self.cancel_button = named(
            QPushButton(translate("Editor", "Cancel")), QT_TRANSLATE_NOOP("Names", "Cancel")
        )
        self.cancel_button.clicked.connect(self.cancel_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        # The form scrolls up and down inside the editor; Save and Cancel stay in view below it.
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addLayout(quick)
        column.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.tabs, 1)
        column.addStretch(0)
        self.tabs.setMinimumHeight(240)
        tabs_in_view(self.tabs)  # every tab in view, Files included
        self.body_scroll = scrolling(body)
        self.body_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body_scroll, 1)
        layout.addLayout(buttons)

        for signal in (
            self.kind.currentIndexChanged,
            self.start.dateTimeChanged,
            self.precision.currentIndexChanged,
            self.has_end.toggled,
            self.end.dateTimeChanged,
            self.what_happened.textChanged,
            self.location.textChanged,
            self.words_used.textChanged,
            self.severity.currentIndexChanged,
            self.injuries.textChanged,
            self.medical_care.textChanged,
            self.witnesses.textChanged,
            self.children.currentIndexChanged,
            self.police.textChanged,
            self.technology.textChanged,
            self.behaviours.changed,
            self.emotions.changed,
            self.body.changed,
            self.reflection.textChanged,
            self.told_myself.textChanged,
            self.tags.textChanged,
        ):
            signal.connect(self._mark_dirty)
            signal.connect(self._revalidate)
        self.setFocusProxy(self.what_happened)
        self.load(None)

    @Slot()
    def _mark_dirty(self) -> None:
        if not self._loading and not self.dirty:
            self.dirty = True
        if not self._loading:
            self.edited.emit()

    @Slot()
    def _attachments_changed(self) -> None:
        count = self.attachments.count() if self.attachments is not None else 0
        self.tabs.setTabText(
            self._attachments_tab,
            translate("Editor", "Files (%n)", None, count)
            if count
            else translate("Editor", "Files"),
        )
        if count:
            self._mark_dirty()

    def take_attachments(self) -> list[Source]:
        """Return and forget the files waiting to be added when the entry is saved."""
        return list(self.attachments.take_pending()) if self.attachments is not None else []

    def problem(self) -> tuple[str, Entry | None]:
        """Return what stops the form from being saved ("" and the entry when nothing)."""
        try:
            entry = self.to_entry()
        except ValueError as exc:
            return str(exc), None
        if not (entry.what_happened.strip() or entry.reflection.strip()):
            return translate("Editor", NEED_WORDS), None
        message = future_problem(entry.occurred_start, entry.occurred_end)
        return (message, None) if message else ("", entry)

    @Slot()
    def request_save(self) -> None:
        """Validate the form and ask the page to store it."""
        message, entry = self.problem()
        if entry is None:
            self.error.setText(message)
            announce(self.error, message)
            if message == translate("Editor", NEED_WORDS):
                self.what_happened.setFocus()
            return
        self.error.clear()
        self.save_requested.emit(entry)

    @Slot()
    def _revalidate(self) -> None:
        """A red message goes away (or changes) as soon as what it asks for is done."""
        if self.error.text() and not self._loading:
            self.error.setText(self.problem()[0])

    def needed_width(self) -> int:
        """Return the width the editor needs to show its form without cutting it off."""
        margins = self.layout().contentsMargins()
        scrollbar = self.body_scroll.verticalScrollBar().sizeHint().width()
        body = self.body_scroll.widget().minimumSizeHint().width()
        return body + scrollbar + margins.left() + margins.right() + 4

    @Slot(bool)
    def show_details(self, shown: bool) -> None:
        """Open or close the optional sections below the quick path."""
        self.more.setChecked(shown)
        self.more.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.tabs.setVisible(shown)

    @Slot()
    def _kind_changed(self) -> None:
        self.kind_rows.adapt(self.kind.currentData())

    @Slot()
    def _precision_changed(self) -> None:
        show_precision((self.start, self.end), self.precision.currentData())

    @Slot(bool)
    def _end_toggled(self, on: bool) -> None:
        self.end.setEnabled(on)
        if on and not self._loading:
            self.end.setDateTime(self.start.dateTime())  # it went on from the start, until…

    def to_entry(self) -> Entry:
        """Return the form as an Entry (raises ValueError with a readable message)."""
        severity = self.severity.currentIndex() or None
        children = {0: None, 1: True, 2: False}[self.children.currentIndex()]
        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        return Entry(
            kind=self.kind.currentData(),
            occurred_start=as_python(self.start.dateTime()),
            occurred_end=as_python(self.end.dateTime()) if self.has_end.isChecked() else None,
            occurred_precision=self.precision.currentData(),
            location=self.location.text().strip(),
            what_happened=self.what_happened.toPlainText(),
            words_used=self.words_used.toPlainText(),
            behaviours=self.behaviours.values(),
            severity=severity,
            injuries=self.injuries.toPlainText(),
            medical_care=self.medical_care.text().strip(),
            witnesses=self.witnesses.text().strip(),
            children_present=children,
            police_report=self.police.text().strip(),
            technology=self.technology.text().strip(),
            emotions=self.emotions.values(),
            body_responses=list(self.body.values()),
            reflection=self.reflection.toPlainText(),
            told_myself=self.told_myself.toPlainText(),
            tags=tags,
            id=self.amending.id if self.amending else None,
            revision=self.amending.revision if self.amending else 0,
        )

    def load(self, entry: Entry | None, *, amending: Entry | None = None) -> None:
        """Fill the form: a new entry (None), a draft, or a saved entry to amend."""
        self._loading = True
        self.amending = amending
        self.title.setText(
            translate("Editor", "Amend entry") if amending else translate("Editor", "New entry")
        )
        self.recorded_at.setText(
            translate("Editor", "{when} (an amendment keeps the original)").format(
                when=format_recorded(amending.recorded_at)
            )
            if amending
            else translate("Editor", "set automatically when you save")
        )
        now = datetime.now().replace(second=0, microsecond=0)
        entry = entry or Entry(kind="incident", occurred_start=now)
        self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind)))
        times = [as_python(as_qt(t)) for t in (entry.occurred_start, entry.occurred_end) if t]
        cap_at_today((self.start, self.end), max(times))
        self.start.setDateTime(as_qt(entry.occurred_start))
        self.precision.setCurrentIndex(max(0, self.precision.findData(entry.occurred_precision)))
        self.has_end.setChecked(entry.occurred_end is not None)
        self.end.setDateTime(as_qt(entry.occurred_end or entry.occurred_start))
        self.what_happened.setPlainText(entry.what_happened)
        self.location.setText(entry.location)
        self.words_used.setPlainText(entry.words_used)
        self.severity.setCurrentIndex(entry.severity or 0)
        self.injuries.setPlainText(entry.injuries)
        self.medical_care.setText(entry.medical_care)
        self.witnesses.setText(entry.witnesses)
        self.children.setCurrentIndex({None: 0, True: 1, False: 2}[entry.children_present])
        self.police.setText(entry.police_report)
        self.technology.setText(entry.technology)
        self.behaviours.set_values(entry.behaviours)
        self.emotions.set_values(dict(entry.emotions))
        self.body.set_values({key: 0 for key in entry.body_responses})
        self.reflection.setPlainText(entry.reflection)
        self.told_myself.setPlainText(entry.told_myself)
        self.tags.setText(", ".join(entry.tags))
        self.kind_rows.adapt(entry.kind)
        show_precision((self.start, self.end), entry.occurred_precision)
        content = entry.content()
        self.show_details(
            any(
                content.get(spec.name) not in (None, "", [], {})
                for spec in ENTRY_FIELDS
                if spec.name not in QUICK_FIELDS
            )
        )
        self.tabs.setCurrentIndex(0)
        self.body_scroll.verticalScrollBar().setValue(0)  # a new form opens at the top
        if self.attachments is not None:
            self.attachments.take_pending()  # a new form starts with no files waiting
        self.error.clear()
        self.dirty = False
        self._loading = False

    def has_content(self) -> bool:
        """Return True when the user has typed or chosen anything worth keeping."""
        return self.dirty

    def wipe(self) -> None:
        """Clear every field (on lock and quick exit)."""
        self.load(None)
        texts = (self.what_happened, self.words_used, self.injuries, self.reflection)
        for widget in (*texts, self.told_myself):
            widget.document().clearUndoRedoStacks()
