"""Review 74 #5 (mend154): the title rule's topics (title_reasons.clear_lead). Themes join one
topic only when they are alike every member, not link by link, so unrelated themes do not
chain into one rival; a theme alike the named theme is of its own topic and never its rival,
and its notes do not count with it either (the claim stands on the named theme's own notes).
Labels of a residents' association clinic of my own, written before the code and before
any measuring; real spaCy word vectors and Voikko."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Theme
from muistiinpanot.summarize.title_reasons import clear_lead

RATIO, COSINE = 1.25, 0.4
NOT_LANDED = (
    "; the mend (complete linkage, own topic no rival) was measured and not landed: 8 dev"
    " titles gained the claim, 1 true and 7 false (docs/how-it-works.md, mend154)"
)


def _theme(n: int, label: str) -> Theme:
    return Theme(f"uusi-{n}", label, "emergent")


WORK = _theme(1, "Talkoot")
PARKING = _theme(2, "Pysäköinti")
RENT = _theme(3, "Vuokra")
POWER = _theme(4, "Sähkö")
HEATING = _theme(5, "Lämmitys")
NOISE = _theme(6, "Melu")
NEWS = _theme(7, "Tiedotus")
GYM = _theme(8, "Kuntosali")
POOL = _theme(9, "Uimahalli")
RINK = _theme(10, "Jäähalli")
DOGS = _theme(11, "Koirat")
TRAIN = _theme(12, "Juna")
BUS = _theme(13, "Bussi")
TRAM = _theme(14, "Raitiovaunu")
CAFE = _theme(15, "Kahvio")


def _lead(analyzer: LemmaAnalyzer, named: Theme, sizes: Mapping[Theme, tuple[int, int]]) -> bool:
    """`sizes`: each theme's notes and the groups that wrote them in turn."""
    members = {t.id: [f"{t.id}-{i}" for i in range(n)] for t, (n, _) in sizes.items()}
    groups = {
        f"{t.id}-{i}": frozenset({f"ryhma{i % spread + 1}"})
        for t, (n, spread) in sizes.items()
        for i in range(n)
    }
    return clear_lead(named, list(sizes), members, groups, analyzer, RATIO, COSINE)


@pytest.mark.xfail(
    strict=True,
    reason="single linkage chains the five (review 74 #5)" + NOT_LANDED,
)
def test_five_unrelated_themes_do_not_chain(analyzer: LemmaAnalyzer) -> None:
    # parking, rent, electricity, heating and noise: neighbours alike link by link
    # (parking-rent, rent-electricity, electricity-heating, heating-noise), not one topic
    sizes = {WORK: (9, 4), PARKING: (3, 2), RENT: (3, 2), POWER: (3, 2), HEATING: (3, 2)}
    sizes[NOISE] = (3, 2)
    assert _lead(analyzer, WORK, sizes)


def test_a_split_topic_still_outweighs(analyzer: LemmaAnalyzer) -> None:
    # the gym, the swimming hall and the ice rink are each alike the other two
    sizes = {NEWS: (10, 4), GYM: (5, 4), POOL: (4, 3), RINK: (3, 2), DOGS: (2, 2)}
    assert not _lead(analyzer, NEWS, sizes)
    # without the rink the two halls (9 notes) are still too near the news's 10
    del sizes[RINK]
    assert not _lead(analyzer, NEWS, sizes)
    # and far behind, the news leads
    sizes = {NEWS: (14, 4), GYM: (5, 4), POOL: (4, 3), RINK: (2, 2)}
    assert _lead(analyzer, NEWS, sizes)


@pytest.mark.xfail(
    strict=True,
    reason="the named theme's own topic is its rival (review 74 #5)" + NOT_LANDED,
)
def test_the_named_themes_own_topic_is_no_rival(analyzer: LemmaAnalyzer) -> None:
    # buses and trams are the train's own topic: together as many notes, yet no rival
    sizes = {TRAIN: (10, 4), BUS: (5, 3), TRAM: (5, 3), WORK: (3, 2)}
    assert _lead(analyzer, TRAIN, sizes)


def test_the_own_topic_does_not_lift_the_named_theme(analyzer: LemmaAnalyzer) -> None:
    # the café's 9 notes keep the train's 10 from a clear lead; the buses do not count with it
    sizes = {TRAIN: (10, 4), BUS: (6, 3), CAFE: (9, 4)}
    assert not _lead(analyzer, TRAIN, sizes)
