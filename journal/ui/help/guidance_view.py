"""Guidance pages (bundled Markdown) in a browser that never follows links by itself."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QListWidget,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.resources import GuidancePage
from journal.ui.common.messages import ask
from journal.ui.common.widgets import named
from journal.ui.help.labels import escape, text_label

Button = QMessageBox.StandardButton

BROWSER_WARNING = QT_TRANSLATE_NOOP(
    "GuidanceView",
    "<p>This opens <b>{url}</b> in your web browser.</p>"
    "<p>Your browser keeps a history of the pages you visit, and someone who uses this "
    "computer may see it. If that is a risk, use a private window, delete the history "
    "afterwards, or use a safer device, such as a friend's phone or a library computer.</p>",
)


class GuidanceView(QWidget):
    """Guidance pages (bundled Markdown) in a browser that never follows links by itself."""

    def __init__(
        self, pages: Sequence[GuidancePage], problem: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._pages = list(pages)
        self.pages = named(QListWidget(), QT_TRANSLATE_NOOP("Names", "Guidance pages"))
        self.pages.setWordWrap(True)
        for page in self._pages:
            self.pages.addItem(page.title)
        self.browser = named(QTextBrowser(), QT_TRANSLATE_NOOP("Names", "Guidance page"))
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
            layout.addWidget(text_label(problem, "hint"))
        layout.addWidget(splitter, 1)
        if self._pages:
            self.pages.setCurrentRow(0)
        elif not problem:
            self.browser.setPlainText(translate("GuidanceView", "No guidance pages are available."))

    @Slot(int)
    def show_page(self, index: int) -> None:
        """Show page number `index` of the list."""
        if not 0 <= index < len(self._pages):
            return
        page = self._pages[index]
        try:
            text = page.read()
        except (OSError, UnicodeDecodeError):
            self.browser.setPlainText(
                translate("GuidanceView", "The page “{title}” could not be read.").format(
                    title=page.title
                )
            )
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
        shown = escape(url.toDisplayString())
        choice = ask(
            self,
            QMessageBox.Icon.Warning,
            translate("GuidanceView", "Open in your browser?"),
            translate("GuidanceView", BROWSER_WARNING).format(url=shown),
            Button.Open | Button.Cancel,
            Button.Cancel,
        )
        if choice == Button.Open:
            QDesktopServices.openUrl(url)
