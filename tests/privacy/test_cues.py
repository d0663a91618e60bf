"""The parts of the sentence cues on their own (privacy/cues.py, verbs.py, gazetteer.py,
lemmas.py): the verbs' reading by vector, e-mail local parts, transliterated names, lemmas
guessed for removed names. The cues on whole sentences are in test_structure.py."""

from __future__ import annotations

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy.cues import email_names
from muistiinpanot.privacy.gazetteer import gazetteer_classes
from muistiinpanot.privacy.lemmas import near_banned
from muistiinpanot.privacy.settings import PrivacySettings
from muistiinpanot.privacy.verbs import VerbSense


def test_verb_sense_reads_unlisted_verbs_by_vector(analyzer: LemmaAnalyzer) -> None:
    sense = VerbSense(analyzer, PrivacySettings().verb_margin)
    assert sense.agent("tietää")  # listed
    assert sense.agent("tarkistaa")  # in no list: nearer the verbs of people
    assert not sense.agent("sponsoroida")  # a business's verb
    assert not sense.agent("olla")  # the copula tells nothing


def test_email_names_reads_local_parts_without_accents() -> None:
    assert email_names(["päivi.lindgren(at)example.fi", "x@y.fi"]) == {"paivi", "lindgren"}


def test_gazetteer_keeps_cyrillic_names_transliterated() -> None:
    assert gazetteer_classes(["tatjana"]) >= {"etunimi"}
    assert gazetteer_classes(["ševtšenko"]) >= {"sukunimi"}


def test_near_banned_matches_a_lemma_guessed_for_a_removed_name() -> None:
    assert near_banned("kakkainen", {"karkkaiselta"})  # the lemmatizer's guess for a surname
    assert near_banned("salmi", {"salmelle"})
    assert not near_banned("sali", {"salmelle"})  # a word of its own
    assert not near_banned("budjetti", {"karkkaiselta"})
    assert not near_banned("esi", {"esille"})  # too short to tell
