"""Round 28's kinds (docs/privacy.md, "Round 28"): what blind round 18 missed, by kind: an
@-mention of a register name that is a word, a register given name in the ablative after a
verb of asking, a register name capitalised in the allative after a verb of giving or
sending, a lower-case register given name opening a sentence before a verb of asking; and
what it flagged: a service mailbox of ordinary words, a given name as the place where an
information system shows things. Beside their counter-cases, the real spaCy and Voikko,
both modes, sentences of our own."""

from __future__ import annotations

from kinds_cases import finds, leaves

test_a_register_name_by_its_frame = finds(
    [
        # an @-mention of a register given name that Voikko knows only as a word
        ("@Kaisla katsotko vielä liitteen", "@Kaisla"),
        ("kiitos @Usva, jatketaan huomenna", "@Usva"),
        # a register given name in the ablative after a verb of asking, any casing
        ("kysy vaikka ruskalta, hän muistaa", "ruskalta"),
        ("Kysyimme asiaa Usvalta eilen", "Usvalta"),
        # a register name capitalised inside its sentence, the recipient of giving or sending
        ("lähetimme pöytäkirjan Kuuselle viime viikolla", "Kuuselle"),
        ("annoin avaimet Tammelle ennen lomaa", "Tammelle"),
        # a lower-case register given name opening the text before a verb of asking
        ("usva kysyy voiko tulla myöhemmin", "usva"),
        ("Tilat on varattu. armas kysyi, saako tuoda kahvia", "armas"),
        # review 22 #6, kept on purpose: the same frames where the word could be a common
        # noun are a person as often ("usko kysyy ymmärrystä" has the shape of a person
        # asking for advice; "tuulelta", "Karhulle" that of a person asked or sent to)
        ("usko kysyi neuvoa esihenkilöltä", "usko"),
        ("kysykää arvolta, hän muistaa vanhat päätökset", "arvolta"),
        ("kysy vaikka tuulelta, hän on ollut mukana alusta", "tuulelta"),
        ("lähetimme tarjouksen Karhulle jo maanantaina", "Karhulle"),
    ]
)


test_a_word_or_a_system_stays = leaves(
    [
        # a lower-case register given name before no verb of asking
        ("usva nousi järveltä aamulla", "usva"),
        ("armas koti oli kaikille tärkein", "armas"),
        # @-mentions of ordinary words no register lists
        ("@tiimi huomenna palaveri", "@tiimi"),
        ("@kaikki muistakaa kysely", "@kaikki"),
        # an ablative no register lists, or a pronoun's, after a verb of asking
        ("kysykää kirjastolta, siellä tiedetään", "kirjastolta"),
        ("ei tarvinnut kysyä keneltäkään lupaa", "keneltäkään"),
        # a body's short name and a lower-case office after a verb of sending
        ("lähetin hakemuksen Kelalle viime viikolla", "Kelalle"),
        ("lähetin ehdotuksen kunnalle jo keväällä", "kunnalle"),
        # a service mailbox: ordinary words, the last a compound
        ("palaute osoitteeseen tilat.varaukset@example.fi", "tilat.varaukset"),
        ("kysy neuvola.ajanvaraus@example.fi kautta", "neuvola.ajanvaraus"),
        # a given name as the place an information system shows things
        ("Wilmassa ei vieläkään näy uusia tiedotteita", "Wilmassa"),
        ("Daisyssa ei näy lasten poissaoloja", "Daisyssa"),
        ("Helmin järjestelmään kirjautuminen kaatuu aamuisin", "Helmin"),
    ]
)


test_a_person_beside_the_new_rules_stays_found = finds(
    [
        # a person's address: a register name in a part, or the last part no office's word
        ("kirjoita tuuli.kivi@example.fi", "tuuli.kivi@example.fi"),
        ("kirjoita ville.metsapelto@example.fi", "ville.metsapelto@example.fi"),
        # a person in the inessive with "olla" (a quality), a genitive before a plain noun
        ("Villessä on sitä rohkeutta mitä tarvitaan", "Villessä"),
        ("Ainon sovellus voitti kilpailun", "Ainon"),
        # review 22 #1: a person's given name, not a system's, in the inessive before a
        # thing's verb (a person's state) or in the genitive before a system noun (an owner)
        ("Ellassa näkyy selvä innostus uuteen rooliin", "Ellassa"),
        ("Oskarissa riittää sinnikkyyttä", "Oskarissa"),
        ("Mikaelissa alkaa näkyä kyllästyminen", "Mikaelissa"),
        ("Tuomaksen sovelluksessa on virhe, hän korjaa sen", "Tuomaksen"),
        ("Petterin järjestelmään kirjataan poissaolot", "Petterin"),
    ]
)
