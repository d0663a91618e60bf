"""Review 73 #1 (mend149): the fallback title's "eniten puhutti X" only when X leads clearly,
by notes and by groups, over every other theme and over any set of other themes whose labels
name one topic (title_reasons.clear_lead); a seeded theme is not privileged. Fresh themes of a
library clinic of my own, written before the code; real spaCy word vectors and Voikko."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Theme
from muistiinpanot.summarize.title_reasons import clear_lead

RATIO, COSINE = 1.25, 0.4


def _members(sizes: Mapping[str, int]) -> dict[str, list[str]]:
    return {tid: [f"{tid}-{i}" for i in range(n)] for tid, n in sizes.items()}


def _groups(
    members: Mapping[str, Sequence[str]], spread: Mapping[str, int]
) -> dict[str, frozenset[str]]:
    """Each theme's notes written in turn by its first `spread[theme]` groups."""
    return {
        note: frozenset({f"ryhma{i % spread[tid] + 1}"})
        for tid, notes in members.items()
        for i, note in enumerate(notes)
    }


HOURS = Theme("uusi-1", "Aukioloajat", "emergent")
LOANS = Theme("uusi-2", "Lainat", "emergent")
CIRCLE = Theme("uusi-3", "Lukupiiri", "emergent")
BUS = Theme("uusi-4", "Bussi", "emergent")
TRAIN = Theme("uusi-5", "Juna", "emergent")
TRAM = Theme("uusi-6", "Raitiovaunu", "emergent")
OPEN = Theme("avoimuus", "Avoimuus ja tiedon jakaminen", "seeded")


def _lead(
    named: Theme, themes: list[Theme], sizes: dict[str, int], spread: dict[str, int], **kw: float
) -> bool:
    members = _members(sizes)
    return clear_lead(
        named,
        themes,
        members,
        _groups(members, spread),
        kw.get("analyzer"),  # type: ignore[arg-type]
        kw.get("ratio", RATIO),
        kw.get("cosine", COSINE),
    )


def test_a_clear_leader_is_named(analyzer: LemmaAnalyzer) -> None:
    themes = [HOURS, LOANS, CIRCLE]
    sizes = {"uusi-1": 14, "uusi-2": 8, "uusi-3": 6}
    spread = {"uusi-1": 4, "uusi-2": 3, "uusi-3": 2}
    assert _lead(HOURS, themes, sizes, spread, analyzer=analyzer)  # type: ignore[arg-type]


def test_a_tie_or_a_narrow_lead_is_no_claim(analyzer: LemmaAnalyzer) -> None:
    themes = [OPEN, HOURS, LOANS]
    spread = {"avoimuus": 4, "uusi-1": 4, "uusi-2": 4}
    tie = {"avoimuus": 10, "uusi-1": 10, "uusi-2": 10}
    assert not _lead(OPEN, themes, tie, spread, analyzer=analyzer)  # type: ignore[arg-type]
    narrow = {"avoimuus": 11, "uusi-1": 10, "uusi-2": 4}
    assert not _lead(OPEN, themes, narrow, spread, analyzer=analyzer)  # type: ignore[arg-type]


def test_fewer_groups_is_no_clear_lead(analyzer: LemmaAnalyzer) -> None:
    themes = [HOURS, LOANS]
    sizes = {"uusi-1": 14, "uusi-2": 8}
    spread = {"uusi-1": 2, "uusi-2": 4}
    assert not _lead(HOURS, themes, sizes, spread, analyzer=analyzer)  # type: ignore[arg-type]


def test_one_topic_split_over_themes_outweighs(analyzer: LemmaAnalyzer) -> None:
    themes = [HOURS, BUS, TRAIN, TRAM, LOANS]
    sizes = {"uusi-1": 12, "uusi-4": 6, "uusi-5": 5, "uusi-6": 3, "uusi-2": 4}
    spread = {"uusi-1": 4, "uusi-4": 4, "uusi-5": 3, "uusi-6": 2, "uusi-2": 2}
    # each alone is far behind the opening hours; the buses, trains and trams together lead
    assert not _lead(HOURS, themes, sizes, spread, analyzer=analyzer)  # type: ignore[arg-type]
    # unrelated smaller themes do not add up: loans and a reading circle are two topics
    other = {"uusi-1": 12, "uusi-2": 7, "uusi-3": 7}
    assert _lead(
        HOURS,
        [HOURS, LOANS, CIRCLE],
        other,
        {"uusi-1": 4, "uusi-2": 3, "uusi-3": 3},
        analyzer=analyzer,  # type: ignore[arg-type]
    )


def test_ratio_zero_is_off(analyzer: LemmaAnalyzer) -> None:
    themes = [OPEN, HOURS]
    sizes = {"avoimuus": 10, "uusi-1": 10}
    spread = {"avoimuus": 4, "uusi-1": 4}
    assert _lead(OPEN, themes, sizes, spread, analyzer=analyzer, ratio=0)  # type: ignore[arg-type]
