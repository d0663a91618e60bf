"""Office files made by the test itself: .xlsx (openpyxl), .docx (python-docx), .ods and
.odt (odfpy)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import docx
import pytest
from ingest_helpers import docx_table, ods_sheet, read_one
from odf.opendocument import OpenDocumentText
from odf.text import H, List, ListItem, P
from openpyxl import Workbook

from muistiinpanot.errors import InputError
from muistiinpanot.ingest.settings import IngestSettings


def _workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def test_read_xlsx_finds_finnish_headers_and_first_sheet_only(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "kooste.xlsx",
        {
            "Ryhmät": [
                ["Ryhmä", "Kommentti", "Kirjoittaja"],
                ["Ryhmä A", "tieto ei kulje", "Maija Mallikas"],
                [None, None, None],
                ["Ryhmä B", 42, None],
                ["Ryhmä B", None, "Pekka"],
            ],
            "Muuta": [["teksti"], ["toisen taulukon muistiinpano"]],
        },
    )
    read = read_one(path)
    assert read.format == "XLSX"
    assert [(n.text, n.group, n.row) for n in read.notes] == [
        ("tieto ei kulje", "Ryhmä A", 2),
        ("42", "Ryhmä B", 4),  # the sheet's own row numbers: row 3 is blank
        ("", "Ryhmä B", 5),
    ]


def test_read_xlsx_all_sheets_names_sheet_in_path_and_group(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "kooste.xlsx",
        {"Aamu": [["idea"], ["kokeilu"]], "Ilta": [["idea"], ["tauko"], ["palaute"]]},
    )
    read = read_one(path, IngestSettings(all_sheets=True))
    assert [(n.rel, n.group, n.text) for n in read.notes] == [
        ("kooste.xlsx[Aamu]", "Aamu", "kokeilu"),
        ("kooste.xlsx[Ilta]", "Ilta", "tauko"),
        ("kooste.xlsx[Ilta]", "Ilta", "palaute"),
    ]


def test_read_padlet_xlsx_layout(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "padlet.xlsx",
        {
            "Posts": [
                ["Subject", "Body", "Attachment", "Author", "Created At", "Section"],
                ["Luottamus", "Lupaukset pidetään", None, "Maija", "2025-09-18", "Ryhmä 1"],
            ]
        },
    )
    read = read_one(path)
    assert read.format == "Padlet XLSX"
    assert [(n.text, n.group) for n in read.notes] == [("Luottamus. Lupaukset pidetään", "Ryhmä 1")]


def test_read_xlsx_without_text_column_lists_accepted_headers(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "x.xlsx", {"A": [["otsikko", "muuta"], ["a", "b"]]})
    with pytest.raises(InputError) as caught:
        read_one(path)
    assert caught.value.message_key == "csv_no_text"
    assert "teksti" in caught.value.user_message() and "kommentti" in caught.value.user_message()


def test_read_docx_paragraphs_lists_tables_and_headings_as_groups(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Ryhmä 1", level=1)
    document.add_paragraph("tieto ei kulje yksiköiden välillä")
    document.add_paragraph("")
    document.add_paragraph("yhteiset tilat", style="List Bullet")
    document.add_heading("Ryhmä 2", level=2)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "kokeilu"
    table.cell(0, 1).text = "budjetti"
    table.cell(1, 0).text = "luottamus"
    path = tmp_path / "muistio.docx"
    document.save(str(path))
    read = read_one(path)
    assert read.format == "Word (DOCX)"
    assert [(n.text, n.group) for n in read.notes] == [
        ("tieto ei kulje yksiköiden välillä", "Ryhmä 1"),
        ("yhteiset tilat", "Ryhmä 1"),
        ("kokeilu", "Ryhmä 2"),
        ("budjetti", "Ryhmä 2"),
        ("luottamus", "Ryhmä 2"),
    ]
    assert len({n.line for n in read.notes}) == 5


def test_read_docx_table_with_text_header_is_one_note_per_row(tmp_path: Path) -> None:
    rows = [("Ryhmä", "Idea"), ("A", "kokeilu"), ("B", "tauko")]
    path = docx_table(tmp_path / "taulukko.docx", rows)
    assert [(n.text, n.group) for n in read_one(path).notes] == [("kokeilu", "A"), ("tauko", "B")]


def test_read_ods_and_odt(tmp_path: Path) -> None:
    rows = (["teksti", "ryhmä"], ["avoin valmistelu", "A"], ["", ""], ["kokeilu", "B"])
    ods_sheet(tmp_path / "taulukko.ods", rows)
    read = read_one(tmp_path / "taulukko.ods")
    assert [(n.text, n.group) for n in read.notes] == [("avoin valmistelu", "A"), ("kokeilu", "B")]

    text_doc = OpenDocumentText()
    text_doc.text.addElement(H(outlinelevel=1, text="Ryhmä 3"))
    text_doc.text.addElement(P(text="somekohu pelottaa"))
    items = List()
    item = ListItem()
    item.addElement(P(text="lupaukset pidetään"))
    items.addElement(item)
    text_doc.text.addElement(items)
    text_doc.save(str(tmp_path / "muistio.odt"))
    read = read_one(tmp_path / "muistio.odt")
    assert [(n.text, n.group) for n in read.notes] == [
        ("somekohu pelottaa", "Ryhmä 3"),
        ("lupaukset pidetään", "Ryhmä 3"),
    ]


@pytest.mark.parametrize("suffix", [".xlsx", ".docx", ".ods", ".odt"])
def test_read_office_file_that_is_not_a_zip_is_input_error(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"rikki{suffix}"
    path.write_bytes(b"PK\x03\x04 tama ei ole zip")
    with pytest.raises(InputError) as caught:
        read_one(path)
    assert caught.value.message_key == "archive_bad"


def test_read_xlsx_zip_bomb_refused_before_parsing(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "iso.xlsx", {"A": [["teksti"]] + [["sama rivi"]] * 2000})
    settings = dataclasses.replace(IngestSettings(), max_archive_bytes=20_000)
    with pytest.raises(InputError) as caught:
        read_one(path, settings)
    assert caught.value.message_key == "archive_too_large"
