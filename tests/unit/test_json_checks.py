"""The shared JSON checks give each reader's errors word for word (hotlines, taxonomy)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from journal import hotline_checks
from journal.i18n import Language
from journal.resources import parse_hotlines
from journal.taxonomy import parse_taxonomy
from journal.taxonomy_words import parse_translation

_SPANISH = {"version": 1, "language": "es", "risk_heading": "Para tu seguridad"}
_GROUP = {"id": "g", "name": "G", "description": "D"}


@pytest.mark.parametrize(
    ("read", "message"),
    [
        (lambda: parse_hotlines([]), "Hotlines: the top level must be an object."),
        (
            lambda: parse_hotlines({"version": 1, "regions": {}}),
            "Hotlines: 'regions' must be a list.",
        ),
        (lambda: hotline_checks.region("US", 0, set()), "Hotlines: region #1 must be an object."),
        (
            lambda: hotline_checks.region({"code": "US", "name": " "}, 1, set()),
            "Hotlines: region #2 needs a non-empty text 'name'.",
        ),
        (lambda: parse_taxonomy([1, 2]), "Taxonomy: the top level must be an object."),
        (
            lambda: parse_taxonomy({"version": 1, "groups": {}}),
            "Taxonomy: 'groups' must be a list.",
        ),
        (
            lambda: parse_taxonomy({"version": 1, "groups": [{"name": "G"}]}),
            "Taxonomy: group #1 needs a non-empty text 'id'.",
        ),
        (
            lambda: parse_taxonomy({"version": 1, "groups": [_GROUP]}),
            "Taxonomy: group 'g' 'behaviours' must be a list.",
        ),
        (
            lambda: parse_translation({**_SPANISH, "risk_heading": ""}, Language.SPANISH),
            "Taxonomy (es) needs a non-empty text 'risk_heading'.",
        ),
        (
            lambda: parse_translation({**_SPANISH, "behaviours": {"x": []}}, Language.SPANISH),
            "Taxonomy (es): behaviours 'x' must be an object.",
        ),
        (
            lambda: parse_translation({**_SPANISH, "emotions": {"x": {}}}, Language.SPANISH),
            "Taxonomy (es): emotions 'x' needs a non-empty text 'name'.",
        ),
    ],
)
def test_each_reader_names_its_file_and_the_place(read: Callable[[], object], message: str) -> None:
    with pytest.raises(ValueError) as raised:
        read()
    assert str(raised.value) == message


def test_an_optional_text_may_be_missing_but_not_another_type() -> None:
    assert hotline_checks.text({}, "note", "hotline 'x'", required=False) == ""
    assert hotline_checks.text({"note": " kept "}, "note", "hotline 'x'") == "kept"
    with pytest.raises(ValueError, match=r"^Hotlines: hotline 'x' needs a non-empty text 'note'"):
        hotline_checks.text({"note": 3}, "note", "hotline 'x'", required=False)
