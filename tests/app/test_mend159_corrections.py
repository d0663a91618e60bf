"""mend159 (review 76): an analyst's corrections reach the post. Real runs (CLI, real spaCy
and Voikko) of a small clinic of our own (tests/fixtures/summarize/uimahalli, no dev data)
with a corrections.csv as the README documents it: a note moved into a theme is said in that
theme's bullet, first after the opening (`[summary] corrected_first`); a theme the analyst
renamed heads a bullet that says the notes that name its new label, of those the analyst saw
under it (`[summary] label_notes_first`). Neither held on the lead (c12f76fe)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from muistiinpanot.cli import app

REPO = Path(__file__).resolve().parents[2]
CLINIC = REPO / "tests" / "fixtures" / "summarize" / "uimahalli"


def _run(tmp_path: Path, corrections: str, *extra: str) -> dict[str, object]:
    clinic = tmp_path / "uimahalli"
    if not clinic.exists():
        shutil.copytree(CLINIC, clinic)
    (clinic / "corrections.csv").write_text(corrections, encoding="utf-8")
    out = tmp_path / f"out{len(list(tmp_path.iterdir()))}"
    themes = str(REPO / "models" / "themes.toml")
    result = CliRunner().invoke(
        app, ["run", str(clinic), "--out", str(out), "--themes", themes, "--fast", *extra]
    )
    assert result.exit_code == 0, result.output
    summary: dict[str, object] = json.loads((out / "summary.json").read_text("utf-8"))
    return summary


def _first_bullet(summary: dict[str, object], theme: str) -> dict[str, object]:
    bullets = summary["bullets"]
    assert isinstance(bullets, list)
    return next(b for b in bullets if b["theme"] == theme)


MOVES = "id,theme\nuimahalli/ryhma3.txt:5,uusi-1\nuimahalli/ryhma2.txt:4,uusi-2\n"


def test_a_moved_note_is_said_or_reported(tmp_path: Path) -> None:
    """mend163 (review 79): a move is preferred, not approval to publish. The swimming
    lessons note is said (it passes the theme's checks); the wheelchair-to-sauna note shares
    no word with the changing rooms' own notes, fails the relevance check and is reported
    (`unsaid_moves`, the run's warnings) instead of said first as on mend159."""
    summary = _run(tmp_path, MOVES)
    said = {n for b in summary["bullets"] for n in b["note_ids"]}  # type: ignore[union-attr]
    assert "uimahalli/ryhma3.txt:5" in said
    assert summary["unsaid_moves"] == ["uimahalli/ryhma2.txt:4"]


def test_without_corrected_first_a_moved_note_may_go_unsaid(tmp_path: Path) -> None:
    """The knob decides: off, the note moved from `muu` is not said (the lead's post)."""
    config = tmp_path / "clinic.toml"
    text = (REPO / "pipelines" / "clinic.toml").read_text("utf-8")
    text = text.replace("corrected_first = true", "corrected_first = false")
    config.write_text(text.replace('"../models/', f'"{REPO}/models/'), "utf-8")
    summary = _run(tmp_path, MOVES, "--config", str(config))
    said = {n for b in summary["bullets"] for n in b["note_ids"]}  # type: ignore[union-attr]
    assert "uimahalli/ryhma2.txt:4" not in said


SEEN = "\n".join(
    f"uimahalli/{n}"
    for n in ("ryhma1.txt:2", "ryhma1.txt:3", "ryhma2.txt:2", "ryhma2.txt:4", "ryhma3.txt:2")
)


def test_a_renamed_label_heads_the_notes_that_name_it(tmp_path: Path) -> None:
    rows = f'id,theme,label,members\n,uusi-2,Pyörätuoli ja sauna,"{SEEN}"\n'
    summary = _run(tmp_path, rows)
    bullet = _first_bullet(summary, "uusi-2")
    assert bullet["heading"] == "Pyörätuoli ja sauna"
    pieces = [p["note_id"] for p in bullet["pieces"]]
    assert pieces[0] == "uimahalli/ryhma2.txt:4", pieces  # the one note that names the label
    assert set(pieces) <= set(SEEN.split("\n")) | {"uimahalli/ryhma3.txt:4"}
