"""A topic word of the clinic (in more notes than `common_share` of them: soft.py) names an
emergent theme when the theme holds `label_topic_share` of the clinic's notes with it and its
notes say it on its own (label_heads._owned); a word spread over the clinic still names none, and
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


#: a scout clinic's notes on its leader, a given name that is also a word (Voikko lists
#: "kuura", "lumi", "selja", "sävel", "runo" as nouns only): capitalised where a sentence
#: opens and inside one, never in lower case
LEADER = [
    "{name} ei ehdi vetää kaikkia kokouksia.",
    "{name} suunnittelee retket aina yksin.",
    "Viime keväänä {name} perui leirin sairauden takia.",
    "{name} tarvitsisi apulaisen.",
    "{name} on vetänyt lippukuntaa kymmenen vuotta.",
    "Kevään retket suunnittelee taas {name} yksin.",
]


def test_a_given_name_that_is_a_word_names_no_theme(analyzer: LemmaAnalyzer) -> None:
    # a topic word the notes never write in lower case may be a name: no label of it
    for name in ("Kuura", "Lumi", "Selja", "Sävel"):
        theme = [text.format(name=name) for text in LEADER]
        themes = [theme, ROOMS, COSTS]
        background = _topic_words(analyzer, themes)
        assert name.lower() in background, (name, sorted(background))
        label = labels_of(analyzer, themes, background=background)[0]
        assert name.lower() not in label.lower(), (name, label)


def test_a_name_opening_every_note_names_no_theme(analyzer: LemmaAnalyzer) -> None:
    # the choir's conductor is "Runo" or "Selja": every note opens with the name, the
    # capital tells nothing there, and no note writes the word in lower case
    for name in ("Runo", "Selja"):
        theme = [f"{name}{text.removeprefix('kuoronjohtaja')}" for text in CONDUCTORS]
        theme[2] = f"Uusi {name} valitsee liian vaikeita kappaleita"
        themes = [theme, ROOMS, COSTS]
        background = _topic_words(analyzer, themes)
        assert name.lower() in background, (name, sorted(background))
        label = labels_of(analyzer, themes, background=background)[0]
        assert name.lower() not in label.lower(), (name, label)


def test_a_topic_word_capitalised_where_notes_open_still_names_its_theme(
    analyzer: LemmaAnalyzer,
) -> None:
    # notes written as sentences: the word capitalised where each opens, in lower case inside
    theme = [
        "Partiojohtaja ei ehdi vetää kaikkia kokouksia.",
        "Partiojohtaja suunnittelee retket aina yksin.",
        "Viime keväänä partiojohtaja perui leirin sairauden takia.",
        "Partiojohtaja tarvitsisi apulaisen.",
        "Uusi partiojohtaja aloittaa syksyllä.",
        "Vanhemmat toivovat, että partiojohtaja kertoisi retkistä ajoissa.",
    ]
    themes = [theme, ROOMS, COSTS]
    background = _topic_words(analyzer, themes)
    assert "partiojohtaja" in background
    label = labels_of(analyzer, themes, background=background)[0]
    assert label.lower() in ("partiojohtaja", "partiojohtajat"), label


def test_a_topic_word_spread_evenly_over_themes_names_none(analyzer: LemmaAnalyzer) -> None:
    # a sports club's clinic: "valmentaja" in four notes of each of three themes. Each theme
    # holds a third of its notes, past `label_topic_share` (0.2 passes a word spread evenly
    # over up to five themes); what keeps it from naming them is `label_distinct`: no theme
    # says it twice as often as the rest of the clinic
    times = [
        "valmentaja ei ehdi kaikkiin harjoituksiin",
        "valmentaja siirsi harjoitukset myöhemmäksi",
        "valmentaja toivoo aamuvuoroja",
        "valmentaja joutuu odottamaan salivuoroa",
        "harjoitusvuorot ovat liian myöhään",
    ]
    money = [
        "valmentaja maksaa kurssinsa itse",
        "valmentaja ei saa kulukorvausta",
        "valmentaja ostaa pallot omilla rahoillaan",
        "valmentaja toivoo palkkiota",
        "kausimaksu nousee taas",
    ]
    parents = [
        "valmentaja saa vanhemmilta vihaisia viestejä",
        "valmentaja ei ehdi vastata vanhemmille",
        "valmentaja kaipaa vanhempia talkoisiin",
        "valmentaja pyytää vanhempia kuljettamaan lapsia",
        "vanhemmat eivät lue tiedotteita",
    ]
    themes = [times, money, parents]
    background = _topic_words(analyzer, themes)
    assert "valmentaja" in background
    texts = [text for theme in themes for text in theme] + list(OTHERS)
    docs = [content_lemmas(tokens) for tokens in analyzer.analyze(texts)]
    total = sum("valmentaja" in doc for doc in docs)
    for theme in themes:
        own = sum("valmentaja" in content_lemmas(t) for t in analyzer.analyze(theme))
        assert own / total >= SETTINGS.label_topic_share  # the share test alone would pass
    labels = labels_of(analyzer, themes, background=background)
    assert not any("valmentaja" in label.lower() for label in labels), labels
