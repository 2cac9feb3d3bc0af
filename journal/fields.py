"""The journal's vocabulary, defined once: entry kinds, time precision, every entry field
(label, order, shape, export presets), and the export presets and formats (no Qt).

The editor, the entry view, the PDF, the CSV and the JSON all take their field labels and order
from `ENTRY_FIELDS` and `EXPORT_FIELDS`; adding a field means adding one `FieldSpec` here and
the attribute on `journal.model.Entry` (see docs/ARCHITECTURE.md).

Labels are written in English, marked with `QT_TRANSLATE_NOOP("Fields", ...)`, and translated
when read (`Kind.label`, `Precision.label`, `FieldSpec.label`, `field_label`, `label_for_kind`),
so each reads in the language in force at that moment (a report's own language included).
`FieldSpec.english` keeps the English label.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum

from journal.i18n import QT_TRANSLATE_NOOP, translate

FIELDS = "Fields"  # the translation context of every label defined here


class Kind(StrEnum):
    """What an entry records (the stored value is the enum's string)."""

    INCIDENT = "incident"
    TENSION = "tension"
    RECONCILIATION = "reconciliation"
    CONTACT_ATTEMPT = "contact_attempt"
    REFLECTION = "reflection"

    @property
    def label(self) -> str:
        """Return the full readable name (lists, editor, exports), translated."""
        return translate(FIELDS, _KIND_TEXT[self][0])

    @property
    def short_label(self) -> str:
        """Return a short name for chart legends, translated."""
        return translate(FIELDS, _KIND_TEXT[self][1])

    @property
    def nouns(self) -> tuple[str, str]:
        """Return the singular and plural nouns used in sentences ("3 incidents"), translated."""
        return translate(FIELDS, _KIND_TEXT[self][2]), translate(FIELDS, _KIND_TEXT[self][3])


_KIND_TEXT: dict[Kind, tuple[str, str, str, str]] = {
    Kind.INCIDENT: (
        QT_TRANSLATE_NOOP("Fields", "Incident"),
        QT_TRANSLATE_NOOP("Fields", "Incident"),
        QT_TRANSLATE_NOOP("Fields", "incident"),
        QT_TRANSLATE_NOOP("Fields", "incidents"),
    ),
    Kind.TENSION: (
        QT_TRANSLATE_NOOP("Fields", "Tension (walking on eggshells)"),
        QT_TRANSLATE_NOOP("Fields", "Tension"),
        QT_TRANSLATE_NOOP("Fields", "time of tension"),
        QT_TRANSLATE_NOOP("Fields", "times of tension"),
    ),
    Kind.RECONCILIATION: (
        QT_TRANSLATE_NOOP("Fields", "Reconciliation or affection after conflict"),
        QT_TRANSLATE_NOOP("Fields", "Reconciliation"),
        QT_TRANSLATE_NOOP("Fields", "reconciliation"),
        QT_TRANSLATE_NOOP("Fields", "reconciliations"),
    ),
    Kind.CONTACT_ATTEMPT: (
        QT_TRANSLATE_NOOP("Fields", "Contact attempt after leaving"),
        QT_TRANSLATE_NOOP("Fields", "Contact attempt"),
        QT_TRANSLATE_NOOP("Fields", "contact attempt"),
        QT_TRANSLATE_NOOP("Fields", "contact attempts"),
    ),
    Kind.REFLECTION: (
        QT_TRANSLATE_NOOP("Fields", "Reflection or calm day"),
        QT_TRANSLATE_NOOP("Fields", "Reflection"),
        QT_TRANSLATE_NOOP("Fields", "reflection or calm day"),
        QT_TRANSLATE_NOOP("Fields", "reflections or calm days"),
    ),
}


class Precision(StrEnum):
    """How exactly the time an entry happened is known."""

    EXACT = "exact"
    DAY = "day"
    APPROXIMATE = "approximate"

    @property
    def label(self) -> str:
        """Return the readable choice, translated."""
        return translate(FIELDS, _PRECISION_TEXT[self])


_PRECISION_TEXT: dict[Precision, str] = {
    Precision.EXACT: QT_TRANSLATE_NOOP("Fields", "Exact time"),
    Precision.DAY: QT_TRANSLATE_NOOP("Fields", "Day known, time not"),
    Precision.APPROXIMATE: QT_TRANSLATE_NOOP("Fields", "Approximate"),
}


class ExportPreset(StrEnum):
    """Who an export is for: a starting selection of fields and sections."""

    ADVOCATE = "advocate"
    THERAPIST = "therapist"


class ExportFormat(StrEnum):
    """The file formats an export can be written in."""

    PDF = "pdf"
    CSV = "csv"
    JSON = "json"


class Shape(Enum):
    """What kind of value a field holds."""

    META = "meta"  # set by the journal (id, recording time, revision)
    KIND = "kind"
    TIME = "time"
    PRECISION = "precision"
    TEXT = "text"
    LIST = "list"  # a list of text
    SEVERITY = "severity"  # 1–5 or empty
    YES_NO = "yes_no"  # True, False or not recorded
    LEVELS = "levels"  # name -> intensity 0–10
    FILES = "files"  # the attached files (not entry content)


class Export(Enum):
    """Whether an export must include a field, may include it, or never does."""

    REQUIRED = "required"  # always: without it the log is not a chronological record
    OPTIONAL = "optional"  # chosen per export; the presets pick a starting set
    NEVER = "never"


@dataclass(frozen=True)
class FieldSpec:
    """One field of an entry or an export record: its key, label, shape and presets."""

    name: str
    english: str  # the label in English, marked with QT_TRANSLATE_NOOP("Fields", ...)
    shape: Shape
    export: Export = Export.OPTIONAL
    content: bool = True  # part of the entry's content (stored, hashed, searched if text)
    private: bool = False  # the private side of the journal: only the therapist preset

    @property
    def label(self) -> str:
        """Return the label in the current language (English: `english`)."""
        return translate(FIELDS, self.english)

    def in_preset(self, preset: ExportPreset) -> bool:
        """Return True when `preset` includes this field by default."""
        if self.export is Export.REQUIRED:
            return True
        if self.export is Export.NEVER:
            return False
        return preset is ExportPreset.THERAPIST or not self.private


_F = FieldSpec
# Every field in the order the editor, the entry view and every export show it.
EXPORT_FIELDS: tuple[FieldSpec, ...] = (
    _F("id", QT_TRANSLATE_NOOP("Fields", "Reference"), Shape.META, Export.REQUIRED, content=False),
    _F("kind", QT_TRANSLATE_NOOP("Fields", "Kind"), Shape.KIND, Export.REQUIRED),
    _F("occurred_start", QT_TRANSLATE_NOOP("Fields", "Happened"), Shape.TIME, Export.REQUIRED),
    _F("occurred_end", QT_TRANSLATE_NOOP("Fields", "Until"), Shape.TIME, Export.REQUIRED),
    _F(
        "occurred_precision",
        QT_TRANSLATE_NOOP("Fields", "Precision"),
        Shape.PRECISION,
        Export.REQUIRED,
    ),
    _F(
        "recorded_at",
        QT_TRANSLATE_NOOP("Fields", "Recorded"),
        Shape.META,
        Export.REQUIRED,
        content=False,
    ),
    _F(
        "revision",
        QT_TRANSLATE_NOOP("Fields", "Version"),
        Shape.META,
        Export.REQUIRED,
        content=False,
    ),
    _F(
        "amended_at",
        QT_TRANSLATE_NOOP("Fields", "Amended"),
        Shape.META,
        Export.REQUIRED,
        content=False,
    ),
    _F("location", QT_TRANSLATE_NOOP("Fields", "Location"), Shape.TEXT),
    _F("what_happened", QT_TRANSLATE_NOOP("Fields", "What happened"), Shape.TEXT),
    _F("words_used", QT_TRANSLATE_NOOP("Fields", "Words used"), Shape.TEXT),
    _F("behaviours", QT_TRANSLATE_NOOP("Fields", "Behaviours"), Shape.LIST),
    _F("severity", QT_TRANSLATE_NOOP("Fields", "Severity (1–5)"), Shape.SEVERITY),
    _F("injuries", QT_TRANSLATE_NOOP("Fields", "Injuries"), Shape.TEXT),
    _F("medical_care", QT_TRANSLATE_NOOP("Fields", "Medical care"), Shape.TEXT),
    _F("witnesses", QT_TRANSLATE_NOOP("Fields", "Witnesses"), Shape.TEXT),
    _F("children_present", QT_TRANSLATE_NOOP("Fields", "Children present"), Shape.YES_NO),
    _F("police_report", QT_TRANSLATE_NOOP("Fields", "Police report number"), Shape.TEXT),
    _F("technology", QT_TRANSLATE_NOOP("Fields", "Technology involved"), Shape.TEXT),
    _F("attachments", QT_TRANSLATE_NOOP("Fields", "Attachments"), Shape.FILES, content=False),
    _F(
        "emotions",
        QT_TRANSLATE_NOOP("Fields", "Emotional responses (0–10)"),
        Shape.LEVELS,
        private=True,
    ),
    _F("body_responses", QT_TRANSLATE_NOOP("Fields", "Body responses"), Shape.LIST, private=True),
    _F("reflection", QT_TRANSLATE_NOOP("Fields", "Private reflection"), Shape.TEXT, private=True),
    # Optional, added after format version 1: stored only when written (see Entry.content).
    _F(
        "told_myself",
        QT_TRANSLATE_NOOP("Fields", "What I told myself afterwards"),
        Shape.TEXT,
        private=True,
    ),
    _F("tags", QT_TRANSLATE_NOOP("Fields", "Tags"), Shape.LIST, private=True),
)
FIELDS_BY_NAME: dict[str, FieldSpec] = {spec.name: spec for spec in EXPORT_FIELDS}
# The entry's own content, in order (what `Entry.content()` holds and the vault stores).
ENTRY_FIELDS: tuple[FieldSpec, ...] = tuple(spec for spec in EXPORT_FIELDS if spec.content)


def field_label(name: str) -> str:
    """Return the label of a field in the current language (its key when unknown)."""
    spec = FIELDS_BY_NAME.get(name)
    return spec.label if spec else name


def names(specs: tuple[FieldSpec, ...]) -> tuple[str, ...]:
    """Return the keys of `specs`, in order."""
    return tuple(spec.name for spec in specs)


# Fields that only some kinds ask about (every other field is offered for every kind). The
# editor hides the rest, unless the entry already has a value there: nothing is lost.
_NOT_REFLECTION = frozenset(Kind) - {Kind.REFLECTION}
KIND_FIELDS: dict[str, frozenset[Kind]] = {
    "words_used": _NOT_REFLECTION,
    "severity": frozenset({Kind.INCIDENT, Kind.TENSION, Kind.CONTACT_ATTEMPT}),
    "injuries": frozenset({Kind.INCIDENT}),
    "medical_care": frozenset({Kind.INCIDENT}),
    "witnesses": _NOT_REFLECTION,
    "children_present": _NOT_REFLECTION,
    "police_report": frozenset({Kind.INCIDENT, Kind.CONTACT_ATTEMPT}),
    "technology": frozenset({Kind.INCIDENT, Kind.TENSION, Kind.CONTACT_ATTEMPT}),
}
# What a field is called for one kind, where the general label would not fit it (English,
# translated by `label_for_kind`).
KIND_LABEL_TEXT: dict[tuple[Kind, str], str] = {
    (Kind.CONTACT_ATTEMPT, "technology"): QT_TRANSLATE_NOOP(
        "Fields", "How they made contact (call, message, in person…)"
    ),
    (Kind.CONTACT_ATTEMPT, "words_used"): QT_TRANSLATE_NOOP(
        "Fields", "What they asked for or said"
    ),
}


def asked_for(name: str, kind: str) -> bool:
    """Return True if the editor offers field `name` for entries of `kind`."""
    kinds = KIND_FIELDS.get(name)
    return kinds is None or kind in kinds


def label_for_kind(name: str, kind: str) -> str:
    """Return the label of field `name` as shown for an entry of `kind`, translated."""
    try:
        special = KIND_LABEL_TEXT.get((Kind(kind), name))
    except ValueError:
        special = None
    return translate(FIELDS, special) if special else field_label(name)
