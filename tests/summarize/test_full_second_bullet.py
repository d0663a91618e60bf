"""[summary] full_second_bullet (summary37): a theme smaller than second_bullet_notes gets a
second bullet when its first is full (max_sentences sentences), so that a point the choice
found and the render had no room for is said; a first bullet with room left gets none, nor
does any theme with the setting at 0. Notes of our own (a village hall's bookings), written
before any tuning."""

from __future__ import annotations

import dataclasses

from test_second_bullets import _summary

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Theme
from muistiinpanot.summarize import SummarySettings
from muistiinpanot.summarize.postrepeats import sentences

#: Five notes on the village hall, each a point of its own: more than one bullet holds.
_HALL = [
    "kylätalon varauskalenteri on vain paperilla kaupan ilmoitustaululla, "
    "joten vuoroja ei näe kotoa",
    "avaimen noutaminen vaatii käynnin toisessa kylässä, koska vain puheenjohtajalla on avain",
    "kylätalon lämmitys maksaa talvella enemmän kuin vuokrat tuovat, "
    "vaikka taloa käytetään harvoin",
    "talkooväki ikääntyy, eikä nuoria tule mukaan siivoamaan juhlien jälkeen",
    "esteetön sisäänkäynti puuttuu kylätalolta, "
    "joten rollaattorilla liikkuvat jäävät pois tilaisuuksista",
]
_ROAD = [
    "kylätien kuopat rikkovat autoja keväisin",
    "koulukyyti ei aja huonokuntoista kylätietä",
    "tiekunta ei saa avustusta kunnalta",
]
_SETTINGS = SummarySettings(min_kept_notes=1, merge_second_bullet=False)


def test_a_full_first_bullet_gives_a_small_theme_a_second(analyzer: LemmaAnalyzer) -> None:
    hall, road = Theme("talo", "Kylätalo", "seeded"), Theme("tie", "Kylätie", "seeded")
    groups = [(hall, _HALL), (road, _ROAD)]
    off, _, _ = _summary(analyzer, groups, dataclasses.replace(_SETTINGS, full_second_bullet=0))
    assert [b.theme for b in off.bullets].count("talo") == 1
    (first,) = [b for b in off.bullets if b.theme == "talo"]
    assert len(sentences(first.text)) == _SETTINGS.max_sentences  # full: a point left out
    on = dataclasses.replace(_SETTINGS, full_second_bullet=4)
    post, themes, _ = _summary(analyzer, groups, on)
    bullets = [b for b in post.bullets if b.theme == "talo"]
    assert len(bullets) == 2 and themes["talo"]["second_bullet"] is True
    assert not set(bullets[0].note_ids) & set(bullets[1].note_ids)
    said = {i for b in bullets for i in b.note_ids}
    assert len(said) > len(first.note_ids)  # a note the full bullet had no room for is said
    # the road's first bullet has room left (three notes): no second bullet
    assert [b.theme for b in post.bullets].count("tie") == 1


def test_a_theme_below_the_setting_gets_no_second_bullet(analyzer: LemmaAnalyzer) -> None:
    hall = Theme("talo", "Kylätalo", "seeded")
    settings = dataclasses.replace(_SETTINGS, full_second_bullet=6, second_bullet_notes=7)
    post, _, _ = _summary(analyzer, [(hall, _HALL)], settings)
    assert [b.theme for b in post.bullets] == ["talo"]
