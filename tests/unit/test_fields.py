"""The field table (journal.fields) is the one definition the model and exports follow."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from journal.export.data import FIELD_LABELS, OPTIONAL_FIELDS, PRESETS, PRIVATE_FIELDS
from journal.fields import (
    ENTRY_FIELDS,
    EXPORT_FIELDS,
    ExportFormat,
    ExportPreset,
    Kind,
    Precision,
    field_label,
)
from journal.model import CONTENT_FIELDS, KIND_LABELS, KINDS, PRECISIONS, Entry


def test_every_entry_attribute_is_in_the_table_and_nothing_else() -> None:
    attributes = {f.name for f in dataclasses.fields(Entry)} - {"id", "revision", "recorded_at"}
    assert set(CONTENT_FIELDS) == attributes == {spec.name for spec in ENTRY_FIELDS}


def test_labels_are_unique_and_used_by_exports() -> None:
    labels = [spec.label for spec in EXPORT_FIELDS]
    assert len(labels) == len(set(labels))
    for spec in EXPORT_FIELDS:
        assert FIELD_LABELS[spec.name] == spec.label == field_label(spec.name)


def test_presets_follow_the_table() -> None:
    advocate = PRESETS[ExportPreset.ADVOCATE]
    therapist = PRESETS[ExportPreset.THERAPIST]
    assert set(therapist.fields) == set(OPTIONAL_FIELDS)
    assert set(advocate.fields) == set(OPTIONAL_FIELDS) - PRIVATE_FIELDS
    assert {"emotions", "body_responses", "reflection", "tags", "told_myself"} == PRIVATE_FIELDS
    assert Kind.REFLECTION not in advocate.kinds


def test_enums_are_the_stored_strings() -> None:
    assert KINDS == ("incident", "tension", "reconciliation", "contact_attempt", "reflection")
    assert PRECISIONS == ("exact", "day", "approximate")
    assert {fmt.value for fmt in ExportFormat} == {"pdf", "csv", "json"}
    assert KIND_LABELS[Kind.TENSION] == Kind.TENSION.label
    assert Precision("day").label == "Day known, time not"
    entry = Entry(kind=Kind.INCIDENT, occurred_start=datetime(2025, 1, 1, tzinfo=UTC))
    assert entry.content()["kind"] == "incident"
