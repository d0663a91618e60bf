from __future__ import annotations

import random
from collections.abc import Callable, Sequence

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import NO_THEME, Note, ThemeResult
from muistiinpanot.themes import ThemeDefinition, ThemeSettings, assign_themes

MakeNotes = Callable[[Sequence[tuple[str, str]]], list[Note]]
SETTINGS = ThemeSettings()


def _themes_by_note(result: ThemeResult) -> dict[str, str]:
    return {a.note_id: a.theme for a in result.assignments}


def _theme_beside(
    text: str,
    other: str,
    make_notes: MakeNotes,
    analyzer: LemmaAnalyzer,
    definitions: Sequence[ThemeDefinition],
) -> str:
    """The theme of the note `text` in a batch with one off-topic note `other`."""
    notes = make_notes([("a", text), ("b", other)])
    return _themes_by_note(assign_themes(notes, definitions, analyzer, SETTINGS))["a"]


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Siiloissa tehdään työtä erillään", "siilot"),  # inflected seed lemma
        ("Siiloutuneet yksiköt eivät näe kokonaisuutta", "siilot"),  # derivation of a seed
        ("Siilorajat näkyvät arjessa", "siilot"),  # compound with the seed as a part
        ("Hallinnonalojen välillä ei ole yhteistyötä", "siilot"),
        ("Luotammeko toisiimme oikeasti?", "luottamus"),  # inflected verb
        ("Epäluottamus johtoa kohtaan on kasvanut", "luottamus"),
        ("Luottamuspula näkyy kokouksissa", "luottamus"),  # compound
    ],
)
def test_assign_themes_matches_seed_words(
    make_notes: MakeNotes,
    analyzer: LemmaAnalyzer,
    definitions: tuple[ThemeDefinition, ...],
    text: str,
    theme: str,
) -> None:
    assert (
        _theme_beside(text, "Kahvinkeitin on taas rikki", make_notes, analyzer, definitions)
        == theme
    )


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Jokainen yksikkö tekee omaa juttuaan eikä tiedä mitä muut tekevät", "siilot"),
        ("Tieto ei kulje osastojen välillä", "siilot"),
        ("Kukaan ei uskalla sanoa omaa mielipidettään ääneen", "luottamus"),
    ],
)
def test_assign_themes_matches_paraphrase_without_seed_word(
    make_notes: MakeNotes,
    analyzer: LemmaAnalyzer,
    definitions: tuple[ThemeDefinition, ...],
    text: str,
    theme: str,
) -> None:
    assert (
        _theme_beside(text, "Parkkipaikat loppuvat aamulla", make_notes, analyzer, definitions)
        == theme
    )


def test_assign_themes_off_topic_notes_go_to_muu(
    make_notes: MakeNotes, analyzer: LemmaAnalyzer, definitions: tuple[ThemeDefinition, ...]
) -> None:
    notes = make_notes(
        [
            ("a", "Kahvinkeitin on rikki"),
            ("b", "Parkkipaikat loppuvat aamulla"),
            ("c", "Lounasravintolan keitto oli kylmää"),
            ("d", ""),
        ]
    )
    result = assign_themes(notes, definitions, analyzer, SETTINGS)
    assert set(_themes_by_note(result).values()) == {NO_THEME}
    assert result.themes[-1].id == NO_THEME
    assert {t.id for t in result.themes if t.kind == "seeded"} == {"siilot", "luottamus"}
    assert all(0.0 <= a.score <= 1.0 for a in result.assignments)


def test_assign_themes_finds_emergent_themes(
    make_notes: MakeNotes, analyzer: LemmaAnalyzer, emergent_pairs: list[tuple[str, str]]
) -> None:
    result = assign_themes(make_notes(emergent_pairs), (), analyzer, SETTINGS)
    emergent = [t for t in result.themes if t.kind == "emergent"]
    assert emergent, result.themes
    assert emergent[0].id == "uusi-1"
    assert all(t.size >= SETTINGS.min_cluster_size for t in emergent)
    assert sum(t.size for t in result.themes) == len(emergent_pairs)
    keywords = {k for t in emergent for k in t.keywords}
    assert keywords & {"raha", "rahoitus", "budjetti", "kuntalainen", "asukas", "järjestelmä"}
    for theme in emergent:
        assert theme.label and theme.label[0].isupper()
        assert 1 <= len(theme.representative_ids) <= SETTINGS.representatives


def test_assign_themes_is_deterministic_and_order_free(
    make_notes: MakeNotes,
    analyzer: LemmaAnalyzer,
    definitions: tuple[ThemeDefinition, ...],
    emergent_pairs: list[tuple[str, str]],
) -> None:
    pairs = [
        *emergent_pairs,
        ("s:1", "Siilot estävät yhteistyön"),
        ("s:2", "Luottamus johtoon puuttuu"),
    ]
    notes = make_notes(pairs)
    first = assign_themes(notes, definitions, analyzer, SETTINGS)
    again = assign_themes(notes, definitions, analyzer, SETTINGS)
    shuffled = list(notes)
    random.Random(7).shuffle(shuffled)
    third = assign_themes(shuffled, definitions, analyzer, SETTINGS)
    assert first == again == third
    assert [a.note_id for a in first.assignments] == sorted(note_id for note_id, _ in pairs)


def test_assign_themes_ignores_notes_set_aside_but_duplicates_inherit(
    make_notes: MakeNotes, analyzer: LemmaAnalyzer, definitions: tuple[ThemeDefinition, ...]
) -> None:
    import dataclasses

    notes = make_notes(
        [("a", "Siilot estävät"), ("b", "Siilot estävät"), ("c", "Luottamus johtoon puuttuu")]
    )
    notes[1] = dataclasses.replace(notes[1], status="duplicate", duplicate_of="a")
    notes[2] = dataclasses.replace(notes[2], status="empty")
    result = assign_themes(notes, definitions, analyzer, SETTINGS)
    by_id = {a.note_id: a for a in result.assignments}
    assert sorted(by_id) == ["a", "b"]  # the empty note gets no theme
    assert by_id["b"].theme == by_id["a"].theme == "siilot"
    assert by_id["b"].score == by_id["a"].score
    assert next(t for t in result.themes if t.id == "siilot").size == 1  # kept notes only
