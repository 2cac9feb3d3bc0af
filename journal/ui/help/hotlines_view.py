"""Hotlines for the chosen region, searchable, with copy buttons for numbers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.resources import Hotline, HotlineDirectory, freshness_note, is_stale
from journal.ui.common.widgets import named
from journal.ui.help.labels import escape, text_label
from journal.ui.safety.clipboard import CLEAR_AFTER_MS, ClipboardGuard

METHOD_LABELS = {  # English, translated where shown (context "HotlinesView")
    "call": QT_TRANSLATE_NOOP("HotlinesView", "Call"),
    "text": QT_TRANSLATE_NOOP("HotlinesView", "Text"),
    "tty": QT_TRANSLATE_NOOP("HotlinesView", "TTY"),
    "chat": QT_TRANSLATE_NOOP("HotlinesView", "Chat online"),
    "email": QT_TRANSLATE_NOOP("HotlinesView", "Email"),
    "web": QT_TRANSLATE_NOOP("HotlinesView", "Website"),
}
CALLING_SAFELY = QT_TRANSLATE_NOOP(
    "HotlinesView",
    "<b>Calling safely.</b> Calls and texts show up in the phone's call log, on shared phone "
    "bills and on other devices linked to the same account. If someone checks your phone, "
    "consider using a friend's phone, a work phone or a public phone. Online chat leaves "
    "browser history. <b>In immediate danger, call your emergency number.</b>",
)


def system_territory() -> str:
    """Return the system locale's two-letter territory code ("" when unknown)."""
    locale = QLocale()
    code = QLocale.territoryToCode(locale.territory())
    if not code:
        _, _, code = locale.name().partition("_")
    return code.upper()


class HotlinesView(QWidget):
    """Hotlines for the chosen region, searchable, with copy buttons for numbers.

    The cards are in the language in force when the view is built (the bundled directory
    holds every language; see `HotlineDirectory.in_language`).
    """

    def __init__(
        self,
        directory: HotlineDirectory,
        clipboard: ClipboardGuard,
        territory: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._directory = directory.in_language()
        self._clipboard = clipboard
        self.today = date.today()  # cards say when they were last checked, relative to this
        self.region = named(
            QComboBox(),
            QT_TRANSLATE_NOOP("Names", "Region"),
            translate("HotlinesView", "Which country's services to show"),
        )
        for region in self._directory.regions:
            self.region.addItem(region.name, region.code)
        self.region.setCurrentIndex(self.region.findData(directory.default_region(territory)))
        self.search = named(
            QLineEdit(),
            QT_TRANSLATE_NOOP("Names", "Search help"),
            translate("HotlinesView", "Filter by name, number, language…"),
        )
        self.search.setPlaceholderText(
            translate("HotlinesView", "Search by name, number, language, hours…")
        )
        self.search.setClearButtonEnabled(True)
        self.count = named(QLabel(), QT_TRANSLATE_NOOP("Names", "Results"))
        self.status = named(QLabel(), QT_TRANSLATE_NOOP("Names", "Copy status"))
        self.status.setWordWrap(True)

        note = QFrame()
        note.setObjectName("safetyNote")
        note_layout = QVBoxLayout(note)
        note_layout.setContentsMargins(10, 6, 10, 6)
        calling = text_label(translate("HotlinesView", CALLING_SAFELY), rich=True)
        calling.setAccessibleName(translate("HotlinesView", "Calling safely"))
        note_layout.addWidget(calling)

        self.cards = QWidget()
        self.cards_layout = QVBoxLayout(self.cards)
        self.cards_layout.setSpacing(10)
        self.scroll = named(QScrollArea(), QT_TRANSLATE_NOOP("Names", "Hotlines"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.cards)

        top = QHBoxLayout()
        region_label = QLabel(translate("HotlinesView", "Region"))
        region_label.setBuddy(self.region)
        top.addWidget(region_label)
        top.addWidget(self.region)
        top.addSpacing(16)
        search_label = QLabel(translate("HotlinesView", "Search help"))
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
        # Not "%n" with a count: pyside6-lupdate marks a message plural only when the count is
        # a literal number, and drops the call when it is an expression such as len(...).
        if len(hotlines) == 1:
            count = translate("HotlinesView", "1 service — {region}")
        elif hotlines:
            count = translate("HotlinesView", "{count} services — {region}")
        elif self.search.text().strip():
            count = translate(
                "HotlinesView",
                "Nothing in {region} matches “{words}”. Try fewer words or another region.",
            )
        else:
            count = translate("HotlinesView", "No services listed for {region}.")
        self.count.setText(
            count.format(count=len(hotlines), region=region_name, words=self.search.text().strip())
        )
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
        layout.addWidget(text_label(title, "hotlineName"))
        layout.addWidget(text_label(hotline.about, "detail"))
        for way in hotline.reach:
            row = QHBoxLayout()
            row.setSpacing(10)
            method = translate("HotlinesView", METHOD_LABELS.get(way.method, way.method))
            text = text_label(
                f"<b>{method}: {escape(way.value)}</b><br/><span>{escape(way.how)}</span>",
                rich=True,
            )
            text.setAccessibleName(f"{method} {way.value}")
            row.addWidget(text, 1)
            if way.is_number:
                name = QT_TRANSLATE_NOOP("Names", "Copy number")
            else:
                name = QT_TRANSLATE_NOOP("Names", "Copy address")
            described = translate("HotlinesView", "Copy {value} ({service})")
            button = named(
                QPushButton(translate("Names", name)),
                name,
                described.format(value=way.value, service=hotline.name),
            )
            button.setAutoDefault(False)
            button.setProperty("copy_value", way.value)
            button.clicked.connect(lambda _=False, v=way.value: self.copy(v))
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
        if hotline.silent_access:
            silent = text_label(
                translate("HotlinesView", "<b>Silently or by text:</b> {how}").format(
                    how=escape(hotline.silent_access)
                ),
                rich=True,
            )
            silent.setObjectName("silentAccess")
            silent.setAccessibleName(translate("HotlinesView", "Silently or by text"))
            layout.addWidget(silent)
        spanish = hotline.spanish
        spanish_label = text_label(
            f"<b>{escape(spanish.label)}</b> {escape(spanish.how)}".strip(),
            "spanishAccess",
            rich=True,
        )
        spanish_label.setAccessibleName(spanish.text)
        layout.addWidget(spanish_label)
        details = [
            translate("HotlinesView", "<b>For:</b> {who}").format(
                who=escape(hotline.audience_text)
            ),
            translate("HotlinesView", "<b>Hours:</b> {hours}").format(hours=escape(hotline.hours)),
            translate("HotlinesView", "<b>Languages:</b> {languages}").format(
                languages=escape(hotline.languages)
            ),
            translate("HotlinesView", "<b>Region:</b> {region}").format(
                region=escape(self._region_names(hotline))
            ),
        ]
        layout.addWidget(text_label(" &nbsp;·&nbsp; ".join(details), "detail", rich=True))
        if hotline.note:
            layout.addWidget(text_label(hotline.note, "detail"))
        pages = [hotline.source, *hotline.extra_sources]
        if spanish.source and spanish.source not in pages:
            pages.append(spanish.source)
        fresh = freshness_note(hotline.last_checked, self.today)
        stale = is_stale(hotline.last_checked, self.today)
        source = translate("HotlinesView", "Source: {sources} · {checked}")
        layout.addWidget(
            text_label(
                source.format(sources=" · ".join(pages), checked=fresh),
                "staleNote" if stale else "small",
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
        self.status.setText(
            translate(
                "HotlinesView", "Copied {value}. It is cleared from the clipboard in {seconds} s."
            ).format(value=value, seconds=seconds)
        )
