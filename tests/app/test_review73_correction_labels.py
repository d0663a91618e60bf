"""Review 73 #3 (mend149): a corrections row naming a misspelt theme label gets a
did-you-mean by label as a misspelt id gets one by id, and the message lists the themes once
(not in its Finnish and again in its English half). Fresh themes of my own, written before
the code (no dev data)."""

from __future__ import annotations

import pytest

from muistiinpanot.errors import InputError
from muistiinpanot.records import Correction, Theme
from muistiinpanot.themes.correction_rows import check_theme_ids

THEMES = {
    key: Theme(key, label, kind)  # type: ignore[arg-type]
    for key, label, kind in (
        ("luottamus", "Luottamus", "seeded"),
        ("uusi-3", "Pysäköinti", "emergent"),
        ("uusi-6", "Hygienia", "emergent"),
        ("muu", "Muut", "muu"),
    )
}


def _message(rows: list[Correction], themes: dict[str, Theme] = THEMES) -> str:
    with pytest.raises(InputError) as caught:
        check_theme_ids(rows, themes, source="korjaukset.csv", delimiter=";")
    return str(caught.value)


def test_a_misspelt_label_gets_a_did_you_mean_by_label() -> None:
    message = _message([Correction("k/r1.txt:4", "hygeinia", row=3)])
    assert "tarkoititko 'Hygienia' (rivi: k/r1.txt:4;Hygienia)?" in message
    assert "did you mean 'Hygienia' (the row: k/r1.txt:4;Hygienia)?" in message
    other = _message([Correction("k/r1.txt:5", "pysäköinit", row=4)])
    assert "tarkoititko 'Pysäköinti'" in other


def test_a_misspelt_id_still_gets_the_id() -> None:
    message = _message([Correction("k/r1.txt:4", "luottamuss", row=2)])
    assert "tarkoititko 'luottamus' (rivi: k/r1.txt:4;luottamus)?" in message


@pytest.mark.parametrize("name", ["hygeinia", "kokeilut", "luottamuss"])
def test_each_theme_is_listed_once(name: str) -> None:
    message = _message([Correction("k/r1.txt:4", name, row=2)])
    assert message.count("uusi-6 (Hygienia)") == 1
    assert message.count("luottamus (Luottamus)") == 1


def test_a_numbered_id_lists_each_theme_once() -> None:
    fitted = {**THEMES, "arkisto-2": Theme("arkisto-2", "Ladut", "emergent")}
    message = _message([Correction("k/r1.txt:4", "arkisto-7", row=2)], fitted)
    assert message.count("arkisto-2 (Ladut)") == 1
    assert message.count("uusi-6 (Hygienia)") == 1
