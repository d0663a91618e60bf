"""Round 23's look-alikes (docs/privacy.md, "Round 23"): a maker of a work, named in the
genitive before a noun of a work or before a past participle of making whose head is a work
or a built thing; each beside its counter-case (a participant's work: a lone given name, a
document of the meeting, a generic "tekemä"), the real spaCy NER and Voikko, both modes,
sentences of our own."""

from __future__ import annotations

from kinds_cases import finds, leaves

test_a_maker_of_a_work_is_left_alone = leaves(
    [
        # a surname or a whole name before a noun of a work
        ("Lehtosen sadut luettiin kerhossa", "Lehtosen"),
        ("Leena Harjun sävellykset soivat kesäjuhlassa", "Leena Harjun"),
        ("Matti Kallion elokuva esitettiin koululla", "Matti Kallion"),
        # a past participle of making with a work or a built thing as its head
        ("Helena Virtasen suunnittelema uusi kirjasto avattiin", "Helena Virtasen"),
        ("Leena Harjun säveltämä ooppera esitettiin juhlassa", "Leena Harjun"),
        ("Kari Mäkelän suunnittelemassa kirkossa on hyvä akustiikka", "Kari Mäkelän"),
        ("Pelkosen kirjoittama romaani luettiin lukupiirissä", "Pelkosen"),
    ]
)


test_a_participants_work_stays_personal = finds(
    [
        # a lone given name: notes call participants so, whatever they made
        ("Ainon kirjoittama runo luettiin ääneen", "Ainon"),
        ("Ainon kirjoittama muistio jaettiin kaikille", "Ainon"),
        # a document of the meeting is no work, whoever wrote it
        ("Helena Virtasen suunnittelema kysely lähti eilen", "Helena Virtasen"),
        ("Virtasen raportti tuli myöhässä", "Virtasen"),
        # "tekemä" is anyone's making, even of a thing a designer might make
        ("Helena Virtasen tekemä tuoli oli esillä", "Helena Virtasen"),
        # a participle of making with no head of a work after it
        ("Kari Mäkelän kirjoittama viesti tuli eilen", "Kari Mäkelän"),
        # things a meeting makes or brings, a chart, a song, a book (review 19, finding 1)
        ("Korhosen piirtämä taulu auttoi hahmottamaan prosessin", "Korhosen"),
        ("Mäkisen kirjoittama laulu laulettiin lopuksi", "Mäkisen"),
        ("Virtasen kirja oli hyvä lähtökohta keskustelulle", "Virtasen"),
        ("Anna Virtasen kirja oli hyvä lähtökohta keskustelulle", "Anna Virtasen"),
        ("Leena Saaren kirja kiersi pöydässä", "Leena Saaren"),
        ("Ojalan taulu roikkui seinällä", "Ojalan"),
        # leading and drawing are what participants do (ohjata, piirtää)
        ("Koulun juhlassa esitettiin Laineen ohjaama näytelmä", "Laineen"),
        ("Heikkisen piirtämä kaavio selkeytti asiaa", "Heikkisen"),
    ]
)


test_an_institution_that_gets_is_left_alone = leaves(
    [
        # an institution named like a person, the subject of a verb a body does too
        ("Kyläkoulu Aino sai uuden katon", "Aino"),
        ("Päiväkoti Lempi sai lisää hoitajia", "Lempi"),
    ]
)


test_a_person_after_a_compound_head_is_found = finds(
    [
        # after a compound ending in a thing's head: a verb only people do
        ("Kotikoulu Liisa halusi lisää tukea", "Liisa"),
        ("Lähikoulu Pertti kertoi matkastaan", "Pertti"),
        # a compound that is a person's noun
        ("Maailmanmatkaaja Pertti saapui kylään", "Pertti"),
    ]
)


test_a_works_title_of_two_names_is_left_alone = leaves(
    [
        # a work's title of two coordinated names after a work's noun
        ("Elokuva Kalle ja Ville näytettiin koululla", "Ville"),
        ("Näytelmä Liisa ja Leena esitetään keväällä", "Leena"),
        # a book's and a song's title too, though neither is a maker's work
        ("Kirja Aino ja Onni luettiin kerhossa", "Onni"),
        ("Lastenlaulu Helmi ja Lempi soi juhlassa", "Lempi"),
    ]
)


test_people_beside_a_works_noun_are_found = finds(
    [
        # names in another case after a work's noun: people the work is for
        ("Kirja Helmille ja Pekalle annettiin lahjaksi", "Pekalle"),
        # a whole name after the conjunction
        ("Elokuva Kalle ja Ville Aalto näytettiin koululla", "Ville Aalto"),
        # no work's noun before the names
        ("Kalle ja Ville näytettiin elokuvassa", "Ville"),
    ]
)


test_a_gapped_recipient_is_found = finds(
    [
        # a gapped allative: the verb of giving or telling is the first conjunct's
        ("Ihmisille annettiin liput ja Usvalle avaimet", "Usvalle"),
        ("Vieraille kerrottiin säännöt ja Kaislalle aikataulu", "Kaislalle"),
    ]
)


test_no_gapped_recipient_without_a_giving = leaves(
    [
        # a giving of room, gapped; no verb of giving; a verb of its own
        ("Lapsille annettiin liput ja Valolle tilaa", "Valolle"),
        ("Lapsille riitti tilaa ja Valolle avaimet", "Valolle"),
        ("Lapsille annettiin liput ja Valolle jäi aikaa", "Valolle"),
    ]
)
