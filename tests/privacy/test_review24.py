"""Review 24's privacy findings (mend41), as classes: the real spaCy and Voikko, both modes,
sentences of our own (none is a row of a dev set)."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, covered, touched

from muistiinpanot.lemmatize import LemmaAnalyzer


@MODES
@pytest.mark.parametrize(
    ("text", "piece", "name"),
    [
        # the name's own ablative (the nominative + -lta): only the name makes it
        ("Lumilta kuulimme eilen saman uutisen", "Lumilta", True),
        ("Pilviltä olen kuullut että sali on varattu", "Pilviltä", True),
        # an e-stem noun's ablative ("meri" → "mereltä"): a place a sound comes from
        ("Mereltä kuului koko yön laivojen ääniä", "Mereltä", False),
        ("Kuulimme Mereltä asti sireenin", "Mereltä", False),
        ("Tuulelta kuulimme vain huminaa", "Tuulelta", False),
        ("Lumelta kuultiin askelten narinaa", "Lumelta", False),
        ("Pilveltä kuulimme ukkosen jylinän", "Pilveltä", False),
    ],
)
def test_heard_from_reads_the_names_own_form(  # review 24 #4
    analyzer: LemmaAnalyzer, text: str, piece: str, name: bool, cautious: bool
) -> None:
    if name:
        assert covered(analyzer, text, piece, cautious)
    else:
        assert not touched(analyzer, text, piece, cautious)


@MODES
@pytest.mark.parametrize(
    ("text", "piece", "name"),
    [
        # a work given, bought or lent to a family: the object, not the family's title
        ("Lahjoitimme kirjan Katajan perheelle jouluna", "Katajan", True),
        ("Vein elokuvan Lepän lapsille katsottavaksi", "Lepän", True),
        ("Lainasimme kirjan Hongan perheeltä viime viikolla", "Hongan", True),
        # the work noun's own apposition: nominative, or in the work noun's case
        ("Teatteri esitti näytelmän Lepän lapset syksyllä", "Lepän", False),
        ("Katsoimme elokuvan Katajan perhe koko luokan kanssa", "Katajan", False),
        ("Sarjassa Hongan perheessä on kymmenen jaksoa", "Hongan", False),
    ],
)
def test_a_work_given_to_a_family_is_no_title(  # review 24 #2
    analyzer: LemmaAnalyzer, text: str, piece: str, name: bool, cautious: bool
) -> None:
    if name:
        assert covered(analyzer, text, piece, cautious)
    else:
        assert not touched(analyzer, text, piece, cautious)


@MODES
@pytest.mark.parametrize(
    ("text", "piece", "name"),
    [
        # a sign of a person in the sentence: "hän", or a person's state or feeling seen
        ("Wilmassa ei näkynyt innostusta, kun hän sai todistuksen", "Wilmassa", True),
        ("Daisyssa ei näkynyt huolta, vaikka hänen äitinsä oli sairaana", "Daisyssa", True),
        ("Wilmassa ei näkynyt surua hautajaisten jälkeen", "Wilmassa", True),
        # a system's things seen, no person in the sentence
        ("Wilmassa ei näkynyt poissaoloja koko syksyltä", "Wilmassa", False),
        ("Daisyssa ei näkynyt uusia ilmoituksia", "Daisyssa", False),
    ],
)
def test_a_system_named_like_a_person_with_a_person_in_the_sentence(  # review 24 #3
    analyzer: LemmaAnalyzer, text: str, piece: str, name: bool, cautious: bool
) -> None:
    if name:
        assert covered(analyzer, text, piece, cautious)
    else:
        assert not touched(analyzer, text, piece, cautious)


@MODES
@pytest.mark.parametrize(
    ("text", "piece"),
    [
        # a time's word told something, with "hän" later: the person Aamu or Ilta
        ("Aamulle on kerrottu, että hänen vuoronsa vaihtuu", "Aamulle"),
        ("Illalle ei vastattu, vaikka hän lähetti viestin", "Illalle"),
    ],
)
def test_a_time_word_told_with_a_person_after(  # review 24 #7
    analyzer: LemmaAnalyzer, text: str, piece: str, cautious: bool
) -> None:
    assert covered(analyzer, text, piece, cautious)


@pytest.mark.parametrize(
    "text",
    [
        # a thing announced for the time: the time, though "hän" follows
        "Illalle on ilmoitettu myrskyvaroitus, joten hän jää kotiin",
        "Aamulle on luvattu räntää, ja hän lähtee aikaisin",
    ],
)
def test_a_time_word_announced_for_stays(analyzer: LemmaAnalyzer, text: str) -> None:
    assert not touched(analyzer, text, text.split()[0], cautious=False)


@MODES
@pytest.mark.parametrize(
    ("text", "piece", "name"),
    [
        # a family opening a note that does what only people do: promising, taking part,
        # studying (privacy.toml human_verbs), not only speaking
        ("Katajan mies lupasi hoitaa kuljetuksen", "Katajan", True),
        ("Lepän perhe osallistui kaikkiin tapaamisiin", "Lepän", True),
        ("Kiven lapset opiskelevat nyt Tampereella", "Kiven", True),
        # living is an animal's too: a story's family in notes; in text to publish any
        # verb will do, the animals the accepted cost (review 25, finding 2)
        ("Karhun perhe asuu vanhan kuusen alla", "Karhun", False),
        ("Ketun perhe muutti uuteen pesään", "Ketun", False),
    ],
)
def test_a_family_opening_a_note_that_acts_as_people_do(  # review 24 #6
    analyzer: LemmaAnalyzer, text: str, piece: str, name: bool, cautious: bool
) -> None:
    if name or cautious:
        assert covered(analyzer, text, piece, cautious)
    else:
        assert not touched(analyzer, text, piece, cautious)


@MODES
@pytest.mark.parametrize(
    ("text", "piece", "name"),
    [
        # privacy.toml's company_forms comment: after a whole name a sole trader's or a
        # partnership's form keeps the name, a company's form makes the whole a firm
        ("Pekka Tammi Ky teki tarjouksen", "Pekka Tammi", True),
        ("Matti Virtanen Tmi hoitaa kirjanpidon", "Matti Virtanen", True),
        ("Matti Virtanen Oy hoitaa kirjanpidon", "Matti Virtanen", False),
        ("Liisa Koivu Ab teki tarjouksen", "Liisa Koivu", False),
    ],
)
def test_a_whole_name_before_a_company_form_as_the_comment_says(  # review 24 #8
    analyzer: LemmaAnalyzer, text: str, piece: str, name: bool, cautious: bool
) -> None:
    if name:
        assert covered(analyzer, text, piece, cautious)
    else:
        assert not touched(analyzer, text, piece, cautious)
