"""The main window: moves between welcome, create, unlock and the journal."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal.errors import UnsupportedVault, VaultCorrupted, VaultError, WrongPassphrase
from journal.paths import resource_path
from journal.session import Session
from journal.ui import quick_exit
from journal.ui.capture import set_capture_protection
from journal.ui.clipboard import ClipboardGuard
from journal.ui.preferences import Preferences
from journal.ui.setup_pages import (
    CreatePage,
    RecoveryCodePage,
    RecoveryUnlockPage,
    UnlockPage,
    WelcomePage,
)
from journal.ui.widgets import named
from journal.ui.worker import run_in_background, wait_for_background

if TYPE_CHECKING:
    from journal.taxonomy import Taxonomy
    from journal.ui.help_panel import HelpPanel
    from journal.ui.journal_page import JournalPage
    from journal.ui.panels import InsightsWindow
    from journal.ui.system_lock import SystemLockWatcher

# Dialogs, export, the help panel and the charts are imported when first used: the unlock
# window then opens sooner (see "Cold start" in docs/PERFORMANCE.md).

APP_TITLE = "Reality Check"
_Page = TypeVar("_Page", bound=QWidget)
DRIVE_CHECK_MS = 1500
STYLE = """
QLabel#heading { font-size: 17pt; font-weight: 600; }
QLabel#subheading { font-size: 11pt; font-weight: 600; margin-top: 6px; }
QLabel#error { color: #b00020; }
QLabel#warning { color: #8a5a00; }
QLabel#recoveryCode { font-family: monospace; font-size: 16pt; padding: 12px;
    border: 1px solid #bbb; border-radius: 6px; background: #fbfbf7; }
QFrame#card { background: palette(base); border: 1px solid #d8d8d8; border-radius: 10px; }
QPushButton#link { color: palette(link); text-decoration: underline; border: none; }
QLabel#apptitle { color: #555; font-weight: 600; }
QFrame#banner { background: #fff6d6; border: 1px solid #e6cf7a; border-radius: 6px; }
"""
_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class MainWindow(QMainWindow):
    """One window; its pages never read the vault file themselves (the session does)."""

    quick_exit_finished = Signal()

    def __init__(self, session: Session, taxonomy: Taxonomy | None, settings: QSettings) -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self.preferences = Preferences(settings)
        self._taxonomy = taxonomy  # None: the bundled one, loaded when first needed
        self.setStyleSheet(STYLE)
        self._exiting = False
        self._watching = False  # the app-wide filters start after the first frame
        self.system_lock: SystemLockWatcher | None = None
        self.resize(1180, 760)
        self.setMinimumSize(820, 560)
        if not self.preferences.geometry.isEmpty():
            self.restoreGeometry(self.preferences.geometry)

        self.unlock_page = UnlockPage()
        # The journal page (list, entry view, editor) and the other set-up pages are built when
        # first needed: the unlock window opens sooner (see "Cold start" in docs/PERFORMANCE.md).
        self._journal_page: JournalPage | None = None
        self._setup_pages: dict[type[QWidget], QWidget] = {}
        self.pages = QStackedWidget()
        self.pages.addWidget(self.unlock_page)
        self._insights_window: InsightsWindow | None = None
        self._help_panel: HelpPanel | None = None
        self.help_button = named(
            QPushButton("Get help"),
            "Get help",
            "Hotlines, guidance and, once unlocked, your contacts and plans (F1)",
        )
        self.help_button.setAutoDefault(False)
        self.help_button.setToolTip("Hotlines, guidance, your contacts and plans (F1)")
        self.help_button.clicked.connect(self.show_help)
        self.quick_exit_button = quick_exit.quick_exit_button()
        self.title_label = QLabel()
        self.title_label.setObjectName("apptitle")
        bar = QHBoxLayout()
        bar.setContentsMargins(10, 6, 10, 0)
        bar.addWidget(self.title_label)
        bar.addStretch(1)
        bar.addWidget(self.help_button)
        bar.addSpacing(6)
        bar.addWidget(self.quick_exit_button)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(bar)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        quick_exit.set_handler(self.quick_exit)
        self.shift_detector = quick_exit.ShiftTripleDetector(self.quick_exit, self)
        self.clipboard_guard = ClipboardGuard(self, watch=False)  # watches from the first frame
        # A journal on a USB stick: lock when its folder disappears, reopen when it is back.
        self._opened = False
        self._drive_gone = False
        self._drive_timer = QTimer(self)
        self._drive_timer.setInterval(DRIVE_CHECK_MS)
        self._drive_timer.timeout.connect(self.check_drive)
        self._drive_timer.start()

        self.unlock_page.unlock_requested.connect(self._unlock)
        self.unlock_page.recovery_requested.connect(lambda: self._show(self.recovery_unlock_page))
        self.unlock_page.restore_requested.connect(self._restore)

        self._build_menus()
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._idle_lock)
        self._apply_settings()
        self._update_actions()
        self._show(self.unlock_page if session.exists else self.welcome_page)

    def _setup_page(self, kind: type[_Page]) -> _Page:
        """Return the set-up page of this class, built and wired the first time."""
        page = self._setup_pages.get(kind)
        if page is None:
            page = kind()
            self.pages.addWidget(page)
            self._setup_pages[kind] = page
            if isinstance(page, WelcomePage):
                page.continued.connect(lambda: self._show(self.create_page))
            elif isinstance(page, CreatePage):
                page.create_requested.connect(self._create)
            elif isinstance(page, RecoveryCodePage):
                page.continued.connect(self._enter_journal)
            elif isinstance(page, RecoveryUnlockPage):
                page.cancelled.connect(self._back_to_unlock)
                page.recover_requested.connect(self._recover)
        assert isinstance(page, kind)
        return page

    @property
    def welcome_page(self) -> WelcomePage:
        """The first page when there is no journal yet."""
        return self._setup_page(WelcomePage)

    @property
    def create_page(self) -> CreatePage:
        """Choosing the passphrase of a new journal."""
        return self._setup_page(CreatePage)

    @property
    def recovery_code_page(self) -> RecoveryCodePage:
        """The recovery code, shown once after creating the journal."""
        return self._setup_page(RecoveryCodePage)

    @property
    def recovery_unlock_page(self) -> RecoveryUnlockPage:
        """Unlocking with the recovery code and choosing a new passphrase."""
        return self._setup_page(RecoveryUnlockPage)

    @property
    def taxonomy(self) -> Taxonomy:
        """The behaviours, emotions and body responses offered in entries and exports."""
        if self._taxonomy is None:
            from journal.taxonomy import default_taxonomy

            self._taxonomy = default_taxonomy()
        return self._taxonomy

    @property
    def journal_page(self) -> JournalPage:
        """The journal page (entries, entry view, editor); built on first use."""
        if self._journal_page is None:
            from journal.ui.journal_page import JournalPage

            # Built inside the window: a parentless page would briefly be a window of its own
            # and take the keyboard focus away from this one.
            page = JournalPage(self.session, self.taxonomy, self.pages)
            page.status.connect(self._status)
            page.lock_requested.connect(self.lock)
            page.busy_changed.connect(lambda _busy: self._update_actions())
            self.pages.addWidget(page)
            self._journal_page = page
        return self._journal_page

    def _on_journal_page(self) -> bool:
        return self._journal_page is not None and self.pages.currentWidget() is self._journal_page

    # ------------------------------------------------------------------ menus

    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        journal_menu = self.menuBar().addMenu("&Journal")
        self.new_action = self._action("&New entry", self._new_entry, QKeySequence.StandardKey.New)
        self.save_action = self._action(
            "&Save entry", self._save_entry, QKeySequence.StandardKey.Save
        )
        self.search_action = self._action("&Search", self._search, QKeySequence.StandardKey.Find)
        self.lock_action = self._action("&Lock", self.lock, "Ctrl+L")
        self.verify_action = self._action("Check &integrity", self._verify)
        self.export_action = self._action("&Export…", self._export, "Ctrl+E")
        self.backup_action = self._action("&Back up journal…", self._backup)
        self.restore_action = self._action("&Restore from backup…", self._restore)
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.quick_exit_action = self._action("Quick e&xit", self.quick_exit, "Ctrl+Shift+Q")
        for action in (self.new_action, self.save_action, self.search_action):
            journal_menu.addAction(action)
        journal_menu.addSeparator()
        journal_menu.addAction(self.verify_action)
        journal_menu.addAction(self.lock_action)
        journal_menu.addSeparator()
        for action in (self.export_action, self.backup_action, self.restore_action):
            journal_menu.addAction(action)
        journal_menu.addSeparator()
        journal_menu.addAction(self.quick_exit_action)
        journal_menu.addAction(self.quit_action)
        security = self.menuBar().addMenu("&Security")
        self.passphrase_action = self._action("Change &passphrase…", self._change_passphrase)
        self.recovery_action = self._action("Make a new &recovery code…", self._new_recovery_code)
        self.settings_action = self._action("&Settings…", self._settings, "Ctrl+,")
        security.addAction(self.passphrase_action)
        security.addAction(self.recovery_action)
        security.addSeparator()
        security.addAction(self.settings_action)
        view = self.menuBar().addMenu("&View")
        self.insights_action = self._action("&Insights", self._insights, "Ctrl+I")
        view.addAction(self.insights_action)
        help_menu = self.menuBar().addMenu("&Help")
        self.help_action = self._action("&Get help", self.show_help, "F1")
        help_menu.addAction(self.help_action)
        help_menu.addSeparator()
        help_menu.addAction(self._action("&About Reality Check", self._about))

    def _update_actions(self) -> None:
        unlocked = self._on_journal_page() and self.session.is_unlocked
        for action in (
            self.new_action,
            self.save_action,
            self.search_action,
            self.lock_action,
            self.verify_action,
            self.export_action,
            self.backup_action,
            self.restore_action,
            self.insights_action,
            self.passphrase_action,
            self.recovery_action,
        ):
            action.setEnabled(unlocked)
        if unlocked and self.journal_page.busy:  # a file is being stored: nothing else writes
            for action in (
                self.new_action,
                self.save_action,
                self.verify_action,
                self.export_action,
                self.backup_action,
                self.restore_action,
                self.passphrase_action,
                self.recovery_action,
            ):
                action.setEnabled(False)
        # Restoring matters most when the journal will not open: offered on the unlock screen.
        if self.pages.currentWidget() is self.unlock_page:
            self.restore_action.setEnabled(True)

    # ------------------------------------------------------------------ pages

    def _show(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self._update_actions()
        page.setFocus()
        if page is self._journal_page:
            self._restart_idle()
        else:
            self._idle.stop()

    @Slot(str)
    def _status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    @Slot(str)
    def _create(self, passphrase: str) -> None:
        session = self.session

        def done(code: object) -> None:
            self.create_page.wipe()
            self.recovery_code_page.set_code(str(code))
            self._show(self.recovery_code_page)

        def failed(exc: Exception) -> None:
            message = exc.message if isinstance(exc, VaultError) else str(exc)
            self.create_page.show_error(message)

        run_in_background(lambda: session.create(passphrase), done, failed)

    @Slot(str)
    def _unlock(self, passphrase: str) -> None:
        session = self.session

        def done(_: object) -> None:
            self.unlock_page.succeeded()
            self._enter_journal()

        def failed(exc: Exception) -> None:
            if isinstance(exc, WrongPassphrase):
                self.unlock_page.failed(exc.message)
            else:
                self.unlock_page.failures -= 1  # not a guess: no back-off for it
                message = exc.message if isinstance(exc, VaultError) else f"Could not unlock: {exc}"
                if isinstance(exc, (VaultCorrupted, UnsupportedVault)):
                    message += " If you have a backup, choose “Restore from a backup…” below."
                self.unlock_page.failed(message)

        run_in_background(lambda: session.unlock(passphrase), done, failed)

    @Slot(str, str)
    def _recover(self, code: str, new_passphrase: str) -> None:
        session = self.session

        def done(_: object) -> None:
            self.recovery_unlock_page.wipe()
            self._status("Your new passphrase is set. Your recovery code still works.")
            self._enter_journal()

        def failed(exc: Exception) -> None:
            message = exc.message if isinstance(exc, VaultError) else str(exc)
            self.recovery_unlock_page.failed(message)

        run_in_background(lambda: session.unlock_with_recovery(code, new_passphrase), done, failed)

    @Slot()
    def _back_to_unlock(self) -> None:
        self.recovery_unlock_page.wipe()
        self._show(self.unlock_page)

    @Slot()
    def _enter_journal(self) -> None:
        self._opened = True
        if RecoveryCodePage in self._setup_pages:
            self.recovery_code_page.wipe()
        self._show(self.journal_page)
        self.journal_page.start()
        if self._help_panel is not None:
            self._help_panel.refresh()  # contacts and plans appear once unlocked

    # ---------------------------------------------------------------- actions

    def _journal_open(self) -> bool:
        return self._on_journal_page() and self.session.is_unlocked

    @Slot()
    def _new_entry(self) -> None:
        if self._journal_open():
            self.journal_page.new_entry()

    @Slot()
    def _save_entry(self) -> None:
        if self._journal_open() and self.journal_page.editing:
            self.journal_page.editor.request_save()

    @Slot()
    def _search(self) -> None:
        if self._journal_open():
            self.journal_page.focus_search()

    @Slot()
    def _verify(self) -> None:
        if self._journal_open():
            from journal.ui import dialogs

            dialogs.show_integrity_report(self.session, self)

    @Slot()
    def _export(self) -> None:
        """Open the export dialog; a search or filter in the list offers just those entries."""
        if not self._journal_open():
            return
        model = self.journal_page.model
        listed = [e.id for e in (model.entry(r) for r in range(model.rowCount())) if e and e.id]
        total = len(self.session.vault.entries())
        picked = listed if 0 < len(listed) < total else None
        from journal.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.session, self, taxonomy=self.taxonomy, entry_ids=picked)
        try:
            if dialog.exec() and dialog.result_info is not None:
                self._status(f"Exported {dialog.result_info.entries} entries (not encrypted).")
        finally:
            dialog.wipe()
            dialog.deleteLater()

    @Slot()
    def _backup(self) -> None:
        if self._journal_open():
            from journal.ui.backup_dialogs import backup_journal

            written = backup_journal(self.session, self)
            if written is not None:
                self._status(f"Encrypted backup saved as {written.name}.")

    @Slot()
    def _restore(self) -> None:
        """Replace the journal with a backup (only once it opened and checked out), then reload.

        From the unlock screen too: for a journal that no longer opens or a lost passphrase.
        """
        if self.pages.currentWidget() is self.unlock_page:
            self._restore_while_locked()
            return
        if not self._journal_open():
            return
        from journal.ui.backup_dialogs import restore_journal

        self.journal_page.save_draft()
        restored = restore_journal(self.session, self)
        if not self.session.is_unlocked:  # the swap failed and the old journal stayed locked
            self.lock()
            return
        if restored:
            if self._insights_window is not None:
                self._insights_window.deleteLater()
                self._insights_window = None
            self.journal_page.wipe()
            self.journal_page.start()
            self._status("The journal was restored from the backup.")

    def _restore_while_locked(self) -> None:
        """Restore from the unlock screen, then enter the restored journal unlocked."""
        page = self.unlock_page
        if page.busy.isVisible():  # an unlock is running
            return
        from journal.ui.backup_dialogs import announce_restored, restore_journal

        page.error.clear()
        restored = restore_journal(self.session, self, locked=True, announce=False)
        if not restored or self._exiting:
            return
        if not self.session.is_unlocked or self.pages.currentWidget() is not page:
            self.lock()  # locked or closed meanwhile: the restored journal waits, locked
            return
        page.succeeded()
        self._enter_journal()
        self._status("The journal was restored from the backup.")
        announce_restored(self)

    @Slot()
    def _change_passphrase(self) -> None:
        if self._journal_open():
            from journal.ui import dialogs

            dialog = dialogs.ChangePassphraseDialog(self.session, self)
            if dialog.exec():
                self._status("Passphrase changed.")

    @Slot()
    def _new_recovery_code(self) -> None:
        if self._journal_open():
            from journal.ui import dialogs

            code = dialogs.replace_recovery_code(self.session, self)
            if code:
                dialogs.RecoveryCodeDialog(code, self).exec()

    @Slot()
    def _settings(self) -> None:
        from journal.ui import dialogs

        dialog = dialogs.SettingsDialog(self.preferences, self)
        if dialog.exec():
            self._apply_settings()

    @Slot()
    def _insights(self) -> None:
        if not self._journal_open():
            return
        if self._insights_window is None:
            from journal.ui.panels import InsightsWindow

            self._insights_window = InsightsWindow(self.session, self)
        self._insights_window.refresh()
        self._insights_window.show()
        self._insights_window.raise_()
        self._insights_window.activateWindow()

    @Slot()
    def show_help(self) -> None:
        """Open the help panel (hotlines, guidance; contacts and plans once unlocked)."""
        if self._help_panel is None:
            from journal.ui.help_panel import HelpPanel

            self._help_panel = HelpPanel(self, session=self.session, clipboard=self.clipboard_guard)
        self._help_panel.refresh()
        self._help_panel.show()
        self._help_panel.raise_()
        self._help_panel.activateWindow()

    @Slot()
    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from journal.ui.messages import ask

        ask(
            self,
            QMessageBox.Icon.Information,
            "About Reality Check",
            "<p><b>Reality Check</b> — a private, encrypted journal for a factual record of what "
            "happened. It works offline and stores everything encrypted on this computer.</p>"
            f"<p>Journal file: {self.session.vault_path.name}</p>",
        )

    # ---------------------------------------------------------------- locking

    def _apply_settings(self) -> None:
        prefs = self.preferences
        self._idle_minutes = prefs.autolock_minutes
        self._restart_idle()
        discreet = prefs.discreet
        title = prefs.discreet_title if discreet else APP_TITLE
        self.setWindowTitle(title)
        self.title_label.setText("" if discreet else APP_TITLE)
        QGuiApplication.setApplicationDisplayName(title)
        icon_name = "notes.svg" if discreet else "reality-check.svg"
        icon = QIcon(str(resource_path("icons/" + icon_name)))
        self.setWindowIcon(icon)
        QGuiApplication.setWindowIcon(icon)
        if prefs.hide_from_capture:
            set_capture_protection(self, True)

    def set_idle_timeout_ms(self, milliseconds: int) -> None:
        """Set the auto-lock delay directly (0 = never); the settings store whole minutes."""
        self._idle_minutes = milliseconds / 60_000
        self._restart_idle()

    def _restart_idle(self) -> None:
        if self._idle_minutes and self._on_journal_page():
            self._idle.start(int(self._idle_minutes * 60_000))
        else:
            self._idle.stop()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Start the app-wide input filters as the first frame is drawn."""
        super().paintEvent(event)
        if not self._watching and not self._exiting:
            self._watch_input()

    def _watch_input(self) -> None:
        """Start the app-wide filters: Shift×3, activity for the idle lock, Copy and Cut.

        From the first frame on, not before it: the first event an app-wide Python filter sees
        for an object of a class PySide6 does not wrap makes it set up most of its Python types
        (tens of milliseconds, see "Cold start" in docs/PERFORMANCE.md), which would otherwise
        delay the window.
        """
        app = QApplication.instance()
        if app is None:
            return
        self._watching = True
        app.installEventFilter(self)
        app.installEventFilter(self.shift_detector)
        self.clipboard_guard.watch()
        QTimer.singleShot(0, self._watch_system_lock)

    @Slot()
    def _watch_system_lock(self) -> None:
        """Lock on screen lock and sleep (D-Bus), set up once the window is on screen."""
        if self.system_lock is None and not self._exiting:
            from journal.ui.system_lock import SystemLockWatcher

            self.system_lock = SystemLockWatcher(self)
            self.system_lock.lock_requested.connect(self._system_lock)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._idle.isActive():
            self._idle.start()
        return False

    @Slot()
    def _idle_lock(self) -> None:
        if self.session.is_unlocked:
            self.lock()
            self._status("Locked after a time without use.")

    @Slot()
    def check_drive(self) -> None:
        """Lock and say so when the journal's folder (e.g. a USB stick) has gone away."""
        present = self.session.vault_path.parent.is_dir()
        if present:
            if self._drive_gone:
                self._drive_gone = False
                self.unlock_page.error.setText("The drive is back. Unlock to continue.")
            return
        if not self._opened or self._drive_gone:
            return
        self._drive_gone = True
        if self.session.is_unlocked and self._journal_page is not None:
            self._journal_page.save_draft()  # may fail on a vanished drive; it says so
        self._forget_everything()
        self.session.close()
        self._show(self.unlock_page)
        self.unlock_page.error.setText(
            "The drive with your journal was removed, so the journal was locked. Everything "
            "you saved is still on that drive. Plug it back in, then unlock."
        )

    @Slot()
    def _system_lock(self) -> None:
        if self.session.is_unlocked:
            self.lock()

    def changeEvent(self, event: QEvent) -> None:
        """Lock when minimised (unless the user turned that off)."""
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.WindowStateChange
            and self.isMinimized()
            and self.preferences.lock_on_minimise
            and self.session.is_unlocked
        ):
            self.lock()

    def _close_dialogs(self) -> None:
        from PySide6.QtWidgets import QDialog

        for dialog in self.findChildren(QDialog):
            wipe = getattr(dialog, "wipe", None)
            if callable(wipe):
                wipe()
            dialog.reject()
        if self._insights_window is not None:
            self._insights_window.deleteLater()
            self._insights_window = None

    def _forget_everything(self) -> None:
        self._close_dialogs()
        if self._journal_page is not None:
            self._journal_page.wipe()
        for page in self._setup_pages.values():  # those built so far
            if isinstance(page, (CreatePage, RecoveryCodePage, RecoveryUnlockPage)):
                page.wipe()
        self.unlock_page.wipe()
        self.clipboard_guard.clear_if_ours()

    @Slot()
    def lock(self) -> None:
        """Save any draft encrypted, clear every view holding journal text, drop the keys."""
        if self.session.is_unlocked and self._journal_page is not None:
            self._journal_page.save_draft()
        self._forget_everything()
        self.session.lock()
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
            lambda: wait_for_background(15.0),  # an unlock, restore or passphrase change
            self._save_draft_if_unlocked,
            self._forget_everything,
            self.session.close,
            self._remember_geometry,
        )
        for step in steps:
            with contextlib.suppress(Exception):
                step()
        if self.preferences.open_page_after_exit and self.preferences.exit_page:
            with contextlib.suppress(Exception):
                from PySide6.QtCore import QUrl
                from PySide6.QtGui import QDesktopServices

                QDesktopServices.openUrl(QUrl(self.preferences.exit_page))
        with contextlib.suppress(Exception):
            self.quick_exit_finished.emit()
        QApplication.quit()

    def _save_draft_if_unlocked(self) -> None:
        if self.session.is_unlocked and self._journal_page is not None:
            self._journal_page.save_draft()

    def _remember_geometry(self) -> None:
        self.preferences.geometry = self.saveGeometry()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Keep unsaved text as an encrypted draft, lock and release the file; never ask."""
        try:
            if self._journal_page is not None:
                if self.session.is_unlocked:
                    self._journal_page.save_draft()
                self._journal_page.wipe()
            if self._help_panel is not None:
                self._help_panel.wipe()  # keeps unsaved plan changes encrypted, then clears
        finally:
            self.session.close()
        self.clipboard_guard.clear_if_ours()
        if not self._exiting:
            self._remember_geometry()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            app.removeEventFilter(self.shift_detector)
        quick_exit.set_handler(None)
        event.accept()
