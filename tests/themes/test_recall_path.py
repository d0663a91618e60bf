"""benchmarks/themes_recall.py scores the path `run` takes (seeded36): its rows read what
assign_themes reads (seeded_choice.seeded_evidence, with the seed-sense step), so a note
whose seed word is in another sense is scored as `run` decides it. Notes of our own, written
before any tuning; the real spaCy model, Voikko and the vectors."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import SimpleNamespace

from muistiinpanot.app.pipeline import example_rows
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Note
from muistiinpanot.themes import ThemeSettings, assign_themes, load_theme_definitions
from muistiinpanot.themes.classifier import OTHER
from muistiinpanot.themes.examples import build_examples
from muistiinpanot.themes.protocols import note_doc
from muistiinpanot.themes.seeded_choice import seeded_evidence
from muistiinpanot.vectorize import VectorCache

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

import themes_recall  # noqa: E402

MakeNotes = Callable[[Sequence[tuple[str, str]]], list[Note]]

TEXTS = [
    "julkinen liikenne ei kulje kylään iltaisin",  # the brief of summary39
    "avoimia työpaikkoja ei ole tarjolla nuorille",  # the brief of summary39
    "torilta puuttuu julkinen vessa",  # ours
    "rohkea uimari hyppäsi laiturilta veteen",  # ours
    "kirjaston avoimet ovet houkuttelivat perheitä",  # ours
    "päätökset tehdään suljettujen ovien takana",  # ours
    "tieto ei kulje osastojen välillä",  # ours
    "johto ei uskalla kokeilla mitään uutta",  # ours
    "asukkaat eivät luota siihen että palautetta kuunnellaan",  # ours
    "kahvinkeitin on taas rikki",  # ours
]


def test_the_benchmark_decides_as_run_does(make_notes: MakeNotes, analyzer: LemmaAnalyzer) -> None:
    definitions = load_theme_definitions(REPO / "models" / "themes.toml")
    seeded = [d.id for d in definitions]
    cache = VectorCache(analyzer)
    rows = example_rows(REPO / "tests" / "fixtures" / "themes" / "examples")
    examples = build_examples(rows, seeded, analyzer, cache)
    assert examples is not None
    settings = ThemeSettings()
    notes = make_notes([(f"k/r.txt:{n}", text) for n, text in enumerate(TEXTS, start=1)])
    result = assign_themes(notes, definitions, analyzer, settings, examples)
    ran = {a.note_id: a.theme if a.theme in seeded else OTHER for a in result.assignments}
    models = SimpleNamespace(definitions=definitions, analyzer=analyzer)
    scored = themes_recall._rows(
        notes, {}, examples, models, cache, SimpleNamespace(themes=settings), seeded
    )
    guessed = themes_recall.predict(scored, seeded, settings.other_margin)
    assert dict(zip((row["id"] for row in scored), guessed, strict=True)) == ran
    # the case must hold seed words that the seed-sense step leaves out
    docs = [note_doc(note) for note in sorted(notes, key=lambda n: n.id)]
    texts = [note.clean_text for note in sorted(notes, key=lambda n: n.id)]
    sensed, _, _ = seeded_evidence(docs, texts, definitions, analyzer, cache, settings, True)
    assert sum(a != b for a, b in zip(docs, sensed, strict=True)) >= 3
