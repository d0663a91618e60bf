"""A proposal stays a proposal (summary35, review finding 1: "laudat voisi varata netistä"
published as "Laudat varataan netistä"). A note's clause in the present passive that does not
open its sentence reads as a statement ("Kokoushuoneet varataan kirjaston sivuilta"); when
another note of its theme proposes the same verb for the same thing ("kokoushuoneet voisi
varata …"), the clause says it as that note proposed it ("Kokoushuoneet voisi varata …").
A statement with an adverb of frequency ("aina"), or one no note proposes the same verb
for, stays as written. Notes written for this test before the change was measured (a
library's meeting rooms), real Voikko and spaCy."""

from __future__ import annotations

import dataclasses
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

_CLINIC = Clinic(id="h", title="Kirjaston kokoushuoneet")
_ROOMS = Theme("uusi-1", "Kokoushuoneet", "emergent", keywords=("kokoushuone", "varata"))


def _post(
    analyzer: LemmaAnalyzer, texts: Sequence[str], settings: SummarySettings | None = None
) -> tuple[BlogPost, dict[str, object]]:
    raw = [
        Note(f"h/r.txt:{i}", "h", f"ryhma{i % 4}", text, SourceRef("r.txt", i))
        for i, text in enumerate(texts, start=1)
    ]
    notes = lemmatize_notes(normalize_notes(raw), analyzer)
    theme = dataclasses.replace(_ROOMS, size=len(notes), share=1.0)
    assignments = tuple(ThemeAssignment(note.id, theme.id, 0.9) for note in notes)
    settings = settings or SummarySettings(min_kept_notes=1)
    return summarize_clinic(_CLINIC, notes, ThemeResult((theme,), assignments), analyzer, settings)


def _pieces(trace: dict[str, object]) -> dict[str, str]:
    bullets = trace["bullets"]
    assert isinstance(bullets, list)
    return {p["note_id"]: p["text"] for b in bullets for p in b.get("pieces", [])}


_PROPOSED = [
    "kokoushuoneet voisi varata kirjaston sivuilta",
    "kokoushuoneet varataan kirjaston sivuilta ja avaimet haetaan palvelutiskiltä",
    "kokoushuoneet voisi varata myös iltaisin ja viikonloppuisin",
    "huoneiden varaus netissä säästäisi henkilökunnan aikaa",
    "isoin kokoushuone on usein täynnä",
]


def test_a_passive_statement_of_a_proposed_act_is_said_as_proposed(
    analyzer: LemmaAnalyzer,
) -> None:
    """The present passive note is said with the modal the other notes proposed it with; a
    coordinated passive with a word of its own between the join and it ("ja avaimet
    haetaan") stays a passive (review 48 #1: "ja ne maksetaan" became "ja ne maksavat")."""
    post, trace = _post(analyzer, _PROPOSED)
    text = " ".join(b.text for b in post.bullets)
    assert "varataan" not in text
    pieces = _pieces(trace)
    assert "h/r.txt:2" in pieces, pieces  # review 48 #5: the note must be published
    said = pieces["h/r.txt:2"]
    assert said.startswith("Kokoushuoneet voisi varata kirjaston sivuilta"), said
    assert "avaimet haetaan" in said, said


def test_the_setting_off_keeps_the_passive(analyzer: LemmaAnalyzer) -> None:
    settings = SummarySettings(min_kept_notes=1, proposed_passives=False)
    _, trace = _post(analyzer, _PROPOSED, settings)
    assert "varataan" in _pieces(trace).get("h/r.txt:2", "")


def test_a_habitual_passive_stays_a_statement(analyzer: LemmaAnalyzer) -> None:
    """ "aina": what is done again and again is practice, whatever others propose."""
    texts = [
        "kokoushuoneet varataan aina paperilomakkeella",
        "kokoushuoneet voisi varata netistä",
        "kokoushuoneet voisi varata puhelimella",
        "isoin kokoushuone on usein täynnä",
    ]
    _, trace = _post(analyzer, texts)
    pieces = _pieces(trace)
    assert "h/r.txt:1" in pieces, pieces  # review 48 #5: a note never published passed
    assert "varataan aina" in pieces["h/r.txt:1"]


def test_a_passive_no_note_proposes_stays(analyzer: LemmaAnalyzer) -> None:
    """Other notes propose other acts ("tehdä", "siirtää"): the statement stays."""
    texts = [
        "kokoushuoneet varataan kirjaston sivuilta",
        "varauksen voisi tehdä myös puhelimella",
        "avaimet voisi siirtää lokeroihin",
        "isoin kokoushuone on usein täynnä",
    ]
    _, trace = _post(analyzer, texts)
    pieces = _pieces(trace)
    assert "h/r.txt:1" in pieces, pieces  # review 48 #5: a note never published passed
    assert "varataan" in pieces["h/r.txt:1"]
