"""Review 58 #2 (mend120): a corrections row naming a new theme by a name within a small
edit distance of an existing theme's label or a seeded theme's name ("Luotamus" for
"Luottamus") is applied, as a name makes a new theme, but warned about with a did-you-mean in
the run's correction warnings (summary.json `corrections.warnings`, report.html). Written
before the change, on the fixture clinic `pieni` (no dev data); a name far from every theme
stays unwarned."""

from __future__ import annotations

import html
import json
from pathlib import Path

from pieni_run import run_pieni


def _warnings(out: Path) -> list[str]:
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    return list(summary.get("corrections", {}).get("warnings", []))


def test_a_near_theme_name_is_applied_and_warned(tmp_path: Path) -> None:
    code, output, out = run_pieni(tmp_path, "id;teema\npieni/ryhma1.txt:3;Luotamus\n")
    assert code == 0, output
    warned = " ".join(_warnings(out))
    assert "'Luotamus'" in warned and "tarkoititko 'Luottamus'" in warned, warned
    assert "did you mean 'Luottamus'" in warned, warned
    assert "rivi 2 / row 2" in warned, warned
    page = html.unescape((out / "report.html").read_text(encoding="utf-8"))
    listed = page.partition('<ul class="correction-warnings">')[2].partition("</ul>")[0]
    assert "tarkoititko 'Luottamus'" in listed


def test_a_name_far_from_every_theme_is_not_warned(tmp_path: Path) -> None:
    code, output, out = run_pieni(tmp_path, "id;teema\npieni/ryhma1.txt:3;Valmistelun aikataulu\n")
    assert code == 0, output
    assert not any("tarkoititko" in w for w in _warnings(out))


def test_an_existing_label_in_other_case_is_not_warned(tmp_path: Path) -> None:
    code, output, out = run_pieni(tmp_path, "id;teema\npieni/ryhma1.txt:3;luottamus\n")
    assert code == 0, output
    assert not any("tarkoititko" in w for w in _warnings(out))
