"""Review 41 #5: a corrections file made for another clinic was worded as this folder
renamed and its rows applied wherever a line's text was "mostly the same". The warning now
says both possibilities; when most of the file's printed note rows are not found here, the
file is another clinic's: none of its rows is applied, and the warning names the file."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from muistiinpanot.app.correction_views import correction_warnings
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Correction, Note, Theme, ThemeAssignment, ThemeResult
from muistiinpanot.themes.correction_rows import foreign_file
from muistiinpanot.themes.correction_settings import CorrectionSettings
from muistiinpanot.themes.corrections import CorrectionOutcome, apply_corrections
from muistiinpanot.themes.settings import ThemeSettings

TEXTS = [
    ("c1/ryhma1.txt:1", "lumen auraus pyöräteillä on liian hidasta"),
    ("c1/ryhma1.txt:2", "aurauskalusto ei riitä isoihin lumisateisiin"),
    ("c1/ryhma1.txt:3", "kouluruoka maistuu oppilaille huonosti"),
    ("c1/ryhma1.txt:4", "kouluruokailun aikataulu on liian kiireinen"),
]
#: the texts at the same lines of another clinic, whose analyst wrote the file
OTHER = [
    "kirjaston aukioloajat ovat liian lyhyet",
    "lumen auraus pyöräteillä on liian hidasta",  # one line alike by chance
    "nuorisotilalle tarvitaan ohjaaja iltaisin",
    "uimahallin remontti viivästyy taas",
]


@pytest.fixture(scope="module")
def notes(make_notes: Callable[[Sequence[tuple[str, str]]], list[Note]]) -> list[Note]:
    return make_notes(TEXTS)


def _print(text: str, notes: Sequence[Note]) -> str:
    return Note("x", "", "", text, notes[0].source).fingerprint


def _apply(
    notes: Sequence[Note], rows: Sequence[Correction], analyzer: LemmaAnalyzer
) -> tuple[ThemeResult, CorrectionOutcome]:
    theme_of = {n.id: "uusi-1" if n.id.endswith((":1", ":2")) else "uusi-2" for n in notes}
    result = ThemeResult(
        themes=(
            Theme("uusi-1", "Lumi", "emergent", size=2),
            Theme("uusi-2", "Ruoka", "emergent", size=2),
            Theme("muu", "Muut", "muu", size=0),
        ),
        assignments=tuple(ThemeAssignment(i, theme_of[i], 0.5) for i in sorted(theme_of)),
    )
    settings = CorrectionSettings()
    return apply_corrections(notes, result, rows, analyzer, ThemeSettings(), settings)


def test_another_clinics_file_is_applied_nowhere(
    notes: list[Note], analyzer: LemmaAnalyzer
) -> None:
    rows = [
        Correction(f"toinen/ryhma1.txt:{n}#{_print(text, notes)}", "uusi-2", row=n + 1)
        for n, text in enumerate(OTHER, start=1)
    ]
    _, outcome = _apply(notes, rows, analyzer)
    assert outcome.foreign and outcome.other_clinics == ("toinen",)
    assert outcome.corrected == () and outcome.lost == () and outcome.relocated == ()
    (warning,) = correction_warnings(outcome, "c1")
    assert warning.startswith("corrections.csv: tunnisteet on tehty klinikalle toinen")
    assert "tiedosto kuuluu toiselle klinikalle, eikä sen korjauksia sovellettu" in warning
    assert "none of its corrections was applied" in warning


def test_a_renamed_folder_still_applies_and_says_both_possibilities(
    notes: list[Note], analyzer: LemmaAnalyzer
) -> None:
    rows = [
        Correction(f"vanha/ryhma1.txt:{n}#{n_print}", "uusi-2", row=n + 1)
        for n, n_print in ((1, notes[0].fingerprint), (2, notes[1].fingerprint))
    ]
    _, outcome = _apply(notes, rows, analyzer)
    assert not outcome.foreign and outcome.corrected == ("c1/ryhma1.txt:1", "c1/ryhma1.txt:2")
    (warning,) = correction_warnings(outcome, "c1")
    assert "jos kansiota ei ole nimetty uudelleen, tiedosto kuuluu toiselle klinikalle" in warning
    assert "if the folder was not renamed, the file belongs to another clinic" in warning


def test_foreign_file_needs_another_clinic_and_most_printed_rows_refused() -> None:
    rows = [Correction(f"x/f:{n}#0123abcd", "a") for n in range(4)] + [Correction("x/f:9", "a")]
    assert foreign_file(rows, ("x",), 3, 0.5)  # 1 of 4 printed found
    assert not foreign_file(rows, ("x",), 2, 0.5)  # half found: a renamed folder
    assert not foreign_file(rows, (), 4, 0.5)  # this clinic's ids: rows lost, no other file
    assert not foreign_file(rows[-1:], ("x",), 0, 0.5)  # nothing printed: nothing to judge
