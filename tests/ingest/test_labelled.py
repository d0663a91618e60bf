"""Gold and example-note CSVs go through the same reader as notes (encodings, delimiters)."""

from __future__ import annotations

from pathlib import Path

import pytest

from muistiinpanot.errors import InputError
from muistiinpanot.ingest.labelled import read_examples_file, read_gold


def test_read_gold_excel_semicolon_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "kulta.csv"
    path.write_bytes(
        "id;text;label\r\na1;Päätökset näkyviin €;avoimuus\r\na2;;muu\r\n".encode("cp1252")
    )
    notes, labels, skipped, order = read_gold(path)
    assert [(n.id, n.text) for n in notes] == [("a1", "Päätökset näkyviin €")]
    assert (labels, skipped, order) == ({"a1": "avoimuus"}, 1, ["a1", "a2"])


def test_read_gold_missing_column_named(tmp_path: Path) -> None:
    path = tmp_path / "kulta.csv"
    path.write_text("id,text\na1,x\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_gold(path)
    assert (caught.value.message_key, caught.value.row) == ("gold_no_column", 1)
    assert "label" in caught.value.user_message()


def test_read_examples_file_utf16_and_missing_label(tmp_path: Path) -> None:
    path = tmp_path / "esimerkit.csv"
    path.write_bytes("text\tlabel\nkokeilu\tinnovaatiojohtaminen\n\tmuu\n".encode("utf-16"))
    assert read_examples_file(path) == [("kokeilu", "innovaatiojohtaminen")]
    path.write_text("text,label\nkokeilu,\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_examples_file(path)
    assert (caught.value.row, caught.value.values["column"]) == (2, "label")  # file line
