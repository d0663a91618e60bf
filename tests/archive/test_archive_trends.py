"""Trends: seeded themes keep their ids, emergent themes of different clinics are linked by
centroid and keywords, and the archive report draws the shares over time."""

from __future__ import annotations

import csv

import numpy as np

from muistiinpanot.app.archive import run_archive
from muistiinpanot.app.archive_links import link_all_at_once
from muistiinpanot.archive.report import render_report_html
from muistiinpanot.archive.settings import ArchiveSettings
from muistiinpanot.archive.store import ThemeRow
from muistiinpanot.archive.trends import link_themes, trend_rows
from muistiinpanot.config import RunSettings
from muistiinpanot.themes.linkage import link_across_clinics


def _row(
    clinic: str, date: str, theme: str, kind: str, keywords: str, vector: list[float]
) -> ThemeRow:
    unit = (np.array(vector) / np.linalg.norm(vector)).astype(np.float32)
    return ThemeRow(
        clinic, date, f"Klinikka {clinic}", theme, theme.title(), kind, 4, 0.2,
        tuple(keywords.split()), unit.tobytes(),
    )  # fmt: skip


def test_link_themes_follows_an_emergent_theme_across_clinics() -> None:
    rows = [
        _row("a", "2025-01-01", "siilot", "seeded", "siilo raja", [1, 0, 0]),
        _row("a", "2025-01-01", "uusi-1", "emergent", "rahoitus budjetti", [0, 1, 0.1]),
        _row("b", "2025-05-01", "siilot", "seeded", "siilo", [1, 0.2, 0]),
        _row("b", "2025-05-01", "uusi-1", "emergent", "kieli selkokieli", [0, 0, 1]),
        _row("b", "2025-05-01", "uusi-2", "emergent", "budjetti rahoitus hanke", [0, 1, 0]),
        # similar vector but no shared keywords: not the same theme
        _row("c", "2025-09-01", "uusi-1", "emergent", "kokous aika", [0, 1, 0.05]),
        # same keywords, a different meaning: not the same theme either
        _row("c", "2025-09-01", "uusi-2", "emergent", "rahoitus budjetti", [1, 0, 0]),
    ]
    links = link_themes(rows, min_cosine=0.8, min_shared_keywords=2)
    assert links[("a", "siilot")] == links[("b", "siilot")] == "siilot"
    assert links[("a", "uusi-1")] == links[("b", "uusi-2")] == "arkisto-1"
    assert links[("b", "uusi-1")] == "arkisto-2"
    assert links[("c", "uusi-1")] == "arkisto-3"
    assert links[("c", "uusi-2")] == "arkisto-4"
    trends = trend_rows(rows, links)
    assert [t.label for t in trends if t.theme == "arkisto-1"] == ["Uusi-1", "Uusi-1"]


def test_link_themes_centred_ignores_what_every_theme_shares() -> None:
    """Every centroid leans on one shared direction (the archive's common vocabulary): raw,
    all look alike; centred, only the themes that agree beyond it are linked."""
    rows = [
        _row("a", "2025-01-01", "uusi-1", "emergent", "bussi", [5, 1, 0, 0]),
        _row("a", "2025-01-01", "uusi-2", "emergent", "ruoka", [5, 0, 1, 0]),
        _row("b", "2025-05-01", "uusi-1", "emergent", "bussi", [5, 1, 0.1, 0]),
        _row("b", "2025-05-01", "uusi-2", "emergent", "kyyti", [5, 0, 0, 1]),
    ]
    raw = link_themes(rows, min_cosine=0.9, min_shared_keywords=0)
    assert raw[("b", "uusi-2")] in (raw[("a", "uusi-1")], raw[("a", "uusi-2")])
    centred = link_themes(rows, min_cosine=0.5, min_shared_keywords=0, center=True)
    assert centred[("a", "uusi-1")] == centred[("b", "uusi-1")]
    assert len({centred[("a", "uusi-2")], centred[("b", "uusi-2")], centred[("a", "uusi-1")]}) == 3


def test_report_escapes_titles_and_draws_one_line_per_theme() -> None:
    rows = [
        _row("a", "2025-01-01", "siilot", "seeded", "siilo", [1, 0]),
        _row("b<script>", "2025-03-01", "siilot", "seeded", "siilo", [1, 0]),
        _row("c", "2025-09-01", "siilot", "seeded", "siilo", [1, 0]),
    ]
    html = render_report_html(trend_rows(rows, link_themes(rows, 0.8, 2)), max_themes=5)
    assert "<script>" not in html and "b&lt;script&gt;" in html
    assert html.count("<polyline") == 1 and html.count("<circle") == 3


def test_archive_trends_across_three_dated_clinics(run_settings: RunSettings) -> None:
    run_archive(run_settings, ArchiveSettings())
    with (run_settings.out / "trends.csv").open(encoding="utf-8") as handle:
        trends = list(csv.DictReader(handle))
    assert sorted({row["date"] for row in trends}) == ["2025-01-15", "2025-06-10", "2026-02-20"]
    assert [row["date"] for row in trends] == sorted(row["date"] for row in trends)
    for date in ("2025-01-15", "2025-06-10", "2026-02-20"):
        shares = [float(row["share"]) for row in trends if row["date"] == date]
        assert abs(sum(shares) - 1.0) < 0.01  # every kept note in exactly one theme
        assert {"siilot", "luottamus"} <= {r["theme"] for r in trends if r["date"] == date}
    html = (run_settings.out / "report.html").read_text(encoding="utf-8")
    assert "<svg" in html and "Luottamus &lt;ja&gt; avoimuus" in html


def test_link_all_at_once_links_mutual_best_matches_never_two_themes_of_a_clinic() -> None:
    """Every centroid leans on one shared direction; the bus themes of three clinics are one
    archive theme, clinic c's second bus-like theme stays out of it (one per clinic), and a
    weak mutual best match (ruoka and kyyti: centred cosine 0.11) stays below the cut."""
    rows = [
        _row("a", "2025-01-01", "uusi-1", "emergent", "bussi", [5, 1, 0, 0, 0]),
        _row("a", "2025-01-01", "uusi-2", "emergent", "ruoka", [5, 0, 1, 0, 0]),
        _row("b", "2025-05-01", "siilot", "seeded", "siilo", [1, 0, 0, 0, 0]),
        _row("b", "2025-05-01", "uusi-1", "emergent", "bussi", [5, 1, 0.1, 0, 0]),
        _row("b", "2025-05-01", "uusi-2", "emergent", "kyyti", [5, 0, 0, 1, 0]),
        _row("c", "2025-09-01", "uusi-1", "emergent", "bussi", [5, 1, 0, 0, 0.1]),
        _row("c", "2025-09-01", "uusi-2", "emergent", "bussi", [5, 0.8, 0, 0, 0.3]),
    ]
    links = link_all_at_once(rows, min_cosine=0.2)
    assert links[("b", "siilot")] == "siilot"
    bus = links[("a", "uusi-1")]
    assert bus == "arkisto-1" == links[("b", "uusi-1")] == links[("c", "uusi-1")]
    assert links[("c", "uusi-2")] != bus
    others = {links[("a", "uusi-2")], links[("b", "uusi-2")], links[("c", "uusi-2")]}
    assert len(others) == 3 and bus not in others
    weak = link_all_at_once(rows, min_cosine=0.1)
    assert weak[("a", "uusi-2")] == weak[("b", "uusi-2")] != weak[("c", "uusi-2")]
    # a cut above every cosine links nothing; fitted ids are kept as they are
    alone = link_all_at_once(rows, min_cosine=1.0, fixed={"uusi-2"})
    assert len({alone[(r.clinic_id, r.theme_id)] for r in rows if r.theme_id == "uusi-1"}) == 3
    assert alone[("a", "uusi-2")] == "uusi-2"


def test_link_across_clinics_never_joins_two_themes_of_one_clinic() -> None:
    """However alike, themes of one clinic are never one group (a cut that links everything
    else still keeps them apart)."""
    rng = np.random.default_rng(0)
    centroids = rng.normal(size=(12, 8)) + 5.0
    clinics = [f"k{row % 4}" for row in range(12)]
    labels = link_across_clinics(centroids, clinics, min_cosine=-1.0)
    for label in set(labels.tolist()):
        members = [clinics[row] for row in range(12) if labels[row] == label]
        assert len(members) == len(set(members))
    assert len(set(labels.tolist())) < 12  # and some are linked
