"""The help panel: hotlines, guidance, and (once unlocked) the user's contacts and plans.

Reachable from every screen, the unlock screen included. Hotlines and guidance are bundled
and need no unlocking; contacts and plans are read from and saved to the encrypted vault only
while it is unlocked, and `wipe()` drops them (lock, quick exit).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journal import plans, plans_print
from journal.drawing.pdf import write_plans_pdf
from journal.errors import VaultError
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.resources import GuidancePage, HotlineDirectory, default_guidance, default_hotlines
from journal.session import Session
from journal.ui.common.file_dialogs import choose_file
from journal.ui.common.messages import SafeDialog, ask
from journal.ui.common.widgets import heading, named, paragraph, tabs_in_view
from journal.ui.help.checkin_view import CheckInView
from journal.ui.help.guidance_view import GuidanceView
from journal.ui.help.hotlines_view import HotlinesView, system_territory
from journal.ui.help.labels import text_label
from journal.ui.help.plans_view import ContactsView, RelapsePlanView, SafetyPlanView
from journal.ui.safety.clipboard import ClipboardGuard
from journal.ui.safety.printing import print_document

Button = QMessageBox.StandardButton
PDF_FILTER = QT_TRANSLATE_NOOP("HelpPanel", "PDF document (*.pdf)")
LOCKED_TEXT = {  # English, translated where shown (context "HelpPanel")
    "contacts": QT_TRANSLATE_NOOP(
        "HelpPanel",
        "Your trusted contacts are kept encrypted inside your journal, so they appear here "
        "only after you unlock it.",
    ),
    "plans": QT_TRANSLATE_NOOP(
        "HelpPanel",
        "Your plans are kept encrypted inside your journal, so they appear here only after "
        "you unlock it. The hotlines and guidance work without unlocking.",
    ),
}
PDF_WARNING = QT_TRANSLATE_NOOP(
    "HelpPanel",
    "<p><b>The PDF will not be encrypted.</b> Anyone who opens it can read your contacts and "
    "plans.</p><p>Save it straight to a USB stick or a folder only you use, and delete it when "
    "you no longer need it. Avoid shared, cloud-synced and Downloads folders.</p>",
)
STYLE = """
QLabel#heading { font-size: 16pt; font-weight: 600; }
QLabel#subheading { font-size: 11pt; font-weight: 600; margin-top: 6px; }
QFrame#hotlineCard { background: palette(base); border: 1px solid palette(mid);
    border-radius: 8px; }
QFrame#emergencyCard { border: 1px solid palette(mid); border-radius: 8px; }
QFrame#safetyNote { border: 1px solid palette(mid); border-radius: 6px; }
QLabel#hotlineName { font-size: 12pt; font-weight: 600; }
QLabel#staleNote { font-weight: 600; }
QLabel#small { font-size: 9pt; }
QLabel#lockedNote { font-size: 12pt; padding: 24px; }
"""


def choose_pdf_path(parent: QWidget, title: str, suggested: str, name_filter: str) -> str | None:
    """Ask where to save with Qt's own file dialog (no recent-files entry, no remembered path)."""
    return choose_file(parent, title, suggested, name_filter, save=True)


def _locked_note(english: str) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    text = translate("HelpPanel", english)
    label = text_label(text, "lockedNote")
    label.setAccessibleName(text)
    layout.addWidget(label)
    layout.addStretch(1)
    return page


class HelpPanel(SafeDialog):
    """Hotlines and guidance for everyone; the user's contacts and plans once unlocked."""

    TABS = (  # English: `show_tab` takes these; the tabs show their translations
        QT_TRANSLATE_NOOP("HelpPanel", "Hotlines"),
        QT_TRANSLATE_NOOP("HelpPanel", "Guidance"),
        QT_TRANSLATE_NOOP("HelpPanel", "My contacts"),
        QT_TRANSLATE_NOOP("HelpPanel", "Safety plan"),
        plans.HARD_MOMENTS_TITLE,  # context "Plans"
        QT_TRANSLATE_NOOP("HelpPanel", "Red-flag check-in"),
    )

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        session: Session | None = None,
        hotlines: HotlineDirectory | None = None,
        guidance: Sequence[GuidancePage] | None = None,
        clipboard: ClipboardGuard | None = None,
        territory: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("HelpPanel", "Help"))
        self.setModal(False)
        self.setStyleSheet(STYLE)
        self._session = session
        self._clipboard = clipboard if clipboard is not None else ClipboardGuard(self)
        directory = hotlines if hotlines is not None else default_hotlines()
        problem = ""
        if guidance is None:
            try:
                guidance = default_guidance()
            except ValueError:
                guidance = ()
                problem = translate(
                    "HelpPanel", "The guidance pages could not be loaded. The hotlines still work."
                )
        self.hotlines = HotlinesView(
            directory,
            self._clipboard,
            territory if territory is not None else system_territory(),
        )
        self.guidance = GuidanceView(guidance, problem)
        self.contacts = ContactsView(self._clipboard)
        self.safety = SafetyPlanView()
        self.relapse = RelapsePlanView()
        self.checkin = CheckInView()
        self.plan_views = (self.contacts, self.safety, self.relapse, self.checkin)
        self._stacks: list[QStackedWidget] = []

        self.tabs = named(QTabWidget(), QT_TRANSLATE_NOOP("Names", "Help sections"))
        self.tabs.setDocumentMode(True)
        hotlines_tab, guidance_tab, contacts_tab, safety_tab, relapse_tab, checkin_tab = self.TABS
        self.tabs.addTab(self.hotlines, translate("HelpPanel", hotlines_tab))
        self.tabs.addTab(self.guidance, translate("HelpPanel", guidance_tab))
        for view, title, locked in (
            (self.contacts, translate("HelpPanel", contacts_tab), LOCKED_TEXT["contacts"]),
            (self.safety, translate("HelpPanel", safety_tab), LOCKED_TEXT["plans"]),
            (self.relapse, translate("Plans", relapse_tab), LOCKED_TEXT["plans"]),
            (self.checkin, translate("HelpPanel", checkin_tab), LOCKED_TEXT["plans"]),
        ):
            stack = QStackedWidget()
            stack.addWidget(_locked_note(locked))
            stack.addWidget(view)
            self._stacks.append(stack)
            self.tabs.addTab(stack, title)
        tabs_in_view(self.tabs)  # every section in view, however narrow the window

        self.print_button = named(
            QPushButton(translate("HelpPanel", "Print plans…")),
            QT_TRANSLATE_NOOP("Names", "Print plans"),
            translate("HelpPanel", "Print your contacts and plans"),
        )
        self.pdf_button = named(
            QPushButton(translate("HelpPanel", "Save plans as PDF…")),
            QT_TRANSLATE_NOOP("Names", "Save plans as PDF"),
            translate(
                "HelpPanel", "Write your contacts and plans to a PDF file that is not encrypted"
            ),
        )
        self.close_button = named(
            QPushButton(translate("HelpPanel", "Close")), QT_TRANSLATE_NOOP("Names", "Close")
        )
        for button in (self.print_button, self.pdf_button, self.close_button):
            button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_plans)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.close)
        self.export_status = named(QLabel(), QT_TRANSLATE_NOOP("Names", "Export status"))
        self.export_status.setWordWrap(True)

        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(self.export_status, 1)
        bottom.addWidget(self.close_button)

        self.content.addWidget(heading(translate("HelpPanel", "Help and support")))
        self.content.addWidget(
            paragraph(
                translate(
                    "HelpPanel",
                    "You are not alone. The services below can listen, help you make a plan and "
                    "tell you about your options. This panel works offline.",
                )
            )
        )
        self.content.addWidget(self.tabs, 1)
        self.footer.addLayout(bottom)
        self.resize(1040, 700)
        self.setMinimumSize(720, 520)
        self.refresh()

    # ----------------------------------------------------------------- state

    @property
    def unlocked(self) -> bool:
        """Return True when the journal is unlocked and the plans can be shown."""
        return self._session is not None and self._session.is_unlocked

    def refresh(self) -> None:
        """Show the plans if the journal is unlocked (reading them once), else say they wait."""
        unlocked = self.unlocked
        for stack, view in zip(self._stacks, self.plan_views, strict=True):
            store = self._session.vault if unlocked else None  # type: ignore[union-attr]
            if store is not None and not view.shows(store):  # first time, or after a restore
                try:
                    view.load(store)
                except VaultError as exc:
                    view.wipe()
                    self.export_status.setText(exc.message)
                    unlocked = False
            stack.setCurrentIndex(1 if unlocked and view.loaded else 0)
        self.print_button.setVisible(unlocked)
        self.pdf_button.setVisible(unlocked)

    def event(self, event: QEvent) -> bool:
        """Coming back to the panel re-reads the plans if the journal changed meanwhile."""
        if event.type() == QEvent.Type.WindowActivate and self.isVisible():
            self.refresh()
        return super().event(event)

    def show_tab(self, title: str) -> None:
        """Bring the tab called `title` to the front."""
        if title in self.TABS:
            self.tabs.setCurrentIndex(self.TABS.index(title))

    def save_pending(self) -> None:
        """Save changes not saved yet (encrypted) so a lock or quick exit loses nothing."""
        if not self.unlocked:
            return
        for view in self.plan_views:
            if view.dirty and view.loaded:
                with contextlib.suppress(Exception):  # a failed save must not stop the wipe
                    view.save()

    def done(self, result: int) -> None:
        """Closing the panel keeps unsaved plan changes (encrypted); nothing is asked."""
        self.save_pending()
        super().done(result)

    def wipe(self) -> None:
        """Keep unsaved plan changes (encrypted), then clear every contact and plan shown."""
        self.save_pending()
        for view in self.plan_views:
            view.wipe()
        self.export_status.clear()
        self.hotlines.status.clear()
        for stack in self._stacks:
            stack.setCurrentIndex(0)
        self.print_button.setVisible(False)
        self.pdf_button.setVisible(False)

    def on_locked(self) -> None:
        """The journal locks: keep unsaved plan changes (encrypted), then clear them."""
        self.wipe()

    def on_unlocked(self, session: Session) -> None:
        """The journal was unlocked: contacts and plans appear."""
        self.refresh()

    def on_changed(self) -> None:
        """The journal was restored: show its contacts and plans."""
        self.refresh()

    # ----------------------------------------------------------------- export

    def plans_html(self) -> str:
        """Return the plans as shown now (validated) as printable HTML."""
        return plans_print.plans_html(
            self.contacts.contacts(),
            self.safety.steps(),
            self.relapse.triggers(),
            self.checkin.checkins(),
            date.today(),
        )

    def _html_or_say(self) -> str | None:
        if not self.unlocked:
            return None
        try:
            return self.plans_html()
        except ValueError as exc:
            self.export_status.setText(
                translate("HelpPanel", "Please fix this first: {problem}").format(problem=exc)
            )
            return None

    @Slot()
    def save_pdf(self) -> None:
        """Warn that the PDF is not encrypted, ask where, write it 0600."""
        html_text = self._html_or_say()
        if html_text is None:
            return
        choice = ask(
            self,
            QMessageBox.Icon.Warning,
            translate("HelpPanel", "Save plans as PDF"),
            translate("HelpPanel", PDF_WARNING),
            Button.Save | Button.Cancel,
            Button.Cancel,
        )
        if choice != Button.Save:
            return
        suggested = f"my-plans-{date.today().isoformat()}.pdf"
        chosen = choose_pdf_path(
            self,
            translate("HelpPanel", "Save plans as PDF"),
            suggested,
            translate("HelpPanel", PDF_FILTER),
        )
        if not chosen:
            return
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(".pdf")
        protected = (self._session.vault_path,) if self._session is not None else ()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_plans_pdf(html_text, target, protected)
        except VaultError as exc:
            self.export_status.setText(exc.message)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.export_status.setText(
            translate(
                "HelpPanel",
                "Saved {file}. It is not encrypted: keep it safe and delete it when done.",
            ).format(file=target.name)
        )

    @Slot()
    def print_plans(self) -> None:
        """Warn that printed pages are not protected, then print with the app's own dialog."""
        html_text = self._html_or_say()
        if html_text is None:
            return
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(html_text)
        try:
            title = translate("HelpPanel", "Print your plans")
            if print_document(self, document, title=title):
                self.export_status.setText(translate("HelpPanel", "Sent to the printer."))
        finally:
            document.clear()
