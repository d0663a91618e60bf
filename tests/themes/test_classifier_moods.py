"""Mood marks of the seeded classifier (classifier_features.mood_marks, [themes]
classifier_moods): a demand, or a denial, of telling reads apart from a plain statement."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.themes.classifier import OTHER, SeededClassifier
from muistiinpanot.themes.classifier_features import mood_marks
from muistiinpanot.vectorize import VectorCache


def test_mood_marks_the_verb_the_mood_bears_on() -> None:
    doc = ("kotihoito", "järjestelmä", "kertoa", "asiakas", "etukäteen")
    text = "kotihoidon järjestelmästä ei kerrottu asiakkaille mitään etukäteen"
    assert mood_marks(doc, text) == ("¬kertoa",)
    doc = ("hävikkiluku", "kannattaa", "näyttää", "oppilas")
    assert mood_marks(doc, "hävikkiluvut kannattais näyttää oppilaille") == (
        "◇kannattaa", "◇näyttää",
    )  # fmt: skip
    assert mood_marks(("hinta", "näkyä"), "Hinnat täytyy näkyä!") == ("◇näkyä",)
    assert mood_marks(("hinta", "näkyä"), "hinnat pitäisi näkyä") == ("◇näkyä",)
    # a plain statement, a negation of no content word, adjectives in -is: no marks
    assert mood_marks(("päätös", "julkaista"), "päätökset julkaistaan") == ()
    assert mood_marks(("hinta",), "hinta ei oo selvä") == ()
    assert mood_marks(("hinta",), "valmis ja kallis hinta, kaunis") == ()


def test_classifier_with_moods_tells_a_demand_from_a_statement(
    analyzer: LemmaAnalyzer, tmp_path: Path
) -> None:
    """The same lemmas, once demanded or denied and once stated: only the marks tell them
    apart, and a new demand in other nouns leans to the demands' theme."""
    cache = VectorCache(analyzer)
    demands = ["hinnat pitäis näkyä", "aikataulu pitäisi näkyä", "säännöt täytyy näkyä",
               "hinnat ei näy", "aikataulu ei näy"]  # fmt: skip
    statements = ["hinnat näkyy", "aikataulu näkyy", "säännöt näkyy", "hinnat näkyvät",
                  "aikataulu näkyi"]  # fmt: skip
    words = {"hinnat": "hinta", "aikataulu": "aikataulu", "säännöt": "sääntö"}
    texts = demands + statements
    docs = [(words[t.split()[0]], "näkyä") for t in texts]
    labels = ["avoimuus"] * len(demands) + [OTHER] * len(statements)
    plain = SeededClassifier(C=10.0, char_weight=0.0).fit(docs, texts, labels, cache)
    marked = SeededClassifier(C=10.0, char_weight=0.0, moods=True).fit(docs, texts, labels, cache)
    new, new_docs = ["kurssimaksut pitäis näkyä"], [("kurssimaksu", "näkyä")]
    column = marked.classes_.index("avoimuus")
    assert (
        marked.predict_proba(new_docs, new, cache)[0, column]
        > plain.predict_proba(new_docs, new, cache)[0, column] + 0.05
    )
    marked.save(tmp_path / "m")
    loaded = SeededClassifier.load(tmp_path / "m")
    assert loaded.moods
    np.testing.assert_allclose(
        loaded.predict_proba(new_docs, new, cache), marked.predict_proba(new_docs, new, cache)
    )
