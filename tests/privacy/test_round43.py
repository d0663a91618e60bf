"""Round 43 (issue 12): round 23's misses as classes; additive rules only. A register given
name right after a phone number ("puh 040… Into, kysy lisää"); the one called a spoken
pronoun ("soitti mulle"); a register name calling and asking ("Tammi soitti ja kysyi"); a
given name whose common reading is an adjective, in the genitive before "kanssa" ("Hellän
kanssa"); a double-barrelled register surname ("Virta-Aholla on velkaa"); the one paid a
wage or a benefit ("Tunde Bakarelle maksetaan eläkettä"). Services, bodies, places, firms,
music and falling stones in the same frames stay. The real spaCy and Voikko, sentences of
our own (none is a row of a dev set)."""

from __future__ import annotations

from kinds_cases import BOTH_MODES, covered, finds, leaves, touched

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy

test_a_name_in_round_23s_frames = finds(
    [
        ("puh 0401234567 Into, kysy lisää retkestä", "Into"),
        ("p. 050 765 4321 Usva", "Usva"),
        ("gsm 0451234567 Lumi; soita arkisin", "Lumi"),
        ("Usva soittaa sulle huomenna", "Usva"),
        ("Sade soitti mulle illalla", "Sade"),
        ("Tammi soitti ja kysyi kokouksesta", "Tammi"),
        ("Kivi soittaa ja kysyy aina samaa", "Kivi"),
        ("Sade soitti ja kertoi uutiset", "Sade"),
        ("Hellän kanssa käydään kaupassa", "Hellän"),
        ("Armaan kanssa lähdettiin retkelle", "Armaan"),
        ("Koivu-Virran lapset ovat koulussa", "Koivu-Virran"),
        ("Virta-Aholla on velkaa", "Virta-Aholla"),
        ("Okaforille on maksettu palkka", "Okaforille"),
        ("Tunde Bakarelle maksetaan eläkettä", "Tunde Bakarelle"),
    ],
    modes=BOTH_MODES,
)


test_services_places_firms_and_music_stay = leaves(
    [
        # after a phone number: a service, a body, a place, a choir
        ("puh 0505 Kela, kysy lisää", "Kela"),
        ("puh 0401234567 Neuvonta, kysy lisää", "Neuvonta"),
        ("puh 0401234567 Päivystys, soita heti", "Päivystys"),
        ("puh 0401234567 Helsinki, kysy lisää", "Helsinki"),
        ("puh 0401234567 Sointu-kuoro, kysy lisää", "Sointu-kuoro"),
        ("puh 0401234567 Sointu ry, kysy lisää", "Sointu"),
        # playing, not calling
        ("Sade soittaa mulle rumpua katolla", "Sade"),
        ("Sade soittaa mulle peltikatolla", "Sade"),
        ("Tuuli soittaa mulle kellojen kautta musiikkia", "Tuuli"),
        ("Kello soittaa mulle aina aamulla", "Kello"),
        ("Radio soittaa mulle musiikkia", "Radio"),
        # no calling and asking, or a body's or a town's
        ("Kivi putosi ja rikkoi ikkunan", "Kivi"),
        ("Kello soitti ja kaikki lähtivät", "Kello"),
        ("Kela soitti ja kysyi tuloista", "Kela"),
        ("Lahti soitti ja kysyi tarjousta", "Lahti"),
        ("Kivi soi ja kaikki kuuntelivat", "Kivi"),
        ("Lehti soitti ja kysyi kommenttia", "Lehti"),
        ("Opas soitti ja kysyi reitistä", "Opas"),
        ("Mylläri soitti ja kysyi jauhoista", "Mylläri"),
        # an adjective with its noun, a place's, a body's, no name
        ("Armaan kodin kanssa sovittiin", "Armaan"),
        ("Lahden kanssa tehdään yhteistyötä", "Lahden"),
        ("Kelan kanssa sovittiin asiasta", "Kelan"),
        ("Uuden kanssa mennään eteenpäin", "Uuden"),
        # places and a firm of two founders
        ("Ylä-Aholla on kaksi koulua", "Ylä-Aholla"),
        ("Helsinki-Vantaalla on uusi terminaali", "Helsinki-Vantaalla"),
        ("Etelä-Savolla on omat palvelunsa", "Etelä-Savolla"),
        ("Keski-Suomella on kaksi sairaalaa", "Keski-Suomella"),
        ("Kemi-Torniolla on yhteinen satama", "Kemi-Torniolla"),
        ("Savo-Karjalalla on kaksi sairaalaa", "Savo-Karjalalla"),
        ("Lassila-Tikanojalla on kaksi autoa", "Lassila-Tikanojalla"),
        ("Salo-Halikolla on uusi koulu", "Salo-Halikolla"),
        ("Sote-alueella on kaksi autoa", "Sote-alueella"),
        # paid, but no person
        ("Staffpointille maksettiin palkat", "Staffpointille"),
        ("Kelalle maksettiin takaisin liikaa maksettu asumistuki", "Kelalle"),
        ("Ukrainalle maksettiin eläkkeet", "Ukrainalle"),
        ("Yritykselle maksettiin palkkatukea", "Yritykselle"),
        ("Power Automatelle maksettiin lisenssi", "Automatelle"),
        ("Microsoft Teamsille maksetaan vuosimaksu", "Teamsille"),
        ("Barona Groupille maksettiin palkat", "Groupille"),
        ("Posti Groupille maksettiin palkat", "Posti Groupille"),
        ("Nokialle maksettiin korvaus", "Nokialle"),
    ],
    modes=BOTH_MODES,
)


def test_the_recipient_window_reaches_the_paid(
    analyzer: LemmaAnalyzer, settings_of_our_own: None
) -> None:
    text = "Okaforille on maksettu palkka"
    configure_privacy(analyzer, PrivacySettings())
    assert covered(analyzer, text, "Okaforille", cautious=False)
    configure_privacy(analyzer, PrivacySettings(recipient_window=1))
    assert not touched(analyzer, text, "Okaforille", cautious=False)
