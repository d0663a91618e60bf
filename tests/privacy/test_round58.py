"""Round 58 (docs/privacy.md, "Round 58"): a lone surname's genitive naming a place or a firm
where no person is in the text (surname_places.py), and a name hyphened to a place's noun
("Kisa-hallissa"). Three classes, each with the persons it
resembles: land or a point on a way ("Kinnusen mutka"), a service's noun acting on an object
("Hyttisen taksi hoitaa iltakyydit"), a farm, mill or estate where something is done
("Tiihosen tilalla järjestetään avoimet ovet"). The sentences were written before the code
and run on lead 80a980e, both modes alike: 24 of the 29 look-alikes marked, 22 of the 25
persons marked (the 3 others are strict xfails below, left on lead too). The "tune" half was
read while the rule was written, the "held-out" half only measured after."""

from __future__ import annotations

import dataclasses

import pytest
from kinds_cases import MODES, finds, found, leaves

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy.detect import configure_privacy
from muistiinpanot.privacy.settings import PrivacySettings

#: Persons the detector left on lead 80a980e already, not this round's rule: a whole name
#: before an organisation's head ("silta", organisations.py), a surname Voikko also reads
#: as a common noun ("rautiainen"), a plural family's mill (written as a person, a place
#: as much; no rule reads plurals).
_LEAD = pytest.mark.xfail(strict=True, reason="left on lead 80a980e too")

# --- tune half --------------------------------------------------------------------------

test_tune_places_left = leaves(
    [
        ("Kinnusen mutka on talvella liukas", "Kinnusen"),
        ("Hyvösen notkossa on aamuisin sumua", "Hyvösen"),
        ("Laitisen silta korjataan ensi kesänä", "Laitisen"),  # left on lead too
        ("Pesosen lahdella jäät lähtevät myöhään", "Pesosen"),
        ("Heikkilän kankaalla on hyvät hiihtoladut", "Heikkilän"),  # left on lead too
        ("Miettisen suolla kasvaa lakkaa", "Miettisen"),
        ("Tiihosen tilalla järjestetään avoimet ovet", "Tiihosen"),
        ("Pursiaisen sahalla kuivataan lautaa", "Pursiaisen"),
        ("Huttusen kartanossa pidetään joulumarkkinat", "Huttusen"),
        ("Hiltusen pellolla laiduntaa lehmiä", "Hiltusen"),
        ("Rissasen tila on kunnan suurin maitotila", "Rissasen"),
    ]
)

test_tune_firms_left = leaves(
    [
        ("Hyttisen taksi hoitaa iltakyydit", "Hyttisen"),
        ("Nousiaisen kuljetus vie jätteet asemalle", "Nousiaisen"),
        ("Heikkisen sähkö vaihtoi koulun valaisimet", "Heikkisen"),
        ("Kokkosen huolto korjasi lämpöpumpun", "Kokkosen"),
        ("Lindroosin saha toimittaa lautaa kylätalolle", "Lindroosin"),  # left on lead too
    ]
)

test_tune_persons = finds(
    [
        ("Kinnusen mutkassa hän ajoi ojaan", "Kinnusen"),
        ("Hyvösen rannassa hukkui vanha isäntä", "Hyvösen"),
        pytest.param("Liisa Laitisen silta on lahja kylälle", "Liisa Laitisen", marks=_LEAD),
        ("Laitisen mäellä asuu leski yksin", "Laitisen"),
        ("Hyttisen taksi myöhästyi taas", "Hyttisen"),
        ("Nousiaisen sähkö katkesi, kun lasku jäi maksamatta", "Nousiaisen"),
        ("Heikkisen taksi haki hänet sairaalasta", "Heikkisen"),
        ("Kokkosen remontti venyi, ja perhe asuu vuokralla", "Kokkosen"),
        ("Tiihosen tilalla kuoli vanha emäntä", "Tiihosen"),
        ("Pursiaisen sahalla työskentelee hänen poikansa", "Pursiaisen"),
        ("Huttusen kartanossa vietettiin häät", "Huttusen"),
        ("Hiltusen pellolla hän kaatui traktorin alle", "Hiltusen"),
        ("Rissasen tilalla asuu nyt tytär perheineen", "Rissasen"),
    ]
)

#: Persons written after the rule's first run, on its gaps (said so in docs/privacy.md):
#: a trade's noun before the surname the lexicon lacks, a visit, a narrator, a death whose
#: doer goes unsaid, and round 48's and 49's probes.
test_tune_probes_after = finds(
    [
        ("metsuri Pesosen palstalla kaatui puu", "Pesosen"),
        ("Mäkisen metsässä kävi poliisi", "Mäkisen"),
        ("Kävin eilen Laitisen tilalla", "Laitisen"),
        ("Korhosen rannassa hukkui", "Korhosen"),
        ("Virtasen taksi myöhästyi", "Virtasen"),
        ("Heikkisen tilalla vietettiin hautajaiset", "Heikkisen"),
        ("Mäkisen kaupassa oli töissä", "Mäkisen"),
        ("Ahosen kartanossa kuoli", "Ahosen"),
    ]
)

#: A name hyphened to a place's noun (drop_hyphened_places), written after that rule's first
#: version and before it was measured on dev; on lead only the two "-halli" words Voikko
#: reads as the surname Hall were marked, so the held-out half below shows no change.
test_tune_hyphened_places_left = leaves(
    [
        ("Kisa-hallissa on uusi kuntosali", "Kisa-hallissa"),  # marked on lead
        ("Pallo-hallin kahvio on kiinni", "Pallo-hallin"),  # marked on lead
        ("Sibelius-talossa on konsertti perjantaina", "Sibelius-talossa"),
        ("Tapiola-salissa pidetään kuntalaisilta", "Tapiola-salissa"),
        ("Ilves-kentän tekonurmi uusitaan", "Ilves-kentän"),
        ("Tahko-rinteessä on tykkilumi", "Tahko-rinteessä"),
    ]
)

test_tune_hyphened_persons = finds(
    [
        ("Liisa-tädin luona on ahdasta", "Liisa-tädin"),
        ("Matti-setä korjasi katon", "Matti-setä"),
    ]
)

#: The suite's persons the rule's first version published (said so in docs/privacy.md):
#: a party in the plural and a memorial are a life's occasions, now person signs.
test_suite_occasions = finds(
    [
        ("Heinosen puutarhassa pidettiin juhlat", "Heinosen"),
        ("Heinosen huvilalla järjestettiin muistotilaisuus.", "Heinosen"),
        ("Mäkisen kävelyliike on muuttunut aivoinfarktin jälkeen.", "Mäkisen"),
    ]
)

# --- held-out half ----------------------------------------------------------------------

test_held_hyphened_places_left = leaves(
    [
        ("Väinö-halli on remontissa koko kesän", "Väinö-halli"),
        ("Kalevala-koulun piha asfaltoidaan", "Kalevala-koulun"),
        ("Kalevan-koskella melotaan kesäisin", "Kalevan-koskella"),
        ("Kanerva-hallissa pelataan sählyä", "Kanerva-hallissa"),
        ("Urho-mäellä lasketaan pulkkamäkeä", "Urho-mäellä"),
    ]
)

test_held_hyphened_persons = finds(
    [
        ("Virtanen-suvun tila myytiin", "Virtanen-suvun"),
        ("Sade-tyttö leikkii pihalla", "Sade-tyttö"),
    ]
)

test_held_places_left = leaves(
    [
        ("Kärkkäisen mäen alla on bussipysäkki", "Kärkkäisen"),
        ("Rautiaisen risteyksessä on uusi liikennevalo", "Rautiaisen"),  # left on lead too
        ("Tolosen rannassa on yleinen uimapaikka", "Tolosen"),
        ("Leinosen metsässä kulkee luontopolku", "Leinosen"),
        ("Kauppisen pysäkiltä lähtee koulubussi", "Kauppisen"),
        ("Pakarisen tilalta lähtee maitoauto aamuisin", "Pakarisen"),
        ("Jääskeläisen myllyllä on pieni museo", "Jääskeläisen"),  # left on lead too
        ("Puustisen niityllä kasvaa harvinaisia kasveja", "Puustisen"),
        ("Kemppaisen kartanon puisto on avoinna kesäisin", "Kemppaisen"),
    ]
)

test_held_firms_left = leaves(
    [
        ("Pitkäsen taksi ajaa koululaiset uimahalliin", "Pitkäsen"),
        ("Räsäsen kuljetus hakee kierrätystavarat torstaisin", "Räsäsen"),
        ("Ahosen remontti uusi kirjaston katon", "Ahosen"),
        ("Savolaisen muutto kantoi pianon kolmanteen kerrokseen", "Savolaisen"),
    ]
)

test_held_persons = finds(
    [
        pytest.param("Rautiaisen metsässä eksyi heidän poikansa", "Rautiaisen", marks=_LEAD),
        ("Toni Tolosen ranta on aidattu", "Toni Tolosen"),
        ("metsänomistaja Leinosen metsässä kaadettiin puita", "Leinosen"),
        ("Kärkkäisen mäellä syntyi kolme lasta", "Kärkkäisen"),
        ("Pitkäsen sähkö katkaistiin maksamattomien laskujen takia", "Pitkäsen"),
        ("Räsäsen muutto siirtyi keväälle", "Räsäsen"),
        ("Ahosen huolto korjasi hänen autonsa", "Ahosen"),
        ("Savolaisen taksi ei tullut ja äiti odotti tunnin", "Savolaisen"),
        ("Pakarisen tilalle muutti nuori pariskunta", "Pakarisen"),
        ("Puustisen niityllä tytär löysi kadonneen koiran", "Puustisen"),
        ("Kemppaisen kartanossa syntyi hänen isänsä", "Kemppaisen"),
        pytest.param("Jääskeläisten myllyllä on pieni museo", "Jääskeläisten", marks=_LEAD),
    ]
)


@MODES
def test_surname_places_setting_off(analyzer: LemmaAnalyzer, cautious: bool) -> None:
    """`surname_places = false` leaves the genitive marked, as on lead."""
    text = "Kinnusen mutka on talvella liukas"
    configure_privacy(analyzer, dataclasses.replace(PrivacySettings(), surname_places=False))
    try:
        assert "Kinnusen" in found(analyzer, text, cautious)
    finally:
        configure_privacy(analyzer, PrivacySettings())
    assert "Kinnusen" not in found(analyzer, text, cautious)
