"""Limits and hostile input: sizes, XML entities, deep JSON, overlong notes, NUL bytes."""

from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path

import docx
import pytest
from ingest_helpers import read_one

from muistiinpanot.errors import InputError
from muistiinpanot.ingest import read_batches
from muistiinpanot.ingest.settings import IngestSettings

_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
)


def _with_entities(source: Path, target: Path, member: str, marker: str) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        assert marker.encode() in old.read(member)
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == member:
                text = data.decode("utf-8")
                text = text.split("?>", 1)[1] if text.startswith("<?xml") else text
                data = (_LAUGHS + text.replace(marker, "&lol3;")).encode("utf-8")
            new.writestr(info, data)


def test_read_docx_never_expands_xml_entities(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("MERKKI")
    document.save(str(tmp_path / "plain.docx"))
    _with_entities(tmp_path / "plain.docx", tmp_path / "laughs.docx", "word/document.xml", "MERKKI")
    try:
        notes = read_one(tmp_path / "laughs.docx").notes
    except InputError:
        return  # refused: fine
    assert all("lollol" not in note.text for note in notes)


def test_read_xlsx_never_expands_xml_entities(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["teksti"])
    workbook.active.append(["MERKKI"])
    workbook.save(tmp_path / "plain.xlsx")
    _with_entities(
        tmp_path / "plain.xlsx", tmp_path / "laughs.xlsx", "xl/worksheets/sheet1.xml", "MERKKI"
    )
    try:
        notes = read_one(tmp_path / "laughs.xlsx").notes
    except InputError:
        return
    assert all("lollol" not in note.text for note in notes)


def test_read_file_over_size_cap_refused(tmp_path: Path) -> None:
    path = tmp_path / "iso.txt"
    path.write_text("muistiinpano\n" * 100, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_one(path, IngestSettings(max_file_bytes=100))
    assert caught.value.message_key == "too_large"


@pytest.mark.parametrize("text", ["[" * 5000 + "]" * 5000, '{"a":' * 100 + "1" + "}" * 100])
def test_read_json_deep_nesting_refused_without_recursion(tmp_path: Path, text: str) -> None:
    path = tmp_path / "syva.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_one(path)
    assert caught.value.message_key == "json_too_deep"


@pytest.mark.parametrize(
    ("text", "key", "row"),
    [
        ('{"a": 1}', "json_shape", None),
        ('[{"text": "ok"}, {"muu": "x"}]', "json_shape", 2),
        ('[{"text": "ok"}, {"text": ["lista"]}]', "json_shape", 2),
        ('[{"text": "ok",}]', "json_bad", None),
    ],
)
def test_read_json_bad_shape_names_place(tmp_path: Path, text: str, key: str, row: int) -> None:
    path = tmp_path / "huono.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_one(path)
    assert caught.value.message_key == key
    assert caught.value.row == row


def test_read_json_list_and_wrapped_list(tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    path.write_text(
        '{"notes": [{"id": "a", "teksti": "kokeilu", "ryhmä": "A"}, {"text": null}]}',
        encoding="utf-8",
    )
    notes = read_one(path).notes
    assert [(n.key, n.text, n.group, n.row) for n in notes] == [
        ("a", "kokeilu", "A", 1),
        (None, "", None, 2),
    ]


def test_overlong_note_refused_with_file_and_line_before_any_model(tmp_path: Path) -> None:
    (tmp_path / "ryhma.txt").write_text("lyhyt\n" + "sana " * 3000 + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_batches(tmp_path, IngestSettings(max_note_chars=10_000))
    assert caught.value.message_key == "note_too_long"
    assert caught.value.line == 2
    assert "ryhma.txt" in caught.value.user_message()


def test_one_huge_line_is_bounded_by_the_file_cap(tmp_path: Path) -> None:
    (tmp_path / "ryhma.csv").write_text("text\n" + "a" * 2_000_000 + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_batches(tmp_path)
    assert (caught.value.message_key, caught.value.row) == ("note_too_long", 2)


@pytest.mark.parametrize(
    ("data", "key", "line"),
    [
        (b"a\n" * 5000 + b"b\x00c\n", "nul_byte", 5001),
        (b"a\x00b\n", "binary", None),
    ],
)
def test_nul_bytes_refused_anywhere(tmp_path: Path, data: bytes, key: str, line: int) -> None:
    path = tmp_path / "nul.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_one(path)
    assert (caught.value.message_key, caught.value.line) == (key, line)


def test_too_many_rows_refused(tmp_path: Path) -> None:
    path = tmp_path / "rivit.csv"
    path.write_text("text\n" + "rivi\n" * 20, encoding="utf-8")
    settings = dataclasses.replace(IngestSettings(), max_table_rows=10)
    with pytest.raises(InputError) as caught:
        read_one(path, settings)
    assert caught.value.message_key == "too_many_rows"
