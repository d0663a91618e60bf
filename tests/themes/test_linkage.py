"""The average-linkage cut gives scikit-learn's AgglomerativeClustering labels exactly (it is
written out so that a run need not import scikit-learn)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.cluster import AgglomerativeClustering

from muistiinpanot.themes.linkage import average_linkage_labels


@settings(max_examples=80, deadline=None)
@given(
    st.integers(min_value=2, max_value=40),
    st.integers(min_value=0, max_value=2**32 - 1),
    st.floats(min_value=0.05, max_value=1.0),
    st.booleans(),
)
def test_average_linkage_labels_equal_scikit_learn(
    n: int, seed: int, threshold: float, shares: bool
) -> None:
    rng = np.random.default_rng(seed)
    points = np.round(rng.normal(size=(n, 3)), 1)  # rounded: ties in the distances
    distance = np.sqrt(((points[:, None] - points[None]) ** 2).sum(axis=-1))
    if shares:  # like 1 - co-association: steps of 1/12
        distance = np.round(distance / max(float(distance.max()), 1e-9) * 12) / 12
    threshold *= max(float(distance.max()), 1e-9)
    expected = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average", distance_threshold=threshold
    ).fit_predict(distance)
    assert average_linkage_labels(distance, threshold).tolist() == expected.tolist()


def test_average_linkage_labels_needs_a_square_matrix() -> None:
    with pytest.raises(ValueError):
        average_linkage_labels(np.zeros((1, 1)), 0.5)
