"""Labels round 23 (issue 12): a label's two parts never name one thing, by their roots as
Voikko reads them (themes/label_roots.py), read from the real parse of fresh notes."""

from __future__ import annotations

from collections import Counter

import pytest
from label_cases import labels_of

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.themes.label_evidence import LabelWords
from muistiinpanot.themes.label_general import general_zipf
from muistiinpanot.themes.label_reading import written_as
from muistiinpanot.themes.label_roots import held_in, one_thing, word_roots


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("lapset", "lastenhoito", True),  # lapsi inside lapsi + hoito
        ("kierrätys", "kierrätyspaikka", True),  # a derived part read by its verb
        ("terveysneuvonta", "terveysneuvoja", True),  # terveys + neuvoa both
        ("varahoitopaikka", "varapaikka", True),  # vara + paikka inside vara + hoito + paikka
        ("tulva-alue", "tulvakartta", False),  # a shared first part: two things
        ("lunastusmaksu", "hoitomaksu", False),  # a shared head: two kinds of fee
        ("pyörätuoli", "kommunikointilaite", False),
    ],
)
def test_two_words_name_one_thing_by_their_roots(
    analyzer: LemmaAnalyzer, first: str, second: str, same: bool
) -> None:
    analyses = analyzer.voikko.analyze
    assert one_thing(word_roots(first, analyses), word_roots(second, analyses)) is same


def test_a_part_is_held_in_its_compound_not_the_other_way(analyzer: LemmaAnalyzer) -> None:
    analyses = analyzer.voikko.analyze
    lataus, paikka = word_roots("lataus", analyses), word_roots("latauspaikka", analyses)
    assert held_in(lataus, paikka) and not held_in(paikka, lataus)
    autotie, auto = word_roots("autotie", analyses), word_roots("autot", analyses)
    assert held_in(auto, autotie) and not held_in(autotie, auto)


def test_without_voikko_no_roots() -> None:
    assert word_roots("lastenhoito", None) == frozenset()
    assert not one_thing(frozenset(), frozenset({("lapsi",)}))


def test_a_compound_inside_another_is_no_second_compound(analyzer: LemmaAnalyzer) -> None:
    # 'vara' begins every compound and is never said alone: the first-part rule names the
    # theme by its commonest compounds, but "varapaikka" runs inside "varahoitopaikka"
    theme = [
        "varahoitopaikka löytyi vasta viikon päästä",
        "varahoitopaikka oli toisella puolella kaupunkia",
        "varapaikka peruttiin edellisenä päivänä",
        "varapaikka ei sopinut lapselle",
        "varahoitopaikkaa ei tarjottu ollenkaan",
        "varahoitaja oli tuttu lapselle",
    ]
    (label,) = labels_of(analyzer, [theme])
    assert label == "Varahoitopaikka", label  # lead: "Varahoitopaikka ja varapaikka"


@pytest.mark.parametrize(
    ("theme", "expected"),
    [
        (
            [
                "kierrätys ei toimi kerrostalossa",
                "kierrätystä pitäisi helpottaa",
                "kierrätys on vaikeaa ilman autoa",
                "kierrätys unohtuu kiireessä",
                "kierrätyspaikat ovat aina täynnä",
                "kierrätyspaikan astiat ovat rikki",
                "paikka on pimeä illalla",
            ],
            "Kierrätys",  # lead: "Kierrätys ja kierrätyspaikka"
        ),
        (
            [
                "pyörät varastetaan asemalta",
                "pyörä jäi sateeseen",
                "pyöriä on liikaa käytävällä",
                "pyöräkatos on liian pieni",
                "pyöräkatokseen ei mahdu",
                "katos vuotaa",
            ],
            "Pyörät",  # lead: "Pyörät ja pyöräkatos"
        ),
    ],
)
def test_a_second_head_holding_the_first_joins_no_label(
    analyzer: LemmaAnalyzer, theme: list[str], expected: str
) -> None:
    (label,) = labels_of(analyzer, [theme])
    assert label == expected, label


def test_two_compounds_sharing_a_part_still_name_two_things(analyzer: LemmaAnalyzer) -> None:
    theme = [
        "tulva-alue on merkitty väärin",
        "tulva-alueella on taloja",
        "tulvakartta on vanha",
        "tulvakarttaa ei löydy netistä",
    ]
    (label,) = labels_of(analyzer, [theme])
    assert label == "Tulva-alue ja tulvakartta", label


def test_a_hyphenated_compound_is_read_by_its_last_member(analyzer: LemmaAnalyzer) -> None:
    # Voikko knows no "ev-" word; the parse reads "ev-paikkoja" as "ev-paikko", a rarer noun
    # than the "paikka" its last member is: no label shows that misreading
    words = LabelWords(
        frozenset(), frozenset(), analyses=analyzer.voikko.analyze, frequency=general_zipf
    )
    partitive = Counter({("ev-paikkoja", "Par", "Plur"): 1})
    assert not written_as("ev-paikko", "ev-paikko", partitive, words)
    assert written_as("ev-paikka", "ev-paikka", partitive, words)
    theme = [
        "ev-paikkoja on liian vähän",
        "ev-paikat ovat aina varattuja",
        "ev-paikkojen kyltit puuttuvat",
        "ev-paikka on kaukana ovesta",
        "ev-paikalla seisoo bensa-autoja",
        "ev-paikkoja ei aurata",
    ]
    (label,) = labels_of(analyzer, [theme], frequency=general_zipf)
    assert "paikko" not in label.lower(), label  # lead: "Ev-paikka ja ev-paikko"
