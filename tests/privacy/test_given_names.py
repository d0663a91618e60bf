"""A given name that is also an ordinary word ("Matti", "Onni", "Rauha", "Anna") is a name
where a person stands, and a word elsewhere; a capitalised word no dictionary knows needs a
name's shape there; a word of nature tells only in the past. Sentences of our own (the
reviewer's repros and their look-alikes), not rows of the benchmark sets."""

from __future__ import annotations

import pytest
from kinds_cases import found

from muistiinpanot.lemmatize import LemmaAnalyzer


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Matti kävi näyttämässä, miten luvut on laskettu", ["Matti"]),
        ("Matti oli sitä mieltä että data pitää avata", ["Matti"]),
        ("Aino kävi eilen", ["Aino"]),
        ("Onni kävi eilen", ["Onni"]),
        ("Rauha kävi eilen", ["Rauha"]),
        ("Anna oli sitä mieltä että kirjasto on hyvä", ["Anna"]),
        ("MATTI KÄVI EILEN", ["MATTI"]),
        ("Toivo oli sitä mieltä, että kokeilua jatketaan", ["Toivo"]),
    ],
)
def test_a_given_name_that_is_also_a_word_is_a_name_where_a_person_stands(
    analyzer: LemmaAnalyzer, text: str, names: list[str]
) -> None:
    assert found(analyzer, text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Onni on tärkeää kaikille",  # happiness, not a person's state
        "Rauha palasi kylään",  # peace returns; no person's verb
        "Anna palautetta kirjastolle",  # "give"
        "Toivo heräsi kylässä",  # hope awoke
        "Tuuli kävi kovana koko yön",  # the wind: what nature does too
        "Zoom kysyi salasanaa",  # a product, not shaped like a name
        "Traficom ilmoitti muutoksesta",  # an agency
        "Chatgpt kirjoitti luonnoksen",
        "Metsä kertoo paljon ilmastosta",  # nature speaks only figuratively, in the present
        "Joki kertoo alueen historiasta",
        "Sammal kertoo ilmanlaadusta",
    ],
)
def test_words_whose_common_reading_fits_the_place_are_kept(
    analyzer: LemmaAnalyzer, text: str
) -> None:
    assert found(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Soita 050 987 6543 (Arkisin)", ["050 987 6543"]),  # an adverb: when to call
        ("Soita 050 987 6543 (Päivystys)", ["050 987 6543"]),  # a noun made from a verb
        ("Soita 050 987 6543 (Haapa)", ["050 987 6543", "Haapa"]),  # a surname of nature
        ("Soita 050 987 6543 (Tuuli)", ["050 987 6543", "Tuuli"]),  # a given name
        ("Kysy @Teams-kanavalla", []),  # a channel, a thing
        ("Kysy @anna-liisa asiasta", ["@anna-liisa"]),  # a person's handle
    ],
)
def test_owners_and_handles_are_names_not_words(
    analyzer: LemmaAnalyzer, text: str, pieces: list[str]
) -> None:
    assert found(analyzer, text) == pieces
