"""A NER PERSON span that opens with a capital ends at its last capitalised word
(privacy/ner.py): spaCy's NER at times takes the word after a name into it ("Olli Kiven
päivää"), and only the name is personal. Sentences and names of our own; the real spaCy NER
and Voikko, both modes."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, covered, found

from muistiinpanot.lemmatize import LemmaAnalyzer


@MODES
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hyvää Olli Kiven päivää!", "Olli Kiven"),
        ("Jari Kiven päivää!", "Jari Kiven"),
        ("Hyvää Matti Kiven päivää!", "Matti Kiven"),
    ],
)
def test_a_word_ner_takes_after_a_name_is_left(
    analyzer: LemmaAnalyzer, text: str, name: str, cautious: bool
) -> None:
    assert covered(analyzer, text, name, cautious)
    assert found(analyzer, text, cautious) == [name]


@MODES
def test_a_case_ending_joined_to_the_name_stays_in_it(
    analyzer: LemmaAnalyzer, cautious: bool
) -> None:
    assert covered(analyzer, "Anna Lindqvist:in tili on auki.", "Lindqvist:in", cautious)


@MODES
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # review 18: NER's span held the surname, the cut at a lower-case word dropped it
        ("Ahmed el-Sayed kertoi asiasta", "Ahmed el-Sayed"),
        ("Kokouksessa Omar al-Rashid kertoi asiasta", "Omar al-Rashid"),
        ("Palaverissa Fatima al-Hakim esitteli tulokset.", "Fatima al-Hakim"),
        ("Kysy Ahmed el-Sayedilta lisää.", "Ahmed el-Sayedilta"),
        # a weak given name and the surname after a particle, no other evidence
        ("Yusuf bin-Salem lupasi hoitaa tilat.", "Yusuf bin-Salem"),
        ("Eilen Karim abu-Hamdan toi kahvit.", "Karim abu-Hamdan"),
        ("Salma ibn-Rushd ja Leena Virtanen vetivät pajan.", "Salma ibn-Rushd"),
    ],
)
def test_a_surname_after_a_lower_case_particle_is_part_of_the_name(
    analyzer: LemmaAnalyzer, text: str, name: str, cautious: bool
) -> None:
    assert covered(analyzer, text, name, cautious)
    assert name in found(analyzer, text, cautious)


@MODES
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Katsoimme al-Jazeeraa illalla.", []),  # a particle's word with no name before it
        ("Tapio kävi itä-Helsingissä.", ["Tapio"]),  # a lower-case word, no particle
        ("Hyvää Olli Kiven päivää!", ["Olli Kiven"]),
    ],
)
def test_a_lower_case_word_without_a_particle_is_still_cut(
    analyzer: LemmaAnalyzer, text: str, kept: list[str], cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == kept
