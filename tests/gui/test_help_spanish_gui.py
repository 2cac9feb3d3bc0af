"""The help panel, its hotline cards and the plans in Spanish (real widgets, real vault)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QLineEdit, QPushButton

from journal import plans, plans_print
from journal.drawing.catalogs import apply_language
from journal.i18n import Language, language
from journal.ui.help.help_panel import HelpPanel
from journal.ui.help.plans_view import ContactsView, RelapsePlanView, SafetyPlanView
from journal.vault import Vault
from tests.gui_helpers import find, visible_text

# English words of the panel's own texts that must not be left on a Spanish screen (service
# names such as "National Domestic Violence Hotline" stay English on purpose).
ENGLISH_LEFT = (
    "Last checked",
    "Source:",
    "Search help",
    "Calling safely",
    "Hours:",
    "Languages:",
    "For:",
    "Region:",
    "Copy number",
    "Help and support",
    "Answers in Spanish",
    "24 hours, every day",
    "services —",
)


@pytest.fixture
def spanish(qapp: object) -> Iterator[None]:
    """Show everything in Spanish for the test, then English again."""
    apply_language(Language.SPANISH)
    try:
        yield
    finally:
        apply_language(Language.ENGLISH)


def _card(panel: HelpPanel, name: str) -> QFrame:
    cards = panel.hotlines.cards.findChildren(QFrame)
    return next(c for c in cards if c.accessibleName() == name and c.isVisible())


def _card_text(card: QFrame) -> str:
    return "\n".join(label.text() for label in card.findChildren(QLabel))


def test_the_help_panel_and_a_us_card_are_in_spanish(qtbot, spanish: None) -> None:
    assert language() is Language.SPANISH
    panel = HelpPanel(territory="US")
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.windowTitle() == "Ayuda"
    assert [panel.tabs.tabText(i) for i in range(panel.tabs.count())] == [
        "Líneas de ayuda",
        "Orientación",
        "Mis contactos",
        "Plan de seguridad",
        "Plan para momentos difíciles",
        "Chequeo de señales",
    ]
    text = visible_text(panel)
    assert "Ayuda y apoyo" in text and "Llamar con seguridad" in text
    assert "servicios — Estados Unidos" in text
    for english in ENGLISH_LEFT:
        assert english not in text, english
    search = find(panel, QLineEdit, "Buscar ayuda")  # a screen reader hears Spanish
    assert search is panel.hotlines.search and search.objectName() == "search_help"

    lifeline = _card_text(_card(panel, "988 Suicide & Crisis Lifeline"))
    assert "Atiende en español:</b> llama al 988 y marca 2" in lifeline
    assert "Llama al 988. Marca 1 para la Veterans Crisis Line y 2 para español." in lifeline
    assert "Revisado por última vez el 1 de diciembre de 2026." in lifeline
    assert "<b>Horario:</b> Las 24 horas, todos los días" in lifeline
    assert "https://988lifeline.org/get-help/what-to-expect" in lifeline  # where it was checked
    ndvh = _card(panel, "National Domestic Violence Hotline")
    copy = ndvh.findChildren(QPushButton)[0]
    assert copy.text() == "Copiar número" and copy.objectName() == "copy_number"
    assert "1-800-799-7233" in _card_text(ndvh) and "Cualquier persona" in _card_text(ndvh)

    panel.hotlines.set_region("GB")
    samaritans = _card_text(_card(panel, "Samaritans"))
    assert "Español: no confirmado." in samaritans and "116 123" in samaritans


def test_the_plans_are_in_spanish(qtbot, spanish: None, vault: Vault) -> None:
    safety = SafetyPlanView()
    qtbot.addWidget(safety)
    safety.load(vault)  # never saved: the suggested steps, in Spanish
    safety.show()
    assert safety.list.item(1).text() == (
        "Algo de dinero para emergencias, guardado donde solo yo pueda tomarlo"
    )
    assert (
        safety.add_button.text() == "Agregar paso" and safety.add_button.objectName() == "add_step"
    )
    assert "Cosas que tener listas" in visible_text(safety)

    relapse = RelapsePlanView()
    qtbot.addWidget(relapse)
    relapse.load(vault)
    assert relapse.list.item(0).text() == (
        "Fiestas, cumpleaños y aniversarios, cuando más siento la soledad\n2 acciones planeadas"
    )

    contacts = ContactsView()
    qtbot.addWidget(contacts)
    contacts.load(vault)
    contacts.show()
    qtbot.mouseClick(contacts.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(contacts.name_edit, "Rosa")
    assert contacts.status.text() == "Hay cambios sin guardar."
    assert contacts.save() is False
    assert contacts.status.text() == "Escribe cómo contactar a esta persona."

    panel = HelpPanel(territory="US")
    qtbot.addWidget(panel)
    boxes = [b.text() for b in panel.checkin.findChildren(QCheckBox)]
    assert boxes[0] == "Siempre en alerta" and "Perder quién soy" in boxes

    html = plans_print.plans_html(
        [plans.make_contact("Rosa", "555 0100")],
        plans.seed_safety_plan()[:1],
        plans.seed_relapse_plan()[:1],
        [plans.make_checkin(date(2026, 11, 2), {"isolation": True})],
        date(2026, 12, 1),
    )
    for expected in (
        "<h1>Mis planes</h1>",
        "<h2>Plan para momentos difíciles</h2>",
        "Qué haré:",
        "1 de 7",
        "Alejarme de los demás",
        "[Pendiente] Copias de documentos importantes",
    ):
        assert expected in html, expected
    assert "My plans" not in html and "Not yet" not in html


def test_english_is_back_after_the_spanish_tests(qtbot) -> None:
    assert language() is Language.ENGLISH
    panel = HelpPanel(territory="US")
    qtbot.addWidget(panel)
    assert panel.windowTitle() == "Help"
    assert panel.tabs.tabText(0) == "Hotlines"
    assert (
        plans.seed_safety_plan()[1].text
        == "Some emergency cash set aside where only I can get to it"
    )
    assert plans.RED_FLAGS[0].label == "Always on alert (Hypervigilance)"
