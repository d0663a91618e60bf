"""Review 48 #1 and #2 (mend98), on the fixture clinic `pieni` (no dev data): a plain `run`
(no fitted archive model) warns of and skips the rows naming an `arkisto-N`, which the
archive applies, and offers no near match for a numbered id; a `;` file whose header lacks
`label` is told to add it there, and a row with more cells than its header is warned of.
Written before the change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from muistiinpanot.errors import InputError
from muistiinpanot.records import Correction, Theme
from muistiinpanot.themes.correction_rows import check_theme_ids
from pieni_run import run_pieni


def test_a_plain_run_skips_the_archives_ids_with_a_warning(tmp_path: Path) -> None:
    """The file the archive applied after `archive --fit archive` (review 48 #1): a note row
    of `arkisto-4` and a theme row labelling `arkisto-5`."""
    rows = "id,theme,label\npieni/ryhma1.txt:1,arkisto-4,\n,arkisto-5,Aula ja kahvila\n"
    code, output, out = run_pieni(tmp_path, rows)
    assert code == 0, output
    assert "did you mean" not in output
    skipped = "rivi 2 / row 2: arkisto-4; rivi 3 / row 3: arkisto-5"
    assert f"the row was not applied: {skipped}" in output
    assert "corrections.csv" in output
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["corrections"]["unfitted_ids"] == skipped.split("; ")
    published = (out / "themes.csv").read_text(encoding="utf-8")
    assert "arkisto" not in published and "Aula ja kahvila" not in published


def test_a_numbered_id_gets_no_near_match() -> None:
    """'arkisto-5' is another theme, not a typo of 'arkisto-4'; an `uusi-N` passes the
    check (it is routed before: the run warns of one it lacks)."""
    themes = {key: Theme(key, key, "emergent") for key in ("arkisto-5", "arkisto-44")}
    with pytest.raises(InputError) as caught:
        check_theme_ids([Correction("n1", "arkisto-4", row=2)], themes, also=["arkisto-5"])
    message = str(caught.value)
    assert "rivi 2 / row 2" in message
    assert "tarkoititko" not in message and "did you mean" not in message
    # a name of words still gets its near match
    with pytest.raises(InputError, match="did you mean 'arkisto-5'"):
        check_theme_ids([Correction("n1", "arkisto-x", row=2)], themes)


def test_uusi_n_passes_the_check() -> None:
    check_theme_ids([Correction("n1", "uusi-4", row=2)], {})


def test_the_label_advice_names_the_header_and_extra_cells_are_warned(tmp_path: Path) -> None:
    """Review 48 #2: under `id;theme` the advice's `;Kirjastoauto` was read by no column and
    the same error came back."""
    code, output, out = run_pieni(tmp_path, "id;theme\npieni/ryhma1.txt:1;kirjastoauto\n")
    assert code == 1 and not out.exists()
    assert "(id;theme;label)" in output and "the header must name label" in output
    followed = "id;theme\npieni/ryhma1.txt:1;kirjastoauto;Kirjastoauto\n"
    code, output, out = run_pieni(tmp_path, followed)
    assert code == 1
    # said with the error the run stops at (review 53 #1: no longer a log line)
    assert "corrections.csv, row 2: the row has more cells than the header (id;theme)" in output
    code, output, out = run_pieni(
        tmp_path, "id;theme;label\npieni/ryhma1.txt:1;kirjastoauto;Kirjastoauto\n"
    )
    assert code == 0, output
    assert "more cells" not in output
    assert "Kirjastoauto" in (out / "themes.csv").read_text(encoding="utf-8")


def test_extra_cells_under_a_header_with_label_ask_for_members(tmp_path: Path) -> None:
    """Review 53 #9: under `id,teema,label` a fourth cell was told to add `label`, which is
    there: the advice names the first column the header lacks, or none when it has them all."""
    rows = "id,teema,label\npieni/ryhma1.txt:1,siilot,Siilot,ylimääräinen\n"
    code, output, _ = run_pieni(tmp_path, rows)
    assert code == 0, output
    # the header as written (review 53 #2), in the run's warnings (#1)
    assert "more cells than the header (id,teema,label)" in output
    assert "e.g. members" in output and "e.g. label" not in output
    full = "id,theme,label,members\npieni/ryhma1.txt:1,siilot,Siilot,,ylimääräinen\n"
    code, output, _ = run_pieni(tmp_path, full)
    assert code == 0, output
    assert "the header already names every column" in output
