"""The fast canonical encodings (orjson, type-dispatched check) give the standard library's
bytes and errors for every value (issue 15: the export's hashes and signatures never change)."""

from __future__ import annotations

import enum
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal.canonical import check_portable, indented_json, portable_canonical_json


def reference_check(obj: Any) -> None:
    """The check as it was written before the fast path (the definition)."""
    if isinstance(obj, dict):
        for key, value in obj.items():
            if not isinstance(key, str):
                raise ValueError("Object keys must be text.")
            reference_check(value)
    elif isinstance(obj, list | tuple):
        for value in obj:
            reference_check(value)
    elif isinstance(obj, float):
        raise ValueError("The portable canonical form holds integers only, not fractions.")
    elif obj is not None and not isinstance(obj, str | int | bool):
        raise ValueError(f"Cannot encode a {type(obj).__name__}.")


def reference_portable(obj: Any) -> bytes:
    """The portable canonical form with the standard library only (as before orjson)."""
    reference_check(obj)
    text = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    try:
        return text.replace("\x7f", "\\u007f").encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("surrogate") from exc


def outcome(function: Any, obj: Any) -> tuple[str, Any]:
    """Return ("ok", result) or (error type, message) — surrogate messages are translated."""
    try:
        return "ok", function(obj)
    except ValueError as exc:
        surrogate = isinstance(exc.__cause__, UnicodeEncodeError)
        return "ValueError", "surrogate" if surrogate else str(exc)
    except (TypeError, RecursionError) as exc:
        return type(exc).__name__, ""


class Level(enum.IntEnum):
    HIGH = 3


class Name(str):
    pass


class Record(dict):  # type: ignore[type-arg]
    pass


every_char = st.characters(codec=None, min_codepoint=0, max_codepoint=0x10FFFF)
texts = st.text(alphabet=every_char, max_size=12) | st.sampled_from(
    ["\x7f", "a\x7fb", "\ud800", "x\udfffy", "\u2028\u2029", '\x00\x1f\t\n\r\b\f"\\', "é😀"]
)
integers = st.integers() | st.sampled_from([2**63 - 1, 2**63, 2**64, -(2**63), -(2**63) - 1])
leaves = (
    st.none()
    | st.booleans()
    | integers
    | texts
    | st.floats(allow_nan=True)
    | st.sampled_from([Level.HIGH, Name("named"), b"bytes", object()])
)
keys = texts | st.integers(-3, 3) | st.sampled_from([None, 1.5, Name("k")])
values = st.recursive(
    leaves,
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.lists(inner, max_size=3).map(tuple)
        | st.dictionaries(keys, inner, max_size=5)
        | st.dictionaries(texts, inner, max_size=3).map(Record)
    ),
    max_leaves=30,
)


@settings(max_examples=600, deadline=None)
@given(values)
def test_the_portable_form_and_its_errors_are_the_standard_librarys(obj: Any) -> None:
    assert outcome(portable_canonical_json, obj) == outcome(reference_portable, obj)
    assert outcome(check_portable, obj) == outcome(reference_check, obj)


@settings(max_examples=600, deadline=None)
@given(values)
def test_the_indented_record_is_the_standard_librarys(obj: Any) -> None:
    expected = outcome(lambda o: json.dumps(o, ensure_ascii=False, indent=2).encode("utf-8"), obj)
    got = outcome(indented_json, obj)
    if expected[0] == "ok":
        assert got == expected
    else:  # the same refusal (which error the standard library raised first)
        assert got[0] == expected[0]


def test_deep_nesting_beyond_orjsons_limit_goes_the_general_way() -> None:
    deep: Any = "end"
    for _ in range(300):  # orjson refuses more than 255 levels
        deep = {"a": [deep]}
    assert portable_canonical_json(deep) == reference_portable(deep)
    assert indented_json(deep) == json.dumps(deep, ensure_ascii=False, indent=2).encode()


def test_every_character_is_written_as_the_standard_library_writes_it() -> None:
    chars = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    document = {"text": chars, chars[:50]: [chars[::-1]]}
    assert portable_canonical_json(document) == reference_portable(document)
    assert indented_json(document) == json.dumps(document, ensure_ascii=False, indent=2).encode()


@pytest.mark.parametrize("bad", [1.0, {"a": [1, 2.5]}, {1: "x"}, {"a": b"x"}, ["\ud800"]])
def test_what_the_portable_form_refuses_is_still_refused(bad: Any) -> None:
    with pytest.raises(ValueError):
        portable_canonical_json(bad)
