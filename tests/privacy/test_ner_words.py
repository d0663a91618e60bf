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
