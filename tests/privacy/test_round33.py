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

from kinds_cases import finds, leaves

test_a_double_given_name_voikko_reads_as_a_place = finds(
    [
        ("Eeva-Mari hoitaa kassan tänä vuonna.", "Eeva-Mari"),
        ("Kaisa-Mari kertoi asiasta eilen.", "Kaisa-Mari"),
        ("Ilmoittakaa muutoksista Sanni-Marille viikon loppuun mennessä.", "Sanni-Marille"),
    ]
)


test_a_places_hyphen_compound_stays = leaves(
    [
        ("Kemi-Tornio on kasvava alue.", "Kemi-Tornio"),
        ("Ylä-Savo järjesti tapahtuman.", "Ylä-Savo"),
        ("Helsinki-Vantaa on lentokenttä.", "Helsinki-Vantaa"),
        ("Salo-Halikko yhdistyi aikanaan.", "Salo-Halikko"),
    ]
)


test_a_name_after_a_compound_role = finds(
    [
        ("kerhon tiedotusvastaava Kuusi lähetti kutsut.", "Kuusi"),
        ("Meidän nuorisovastaava Tammi järjesti illan.", "Tammi"),
        ("Soitin eilen ja turvallisuusvastaava Mänty lupasi tulla.", "Mänty"),
    ]
)


test_no_name_after_the_adjective_or_before_a_place = leaves(
    [
        ("Tänä vuonna vastaava Ilo näkyi lasten kasvoilta.", "Ilo"),
        ("Hankevastaava Kelasta kävi kertomassa tuista.", "Kelasta"),
        ("Tiedotusvastaava Tampereen kaupungilta soitti.", "Tampereen"),
        ("Uusi vastaava Teams-kokous pidetään ensi viikolla.", "Teams-kokous"),
    ]
)


test_the_one_thanked_by_a_given_name_that_is_a_word = finds(
    [
        ("Kiitos Voitolle kun siivosi keittiön.", "Voitolle"),
        ("Isot kiitokset Voitolle, joka kuljetti lapset.", "Voitolle"),
    ]
)


test_no_name_thanked_when_no_given_name = leaves(
    [
        ("Kiitos Tampereelle kun saimme tilat.", "Tampereelle"),
        ("Kiitos Kelalle nopeasta päätöksestä.", "Kelalle"),
        ("Kiitos Onnelle kun kaikki meni hyvin.", "Onnelle"),
        ("Kiitos Koululle yhteistyöstä.", "Koululle"),
        ("Viesti Kunnalle lähti eilen.", "Kunnalle"),
    ]
)


test_the_one_who_signs = finds(
    [
        ("Kyläyhdistyksen hallituksen puolesta kirjoitti HONKA.", "HONKA"),
        ("Kerhon syyskirjeen allekirjoitti Leppä.", "Leppä"),
        # the clause's end as context.CLAUSE_END reads it (tidy23): a colon, a line break
        ("Kerhon puolesta allekirjoitti LEPPÄ: tervetuloa kaikki.", "LEPPÄ"),
        ("Kerhon puolesta kirjoitti Koivisto\nSeuraava kokous on maanantaina.", "Koivisto"),
        ("Kerhon puolesta kirjoitti Koivisto, ja kirje lähti.", "Koivisto"),
    ]
)


test_no_signer_when_no_surname = leaves(
    [
        ("Lausunnon kirjoitti KELA.", "KELA"),
        ("Tiedotteen kirjoitti YLE.", "YLE"),
        ("Kirjeen lähetti ministeriö, ja sen kirjoitti Suomi.", "Suomi"),
        ("Pöytäkirjan allekirjoitti PUHEENJOHTAJA.", "PUHEENJOHTAJA"),
        ("Lausunnon kirjoitti KELA\nja se tuli eilen.", "KELA"),
        ("Kerhon puolesta kirjoitti Koivisto kirjeen.", "Koivisto"),  # the clause goes on
    ]
)
