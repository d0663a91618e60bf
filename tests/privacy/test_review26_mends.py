"""Review 26's findings 2, 3, 4, 9 and 10 on the frames of rounds 39 and 42 (human_acts.py,
called_names.py, lower_frames.py; spans.split_at_quotes). One table: each row a sentence of
our own (the reviewer's and fresh ones; none is a dev set's row), the piece, and whether it
is a person's name (True: covered) or a word left whole (False: not touched). Every row
holds in both modes; a row of a lower-case twin is for lower_frames.py."""

from __future__ import annotations

import pytest
from kinds_cases import covered, found, touched

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy.spans import PersonalSpan, split_at_quotes

#: (text, piece, a name?)
CASES = [
    # 2: the illative of a queue belongs to the verb's own phrase; weather "comes"
    ("Sade tuli ja jonoon jäi enää muutama asiakas.", "Sade", False),
    ("Lumi tuli yöllä ja aamulla jouduimme jonoon.", "Lumi", False),
    ("Aamu tuli ja ruokajonoon ehti vain kymmenen ihmistä.", "Aamu", False),
    ("Sade tuli yllättäen ja ruokajonoon jääneet kastuivat.", "Sade", False),
    ("Halla tuli ja moni jäi jonoon ilman lapasia.", "Halla", False),
    ("Tuuli tuli kylmänä ja jonoon mahtui vain puolet.", "Tuuli", False),
    ("Tuuli puhalsi kovaa mutta jonoon mahtui silti kaikki.", "Tuuli", False),
    ("Sade tuli ruokajonoon yllättäen.", "Sade", False),
    ("sade tuli ja jonoon jäi enää muutama asiakas.", "sade", False),
    ("eilen lumi tuli ja ruokajonoon ehti vain kymmenen.", "lumi", False),
    ("Usva jäi eilen ruokajonoon ja kertoi asiasta.", "Usva", True),
    ("Halla pääsi ruokajonoon vasta kolmantena.", "Halla", True),
    ("Sade meni jonoon ensimmäisenä.", "Sade", True),
    ("usva jäi jonoon kaupassa.", "usva", True),
    # 4: "soittaa" with an object plays; an errand's elative is nearer people than nature
    ("Sade soitti vesikouruissa meille tuttua säveltä.", "Sade", False),
    ("Sade soitti peltikattoon meille rauhoittavaa musiikkia.", "Sade", False),
    ("Sade soitti räystäistä kaupungin katoille.", "Sade", False),
    ("Sade soitti koululle ääntä.", "Sade", False),
    ("Sade soitti eilen kunnan neuvontaan asumistuesta.", "Sade", True),
    ("Sade soitti Kelaan toimeentulotuesta.", "Sade", True),
    ("Usva soitti sosiaalitoimeen monta kertaa.", "Usva", True),
    ("Usva soitti minulle koko illan.", "Usva", True),
    ("Usva soitti meille häätöuhasta.", "Usva", True),
    # 3: the naming verb's object is its nearest partitive or accusative; a genitive before
    # a noun or a postposition is an attribute; a role, kin or adjective is an epithet
    ('Pojan mielestä hanketta kutsutaan "Silloiksi".', "Silloiksi", False),
    ('Ohjaajan mukaan ryhmää kutsutaan "Tiimiksi".', "Tiimiksi", False),
    ('Pojan isä kutsuu koulua "Vankilaksi".', "Vankilaksi", False),
    ('Äidin mielestä paikkaa sanotaan "Kodiksi".', "Kodiksi", False),
    ('Opettajan kanssa kerhoa kutsuttiin "Pajaksi".', "Pajaksi", False),
    ('Asiakkaat kutsuvat meitä "Sossuiksi".', "Sossuiksi", False),
    ('Asiakas haukkui häntä "Idiootiksi".', "Idiootiksi", False),
    ('Asiakas haukkui minua "Tyhmäksi".', "Tyhmäksi", False),
    ('Lapset kutsuvat häntä "Äidiksi".', "Äidiksi", False),
    ('Kaikki kutsuvat häntä "Pomoksi".', "Pomoksi", False),
    ('Poikaa kutsutaan luokalla "Professoriksi".', "Professoriksi", False),
    ('Naapurit kutsuvat häntä "Pikkuveljeksi".', "Pikkuveljeksi", False),
    ('Pojan isä kutsuu poikaa "Tompaksi".', "Tompaksi", True),
    ('Äidin mielestä poikaa pitäisi kutsua "Jokeksi".', "Jokeksi", True),
    ('Pojan mukaan häntä kutsutaan koulussa "Tipsuksi".', "Tipsuksi", True),
    ('Kaverit kutsuvat tyttöä "Ninniksi".', "Ninniksi", True),
    ('Kaverit kutsuvat häntä "Usvaksi".', "Usvaksi", True),
    # 10: the name in its basic form after a naming verb, and after a nickname noun and "olla"
    ('Kaverit kutsuvat häntä "Joke".', "Joke", True),
    ('Kaverit kutsuvat poikaa "Pupu".', "Pupu", True),
    ('Hänen lempinimensä on "Joke".', "Joke", True),
    ('Hänen kutsumanimensä on "Kake".', "Kake", True),
    ('Lapset kutsuvat häntä "Äiti".', "Äiti", False),
    ('Asiakas sanoi minua "Tyhmä" ja lähti.', "Tyhmä", False),
    ('Hanketta kutsutaan "Silta".', "Silta", False),
    ('Hankkeen lempinimi on "Silta".', "Silta", False),
    ('Kerhon lempinimi on "Olohuone".', "Olohuone", False),
    ('Hänen lempiruokansa on "Pasta".', "Pasta", False),
    ('Sanoin hänelle "Kiitos" ja lähdin.', "Kiitos", False),
]


@pytest.mark.parametrize("cautious", [False, True])
@pytest.mark.parametrize(("text", "piece", "name"), CASES)
def test_review26_frames(
    analyzer: LemmaAnalyzer, text: str, piece: str, name: bool, cautious: bool
) -> None:
    if name:
        assert covered(analyzer, text, piece, cautious=cautious)
    else:
        assert not touched(analyzer, text, piece, cautious=cautious)


@pytest.mark.parametrize("cautious", [False, True])
@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ('Kaverit kutsuvat Mikkoa "Jokeksi".', ["Mikkoa", "Jokeksi"]),
        ("Kaverit kutsuvat Mikkoa ”Jokeksi”.", ["Mikkoa", "Jokeksi"]),
        ("Sean O'Brien kertoi asiasta.", ["Sean O'Brien"]),
    ],
)
def test_no_quote_mark_is_half_redacted(
    analyzer: LemmaAnalyzer, text: str, pieces: list[str], cautious: bool
) -> None:
    """Review 26, finding 9: NER's span 'Mikkoa "Jokeksi' took the opening quote and left
    the closing one; an apostrophe inside a name is no quote."""
    assert found(analyzer, text, cautious=cautious) == pieces


@pytest.mark.parametrize(
    ("text", "span", "pieces"),
    [
        ('kutsuvat Mikkoa "Jokeksi".', (9, 24), ["Mikkoa", "Jokeksi"]),
        ('"Jokeksi" sanoi', (0, 8), ["Jokeksi"]),
        ('Mikko "Joke" Virtanen tuli', (0, 21), ['Mikko "Joke" Virtanen']),
        ("Sean O'Brien", (0, 12), ["Sean O'Brien"]),
    ],
)
def test_split_at_quotes(text: str, span: tuple[int, int], pieces: list[str]) -> None:
    spans = split_at_quotes(text, [PersonalSpan(span[0], span[1], "nimi")])
    assert [text[s.start : s.end] for s in spans] == pieces
