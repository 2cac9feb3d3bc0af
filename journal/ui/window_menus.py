"""The main window's menus: their actions, and which are usable in the journal's state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence


class WindowMenus:
    """Mixin of MainWindow: builds the menu bar; the slots are the window's own."""

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
        # Lock and Quick exit work from every window of the app (Help, Insights, a dialog).
        for action in (self.lock_action, self.quick_exit_action):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
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
        self.about_action = self._action("&About", self._about)  # named in _apply_settings
        help_menu.addAction(self.about_action)

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
