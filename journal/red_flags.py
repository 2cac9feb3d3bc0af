"""The seven red flags of the trauma-bonding article, as gentle self-check questions (no Qt).

Each has the user's own words (`title`, shown first everywhere), a question for the check-in,
and the article's term (shown after the user's words in brackets in Insights and exports).
The English texts are the translation sources (context "RedFlags"); `title`, `question`,
`term` and `label` return them in the language in force where they are read.
"""

from __future__ import annotations

from dataclasses import dataclass

from journal.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "RedFlags"


@dataclass(frozen=True)
class RedFlag:
    """One of the seven red flags, phrased as a gentle self-check question."""

    id: str
    english_title: str
    english_question: str
    english_term: str  # the article's name for it, shown after the user's words in brackets

    @property
    def title(self) -> str:
        """Return the user's words for the flag, in the current language."""
        return translate(CONTEXT, self.english_title)

    @property
    def question(self) -> str:
        """Return the check-in question, in the current language."""
        return translate(CONTEXT, self.english_question)

    @property
    def term(self) -> str:
        """Return the article's term, in the current language."""
        return translate(CONTEXT, self.english_term)

    @property
    def label(self) -> str:
        """Return the user's words first, the article's term in brackets (Insights, exports)."""
        return translate("RedFlags", "{title} ({term})").format(title=self.title, term=self.term)


RED_FLAGS: tuple[RedFlag, ...] = (
    RedFlag(
        "hypervigilance",
        QT_TRANSLATE_NOOP("RedFlags", "Always on alert"),
        QT_TRANSLATE_NOOP(
            "RedFlags", "Have I been watching their mood closely, trying not to set them off?"
        ),
        QT_TRANSLATE_NOOP("RedFlags", "Hypervigilance"),
    ),
    RedFlag(
        "push_pull",
        QT_TRANSLATE_NOOP("RedFlags", "Push and pull"),
        QT_TRANSLATE_NOOP(
            "RedFlags", "Have I been treated as wonderful one moment and worthless the next?"
        ),
        QT_TRANSLATE_NOOP("RedFlags", "Push-pull"),
    ),
    RedFlag(
        "rationalizing",
        QT_TRANSLATE_NOOP("RedFlags", "Explaining away harm"),
        QT_TRANSLATE_NOOP(
            "RedFlags",
            "Have I been excusing or playing down things that hurt me, or blaming myself?",
        ),
        QT_TRANSLATE_NOOP("RedFlags", "Rationalizing harmful behaviour"),
    ),
    RedFlag(
        "fixation_on_potential",
        QT_TRANSLATE_NOOP("RedFlags", "Holding on to who they could be"),
        QT_TRANSLATE_NOOP(
            "RedFlags", "Have I been hoping that enough love or patience from me will change them?"
        ),
        QT_TRANSLATE_NOOP("RedFlags", "Fixation on potential"),
    ),
    RedFlag(
        "isolation",
        QT_TRANSLATE_NOOP("RedFlags", "Drifting away from others"),
        QT_TRANSLATE_NOOP(
            "RedFlags", "Have I been seeing less of friends or family because of them?"
        ),
        QT_TRANSLATE_NOOP("RedFlags", "Progressive isolation"),
    ),
    RedFlag(
        "physical_stress",
        QT_TRANSLATE_NOOP("RedFlags", "My body on alarm"),
        QT_TRANSLATE_NOOP(
            "RedFlags",
            "Have I felt tense, sick, scared or panicky around them, even in good moments?",
        ),
        QT_TRANSLATE_NOOP("RedFlags", "Physical stress responses"),
    ),
    RedFlag(
        "loss_of_self",
        QT_TRANSLATE_NOOP("RedFlags", "Losing myself"),
        QT_TRANSLATE_NOOP(
            "RedFlags",
            "Have I been giving up my own interests, opinions or plans to keep the peace?",
        ),
        QT_TRANSLATE_NOOP("RedFlags", "Loss of self"),
    ),
)
