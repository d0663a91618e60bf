"""Which notes of a theme may speak in its bullet (summarize/eligible.py, [summary]
note_score_drop): a note the themes stage placed in a seeded theme much less confidently
than the theme's typical note stays in the theme but says nothing under its heading.
Notes and scores of our own."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_notes
from muistiinpanot.normalize import normalize_notes
from muistiinpanot.records import (
    BlogPost,
    Clinic,
    Note,
    SourceRef,
    Theme,
    ThemeAssignment,
    ThemeResult,
)
from muistiinpanot.summarize import SummarySettings, summarize_clinic
from muistiinpanot.summarize.eligible import eligible_members

_SCORES = {"a": 0.91, "b": 0.88, "c": 0.86, "d": 0.84, "e": 0.52}


def test_a_note_far_below_its_seeded_themes_median_is_not_eligible() -> None:
    members = {"kokeilut": ["a", "b", "c", "d", "e"]}
    out = eligible_members(members, _SCORES, {"kokeilut"}, drop=0.2, keep=2)
    assert out == {"kokeilut": ["a", "b", "c", "d"]}  # median 0.86: 0.52 is 0.34 below


def test_an_emergent_theme_and_a_drop_of_one_keep_every_note() -> None:
    members = {"uusi-1": ["a", "b", "c", "d", "e"]}
    assert eligible_members(members, _SCORES, set(), drop=0.2, keep=2) == members
    seeded = {"kokeilut": ["a", "e"]}
    assert eligible_members(seeded, _SCORES, {"kokeilut"}, drop=1.0, keep=1) == seeded


def test_a_theme_keeps_its_best_notes_however_spread() -> None:
    scores = {"a": 0.95, "b": 0.3, "c": 0.2}
    members = {"kokeilut": ["c", "b", "a"]}
    # median 0.3: 0.2 is within 0.2 of it; with keep=2 the two best stay in any case
    assert eligible_members(members, scores, {"kokeilut"}, drop=0.05, keep=2) == {
        "kokeilut": ["b", "a"]
    }


#: Notes on trying new ways of working, and one on bicycle racks the themes stage put with
#: them at a much lower score (a note on the theme's boundary).
_EXPERIMENTS = [
    ("kokeiluille pitäisi varata aikaa ja rahaa", 0.9),
    ("uutta työtapaa voi kokeilla pienesti ennen kuin se laajennetaan", 0.88),
    ("epäonnistunut kokeilu ei saa olla häpeä", 0.86),
]
_RACKS = ("pyörätelineet ovat aina täynnä aseman edessä", 0.5)
_TRUST = [
    ("asukkaat eivät luota kunnan lupauksiin", 0.9),
    ("luottamus syntyy siitä, että lupaukset pidetään", 0.87),
    ("päätöksistä kerrotaan liian myöhään", 0.85),
]


def _post(analyzer: LemmaAnalyzer, settings: SummarySettings) -> tuple[BlogPost, list[Note]]:
    groups: Sequence[tuple[Theme, Sequence[tuple[str, float]]]] = [
        (
            Theme("kokeilut", "Kokeilukulttuuri", "seeded", size=4, share=0.6),
            [*_EXPERIMENTS, _RACKS],
        ),
        (Theme("luottamus", "Luottamus", "seeded", size=3, share=0.4), _TRUST),
    ]
    texts = [text for _, group in groups for text, _ in group]
    raw = [
        Note(f"k/r.txt:{i}", "k", f"ryhma{i % 3}", text, SourceRef("r.txt", i))
        for i, text in enumerate(texts, start=1)
    ]
    notes = lemmatize_notes(normalize_notes(raw), analyzer)
    scores = [score for _, group in groups for _, score in group]
    owners = [theme.id for theme, group in groups for _ in group]
    assignments = tuple(
        ThemeAssignment(note.id, theme, score)
        for note, theme, score in zip(notes, owners, scores, strict=True)
    )
    result = ThemeResult(tuple(theme for theme, _ in groups), assignments)
    post, _ = summarize_clinic(Clinic(id="k"), notes, result, analyzer, settings)
    return post, notes


def test_the_boundary_notes_sentence_is_not_under_the_themes_heading(
    analyzer: LemmaAnalyzer,
) -> None:
    settings = SummarySettings(min_kept_notes=1)
    post, notes = _post(analyzer, settings)
    racks = notes[len(_EXPERIMENTS)].id
    said = {note_id for bullet in post.bullets for note_id in bullet.note_ids}
    assert racks not in said
    assert not any("telineet" in bullet.text for bullet in post.bullets)
    experiments = {note.id for note in notes[: len(_EXPERIMENTS)]}
    assert experiments & said  # the theme keeps its bullet on its own notes


def test_with_every_note_eligible_the_boundary_note_is_said(analyzer: LemmaAnalyzer) -> None:
    """The case above is one the bullet would take: every note eligible, it is said."""
    post, notes = _post(analyzer, SummarySettings(min_kept_notes=1, note_score_drop=1.0))
    said = {note_id for bullet in post.bullets for note_id in bullet.note_ids}
    assert notes[len(_EXPERIMENTS)].id in said
