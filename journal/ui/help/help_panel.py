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

from PySide6.QtCore import QEvent, QLocale, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal import plans
from journal.drawing.pdf import write_plans_pdf
from journal.errors import VaultError
from journal.resources import (
    GuidancePage,
    Hotline,
    HotlineDirectory,
    default_guidance,
    default_hotlines,
)
from journal.session import Session
from journal.ui.common.file_dialogs import choose_file
from journal.ui.common.messages import SafeDialog, ask
from journal.ui.common.widgets import heading, named, paragraph
from journal.ui.help.plans_view import (
    CheckInView,
    ContactsView,
    RelapsePlanView,
    SafetyPlanView,
)
from journal.ui.safety.clipboard import CLEAR_AFTER_MS, ClipboardGuard
from journal.ui.safety.printing import print_document

Button = QMessageBox.StandardButton
PDF_FILTER = "PDF document (*.pdf)"
METHOD_LABELS = {
    "call": "Call",
    "text": "Text",
    "tty": "TTY",
    "chat": "Chat online",
    "email": "Email",
    "web": "Website",
}
CALLING_SAFELY = (
    "<b>Calling safely.</b> Calls and texts show up in the phone's call log, on shared phone "
    "bills and on other devices linked to the same account. If someone checks your phone, "
    "consider using a friend's phone, a work phone or a public phone. Online chat leaves "
    "browser history. <b>In immediate danger, call your emergency number.</b>"
)
LOCKED_TEXT = {
    "contacts": (
        "Your trusted contacts are kept encrypted inside your journal, so they appear here "
        "only after you unlock it."
    ),
    "plans": (
        "Your plans are kept encrypted inside your journal, so they appear here only after "
        "you unlock it. The hotlines and guidance work without unlocking."
    ),
}
BROWSER_WARNING = (
    "<p>This opens <b>{url}</b> in your web browser.</p>"
    "<p>Your browser keeps a history of the pages you visit, and someone who uses this "
    "computer may see it. If that is a risk, use a private window, delete the history "
    "afterwards, or use a safer device, such as a friend's phone or a library computer.</p>"
)
PDF_WARNING = (
    "<p><b>The PDF will not be encrypted.</b> Anyone who opens it can read your contacts and "
    "plans.</p><p>Save it straight to a USB stick or a folder only you use, and delete it when "
    "you no longer need it. Avoid shared, cloud-synced and Downloads folders.</p>"
)
STYLE = """
QLabel#heading { font-size: 16pt; font-weight: 600; }
QLabel#subheading { font-size: 11pt; font-weight: 600; margin-top: 6px; }
QFrame#hotlineCard { background: palette(base); border: 1px solid #d4d4d4; border-radius: 8px; }
QFrame#emergencyCard { background: #fff5f5; border: 1px solid #e0a8a8; border-radius: 8px; }
QFrame#safetyNote { background: #f2f6fb; border: 1px solid #c9d8e8; border-radius: 6px; }
QLabel#hotlineName { font-size: 12pt; font-weight: 600; }
QLabel#detail { color: #333; }
QLabel#small { color: #555; font-size: 9pt; }
QLabel#hint { color: #444; }
QLabel#lockedNote { font-size: 12pt; color: #333; padding: 24px; }
"""


def system_territory() -> str:
    """Return the system locale's two-letter territory code ("" when unknown)."""
    locale = QLocale()
    code = QLocale.territoryToCode(locale.territory())
    if not code:
        _, _, code = locale.name().partition("_")
    return code.upper()


def choose_pdf_path(parent: QWidget, title: str, suggested: str, name_filter: str) -> str | None:
    """Ask where to save with Qt's own file dialog (no recent-files entry, no remembered path)."""
    return choose_file(parent, title, suggested, name_filter, save=True)


def _label(text: str, object_name: str = "", *, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class HotlinesView(QWidget):
    """Hotlines for the chosen region, searchable, with copy buttons for numbers."""

    def __init__(
        self,
        directory: HotlineDirectory,
        clipboard: ClipboardGuard,
        territory: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._directory = directory
        self._clipboard = clipboard
        self.region = named(QComboBox(), "Region", "Which country's services to show")
        for region in directory.regions:
            self.region.addItem(region.name, region.code)
        self.region.setCurrentIndex(self.region.findData(directory.default_region(territory)))
        self.search = named(QLineEdit(), "Search help", "Filter by name, number, language…")
        self.search.setPlaceholderText("Search by name, number, language, hours…")
        self.search.setClearButtonEnabled(True)
        self.count = named(QLabel(), "Results")
        self.status = named(QLabel(), "Copy status")
        self.status.setWordWrap(True)

        note = QFrame()
        note.setObjectName("safetyNote")
        note_layout = QVBoxLayout(note)
        note_layout.setContentsMargins(10, 6, 10, 6)
        calling = _label(CALLING_SAFELY, rich=True)
        calling.setAccessibleName("Calling safely")
        note_layout.addWidget(calling)

        self.cards = QWidget()
        self.cards_layout = QVBoxLayout(self.cards)
        self.cards_layout.setSpacing(10)
        self.scroll = named(QScrollArea(), "Hotlines")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.cards)

        top = QHBoxLayout()
        region_label = QLabel("Region")
        region_label.setBuddy(self.region)
        top.addWidget(region_label)
        top.addWidget(self.region)
        top.addSpacing(16)
        search_label = QLabel("Search help")
        search_label.setBuddy(self.search)
        top.addWidget(search_label)
        top.addWidget(self.search, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        row = QHBoxLayout()
        row.addWidget(self.count)
        row.addStretch(1)
        row.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.scroll, 1)

        self.region.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)
        self.refresh()

    @property
    def region_code(self) -> str:
        """Return the chosen region's code."""
        return str(self.region.currentData())

    def set_region(self, code: str) -> None:
        """Show the services of region `code`."""
        index = self.region.findData(code)
        if index >= 0:
            self.region.setCurrentIndex(index)

    def shown(self) -> tuple[Hotline, ...]:
        """Return the services currently listed."""
        return self._directory.for_region(self.region_code, self.search.text())

    @Slot()
    def refresh(self) -> None:
        """Rebuild the list for the region and search words."""
        while self.cards_layout.count():
            item = self.cards_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        hotlines = self.shown()
        region = self._directory.region(self.region_code)
        region_name = region.name if region else self.region_code
        if hotlines:
            noun = "service" if len(hotlines) == 1 else "services"
            self.count.setText(f"{len(hotlines)} {noun} — {region_name}")
        elif self.search.text().strip():
            self.count.setText(
                f"Nothing in {region_name} matches “{self.search.text().strip()}”. Try fewer "
                "words or another region."
            )
        else:
            self.count.setText(f"No services listed for {region_name}.")
        for hotline in hotlines:
            card = self._card(hotline)
            self.cards_layout.addWidget(card)
            if self.cards.isVisible():
                card.show()  # at once, not on the next event loop turn
        self.cards_layout.addStretch(1)

    def _card(self, hotline: Hotline) -> QFrame:
        card = QFrame()
        card.setObjectName("emergencyCard" if hotline.emergency else "hotlineCard")
        card.setAccessibleName(hotline.name)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        title = hotline.name + (f" — {hotline.area}" if hotline.area else "")
        layout.addWidget(_label(title, "hotlineName"))
        layout.addWidget(_label(hotline.about, "detail"))
        for way in hotline.reach:
            row = QHBoxLayout()
            row.setSpacing(10)
            method = METHOD_LABELS.get(way.method, way.method)
            text = _label(
                f"<b>{method}: {_escape(way.value)}</b><br/>"
                f"<span style='color:#333'>{_escape(way.how)}</span>",
                rich=True,
            )
            text.setAccessibleName(f"{method} {way.value}")
            row.addWidget(text, 1)
            label = "Copy number" if way.is_number else "Copy address"
            button = named(QPushButton(label), label, f"Copy {way.value} ({hotline.name})")
            button.setAutoDefault(False)
            button.setProperty("copy_value", way.value)
            button.clicked.connect(lambda _=False, v=way.value: self.copy(v))
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
        details = [
            f"<b>Hours:</b> {_escape(hotline.hours)}",
            f"<b>Languages:</b> {_escape(hotline.languages)}",
            f"<b>Region:</b> {_escape(self._region_names(hotline))}",
        ]
        layout.addWidget(_label(" &nbsp;·&nbsp; ".join(details), "detail", rich=True))
        if hotline.note:
            layout.addWidget(_label(hotline.note, "detail"))
        checked = hotline.last_checked
        layout.addWidget(
            _label(
                f"Source: {hotline.source} · Last checked {checked.day} {checked:%B %Y}",
                "small",
            )
        )
        return card

    def _region_names(self, hotline: Hotline) -> str:
        codes = hotline.countries if hotline.emergency and hotline.countries else (hotline.region,)
        names = []
        for code in codes:
            region = self._directory.region(code)
            names.append(region.name if region else code)
        return ", ".join(names)

    def copy(self, value: str) -> None:
        """Copy a number or address (marked secret, cleared after 30 seconds and on lock)."""
        self._clipboard.copy(value)
        seconds = CLEAR_AFTER_MS // 1000
        self.status.setText(f"Copied {value}. It is cleared from the clipboard in {seconds} s.")


class GuidanceView(QWidget):
    """Guidance pages (bundled Markdown) in a browser that never follows links by itself."""

    def __init__(
        self, pages: Sequence[GuidancePage], problem: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._pages = list(pages)
        self.pages = named(QListWidget(), "Guidance pages")
        self.pages.setWordWrap(True)
        for page in self._pages:
            self.pages.addItem(page.title)
        self.browser = named(QTextBrowser(), "Guidance page")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        font = QFont(self.browser.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.5) + 0.5)
        self.browser.setFont(font)
        self.browser.document().setDocumentMargin(14)
        self.browser.anchorClicked.connect(self._link)
        self.pages.currentRowChanged.connect(self.show_page)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 740])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        if problem:
            layout.addWidget(_label(problem, "hint"))
        layout.addWidget(splitter, 1)
        if self._pages:
            self.pages.setCurrentRow(0)
        elif not problem:
            self.browser.setPlainText("No guidance pages are available.")

    @Slot(int)
    def show_page(self, index: int) -> None:
        """Show page number `index` of the list."""
        if not 0 <= index < len(self._pages):
            return
        page = self._pages[index]
        try:
            text = page.read()
        except (OSError, UnicodeDecodeError):
            self.browser.setPlainText(f"The page “{page.title}” could not be read.")
            return
        self.browser.setSearchPaths([str(page.path.parent)])
        self.browser.setMarkdown(text)
        self.browser.verticalScrollBar().setValue(0)

    def show_page_id(self, page_id: str) -> bool:
        """Show the page with this id; return False if there is none."""
        for index, page in enumerate(self._pages):
            if page.id == page_id:
                self.pages.setCurrentRow(index)
                return True
        return False

    @Slot(QUrl)
    def _link(self, url: QUrl) -> None:
        if url.scheme() in ("", "file") and not url.host():
            name = Path(url.path()).name
            for index, page in enumerate(self._pages):
                if name and (page.path.name == name or page.id == name):
                    self.pages.setCurrentRow(index)
                    if url.fragment():
                        self.browser.scrollToAnchor(url.fragment())
                    return
            if url.fragment() and not url.path():
                self.browser.scrollToAnchor(url.fragment())
            return
        if url.scheme() not in ("http", "https", "mailto"):
            return
        shown = _escape(url.toDisplayString())
        choice = ask(
            self,
            QMessageBox.Icon.Warning,
            "Open in your browser?",
            BROWSER_WARNING.format(url=shown),
            Button.Open | Button.Cancel,
            Button.Cancel,
        )
        if choice == Button.Open:
            QDesktopServices.openUrl(url)


def _locked_note(text: str) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    label = _label(text, "lockedNote")
    label.setAccessibleName(text)
    layout.addWidget(label)
    layout.addStretch(1)
    return page


class HelpPanel(SafeDialog):
    """Hotlines and guidance for everyone; the user's contacts and plans once unlocked."""

    TABS = (
        "Hotlines",
        "Guidance",
        "My contacts",
        "Safety plan",
        "Relapse plan",
        "Red-flag check-in",
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
        self.setWindowTitle("Help")
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
                problem = "The guidance pages could not be loaded. The hotlines still work."
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

        self.tabs = named(QTabWidget(), "Help sections")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.hotlines, "Hotlines")
        self.tabs.addTab(self.guidance, "Guidance")
        for view, title, locked in (
            (self.contacts, "My contacts", LOCKED_TEXT["contacts"]),
            (self.safety, "Safety plan", LOCKED_TEXT["plans"]),
            (self.relapse, "Relapse plan", LOCKED_TEXT["plans"]),
            (self.checkin, "Red-flag check-in", LOCKED_TEXT["plans"]),
        ):
            stack = QStackedWidget()
            stack.addWidget(_locked_note(locked))
            stack.addWidget(view)
            self._stacks.append(stack)
            self.tabs.addTab(stack, title)

        self.print_button = named(
            QPushButton("Print plans…"), "Print plans", "Print your contacts and plans"
        )
        self.pdf_button = named(
            QPushButton("Save plans as PDF…"),
            "Save plans as PDF",
            "Write your contacts and plans to a PDF file that is not encrypted",
        )
        self.close_button = named(QPushButton("Close"), "Close")
        for button in (self.print_button, self.pdf_button, self.close_button):
            button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_plans)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.close)
        self.export_status = named(QLabel(), "Export status")
        self.export_status.setWordWrap(True)

        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(self.export_status, 1)
        bottom.addWidget(self.close_button)

        self.content.addWidget(heading("Help and support"))
        self.content.addWidget(
            paragraph(
                "You are not alone. The services below can listen, help you make a plan and "
                "tell you about your options. This panel works offline."
            )
        )
        self.content.addWidget(self.tabs, 1)
        self.content.addLayout(bottom)
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
        return plans.plans_html(
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
            self.export_status.setText(f"Please fix this first: {exc}")
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
            "Save plans as PDF",
            PDF_WARNING,
            Button.Save | Button.Cancel,
            Button.Cancel,
        )
        if choice != Button.Save:
            return
        suggested = f"my-plans-{date.today().isoformat()}.pdf"
        chosen = choose_pdf_path(self, "Save plans as PDF", suggested, PDF_FILTER)
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
            f"Saved {target.name}. It is not encrypted: keep it safe and delete it when done."
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
            if print_document(self, document, title="Print your plans"):
                self.export_status.setText("Sent to the printer.")
        finally:
            document.clear()
