"""A sentence to publish loses only the piece that carries personal data when the rest stays
a sentence (privacy/pieces.py), else it goes whole. Sentences of our own."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PersonalSpan, find_published_data, trim_sentences
from muistiinpanot.privacy.pieces import drop_personal_pieces


def _spans(text: str, names: list[str]) -> list[PersonalSpan]:
    return [PersonalSpan(text.index(n), text.index(n) + len(n), "nimi") for n in names]


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        # an opinion's or a source's frame is an adverbial
        (
            "Sumun mielestä kirjaston aukioloja pitäisi pidentää.",
            ["Sumun"],
            "Kirjaston aukioloja pitäisi pidentää.",
        ),
        (
            "Aukioloja pitäisi Oskarin ja Veeran mukaan pidentää iltaisin.",
            ["Oskarin", "Veeran"],
            # a source's frame stays as a neutral source: without it their word would read
            # as the groups' own statement (review 52 #2)
            "Aukioloja pitäisi eräiden henkilöiden mukaan pidentää iltaisin.",
        ),
        # a main clause with the name goes, the other main clause stays
        (
            "Oskari lupasi selvittää kustannukset, ja kirjasto pidentää aukioloja.",
            ["Oskari"],
            "Kirjasto pidentää aukioloja.",
        ),
        (
            "Lainaamo toimii hyvin, kertoi Veera Heikura.",
            ["Veera Heikura"],
            "Lainaamo toimii hyvin.",
        ),
        (
            "Nuoret kaipaavat tiloja, joissa voi olla rauhassa, mutta Oskari ei ehtinyt kysyä.",
            ["Oskari"],
            "Nuoret kaipaavat tiloja, joissa voi olla rauhassa.",
        ),
        # a member of a list of three or more
        (
            "Mukana olivat kirjasto, nuorisotalo ja Oskari.",
            ["Oskari"],
            "Mukana olivat kirjasto ja nuorisotalo.",
        ),
        (
            "Koulu, Veera ja seurakunta suunnittelevat tapahtumaa.",
            ["Veera"],
            "Koulu ja seurakunta suunnittelevat tapahtumaa.",
        ),
    ],
)
def test_drop_personal_pieces_keeps_the_rest_of_the_sentence(
    analyzer: LemmaAnalyzer, text: str, names: list[str], kept: str
) -> None:
    assert drop_personal_pieces(text, _spans(text, names), analyzer.voikko) == kept


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Oskari selvittää kustannukset ensi viikolla.", ["Oskari"]),  # the one main clause
        ("Oskari sanoi, että aukioloja pitää pidentää.", ["Oskari"]),  # the rest depends on it
        ("Kirjasto ja Veera selvittävät asiaa.", ["Veera"]),  # two: the verb's number
        ("Mukana olivat Oskari, Veera ja kirjasto.", ["Oskari", "Veera"]),  # two in one list
        ("Oskari tuli paikalle, ja hän lupasi selvittää asian.", ["Oskari"]),  # "hän" points
        ("Kysy Oskarilta, niillä oli hyvä malli kunnan kanssa.", ["Oskarilta"]),  # "niillä"
        ("Rehtori Oskarin mukaan tiloja voi käyttää iltaisin.", ["Oskarin"]),  # a title
    ],
)
def test_drop_personal_pieces_drops_the_sentence_when_nothing_stands_alone(
    analyzer: LemmaAnalyzer, text: str, names: list[str]
) -> None:
    assert drop_personal_pieces(text, _spans(text, names), analyzer.voikko) is None


def test_trim_sentences_rechecks_what_it_keeps(analyzer: LemmaAnalyzer) -> None:
    """The kept piece is checked again as published text; a sentence without personal data
    is unchanged; a name the tidier respelt ("Taepa") is a piece too."""
    text = "Sumun mielestä aukioloja pitäisi pidentää. Tepa kävi kirjastossa, ja lainaamo toimii."
    sentences = [
        "Sumun mielestä aukioloja pitäisi pidentää.",
        "Taepa kävi kirjastossa, ja lainaamo toimii hyvin.",
        "Lainaamo on suosittu.",
    ]
    spans = find_published_data([text], analyzer, ner=False)[0]
    found = find_published_data(sentences, analyzer, ner=False)
    assert trim_sentences(sentences, found, text, spans, analyzer) == [
        "Aukioloja pitäisi pidentää.",
        "Lainaamo toimii hyvin.",
        "Lainaamo on suosittu.",
    ]
