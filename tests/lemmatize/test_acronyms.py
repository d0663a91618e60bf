"""Acronyms in lower case with a case ending keep their stem as lemma (acronyms.py, lemma26;
real model, Voikko)."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.lemmatize.acronyms import ListedAcronyms, acronym_stem, listed_stem, stems
from muistiinpanot.lemmatize.voikko import VoikkoCache


def _lemma(analyzer: LemmaAnalyzer, texts: list[str], word: str) -> str:
    for tokens in analyzer.analyze(texts):
        for token in tokens:
            if token.text == word:
                return token.lemma
    raise AssertionError(word)


def test_stems_of_case_endings():
    assert "ely" in stems("elyltä")
    assert "amk" in stems("amkissa")  # a consonant stem takes i before the ending
    assert "sote" in stems("soteen")  # the illative doubles the vowel
    assert "hetu" in stems("hetun")


def test_an_abbreviation_voikko_knows():
    voikko = VoikkoCache()
    assert acronym_stem("soten", voikko) == "sote"
    assert acronym_stem("elyn", voikko) is None  # Voikko does not know "ely"


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_an_acronym_of_the_clinic_keeps_its_stem(
    analyzer: LemmaAnalyzer, fast_analyzer: LemmaAnalyzer, mode: str
):
    each = analyzer if mode == "accurate" else fast_analyzer
    note = "elyn kanssa ei saatu sovittua aikataulusta"
    # hirvikolarit (summary_heldout33): "ely" in one note, "elyn" in another
    assert _lemma(each, ["ely ei vastannut", note], "elyn") == "ely"
    assert _lemma(each, ["ELY-keskus ei vastannut", note], "elyn") == "ely"
    assert _lemma(each, ["soten rahoitus on auki"], "soten") == "sote"
    # alone too (lemma27): wordfreq lists "ely" far more often than "elyn" (listed_stem)
    assert _lemma(each, [note + " tänään"], "elyn") == "ely"
    # an acronym wordfreq lists too rarely (hyte) keeps its stem only from the clinic's notes
    hyte = "hyten työryhmä kokoontuu keväällä"
    assert _lemma(each, ["hyte on kaikkien asia", hyte], "hyten") == "hyte"
    assert _lemma(each, [hyte + " taas"], "hyten") != "hyte"
    # a word Voikko knows is never read as an acronym's form
    assert _lemma(each, ["kela ei vastannut", "kelan jonot ovat pitkät"], "kelan") == "kela"
    assert _lemma(each, ["talo on vanha", "talon katto vuotaa"], "talon") == "talo"


def test_a_stem_wordfreq_lists_far_more_often_than_the_form():
    voikko = VoikkoCache()
    assert listed_stem("amkissa", voikko) == "amk"  # no amokissa
    assert listed_stem("hetulla", voikko) == "hetu"  # no hatulla
    assert listed_stem("wlanissa", voikko) == "wlan"
    assert listed_stem("kylilla", voikko) is None  # kylillä without its dots
    assert listed_stem("nähään", voikko) is None  # nähdään as spoken, no acronym "nähä"
    assert listed_stem("kokouksesa", voikko) is None  # a typo: no stem of 3 or 4 letters


def test_the_listing_bounds_are_settings():
    """[lemmatize] acronym_min_zipf, acronym_margin (lemma28; were module constants)."""
    voikko = VoikkoCache()
    assert listed_stem("amkissa", voikko, ListedAcronyms()) == "amk"
    assert listed_stem("amkissa", voikko, ListedAcronyms(min_zipf=9.0)) is None
    assert listed_stem("amkissa", voikko, ListedAcronyms(margin=9.0)) is None
