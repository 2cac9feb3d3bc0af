"""The main window's top bar: the app's name, the language (before unlocking), Get help and
Quick exit. It stays in view while the page below scrolls."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.ui.common.language import LanguageChooser
from journal.ui.common.widgets import NAMES, named
from journal.ui.safety import quick_exit

GET_HELP = QT_TRANSLATE_NOOP("Names", "Get help")


class TopBar(QHBoxLayout):
    """The bar's widgets, laid out in a row; the window connects what they do."""

    def __init__(self) -> None:
        super().__init__()
        self.setContentsMargins(10, 6, 10, 0)
        self.help_button = QPushButton()
        self.help_button.setAutoDefault(False)
        # Its hand cursor comes just after the first frame (MainWindow, see WindowPages).
        self.quick_exit_button = quick_exit.quick_exit_button(pointer=False)
        self.title_label = QLabel()
        self.title_label.setObjectName("apptitle")
        # The language can be chosen before unlocking (the first screens must be readable).
        self.language_label = QLabel()
        self.language_chooser = LanguageChooser()
        self.language_label.setBuddy(self.language_chooser)
        self.addWidget(self.title_label)
        self.addStretch(1)
        self.addWidget(self.language_label)
        self.addWidget(self.language_chooser)
        self.addSpacing(12)
        self.addWidget(self.help_button)
        self.addSpacing(6)
        self.addWidget(self.quick_exit_button)
        self.retranslate()

    def retranslate(self) -> None:
        """Show the bar's texts in the interface's language."""
        self.help_button.setText(translate(NAMES, GET_HELP))
        named(
            self.help_button,
            GET_HELP,
            translate(
                "MainWindow", "Hotlines, guidance and, once unlocked, your contacts and plans (F1)"
            ),
        )
        self.help_button.setToolTip(
            translate("MainWindow", "Hotlines, guidance, your contacts and plans (F1)")
        )
        quick_exit.label_quick_exit(self.quick_exit_button)
        self.language_label.setText(translate("MainWindow", "&Language:"))
        self.language_chooser.retranslate()

    def show_language(self, shown: bool) -> None:
        """Show or hide the language chooser (once unlocked it is in Settings)."""
        self.language_label.setVisible(shown)
        self.language_chooser.setVisible(shown)
