"""Emergent labels are never one word as common as everyday Finnish ("Hinta", "Koulu"): such a
head takes a modifier or compound its notes use, or a second head that is rarer, or names no
theme (themes/label_general.py, naming.py, label_choice.py), read from the real parse."""

from __future__ import annotations

import dataclasses

from label_cases import SETTINGS, labels_of

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.themes.label_general import general_zipf
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
