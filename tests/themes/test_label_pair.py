"""A theme no head names takes two nouns it holds that together are in most of its notes
(themes/label_pair.py), before the fallback "Muita nostoja: …"; read from the real parse."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable

from label_cases import OTHERS, SETTINGS, labels_of

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import find_published_data
from muistiinpanot.themes.label_evidence import Evidence, LabelWords
from muistiinpanot.themes.label_general import general_zipf
from muistiinpanot.themes.label_pair import PairEvidence, completed_label, noun_pair_label
from muistiinpanot.themes.label_text import is_fallback
from muistiinpanot.themes.settings import ThemeSettings

#: "vuokra" and "asumistuki" each in two of the theme's four notes, and in as many other
#: notes of the batch: too common there to be a head (label_distinct), but half of the
#: batch's notes with each are the theme's
RENT = [
    "vuokra nousi taas kymmenellä prosentilla",
    "vuokra on liian korkea eläkeläiselle",
    "asumistuki ei riitä mihinkään",
    "asumistuki pitäisi hakea uudestaan joka vuosi",
]
BATCH = [
    *OTHERS,
    "vuokra maksetaan kuun alussa",
    "vuokra on kohtuullinen",
    "asumistuki on hyvä asia",
    "asumistuki tulee myöhässä",
]


def test_two_nouns_the_theme_holds_name_it_instead_of_the_fallback(
    analyzer: LemmaAnalyzer,
) -> None:
    (label,) = labels_of(analyzer, [RENT], BATCH)
    # both in two notes: the tie goes to the alphabetically first
    assert label == "Asumistuki ja vuokra", label


def test_one_noun_alone_is_no_pair_and_the_fallback_stays(analyzer: LemmaAnalyzer) -> None:
    # the notes without "vuokra" share no noun: no second noun, never a lone word
    theme = [*RENT[:2], "ei riitä mihinkään", "pitäisi hakea uudestaan joka vuosi"]
    (label,) = labels_of(analyzer, [theme], BATCH)
    assert is_fallback(label, SETTINGS), label


def test_a_pair_covering_too_few_notes_keeps_the_fallback(analyzer: LemmaAnalyzer) -> None:
    # "vuokra" and "asumistuki" in four of ten notes: under label_phrase_share together
    theme = [
        *RENT,
        "ei kukaan kerro mitään",
        "pitäisi saada enemmän tietoa",
        "liian vaikeaa täyttää",
        "ei ymmärrä mitään",
        "kukaan ei vastaa puhelimeen",
        "kaikki on hankalaa",
    ]
    (label,) = labels_of(analyzer, [theme], BATCH)
    assert is_fallback(label, SETTINGS), label


def test_a_time_noun_is_no_part_of_a_pair() -> None:
    # "kesä" in every note, more than any other noun: when, not what (label_time's class)
    alone = {"kesä": {0, 1, 2, 3}, "vuokra": {0, 1}, "asumistuki": {2, 3}}
    found = Evidence(alone=alone, lowered=_lower(alone))
    words = LabelWords(excluded=frozenset(), generic=frozenset())
    label = noun_pair_label(_pair(found, words), 4)
    assert label == "Asumistuki ja vuokra", label


def test_a_noun_the_batch_shares_with_other_themes_is_no_part_of_a_pair() -> None:
    alone = {"vuokra": {0, 1}, "asumistuki": {2, 3}, "hakemus": {2, 3}}
    found = Evidence(alone=alone, lowered=_lower(alone))
    words = LabelWords(excluded=frozenset(), generic=frozenset())
    held = {"vuokra": 0.6, "asumistuki": 0.4, "hakemus": 0.5}  # label_own_share 0.5
    label = noun_pair_label(_pair(found, words, spread=held.__getitem__), 4)
    assert label == "Hakemus ja vuokra", label  # a tie: alphabetically first


def _lower(alone: dict[str, set[int]]) -> dict[str, Counter[bool]]:
    """Each word written in lower case in every note with it."""
    return {word: Counter({True: len(notes)}) for word, notes in alone.items()}


def test_a_lone_everyday_word_takes_the_noun_of_most_of_its_other_notes() -> None:
    alone = {"ohjaaja": {0, 1, 2}, "jaksaminen": {2, 3, 4}, "kahvi": {3}, "palkka": {0, 5}}
    found = Evidence(alone=alone, lowered=_lower(alone))
    words = LabelWords(excluded=frozenset(), generic=frozenset())
    head = ("ohjaaja", {0, 1, 2}, "Ohjaajat")
    label = completed_label(head, _pair(found, words))
    # "jaksaminen" is in two notes "ohjaaja" is not in; "kahvi" in one note only
    assert label == "Ohjaajat ja jaksaminen", label
    only = {"ohjaaja": {0, 1, 2}, "kahvi": {3}}
    found = Evidence(alone=only, lowered=_lower(only))
    assert completed_label(head, _pair(found, words)) is None


#: "kertoja" ("kymmeniä kertoja": times) in three of the theme's notes, "sopimus" and "aura" in
#: two, each also in two other notes of the batch; the parse lemmatizes "kertoja" to "kerto", a
#: rare noun Voikko also reads it as, beside the commoner "kerta" (review 23 #6: "Sopimus ja
#: kerto"); on the lead, the label was "Kerto"
TIMES = [
    "sopimus oli epäselvä",
    "sopimus piti tehdä uudestaan",
    "aura kävi tiellä kymmeniä kertoja",
    "aura ajoi pihaan useita kertoja",
    "lunta satoi monia kertoja",
]
TIMES_BATCH = [
    *OTHERS,
    "sopimus allekirjoitettiin",
    "sopimus on voimassa",
    "bussi myöhästyi kymmeniä kertoja",
    "soitin sinne useita kertoja",
    "aura rikkoutui",
    "aura tuli myöhään",
]


def test_a_lemma_voikko_reads_as_a_commoner_noun_names_no_theme(
    analyzer: LemmaAnalyzer,
) -> None:
    (label,) = labels_of(analyzer, [TIMES], TIMES_BATCH, frequency=general_zipf)
    assert "kerto" not in label.lower(), label  # "kerta" is the commoner reading
    assert label == "Aura ja sopimus", label


def test_a_lemma_voikko_gives_for_no_written_form_is_no_part_of_a_pair(
    analyzer: LemmaAnalyzer,
) -> None:
    alone = {"vuokra": {0, 1}, "asumistuki": {2, 3}, "kerto": {1, 2, 3}}
    written = {
        "vuokra": Counter({("vuokra", "Nom", "Sing"): 2}),
        "asumistuki": Counter({("asumistuki", "Nom", "Sing"): 2}),
        "kerto": Counter({("kertomus", "Nom", "Sing"): 3}),  # a lemma of no written form
    }
    found = Evidence(alone=alone, lowered=_lower(alone), written=written)
    words = LabelWords(
        excluded=frozenset(),
        generic=frozenset(),
        analyses=analyzer.voikko.analyze,
        frequency=general_zipf,
    )
    label = noun_pair_label(_pair(found, words), 4)
    # in most notes, "kerto" would be first ("Kerto ja vuokra")
    assert label == "Asumistuki ja vuokra", label


def test_a_noun_the_notes_write_only_in_other_plural_cases_is_shown_in_the_plural(
    analyzer: LemmaAnalyzer,
) -> None:
    # "kuurojen" (the deaf's) in two notes, never "kuurot" nor "kuuron": the notes mean the
    # plural, and Voikko reads "kuurot" as its nominative plural (review 23 #6: "Kieli ja kuuro")
    theme = [
        "viittomakieli puuttui kokonaan",
        "viittomakieli pitäisi huomioida",
        "kuurojen yhdistys ei saanut ohjetta",
        "kuurojen tulkkaus unohtui",
    ]
    batch = [
        *OTHERS,
        "viittomakieli on tärkeä",
        "viittomakieli opetetaan",
        "kuurojen kerho kokoontuu",
        "kuurojen palvelut paranivat",
    ]
    (label,) = labels_of(analyzer, [theme], batch, frequency=general_zipf)
    assert label == "Kuurot ja viittomakieli", label


def test_a_second_noun_of_one_note_is_no_part_of_a_pair() -> None:
    # "vuokra" in three of four notes, "kerho" in the fourth alone: together all four, but
    # "kerho" names one note: no pair at label_pair_notes 2, a pair at 1 (the default)
    alone = {"vuokra": {0, 1, 2}, "kerho": {3}}
    found = Evidence(alone=alone, lowered=_lower(alone))
    words = LabelWords(excluded=frozenset(), generic=frozenset())
    two = dataclasses.replace(SETTINGS, label_pair_notes=2)
    assert noun_pair_label(_pair(found, words, two), 4) is None
    one = dataclasses.replace(SETTINGS, label_pair_notes=1)
    label = noun_pair_label(_pair(found, words, one), 4)
    assert label == "Vuokra ja kerho", label


def test_notes_with_personal_data_do_not_count_for_a_pair() -> None:
    alone = {"vuokra": {0, 1}, "kerho": {2, 3}}
    words = LabelWords(excluded=frozenset(), generic=frozenset())
    found = Evidence(alone=alone, lowered=_lower(alone))
    label = noun_pair_label(_pair(found, words), 4)
    assert label == "Kerho ja vuokra", label
    # notes 2 and 3 hold names: the post drops them, and "kerho" is in no note it shows
    # (as a pair's first noun as its second)
    found = Evidence(alone=alone, lowered=_lower(alone), withheld=frozenset({2, 3}))
    assert noun_pair_label(_pair(found, words), 4) is None
    head = ("vuokra", {0, 1}, "Vuokra")
    assert completed_label(head, _pair(found, words)) is None
    # with label_pair_notes 2, one withheld note of two is enough to leave "kerho" out
    two = dataclasses.replace(SETTINGS, label_pair_notes=2)
    found = Evidence(alone=alone, lowered=_lower(alone), withheld=frozenset({3}))
    assert noun_pair_label(_pair(found, words, two), 4) is None
    assert noun_pair_label(_pair(found, words), 4) == ("Kerho ja vuokra")


#: "perhe" in three of the theme's four notes, "kerho" in two; one of those names Toivo
#: (review 23 #6: "Perhe ja kerho", the kerho of a note the post drops for its name)
CLUB = [
    "perhe sai apua kotipalvelusta",
    "perhe toivoi enemmän tukea",
    "perhe kävi kerhossa viikoittain",
    "Toivolle ei kerrottu ajoissa että kerho siirtyy",
]


def test_a_noun_only_notes_with_personal_data_share_is_no_second_noun(
    analyzer: LemmaAnalyzer,
) -> None:
    batch = [*OTHERS, "perhe muutti pois", "perhe on tärkeä", "kerho on suosittu", "kerho loppui"]
    flags = [bool(spans) for spans in find_published_data(CLUB, analyzer, ner=False)]
    assert flags == [False, False, False, True]
    (shown,) = labels_of(analyzer, [CLUB], batch, frequency=general_zipf)
    withheld = [frozenset(i for i, flag in enumerate(flags) if flag)]
    two = dataclasses.replace(SETTINGS, label_pair_notes=2)
    (hidden,) = labels_of(
        analyzer, [CLUB], batch, frequency=general_zipf, settings=two, withheld=withheld
    )
    assert shown == "Perhe ja kerho", shown  # both notes counted
    assert is_fallback(hidden, SETTINGS), hidden  # "perhe" alone is no label
    # the default (1): "kerho" stays, as a note the post shows says it
    (kept,) = labels_of(analyzer, [CLUB], batch, frequency=general_zipf, withheld=withheld)
    assert kept == "Perhe ja kerho", kept


def _pair(
    found: Evidence,
    words: LabelWords,
    settings: ThemeSettings = SETTINGS,
    spread: Callable[[str], float] = lambda word: 1.0,
) -> PairEvidence:
    """The theme's evidence with no lemma unusable and (by default) every noun its own."""
    return PairEvidence(found, frozenset(), spread, words, settings)
