"""Rows named as the user sees them (CSV file lines, a sheet's own row numbers), one column
mapping for every table format, and streamed spreadsheets that stop at the row cap.

Every file here is made by the test: CSV by hand, .xlsx with openpyxl, .ods with odfpy,
.docx with python-docx, .json with the json module."""

from __future__ import annotations

import codecs
import csv
import json
from pathlib import Path

import pytest
from ingest_helpers import docx_table, ods_sheet, read_one
from openpyxl import Workbook

from muistiinpanot.errors import InputError
from muistiinpanot.ingest import read_batches
from muistiinpanot.ingest.settings import IngestSettings

#: line 1 header, 2 blank, 3-4 one quoted two-line cell, 5 blank, 6, 7 blank, 8
_CSV = 'id,text,group\n\na,"kaksi\nriviä",A\n\nb,yksi rivi,A\n\nc,viimeinen,B\n'


def _xlsx(path: Path, rows: list[list[object]], title: str = "Vastaukset") -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for number, row in enumerate(rows, start=1):
        for column, value in enumerate(row, start=1):
            if value is not None:
                sheet.cell(row=number, column=column, value=value)
    workbook.save(path)
    return path


def _error(path: Path, settings: IngestSettings | None = None) -> InputError:
    with pytest.raises(InputError) as caught:
        read_one(path, settings)
    return caught.value


def test_read_csv_rows_are_file_lines_with_blank_lines_and_multiline_cells(
    tmp_path: Path,
) -> None:
    path = tmp_path / "ryhma.csv"
    path.write_text(_CSV, encoding="utf-8")
    assert [(n.text, n.row) for n in read_one(path).notes] == [
        ("kaksi\nriviä", 3),
        ("yksi rivi", 6),
        ("viimeinen", 8),
    ]


def test_notes_csv_source_names_the_file_line_and_ids_keep_their_ordinal(
    tmp_path: Path,
) -> None:
    path = tmp_path / "ryhma.csv"
    path.write_text(_CSV.replace("id,", "nro,"), encoding="utf-8")  # no id column: ordinals
    _, (clinic,) = read_batches(tmp_path)
    assert [(n.id, n.source.locator()) for n in clinic.notes] == [
        (f"{tmp_path.name}/ryhma.csv:1", "ryhma.csv:3"),
        (f"{tmp_path.name}/ryhma.csv:2", "ryhma.csv:6"),
        (f"{tmp_path.name}/ryhma.csv:3", "ryhma.csv:8"),
    ]


@pytest.mark.parametrize(
    ("extra", "key", "row"),
    [
        ('a,"taas\nkaksi",C\n', "duplicate_id", 9),  # after the multi-line cell
        ("d,liikaa,B,X\n", "csv_bad", 9),  # more fields than the header
        ('d,"x' + "y" * 40 + '",B\n', "note_too_long", 9),
        ('\nd,"avoin lainaus\nloppuu,B\n', "csv_bad", 10),  # the row starting on line 10
    ],
)
def test_read_csv_errors_name_the_file_line(tmp_path: Path, extra: str, key: str, row: int) -> None:
    path = tmp_path / "ryhma.csv"
    path.write_text(_CSV + extra, encoding="utf-8")
    error = _error(path, IngestSettings(max_note_chars=30))
    assert (error.message_key, error.row, error.path) == (key, row, path)
    assert f"ryhma.csv, rivi {row} / row {row}:" in error.user_message()


def test_read_csv_over_row_cap_names_the_first_row_past_it(tmp_path: Path) -> None:
    path = tmp_path / "rivit.csv"
    path.write_text(_CSV, encoding="utf-8")
    error = _error(path, IngestSettings(max_table_rows=2))
    assert (error.message_key, error.row) == ("too_many_rows", 8)
    assert "liikaa rivejä" in error.user_message() and "too many rows" in error.user_message()


def test_read_xlsx_rows_are_the_sheets_own_row_numbers(tmp_path: Path) -> None:
    path = _xlsx(
        tmp_path / "kysely.xlsx",
        [
            [None],  # row 1 blank: the header is on row 2
            ["Tunniste", "Vastaus", "Ryhmä"],
            ["v1", "kaksi\nriviä samassa solussa", "A"],
            [None],
            [None],
            ["v2", "toinen vastaus", "B"],
        ],
    )
    notes = read_one(path).notes
    assert [(n.text, n.row, n.key) for n in notes] == [
        ("kaksi\nriviä samassa solussa", 3, "v1"),
        ("toinen vastaus", 6, "v2"),
    ]
    _, (clinic,) = read_batches(path)
    assert [n.source.locator() for n in clinic.notes] == ["kysely.xlsx:3", "kysely.xlsx:6"]


def test_read_xlsx_errors_name_the_sheet_row(tmp_path: Path) -> None:
    rows: list[list[object]] = [["id", "text"], ["a", "eka"], [None], ["a", "toka"]]
    error = _error(_xlsx(tmp_path / "kaksi.xlsx", rows))
    assert (error.message_key, error.row) == ("duplicate_id", 4)
    assert "kaksi.xlsx, rivi 4 / row 4:" in error.user_message()


def test_read_xlsx_all_sheets_errors_name_the_sheet(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "kooste.xlsx", [["text"], ["x" * 50]], title="Ilta")
    error = _error(path, IngestSettings(all_sheets=True, max_note_chars=30))
    assert (error.message_key, error.row) == ("note_too_long", 2)
    assert "kooste.xlsx[Ilta], rivi 2 / row 2:" in error.user_message()


def test_read_xlsx_over_row_cap_stops_with_file_and_row(tmp_path: Path) -> None:
    rows: list[list[object]] = [["teksti"]] + [[f"muistiinpano {i}"] for i in range(40)]
    path = _xlsx(tmp_path / "iso.xlsx", rows)
    error = _error(path, IngestSettings(max_table_rows=25))
    assert (error.message_key, error.row, error.path) == ("too_many_rows", 27, path)
    message = error.user_message()
    assert message.startswith(f"{path}, rivi 27 / row 27:")
    assert "liikaa rivejä (yli 25)" in message and "too many rows (over 25)" in message
    assert len(read_one(path, IngestSettings(max_table_rows=40)).notes) == 40


def test_read_xlsx_overlong_cell_stops_with_its_row(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "pitka.xlsx", [["text"], ["lyhyt"], [None], ["sana " * 20]])
    error = _error(path, IngestSettings(max_note_chars=50))
    assert (error.message_key, error.row) == ("note_too_long", 4)


def test_read_xlsx_with_understated_dimension_reads_every_row(tmp_path: Path) -> None:
    """Some writers state the sheet's size as A1; every row is read all the same."""
    import zipfile

    source = _xlsx(tmp_path / "a.xlsx", [["text"], ["eka"], ["toka"]])
    target = tmp_path / "b.xlsx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                assert b'<dimension ref="A1:A3"/>' in data
                data = data.replace(b'<dimension ref="A1:A3"/>', b'<dimension ref="A1"/>')
            new.writestr(info, data)
    assert [n.text for n in read_one(target).notes] == ["eka", "toka"]


def test_read_ods_rows_count_repeated_blank_rows(tmp_path: Path) -> None:
    path = ods_sheet(tmp_path / "taulukko.ods", [["text"], ["eka"], [""], ["toka"]], {2: 3})
    assert [(n.text, n.row) for n in read_one(path).notes] == [("eka", 2), ("toka", 6)]


# --- one column mapping for every table format -------------------------------------------

_HEADER = ["Subject", "Body", "Section", "Author"]
_ROWS = [
    ["Tiedonkulku", "Tieto ei kulje yksiköiden välillä", "Ryhmä 1", "Maija Mallikas"],
    ["", "Yhteiset tilat auttaisivat", "Ryhmä 1", "Pekka Puupää"],
    ["Kokeilut:", "oma budjetti", "Ryhmä 2", ""],
    ["Pelkkä otsikko", "", "Ryhmä 2", ""],
]
_EXPECTED = [
    ("Tiedonkulku. Tieto ei kulje yksiköiden välillä", "Ryhmä 1"),
    ("Yhteiset tilat auttaisivat", "Ryhmä 1"),
    ("Kokeilut: oma budjetti", "Ryhmä 2"),
    ("Pelkkä otsikko", "Ryhmä 2"),
]


def _write_table(path: Path) -> Path:
    if path.suffix == ".csv":
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([_HEADER, *_ROWS])
    elif path.suffix == ".xlsx":
        _xlsx(path, [_HEADER, *_ROWS])
    elif path.suffix == ".json":
        objects = [dict(zip(_HEADER, row, strict=True)) for row in _ROWS]
        objects[0]["tags"] = ["ei", "luettu"]  # a field that is not a column is left alone
        path.write_text(json.dumps({"posts": objects}, ensure_ascii=False), encoding="utf-8")
    else:
        docx_table(path, [_HEADER, *_ROWS], before=["Padletin vastaukset"])
    return path


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".json", ".docx"])
def test_same_table_gives_same_notes_in_every_format(tmp_path: Path, suffix: str) -> None:
    notes = read_one(_write_table(tmp_path / f"padlet{suffix}")).notes
    texts = [(n.text, n.group) for n in notes]
    if suffix == ".docx":
        assert texts[0] == ("Padletin vastaukset", None)  # the paragraph before the table
        texts = texts[1:]
    assert texts == _EXPECTED
    assert not any("Mallikas" in n.text or "Puupää" in n.text for n in notes)


def test_docx_and_json_id_columns_are_note_keys_and_unique(tmp_path: Path) -> None:
    rows = [("Tunniste", "Idea"), ("k1", "kokeilu"), ("k1", "tauko")]
    path = docx_table(tmp_path / "taulukko.docx", rows)
    error = _error(path)
    assert (error.message_key, error.line) == ("duplicate_id", 3)
    json_path = tmp_path / "notes.json"
    json_path.write_text('[{"id": "k1", "title": "Otsikko", "text": "teksti"}]', "utf-8")
    (note,) = read_one(json_path).notes
    assert (note.key, note.text, note.row) == ("k1", "Otsikko. teksti", 1)


# --- what spreadsheets and editors write -------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        # one column, no delimiter in the header: commas in a note are text
        (
            "yksi.csv",
            "teksti\ntieto ei kulje, vaikka pitäisi\n",
            [("tieto ei kulje, vaikka pitäisi", 2)],
        ),
        ("yksi.tsv", "text\n\nhei, mitä kuuluu\n", [("hei, mitä kuuluu", 3)]),
        # one column, a note that begins with a quotation: text, not a malformed cell
        (
            "lainaus.csv",
            'teksti\n"Lainaus" sanoi hän, ja jatkoi\nkolmas rivi\n',
            [('"Lainaus" sanoi hän, ja jatkoi', 2), ("kolmas rivi", 3)],
        ),
        # Excel's delimiter line before the header
        (
            "excel.csv",
            "sep=;\nRyhmä;Kommentti\nA;päätökset, näkyviin\n",
            [("päätökset, näkyviin", 3)],
        ),
        # a trailing delimiter gives an empty cell past the header: not an error
        ("pilkku.csv", "text,group\nkokeilu,A,\n", [("kokeilu", 2)]),
    ],
)
def test_read_csv_layouts_real_editors_write(
    tmp_path: Path, name: str, content: str, expected: list[tuple[str, int]]
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert [(n.text, n.row) for n in read_one(path).notes] == expected


def test_report_html_names_a_table_notes_row_beside_its_id(tmp_path: Path) -> None:
    """report.html shows each note's id; a table note's id numbers its data rows, so the
    page also names the row as the file shows it."""
    from muistiinpanot.records import BlogPost, Theme, ThemeAssignment, ThemeResult
    from muistiinpanot.report.review import render_review

    (tmp_path / "ryhma.csv").write_text(_CSV.replace("id,", "nro,"), encoding="utf-8")
    _, (clinic,) = read_batches(tmp_path)
    ids = tuple(note.id for note in clinic.notes)
    themes = ThemeResult(
        themes=(Theme("siilot", "Siilot", "seeded", size=len(ids)),),
        assignments=tuple(ThemeAssignment(note_id, "siilot", 0.5) for note_id in ids),
    )
    post = BlogPost("Otsikko", "", (), "Nostoja", (), "", "", ())
    page = render_review(clinic.clinic, clinic.notes, themes, post, {})
    assert f"<code>{ids[1]}</code> · rivi 6" in page  # ryhma.csv:2 starts on line 6
    assert f"<code>{ids[2]}</code> · rivi 8" in page


def test_check_names_the_row_of_an_overlong_note(tmp_path: Path) -> None:
    from muistiinpanot.ingest.check import check_input

    (tmp_path / "ryhma.csv").write_text(_CSV.replace("yksi rivi", "x" * 40), encoding="utf-8")
    (tmp_path / "muistio.txt").write_text("lyhyt\n\n" + "y" * 40 + "\n", encoding="utf-8")
    report = check_input(tmp_path, IngestSettings(max_note_chars=30))
    errors = {item.path: item.error for clinic in report.clinics for item in clinic.files}
    assert "ryhma.csv, rivi 6 / row 6: muistiinpano on liian pitkä" in errors["ryhma.csv"]
    assert "muistio.txt, rivi 3 / line 3: muistiinpano on liian pitkä" in errors["muistio.txt"]


def test_read_txt_saved_as_excel_unicode_text_is_a_table(tmp_path: Path) -> None:
    path = tmp_path / "kooste.txt"
    text = 'Ryhmä\tKommentti\tNimi\r\nA\t"kaksi\r\nriviä"\tMaija\r\n\r\nB\tyksi\tPekka\r\n'
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    read = read_one(path)
    assert read.format == "TSV (.txt)"
    assert [(n.text, n.group, n.row) for n in read.notes] == [
        ("kaksi\nriviä", "A", 2),
        ("yksi", "B", 5),
    ]
    plain = tmp_path / "muistio.txt"
    plain.write_text("tieto\tei kulje\nkokeilu\n", encoding="utf-8")  # no text header: lines
    assert [n.text for n in read_one(plain).notes] == ["tieto\tei kulje", "kokeilu"]


def test_read_markdown_pipe_table_with_text_header_is_a_table(tmp_path: Path) -> None:
    path = tmp_path / "muistio.md"
    path.write_text(
        "# Ryhmä A\n"
        "| Otsikko | Kommentti | Nimi |\n"
        "|---|:---:|---|\n"
        "| Tiedonkulku | tieto ei kulje \\| vaikka pitäisi | Maija |\n"
        "| | |  |\n"
        "| | yhteiset tilat | Pekka |\n"
        "\n"
        "| Ryhmä B | Ryhmä C |\n"
        "|---|---|\n"
        "| kokeilu | tauko |\n",
        encoding="utf-8",
    )
    notes = read_one(path).notes
    assert [(n.text, n.group, n.line) for n in notes] == [
        ("Tiedonkulku. tieto ei kulje | vaikka pitäisi", "Ryhmä A", 4),
        ("yhteiset tilat", "Ryhmä A", 6),
        # no text column: rows stay lines as before, the rule under the header is layout
        ("| Ryhmä B | Ryhmä C |", "Ryhmä A", 8),
        ("| kokeilu | tauko |", "Ryhmä A", 10),
    ]


def test_one_column_csv_with_stray_quote_names_the_row_without_a_nul(tmp_path: Path) -> None:
    """A one-column file whose quotes are neither CSV's nor balanced stops with the row where
    it breaks, and the message never shows the internal NUL delimiter."""
    path = tmp_path / "lainaus.csv"
    path.write_text('teksti\n"Lainaus" sanoi "hän\n', encoding="utf-8")
    error = _error(path)
    assert "\x00" not in str(error)
    assert "rivi 2" in str(error)
