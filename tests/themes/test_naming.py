"""Emergent labels (themes/naming.py): noun phrases from a theme's distinctive nouns, read from
the real parse of Finnish notes."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from label_cases import SETTINGS, labels_of

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.themes import ThemeSettings
from muistiinpanot.themes.label_text import is_fallback, minen_noun

#: Notes of other topics: the background every theme is told apart from.
OTHERS = [
    "bussit kulkee liian harvoin iltaisin",
    "kirjaston aukioloajat on lyhyet",
    "kahvinkeitin on rikki",
    "hankintalaki on monimutkainen",
    "sähkön hinta nousi taas",
    "uusi logo julkaistaan keväällä",
]


def _labels(
    analyzer: LemmaAnalyzer,
    themes: Sequence[Sequence[str]],
    generic: frozenset[str] = frozenset(),
    excluded: frozenset[str] = frozenset(),
) -> list[str]:
    return labels_of(analyzer, themes, OTHERS, generic, excluded)


def test_a_verb_heavy_theme_gets_a_noun_label(analyzer: LemmaAnalyzer) -> None:
    theme = [
        "pitää kysyä palautetta asukkailta useammin",
        "palautetta kysytään vasta lopuksi",
        "kukaan ei kysy meiltä mitään",
        "palautetta pitäisi kysyä heti",
        "kysyttiin vain johdolta",
    ]
    (label,) = _labels(analyzer, [theme])
    assert label == "Palaute"  # "kysyä" is in every note, but as a verb


def test_a_generic_word_is_never_a_label_alone(analyzer: LemmaAnalyzer) -> None:
    alone = ["paikka on ahdas", "paikka puuttuu kokonaan", "paikkaa ei löydy", "paikka on kaukana"]
    phrase = ["vapaa paikka löytyi", "vapaita paikkoja ei ole", "vapaa paikka meni heti"]
    generic = frozenset({"paikka"})
    assert _labels(analyzer, [alone]) == ["Paikka"]  # as a specific word it may stand
    # nor in the fallback: no other noun is left, so the label only says what it is
    assert _labels(analyzer, [alone], generic) == [SETTINGS.label_fallback]
    assert _labels(analyzer, [phrase], generic) == ["Vapaa paikka"]


def test_two_heads_when_both_are_distinctive_and_cover_different_notes(
    analyzer: LemmaAnalyzer,
) -> None:
    two = [
        "osallisuus jää puheeksi",
        "osallisuutta pitäisi lisätä",
        "osallisuus kuuluu kaikille",
        "asukasraati kokoontuu harvoin",
        "asukasraadin ääni ei kuulu",
        "asukasraati tarvitsee oman budjetin",
    ]
    (label,) = _labels(analyzer, [two])
    assert label in ("Osallisuus ja asukasraati", "Asukasraati ja osallisuus")
    one = [  # the second noun is in the same notes as the first: it adds nothing
        "osallisuus ja asukasraati jää puheeksi",
        "osallisuutta ja asukasraateja lisää",
        "osallisuus ja asukasraati kuuluu kaikille",
        "osallisuus puuttuu",
    ]
    (label,) = _labels(analyzer, [one])
    assert " ja " not in label


def test_labels_never_name_a_person_and_never_repeat(analyzer: LemmaAnalyzer) -> None:
    theme = ["Virtanen vetää asukasraatia", "Virtanen ja asukasraati", "asukasraati kokoontuu"]
    labels = _labels(analyzer, [theme, theme], excluded=frozenset({"virtanen"}))
    assert labels == ["Asukasraati", "Asukasraati 2"]


@pytest.mark.parametrize(
    ("texts", "label"),
    [
        # a compound part no note says alone: the compound most notes use
        (["kouluruoka ei maistu", "lähiruokaa kouluihin", "kouluruoan annokset on pieniä"],
         "Kouluruoka"),
        # a noun said alone also covers the notes with it as a compound's first part
        (["osaamista ei ole", "osaamiskartoitus pitäisi tehdä", "mentorointi toimisi"],
         "Osaaminen"),
        # a genitive that most of the head's notes share makes the phrase; the head in the
        # number the notes use it in
        (["kunnan palvelut on kaukana", "kunnan palveluja karsitaan", "palvelut ei toimi"],
         "Kunnan palvelut"),
        # an acronym keeps its capitals, a word typed in capitals does not
        (["EU-rahoitusta haetaan", "EU-rahoitus loppuu", "EU-rahoitus on hidasta"],
         "EU-rahoitus"),
        (["KIRJASTOAUTO EI KULJE", "kirjastoauto käy harvoin", "kirjastoauto myöhässä"],
         "Kirjastoauto"),
    ],
)  # fmt: skip
def test_labels_are_base_form_noun_phrases(
    texts: list[str], label: str, analyzer: LemmaAnalyzer
) -> None:
    assert _labels(analyzer, [texts]) == [label]


def test_the_fallback_lists_no_generic_word_and_no_name(analyzer: LemmaAnalyzer) -> None:
    # no noun is in two of these notes except 'asia' (generic) and 'Virtanen' (a name)
    theme = [
        "asia jäi kesken kun palaveri venyi",
        "Virtasen mielestä asia on hankala",
        "asiaa pitää vielä miettiä, sähköposti tulee",
        "Virtanen lupasi selvittää aikataulun",
    ]
    (label,) = _labels(analyzer, [theme], frozenset({"asia"}), frozenset({"virtanen"}))
    assert is_fallback(label, SETTINGS)
    assert label.startswith(f"{SETTINGS.label_fallback}: ")
    listed = label.partition(": ")[2].split(", ")
    assert len(listed) == 2
    assert not {"asia", "virtanen"} & set(listed), label


def test_is_fallback_tells_the_fallback_from_a_label() -> None:
    assert is_fallback("Muita nostoja: aika, palaveri", SETTINGS)
    assert is_fallback("Muita nostoja", SETTINGS)
    assert not is_fallback("Osallisuus ja asukasraati", SETTINGS)
    assert not is_fallback("Muita nostoja: x", ThemeSettings(label_fallback="Other highlights"))


def test_a_first_part_of_two_compounds_names_the_theme_by_them(analyzer: LemmaAnalyzer) -> None:
    # 'asukas' begins a compound in every note but is never said alone, and no compound is
    # in two notes: the label joins the two commonest compounds
    theme = [
        "asukasilta kokoontuu keväällä koululla",
        "asukasraati päättää pienistä hankkeista",
        "asukaskysely lähti kaikille kotitalouksille",
        "asukasillan jälkeen palautetta tuli paljon",
    ]
    (label,) = _labels(analyzer, [theme])
    assert label == "Asukasilta ja asukaskysely" or label == "Asukasilta ja asukasraati", label


def test_a_noun_made_from_a_verb_is_named_as_a_noun(analyzer: LemmaAnalyzer) -> None:
    # the lemmatizer gives "ilmoittautua" for "ilmoittautuminen": the label is the noun
    theme = [
        "ilmoittautuminen kaatui heti aamulla",
        "ilmoittautumisessa oli taas ongelmia",
        "vahvistus ilmoittautumisesta ei tullut",
        "ilmoittautuminen alkaa liian aikaisin",
    ]
    (label,) = _labels(analyzer, [theme])
    assert label.startswith("Ilmoittautuminen"), label


@pytest.mark.parametrize(
    ("text", "noun"),
    [("ilmoittautumisesta", "ilmoittautuminen"), ("kiusaamiseen", "kiusaaminen"),
     ("epäonnistuminen", "epäonnistuminen"), ("kurssi", None)],
)  # fmt: skip
def test_minen_noun_gives_the_nominative(text: str, noun: str | None) -> None:
    assert minen_noun(text) == noun


def test_a_weak_lone_word_takes_a_second_head(analyzer: LemmaAnalyzer) -> None:
    # "laavu" is in under half of the theme's notes: alone it says little, so the label
    # names the theme's other distinctive noun too, although that scores under half of it
    theme = [
        "laavu on huonossa kunnossa",
        "laavun katto vuotaa",
        "laavulle ei pääse pyörätuolilla",
        "laavu on aina täynnä",
        "polttopuut loppuvat aina",
        "polttopuita ei tuoda ajoissa",
        "roskat jäävät maastoon",
        "opasteet puuttuu",
        "parkkipaikka on pieni",
    ]
    (label,) = _labels(analyzer, [theme])
    assert label == "Laavu ja polttopuut", label  # the notes' "polttopuut", "polttopuita"
    # a word that most notes of the theme use stands alone
    (label,) = _labels(analyzer, [theme[:4] + theme[4:5]])
    assert label == "Laavu", label


def test_a_plain_word_takes_a_second_head_and_a_compound_stands_alone(
    analyzer: LemmaAnalyzer,
) -> None:
    # "koulu" is in most notes but says little alone (a plain word, as "tunti" or "hinta"):
    # the label names the theme's other distinctive noun too, although that scores under
    # `label_pair_share` of it; "merimetso", a compound, names its theme alone
    school = [
        "koulu alkaa liian aikaisin",
        "koulu on kaukana saaresta",
        "kouluun ei ehdi ajoissa",
        "koulusta pääsee kotiin myöhään",
        "kyyti puuttuu iltaisin",
        "kyytiä ei saa viikonloppuna",
    ]
    (label,) = _labels(analyzer, [school])
    assert label == "Koulu ja kyyti", label
    birds = [
        "merimetso syö kalat",
        "merimetsoja on liikaa",
        "merimetso pesii saarella",
        "merimetsot pilaavat puut",
        "kyyti puuttuu iltaisin",
        "kyytiä ei saa viikonloppuna",
    ]
    (label,) = _labels(analyzer, [birds])
    assert label == "Merimetso", label


@pytest.mark.parametrize(
    ("texts", "label"),
    [
        # the notes speak of councils, in the plural: so does the label (Voikko reads the form)
        (["asukasraadit kokoontuvat liian harvoin", "asukasraateja pitäisi olla joka alueella",
          "asukasraadit eivät saa omaa budjettia", "asukasraati päättää vähästä"],
         "Asukasraadit"),
        # the plural built on the singular genitive's stem when no note has the nominative
        (["lautakuntien kokoukset on suljettuja", "lautakuntia on liikaa",
          "lautakunnan pöytäkirja tulee myöhään"],
         "Lautakunnat"),
        # a plural with a clitic is no head: the label's plural is the bare one
        (["asukkaatkin kokoontuvat harvoin", "asukkaatkin pitäisi kuulla",
          "asukkaatkin ovat huolissaan", "asukkaat eivät saa budjettia"],
         "Asukkaat"),
        # one use in the plural of four: the singular
        (["merimetso syö kalat", "merimetso pesii saarella", "merimetso on rauhoitettu",
          "merimetsoja on liikaa"],
         "Merimetso"),
    ],
)  # fmt: skip
def test_a_label_is_in_the_number_the_notes_use(
    texts: list[str], label: str, analyzer: LemmaAnalyzer
) -> None:
    assert _labels(analyzer, [texts]) == [label]


def test_the_time_or_place_of_the_notes_names_no_theme(analyzer: LemmaAnalyzer) -> None:
    # every note says when ("perjantaina"), but they are about prescriptions and medicines
    theme = [
        "sairaala kotiuttaa perjantaina eikä resepti ole apteekissa",
        "jos lääke loppuu perjantaina, seuraava mahdollisuus on maanantai",
        "perjantaina resepti ei ehdi apteekkiin",
        "lääke pitää hakea jo perjantaina",
    ]
    (label,) = _labels(analyzer, [theme])
    assert "erjantai" not in label, label
    assert "lääke" in label.lower() or "resepti" in label.lower(), label


def test_a_time_said_as_an_adverbial_in_the_nominative_names_no_theme(
    analyzer: LemmaAnalyzer,
) -> None:
    # "joka vuosi": an oblique in the nominative is a time, not what the notes are about
    theme = [
        "kosteusvaurio korjataan joka vuosi",
        "joka vuosi sama vaurio",
        "kosteus nousee joka vuosi kellariin",
        "vaurio palaa joka vuosi",
        "ilmanvaihto ei riitä",
    ]
    (label,) = _labels(analyzer, [theme])
    assert "uosi" not in label, label
    assert "vaurio" in label.lower() or "kosteus" in label.lower(), label
