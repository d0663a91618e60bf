"""Evidence for names whose capital tells nothing (privacy/evidence.py) and the name gazetteer
(privacy/gazetteer.py), on the real Voikko and Faker's name lists."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy.classify import classify_word
from muistiinpanot.privacy.context import Word
from muistiinpanot.privacy.evidence import name_points
from muistiinpanot.privacy.gazetteer import gazetteer_classes, inflection_stems
from muistiinpanot.privacy.names import _WORD


def _points(text: str, analyzer: LemmaAnalyzer) -> int:
    """Points for the first word of `text`, without NER."""
    voikko = analyzer.voikko
    words = [
        Word(m.start(), m.end(), m.group(0), *classify_word(m.group(0), voikko))
        for m in _WORD.finditer(text)
    ]
    return name_points(text, words, 0, voikko, ner=False)


@pytest.mark.parametrize(
    ("text", "points"),
    [
        ("Aino asuu Oulussa", 2),  # a verb only people do
        ("Satu lupas tuoda kahvit", 2),  # spoken past form of "luvata"
        ("Toivo kertoi budjetista", 2),  # a verb of saying in the past
        ("Satu kertoo enemmän kuin raportti", 1),  # ... in the present: texts tell too
        ("satu lupas tuoda kahvit", 0),  # no capital: as likely the noun ("asukas ei tiedä")
        ("Satu teki yhteenvedon", 1),  # a verb of doing: needs NER as well
        ("Salo ei päässy paikalle", 1),  # a place: only what an individual does, past "ei"
        ("Salo päätti lakkauttaa koulun", 0),  # a town decides
        ("Onnille kiitos", 2),  # recipient of thanks
        # "mukaan" after a given name's genitive of no verb's form (2, round 18) + a form
        # rare except as a name
        ("Tuulin mukaan aikataulu pitää", 3),
        ("Toivon mukaan aikataulu pitää", 1),  # "hopefully"
        ("Sadun mielestä kysely on pitkä", 2),
        ("Onni potkaisi", 0),
        ("Rauha säilyi", 0),
    ],
)
def test_name_points_by_cue(analyzer: LemmaAnalyzer, text: str, points: int) -> None:
    assert _points(text, analyzer) == points


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("Fatima", "weak"),  # unknown to Voikko, a given name in the gazetteer
        ("Omarille", "weak"),  # ... inflected
        ("Kaija", "weak"),  # a place to Voikko
        ("Mäkelän", "weak"),
        ("Laurea", "unknown"),  # "Laure" + a lone "a" is not read as an inflection
        ("Howspace", "unknown"),
        ("Tampereella", "other"),  # a place that is nobody's name
        ("Usko", "other"),  # a word, and no Finnish given name in the gazetteer
    ],
)
def test_classify_word_with_gazetteer(analyzer: LemmaAnalyzer, word: str, kind: str) -> None:
    assert classify_word(word, analyzer.voikko)[0] == kind


def test_gazetteer_classes_and_stems() -> None:
    assert gazetteer_classes(["dmitri"]) == {"etunimi"}
    assert gazetteer_classes(["mäkelä"]) == {"sukunimi"}
    assert gazetteer_classes(["hiilineutraalius"]) == frozenset()
    assert gazetteer_classes(["omar"], finnish=True) == frozenset()
    assert "omar" in inflection_stems("Omar:lle")
    assert "fatima" in inflection_stems("Fatimalta")
