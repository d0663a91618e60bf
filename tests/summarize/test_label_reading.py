"""A theme label's first word is capitalised by the label convention, so its capital is no
evidence of a name: the opening reads a label as the same words would stand in running prose
(review 37 #9: "Auton varaaminen", renamed by a facilitator, lost its heading because the
detector took "Auton", genitive of *auto*, for a surname). A label that is a person's name
stays withheld (review 31 #6). Fresh labels written for mend66 before the code; the real
spaCy and Voikko."""

from __future__ import annotations

import pytest
from fixture_clinic import FixtureClinic, summarise_renamed

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.report.markdown import render_markdown
from muistiinpanot.summarize.label_reading import prose_reading
from muistiinpanot.summarize.opening import NAMELESS_LABEL, labels_read_as_names

#: Everyday phrases whose first word is a genitive (or a nominative) of a common noun that
#: Voikko also knows as a surname or of which a surname is made: published.
ORDINARY = [
    "Auton varaaminen",
    "Kiven siirto",
    "Rannan siivous",
    "Mäen portaat",
    "Koivun kaato",
    "Laineen korkeus",
    "Kallion louhinta",
    "Niemen uimaranta",
    "Saaren lossi",
    "Järven kunto",
    "Virran mittaus",
    "Harjun polut",
    "Salon vuokraus",
    "Männyn taimet",
    "Kosken perkaus",
    "Nurmen leikkuu",
    "Tuomen kukinta",
    "Linnan kunnostus",
    "Kuusen hakkuu",
    "Lammen kunnostus",
    "Vuoren rinne",
    "Rinteen latu",
    "Ahon niitto",
    "Aallon korkeus",
    "Pajun istutus",
    "Kylän juhlat",
    "Talon lämmitys",
    "Hiekan levitys",
    "Kannon poisto",
    "Lehdon polku",
    "Kiven ja soran ajo",
    "Mäki ja portaat",
    "Ranta-alueen siivous",
    "Nummen hoito",
    "Usko ja toivo",
]

#: Labels that are a person's name, or start with one: withheld. A given name keeps its
#: capital's evidence even where Voikko also knows a common noun of that form ("Jukka",
#: "Hilkka", "Lotta", "Onni"), as review 31 #6 asked; a surname Voikko knows only as a name
#: ("Virtasen") is no common word to lower-case.
NAMES = [
    "Jukka",
    "Hilkka",
    "Lotta",
    "Onni ja ilo",
    "Seppo",
    "Nieminen",
    "Virtasen tiimi",
    "Korhosen ehdotus",
    "Heikkisen kysely",
    "Jukan idea",
    "Hilkan tiimi",
    "Pekka Virtanen",
    "Matti Korhonen",
    "Liisa Mäkelä",
    "Anna Heikkinen",
    "Mäki Pekka",
]


@pytest.mark.parametrize("label", ORDINARY)
def test_labels_read_as_names_publishes_an_everyday_phrase(
    analyzer: LemmaAnalyzer, label: str
) -> None:
    assert labels_read_as_names([(label, 8)], analyzer, ()) == [False]


@pytest.mark.parametrize("label", NAMES)
def test_labels_read_as_names_withholds_a_persons_name(analyzer: LemmaAnalyzer, label: str) -> None:
    assert labels_read_as_names([(label, 8)], analyzer, ()) == [True]


@pytest.mark.parametrize("label", ["Auton varaaminen", "Rannan siivous", "Mäen portaat"])
def test_a_renamed_theme_keeps_its_heading_and_its_place_in_the_opening(
    small_clinic: FixtureClinic, analyzer: LemmaAnalyzer, label: str
) -> None:
    post, trace = summarise_renamed(small_clinic, analyzer, {})
    largest = post.bullets[0].theme
    # summarize_clinic's check_post passes: the published opening quotes the label as typed
    post, trace = summarise_renamed(small_clinic, analyzer, {largest: label})
    assert post.bullets[0].heading == label
    assert post.paragraphs[0].startswith(f"Eniten keskustelua herättivät teemat ”{label}”")
    entry = next(t for t in trace["themes"] if t["id"] == largest)  # type: ignore[attr-defined]
    assert entry["label"] == label and "label_left_out" not in entry


@pytest.mark.parametrize("label", ["Jukan idea", "Hilkka", "Virtasen tiimi"])
def test_a_persons_name_as_a_renamed_label_is_still_withheld(
    small_clinic: FixtureClinic, analyzer: LemmaAnalyzer, label: str
) -> None:
    post, _ = summarise_renamed(small_clinic, analyzer, {})
    largest = post.bullets[0].theme
    post, trace = summarise_renamed(small_clinic, analyzer, {largest: label})
    assert label not in render_markdown(post)
    entry = next(t for t in trace["themes"] if t["id"] == largest)  # type: ignore[attr-defined]
    # read alone as a name ("Virtasen tiimi"): no bullet; read so only in the opening's
    # sentence: the bullet stays, without the label, and the trace says why
    assert entry["reason"] == "label has personal data" or (
        entry["label"] == NAMELESS_LABEL and entry["label_left_out"] == "reads as a name"
    )


@pytest.mark.parametrize(
    ("label", "reading"),
    [
        ("Auton varaaminen", "auton varaaminen"),
        ("Ranta-alueen siivous", "ranta-alueen siivous"),
        ("Mäki ja portaat", "mäki ja portaat"),
        ("Jukka", "Jukka"),  # a given name, whatever else the form is
        ("Onni ja ilo", "Onni ja ilo"),
        ("Virtasen tiimi", "Virtasen tiimi"),  # Voikko reads it only as a surname
        ("KPI-mittarit", "KPI-mittarit"),  # an acronym
        ("Tampereen kehitys", "Tampereen kehitys"),  # a place name only
        ("Xyzzyn tiimi", "Xyzzyn tiimi"),  # a word Voikko does not know
        ("aamupalaveri", "aamupalaveri"),
    ],
)
def test_prose_reading_lowers_only_a_common_words_capital(
    analyzer: LemmaAnalyzer, label: str, reading: str
) -> None:
    assert prose_reading(label, analyzer.voikko) == reading
