"""Round 20's kinds (docs/privacy.md, "Round 20: the round-15 kinds"): a disease, a syndrome
or its patients named after a physician, a lone surname's genitive that no Finnish name
lists right before a head of lexicons/lookalikes.toml `disease_heads`; a firm named by a
workshop derived from a verb ("Laaksosen Sorvaamo"); a figure of folklore ("Joulupukki");
a surname with a particle of another language after a name ("Hussein Al-Obeidi").
Each kind beside its counter-case in the same frame; the real spaCy NER and Voikko, both
modes; sentences of our own."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, covered, finds, found

from muistiinpanot.lemmatize import LemmaAnalyzer


@MODES
@pytest.mark.parametrize(
    "text",
    [
        "Parkinsonin potilaille tarvitaan kaiteet portaisiin",
        "Alzheimerin potilaat kävivät retkellä saaressa",
        "Alzheimerin tautiin sairastuneet tarvitsevat apua",
        # guards: found nothing before too
        "Huntingtonin tauti on harvinainen perinnöllinen sairaus",
        "Aspergerin oireyhtymää sairastava lapsi pärjää hyvin",
    ],
)
def test_a_disease_named_after_a_physician_is_no_person(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []


test_a_persons_illness_or_patients_stay_personal = finds(
    [
        # a Finnish surname's illness or patients: the person's
        ("Virtasen tauti on pahentunut keväästä", "Virtasen"),
        ("Korhosen potilaat odottivat käytävällä", "Korhosen"),
        # a doctor's patients, a whole name's illness
        ("lääkäri Smithin potilaat odottivat käytävällä", "Smithin"),
        ("Pekka Smithin tauti on pahentunut keväästä", "Pekka Smithin"),
    ]
)


@MODES
@pytest.mark.parametrize(
    "text",
    [
        # a workshop named by its work (-mo/-mö of a verb) after a surname: a firm
        "Laaksosen Sorvaamo korjasi traktorin akselin",
        "Rantasen Veistämö teki penkit kylätalolle",
    ],
)
def test_a_firm_named_by_a_workshop_after_a_surname_is_no_person(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []


test_a_surname_before_a_word_of_no_workshop_stays_personal = finds(
    [
        # a given name after the surname's genitive (Tuomo: "tuomaan" is a verb too)
        ("Rantasen Tuomo teki penkit kylätalolle", "Rantasen Tuomo"),
        # a word in -mo that is no verb's workshop
        ("Laaksosen Kotimo korjasi traktorin akselin", "Laaksosen"),
    ]
)


@MODES
@pytest.mark.parametrize(
    "text",
    [
        # a figure of folklore written as a name: no person, whatever NER says
        "Joulupukki toi lahjat kerhon juhlaan",
        "Joulutonttu jakoi karkit päiväkodissa",
        "Menninkäinen kertoi tarinan lapsille",
    ],
)
def test_a_figure_of_folklore_is_no_person(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []


test_a_person_beside_a_figure_of_folklore_stays_personal = finds(
    [
        # the person who plays the figure, and a person beside it
        ("Joulupukki Pekka Virtanen jakoi lahjat", "Pekka Virtanen"),
        ("Joulupukki ja Pekka kävivät kylässä", "Pekka"),
    ]
)


@MODES
def test_a_surname_with_a_particle_after_a_role_and_a_given_name_is_found(
    analyzer: LemmaAnalyzer, cautious: bool
) -> None:
    text = "vastaanotolla oli lääkäri Hussein Al-Obeidi joka puhui hyvin ruotsia"
    assert covered(analyzer, text, "Hussein Al-Obeidi", cautious)


@MODES
def test_a_hyphenated_word_of_no_particle_after_a_name_is_no_surname(
    analyzer: LemmaAnalyzer, cautious: bool
) -> None:
    text = "Pekka Virtanen Kela-Hankkeesta kertoi eilen"
    assert covered(analyzer, text, "Pekka Virtanen", cautious)
    assert not covered(analyzer, text, "Hankkeesta", cautious)
