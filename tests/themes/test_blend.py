"""blend.py: the classifier adjusted to a batch's share of notes on no seeded theme, and theme
columns centred without forcing a share of seeded notes on the clinic."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from muistiinpanot.app.models import example_weights
from muistiinpanot.app.pipeline import example_rows
from muistiinpanot.config import load_run_settings
from muistiinpanot.errors import ConfigError
from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_notes
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.themes import ThemeSettings, assign_themes, load_theme_definitions
from muistiinpanot.themes.blend import adapt_other_share, combine_views
from muistiinpanot.themes.examples import build_examples, load_examples
from muistiinpanot.vectorize import VectorCache

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "tests" / "fixtures" / "themes" / "examples"
#: classes (a, b, other, c) and their shares among the examples
SHARES = np.array([0.2, 0.2, 0.4, 0.2])
OTHER = 2


def _rows(*rows: tuple[int, list[float]]) -> np.ndarray:
    return np.array([values for count, values in rows for _ in range(count)], dtype=np.float64)


def test_adapt_other_share_leaves_a_batch_with_the_examples_share_alone() -> None:
    proba = _rows((4, [0.1, 0.1, 0.7, 0.1]), (6, [0.5, 0.15, 0.2, 0.15]))  # mean other 0.40
    assert adapt_other_share(proba, OTHER, SHARES) == pytest.approx(proba)


def test_adapt_other_share_follows_a_clinic_mostly_on_other_topics() -> None:
    proba = _rows((24, [0.03, 0.03, 0.91, 0.03]), (6, [0.5, 0.05, 0.4, 0.05]))
    adjusted = adapt_other_share(proba, OTHER, SHARES)
    assert adjusted.sum(axis=1) == pytest.approx(np.ones(30))
    assert (proba.argmax(axis=1)[-6:] == 0).all() and (adjusted.argmax(axis=1) == OTHER).all()
    # the seeded classes keep their ratios within a note
    assert adjusted[-1, 0] / adjusted[-1, 1] == pytest.approx(proba[-1, 0] / proba[-1, 1])


def test_adapt_other_share_follows_a_clinic_mostly_on_seeded_themes() -> None:
    proba = _rows((24, [0.9, 0.02, 0.06, 0.02]), (6, [0.05, 0.4, 0.5, 0.05]))
    adjusted = adapt_other_share(proba, OTHER, SHARES)
    assert (proba.argmax(axis=1)[-6:] == OTHER).all() and (adjusted.argmax(axis=1)[-6:] == 1).all()


def _notes(texts: list[str]) -> list[Note]:
    return [
        Note(f"k/r.txt:{n}", "k", "r", text, SourceRef("k/r.txt", line=n), clean_text=text)
        for n, text in enumerate(texts, start=1)
    ]


# A clinic on school meals and transport: nothing here is about silos, trust, openness or
# managing innovation, and the batch is large enough (20+) to be calibrated on itself.
SCHOOL_DAY = [
    "kouluruoka loppuu kesken jo ennen viimeistä kattausta",
    "kasvisvaihtoehto pitäis olla joka päivä",
    "ruokala on liian ahdas, jonot venyy koko välitunnin",
    "koulukyyti lähtee kylältä jo kuudelta aamulla",
    "taksikyydit myöhästelee talvella",
    "bussipysäkille ei oo valaistusta",
    "pienet oppilaat ei jaksa odottaa kyytiä tuntia koulun jälkeen",
    "erityisruokavaliot pitää ilmoittaa keittiöön paperilla",
    "välipalaa ei saa iltapäiväkerhossa",
    "ruoka on usein kylmää kun se kuljetetaan keskuskeittiöstä",
    "koulumatka yli viis kilometriä pyörätietä pitkin",
    "linja-auto on täynnä ennen kuin se tulee meidän pysäkille",
    "kyytien aikataulu muuttuu kesken lukuvuotta",
    "leipää ja maitoa ei aina oo tarjolla",
    "hävikkiruokaa voisi myydä iltapäivällä",
    "pyörätelineitä on liian vähän",
    "kuljettajat vaihtuu usein eikä tunne lapsia",
    "ruokalistat kannattaa suunnitella oppilaiden kanssa",
    "liikuntatunnin jälkeen ei ehdi syömään rauhassa",
    "talvella tie kouluun on huonosti aurattu",
    "kuljetusoppilaat jää pois kerhoista",
    "maidottomat vaihtoehdot loppuu ensin",
]


def test_clinic_on_another_topic_is_not_half_seeded(analyzer: LemmaAnalyzer) -> None:
    definitions = load_theme_definitions(REPO / "models" / "themes.toml")
    examples = load_examples(example_rows(EXAMPLES), definitions, analyzer)
    notes = lemmatize_notes(_notes(SCHOOL_DAY), analyzer)
    result = assign_themes(notes, definitions, analyzer, ThemeSettings(), examples)
    seeded = [a.note_id for a in result.assignments if a.theme in {d.id for d in definitions}]
    assert len(seeded) <= 2


def test_without_the_exemplar_view_no_note_word_is_scored(fast_analyzer: LemmaAnalyzer) -> None:
    """Fast mode's `[fast] exemplar_view = false`: the seeded decision blends the soft match and
    the classifier only, and never computes a note word's cosines to the example words."""
    definitions = load_theme_definitions(REPO / "models" / "themes.toml")
    rows = example_rows(EXAMPLES)
    seeded = [d.id for d in definitions]
    notes = lemmatize_notes(_notes(SCHOOL_DAY), fast_analyzer)
    for view in (False, True):
        examples = build_examples(rows, seeded, fast_analyzer, VectorCache(fast_analyzer))
        assert examples is not None and len(examples.word_scores) == 0
        settings = ThemeSettings(exemplar_view=view)
        result = assign_themes(notes, definitions, fast_analyzer, settings, examples)
        assert len(result.assignments) == len(notes)
        assert (len(examples.word_scores) > 0) is view


def _views(settings: ThemeSettings) -> tuple[np.ndarray, np.ndarray]:
    """One note, two themes: the soft view leans to theme 0, the exemplar view is neutral,
    the classifier (which does not know theme 0) leans to theme 1; "other" per view."""
    views = [
        (np.array([[0.9, 0.1]]), np.array([0.5])),
        (np.array([[0.4, 0.4]]), np.array([0.4])),
        (np.array([[np.nan, 0.7]]), np.array([0.2])),
    ]
    return combine_views(views, settings)


def test_combine_views_weighs_the_classifier_by_view_weights() -> None:
    equal, other_equal = _views(ThemeSettings(view_weights=(1.0, 1.0, 1.0)))
    weighted, other_weighted = _views(ThemeSettings(view_weights=(0.25, 0.25, 1.0)))
    assert equal[0] == pytest.approx([0.65, 0.4]) and other_equal[0] == pytest.approx(1.1 / 3)
    # theme 0, unknown to the classifier, is the soft and exemplar views' weighted mean
    assert weighted[0] == pytest.approx([0.65, (0.025 + 0.1 + 0.7) / 1.5])
    assert other_weighted[0] == pytest.approx((0.125 + 0.1 + 0.2) / 1.5)
    assert equal[0].argmax() == 0 and weighted[0].argmax() == 0


def test_combine_views_without_the_exemplar_view_skips_its_weight() -> None:
    settings = ThemeSettings(view_weights=(0.25, 5.0, 1.0), exemplar_view=False)
    views = [(np.array([[0.8, 0.2]]), np.array([0.5])), (np.array([[0.1, 0.7]]), np.array([0.3]))]
    decision, other = combine_views(views, settings)
    assert decision[0] == pytest.approx([0.24, 0.6]) and other[0] == pytest.approx(0.34)


@pytest.mark.parametrize("weights", ["[0, 1, 1]", "[1, -1, 1]", "[1, 1]"])
def test_bad_view_weights_are_a_config_error(tmp_path: Path, weights: str) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text(f"[themes]\nview_weights = {weights}\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_run_settings(path, input_path=tmp_path, out=tmp_path / "out")


def test_build_examples_weights_reach_the_classifier_and_its_cache_key(
    fast_analyzer: LemmaAnalyzer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows weighed otherwise fit another classifier (not the cached unweighted one); the
    exemplar view keeps every example, whatever its weight."""
    monkeypatch.setenv("MUISTIINPANOT_CACHE", str(tmp_path / "cache"))
    rows = example_rows(EXAMPLES)
    seeded = [d.id for d in load_theme_definitions(REPO / "models" / "themes.toml")]
    cache = VectorCache(fast_analyzer)
    plain = build_examples(rows, seeded, fast_analyzer, cache)
    half = [0.5 if i % 2 else 1.0 for i in range(len(rows))]
    weighed = build_examples(rows, seeded, fast_analyzer, cache, weights=half)
    again = build_examples(rows, seeded, fast_analyzer, cache)
    assert plain is not None and weighed is not None and again is not None
    assert weighed.docs == plain.docs and weighed.labels == plain.labels
    assert not np.allclose(weighed.classifier.coef_, plain.classifier.coef_)
    np.testing.assert_allclose(again.classifier.coef_, plain.classifier.coef_)


def test_example_weights_per_file_in_the_rows_order(tmp_path: Path) -> None:
    """[themes] example_weights: the first GLOB that matches a file's name weighs its rows;
    other files' rows 1; no items, no weights (the shipped fit)."""
    for name, lines in (("notes_a", 2), ("notes_zo", 1), ("notes_zp", 3)):
        rows = "".join(f"muistiinpano {name} {i},other\n" for i in range(lines))
        (tmp_path / f"{name}.csv").write_text("text,label\n" + rows, encoding="utf-8")
    assert example_weights(tmp_path, ()) is None
    weights = example_weights(tmp_path, ("notes_zo=0", "notes_z[o-x]=0.5"))
    assert weights == [1.0, 1.0, 0.0, 0.5, 0.5, 0.5]
    assert len(weights) == len(example_rows(tmp_path))
