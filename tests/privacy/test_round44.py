"""Round 44 (issue 12): round 24's misses and false hits as classes. A mailbox whose dotted
local part is common nouns, one an office's word, none a person's name, is a role's
("uimahalli.kassa@"); a person's address keeps a given name or a surname ("tuuli.kivi@",
"palaute.mikko@", "m.virtanen@"). A person's name after "nimi on/oli" ("Siivoojamme nimi
oli Yeon-woo Park"); a thing's, an animal's or a group's name stays. A place-read register
surname after a kin noun's lower-case given name ("isä jari kettula"). The real spaCy and
Voikko, sentences of our own (none is a row of a dev set)."""

from __future__ import annotations

import pytest
from kinds_cases import BOTH_MODES, covered, finds, leaves, touched

from muistiinpanot.lemmatize import LemmaAnalyzer


@pytest.mark.parametrize("cautious", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        "uimahalli.kassa@example.fi vastaa lipuista",
        "Lähetä kysymykset osoitteeseen kuntosali.vuorot@example.fi tai soita",
        "pysakointi.lupa@example.fi on lupien paikka",
        "Varaukset: nuorisotalo.kahvio@example.fi",
        "kysy lisää kirjasto.asiakaspalvelu@example.fi kautta",
    ],
)
def test_a_role_mailbox_of_common_nouns_is_left(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    address = next(w for w in text.split() if "@" in w)
    assert not touched(analyzer, text, address, cautious=cautious)


@pytest.mark.parametrize("cautious", [False, True])
@pytest.mark.parametrize(
    "address",
    [
        "tuuli.kivi@example.fi",
        "sade.ahonen@example.fi",
        "m.virtanen@example.fi",
        "kaisa@example.fi",
        "palaute.mikko@example.fi",
        "koski.palaute@example.fi",
        "tahti.metsa@example.fi",  # Tähti, a given name the register lacks, and a plain word
        "kuura.palaute@example.fi",
        "kuura.tampere@example.fi",  # a plain word and a place: no office's word
        "lumi.hanki@example.fi",
    ],
)
def test_a_persons_mailbox_stays(analyzer: LemmaAnalyzer, address: str, cautious: bool) -> None:
    text = f"Kirjoita osoitteeseen {address} jos tulee kysyttävää."
    assert covered(analyzer, text, address, cautious=cautious)


test_a_persons_name_after_nimi_on = finds(
    [
        ("Kotisiivoojamme nimi oli Yeon-woo Park", "Yeon-woo Park"),
        ("Uuden sijaisen nimi on Hanna Park, hän aloittaa maanantaina.", "Hanna Park"),
        ("Siivoojan nimi oli Ji-woo Park mutta häntä kutsuttiin muuten", "Ji-woo Park"),
    ],
    modes=BOTH_MODES,
)


test_a_things_or_a_groups_name_after_nimi_on_is_left = leaves(
    [
        ("Koiran nimi oli Musti.", "Musti"),
        ("Kirjan nimi on Tuntematon sotilas.", "Tuntematon"),
        ("Tiimin nimi oli Team Park", "Team Park"),
        ("Firman nimi oli Park Oy", "Park"),
        ("Kuoron nimi on Cantores", "Cantores"),
        ("Hevosen nimi oli Polle", "Polle"),
        ("Opettajan nimi on Hyvä Opettaja", "Hyvä Opettaja"),
    ],
    modes=BOTH_MODES,
)


test_a_lower_case_full_name_after_a_kin_noun = finds(
    [
        ("oppilaan isä jari kettula soitti rehtorille", "jari kettula"),
        ("lapsen isä timo lappi tuli hakemaan", "timo lappi"),
        ("tytön isoäiti aili jokela kävi koululla", "aili jokela"),
    ],
    modes=BOTH_MODES,
)


test_no_surname_after_a_kin_nouns_given_name = leaves(
    [
        ("oppilaan äiti marjut kotona soitti", "kotona"),
        ("oppilaan äiti marjut tampere soitti", "tampere"),
        ("kylän marjut kettula soitti", "kettula"),  # no kin noun before the given name
    ],
    modes=BOTH_MODES,
)


test_a_lone_surname_before_a_lower_case_trade_and_a_company_form_is_a_firm = leaves(
    [
        ("Virtasen kuljetus Oy toimittaa tuolit", "Virtasen"),
        ("Mäkisen maansiirto Oy kaivoi ojan", "Mäkisen"),
    ],
    modes=BOTH_MODES,
)


test_a_persons_genitive_before_a_company_form_stays = finds(
    [
        ("Liisa Koskelan kotisiivous Oy nosti hintoja", "Liisa Koskelan"),
        ("Koskelan tytär Oy:n palveluksessa viihtyy", "Koskelan"),
        ("Koskelan mielestä Oy nosti hintoja", "Koskelan"),
        ("Virtasen puoliso Ky:n omistaja soitti", "Virtasen"),
        ("Mäkisen opettaja Oy", "Mäkisen"),
    ],
    modes=BOTH_MODES,
)
