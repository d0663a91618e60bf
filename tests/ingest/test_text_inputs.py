"""Text inputs: encodings, line ends, separators inside notes, Markdown structure, CSV
dialects, and the folder rules (nothing skipped silently, no empty input)."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from ingest_helpers import read_one

from muistiinpanot.errors import InputError
from muistiinpanot.ingest import read_input
from muistiinpanot.ingest.settings import IngestSettings

NOTES = ["Yhteistyö ja päätöksenteko", "Siilot näkyvät € ja ääkkösinä", "öljy, Äänestys"]


@pytest.mark.parametrize(
    ("encoding", "bom", "expected"),
    [
        ("utf-8", b"", "utf_8"),
        ("utf-8", codecs.BOM_UTF8, "utf_8 (BOM)"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf_16 (BOM)"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf_16 (BOM)"),
        ("cp1252", b"", "cp1252"),
    ],
)
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_read_text_encodings_and_line_ends(
    tmp_path: Path, encoding: str, bom: bytes, expected: str, newline: str
) -> None:
    path = tmp_path / "ryhma.txt"
    path.write_bytes(bom + newline.join(NOTES + [""]).encode(encoding))
    read = read_one(path)
    assert read.encoding == expected
    assert [(n.text, n.line) for n in read.notes] == [(t, i) for i, t in enumerate(NOTES, 1)]


def test_read_excel_finnish_csv_cp1252_semicolon(fixtures_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("Ryhmä;Kommentti\r\nA;päätökset € näkyviin\r\n".encode("cp1252"))
    read = read_one(path)
    assert read.encoding == "cp1252"
    assert [(n.text, n.group) for n in read.notes] == [("päätökset € näkyviin", "A")]
    read = read_one(fixtures_dir / "ingest" / "encodings" / "cp1252.txt")
    assert read.notes[0].text == "teksti on tässä"


def test_read_csv_tab_delimited_utf16_with_quoted_multiline_cell(tmp_path: Path) -> None:
    path = tmp_path / "unicode.txt.csv"
    text = 'teksti\tryhmä\r\n"kaksi\r\nriviä"\tA\r\nyksi\tB\r\n'
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    read = read_one(path)
    assert [(n.text, n.row) for n in read.notes] == [("kaksi\nriviä", 2), ("yksi", 4)]


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x0c", "\x85", "\x0b", "\x1e"])
def test_read_text_unicode_separators_stay_inside_the_note(tmp_path: Path, separator: str) -> None:
    path = tmp_path / "ryhma.txt"
    path.write_text(f"eka rivi{separator}jatkuu\ntoka\n", encoding="utf-8")
    assert [n.line for n in read_one(path).notes] == [1, 2]


def test_read_markdown_nested_bullets_have_parents_and_headings_name_groups(
    tmp_path: Path,
) -> None:
    (tmp_path / "ryhma.md").write_text(
        "ilman otsikkoa\n# Ryhmä A\n- pääkohta\n  - alakohta\n    - alempi\n  - toinen ala\n"
        "- uusi pääkohta\n## Ryhmä B\n1. numeroitu\n   jatkuu\n",
        encoding="utf-8",
    )
    (batch,) = read_input(tmp_path, IngestSettings()).clinics
    rows = [(n.id.split("/", 1)[1], n.text, n.group, n.parent) for n in batch.notes]
    clinic = batch.clinic.id
    assert rows == [
        ("ryhma.md:1", "ilman otsikkoa", "ryhma", None),
        ("ryhma.md:3", "pääkohta", "Ryhmä A", None),
        ("ryhma.md:4", "alakohta", "Ryhmä A", f"{clinic}/ryhma.md:3"),
        ("ryhma.md:5", "alempi", "Ryhmä A", f"{clinic}/ryhma.md:4"),
        ("ryhma.md:6", "toinen ala", "Ryhmä A", f"{clinic}/ryhma.md:3"),
        ("ryhma.md:7", "uusi pääkohta", "Ryhmä A", None),
        ("ryhma.md:9", "numeroitu jatkuu", "Ryhmä B", None),
    ]


def test_read_csv_second_text_like_column_is_named_in_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "kaksi.csv"
    path.write_text(
        "text,kuvaus,author\n"
        "kokeilu,pitkä selitys kokeilusta tähän,Maija Mallikas\n"
        "tauko,toinen pitkä selitys tähän,Pekka Puupää\n",
        encoding="utf-8",
    )
    read = read_one(path)
    assert len(read.warnings) == 1
    assert "'kuvaus'" in read.warnings[0] and "'text'" in read.warnings[0]


def test_read_input_lists_every_unread_file_with_a_reason(tmp_path: Path) -> None:
    corpus = tmp_path / "korpus"
    clinic = corpus / "klinikka"
    (clinic / "_vanha").mkdir(parents=True)
    (clinic / "clinic.toml").write_text('title = "x"\n', encoding="utf-8")
    (clinic / "ryhma.txt").write_text("kokeilu\n", encoding="utf-8")
    (clinic / "README.md").write_text("# ohje\n", encoding="utf-8")
    (clinic / ".piilo.txt").write_text("salainen\n", encoding="utf-8")
    (clinic / "_vanha" / "ryhma.txt").write_text("vanha\n", encoding="utf-8")
    (clinic / "asetukset.toml").write_text("", encoding="utf-8")
    (corpus / "gold").mkdir()
    (corpus / "juuressa.txt").write_text("unohtunut\n", encoding="utf-8")
    result = read_input(corpus, IngestSettings())
    assert result.is_corpus
    (batch,) = result.clinics
    assert [n.text for n in batch.notes] == ["kokeilu"]
    assert [s.path for s in batch.skipped] == [
        ".piilo.txt",
        "README.md",
        "_vanha/",
        "asetukset.toml",
    ]
    assert [s.path for s in result.skipped] == ["gold/", "juuressa.txt"]
    assert all(" / " in s.reason for s in batch.skipped + result.skipped)


@pytest.mark.parametrize("content", ["", "\n\n  \n", "-\n*\n", "...\n"])
def test_read_input_without_notes_stops_with_message(tmp_path: Path, content: str) -> None:
    (tmp_path / "tyhja.txt").write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_input(tmp_path, IngestSettings())
    assert caught.value.message_key == "no_notes"


def test_read_input_dot_inside_clinic_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clinic = tmp_path / "2025-09-klinikka"
    clinic.mkdir()
    (clinic / "clinic.toml").write_text('title = "Klinikka"\n', encoding="utf-8")
    (clinic / "ryhma.txt").write_text("kokeilu\n", encoding="utf-8")
    monkeypatch.chdir(clinic)
    (batch,) = read_input(Path("."), IngestSettings()).clinics
    assert batch.clinic.id == "2025-09-klinikka"
    assert batch.notes[0].id == "2025-09-klinikka/ryhma.txt:1"
