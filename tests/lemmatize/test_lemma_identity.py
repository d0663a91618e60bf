"""LemmaAnalyzer.lemma_identity, the key of lemmas kept on disk (the example notes' cache):
a setting that changes lemmas gives another identity, a memory bound does not."""

from __future__ import annotations

from importlib.metadata import version

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.lemmatize.acronyms import ListedAcronyms
from muistiinpanot.lemmatize.voikko import voikko_identity


def test_lemma_identity_follows_what_decides_lemmas(
    fast_analyzer: LemmaAnalyzer, analyzer: LemmaAnalyzer
) -> None:
    bounds_only = LemmaAnalyzer("fast", batch_size=8, max_vectors=10, max_forms=10)
    assert bounds_only.lemma_identity == fast_analyzer.lemma_identity
    assert analyzer.lemma_identity != fast_analyzer.lemma_identity
    acronyms = LemmaAnalyzer("fast", listed_acronyms=ListedAcronyms(min_zipf=3.0, margin=1.0))
    assert acronyms.lemma_identity != fast_analyzer.lemma_identity
    gap = LemmaAnalyzer("fast", auxiliary_gap=1)
    assert gap.lemma_identity != fast_analyzer.lemma_identity
    assert voikko_identity() in fast_analyzer.lemma_identity
    assert f"simplemma {version('simplemma')}" in fast_analyzer.lemma_identity


def test_lemma_identity_leaves_out_the_reading(fast_analyzer: LemmaAnalyzer) -> None:
    """`reading` changes only what `parse` reads, never a lemma (review 81 #3): switching it
    must not rebuild the example notes' lemmas."""
    voikko_reading = LemmaAnalyzer("fast", reading="voikko")
    assert voikko_reading.lemma_identity == fast_analyzer.lemma_identity
