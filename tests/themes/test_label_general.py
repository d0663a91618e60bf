"""Emergent labels are never one word as common as everyday Finnish ("Hinta", "Koulu"): such a
head takes a modifier or compound its notes use, or a second head that is rarer, or names no
theme (themes/label_general.py, naming.py, label_choice.py), read from the real parse."""

from __future__ import annotations

import dataclasses

from label_cases import SETTINGS, labels_of

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.themes.label_general import general_zipf, is_plain_stem
from muistiinpanot.themes.label_text import is_fallback

#: "hinta" the only noun shared: as common in general Finnish as "koulu" or "päivä"
PRICE = [
    "hinta on aivan liian korkea meille",
    "hinta nousi taas viime vuodesta",
    "moni jättää tulematta koska hinta pelottaa",
    "hintaa ei kerrota ennen ilmoittautumista",
]


def test_general_zipf_reads_general_finnish() -> None:
    assert general_zipf("hinta") > general_zipf("lupiini") > 0
    assert general_zipf("xqzvw") == 0.0


def test_a_word_as_common_as_everyday_finnish_never_names_a_theme_alone(
    analyzer: LemmaAnalyzer,
) -> None:
    (label,) = labels_of(analyzer, [PRICE], frequency=general_zipf)
    assert label.lower() not in ("hinta", "hinnat"), label
    # without the general frequency it stood alone (the rule off: label_common_zipf 0)
    off = dataclasses.replace(SETTINGS, label_common_zipf=0.0)
    assert labels_of(analyzer, [PRICE], frequency=general_zipf, settings=off) == ["Hinta"]


def test_a_common_word_takes_a_rarer_second_head(analyzer: LemmaAnalyzer) -> None:
    theme = [
        *PRICE,
        "rahaa ei ole tarpeeksi kaikille",
        "raha ratkaisee kuka pääsee mukaan",
        "rahat loppuvat aina kesken",
        "kurssimaksu pitäisi porrastaa tulojen mukaan",
        "kurssimaksu on monelle eläkeläiselle liikaa",
    ]
    (label,) = labels_of(analyzer, [theme], frequency=general_zipf)
    # "raha" scores above "kurssimaksu" but is as common as "hinta": two common words
    assert label == "Hinta ja kurssimaksu", label
    off = dataclasses.replace(SETTINGS, label_common_zipf=0.0)
    assert labels_of(analyzer, [theme], frequency=general_zipf, settings=off) == ["Hinta ja raha"]


def test_a_common_word_takes_a_modifier_two_of_its_notes_use(analyzer: LemmaAnalyzer) -> None:
    theme = [
        "kylän koulu lakkautetaan ensi syksynä",
        "kylän koulu on ainoa kokoontumispaikka",
        "koulu tarvitsee uudet ikkunat",
        "koulu on liian kaukana",
        "koulu ei saa rahaa",
    ]  # "kylän" in two of five notes, under label_phrase_share
    (label,) = labels_of(analyzer, [theme], frequency=general_zipf)
    assert label == "Kylän koulu", label
    off = dataclasses.replace(SETTINGS, label_common_zipf=0.0)
    assert labels_of(analyzer, [theme], frequency=general_zipf, settings=off) == ["Koulu"]


def test_a_rarer_plain_word_still_stands_alone(analyzer: LemmaAnalyzer) -> None:
    theme = [
        "lupiini leviää tienvarsilla",
        "lupiinia pitäisi kitkeä talkoilla",
        "lupiini tukahduttaa kedon kasvit",
        "lupiinin siemenet leviävät kauas",
    ]
    (label,) = labels_of(analyzer, [theme], frequency=general_zipf)
    assert label == "Lupiini"
    assert not is_fallback(label, SETTINGS)


#: four notes on one abstract topic each, its noun derived ("terve+ys", "turva+llisuus",
#: "liiku+nta") or a compound ("yhteis+työ"): common in general Finnish, yet the topic
TOPICS = {
    "Yhteistyö": [
        "yhteistyö koulun kanssa sujuu hyvin",
        "yhteistyötä seurakunnan kanssa pitäisi lisätä",
        "yhteistyö jäi viime vuonna vähäiseksi",
        "toivomme yhteistyötä myös naapurikunnan kanssa",
    ],
    "Turvallisuus": [
        "turvallisuus huolettaa iltaisin",
        "turvallisuutta voisi parantaa valaistuksella",
        "vanhemmat kysyivät turvallisuudesta",
        "turvallisuus on kaikille tärkeää",
    ],
    "Liikunta": [
        "liikunta on vähentynyt talven aikana",
        "liikuntaa pitäisi olla joka päivä",
        "liikunta piristää mieltä",
        "ohjattua liikuntaa toivottiin lisää",
    ],
    "Terveys": [
        "terveys on tärkein asia",
        "terveyttä kannattaa vaalia",
        "moni murehtii terveyttään",
        "terveys heikkenee iän myötä",
    ],
}

#: plain everyday stems as common as those: "tila", "kone", "asia"
PLAIN = {
    "tila": [
        "tila on liian ahdas",
        "tilaa ei ole tarpeeksi",
        "tila pitää varata ajoissa",
        "tilan ovi on usein lukossa",
    ],
    "kone": [
        "kone hajosi taas",
        "konetta ei osaa kukaan käyttää",
        "kone pitää huoltaa",
        "koneen näyttö on rikki",
    ],
    "asia": [
        "asia jäi kesken",
        "asiasta puhuttiin pitkään",
        "asia pitää selvittää",
        "asiaan palataan ensi kerralla",
    ],
}


def test_a_derived_or_compound_topic_noun_names_its_theme_alone(analyzer: LemmaAnalyzer) -> None:
    for expected, theme in TOPICS.items():
        lemma = expected.lower()
        assert general_zipf(lemma) >= SETTINGS.label_common_zipf, lemma  # common, yet kept
        assert not is_plain_stem(lemma, analyzer.voikko.analyze), lemma
        assert labels_of(analyzer, [theme], frequency=general_zipf) == [expected]


def test_a_plain_everyday_stem_still_never_names_a_theme_alone(analyzer: LemmaAnalyzer) -> None:
    for lemma, theme in PLAIN.items():
        assert is_plain_stem(lemma, analyzer.voikko.analyze), lemma
        (label,) = labels_of(analyzer, [theme], frequency=general_zipf)
        assert label.lower() not in (lemma, lemma + "t"), label
        off = dataclasses.replace(SETTINGS, label_common_zipf=0.0)
        shown = labels_of(analyzer, [theme], frequency=general_zipf, settings=off)
        assert shown == [lemma.capitalize()], shown
