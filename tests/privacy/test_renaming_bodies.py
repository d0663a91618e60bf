"""A nickname after "eli" is a body's short name only after a noun of a body or a thing
(review 17, finding 6): a lower-case noun whose base form ends in a head of an organisation,
a named thing or a business ("tukikeskus", "nuorisotalo", "hanke", "asiakaspalvelu");
that a noun is no person noun the lexicon knows ("pomo", "vastaava", "esihenkilö") is no
evidence of a body, and the nickname stays a person's. Sentences and nicknames of our own;
the real spaCy NER and Voikko, both modes (privacy/nickname_names.py)."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, finds, found

from muistiinpanot.lemmatize import LemmaAnalyzer

test_a_nickname_after_a_noun_of_no_body_is_a_name = finds(
    [
        ("meidän pomo eli Tapsa lupas hoitaa budjetin", "Tapsa"),
        ("vastaava eli Tapsa soittaa huomenna", "Tapsa"),
        ("tyyppi eli Jartsa soittaa huomenna", "Jartsa"),
        ("uus esihenkilö eli Jartsa kysy aikataulua", "Jartsa"),
        ("meidän koordinaattori eli Pirkkis hoitaa ilmoittautumiset", "Pirkkis"),
        ("toi tukihenkilö eli Villu lupas soittaa", "Villu"),
        ("vetovastuullinen eli Raikku kokoaa listan", "Raikku"),
    ]
)


@MODES
@pytest.mark.parametrize(
    "text",
    [
        "nuorisotalo eli Villu on auki iltaisin",
        "uus hanke eli Pirkkis alkaa syksyllä",
        "kirjaston asiakaspalvelu eli Veke vastaa kysymyksiin",
    ],
)
def test_a_nickname_after_a_noun_of_a_body_is_its_short_name(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []
