"""Review 59 #6 (mend121): the lint's `slash_left` counts every slash of a chain between words
of letters, a two-letter word inside it too. Written before the change, with phrases of my
own."""

from __future__ import annotations

import pytest

from muistiinpanot.summarize.tidy_sentences import slashes_left


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Tiedot kulkevat paperi/sähköposti/puhelin kautta.", 2),
        ("Mainonta tv/radio/lehti maksaa.", 1),  # "tv/radio" is unspaced and short, as "km/h"
        ("Kanavat posti / tv / verkko toimivat.", 2),  # spaced: every slash
        ("Nopeus 50 km/h riittää.", 0),
        ("Auki 24/7 koko vuoden.", 0),
        ("Kysy ja/tai ehdota.", 0),
        ("Katso kela.fi/asiointi/lomakkeet ohjeet.", 0),
    ],
)
def test_every_slash_of_a_chain_counts(sentence: str, count: int) -> None:
    assert slashes_left(sentence) == count
