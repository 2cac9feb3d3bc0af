"""What the main window's menus and keys do: entries, check, export, backup and restore,
passphrase, settings, Insights, help. Dialogs are imported when first used (cold start).
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QGuiApplication

from journal import i18n
from journal.i18n import translate


def _exported(count: int) -> str:
    """Say how many entries were exported (pyside6-lupdate cannot mark a plural whose count is
    not a literal number, so the two forms are two messages)."""
    if count == 1:
        return translate("WindowCommands", "Exported 1 entry (not encrypted).")
    return translate("WindowCommands", "Exported {count} entries (not encrypted).").format(
        count=count
    )


class WindowCommands:
    """Mixin of MainWindow: the commands its menus and keys run."""

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
            from journal.ui.settings import dialogs

            dialogs.show_integrity_report(self.session, self)

    @Slot()
    def _export(self) -> None:
        """Open the export dialog; a search or filter in the list offers just those entries."""
        if not self._journal_open():
            return
        model = self.journal_page.model
        listed = model.entry_ids()
        total = len(self.session.vault)
        picked = listed if 0 < len(listed) < total else None
        from journal.ui.export.export_dialog import ExportDialog

        dialog = ExportDialog(self.session, self, taxonomy=self.taxonomy, entry_ids=picked)
        dialog.discreet = self.preferences.discreet
        try:
            with self.views.showing(dialog):
                if dialog.exec() and dialog.result_info is not None:
                    self._status(_exported(dialog.result_info.entries))
        finally:
            dialog.wipe()
            dialog.deleteLater()

    @Slot()
    def _backup(self) -> None:
        if self._journal_open():
            from journal.ui.backup.backup_dialogs import backup_journal

            written = backup_journal(self.session, self)
            if written is not None:
                self._status(
                    translate("WindowCommands", "Encrypted backup saved as {name}.").format(
                        name=written.name
                    )
                )

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
        from journal.ui.backup.backup_dialogs import restore_journal

        self.journal_page.save_draft()
        restored = restore_journal(self.session, self, views=self.views)
        if not self.session.is_unlocked:  # the swap failed and the old journal stayed locked
            self.lock()
            return
        if restored:
            self._load_protective()  # the restored journal's own settings
            self.views.change()
            self._status(translate("WindowCommands", "The journal was restored from the backup."))

    def _restore_while_locked(self) -> None:
        """Restore from the unlock screen, then enter the restored journal unlocked."""
        page = self.unlock_page
        if page.busy.isVisible():  # an unlock is running
            return
        from journal.ui.backup.backup_dialogs import announce_restored, restore_journal

        page.error.clear()
        restored = restore_journal(
            self.session, self, locked=True, announce=False, views=self.views
        )
        if not restored or self._exiting:
            return
        if not self.session.is_unlocked or self.pages.currentWidget() is not page:
            self.lock()  # locked or closed meanwhile: the restored journal waits, locked
            return
        page.succeeded()
        self._enter_journal()
        self._status(translate("WindowCommands", "The journal was restored from the backup."))
        announce_restored(self)

    @Slot()
    def _change_passphrase(self) -> None:
        if self._journal_open():
            from journal.ui.settings import dialogs

            dialog = dialogs.ChangePassphraseDialog(self.session, self)
            with self.views.showing(dialog):
                changed = dialog.exec()
            if changed:
                self._status(
                    translate(
                        "WindowCommands",
                        "Passphrase changed. Old copies of the journal file still open with the "
                        "old passphrase: delete those you do not need and make a new backup.",
                    )
                )
                code = dialog.new_recovery_code
                if code is not None and self.session.is_unlocked:
                    dialogs.RecoveryCodeDialog(code, self).exec()

    @Slot()
    def _new_recovery_code(self) -> None:
        if self._journal_open():
            from journal.ui.settings import dialogs, rekey

            code = rekey.replace_recovery_code(self.session, self, self.views)
            if code and self.session.is_unlocked:
                dialogs.RecoveryCodeDialog(code, self).exec()

    @Slot()
    def _settings(self) -> None:
        from journal.ui.settings import dialogs

        unlocked = self._journal_open()
        dialog = dialogs.SettingsDialog(
            self.preferences, self, protective=self.protective if unlocked else None
        )
        dialog.save_protective = self._save_protective  # stored in the journal, or an error
        if dialog.exec():
            self._apply_settings()
            if dialog.language is not i18n.language():
                self.set_language(dialog.language)  # after the dialog closed: nothing is lost

    @Slot()
    def _insights(self) -> None:
        if not self._journal_open():
            return
        if self._insights_window is None:
            from journal.ui.insights.insights_window import InsightsWindow

            self._insights_window = InsightsWindow(self.session, self)
            self._insights_window.help_requested.connect(self.show_help)
            self.views.add(self._insights_window)
        self._insights_window.refresh()
        self._insights_window.show()
        self._insights_window.raise_()
        self._insights_window.activateWindow()

    @Slot()
    def show_help(self) -> None:
        """Open the help panel (hotlines, guidance; contacts and plans once unlocked)."""
        if self._help_panel is None:
            from journal.ui.help.help_panel import HelpPanel

            self._help_panel = HelpPanel(self, session=self.session, clipboard=self.clipboard_guard)
            self.views.add(self._help_panel)
        self._help_panel.refresh()
        self._help_panel.show()
        self._help_panel.raise_()
        self._help_panel.activateWindow()

    @Slot()
    def show_safety_plan(self) -> None:
        """Open the help panel at the user's safety plan (hotlines stay one tab away)."""
        self.show_help()
        if self._help_panel is not None and self._help_panel.unlocked:
            self._help_panel.show_tab("Safety plan")

    @Slot()
    def _about(self) -> None:
        name = QGuiApplication.applicationDisplayName()  # neutral in discreet mode
        from PySide6.QtWidgets import QMessageBox

        from journal.ui.common.messages import ask

        ask(
            self,
            QMessageBox.Icon.Information,
            translate("WindowCommands", "About {name}").format(name=name),
            translate(
                "WindowCommands",
                "<p><b>{name}</b> — a private, encrypted journal for a factual record of what "
                "happened. It works offline and stores everything encrypted on this computer.</p>"
                "<p>Journal file: {file}</p>",
            ).format(name=name, file=self.session.vault_path.name),
        )
