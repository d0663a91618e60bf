"""Labelled examples: reading, the classifier's contract and storage, and the blended decision."""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from muistiinpanot.app.pipeline import example_rows
from muistiinpanot.errors import ConfigError, InputError
from muistiinpanot.ingest.labelled import read_examples
from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_notes
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.themes import ThemeSettings, assign_themes, load_theme_definitions
from muistiinpanot.themes.classifier import OTHER, NotFittedError, SeededClassifier
from muistiinpanot.themes.examples import NEIGHBOURS, exemplar_scores, load_examples
from muistiinpanot.vectorize import VectorCache

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "tests" / "fixtures" / "themes" / "examples"


def _notes(texts: list[str]) -> list[Note]:
    return [
        Note(id=f"k/r.txt:{i}", clinic="k", group="r", text=t, clean_text=t,
             source=SourceRef("r.txt", line=i))
        for i, t in enumerate(texts, start=1)
    ]  # fmt: skip


def test_read_examples_requires_label(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("text,label\nluottamus puuttuu,\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_examples(tmp_path)
    assert caught.value.row == 2  # the file line


def test_seeded_classifier_unfitted_raises(analyzer: LemmaAnalyzer) -> None:
    with pytest.raises(NotFittedError):
        SeededClassifier().predict_proba([("siilo",)], ["siilot"], VectorCache(analyzer))


def test_seeded_classifier_save_load_round_trip(analyzer: LemmaAnalyzer, tmp_path: Path) -> None:
    cache = VectorCache(analyzer)
    docs = [("siilo", "raja"), ("luottamus",), ("kahvi", "tauko"), ("siilo",), ("luottaa",)]
    texts = ["siiloissa rajoja", "luottamus puuttuu", "kahvitauko", "siilot", "ei luoteta"]
    labels = ["siilot", "luottamus", OTHER, "siilot", "luottamus"]
    model = SeededClassifier(C=2.0, char_weight=1.5).fit(docs, texts, labels, cache)
    model.save(tmp_path / "m")
    assert sorted(p.name for p in (tmp_path / "m").iterdir()) == [
        "char_idf.npy", "coef.npy", "idf.npy", "intercept.npy", "model.json",
    ]  # fmt: skip
    assert model.char_vocabulary_  # n-grams shared by two notes ("siil", "luot")
    loaded = SeededClassifier.load(tmp_path / "m")
    assert loaded.classes_ == model.classes_
    assert loaded.char_weight == 1.5
    np.testing.assert_allclose(
        loaded.predict_proba(docs, texts, cache),
        model.predict_proba(docs, texts, cache),
        atol=1e-12,
    )


def test_seeded_classifier_load_rejects_malformed(tmp_path: Path) -> None:
    (tmp_path / "model.json").write_text('{"format": 1}', encoding="utf-8")
    with pytest.raises(ConfigError):
        SeededClassifier.load(tmp_path)


def test_assign_themes_with_examples_uses_their_vocabulary(analyzer: LemmaAnalyzer) -> None:
    definitions = load_theme_definitions(REPO / "models" / "themes.toml")
    examples = load_examples(example_rows(EXAMPLES), definitions, analyzer)
    assert examples is not None
    notes = lemmatize_notes(
        _notes(
            [
                "asiakas pompottelee luukulta toiselle eikä kukaan katso kokonaisuutta",
                "esityslistat ja muistiot pitäisi laittaa verkkoon kaikkien nähtäville",
                "kahvitauko ja sitten jatketaan",
            ]
        ),
        analyzer,
    )
    settings = ThemeSettings()
    result = assign_themes(notes, definitions, analyzer, settings, examples)
    themes = {a.note_id: a.theme for a in result.assignments}
    assert themes["k/r.txt:1"] == "siilot"
    assert themes["k/r.txt:2"] == "avoimuus"
    assert themes["k/r.txt:3"] not in {d.id for d in definitions}
    assert all(0.0 <= a.score <= 1.0 for a in result.assignments)
    again = assign_themes(list(reversed(notes)), definitions, analyzer, settings, examples)
    assert again == result


def test_bundled_examples_labels_are_themes_or_other() -> None:
    definitions = load_theme_definitions(REPO / "models" / "themes.toml")
    ids = {d.id for d in definitions} | {OTHER}
    rows = read_examples(REPO / "models" / "training")
    assert len(rows) >= 500
    assert {label for _, label in rows} <= ids


def _direct_similarity(
    note: list[str], example: list[str], idf: dict[str, float], cache: VectorCache
) -> float:
    """The soft word alignment of two notes, word pair by word pair (the definition)."""
    default = max(idf.values())
    cos = np.array([[float(cache.get(a) @ cache.get(b)) for b in example] for a in note])
    to_example = sum(idf.get(a, default) * cos[i].max() for i, a in enumerate(note))
    from_example = sum(idf.get(b, default) * cos[:, j].max() for j, b in enumerate(example))
    forward = to_example / sum(idf.get(a, default) for a in note)
    return (forward + from_example / sum(idf.get(b, default) for b in example)) / 2


def test_exemplar_scores_match_the_pairwise_definition_and_forget_order(
    analyzer: LemmaAnalyzer,
) -> None:
    definitions = load_theme_definitions(REPO / "models" / "themes.toml")
    examples = load_examples(example_rows(EXAMPLES), definitions, analyzer)
    assert examples is not None
    cache = VectorCache(analyzer)
    docs = [
        ["asiakas", "luukku", "kokonaisuus"],
        ["muistio", "verkko", "esityslista", "asiakas"],
        [],
        ["kahvitauko"],
    ]
    examples.word_scores.clear()
    scores = exemplar_scores(docs, examples, cache)
    for row, doc in enumerate(docs):
        for column, label in enumerate(examples.classes):
            similarities = sorted(
                (
                    _direct_similarity(doc, list(example), examples.idf, cache)
                    for example, example_label in zip(examples.docs, examples.labels, strict=True)
                    if example_label == label and example and doc
                ),
                reverse=True,
            )
            expected = float(np.mean(similarities[:NEIGHBOURS])) if similarities else 0.0
            assert scores[row, column] == pytest.approx(expected, abs=1e-12)
    # scores kept per word form do not depend on which notes met the word first
    examples.word_scores.clear()
    exemplar_scores(docs[::-1] + [["luukku", "hallinto"]], examples, cache)
    assert np.array_equal(exemplar_scores(docs, examples, cache), scores)


#: Rounds of the threaded exemplar test. The race it guards against is rare: the old plain
#: dict cache (a word evicted by one thread while another popped it: KeyError) failed in one
#: of two runs at 300 rounds; 150 keeps the suite lean, so this test may pass on a regression.
_ROUNDS = 150


def test_exemplar_scores_from_threads_equal_one_thread(fast_analyzer: LemmaAnalyzer) -> None:
    """The word scores are kept per process and shared by threads (the archive's Dask
    workers run clinics in threads): with `words_kept` so small that every call evicts,
    four threads switching as often as they can get the scores one thread gets."""
    definitions = load_theme_definitions(REPO / "models" / "themes.toml")
    examples = load_examples(
        example_rows(EXAMPLES),
        definitions,
        fast_analyzer,
        settings=ThemeSettings(example_words_kept=3),
    )
    assert examples is not None and examples.word_scores.max_items == 3
    cache = VectorCache(fast_analyzer)
    words = ["asiakas", "luukku", "kokonaisuus", "muistio", "verkko", "esityslista", "kahvi"]
    batches = [[words[i : i + 3], words[i + 1 : i + 5]] for i in range(len(words) - 3)]
    expected = [exemplar_scores(docs, examples, cache) for docs in batches]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            got = list(
                pool.map(lambda docs: exemplar_scores(docs, examples, cache), batches * _ROUNDS)
            )
    finally:
        sys.setswitchinterval(interval)
    for scores, want in zip(got, expected * _ROUNDS, strict=True):
        assert np.array_equal(scores, want)
    assert len(examples.word_scores) <= 3


def test_seeded_classifier_word_dropout_lets_the_other_words_say_the_theme(
    analyzer: LemmaAnalyzer, tmp_path: Path
) -> None:
    """Every silo example says "siilo"; with word dropout the model also learns the words
    around it, so a note that says the same without the word leans to siilot more."""
    cache = VectorCache(analyzer)
    silos = [
        "siilot estää tiedon kulkemisen yksiköiden välillä",
        "jokainen yksikkö on oma siilonsa eikä tieto kulje",
        "siiloissa tehdään päällekkäistä työtä toimialojen välillä",
        "toimialat ovat siiloja, tieto ei liiku yksiköstä toiseen",
        "siilomaisuus näkyy: yksiköt eivät tiedä toistensa töistä",
    ]
    others = [
        "kahvitauko oli liian lyhyt",
        "pysäköintipaikkoja on liian vähän",
        "ruokalan kasvisruoka oli hyvää",
        "bussi myöhästyi taas aamulla",
        "kokoushuone oli liian kylmä",
    ]
    texts = silos + others
    docs = [
        tuple(dict.fromkeys(lemma.lower() for lemma in note.content_lemmas))
        for note in lemmatize_notes(
            [
                Note(f"e:{n}", "e", "g", t, SourceRef("e.csv", row=n), clean_text=t)
                for n, t in enumerate(texts, start=1)
            ],
            analyzer,
        )
    ]
    labels = ["siilot"] * len(silos) + [OTHER] * len(others)
    plain = SeededClassifier(C=10.0).fit(docs, texts, labels, cache)
    dropped = SeededClassifier(C=10.0, dropout=0.3).fit(docs, texts, labels, cache)
    again = SeededClassifier(C=10.0, dropout=0.3).fit(docs, texts, labels, cache)
    np.testing.assert_array_equal(dropped.coef_, again.coef_)  # a seeded draw
    new = ["tieto ei kulje yksiköiden ja toimialojen välillä"]
    new_docs = [("tieto", "kulkea", "yksikkö", "toimiala", "väli")]
    column = plain.classes_.index("siilot")
    assert (
        dropped.predict_proba(new_docs, new, cache)[0, column]
        > plain.predict_proba(new_docs, new, cache)[0, column]
    )
    dropped.save(tmp_path / "m")
    assert SeededClassifier.load(tmp_path / "m").dropout == 0.3


def test_load_examples_fits_the_classifier_of_the_settings(analyzer: LemmaAnalyzer) -> None:
    definitions = load_theme_definitions(REPO / "models" / "themes.toml")
    settings = ThemeSettings(
        classifier_c=3.0,
        classifier_char_weight=1.0,
        classifier_dropout=0.2,
        classifier_seed_weight=0.5,
    )
    examples = load_examples(example_rows(EXAMPLES), definitions, analyzer, settings=settings)
    assert examples is not None
    model = examples.classifier
    assert (model.C, model.char_weight, model.dropout, model.seed_weight) == (3.0, 1.0, 0.2, 0.5)
    assert [tuple(seeds) for seeds in model.seed_lemmas] == [d.seed_lemmas for d in definitions]
