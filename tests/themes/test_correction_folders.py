"""Review 40 #27 (mend78): in a clinic folder renamed after the review, a corrected note
whose words were edited on its own line was lost ("tekstiä ei löytynyt"), while in the
original folder it applied ("muokattu samalla rivillä"): a printed id is read at the same
file and line whatever the folder is called, and the run names the folder the ids were
made for."""

from __future__ import annotations

from muistiinpanot.records import Correction, Note, SourceRef
from muistiinpanot.themes.correction_anchors import Found, find_notes, place_note_rows
from muistiinpanot.themes.correction_rows import at_home, run_clinic

TEXTS = {
    "ryhma1.txt:1": "koulumatka pitenee monella yli kolme kilometriä",
    "ryhma1.txt:2": "pienimmille ekaluokkalaisille pitkä matka on iso asia",
    "ryhma1.txt:3": "taksikyydit ja koulubussi pitäis suunnitella ennen ku päätös tehdään",
}
EDITED = "taksikyydit ja koulubussi pitäisi suunnitella hyvissä ajoin ennen ku päätös tehdään"


def _print(text: str) -> str:
    return Note("x", "", "", text, SourceRef("x")).fingerprint


def _prints(clinic: str, edited: bool = True) -> dict[str, str]:
    """This run's prints: the clinic folder `clinic`, line 3 edited in place."""
    texts = {**TEXTS, "ryhma1.txt:3": EDITED} if edited else TEXTS
    return {f"{clinic}/{line}": _print(text) for line, text in texts.items()}


def _written(line: str, folder: str = "2026-11-yhtenaiskoulu") -> str:
    """An entry as the page of the original folder wrote it (`id#print`)."""
    return f"{folder}/{line}#{_print(TEXTS[line])}"


def test_run_clinic_and_at_home() -> None:
    assert run_clinic(_prints("c1")) == "c1"
    assert run_clinic({"a/r.txt:1": "", "b/r.txt:1": ""}) == ""  # a corpus: no guess
    assert run_clinic({"f:1": ""}) == ""  # ids without a clinic part
    assert at_home("vanha/ryhma1.txt:3", "c1") == "c1/ryhma1.txt:3"
    assert at_home("c1/ryhma1.txt:3", "c1") == "c1/ryhma1.txt:3"
    assert at_home("ryhma1.txt:3", "c1") == "ryhma1.txt:3"
    assert at_home("vanha/ryhma1.txt:3", "") == "vanha/ryhma1.txt:3"


def test_an_edited_note_is_found_at_its_line_in_a_renamed_folder() -> None:
    """The same-line match of an edited note holds in the renamed folder as in the original
    one; an unchanged note is at its own line (not "moved": only the folder's name changed);
    an entry without a print is read at that file and line too when this clinic has a note
    there (mend84), else it stays as written."""
    entries = [
        _written("ryhma1.txt:3"),
        _written("ryhma1.txt:1"),
        "2026-11-yhtenaiskoulu/x:2",
        "2026-11-yhtenaiskoulu/ryhma1.txt:2",
    ]
    renamed = find_notes(entries, _prints("c1"))
    original = find_notes(entries, _prints("2026-11-yhtenaiskoulu"))
    assert renamed == {
        entries[0]: Found("c1/ryhma1.txt:3", "edited"),
        entries[1]: Found("c1/ryhma1.txt:1", "same"),
        entries[2]: Found("2026-11-yhtenaiskoulu/x:2", "unprinted"),
        entries[3]: Found("c1/ryhma1.txt:2", "unprinted"),
    }
    assert [f.how for f in original.values()] == [f.how for f in renamed.values()]
    # a note rewritten at that line is still refused: the print decides, not the folder
    rewritten = {**_prints("c1"), "c1/ryhma1.txt:3": _print("pihaa pitää laajentaa heti")}
    assert find_notes(entries[:1], rewritten)[entries[0]] == Found("", "gone")


def test_note_rows_in_a_renamed_folder_name_the_folder_and_move_nothing_else() -> None:
    rows = [
        Correction(_written("ryhma1.txt:3"), "uusi-3", row=2),
        Correction(_written("ryhma1.txt:1"), "uusi-3", row=3),
        Correction("", "uusi-1", "Koulumatka", row=4, members=(_written("ryhma1.txt:2"),)),
    ]
    placed = place_note_rows(rows, _prints("c1"))
    assert [row.note_id for row in placed.rows] == ["c1/ryhma1.txt:3", "c1/ryhma1.txt:1", ""]
    assert placed.edited == ("rivi 2 / row 2: 2026-11-yhtenaiskoulu/ryhma1.txt:3 → uusi-3",)
    assert placed.relocated == () and placed.lost == ()
    assert placed.other_clinics == ("2026-11-yhtenaiskoulu",)
    # an unprinted row (an older page's) is read at the same file and line, as they are
    unprinted = place_note_rows(
        [*rows, Correction("2026-11-yhtenaiskoulu/ryhma1.txt:2", "siilot", row=5)], _prints("c1")
    )
    assert unprinted.rows[-1].note_id == "c1/ryhma1.txt:2"
    assert unprinted.other_clinics == ("2026-11-yhtenaiskoulu",)
    alone = place_note_rows(
        [Correction("2026-11-yhtenaiskoulu/ryhma1.txt:2", "siilot")], _prints("c1")
    )
    assert alone.other_clinics == ("2026-11-yhtenaiskoulu",)
    # in the original folder, nothing to name
    assert place_note_rows(rows, _prints("2026-11-yhtenaiskoulu")).other_clinics == ()
    # a line that moved is still listed as moved, by its new id in this folder
    shifted = {"c1/ryhma1.txt:4" if k.endswith(":1") else k: v for k, v in _prints("c1").items()}
    moved = place_note_rows(rows[1:2], shifted)
    assert moved.relocated == ("2026-11-yhtenaiskoulu/ryhma1.txt:1 → c1/ryhma1.txt:4",)
