"""Misspelt and variant spellings of note words get the lemma their writer meant, in both modes
(real model, Voikko): benchmarks/data/lemma_variants25.csv (written by lemma25) and
lemma_variants26.csv (lemma26), lemma_variants27.csv (lemma27: slang and spoken words Voikko
does not know, typos, acronyms; see benchmarks/lemma_variants.py), lemma_variants28.csv
(lemma28: spoken verbs after a negation, compounds with a spoken letter dropped). The rows
each mode still gets wrong are listed; a listed row that starts passing fails the test, so
the list stays true."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer

DATA = Path(__file__).resolve().parents[2] / "benchmarks/data"


def _read(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as file:
        return [{**row, "file": name} for row in csv.DictReader(file)]


ROWS = [row for n in (25, 26, 27, 28) for row in _read(f"lemma_variants{n}.csv")]

# (mode, word): what is left wrong (`python benchmarks/lemma_variants.py --show`, every file)
MISSES = {
    ("accurate", "ilmottautuminen"),  # ilmoittautua: the tagger reads a verb
    ("accurate", "merkonnat"),  # two edits from merkinnät
    ("accurate", "puuteelinen"),
    ("accurate", "syrjäytmistä"),
    ("accurate", "valaitus"),  # lemma26: a consonant put in is no restored letter; valitus
    ("fast", "ilmottautuminen"),
    ("fast", "kaupungivaltuusto"),  # a consonant left out: fast mode puts in vowels only
    ("fast", "valaitus"),
    ("fast", "jalakulkija"),
    ("fast", "ohjeitus"),
    ("fast", "kaavoitukesta"),
    ("fast", "kyselu"),  # a key's neighbour
    ("fast", "opetusuunnitelma"),  # simplemma does not list the compound
    ("fast", "talvikunossapito"),
    ("fast", "asumisneuvonan"),
    ("fast", "rauhoitamista"),
    ("fast", "kalkotus"),
    ("fast", "merkonnat"),
    ("fast", "puuteelinen"),
    # lemma_variants26.csv
    ("accurate", "taysissa"),
    ("accurate", "husin"),
    ("accurate", "avilta"),
    ("accurate", "nuorisotyöntekja"),
    ("accurate", "paatos"),  # a word of its own (pathos)
    ("accurate", "kivoi"),
    ("accurate", "tiedottamine"),
    ("fast", "taysissa"),
    ("fast", "husin"),
    ("fast", "avilta"),
    ("fast", "pyöräkelari"),
    ("fast", "vanhustenpavelu"),
    ("fast", "liikenneturvalisuus"),
    ("fast", "asukaskysly"),
    ("fast", "nuorisotyöntekja"),
    ("fast", "puistonhoidosa"),
    ("fast", "paatos"),
    ("fast", "kivoi"),
    ("fast", "juteltii"),
    ("fast", "tiedottamine"),
    ("fast", "puhuttii"),
    ("accurate", "kikyn"),  # kykkiä: lemma27's own-form gate kept it, not landed (lemma28)
    # lemma_variants27.csv (lemma27); the slang rows are left wrong: lemma27's own-form gate,
    # which read them, moved the emergent themes down and was not landed (lemma28)
    ("accurate", "avista"),
    ("accurate", "himassa"),
    ("accurate", "husissa"),
    ("accurate", "lafkassa"),
    ("accurate", "lekurille"),
    ("accurate", "mäkkärissä"),
    ("accurate", "safkaa"),
    ("accurate", "skidit"),
    ("accurate", "spora"),
    ("accurate", "sporalla"),
    ("accurate", "välkällä"),
    ("accurate", "ysärillä"),
    ("accurate", "äppi"),
    ("fast", "avista"),
    ("fast", "himassa"),
    ("fast", "lafkassa"),
    ("fast", "mäkkärissä"),
    ("fast", "skidit"),
    ("fast", "spora"),
    ("fast", "sporalla"),
    ("accurate", "chillailla"),
    ("accurate", "jalakäytävä"),
    ("accurate", "kysissä"),  # kyisissä: a diphthong's i put back is a known word
    ("accurate", "snäpissä"),
    ("fast", "asukkaar"),
    ("fast", "chillailla"),
    ("fast", "husissa"),  # fast mode reads the form through simplemma
    ("fast", "jalakäytävä"),
    ("fast", "keskutelu"),
    ("fast", "kysissä"),
    ("fast", "liikennr"),
    ("fast", "ongelmq"),
    ("fast", "palcelu"),
    ("fast", "snäpissä"),
    ("fast", "thlltä"),
    ("fast", "valaistsu"),
    # lemma_variants28.csv (lemma28: spoken verbs after a negation, compounds, controls)
    ("accurate", "mee"),  # mene: a consonant dropped and the vowels merged, no rule of ours
    ("accurate", "nää"),  # the spoken lexicon's nämä is never re-read
    ("accurate", "tartte"),  # tarvitse: two changes
    ("accurate", "viiti"),  # viitsi: an s dropped, no rule of ours
    ("accurate", "tukea"),  # a control: the infinitive, not the noun tuki
    ("fast", "mee"),
    ("fast", "nää"),
    ("fast", "tartte"),
    ("fast", "viiti"),
    ("fast", "viitti"),  # vioittaa, fast mode's correction, starts as it does: kept as a verb
    ("fast", "tukea"),
    ("fast", "Vahinkoilmotus"),  # fast mode: compounds' spoken letters not put back
    ("fast", "ilmottautumisaika"),
    ("fast", "parannusehotus"),
    ("fast", "tapahtumailmotus"),
    ("fast", "vuokrailmotus"),
}


@pytest.fixture(scope="module")
def found(analyzer: LemmaAnalyzer, fast_analyzer: LemmaAnalyzer) -> dict[tuple[str, int], str]:
    """Each row's word's lemma in each mode, each file's notes analysed together as a run
    analyses a clinic's."""
    lemmas: dict[tuple[str, int], str] = {}
    for mode, each in (("accurate", analyzer), ("fast", fast_analyzer)):
        for name in dict.fromkeys(row["file"] for row in ROWS):
            indices = [i for i, row in enumerate(ROWS) if row["file"] == name]
            analyses = each.analyze([ROWS[i]["sentence"] for i in indices])
            for index, tokens in zip(indices, analyses, strict=True):
                word = ROWS[index]["word"]
                lemmas[mode, index] = next(t.lemma for t in tokens if t.text == word)
    return lemmas


def _cases() -> list[object]:
    cases: list[object] = []
    for mode in ("accurate", "fast"):
        for index, row in enumerate(ROWS):
            marks = []
            if (mode, row["word"]) in MISSES:
                marks.append(pytest.mark.xfail(strict=True, reason="left wrong"))
            case_id = f"{mode}-{row['file'][-6:-4]}-{row['half']}-{row['word']}"
            cases.append(pytest.param(mode, index, marks=marks, id=case_id))
    return cases


@pytest.mark.parametrize(("mode", "index"), _cases())
def test_variant_spelling_gets_the_meant_lemma(
    found: dict[tuple[str, int], str], mode: str, index: int
):
    assert found[mode, index] == ROWS[index]["lemma"]


def test_variants_rows_are_apart():
    """The rows tuned on, held out and written afterwards, as the benchmark reads them."""
    first = [row for row in ROWS if row["file"] == "lemma_variants25.csv"]
    second = [row for row in ROWS if row["file"] == "lemma_variants26.csv"]
    assert {row["half"] for row in first} == {"case", "tune", "heldout", "fresh"}
    assert sum(row["half"] == "heldout" for row in first) >= 20
    assert {row["half"] for row in second} == {"tune", "heldout"}
    assert len(second) >= 40
    third = [row for row in ROWS if row["file"] == "lemma_variants27.csv"]
    assert len(third) >= 40
    fourth = [row for row in ROWS if row["file"] == "lemma_variants28.csv"]
    assert len(fourth) >= 30
    for rows in (second, third, fourth):
        for kind in {row["kind"] for row in rows}:  # every kind in both halves
            assert {row["half"] for row in rows if row["kind"] == kind} == {"tune", "heldout"}
