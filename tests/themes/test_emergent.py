"""Emergent themes: k chosen from the data, labels that name the theme, never a name."""

from __future__ import annotations

import dataclasses
import warnings
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
import pytest
from scipy.cluster.vq import kmeans2
from sklearn.metrics import adjusted_rand_score

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Note
from muistiinpanot.themes import ThemeSettings, assign_themes
from muistiinpanot.themes.assign import background_lemmas
from muistiinpanot.themes.coherence import coherent_themes
from muistiinpanot.themes.emergent import (
    NOISE,
    agreement_clusters,
    cluster_notes,
    co_association,
    kmeans,
    kmeans_seeds,
    knn_graph,
    plus_plus_draws,
    spectral_embedding,
)
from muistiinpanot.themes.keywords import KeywordRule, keyword_lists
from muistiinpanot.themes.label import generic_words
from muistiinpanot.themes.word_classes import is_name, is_verb
from muistiinpanot.vectorize import (
    VectorCache,
    alignment_similarity,
    common_component,
    embed_docs,
    normalize_rows,
    remove_component,
    sif_weights,
)

SETTINGS = ThemeSettings()
MakeNotes = Callable[[Sequence[tuple[str, str]]], list[Note]]


def _shown(docs: Mapping[str, Sequence[Sequence[str]]], **rule: Any) -> dict[str, tuple[str, ...]]:
    """The shown keywords of keyword_lists under KeywordRule(**rule)."""
    return {theme: lists.shown for theme, lists in keyword_lists(docs, KeywordRule(**rule)).items()}


def _blobs(k: int, per_cluster: int, seed: int) -> tuple[np.ndarray, list[list[str]], list[int]]:
    """k well-separated groups: unit vectors near k random directions, and lemma lists with
    the group's own words (plus one shared word)."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(k, 50))
    rows, docs, truth = [], [], []
    for cluster in range(k):
        for note in range(per_cluster):
            rows.append(centres[cluster] + 0.35 * rng.normal(size=50))
            docs.append([f"sana{cluster}a", f"sana{cluster}b", f"sana{note % 3}yhteinen"])
            truth.append(cluster)
    vectors = np.array(rows)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True), docs, truth


@pytest.mark.parametrize(
    ("k", "per_cluster"),
    [
        (2, 8),
        (3, 6),
        (5, 7),
        # the consensus merges these (below); their words are disjoint, so the split parts them
        (8, 6),
    ],
)
def test_cluster_notes_finds_k_of_a_clear_structure(k: int, per_cluster: int) -> None:
    vectors, docs, truth = _blobs(k, per_cluster, seed=k)
    texts = [" ".join(doc) for doc in docs]
    labels = cluster_notes(vectors, docs, texts, SETTINGS)
    assert int(labels.max()) + 1 == k
    assert NOISE not in labels
    assert adjusted_rand_score(truth, labels) == pytest.approx(1.0)


def test_the_consensus_alone_merges_neighbouring_tight_clusters() -> None:
    """Known limitation of the consensus: with k swept from 2, neighbouring tight clusters
    co-occur in more than min_agreement of the partitions and merge (8 blobs of 6: finds 6).
    split_word_disjoint parts them only when their words are disjoint, as here."""
    vectors, docs, _ = _blobs(8, 6, seed=8)
    texts = [" ".join(doc) for doc in docs]
    alone = dataclasses.replace(SETTINGS, split_word_disjoint=False)
    assert int(cluster_notes(vectors, docs, texts, alone).max()) + 1 < 8


def test_cluster_notes_is_deterministic() -> None:
    vectors, docs, _ = _blobs(4, 6, seed=1)
    texts = [" ".join(doc) for doc in docs]
    first = cluster_notes(vectors, docs, texts, SETTINGS)
    assert np.array_equal(first, cluster_notes(vectors, docs, texts, SETTINGS))


def test_cluster_notes_leaves_too_few_notes_to_muu() -> None:
    vectors, docs, _ = _blobs(1, 4, seed=0)
    labels = cluster_notes(vectors, docs, [" ".join(d) for d in docs], SETTINGS)
    assert (labels == NOISE).all()


TRANSPORT = [
    "bussit kulkee liian harvoin iltaisin",
    "bussivuoroja lisää syrjäkylille",
    "joukkoliikenteen liput on kalliita nuorille",
    "bussipysäkit on huonossa kunnossa",
    "joukkoliikenne ei toimi viikonloppuisin",
    "bussilla ei pääse työpaikalle ajoissa",
]
FOOD = [
    "kouluruoka on mautonta",
    "kasvisruokaa kouluun useammin",
    "kouluruoan annokset liian pieniä",
    "ruokalassa on liian kiire syödä",
    "kouluruokaa heitetään paljon roskiin",
    "välipala puuttuu iltapäivällä",
]
LIBRARY = [
    "kirjaston aukioloajat lyhyet",
    "kirjastoon lisää lehtiä ja kirjoja",
    "kirjastoauto käy kylällä liian harvoin",
    "lainattavia kirjoja on vähän ruotsiksi",
    "kirjaston tilat on ahtaat",
    "e-kirjojen lainaus kirjastosta on hankalaa",
]


def test_assign_themes_finds_the_topics_of_finnish_notes(
    make_notes: MakeNotes, analyzer: LemmaAnalyzer
) -> None:
    texts = TRANSPORT + FOOD + LIBRARY
    notes = make_notes([(f"n:{i:02d}", text) for i, text in enumerate(texts)])
    result = assign_themes(notes, (), analyzer, SETTINGS)
    theme_of = {a.note_id: a.theme for a in result.assignments}
    predicted = [theme_of[f"n:{i:02d}"] for i in range(len(texts))]
    truth = [0] * len(TRANSPORT) + [1] * len(FOOD) + [2] * len(LIBRARY)
    assert adjusted_rand_score(truth, predicted) > 0.6, predicted
    emergent = [t for t in result.themes if t.kind == "emergent"]
    assert len(emergent) == 3
    for theme in emergent:
        assert theme.label[0].isupper()
        assert " ".join(theme.keywords)
    # each label names its topic: a word central to its notes, not one note's aside
    topics = [("bussi", "joukkoliikenne", "liikenne"), ("ruoka", "kouluruoka"), ("kirjasto",)]
    labels = [theme.label.lower() for theme in emergent]
    assert all(any(any(w in label for w in topic) for label in labels) for topic in topics), labels


def test_generic_words_are_frequent_and_spread_over_labels() -> None:
    docs = [("kunta", "luottamus")] * 10 + [("kunta", "siilo")] * 10 + [("kunta", "raha")] * 10
    labels = ["luottamus"] * 10 + ["siilot"] * 10 + ["other"] * 10
    generic = generic_words(docs, labels, share=0.05, spread=0.5)
    assert generic == {"kunta"}  # 'luottamus' is as frequent in its label but in one label only


@pytest.mark.parametrize(
    ("word", "name"),
    [("virtanen", True), ("matti", True), ("tampere", True), ("helsinki", True),
     ("osallisuus", False), ("ryhmä", False), ("kirjasto", False)],
)  # fmt: skip
def test_is_name_reads_voikko_name_classes(word: str, name: bool, analyzer: LemmaAnalyzer) -> None:
    assert is_name(analyzer.voikko.analyze(word)) is name


def test_keywords_and_labels_never_carry_a_name_or_an_excluded_word(
    make_notes: MakeNotes, analyzer: LemmaAnalyzer
) -> None:
    texts = [
        "Virtanen sanoi että kirjaston aukioloajat on lyhyet",
        "Virtasen mukaan kirjastoon lisää lehtiä",
        "kirjastoauto käy Virtasen kylällä harvoin",
        "kirjaston tilat on ahtaat Tampereella",
        *TRANSPORT,
    ]
    notes = make_notes([(f"n:{i:02d}", text) for i, text in enumerate(texts)])
    result = assign_themes(notes, (), analyzer, SETTINGS, exclude=lambda word: word == "bussi")
    for theme in result.themes:
        words = {*theme.keywords, *theme.label.lower().split()}
        assert not words & {"virtanen", "tampere", "bussi"}, theme


def test_alignment_similarity_matches_words_not_mean_vectors(analyzer: LemmaAnalyzer) -> None:
    docs = [
        ("bussi", "kulkea", "harvoin", "ilta"),
        ("joukkoliikenne", "lippu", "kallis", "nuori"),
        ("kirjasto", "aukioloaika", "lyhyt"),
        ("bussi", "kulkea", "harvoin", "ilta"),
        (),
    ]
    cache = VectorCache(analyzer)
    similarity = alignment_similarity(docs, cache, sif_weights(docs))
    assert np.allclose(similarity, similarity.T)
    assert similarity[0, 3] == pytest.approx(1.0, abs=1e-5)  # the same words match fully
    assert similarity[0, 1] > similarity[0, 2]  # bus is nearer public transport than a library
    assert not similarity[4].any()  # a note without content words is like nothing


def test_cluster_notes_with_word_alignment_finds_the_topics(
    make_notes: MakeNotes, analyzer: LemmaAnalyzer
) -> None:
    notes = make_notes([(f"n:{i:02d}", text) for i, text in enumerate(TRANSPORT + FOOD + LIBRARY)])
    docs = [tuple(lemma.lower() for lemma in note.content_lemmas) for note in notes]
    cache = VectorCache(analyzer)
    raw = embed_docs(docs, cache, sif_weights(docs))
    vectors = remove_component(raw, common_component(raw))
    labels = cluster_notes(vectors, docs, [n.clean_text for n in notes], SETTINGS, cache)
    truth = [0] * len(TRANSPORT) + [1] * len(FOOD) + [2] * len(LIBRARY)
    assert adjusted_rand_score(truth, labels) > 0.6, labels


PARTICIPATION = [
    "asukkaat mukaan suunnitteluun heti alussa",
    "nuorisovaltuusto kuullaan liian myöhään",
    "kuntalaisraati kokoontuu kahdesti vuodessa",
    "osallistuva budjetointi lähiöihin",
    "kyselyihin vastaa vain aktiivisimmat kuntalaiset",
]
GRAB_BAG = [
    "kahvinkeitin on rikki",
    "hankintalaki on monimutkainen",
    "parkkipaikat loppuu aamulla",
    "sähkön hinta nousi",
    "uusi logo julkaistaan keväällä",
]


def test_coherent_cluster_needs_no_shared_word_and_a_grab_bag_is_not_one(
    make_notes: MakeNotes, analyzer: LemmaAnalyzer
) -> None:
    texts = PARTICIPATION + GRAB_BAG + TRANSPORT + FOOD + LIBRARY
    notes = make_notes([(f"n:{i:02d}", text) for i, text in enumerate(texts)])
    docs = [tuple(lemma.lower() for lemma in note.content_lemmas) for note in notes]
    participation = list(range(len(PARTICIPATION)))
    grab_bag = list(range(len(PARTICIPATION), len(PARTICIPATION) + len(GRAB_BAG)))
    # no lemma is in more than two of the participation notes: a word rule would drop them
    assert max(sum(word in docs[row] for row in participation) for row in participation
               for word in docs[row]) <= 2  # fmt: skip
    cache = VectorCache(analyzer)
    assert coherent_themes([participation, grab_bag], docs, cache, SETTINGS) == [participation]
    # a theme run together with a grab-bag is split off, not lost to muu with it
    (split,) = coherent_themes([participation + grab_bag], docs, cache, SETTINGS)
    assert set(participation) <= set(split)
    assert len(set(split) & set(grab_bag)) <= 2  # the average-linkage cut is not exact


@pytest.mark.parametrize("seed", range(6))
def test_kmeans_gives_scipy_kmeans2s_partition(seed: int) -> None:
    rng = np.random.default_rng(seed)
    k = int(rng.integers(2, 12))
    points = rng.standard_normal((int(rng.integers(30, 120)), k))
    points[: len(points) // 3] += 2.0  # some structure, as spectral embeddings have
    points /= np.linalg.norm(points, axis=1, keepdims=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # scipy warns when a cluster empties
        _, expected = kmeans2(points, k, minit="++", seed=np.random.default_rng([seed, k]))
    assert np.array_equal(kmeans(points, k, np.random.default_rng([seed, k])), expected)


@pytest.mark.parametrize("case", range(8))
def test_kmeans_of_many_seeds_at_once_gives_kmeans2s_partition_of_each(case: int) -> None:
    """The seeds' k-means++ starts made together (one distance call per step for all of
    them) pick the same centres as scipy's kmeans2 seeded with each generator alone, also
    with repeated points (zero distances) and up to the widest embeddings (15 columns)."""
    rng = np.random.default_rng(100 + case)
    k = int(rng.integers(2, 16))
    points = rng.standard_normal((int(rng.integers(20, 90)), k))
    points[: len(points) // 4] += 1.5
    points[len(points) // 2 : len(points) // 2 + 5] = points[0]  # repeated rows
    points /= np.linalg.norm(points, axis=1, keepdims=True)
    generators = [np.random.default_rng([case, k, seed]) for seed in range(10)]
    found = kmeans_seeds(points, k, *plus_plus_draws(generators, len(points), k))
    assert len(found) == 10
    for seed, labels in enumerate(found):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # scipy warns when a cluster empties
            _, expected = kmeans2(
                points, k, minit="++", seed=np.random.default_rng([case, k, seed])
            )
        assert np.array_equal(labels, expected)


@pytest.mark.parametrize("seeds", [1, 3])
def test_co_association_counts_every_partition_once(seeds: int) -> None:
    """The indicator product gives exactly the share of the base partitions joining each
    pair, as adding up every partition's same-cluster matrix does."""
    vectors, _, _ = _blobs(4, 9, seed=seeds)
    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    views = [unit @ unit.T, np.sqrt(np.clip(unit @ unit.T, 0.0, None))]
    settings = ThemeSettings(consensus_seeds=seeds, neighbour_scales=(0.7, 1.4))
    n = len(unit)
    k_max = min(settings.max_clusters, n // max(settings.base_cluster_size, 1), n - 1)
    expected, count = np.zeros((n, n)), 0
    for number, view in enumerate(views):
        for scale in settings.neighbour_scales:
            neighbours = min(n - 1, max(2, round(max(3, round(np.sqrt(n))) * scale)))
            embedding = spectral_embedding(knn_graph(view, neighbours), k_max)
            for k in range(2, k_max + 1):
                points = normalize_rows(embedding[:, :k])
                for seed in range(seeds):
                    rng = np.random.default_rng([settings.random_state, number, k, seed])
                    labels = kmeans(points, k, rng)
                    expected += labels[:, None] == labels[None, :]
                    count += 1
    together = co_association(views, settings)
    assert np.array_equal(together, expected / count)
    assert len(np.unique(together)) > 2  # pairs joined by some partitions, not all


LANGUAGE_COURSES = [
    "suomen kurssille on puolen vuoden jono",
    "iltakurssi olisi parempi työssäkäyville",
    "kielitaito ei kehity ilman keskustelukaveria",
    "työpaikalla voisi harjoitella puhumista työkavereiden kanssa",
]


def test_a_small_topic_is_coherent_among_larger_ones(
    make_notes: MakeNotes, analyzer: LemmaAnalyzer
) -> None:
    # four notes on language courses (a theme's minimum size) that share hardly a word: the
    # test on centred similarities keeps them a theme (the uncentred one sent them to muu, as
    # it did a participation discussion, issue 12)
    texts = TRANSPORT + FOOD + LIBRARY + LANGUAGE_COURSES
    notes = make_notes([(f"n:{i:02d}", text) for i, text in enumerate(texts)])
    docs = [tuple(lemma.lower() for lemma in note.content_lemmas) for note in notes]
    starts = [0, 6, 12, 18, len(texts)]
    clusters = [list(range(start, end)) for start, end in zip(starts, starts[1:], strict=False)]
    assert coherent_themes(clusters, docs, VectorCache(analyzer), SETTINGS) == clusters


def test_keywords_leave_out_compound_parts_never_said_alone() -> None:
    # "esi" and "henkilö" are only parts of "esihenkilö" here; "tuki" is also said alone
    docs = {
        "a": [
            ["esihenkilö", "esi", "henkilö", "tuki"],
            ["esihenkilö", "esi", "henkilö", "digituki", "digi", "tuki"],
            ["tuki", "puuttua"],
        ],
        "b": [["kahvi", "tauko"], ["kahvi"]],
    }
    keywords = _shown(docs)["a"]
    assert "esihenkilö" in keywords and "tuki" in keywords
    assert not {"esi", "henkilö", "digi"} & set(keywords), keywords


def test_keywords_leave_out_a_part_that_is_no_word_beside_its_compounds() -> None:
    # "etä" is no word of its own: beside "etäkurssi" and "etäopetus" it is a fragment,
    # while "kurssi", a word, stays beside "etäkurssi" and "kielikurssi" as what they share
    docs = {
        "a": [
            ["etäkurssi", "etä", "kurssi"],
            ["etäopetus", "etä", "opetus", "kielikurssi", "kieli", "kurssi"],
            ["etäkurssi", "etä", "kurssi", "yhteys", "harjoitella)u"],
            ["yhteys"],
        ],
        "b": [["kahvi", "tauko"], ["kahvi"]],
    }
    keywords = _shown(docs, unknown=frozenset({"etä", "harjoitella)u"}))["a"]
    assert "etä" not in keywords and "kurssi" in keywords, keywords
    assert "harjoitella)u" not in keywords
    assert "etä" in _shown(docs)["a"]  # a word of its own shared by two compounds


@pytest.mark.parametrize("min_size", [3, 4])
def test_a_side_group_under_the_minimum_size_is_no_theme(min_size: int) -> None:
    # three groups of six notes and one of three that the partitions keep together: with
    # `min_cluster_size` 3 the three are a theme of their own; with the default 4 (round 8:
    # the consensus kept such side groups as themes, k over the truth) they go to muu, as
    # they agree with no theme
    group = np.repeat(np.arange(4), [6, 6, 6, 3])
    agreement = np.where(group[:, None] == group[None, :], 0.9, 0.05)
    np.fill_diagonal(agreement, 1.0)
    labels = agreement_clusters(agreement, ThemeSettings(min_cluster_size=min_size))
    assert len(set(labels.tolist()) - {NOISE}) == (4 if min_size == 3 else 3)
    assert (labels[18:] == NOISE).all() == (min_size == 4)


def test_keywords_leave_out_verbs_said_in_every_theme(
    make_notes: MakeNotes, analyzer: LemmaAnalyzer
) -> None:
    # "saada" is in notes of both themes: it names neither; "ilmoittautua" (the lemma of
    # "ilmoittautuminen") is only the enrolment theme's and stays its keyword
    themes = {
        "lossi": [
            "lossille pitää saada lisää vuoroja",
            "lossijono on pitkä eikä paikkaa saa",
            "lossi ei kulje myrskyllä",
            "lossin aikataulu ei toimi",
            "lossiin ei pääse pyörätuolilla",
            "talvella lossille pääsee huonosti",
        ],
        "kurssi": [
            "ilmoittautuminen kurssille kaatui",
            "kurssille ei saa paikkaa",
            "ilmoittautumisessa oli ongelmia",
            "kurssi täyttyi heti, piti saada lisää ryhmiä",
        ],
    }
    docs = {
        theme: [
            tuple(lemma.lower() for lemma in note.content_lemmas)
            for note in make_notes([(f"{theme}:{i}", text) for i, text in enumerate(texts)])
        ]
        for theme, texts in themes.items()
    }
    words = {word for notes in docs.values() for doc in notes for word in doc}
    verbs = frozenset(word for word in words if is_verb(word, analyzer.voikko.analyze(word)))
    assert {"saada", "päästä", "ilmoittautua"} <= verbs and not {"lossi", "kurssi"} & verbs
    assert "saada" in _shown(docs, top=10)["kurssi"]
    keywords = _shown(docs, top=10, verbs=verbs)
    assert all("saada" not in found for found in keywords.values()), keywords
    assert "ilmoittautua" in keywords["kurssi"], keywords
    assert "lossi" in keywords["lossi"] and "päästä" in keywords["lossi"], keywords
    # "päästä" is said in notes of every topic of the labelled examples: no keyword either
    keywords = _shown(docs, top=10, verbs=verbs, spread_out=frozenset({"päästä"}))
    assert "päästä" not in keywords["lossi"], keywords


BOARD = [
    "lautakunta päätti asian ilman keskustelua",
    "lautakunnan liitteet tulee myöhään",
    "lautakunnassa puhuu aina puheenjohtaja",
    "lautakunta kokoontuu päiväsaikaan",
    "lautakunnan pöytäkirjat on vaikeita löytää",
    "lautakunta ei vastaa sähköposteihin",
]


@pytest.mark.parametrize("topic_words", [True, False])
def test_the_coherence_test_reads_the_clinics_topic_words(
    make_notes: MakeNotes,
    analyzer: LemmaAnalyzer,
    monkeypatch: pytest.MonkeyPatch,
    topic_words: bool,
) -> None:
    """Emergent round 20: "lautakunta" is in more than max(10 %, 5) of the clinic's notes, one
    of its topic words, and the head word of a topic; the coherence test that assign_themes
    runs reads it (`coherence_topic_words`, the default) or, as before, leaves it out."""
    texts = BOARD + PARTICIPATION + TRANSPORT + FOOD + LIBRARY
    notes = make_notes([(f"n:{i:02d}", text) for i, text in enumerate(texts)])
    docs = [tuple(lemma.lower() for lemma in note.content_lemmas) for note in notes]
    assert "lautakunta" in background_lemmas(docs, SETTINGS)
    read: list[Sequence[Sequence[str]]] = []

    def recorded(
        clusters: Sequence[Sequence[int]],
        lemmas: Sequence[Sequence[str]],
        cache: VectorCache,
        settings: ThemeSettings,
        groups: Sequence[str] | None = None,
    ) -> list[list[int]]:
        read.append(lemmas)
        return coherent_themes(clusters, lemmas, cache, settings, groups)

    monkeypatch.setattr("muistiinpanot.themes.assign.coherent_themes", recorded)
    settings = ThemeSettings(coherence_topic_words=topic_words)
    assert ThemeSettings().coherence_topic_words
    assign_themes(notes, (), analyzer, settings)
    (lemmas,) = read
    assert any("lautakunta" in doc for doc in lemmas) == topic_words
    assert all(set(doc) <= set(full) for doc, full in zip(lemmas, docs, strict=True))
