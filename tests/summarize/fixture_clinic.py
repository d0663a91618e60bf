"""Load the small hand-written fixture clinic (tests/fixtures/summarize/pienklinikka.toml):
notes normalized and lemmatized with the real model, and a hand-built ThemeResult."""

from __future__ import annotations

import dataclasses
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np

from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_notes
from muistiinpanot.normalize import normalize_notes
from muistiinpanot.records import (
    BlogPost,
    Clinic,
    Contact,
    Note,
    SourceRef,
    Theme,
    ThemeAssignment,
    ThemeResult,
)
from muistiinpanot.summarize import SummarySettings, summarize_clinic
from muistiinpanot.summarize.bullets import BulletInputs, build_bullet
from muistiinpanot.summarize.clearing import clear_notes
from muistiinpanot.summarize.notepieces import Cleared, parse_pieces
from muistiinpanot.summarize.piece_settings import PieceSettings
from muistiinpanot.summarize.pieces import Voice
from muistiinpanot.summarize.tidy import tidy_note

#: How note_clauses reads a note before it is parsed.
Reading = Literal["as written", "tidied", "cleared"]

FIXTURE = Path(__file__).parents[1] / "fixtures" / "summarize" / "pienklinikka.toml"


@dataclass(frozen=True)
class FixtureClinic:
    clinic: Clinic
    notes: tuple[Note, ...]
    themes: ThemeResult


def load_fixture_clinic(path: Path, analyzer: LemmaAnalyzer) -> FixtureClinic:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    info = dict(data["clinic"])
    contact = Contact(**info.pop("contact"))
    clinic = Clinic(contact=contact, **info)
    raw = [
        Note(
            id=f"{clinic.id}/{path.name}:{number}",
            clinic=clinic.id,
            group=entry["group"],
            text=entry["text"],
            source=SourceRef(path.name, line=number),
        )
        for number, entry in enumerate(data["note"], start=1)
    ]
    notes = lemmatize_notes(normalize_notes(raw), analyzer)
    theme_of = {note.id: entry["theme"] for note, entry in zip(notes, data["note"], strict=True)}
    kept = [note for note in notes if note.status == "kept"]
    sizes = Counter(theme_of[note.id] for note in kept)
    themes = tuple(
        Theme(
            id=entry["id"],
            label=entry["label"],
            kind=entry["kind"],
            size=sizes[entry["id"]],
            share=round(sizes[entry["id"]] / len(kept), 4),
            keywords=tuple(entry.get("keywords", ())),
        )
        for entry in data["theme"]
    )
    assignments = tuple(ThemeAssignment(note.id, theme_of[note.id], 0.9) for note in kept)
    return FixtureClinic(clinic, tuple(notes), ThemeResult(themes, assignments))


def fixture_posts(
    paths: Sequence[Path], analyzer: LemmaAnalyzer
) -> dict[str, tuple[FixtureClinic, list[str]]]:
    """Each fixture clinic of `paths` (by file stem) and its post's bullet texts, summarized
    with the default settings."""
    made = {}
    for path in paths:
        clinic = load_fixture_clinic(path, analyzer)
        post, _ = summarize_clinic(
            clinic.clinic, clinic.notes, clinic.themes, analyzer, SummarySettings()
        )
        made[path.stem] = (clinic, [bullet.text for bullet in post.bullets])
    return made


def content_lemma_sets(texts: Sequence[str], analyzer: LemmaAnalyzer) -> list[frozenset[str]]:
    """The lower-cased content lemmas of each text, read as a note with the real model."""
    notes = [Note(f"p{i}", "p", "g", t, SourceRef("p", i)) for i, t in enumerate(texts)]
    return [
        frozenset(x.lower() for x in note.content_lemmas)
        for note in lemmatize_notes(notes, analyzer)
    ]


def group_notes(analyzer: LemmaAnalyzer, texts: list[str], group: str = "r") -> list[Note]:
    """Notes of one group file of clinic "k" made of `texts` (ids "k/GROUP:1", ...),
    normalized and lemmatized with the real model."""
    raw = [
        Note(id=f"k/{group}:{i}", clinic="k", group=group, text=t, source=SourceRef(group, line=i))
        for i, t in enumerate(texts, start=1)
    ]
    return lemmatize_notes(normalize_notes(raw), analyzer)


def lemma_vector(analyzer: LemmaAnalyzer, lemmas: frozenset[str]) -> np.ndarray:
    """The unit mean of the word vectors of `lemmas` (as gather.py's vector of a clause; "ja"'s
    for none): the test helpers' one copy of it."""
    rows = [analyzer.word_vector(x) for x in sorted(lemmas)] or [analyzer.word_vector("ja")]
    mean = np.mean(rows, axis=0)
    norm = float(np.linalg.norm(mean))
    return mean / norm if norm > 0 else mean


def cleared_sentences(analyzer: LemmaAnalyzer, text: str) -> tuple[str, ...]:
    """The sentences clear_notes leaves of the one note `text` (as the summary reads it)."""
    note = Note("n1", "c", "g", text, SourceRef("f.txt", 1))
    (cleared,), _ = clear_notes([note], [note], analyzer)
    return cleared.sentences


def note_clauses(
    analyzer: LemmaAnalyzer, text: str, read: Reading = "as written", **options: Any
) -> list[str]:
    """The texts of the clause pieces (summarize.notepieces.parse_pieces) of the note `text`,
    read as one sentence "as written", "tidied" (tidy_note's sentences) or "cleared"
    (clear_notes, as the summary reads a note; a note it clears away has no clauses);
    `options`: PieceSettings fields (`framed_words=8`, `state_nouns=True`)."""
    if read == "cleared":
        note = Note("n1", "c", "g", text, SourceRef("f.txt", 1), clean_text=text)
        cleared, _ = clear_notes([note], [note], analyzer)
        found = parse_pieces(cleared, analyzer, PieceSettings(**options)).get("n1", ())
    else:
        note = Note("n1", "c", "g", text, SourceRef("f.txt", 1))
        sentences = tuple(tidy_note(text, analyzer.voikko)) if read == "tidied" else (text,)
        (found,) = parse_pieces(
            [Cleared(note, sentences)], analyzer, PieceSettings(**options)
        ).values()
    return [piece.span.text for piece in found if piece.kind == "clause"]


def rotated_bullets(
    analyzer: LemmaAnalyzer,
    label: str,
    members: list[Note],
    groups: int,
    in_force: bool = SummarySettings().rules_in_force,
) -> list[str]:
    """The bullets a seeded theme `label` of `members` (from `groups` groups) gets at the first
    three bullet indexes, over which the list lead-ins rotate (`in_force`: PieceSettings'
    `rules_in_force`)."""
    cleared = [Cleared(n, tuple(tidy_note(n.text, analyzer.voikko))) for n in members]
    pieces = parse_pieces(cleared, analyzer, PieceSettings(rules_in_force=in_force))
    inputs = BulletInputs(members, pieces, Voice(groups), analyzer, SummarySettings())
    theme = Theme("t", label, "seeded", size=len(members))
    found = []
    for index in range(3):  # the three list lead-ins rotate over the bullets
        bullet, _ = build_bullet(theme, members, index, inputs)
        assert bullet is not None
        found.append(bullet.text)
    return found


def summarise_renamed(
    clinic: FixtureClinic, analyzer: LemmaAnalyzer, labels: dict[str, str]
) -> tuple[BlogPost, dict[str, object]]:
    """The post and trace of `clinic` with its themes renamed by `labels` (theme id → label),
    as an analyst's rename reaches the summary."""
    themes = clinic.themes
    renamed = [
        dataclasses.replace(t, label=labels[t.id]) if t.id in labels else t for t in themes.themes
    ]
    result = dataclasses.replace(themes, themes=tuple(renamed))
    return summarize_clinic(clinic.clinic, clinic.notes, result, analyzer, SummarySettings())
