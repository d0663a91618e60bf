"""Trends: seeded themes keep their ids, emergent themes of different clinics are linked by
centroid and keywords, and the archive report draws the shares over time."""

from __future__ import annotations

import csv
import dataclasses
import sqlite3
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from muistiinpanot.app.archive import run_archive
from muistiinpanot.app.archive_links import LINK_PREFIX, link_archive_themes, rekey_redone
from muistiinpanot.archive.report import render_report_html
from muistiinpanot.archive.settings import ArchiveSettings
from muistiinpanot.archive.store import ThemeRow
from muistiinpanot.archive.trends import link_themes, trend_rows
from muistiinpanot.config import RunSettings
from muistiinpanot.themes.linkage import link_across_clinics

#: Topics no seeded theme of the fixtures covers (snow clearing, school food, housing,
#: libraries).
_SNOW = [
    "lumityöt jäävät tekemättä ja kadut ovat liukkaita",
    "aurauskalusto tulee pihaan vasta iltapäivällä",
    "jalkakäytävien hiekoitus unohtuu pakkasella",
    "lumikasat peittävät suojatiet talvella",
]
_FOOD = [
    "kouluruoka loppuu kesken ja jonot ovat pitkiä",
    "kasvisruokaa pitäisi olla kouluruokalassa enemmän",
    "ruokalan ruoka on kylmää ja mautonta",
    "kouluruokalan ruoka-aika on liian lyhyt",
]
_HOUSING = [
    "vuokra-asuntoja on liian vähän keskustassa",
    "asumisen hinta nousee ja vuokrat karkaavat",
    "nuorille ei löydy kohtuuhintaista asuntoa",
    "asuntojono on pitkä ja vuokra-asunnot kalliita",
]
_LIBRARY = [
    "kirjaston aukioloajat ovat liian lyhyet",
    "kirjastoauto ei enää käy kylässä",
    "lainattavia kirjoja on vähän ja varausjonot pitkiä",
    "kirjaston lukusali on aina täynnä",
    "kirjastokortin saa vain henkilökohtaisesti",
    "e-kirjojen lainaaminen kirjastosta on hankalaa",
    "kirjaston satutunnit lopetettiin",
    "kirjastossa ei ole hiljaista työtilaa",
]
_ARCHIVE = {
    "2025-01-arki": ("2025-01-15", _SNOW + _FOOD),
    "2025-06-arki": ("2025-06-10", _FOOD + _HOUSING),
    "2026-02-arki": ("2026-02-20", _HOUSING + _SNOW),
}


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
    assert [t.label for t in trends if t.theme == "arkisto-1"] == ["Uusi-1", "Uusi-2"]


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
    links = _link_all_at_once(rows, min_cosine=0.2)
    assert links[("b", "siilot")] == "siilot"
    bus = links[("a", "uusi-1")]
    assert bus == "trendi-1" == links[("b", "uusi-1")] == links[("c", "uusi-1")]
    assert links[("c", "uusi-2")] != bus
    others = {links[("a", "uusi-2")], links[("b", "uusi-2")], links[("c", "uusi-2")]}
    assert len(others) == 3 and bus not in others
    weak = _link_all_at_once(rows, min_cosine=0.1, shared=0)
    assert weak[("a", "uusi-2")] == weak[("b", "uusi-2")] != weak[("c", "uusi-2")]
    # sharing no keyword (ruoka, kyyti), they are no candidate link however low the cut
    apart = _link_all_at_once(rows, min_cosine=0.1)
    assert apart[("a", "uusi-2")] != apart[("b", "uusi-2")]
    # a cut above every cosine links nothing; fitted ids are kept as they are
    alone = _link_all_at_once(rows, min_cosine=1.0, fixed={"uusi-2"})
    assert len({alone[(r.clinic_id, r.theme_id)] for r in rows if r.theme_id == "uusi-1"}) == 3
    assert alone[("a", "uusi-2")] == "uusi-2"


def _link_all_at_once(
    rows: list[ThemeRow],
    min_cosine: float,
    fixed: frozenset[str] | set[str] = frozenset(),
    shared: int = 1,
) -> dict[tuple[str, str], str]:
    settings = ArchiveSettings(
        link_method="linkage", link_min_centred_cosine=min_cosine, link_shared_keywords=shared
    )
    return link_archive_themes(rows, settings, fixed).links


#: Three clinics: a bus theme in each, a food theme in a and b, a housing theme in c.
_THREE = [
    _row("b", "2025-03-01", "uusi-1", "emergent", "bussi", [5, 1, 0, 0, 0, 0]),
    _row("b", "2025-03-01", "uusi-2", "emergent", "ruoka", [5, 0, 1, 0, 0, 0]),
    _row("c", "2025-05-01", "uusi-1", "emergent", "ruoka", [5, 0, 1, 0.1, 0, 0]),
    _row("c", "2025-05-01", "uusi-2", "emergent", "bussi", [5, 1, 0, 0.1, 0, 0]),
    _row("d", "2025-09-01", "uusi-1", "emergent", "bussi", [5, 1, 0, 0, 0.1, 0]),
    _row("d", "2025-09-01", "uusi-2", "emergent", "asunto", [5, 0, 0, 1, 0, 0]),
]


@pytest.mark.parametrize("method", ["lemmas", "linkage", "greedy"])
def test_link_ids_survive_an_added_clinic(method: str) -> None:
    """Three clinics, then a fourth dated before them all with a new topic (numbered first
    by the order of first members): the earlier clinics' trends keep their ids, the new
    topic gets a number never given before, and the ids are not --fit archive's."""
    settings = ArchiveSettings(
        link_method=method, link_min_centred_cosine=0.2, link_min_cosine=0.5,
        link_min_shared_keywords=1, link_center=True,
    )  # fmt: skip
    first = link_archive_themes(_THREE, settings)
    assert set(first.new_ids) == {first.links[k] for k in first.links}
    assert all(theme_id.startswith(LINK_PREFIX) for theme_id in first.new_ids)
    bus = first.links[("b", "uusi-1")]
    assert bus == first.links[("c", "uusi-2")] == first.links[("d", "uusi-1")]
    added = [
        _row("a", "2024-11-01", "uusi-1", "emergent", "koulu", [5, 0, 0, 0, 0, 1]),
        _row("a", "2024-11-01", "uusi-2", "emergent", "bussi", [5, 1, 0, 0, 0, 0.1]),
        *_THREE,
    ]
    following = len(first.new_ids) + 1
    second = link_archive_themes(added, settings, previous=first.links, following=following)
    for key, theme_id in first.links.items():
        assert second.links[key] == theme_id
    assert second.links[("a", "uusi-2")] == bus
    assert second.new_ids == (f"{LINK_PREFIX}{following}",)
    assert second.links[("a", "uusi-1")] == f"{LINK_PREFIX}{following}"


def test_link_ids_never_reuse_a_retired_number() -> None:
    """A group whose members are gone retires its id; a new group takes the next number,
    not the retired one, and a group that splits keeps its id for the majority part only."""
    settings = ArchiveSettings(link_method="linkage", link_min_centred_cosine=0.2)
    first = link_archive_themes(_THREE, settings)
    housing = first.links[("d", "uusi-2")]
    rows = [r for r in _THREE if (r.clinic_id, r.theme_id) != ("d", "uusi-2")]
    rows.append(_row("d", "2025-09-01", "uusi-3", "emergent", "koulu", [5, 0, 0, 0, 0, 1]))
    second = link_archive_themes(rows, settings, previous=first.links, following=4)
    assert second.links[("d", "uusi-3")] == f"{LINK_PREFIX}4" != housing
    assert housing not in second.links.values()


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


def _linked(db: Path) -> dict[tuple[str, str], str]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT clinic_id, id, archive_theme FROM themes WHERE kind = 'emergent'"
        ).fetchall()
    return {(clinic, theme): archive for clinic, theme, archive in rows}


def test_archive_linked_trends_keep_their_ids_when_a_clinic_is_added(
    run_settings: RunSettings, tmp_path: Path, make_clinic: Callable[..., Path]
) -> None:
    """Three clinics, then a fourth dated before them all, on a new topic (libraries): every
    emergent theme of the three keeps the archive theme it had (numbered by first member,
    the earlier clinic renamed them), the new topic gets a new number, the linked ids are
    not --fit archive's, and every one is remembered in trend_ids. The library clinic is one
    topic in 8 notes, which the consensus (k from 2) cuts 3 + 5 and the coherence test
    keeps a theme of only with `min_cluster_size` 3 (the default 4 leaves it to muu: a
    known limitation of one-topic clinics this small); the test is about ids."""
    corpus = tmp_path / "arkisto"
    for clinic_id, (date, notes) in _ARCHIVE.items():
        make_clinic(corpus, clinic_id, date, "Arjen sujuvuus", notes)
    themes = dataclasses.replace(run_settings.themes, min_cluster_size=3)
    run_settings = dataclasses.replace(run_settings, input=corpus, themes=themes)
    run_archive(run_settings, ArchiveSettings())
    before = _linked(run_settings.out / "archive.sqlite")
    assert before and all(archive.startswith(LINK_PREFIX) for archive in before.values())
    make_clinic(corpus, "2024-10-arki", "2024-10-01", "Arki", _LIBRARY)
    result = run_archive(run_settings, ArchiveSettings())
    assert result.processed == ("2024-10-arki",)
    after = _linked(run_settings.out / "archive.sqlite")
    assert {key: after[key] for key in before} == before
    assert after[("2024-10-arki", "uusi-1")] not in before.values()  # a new number
    with sqlite3.connect(run_settings.out / "archive.sqlite") as conn:
        given = {theme_id for (theme_id,) in conn.execute("SELECT id FROM trend_ids")}
    assert set(after.values()) <= given
    # a rerun with nothing changed keeps every id and gives none (archive28's rule)
    assert run_archive(run_settings, ArchiveSettings()).processed == ()
    assert _linked(run_settings.out / "archive.sqlite") == after
    with sqlite3.connect(run_settings.out / "archive.sqlite") as conn:
        assert {theme_id for (theme_id,) in conn.execute("SELECT id FROM trend_ids")} == given


#: More housing notes: added to a clinic, they make housing its largest emergent theme, so
#: the redone clinic numbers its themes afresh (housing uusi-1, food uusi-2).
_MORE_HOUSING = [
    "vuokra-asuntojen jonot venyvät kuukausiin",
    "asuntojen vuokrat nousevat joka vuosi",
    "kohtuuhintaisia vuokra-asuntoja pitäisi rakentaa lisää",
    "asumistuki ei riitä vuokraan",
    "opiskelija-asuntoja on liian vähän",
]


def _note_trends(db: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """(clinic, note text) → (theme id, archive theme) of the notes in emergent themes."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT clinic_id, text, theme, archive_theme FROM note_themes "
            "WHERE theme LIKE 'uusi-%'"
        ).fetchall()
    return {(clinic, text): (theme, archive) for clinic, text, theme, archive in rows}


@pytest.mark.parametrize("clinics", [("2025-01-arki",), ("2025-01-arki", "2025-06-kopio")])
def test_archive_trend_ids_follow_their_topics_when_a_clinic_is_redone(
    run_settings: RunSettings,
    tmp_path: Path,
    make_clinic: Callable[..., Path],
    clinics: tuple[str, ...],
) -> None:
    """The last clinic is redone with more housing notes, so it numbers its emergent themes
    afresh (housing becomes uusi-1): each note keeps its trend id, matched by the notes the
    themes share, though its theme id changed. With two clinics on the same topics (sharing
    their trend ids), the untouched one keeps its ids and the redone one still shares them."""
    corpus = tmp_path / "arkisto"
    notes = _SNOW + _FOOD + _HOUSING
    dates = {"2025-01-arki": "2025-01-15", "2025-06-kopio": "2025-06-10"}
    for clinic_id in clinics:
        make_clinic(corpus, clinic_id, dates[clinic_id], "Arki", notes)
    run_settings = dataclasses.replace(run_settings, input=corpus)
    db = run_settings.out / "archive.sqlite"
    run_archive(run_settings, ArchiveSettings())
    before = _note_trends(db)
    redone = clinics[-1]
    make_clinic(corpus, redone, dates[redone], "Arki", notes + _MORE_HOUSING)
    assert run_archive(run_settings, ArchiveSettings()).processed == (redone,)
    after = _note_trends(db)
    assert len({archive for _, archive in before.values()}) == 3  # snow, food, housing
    assert any(after[key][0] != theme for key, (theme, _) in before.items())  # renumbered
    assert {key: after[key][1] for key in before} == {k: a for k, (_, a) in before.items()}


def test_rekey_redone_pairs_by_shared_notes_and_leaves_an_unrelated_theme_unnamed() -> None:
    """A redone clinic's new uusi-1 holds the notes of its old uusi-2: it takes that stored
    id; its new uusi-2 shares no note with any stored theme: no stored id; the untouched
    clinic's keys stay as they were."""
    previous = {("a", "uusi-1"): "trendi-1", ("a", "uusi-2"): "trendi-2",
                ("b", "uusi-1"): "trendi-2", ("b", "siilot"): "siilot"}  # fmt: skip
    before = {"a": {"uusi-1": {b"1", b"2", b"3"}, "uusi-2": {b"4", b"5", b"6"}, "muu": {b"7"}}}
    after = {"a": {"uusi-1": {b"4", b"5", b"6", b"8"}, "uusi-2": {b"9", b"10"}, "muu": {b"7"}}}
    rows = [_row("a", "2025-01-15", f"uusi-{n}", "emergent", "x", [1.0, n]) for n in (1, 2)]
    rekeyed = rekey_redone(previous, rows, before, after)
    assert rekeyed == {("a", "uusi-1"): "trendi-2", ("b", "uusi-1"): "trendi-2",
                       ("b", "siilot"): "siilot"}  # fmt: skip
