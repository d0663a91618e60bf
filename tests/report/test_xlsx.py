"""notes.xlsx: sheets, frozen header, auto-filter, widths, and no cell ever a formula."""

from __future__ import annotations

import datetime
import io
import zipfile
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.writer.excel import ExcelWriter

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Bullet, Note, SourceRef, Theme, ThemeAssignment, ThemeResult
from muistiinpanot.report import xlsx
from muistiinpanot.report.xlsx import _MemoryWriter, render_notes_xlsx

FORMULAS = ("=1+1", "+358 40 1", "-2+3", "@SUM(A1:A2)", "\t=cmd", "\r=cmd", "'quoted")


def _data() -> tuple[list[Note], ThemeResult]:
    texts = ("tieto ei kulje", *FORMULAS, "")
    notes = [
        Note(f"k/r.txt:{n}", "k", "=ryhmä" if n == 2 else "ryhmä", text, SourceRef("r.txt", n))
        for n, text in enumerate(texts, start=1)
    ]
    notes[-1] = Note(notes[-1].id, "k", "ryhmä", "", SourceRef("r.txt", len(texts)), status="empty")
    kept = [note.id for note in notes if note.status == "kept"]
    themes = ThemeResult(
        themes=(
            Theme("siilot", "Siilot: rajat/raja-aidat?", "seeded", size=4, keywords=("=raja",)),
            Theme("uusi-1", "Siilot: rajat/raja-aidat?", "emergent", size=len(kept) - 4),
            Theme("luottamus", "Luottamus", "seeded", size=0),
            Theme("muu", "Muut aiheet", "muu", size=0),
        ),
        assignments=tuple(
            ThemeAssignment(note_id, "siilot" if row < 4 else "uusi-1", 0.25 + row / 100)
            for row, note_id in enumerate(kept)
        ),
    )
    return notes, themes


def test_xlsx_sheets_header_filter_widths() -> None:
    notes, themes = _data()
    book = load_workbook(io.BytesIO(render_notes_xlsx(notes, themes)))
    assert book.sheetnames == [
        "Muistiinpanot",
        "Nostot",
        "Teemat",
        "Siilot rajat raja-aidat",
        "Siilot rajat raja-aidat 2",
    ]
    sheet = book["Muistiinpanot"]
    header = [cell.value for cell in sheet[1]]
    assert header == [
        "id", "group", "text", "theme", "label", "score", "status", "lemmas", "nosto"
    ]  # fmt: skip
    assert sheet.max_row == len(notes) + 1
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:I{len(notes) + 1}"
    assert sheet.column_dimensions["C"].width >= 50
    for name in book.sheetnames:
        assert book[name].freeze_panes == "A2" and book[name].auto_filter.ref
    rows = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    first = rows["k/r.txt:1"]
    assert first[3:7] == ("siilot", "Siilot: rajat/raja-aidat?", 0.25, "kept")
    assert rows[notes[-1].id][3:7] == (None, None, None, "empty")
    themes_sheet = book["Teemat"]
    assert [row[0] for row in themes_sheet.iter_rows(min_row=2, values_only=True)] == [
        "siilot",
        "uusi-1",
        "luottamus",
        "muu",
    ]
    assert book["Siilot rajat raja-aidat"].max_row == 5


def test_xlsx_traces_each_bullet_to_its_notes() -> None:
    """Review 34 #14: the 'nosto' column names the bullets built from a note, and the
    'Nostot' sheet lists each bullet's notes (id, group, text) beside its heading and text."""
    notes, themes = _data()
    bullets = (
        Bullet("siilot", "Siilot", "Tieto ei kulje.", (notes[0].id, notes[1].id, notes[0].id)),
        Bullet("uusi-1", "", "=Toinen nosto.", (notes[1].id,)),
    )
    book = load_workbook(io.BytesIO(render_notes_xlsx(notes, themes, bullets)))
    rows = {r[0]: r for r in book["Muistiinpanot"].iter_rows(min_row=2, values_only=True)}
    assert rows[notes[0].id][8] == "1. Siilot"
    assert rows[notes[1].id][8] == "1. Siilot; 2"
    assert rows[notes[2].id][8] is None  # used by no bullet
    sheet = book["Nostot"]
    assert [cell.value for cell in sheet[1]] == [
        "nosto", "heading", "bullet_text", "id", "group", "text"
    ]  # fmt: skip
    assert list(sheet.iter_rows(min_row=2, values_only=True)) == [
        (1, "Siilot", "Tieto ei kulje.", notes[0].id, "ryhmä", "tieto ei kulje"),
        (1, "Siilot", "Tieto ei kulje.", notes[1].id, "'=ryhmä", "'=1+1"),
        (2, None, "'=Toinen nosto.", notes[1].id, "'=ryhmä", "'=1+1"),
    ]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:F4"


@pytest.mark.parametrize(
    ("labels", "titles"),
    [
        (  # cut at the last word that fits in 31, without the comma left hanging
            ("Muita nostoja: kuivaushuone, lapsi ja koulu",),
            ["Muita nostoja kuivaushuone"],
        ),
        (("Laatutaso ja laatuvaatimukset talvella",), ["Laatutaso ja laatuvaatimukset"]),
        (  # unique: the number fits within the 31 characters too; never ending on "ja"
            ("Ikäihmisten opastus ja perehdytys", "Ikäihmisten opastus ja perehdytys?"),
            ["Ikäihmisten opastus", "Ikäihmisten opastus 2"],
        ),
        (  # review 40 #25: was "Innovaatiojohtaminen ja"
            ("Innovaatiojohtaminen ja kokeilukulttuuri", "Tiedotus tai viestintä tai uutiskirje"),
            ["Innovaatiojohtaminen", "Tiedotus tai viestintä"],
        ),
        (  # a list in parentheses is cut inside them and closed
            ("Nimeämätön teema (kirjasto, digituki)", "Nimeämätön teema (ammattisanasto, fontti)"),
            ["Nimeämätön teema (kirjasto)", "Nimeämätön teema"],
        ),
        (("Hyvinvointialueenpalvelustrategiatyöryhmä",), ["Hyvinvointialueenpalvelustrateg"]),
        (  # review 70 #3 (mend142): a cut never ends on a genitive attribute, whose head
            # was cut off ("Kirjastoauto ja kuntalaisten"); a genitive before a head kept stays
            ("Kirjastoauto ja kuntalaisten osallisuus", "Kunnan tilat ja kaupungin asukastilat"),
            ["Kirjastoauto", "Kunnan tilat"],
        ),
        (("[Siilot]/*rajat*?\\'", "Nostot", ":"), ["Siilot rajat", "Nostot 2", "Teema"]),
    ],
)
def test_xlsx_sheet_names_cut_at_a_word(
    analyzer: LemmaAnalyzer, labels: tuple[str, ...], titles: list[str]
) -> None:
    """Review 34 #14: a theme sheet's name is cut at a word boundary within Excel's 31
    characters, with no trailing space, unique, and Excel's forbidden characters replaced."""
    notes = [
        Note(f"k/r.txt:{n}", "k", "r", f"teksti {n}", SourceRef("r.txt", n)) for n in (1, 2, 3)
    ]
    themes = ThemeResult(
        themes=tuple(
            Theme(f"uusi-{n}", label, "emergent", size=1) for n, label in enumerate(labels, 1)
        ),
        assignments=tuple(
            ThemeAssignment(notes[n].id, f"uusi-{n + 1}", 0.5) for n in range(len(labels))
        ),
    )
    book = load_workbook(io.BytesIO(render_notes_xlsx(notes, themes, speller=analyzer.voikko)))
    assert book.sheetnames[3:] == titles
    assert all(len(t) <= 31 and t == t.strip() for t in book.sheetnames)


def test_xlsx_never_writes_a_formula() -> None:
    notes, themes = _data()
    bullets = (Bullet("siilot", "=Otsikko", "@Nosto", (notes[0].id,)),)
    book = load_workbook(io.BytesIO(render_notes_xlsx(notes, themes, bullets)))
    seen = set()
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(("=", "+", "-", "@", "\t", "\r"))
                    seen.add(cell.value)
    for text in FORMULAS:
        assert "'" + text in seen  # stored as text behind report.cells' guard
    assert "'=ryhmä" in seen and "'=raja" in seen
    assert {"'=Otsikko", "'@Nosto", "1. =Otsikko"} <= seen
    score = book["Muistiinpanot"]["F2"]
    assert score.data_type == "n"


def test_xlsx_is_reproducible() -> None:
    notes, themes = _data()
    assert render_notes_xlsx(notes, themes) == render_notes_xlsx(notes, themes)


def test_xlsx_wraps_the_long_text_columns() -> None:
    notes, themes = _data()
    book = load_workbook(io.BytesIO(render_notes_xlsx(notes, themes)))
    sheet = book["Muistiinpanot"]
    assert all(sheet.cell(row, 3).alignment.wrap_text for row in range(2, sheet.max_row + 1))
    assert all(sheet.cell(row, 8).alignment.wrap_text for row in range(2, sheet.max_row + 1))
    assert not sheet.cell(2, 1).alignment.wrap_text and sheet.cell(1, 1).font.bold
    assert book["Teemat"].cell(2, 6).alignment.vertical == "top"


def test_xlsx_sheets_written_in_memory_as_openpyxl_writes_them() -> None:
    """The in-memory sheet writer gives every zip member byte for byte as openpyxl's own
    (temporary-file) ExcelWriter does."""
    notes, themes = _data()
    members = []
    for writer in (ExcelWriter, _MemoryWriter):
        book = load_workbook(io.BytesIO(render_notes_xlsx(notes, themes)))
        book.properties.modified = datetime.datetime(2000, 1, 1)  # else the time of saving
        data = io.BytesIO()
        with zipfile.ZipFile(data, "w") as archive:
            writer(book, archive).save()
        with zipfile.ZipFile(data) as archive:
            members.append({name: archive.read(name) for name in archive.namelist()})
    assert members[0] == members[1]
    assert any(name.startswith("xl/worksheets/") for name in members[0])


def _two_pass_save(book: Workbook) -> bytes:
    """xlsx._save as before round 18 (the reference): openpyxl's writer into a stored zip,
    then each entry rewritten deflated and dated 1980-01-01 into a second zip."""
    book.properties.created = book.properties.modified = datetime.datetime(2000, 1, 1)
    first = io.BytesIO()
    with zipfile.ZipFile(first, "w", zipfile.ZIP_STORED) as archive:
        _MemoryWriter(book, archive).save()
    result = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(first.getvalue())) as source,
        zipfile.ZipFile(result, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return result.getvalue()


def test_xlsx_zip_is_written_once_as_the_two_pass_save_wrote_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """notes.xlsx's zip is written in one pass (one zip opened, no stored copy read back),
    every entry dated 1980-01-01 and deflated: the same bytes as the two-pass save."""
    notes, themes = _data()
    with monkeypatch.context() as patched:
        patched.setattr(xlsx, "_save", _two_pass_save)
        reference = render_notes_xlsx(notes, themes)
    opened: list[str] = []
    real_init = zipfile.ZipFile.__init__

    def counted(self: zipfile.ZipFile, *args: Any, **kwargs: Any) -> None:
        opened.append(type(self).__name__)
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "__init__", counted)
    written = render_notes_xlsx(notes, themes)
    assert len(opened) == 1
    assert written == reference
    with zipfile.ZipFile(io.BytesIO(written)) as archive:
        infos = archive.infolist()
    assert infos and all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in infos)
    assert all(i.compress_type == zipfile.ZIP_DEFLATED for i in infos)


def test_xlsx_of_unredacted_notes_says_internal_only() -> None:
    """Review 36 #9: without --redact (internal), the workbook opens on a sheet saying the
    notes are unredacted and not to be forwarded, and every sheet's printed header says
    so; the data sheets keep their header row. With --redact, no such sheet."""
    notes, themes = _data()
    book = load_workbook(io.BytesIO(render_notes_xlsx(notes, themes, internal=True)))
    assert book.sheetnames[:4] == ["Lue ensin", "Muistiinpanot", "Nostot", "Teemat"]
    assert book.active.title == "Lue ensin"
    assert "Vain sisäiseen tarkasteluun" in str(book["Lue ensin"]["A1"].value)
    assert "do not publish or forward it" in str(book["Lue ensin"]["A1"].value)
    for sheet in book.worksheets:
        assert "Vain sisäiseen tarkasteluun" in str(sheet.oddHeader.center.text)
    assert book["Nostot"]["A1"].value == "nosto" and book["Muistiinpanot"]["A1"].value == "id"
    plain = load_workbook(io.BytesIO(render_notes_xlsx(notes, themes)))
    assert "Lue ensin" not in plain.sheetnames
    assert all(not sheet.oddHeader.center.text for sheet in plain.worksheets)


def test_a_theme_no_noun_names_is_a_sheet_still_to_be_named() -> None:
    """Review 40 #25: the fallback label ("Muita nostoja: info, jatko", the post's remainder
    heading) was the sheet's name "Muita nostoja info, jatko"; it is a theme to name."""
    notes = [Note(f"k/r.txt:{n}", "k", "r", f"teksti {n}", SourceRef("r.txt", n)) for n in (1, 2)]
    themes = ThemeResult(
        themes=(
            Theme("uusi-1", "Muita nostoja: info, jatko", "emergent", size=1, named=False),
            Theme("uusi-2", "Muita nostoja", "emergent", size=1, named=False),
        ),
        assignments=(
            ThemeAssignment(notes[0].id, "uusi-1", 0.5),
            ThemeAssignment(notes[1].id, "uusi-2", 0.5),
        ),
    )
    book = load_workbook(io.BytesIO(render_notes_xlsx(notes, themes)))
    assert book.sheetnames[3:] == ["Nimeämätön teema (info, jatko)", "Nimeämätön teema"]


def test_an_analysts_label_cut_for_its_sheet_is_warned_of(caplog: pytest.LogCaptureFixture) -> None:
    """Review 70 #3 (mend142): an analyst's label longer than a sheet name may be (Excel's
    31 characters) is cut for notes.xlsx with a warning naming the limit; the pipeline's own
    labels are cut silently."""
    notes = [Note(f"k/r.txt:{n}", "k", "r", f"teksti {n}", SourceRef("r.txt", n)) for n in (1, 2)]
    label = "Kirjastoauto ja kuntalaisten osallisuus"
    themes = ThemeResult(
        themes=(
            Theme("uusi-1", label, "emergent", size=1, edited=True),
            Theme("uusi-2", "Innovaatiojohtaminen ja kokeilukulttuuri", "emergent", size=1),
        ),
        assignments=(
            ThemeAssignment(notes[0].id, "uusi-1", 0.5),
            ThemeAssignment(notes[1].id, "uusi-2", 0.5),
        ),
    )
    with caplog.at_level("WARNING"):
        render_notes_xlsx(notes, themes)
    warned = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warned) == 1, warned
    assert label in warned[0] and "31" in warned[0]


@pytest.mark.parametrize(
    ("label", "title"),
    [
        # review 71 #4 (mend144): "puhelin" ends in -n but is no genitive (Voikko reads a
        # nominative): the cut keeps it
        ("Asukkaiden puhelin ja verkkoneuvontapalvelu", "Asukkaiden puhelin"),
        # only genitives would remain: the plain cut, not the first word alone
        ("Vanhempien ja isovanhempien jaksaminen arjessa", "Vanhempien ja isovanhempien"),
        # a genitive whose head was cut off still goes (review 70 #3)
        ("Kirjastoauto ja kuntalaisten osallisuus", "Kirjastoauto"),
    ],
)
def test_a_cut_sheet_name_drops_only_a_genitive_voikko_reads(
    analyzer: LemmaAnalyzer, label: str, title: str
) -> None:
    notes = [Note("k/r.txt:1", "k", "r", "teksti 1", SourceRef("r.txt", 1))]
    themes = ThemeResult(
        themes=(Theme("uusi-1", label, "emergent", size=1),),
        assignments=(ThemeAssignment(notes[0].id, "uusi-1", 0.5),),
    )
    book = load_workbook(io.BytesIO(render_notes_xlsx(notes, themes, speller=analyzer.voikko)))
    assert book.sheetnames[3:] == [title]
