"""The seeded classifier's features: the seed-hit block (classifier_features.seed_hits)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.themes.classifier import OTHER, SeededClassifier
from muistiinpanot.themes.classifier_features import SEED_AFFIX_SHARE, seed_hits
from muistiinpanot.vectorize import VectorCache

SEEDS = (("raja", "tiedonkulku"), ("kokeilu", "kokeilla", "pilotoida"))


def siilot_examples(
    third_doc: tuple[str, ...], third_text: str
) -> tuple[list[tuple[str, ...]], list[str], list[str]]:
    """Six example notes, three of "siilot" (the third `third_doc`, `third_text`) and three
    of OTHER: (docs, texts, labels) for SeededClassifier.fit."""
    docs = [("siilo", "yksikkö"), ("siilo", "toimiala"), third_doc,
            ("kahvi", "tauko"), ("bussi", "aamu"), ("ruoka", "hyvä")]  # fmt: skip
    texts = ["yksiköt siiloissa", "toimialat siiloina", third_text,
             "kahvitauko", "bussi myöhässä aamulla", "ruoka oli hyvää"]  # fmt: skip
    return docs, texts, ["siilot"] * 3 + [OTHER] * 3


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        (("kokeilla", "latauspiste", "katuvalo"), [0.0, 1.0]),  # a seed among topic words
        (("puhelinystäväkokeilu", "puhelin", "ystävä", "kokeilu"), [0.0, 1.0]),  # a part
        (("tiedonkulkuongelma",), [SEED_AFFIX_SHARE, 0.0]),  # starts with a long seed
        (("rajanveto",), [0.0, 0.0]),  # "raja" is shorter than SEED_AFFIX: exact only
        (("kahvi", "tauko"), [0.0, 0.0]),
        ((), [0.0, 0.0]),
    ],
)
def test_seed_hits_exact_part_and_affix(doc: tuple[str, ...], expected: list[float]) -> None:
    assert seed_hits(doc, SEEDS) == expected


def test_seeded_classifier_seed_block_carries_an_unseen_seed_word(
    analyzer: LemmaAnalyzer, tmp_path: Path
) -> None:
    """The examples say siilot with "siilo" only; with the seed block the model learns that a
    seed word of the theme says it, so "tiedonkulku", a seed it never saw in an example,
    leans to siilot more than without the block."""
    cache = VectorCache(analyzer)
    docs, texts, labels = siilot_examples(("siilo", "kunta"), "kunnan siilot")
    plain = SeededClassifier(C=10.0).fit(docs, texts, labels, cache)
    seeds = (("siilo", "tiedonkulku"),)
    seeded = SeededClassifier(C=10.0, seed_weight=1.0, seed_lemmas=seeds).fit(
        docs, texts, labels, cache
    )
    new_docs, new = [("tiedonkulku", "takkuilla")], ["tiedonkulku takkuaa"]
    column = plain.classes_.index("siilot")
    assert (
        seeded.predict_proba(new_docs, new, cache)[0, column]
        > plain.predict_proba(new_docs, new, cache)[0, column]
    )
    assert plain.coef_.shape[1] + 1 == seeded.coef_.shape[1]  # one column per theme
    seeded.save(tmp_path / "m")
    loaded = SeededClassifier.load(tmp_path / "m")
    assert (loaded.seed_weight, [tuple(s) for s in loaded.seed_lemmas]) == (1.0, [seeds[0]])
    np.testing.assert_allclose(
        loaded.predict_proba(new_docs, new, cache),
        seeded.predict_proba(new_docs, new, cache),
        atol=1e-12,
    )


def test_seeded_classifier_weights_count_each_example(analyzer: LemmaAnalyzer) -> None:
    """`weights`: all ones fit what no weights fit; an example weighed 0 teaches nothing, so
    a word only it has leans no way; one weighed more pulls its class up; a wrong length or
    a negative weight is an error (benchmarks/themes_recall.py --weight, session 20)."""
    cache = VectorCache(analyzer)
    docs, texts, labels = siilot_examples(("tiedonkulku", "katketa"), "tiedonkulku katkeaa")
    plain = SeededClassifier(C=10.0).fit(docs, texts, labels, cache)
    ones = SeededClassifier(C=10.0).fit(docs, texts, labels, cache, [1.0] * 6)
    np.testing.assert_allclose(ones.coef_, plain.coef_, atol=1e-9)
    new_docs, new = [("tiedonkulku",)], ["tiedonkulku"]
    column = plain.classes_.index("siilot")
    probability = {
        weight: SeededClassifier(C=10.0)
        .fit(docs, texts, labels, cache, [1.0, 1.0, weight, 1.0, 1.0, 1.0])
        .predict_proba(new_docs, new, cache)[0, column]
        for weight in (0.0, 1.0, 3.0)
    }
    assert probability[0.0] < probability[1.0] < probability[3.0]
    for wrong in ([1.0] * 5, [1.0] * 5 + [-1.0]):
        with pytest.raises(ValueError, match="weights"):
            SeededClassifier().fit(docs, texts, labels, cache, wrong)
