"""A tiny archive: three dated clinics of a few notes, the small theme fixtures, fast mode."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from muistiinpanot.archive.schema import connect, migrate
from muistiinpanot.archive.store import Store
from muistiinpanot.config import RunSettings, load_run_settings

CLINICS = {
    "2025-01-siilot": (
        "2025-01-15",
        "Siilot kunnissa",
        [
            "tieto ei kulje yksiköiden välillä",
            "jokainen tekee omaa juttuaan",
            "hallinnonalojen rajat estävät yhteistyön",
            "sote ja kunta eivät puhu keskenään",
            "luottamus esihenkilöön puuttuu",
            "kokeilut jäävät pilotiksi",
        ],
    ),
    "2025-06-luottamus": (
        "2025-06-10",
        "Luottamus <ja> avoimuus",
        [
            "ei uskalla sanoa ääneen kokouksessa",
            "luottamus johtoon on heikentynyt",
            "asukkaat eivät luota päätöksiin",
            "yhteistyö toimialojen välillä takkuaa",
            "työpaja venyi yli ajan",
        ],
    ),
    "2026-02-kokeilut": (
        "2026-02-20",
        "Kokeilut ja johtaminen",
        [
            "organisaatiorajat näkyvät budjeteissa",
            "toisen sanaan voi nojata kun tuntee ihmiset",
            "kokeiluille ei ole rahaa",
            "uskalletaanko epäonnistua julkisesti",
            "esihenkilö antaa luvan kokeilla",
        ],
    ),
}


def write_clinic(root: Path, clinic_id: str, date: str, title: str, notes: list[str]) -> Path:
    folder = root / clinic_id
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "clinic.toml").write_text(
        f'title = "{title}"\ndate = {date}\ntopic = "Testi"\n', encoding="utf-8"
    )
    half = len(notes) // 2
    (folder / "ryhma1.txt").write_text("\n".join(notes[:half]) + "\n", encoding="utf-8")
    (folder / "ryhma2.md").write_text("".join(f"- {n}\n" for n in notes[half:]), encoding="utf-8")
    return folder


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    for clinic_id, (date, title, notes) in CLINICS.items():
        write_clinic(root, clinic_id, date, title, notes)
    return root


@pytest.fixture()
def pipeline_file(tmp_path: Path, themes_fixtures: Path) -> Path:
    """A per-clinic pipeline file naming copies of the small theme fixtures (tests may edit
    the copies)."""
    models = tmp_path / "models"
    shutil.copytree(themes_fixtures / "examples", models / "examples")
    shutil.copy(themes_fixtures / "themes.toml", models / "themes.toml")
    path = tmp_path / "clinic.toml"
    path.write_text(
        'definitions = "models/themes.toml"\nexamples = "models/examples"\n'
        '[lemmatize]\nmode = "fast"\n',
        encoding="utf-8",
    )
    return path


@pytest.fixture()
def archive_file(tmp_path: Path, pipeline_file: Path) -> Path:
    path = tmp_path / "archive.toml"
    path.write_text(
        f'pipeline = "{pipeline_file.name}"\n[archive]\nlock_timeout = 0.5\n', encoding="utf-8"
    )
    return path


@pytest.fixture()
def run_settings(corpus: Path, pipeline_file: Path, tmp_path: Path) -> RunSettings:
    return load_run_settings(pipeline_file, input_path=corpus, out=tmp_path / "out")


@pytest.fixture()
def make_clinic() -> Callable[[Path, str, str, str, list[str]], Path]:
    """write_clinic, for tests that build corpora of their own."""
    return write_clinic


@pytest.fixture()
def redaction_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The clinic of each call of redact_notes (the real one, counted) from the run's
    publishing and its outputs, in call order."""
    from muistiinpanot.app import outputs, publish

    calls: list[str] = []
    for module in (publish, outputs):
        real = module.redact_notes

        def counting(notes, *args, _real=real, **kwargs):  # type: ignore[no-untyped-def]
            calls.append(notes[0].clinic)
            return _real(notes, *args, **kwargs)

        monkeypatch.setattr(module, "redact_notes", counting)
    return calls


@pytest.fixture()
def schema8_namings(tmp_path: Path) -> Callable[[Sequence[tuple[str, str, str]]], dict[str, str]]:
    """How a store of schema 8 holding one clinic's themes (id, label, kind) names each theme
    once Store has migrated it to the current schema."""

    def namings(themes: Sequence[tuple[str, str, str]]) -> dict[str, str]:
        db = tmp_path / "archive.sqlite"
        conn = connect(db)
        migrate(conn, 8)
        conn.execute(
            "INSERT INTO clinics (id, title, date, topic, folder, status, updated_at) "
            "VALUES ('k', 'K', '2025-01-01', 'T', 'k', 'done', '2025-01-02')"
        )
        for theme, label, kind in themes:
            conn.execute(
                "INSERT INTO themes VALUES ('k', ?, ?, '', ?, 1, 0.1, '[]', '[]', NULL, NULL)",
                (theme, label, kind),
            )
        conn.close()
        store = Store(db)  # migrates to the current schema
        try:
            return {row.theme_id: row.naming for row in store.theme_rows()}
        finally:
            store.close()

    return namings
