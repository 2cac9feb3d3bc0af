"""Starting content for the safety plan and the plan for hard moments (no Qt).

Seeds are shown until the user first saves a plan; after that the saved plan is the user's own
and new seeds do not appear in it. Ids are stable: saved plans refer to them.
"""

from __future__ import annotations

# The first six are the article's steps; the rest are what domestic-abuse services put first
# (Foyle Women's Aid, nidirect, NNEDV Safety Net, Campbell et al. 2003). Saved plans keep
# their own list: new seeds appear only in plans that were never saved.
SAFETY_SEEDS: tuple[tuple[str, str], ...] = (
    (
        "seed_documents",
        "Copies of important documents (ID, passport, birth certificates, "
        "bank, housing and court papers) kept somewhere safe",
    ),
    ("seed_cash", "Some emergency cash set aside where only I can get to it"),
    ("seed_medications", "Medications (mine and any children's) and prescriptions ready to take"),
    ("seed_numbers", "Important phone numbers saved somewhere safe, and one learned by heart"),
    ("seed_people", "One or two people I trust know what is happening and how they can help"),
    ("seed_places", "Safe places I could stay, and how I would get there"),
    (
        "seed_advocate",
        "Talk my plan through with a domestic-abuse advocate or helpline, who can help me "
        "make it fit my situation",
    ),
    (
        "seed_keep_hidden",
        "Keep this plan, and any printed copy, where my partner will not find it; "
        "I do not have to tell them about it",
    ),
    (
        "seed_separation",
        "Extra care around the time of leaving or separating, which is often the most "
        "dangerous time: plan it with someone who knows",
    ),
    (
        "seed_safer_room",
        "If we live together: know the safer rooms (a way out, a phone, away from the kitchen, "
        "garage and anything that could be used as a weapon)",
    ),
    ("seed_exits", "Know the ways out of my home, and how I would leave in a hurry"),
    (
        "seed_code_word",
        "A code word with someone I trust that means 'please call for help'",
    ),
    (
        "seed_children",
        "Children know how to call the emergency number, what to say, and a safe place to go; "
        "they know not to step in",
    ),
    (
        "seed_go_bag",
        "A bag with essentials (keys, documents, medicines, charger, clothes) left with "
        "someone I trust, or hidden where it is safe",
    ),
    ("seed_pets", "A plan for my pets: who could look after them, and their papers"),
    (
        "seed_technology",
        "Check my phone and accounts on a safer device: location sharing, linked devices, "
        "unfamiliar apps; consider a phone they have never had access to",
    ),
    (
        "seed_evidence",
        "Save messages and other evidence somewhere safe before blocking anyone",
    ),
    (
        "seed_protection_order",
        "Ask an advocate or a lawyer about protection orders where I live",
    ),
)

RELAPSE_SEEDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "seed_holidays",
        "Holidays, birthdays and anniversaries, when I feel most alone",
        (
            "Plan ahead where and with whom I will spend the day",
            "Call or text someone from my trusted contacts",
        ),
    ),
    (
        "seed_loneliness",
        "Feeling lonely",
        ("Reach out to a friend, a support group or a helpline", "Do one small thing I enjoy"),
    ),
    (
        "seed_stress",
        "A big life stress (money, work, health, housing)",
        (
            "Contact my therapist or counsellor",
            "Write down what is happening before I decide anything",
        ),
    ),
    (
        "seed_online",
        "Seeing them on social media",
        ("Mute or block the account", "Read back my Reality Check entries"),
    ),
    (
        "seed_hoovering",
        "They get in touch: promises, gifts or a sudden crisis",
        (
            "Remember I do not have to answer",
            "Record it in my journal",
            "Talk to someone I trust before I reply",
        ),
    ),
    (
        "seed_very_low",
        "Feeling very low, hopeless, or thinking about ending my life",
        (
            "Call or text a crisis line from Get help, at any hour",
            "Tell someone I trust how bad it feels",
            "If I might act on it, call my emergency number",
        ),
    ),
)
