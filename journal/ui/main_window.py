"""The main window: moves between welcome, create, unlock and the journal."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, QSize, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal.i18n import translate
from journal.paths import resource_path
from journal.session import Session
from journal.ui.common.fit import ScreenFitter, fit_window, fits, scrolling
from journal.ui.common.session_views import Layer, SessionViews
from journal.ui.common.top_bar import TopBar
from journal.ui.safety import quick_exit
from journal.ui.safety.auto_lock import DriveWatcher, IdleTimer
from journal.ui.settings.preferences import Preferences
from journal.ui.setup.unlock_page import UnlockPage
from journal.ui.window_commands import WindowCommands
from journal.ui.window_language import WindowLanguage
from journal.ui.window_menus import APP_TITLE, WindowMenus
from journal.ui.window_pages import WindowPages
from journal.ui.window_protection import WindowProtection
from journal.ui.window_unlocking import WindowUnlocking

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from journal.taxonomy import Taxonomy
    from journal.ui.help.help_panel import HelpPanel
    from journal.ui.insights.insights_window import InsightsWindow
    from journal.ui.journal.journal_page import JournalPage
    from journal.ui.safety.clipboard import ClipboardGuard

# Dialogs, export, the help panel and the charts are imported when first used: the unlock
# window then opens sooner (see "Cold start" in docs/PERFORMANCE.md).

STYLE = """
QLabel#heading { font-size: 17pt; font-weight: 600; }
QLabel#subheading { font-size: 11pt; font-weight: 600; margin-top: 6px; }
QLabel#recoveryCode { font-family: monospace; font-size: 16pt; padding: 12px;
    border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }
QFrame#card { background: palette(base); border: 1px solid palette(mid); border-radius: 10px; }
QPushButton#link { color: palette(link); text-decoration: underline; border: none; }
QLabel#apptitle { font-weight: 600; }
"""


class MainWindow(
    QMainWindow,
    WindowMenus,
    WindowCommands,
    WindowProtection,
    WindowPages,
    WindowUnlocking,
    WindowLanguage,
):
    """One window; its pages never read the vault file themselves (the session does)."""

    quick_exit_finished = Signal()

    def __init__(self, session: Session, taxonomy: Taxonomy | None, settings: QSettings) -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self.preferences = Preferences(settings)
        session.headers = self.preferences  # header fingerprints remembered per journal
        self._taxonomy = taxonomy  # None: the bundled one, loaded when first needed
        self.setStyleSheet(STYLE)
        self._exiting = False
        self.setMinimumSize(640, 420)
        fit_window(self, QSize(1180, 760))
        # A remembered size is used only if it still fits this screen (a smaller one now?).
        if not self.preferences.geometry.isEmpty():
            self.restoreGeometry(self.preferences.geometry)
            if not fits(self):
                fit_window(self, QSize(1180, 760))

        self._setup_pages: dict[str, QWidget] = {}
        self._started = False  # the app-wide watchers start with the first frame
        self._before_first_key: list[Callable[[], object]] = []  # see `before_first_key`
        # The journal page (list, entry view, editor) is built when first needed, i.e. on
        # unlocking: the unlock window opens sooner (see "Cold start" in docs/PERFORMANCE.md).
        self._journal_page: JournalPage | None = None
        self._insights_window: InsightsWindow | None = None
        self._help_panel: HelpPanel | None = None
        self.bar = TopBar()
        self.help_button = self.bar.help_button
        self.help_button.clicked.connect(self.show_help)
        self.quick_exit_button = self.bar.quick_exit_button
        self.title_label = self.bar.title_label
        self.language_chooser = self.bar.language_chooser
        self.language_chooser.chosen.connect(self.set_language)
        # The central widget goes into the window first and each part into it after: Qt styles
        # a widget's whole tree again each time it moves under a parent with another style
        # sheet (this window's STYLE), so built top-down every widget is styled once (see "Cold
        # start" in docs/PERFORMANCE.md). Tab goes through the parts in the order they go in.
        central = QWidget()
        self.setCentralWidget(central)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(self.bar)
        self.pages = QStackedWidget()
        # Only the page scrolls: the bar with Get help and Quick exit stays in view.
        self.page_scroll = scrolling(self.pages)
        column.addWidget(self.page_scroll, 1)
        # Only the unlock page now; the other setup pages when first used (see WindowPages).
        self.unlock_page = UnlockPage()
        self.pages.addWidget(self.unlock_page)
        quick_exit.set_handler(self.quick_exit)
        self.shift_detector = quick_exit.ShiftTripleDetector(self.quick_exit, self)
        self._clipboard_guard: ClipboardGuard | None = None  # just after the first frame
        # Everything that shows journal text follows the session through `views`: a lock
        # clears it all (windows on top first), an unlock or a restore fills it again.
        self.views = SessionViews(self)
        self.views.add(self.unlock_page, Layer.SETUP)  # the other setup pages as they are built
        self.system_lock = None  # the D-Bus screen-lock watcher: just after the first frame
        # A journal on a USB stick: lock when its folder disappears, reopen when it is back.
        self.drive = DriveWatcher(lambda: self.session.vault_path.parent, self)
        self.drive.gone.connect(self._drive_gone)
        self.drive.back.connect(self._drive_back)

        self.unlock_page.unlock_requested.connect(self._unlock)
        self.unlock_page.recovery_requested.connect(lambda: self._show(self.recovery_unlock_page))
        self.unlock_page.restore_requested.connect(self._restore)

        self._build_menus()
        self.idle = IdleTimer(self, watch=False)  # watches input from the first frame
        self.idle.timed_out.connect(self._idle_lock)
        self.screen_fitter: ScreenFitter | None = None  # from the first frame (_first_frame)
        self._apply_settings()
        self._update_actions()
        self._show(self.unlock_page if session.exists else self.welcome_page)

    @property
    def journal_page(self) -> JournalPage:
        """The journal page (entries, entry view, editor); built on first use."""
        if self._journal_page is None:
            from journal.ui.journal.journal_page import JournalPage

            # Built inside the window: a parentless page would briefly be a window of its own
            # and take the keyboard focus away from this one.
            page = JournalPage(self.session, self.taxonomy, self.pages)
            page.status.connect(self._status)
            page.lock_requested.connect(self.lock)
            page.help_requested.connect(self.show_safety_plan)
            page.busy_changed.connect(lambda _busy: self._update_actions())
            self.pages.addWidget(page)
            self.views.add(page, Layer.JOURNAL)
            self._journal_page = page
        return self._journal_page

    @property
    def clipboard_guard(self) -> ClipboardGuard:
        """What the app copies: marked secret, cleared later and on lock; built on first use.

        The window builds it on the event loop's pass after its first frame (before unlocking
        there is no journal text to copy, and Qt never copies from a passphrase field)."""
        if self._clipboard_guard is None:
            from journal.ui.safety.clipboard import ClipboardGuard

            self._clipboard_guard = ClipboardGuard(self, watch=False)
            self.views.add(self._clipboard_guard, Layer.CLIPBOARD)
        return self._clipboard_guard

    @property
    def taxonomy(self) -> Taxonomy:
        """Return the behaviours and feelings (the bundled ones are read on first use)."""
        if self._taxonomy is None:
            from journal.taxonomy import default_taxonomy

            self._taxonomy = default_taxonomy()
        return self._taxonomy

    def _on_journal_page(self) -> bool:
        return self._journal_page is not None and self.pages.currentWidget() is self._journal_page

    # ------------------------------------------------------------------ pages

    def _show(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self.bar.show_language(page is not self._journal_page)  # once unlocked: in Settings
        self._update_actions()
        page.setFocus()
        if page is self._journal_page:
            self._restart_idle()
        else:
            self.idle.stop()

    @Slot(str)
    def _status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    # ---------------------------------------------------------------- locking

    def _apply_settings(self) -> None:
        prefs = self.preferences
        self.idle.set_minutes(self.protective.autolock_minutes)
        self._restart_idle()
        discreet = prefs.discreet
        title = prefs.discreet_title if discreet else APP_TITLE
        # The display name first: Qt adds it to every window title ("Notes — Reality Check").
        QGuiApplication.setApplicationDisplayName(title)
        self.setWindowTitle(title)
        for window in QApplication.topLevelWidgets():  # open windows follow at once
            if window is not self and window.windowTitle():
                window.setWindowTitle(window.windowTitle())
        self.title_label.setText("" if discreet else APP_TITLE)
        if self._built_page("welcome") is not None:
            self.welcome_page.set_discreet(discreet)
        self._name_about()
        if self._started:  # else just after the first frame (`_after_first_frame`)
            self._apply_icon()
        if self.protective.hide_from_capture:
            from journal.ui.safety.capture import set_capture_protection

            set_capture_protection(self, True)

    def _apply_icon(self) -> None:
        """Give the window and the app their icon (a neutral one in discreet mode).

        Loading the icon (QIcon's enums, the SVG icon engine) waits until just after the
        window's first frame (see "Cold start" in docs/PERFORMANCE.md)."""
        from PySide6.QtGui import QIcon

        icon_name = "notes.svg" if self.preferences.discreet else "reality-check.svg"
        icon = QIcon(str(resource_path("icons/" + icon_name)))
        self.setWindowIcon(icon)
        QGuiApplication.setWindowIcon(icon)

    def set_idle_timeout_ms(self, milliseconds: int) -> None:
        """Set the auto-lock delay directly (0 = never); the settings store whole minutes."""
        self.idle.set_minutes(milliseconds / 60_000)
        self._restart_idle()

    def _restart_idle(self) -> None:
        if self._on_journal_page():
            self.idle.start()
        else:
            self.idle.stop()

    @Slot()
    def _idle_lock(self) -> None:
        if self.session.is_unlocked:
            self.lock()
            self._status(translate("MainWindow", "Locked after a time without use."))

    @Slot()
    def _drive_back(self) -> None:
        self.unlock_page.error.setText(
            translate("MainWindow", "The drive is back. Unlock to continue.")
        )

    @Slot()
    def _drive_gone(self) -> None:
        """Lock and say so when the journal's folder (e.g. a USB stick) has gone away."""
        if self.session.is_unlocked and self._journal_page is not None:
            self._journal_page.save_draft()  # may fail on a vanished drive; it says so
        self._forget_everything()
        self.session.close()
        self._show(self.unlock_page)
        self.unlock_page.error.setText(
            translate(
                "MainWindow",
                "The drive with your journal was removed, so the journal was locked. "
                "Everything you saved is still on that drive. Plug it back in, then unlock.",
            )
        )

    @Slot()
    def _system_lock(self) -> None:
        if self.session.is_unlocked:
            self.lock()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint; the first time, start the app-wide watchers (see WindowPages)."""
        super().paintEvent(event)
        if not self._started:
            self._first_frame()

    def changeEvent(self, event: QEvent) -> None:
        """Lock when minimised (unless the user turned that off)."""
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.WindowStateChange
            and self.isMinimized()
            and self.protective.lock_on_minimise
            and self.session.is_unlocked
        ):
            self.lock()

    def _forget_everything(self) -> None:
        """Clear every view holding journal text and close every dialog (see SessionViews)."""
        self.views.lock()

    @Slot()
    def lock(self) -> None:
        """Save any draft encrypted, clear every view holding journal text, drop the keys."""
        if self.session.is_unlocked and self._journal_page is not None:
            self._journal_page.save_draft()
        try:
            self._forget_everything()
        finally:
            self.session.lock()  # even if a view failed to clear
        self._show(self.unlock_page)

    @Slot()
    def quick_exit(self) -> None:
        """Hide every window at once, then save the draft encrypted, lock, and quit."""
        if self._exiting:
            return
        self._exiting = True
        app = QApplication.instance()
        widgets = app.topLevelWidgets() if isinstance(app, QApplication) else [self]
        for widget in widgets:
            if widget.isVisible():
                widget.hide()
        # Nothing is on screen any more, so nothing below may stop the app from quitting: each
        # step is on its own, and a failure is skipped (there is no one to show it to).
        steps = (
            self.session.cancel_rekey,  # a re-key is rolled back (the old secrets still open it)
            self._wait_for_background,  # an unlock, restore or passphrase change
            self._save_draft_if_unlocked,
            self._forget_everything,
            self.session.close,
            self._remember_geometry,
        )
        for step in steps:
            with contextlib.suppress(Exception):
                step()
        with contextlib.suppress(Exception):
            self._open_exit_page()  # only an https:// page, checked here
        with contextlib.suppress(Exception):
            self.quick_exit_finished.emit()
        QApplication.quit()

    @staticmethod
    def _wait_for_background() -> None:
        from journal.ui.common.worker import wait_for_background

        wait_for_background(15.0)

    def _save_draft_if_unlocked(self) -> None:
        if self.session.is_unlocked and self._journal_page is not None:
            self._journal_page.save_draft()

    def _remember_geometry(self) -> None:
        self.preferences.geometry = self.saveGeometry()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Keep unsaved text as an encrypted draft, lock and release the file; never ask."""
        try:
            if self._journal_page is not None and self.session.is_unlocked:
                self._journal_page.save_draft()
            self._forget_everything()  # the help panel keeps unsaved plan changes encrypted
        finally:
            self.session.close()
        if not self._exiting:
            self._remember_geometry()
        self._stop_watching()
        event.accept()
