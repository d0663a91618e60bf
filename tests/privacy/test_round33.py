"""Round 33 (issue 12): round 21's misses, additive rules only. A hyphen compound Voikko
reads as a place whose every capitalised part is a register given name is a double given
name ("Sanni-Mari"); a place's compound keeps a part that is none ("Kemi-Tornio"). A
capitalised common noun right after a compound role ending in "vastaava" is a name, as after
a title ("tiedotusvastaava Kuusi"); "vastaava" alone is also an adjective. A capitalised
allative right after a recipient word whose noun's base is a register given name is the one
thanked ("Kiitos Voitolle"); not a place, a body, nor the noun's own form of an -i name
("Kiitos Onnelle": the name's is "Onnille"). A register surname right after a verb of
writing or signing, ending the clause, is the one who signs ("puolesta kirjoitti LEPPÄ");
not an acronym, a body's short name or a country. The real
spaCy and Voikko, sentences of our own (none is a row of a dev set)."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, covered, touched

from muistiinpanot.lemmatize import LemmaAnalyzer


@MODES
@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Eeva-Mari hoitaa kassan tänä vuonna.", "Eeva-Mari"),
        ("Kaisa-Mari kertoi asiasta eilen.", "Kaisa-Mari"),
        ("Ilmoittakaa muutoksista Sanni-Marille viikon loppuun mennessä.", "Sanni-Marille"),
    ],
)
def test_a_double_given_name_voikko_reads_as_a_place(
    analyzer: LemmaAnalyzer, text: str, piece: str, cautious: bool
) -> None:
    assert covered(analyzer, text, piece, cautious=cautious)


@MODES
@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Kemi-Tornio on kasvava alue.", "Kemi-Tornio"),
        ("Ylä-Savo järjesti tapahtuman.", "Ylä-Savo"),
        ("Helsinki-Vantaa on lentokenttä.", "Helsinki-Vantaa"),
        ("Salo-Halikko yhdistyi aikanaan.", "Salo-Halikko"),
    ],
)
def test_a_places_hyphen_compound_stays(
    analyzer: LemmaAnalyzer, text: str, piece: str, cautious: bool
) -> None:
    assert not touched(analyzer, text, piece, cautious=cautious)


@MODES
@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("kerhon tiedotusvastaava Kuusi lähetti kutsut.", "Kuusi"),
        ("Meidän nuorisovastaava Tammi järjesti illan.", "Tammi"),
        ("Soitin eilen ja turvallisuusvastaava Mänty lupasi tulla.", "Mänty"),
    ],
)
def test_a_name_after_a_compound_role(
    analyzer: LemmaAnalyzer, text: str, piece: str, cautious: bool
) -> None:
    assert covered(analyzer, text, piece, cautious=cautious)


@MODES
@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Tänä vuonna vastaava Ilo näkyi lasten kasvoilta.", "Ilo"),
        ("Hankevastaava Kelasta kävi kertomassa tuista.", "Kelasta"),
        ("Tiedotusvastaava Tampereen kaupungilta soitti.", "Tampereen"),
        ("Uusi vastaava Teams-kokous pidetään ensi viikolla.", "Teams-kokous"),
    ],
)
def test_no_name_after_the_adjective_or_before_a_place(
    analyzer: LemmaAnalyzer, text: str, piece: str, cautious: bool
) -> None:
    assert not touched(analyzer, text, piece, cautious=cautious)


@MODES
@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Kiitos Voitolle kun siivosi keittiön.", "Voitolle"),
        ("Isot kiitokset Voitolle, joka kuljetti lapset.", "Voitolle"),
    ],
)
def test_the_one_thanked_by_a_given_name_that_is_a_word(
    analyzer: LemmaAnalyzer, text: str, piece: str, cautious: bool
) -> None:
    assert covered(analyzer, text, piece, cautious=cautious)


@MODES
@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Kiitos Tampereelle kun saimme tilat.", "Tampereelle"),
        ("Kiitos Kelalle nopeasta päätöksestä.", "Kelalle"),
        ("Kiitos Onnelle kun kaikki meni hyvin.", "Onnelle"),
        ("Kiitos Koululle yhteistyöstä.", "Koululle"),
        ("Viesti Kunnalle lähti eilen.", "Kunnalle"),
    ],
)
def test_no_name_thanked_when_no_given_name(
    analyzer: LemmaAnalyzer, text: str, piece: str, cautious: bool
) -> None:
    assert not touched(analyzer, text, piece, cautious=cautious)


@MODES
@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Kyläyhdistyksen hallituksen puolesta kirjoitti HONKA.", "HONKA"),
        ("Kerhon syyskirjeen allekirjoitti Leppä.", "Leppä"),
        # the clause's end as context.CLAUSE_END reads it (tidy23): a colon, a line break
        ("Kerhon puolesta allekirjoitti LEPPÄ: tervetuloa kaikki.", "LEPPÄ"),
        ("Kerhon puolesta kirjoitti Koivisto\nSeuraava kokous on maanantaina.", "Koivisto"),
        ("Kerhon puolesta kirjoitti Koivisto, ja kirje lähti.", "Koivisto"),
    ],
)
def test_the_one_who_signs(analyzer: LemmaAnalyzer, text: str, piece: str, cautious: bool) -> None:
    assert covered(analyzer, text, piece, cautious=cautious)


@MODES
@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Lausunnon kirjoitti KELA.", "KELA"),
        ("Tiedotteen kirjoitti YLE.", "YLE"),
        ("Kirjeen lähetti ministeriö, ja sen kirjoitti Suomi.", "Suomi"),
        ("Pöytäkirjan allekirjoitti PUHEENJOHTAJA.", "PUHEENJOHTAJA"),
        ("Lausunnon kirjoitti KELA\nja se tuli eilen.", "KELA"),
        ("Kerhon puolesta kirjoitti Koivisto kirjeen.", "Koivisto"),  # the clause goes on
    ],
)
def test_no_signer_when_no_surname(
    analyzer: LemmaAnalyzer, text: str, piece: str, cautious: bool
) -> None:
    assert not touched(analyzer, text, piece, cautious=cautious)
