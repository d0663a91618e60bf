"""Round 67 (docs/privacy.md, "Round 67"; issue 12, precision): names of firms, places, units,
works and handles that are no person, each beside a person in a near frame that must stay
marked. The sentences were written (2026-12-06) from the brief's classes before any rule was
changed and before the dev rows' misses were read; none copies a dev row, and no rule was
tuned on them (the rules were tuned on rounds 44-46's dev rows)."""

from __future__ import annotations

import pytest
from kinds_cases import finds, leaves, touched

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy

#: (look-alike, its piece), (person in a near frame, the person's piece), by class.
PAIRS = [
    # a firm: a business noun and a surname as the firm's name
    (
        ("Tarjous pyydettiin Rautakauppa Lehtiseltä", "Lehtiseltä"),
        ("Tarjous pyydettiin rautakauppias Lehtiseltä", "Lehtiseltä"),
    ),
    (
        ("Kukat tilattiin Kukkakauppa Rantaselta", "Rantaselta"),
        ("Kukkakaupan Rantaselta kysyttiin hintaa", "Rantaselta"),
    ),
    (
        ("Lasku lähetetään Sähköliike Hakkaraiselle", "Hakkaraiselle"),
        ("Sähköliikkeen Hakkaraiselle soitettiin eilen", "Hakkaraiselle"),
    ),
    (
        ("Koulun ikkunat pesee Siivouspalvelu Korhonen", "Korhonen"),
        ("Koulun ikkunat pesee siivooja Korhonen", "Korhonen"),
    ),
    # a place name in a locative after a facility's noun
    (
        ("Uimahalli Hakalassa on kiinni heinäkuun", "Hakalassa"),
        ("Uimahallin Hakalalla on avaimet", "Hakalalla"),
    ),
    (
        ("Nuorisotila Rantalassa on auki perjantaisin", "Rantalassa"),
        ("nuoriso-ohjaaja Rantala on paikalla perjantaisin", "Rantala"),
    ),
    (
        ("Ottelut pelataan Hiekkakenttä Laurilassa", "Laurilassa"),
        ("Ottelut pelataan, jos Laurila ehtii paikalle", "Laurila"),
    ),
    # a place name of the -la/-lä shape
    (
        ("Toivolan koulussa kokeillaan uutta lukujärjestystä", "Toivolan"),
        ("Toivolan mielestä lukujärjestys on huono", "Toivolan"),
    ),
    (
        ("Muutimme Kettulaan viime vuonna", "Kettulaan"),
        ("Kettulalle pitää kertoa muutosta", "Kettulalle"),
    ),
    (
        ("Koivulasta kulkee bussi keskustaan", "Koivulasta"),
        ("Koivulalta tuli viesti aamulla", "Koivulalta"),
    ),
    (
        ("Harjulan asukastalolla on kerho", "Harjulan"),
        ("Harjulan kanssa sovittiin kerhosta", "Harjulan"),
    ),
    # a foreign phrase, a work's title
    (
        ("Teemana oli Terra Incognita", "Terra Incognita"),
        ("Vieraana oli Terhi Salonen", "Terhi Salonen"),
    ),
    (
        ("Kuoro lauloi lopuksi Ave Marian", "Ave Marian"),
        ("Kuoroa johti lopuksi Maria Ahonen", "Maria Ahonen"),
    ),
    # capitalised units of a municipality whose head is also a given name
    (
        ("Nuorisotoimi ja Sivistystoimi järjestävät leirin", "Nuorisotoimi"),
        ("Toimi ja Sirkka järjestävät leirin", "Toimi"),
    ),
    (
        ("Asiasta vastaa Ympäristötoimi", "Ympäristötoimi"),
        ("Asiasta vastaa Toimi Lehtonen", "Toimi Lehtonen"),
    ),
    # a brand
    (
        ("Kerhon ompelukone on vanha Pfaff", "Pfaff"),
        ("Kerhon ohjaaja on Anneli Pfaff", "Anneli Pfaff"),
    ),
    # a handle of an institution
    (
        ("Kuvat julkaistaan Instagramissa @nuorisotila_pihlaja", "@nuorisotila_pihlaja"),
        ("Kuvat julkaisee @jenni.pihlaja omalla tilillään", "@jenni.pihlaja"),
    ),
    (
        ("Kirjaston tili @kirjasto.metsola kertoo aukioloista", "@kirjasto.metsola"),
        ("Kysy @kaisa.metsola, hän tietää", "@kaisa.metsola"),
    ),
    # a service's phone number: whose number the text says
    (
        ("Asukastuvan puhelin 040 765 4321 on auki arkisin", "040 765 4321"),
        ("Ohjaajan oma puhelin 040 765 4321 on auki arkisin", "040 765 4321"),
    ),
    (
        ("Ajanvarauksen numero on 09 310 45678", "09 310 45678"),
        ("Maijan numero on 09 310 45678", "09 310 45678"),
    ),
]

#: Look-alikes the round leaves marked, and why (each a strict xfail: it fails on lead too).
_LEFT = {
    "Ave Marian": "a prayer's title of a given name and a word no dictionary knows: no rule",
    "040 765 4321": "a mobile number behind a body's stays a phone (review 36 #2)",
    "09 310 45678": '"ajanvaraus" is a service, not a body\'s noun of the lists',
}
#: Persons lead misses too, and why.
_MISSED = {
    "Kettulalle": "a -la/-lä surname Voikko does not know, told in the allative: no rule",
}


def _marked(case: tuple[str, str], reasons: dict[str, str]) -> object:
    reason = reasons.get(case[1])
    if reason is None:
        return case
    return pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=reason))


test_lookalikes_left = leaves([_marked(lookalike, _LEFT) for lookalike, _ in PAIRS])
test_persons_beside_them_marked = finds([_marked(person, _MISSED) for _, person in PAIRS])


@pytest.mark.usefixtures("settings_of_our_own")
@pytest.mark.parametrize("cautious", [False, True], ids=["notes", "publish"])
def test_setting_off_marks_them_again(analyzer: LemmaAnalyzer, cautious: bool) -> None:
    """`place_and_firm_shapes = false`: the firms, the facilities' places and the handles
    that lead marked are marked again (the lexicon's machine heads are not the setting's)."""
    configure_privacy(analyzer, PrivacySettings(place_and_firm_shapes=False))
    again = ["Lehtiseltä", "Rantaselta", "Hakkaraiselle", "Laurilassa", "@nuorisotila_pihlaja"]
    for text, piece in [case for case, _ in PAIRS if case[1] in again]:
        assert touched(analyzer, text, piece, cautious), text


#: Persons written after the rules' first dev run, on the guards it showed were needed (said
#: so in docs/privacy.md): half of a whole name is no unit, a farm's trade stays with the
#: family rule, a person in the inessive's neighbour case stays one.
test_probes_after = finds(
    [
        ("Asiasta tietää eniten Pekka Koivusalo", "Pekka Koivusalo"),
        ("Kotimäen Liisalle lähtee kutsu", "Kotimäen Liisalle"),
        ("Perheet hakevat kananmunat Hakalan tilalta", "Hakalan"),
        ("Mäntylällä on avaimet kenttään", "Mäntylällä"),
    ]
)


#: Review 51 (privacy67's rules gave back real persons; mend105): each person the round's
#: rules left unmarked, by the finding that names it. Fixed by grammar, no name listed.
REVIEW51_PERSONS = [
    ("Mäntylän traktori jäi ojaan", "Mäntylän"),  # 1: a vehicle a person owns
    ("Mäntylän kone hajosi kesken työn", "Mäntylän"),  # 1: a machine
    ("Toivolan mopo on rikki", "Toivolan"),  # 1: a vehicle
    ("Harjulan nukke löytyi pihalta", "Harjulan"),  # 1: a toy
    ("Elina Kalevala esiintyi juhlassa", "Elina Kalevala"),  # 2: no thing frame
    ("Konsertissa lauloi Elina Kalevala", "Elina Kalevala"),  # 2
    ("Kotipelto vastasi kyselyyn ja lupasi soittaa", "Kotipelto"),  # 3: a surname acts
    ("Mäntylästä saatiin vastaus nopeasti", "Mäntylästä"),  # 4: a message's source
]
test_review51_persons_marked = finds(REVIEW51_PERSONS)

#: mend105's own sentences, written (2026-12-06) before any rule was changed and kept apart
#: from what was tuned on (the review's cases and the dev rows): persons in the frames of
#: review 51 beside look-alikes in the same frames that must stay unmarked.
OWN_PERSONS = [
    ("Koskelan polkupyörä varastettiin asemalta", "Koskelan"),
    ("Rantalan pesukone meni rikki eilen", "Rantalan"),
    ("Hakalan auto jäi lumihankeen", "Hakalan"),
    ("Koivulan nalle unohtui kerhoon", "Koivulan"),
    ("Anna Kalevala lausui runoja iltajuhlassa", "Anna Kalevala"),
    ("Juhlassa tanssi Sanna Kalevala", "Sanna Kalevala"),
    ("Kotiranta kertoi ja lupasi lähettää tiedot", "Kotiranta"),
    ("Rantalasta saatiin viesti aamulla", "Rantalasta"),
    ("Hakalasta vastattiin kirjeeseen heti", "Hakalasta"),
]
OWN_LOOKALIKES = [
    ("Koskelan kirjasto on auki lauantaisin", "Koskelan"),
    ("Hakalan teatteri esittää uuden näytelmän", "Hakalan"),
    ("Koivulasta saatiin hyvää hiekkaa kentälle", "Koivulasta"),
    ("Aurora Borealis loisti taivaalla koko yön", "Aurora Borealis"),
    ("Sosiaalitoimi ja Sivistystoimi kokoontuivat", "Sosiaalitoimi"),
]
#: Own persons lead misses too (none by round 67's rules), and why.
_OWN_MISSED = {
    "Rantalan": 'Voikko reads "Rantala" as a town\'s name too: no rule marks it on lead',
    "Rantalasta": 'Voikko reads "Rantala" as a town\'s name too: no rule marks it on lead',
    "Hakalasta": 'Voikko reads "Hakalasta" as common nouns too ("hakalapsi"): missed on lead',
}
test_own_persons_marked = finds([_marked(case, _OWN_MISSED) for case in OWN_PERSONS])
test_own_lookalikes_left = leaves(OWN_LOOKALIKES)
