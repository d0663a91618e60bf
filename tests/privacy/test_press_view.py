"""The press holds views and tells news as a body does (lexicon `group_nouns`): its noun,
capitalised at a sentence's start before "mielestä" or as the subject of a verb of telling,
is no name; a noun no body is stays a name there. Sentences of our own; the real spaCy NER
and Voikko, both modes."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, finds, found

from muistiinpanot.lemmatize import LemmaAnalyzer


@MODES
@pytest.mark.parametrize(
    "text",
    [
        "Lehden mielestä uimahallin remontti venyy liikaa",
        "Median mielestä kuntaliitos oli virhe",
        "Lehti kertoi kuntaliitoksesta ensimmäisenä",
    ],
)
def test_the_press_holding_a_view_is_kept(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []


test_a_noun_no_body_is_before_mielesta_stays_a_name = finds(
    [("Puron mielestä uimahallin remontti venyy liikaa", "Puron")]
)
