"""Changing the interface's language while the app runs, without losing anything typed.

Before unlocking (the chooser in the window's top bar), the pages are retranslated in place:
a passphrase being typed stays in its field and is never copied or written anywhere. Once
unlocked (Settings), the text being written is saved as the encrypted draft (as a lock
does), the journal page is built again in the new language, and the draft is opened again in
its editor. Windows beside the main one (the help panel, Insights) are closed (unsaved plan
changes are kept encrypted, as on locking) and opened again if they were open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot

from journal import i18n
from journal.i18n import Language, translate
from journal.ui.common.language import NOT_CHANGED, use_language

if TYPE_CHECKING:
    from journal.ui.journal.journal_page import JournalPage

SIDE_WINDOWS = ("_help_panel", "_insights_window")


class WindowLanguage:
    """Mixin of MainWindow: the language chooser's effect, and the Settings dialog's."""

    _journal_page: JournalPage | None

    @Slot(Language)
    def set_language(self: Any, lang: Language) -> None:
        """Show the interface in `lang` from now on and remember the choice."""
        if lang is i18n.language():
            self.language_chooser.show_language(lang)
            return
        showing_journal = self._on_journal_page() and self.session.is_unlocked
        kept = self._keep_journal_page() if self._plans_saved() else None
        if kept is None:  # text being written or a plan could not be saved: change nothing
            self.language_chooser.show_language(i18n.language())
            self._status(translate("LanguageChooser", NOT_CHANGED))
            return
        resume, entry_id, search = kept
        reopen = self._close_side_windows()
        shown = use_language(lang)
        self.preferences.language = shown  # English when the translations were missing
        self.language_chooser.show_language(shown)
        self._retranslate()
        if showing_journal and self.session.is_unlocked:
            page = self.journal_page  # built again, in the new language
            self._show(page)
            page.on_unlocked(self.session)
            if search:
                page.search.setText(search)  # the list filters itself again after a pause
            if resume:
                page.resume_draft()
            elif entry_id:
                page.select(entry_id)
        for attribute in reopen:
            if attribute == "_help_panel":
                self.show_help()
            elif showing_journal:
                self._insights()

    def _keep_journal_page(self: Any) -> tuple[bool, str | None, str] | None:
        """Save what is being written as the encrypted draft and drop the journal page.

        Returns whether a draft is to be resumed, the entry shown and the search typed, or
        None (nothing dropped) when text being written could not be saved or a file is being
        stored."""
        page = self._journal_page
        if page is None:
            return False, None, ""
        if page.busy:  # a file is being stored: saving the draft would cancel it
            return None
        resume = False
        entry_id = None
        search = page.search.text()
        if self.session.is_unlocked:
            writing = page.editing and page.editor.has_content()
            resume = page.save_draft()
            if writing and not resume:
                return None
            entry = page.view.entry
            entry_id = entry.id if entry is not None else None
        from PySide6.QtWidgets import QDialog  # not set up before the first frame

        for dialog in page.findChildren(QDialog):  # a picture or a recording beside an entry
            dialog.reject()
        self.views.remove(page)
        self.pages.removeWidget(page)
        page.wipe()
        page.deleteLater()
        self._journal_page = None
        return resume, entry_id, search

    def _plans_saved(self: Any) -> bool:
        """Save the help panel's unsaved plan changes; False if any is still unsaved."""
        panel = self._help_panel
        if panel is None or not self.session.is_unlocked:
            return True
        panel.save_pending()
        return not any(view.dirty and view.loaded for view in panel.plan_views)

    def _close_side_windows(self: Any) -> list[str]:
        """Close the help panel and Insights (built again when next opened); return those that
        were open."""
        reopen = []
        for attribute in SIDE_WINDOWS:
            window = getattr(self, attribute)
            if window is None:
                continue
            if window.isVisible():
                reopen.append(attribute)
            window.wipe()  # the help panel keeps unsaved plan changes, encrypted
            window.hide()
            self.views.remove(window)
            window.deleteLater()
            setattr(self, attribute, None)
        return reopen

    def _retranslate(self: Any) -> None:
        """Show the window's own texts and its pages before unlocking in the new language."""
        self.statusBar().clearMessage()
        self.bar.retranslate()
        self._translate_menus()
        for page in (self.unlock_page, *self._setup_pages.values()):
            page.retranslate()
