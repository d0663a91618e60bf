"""A theme the post chose but could give no bullet is said so where the analyst looks:
report.html's theme card, summary.json's reason (which notes, by what, counted) and a log
line at -v (review 34, finding 1). The real pipeline on a small clinic: an analyst's
corrections gather three notes that are links into a theme of its own."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from muistiinpanot.cli import app

LINKS = (
    "hankkeen loppuraportti löytyy osoitteesta https://example.fi/aineisto/1",
    "kunnan strategia luettavissa https://example.fi/aineisto/2",
    "asukaskyselyn tulokset ovat sivulla https://example.fi/aineisto/3",
)


def test_a_theme_without_a_bullet_is_said_so(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    repo = Path(__file__).resolve().parents[2]
    clinic = tmp_path / "pieni"
    shutil.copytree(repo / "tests" / "fixtures" / "ingest" / "pieni", clinic)
    (clinic / "ryhma9.txt").write_text("\n".join(LINKS) + "\n", encoding="utf-8")
    ids = [f"pieni/ryhma9.txt:{n}" for n in range(1, 4)]
    rows = "".join(f"{note_id};Raportit ja tulokset;\r\n" for note_id in ids)
    # as Excel in a Finnish locale saves it
    (clinic / "corrections.csv").write_bytes(f"id;theme;label\r\n{rows}".encode("utf-8-sig"))
    out = tmp_path / "out"
    args = ["run", str(clinic), "--out", str(out), "--themes", str(repo / "models/themes.toml")]
    with caplog.at_level(logging.INFO):
        result = CliRunner().invoke(app, [*args, "-v"])
    assert result.exit_code == 0, result.output

    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    theme = next(t for t in summary["themes"] if t["id"] == "raportit-ja-tulokset")
    assert theme["bullet"] is False
    assert theme["reason"] == (
        "its notes (3) were rejected – not prose: markup, a formula or a link: 3"
    )
    assert sorted(theme["rejected"]["not_prose"]) == ids
    assert all(bullet["theme"] != theme["id"] for bullet in summary["bullets"])

    page = (out / "report.html").read_text(encoding="utf-8")
    card = page[page.index('data-theme="raportit-ja-tulokset"') :]
    card = card[: card.index("</article>")]
    assert (
        "Ei nostoa julkaisuun: teeman muistiinpanot (3) hylättiin – ei proosaa: merkintä, "
        "kaava tai linkki: 3 / its notes (3) were rejected" in card
    )
    # one line per such theme at -v
    logged = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert [m for m in logged if "ei nostoa" in m] == [
        f"teema raportit-ja-tulokset: ei nostoa: {theme['reason_fi']} / no bullet: "
        f"{theme['reason']}"
    ]
    # a theme with a bullet has no such line on its card
    assert page.count('class="no-bullet"') == 1
