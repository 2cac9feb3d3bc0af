"""The seven red flags of the trauma-bonding article, as gentle self-check questions (no Qt).

Each has the user's own words (`title`, shown first everywhere), a question for the check-in,
and the article's term (shown after the user's words in brackets in Insights and exports).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RedFlag:
    """One of the seven red flags, phrased as a gentle self-check question."""

    id: str
    title: str
    question: str
    term: str  # the article's name for it, shown after the user's words in brackets

    @property
    def label(self) -> str:
        """Return the user's words first, the article's term in brackets (Insights, exports)."""
        return f"{self.title} ({self.term})"


RED_FLAGS: tuple[RedFlag, ...] = (
    RedFlag(
        "hypervigilance",
        "Always on alert",
        "Have I been watching their mood closely, trying not to set them off?",
        "Hypervigilance",
    ),
    RedFlag(
        "push_pull",
        "Push and pull",
        "Have I been treated as wonderful one moment and worthless the next?",
        "Push-pull",
    ),
    RedFlag(
        "rationalizing",
        "Explaining away harm",
        "Have I been excusing or playing down things that hurt me, or blaming myself?",
        "Rationalizing harmful behaviour",
    ),
    RedFlag(
        "fixation_on_potential",
        "Holding on to who they could be",
        "Have I been hoping that enough love or patience from me will change them?",
        "Fixation on potential",
    ),
    RedFlag(
        "isolation",
        "Drifting away from others",
        "Have I been seeing less of friends or family because of them?",
        "Progressive isolation",
    ),
    RedFlag(
        "physical_stress",
        "My body on alarm",
        "Have I felt tense, sick, scared or panicky around them, even in good moments?",
        "Physical stress responses",
    ),
    RedFlag(
        "loss_of_self",
        "Losing myself",
        "Have I been giving up my own interests, opinions or plans to keep the peace?",
        "Loss of self",
    ),
)
