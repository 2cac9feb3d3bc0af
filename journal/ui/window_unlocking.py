"""The main window's way into a journal: creating one, unlocking it with the passphrase or
the recovery code (in the background), and entering the journal page."""

from __future__ import annotations

from typing import Any

from journal.errors import (
    HeaderChanged,
    UnsupportedVault,
    VaultCorrupted,
    VaultError,
    WrongPassphrase,
)
from journal.i18n import translate


class WindowUnlocking:
    """Create, unlock and recover (a part of `MainWindow`)."""

    def _create(self: Any, passphrase: str) -> None:
        session = self.session

        def done(code: object) -> None:
            self.create_page.wipe()
            self.recovery_code_page.set_code(str(code))
            self._show(self.recovery_code_page)

        def failed(exc: Exception) -> None:
            message = exc.message if isinstance(exc, VaultError) else str(exc)
            self.create_page.show_error(message)

        from journal.ui.common.worker import run_in_background

        run_in_background(lambda: session.create(passphrase), done, failed)

    def _unlock(self: Any, passphrase: str) -> None:
        session = self.session

        def done(_: object) -> None:
            self.unlock_page.succeeded()
            self._enter_journal()

        def failed(exc: Exception) -> None:
            if isinstance(exc, WrongPassphrase):
                self.unlock_page.failed(exc.message)
            elif isinstance(exc, HeaderChanged):  # the file changed: not the person's memory
                self.unlock_page.failures -= 1  # not a guess: no back-off for it
                self.unlock_page.failed(exc.message)
            else:
                self.unlock_page.failures -= 1  # not a guess: no back-off for it
                if isinstance(exc, VaultError):
                    message = exc.message
                else:
                    message = translate("MainWindow", "Could not unlock: {error}").format(error=exc)
                if isinstance(exc, (VaultCorrupted, UnsupportedVault)):
                    message = translate(
                        "MainWindow",
                        "{problem} If you have a backup, choose “Restore from a backup…” below.",
                    ).format(problem=message)
                self.unlock_page.failed(message)

        from journal.ui.common.worker import run_in_background

        run_in_background(lambda: session.unlock(passphrase), done, failed)
        self._build_journal_page_meanwhile()

    def _recover(self: Any, code: str, new_passphrase: str) -> None:
        session = self.session

        def done(_: object) -> None:
            self.recovery_unlock_page.wipe()
            self._status(
                translate(
                    "MainWindow",
                    "Your new passphrase is set; the old one no longer opens this journal file. "
                    "Your recovery code still works.",
                )
            )
            self._enter_journal()

        def failed(exc: Exception) -> None:
            message = exc.message if isinstance(exc, VaultError) else str(exc)
            self.recovery_unlock_page.failed(message)

        from journal.ui.common.worker import run_in_background

        run_in_background(lambda: session.unlock_with_recovery(code, new_passphrase), done, failed)
        self._build_journal_page_meanwhile()

    def _build_journal_page_meanwhile(self: Any) -> None:
        """Build the (empty) journal page while Argon2id works on its own thread, so that the
        journal shows as soon as it is unlocked: the page comes on the event loop's next pass,
        after the unlock page has shown that it is working."""
        if self._journal_page is None:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, lambda: self.journal_page)

    def _back_to_unlock(self: Any) -> None:
        if self._built_page("recovery_unlock") is not None:
            self.recovery_unlock_page.wipe()
        self._show(self.unlock_page)

    def _enter_journal(self: Any) -> None:
        self.drive.armed = True
        if self._built_page("recovery_code") is not None:
            self.recovery_code_page.wipe()
        self._load_protective()  # before the journal shows: its auto-lock applies from the start
        self._show(self.journal_page)
        self.views.unlock(self.session)  # the entries; contacts and plans in the help panel
        if self.session.removed_exports:
            self._status(
                translate(
                    "MainWindow",
                    "An export interrupted last time was not finished; its file was removed.",
                )
            )
