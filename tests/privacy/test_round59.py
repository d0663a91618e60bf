"""Round 59 (docs/privacy.md, "Round 59"): a sensitive event is a sign of a person
(person_signs.py, lexicons/sensitive_events.toml), so a family's farm, mill, land or firm in
an event about its people stays marked ("Korhosen tilalla poliisi teki kotietsinnän"), while
the same places in neutral events, and firms in business news, stay unmarked (round 58).

The sentences were written before the code and run on lead f56d748, both modes alike: tune
half, sensitive 1 of 12 marked, neutral 10 of 10 left; held-out half, sensitive 2 of 14
marked, neutral 12 of 12 left. The "tune" half was read while the lexicon was written, the
"held-out" half only measured after (one of its misses, "pahoinpitely", was then added to
the lexicon's class of crimes: said so in docs/privacy.md)."""

from __future__ import annotations

import pytest
from kinds_cases import finds, leaves

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy.person_signs import sensitive_events
from muistiinpanot.wordparts import parts

#: A surname in -la Voikko reads as a place too ("Mattila", "Heikkilä"): an earlier rule than
#: round 58's leaves it unmarked on lead f56d748 with or without `surname_places`.
_LEAD = pytest.mark.xfail(strict=True, reason="left on lead f56d748 by an earlier rule")

# --- tune half --------------------------------------------------------------------------

test_tune_sensitive = finds(
    [
        ("Korhosen tilalla poliisi teki kotietsinnän", "Korhosen"),
        ("Peltosen tila on ulosotossa", "Peltosen"),
        ("Rantasen tila joutui konkurssiin", "Rantasen"),
        ("Virtasen sahalla sattui työtapaturma", "Virtasen"),
        ("Hakalan tilalta takavarikoitiin laittomia aseita", "Hakalan"),
        ("Nurmisen pellolla tapahtui vakava onnettomuus", "Nurmisen"),
        ("Lehtosen kartanossa riidellään perinnöstä", "Lehtosen"),
        ("Saarisen tilan velat siirtyivät perintätoimistolle", "Saarisen"),
        ("Kettusen rannassa sattui hukkumiskuolema", "Kettusen"),  # marked on lead too
        pytest.param("Mattilan tilalta tehtiin lastensuojeluilmoitus", "Mattilan", marks=_LEAD),
        ("Honkasen metsässä tapahtui ampumaonnettomuus", "Honkasen"),
        ("Ojalan saha on velkasaneerauksessa", "Ojalan"),
    ]
)

test_tune_neutral = leaves(
    [
        ("Korhosen tilalla on lampaita", "Korhosen"),
        ("Virtasen sahalla sahataan lautaa", "Virtasen"),
        ("Peltosen tila on luomutila", "Peltosen"),
        ("Rantasen tilalla kasvatetaan perunaa", "Rantasen"),
        ("Hakalan pellolla kasvaa ohraa", "Hakalan"),
        ("Nurmisen kartanossa on taidenäyttely", "Nurmisen"),
        ("Lehtosen kuljetus osti kolme uutta kuorma-autoa", "Lehtosen"),
        ("Saarisen sähkö voitti kunnan urakan", "Saarisen"),
        ("Honkasen metsässä on hyvä marjamaa", "Honkasen"),
        ("Ojalan saha investoi uuteen kuivaamoon", "Ojalan"),
    ]
)

#: Written after the lexicon, on the words it leaves out because they have a common neutral
#: sense: a debt-free farm, forest care, a renovation, a right.
test_tune_left_out_words = leaves(
    [
        ("Peltosen tila on velaton", "Peltosen"),
        ("Rantasen tilalla on metsänhoitokurssi", "Rantasen"),
        ("Virtasen sahalla saneerataan vanha halli", "Virtasen"),
        ("Korhosen rannalla on oikeus kalastaa", "Korhosen"),
    ]
)

# --- held-out half ----------------------------------------------------------------------

test_held_sensitive = finds(
    [
        ("Pesosen tilalla tehtiin pidätys", "Pesosen"),
        ("Kinnusen sahan koneet ulosmitattiin", "Kinnusen"),
        ("Hyvösen tila haettiin konkurssiin", "Hyvösen"),
        ("Laitisen pellolla sattui traktorionnettomuus", "Laitisen"),
        ("Tiihosen kartanossa puhkesi tappelu", "Tiihosen"),
        ("Huttusen mäellä tapahtui pahoinpitely", "Huttusen"),
        ("Miettisen tilalla tehtiin huostaanotto", "Miettisen"),
        ("Pursiaisen tila myytiin pakkohuutokaupalla", "Pursiaisen"),
        ("Rissasen metsässä tapahtui kuolonkolari", "Rissasen"),
        pytest.param("Heikkilän tilalla epäillään eläinsuojelurikosta", "Heikkilän", marks=_LEAD),
        ("Kokkosen sahalla sattui vakava loukkaantuminen", "Kokkosen"),  # marked on lead too
        ("Lindroosin tilan velkasaneeraus hylättiin käräjäoikeudessa", "Lindroosin"),
        ("Hiltusen tilalla käytiin oikeutta rajariidasta", "Hiltusen"),
        ("Nousiaisen tilalla todettiin vakava sairaus", "Nousiaisen"),  # marked on lead too
    ]
)

test_held_neutral = leaves(
    [
        ("Pesosen tilalla on hevosia", "Pesosen"),
        ("Kinnusen saha toimittaa hirsiä", "Kinnusen"),
        ("Hyvösen tilalla korjataan viljaa", "Hyvösen"),
        ("Laitisen pellolla kasvaa rypsiä", "Laitisen"),
        ("Tiihosen kartanossa järjestetään konsertti", "Tiihosen"),
        ("Huttusen mäellä on näköalatorni", "Huttusen"),
        ("Miettisen tila rakensi uuden navetan", "Miettisen"),
        ("Pursiaisen kuljetus hankki sähkökuorma-auton", "Pursiaisen"),
        ("Rissasen sähkö voitti koulun urakan", "Rissasen"),
        ("Lindroosin saha kasvatti liikevaihtoaan", "Lindroosin"),
        ("Kokkosen huolto avasi uuden toimipisteen", "Kokkosen"),
        ("Heikkilän tilalla on uusi lypsyrobotti", "Heikkilän"),
    ]
)


def test_lexicon_words_are_read(analyzer: LemmaAnalyzer) -> None:
    """Every word of the lexicon is a base form Voikko reads as itself or as a run of its
    compound parts (a plurale tantum in its plural: "käräjät"), so none is dead: a misspelt
    or inflected entry, or a "-minen" noun Voikko reads as its verb, would never match."""
    voikko = analyzer.voikko
    dead = []
    for word in sorted(sensitive_events()):
        readings = voikko.analyze(word) or voikko.analyze(word + "t")
        if not any(
            a.get("BASEFORM") == word or "".join(p.surface for p in parts(a)) == word
            for a in readings
        ):
            dead.append(word)
    assert dead == []
