"""Review 72 (mend147): summary.json's `privacy.notes_with_personal_data` left out notes with a
phone number or a lower-case name that no bullet was built from: the list was made only of
the notes the post cleared for its bullets, so meeting talk, notes of `muu` or of a theme the
post did not choose, and repeats were never read. The list now says every note that the
notes' own detector (as `--redact`'s notes.csv reads notes) or the publisher's reading finds
personal data in, whatever stage set the note aside. Real spaCy and Voikko through `run`, on
a clinic of our own (sentences written for this test before the mend, none from the dev
rounds)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from muistiinpanot.cli import app

REPO = Path(__file__).resolve().parents[2]

GROUP1 = (
    "Kirjaston aukioloajat ovat liian lyhyet iltaisin.\n"
    "Kirjaston aukiolo iltaisin auttaisi työssäkäyviä.\n"
    "Nuorisotilan toiminta tarvitsee lisää ohjaajia.\n"
    "kiitos kaikille, kysymykset voi laittaa Tarja Nurmiselle 050 321 7788\n"
    "ok\n"
)
GROUP2 = (
    "Nuorisotilaan tarvitaan lisää ohjaajia ja rahaa.\n"
    "Kirjaston iltaaukiolo olisi hyvä.\n"
    "jos pitää lähteä kesken, soittakaa numeroon 044 765 1290\n"
    "Koulun lähellä autot ajavat liian kovaa.\n"
    "ilkka lupas selvittää pyöräparkin paikan\n"
)
GROUP3 = (
    "Nuorisotila on iltaisin täynnä.\n"
    "Liikenneturvallisuus koulun lähellä huolettaa vanhempia.\n"
    "ilkka lupas selvittää pyöräparkin paikan\n"
)

#: The notes with personal data: a contact line (name and phone), a phone alone, a given
#: name in lower case, and that note's repeat in another group.
PERSONAL = (
    "k2/ryhma1.txt:4",
    "k2/ryhma2.txt:3",
    "k2/ryhma2.txt:5",
    "k2/ryhma3.txt:3",
)


def _run(tmp_path: Path, *extra: str) -> Path:
    clinic = tmp_path / "k2"
    if not clinic.exists():
        clinic.mkdir()
        for name, text in (("ryhma1", GROUP1), ("ryhma2", GROUP2), ("ryhma3", GROUP3)):
            (clinic / f"{name}.txt").write_text(text, "utf-8")
        (clinic / "clinic.toml").write_text(
            'title = "Klinikka k2"\ndate = "2026-03-01"\ntopic = "Kirjasto ja nuoret"\n', "utf-8"
        )
    out = tmp_path / ("out-redact" if extra else "out")
    args = ["run", str(clinic), "--out", str(out), "--themes", str(REPO / "models/themes.toml")]
    result = CliRunner().invoke(app, [*args, "--fast", *extra])
    assert result.exit_code == 0, result.output
    return out


def _listed(out: Path) -> list[str]:
    summary = json.loads((out / "summary.json").read_text("utf-8"))
    return list(summary["privacy"]["notes_with_personal_data"])


def _texts(out: Path) -> dict[str, str]:
    with (out / "notes.csv").open(encoding="utf-8") as handle:
        return {row["source"]: row["text"] for row in csv.DictReader(handle)}


@pytest.mark.parametrize("extra", [(), ("--redact",)], ids=["plain", "redact"])
def test_every_note_with_personal_data_is_listed_whatever_set_it_aside(
    tmp_path: Path, extra: tuple[str, ...]
) -> None:
    listed = _listed(_run(tmp_path, *extra))
    assert [note for note in PERSONAL if note not in listed] == []
    assert listed == sorted(set(listed))


def test_the_list_holds_every_note_redact_changes(tmp_path: Path) -> None:
    plain, redacted = _run(tmp_path), _run(tmp_path, "--redact")
    raw, shown = _texts(plain), _texts(redacted)
    changed = sorted(f"k2/{source}" for source, text in raw.items() if shown[source] != text)
    assert set(PERSONAL) <= set(changed)  # the detector reads each of them
    listed = set(_listed(plain))
    assert [note for note in changed if note not in listed] == []
    assert listed == set(_listed(redacted))


def test_a_clinic_without_personal_data_lists_none(tmp_path: Path) -> None:
    clinic = tmp_path / "k2"
    clinic.mkdir()
    (clinic / "ryhma1.txt").write_text(GROUP1.replace(GROUP1.splitlines()[3] + "\n", ""), "utf-8")
    (clinic / "ryhma2.txt").write_text("Koulun lähellä autot ajavat liian kovaa.\n", "utf-8")
    (clinic / "clinic.toml").write_text('title = "K"\ndate = "2026-03-01"\n', "utf-8")
    assert _listed(_run(tmp_path)) == []
