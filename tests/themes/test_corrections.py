"""Corrections applied to a clinic's themes: kept, renamed, merged, new themes, notes pulled
along, unknown ids and clashes listed, corrections carried from an earlier clinic."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from muistiinpanot.errors import InputError
from muistiinpanot.ingest.corrections import read_corrections
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Correction, Note, Theme, ThemeAssignment, ThemeResult
from muistiinpanot.themes.corrections import (
    CarriedExample,
    CorrectionSettings,
    apply_corrections,
)
from muistiinpanot.themes.settings import ThemeSettings

TEXTS = {
    "n01": ("siilot", "tieto ei kulje yksiköiden välillä"),
    "n02": ("siilot", "siilorajat pitäisi purkaa hyvinvointialueella"),
    "n03": ("siilot", "asukkaat pitäisi ottaa mukaan päätöksentekoon"),
    "n04": ("uusi-1", "budjetti on liian pieni kokeiluihin"),
    "n05": ("uusi-1", "rahoitus loppuu aina kesken"),
    "n06": ("uusi-1", "resurssit eivät riitä kehittämiseen"),
    "n07": ("uusi-2", "asukkaiden osallistaminen on vaikeaa"),
    "n08": ("uusi-2", "kuntalaiset haluavat vaikuttaa palveluihin"),
    "n09": ("uusi-2", "nuorten ääni ei kuulu valmistelussa"),
    "n10": ("muu", "tauko kymmenen minuuttia"),
    "n11": ("siilot", "asukkaat pitäis ottaa mukaan päätöksentekoon!"),
}
SEEDED = ("siilot", "luottamus")


def _result(theme_of: dict[str, str]) -> ThemeResult:
    def theme(theme_id: str) -> Theme:
        kind = "seeded" if theme_id in SEEDED else "muu" if theme_id == "muu" else "emergent"
        size = sum(1 for t in theme_of.values() if t == theme_id)
        return Theme(theme_id, f"Teema {theme_id}", kind, size=size)  # type: ignore[arg-type]

    ids = sorted(set(theme_of.values()) | set(SEEDED))
    return ThemeResult(
        themes=tuple(theme(t) for t in ids),
        assignments=tuple(ThemeAssignment(i, theme_of[i], 0.5) for i in sorted(theme_of)),
    )


@pytest.fixture(scope="module")
def notes(make_notes: Callable[[Sequence[tuple[str, str]]], list[Note]]) -> list[Note]:
    return make_notes([(note_id, text) for note_id, (_, text) in TEXTS.items()])


def _apply(
    notes: Sequence[Note],
    analyzer: LemmaAnalyzer,
    rows: Sequence[Correction],
    theme_of: dict[str, str] | None = None,
    **kwargs: object,
) -> tuple[ThemeResult, object]:
    theme_of = theme_of or {note_id: theme for note_id, (theme, _) in TEXTS.items()}
    return apply_corrections(
        notes,
        _result(theme_of),
        rows,
        analyzer,
        ThemeSettings(),
        CorrectionSettings(),
        **kwargs,  # type: ignore[arg-type]
    )


def _themes_of(result: ThemeResult) -> dict[str, str]:
    return {a.note_id: a.theme for a in result.assignments}


def _labels(result: ThemeResult) -> dict[str, str]:
    return {t.id: t.label for t in result.themes}


def test_corrections_keep_the_analysts_theme(notes: list[Note], analyzer: LemmaAnalyzer) -> None:
    result, outcome = _apply(notes, analyzer, [Correction("n01", "luottamus")])
    assignment = next(a for a in result.assignments if a.note_id == "n01")
    assert (assignment.theme, assignment.score) == ("luottamus", 1.0)
    sizes = {t.id: t.size for t in result.themes}
    assert sizes["luottamus"] == 1 and sizes["siilot"] == 3
    assert outcome.corrected == ("n01",)  # type: ignore[attr-defined]
    assert result.themes[-1].id == "muu"


def test_corrections_rename_an_emergent_theme(notes: list[Note], analyzer: LemmaAnalyzer) -> None:
    rows = [Correction(i, "uusi-2", "Osallisuus") for i in ("n07", "n08", "n09")]
    result, outcome = _apply(notes, analyzer, rows)
    assert _labels(result)["uusi-2"] == "Osallisuus"
    assert {i for i, t in _themes_of(result).items() if t == "uusi-2"} == {"n07", "n08", "n09"}
    assert outcome.renamed == {"uusi-2": "Osallisuus"}  # type: ignore[attr-defined]
    assert outcome.created == ()  # type: ignore[attr-defined]


def test_corrections_rename_follows_a_renumbered_cluster(
    notes: list[Note], analyzer: LemmaAnalyzer
) -> None:
    """The analyst named uusi-2; in this run the same notes came out as uusi-1 (and the
    budget notes as uusi-2). The name stays with the notes, the other cluster is renumbered,
    and a new note of the renamed cluster that the analyst never saw follows it."""
    theme_of = {note_id: theme for note_id, (theme, _) in TEXTS.items()}
    theme_of.update({"n04": "uusi-2", "n05": "uusi-2", "n06": "uusi-2"})
    theme_of.update({"n07": "uusi-1", "n08": "uusi-1", "n09": "uusi-1"})
    rows = [Correction(i, "uusi-2", "Osallisuus") for i in ("n07", "n08")]
    result, outcome = _apply(notes, analyzer, rows, theme_of)
    themes = _themes_of(result)
    assert themes["n07"] == themes["n08"] == themes["n09"] == "uusi-2"
    assert themes["n04"] == themes["n05"] == themes["n06"] == "uusi-1"
    assert _labels(result)["uusi-2"] == "Osallisuus"
    assert _labels(result)["uusi-1"] == "Teema uusi-2"
    assert outcome.followed == ("n09",)  # type: ignore[attr-defined]


def test_corrections_theme_row_renames_without_confirming_notes(
    notes: list[Note], analyzer: LemmaAnalyzer
) -> None:
    """Review 34 #12: a theme row (no note id) renames the theme; its notes keep the run's
    scores and are neither corrected nor moved."""
    rows = [Correction("", "uusi-2", "Osallisuus", members=("n07", "n08", "n09"))]
    result, outcome = _apply(notes, analyzer, rows)
    assert _labels(result)["uusi-2"] == "Osallisuus"
    scores = {a.note_id: (a.theme, a.score) for a in result.assignments}
    assert all(scores[i] == ("uusi-2", 0.5) for i in ("n07", "n08", "n09"))
    assert outcome.corrected == outcome.followed == outcome.pulled == ()  # type: ignore[attr-defined]
    assert outcome.renamed == {"uusi-2": "Osallisuus"}  # type: ignore[attr-defined]
    assert outcome.created == ()  # type: ignore[attr-defined]
    assert outcome.theme_rows == ("uusi-2",)  # type: ignore[attr-defined]
    seeded = [Correction("", "siilot", "Siilot ja rajat", members=("n01",))]
    result, outcome = _apply(notes, analyzer, seeded)
    assert _labels(result)["siilot"] == "Siilot ja rajat" and outcome.corrected == ()  # type: ignore[attr-defined]
    # a hand-written row without members does not name this run's uusi-N by its number (it
    # may be another theme now: review 36 #10); it is listed, as in a corpus run
    result, outcome = _apply(notes, analyzer, [Correction("", "uusi-1", "Resurssit")])
    assert "Resurssit" not in _labels(result).values()
    assert outcome.unplaced == ("uusi-1 (Resurssit) – ei jäseniä / no members",)  # type: ignore[attr-defined]


def test_corrections_theme_row_finds_its_theme_when_notes_shift(
    notes: list[Note], analyzer: LemmaAnalyzer
) -> None:
    """The analyst renamed uusi-2 (n07, n08, n09). In this run the clusters are numbered
    anew (those notes are uusi-1) and n09 went to a seeded theme: the cluster holding most of
    the members is the renamed theme; the other cluster is renumbered; n09 is not moved."""
    theme_of = {note_id: theme for note_id, (theme, _) in TEXTS.items()}
    theme_of.update({"n04": "uusi-2", "n05": "uusi-2", "n06": "uusi-2"})
    theme_of.update({"n07": "uusi-1", "n08": "uusi-1", "n09": "siilot"})
    rows = [Correction("", "uusi-2", "Osallisuus", members=("n07", "n08", "n09"))]
    result, outcome = _apply(notes, analyzer, rows, theme_of)
    themes = _themes_of(result)
    assert themes["n07"] == themes["n08"] == "uusi-2" and themes["n09"] == "siilot"
    assert themes["n04"] == themes["n05"] == themes["n06"] == "uusi-1"
    assert _labels(result)["uusi-2"] == "Osallisuus"
    assert _labels(result)["uusi-1"] == "Teema uusi-2"
    assert outcome.corrected == outcome.followed == ()  # type: ignore[attr-defined]
    # the analyst's uusi-2, found by its members, is a rename (review 53 #3)
    assert outcome.renamed == {"uusi-2": "Osallisuus"} and outcome.created == ()  # type: ignore[attr-defined]


def test_corrections_theme_row_prefers_the_tighter_of_two_halves(
    notes: list[Note], analyzer: LemmaAnalyzer
) -> None:
    """Half of the members went to a cluster of four, half to a cluster of two (the notes
    of the theme, now without the others): the tighter match by Jaccard overlap wins."""
    theme_of = {note_id: theme for note_id, (theme, _) in TEXTS.items()}
    theme_of.update({"n09": "uusi-1"})
    rows = [Correction("", "uusi-3", "Osallisuus", members=("n04", "n05", "n07", "n08"))]
    result, outcome = _apply(notes, analyzer, rows, theme_of)
    themes = _themes_of(result)
    assert themes["n07"] == themes["n08"] == "uusi-3"
    assert _labels(result)["uusi-3"] == "Osallisuus"
    assert {themes[i] for i in ("n04", "n05", "n06", "n09")} == {"uusi-1"}
    assert outcome.theme_rows == ("uusi-3",) and outcome.unplaced == ()  # type: ignore[attr-defined]
    assert outcome.created == ()  # type: ignore[attr-defined]


def test_corrections_theme_row_that_finds_no_theme_renames_nothing(
    notes: list[Note], analyzer: LemmaAnalyzer
) -> None:
    """No cluster holds more than half of the members: the rename is listed as unplaced, and
    this run's uusi-2 (other notes now) keeps its own label."""
    theme_of = {note_id: theme for note_id, (theme, _) in TEXTS.items()}
    theme_of.update({"n07": "siilot", "n08": "siilot"})
    rows = [Correction("", "uusi-2", "Osallisuus", members=("n07", "n08", "n09"))]
    result, outcome = _apply(notes, analyzer, rows, theme_of)
    assert _labels(result)["uusi-2"] == "Teema uusi-2"
    assert "Osallisuus" not in _labels(result).values()
    assert outcome.unplaced == ("uusi-2 (Osallisuus)",)  # type: ignore[attr-defined]
    assert outcome.renamed == {}  # type: ignore[attr-defined]


def test_corrections_theme_row_keeps_the_rest_of_a_cluster_notes_left(
    notes: list[Note], analyzer: LemmaAnalyzer
) -> None:
    """Two of uusi-2's three notes moved to uusi-1: without a theme row the cluster follows
    them (more than half of it moved); with the page's anchor row for uusi-2 the note left
    behind stays in uusi-2."""
    moves = [Correction(i, "uusi-1") for i in ("n07", "n08")]
    result, _ = _apply(notes, analyzer, moves)
    assert _themes_of(result)["n09"] == "uusi-1"
    anchor = Correction("", "uusi-2", "", members=("n07", "n08", "n09"))
    result, outcome = _apply(notes, analyzer, [*moves, anchor])
    assert _themes_of(result)["n09"] == "uusi-2"
    assert outcome.corrected == ("n07", "n08")  # type: ignore[attr-defined]
    assert outcome.followed == () and outcome.renamed == {}  # type: ignore[attr-defined]


def test_corrections_merge_two_themes(notes: list[Note], analyzer: LemmaAnalyzer) -> None:
    """As report.html writes a merge: every note of both themes, into the one kept."""
    rows = [Correction(i, "uusi-1") for i in ("n04", "n05", "n06", "n07", "n08", "n09")]
    result, _ = _apply(notes, analyzer, rows)
    assert "uusi-2" not in _labels(result)
    assert sum(1 for t in _themes_of(result).values() if t == "uusi-1") == 6
    assert _labels(result)["uusi-1"] == "Teema uusi-1"


def test_corrections_merge_into_a_seeded_theme_takes_the_whole_cluster(
    notes: list[Note], analyzer: LemmaAnalyzer
) -> None:
    result, outcome = _apply(notes, analyzer, [Correction(i, "siilot") for i in ("n04", "n05")])
    assert "uusi-1" not in _labels(result)
    assert _themes_of(result)["n06"] == "siilot"
    assert outcome.followed == ("n06",)  # type: ignore[attr-defined]


def test_corrections_new_theme_name_creates_it(notes: list[Note], analyzer: LemmaAnalyzer) -> None:
    rows = [
        Correction("n03", "Osallisuus ja vaikuttaminen"),
        Correction("n07", "Osallisuus ja vaikuttaminen"),
    ]
    result, _ = _apply(notes, analyzer, rows)
    theme = next(t for t in result.themes if t.id == "osallisuus-ja-vaikuttaminen")
    assert (theme.label, theme.kind) == ("Osallisuus ja vaikuttaminen", "emergent")
    assert theme.size >= 2 and "n03" in theme.representative_ids + tuple(
        a.note_id for a in result.assignments if a.theme == theme.id
    )


def test_corrections_a_new_theme_with_a_label_is_created_not_renamed(
    notes: list[Note], analyzer: LemmaAnalyzer
) -> None:
    """Review 53 #3: a label on a theme the run did not have makes a new theme."""
    rows = [Correction("n03", "kirjastoauto", "Kirjastoauto"), Correction("n01", "siilot", "Raja")]
    _, outcome = _apply(notes, analyzer, rows)
    assert outcome.renamed == {"kirjastoauto": "Kirjastoauto", "siilot": "Raja"}  # type: ignore[attr-defined]
    assert outcome.created == ("kirjastoauto",)  # type: ignore[attr-defined]


def test_corrections_pull_a_near_copy_along(notes: list[Note], analyzer: LemmaAnalyzer) -> None:
    """n11 says what n03 says (spoken form, '!'): when n03 is corrected, n11 follows."""
    result, outcome = _apply(notes, analyzer, [Correction("n03", "luottamus")])
    assert _themes_of(result)["n11"] == "luottamus"
    assert "n11" in outcome.pulled  # type: ignore[attr-defined]
    assert _themes_of(result)["n01"] == "siilot"  # unrelated notes stay


def test_corrections_list_unknown_ids_and_clashes(
    notes: list[Note], analyzer: LemmaAnalyzer
) -> None:
    rows = [
        Correction("ei-ole", "siilot", row=1),
        Correction("n01", "luottamus", row=2),
        Correction("n01", "siilot", row=3),
        Correction("n07", "uusi-2", "Osallisuus", row=4),
        Correction("n08", "uusi-2", "Vaikuttaminen", row=5),
    ]
    result, outcome = _apply(notes, analyzer, rows)
    assert outcome.unknown_ids == ("ei-ole",)  # type: ignore[attr-defined]
    assert outcome.clashes == (  # type: ignore[attr-defined]
        "n01: luottamus | siilot",
        "uusi-2: Osallisuus | Vaikuttaminen",
    )
    assert _themes_of(result)["n01"] == "siilot"  # the later row wins
    assert _labels(result)["uusi-2"] == "Vaikuttaminen"


def test_corrections_are_deterministic(notes: list[Note], analyzer: LemmaAnalyzer) -> None:
    rows = [Correction("n03", "Osallisuus"), Correction("n04", "siilot")]
    assert _apply(notes, analyzer, rows) == _apply(notes, analyzer, list(rows))


def test_carried_examples_pull_notes_of_a_later_clinic(
    notes: list[Note],
    analyzer: LemmaAnalyzer,
    make_notes: Callable[[Sequence[tuple[str, str]]], list[Note]],
) -> None:
    """A correction from an earlier clinic (content lemmas, theme, label, as the archive store
    keeps it) creates the theme here when a note says the same thing; an emergent id without
    a label does not travel."""
    earlier = make_notes(
        [("e1", "Asukkaat pitää ottaa mukaan päätöksentekoon."), ("e2", "rahoitus loppuu aina")]
    )
    carried = [
        CarriedExample(tuple(earlier[0].content_lemmas), "uusi-3", "Osallisuus"),
        CarriedExample(tuple(earlier[1].content_lemmas), "uusi-1", ""),
    ]
    result, outcome = _apply(notes, analyzer, [], carried=carried)
    themes = _themes_of(result)
    assert themes["n03"] == themes["n11"] == "osallisuus"
    assert _labels(result)["osallisuus"] == "Osallisuus"
    assert themes["n05"] == "uusi-1"
    assert outcome.corrected == ()  # type: ignore[attr-defined]
    assert outcome.carried == 2  # type: ignore[attr-defined]
    assert set(outcome.carried_pulled) == {"n03", "n11"}  # type: ignore[attr-defined]


def test_corrections_count_a_duplicate_once(notes: list[Note], analyzer: LemmaAnalyzer) -> None:
    """A duplicate inherits its original's theme but is no member of it: after corrections
    the sizes add up to the kept notes, the duplicate follows its original, and a row naming
    the duplicate is unknown (review 34, finding 11: themes.csv summed to 43 of 42 kept)."""
    import dataclasses

    from muistiinpanot.themes.assign import inherited_assignments

    duplicate = dataclasses.replace(notes[0], id="n12", status="duplicate", duplicate_of="n01")
    all_notes = [*notes, duplicate]
    theme_of = {note_id: theme for note_id, (theme, _) in TEXTS.items()}
    base = _result(theme_of)
    given = dataclasses.replace(
        base, assignments=base.assignments + inherited_assignments(all_notes, base.assignments)
    )
    rows = [Correction("n01", "Tiedonkulku", "Tiedonkulku"), Correction("n12", "uusi-1")]
    result, outcome = apply_corrections(
        all_notes, given, rows, analyzer, ThemeSettings(), CorrectionSettings()
    )
    assert sum(theme.size for theme in result.themes) == len(notes)  # 11 kept, not 12
    themes = _themes_of(result)
    assert themes["n12"] == themes["n01"] == "tiedonkulku"
    assert outcome.unknown_ids == ("n12",)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("id,label\nx,y\n", "'id' ja 'theme'"),
        ("id,theme\nx,\n", "rivi 2 / row 2: sarake 'theme' on tyhjä"),  # file lines
        ("id,theme\n\nx,siilot\n,siilot\n", "rivi 4 / row 4: teemarivillä pitää olla label"),
    ],
)
def test_read_corrections_names_file_and_row(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "corrections.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_corrections(path)
    assert "corrections.csv" in caught.value.user_message()
    assert message in caught.value.user_message()


def test_read_corrections_rows_and_hash(tmp_path: Path) -> None:
    path = tmp_path / "corrections.csv"
    path.write_text("id,theme,label\na:1,uusi-2, Osallisuus \n\na:2,siilot\n", encoding="utf-8")
    read = read_corrections(path)
    assert read.rows == (
        Correction("a:1", "uusi-2", "Osallisuus", row=2),  # the file's lines
        Correction("a:2", "siilot", "", row=4),
    )
    assert len(read.sha256) == 64


def test_read_corrections_theme_rows(tmp_path: Path) -> None:
    """A row without an id renames (or anchors) a theme; members one id a line; the older
    three-column form reads as before; the formula guard's apostrophe is dropped."""
    path = tmp_path / "corrections.csv"
    path.write_text(
        'id,theme,label,members\na:1,uusi-2,,\n,uusi-3,Lumivallit,"a:2\n a:3 \n\na:2"\n'
        ",uusi-4,,a:4\na:5,uusi-2,'-5 % budjetti,\n",
        encoding="utf-8",
    )
    assert read_corrections(path).rows == (
        Correction("a:1", "uusi-2", "", row=2),
        Correction("", "uusi-3", "Lumivallit", row=3, members=("a:2", "a:3")),
        Correction("", "uusi-4", "", row=7, members=("a:4",)),  # the cell spans lines 3-6
        Correction("a:5", "uusi-2", "-5 % budjetti", row=8),  # the page's formula guard
    )
    assert all(not r.is_theme_row for r in read_corrections(path).rows[:1])


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252"])
def test_read_corrections_saved_by_finnish_excel(tmp_path: Path, encoding: str) -> None:
    """Excel in a Finnish locale saves ';'-separated, with a BOM (UTF-8) or as cp1252, and
    CRLF line ends: read as the note CSVs are (review 34, finding 10)."""
    path = tmp_path / "corrections.csv"
    text = "id;theme;label\r\nklinikka/ryhma1.txt:4;uusi-3;Ikäihmisten opastus\r\n"
    text += "klinikka/ryhma4.csv:1;hiekoitus;\r\n"
    path.write_bytes(text.encode(encoding))
    read = read_corrections(path)
    assert read.rows == (
        Correction("klinikka/ryhma1.txt:4", "uusi-3", "Ikäihmisten opastus", row=2),
        Correction("klinikka/ryhma4.csv:1", "hiekoitus", "", row=3),
    )


def test_read_corrections_without_columns_names_the_delimiter(tmp_path: Path) -> None:
    path = tmp_path / "corrections.csv"
    path.write_text("id;label\nx;y\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_corrections(path)
    message = caught.value.user_message()
    assert "'id' ja 'theme' (tai 'teema') vaaditaan; otsikkorivillä on 'id', 'label'" in message
    assert "(erotin: ';')" in message and "(delimiter: ';')" in message


def test_read_corrections_of_one_column_says_so(tmp_path: Path) -> None:
    """Review 50 #11: a header of one column said "(erotin: -)"."""
    path = tmp_path / "corrections.csv"
    path.write_text("id\nklinikka/ryhma1.txt:2\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_corrections(path)
    message = caught.value.user_message()
    assert "vain yksi sarake ('id')" in message and "only one column ('id')" in message
    assert "erotin: -" not in message


def test_read_corrections_reads_finnish_column_names(tmp_path: Path) -> None:
    """Review 50 #11: `id;teema` (and `nimi` for the label) read as `id;theme;label`."""
    path = tmp_path / "corrections.csv"
    path.write_text("id;teema;nimi\nklinikka/ryhma1.txt:2;luottamus;Luotto\n", encoding="utf-8")
    (row,) = read_corrections(path).rows
    assert (row.note_id, row.theme, row.label) == ("klinikka/ryhma1.txt:2", "luottamus", "Luotto")


def test_run_applies_the_clinic_folders_corrections(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """corrections.csv in the clinic folder is not a notes file: the run says it reads it,
    applies it, warns about the unknown id and records the file and its sha256 in
    summary.json."""
    import csv
    import hashlib
    import json
    import shutil

    from typer.testing import CliRunner

    from muistiinpanot.cli import app

    repo = Path(__file__).resolve().parents[2]
    clinic = tmp_path / "pieni"
    shutil.copytree(repo / "tests" / "fixtures" / "ingest" / "pieni", clinic)
    corrections = clinic / "corrections.csv"
    # as Excel in a Finnish locale saves it: ';', a BOM, CRLF (review 34, finding 10)
    corrections.write_bytes(
        (
            "id;theme;label\r\npieni/ryhma1.txt:1;Resurssit;\r\npieni/ei-ole.txt:9;siilot;\r\n"
            "2026-11-toinen/ryhma1.txt:2;siilot;\r\nryhma1.txt:3;siilot;\r\n"
        ).encode("utf-8-sig")
    )
    out = tmp_path / "out"
    args = ["run", str(clinic), "--out", str(out), "--themes", str(repo / "models/themes.toml")]
    with caplog.at_level(logging.INFO):
        result = CliRunner().invoke(app, [*args, "-v"])
    assert result.exit_code == 0, result.output
    # said as read, at INFO, not as a file "not read" (review 34, finding 13)
    logged = [(r.levelno, r.getMessage()) for r in caplog.records]
    assert (
        logging.INFO,
        "korjaukset luetaan tiedostosta pieni/corrections.csv"
        " / corrections read from pieni/corrections.csv",
    ) in logged
    assert not any("not read" in message for _, message in logged)
    assert "korjauksia sovellettu 1" in result.output
    assert "pieni/ei-ole.txt:9" in result.output  # the warning names the unknown id
    # review 38 #18: ids made for another clinic folder, or without one, say so
    said = " ".join(result.output.split())
    assert (
        "tunnisteet on tehty klinikalle 2026-11-toinen, tämä ajo on klinikka pieni: "
        "2026-11-toinen/ryhma1.txt:2;" in said
    )
    assert "the ids were made for clinic 2026-11-toinen, this run's clinic is pieni" in said
    assert "tunnisteista puuttuu klinikan nimi pieni/: ryhma1.txt:3" in result.output
    with (out / "notes.csv").open(encoding="utf-8") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    assert len(rows) == 11  # corrections.csv was not read as notes
    assert (rows["pieni/ryhma1.txt:1"]["theme"], rows["pieni/ryhma1.txt:1"]["theme_label"]) == (
        "resurssit",
        "Resurssit",
    )
    trace = json.loads((out / "summary.json").read_text(encoding="utf-8"))["corrections"]
    assert trace["sha256"] == hashlib.sha256(corrections.read_bytes()).hexdigest()
    assert (trace["file"], trace["applied"], trace["unknown_ids"]) == (
        "corrections.csv",
        1,
        ["pieni/ei-ole.txt:9", "2026-11-toinen/ryhma1.txt:2", "ryhma1.txt:3"],
    )


def test_corrections_keywords_leave_out_personal_names(
    make_notes: Callable[[Sequence[tuple[str, str]]], list[Note]], analyzer: LemmaAnalyzer
) -> None:
    """A surname said in every corrected note would be the new theme's top keyword: it is
    left out as the themes stage leaves names out (themes.describe.excluded_words)."""
    pairs = [
        ("k1", "Korhonen sanoi että rahoitus loppuu kesken"),
        ("k2", "Korhosen mukaan budjetti ei riitä kokeiluihin"),
        ("k3", "Korhoselta kysytään rahoitus ensi vuodelle"),
        ("k4", "tieto ei kulje yksiköiden välillä"),
    ]
    theme_of = {"k1": "uusi-1", "k2": "uusi-1", "k3": "uusi-1", "k4": "siilot"}
    rows = [Correction(i, "Rahoitus") for i in ("k1", "k2", "k3")]
    result, _ = _apply(make_notes(pairs), analyzer, rows, theme_of)
    theme = next(t for t in result.themes if t.id == "rahoitus")
    assert theme.size == 3 and theme.keywords
    assert "korhonen" not in theme.keywords
    assert "rahoitus" in theme.keywords
