"""Round 24 (summary26): clauses that start alike up to "olla" share it only when it is the
same verb in both: a copula and the perfect's auxiliary ("Maksu on kallis." + "Maksu on
noussut.") are two, so "Maksu on kallis ja noussut." is not written; nor a copula and a
necessive ("Pysäkit ovat pimeitä." + "Pysäkit on valaistava.", mend189) (fresh sentences,
real Voikko)."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.joins import TONE_ORDER, Unit, shared_starts
from muistiinpanot.summarize.parsetree import Span
from muistiinpanot.summarize.pieces import Piece


def _unit(text: str, note: str) -> Unit:
    piece = Piece(note, "clause", Span(text, frozenset()), "statement")
    return Unit(text, [piece], int(note), TONE_ORDER["statement"])


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        # a copula and a perfect: kept apart
        ("Vuokra on viisisataa euroa kuussa.", "Vuokra on noussut joka vuosi.", None),
        ("Pääsymaksu on liian kallis.", "Pääsymaksu on jo kaksinkertaistunut.", None),
        ("Kerho on kiinni kesällä.", "Kerho on toiminut kymmenen vuotta.", None),
        # ... two copulas or two perfects share it, as other verbs do
        (
            "Vuokra on liian korkea.",
            "Vuokra on kohtuuton pienituloisille.",
            "Vuokra on liian korkea ja kohtuuton pienituloisille.",
        ),
        (
            "Vuokra on noussut joka vuosi.",
            "Vuokra on kaksinkertaistunut kymmenessä vuodessa.",
            "Vuokra on noussut joka vuosi ja kaksinkertaistunut kymmenessä vuodessa.",
        ),
        # mend189 (review 88): a copula and a necessive are two "olla" too
        ("Portaat ovat liukkaita aamuisin.", "Portaat on hiekoitettava ajoissa.", None),
        ("Kerhotila on ahdas ja kylmä.", "Kerhotila on ehdottomasti remontoitava.", None),
        ("Kerhotila on remontoitava pian.", "Kerhotila on liian ahdas.", None),
        # two necessives share it, as two copulas do
        (
            "Portaat on hiekoitettava ajoissa.",
            "Portaat on korjattava kesällä.",
            "Portaat on hiekoitettava ajoissa ja korjattava kesällä.",
        ),
        # a predicative before a participle-like noun is still a copula
        (
            "Ohjelma on tärkeä tehtävä.",
            "Ohjelma on liian laaja.",
            "Ohjelma on tärkeä tehtävä ja liian laaja.",
        ),
    ],
)
def test_a_copula_and_an_auxiliary_are_not_one_olla(
    analyzer: LemmaAnalyzer, first: str, second: str, joined: str | None
) -> None:
    opening, units = shared_starts(_unit(first, "0"), [_unit(second, "1")], analyzer.voikko)
    if joined is None:
        assert [opening.text, *(u.text for u in units)] == [first, second]
    else:
        assert (opening.text, units) == (joined, [])


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        # review 30, finding 7: words before the participle, and a participle with a second
        # (passive) reading, still make a perfect
        ("Jono on pitkä.", "Jono on viime vuonna kasvanut.", None),
        ("Asiakkaita on paljon.", "Asiakkaita on tullut lisää.", None),
        # fresh ones: "olla"'s own perfect is a third kind
        ("Tila on pieni.", "Tila on ollut käytössä pitkään.", None),
        ("Kahvila on suosittu.", "Kahvila on koko kevään pysynyt auki.", None),
        ("Kokeilu on ollut hyvä.", "Kokeilu on kestänyt vuoden.", None),
        (
            "Palvelu on ollut suosittu.",
            "Palvelu on ollut maksuton.",
            "Palvelu on ollut suosittu ja ollut maksuton.",
        ),
    ],
)
def test_the_participle_after_other_words(
    analyzer: LemmaAnalyzer, first: str, second: str, joined: str | None
) -> None:
    test_a_copula_and_an_auxiliary_are_not_one_olla(analyzer, first, second, joined)
