"""privacy91: a lower-case full name after a role noun whose given name is also a verb's
imperative ("mestari arvo lindholm"), and a word of such a name kept out of a theme's
keywords and label (docs/privacy.md, "privacy91"). Sentences of our own."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_notes
from muistiinpanot.privacy import find_personal_data, find_published_data, scrub_themes
from muistiinpanot.records import FALLBACK_LABEL, Note, SourceRef, Theme, ThemeResult


def _note(text: str, line: int) -> Note:
    return Note(
        id=f"k/ryhma1.txt:{line}",
        clinic="k",
        group="ryhma1",
        text=text,
        source=SourceRef("ryhma1.txt", line=line),
        clean_text=text,
    )


def _found(text: str, analyzer: LemmaAnalyzer) -> list[set[str]]:
    notes = find_personal_data([text], analyzer)[0]
    published = find_published_data([text], analyzer, ner=False)[0]
    return [{text[s.start : s.end] for s in spans} for spans in (notes, published)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("kylän vanha seppä arvo heinonen opetti takomaan", "arvo heinonen"),
        ("sahan mestari arvo lindroos näytti miten terä teroitetaan", "arvo lindroos"),
        ("kerhon ohjaaja arvo koskinen toi omat työkalunsa", "arvo koskinen"),
        ("meidän opettaja arvo nieminen kertoi hyvän vinkin", "arvo nieminen"),
    ],
)
def test_role_noun_imperative_given_name_is_marked(
    analyzer: LemmaAnalyzer, text: str, name: str
) -> None:
    for found in _found(text, analyzer):
        assert any(name in piece for piece in found), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "arvo kaksi voittajaa kaikkien osallistujien kesken",
        "pajan arvo nousi kun seppä korjasi ahjon",
        "mestari, arvo ensin järjestys ja aloita sitten",
        "arvo on tärkeä sana meille kaikille",
    ],
)
def test_imperative_without_role_and_surname_is_not_a_name(
    analyzer: LemmaAnalyzer, text: str
) -> None:
    for found in _found(text, analyzer):
        assert not any("arvo" in piece for piece in found), (text, found)


def test_scrub_themes_keeps_a_name_word_out_of_keywords_and_label(
    analyzer: LemmaAnalyzer,
) -> None:
    notes = lemmatize_notes(
        [
            _note("kylän vanha seppä arvo heinonen opetti takomaan", 1),
            _note("takominen pajassa nostaa käsityön arvoa", 2),
            _note("pajan arvo on yhteisössä", 3),
        ],
        analyzer,
    )
    named = Theme("uusi-1", "Arvo ja takominen", "emergent", keywords=("arvo", "takoa", "paja"))
    plain = Theme("uusi-2", "Paja ja takominen", "emergent", keywords=("paja", "takoa"))
    result = scrub_themes(ThemeResult((named, plain), ()), notes, analyzer).themes
    assert result[0].keywords == ("takoa", "paja")
    assert result[0].label == FALLBACK_LABEL and not result[0].named  # withheld whole
    assert result[1].label == "Paja ja takominen" and result[1].keywords == ("paja", "takoa")
