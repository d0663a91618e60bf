"""Round 70 (docs/privacy.md, "Round 70"; issue 12): the municipalities from Faker's maintained
list, a town asked about its people, and names beside kin or after a surname.

TOWN_* and FRESH_* were written (2026-12-06) before any code of the round changed, in words
not seen in the dev rows; they are not tuned on. On lead efd9ced9: the town asked about its
residents is read as a person (the person-noun guard of review 57 takes "asukasta" for the
one asked); FRESH persons 5 of 7 found in both modes ("laakson ritvan", "Koivun" missed:
strict xfails until a rule takes them), look-alikes 8 of 8 left. After the round: persons 6
of 7 ("Koivun pariskunta" stays a strict xfail: a family noun kin_owners.py does not read),
look-alikes 8 of 8. PROBE_* were written after the code (not blind)."""

from __future__ import annotations

import dataclasses

import pytest
from kinds_cases import MODES, covered, finds, leaves

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy
from muistiinpanot.privacy.gazetteer import load_gazetteer


def test_municipalities_from_faker() -> None:
    """Faker's fi_FI cities, suffixes stripped, merged-away ones left out, Åland kept."""
    towns = load_gazetteer().municipalities
    assert {"salla", "inari", "koski", "pedersöre", "maarianhamina", "jomala"} <= towns
    assert not any(t.endswith((" tl", " kunta")) for t in towns)
    assert not {"honkajoki", "valtimo", "saana"} & towns
    assert 300 <= len(towns) <= 320


#: A municipality asked about its people stays a place; "hän" still makes the one asked a
#: person (written before the change).
TOWN_LOOKALIKES = [
    ("Kysyimme Sallalta, montako asukasta kylissä on", "Sallalta"),
    ("Kysyimme Inarilta, miten kunta palvelee asukkaita", "Inarilta"),
    ("Kysyimme Sallalta, miten asukkaat pääsevät kirjastoon", "Sallalta"),
]
test_town_lookalikes = leaves(TOWN_LOOKALIKES)
TOWN_PERSONS = [
    ("Kysyimme Sallalta, montako asukasta kylissä on, hän tietää", "Sallalta"),
    ("Kysyin Sallalta mallia kyytiin, hän vastasi heti", "Sallalta"),
    ("Kysykää Simolta, hän tietää", "Simolta"),
    ("Kysyimme Sallalta, miten kunta hoitaa asian, ja opettaja vastasi", "Sallalta"),
]
test_town_persons = finds(TOWN_PERSONS)

#: A lower-case surname before a given name; a kin or household noun after a name's genitive.
FRESH_PERSONS = [
    ("juttelin koiviston annan kanssa pihalla", "koiviston annan"),
    ("mäkelän pekka lupasi tuoda tikkaat", "mäkelän pekka"),
    ("kallion tuulan kanssa sovittiin vuoroista", "kallion tuulan"),
    ("laakson ritvan poika ajaa bussia", "laakson ritvan"),
    ("Salosen perhe muutti kylään keväällä", "Salosen"),
    ("Tuulikki Rannan tytär hoitaa kioskia", "Tuulikki Rannan"),
    pytest.param(
        "Koivun pariskunta avasi kahvilan",
        "Koivun",
        marks=pytest.mark.xfail(
            strict=True, reason="a lone word's family noun (pariskunta) opening the note"
        ),
    ),
]
test_fresh_persons = finds(FRESH_PERSONS)
FRESH_LOOKALIKES = [
    ("Kuusen oksat katkesivat myrskyssä", "Kuusen"),
    ("Aallon harja näkyi rannalle asti", "Aallon"),
    ("lumen sulaminen kesti toukokuuhun", "lumen"),
    ("koivun lehdet kellastuivat aikaisin", "koivun"),
    ("illan sateen jälkeen tie oli liukas", "sateen"),
    ("Kylän väki kokoontui talkoisiin", "Kylän"),
    ("järven rannan mökit tyhjenivät syksyllä", "rannan"),
    ("Pihlajan marjat kypsyivät aikaisin", "Pihlajan"),
]
test_fresh_lookalikes = leaves(FRESH_LOOKALIKES)

#: The dev rows of the kinds (notes mode misses on lead efd9ced9), as the rules read them.
DEV_SHAPES = [
    ("aallon sannan tytär on nykyään kepparikerhon vetäjä", "aallon sannan"),
    ("Pilvi Koskisen poika loukkas jalkansa pulkkamäessä", "Pilvi Koskisen"),
    ("Kuusen perhe lahjoitti kolme pulkkaa", "Kuusen"),
    ("Kiven perheelle kuuluu kiitos lahjoitetusta veneestä", "Kiven"),
]
test_dev_shapes = finds(DEV_SHAPES)

#: Probes written after the code: a story's animals that live or are, a pair with no name's
#: reading, stay unmarked in notes.
PROBE_LOOKALIKES = [
    ("Karhun perhe asuu metsässä", "Karhun"),
    ("Kuusen perhe on iso", "Kuusen"),
    ("kylän nuoret pojat lähtivät kisoihin", "kylän"),
]
test_probe_lookalikes = leaves(PROBE_LOOKALIKES, pytest.mark.parametrize("cautious", [False]))


@MODES
@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("aallon sannan tytär on nykyään kepparikerhon vetäjä", "aallon sannan"),
        ("Kuusen perhe lahjoitti kolme pulkkaa", "Kuusen"),
    ],
)
def test_setting_off_leaves_lead_reading(
    analyzer: LemmaAnalyzer, settings_of_our_own: None, text: str, piece: str, cautious: bool
) -> None:
    """`kin_name_pairs` off gives lead's reading back in notes (the publisher redacts a
    sentence-opening family's genitive whatever the verb)."""
    configure_privacy(analyzer, dataclasses.replace(PrivacySettings(), kin_name_pairs=False))
    assert covered(analyzer, text, piece, cautious) == (cautious and piece == "Kuusen")
    configure_privacy(analyzer, PrivacySettings())
    assert covered(analyzer, text, piece, cautious)
