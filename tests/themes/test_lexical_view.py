"""The lemma TF-IDF view of the emergent consensus (`[themes] lexical_view_weight`, off;
docs/how-it-works.md, "Emergent, round 31"). The notes below were written for these tests,
before any tuning, and are not in any dev set."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from muistiinpanot.config import load_run_settings
from muistiinpanot.errors import ConfigError
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.themes import ThemeSettings
from muistiinpanot.themes.emergent import co_association, note_similarities
from muistiinpanot.themes.spectral import view_weights
from muistiinpanot.vectorize import VectorCache, double_centre, tfidf_matrix

# two subjects, each held by a word its notes share (the case round 29 found NMF winning)
DOCS = [
    ("venelaituri", "laituri", "lahoa", "korjata"),
    ("laituri", "kapea", "vene", "kiinnittää"),
    ("laituri", "valaistus", "ilta"),
    ("laituri", "talvi", "jää", "nostaa"),
    ("uimaranta", "ranta", "vesi", "levä"),
    ("ranta", "pukukoppi", "rikki"),
    ("ranta", "hiekka", "roska", "kesä"),
    ("ranta", "valvoja", "lapsi", "uida"),
]


def test_the_view_is_off_by_default_and_appended_when_on() -> None:
    assert ThemeSettings().lexical_view_weight == 0.0
    assert view_weights(ThemeSettings()) == (1.0, 1.0, 0.25)
    on = ThemeSettings(align_view_weights=(1.0, 1.0, 0.0), lexical_view_weight=0.5)
    assert view_weights(on) == (1.0, 1.0, 0.0, 0.5)


def test_on_the_last_view_is_the_centred_tfidf_cosine(analyzer: LemmaAnalyzer) -> None:
    cache = VectorCache(analyzer)
    vectors = np.zeros((len(DOCS), 1))
    off = note_similarities(vectors, DOCS, ThemeSettings(), cache)
    settings = ThemeSettings(align_view_weights=(1.0, 1.0, 0.0), lexical_view_weight=0.5)
    on = note_similarities(vectors, DOCS, settings, cache)
    assert len(off) == 3 and len(on) == 4
    assert np.array_equal(on[0], off[0]) and np.array_equal(on[1], off[1])
    assert not on[2].any()  # a view of weight 0 is not clustered, so not computed
    rows = tfidf_matrix(DOCS)[0].toarray()
    assert np.allclose(on[3], double_centre(rows @ rows.T), rtol=0, atol=1e-12)
    # the shared word makes the lexical view rank each note's own subject first
    own = [on[3][i, [j for j in range(8) if j != i and j // 4 == i // 4]].min() for i in range(8)]
    other = [on[3][i, [j for j in range(8) if j // 4 != i // 4]].max() for i in range(8)]
    assert all(a > b for a, b in zip(own, other, strict=True))


def test_the_consensus_counts_the_view_with_its_weight(analyzer: LemmaAnalyzer) -> None:
    cache = VectorCache(analyzer)
    settings = ThemeSettings(
        align_view_weights=(1.0, 1.0, 0.0), lexical_view_weight=0.5, consensus_seeds=2
    )
    views = note_similarities(np.zeros((len(DOCS), 1)), DOCS, settings, cache)
    alone = [  # each view alone, with its own number (the same draws as in the mix)
        co_association(views[:3], ThemeSettings(align_view_weights=one, consensus_seeds=2))
        for one in ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0))
    ]
    lexical = ThemeSettings(
        align_view_weights=(0.0, 0.0, 0.0), lexical_view_weight=1.0, consensus_seeds=2
    )
    alone.append(co_association(views, lexical))
    expected = (alone[0] + alone[1] + 0.5 * alone[2]) / 2.5
    assert np.allclose(co_association(views, settings), expected, rtol=0, atol=1e-12)


@pytest.mark.parametrize(
    ("value", "ok"), [("0.5", True), ("0", True), ("-0.5", False), ("nan", False), ("inf", False)]
)
def test_the_weight_is_read_from_the_themes_table(tmp_path: Path, value: str, ok: bool) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text(f"[themes]\nlexical_view_weight = {value}\n", encoding="utf-8")
    if ok:
        settings = load_run_settings(path, input_path=tmp_path, out=tmp_path / "out")
        assert math.isclose(settings.themes.lexical_view_weight, float(value))
    else:
        with pytest.raises(ConfigError) as info:
            load_run_settings(path, input_path=tmp_path, out=tmp_path / "out")
        assert "themes.lexical_view_weight" in info.value.user_message()
