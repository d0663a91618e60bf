"""Review 59 #4 (mend121): the did-you-mean of a corrections row naming a new theme knows the
seeded themes' ids and names as well as the labels, and its cutoff is a setting
(`[corrections] near_name_cutoff`). Written before the change, on the fixture clinic `pieni`
with typos of my own (no dev data)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from muistiinpanot.records import Correction
from muistiinpanot.themes.correction_names import near_name_warnings
from muistiinpanot.themes.correction_settings import CorrectionSettings
from pieni_run import run_pieni


def _warnings(out: Path) -> list[str]:
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    return list(summary.get("corrections", {}).get("warnings", []))


def test_a_near_seeded_id_is_warned(tmp_path: Path) -> None:
    # "Innovaatiojohtamine" is far from the label "Innovaatiojohtaminen ja kokeilukulttuuri"
    # but one letter from the seeded id "innovaatiojohtaminen"
    code, output, out = run_pieni(tmp_path, "id;teema\npieni/ryhma1.txt:3;Innovaatiojohtamine\n")
    assert code == 0, output
    warned = " ".join(_warnings(out))
    assert "'Innovaatiojohtamine'" in warned and "tarkoititko" in warned, warned


def test_the_cutoff_is_a_setting() -> None:
    row = Correction("pieni/ryhma1.txt:3", "Avoimus", row=2)
    ids, names = {"avoimuus"}, ["avoimuus", "Avoimuus ja tiedon jakaminen"]
    assert near_name_warnings([row], ids, names, "c.csv", CorrectionSettings().near_name_cutoff)
    strict = replace(CorrectionSettings(), near_name_cutoff=0.99)
    assert not near_name_warnings([row], ids, names, "c.csv", strict.near_name_cutoff)
