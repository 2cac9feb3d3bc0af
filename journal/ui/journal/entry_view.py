"""Read-only view of one entry with its revision history."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal.display import behaviour_labels, format_recorded, format_when, kind_label
from journal.fields import field_label
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.model import Entry
from journal.session import Session
from journal.taxonomy import Taxonomy
from journal.ui.attachments.attachments_view import AttachmentsView
from journal.ui.common.widgets import heading, named

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "EntryView",
    "<p>Select an entry on the left to read it, or press "
    "<b>New entry</b> (Ctrl+N) to write down what happened.</p>",
)


def _para(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines()) or "—"


def entry_html(entry: Entry, history: list[Entry], taxonomy: Taxonomy) -> str:
    """Return the entry as simple, escaped HTML (for QTextBrowser; no remote content)."""
    rows: list[tuple[str, str]] = []

    def add(label: str, value: str) -> None:
        if value.strip():
            rows.append((label, _para(value)))

    first = history[0] if history else entry
    add(translate("EntryView", "Kind"), kind_label(entry.kind))
    add(translate("EntryView", "When it happened"), format_when(entry))
    add(translate("EntryView", "Recorded at"), format_recorded(first.recorded_at))
    add(field_label("location"), entry.location)
    parts = [f"<h2>{escape(kind_label(entry.kind))} — {escape(format_when(entry))}</h2>"]
    parts.append("<table cellspacing='0' cellpadding='4'>")
    parts.extend(
        f"<tr><td style='padding-right:12px'><b>{escape(k)}</b></td><td>{v}</td></tr>"
        for k, v in rows
    )
    parts.append("</table>")

    def section(title: str, body: str) -> None:
        if body.strip():
            parts.append(f"<h3>{escape(title)}</h3><p>{_para(body)}</p>")

    section(field_label("what_happened"), entry.what_happened)
    section(field_label("words_used"), entry.words_used)
    labels = behaviour_labels(entry, taxonomy)
    high = taxonomy.high_risk_ids()
    if labels:
        risk = " <b>" + escape(translate("EntryView", "(high risk)")) + "</b>"
        items = "".join(
            f"<li>{escape(label)}{risk if key in high else ''}</li>"
            for key, label in zip(entry.behaviours, labels, strict=True)
        )
        parts.append(f"<h3>{escape(field_label('behaviours'))}</h3><ul>{items}</ul>")
    severity = translate("EntryView", "{level} of 5").format(level=entry.severity)
    yes_no = {None: "", True: translate("EntryView", "Yes"), False: translate("EntryView", "No")}
    details: list[tuple[str, str]] = [
        (translate("EntryView", "Severity"), severity if entry.severity else ""),
        (field_label("injuries"), entry.injuries),
        (field_label("medical_care"), entry.medical_care),
        (field_label("witnesses"), entry.witnesses),
        (
            field_label("children_present"),
            yes_no[entry.children_present],
        ),
        (field_label("police_report"), entry.police_report),
        (field_label("technology"), entry.technology),
        (
            translate("EntryView", "Emotions"),
            ", ".join(f"{taxonomy.emotion_label(k)} {v}/10" for k, v in entry.emotions.items()),
        ),
        (
            field_label("body_responses"),
            ", ".join(taxonomy.body_label(k) for k in entry.body_responses),
        ),
        (field_label("tags"), ", ".join(entry.tags)),
    ]
    shown = [(k, v) for k, v in details if v.strip()]
    if shown:
        title = escape(translate("EntryView", "Details"))
        parts.append(f"<h3>{title}</h3><table cellspacing='0' cellpadding='3'>")
        parts.extend(
            f"<tr><td style='padding-right:12px'>{escape(k)}</td><td>{_para(v)}</td></tr>"
            for k, v in shown
        )
        parts.append("</table>")
    section(field_label("reflection"), entry.reflection)
    section(field_label("told_myself"), entry.told_myself)
    if len(history) > 1:
        title = escape(translate("EntryView", "Revision history"))
        parts.append(f"<h3>{title}</h3>")
        kept = translate(
            "EntryView",
            "Changes never overwrite: each amendment is added and the original is kept.",
        )
        parts.append(f"<p>{escape(kept)}</p>")
        for revision in reversed(history):
            if revision.revision == 1:
                label = translate("EntryView", "Original")
            else:
                label = translate("EntryView", "Amendment {number}").format(
                    number=revision.revision - 1
                )
            recorded = translate("EntryView", "recorded {when}").format(
                when=format_recorded(revision.recorded_at)
            )
            parts.append(
                f"<p><b>{escape(label)}</b> — {escape(recorded)}"
                f"<br>{_para(revision.what_happened)}</p>"
            )
    return "".join(parts)


class EntryView(QWidget):
    """Shows the selected entry and its attachments; offers Amend and Delete."""

    amend_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, taxonomy: Taxonomy, session: Session | None = None) -> None:
        super().__init__()
        self._taxonomy = taxonomy
        self.entry: Entry | None = None
        self.browser = named(QTextBrowser(), QT_TRANSLATE_NOOP("Names", "Entry"))
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.amend_button = named(
            QPushButton(translate("EntryView", "Amend…")),
            QT_TRANSLATE_NOOP("Names", "Amend"),
            translate("EntryView", "Add a corrected version"),
        )
        self.delete_button = named(
            QPushButton(translate("EntryView", "Delete…")), QT_TRANSLATE_NOOP("Names", "Delete")
        )
        self.amend_button.clicked.connect(lambda: self.amend_requested.emit(self.entry))
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.entry))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.amend_button)
        layout = QVBoxLayout(self)
        self.attachments: AttachmentsView | None = None
        self.attachments_box: QWidget | None = None
        if session is None:
            layout.addWidget(self.browser, 1)
        else:
            self.attachments = AttachmentsView(session, paste_scope=self)
            self.attachments_title = heading(translate("EntryView", "Attachments"), 2)
            self.attachments.changed.connect(self._count_changed)
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 6, 0, 0)
            box_layout.addWidget(self.attachments_title)
            box_layout.addWidget(self.attachments, 1)
            self.attachments_box = box
            split = QSplitter(Qt.Orientation.Vertical)
            split.addWidget(self.browser)
            split.addWidget(box)
            split.setStretchFactor(0, 3)
            split.setStretchFactor(1, 2)
            split.setChildrenCollapsible(False)
            layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.show_entry(None, [])

    def _count_changed(self) -> None:
        if self.attachments is not None:
            count = self.attachments.count()
            self.attachments_title.setText(
                translate("EntryView", "Attachments (%n)", None, count)
                if count
                else translate("EntryView", "Attachments")
            )

    def show_entry(self, entry: Entry | None, history: list[Entry]) -> None:
        """Show an entry (or the empty hint when None)."""
        self.entry = entry
        self.amend_button.setEnabled(entry is not None)
        self.delete_button.setEnabled(entry is not None)
        if entry is None:
            self.browser.setHtml(translate("EntryView", EMPTY_TEXT))
        else:
            self.browser.setHtml(entry_html(entry, history, self._taxonomy))
        if self.attachments is not None and self.attachments_box is not None:
            self.attachments_box.setVisible(entry is not None and entry.id is not None)
            self.attachments.set_entry(entry.id if entry is not None else None)

    def wipe(self) -> None:
        """Remove the entry and its attachments from the screen and from memory."""
        self.show_entry(None, [])
        if self.attachments is not None:
            self.attachments.wipe()
        self.browser.document().clearUndoRedoStacks()
