"""Round 31's kinds (docs/privacy.md, "Round 31"): what blind round 20 missed and flagged,
as classes. Beside their counter-cases, the real spaCy and Voikko, both modes, sentences of
our own (none is a row of a dev set)."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, covered, touched

from muistiinpanot.lemmatize import LemmaAnalyzer


@MODES
@pytest.mark.parametrize(
    ("text", "piece", "name"),
    [
        # a given name's ablative beside a verb of hearing, after or before it
        ("Kaislalta kuultiin eilen että sali on varattu", "Kaislalta", True),
        ("kuulimme myös Usvalta saman asian", "Usvalta", True),
        ("Tuulilta olen kuullut että kerho jatkuu", "Tuulilta", True),
        # no given name, or no verb of hearing ("kuulostaa" is another verb)
        ("Radiolta kuulin että tie on poikki", "Radiolta", False),
        ("Kunnalta kuultiin että päätös viivästyy", "Kunnalta", False),
        ("Onnelta kuulostaa kun kaikki sujuu", "Onnelta", False),
        ("Ikkunalta kuulin sateen ropinan", "Ikkunalta", False),
    ],
)
def test_a_given_name_heard_from(
    analyzer: LemmaAnalyzer, text: str, piece: str, name: bool, cautious: bool
) -> None:
    if name:
        assert covered(analyzer, text, piece, cautious)
    else:
        assert not touched(analyzer, text, piece, cautious)


@MODES
@pytest.mark.parametrize(
    ("text", "piece", "name"),
    [
        # "selittää" is a verb of telling: its allative is the one told
        ("Intolle pitää selittää uusi vuorolista", "Intolle", True),
        ("Kunnalle pitää selittää uusi vuorolista", "Kunnalle", False),
        ("Tuulelle ei voi selittää mitään", "Tuulelle", False),
    ],
)
def test_a_register_name_explained_to(
    analyzer: LemmaAnalyzer, text: str, piece: str, name: bool, cautious: bool
) -> None:
    if name:
        assert covered(analyzer, text, piece, cautious)
    else:
        assert not touched(analyzer, text, piece, cautious)


@MODES
@pytest.mark.parametrize(
    ("text", "piece", "name"),
    [
        # an information system in the inessive before a negated past of a thing's verb
        ("Wilmassa ei näkynyt uusia viestejä", "Wilmassa", False),
        # a given name is no system ("Jussissa näkyy väsymys")
        ("Jussissa ei näkynyt väsymystä", "Jussissa", True),
    ],
)
def test_a_system_before_a_negated_past(
    analyzer: LemmaAnalyzer, text: str, piece: str, name: bool, cautious: bool
) -> None:
    if name:
        assert covered(analyzer, text, piece, cautious)
    else:
        assert not touched(analyzer, text, piece, cautious)


@MODES
@pytest.mark.parametrize(
    ("text", "piece", "name"),
    [
        # a company form ends a firm's name, whatever the casing of the text
        ("Laaksosen Sähkö Oy", "Laaksosen", False),
        ("Nurmisen Maalaus Ky teki julkisivun", "Nurmisen", False),
        # right after a whole name it does not: a sole trader named by the person
        ("Maija Laaksonen Tmi hoitaa kirjanpidon", "Maija Laaksonen", True),
    ],
)
def test_a_company_form(
    analyzer: LemmaAnalyzer, text: str, piece: str, name: bool, cautious: bool
) -> None:
    if name:
        assert covered(analyzer, text, piece, cautious)
    else:
        assert not touched(analyzer, text, piece, cautious)


@MODES
@pytest.mark.parametrize(
    ("text", "piece", "name"),
    [
        # a surname's farm or workshop that takes on staff is a business
        ("Laaksosen paja ottaa kesätyöntekijöitä", "Laaksosen", False),
        ("Nurmisen talli otti harjoittelijan syksyksi", "Nurmisen", False),
        # no staff taken on, or no trade's head: a person's where the text has one (round
        # 58, surname_places.py: a lone surname's farm with no person in the text is a
        # place's name, so "Laaksosen tila ottaa lampaita talveksi" is left now)
        ("Laaksosen tila ottaa lampaita talveksi", "Laaksosen", False),
        ("Laaksosen tila ottaa lampaita talveksi, ja isäntä ruokkii ne", "Laaksosen", True),
        ("Nurmisen äiti otti harjoittelijan kotiinsa", "Nurmisen", True),
    ],
)
def test_a_farm_that_takes_on_staff(
    analyzer: LemmaAnalyzer, text: str, piece: str, name: bool, cautious: bool
) -> None:
    if name:
        assert covered(analyzer, text, piece, cautious)
    else:
        assert not touched(analyzer, text, piece, cautious)


@MODES
@pytest.mark.parametrize(
    ("text", "piece", "name"),
    [
        # a shop's head in a compound written with a hyphen Voikko does not know
        ("Nurmisen lelu-kauppa muutti torin laitaan", "Nurmisen", False),
        # a person's thing, or a whole name's shop ("Ainon kahvila")
        ("Nurmisen kahvi-kuppi jäi pöydälle", "Nurmisen", True),
        ("Maija Nurmisen lelu-kauppa suljettiin", "Maija Nurmisen", True),
    ],
)
def test_a_hyphenated_shop(
    analyzer: LemmaAnalyzer, text: str, piece: str, name: bool, cautious: bool
) -> None:
    if name:
        assert covered(analyzer, text, piece, cautious)
    else:
        assert not touched(analyzer, text, piece, cautious)
