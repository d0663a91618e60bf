"""Review 40's wrong Finnish from fragments, mended by class (mend79; real spaCy parser and
Voikko). Notes of our own, written before the code, in the classes the reviewer found:

- #16: a verbless note whose "predicate" is an adverb of direction ("julki", "mukaan") or an
  adpositional phrase ("jo ennen avajaisia") takes no copula: "Vapaaehtoiset ovat mukaan" is
  no Finnish; such a note is a wish or it is not published. A nominal predicate keeps its
  copula ("Tiedotus on huono");
- #18: a compound typed run together with the same vowel at its seam ("videoohjeet") is
  written with the hyphen Finnish orthography puts there ("video-ohjeet"), not apart;
- #8: a contrast "X ei Y" whose "ei" has no verb of its own takes its comma ("…
  tarpeen mukaan, ei saapumisjärjestyksessä"); a negated verb takes none;
- #3: a clause after a comma whose verb is left out ("…, siihen asti kokoukset kirjastossa")
  is not published as part of the sentence before it;
- #4: a numeral "yksi" left at the end of the clause, its noun elsewhere in the nominative
  ("kaverit … samaan luokkaan ainakin yksi"), goes with its noun: "ainakin yksi kaveri";
- #5: a note that adds a worry after a dash ("… jaetaan uudestaan - huoli että …") is not
  published without it."""

from __future__ import annotations

import pytest
from fixture_clinic import note_clauses

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.grammar import repair_sentence
from muistiinpanot.summarize.tidy import tidy_note


@pytest.mark.parametrize(
    "note",
    [
        "vapaaehtoiset mukaan jo ennen avajaisia",
        "kyläläiset mukaan ennen rakentamista",
        "vanhemmat mukaan jo ennen koulun alkua",
        "jakoperusteet julki, avoimesti",
        "valintaperusteet julki, selkeästi",
        "kokousten pöytäkirjat julki viikon sisällä",
        "asukkaat mukaan jo luonnosvaiheessa",
        "vanhat kalusteet pois käytävältä",
    ],
)
def test_no_copula_before_an_adverb_of_direction(analyzer: LemmaAnalyzer, note: str) -> None:
    for clause in note_clauses(analyzer, note, "tidied"):
        words = clause.lower().rstrip(".").replace(",", "").split()
        for verb, after in zip(words, words[1:], strict=False):
            assert not (verb in ("on", "ovat") and after in ("julki", "mukaan", "pois")), clause


@pytest.mark.parametrize(
    ("note", "clause"),
    [
        ("tiedotus huono", "Tiedotus on huono."),
        ("opettajat väsyneitä", "Opettajat ovat väsyneitä."),
        ("hissi rikki koko syksyn", "Hissi on rikki koko syksyn."),
        (
            "nuoret mukaan suunnitteluun alusta asti",
            "Toivottiin nuoria mukaan suunnitteluun alusta asti.",
        ),
    ],
)
def test_a_predicative_keeps_its_copula(analyzer: LemmaAnalyzer, note: str, clause: str) -> None:
    assert clause in note_clauses(analyzer, note, "tidied")


@pytest.mark.parametrize(
    ("note", "sentence"),
    [
        ("toivottiin videoohjeet varaajille", "Toivottiin video-ohjeet varaajille."),
        ("kuvaarkisto verkkoon", "Kuva-arkisto verkkoon."),
        ("kouluuudistus vie liikaa aikaa", "Koulu-uudistus vie liikaa aikaa."),
        # controls: no same vowel at the seam, a hyphen already there
        ("työssäkäyvä ei ehdi iltaisin", "Työssä käyvä ei ehdi iltaisin."),
        ("linja-auto kulkee harvoin", "Linja-auto kulkee harvoin."),
    ],
)
def test_a_same_vowel_seam_takes_a_hyphen(
    analyzer: LemmaAnalyzer, note: str, sentence: str
) -> None:
    assert tidy_note(note, analyzer.voikko) == [sentence]


def test_a_wish_inflects_the_hyphenated_compound(analyzer: LemmaAnalyzer) -> None:
    clauses = note_clauses(analyzer, "kuvaarkisto verkkoon", "tidied")
    assert clauses == ["Toivottiin kuva-arkistoa verkkoon."]


@pytest.mark.parametrize(
    ("sentence", "repaired"),
    [
        (
            "Vuorot jaetaan tarpeen mukaan ei saapumisjärjestyksessä.",
            "Vuorot jaetaan tarpeen mukaan, ei saapumisjärjestyksessä.",
        ),
        ("Palaute kerätään verkossa ei paperilla.", "Palaute kerätään verkossa, ei paperilla."),
        ("Päätökset tehdään yhdessä ei ylhäältä.", "Päätökset tehdään yhdessä, ei ylhäältä."),
        # controls: "ei" with its own verb
        ("Bussi ei kulje iltaisin.", "Bussi ei kulje iltaisin."),
        ("Kukaan ei tiedä aikataulua.", "Kukaan ei tiedä aikataulua."),
        ("Rahaa ei ole tarpeeksi.", "Rahaa ei ole tarpeeksi."),
        ("Palaute kerätään verkossa, ei paperilla.", "Palaute kerätään verkossa, ei paperilla."),
    ],
)
def test_a_contrast_takes_its_comma(analyzer: LemmaAnalyzer, sentence: str, repaired: str) -> None:
    assert repair_sentence(sentence, analyzer.voikko) == repaired


@pytest.mark.parametrize(
    ("note", "allowed"),
    [
        ("remontti alkaa keväällä, siihen asti kokoukset kirjastossa", "Remontti alkaa keväällä."),
        (
            "uusi kirjasto valmistuu vasta syksyllä, sitä ennen lainaus koulun aulassa",
            "Uusi kirjasto valmistuu vasta syksyllä.",
        ),
    ],
)
def test_no_clause_without_its_verb_after_a_comma(
    analyzer: LemmaAnalyzer, note: str, allowed: str
) -> None:
    assert set(note_clauses(analyzer, note, "tidied")) <= {allowed}


@pytest.mark.parametrize(
    ("note", "fact"),
    [
        (
            "kerhotilat jaetaan uudestaan - huoli että pienet ryhmät jää ilman",
            "Kerhotilat jaetaan uudestaan.",
        ),
        ("aukioloajat lyhennetään - pelko että iäkkäät ei ehdi", "Aukioloajat lyhennetään."),
    ],
)
def test_a_worry_after_a_dash_is_not_dropped(analyzer: LemmaAnalyzer, note: str, fact: str) -> None:
    assert fact not in note_clauses(analyzer, note, "tidied")


def test_a_plan_without_a_worry_is_published(analyzer: LemmaAnalyzer) -> None:
    note = "kerhotilat jaetaan uudestaan syksyllä"
    assert note_clauses(analyzer, note, "tidied") == ["Kerhotilat jaetaan uudestaan syksyllä."]


# 4: recorded with the probes above on lead (a floating "yksi" published as written), added to
# this file with the code
@pytest.mark.parametrize(
    ("note", "clause"),
    [
        (
            "kaverit pitäis saada samaan luokkaan ainakin yks",
            "Pitäisi saada samaan luokkaan ainakin yksi kaveri.",
        ),
        (
            "jokaiseen ryhmään pitäis saada aikuinen ainakin yks",
            "Jokaiseen ryhmään pitäisi saada ainakin yksi aikuinen.",
        ),
        # controls: a partitive may float ("ohjaajia … ainakin kaksi"); a numeral with its noun
        (
            "kerhoon pitäisi saada ohjaajia ainakin kaksi",
            "Kerhoon pitäisi saada ohjaajia ainakin kaksi.",
        ),
        (
            "jokaiseen ryhmään pitäisi saada ainakin yksi aikuinen",
            "Jokaiseen ryhmään pitäisi saada ainakin yksi aikuinen.",
        ),
    ],
)
def test_a_floating_yksi_takes_its_noun(analyzer: LemmaAnalyzer, note: str, clause: str) -> None:
    assert note_clauses(analyzer, note, "tidied") == [clause]


# added after reading the dev posts and the reviewer's clinic, where a first rule cut these
@pytest.mark.parametrize(
    "note",
    [
        "bussimatka väsyttää lapsia, varsinkin aamulla pimeällä",
        "palaute kerätään erikseen joka koululta, samat kysymykset monta kertaa",
    ],
)
def test_a_phrase_that_adds_detail_stays(analyzer: LemmaAnalyzer, note: str) -> None:
    (clause,) = note_clauses(analyzer, note, "tidied")
    assert clause.rstrip(".").endswith(note.split(", ")[1])
