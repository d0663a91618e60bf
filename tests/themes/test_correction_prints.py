"""Review 36 (mend68): a theme row's members carry a print of their note's text, so a line
deleted above them (which moves every later `file:line` id onto another note) cannot put
the analyst's name on another theme; and the reader's checks of theme rows."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from muistiinpanot.errors import InputError
from muistiinpanot.ingest.corrections import read_corrections
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Correction, Note, Theme, ThemeAssignment, ThemeResult
from muistiinpanot.themes.correction_anchors import (
    Found,
    check_members,
    find_notes,
    place_note_rows,
    split_member,
)
from muistiinpanot.themes.correction_matching import match_theme_rows
from muistiinpanot.themes.correction_settings import CorrectionSettings
from muistiinpanot.themes.corrections import CorrectionOutcome, apply_corrections
from muistiinpanot.themes.settings import ThemeSettings

# two emergent themes whose notes alternate in one file, as in the reviewer's clinic
TEXTS = {
    "f:2": ("uusi-2", "lumen auraus pyöräteillä on liian hidasta"),
    "f:3": ("uusi-1", "kouluruoka maistuu oppilaille huonosti"),
    "f:4": ("uusi-2", "aurauskalusto ei riitä isoihin lumisateisiin"),
    "f:5": ("uusi-1", "kouluruokailun aikataulu on liian kiireinen"),
    "f:6": ("uusi-2", "hiekoitus jalkakäytävillä jää tekemättä aamuisin"),
    "f:7": ("uusi-1", "koululounaan kasvisvaihtoehto on usein loppu"),
}


@pytest.fixture(scope="module")
def before(make_notes: Callable[[Sequence[tuple[str, str]]], list[Note]]) -> list[Note]:
    return make_notes([(note_id, text) for note_id, (_, text) in TEXTS.items()])


@pytest.fixture(scope="module")
def after(make_notes: Callable[[Sequence[tuple[str, str]]], list[Note]]) -> list[Note]:
    """The same notes after the file's first line was deleted: every id one line up."""
    return make_notes([(f"f:{int(i[2:]) - 1}", text) for i, (_, text) in TEXTS.items()])


def _result(theme_of: dict[str, str]) -> ThemeResult:
    ids = sorted(set(theme_of.values()))
    sizes = {t: sum(v == t for v in theme_of.values()) for t in ids}
    return ThemeResult(
        themes=tuple(Theme(t, f"Teema {t}", "emergent", size=sizes[t]) for t in ids),
        assignments=tuple(ThemeAssignment(i, theme_of[i], 0.5) for i in sorted(theme_of)),
    )


def _apply(
    notes: Sequence[Note], analyzer: LemmaAnalyzer, rows: Sequence[Correction]
) -> tuple[dict[str, str], CorrectionOutcome]:
    # this run: the snow notes are uusi-2 again, the lunch notes uusi-1
    theme_of = {note.id: TEXTS[f"f:{int(note.id[2:]) + 1}"][0] for note in notes}
    result, outcome = apply_corrections(
        notes, _result(theme_of), rows, analyzer, ThemeSettings(), CorrectionSettings()
    )
    labels = {t.id: t.label for t in result.themes}
    return {a.note_id: labels[a.theme] for a in result.assignments}, outcome


def _snow_row(before: Sequence[Note], printed: bool) -> Correction:
    held = [n for n in before if TEXTS[n.id][0] == "uusi-2"]
    members = tuple(f"{n.id}#{n.fingerprint}" if printed else n.id for n in held)
    return Correction("", "uusi-2", "Talvikunnossapito", row=2, members=members)


def test_a_printed_member_is_found_at_its_new_line(
    before: list[Note], after: list[Note], analyzer: LemmaAnalyzer
) -> None:
    """The snow theme was renamed; then the file's first line was deleted, so its members'
    old ids (f:2, f:4, f:6) now hold lunch notes (f:3 and f:5 are snow). With their prints
    the members are found one line up, and the name stays on the snow notes."""
    label_of, outcome = _apply(after, analyzer, [_snow_row(before, printed=True)])
    snow = {f"f:{int(i[2:]) - 1}" for i, (t, _) in TEXTS.items() if t == "uusi-2"}
    assert {i for i, label in label_of.items() if label == "Talvikunnossapito"} == snow
    assert outcome.stale == () and outcome.unplaced == ()


def test_an_unprinted_member_still_counts_by_its_id(
    before: list[Note], after: list[Note], analyzer: LemmaAnalyzer
) -> None:
    """An older file (members without prints) is read as before: by id. It cannot tell that
    the ids moved (this is what the prints are for), so the name goes with the ids."""
    label_of, _ = _apply(after, analyzer, [_snow_row(before, printed=False)])
    assert label_of["f:2"] == "Talvikunnossapito"  # a lunch note now: the old failure
    assert label_of["f:1"] != "Talvikunnossapito"


def test_a_row_whose_members_texts_are_gone_renames_nothing(
    before: list[Note],
    make_notes: Callable[[Sequence[tuple[str, str]]], list[Note]],
    analyzer: LemmaAnalyzer,
) -> None:
    """Two of the three snow notes were rewritten (and the ids kept): fewer than half of the
    printed members are found, so the rename is not applied and the row is named."""
    edited = dict(TEXTS)
    edited["f:2"] = ("uusi-2", "auraus alkaa liian myöhään aamulla")
    edited["f:4"] = ("uusi-2", "lumisateet yllättävät kaluston joka vuosi")
    notes = make_notes([(f"f:{int(i[2:]) - 1}", text) for i, (_, text) in edited.items()])
    label_of, outcome = _apply(notes, analyzer, [_snow_row(before, printed=True)])
    assert "Talvikunnossapito" not in label_of.values()
    assert outcome.stale == ("rivi 2 / row 2: uusi-2 (Talvikunnossapito)",)
    assert outcome.renamed == {} and outcome.unplaced == ()


def test_check_members_keeps_what_still_agrees() -> None:
    prints = {"a:1": "11111111", "a:2": "22222222", "a:3": "33333333"}
    members = {"*uusi-1": ("a:2#11111111", "a:3#33333333", "a:9"), "siilot": ("a:1#00000000",)}
    checked, stale = check_members(members, prints)
    assert checked == {"*uusi-1": ("a:1", "a:3", "a:9"), "siilot": ("a:1",)}
    assert stale == ()
    assert check_members({"*uusi-1": ("a:1#deadbeef", "a:2#22222222")}, prints)[1] == ()
    assert check_members({"*uusi-1": ("a:1#deadbeef", "a:2#deadbee0")}, prints)[1] == ("*uusi-1",)
    assert split_member("k/ryhmä #1.txt:4") == ("k/ryhmä #1.txt:4", "")


def test_two_themes_given_one_label_warn(before: list[Note], analyzer: LemmaAnalyzer) -> None:
    """Review 36 #10: a row that leaves two themes with one label is named in the outcome."""
    rows = [Correction("f:3", "uusi-1", "Teema uusi-2")]
    theme_of = {i: t for i, (t, _) in TEXTS.items()}
    _, outcome = apply_corrections(
        before, _result(theme_of), rows, analyzer, ThemeSettings(), CorrectionSettings()
    )
    assert outcome.same_label == ("Teema uusi-2: uusi-1, uusi-2",)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (",uusi-1,,\n", "rivi 2 / row 2: teemarivillä pitää olla label tai members"),
        (",uusi-1\n", "teemarivillä pitää olla label tai members"),
        ("a:1,,Lumi,\n", "sarake 'theme' on tyhjä"),
    ],
)
def test_read_an_empty_theme_row_names_the_right_column(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "corrections.csv"
    path.write_text("id,theme,label,members\n" + content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_corrections(path)
    assert "corrections.csv" in caught.value.user_message()
    assert message in caught.value.user_message()
    assert "sarake 'id'" not in caught.value.user_message()


def test_read_members_on_a_note_row_warn_and_semicolons_split(tmp_path: Path) -> None:
    path = tmp_path / "corrections.csv"
    path.write_text(
        'id,theme,label,members\nv/r.txt:1,uusi-1,Lumi,"v/r.txt:2"\n'
        ',uusi-2,Koulu,"v/r.txt:3; v/r.txt:5;v/r.txt:7#0c222798"\n',
        encoding="utf-8",
    )
    read = read_corrections(path)
    rows = read.rows
    assert rows[0] == Correction("v/r.txt:1", "uusi-1", "Lumi", row=2)
    # kept with the file, warned as the corrections' other warnings are (review 53 #1)
    assert "rivillä 2 on id, joten sarake 'members' ohitetaan" in " ".join(read.notices)
    assert rows[1].members == ("v/r.txt:3", "v/r.txt:5", "v/r.txt:7#0c222798")


def test_read_drops_only_the_formula_guards_apostrophe(tmp_path: Path) -> None:
    path = tmp_path / "corrections.csv"
    path.write_text(
        "id,theme,label\n,uusi-1,'Lähiruoka' ja kunta\n,uusi-2,'-5 % budjetti\n"
        ",uusi-3,''Lainaus'\n",
        encoding="utf-8",
    )
    labels = [row.label for row in read_corrections(path).rows]
    assert labels == ["'Lähiruoka' ja kunta", "-5 % budjetti", "'Lainaus'"]


# mend70: a note row (`id,theme`) carries its note's print too, and is found as members are


def _note_row(note: Note, theme: str, *, printed: bool = True, row: int = 3) -> Correction:
    note_id = f"{note.id}#{note.fingerprint}" if printed else note.id
    return Correction(note_id, theme, row=row)


def test_a_printed_note_row_is_found_at_its_new_line(
    before: list[Note], after: list[Note], analyzer: LemmaAnalyzer
) -> None:
    """The analyst moved the gritting note (f:6) to a new theme; then the file's first line
    was deleted, so f:6 now holds a lunch note and the gritting note is f:5. The row applies
    at f:5, and the lunch note stays where the run put it."""
    gritting = next(n for n in before if n.id == "f:6")
    label_of, outcome = _apply(after, analyzer, [_note_row(gritting, "Liukkaus")])
    assert [i for i, label in label_of.items() if label == "Liukkaus"] == ["f:5"]
    assert label_of["f:6"] == "Teema uusi-1"  # the lunch note now at the old id
    assert outcome.corrected == ("f:5",) and outcome.relocated == ("f:6 → f:5",)
    assert outcome.lost == () and outcome.unknown_ids == ()


def test_a_note_row_whose_id_still_holds_its_text_applies_there(
    after: list[Note], analyzer: LemmaAnalyzer
) -> None:
    same = next(n for n in after if n.id == "f:5")
    label_of, outcome = _apply(after, analyzer, [_note_row(same, "Liukkaus")])
    assert [i for i, label in label_of.items() if label == "Liukkaus"] == ["f:5"]
    assert outcome.corrected == ("f:5",) and outcome.relocated == () and outcome.lost == ()


def test_an_unprinted_note_row_applies_by_its_id(
    before: list[Note], after: list[Note], analyzer: LemmaAnalyzer
) -> None:
    """An older or hand-typed file: the row is taken by its id as before, so after the
    deletion it moves the lunch note now at f:6 (what the print is for)."""
    gritting = next(n for n in before if n.id == "f:6")
    label_of, outcome = _apply(after, analyzer, [_note_row(gritting, "Liukkaus", printed=False)])
    assert [i for i, label in label_of.items() if label == "Liukkaus"] == ["f:6"]
    assert outcome.corrected == ("f:6",) and outcome.relocated == () and outcome.lost == ()


def test_a_note_row_whose_text_is_gone_is_not_applied(
    before: list[Note],
    make_notes: Callable[[Sequence[tuple[str, str]]], list[Note]],
    analyzer: LemmaAnalyzer,
) -> None:
    """The gritting note was rewritten: its print is nowhere, so the row is not applied
    (not at its id, which holds another note now) and it is named with its row."""
    edited = {i: text for i, (_, text) in TEXTS.items()}
    edited["f:6"] = "hiekkaa ei näy missään aamulla"
    notes = make_notes([(f"f:{int(i[2:]) - 1}", text) for i, text in edited.items()])
    gritting = next(n for n in before if n.id == "f:6")
    rows = [_note_row(gritting, "Liukkaus", row=4), _note_row(notes[0], "uusi-1", row=5)]
    label_of, outcome = _apply(notes, analyzer, rows)
    assert "Liukkaus" not in label_of.values()
    assert outcome.lost == ("rivi 4 / row 4: f:6 → Liukkaus",)
    assert outcome.corrected == ("f:1",) and outcome.unknown_ids == ()


def test_a_note_row_whose_text_is_on_two_notes_is_not_guessed(
    before: list[Note],
    make_notes: Callable[[Sequence[tuple[str, str]]], list[Note]],
    analyzer: LemmaAnalyzer,
) -> None:
    """The gritting note's text is now on two lines and on neither at its id: the row is
    not applied to either (never a guess), and the run names the row and both ids."""
    twice = [(i, text) for i, (_, text) in TEXTS.items() if i != "f:6"]
    gritting = TEXTS["f:6"][1]
    pairs = [(f"f:{int(i[2:]) - 1}", t) for i, t in twice] + [("f:8", gritting), ("f:9", gritting)]
    notes = make_notes(pairs)
    row = _note_row(next(n for n in before if n.id == "f:6"), "Liukkaus")
    result, outcome = apply_corrections(
        notes,
        _result({n.id: "uusi-1" for n in notes}),
        [row],
        analyzer,
        ThemeSettings(),
        CorrectionSettings(),
    )
    assert outcome.corrected == () and outcome.lost == ()
    assert outcome.ambiguous == ("rivi 3 / row 3: f:6 → Liukkaus (f:8, f:9)",)
    assert {t.label for t in result.themes} == {"Teema uusi-1"}


def test_find_notes_one_rule_for_members_and_note_rows() -> None:
    """The one matching both row kinds use: by id when the id still holds the text, else at
    the one other id that holds it; gone, or on two notes (never guessed), it is not found;
    an entry without a print is taken by its id."""
    prints = {"a:1": "11111111", "a:2": "22222222", "a:3": "33333333", "a:4": "33333333"}
    found = find_notes(
        ["a:1#11111111", "a:9#22222222", "a:2#deadbeef", "a:7#33333333", "a:3#33333333", "a:5"],
        prints,
    )
    assert found == {
        "a:1#11111111": Found("a:1", "same"),
        "a:9#22222222": Found("a:2", "moved"),
        "a:2#deadbeef": Found("", "gone"),
        "a:7#33333333": Found("", "ambiguous", ("a:3", "a:4")),
        "a:3#33333333": Found("a:3", "same"),
        "a:5": Found("a:5", "unprinted"),
    }
    # a member whose text is on two notes is not counted either
    checked, stale = check_members({"*uusi-1": ("a:7#33333333", "a:1#11111111")}, prints)
    assert checked == {"*uusi-1": ("a:1",)} and stale == ()


def test_read_a_note_rows_print_and_a_table_rows_hash(tmp_path: Path) -> None:
    """The reader keeps a note row's id as written (`id#print`); the print is split off
    where the row is matched, and only when it is 8 hex digits (a table row's id holds '#')."""
    path = tmp_path / "corrections.csv"
    path.write_text(
        "id,theme\nv/r.txt:4#0c222798,uusi-1\nv/r.csv#a1,uusi-2\nv/r.csv#a1#0c222798,muu\n",
        encoding="utf-8",
    )
    rows = read_corrections(path).rows
    assert [row.note_id for row in rows] == [
        "v/r.txt:4#0c222798",
        "v/r.csv#a1",
        "v/r.csv#a1#0c222798",
    ]
    assert [split_member(row.note_id) for row in rows] == [
        ("v/r.txt:4", "0c222798"),
        ("v/r.csv#a1", ""),
        ("v/r.csv#a1", "0c222798"),
    ]


def test_a_table_rows_id_that_ends_in_eight_hex_digits_is_an_id() -> None:
    """Review 39 #1: a table note's id is `file.csv#<id column>`, and an id column of dates
    ("20261111") ends in 8 hex digits. An entry the run knows whole is an id (unprinted),
    so it is not refused on unchanged input; the last `#xxxxxxxx` is a print only when the
    whole entry names no note. A row that is refused names its note, not only the file."""
    prints = {"v/r.csv#20261111": "0c222798", "v/r.csv#20261116": "1d333809"}
    found = find_notes(["v/r.csv#20261111", "v/r.csv#20261116#1d333809"], prints)
    assert found == {
        "v/r.csv#20261111": Found("v/r.csv#20261111", "unprinted"),
        "v/r.csv#20261116#1d333809": Found("v/r.csv#20261116", "same"),
    }
    rows = [Correction("v/r.csv#20261111", "luonto", row=2)]
    assert place_note_rows(rows, prints).rows == tuple(rows)
    checked, stale = check_members({"*uusi-3": ("v/r.csv#20261111",)}, prints)
    assert checked == {"*uusi-3": ("v/r.csv#20261111",)} and stale == ()
    # the note is gone from the run: the warning names the entry as written, not "v/r.csv"
    gone = place_note_rows([Correction("v/r.csv#20261112", "luonto", row=4)], prints)
    assert gone.lost == ("rivi 4 / row 4: v/r.csv#20261112 → luonto",)


def test_the_two_half_shares_are_settings() -> None:
    """tidy32 left the two "half" shares of correction_anchors.py as constants (review 39):
    `member_share` (a theme row is stale when fewer than this share of its printed members
    are found) and `match_share` (a cluster matches a row holding at least this share of its
    members) are CorrectionSettings, and a stricter share refuses what 0.5 accepts."""
    settings = CorrectionSettings()
    assert (settings.member_share, settings.match_share) == (0.5, 0.5)
    prints = {"a:1": "11111111", "a:2": "22222222", "a:3": "33333333"}
    members = {"*uusi-1": ("a:1#11111111", "a:2#22222222", "a:3#deadbeef", "a:4#deadbee0")}
    assert check_members(members, prints, share=0.5)[1] == ()
    assert check_members(members, prints, share=0.75)[1] == ("*uusi-1",)
    original = {"a:1": "uusi-1", "a:2": "uusi-1", "a:3": "uusi-2", "a:4": "uusi-2"}
    rows = {"*uusi-1": ("a:1", "a:2", "a:3", "a:4")}
    emergent = {"uusi-1", "uusi-2"}
    assert match_theme_rows(rows, original, (), emergent, share=0.5)[0] != {}
    assert match_theme_rows(rows, original, (), emergent, share=0.75) == ({}, ("*uusi-1",))


def test_a_note_edited_in_place_is_corrected_at_its_id(
    before: list[Note],
    make_notes: Callable[[Sequence[tuple[str, str]]], list[Note]],
    analyzer: LemmaAnalyzer,
) -> None:
    """Review 39 #3: a typo fixed or a word added in a corrected note, on its own line: its
    print is nowhere, but its id still holds a note most of whose words are the printed
    text's (CorrectionSettings.near_words) and no other note holds the print, so the row
    applies at its id and the run says so. A note rewritten at the id is still refused."""
    edited = {i: text for i, (_, text) in TEXTS.items()}
    edited["f:6"] = "hiekoitus jalkakäytävillä jää tekemättä aamuisin syksyllä"  # a word added
    edited["f:4"] = "aurauskalusto ei riitä isoihin lumisateisin"  # a typo
    edited["f:2"] = "kouluruoan raaka-aineet ovat halpoja"  # another note now
    notes = make_notes(list(edited.items()))
    old = {n.id: n for n in before}
    rows = [
        _note_row(old["f:6"], "Liukkaus", row=2),
        _note_row(old["f:4"], "Liukkaus", row=3),
        _note_row(old["f:2"], "Liukkaus", row=4),
    ]
    result, outcome = apply_corrections(
        notes,
        _result({n.id: TEXTS[n.id][0] for n in notes}),
        rows,
        analyzer,
        ThemeSettings(),
        CorrectionSettings(),
    )
    assert outcome.corrected == ("f:4", "f:6")
    assert outcome.edited == ("rivi 2 / row 2: f:6 → Liukkaus", "rivi 3 / row 3: f:4 → Liukkaus")
    assert outcome.lost == ("rivi 4 / row 4: f:2 → Liukkaus",)
    # a stricter rule refuses the typo (4 of 6 words the same), not the added word (6 of 7)
    strict = CorrectionSettings(near_words=0.8)
    _, outcome = apply_corrections(
        notes, _result({n.id: "uusi-1" for n in notes}), rows, analyzer, ThemeSettings(), strict
    )
    assert outcome.corrected == ("f:6",)


def test_a_label_less_theme_row_that_finds_no_cluster_is_no_rename(
    after: list[Note], analyzer: LemmaAnalyzer, caplog: pytest.LogCaptureFixture
) -> None:
    """Review 39 #5: the page writes a row without a label for each emergent theme a note
    left (it only anchors the cluster). When it finds no cluster the run said "the rename was
    not applied: uusi-5" though no rename was made: only a row with a label is unplaced, and
    a label-less one is logged at -v."""
    rows = [
        Correction("", "uusi-2", "", row=2, members=("g:1", "g:2")),
        Correction("", "uusi-1", "Ruoka", row=3, members=("g:3",)),
    ]
    with caplog.at_level(logging.INFO):
        _, outcome = _apply(after, analyzer, rows)
    assert outcome.unplaced == ("uusi-1 (Ruoka)",)
    assert "uusi-2" in caplog.text
