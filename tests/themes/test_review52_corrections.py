"""Review 52's corrections findings (mend108): a theme row that repeats a theme's label as
it stands renames nothing, and a header's columns are quoted as the analyst wrote them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from muistiinpanot.errors import InputError
from muistiinpanot.ingest.corrections import read_corrections
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Correction, Note, Theme, ThemeAssignment, ThemeResult
from muistiinpanot.themes.corrections import CorrectionSettings, apply_corrections
from muistiinpanot.themes.settings import ThemeSettings

TEXTS = {
    "n01": ("siilot", "tieto ei kulje yksiköiden välillä"),
    "n02": ("siilot", "siilorajat pitäisi purkaa hyvinvointialueella"),
    "n03": ("uusi-1", "budjetti on liian pieni kokeiluihin"),
    "n04": ("uusi-1", "rahoitus loppuu aina kesken"),
    "n05": ("uusi-2", "asukkaiden osallistaminen on vaikeaa"),
    "n06": ("uusi-2", "kuntalaiset haluavat vaikuttaa palveluihin"),
}
LABELS = {"siilot": "Siilot", "uusi-1": "Rahoitus", "uusi-2": "Osallisuus"}


@pytest.fixture(scope="module")
def notes(make_notes: Callable[[Sequence[tuple[str, str]]], list[Note]]) -> list[Note]:
    return make_notes([(note_id, text) for note_id, (_, text) in TEXTS.items()])


def _apply(notes: Sequence[Note], analyzer: LemmaAnalyzer, rows: Sequence[Correction]) -> object:
    themes = tuple(
        Theme(t, label, "seeded" if t == "siilot" else "emergent", size=2)
        for t, label in LABELS.items()
    )
    assignments = tuple(ThemeAssignment(i, t, 0.5) for i, (t, _) in TEXTS.items())
    result = ThemeResult(themes=themes, assignments=assignments)
    rows = list(rows)
    return apply_corrections(notes, result, rows, analyzer, ThemeSettings(), CorrectionSettings())[
        1
    ]


def test_a_theme_row_repeating_the_label_renames_nothing(
    notes: list[Note], analyzer: LemmaAnalyzer
) -> None:
    rows = [
        Correction("", "siilot", "Siilot", members=("n01", "n02")),  # the label as it stands
        Correction("", "uusi-2", "Osallisuus", members=("n05", "n06")),  # as it stands
        Correction("", "uusi-1", "Kokeilujen rahoitus", members=("n03", "n04")),  # renamed
        Correction("n01", "siilot"),  # a note confirmed: the rows apply
    ]
    outcome = _apply(notes, analyzer, rows)
    assert outcome.renamed == {"uusi-1": "Kokeilujen rahoitus"}  # type: ignore[attr-defined]


def test_a_header_without_columns_is_quoted_as_written(tmp_path: Path) -> None:
    path = tmp_path / "corrections.csv"
    path.write_text(",siilto,Siilot2\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_corrections(path)
    message = caught.value.user_message()
    assert "'siilto', 'Siilot2'" in message and "siilot2" not in message
