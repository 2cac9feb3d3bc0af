"""The Settings dialog: language, locking, privacy and Quick exit."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from journal import i18n
from journal.i18n import QT_TRANSLATE_NOOP, Language, translate
from journal.protective_settings import (
    MAX_AUTOLOCK_MINUTES,
    ProtectiveSettings,
    is_safe_exit_page,
)
from journal.ui.common.language import LanguageChooser
from journal.ui.common.messages import SafeDialog
from journal.ui.common.widgets import named, paragraph
from journal.ui.safety.capture import capture_protection_available
from journal.ui.settings.preferences import Preferences

B = TypeVar("B", bound=QAbstractButton)


def labelled(button: B, text: str | None = None) -> B:
    """Set a button's text (if given); its accessible name is that visible text, no `&`."""
    if text is not None:
        button.setText(text)
    return named(button, button.text().replace("&", ""))


class SettingsDialog(SafeDialog):
    """Locking and Quick exit settings (stored encrypted in the journal, so only while it is
    unlocked), and the language and discreet mode (stored on this computer: needed before
    unlocking). The language chosen is in `language` once accepted; the window applies it."""

    def __init__(
        self,
        preferences: Preferences,
        parent: QWidget | None = None,
        *,
        protective: ProtectiveSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self._prefs = preferences
        self.protective = protective  # the new ones once accepted; None while locked
        self.save_protective: Callable[[ProtectiveSettings], str | None] | None = None
        self.language: Language = i18n.language()
        shown = protective or ProtectiveSettings()
        self.chooser = LanguageChooser()
        self.autolock = named(
            QSpinBox(), QT_TRANSLATE_NOOP("Names", "Lock after this long without use")
        )
        self.autolock.setRange(0, MAX_AUTOLOCK_MINUTES)
        self.autolock.setSpecialValueText(translate("SettingsDialog", "Never"))
        self.autolock.setSuffix(translate("SettingsDialog", " min"))
        self.autolock.setValue(shown.autolock_minutes)
        self.lock_on_minimise = labelled(
            QCheckBox(translate("SettingsDialog", "Lock when the window is minimised"))
        )
        self.lock_on_minimise.setChecked(shown.lock_on_minimise)
        self.discreet = labelled(QCheckBox(translate("SettingsDialog", "Discreet mode")))
        self.discreet.setChecked(preferences.discreet)
        self.discreet_title = named(
            QLineEdit(preferences.discreet_title),
            QT_TRANSLATE_NOOP("Names", "Neutral window title"),
        )
        self.discreet_title.setEnabled(preferences.discreet)
        self.discreet.toggled.connect(self.discreet_title.setEnabled)
        self.open_page = labelled(
            QCheckBox(
                translate("SettingsDialog", "After a quick exit, open this page in the browser:")
            )
        )
        self.open_page.setChecked(shown.open_page_after_exit)
        self.exit_page = named(
            QLineEdit(shown.exit_page), QT_TRANSLATE_NOOP("Names", "Page to open after quick exit")
        )
        self.exit_page.setPlaceholderText(
            translate("SettingsDialog", "https:// and for example a weather or news page")
        )
        self.exit_page.setEnabled(shown.open_page_after_exit)
        self.open_page.toggled.connect(self.exit_page.setEnabled)
        self.capture = labelled(
            QCheckBox(
                translate("SettingsDialog", "Hide the window from screenshots and screen sharing")
            )
        )
        self.capture.setChecked(shown.hide_from_capture and capture_protection_available())
        if not capture_protection_available():
            self.capture.setEnabled(False)
            labelled(
                self.capture,
                translate(
                    "SettingsDialog",
                    "Hide the window from screenshots and screen sharing (Windows only)",
                ),
            )
            self.capture.setToolTip(
                translate("SettingsDialog", "This system does not let apps hide from capture.")
            )
        self.error = QLabel()
        self.error.setObjectName("error")

        language = QFormLayout()
        language.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        language.addRow(translate("SettingsDialog", "L&anguage:"), self.chooser)
        locking = QGroupBox(translate("SettingsDialog", "Locking"))
        lf = QFormLayout(locking)
        lf.addRow(translate("SettingsDialog", "&Lock after this long without use:"), self.autolock)
        lf.addRow(self.lock_on_minimise)
        privacy = QGroupBox(translate("SettingsDialog", "Privacy"))
        pf = QFormLayout(privacy)
        pf.addRow(self.discreet)
        pf.addRow(translate("SettingsDialog", "Neutral window &title:"), self.discreet_title)
        pf.addRow(
            paragraph(
                translate(
                    "SettingsDialog",
                    "<small>Discreet mode shows a neutral name and icon instead of "
                    "“Reality Check”, from the unlock screen on.</small>",
                )
            )
        )
        pf.addRow(self.open_page)
        pf.addRow(self.exit_page)
        pf.addRow(
            paragraph(
                translate(
                    "SettingsDialog",
                    "<small>Opening a page leaves an entry in the browser's history, which is "
                    "why it is off unless you choose it.</small>",
                )
            )
        )
        pf.addRow(self.capture)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._apply)
        buttons.rejected.connect(self.reject)
        layout = self.content
        layout.addLayout(language)
        layout.addWidget(locking)
        layout.addWidget(privacy)
        layout.addWidget(
            paragraph(
                translate(
                    "SettingsDialog",
                    "<small>Locking, screen capture and the page after a quick exit are stored "
                    "encrypted in your journal. The language, discreet mode and the window's "
                    "size are stored on this computer without encryption, because they are "
                    "needed before unlocking; they never contain anything you wrote.</small>",
                )
            )
        )
        if protective is None:  # locked: the journal's settings can be neither read nor saved
            for widget in (self.autolock, self.lock_on_minimise, self.open_page, self.capture):
                widget.setEnabled(False)
            self.exit_page.setEnabled(False)
            layout.addWidget(
                paragraph(
                    translate(
                        "SettingsDialog",
                        "Unlock your journal to change locking and quick exit settings.",
                    )
                )
            )
        layout.addWidget(self.error)
        self.footer.addWidget(buttons)
        self.setMinimumWidth(560)

    def _apply(self) -> None:
        self.error.clear()
        if self.protective is not None:
            page = self.exit_page.text().strip()
            if page and "://" not in page:
                page = "https://" + page
            if self.open_page.isChecked() and not is_safe_exit_page(page):
                self.error.setText(
                    translate(
                        "SettingsDialog",
                        "Type a web address starting with https://, or untick the option.",
                    )
                )
                return
            chosen = ProtectiveSettings(
                autolock_minutes=self.autolock.value(),
                lock_on_minimise=self.lock_on_minimise.isChecked(),
                hide_from_capture=self.capture.isChecked(),
                open_page_after_exit=self.open_page.isChecked(),
                exit_page=page if is_safe_exit_page(page) else "",
            )
            if chosen != self.protective and self.save_protective is not None:
                problem = self.save_protective(chosen)
                if problem is not None:
                    self.error.setText(
                        translate(
                            "SettingsDialog", "The settings were not saved. {problem}"
                        ).format(problem=problem)
                    )
                    return
            self.protective = chosen
        prefs = self._prefs
        prefs.discreet = self.discreet.isChecked()
        prefs.discreet_title = self.discreet_title.text()
        self.language = self.chooser.language
        self.accept()
