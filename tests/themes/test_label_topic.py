"""A topic word of the clinic (in more notes than `common_share` of them: soft.py) names an
emergent theme when the theme holds `label_topic_share` of the clinic's notes with it and its
notes say it on its own (naming._owned); a word spread over the clinic still names none, and
such a word is no second head of a word that stands alone (label_choice.label_options). Read
from the real parse; the topic words from assign.background_lemmas of the same notes."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from label_cases import OTHERS, SETTINGS, labels_of

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.themes.assign import background_lemmas
from muistiinpanot.themes.label_text import is_fallback
from muistiinpanot.themes.protocols import content_lemmas

#: a choir clinic's notes on its conductors: "kuoronjohtaja" the only noun two notes share
CONDUCTORS = [
    "kuoronjohtaja vaihtuu joka syksy",
    "kuoronjohtaja ei ehdi harjoituksiin",
    "uusi kuoronjohtaja valitsee liian vaikeita kappaleita",
    "kuoronjohtaja pitäisi palkata vakituisesti",
    "kuoronjohtaja toivoo lisää tenoreita",
    "kuoronjohtaja on väsynyt",
]
#: the clinic's other themes: rehearsal rooms, and costs
ROOMS = [
    "harjoitustila on kylmä talvella",
    "harjoitustila on liian ahdas",
    "piano on epävireinen harjoitustilassa",
    "harjoitustilan vuokra nousee",
]
COSTS = [
    "jäsenmaksu nousi taas",
    "jäsenmaksu on opiskelijalle liian suuri",
    "nuotit maksavat paljon",
    "konserttimatkat maksaa jokainen itse",
]


def _topic_words(analyzer: LemmaAnalyzer, themes: Sequence[Sequence[str]]) -> frozenset[str]:
    texts = [text for theme in themes for text in theme] + list(OTHERS)
    docs = [content_lemmas(tokens) for tokens in analyzer.analyze(texts)]
    return background_lemmas(docs, SETTINGS)


def test_a_topic_word_one_theme_holds_names_it(analyzer: LemmaAnalyzer) -> None:
    themes = [CONDUCTORS, ROOMS, COSTS]
    background = _topic_words(analyzer, themes)
    assert "kuoronjohtaja" in background  # six of 18 notes: a topic word of the clinic
    labels = labels_of(analyzer, themes, background=background)
    assert labels[0].lower() in ("kuoronjohtaja", "kuoronjohtajat"), labels
    # with the rule off the theme had no head left: the fallback
    off = dataclasses.replace(SETTINGS, label_topic_share=0.0)
    assert is_fallback(labels_of(analyzer, themes, background=background, settings=off)[0], off)


def test_a_topic_word_the_theme_holds_too_little_of_names_no_theme(
    analyzer: LemmaAnalyzer,
) -> None:
    # "kuoronjohtaja" in the theme's four notes and in six notes of the others: the theme
    # holds four of its ten notes, named at a `label_topic_share` of 0.3, not at 0.5
    theme = CONDUCTORS[:4]
    rooms = [f"{text} sanoo kuoronjohtaja" for text in ROOMS]
    costs = [f"{text} sanoo kuoronjohtaja" for text in COSTS[:2]] + COSTS[2:]
    themes = [theme, rooms, costs]
    background = _topic_words(analyzer, themes)
    assert "kuoronjohtaja" in background
    low = dataclasses.replace(SETTINGS, label_topic_share=0.3)
    high = dataclasses.replace(SETTINGS, label_topic_share=0.5)
    named = labels_of(analyzer, themes, background=background, settings=low)[0]
    assert named.lower() in ("kuoronjohtaja", "kuoronjohtajat"), named
    unnamed = labels_of(analyzer, themes, background=background, settings=high)[0]
    assert "kuoronjohtaja" not in unnamed.lower(), unnamed


def test_a_topic_word_is_no_second_head_of_a_word_standing_alone(
    analyzer: LemmaAnalyzer,
) -> None:
    # an island clinic: "lossi" in six notes, three of them the ice-road theme's, which
    # "jäätie" (two notes) names; "lossi" would be its second head were it no topic word
    ice_road = [
        "jäätie avataan liian myöhään",
        "jäätie on huonosti merkitty",
        "lossi ei kulje myrskyllä",
        "lossi on talvella ainoa yhteys",
        "lossi on usein rikki",
        "talvella saarelle ei pääse kunnolla",
    ]
    others = [
        "lossi on kesällä täynnä matkailijoita",
        "lossi odottaa liian kauan",
        "lossi myöhästyy usein",
        *ROOMS,
        *COSTS,
    ]
    themes = [ice_road, others]
    background = _topic_words(analyzer, themes)
    assert "lossi" in background
    labels = labels_of(analyzer, themes, background=background)
    assert labels[0] == "Jäätie", labels
