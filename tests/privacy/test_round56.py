"""Round 56 (docs/privacy.md, "Round 56"): look-alikes the detector marked, by class, and the
persons they resemble. Six classes: an abbreviation of a bound before a quantity
(bound_words.py; review 38 #12, "vuokran nousu max 10 %"); an owner being replaced
(family_persons._owner_replaced); a pronoun as a family place's buyer
(family_persons._counterpart_words); a family's farm or mill as a landmark on a route
(landmarks.py); a body's street address (body_addresses.py); a body's landline by its owner
(phones._body_number). The sentences were written
before the code they test and run on lead 87fcacf, where every one was marked in both modes
but the two noted "left on lead too"; four more were written after the bound rule's first
run, said so below. The "tune" half was read while the rules were written, the "held-out"
half only measured after (its failures are strict xfails, not mended)."""

from __future__ import annotations

import pytest
from kinds_cases import finds, leaves

#: Held-out look-alikes the rules do not reach, reported (round 56): a passive buying verb
#: ("etsitään", "ostetaan" read as no subject's verb) and "tilata" from a farm whose
#: nominative buyer is a pronoun where another rule marks the name.
_LEFT = pytest.mark.xfail(strict=True, reason="a look-alike round 56's rules do not reach")

# --- tune half --------------------------------------------------------------------------

test_tune_bounds_left = leaves(
    [
        ("vuokran nousu max 10 % vaikka remppa iso", "max"),  # review 38 #12
        ("kokoukset max 45 min, muuten porukka väsyy", "max"),
        ("ryhmäkoko max 12 lasta per ohjaaja", "max"),
        ("pysäköinti max 2 h torin laidalla", "max"),
        ("budjetti max. 500 e per tapahtuma", "max"),
        ("nopeus max 30 km/h koulun kohdalla", "max"),
        ("odotusaika max kolme viikkoa", "max"),
        ("hinta max 5 euroa tai kukaan ei tule", "max"),
        # after the first run: a corpus note the benchmark flagged, and the abbreviation's dot
        ("kuinka paljon sosiaalityöntekijällä saa olla asiakkaita max?", "max"),
        ("Max. 20 henkeä saliin", "Max"),
    ]
)

test_tune_bound_persons = finds(
    [
        ("Max lupasi tuoda 10 tuolia saliin", "Max"),
        ("kysytään maxilta onko 20 paikkaa vapaana", "maxilta"),
        ("Max Lindholm 040 123 4567 hoitaa ilmoittautumiset", "Max Lindholm"),
        ("Maxin mukaan 15 % on liikaa", "Maxin"),
        ("max sanoi että 30 euroa riittää", "max"),
        ("Max ja Sofia laskivat 40 osallistujaa", "Max"),
        # after the first run: a phone number and a capitalised name before an age
        ("max 040 123 4567", "max"),
        ("Max 12 v. tarvitsee avustajan", "Max"),
    ]
)

test_tune_owner_changes_left = leaves(
    [
        ("Virtasen kauppa sai uuden omistajan keväällä", "Virtasen"),
        ("Hyvösen kaupan omistaja vaihtui keväällä", "Hyvösen"),
        ("Salosen kahvila myytiin uudelle omistajalle", "Salosen"),
        ("Laineen leipomo siirtyi uudelle omistajalle vuodenvaihteessa", "Laineen"),
        ("Nurmisen kioski etsii uutta omistajaa", "Nurmisen"),
    ]
)

test_tune_owner_persons = finds(
    [
        ("Nurmisen kauppa myy lehtiä, mutta omistaja on velkasaneerauksessa", "Nurmisen"),
        ("Salosen kahvila myy pullaa, ja omistaja on sairaslomalla", "Salosen"),
        ("Virtasen kaupan omistaja kuoli keväällä", "Virtasen"),
        ("Hyvösen kioskin omistaja joutui sairaalaan", "Hyvösen"),
    ]
)

test_tune_pronoun_buyers_left = leaves(
    [
        ("Hän osti kananmunia Heikkilän tilalta", "Heikkilän"),
        pytest.param("Me ostetaan perunat aina Mäkelän tilalta", "Mäkelän", marks=_LEFT),
    ]
)

test_tune_buyer_persons = finds(
    [
        ("Hän osti kananmunia Heikkilän tilalta, vaikka isäntä on konkurssissa", "Heikkilän"),
        ("Heikkisen tila myy hunajaa, mutta hän on masentunut", "Heikkisen"),
        ("Mäkelän tila myy villaa naapureille, mutta hän sairastaa masennusta", "Mäkelän"),
        ("Hän asuu Heikkilän tilalla yksin", "Heikkilän"),
    ]
)

# --- held-out half ----------------------------------------------------------------------

test_heldout_look_alikes_left = leaves(
    [
        ("puheenvuoro max 3 min jotta kaikki ehtii", "max"),
        ("osallistujia max 25 henkeä salin takia", "max"),
        ("lisäkustannus max 15 % budjetista", "max"),
        ("tauko väh. 15 min ja max 30 min", "max"),
        ("kurssimaksu max 80 euroa lukukaudelta", "max"),
        ("Korhosen konditoria sai uuden omistajan", "Korhosen"),
        ("Mustosen kukkakaupan omistaja vaihtui syksyllä", "Mustosen"),
        pytest.param("Lehtisen sahalle etsitään uutta omistajaa", "Lehtisen", marks=_LEFT),
        pytest.param("Hän tilasi joulukuusen Lappalaisen tilalta", "Lappalaisen", marks=_LEFT),
        pytest.param("Me ostimme hunajaa Rantasen tilalta", "Rantasen", marks=_LEFT),
    ]
)

test_heldout_persons = finds(
    [
        ("Max kertoi että 25 henkeä mahtuu", "Max"),
        ("soitin maxille ja hän lupasi 3 pöytää", "maxille"),
        ("Maxilla on 2 avainta varastoon", "Maxilla"),
        ("Korhosen konditorian omistaja on työkyvyttömyyseläkkeellä", "Korhosen"),
        ("Mustosen kukkakauppa myy ruusuja, mutta omistaja sairastui syöpään", "Mustosen"),
        ("Hän osti munia Lappalaisen tilalta, jonka emäntä on sairaslomalla", "Lappalaisen"),
        ("Lappalaisen tila myy munia ja hän on uupunut", "Lappalaisen"),
    ]
)

# --- a family's farm or mill as a landmark on a route (landmarks.py), written before it ---

test_tune_landmarks_left = leaves(
    [
        ("Kokkosen tilan kohdalla tie tulvii keväisin", "Kokkosen"),
        ("Hiltusen sahan kohdalla on vaarallinen mutka", "Hiltusen"),
        ("Reitti kulkee Mattilan kartanon ohi", "Mattilan"),  # left on lead too
        ("Bussi kääntyy Kettusen tilan kohdalta takaisin", "Kettusen"),
        ("Nopeusrajoitus alkaa Turusen sahan kohdalla", "Turusen"),
    ]
)

test_tune_landmark_persons = finds(
    [
        ("Kokkosen tilan kohdalla asuu yksin vanha isäntä", "Kokkosen"),
        ("Pekka Hiltusen tilan kohdalla tie on sortunut", "Pekka Hiltusen"),
        ("Kettusen tilan kohdalla kuoli mies kolarissa", "Kettusen"),
        ("Hän asuu Turusen sahan kohdalla", "Turusen"),
    ]
)

test_heldout_landmarks_left = leaves(
    [
        ("Tienvarsi on sortunut Rantalan tilan kohdalla", "Rantalan"),  # left on lead too
        ("Ojan yli pääsee Pesosen sahan kohdalta", "Pesosen"),
        ("Hirvivaara alkaa Ikosen tilan kohdalla", "Ikosen"),
    ]
)

test_heldout_landmark_persons = finds(
    [
        ("Ikosen tilan kohdalla asuu leski yksin", "Ikosen"),
        ("Matti Pesosen sahan kohdalla tie on sortunut", "Matti Pesosen"),
    ]
)

# --- a body's street address (body_addresses.py), written before it ----------------------

test_tune_body_addresses_left = leaves(
    [
        ("Kirjasto on osoitteessa Kauppakatu 4, 40100 Jyväskylä", "Kauppakatu 4"),
        ("Neuvola sijaitsee osoitteessa Terveystie 2", "Terveystie 2"),
        ("Uimahallin osoite on Urheilukatu 10, 70100 Kuopio", "Urheilukatu 10, 70100 Kuopio"),
        ("Kaupungintalo on osoitteessa Raatihuoneenkatu 1", "Raatihuoneenkatu 1"),
        ("Seurakuntatalo sijaitsee osoitteessa Kirkkotie 3, 82900 Ilomantsi", "Kirkkotie 3"),
        # "nuoriso" is no body's noun of the lexicon: a youth centre stays a home's shape
        pytest.param("Nuorisotalon osoite on Koulutie 6", "Koulutie 6", marks=_LEFT),
    ]
)

test_tune_home_addresses = finds(
    [
        ("Isä asuu osoitteessa Kauppakatu 4 B 12, 40100 Jyväskylä", "Kauppakatu 4 B 12"),
        ("Liisa asuu osoitteessa Terveystie 2", "Terveystie 2"),
        ("Mummon osoite on Urheilukatu 10 A 3", "Urheilukatu 10 A 3"),
        ("Perhe muutti osoitteeseen Koulutie 6", "Koulutie 6"),
        ("Asukas osoitteesta Kirkkotie 3 valitti melusta", "Kirkkotie 3"),
        ("Omakotitalo on osoitteessa Kuusitie 7", "Kuusitie 7"),
        # after the rule's first run: a body's building where a person lives
        ("Palvelutalo on osoitteessa Kuusitie 7, jossa äiti asuu", "Kuusitie 7"),
    ]
)

test_heldout_body_addresses_left = leaves(
    [
        ("Terveysasema on osoitteessa Sairaalantie 5", "Sairaalantie 5"),
        ("Päiväkodin osoite on Puistokatu 8, 15110 Lahti", "Puistokatu 8, 15110 Lahti"),
        ("Museo sijaitsee osoitteessa Linnankatu 2", "Linnankatu 2"),
    ]
)

test_heldout_home_addresses = finds(
    [
        ("Hänen osoitteensa on Puistokatu 8 C 21", "Puistokatu 8 C 21"),
        ("Naapuri asuu osoitteessa Linnankatu 2", "Linnankatu 2"),
        ("Talo on osoitteessa Mäntytie 3", "Mäntytie 3"),
    ]
)

# --- a body's landline by its owner before "numero" (phones._body_number), written before it

test_tune_body_numbers_left = leaves(
    [
        ("Kirjaston numero on 09 310 85000", "09 310 85000"),
        ("Koulun puhelinnumero on 03 565 4000", "03 565 4000"),
        ("Kunnan numero: 017 123 4567", "017 123 4567"),
        ("Sairaalan numero on 020 123 4000", "020 123 4000"),
    ]
)

test_tune_person_numbers = finds(
    [
        ("Mummon numero on 09 123 4567", "09 123 4567"),
        ("Virtasen numero on 03 456 7890", "03 456 7890"),
        ("Koulun numero on 040 123 4567", "040 123 4567"),
        ("Liisan puhelinnumero on 017 222 3333", "017 222 3333"),
    ]
)

test_heldout_body_numbers_left = leaves(
    [
        ("Museon numero on 09 620 8000", "09 620 8000"),
        ("Neuvolan puhelinnumero on 014 266 0000", "014 266 0000"),
    ]
)

test_heldout_person_numbers = finds(
    [
        ("Naapurin numero on 09 876 5432", "09 876 5432"),
        ("Kirjaston numero on 050 765 4321", "050 765 4321"),
    ]
)
