"""Review 37 #2 (mend65): a lemma that only a letter-changing correction of an unknown word
gave ("äppi" read as "älli") is never a keyword or a label word; a lemma that a restoring
correction gave, or that a note also writes as such, is (real Voikko; fresh probes)."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.themes.describe import excluded_words


@pytest.mark.parametrize(
    ("texts", "lemma"),
    [
        (["varaus pelkkä äppi", "kaikki ei osaa äppejä"], "älli"),
        (["aikuiset selaa puhelinta välkällä"], "väljä"),
        (["himassa ei ole tilaa"], "haima"),
        (["spora kulkee harvoin"], "sora"),
    ],
)
def test_a_lemma_of_a_letter_changing_correction_is_excluded(
    analyzer: LemmaAnalyzer, texts: list[str], lemma: str
) -> None:
    docs = [[lemma, "varaus"]]
    assert lemma in excluded_words(docs, analyzer, None, texts=texts)


@pytest.mark.parametrize(
    ("texts", "lemma"),
    [
        (["viestit pitää ilmottaa ajoissa"], "ilmoittaa"),  # a restored diphthong
        (["hiekotus ennen aamua"], "hiekoitus"),
        (["yhteistyo toimii"], "yhteistyö"),  # dots
        (["välkällä", "käytävä on väljä"], "väljä"),  # a note writes the word itself
        (["keskustrlu jäi kesken"], "keskustelu"),  # a slip no Finnish word could be
    ],
)
def test_a_lemma_of_a_restoring_correction_stays(
    analyzer: LemmaAnalyzer, texts: list[str], lemma: str
) -> None:
    docs = [[lemma, "varaus"]]
    assert lemma not in excluded_words(docs, analyzer, None, texts=texts)


def test_a_vowel_assimilated_in_speech_is_restored(analyzer: LemmaAnalyzer) -> None:
    texts = ["se on oikeesti tärkee asia"]  # "oikeasti", "tärkeä": no other word
    assert not {"oikea", "tärkeä"} & excluded_words(
        [["oikea", "tärkeä"]], analyzer, None, texts=texts
    )
