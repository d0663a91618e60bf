"""Round 57 (docs/privacy.md, "Round 57"; issue 12, recall): register names that are words,
coordinated at a clause's opening, told by the writer's capitals (register_conjuncts.py),
register surnames that are words, opening a clause as a recipient or a source
(surname_words.py), and a full name of another language right after a person noun
(role_appositions.py).
The fresh sentences were written (2026-12-06) before the rule and run on lead 80a980e, each
"tune" (read while the rule was written) or "held" (only measured after it); the comment
says what lead found."""

from __future__ import annotations

import dataclasses

import pytest
from kinds_cases import MODES, finds, found, leaves

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy

#: Look-alikes another rule marks on lead already (left for the precision rounds).
_OTHER_RULE = pytest.mark.xfail(strict=True, reason="marked on lead 80a980e by another rule")
#: Persons the rules do not reach (docs/privacy.md, "Round 57", what is left).
_LEFT = pytest.mark.xfail(strict=True, reason="no sign of people the rules read")

CONJUNCT_PERSONS = [
    ("Usva ja Aamu kävivät eilen uimahallissa", "Usva"),  # tune; found on lead
    ("Usva ja Aamu kävivät eilen uimahallissa", "Aamu"),  # tune; found on lead
    ("Lumi ja Halla istuivat koko illan takarivissä", "Lumi"),  # tune; missed
    ("Lumi ja Halla istuivat koko illan takarivissä", "Halla"),  # tune; missed
    ("Honka ja Haapa muuttivat kylään keväällä", "Honka"),  # tune; missed
    ("Honka ja Haapa muuttivat kylään keväällä", "Haapa"),  # tune; missed
    ("Valo, Pyry ja Otso pelasivat sählyä salissa", "Pyry"),  # tune; found on lead
    ("Oksa ja Lehto olivat eri mieltä kaavasta", "Lehto"),  # tune; found on lead
    ("Rauha ja Aarre istuttivat perunat yhdessä", "Aarre"),  # tune; found on lead
    ("Kielo ja Satu lähtivät kotiin ennen muita", "Kielo"),  # held; found on lead
    ("Ilta ja Onni auttoivat siivouksessa", "Ilta"),  # held; found on lead
    # held; missed on lead and by this round: a passive verb, no sign of people for a chain
    # with a word of nature; found since round 60 (a seat on a body: "hallitukseen")
    ("Vuori ja Kivi valittiin hallitukseen", "Vuori"),
    ("Vuori ja Kivi valittiin hallitukseen", "Kivi"),
    ("Taimi sekä Aarre jäivät odottamaan kyytiä", "Taimi"),  # held; missed
    ("Taimi sekä Aarre jäivät odottamaan kyytiä", "Aarre"),  # held; missed
    ("Lumme ja Honka ovat jo ilmoittautuneet", "Lumme"),  # held; missed
    ("Lumme ja Honka ovat jo ilmoittautuneet", "Honka"),  # held; missed
    ("Sade ja Usva tulevat myöhemmin", "Sade"),  # held; missed
    ("Sade ja Usva tulevat myöhemmin", "Usva"),  # held; missed
]
CONJUNCT_LOOKALIKES = [
    ("Sade ja tuuli haittasivat talkoita", "Sade ja tuuli"),  # tune
    ("Lumi ja jää tekivät pihasta liukkaan", "Lumi ja jää"),  # tune
    ("Valo ja Varjo -näyttely avautui kirjastossa", "Valo ja Varjo"),  # tune
    ('"Lumi ja Halla" oli talven teema', "Lumi ja Halla"),  # tune
    ("Kuusi ja koivu kaadettiin tien varresta", "Kuusi ja koivu"),  # tune
    ("Usva ja sumu peittivät järven aamulla", "Usva ja sumu"),  # tune
    pytest.param("Lehto ja Vuori Oy hoitaa lumityöt", "Lehto", marks=_OTHER_RULE),  # held
    ("Lehto ja Vuori Oy hoitaa lumityöt", "Vuori"),  # held
    pytest.param("Rauha ja Toivo olivat illan teemat", "Rauha", marks=_OTHER_RULE),  # held
    ("Aamu ja ilta ovat bussissa ruuhkaisimmat", "Aamu ja ilta"),  # held
    ("Pilvi ja sade peittivät auringon", "Pilvi ja sade"),  # held
    ("SADE JA TUULI HAITTASIVAT TALKOITA", "SADE JA TUULI"),  # held
    ("Halla ja routa rikkoivat tien", "Halla ja routa"),  # held
]

test_conjunct_persons = finds(CONJUNCT_PERSONS)  # type: ignore[arg-type]
test_conjunct_lookalikes = leaves(CONJUNCT_LOOKALIKES)  # type: ignore[arg-type]

#: test_kinds25's look-alike: words of nature with a verb of things (the sign-of-people
#: condition came after this test failed on the rule's first version).
KINDS25_LOOKALIKE = [("Usva ja Valo täyttivät laakson", "Usva ja Valo")]
test_kinds25_lookalike = leaves(KINDS25_LOOKALIKE)

SURNAME_PERSONS = [
    ("Honkalle pitää kertoa aikataulusta", "Honkalle"),  # tune; missed
    ("Kiven mukaan tila on liian pieni", "Kiven"),  # tune; missed; found since privacy84
    ("Lehdon kanssa sovittiin uudesta ajasta", "Lehdon"),  # tune; found on lead
    ("Oksa oli sitä mieltä että kokous siirretään", "Oksa"),  # tune; found on lead
    ("Vuorelta tuli hyvä ehdotus retkestä", "Vuorelta"),  # tune; found on lead
    ("Kurki lupasi hoitaa laskutuksen", "Kurki"),  # tune; found on lead
    ("Tammelle annettiin avaimet kerhotilaan", "Tammelle"),  # held; missed
    ("Mäen mukaan bussivuoroja on liian vähän", "Mäen"),  # held; found on lead
    ("Järvi oli sitä mieltä, että hinta on liian korkea", "Järvi"),  # held; found on lead
    ("Kallion kanssa puhuttiin vuokrasta", "Kallion"),  # held; found on lead
    # held; missed: the nominative's frames are not read for surnames
    pytest.param("Honka ilmoitti jäävänsä pois hallituksesta", "Honka", marks=_LEFT),
    ("Kuuselta tuli kysymys rahoituksesta", "Kuuselta"),  # held; missed
]
SURNAME_LOOKALIKES = [
    ("Kiven alla oli muurahaispesä", "Kiven"),  # tune
    ("Lehdon kautta kulkee polku rantaan", "Lehdon"),  # tune
    ("Vuorelta tuli kylmä tuuli", "Vuorelta"),  # tune
    ("Oksalle tuli paksu lumikuorma", "Oksalle"),  # tune
    ("Kurki lensi pellon yli", "Kurki"),  # tune
    ("Järvi oli tyyni koko päivän", "Järvi"),  # held
    ("Koskelta kuului kohina", "Koskelta"),  # held
    ("Tammelle tuli uusia lehtiä", "Tammelle"),  # held
    pytest.param("Kallion kanssa oli vaikeuksia kaivutöissä", "Kallion", marks=_OTHER_RULE),
    # a person noun that the register holds as a surname (privacy_cases.py's look-alike)
    ("Asukas ei tiedä, kenen vastuulla puisto on", "Asukas"),
]

test_surname_persons = finds(SURNAME_PERSONS)  # type: ignore[arg-type]
test_surname_lookalikes = leaves(SURNAME_LOOKALIKES)  # type: ignore[arg-type]


@MODES
def test_surnames_setting_off(analyzer: LemmaAnalyzer, cautious: bool) -> None:
    """`surname_words = false` leaves the surname to the other rules."""
    text = "Kuuselta tuli kysymys rahoituksesta"
    off = dataclasses.replace(PrivacySettings(), surname_words=False)
    configure_privacy(analyzer, off)
    try:
        assert "Kuuselta" not in found(analyzer, text, cautious)
    finally:
        configure_privacy(analyzer, PrivacySettings())
    assert "Kuuselta" in found(analyzer, text, cautious)


@MODES
def test_conjuncts_setting_off(analyzer: LemmaAnalyzer, cautious: bool) -> None:
    """`register_conjuncts = false` leaves the chain to the other rules."""
    text = "Lumi ja Halla istuivat koko illan takarivissä"
    off = dataclasses.replace(PrivacySettings(), register_conjuncts=False)
    configure_privacy(analyzer, off)
    try:
        assert "Halla" not in found(analyzer, text, cautious)
    finally:
        configure_privacy(analyzer, PrivacySettings())
    assert "Halla" in found(analyzer, text, cautious)


#: Written after the first two rules were measured and before role_appositions.py; most
#: names the gazetteer or NER already knows, so lead found nearly all.
ROLE_PERSONS = [
    ("Kerhon vapaaehtoinen Tsegaye Wolde korjaa tuolit", "Tsegaye Wolde"),  # tune; found
    ("Poimija Kanokwan Srisuk kertoi majoituksesta", "Kanokwan Srisuk"),  # tune; found
    ("Tilan yhteyshenkilö on Ochieng Wafula, puh. 040 555 1212", "Ochieng Wafula"),  # tune
    ("Siivooja Ngozika Eze pesee ikkunat", "Ngozika Eze"),  # tune; found
    ("Harjoittelija Dilnoza Yusupova tekee kyselyn", "Dilnoza Yusupova"),  # tune; found
    ("Tulkki Tesfalem Gebru auttaa vastaanotolla", "Tesfalem Gebru"),  # tune; missed
    ("Lainaamon työntekijä Kibet Rotich hoitaa varaukset", "Kibet Rotich"),  # held; found
    ("Leirin ohjaaja on Wanjiru Kamau", "Wanjiru Kamau"),  # held; found
    ("Kokki Thitima Boonmee tekee ruoat", "Thitima Boonmee"),  # held; found
    ("Kerhon vetäjä Zewdu Alemu soittaa kitaraa", "Zewdu Alemu"),  # held; found
    ("Asukas Mbali Dlamini ei saa unta", "Mbali Dlamini"),  # held; found
    ("Yhdistyksen sihteeri on Nomvula Khumalo, sähköposti puuttuu", "Nomvula Khumalo"),  # held
]
ROLE_LOOKALIKES = [
    ("Kuljettaja ajoi Volvo Amazonilla", "Volvo Amazonilla"),  # tune
    ("Ohjaaja näytti Moomin Valley -jakson", "Moomin Valley"),  # tune
    ("Siivooja käytti Kärcher Pro -imuria", "Kärcher Pro"),  # tune
    ("Tulkki käyttää Google Translatea", "Google Translatea"),  # tune
    ("Vapaaehtoinen Punainen Risti jakoi ruokaa", "Punainen Risti"),  # tune
    ("Harjoittelija pelasi Pokemon Gota", "Pokemon Gota"),  # tune
    ("Yhteyshenkilö on Google Meetissä joka tiistai", "Google Meetissä"),  # held
    ("Asukas ajoi Skoda Octavialla kauppaan", "Skoda Octavialla"),  # held
    pytest.param("Opettaja näytti Duolingo Maxin", "Duolingo Maxin", marks=_OTHER_RULE),  # held
    ("Kokki suositteli Kikkoman Soyaa", "Kikkoman Soyaa"),  # held
    ("Vetäjä otti käyttöön Padlet Boardin", "Padlet Boardin"),  # held
    ("Sihteeri on Microsoft Teamsissa", "Microsoft Teamsissa"),  # held
]

test_role_persons = finds(ROLE_PERSONS)
test_role_lookalikes = leaves(ROLE_LOOKALIKES)  # type: ignore[arg-type]


@MODES
def test_roles_setting_off(analyzer: LemmaAnalyzer, cautious: bool) -> None:
    """`role_appositions = false` leaves the pair to foreign.py."""
    text = "Tulkki Tesfalem Gebru auttaa vastaanotolla"
    off = dataclasses.replace(PrivacySettings(), role_appositions=False)
    configure_privacy(analyzer, off)
    try:
        assert "Gebru" not in " ".join(found(analyzer, text, cautious))
    finally:
        configure_privacy(analyzer, PrivacySettings())
    assert "Tesfalem Gebru" in " ".join(found(analyzer, text, cautious))
