"""The id of a new theme an analyst names with a name (mend147): mend146 withholds such a
label whole everywhere published, but the theme's id was still made of the label cut around
the name ("Elina Kalevalan juhla" → "juhla", "juhla, jonka Tuulia Mäki järjesti" →
"juhla-jonka-järjesti"), printed in themes.csv, notes.csv, summary.json, report.html and
the archive's store: an id that reads as the label with the name cut out. Such a theme now
gets an id with no word of its label, the same on every rerun; a row naming it by the id
its name made, or by its new id, still finds it. Real spaCy and Voikko through `run` and
`archive` with a real corrections file, on a clinic of our own (written before the mend)."""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from muistiinpanot.cli import app

REPO = Path(__file__).resolve().parents[2]
THEMES = str(REPO / "models/themes.toml")

GROUP1 = (
    "- Kylätalon kevätjuhlassa esiintyi Elina Kalevala ja sali oli täynnä.\n"
    "- Juhlan järjesti Tuulia Mäki talkoovoimin ja kahvit riitti kaikille.\n"
    "- Kirjaston aukioloajat ovat liian lyhyet iltaisin.\n"
    "- Kirjaston aukiolo iltaisin auttaisi työssäkäyviä.\n"
    "- Nuorisotilan toiminta tarvitsee lisää ohjaajia.\n"
)
GROUP2 = (
    "- Nuorisotilaan tarvitaan lisää ohjaajia ja rahaa.\n"
    "- Kirjaston iltaaukiolo olisi hyvä.\n"
    "- Koulun lähellä autot ajavat liian kovaa.\n"
    "- Liikenneturvallisuus koulun lähellä huolettaa vanhempia.\n"
)
LABELS = ("Elina Kalevalan juhla", "juhla, jonka Tuulia Mäki järjesti")
NAMED = (
    "id;theme;label\n"
    f"{{c}}/ryhma1.txt:1;{LABELS[0]};{LABELS[0]}\n"
    f"{{c}}/ryhma1.txt:2;{LABELS[1]};{LABELS[1]}\n"
)
#: Every word of the analysts' labels, as an id would spell it.
WORDS = {w for label in LABELS for w in re.findall(r"\w+", label.casefold())}


def _clinic(root: Path, name: str, date: str, corrections: str | None) -> Path:
    clinic = root / name
    clinic.mkdir(parents=True)
    (clinic / "ryhma1.txt").write_text(GROUP1, "utf-8")
    (clinic / "ryhma2.txt").write_text(GROUP2, "utf-8")
    (clinic / "clinic.toml").write_text(
        f'title = "Klinikka {name}"\ndate = "{date}"\ntopic = "Kylä ja nuoret"\n', "utf-8"
    )
    if corrections is not None:
        (clinic / "corrections.csv").write_text(corrections.format(c=name), "utf-8")
    return clinic


def _run(clinic: Path, out: Path) -> Path:
    result = CliRunner().invoke(
        app, ["run", str(clinic), "--out", str(out), "--themes", THEMES, "--fast"]
    )
    assert result.exit_code == 0, result.output
    return out


def _created(out: Path) -> dict[str, str]:
    summary = json.loads((out / "summary.json").read_text("utf-8"))
    return dict(summary["corrections"]["created"])


def _theme_of(out: Path) -> dict[str, str]:
    with (out / "notes.csv").open(encoding="utf-8") as handle:
        return {row["id"]: row["theme"] for row in csv.DictReader(handle)}


def _published_ids(out: Path) -> set[str]:
    with (out / "themes.csv").open(encoding="utf-8") as handle:
        ids = {row["id"] for row in csv.DictReader(handle)}
    ids |= set(_theme_of(out).values())
    summary = json.loads((out / "summary.json").read_text("utf-8"))
    ids |= {theme["id"] for theme in summary["themes"]}
    ids |= set(summary.get("labels_withheld", [])) | set(_created(out))
    ids |= set(re.findall(r'data-theme="([^"]*)"', (out / "report.html").read_text("utf-8")))
    return ids


def _label_words(theme_id: str) -> set[str]:
    return set(theme_id.split("-")) & WORDS


def test_a_withheld_labels_theme_id_has_no_word_of_the_label(tmp_path: Path) -> None:
    out = _run(_clinic(tmp_path / "in", "k3", "2026-04-01", NAMED), tmp_path / "out")
    created = _created(out)
    assert len(created) == 2, created  # two new themes, each with its label withheld
    theme_of = _theme_of(out)
    first, second = theme_of["k3/ryhma1.txt:1"], theme_of["k3/ryhma1.txt:2"]
    assert {first, second} == set(created) and first != second
    assert {i: _label_words(i) for i in _published_ids(out) if _label_words(i)} == {}
    # the same ids on a rerun
    again = _run(tmp_path / "in" / "k3", tmp_path / "again")
    assert _theme_of(again) == theme_of


def test_a_row_naming_the_theme_by_the_names_id_or_its_own_still_finds_it(
    tmp_path: Path,
) -> None:
    out = _run(_clinic(tmp_path / "in", "k3", "2026-04-01", NAMED), tmp_path / "out")
    new_id = _theme_of(out)["k3/ryhma1.txt:1"]
    for named_by in ("elina-kalevalan-juhla", new_id):
        clinic = tmp_path / named_by / "k3"
        rows = NAMED + f"{{c}}/ryhma1.txt:3;{named_by};\n"
        found = _run(_clinic(clinic.parent, "k3", "2026-04-01", rows), tmp_path / f"o-{named_by}")
        theme_of = _theme_of(found)
        assert theme_of["k3/ryhma1.txt:3"] == theme_of["k3/ryhma1.txt:1"] == new_id


def test_the_archives_store_keeps_no_word_of_the_label_in_an_id(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _clinic(corpus, "k3", "2026-04-01", NAMED)
    _clinic(corpus, "k4", "2026-05-01", None)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["archive", str(corpus), "--out", str(out), "--themes", THEMES, "--fast"]
    )
    assert result.exit_code == 0, result.output
    with sqlite3.connect(out / "archive.sqlite") as db:
        ids = {row[0] for row in db.execute("SELECT theme FROM corrections")}
        ids |= {row[0] for row in db.execute("SELECT id FROM themes")}
        ids |= {row[0] for row in db.execute("SELECT theme FROM assignments")}
    assert len(ids) > 2
    assert {i: _label_words(i) for i in ids if _label_words(i)} == {}
