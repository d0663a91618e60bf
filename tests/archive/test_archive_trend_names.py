"""Review 46 #1 and #2 (mend94): a trend of the archive report is named by a stable rule (an
analyst's rename, else the label most of its clinics give it, never a placeholder when a
real label exists), each clinic's cell and point show the clinic's own label, and an unnamed
theme is "Nimeämätön teema (…)" in trends.csv as on every review surface."""

from __future__ import annotations

import csv
import re
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from muistiinpanot.app.archive import run_archive
from muistiinpanot.archive.report import render_report_html, trend_names
from muistiinpanot.archive.settings import ArchiveSettings
from muistiinpanot.archive.store import ThemeRow
from muistiinpanot.archive.trends import TrendRow, trend_rows
from muistiinpanot.config import RunSettings


def _trend(clinic: str, date: str, theme: str, label: str, naming: str = "named") -> TrendRow:
    return TrendRow(date, clinic, f"Klinikka {clinic}", theme, label, "emergent", 4, 0.1, naming)


def test_a_rename_names_the_trend_before_any_label_and_a_placeholder_comes_last() -> None:
    rows = [
        _trend("vene", "2026-11-12", "trendi-3", "Talvisäilytyksen järjestelyt", "renamed"),
        _trend("sauna", "2026-11-26", "trendi-3", "Nimeämätön teema (puu, budjetti)", "unnamed"),
        _trend("a", "2025-01-01", "trendi-7", "Nimeämätön teema (kylä)", "unnamed"),
        _trend("b", "2025-02-01", "trendi-7", "Kyläkoulut", "named"),
        _trend("c", "2025-03-01", "trendi-7", "Nimeämätön teema (koulu)", "unnamed"),
        _trend("a", "2025-01-01", "trendi-8", "Nimeämätön teema (kylä)", "unnamed"),
        _trend("b", "2025-02-01", "trendi-8", "Nimeämätön teema (koulu)", "unnamed"),
    ]
    names = trend_names(rows)
    assert names["trendi-3"] == "Talvisäilytyksen järjestelyt"
    assert names["trendi-7"] == "Kyläkoulut"  # the real label, though a placeholder is later
    assert names["trendi-8"] == "Nimeämätön teema (koulu)"  # no real label: the latest


def test_the_label_most_clinics_give_names_the_trend_and_of_equals_the_latest() -> None:
    rows = [
        _trend("a", "2025-01-01", "trendi-1", "Kirjastot"),
        _trend("b", "2025-02-01", "trendi-1", "Kirjastot"),
        _trend("c", "2025-03-01", "trendi-1", "Lukupiirit"),
        _trend("a", "2025-01-01", "trendi-2", "Liikunta"),
        _trend("b", "2025-02-01", "trendi-2", "Uimahallit"),
    ]
    assert trend_names(rows) == {"trendi-1": "Kirjastot", "trendi-2": "Uimahallit"}


def test_the_report_shows_each_clinics_own_label_where_it_is_not_the_trends() -> None:
    rows = [
        _trend("vene", "2026-11-12", "trendi-4", "Pohjamaalit ja ympäristö"),
        _trend("sauna", "2026-11-26", "trendi-4", "Avantouinti"),
        _trend("vene", "2026-11-12", "trendi-3", "Talvisäilytyksen järjestelyt", "renamed"),
        _trend("sauna", "2026-11-26", "trendi-3", "Nimeämätön teema (puu, budjetti)", "unnamed"),
    ]
    html = render_report_html(rows, max_themes=5)
    tips = re.findall(r"<title>([^<]*)</title>", html)
    assert "Pohjamaalit ja ympäristö · Klinikka vene 2026-11-12: 10%" in tips
    assert "Avantouinti · Klinikka sauna 2026-11-26: 10%" in tips
    header = re.search(r"<thead>.*</thead>", html, re.S)
    assert header is not None
    assert "Talvisäilytyksen järjestelyt" in header.group(0)
    assert "Muita nostoja" not in html and "Nimeämätön teema (puu, budjetti)" not in header.group(0)
    own = re.findall(r'<span class="own"[^>]*>([^<]*)</span>', html)
    # the boat clinic's cell of the trend named "Avantouinti" names its own theme, and the
    # sauna clinic's cell of the renamed trend its placeholder
    assert "Pohjamaalit ja ympäristö" in own and "Nimeämätön teema (puu, budjetti)" in own
    assert "Talvisäilytyksen järjestelyt" not in own and "Avantouinti" not in own


def test_an_unnamed_themes_row_of_trends_csv_is_named_as_on_the_review_pages() -> None:
    row = ThemeRow(
        "sauna", "2026-11-26", "Sauna", "uusi-1", "Muita nostoja: puu, budjetti", "emergent",
        7, 0.18, ("puu", "budjetti"), None, "unnamed",
    )  # fmt: skip
    (trend,) = trend_rows([row], {("sauna", "uusi-1"): "trendi-3"})
    assert trend.label == "Nimeämätön teema (puu, budjetti)"


def test_a_store_of_schema_8_reads_its_themes_naming_from_their_labels(
    schema8_namings: Callable[[Sequence[tuple[str, str, str]]], dict[str, str]],
) -> None:
    namings = schema8_namings(
        [
            ("uusi-1", "Muita nostoja: puu, budjetti", "emergent"),
            ("uusi-2", "Kyläkoulut", "emergent"),
            ("siilot", "Siilot ja organisaatiorajat", "seeded"),
        ]
    )
    assert namings == {"uusi-1": "unnamed", "uusi-2": "named", "siilot": "named"}


def test_the_archive_stores_an_analysts_rename_and_names_the_trend_by_it(
    run_settings: RunSettings, corpus: Path
) -> None:
    first = "2025-01-siilot"
    (corpus / first / "corrections.csv").write_text(
        f"id,theme,label\n{first}/ryhma1.txt:1,uusi-1,Talvikunnossapito\n", encoding="utf-8"
    )
    run_archive(run_settings, ArchiveSettings())
    out = run_settings.out
    with sqlite3.connect(out / "archive.sqlite") as conn:
        namings = dict(
            conn.execute("SELECT label, naming FROM themes WHERE clinic_id = ?", (first,))
        )
    assert namings["Talvikunnossapito"] == "renamed"
    assert set(namings.values()) <= {"named", "unnamed", "renamed"}
    with (out / "trends.csv").open(encoding="utf-8") as handle:
        labels = [row["label"] for row in csv.DictReader(handle)]
    assert "Talvikunnossapito" in labels
    assert not any(label.startswith("Muita nostoja") for label in labels)
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "Muita nostoja" not in html
