"""The word-linked core of a cluster that fails the coherence test (themes/rescue.py, muu44).

A small clinic of our own (a dog park; written before rescue_p was set, never tuned on),
real Voikko lemmas and floret vectors: three groups each say something of the fence, in a
cluster with three unrelated remarks. In a small clinic the permutation test has little
power; `coherence_p` below 1 / (1 + `coherence_draws`) makes it reject every part here, so
that what the rescue keeps is seen alone."""

from __future__ import annotations

import dataclasses

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.themes import ThemeSettings
from muistiinpanot.themes.coherence import coherent_themes
from muistiinpanot.vectorize import VectorCache

BACKGROUND = [
    "koirapuiston penkit on rikki eikä niitä korjata",
    "roska-astioita pitäis tyhjentää useammin kesällä",
    "valaistus puuttuu kokonaan, talvella ei nää mitään",
    "pienille koirille oma alue olis hyvä",
    "hiekka muuttuu keväällä mutavelliksi",
    "kaupunki ei vastaa palautteisiin puistosta",
    "agilityesteitä vois lisätä nuorille koirille",
    "naapurit valittaa haukkumisesta aamuvarhaisella",
    "talkoita vois järjestää keväällä siivoukseen",
    "penkkejä tarvitaan lisää varjoon",
    "koirien omistajat ei kerää jätöksiä",
    "kesällä alue on liian kuuma, puita puuttuu",
]
FENCE = [
    "aita on vähän matala",
    "kukaan ei maalaa aitaa",
    "aidan takana kasvaa nokkosia",
]
OTHERS = [
    "parkkipaikka on liian pieni viikonloppuisin",
    "bussipysäkki on kilometrin päässä",
    "kahvilan vieressä ois kiva istua",
]
GROUPS = ["a", "b", "c"]
#: no part passes the strict test (its p is at least 1 / 501)
STRICT = dataclasses.replace(ThemeSettings(), coherence_p=0.001)


def _batch(make_notes, analyzer: LemmaAnalyzer):  # type: ignore[no-untyped-def]
    texts = BACKGROUND + FENCE + OTHERS
    notes = make_notes([(f"k:{i:02d}", text) for i, text in enumerate(texts)])
    docs = [tuple(lemma.lower() for lemma in note.content_lemmas) for note in notes]
    fence = list(range(len(BACKGROUND), len(BACKGROUND) + len(FENCE)))
    cluster = list(range(len(BACKGROUND), len(texts)))
    return docs, fence, cluster, VectorCache(analyzer)


def test_a_failing_cluster_keeps_the_point_several_groups_made(make_notes, analyzer) -> None:  # type: ignore[no-untyped-def]
    docs, fence, cluster, cache = _batch(make_notes, analyzer)
    groups = ["x"] * len(docs)
    for row, group in zip(fence, GROUPS, strict=True):
        groups[row] = group
    off = dataclasses.replace(STRICT, rescue_shared_words=False)
    assert coherent_themes([cluster], docs, cache, off, groups) == []  # all six to muu
    assert coherent_themes([cluster], docs, cache, STRICT, groups) == [fence]


def test_notes_sharing_no_word_are_not_rescued(make_notes, analyzer) -> None:  # type: ignore[no-untyped-def]
    docs, fence, cluster, cache = _batch(make_notes, analyzer)
    others = [row for row in cluster if row not in fence]
    assert coherent_themes([others], docs, cache, STRICT) == []


def test_one_groups_thread_is_not_rescued(make_notes, analyzer) -> None:  # type: ignore[no-untyped-def]
    docs, _, cluster, cache = _batch(make_notes, analyzer)
    groups = ["a"] * len(docs)
    assert coherent_themes([cluster], docs, cache, STRICT, groups) == []


def test_a_core_needs_min_cluster_size_notes(make_notes, analyzer) -> None:  # type: ignore[no-untyped-def]
    docs, fence, cluster, cache = _batch(make_notes, analyzer)
    larger = dataclasses.replace(STRICT, min_cluster_size=len(fence) + 1)
    assert coherent_themes([cluster], docs, cache, larger) == []
