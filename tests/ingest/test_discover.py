"""Ingest: clinic folders, single files and corpora → Notes with stable ids."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from muistiinpanot.errors import ConfigError, InputError
from muistiinpanot.ingest import read_batches
from muistiinpanot.ingest.clinic import read_clinic
from muistiinpanot.ingest.rawnote import group_of_stem
from muistiinpanot.ingest.text import strip_bullet


def test_read_batches_clinic_folder_reads_every_file(fixtures_dir: Path) -> None:
    is_corpus, batches = read_batches(fixtures_dir / "ingest" / "pieni")
    assert not is_corpus
    (batch,) = batches
    assert batch.clinic.id == "pieni"
    assert batch.clinic.title == "Verkkoklinikka: Pieni testiklinikka"
    assert batch.clinic.date == "2026-01-15"
    assert batch.clinic.contact.name == "Testi Henkilö"
    ids = [note.id for note in batch.notes]
    assert ids == [
        "pieni/ryhma1.txt:1",
        "pieni/ryhma1.txt:3",
        "pieni/ryhma1.txt:4",
        "pieni/ryhma1.txt:5",
        "pieni/ryhma1.txt:6",
        "pieni/ryhma2.md:2",
        "pieni/ryhma2.md:3",
        "pieni/ryhma2.md:4",
        "pieni/ryhma3.csv#a1",
        "pieni/ryhma3.csv#a2",
        "pieni/ryhma3.csv#a3",
    ]


def test_read_batches_text_strips_bullets_and_keeps_empty_bullet(fixtures_dir: Path) -> None:
    _, (batch,) = read_batches(fixtures_dir / "ingest" / "pieni")
    by_id = {note.id: note for note in batch.notes}
    assert by_id["pieni/ryhma1.txt:3"].text == "tieto ei kulje yksiköiden välillä"
    assert by_id["pieni/ryhma1.txt:5"].text == ""
    assert by_id["pieni/ryhma1.txt:1"].group == "Ryhmä 1"  # review 38 #21: as a heading names it


def test_read_batches_markdown_joins_continuation_and_skips_structure(
    fixtures_dir: Path,
) -> None:
    _, (batch,) = read_batches(fixtures_dir / "ingest" / "pieni")
    md_notes = [note for note in batch.notes if note.source.path == "ryhma2.md"]
    assert [note.text for note in md_notes] == [
        "kokeilukulttuuria pitää johtaa",
        "Avoin valmistelu auttaa!",
        "johdon pitäis antaa lupa epäonnistua ja oppia siitä",
    ]


def test_read_batches_csv_uses_group_column_and_keeps_empty_row(fixtures_dir: Path) -> None:
    _, (batch,) = read_batches(fixtures_dir / "ingest" / "pieni")
    csv_notes = [note for note in batch.notes if note.source.path == "ryhma3.csv"]
    # a row without a group falls back to the file's group, spelled as the column has it
    assert [note.group for note in csv_notes] == ["Ryhmä 3", "Ryhmä 3", "Ryhmä 3"]
    assert [note.source.row for note in csv_notes] == [2, 3, 4]  # file lines
    assert csv_notes[1].text == ""


def test_read_batches_single_file_is_its_own_clinic(fixtures_dir: Path) -> None:
    is_corpus, (batch,) = read_batches(fixtures_dir / "ingest" / "pieni" / "ryhma1.txt")
    assert not is_corpus
    assert batch.clinic.id == "ryhma1"
    assert batch.notes[0].id == "ryhma1/ryhma1.txt:1"


def test_read_batches_corpus_reads_each_clinic_and_skips_other_folders(
    fixtures_dir: Path, tmp_path: Path
) -> None:
    shutil.copytree(fixtures_dir / "ingest" / "pieni", tmp_path / "a")
    shutil.copytree(fixtures_dir / "ingest" / "pieni", tmp_path / "b")
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "a.csv").write_text("id,text,label\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("# corpus\n", encoding="utf-8")
    is_corpus, batches = read_batches(tmp_path)
    assert is_corpus
    assert [batch.clinic.id for batch in batches] == ["a", "b"]


def test_read_batches_ids_survive_renaming_other_files(fixtures_dir: Path, tmp_path: Path) -> None:
    shutil.copytree(fixtures_dir / "ingest" / "pieni", tmp_path / "pieni")
    _, (before,) = read_batches(tmp_path / "pieni")
    (tmp_path / "pieni" / "ryhma1.txt").rename(tmp_path / "pieni" / "zz_ryhma1.txt")
    _, (after,) = read_batches(tmp_path / "pieni")
    unchanged = {n.id: n.text for n in before.notes if not n.id.startswith("pieni/ryhma1")}
    assert unchanged.items() <= {n.id: n.text for n in after.notes}.items()


@pytest.mark.parametrize(
    ("name", "key", "line", "row"),
    [
        ("sotku.txt", "not_text", 2, None),
        ("sotku.csv", "not_text", 3, None),
        ("notext.csv", "csv_no_text", 1, None),
        ("kuva.txt", "binary", None, None),
        ("broken.csv", "csv_bad", None, 2),  # the row starting on line 2
    ],
)
def test_read_batches_bad_file_names_file_and_place(
    fixtures_dir: Path, name: str, key: str, line: int | None, row: int | None
) -> None:
    path = fixtures_dir / "ingest" / "bad" / name
    with pytest.raises(InputError) as caught:
        read_batches(path)
    err = caught.value
    assert err.message_key == key
    assert err.path == path
    assert (err.line, err.row) == (line, row)
    assert name in err.user_message()


def test_read_batches_missing_path_is_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="polkua ei löydy"):
        read_batches(tmp_path / "ei-ole")


def test_read_batches_unsupported_file_in_clinic_is_named(tmp_path: Path) -> None:
    (tmp_path / "ryhma1.txt").write_text("muistiinpano\n", encoding="utf-8")
    (tmp_path / "kuva.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(InputError) as caught:
        read_batches(tmp_path)
    assert caught.value.path == tmp_path / "kuva.pdf"
    assert ".pdf" in caught.value.user_message()


def test_read_batches_semicolon_csv(tmp_path: Path) -> None:
    (tmp_path / "excel.csv").write_text(
        "Teksti;Ryhmä\nluottamus, avoimuus;Ryhmä A\n", encoding="utf-8-sig"
    )
    _, (batch,) = read_batches(tmp_path / "excel.csv")
    assert [(n.text, n.group) for n in batch.notes] == [("luottamus, avoimuus", "Ryhmä A")]


@pytest.mark.parametrize(
    ("content", "line"),
    [
        ('title = "x"\nvuosi = 2025\n', 2),
        ("title = 5\n", 1),
        ('date = "18.9.2025"\n', 1),
        ('title = "x"\n[contact]\nname = "A"\nfax = "1"\n', 4),
        ('title = "x\n', 1),
    ],
)
def test_read_clinic_bad_toml_names_line(tmp_path: Path, content: str, line: int) -> None:
    (tmp_path / "clinic.toml").write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        read_clinic(tmp_path)
    assert caught.value.line == line
    assert "clinic.toml" in caught.value.user_message()


@pytest.mark.parametrize("date", ["14.5.2026", "2026/5/14"])
def test_read_clinic_unquoted_date_says_how_to_write_it(tmp_path: Path, date: str) -> None:
    """TOML refuses a date written as people write it: the Finnish half of the message is
    Finnish, the parser's own text a quoted detail, with the form to use (review 34, 13)."""
    (tmp_path / "clinic.toml").write_text(f'title = "X"\ndate = {date}\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        read_clinic(tmp_path)
    message = caught.value.user_message()
    assert caught.value.line == 2
    assert message.split(" / ")[1].startswith("line 2: TOML-tiedoston rakenne ei kelpaa")
    assert "päivämäärä muodossa 2026-05-14 / date as 2026-05-14" in message


def test_read_clinic_other_toml_error_has_no_date_hint(tmp_path: Path) -> None:
    (tmp_path / "clinic.toml").write_text('title = "x\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        read_clinic(tmp_path)
    assert "TOML-tiedoston rakenne ei kelpaa" in caught.value.user_message()
    assert "päivämäärä" not in caught.value.user_message()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- luottamus", "luottamus"),
        ("* luottamus", "luottamus"),
        ("• luottamus", "luottamus"),
        ("12. luottamus", "luottamus"),
        ("3) luottamus", "luottamus"),
        ("- [x] luottamus", "luottamus"),
        ("-luottamus", "-luottamus"),
        ("2025 luottamus", "2025 luottamus"),
        ("-", ""),
    ],
)
def test_strip_bullet_cases(line: str, expected: str) -> None:
    assert strip_bullet(line)[0] == expected


@pytest.mark.parametrize(
    ("stem", "group"),
    [
        ("ryhma1", "Ryhmä 1"),
        ("ryhma_2", "Ryhmä 2"),
        ("Ryhmä-3", "Ryhmä 3"),
        ("ryhmä 4", "Ryhmä 4"),
        ("poyta12", "Pöytä 12"),
        ("tiimi5", "Tiimi 5"),
        ("ryhma", "ryhma"),
        ("muistio", "muistio"),
        ("2026-11-12", "2026-11-12"),
        ("ryhma1_aamu", "ryhma1_aamu"),
    ],
)
def test_group_of_stem_reads_like_a_heading(stem: str, group: str) -> None:
    """Review 38 #21: a group named by its file ("ryhma1") is shown as a heading names one
    ("Ryhmä 1"); stems that are not a word and a number stay as they are."""
    assert group_of_stem(stem) == group
