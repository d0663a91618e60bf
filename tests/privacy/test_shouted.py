"""Text typed in capitals, read as if typed normally (privacy/detect.py), with the real spaCy
NER and Voikko: a surname that is also a word after a given name, in notes and published
text alike; a given name that is also a word does not make the next word a surname."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import find_personal_data, find_published_data


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("PAAVO RUOHO TUO KAHVIT", ["PAAVO RUOHO"]),
        ("JORMA PAJU SOITTAA HUOMENNA", ["JORMA PAJU"]),
        ("HEIKKI KIVIKKO OTTAA YHTEYTTÄ", ["HEIKKI KIVIKKO"]),
        # a role before the name is no part of it in either mode (review 19, finding 11)
        ("VASTUUHENKILÖ HELMI KORPIMAA", ["HELMI KORPIMAA"]),
        ("YHTEYSHENKILÖ PAAVO RUOHO", ["PAAVO RUOHO"]),
        ("PUHEENJOHTAJA AINO LAINE KERTOI", ["AINO LAINE"]),
    ],
)
def test_shouted_full_names_are_read_whole(
    analyzer: LemmaAnalyzer, text: str, pieces: list[str]
) -> None:
    for found in (find_personal_data, find_published_data):
        spans = found([text], analyzer)[0]
        assert [text[s.start : s.end] for s in spans] == pieces


@pytest.mark.parametrize(
    "text",
    ["SULO TALO ON REMONTISSA", "ANNA PALAUTE HETI", "KIRJASTO EI AUKEA MAANANTAISIN"],
)
def test_shouted_lookalikes_are_kept(analyzer: LemmaAnalyzer, text: str) -> None:
    assert find_personal_data([text], analyzer)[0] == []
