"""The plans' fixed texts: starting content and what is said when a plan cannot be saved (no Qt).

Seeds are shown until the user first saves a plan; after that the saved plan is the user's own
and new seeds do not appear in it. Ids are stable: saved plans refer to them. The texts are
English translation sources (context "PlanSeeds"): `journal.plans` translates them when it hands
out an unsaved plan, so a plan first saved in Spanish holds the Spanish words.
"""

from __future__ import annotations

from journal.i18n import QT_TRANSLATE_NOOP

# The first six are the article's steps; the rest are what domestic-abuse services put first
# (Foyle Women's Aid, nidirect, NNEDV Safety Net, Campbell et al. 2003). Saved plans keep
# their own list: new seeds appear only in plans that were never saved.
SAFETY_SEEDS: tuple[tuple[str, str], ...] = (
    (
        "seed_documents",
        QT_TRANSLATE_NOOP(
            "PlanSeeds",
            "Copies of important documents (ID, passport, birth certificates, "
            "bank, housing and court papers) kept somewhere safe",
        ),
    ),
    (
        "seed_cash",
        QT_TRANSLATE_NOOP("PlanSeeds", "Some emergency cash set aside where only I can get to it"),
    ),
    (
        "seed_medications",
        QT_TRANSLATE_NOOP(
            "PlanSeeds", "Medications (mine and any children's) and prescriptions ready to take"
        ),
    ),
    (
        "seed_numbers",
        QT_TRANSLATE_NOOP(
            "PlanSeeds", "Important phone numbers saved somewhere safe, and one learned by heart"
        ),
    ),
    (
        "seed_people",
        QT_TRANSLATE_NOOP(
            "PlanSeeds", "One or two people I trust know what is happening and how they can help"
        ),
    ),
    (
        "seed_places",
        QT_TRANSLATE_NOOP("PlanSeeds", "Safe places I could stay, and how I would get there"),
    ),
    (
        "seed_advocate",
        QT_TRANSLATE_NOOP(
            "PlanSeeds",
            "Talk my plan through with a domestic-abuse advocate or helpline, who can help me "
            "make it fit my situation",
        ),
    ),
    (
        "seed_keep_hidden",
        QT_TRANSLATE_NOOP(
            "PlanSeeds",
            "Keep this plan, and any printed copy, where my partner will not find it; "
            "I do not have to tell them about it",
        ),
    ),
    (
        "seed_separation",
        QT_TRANSLATE_NOOP(
            "PlanSeeds",
            "Extra care around the time of leaving or separating, which is often the most "
            "dangerous time: plan it with someone who knows",
        ),
    ),
    (
        "seed_safer_room",
        QT_TRANSLATE_NOOP(
            "PlanSeeds",
            "If we live together: know the safer rooms (a way out, a phone, away from the kitchen, "
            "garage and anything that could be used as a weapon)",
        ),
    ),
    (
        "seed_exits",
        QT_TRANSLATE_NOOP(
            "PlanSeeds", "Know the ways out of my home, and how I would leave in a hurry"
        ),
    ),
    (
        "seed_code_word",
        QT_TRANSLATE_NOOP(
            "PlanSeeds", "A code word with someone I trust that means 'please call for help'"
        ),
    ),
    (
        "seed_children",
        QT_TRANSLATE_NOOP(
            "PlanSeeds",
            "Children know how to call the emergency number, what to say, and a safe place to go; "
            "they know not to step in",
        ),
    ),
    (
        "seed_go_bag",
        QT_TRANSLATE_NOOP(
            "PlanSeeds",
            "A bag with essentials (keys, documents, medicines, charger, clothes) left with "
            "someone I trust, or hidden where it is safe",
        ),
    ),
    (
        "seed_pets",
        QT_TRANSLATE_NOOP(
            "PlanSeeds", "A plan for my pets: who could look after them, and their papers"
        ),
    ),
    (
        "seed_technology",
        QT_TRANSLATE_NOOP(
            "PlanSeeds",
            "Check my phone and accounts on a safer device: location sharing, linked devices, "
            "unfamiliar apps; consider a phone they have never had access to",
        ),
    ),
    (
        "seed_evidence",
        QT_TRANSLATE_NOOP(
            "PlanSeeds", "Save messages and other evidence somewhere safe before blocking anyone"
        ),
    ),
    (
        "seed_protection_order",
        QT_TRANSLATE_NOOP(
            "PlanSeeds", "Ask an advocate or a lawyer about protection orders where I live"
        ),
    ),
)

RELAPSE_SEEDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "seed_holidays",
        QT_TRANSLATE_NOOP(
            "PlanSeeds", "Holidays, birthdays and anniversaries, when I feel most alone"
        ),
        (
            QT_TRANSLATE_NOOP("PlanSeeds", "Plan ahead where and with whom I will spend the day"),
            QT_TRANSLATE_NOOP("PlanSeeds", "Call or text someone from my trusted contacts"),
        ),
    ),
    (
        "seed_loneliness",
        QT_TRANSLATE_NOOP("PlanSeeds", "Feeling lonely"),
        (
            QT_TRANSLATE_NOOP("PlanSeeds", "Reach out to a friend, a support group or a helpline"),
            QT_TRANSLATE_NOOP("PlanSeeds", "Do one small thing I enjoy"),
        ),
    ),
    (
        "seed_stress",
        QT_TRANSLATE_NOOP("PlanSeeds", "A big life stress (money, work, health, housing)"),
        (
            QT_TRANSLATE_NOOP("PlanSeeds", "Contact my therapist or counsellor"),
            QT_TRANSLATE_NOOP("PlanSeeds", "Write down what is happening before I decide anything"),
        ),
    ),
    (
        "seed_online",
        QT_TRANSLATE_NOOP("PlanSeeds", "Seeing them on social media"),
        (
            QT_TRANSLATE_NOOP("PlanSeeds", "Mute or block the account"),
            QT_TRANSLATE_NOOP("PlanSeeds", "Read back my Reality Check entries"),
        ),
    ),
    (
        "seed_hoovering",
        QT_TRANSLATE_NOOP("PlanSeeds", "They get in touch: promises, gifts or a sudden crisis"),
        (
            QT_TRANSLATE_NOOP("PlanSeeds", "Remember I do not have to answer"),
            QT_TRANSLATE_NOOP("PlanSeeds", "Record it in my journal"),
            QT_TRANSLATE_NOOP("PlanSeeds", "Talk to someone I trust before I reply"),
        ),
    ),
    (
        "seed_very_low",
        QT_TRANSLATE_NOOP(
            "PlanSeeds", "Feeling very low, hopeless, or thinking about ending my life"
        ),
        (
            QT_TRANSLATE_NOOP("PlanSeeds", "Call or text a crisis line from Get help, at any hour"),
            QT_TRANSLATE_NOOP("PlanSeeds", "Tell someone I trust how bad it feels"),
            QT_TRANSLATE_NOOP("PlanSeeds", "If I might act on it, call my emergency number"),
        ),
    ),
)

# What `journal.plans` says when a plan cannot be saved or read: whole sentences for each field
# (Spanish nouns have genders, so a sentence is never built from a field's name). Keyed by the
# field; each gives (not text, missing, too long {limit}); None where it cannot happen.
FIELD_ERRORS: dict[str, tuple[str, str | None, str]] = {
    "name": (
        QT_TRANSLATE_NOOP("Plans", "The contact's name must be text."),
        QT_TRANSLATE_NOOP("Plans", "Please write the contact's name."),
        QT_TRANSLATE_NOOP("Plans", "The contact's name is too long (at most {limit} characters)."),
    ),
    "reach": (
        QT_TRANSLATE_NOOP("Plans", "The way to reach them must be text."),
        QT_TRANSLATE_NOOP("Plans", "Please write the way to reach them."),
        QT_TRANSLATE_NOOP(
            "Plans", "The way to reach them is too long (at most {limit} characters)."
        ),
    ),
    "note": (
        QT_TRANSLATE_NOOP("Plans", "The note must be text."),
        None,
        QT_TRANSLATE_NOOP("Plans", "The note is too long (at most {limit} characters)."),
    ),
    "step": (
        QT_TRANSLATE_NOOP("Plans", "The safety step must be text."),
        QT_TRANSLATE_NOOP("Plans", "Please write the safety step."),
        QT_TRANSLATE_NOOP("Plans", "The safety step is too long (at most {limit} characters)."),
    ),
    "trigger": (
        QT_TRANSLATE_NOOP("Plans", "The trigger must be text."),
        QT_TRANSLATE_NOOP("Plans", "Please write the trigger."),
        QT_TRANSLATE_NOOP("Plans", "The trigger is too long (at most {limit} characters)."),
    ),
    "action": (
        QT_TRANSLATE_NOOP("Plans", "The planned action must be text."),
        None,
        QT_TRANSLATE_NOOP("Plans", "The planned action is too long (at most {limit} characters)."),
    ),
    "person": (
        QT_TRANSLATE_NOOP("Plans", "The person to contact must be text."),
        None,
        QT_TRANSLATE_NOOP(
            "Plans", "The person to contact is too long (at most {limit} characters)."
        ),
    ),
}
TOO_MANY_LINES = {
    "action": QT_TRANSLATE_NOOP("Plans", "There are too many planned actions (at most {limit})."),
    "person": QT_TRANSLATE_NOOP("Plans", "There are too many people to contact (at most {limit})."),
}
NOT_TRUE_OR_FALSE = {
    "done": QT_TRANSLATE_NOOP("Plans", "The done mark must be true or false."),
    "seeded": QT_TRANSLATE_NOOP("Plans", "The seeded mark must be true or false."),
    "answer": QT_TRANSLATE_NOOP("Plans", "The answer must be true or false."),
}
# Per document: (unknown format, too many items, two items with the same id).
DOCUMENT_ERRORS: dict[str, tuple[str, str, str]] = {
    "trusted_contacts": (
        QT_TRANSLATE_NOOP("Plans", "The saved trusted contacts has an unknown format."),
        QT_TRANSLATE_NOOP("Plans", "The saved trusted contacts has too many items."),
        QT_TRANSLATE_NOOP("Plans", "Two contacts have the same id."),
    ),
    "safety_plan": (
        QT_TRANSLATE_NOOP("Plans", "The saved safety plan has an unknown format."),
        QT_TRANSLATE_NOOP("Plans", "The saved safety plan has too many items."),
        QT_TRANSLATE_NOOP("Plans", "Two safety steps have the same id."),
    ),
    "relapse_plan": (
        QT_TRANSLATE_NOOP("Plans", "The saved relapse plan has an unknown format."),
        QT_TRANSLATE_NOOP("Plans", "The saved relapse plan has too many items."),
        QT_TRANSLATE_NOOP("Plans", "Two triggers have the same id."),
    ),
}
