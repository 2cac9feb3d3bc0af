"""The main window's menus: their actions, and which are usable in the journal's state."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.ui.common.early import set_application_shortcut, set_shortcut

APP_TITLE = "Reality Check"


# Each menu's and action's text, by the window attribute holding it (shown in the interface's
# language by `_translate_menus`, again whenever the language changes).
MENU_TEXTS = {
    "journal_menu": QT_TRANSLATE_NOOP("WindowMenus", "&Journal"),
    "new_action": QT_TRANSLATE_NOOP("WindowMenus", "&New entry"),
    "save_action": QT_TRANSLATE_NOOP("WindowMenus", "&Save entry"),
    "search_action": QT_TRANSLATE_NOOP("WindowMenus", "&Search"),
    "lock_action": QT_TRANSLATE_NOOP("WindowMenus", "&Lock"),
    "verify_action": QT_TRANSLATE_NOOP("WindowMenus", "Check &integrity"),
    "export_action": QT_TRANSLATE_NOOP("WindowMenus", "&Export…"),
    "backup_action": QT_TRANSLATE_NOOP("WindowMenus", "&Back up journal…"),
    "restore_action": QT_TRANSLATE_NOOP("WindowMenus", "&Restore from backup…"),
    "quit_action": QT_TRANSLATE_NOOP("WindowMenus", "&Quit"),
    "quick_exit_action": QT_TRANSLATE_NOOP("WindowMenus", "Quick e&xit"),
    "security_menu": QT_TRANSLATE_NOOP("WindowMenus", "&Security"),
    "passphrase_action": QT_TRANSLATE_NOOP("WindowMenus", "Change &passphrase…"),
    "recovery_action": QT_TRANSLATE_NOOP("WindowMenus", "Make a new &recovery code…"),
    "settings_action": QT_TRANSLATE_NOOP("WindowMenus", "&Settings…"),
    "view_menu": QT_TRANSLATE_NOOP("WindowMenus", "&View"),
    "insights_action": QT_TRANSLATE_NOOP("WindowMenus", "&Insights"),
    "help_menu": QT_TRANSLATE_NOOP("WindowMenus", "&Help"),
    "help_action": QT_TRANSLATE_NOOP("WindowMenus", "&Get help"),
}


# The actions whose shortcut is the platform's standard key (`QKeySequence.StandardKey`): set
# on the event loop's pass after the first frame, before a key can reach the window (setting
# up `QKeySequence` and its 71 standard keys costs about 5 million instructions, see "Cold
# start" in docs/PERFORMANCE.md), or when the action is first asked for (`standard_action`).
# New, Save and Search are off until the journal is unlocked.
STANDARD_KEYS = {
    "new_action": "New",
    "save_action": "Save",
    "search_action": "Find",
    "quit_action": "Quit",
}


def standard_action(attribute: str) -> Any:
    """Return a property for the action `attribute` of STANDARD_KEYS, its shortcut set."""

    def action(self: WindowMenus) -> QAction:
        self._set_standard_shortcuts()
        return self._standard_actions[attribute]

    return property(action, doc=f"The menu action {attribute}, with its standard shortcut.")


class WindowMenus:
    """Mixin of MainWindow: builds the menu bar; the slots are the window's own."""

    _standard_actions: dict[str, QAction]
    _standard_shortcuts_set = False
    new_action = standard_action("new_action")
    save_action = standard_action("save_action")
    search_action = standard_action("search_action")
    quit_action = standard_action("quit_action")

    def _action(self: Any, slot: object, shortcut: str | None = None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            set_shortcut(action, shortcut)  # Qt reads the text (no `QKeySequence` needed)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _standard_action(self: Any, attribute: str, slot: object) -> QAction:
        action = self._standard_actions[attribute] = self._action(slot)
        return action  # type: ignore[no-any-return]

    def _set_standard_shortcuts(self) -> None:
        """Give the actions of STANDARD_KEYS their shortcut (once)."""
        if self._standard_shortcuts_set:
            return
        self._standard_shortcuts_set = True
        from PySide6.QtGui import QKeySequence

        for attribute, key in STANDARD_KEYS.items():
            keys = QKeySequence(getattr(QKeySequence.StandardKey, key))
            set_shortcut(self._standard_actions[attribute], keys)

    def _build_menus(self: Any) -> None:
        self._standard_actions = {}
        self.journal_menu = journal_menu = self.menuBar().addMenu("")
        new = self._standard_action("new_action", self._new_entry)
        save = self._standard_action("save_action", self._save_entry)
        search = self._standard_action("search_action", self._search)
        self.lock_action = self._action(self.lock, "Ctrl+L")
        self.verify_action = self._action(self._verify)
        self.export_action = self._action(self._export, "Ctrl+E")
        self.backup_action = self._action(self._backup)
        self.restore_action = self._action(self._restore)
        quit_ = self._standard_action("quit_action", self.close)
        self.before_first_key(self._set_standard_shortcuts)
        self.quick_exit_action = self._action(self.quick_exit, "Ctrl+Shift+Q")
        # Lock and Quick exit work from every window of the app (Help, Insights, a dialog).
        for action in (self.lock_action, self.quick_exit_action):
            set_application_shortcut(action)
        for action in (new, save, search):
            journal_menu.addAction(action)
        journal_menu.addSeparator()
        journal_menu.addAction(self.verify_action)
        journal_menu.addAction(self.lock_action)
        journal_menu.addSeparator()
        for action in (self.export_action, self.backup_action, self.restore_action):
            journal_menu.addAction(action)
        journal_menu.addSeparator()
        journal_menu.addAction(self.quick_exit_action)
        journal_menu.addAction(quit_)
        self.security_menu = security = self.menuBar().addMenu("")
        self.passphrase_action = self._action(self._change_passphrase)
        self.recovery_action = self._action(self._new_recovery_code)
        self.settings_action = self._action(self._settings, "Ctrl+,")
        security.addAction(self.passphrase_action)
        security.addAction(self.recovery_action)
        security.addSeparator()
        security.addAction(self.settings_action)
        self.view_menu = self.menuBar().addMenu("")
        self.insights_action = self._action(self._insights, "Ctrl+I")
        self.view_menu.addAction(self.insights_action)
        self.help_menu = help_menu = self.menuBar().addMenu("")
        self.help_action = self._action(self.show_help, "F1")
        help_menu.addAction(self.help_action)
        help_menu.addSeparator()
        self.about_action = self._action(self._about)  # named in _name_about
        help_menu.addAction(self.about_action)
        self._translate_menus()

    def _translate_menus(self) -> None:
        """Show every menu and action in the interface's language."""
        for attribute, text in MENU_TEXTS.items():
            standard = self._standard_actions  # not through the properties: no shortcuts yet
            item = standard[attribute] if attribute in standard else getattr(self, attribute)
            if isinstance(item, QMenu):
                item.setTitle(translate("WindowMenus", text))
            else:
                item.setText(translate("WindowMenus", text))
        self._name_about()

    def _name_about(self) -> None:
        """Name the About action: with the product's name, except in discreet mode."""
        if self.preferences.discreet:
            self.about_action.setText(translate("WindowMenus", "&About"))
        else:
            name = translate("WindowMenus", "&About {name}").format(name=APP_TITLE)
            self.about_action.setText(name)

    def _update_actions(self: Any) -> None:
        unlocked = self._on_journal_page() and self.session.is_unlocked
        standard = self._standard_actions
        for action in (
            standard["new_action"],
            standard["save_action"],
            standard["search_action"],
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
                standard["new_action"],
                standard["save_action"],
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
