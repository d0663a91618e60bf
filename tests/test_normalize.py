"""Normalize: NFC and whitespace, empty and duplicate notes marked, never dropped."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from muistiinpanot.normalize import normalize_notes, normalize_text
from muistiinpanot.records import Note, SourceRef


def _note(index: int, text: str, clinic: str = "k") -> Note:
    return Note(
        id=f"{clinic}/r.txt:{index}",
        clinic=clinic,
        group="r",
        text=text,
        source=SourceRef(path="r.txt", line=index),
    )


def test_normalize_text_nfc_and_whitespace() -> None:
    decomposed = unicodedata.normalize("NFD", "  Yhteistyö\u200b  ja\tluottamus ")
    assert normalize_text(decomposed) == "Yhteistyö ja luottamus"


@given(st.text())
def test_normalize_text_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


def test_normalize_notes_marks_empty_and_duplicate() -> None:
    notes = [
        _note(1, "Luottamus puuttuu!"),
        _note(2, "  "),
        _note(3, "luottamus puuttuu"),
        _note(4, "..."),
        _note(5, "luottamus puuttuu", clinic="toinen"),
    ]
    result = normalize_notes(notes)
    assert [n.status for n in result] == ["kept", "empty", "duplicate", "empty", "kept"]
    assert result[2].duplicate_of == "k/r.txt:1"


@given(st.lists(st.sampled_from(["a", "b", "", "A!", "c d", " "]), max_size=12), st.randoms())
def test_normalize_notes_accounts_for_every_note_in_any_order(
    texts: list[str], random: st.SearchStrategy
) -> None:
    notes = [_note(i + 1, text) for i, text in enumerate(texts)]
    shuffled = list(notes)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    result = normalize_notes(shuffled)
    assert [n.id for n in result] == [n.id for n in shuffled]
    by_id = {n.id: n.status for n in normalize_notes(notes)}
    assert {n.id: n.status for n in result} == by_id


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("+5 % asiakastyytyväisyys", "-5 % asiakastyytyväisyys"),
        ("kustannukset 1,5 milj.", "kustannukset 15 milj."),
        ("tieto kulkee", "tieto ei kulje"),
        ("tieto kulkee", "tieto ei kulkee"),
        ("kokeillaan", "kokeillaan?"),
        ("↑ kulut", "↓ kulut"),
        ("3 viikkoa", "4 viikkoa"),
    ],
)
def test_normalize_notes_never_merges_notes_whose_meaning_differs(first: str, second: str) -> None:
    result = normalize_notes([_note(1, first), _note(2, second)])
    assert [n.status for n in result] == ["kept", "kept"]


@pytest.mark.parametrize(
    ("first", "second"),
    [("Luottamus puuttuu!", "luottamus puuttuu"), ("1,5 milj.", "1.5 milj"), ("−5 %", "-5 %")],
)
def test_normalize_notes_merges_what_differs_only_in_case_or_punctuation(
    first: str, second: str
) -> None:
    result = normalize_notes([_note(1, first), _note(2, second)])
    assert [n.status for n in result] == ["kept", "duplicate"]


@pytest.mark.parametrize(
    "char", ["\u2028", "\u2029", "\x0c", "\x85", "\x0b", "\x01", "\x7f", "\u202e"]
)
def test_normalize_text_separators_and_controls_become_space_or_nothing(char: str) -> None:
    assert normalize_text(f"eka{char} toka") == "eka toka"
