"""The press is no surname only where it speaks (review 17, finding 1): a noun of the press
(lexicon `press_nouns`) opening a sentence, right before "mielestä"/"mukaan" or the subject
of a verb of saying or telling, with no cue of a person after it, is the press; anywhere
else, or with "hän", a promise or a call after it, it may be the surname Lehti. Sentences of
our own; the real spaCy NER and Voikko, both modes (privacy/press.py)."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, covered, finds, found

from muistiinpanot.lemmatize import LemmaAnalyzer

test_the_surname_lehti_is_a_name_where_a_person_speaks = finds(
    [
        # a person's verb, or a person cue after a verb of telling
        ("Lehti lupasi soittaa minulle huomenna", "Lehti"),
        ("Lehti sanoi kokouksessa, että hän hoitaa asian", "Lehti"),
        ("Lehti kertoi, että hän soittaa perjantaina", "Lehti"),
        ("Lehti kertoi uutisen, ja hän lupasi korjata virheen", "Lehti"),
        ("Lehti ilmoitti palaverissa, että soittaa asiakkaalle itse", "Lehti"),
    ]
)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        # not where the press speaks: not opening the sentence, or no telling at all
        ("Kysy Lehdeltä, hän tietää", "Lehdeltä"),
        ("Kokouksessa Lehti lupasi hoitaa budjetin", "Lehti"),
        ("Puhuin eilen Lehden kanssa puhelimessa", "Lehden"),
        ("Sovittiin, että Lehdelle soitetaan huomenna", "Lehdelle"),
    ],
)
def test_the_surname_lehti_is_a_name_in_text_to_publish(
    analyzer: LemmaAnalyzer, text: str, piece: str
) -> None:
    assert covered(analyzer, text, piece, True)


@MODES
@pytest.mark.parametrize(
    "text",
    [
        "Lehden mukaan päiväkodin laajennus viivästyy",
        "Toimitus ilmoitti juttujen aikataulusta",
        "Lehti kertoi torstaina uimahallin aukioloista",
    ],
)
def test_the_press_speaking_is_kept(analyzer: LemmaAnalyzer, text: str, cautious: bool) -> None:
    assert found(analyzer, text, cautious) == []


@MODES
def test_a_surname_before_telling_stays_a_name(analyzer: LemmaAnalyzer, cautious: bool) -> None:
    # the guard of the reviewer: a surname that is no noun of the press
    assert covered(analyzer, "Seppä kertoi, että hän lähtee eläkkeelle", "Seppä", cautious)
