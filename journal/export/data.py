"""What an export contains: presets, fields, filters, records and summaries (no Qt)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from journal.export.english import english
from journal.export.records import OPTIONAL_CONTENT, Exhibit, ExportItem, build_item, record_digest
from journal.export.summary import english_summary, local_naive, summarize_patterns
from journal.fields import EXPORT_FIELDS, Export, ExportFormat, ExportPreset, Kind, names
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.insights import PromiseOutcome, promises
from journal.insights.records import red_flag_label
from journal.model import KIND_LABELS, KINDS, PRECISION_LABELS, Entry
from journal.plans import CHECKINS_DOC
from journal.taxonomy import Taxonomy, default_taxonomy
from journal.vault import Vault

__all__ = ["Exhibit", "ExportItem", "record_digest"]

FORMAT_NAME = "reality-check-export"
SCHEMA_VERSION = 2
DISCREET_FORMAT_NAME = "journal-export"  # discreet mode: no product name in the file
FORMATS: tuple[str, ...] = tuple(fmt.value for fmt in ExportFormat)

# Which fields an export always has, and which are chosen per export: journal.fields.
REQUIRED_FIELDS: tuple[str, ...] = names(
    tuple(f for f in EXPORT_FIELDS if f.export is Export.REQUIRED)
)
OPTIONAL_FIELDS: tuple[str, ...] = names(
    tuple(f for f in EXPORT_FIELDS if f.export is Export.OPTIONAL)
)
HASH_FIELDS: tuple[str, ...] = ("earlier_versions", "journal_sha256", "sha256")

FIELD_LABELS: dict[str, str] = {
    **{spec.name: spec.label for spec in EXPORT_FIELDS},
    "earlier_versions": "Earlier versions",
    "journal_sha256": "Journal SHA-256",
    "sha256": "SHA-256",
}
# Fields that only a therapist preset includes by default: the private side of the journal.
PRIVATE_FIELDS: frozenset[str] = frozenset(spec.name for spec in EXPORT_FIELDS if spec.private)


@dataclass(frozen=True)
class Preset:
    """A starting selection: which fields, which kinds, and the extra sections."""

    name: str
    label: str  # English; shown with `preset_label`
    fields: tuple[str, ...]
    kinds: tuple[str, ...]
    checkins: bool
    patterns: bool
    promises: bool = False  # "Promises and what followed" in a PDF


PRESETS: dict[str, Preset] = {
    ExportPreset.ADVOCATE.value: Preset(
        name=ExportPreset.ADVOCATE.value,
        label=QT_TRANSLATE_NOOP("ExportPresets", "Advocate or lawyer (facts only)"),
        fields=names(
            tuple(
                f
                for f in EXPORT_FIELDS
                if f.name in OPTIONAL_FIELDS and f.in_preset(ExportPreset.ADVOCATE)
            )
        ),
        kinds=tuple(k for k in KINDS if k != Kind.REFLECTION),
        checkins=False,
        patterns=False,
    ),
    ExportPreset.THERAPIST.value: Preset(
        name=ExportPreset.THERAPIST.value,
        label=QT_TRANSLATE_NOOP("ExportPresets", "Therapist (facts, feelings and patterns)"),
        fields=names(
            tuple(
                f
                for f in EXPORT_FIELDS
                if f.name in OPTIONAL_FIELDS and f.in_preset(ExportPreset.THERAPIST)
            )
        ),
        kinds=KINDS,
        checkins=True,
        patterns=True,
        promises=True,
    ),
}


def preset_label(preset: Preset) -> str:
    """Return a preset's name as the export dialog shows it, in the language in force."""
    return translate("ExportPresets", preset.label)


@dataclass
class ExportData:
    """Everything one export shows, in chronological order, already redacted to `fields`."""

    preset: Preset
    fields: tuple[str, ...]
    generated_at: datetime
    start: date | None
    end: date | None
    kinds: tuple[str, ...]
    behaviours: tuple[str, ...] | None
    entry_ids: tuple[str, ...] | None
    chain_head: str
    items: list[ExportItem]
    summary: dict[str, dict[str, int]]
    patterns: dict[str, Any] | None
    checkins: list[dict[str, Any]] | None
    taxonomy: Taxonomy
    promises: list[PromiseOutcome] | None = None
    journal_fingerprint: str = ""
    discreet: bool = False

    @property
    def exhibits(self) -> list[Exhibit]:
        """Return every attached file as a numbered exhibit, in the order of the log."""
        return [
            Exhibit(number, att, index, str(item.record["id"]))
            for index, item in enumerate(self.items, start=1)
            for att, number in zip(item.attachments, item.exhibits, strict=True)
        ]

    @property
    def columns(self) -> tuple[str, ...]:
        """Return the record keys in order: required, chosen fields, earlier versions, hashes."""
        linked = all(name in self.fields for name in OPTIONAL_CONTENT)
        hashes = (h for h in HASH_FIELDS if linked or h != "journal_sha256")
        return (*REQUIRED_FIELDS, *self.fields, *hashes)

    def vocabulary(self) -> dict[str, dict[str, str]]:
        """Return readable names for every id used in the exported records (in the language in
        force: the JSON export asks for them in English)."""
        tax = self.taxonomy
        behaviours: dict[str, str] = {}
        emotions: dict[str, str] = {}
        bodies: dict[str, str] = {}
        for item in self.items:
            record = item.record
            for b in record.get("behaviours", []):
                behaviours[b] = tax.label(b)
            for e in record.get("emotions", {}):
                emotions[e] = tax.emotion_label(e)
            for r in record.get("body_responses", []):
                bodies[r] = tax.body_label(r)
        names = {"behaviours": behaviours, "emotions": emotions, "body_responses": bodies}
        return {
            "kinds": dict(KIND_LABELS),
            "precisions": dict(PRECISION_LABELS),
            **{key: dict(sorted(v.items())) for key, v in names.items() if key in self.fields},
        }


def resolve_fields(preset: Preset, fields: Iterable[str] | None) -> tuple[str, ...]:
    """Return the optional fields to export (the preset's when `fields` is None), in order."""
    if fields is None:
        return preset.fields
    chosen = set(_strings(fields, "fields"))
    unknown = chosen - set(OPTIONAL_FIELDS) - set(REQUIRED_FIELDS)
    if unknown:
        raise ValueError(f"Unknown export fields: {', '.join(sorted(unknown))}.")
    return tuple(f for f in OPTIONAL_FIELDS if f in chosen)


def get_preset(name: str) -> Preset:
    """Return a preset by name; `ValueError` if there is none."""
    try:
        return PRESETS[name]
    except (KeyError, TypeError):
        raise ValueError(f"Preset must be one of {', '.join(PRESETS)}; got {name!r}.") from None


def select_entries(
    vault: Vault,
    *,
    preset: str = "advocate",
    start: date | None = None,
    end: date | None = None,
    kinds: Iterable[str] | None = None,
    behaviours: Iterable[str] | None = None,
    entry_ids: Iterable[str] | None = None,
) -> list[Entry]:
    """Return the entries an export with these filters would hold, in time order."""
    start = _as_date(start, "start")
    end = _as_date(end, "end")
    chosen_kinds = _kinds(get_preset(preset), kinds)
    wanted_b = set(_strings(behaviours, "behaviours")) if behaviours is not None else None
    wanted_ids = set(_strings(entry_ids, "entry_ids")) if entry_ids is not None else None
    low = _day_start(start) if start is not None else None
    high = _day_start(end) + timedelta(days=1) if end is not None else None
    if low is not None and high is not None and high <= low:
        raise ValueError(translate("ExportData", "The start of the date range is after its end."))
    kinds_set = set(chosen_kinds)
    selected: list[Entry] = []
    for entry in vault.entries():
        if entry.kind not in kinds_set:
            continue
        if wanted_ids is not None and entry.id not in wanted_ids:
            continue
        if wanted_b is not None and not wanted_b.intersection(entry.behaviours):
            continue
        if low is not None or high is not None:
            moment = local_naive(entry.occurred_start)
            if (low is not None and moment < low) or (high is not None and moment >= high):
                continue
        selected.append(entry)
    return selected


def collect(
    vault: Vault,
    *,
    preset: str,
    start: date | None = None,
    end: date | None = None,
    kinds: Iterable[str] | None = None,
    behaviours: Iterable[str] | None = None,
    fields: Iterable[str] | None = None,
    entry_ids: Iterable[str] | None = None,
    include_checkins: bool | None = None,
    include_patterns: bool | None = None,
    include_promises: bool | None = None,
    taxonomy: Taxonomy | None = None,
    now: datetime | None = None,
    discreet: bool = False,
) -> ExportData:
    """Gather, filter and redact what an export will hold."""
    chosen = get_preset(preset)
    start_day = _as_date(start, "start")
    end_day = _as_date(end, "end")
    kinds_t = _kinds(chosen, kinds)
    behaviours_t = tuple(_strings(behaviours, "behaviours")) if behaviours is not None else None
    ids_t = tuple(_strings(entry_ids, "entry_ids")) if entry_ids is not None else None
    field_t = resolve_fields(chosen, fields)
    entries = select_entries(
        vault,
        preset=preset,
        start=start_day,
        end=end_day,
        kinds=kinds_t,
        behaviours=behaviours_t,
        entry_ids=ids_t,
    )
    want_files = "attachments" in field_t
    items: list[ExportItem] = []
    exhibit = 1
    for entry in entries:
        files = vault.attachments(entry.id) if want_files and entry.id else []
        items.append(build_item(entry, vault.history(entry.id or ""), field_t, files, exhibit))
        exhibit += len(files)
    tax = taxonomy or default_taxonomy()
    checkins = None
    if chosen.checkins if include_checkins is None else include_checkins:
        checkins = _checkins(vault.load_document(CHECKINS_DOC, []), start_day, end_day)
    patterns = None
    if chosen.patterns if include_patterns is None else include_patterns:
        with english():  # the JSON record's keys (journal.export.summary)
            patterns = summarize_patterns([item.entry for item in items], field_t, tax)
    promised = None
    if chosen.promises if include_promises is None else include_promises:
        promised = promises([item.entry for item in items])
    return ExportData(
        preset=chosen,
        fields=field_t,
        generated_at=(now or datetime.now(UTC)).replace(microsecond=0),
        start=start_day,
        end=end_day,
        kinds=kinds_t,
        behaviours=behaviours_t,
        entry_ids=ids_t,
        chain_head=vault.chain_head,
        items=items,
        summary=english_summary([item.entry for item in items], field_t, tax),
        patterns=patterns,
        checkins=checkins,
        taxonomy=tax,
        promises=promised,
        discreet=discreet,
    )


def _checkins(raw: Any, start: date | None, end: date | None) -> list[dict[str, Any]]:
    """Return well-formed check-ins inside the date range, oldest first (bad ones skipped)."""
    result: list[dict[str, Any]] = []
    for item in raw if isinstance(raw, list) else []:
        if not isinstance(item, dict):
            continue
        try:
            day = date.fromisoformat(str(item.get("date")))
        except ValueError:
            continue
        if (start is not None and day < start) or (end is not None and day > end):
            continue
        answers = item.get("answers")
        clean = {
            str(k): bool(v)
            for k, v in (answers.items() if isinstance(answers, dict) else [])
            if isinstance(v, bool)
        }
        note = item.get("note")
        result.append(
            {
                "date": day.isoformat(),
                "answers": clean,
                "note": note if isinstance(note, str) else "",
            }
        )
    result.sort(key=lambda c: str(c["date"]))
    return result


def flag_label(flag_id: str) -> str:
    """Return a readable name for a red-flag id ("love_bombing" -> "Love bombing")."""
    return red_flag_label(flag_id)


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min)


def _as_date(value: date | datetime | str | None, name: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return local_naive(value).date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(f"{name} must be a date (YYYY-MM-DD).")


def _kinds(preset: Preset, kinds: Iterable[str] | None) -> tuple[str, ...]:
    if kinds is None:
        return preset.kinds
    chosen = set(_strings(kinds, "kinds"))
    unknown = chosen - set(KINDS)
    if unknown:
        raise ValueError(f"Unknown kinds: {', '.join(sorted(unknown))}.")
    return tuple(k for k in KINDS if k in chosen)


def _strings(values: Iterable[str] | None, name: str) -> list[str]:
    if values is None or isinstance(values, str):
        raise ValueError(f"{name} must be a list of text.")
    items = list(values)
    if not all(isinstance(v, str) for v in items):
        raise ValueError(f"{name} must be a list of text.")
    return items
