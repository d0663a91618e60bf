"""Round 32's kinds (docs/privacy.md, "Round 32"): a listed information system's name in the
elative stays a person (the rule that read it as the system was reverted after review 25 #1:
"Wilmasta ei löytynyt rohkeutta" was published); a register name that is a word, the subject
of "jättää … kesken", is a person. Beside their counter-cases, the real spaCy and
Voikko, both modes, sentences of our own (none is a row of a dev set)."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, covered, touched

from muistiinpanot.lemmatize import LemmaAnalyzer


@MODES
@pytest.mark.parametrize(
    ("text", "piece", "name"),
    [
        # a listed system's name in the elative is read as the person, whatever the verb
        ("Wilmasta ei löytynyt eilistä tiedotetta", "Wilmasta", True),
        ("Wilmasta ei löytynyt rohkeutta puhua ryhmän edessä", "Wilmasta", True),
        ("Daisysta puuttuu vielä ensi viikon varaukset", "Daisysta", True),
        # the same name with a person's verb, or "olla", is a person
        ("Wilmasta tuli kerhon uusi sihteeri", "Wilmasta", True),
        ("Wilmasta tuntui ettei häntä kuunneltu", "Wilmasta", True),
        ("Wilmasta on kasvanut reipas nuori", "Wilmasta", True),
        # a given name no system has is a person with a thing's verb too
        ("Jussista ei löytynyt mitään moitittavaa", "Jussista", True),
        # a register name that is a word, the subject of "jättää … kesken"
        ("Kaisla jätti lähihoitajan opinnot kesken", "Kaisla", True),
        ("Into jätti remontin kesken ja muutti pois", "Into", True),
        # a word of nature leaves things too; "kesken" before a genitive is a time's
        ("Sade jätti kylän juoksun kesken", "Sade", False),
        ("Aamu jätti kylän hiljaiseksi kesken kiireen", "Aamu", False),
        ("Usko jätti kylän kesken kaiken", "Usko", False),
    ],
)
def test_the_elative_of_a_system_name_and_a_register_name_that_quits(
    analyzer: LemmaAnalyzer, text: str, piece: str, name: bool, cautious: bool
) -> None:
    if name:
        assert covered(analyzer, text, piece, cautious)
    else:
        assert not touched(analyzer, text, piece, cautious)
