"""The parts of the sentence cues (privacy/cues.py, verbs.py, gazetteer.py) on their own: the
verbs' reading by vector, e-mail local parts, transliterated names. The cues on whole
sentences are in test_structure.py."""

from __future__ import annotations

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy.cues import email_names
from muistiinpanot.privacy.detect import VERB_MARGIN
from muistiinpanot.privacy.gazetteer import gazetteer_classes
from muistiinpanot.privacy.verbs import VerbSense


def test_verb_sense_reads_unlisted_verbs_by_vector(analyzer: LemmaAnalyzer) -> None:
    sense = VerbSense(analyzer, VERB_MARGIN)
    assert sense.agent("tietää")  # listed
    assert sense.agent("tarkistaa")  # in no list: nearer the verbs of people
    assert not sense.agent("sponsoroida")  # a business's verb
    assert not sense.agent("olla")  # the copula tells nothing


def test_email_names_reads_local_parts_without_accents() -> None:
    assert email_names(["päivi.lindgren(at)example.fi", "x@y.fi"]) == {"paivi", "lindgren"}


def test_gazetteer_keeps_cyrillic_names_transliterated() -> None:
    assert gazetteer_classes(["tatjana"]) >= {"etunimi"}
    assert gazetteer_classes(["ševtšenko"]) >= {"sukunimi"}
