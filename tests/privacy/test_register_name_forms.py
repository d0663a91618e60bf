"""One reading of a register given name's ablative and allative (given_words.register_name_form),
for the one heard from (heard_from.py) and the one thanked (thanked_names.py). Before, the
ablative took only the name's nominative plus the ending, so a grading name was missed where
its allative was found ("Voitolta kuulin" missed, "Kiitos Voitolle" found). The real spaCy
and Voikko, sentences of our own (none is a row of a dev set)."""

from __future__ import annotations

import pytest
from kinds_cases import finds, leaves

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy.given_words import register_name_form


@pytest.mark.parametrize(
    ("ablative", "allative", "name"),
    [
        ("Voitolta", "Voitolle", True),  # voitto: the name grades as the noun does
        ("Usvalta", "Usvalle", True),
        ("Lumilta", "Lumille", True),  # the name keeps its "i"; Voikko: the noun's plural
        ("Armaalta", "Armaalle", True),  # an adjective's reading (armas)
        ("Lumelta", "Lumelle", False),  # the noun's e-stem singular
        ("Onnelta", "Onnelle", False),
        ("Taimelta", "Taimelle", False),
        ("Tappiolta", "Tappiolle", False),  # no register name
        ("Kunnalta", "Kunnalle", False),
    ],
)
def test_register_name_form_reads_the_ablative_and_the_allative_alike(
    analyzer: LemmaAnalyzer, ablative: str, allative: str, name: bool
) -> None:
    assert register_name_form(ablative, analyzer.voikko, "ulkoeronto") is name
    assert register_name_form(allative, analyzer.voikko, "ulkotulento") is name


test_a_grading_given_name_is_heard_from_and_thanked = finds(
    [
        ("Voitolta kuulin, että tuolit tulevat huomenna.", "Voitolta"),
        ("Kuulin eilen Voitolta, että sali on varattu.", "Voitolta"),
        ("Kiitos Voitolle kun toi tuolit.", "Voitolle"),
        ("Kiitos Ainolle kahvista.", "Ainolle"),
        ("Tapiolta tuli viesti eilen illalla.", "Tapiolta"),
        ("Kiitos Lumille avusta.", "Lumille"),
        ("Armaalta kuulin, että kokous siirtyy.", "Armaalta"),
    ]
)


test_a_look_alike_of_a_grading_name_stays = leaves(
    [
        ("Voitolta näyttää tämä kevät.", "Voitolta"),  # no verb of hearing
        ("Voitolta kuulosti koko peli.", "Voitolta"),  # "kuulostaa" is another verb
        ("Tappiolta kuulosti koko ilta.", "Tappiolta"),
        ("Onnelta kuulin, että se onnistui.", "Onnelta"),  # the noun's form
        ("Lumelta kuulin, ettei se sula.", "Lumelta"),
        ("Kunnalta kuulin, että avustus tulee.", "Kunnalta"),
        ("Lahdelta kuulin, että juna myöhästyy.", "Lahdelta"),
        ("Kiitos Onnelle kaikesta.", "Onnelle"),
        ("Kiitos Koululle tilasta.", "Koululle"),
        ("Kiitos Hyvälle porukalle.", "Hyvälle"),
    ]
)
