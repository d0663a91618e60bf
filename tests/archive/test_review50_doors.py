"""Review 50 #7: `archive` wrote a different post than `run` for a clinic whose only
corrections were an earlier clinic's (carried), although they moved none of its notes: the
carried examples rebuilt the themes' keywords, which steer the post. Corrections that move
nothing change nothing: the two doors give the same outputs."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from muistiinpanot.app.archive import ClinicEvent, run_archive
from muistiinpanot.archive.settings import ArchiveSettings
from muistiinpanot.cli import app
from muistiinpanot.config import load_run_settings

REPO = Path(__file__).resolve().parents[2]
FIRST, LATER = "2025-09-siilot-yhteistyo", "2025-11-luottamus-data"


def test_carried_corrections_that_move_nothing_change_no_output(
    pipeline_file: Path, tmp_path: Path
) -> None:
    corpus = tmp_path / "clinics"
    for clinic in (FIRST, LATER):
        shutil.copytree(REPO / "corpus" / clinic, corpus / clinic)
    # an analyst's theme of her own in the first clinic, on a point the later one does not make
    (corpus / FIRST / "corrections.csv").write_text(
        "id,theme,label\n"
        f"{FIRST}/ryhma1.txt:2,uusi-1,Budjettirajat\n{FIRST}/ryhma3.txt:2,uusi-1,Budjettirajat\n",
        encoding="utf-8",
    )
    settings = load_run_settings(pipeline_file, input_path=corpus, out=tmp_path / "archive")
    events: list[ClinicEvent] = []
    run_archive(settings, ArchiveSettings(), progress=events.append)
    details = {event.clinic_id: event.detail for event in events if event.action == "processed"}
    assert "aiempien klinikoiden korjauksia 2, niiden mukana siirtyi 0" in details[LATER]

    single = tmp_path / "run-out"
    result = CliRunner().invoke(
        app, ["run", str(corpus / LATER), "--out", str(single), "--config", str(pipeline_file)]
    )
    assert result.exit_code == 0, result.output
    for name in ("summary.md", "themes.csv", "notes.csv"):
        archived = (settings.out / LATER / name).read_bytes()
        assert archived == (single / name).read_bytes(), name
